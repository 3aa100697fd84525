"""The Mistakes page on its own: a confusion matrix of a known test set, clicks on cells, paging."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from app.widgets.digit_browser import digit_image
from app.widgets.mistakes_page import MistakesPage
from scratchnn_core import Evaluation


def evaluation_of(labels, predicted, seed=0):
    """An Evaluation whose most probable class is ``predicted`` (the rest of the mass spread at random)."""
    rng = np.random.default_rng(seed)
    labels, predicted = np.asarray(labels), np.asarray(predicted)
    p = rng.random((len(labels), 10)).astype(np.float32) * 0.1
    p[np.arange(len(labels)), predicted] = rng.uniform(0.5, 0.9, len(labels))
    p /= p.sum(axis=1, keepdims=True)
    images = rng.random((len(labels), 784)).astype(np.float32)
    accuracy = float(np.mean(labels == predicted))
    return Evaluation(accuracy, accuracy, images, labels, predicted, p)


@pytest.fixture
def page(qtbot):
    widget = MistakesPage()
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_digit_image_is_the_784_intensities_row_by_row_in_grey():
    pixels = np.zeros(784, dtype=np.float32)
    pixels[[0, 27, 28, 783]] = 1.0, 0.5, 2.0, -1.0  # out of 0..1: clipped
    image = digit_image(pixels)
    assert (image.width(), image.height()) == (28, 28)
    grey = [image.pixelColor(x, y).red() for x, y in ((0, 0), (27, 0), (0, 1), (27, 27), (5, 5))]
    assert grey == [255, 127, 255, 0, 0]


def test_matrix_counts_and_accuracy(page):
    labels = np.array([0, 0, 1, 1, 1, 4, 4, 9, 9, 9])
    predicted = np.array([0, 6, 1, 1, 7, 4, 9, 9, 4, 9])  # 6 right of 10
    page.set_evaluation(evaluation_of(labels, predicted))
    counts = page.matrix.counts()
    assert counts.sum() == 10 and np.trace(counts) == 6
    assert counts[4, 9] == 1 and counts[9, 4] == 1 and counts[0, 6] == 1
    assert "6 of 10" in page.summary.text() and "60.00%" in page.summary.text() and "Confusion matrix" in page.summary.text()
    assert page.browser.count() == 4  # every mistake, the default view
    assert all(true != answer for true, answer in page.browser.shown_labels())


def test_clicking_a_cell_shows_its_digits(page, qtbot):
    rng = np.random.default_rng(3)
    labels = rng.integers(0, 10, 400)
    predicted = np.where(rng.random(400) < 0.8, labels, rng.integers(0, 10, 400))
    page.set_evaluation(evaluation_of(labels, predicted))
    wrong = np.argwhere(page.matrix.counts() * (1 - np.eye(10, dtype=int)) > 0)
    true, answer = (int(v) for v in wrong[0])
    centre = page.matrix.cell_rect(true, answer).center().toPoint()
    qtbot.mouseClick(page.matrix, Qt.MouseButton.LeftButton, pos=QPoint(centre.x(), centre.y()))
    assert page.matrix.selected == (true, answer)
    assert page.browser.count() == page.matrix.counts()[true, answer]
    assert set(page.browser.shown_labels()) == {(true, answer)}
    page.matrix.select(2, 2)  # the diagonal: right answers, the least confident first
    assert page.browser.count() == page.matrix.counts()[2, 2]
    assert set(page.browser.shown_labels()) == {(2, 2)}
    page.all_button.click()
    assert page.browser.count() == int(np.sum(labels != predicted))


def test_browser_pages_through_every_mistake(page):
    labels = np.zeros(300, dtype=np.int64)
    predicted = np.ones(300, dtype=np.int64)  # all wrong
    page.set_evaluation(evaluation_of(labels, predicted))
    browser = page.browser
    seen = []
    while True:
        start, shown = browser.page()
        seen.extend(range(start, start + shown))
        if not browser.next_button.isEnabled():
            break
        browser.next_button.click()
    assert seen == list(range(300))  # every one, once, in order
    assert browser.previous_button.isEnabled()
    browser.previous_page()
    assert browser.page()[0] == seen[-1] - (seen[-1] % browser.cells.capacity()) - browser.cells.capacity()


def test_clear(page):
    page.set_evaluation(evaluation_of([1, 2], [1, 3]))
    page.set_evaluation(None)
    assert page.matrix.counts() is None and page.browser.count() == 0 and not page.all_button.isEnabled()
