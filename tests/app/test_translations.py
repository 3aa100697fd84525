"""The Korean translation: complete, up to date with the code, compiled, and actually shown by the window."""
from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from app.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "scratchnn_ko.ts"
QM = TS.with_suffix(".qm")


def _load_update_script():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "packaging" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _load_update_script()


def _messages(ts_file: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation text, None when unfinished."""
    unfinished = set(update.unfinished_messages(ts_file))
    result = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""))
            result[key] = None if key in unfinished else message.findtext("translation", "")
    return result


@contextmanager
def installed(app, qm: Path = QM):
    """``qm`` installed into ``app`` inside the block, removed on the way out (even after a failure)."""
    translator = QTranslator()
    assert translator.load(str(qm)), f"cannot load {qm}"
    app.installTranslator(translator)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)


@pytest.fixture
def korean(qapp):
    """The compiled Korean translation for one test; other tests stay English."""
    with installed(qapp) as translator:
        yield translator


def test_korean_window_shows_korean_tabs_and_menus(qtbot, tmp_path, korean):
    window = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        titles = [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())]
        assert titles == ["손실 함수", "미분 && 접선", "경사 하강법", "신경망의 기울기", "MNIST 학습"]
        assert "손실" in titles[0]
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["파일(&F)", "보기(&V)", "도움말(&H)"]
        assert window.save_weights_action.text() == "가중치 저장(&S)…"
    finally:
        window.close()


def test_translation_is_removed_after_the_block(qapp):
    with pytest.raises(RuntimeError), installed(qapp):
        assert QCoreApplication.translate("LossTab", "Loss functions") == "손실 함수"
        raise RuntimeError("a failing test inside the block")
    assert QCoreApplication.translate("LossTab", "Loss functions") == "Loss functions"


def test_every_message_is_finished():
    messages = _messages(TS)
    assert len(messages) > 100  # the four tabs, menus and dialogs: a near-empty .ts means lupdate found nothing
    unfinished = [key for key, text in messages.items() if text is None]
    assert not unfinished, f"{len(unfinished)} unfinished: {unfinished[:5]}"


def test_ts_matches_the_texts_in_app(tmp_path):
    """Running lupdate over app/ now finds exactly the messages of the committed .ts (none new, none stale)."""
    try:
        update.tool("lupdate")
    except FileNotFoundError:
        pytest.skip("pyside6-lupdate is not next to sys.executable")
    fresh = tmp_path / "fresh.ts"
    update.run_lupdate(fresh, keep_locations=False)
    found, committed = set(_messages(fresh)), set(_messages(TS))
    assert found - committed == set(), "new texts: run packaging/update_translations.py and translate them"
    assert committed - found == set(), "stale texts: run packaging/update_translations.py"


def test_no_message_in_the_empty_context():
    """self.tr() looks up the class name: a message lupdate files under no context is never shown translated.

    lupdate files a text under "" when it cannot see the class: ``tr = self.tr; tr("...")``, a module-level
    ``QT_TR_NOOP`` (use ``QT_TRANSLATE_NOOP("TabClass", ...)``), or ``translate`` wrapped in a helper.
    """
    orphans = sorted({source[:40] for (context, source) in _messages(TS) if context == ""})
    assert not orphans, f"{len(orphans)} texts have no context, so they stay English at run time: {orphans}"


def test_qm_is_compiled_from_the_current_ts():
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = [(context, source) for (context, source), text in _messages(TS).items()
             if context and translator.translate(context, source) != text]
    assert not stale, f"{len(stale)} messages differ in the .qm: run packaging/update_translations.py"


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+|<[^<>]+>")


def _accelerators(text: str) -> tuple[int, bool]:
    """(number of literal "&&", whether a single "&" mnemonic is present)."""
    doubled = text.count("&&")
    return doubled, "&" in text.replace("&&", "")


@pytest.mark.parametrize("key", [k for k, v in _messages(TS).items() if v], ids=lambda k: k[1][:30])
def test_translation_keeps_placeholders_tags_and_accelerators(key):
    source, text = key[1], _messages(TS)[key]
    assert Counter(PLACEHOLDER.findall(text)) == Counter(PLACEHOLDER.findall(source))
    assert _accelerators(text) == _accelerators(source)
    assert text.startswith(" ") == source.startswith(" ")  # texts glued to a previous sentence keep the space
    assert text.endswith(" ") == source.endswith(" ")
