"""The README's screenshots: every tab in English, Korean, Japanese and Simplified Chinese, optimised.

    Xvfb :33 -screen 0 1920x1080x24 &          # or any display; QT_QPA_PLATFORM=offscreen works too
    DISPLAY=:33 python packaging/readme_screenshots.py [--locale ko ...]

Runs ``python -m app --screenshot docs/screenshots/<locale>`` once per language with ``LANG`` and ``LC_ALL``
set (the screenshot's throwaway settings follow the system language), then shrinks each PNG with
``pngquant`` (256 colours, visually the same for a UI) and ``optipng`` where they are installed (Debian:
``apt-get install pngquant optipng``). Prints ``{"locale/name.png": bytes}`` as JSON; look at the pictures
before committing them.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
LOCALES = {"en": "en_US.UTF-8", "ko": "ko_KR.UTF-8", "ja": "ja_JP.UTF-8", "zh_CN": "zh_CN.UTF-8"}


def shoot(locale: str) -> Path:
    folder = OUT / locale
    env = dict(os.environ, LANG=LOCALES[locale], LC_ALL=LOCALES[locale], LANGUAGE=locale,
               OPENBLAS_NUM_THREADS="1")
    subprocess.run([sys.executable, "-m", "app", "--screenshot", str(folder)], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return folder


def optimise(png: Path) -> None:
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--quality=70-95", "--speed", "1", "--strip", "--force", "--ext", ".png",
                        str(png)], check=False)  # exit 99: the quality floor not met, the file is kept as it was
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", str(png)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locale", action="append", choices=list(LOCALES), help="default: all four")
    args = parser.parse_args(argv)
    sizes = {}
    for locale in args.locale or list(LOCALES):
        for png in sorted(shoot(locale).glob("*.png")):
            optimise(png)
            sizes[f"{locale}/{png.name}"] = png.stat().st_size
    print(json.dumps(sizes, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
