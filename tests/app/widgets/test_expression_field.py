"""The expression field on its own: accept/reject state, the edited signal, presets (pytest-qt)."""
import pytest

from app.widgets.expression_field import ExpressionField

LONG_ERROR = ("unknown name 'velocity' (use x, pi, e or a function); a second sentence so the message "
              "needs more than one line in a narrow panel")


@pytest.fixture
def field(qtbot):
    widget = ExpressionField("x**2", ["square", "cube"])
    qtbot.addWidget(widget)
    widget.resize(300, 120)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_edited_only_when_the_text_differs_from_the_accepted_one(field, qtbot):
    with qtbot.assertNotEmitted(field.edited):
        field.line_edit.editingFinished.emit()  # Enter on the unchanged text
    field.line_edit.setText("x**3")
    with qtbot.waitSignal(field.edited) as signal:
        field.line_edit.editingFinished.emit()
    assert signal.args == ["x**3"]


def test_reject_shows_the_whole_message_and_keeps_the_typed_text(field, qtbot):
    field.reject("velocity", LONG_ERROR)
    assert field.error == LONG_ERROR and field.text() == "velocity"
    assert field.accepted_text == "x**2"  # the last good text is still the one in use
    label = field.error_label
    assert label.isVisible() and label.text() == LONG_ERROR
    # Wrapped over several lines and given the height they need (not clipped to one line).
    assert label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height()
    with qtbot.waitSignal(field.edited):  # Enter retries while an error is shown, even unchanged
        field.line_edit.editingFinished.emit()


def test_accept_clears_the_error(field):
    field.reject("velocity", LONG_ERROR)
    field.accept("sin(x)")
    assert field.error is None and field.accepted_text == "sin(x)" and field.text() == "sin(x)"
    assert not field.error_label.isVisible() and not field.line_edit.styleSheet()


def test_presets_emit_their_index_and_the_combo_returns_to_its_prompt(field, qtbot):
    combo = field.preset_combo
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["square", "cube"]
    with qtbot.waitSignal(field.preset_chosen) as signal:
        combo.activated.emit(2)
    assert signal.args == [1] and combo.currentIndex() == 0
    with qtbot.assertNotEmitted(field.preset_chosen):
        combo.activated.emit(0)  # the prompt itself is no preset


def test_set_text_does_not_emit(field, qtbot):
    with qtbot.assertNotEmitted(field.edited):
        field.set_text("x**5")
    assert field.text() == "x**5" and field.accepted_text == "x**2"
