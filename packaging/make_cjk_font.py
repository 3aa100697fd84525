"""Build ScratchNN's bundled CJK fallback font: a small subset of Noto Sans CJK JP (OFL 1.1).

    python packaging/make_cjk_font.py            # rebuild resources/fonts/ScratchNNCJK-Regular.otf
    python packaging/make_cjk_font.py --check    # exit 1 if the committed font misses a character
    python packaging/make_cjk_font.py --source /path/to/NotoSansCJK-Regular.ttc

The subset holds every character of every ``resources/translations/*.ts`` (source and translation,
all locales present), the non-ASCII characters of ``app/`` (plot symbols drawn without ``tr``), ASCII,
and a base set for Japanese and Chinese text (all Hiragana and Katakana, CJK
punctuation, the chapter's terms, the language names), so a new translation rarely needs more than a
rerun. Needs fontTools (the ``build`` extra) and the Noto Sans CJK collection (Debian: fonts-noto-cjk).

Why the JP face, why a new family name and what the licence asks: resources/fonts/README.md.
"""
from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
TRANSLATIONS = ROOT / "resources" / "translations"
FONT_FILE = FONTS / "ScratchNNCJK-Regular.otf"
FAMILY = "ScratchNN CJK"  # not "Noto" (a Google trademark) nor "Source" (Adobe's Reserved Font Name)
POSTSCRIPT_NAME = "ScratchNNCJK-Regular"
SOURCE_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  # Debian/Ubuntu fonts-noto-cjk
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",  # Arch noto-fonts-cjk
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",  # Fedora
)
SOURCE_FACE = "Noto Sans CJK JP"  # the face taken from the collection

# The chapter's terms in the Japanese original and the Chinese edition (issue 13), the language names
# of the language menu, the kana, and the punctuation Japanese and Chinese UI text uses.
BASE_TERMS = (
    "損失関数 2乗和誤差 交差エントロピー誤差 ミニバッチ学習 数値微分 中心差分 前方差分 偏微分 勾配 勾配法 "
    "学習率 ハイパーパラメータ 認識精度 エポック 誤差逆伝播法 "
    "损失函数 均方误差 交叉熵误差 mini-batch学习 数值微分 中心差分 前向差分 偏导数 梯度 梯度法 学习率 超参数 "
    "识别精度 epoch 误差反向传播法 "
    "日本語 中文 한국어 简体中文"
)
KANA = "".join(chr(c) for c in range(0x3041, 0x3097)) + "".join(chr(c) for c in range(0x3099, 0x30A0)) \
    + "".join(chr(c) for c in range(0x30A0, 0x3100))
CJK_PUNCTUATION = "\u3000、。〃々〆〇〈〉《》「」『』【】〔〕〜・，．：；？！（）［］｛｝～￥"
ASCII = "".join(chr(c) for c in range(0x20, 0x7F))
# The layout features HarfBuzz applies to horizontal text by default (Qt asks for no others). Left out:
# vertical forms, localized forms (locl: Qt does not tell HarfBuzz the text's language, and the other
# regions' glyphs would triple the size), and the optional alternates (aalt, palt, halt, fwid, frac ...).
LAYOUT_FEATURES = ("ccmp", "calt", "clig", "liga", "rlig", "kern", "mark", "mkmk", "ljmo", "vjmo", "tjmo")


def translation_chars(folder: Path = TRANSLATIONS) -> dict[str, set[str]]:
    """Every character of every ``<source>`` and ``<translation>`` in ``folder/*.ts``, with its files."""
    found: dict[str, set[str]] = {}
    for ts in sorted(folder.glob("*.ts")):
        for element in ET.parse(ts).getroot().iter():
            if element.tag in ("source", "translation"):  # numerus forms are children of <translation>
                for char in "".join(element.itertext()):
                    if char.isprintable():
                        found.setdefault(char, set()).add(ts.name)
    return found


def app_chars(folder: Path = ROOT / "app") -> set[str]:
    """Non-ASCII characters in the app's Python files (symbols such as −, ≈, ² in plot labels)."""
    chars: set[str] = set()
    for path in sorted(folder.rglob("*.py")):
        chars.update(c for c in path.read_text(encoding="utf-8") if ord(c) > 0x7F and c.isprintable())
    return chars


def wanted_chars(translations: Path = TRANSLATIONS) -> set[str]:
    """All characters the subset must hold."""
    chars = set(translation_chars(translations)) | app_chars() | set(ASCII) | set(KANA) | set(CJK_PUNCTUATION)
    return chars | {c for c in BASE_TERMS if c.isprintable()}


def find_source(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    for candidate in SOURCE_CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    sys.exit("Noto Sans CJK not found; install fonts-noto-cjk or pass --source NotoSansCJK-Regular.ttc")


def _open_face(source: Path):
    from fontTools.ttLib import TTCollection, TTFont

    if source.suffix.lower() == ".ttc":
        for font in TTCollection(str(source)).fonts:
            if font["name"].getDebugName(4) == SOURCE_FACE:
                return font
        sys.exit(f"{source} has no face named {SOURCE_FACE!r}")
    return TTFont(str(source))


def _rename(font, source_version: str) -> None:
    """Give the subset its own family name (OFL 1.1 condition 3) and say what it is."""
    from fontTools.ttLib.tables._n_a_m_e import table__n_a_m_e

    old = font["name"]
    kept = {nid: old.getDebugName(nid) for nid in (0, 7, 8, 9, 11, 12, 13, 14)}
    names = {
        **{nid: text for nid, text in kept.items() if text},
        1: FAMILY, 2: "Regular", 3: f"{source_version};{POSTSCRIPT_NAME};ScratchNN subset",
        4: FAMILY, 5: f"Version {source_version}; ScratchNN subset", 6: POSTSCRIPT_NAME,
        10: f"A subset of {SOURCE_FACE} {source_version} made for ScratchNN's user interface "
            f"(packaging/make_cjk_font.py). Modified Version under the SIL Open Font License 1.1.",
    }
    table = table__n_a_m_e()
    table.names = []
    for nid, text in sorted(names.items()):
        table.setName(text, nid, 3, 1, 0x409)  # Windows, Unicode BMP, English: what Qt and fontconfig read
    font["name"] = table
    cff = font["CFF "].cff
    cff.fontNames = [POSTSCRIPT_NAME]
    top = cff.topDictIndex[0]
    for key, value in (("FullName", FAMILY), ("FamilyName", FAMILY), ("CIDFontName", POSTSCRIPT_NAME)):
        if key in top.rawDict or hasattr(top, key):
            setattr(top, key, value)


def build(source: Path, out: Path = FONT_FILE) -> tuple[int, int]:
    """Write the subset to ``out``; returns (characters mapped, bytes)."""
    from fontTools import subset

    font = _open_face(source)
    version = f"{font['head'].fontRevision:.3f}"
    cmap = font.getBestCmap()
    wanted = wanted_chars()
    missing = sorted(c for c in wanted if ord(c) not in cmap)
    if missing:
        print(f"note: {SOURCE_FACE} has no glyph for {''.join(missing)!r}; the system font must supply them")
    options = subset.Options()
    options.layout_features = list(LAYOUT_FEATURES)
    options.name_IDs = ["*"]
    options.notdef_outline = True  # a visible box, should a character ever be missing
    options.drop_tables += ["VORG", "vhea", "vmtx", "BASE"]  # vertical metrics: the UI is horizontal
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in wanted if ord(c) in cmap])
    subsetter.subset(font)
    _rename(font, version)
    font.recalcTimestamp = False  # the same input gives the same bytes (head.modified stays the source's)
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(out))
    return len(font.getBestCmap()), out.stat().st_size


def font_chars(path: Path = FONT_FILE) -> set[str]:
    """The characters the font at ``path`` maps (fontTools)."""
    from fontTools.ttLib import TTFont

    return {chr(code) for code in TTFont(str(path), lazy=True).getBestCmap()}


def check(path: Path = FONT_FILE, translations: Path = TRANSLATIONS) -> list[str]:
    """Problems: characters of the translations or of the base set that the font at ``path`` lacks."""
    if not path.is_file():
        return [f"{path} is missing"]
    have = font_chars(path)
    used = translation_chars(translations)
    problems = [f"{char!r} (U+{ord(char):04X}) used in {', '.join(sorted(files))}"
                for char, files in sorted(used.items()) if char not in have]
    lacking = sorted(wanted_chars(translations) - have - set(used))
    if lacking:
        problems.append(f"base set not covered: {''.join(lacking)!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed font; exit 1 if it "
                        "lacks a character of the translations")
    parser.add_argument("--source", help="the Noto Sans CJK collection or OTF (default: the system's)")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(f"missing: {problem}")
        if problems:
            print(f"Rebuild the font: python {Path(__file__).relative_to(ROOT)}")
            return 1
        print(f"{FONT_FILE.name} covers all {len(translation_chars())} characters of the translations")
        return 0
    count, size = build(find_source(args.source))
    print(f"wrote {FONT_FILE.relative_to(ROOT)}: {count} characters, {size / 1024:.1f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
