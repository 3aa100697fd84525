"""The logarithmic learning-rate slider: exact marks, a continuous drag, and set_value that stays quiet."""
import math

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from app.widgets import log_slider as ls
from app.widgets.log_slider import LogSlider


def test_the_mapping_hits_the_decades_and_the_books_marks_exactly():
    assert ls.POSITIONS >= 1000
    assert ls.lr_at(0) == 1e-12 and ls.lr_at(ls.POSITIONS) == 100.0
    for lr in ls.MARKS + (1e-12, 0.01, 1.0, 100.0):
        assert ls.lr_at(ls.position_of(lr)) == lr
    assert [ls.position_of(lr) for lr in ls.MARKS] == [200, 1100, 1300]


def test_the_mapping_is_logarithmic_and_round_trips_every_position():
    for position in range(ls.POSITIONS + 1):
        assert ls.position_of(ls.lr_at(position)) == position
    # Equal steps are equal factors: 100 positions are a factor of ten everywhere.
    assert ls.lr_at(1001) / ls.lr_at(1000) == pytest.approx(10 ** 0.01, rel=5e-3)
    assert ls.lr_at(750) == pytest.approx(10 ** -4.5, rel=5e-3)


def test_out_of_range_rates_clamp_and_bad_ones_are_refused():
    assert ls.position_of(1e-300) == 0 and ls.position_of(1e9) == ls.POSITIONS
    for bad in (0.0, -0.1, math.nan, math.inf):
        with pytest.raises(ValueError, match="positive"):
            ls.position_of(bad)


def test_dragging_emits_the_rate_at_every_position(qtbot):
    slider = LogSlider(0.1)
    qtbot.addWidget(slider)
    received = []
    slider.value_changed.connect(received.append)
    slider.slider.setSliderDown(True)  # what a mouse press on the handle does
    for position in (1100, 1101, 1150, 1200, 1300):
        slider.slider.setSliderPosition(position)  # tracking is on: valueChanged while the handle moves
    slider.slider.setSliderDown(False)
    assert received == [0.102, 0.316, 1.0, 10.0]  # 1100 was already the value: no signal for it
    assert slider.value() == 10.0 and slider.value_label.text() == "10"


def test_a_signal_per_move_and_keyboard_steps(qtbot):
    slider = LogSlider(1e-10)
    qtbot.addWidget(slider)
    with qtbot.waitSignal(slider.value_changed, timeout=5000) as blocker:
        slider.slider.triggerAction(slider.slider.SliderAction.SliderPageStepAdd)  # Page Up: x10
    assert blocker.args == [1e-09]
    with qtbot.waitSignal(slider.value_changed, timeout=5000) as blocker:
        slider.slider.setFocus()
        qtbot.keyClick(slider.slider, Qt.Key.Key_Right)
    assert blocker.args == [pytest.approx(1.02e-09)]


def test_set_value_shows_a_typed_rate_without_emitting(qtbot):
    slider = LogSlider()
    qtbot.addWidget(slider)
    with qtbot.assertNotEmitted(slider.value_changed):
        slider.set_value(0.0123)
        slider.set_value(500.0)  # beyond the slider: the handle sits at 100, the value stays 500
    assert slider.value() == 500.0 and slider.slider.value() == ls.POSITIONS
    slider.set_value(0.0123)
    assert slider.value() == 0.0123 and slider.slider.value() == ls.position_of(0.0123)
    with pytest.raises(ValueError):
        slider.set_value(-1.0)
    assert slider.value() == 0.0123


def test_marks_sit_under_their_handle_positions(qtbot):
    slider = LogSlider()
    qtbot.addWidget(slider)
    slider.resize(500, 60)
    slider.show()
    qtbot.waitExposed(slider)
    marks = slider.marks.mark_positions()
    assert [text for text, _ in marks] == ["1e-10", "0.1", "10"]
    xs = [x for _, x in marks]
    assert xs == sorted(xs) and xs[0] > 0 and xs[-1] < slider.slider.width()
    # 0.1 -> 10 is 2 decades, 1e-10 -> 0.1 is 9: the gaps on screen have the same ratio.
    assert (xs[2] - xs[1]) / (xs[1] - xs[0]) == pytest.approx(2 / 9, rel=0.05)
    slider.marks.repaint()  # paints without error


def test_a_real_mouse_drag_moves_the_rate(shown):
    slider = shown(LogSlider(1e-10), size=(500, 60))
    received = []
    slider.value_changed.connect(received.append)
    (_, start_x), (_, end_x) = slider.marks.mark_positions()[0], slider.marks.mark_positions()[2]
    handle_y = slider.slider.height() // 2

    def send(kind, x, buttons):
        point = QPointF(slider.marks.mapTo(slider.slider, QPoint(x, 0)).x(), handle_y)
        event = QMouseEvent(kind, point, slider.slider.mapToGlobal(point), Qt.MouseButton.LeftButton, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(slider.slider, event)

    send(QMouseEvent.Type.MouseButtonPress, start_x, Qt.MouseButton.LeftButton)
    for x in range(start_x, end_x + 1, 20):
        send(QMouseEvent.Type.MouseMove, x, Qt.MouseButton.LeftButton)
    send(QMouseEvent.Type.MouseMove, end_x, Qt.MouseButton.LeftButton)
    send(QMouseEvent.Type.MouseButtonRelease, end_x, Qt.MouseButton.NoButton)
    assert len(received) > 5 and received == sorted(received)  # many values on the way, rising
    assert slider.value() == pytest.approx(10.0, rel=0.1)
