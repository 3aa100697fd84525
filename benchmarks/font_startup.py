"""What the bundled CJK fallback font costs at start-up (issue 13): ``app.fonts.install_cjk_fallback``.

    python benchmarks/font_startup.py [--runs 7]

Each run is a fresh offscreen process (the font database is per process) that times, after the
QApplication exists: loading the system font database (paid by the first widget in any case, shown for
scale), registering the font, the coverage check of the UI font (``register_ms + check_ms`` is what
ScratchNN adds), and the first layout of a Korean string (what a first Korean label costs next).
Two set-ups: the machine's own fonts, and an isolated fontconfig with only DejaVu Sans (a machine
without CJK fonts, where our font is what draws).
The last line is JSON with the median milliseconds of each part.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = r"""
import json, time
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QFontDatabase
app = QApplication(["scratchnn"])
from app import fonts
fonts.font_path()  # imports the resource lookup (and numpy, which the app's icon lookup imports first anyway)
tdb = time.perf_counter()
QFontDatabase.families()  # the font database, which the first widget would load anyway
t0 = time.perf_counter()
family = fonts.register_font()
t1 = time.perf_counter()
covered = fonts.ui_font_covers()
t2 = time.perf_counter()
layout = QTextLayout("손실 함수와 수치 미분", app.font())
layout.beginLayout(); layout.createLine(); layout.endLayout()
t3 = time.perf_counter()
print(json.dumps({"font_database_ms": (t0 - tdb) * 1e3, "register_ms": (t1 - t0) * 1e3,
                  "check_ms": (t2 - t1) * 1e3,
                  "first_korean_layout_ms": (t3 - t2) * 1e3, "family": family, "covered": covered}))
"""


def _isolated_fontconfig(folder: Path) -> str:
    fonts = folder / "fonts"
    fonts.mkdir()
    shutil.copy("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", fonts)
    conf = folder / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?><fontconfig><dir>{fonts}</dir>'
                    f"<cachedir>{folder / 'cache'}</cachedir></fontconfig>", encoding="utf-8")
    return str(conf)


def measure(runs: int, fontconfig_file: str | None) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if fontconfig_file:
        env["FONTCONFIG_FILE"] = fontconfig_file
    samples = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", CHILD], env=env, cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout
        samples.append(json.loads(out.strip().splitlines()[-1]))
    result = {key: round(statistics.median(s[key] for s in samples), 3)
              for key in ("font_database_ms", "register_ms", "check_ms", "first_korean_layout_ms")}
    result["covered"] = samples[-1]["covered"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    report = {"system_fonts": measure(args.runs, None)}
    if Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").is_file():
        with tempfile.TemporaryDirectory() as tmp:
            report["no_cjk_fonts"] = measure(args.runs, _isolated_fontconfig(Path(tmp)))
    print(json.dumps(report))


if __name__ == "__main__":
    main()
