"""Fast checks of the packaging files (no PyInstaller build): menu entry, icons, bundle contents, install."""
from __future__ import annotations

import configparser
import os
import shutil
import stat
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
DESKTOP = PACKAGING / "linux" / "scratchnn.desktop"
INSTALL_SH = PACKAGING / "linux" / "install.sh"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

sys.path.insert(0, str(PACKAGING))
import bundle_contents as bc  # noqa: E402


def read_desktop(path: Path = DESKTOP) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def png_header(path: Path) -> tuple[int, int, int]:
    """(width, height, colour type) from a PNG's IHDR chunk."""
    data = path.read_bytes()[:33]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height, _depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour


# --- the menu entry ---------------------------------------------------------------------------------

def test_desktop_entry_has_the_keys_a_menu_needs():
    entry = read_desktop()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "ScratchNN"
    assert entry["Exec"].split()[0] == bc.EXE_NAME
    assert entry["Icon"] == "scratchnn"  # a theme name: install.sh puts scratchnn.png/.svg in hicolor
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Education" in entry["Categories"].split(";")
    assert entry["Comment"] and entry["Comment[ko]"]


def test_desktop_entry_has_no_field_codes_for_files():
    # The app opens no file given on the command line, so %f/%u would only confuse launchers.
    assert "%" not in read_desktop()["Exec"]


# --- icons ------------------------------------------------------------------------------------------

def test_svg_icon_parses_and_is_square():
    root = ET.parse(ICONS / "scratchnn.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    x, y, width, height = (float(v) for v in root.attrib["viewBox"].split())
    assert (x, y) == (0, 0) and width == height
    drawn = [el for el in root.iter() if el.tag.split("}")[1] in ("path", "circle", "rect")]
    assert len(drawn) >= 3


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icon_has_its_size_and_alpha(size):
    width, height, colour = png_header(ICONS / f"scratchnn-{size}.png")
    assert (width, height) == (size, size)
    assert colour == 6  # RGBA: transparent rounded corners


def test_png_icons_are_what_app_icon_finds():
    # app/resources.py adds every scratchnn*.png next to the SVG to the window icon.
    found = sorted(ICONS.glob("scratchnn*.png"))
    assert {p.name for p in found} == {f"scratchnn-{s}.png" for s in ICON_SIZES}


def test_png_icon_corners_are_transparent_and_centre_is_not():
    from PySide6.QtGui import QImage

    image = QImage(str(ICONS / "scratchnn-64.png"))
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(32, 4).alpha() == 255  # the background tile


# --- what goes into the bundle ----------------------------------------------------------------------

def test_resources_include_mnist_with_its_readme_icons_fonts_and_nothing_else():
    datas = bc.resource_datas(ROOT / "resources")
    mnist = {Path(src).name for src, dest in datas if dest == "resources/mnist"}
    assert mnist == {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                     "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz", "README.md"}
    icons = {Path(src).name for src, dest in datas if dest == "resources/icons"}
    assert "scratchnn.svg" in icons and "scratchnn-16.png" in icons
    fonts = {Path(src).name for src, dest in datas if dest == "resources/fonts"}
    assert {"ScratchNNCJK-Regular.otf", "OFL.txt", "README.md"} <= fonts  # the CJK fallback and its licence
    assert all(dest.split("/")[1] in bc.RESOURCE_FOLDERS for _, dest in datas)
    assert not any(Path(src).name == "__init__.py" for src, _ in datas)


def test_spec_uses_the_resource_list_and_the_launcher():
    spec = (PACKAGING / "scratchnn.spec").read_text(encoding="utf-8")
    assert "bc.resource_datas(RESOURCES)" in spec
    assert "excludes=list(bc.EXCLUDED_MODULES)" in spec
    assert '"launcher.py"' in spec


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),  # needs QtNetwork
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),  # needs QtQuick
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
    ("PySide6/Qt/translations/qtbase_ko.qm", True),
    ("PySide6/Qt/translations/qtdeclarative_ko.qm", False),
    ("PySide6/Qt/translations/qt_help_ko.qm", False),
    ("PySide6/Qt/lib/libQt6Gui.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt/lib/libQt6QmlModels.so.6", False),
    ("PySide6/Qt/qml/QtQuick/qmldir", False),
    ("resources/mnist/train-images-idx3-ubyte.gz", True),
    ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", True),
    # the desktop's own C++ runtime and fontconfig, so its GL drivers and font config load
    ("libstdc++.so.6", False),
    ("libgcc_s.so.1", False),
    ("libfontconfig.so.1", False),
    ("libfreetype.so.6", True),
    ("libxcb-cursor.so.0", True),  # Qt's xcb plugin needs it and many desktops lack it
    ("numpy.libs/libgfortran-040039e1-0352e75f.so.5.0.0", True),
])
def test_qt_trimming_keeps_what_the_app_loads(dest, kept):
    assert bc.entry_kept(dest) is kept


def test_excluded_modules_never_include_what_the_app_imports():
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg", "numpy", "sympy",
            "pyqtgraph", "mpmath", "app", "scratchnn_core"}
    assert not used & set(bc.EXCLUDED_MODULES)
    assert {"PySide6.QtNetwork", "PySide6.QtQml", "tkinter", "pytest"} <= set(bc.EXCLUDED_MODULES)


def test_unlinked_libraries_follows_needed_from_extensions_and_plugins():
    binaries = [
        ("PySide6/QtGui.abi3.so", "/x/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY"),
        ("libfreetype.so.6", "/x/libfreetype.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/x/libxcb-cursor.so.0", "BINARY"),
        ("libcairo.so.2", "/x/libcairo.so.2", "BINARY"),  # only a dropped gtk3 theme needed it
        ("libpython3.11.so.1.0", "/x/libpython3.11.so.1.0", "BINARY"),
    ]
    needed = {"/x/QtGui.abi3.so": ["libQt6Gui.so.6"], "/x/libQt6Gui.so.6": ["libfreetype.so.6", "libc.so.6"],
              "/x/libqxcb.so": ["libxcb-cursor.so.0", "libQt6Gui.so.6"]}
    assert bc.unlinked_libraries(binaries, lambda path: needed.get(path, [])) == {"libcairo.so.2"}


@pytest.mark.skipif(shutil.which("objdump") is None, reason="binutils not installed")
def test_elf_needed_lists_direct_dependencies_only():
    import PySide6

    qtgui = next(Path(PySide6.__file__).parent.glob("QtGui*.so"))
    needed = bc.elf_needed(str(qtgui))
    assert "libQt6Gui.so.6" in needed and "libQt6Core.so.6" in needed
    # ldd would add libfontconfig (libQt6Gui's dependency); DT_NEEDED of the extension does not
    assert "libfontconfig.so.1" not in needed


def test_symlink_target_resolves_inside_the_bundle():
    entry = ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK")
    assert bc.symlink_target(entry) == "PySide6/Qt/lib/libQt6Network.so.6"


def test_project_version_matches_the_installed_metadata():
    from importlib.metadata import version

    assert bc.project_version(ROOT) == version("scratchnn")


# --- install.sh -------------------------------------------------------------------------------------

@pytest.mark.skipif(sys.platform.startswith("win") or shutil.which("sh") is None, reason="POSIX shell script")
def test_install_script_installs_for_the_user_and_uninstalls(tmp_path):
    bundle = tmp_path / "unpacked" / "ScratchNN"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    shutil.copytree(ICONS, bundle / "_internal" / "resources" / "icons")
    exe = bundle / "scratchnn"
    exe.write_text("#!/bin/sh\necho fake\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    shutil.copy2(DESKTOP, bundle / "scratchnn.desktop")
    shutil.copy2(INSTALL_SH, bundle / "install.sh")
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}

    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True)
    share = home / ".local" / "share"
    app_dir = share / "scratchnn"
    assert (app_dir / "scratchnn").is_file() and os.access(app_dir / "scratchnn", os.X_OK)
    link = home / ".local" / "bin" / "scratchnn"
    assert link.is_symlink() and link.resolve() == (app_dir / "scratchnn").resolve()
    entry = read_desktop(share / "applications" / "scratchnn.desktop")
    assert entry["Exec"] == f'"{app_dir / "scratchnn"}"'  # absolute: ~/.local/bin may not be on PATH
    for size in ICON_SIZES:
        installed = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "scratchnn.png"
        assert png_header(installed)[:2] == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "scratchnn.svg").is_file()

    subprocess.run(["sh", str(app_dir / "install.sh"), "--uninstall"], env=env, check=True, capture_output=True)
    assert not app_dir.exists() and not link.exists() and not link.is_symlink()
    assert not (share / "applications" / "scratchnn.desktop").exists()
    assert not list((share / "icons").rglob("scratchnn.*"))


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
