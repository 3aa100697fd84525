"""How big the double-click app is and how fast its window appears; prints JSON.

    python benchmarks/startup.py [--dist DIR] [--runs N] [--cold-runs N] [--no-pip] [--no-bundle] [--display :N]

Measures, for the PyInstaller bundle (``dist/ScratchNN``, build it first with packaging/build.py) and for
the pip install running this script (``python packaging/launcher.py``, the same code path as the
``scratchnn`` entry point):

- time from process start (the benchmark's clock just before spawning) to the main window's first paint,
  reported by the launcher's ``SCRATCHNN_STARTUP_PROBE`` hook; offscreen by default, since CI has no
  screen, or on the X server ``--display`` names (``Xvfb :57 &`` then ``--display :57``: the xcb plugin,
  window-system round trips and all, as a double-click on an X11 desktop);
- warm: the files are in the page cache (the previous run loaded them); cold: every file of the bundle,
  or of the installed packages, was evicted from the page cache with ``posix_fadvise(DONTNEED)`` just
  before the run (what a first start after a reboot looks like, as far as a non-root process can tell);
- the bundle's size unpacked and the ``.tar.gz``'s size.

Targets from issue 4: packed bundle <= 150 MB, window shown <= 2 s warm. Not a test: it only reports.
"""
from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAUNCHER = ROOT / "packaging" / "launcher.py"
PROBE_TAG = "SCRATCHNN_WINDOW_SHOWN"
TIMEOUT_S = 120
TARGET_PACKED_MB = 150
TARGET_WARM_S = 2.0


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def evict(paths: list[Path]) -> int:
    """Drop every file under ``paths`` from the page cache (clean pages only); returns files touched."""
    if not hasattr(os, "posix_fadvise"):
        return 0
    count = 0
    for root in paths:
        files = [root] if root.is_file() else (p for p in root.rglob("*") if p.is_file() and not p.is_symlink())
        for path in files:
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                count += 1
            finally:
                os.close(fd)
    return count


def time_to_window(command: list[str], home: str, display: str | None = None) -> float:
    """Seconds from spawning ``command`` to its probe line (main window painted)."""
    env = {"HOME": home, "TMPDIR": home, "LANG": "C.UTF-8", "SCRATCHNN_STARTUP_PROBE": "1",
           "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    env.update({"QT_QPA_PLATFORM": "xcb", "DISPLAY": display} if display else {"QT_QPA_PLATFORM": "offscreen"})
    if os.environ.get("PYTHONPATH"):  # e.g. measuring another checkout with the same interpreter
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    started = time.monotonic()  # CLOCK_MONOTONIC is system-wide, so the child's stamp is comparable
    result = subprocess.run(command, env=env, cwd=home, capture_output=True, text=True, timeout=TIMEOUT_S)
    for line in result.stdout.splitlines():
        if line.startswith(PROBE_TAG):
            return float(line.split()[1]) - started
    raise RuntimeError(f"{command[0]} exited {result.returncode} without showing its window:\n"
                       + (result.stderr or result.stdout)[-2000:])


def measure(command: list[str], cache_paths: list[Path], runs: int, cold_runs: int,
            display: str | None = None) -> dict:
    """Cold runs (caches evicted before each) then warm runs; medians and every sample, in seconds."""
    with tempfile.TemporaryDirectory(prefix="scratchnn-startup-") as home:
        cold = []
        for _ in range(cold_runs):
            evict(cache_paths)
            cold.append(time_to_window(command, home, display))
        time_to_window(command, home, display)  # make sure everything is cached before the warm series
        warm = [time_to_window(command, home, display) for _ in range(runs)]
    return {"command": command, "cold_s": [round(t, 3) for t in cold],
            "cold_median_s": round(statistics.median(cold), 3) if cold else None,
            "warm_s": [round(t, 3) for t in warm], "warm_median_s": round(statistics.median(warm), 3),
            "warm_min_s": round(min(warm), 3)}


def installed_package_paths() -> list[Path]:
    """Folders of what the pip-installed app loads (for cold-start eviction)."""
    paths = [ROOT / "app", ROOT / "scratchnn_core", ROOT / "resources", Path(sys.executable).resolve()]
    for name in ("PySide6", "shiboken6", "numpy", "pyqtgraph", "sympy", "mpmath"):
        spec = importlib.util.find_spec(name)
        if spec and spec.submodule_search_locations:
            paths += [Path(p) for p in spec.submodule_search_locations]
    site = Path(importlib.util.find_spec("numpy").origin).parent.parent
    paths += [Path(p) for p in glob.glob(str(site / "numpy.libs"))]
    paths.append(Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--runs", type=int, default=5, help="warm runs per target (default 5)")
    parser.add_argument("--cold-runs", type=int, default=3, help="cold runs per target (default 3)")
    parser.add_argument("--no-pip", action="store_true", help="skip the pip-install measurement")
    parser.add_argument("--no-bundle", action="store_true", help="skip the bundle measurement")
    parser.add_argument("--display", metavar=":N", help="an X server to show the window on (xcb), "
                        "e.g. a running Xvfb; default: offscreen")
    args = parser.parse_args(argv)

    report: dict = {
        "machine": {"platform": platform.platform(), "python": platform.python_version(),
                    "cpus": os.cpu_count(), "load_avg_1min": round(os.getloadavg()[0], 2)},
        "display": (f"xcb on X server {args.display}" if args.display else
                    "offscreen (QT_QPA_PLATFORM); a real X11/Wayland display adds its own connection time"),
        "targets": {"packed_mb_max": TARGET_PACKED_MB, "warm_window_s_max": TARGET_WARM_S},
    }
    if not args.no_bundle:
        bundle = args.dist / "ScratchNN"
        exe = bundle / ("scratchnn.exe" if sys.platform.startswith("win") else "scratchnn")
        if not exe.is_file():
            print(f"no bundle at {bundle}: run python packaging/build.py first", file=sys.stderr)
            return 1
        tarballs = sorted(args.dist.glob("ScratchNN-*.tar.gz"), key=lambda p: p.stat().st_mtime)
        packed = tarballs[-1].stat().st_size if tarballs else None
        startup = measure([str(exe)], [bundle], args.runs, args.cold_runs, args.display)
        report["bundle"] = {
            "path": str(bundle), "unpacked_mb": round(folder_size(bundle) / 1e6, 1),
            "tarball": str(tarballs[-1]) if tarballs else None,
            "packed_mb": round(packed / 1e6, 1) if packed else None, "startup": startup,
            "meets_targets": bool(packed and packed / 1e6 <= TARGET_PACKED_MB
                                  and startup["warm_median_s"] <= TARGET_WARM_S),
        }
    if not args.no_pip:
        startup = measure([sys.executable, str(LAUNCHER)], installed_package_paths(), args.runs, args.cold_runs,
                          args.display)
        report["pip_install"] = {"python": sys.executable, "startup": startup,
                                 "meets_target": startup["warm_median_s"] <= TARGET_WARM_S}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
