"""NumberTable and GradientPair on their own: formats, highlight, the difference and the note (pytest-qt)."""
import numpy as np
import pytest
from PySide6.QtGui import QFontInfo

from app.widgets.matrix_display import HIGHLIGHT, GradientPair, NumberTable

DW = [[0.01790151, 0.55002379, -0.5679253], [0.02685226, 0.82503568, -0.85188794]]  # seeds/000


@pytest.fixture
def pair(qtbot):
    widget = GradientPair(["x1", "x2"], ["0", "1", "2"], "numerical", "analytic")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_number_table_formats_each_row_and_keeps_full_values_in_tooltips(qtbot):
    table = NumberTable(2, 3, ["p", "t"], ["0", "1", "2"], fmt=["{:.8f}", "{:.0f}"])
    qtbot.addWidget(table)
    table.set_values([[-1.441203765, 1.98387283, 0.1], [0, 0, 1]])
    assert [table.text(0, j) for j in range(3)] == ["-1.44120377", "1.98387283", "0.10000000"]
    assert [table.text(1, j) for j in range(3)] == ["0", "0", "1"]
    assert table._labels[0][0].toolTip() == repr(-1.441203765)
    assert QFontInfo(table._labels[0][0].font()).fixedPitch()
    assert not table.title_label.isVisibleTo(table)  # no title given: no empty line
    with pytest.raises(ValueError):
        table.set_values([1, 2])  # not 2x3


def test_pair_shows_both_matrices_side_by_side_with_the_difference(pair):
    analytic = np.array(DW) + 1e-6
    pair.set_values(DW, analytic, "largest 1.00e-06", "the book's delta")
    assert pair.left.text(1, 2) == "-0.85188794" and pair.right.text(1, 2) == "-0.85188694"
    assert pair.left.geometry().right() < pair.right.geometry().left()  # side by side
    assert pair.difference_label.text() == "largest 1.00e-06"
    assert pair.note_label.isVisible() and pair.note_label.text() == "the book's delta"
    pair.set_values(DW, DW, "largest 0", "")
    assert not pair.note_label.isVisible()


def test_pair_highlights_the_same_cell_in_both(pair):
    pair.set_values(DW, DW, "", "")
    pair.set_highlighted((1, 2))
    for table in (pair.left, pair.right):
        assert table._labels[1][2].styleSheet() == HIGHLIGHT
        assert table._labels[0][0].styleSheet() == ""
    pair.set_highlighted(None)
    assert pair.left._labels[1][2].styleSheet() == ""
