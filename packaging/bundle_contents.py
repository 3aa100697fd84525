"""What goes into the ScratchNN bundle and what is left out: plain data and functions, no PyInstaller.

``scratchnn.spec`` applies these to PyInstaller's analysis; tests/test_packaging.py checks them without
building. The app uses QtCore, QtGui, QtWidgets and QtSvg (pyqtgraph adds QtOpenGL and QtOpenGLWidgets),
so the Qt modules, plugins and translations nothing loads are dropped; the bundled ``--self-test``
(``build.py --smoke-test``) and build.py's link check prove the lists are right.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

APP_NAME = "ScratchNN"
EXE_NAME = "scratchnn"
RESOURCE_FOLDERS = ("mnist", "icons", "translations", "fonts")  # in sys._MEIPASS/resources (_resources.py)

# Python modules never imported by the app; some are reachable through optional imports in numpy,
# sympy or pyqtgraph and would otherwise drag in megabytes (or a second GUI toolkit).
EXCLUDED_MODULES = (
    # Qt modules the app does not use. QtOpenGL and QtOpenGLWidgets stay: pyqtgraph imports them
    # unconditionally (PColorMeshItem, Qt/OpenGLHelpers.py); QtTest it imports inside try/except.
    "PySide6.QtNetwork", "PySide6.QtTest",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtPrintSupport", "PySide6.QtSql", "PySide6.QtDBus", "PySide6.QtXml", "PySide6.QtHelp",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtConcurrent", "PySide6.QtSvgWidgets",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.Qt3DCore",
    "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs",
    # pyqtgraph parts the app never touches (3-D OpenGL views, Jupyter widgets, demos).
    "pyqtgraph.opengl", "pyqtgraph.jupyter", "pyqtgraph.examples",
    # Other toolkits and heavy optional dependencies (sympy's plotting, numpy's build helpers); no
    # network either, so no ssl (and no libssl).
    "tkinter", "_tkinter", "matplotlib", "scipy", "IPython", "PyQt5", "PyQt6", "PySide2", "ssl", "_ssl",
    "numpy.f2py", "numpy.distutils",
    # Test and build tools installed in the same environment.
    "unittest", "pytest", "_pytest", "pytestqt", "hypothesis", "setuptools", "pip", "PyInstaller",
    "sympy.testing.runtests_pytest",
)

# Qt plugins by folder: None keeps the whole folder, a set keeps the named plugins (file name without
# "lib" and extension), a folder not listed is dropped (eglfs, vnc, evdev, tls, networkinformation,
# printsupport, sqldrivers, qml tooling ...).
KEPT_PLUGINS: dict[str, frozenset[str] | None] = {
    # xcb: X11 and XWayland; wayland: native Wayland; offscreen: --self-test and CI; minimal: debugging;
    # windows and cocoa: the native platforms there.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    "xcbglintegrations": None,
    "wayland-shell-integration": frozenset({"xdg-shell", "qt-shell", "wl-shell-plugin"}),
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl", "shm-emulation-server"}),
    # The application icon is an SVG: QIcon loads it through these.
    "iconengines": frozenset({"qsvgicon"}),
    "imageformats": frozenset({"qsvg", "qico", "qjpeg"}),
    # Dead keys and input methods (IBus users type Korean file names in file dialogs).
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    # The desktop portal gives native file dialogs; gtk3 would pull the whole GTK stack into the bundle.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "styles": None,  # the native widget styles of Windows and macOS
}
# Qt's own translations: the app loads only "qtbase" (standard buttons and dialogs, app/language.py).
KEPT_QT_TRANSLATIONS = ("qtbase_",)
# Qt libraries that come only with dropped modules or plugins; never shipped.
DROPPED_QT_LIBS = ("Qt6Network", "Qt6Qml", "Qt6Quick", "Qt6Pdf", "Qt6VirtualKeyboard", "Qt6WaylandCompositor",
                   "Qt6Designer", "Qt6Test", "Qt6Sql", "Qt6PrintSupport",
                   "Qt6EglFS", "Qt6EglFs")
# System libraries PyInstaller would copy from the build machine but that must come from the user's
# system (Linux). A bundled libstdc++/libgcc_s older than the desktop's stops its Mesa GL drivers from
# loading ("GLIBCXX_3.4.32 not found", a known PyInstaller pitfall), and a bundled fontconfig older than
# the desktop's /etc/fonts config misreads it. Every system the bundle can run on has them (PySide6's
# own wheels rely on them too), new enough: the bundle needs GLIBCXX <= 3.4.29, and its glibc floor
# (printed by build.py) already implies a newer libstdc++. libexpat, which only fontconfig used, then
# goes as an unlinked library.
SYSTEM_LIBS = ("libstdc++.so", "libgcc_s.so", "libfontconfig.so")


def project_version(root: Path) -> str:
    """The version in ``root/pyproject.toml``, the single source of truth."""
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise ValueError(f"no version in {root / 'pyproject.toml'}")
    return match.group(1)


def resource_datas(resources: Path) -> list[tuple[str, str]]:
    """(source file, destination folder) for every embedded resource file, under ``resources/`` in the bundle."""
    pairs = []
    for sub in RESOURCE_FOLDERS:
        folder = resources / sub
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith("."):
                dest = Path("resources") / sub / path.parent.relative_to(folder)
                pairs.append((str(path), dest.as_posix()))
    return pairs


def plugin_kept(dest: str) -> bool:
    """Whether a file collected as ``.../Qt/plugins/<folder>/<file>`` stays in the bundle."""
    parts = dest.replace("\\", "/").split("/")
    folder = parts[parts.index("plugins") + 1]
    if folder not in KEPT_PLUGINS:
        return False
    keep = KEPT_PLUGINS[folder]
    stem = parts[-1].split(".")[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return keep is None or stem in keep


def entry_kept(dest: str) -> bool:
    """Whether a collected file (its destination inside the bundle) stays: Qt trimming only."""
    parts = dest.replace("\\", "/").split("/")
    name = parts[-1]
    if "PySide6" in parts and "plugins" in parts:
        return plugin_kept(dest)
    if "PySide6" in parts and "translations" in parts:
        return name.startswith(KEPT_QT_TRANSLATIONS)
    if "PySide6" in parts and "qml" in parts:  # QML modules: the app has no QtQuick
        return False
    if name.startswith(SYSTEM_LIBS):
        return False
    return not name.startswith(tuple(prefix + lib for lib in DROPPED_QT_LIBS for prefix in ("lib", "")))


def unlinked_libraries(binaries: list[tuple[str, str, str]], needed) -> set[str]:
    """Destinations of shared libraries that nothing kept links to (used on Linux).

    PyInstaller collects the link-time dependencies of every plugin before the filters above run, so a
    dropped plugin leaves its libraries behind (libqgtk3 alone brings cairo, pango, gdk-pixbuf ...).
    Starting from the Python extensions, the kept plugins and libpython, follow ``needed(path)`` (the
    DT_NEEDED names of a binary); what is never reached goes.
    """
    by_name: dict[str, list] = {}
    for entry in binaries:
        by_name.setdefault(Path(entry[0]).name, []).append(entry)
    todo = [entry for entry in binaries if entry[2] == "EXTENSION" or "/plugins/" in entry[0].replace("\\", "/")
            or Path(entry[0]).name.startswith("libpython")]
    reached: set[str] = set()
    while todo:
        entry = todo.pop()
        if entry[0] in reached:
            continue
        reached.add(entry[0])
        for name in needed(entry[1]):
            todo += by_name.get(Path(name).name, [])
    return {entry[0] for entry in binaries if entry[0] not in reached}


def elf_needed(path: str) -> list[str]:
    """The ``DT_NEEDED`` names of an ELF binary (its direct dependencies), read with ``objdump -p``.

    Not PyInstaller's ``bindepend.get_imports``: that runs ``ldd``, which lists the whole closure, so a
    library needed only by a system library we do not ship (libexpat by fontconfig, libXau by libxcb)
    would look needed by Qt and stay in the bundle. objdump comes with binutils, which PyInstaller uses on
    Linux too.
    """
    import subprocess

    output = subprocess.run(["objdump", "-p", path], capture_output=True, text=True).stdout
    return re.findall(r"^\s*NEEDED\s+(\S+)", output, re.MULTILINE)


def symlink_target(entry: tuple[str, str, str]) -> str:
    """Where a PyInstaller SYMLINK entry (dest, relative target, "SYMLINK") points, as a bundle path."""
    return os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1])).replace("\\", "/")
