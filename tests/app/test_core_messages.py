"""Every message the core can raise is marked for translation in app/core_messages.py, and is shown translated.

The core records each template it raises with ``scratchnn_core.messages.template`` (a registry filled when
its modules are imported); the app repeats them as literals for lupdate. A new core message without an entry
in the table (and so without a translation) fails here.
"""
from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import numpy as np
import pytest

import scratchnn_core
from app.core_messages import CORE_MESSAGES
from app.texts import TranslatableError
from scratchnn_core import MessageError, TrainConfig, prepare_digit
from scratchnn_core.messages import TEMPLATES, Message
from scratchnn_core import weights_file
from scratchnn_core.weights_file import read_params

CORE = Path(scratchnn_core.__file__).parent


def _core_templates() -> set[str]:
    for module in pkgutil.iter_modules(scratchnn_core.__path__):
        importlib.import_module(f"scratchnn_core.{module.name}")
    return set(TEMPLATES)


def test_every_core_template_is_in_the_app_table_and_no_stale_one():
    core, table = _core_templates(), set(CORE_MESSAGES)
    assert len(core) >= 50  # TrainConfig, MNIST, weights files, prepare_digit: a near-empty registry is a bug
    assert core - table == set(), "add these to app/core_messages.py, then translate them"
    assert table - core == set(), "the core no longer raises these: remove them from app/core_messages.py"
    assert len(CORE_MESSAGES) == len(table), "a template is listed twice"


def _message_error_names() -> set[str]:
    _core_templates()
    found, todo = set(), [MessageError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return (found - {TranslatableError.__name__}) | {"Message", "refuse"}


def test_core_messages_are_made_only_from_recorded_templates():
    """No ``MessageError("literal")`` in the core: a literal there would escape the registry (and lupdate)."""
    names, literal = _message_error_names(), []
    for path in sorted(CORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in names:
                if any(isinstance(arg, (ast.Constant, ast.JoinedStr)) and not isinstance(getattr(arg, "value", ""), int)
                       for arg in node.args):
                    literal.append(f"{path.name}:{node.lineno}")
    assert {"MnistError", "MessageError", "refuse"} <= names
    assert not literal, f"pass a template() constant, not a literal: {literal}"


def test_english_text_is_unchanged_and_the_template_reproduces_it():
    with pytest.raises(ValueError, match=r"^batch_size must be an integer >= 1, not 0$") as caught:
        TrainConfig(batch_size=0).validate()
    error = caught.value
    assert error.template in CORE_MESSAGES and error.template.format(**error.fields) == str(error)
    with pytest.raises(MessageError, match="the image is blank"):
        prepare_digit(np.zeros((28, 28)))


def test_nested_parts_are_translated_with_the_sentence(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a zip")
    with pytest.raises(MessageError) as caught:
        read_params(path)
    error = caught.value
    assert str(error).startswith(f"{path}: not an .npz archive. A weights file is an .npz")
    fake = {"{path}: {problem}. {expected}": "[{path}] {problem} / {expected}", "not an .npz archive": "NOT NPZ",
            weights_file.EXPECTED: "net {input_size}-H-{output_size}, H <= {max_hidden}"}
    shown = error.translated(lambda context, text: fake[text] if context == "CoreMessages" else text)
    assert shown == f"[{path}] NOT NPZ / net 784-H-10, H <= 4096"


def test_an_app_error_carries_its_context():
    error = TranslatableError("{a} of {b}", context="TangentTab", a=1, b=Message("two"))
    assert str(error) == "1 of two" and error.context == "TangentTab"
    seen = []
    error.translated(lambda context, text: seen.append(context) or text)
    assert seen == ["TangentTab", "CoreMessages"]  # a Message keeps its own (here the core's) context
    with pytest.raises(TypeError):
        TranslatableError("no context")
