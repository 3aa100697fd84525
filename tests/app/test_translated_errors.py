"""Messages from Qt-free code (the expression parser, the core's TrainConfig, weights-file and MNIST checks)
reach a Korean, Japanese or Chinese window translated: no English sentence left in them."""
from __future__ import annotations

import ast
import re
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.main_window import MainWindow
from app.texts import TranslatableError
from app.workers.training_controller import describe_error
from scratchnn_core import MnistError, TrainConfig
from scratchnn_core import mnist_errors as me

QM = Path(__file__).resolve().parents[2] / "resources" / "translations"
SCRIPT = {"ko": "[\uac00-\ud7a3]", "ja": "[\u3040-\u30ff]", "zh_CN": "[\u4e00-\u9fff]"}  # ja: kana, not only kanji
# Three English words in a row is a sentence left untranslated (names such as batch_size, x, pi are one word).
ENGLISH = re.compile(r"[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){2,}")


@contextmanager
def translated(qapp, locale: str):
    translator = QTranslator()
    assert translator.load(str(QM / f"scratchnn_{locale}.qm"))
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def assert_translated(text: str, locale: str, *, without: str = "") -> None:
    shown = text.replace(without, " ") if without else text
    assert re.search(SCRIPT[locale], shown), text
    assert not ENGLISH.search(shown), f"English left in {text!r}: {ENGLISH.search(shown).group()!r}"


@pytest.fixture
def window(qtbot, tmp_path):
    def make():
        made = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(made)
        return made
    return make


@pytest.mark.parametrize("locale", ["ko", "ja", "zh_CN"])
def test_a_bad_function_is_refused_in_the_window_language(qapp, window, locale):
    with translated(qapp, locale):
        win = window()
        try:
            tangent, gradient = win.tab("tangent"), win.tab("gradient")
            assert not tangent.set_expression("abc + x")  # unknown name 'abc' (use x, pi, e or a function)
            assert_translated(tangent.expression.error, locale)
            assert "'abc'" in tangent.expression.error
            win.show_tab("tangent")
            assert_translated(win.statusBar().currentMessage(), locale)  # "Bad function: ..." translated too
            assert not gradient.set_expression("x0 ** 2 + (x1")  # a syntax error: Python's message, ours now
            assert_translated(gradient.panel.expression.error, locale)
        finally:
            win.close()


@pytest.mark.parametrize("locale", ["ko", "ja", "zh_CN"])
def test_an_invalid_hyperparameter_is_refused_in_the_window_language(qapp, window, locale):
    with translated(qapp, locale):
        win = window()
        try:
            training = win.tab("training")
            assert not training.start_training(TrainConfig(batch_size=0))
            message = training.error_label.text()
            assert "batch_size" in message and "0" in message
            assert_translated(message, locale)
        finally:
            win.close()


@pytest.mark.parametrize("locale", ["ko", "ja", "zh_CN"])
def test_a_file_that_is_not_weights_is_refused_in_the_window_language(qapp, window, monkeypatch, tmp_path, locale):
    notes = tmp_path / "notes.txt"
    notes.write_text("not weights")
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args: boxes.append(args)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(notes), "")))
    with translated(qapp, locale):
        win = window()
        try:
            win.load_weights_action.trigger()
        finally:
            win.close()
    assert len(boxes) == 1
    text = boxes[0][2]
    assert str(notes) in text and ".npz" in text and "784-H-10" in text
    assert_translated(text, locale, without=str(notes))


def test_an_mnist_error_from_the_worker_is_translated(qapp, tmp_path):
    missing = tmp_path / "train-images-idx3-ubyte.gz"
    error = MnistError(missing, me.NOT_FOUND, name="train-images-idx3-ubyte", folder=tmp_path)
    assert describe_error(error) == str(error)  # English without a translation
    with translated(qapp, "ko"):
        text = describe_error(error)
    assert str(missing) in text and "없습니다" in text
    assert_translated(text, "ko", without=str(tmp_path))


def test_app_errors_are_raised_from_marked_templates_not_literals():
    """``raise ExpressionError("...")`` with a literal would bypass QT_TRANSLATE_NOOP, so lupdate (and the
    translators) would never see it: every app error of this kind takes a template constant."""
    names, todo = {"fail"}, [TranslatableError]  # Walker.fail(template, node) raises an ExpressionError
    while todo:  # the subclasses: MainWindow's import brought in every tab
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    assert {"ExpressionError", "NetworkInputError", "DescentInputError"} <= names
    literal = []
    for path in sorted((Path(__file__).resolve().parents[2] / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(node, "func", None)
            name = getattr(name, "id", None) or getattr(name, "attr", None)
            if isinstance(node, ast.Call) and name in names and node.args \
                    and isinstance(node.args[0], (ast.Constant, ast.JoinedStr)):
                literal.append(f"{path.name}:{node.lineno}")
    assert not literal, f"raise these with a QT_TRANSLATE_NOOP constant: {literal}"
