"""The bundled CJK font (issue 13): it covers every translated string, and on a machine without any CJK
font the UI's font chain draws Korean, Japanese and Chinese with no .notdef boxes.

The machine test runs in a subprocess whose fontconfig sees only a temporary folder (a copy of DejaVu
Sans, or nothing at all where DejaVu is missing): ``FONTCONFIG_FILE`` points to a generated fonts.conf,
which the offscreen platform's fontconfig font database reads at start-up.
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QRawFont

from app import fonts

ROOT = Path(__file__).resolve().parents[2]


def _load_font_script():
    spec = importlib.util.spec_from_file_location("make_cjk_font", ROOT / "packaging" / "make_cjk_font.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_font = _load_font_script()
SAMPLE_TERMS = make_font.BASE_TERMS.split()
BASE_FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf",
              "/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf")


def _translated_texts() -> list[str]:
    """Every source and translation text of every .ts file."""
    import xml.etree.ElementTree as ET

    texts = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        for element in ET.parse(ts).getroot().iter():
            if element.tag in ("source", "translation"):
                text = "".join(element.itertext())
                if text.strip():
                    texts.append(text)
    return texts


# --- the committed font against the current translations (fast, in-process) --------------------------

def test_committed_font_covers_every_character_of_the_translations(qapp):
    raw = QRawFont(str(fonts.font_path()), 16)
    assert raw.isValid() and raw.familyName() == fonts.FAMILY
    used = make_font.translation_chars()
    assert any(0xAC00 <= ord(c) <= 0xD7A3 for c in used)  # the Korean translation was read
    missing = {c: sorted(files) for c, files in used.items() if not raw.supportsCharacter(ord(c))}
    assert not missing, f"run packaging/make_cjk_font.py: the font lacks {missing}"


def test_committed_font_covers_the_base_set_for_japanese_and_chinese(qapp):
    raw = QRawFont(str(fonts.font_path()), 16)
    wanted = make_font.wanted_chars()
    assert {"損", "误", "熵", "語", "한", "ぁ", "ヿ", "。"} <= wanted
    assert not sorted(c for c in wanted if c.strip() and not raw.supportsCharacter(ord(c)))
    assert not raw.supportsCharacter(ord("漢"))  # a subset, not the 19 MB collection


def test_character_collection_picks_up_every_locale(tmp_path):
    ts = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{lang}">'
          '<context><name>C</name><message><source>Loss &amp; more</source>'
          '<translation>{text}</translation></message></context></TS>')
    (tmp_path / "scratchnn_ja.ts").write_text(ts.format(lang="ja_JP", text="損失関数"), encoding="utf-8")
    (tmp_path / "scratchnn_zh_CN.ts").write_text(ts.format(lang="zh_CN", text="损失函数"), encoding="utf-8")
    found = make_font.translation_chars(tmp_path)
    assert found["関"] == {"scratchnn_ja.ts"} and found["损"] == {"scratchnn_zh_CN.ts"}
    assert found["失"] == {"scratchnn_ja.ts", "scratchnn_zh_CN.ts"} and "&" in found


def test_check_mode_fails_for_a_character_the_font_lacks(tmp_path):
    shutil.copy(ROOT / "resources" / "translations" / "scratchnn_ko.ts", tmp_path)
    assert make_font.check(translations=tmp_path) == []
    ts = tmp_path / "scratchnn_ja.ts"
    ts.write_text('<?xml version="1.0"?><TS language="ja_JP"><context><name>C</name><message>'
                  '<source>Kanji</source><translation>漢</translation></message></context></TS>',
                  encoding="utf-8")
    problems = make_font.check(translations=tmp_path)
    assert len(problems) == 1 and "U+6F22" in problems[0] and "scratchnn_ja.ts" in problems[0]


# --- a machine without CJK fonts (subprocess) ---------------------------------------------------------

CHILD = r"""
import json, sys
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QImage, QPainter, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from app import fonts

texts = json.loads(sys.stdin.read())
app = QApplication(["scratchnn"])
WS = QFontDatabase.WritingSystem
report = {"system_cjk": sorted({f for ws in (WS.Korean, WS.Japanese, WS.SimplifiedChinese)
                                for f in QFontDatabase.families(ws)}),
          "covered_before": fonts.ui_font_covers(),
          "base": QFontDatabase.families()}
if "--substitute" in sys.argv:  # as on a platform whose fallback ignores application fonts
    fonts.ui_font_covers = lambda *args, **kwargs: False
from app.__main__ import create_application
create_application()  # the real start-up path: registers the font, loads the Korean translation
font = app.font()
metrics = QFontMetrics(font)
report["family"] = fonts.register_font()
report["substitutes"] = {name: QFont.substitutes(name) for name in font.families()}
report["missing"] = sorted({c for t in texts for c in t if not c.isspace() and not metrics.inFontUcs4(ord(c))})

def runs(text):
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(r.rawFont().familyName(), list(r.glyphIndexes())) for r in layout.glyphRuns()]

report["notdef_texts"] = [t for t in texts if any(0 in glyphs for _, glyphs in runs(t))]
report["cjk_families"] = sorted({fam for t in texts if any(ord(c) > 0x3000 for c in t) for fam, _ in runs(t)})
report["latin_family"] = sorted({fam for fam, _ in runs("Loss function (Book 4.2)")})

def picture(char):
    image = QImage(40, 40, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, char)
    painter.end()
    return bytes(image.constBits())

# A character no font has draws the primary font's .notdef box; a drawn character must look different.
box = picture("\U0010FFFD")
chars = sorted({c for t in texts for c in t if ord(c) > 0x7F and not c.isspace()})
report["checked_chars"] = len(chars)
report["boxes"] = [c for c in chars if picture(c) == box]

label = QLabel(QCoreApplication.translate("AboutDialog", "About ScratchNN"))
label.setFont(font)
label.adjustSize()
image = label.grab().toImage()
report["label"] = label.text()
report["label_ink"] = sum(1 for x in range(image.width()) for y in range(image.height())
                          if image.pixelColor(x, y).lightness() < 128)
label.setText("ScratchNN " + "\U0010FFFD" * 2)
report["label_boxes_differ"] = label.grab().toImage() != image
print(json.dumps(report))
"""


def _run_without_cjk_fonts(tmp_path: Path, *args: str) -> dict:
    folder = tmp_path / "fonts"
    folder.mkdir()
    base = next((p for p in BASE_FONTS if Path(p).is_file()), None)
    if base:
        shutil.copy(base, folder)
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
                    f"<dir>{folder}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
                    encoding="utf-8")
    dropped = ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "FONTCONFIG_PATH")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen", LANG="ko_KR.UTF-8", HOME=str(tmp_path))
    texts = _translated_texts() + SAMPLE_TERMS
    result = subprocess.run([sys.executable, "-c", CHILD, *args], input=json.dumps(texts), capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    report["base_file"] = base
    return report


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig isolation (Linux)")
def test_without_system_cjk_fonts_every_translated_string_renders(tmp_path):
    report = _run_without_cjk_fonts(tmp_path)
    # The isolation worked: no CJK font, and Korean could not be drawn before our font was registered.
    assert report["system_cjk"] == [] and report["covered_before"] is False
    assert report["family"] == fonts.FAMILY
    assert report["missing"] == [] and report["notdef_texts"] == [] and report["boxes"] == []
    assert report["checked_chars"] > 300
    assert report["label"] == "ScratchNN 정보" and report["label_ink"] > 20 and report["label_boxes_differ"]
    assert fonts.FAMILY in report["cjk_families"]  # registered under its own name, not as a substitute
    if report["base_file"]:  # fallback only: the system font still draws the Latin text
        assert report["latin_family"] == ["DejaVu Sans"]
        assert "DejaVu Sans" in report["base"]
        assert report["substitutes"] == {name: [] for name in report["substitutes"]}  # fontconfig sufficed


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig isolation (Linux)")
def test_substitution_path_also_renders_every_translated_string(tmp_path):
    report = _run_without_cjk_fonts(tmp_path, "--substitute")
    assert report["system_cjk"] == [] and report["family"] == fonts.FAMILY
    # Qt keeps substitutes in lower case
    assert any(fonts.FAMILY.lower() in subs for subs in report["substitutes"].values())
    assert report["missing"] == [] and report["notdef_texts"] == [] and report["boxes"] == []
    assert report["label"] == "ScratchNN 정보"
    if report["base_file"]:
        assert report["latin_family"] == ["DejaVu Sans"]
