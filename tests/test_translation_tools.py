"""packaging/update_translations.py's TSV modes: what a later pass uses to top up ja and zh_CN."""
from __future__ import annotations

import io
import shutil
import xml.etree.ElementTree as ET

from tests.app.test_translations import ROOT, update  # the script, loaded once


def test_the_locales_are_korean_japanese_and_chinese():
    assert update.DEFAULT_LOCALES == ("ko", "ja", "zh_CN")


def test_tsv_round_trip_keeps_newlines_tabs_and_backslashes():
    rows = [{"locale": "ja", "context": "GradientTab", "source": "step {0}\nx = {1}\t\\ end ",
             "translation": "ステップ {0}\nx = {1}\t\\ 終わり "}]
    out = io.StringIO()
    update.write_tsv(rows, out)
    text = out.getvalue()
    assert text.count("\n") == 2 and text.splitlines()[1].count("\t") == 3  # one line per message
    assert update.read_tsv(text) == rows


def test_shape_problems_name_what_a_translation_broke():
    assert update.shape_problems("Saved {path}.", "{path} に保存しました。") == []
    assert update.shape_problems("Saved {path}.", "保存しました。") == ["placeholders or tags differ"]
    assert update.shape_problems("<b>Code:</b> MIT", "<b>コード：MIT") == ["placeholders or tags differ"]
    assert update.shape_problems("&File", "ファイル") == ["the & accelerator or a literal && differs"]
    assert update.shape_problems("A && B", "A & B") == ["the & accelerator or a literal && differs"]
    assert update.shape_problems("glued ", "くっつく") == ["a leading or trailing space differs"]


def test_apply_sets_good_rows_and_refuses_broken_ones(tmp_path, monkeypatch):
    monkeypatch.setattr(update, "TRANSLATIONS_DIR", tmp_path)
    ts = tmp_path / "scratchnn_ko.ts"
    shutil.copy(ROOT / "resources" / "translations" / "scratchnn_ko.ts", ts)
    tree = ET.parse(ts)  # make one message unfinished, as lupdate leaves a new text
    message = next(m for c in tree.getroot().iter("context") if c.findtext("name") == "MainWindow"
                   for m in c.iter("message") if m.findtext("source") == "Exported to {path}")
    message.find("translation").text = ""
    message.find("translation").set("type", "unfinished")
    tree.write(ts, encoding="utf-8")
    todo = update.tsv_rows(["ko"])
    assert todo == [{"locale": "ko", "context": "MainWindow", "source": "Exported to {path}", "translation": ""}]
    rows = [dict(todo[0], translation="{path}에 내보냄"),
            {"locale": "ko", "context": "MainWindow", "source": "Could not export to {path}.",
             "translation": "내보내지 못했습니다."},  # lost its placeholder
            {"locale": "ko", "context": "MainWindow", "source": "No such text", "translation": "없음"},
            {"locale": "ko", "context": "MainWindow", "source": "&File", "translation": ""}]  # still to do
    applied, problems = update.apply_rows(rows)
    assert applied == {"ko": 1}
    assert len(problems) == 2 and "placeholders" in problems[0] and "no such message" in problems[1]
    assert update.unfinished_messages(ts) == []
    assert update.tsv_rows(["ko"]) == []
    everything = update.tsv_rows(["ko"], unfinished_only=False)
    assert {"locale": "ko", "context": "MainWindow", "source": "Exported to {path}",
            "translation": "{path}에 내보냄"} in everything
    assert {"locale": "ko", "context": "MainWindow", "source": "Could not export to {path}.",
            "translation": "{path}에 내보내지 못했습니다."} in everything  # untouched
