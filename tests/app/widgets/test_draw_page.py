"""The Draw-a-digit page on its own: synthetic mouse strokes, the 28x28 input, ten probabilities, Send."""
import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from app.widgets.draw_page import DrawPage
from scratchnn_core import TwoLayerNet, prepare_digit


def drag(widget, points):
    """Press at the first point, move through the others with the left button held, release."""
    def send(kind, point, buttons):
        event = QMouseEvent(kind, QPointF(*point), widget.mapToGlobal(QPointF(*point)), Qt.MouseButton.LeftButton,
                            buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)

    send(QEvent.Type.MouseButtonPress, points[0], Qt.MouseButton.LeftButton)
    for point in points[1:]:
        send(QEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton)


@pytest.fixture
def page(qtbot):
    widget = DrawPage()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def vertical_stroke(pad, x=0.55, top=0.15, bottom=0.85, steps=20):
    rect = pad.canvas_rect()
    return [(rect.left() + x * rect.width(), rect.top() + (top + (bottom - top) * k / steps) * rect.height())
            for k in range(steps + 1)]


def test_a_drawn_stroke_gives_probabilities_that_sum_to_one(page, qtbot):
    page.set_network(TwoLayerNet(784, 50, 10, weight_init_std=0.5, seed=2))
    assert page.probabilities() is None and not page.send_button.isEnabled()  # nothing drawn yet
    drag(page.pad, vertical_stroke(page.pad))
    qtbot.waitUntil(lambda: page.probabilities() is not None, timeout=5000)  # throttled, then computed
    p = page.probabilities()
    assert p.shape == (10,) and p.sum() == pytest.approx(1.0, abs=1e-6) and (p >= 0).all()
    # The input is the drawing prepared like MNIST: a vertical bar, centred, brightest pixel 1.
    x = page.network_input()
    np.testing.assert_array_equal(x, prepare_digit(page.pad.pixels(), invert=True))
    image = x.reshape(28, 28)
    rows, columns = np.flatnonzero(image.any(axis=1)), np.flatnonzero(image.any(axis=0))
    assert image.max() == 1.0 and rows[-1] - rows[0] == 19  # scaled to 20 rows, as MNIST's digits
    assert columns.size <= 4  # a thin bar
    for axis in (0, 1):  # centred by mass on pixel 14, within the half pixel of a whole-pixel shift
        assert float(image.sum(axis=axis) @ np.arange(28)) / image.sum() == pytest.approx(14.0, abs=0.5)
    assert page.send_button.isEnabled()
    np.testing.assert_allclose(page.bars.opts["height"], p)
    preview = page.preview.pixmap().toImage()  # the input, each pixel a 5x5 grey block
    shown = np.array([[preview.pixelColor(5 * c + 2, 5 * r + 2).red() for c in range(28)] for r in range(28)])
    np.testing.assert_array_equal(shown, (image * 255).astype(np.uint8))


def test_pad_pixels_record_the_ink(page):
    drag(page.pad, vertical_stroke(page.pad))
    pixels = page.pad.pixels()
    assert pixels.shape == (280, 280) and pixels.dtype == np.uint8
    assert pixels[140, 154] == 0 and pixels[140, 20] == 255  # ink at x = 0.55 * 280, paper at the edge
    page.pad.clear()
    assert page.pad.is_blank() and (page.pad.pixels() == 255).all()


def test_send_hands_over_the_probabilities_and_the_label(page, qtbot):
    page.set_network(TwoLayerNet(784, 10, 10, seed=0))
    drag(page.pad, vertical_stroke(page.pad))
    page.update_prediction()
    page.label_box.setValue(7)
    with qtbot.waitSignal(page.send_requested) as blocker:
        page.send_button.click()
    probabilities, label = blocker.args
    np.testing.assert_array_equal(probabilities, page.probabilities())
    assert label == 7


def test_without_a_network_the_page_says_what_to_do(page):
    drag(page.pad, vertical_stroke(page.pad))
    page.update_prediction()
    assert page.network_input() is not None and page.probabilities() is None
    assert "network" in page.answer.text() and not page.send_button.isEnabled()


def test_the_label_follows_the_answer_until_the_learner_sets_it(page):
    page.set_network(TwoLayerNet(784, 10, 10, weight_init_std=0.5, seed=5))
    drag(page.pad, vertical_stroke(page.pad))
    page.update_prediction()
    assert page.label_box.value() == int(np.argmax(page.probabilities()))
    other = (page.label_box.value() + 1) % 10
    page.label_box.setValue(other)  # the learner says what it is
    drag(page.pad, vertical_stroke(page.pad, x=0.3))
    page.update_prediction()
    assert page.label_box.value() == other
    page.clear_button.click()  # a new digit: follow the network again
    drag(page.pad, vertical_stroke(page.pad))
    page.update_prediction()
    assert page.label_box.value() == int(np.argmax(page.probabilities()))
