"""Refresh ScratchNN's translations: lupdate over every ``app/**/*.py``, then lrelease into the ``.qm``.

    python packaging/update_translations.py [--check] [--locale ko]
    python packaging/update_translations.py --unfinished-tsv todo.tsv [--locale ja]
    python packaging/update_translations.py --apply-tsv done.tsv

lupdate merges: translations already in ``resources/translations/scratchnn_<locale>.ts`` are kept, new
source texts arrive as unfinished messages, texts gone from the code are dropped (``-no-obsolete``) so the
file never grows stale entries. Translate the unfinished ones (Qt Linguist, ``pyside6-linguist``, or any
editor), then run this again so the ``.qm`` the app loads is rebuilt. ``--check`` only reports how many
messages are unfinished and exits 1 if any are. The tools come from the running Python's ``bin`` folder,
so ``/work/venv/bin/python packaging/update_translations.py`` uses that venv's PySide6.

Topping up a locale in a text editor or a spreadsheet: ``--unfinished-tsv FILE`` (``-`` for stdout)
refreshes the .ts files, then writes one row per unfinished message (``locale``, ``context``,
``source``, ``translation``: tab-separated, a header row, ``\\n``, ``\\t`` and ``\\\\`` escaped); fill
the last column and run ``--apply-tsv FILE``. It sets those translations (a row whose placeholders,
tags, accelerators or edge spaces differ from the source is refused and reported), then refreshes and
compiles as usual. It also rewrites finished messages, e.g. to revise terminology.
"""
from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_DIR = ROOT / "app"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
DEFAULT_LOCALES = ("ko", "ja", "zh_CN")
TSV_FIELDS = ("locale", "context", "source", "translation")


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


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+|<[^<>]+>")


def shape_problems(source: str, translation: str) -> list[str]:
    """What a translation changes that it must keep: placeholders and tags, accelerators, edge spaces."""
    problems = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        problems.append("placeholders or tags differ")

    def accelerators(text: str) -> tuple[int, bool]:
        return text.count("&&"), "&" in text.replace("&&", "")

    if accelerators(source) != accelerators(translation):
        problems.append("the & accelerator or a literal && differs")
    if (source[:1] == " ") != (translation[:1] == " ") or (source[-1:] == " ") != (translation[-1:] == " "):
        problems.append("a leading or trailing space differs")
    return problems


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def tsv_rows(locales, *, unfinished_only: bool = True) -> list[dict[str, str]]:
    """One row per unfinished (or every) message of each locale's .ts, with its current translation."""
    rows = []
    for locale in locales:
        ts_file = ts_path(locale)
        missing = set(unfinished_messages(ts_file))
        for context in ET.parse(ts_file).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                if unfinished_only and (name, source) not in missing:
                    continue
                text = "" if (name, source) in missing else "".join(message.find("translation").itertext())
                rows.append({"locale": locale, "context": name, "source": source, "translation": text})
    return rows


def write_tsv(rows, out) -> None:
    for cells in [TSV_FIELDS] + [[row[field] for field in TSV_FIELDS] for row in rows]:
        out.write("\t".join(_escape(cell) for cell in cells) + "\n")


def read_tsv(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or tuple(lines[0].split("\t")) != TSV_FIELDS:
        raise ValueError(f"the first row must be the header {chr(9).join(TSV_FIELDS)!r}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(TSV_FIELDS):
            raise ValueError(f"row {number} has {len(cells)} columns, not {len(TSV_FIELDS)}")
        rows.append(dict(zip(TSV_FIELDS, (_unescape(cell) for cell in cells))))
    return rows


def apply_rows(rows) -> tuple[dict[str, int], list[str]]:
    """Set each row's translation in its locale's .ts; returns (applied per locale, problems)."""
    applied: dict[str, int] = {}
    problems: list[str] = []
    by_locale: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_locale.setdefault(row["locale"], []).append(row)
    for locale, locale_rows in by_locale.items():
        ts_file = ts_path(locale)
        if not ts_file.is_file():
            problems.append(f"{locale}: no {ts_file.name}; run this script with --locale {locale} first")
            continue
        tree = ET.parse(ts_file)
        messages = {}
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                messages[(name, message.findtext("source", ""))] = message
        for row in locale_rows:
            key, text = (row["context"], row["source"]), row["translation"]
            where = f"{locale} [{row['context']}] {row['source'][:50]!r}"
            if not text.strip():
                continue  # still to do
            if key not in messages:
                problems.append(f"{where}: no such message (the text changed in app/?)")
                continue
            if shape := shape_problems(row["source"], text):
                problems.append(f"{where}: {'; '.join(shape)}")
                continue
            translation = messages[key].find("translation")
            if translation is None:
                translation = ET.SubElement(messages[key], "translation")
            translation.attrib.pop("type", None)
            translation.text = text
            applied[locale] = applied.get(locale, 0) + 1
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)  # lupdate restores its own layout next
    return applied, problems


def refresh(locale: str) -> None:
    """lupdate then lrelease for one locale (creates its .ts the first time)."""
    ts_file = ts_path(locale)
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    run_lupdate(ts_file)
    qm_file = run_lrelease(ts_file)
    print(f"wrote {ts_file.relative_to(ROOT)} and {qm_file.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locale", action="append",
                        help=f"locale to update (default: {', '.join(DEFAULT_LOCALES)}); repeatable")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="only report unfinished messages")
    mode.add_argument("--unfinished-tsv", metavar="FILE", help="write the unfinished messages as TSV (- stdout)")
    mode.add_argument("--all-tsv", metavar="FILE", help="the same with every message (to revise terms)")
    mode.add_argument("--apply-tsv", metavar="FILE", help="set the translations of a filled-in TSV")
    args = parser.parse_args(argv)
    locales = args.locale or DEFAULT_LOCALES
    if args.apply_tsv:
        rows = read_tsv(Path(args.apply_tsv).read_text(encoding="utf-8"))
        if args.locale:
            rows = [row for row in rows if row["locale"] in args.locale]
        applied, problems = apply_rows(rows)
        for problem in problems:
            print(f"refused: {problem}", file=sys.stderr)
        locales = sorted(applied)
        counts = ", ".join(f"{locale}: {count}" for locale, count in applied.items())
        print(f"applied {sum(applied.values())} translations ({counts or 'none'})")
    tsv = args.unfinished_tsv or args.all_tsv
    report = sys.stderr if tsv == "-" else sys.stdout  # stdout may be the TSV itself
    status = 0
    for locale in locales:
        ts_file = ts_path(locale)
        if not args.check:
            refresh(locale)
        total = sum(1 for _ in ET.parse(ts_file).getroot().iter("message"))
        missing = unfinished_messages(ts_file)
        print(f"{locale}: {total} messages, {len(missing)} unfinished", file=report)
        if not tsv:
            for context, source in missing:
                print(f"  [{context}] {source!r}")
        status |= bool(missing)
    if tsv:
        buffer = io.StringIO()
        write_tsv(tsv_rows(locales, unfinished_only=bool(args.unfinished_tsv)), buffer)
        if tsv == "-":
            sys.stdout.write(buffer.getvalue())
        else:
            Path(tsv).write_text(buffer.getvalue(), encoding="utf-8")
    if args.apply_tsv and problems:
        return 1
    return 1 if args.check and status else 0


if __name__ == "__main__":
    sys.exit(main())
