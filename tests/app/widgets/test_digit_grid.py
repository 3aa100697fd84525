"""The digit grid and its panel: which test digits are shown, how they are captioned (pytest-qt)."""
import numpy as np

from app.widgets.digit_grid import DigitGrid, select_digits


def test_select_digits_mistakes_first():
    predicted = np.array([1, 2, 3, 4, 5])
    labels = np.array([1, 0, 3, 0, 5])
    assert select_digits(predicted, labels, 3).tolist() == [0, 1, 2]
    assert select_digits(predicted, labels, 3, mistakes_first=True).tolist() == [1, 3, 0]


def test_grid_captions_and_marks_mistakes(qtbot):
    grid = DigitGrid(columns=4, rows=1)
    qtbot.addWidget(grid)
    images = np.zeros((3, 784))
    grid.set_digits(images, [7, 2, 1], [7, 3, 1])
    assert grid.count() == 3
    assert [grid.caption(i) for i in range(3)] == ["7 (7)", "2 (3)", "1 (1)"]
    assert grid.mistakes() == [1]
    grid.clear()
    assert grid.count() == 0 and grid.mistakes() == []
