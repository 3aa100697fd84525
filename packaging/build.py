"""Build the double-click ScratchNN: a one-folder PyInstaller bundle and its ``.tar.gz``.

    python packaging/build.py [--smoke-test] [--dist DIR]

From a fresh clone with the ``build`` extra installed (``./dev.sh bundle`` does all of it). Steps:
PyInstaller with ``packaging/scratchnn.spec`` into ``DIR/ScratchNN/`` (work files in ``build/``), a link
check of every Qt plugin kept, ``DIR/ScratchNN-<version>-<os>-<arch>.tar.gz``, and with ``--smoke-test`` the
bundled ``scratchnn --self-test`` in a clean environment (``env -i``: only HOME, TMPDIR, LANG and
QT_QPA_PLATFORM=offscreen), which fails the build on a non-zero exit. Prints sizes and build time.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_contents  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "scratchnn.spec"
APP_NAME = bundle_contents.APP_NAME
EXE_NAME = "scratchnn.exe" if sys.platform.startswith("win") else "scratchnn"
SMOKE_TIMEOUT_S = 180  # the self-test has its own 100 s watchdog; this only catches a wedged process
# Libraries the bundle must carry itself; a plugin linking one that is missing is a packaging bug.
BUNDLED_LIB = re.compile(r"lib(Qt6|pyside6|shiboken6|icu)")


class BuildError(RuntimeError):
    """A step failed; the message says which and why."""


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-amd64``, ``macos-arm64`` ..."""
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def folder_size(path: Path) -> int:
    """Bytes of all regular files under ``path`` (symlinks not followed, not counted twice)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def run_pyinstaller(dist: Path, work: Path) -> float:
    """Run PyInstaller on the spec; returns the seconds it took."""
    started = time.monotonic()
    env = dict(os.environ, SCRATCHNN_CONSOLE="1")  # Windows/macOS: console so --self-test can print
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    print("$", " ".join(command), flush=True)
    if subprocess.run(command, cwd=ROOT, env=env).returncode != 0:
        raise BuildError("PyInstaller failed (see its output above)")
    return time.monotonic() - started


def check_plugin_links(bundle: Path) -> list[str]:
    """Run ``ldd`` on every kept Qt plugin; return the bundled libraries it cannot find (Linux only).

    The offscreen self-test only loads the offscreen plugin, so this is what catches an xcb or wayland
    plugin whose Qt library was trimmed away. Missing *system* libraries (libxcb-cursor ...) are printed
    as notes: they are the user's desktop's part, like libGL.
    """
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    problems, system_missing = [], {}
    for plugin in sorted(bundle.glob("_internal/PySide6/Qt/plugins/*/*.so")):
        result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True)
        for line in result.stdout.splitlines():
            if "not found" not in line:
                continue
            lib = line.split()[0]
            where = plugin.relative_to(bundle / "_internal" / "PySide6" / "Qt" / "plugins")
            if BUNDLED_LIB.match(lib):
                problems.append(f"{where} needs {lib}, which the bundle does not contain")
            else:
                system_missing.setdefault(lib, set()).add(plugin.parent.name)
    for lib, folders in sorted(system_missing.items()):
        print(f"note: {lib} (a system library, for the {', '.join(sorted(folders))} plugins) is not installed "
              "here; desktops that use those plugins have it")
    return sorted(set(problems))


def glibc_floor(bundle: Path) -> str | None:
    """The newest ``GLIBC_x.y`` symbol version any bundled binary needs: the oldest Linux it runs on.

    glibc is never bundled (it cannot be), so this is the bundle's real portability limit: it comes from
    the build machine's Python and system libraries, which is why release builds use an old distribution.
    """
    if not sys.platform.startswith("linux") or shutil.which("objdump") is None:
        return None
    binaries = [bundle / EXE_NAME] + [p for p in bundle.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    versions = set()
    for binary in binaries:
        result = subprocess.run(["objdump", "-p", str(binary)], capture_output=True, text=True)
        versions.update(re.findall(r"\bGLIBC_(\d+)\.(\d+)\b", result.stdout))
    if not versions:
        return None
    major, minor = max((int(a), int(b)) for a, b in versions)
    return f"{major}.{minor}"


def make_tarball(bundle: Path, target: Path) -> None:
    """``target`` holds the bundle folder as ``ScratchNN/`` (permissions kept, so it runs after unpacking)."""
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=APP_NAME)


def smoke_test(bundle: Path) -> float:
    """Run the bundled ``--self-test`` as a user's double-click would, minus the screen; returns seconds."""
    exe = bundle / EXE_NAME
    with tempfile.TemporaryDirectory(prefix="scratchnn-smoke-") as home:
        # A fresh HOME: no settings, caches or fonts config from the build user leak in.
        clean = {"HOME": home, "TMPDIR": home, "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
        if sys.platform.startswith(("linux", "darwin")):
            command = ["env", "-i"] + [f"{k}={v}" for k, v in clean.items()] + [str(exe), "--self-test"]
            env = None
        else:  # Windows has no env(1); a minimal environment it still needs to start processes
            command = [str(exe), "--self-test"]
            env = {**clean, "SYSTEMROOT": os.environ.get("SYSTEMROOT", r"C:\Windows")}
        print("$", " ".join(command), flush=True)
        started = time.monotonic()
        try:
            result = subprocess.run(command, env=env, cwd=home, timeout=SMOKE_TIMEOUT_S)
        except subprocess.TimeoutExpired as error:
            raise BuildError(f"the bundled self-test did not finish within {SMOKE_TIMEOUT_S} s") from error
        elapsed = time.monotonic() - started
    if result.returncode != 0:
        raise BuildError(f"the bundled self-test failed with exit code {result.returncode} (its output is above)")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke-test", action="store_true",
                        help="run the bundled scratchnn --self-test under env -i, offscreen; fail on non-zero")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    work = ROOT / "build" / "pyinstaller"
    try:
        version = bundle_contents.project_version(ROOT)
        build_s = run_pyinstaller(dist, work)
        bundle = dist / APP_NAME
        if not (bundle / EXE_NAME).is_file():
            raise BuildError(f"PyInstaller finished but {bundle / EXE_NAME} is missing")
        problems = check_plugin_links(bundle)
        if problems:
            raise BuildError("missing libraries:\n  " + "\n  ".join(problems))
        tarball = dist / f"{APP_NAME}-{version}-{platform_tag()}.tar.gz"
        started = time.monotonic()
        make_tarball(bundle, tarball)
        tar_s = time.monotonic() - started
        print(f"\nScratchNN {version} bundle: {bundle}")
        print(f"  unpacked  {mb(folder_size(bundle))}")
        print(f"  packed    {mb(tarball.stat().st_size)}  {tarball}")
        print(f"  build     {build_s:.0f} s (PyInstaller) + {tar_s:.0f} s (tar.gz)")
        floor = glibc_floor(bundle)
        if floor:
            print(f"  needs     glibc >= {floor} on the user's Linux")
        sys.stdout.flush()
        if args.smoke_test:
            smoke_s = smoke_test(bundle)
            print(f"  self-test passed in {smoke_s:.1f} s (env -i, offscreen)")
    except (BuildError, ValueError) as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
