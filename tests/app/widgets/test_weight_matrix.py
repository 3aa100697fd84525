"""The weight-matrix editor on its own: colours, typing, dragging, selecting, rejecting (pytest-qt)."""
import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication

from app.widgets import weight_matrix as wm
from app.widgets.weight_matrix import WeightMatrixEditor

W = [[0.11633986, 0.10927077, -0.93392791], [-1.67889742, 2.13145596, -0.33077693]]  # seeds/000


@pytest.fixture
def editor(qtbot):
    widget = WeightMatrixEditor(W, ["x1", "x2"], ["class 0", "class 1", "class 2"])
    qtbot.addWidget(widget)
    widget.resize(420, 140)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def mouse(cell, kind, y, button=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier):
    """Send a press/move/release at height ``y`` in the cell (QTest cannot hold a button during a move)."""
    types = {"press": QEvent.Type.MouseButtonPress, "move": QEvent.Type.MouseMove,
             "release": QEvent.Type.MouseButtonRelease}
    pos = QPointF(cell.width() / 2, y)
    held = Qt.MouseButton.NoButton if kind == "release" else button
    event = QMouseEvent(types[kind], pos, cell.mapToGlobal(pos), button, held, modifiers)
    QApplication.sendEvent(cell, event)


def test_cells_show_the_book_values_on_a_diverging_map(editor):
    assert [editor.cell(0, j).text() for j in range(3)] == ["0.11633986", "0.10927077", "-0.93392791"]
    assert editor.cell(1, 1).text() == "2.13145596"
    red, blue = (QColor(wm.cell_colours(v)[0]) for v in (2.13145596, -1.67889742))
    assert red.red() > red.blue() + 60 and blue.blue() > blue.red() + 60
    assert QColor(wm.cell_colours(0.0)[0]).lightness() > 240  # 0 is white
    assert wm.cell_colours(5.0) == wm.cell_colours(wm.COLOUR_LIMIT)  # clipped beyond the limit
    assert wm.cell_colours(2.9)[1] == "#ffffff" and wm.cell_colours(0.1)[1] == "#000000"  # legible text
    for i, j in np.ndindex(2, 3):
        assert f"background: {wm.cell_colours(W[i][j])[0]};" in editor.cell(i, j).styleSheet()


@pytest.mark.parametrize("value, text", [(0.5, "0.5"), (-0.0, "0"), (2.0, "2"), (0.11633986, "0.11633986"),
                                         (1e-9, "0"), (-1.123456789, "-1.12345679")])
def test_format_weight_is_the_book_precision_without_trailing_zeros(value, text):
    assert wm.format_weight(value) == text


def test_a_click_selects_the_weight(editor, qtbot):
    assert editor.selected == (0, 0) and wm.SELECTED_BORDER in editor.cell(0, 0).styleSheet()
    with qtbot.waitSignal(editor.weight_selected) as signal:
        qtbot.mouseClick(editor.cell(1, 2), Qt.MouseButton.LeftButton)
    assert signal.args == [1, 2] and editor.selected == (1, 2)
    assert wm.SELECTED_BORDER in editor.cell(1, 2).styleSheet()
    assert wm.SELECTED_BORDER not in editor.cell(0, 0).styleSheet()


def test_typing_a_value_emits_it_and_enter_on_the_same_text_does_not(editor, qtbot):
    cell = editor.cell(0, 1)
    with qtbot.assertNotEmitted(editor.weight_edited):
        cell.editingFinished.emit()
    cell.setText("0.75")
    with qtbot.waitSignal(editor.weight_edited) as signal:
        cell.editingFinished.emit()
    assert signal.args == [0, 1, "0.75"]
    assert editor.values[0, 1] == W[0][1]  # nothing changes until the owner accepts it


@pytest.mark.parametrize("fine, expected", [(False, 0.11633986 + 0.4), (True, 0.11633986 + 0.04)])
def test_dragging_up_raises_the_weight_by_a_step_per_pixel(editor, qtbot, fine, expected):
    cell = editor.cell(0, 0)
    modifiers = Qt.KeyboardModifier.ShiftModifier if fine else Qt.KeyboardModifier.NoModifier
    edits = []
    editor.weight_edited.connect(lambda i, j, text: edits.append((i, j, text)))
    mouse(cell, "press", 10)
    mouse(cell, "move", 0, modifiers=modifiers)  # 10 px up
    mouse(cell, "move", -30, modifiers=modifiers)  # 40 px up in all
    mouse(cell, "release", -30)
    assert edits and all(e[:2] == (0, 0) for e in edits)
    assert float(edits[-1][2]) == pytest.approx(expected, abs=1e-4)
    assert float(edits[0][2]) < float(edits[-1][2])


def test_a_drag_down_lowers_it_and_a_still_click_emits_no_edit(editor, qtbot):
    cell = editor.cell(1, 0)
    edits = []
    editor.weight_edited.connect(lambda i, j, text: edits.append(float(text)))
    mouse(cell, "press", 5)
    mouse(cell, "move", 6)  # one pixel: below the drag distance, no change
    mouse(cell, "release", 6)
    assert edits == []
    mouse(cell, "press", 5)
    mouse(cell, "move", 55)  # 50 px down
    mouse(cell, "release", 55)
    assert edits[-1] == pytest.approx(-1.67889742 - 0.5, abs=1e-4)


def test_reject_keeps_the_text_and_the_last_good_values(editor, qtbot):
    editor.reject(0, 1, "abc", "w12 must be a number, not “abc”.")
    assert editor.cell(0, 1).text() == "abc" and editor.error.startswith("w12")
    assert wm.ERROR_BORDER in editor.cell(0, 1).styleSheet()
    assert editor.error_label.isVisible() and "abc" in editor.error_label.text()
    np.testing.assert_array_equal(editor.values, W)
    with qtbot.waitSignal(editor.weight_edited):  # Enter retries while the error is shown
        editor.cell(0, 1).editingFinished.emit()
    editor.set_values(np.array(W) * 2)
    assert editor.error is None and not editor.error_label.isVisible()
    assert editor.cell(0, 1).text() == "0.21854154"


def test_set_selected_emits_nothing(editor, qtbot):
    with qtbot.assertNotEmitted(editor.weight_selected):
        editor.set_selected(1, 1)
    assert editor.selected == (1, 1)
