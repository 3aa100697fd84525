"""Refresh ScratchNN's translations: lupdate over every ``app/**/*.py``, then lrelease into the ``.qm``.

    python packaging/update_translations.py [--check] [--locale ko]

lupdate merges: translations already in ``resources/translations/scratchnn_<locale>.ts`` are kept, new
source texts arrive as unfinished messages, texts gone from the code are dropped (``-no-obsolete``) so the
file never grows stale entries. Translate the unfinished ones (Qt Linguist, ``pyside6-linguist``, or any
editor), then run this again so the ``.qm`` the app loads is rebuilt. ``--check`` only reports how many
messages are unfinished and exits 1 if any are. The tools come from the running Python's ``bin`` folder,
so ``/work/venv/bin/python packaging/update_translations.py`` uses that venv's PySide6.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_DIR = ROOT / "app"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
DEFAULT_LOCALES = ("ko",)


def tool(name: str) -> Path:
    """``pyside6-<name>`` next to the running interpreter (a venv's ``bin`` or ``Scripts``)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / f"pyside6-{name}", folder / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"pyside6-{name} not found next to {sys.executable}; install PySide6 there")


def source_files() -> list[Path]:
    """Every Python file under ``app/`` in a stable order (the .ts diff stays small between runs)."""
    return sorted(p for p in APP_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(locale: str) -> Path:
    return TRANSLATIONS_DIR / f"scratchnn_{locale}.ts"


def run_lupdate(ts_file: Path, *, keep_locations: bool = False) -> None:
    """Merge the source texts of ``app/`` into ``ts_file`` (created when missing).

    Without source locations by default: a line number in the .ts changes whenever code above a text
    moves, and those changes are what make two branches' .ts files conflict; the class context stays.
    """
    args = [str(tool("lupdate")), "-no-obsolete", "-silent"]
    if not keep_locations:
        args += ["-locations", "none"]
    args += [str(p) for p in source_files()] + ["-ts", str(ts_file)]
    subprocess.run(args, check=True, cwd=ROOT)


def run_lrelease(ts_file: Path) -> Path:
    """Compile ``ts_file`` into the ``.qm`` beside it; returns the ``.qm`` path."""
    qm_file = ts_file.with_suffix(".qm")
    subprocess.run([str(tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)],
                   check=True, cwd=ROOT)
    return qm_file


def unfinished_messages(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every message whose translation is missing, empty or marked unfinished."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
                    or not "".join(translation.itertext()).strip()):
                missing.append((name, message.findtext("source", "")))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locale", action="append", help="locale to update (default: ko); repeatable")
    parser.add_argument("--check", action="store_true", help="only report unfinished messages")
    args = parser.parse_args(argv)
    status = 0
    for locale in args.locale or DEFAULT_LOCALES:
        ts_file = ts_path(locale)
        if not args.check:
            TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
            run_lupdate(ts_file)
            qm_file = run_lrelease(ts_file)
            print(f"wrote {ts_file.relative_to(ROOT)} and {qm_file.relative_to(ROOT)}")
        total = sum(1 for _ in ET.parse(ts_file).getroot().iter("message"))
        missing = unfinished_messages(ts_file)
        print(f"{locale}: {total} messages, {len(missing)} unfinished")
        for context, source in missing:
            print(f"  [{context}] {source!r}")
        status |= bool(missing)
    return 1 if args.check and status else 0


if __name__ == "__main__":
    sys.exit(main())
