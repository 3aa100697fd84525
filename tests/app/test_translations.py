"""The Korean, Japanese and Chinese translations: complete, up to date with the code, compiled, each message
in its class context, and actually shown by the window."""
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
FOLDER = ROOT / "resources" / "translations"
LOCALES = ("ko", "ja", "zh_CN")


def _load_update_script():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "packaging" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _load_update_script()


def ts(locale: str) -> Path:
    return FOLDER / f"scratchnn_{locale}.ts"


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


MESSAGES = {locale: _messages(ts(locale)) for locale in LOCALES}


@contextmanager
def installed(app, locale: str = "ko"):
    """The compiled ``locale`` installed into ``app`` inside the block, removed on the way out (even after a
    failure)."""
    qm = ts(locale).with_suffix(".qm")
    translator = QTranslator()
    assert translator.load(str(qm)), f"cannot load {qm}"
    app.installTranslator(translator)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)


WINDOW = {  # tab titles, menus, one action: what a reader of each edition sees first
    "ko": (["손실 함수", "미분 && 접선", "경사 하강법", "신경망의 기울기", "MNIST 학습"], ["파일(&F)", "보기(&V)", "도움말(&H)"],
           "가중치 저장(&S)…"),
    "ja": (["損失関数", "微分 && 接線", "勾配降下法", "ネットワークの勾配", "MNIST 学習"], ["ファイル(&F)", "表示(&V)", "ヘルプ(&H)"],
           "重みを保存(&S)…"),
    "zh_CN": (["损失函数", "导数 && 切线", "梯度下降法", "神经网络的梯度", "MNIST 学习"], ["文件(&F)", "视图(&V)", "帮助(&H)"],
              "保存权重(&S)…"),
}


@pytest.mark.parametrize("locale", LOCALES)
def test_window_shows_the_translated_tabs_and_menus(qtbot, tmp_path, qapp, locale):
    titles, menus, save = WINDOW[locale]
    with installed(qapp, locale):
        window = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        try:
            assert [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())] == titles
            assert [action.text() for action in window.menuBar().actions()] == menus
            assert window.save_weights_action.text() == save
        finally:
            window.close()


def test_translation_is_removed_after_the_block(qapp):
    with pytest.raises(RuntimeError), installed(qapp):
        assert QCoreApplication.translate("LossTab", "Loss functions") == "손실 함수"
        raise RuntimeError("a failing test inside the block")
    assert QCoreApplication.translate("LossTab", "Loss functions") == "Loss functions"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_is_finished(locale):
    messages = MESSAGES[locale]
    assert len(messages) > 250  # the tabs, menus, dialogs and help: a near-empty .ts means lupdate found nothing
    unfinished = [key for key, text in messages.items() if text is None]
    assert not unfinished, (f"{len(unfinished)} unfinished in {locale}: {unfinished[:5]}; list them with "
                            f"packaging/update_translations.py --unfinished-tsv - --locale {locale}")


def test_every_locale_has_the_same_messages():
    keys = {locale: set(messages) for locale, messages in MESSAGES.items()}
    assert keys["ja"] == keys["ko"] and keys["zh_CN"] == keys["ko"]


SCRIPTS = {"ko": re.compile("[\uac00-\ud7a3]"), "ja": re.compile("[\u3040-\u30ff\u4e00-\u9fff]"),
           "zh_CN": re.compile("[\u4e00-\u9fff]")}
KANA_OR_HANGUL = re.compile("[\u3040-\u30ff\uac00-\ud7a3]")


@pytest.mark.parametrize("locale", LOCALES)
def test_translations_are_written_in_the_locales_script(locale):
    """A message with English words gets words of the locale's script (not left English, not another CJK)."""
    wrong = []
    for (context, source), text in MESSAGES[locale].items():
        if not text:
            continue
        words = re.sub(r"<[^<>]+>|\{[^{}]*\}|%\d+|&\w+;", " ", source)
        if len(re.findall("[A-Za-z]{4,}", words)) >= 2 and not SCRIPTS[locale].search(text):
            wrong.append(source[:40])
        if locale == "zh_CN" and set(KANA_OR_HANGUL.findall(text)) - set(source):  # the Korean title stays
            wrong.append(source[:40])
    # A few are names or code, the same in every language.
    allowed = {"Python {py}, PySide6 {pyside}"[:40]}
    assert set(wrong) <= allowed, wrong


@pytest.mark.parametrize("locale", LOCALES)
def test_ts_matches_the_texts_in_app(tmp_path, locale):
    """Running lupdate over app/ now finds exactly the messages of the committed .ts (none new, none stale)."""
    try:
        update.tool("lupdate")
    except FileNotFoundError:
        pytest.skip("pyside6-lupdate is not next to sys.executable")
    fresh = tmp_path / "fresh.ts"
    update.run_lupdate(fresh, keep_locations=False)
    found, committed = set(_messages(fresh)), set(MESSAGES[locale])
    assert found - committed == set(), "new texts: run packaging/update_translations.py and translate them"
    assert committed - found == set(), "stale texts: run packaging/update_translations.py"


@pytest.mark.parametrize("locale", LOCALES)
def test_no_message_in_the_empty_context(locale):
    """self.tr() looks up the class name: a message lupdate files under no context is never shown translated.

    lupdate files a text under "" when it cannot see the class: ``tr = self.tr; tr("...")``, a module-level
    ``QT_TR_NOOP`` (use ``QT_TRANSLATE_NOOP("TabClass", ...)``), or ``translate`` wrapped in a helper.
    """
    orphans = sorted({source[:40] for (context, source) in MESSAGES[locale] if context == ""})
    assert not orphans, f"{len(orphans)} texts have no context, so they stay English at run time: {orphans}"


def test_every_context_is_a_class_or_a_declared_context():
    """Each context names the class whose tr() shows it (or a QT_TRANSLATE_NOOP / translate context)."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "app").rglob("*.py")))
    contexts = {context for context, _ in MESSAGES["ko"]}
    unknown = {c for c in contexts if not re.search(rf"class {c}\b|[\"']{c}[\"']", code)}
    assert not unknown, unknown


@pytest.mark.parametrize("locale", LOCALES)
def test_qm_is_compiled_from_the_current_ts(locale):
    translator = QTranslator()
    assert translator.load(str(ts(locale).with_suffix(".qm")))
    stale = [(context, source) for (context, source), text in MESSAGES[locale].items()
             if context and translator.translate(context, source) != text]
    assert not stale, f"{len(stale)} messages differ in the .qm: run packaging/update_translations.py"


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+|<[^<>]+>")


def _accelerators(text: str) -> tuple[int, bool]:
    """(number of literal "&&", whether a single "&" mnemonic is present)."""
    doubled = text.count("&&")
    return doubled, "&" in text.replace("&&", "")


@pytest.mark.parametrize("locale", LOCALES)
def test_translation_keeps_placeholders_tags_accelerators_and_edge_spaces(locale):
    broken = []
    for (context, source), text in MESSAGES[locale].items():
        if not text:
            continue
        if (Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source))
                or _accelerators(text) != _accelerators(source)
                # texts glued to a previous sentence keep the space
                or text.startswith(" ") != source.startswith(" ") or text.endswith(" ") != source.endswith(" ")):
            broken.append(f"[{context}] {source[:40]!r} -> {text[:40]!r}")
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize("locale", ("ja", "zh_CN"))
def test_accelerators_follow_the_source_letter_in_brackets(locale):
    """'&File' becomes 'ファイル(&F)': the mnemonic letter is the source's, as Japanese and Chinese UIs write it."""
    wrong = []
    for (context, source), text in MESSAGES[locale].items():
        letter = re.search(r"&([^&\s])", source.replace("&&", ""))
        if text and letter and not re.search(rf"\(&{re.escape(letter.group(1).upper())}\)", text):
            wrong.append((source, text))
    assert not wrong, wrong
