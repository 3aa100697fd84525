"""A logarithmic learning-rate slider, 1e-12 .. 100, with the book's 0.1, 10 and 1e-10 marked (Book 4.4.1).

The slider has 100 positions per decade (1400 in all), so dragging it feels continuous and every drag
position emits ``value_changed`` (the tab recomputes and redraws the path while it moves). The mapping
between positions and rates is plain Python (:func:`lr_at`, :func:`position_of`) and hits the decades, so
the marked 1e-10, 0.1 and 10 are exact.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt, Signal, Slot
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QSlider, QStyle, QStyleOptionSlider, QWidget

LOG_MIN, LOG_MAX = -12, 2  # decades: 1e-12 .. 100
PER_DECADE = 100
POSITIONS = (LOG_MAX - LOG_MIN) * PER_DECADE
MARKS = (1e-10, 0.1, 10.0)  # too small, just right, too large (Book 4.4.1)
SIGNIFICANT = 3  # a dragged rate is rounded to 3 digits (0.0102, not 0.010232929922807542)


def lr_at(position: int) -> float:
    """The learning rate at slider ``position`` (0 .. ``POSITIONS``), to 3 significant digits."""
    position = min(max(int(position), 0), POSITIONS)
    return float(f"{10.0 ** (LOG_MIN + position / PER_DECADE):.{SIGNIFICANT}g}")


def position_of(lr: float) -> int:
    """The nearest slider position for ``lr`` (clamped to the slider's range); ``ValueError`` unless lr > 0."""
    lr = float(lr)
    if not (math.isfinite(lr) and lr > 0):
        raise ValueError(f"the learning rate must be a positive number, got {lr}")
    return min(max(round((math.log10(lr) - LOG_MIN) * PER_DECADE), 0), POSITIONS)


def mark_text(lr: float) -> str:
    return f"{lr:g}"


class LogSlider(QWidget):
    """The slider, the current rate beside it and the book's marks under it.

    ``value_changed(float)`` is emitted for every position the user moves it to (dragging included), not by
    :meth:`set_value`, which only shows a rate chosen elsewhere (a typed one, which may lie between
    positions or outside 1e-12 .. 100: ``value()`` then returns it exactly).
    """

    value_changed = Signal(float)

    def __init__(self, value: float = 0.1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, POSITIONS)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(PER_DECADE)  # Page Up/Down: a factor of ten
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(PER_DECADE)  # one tick per decade
        self.slider.setAccessibleName(self.tr("Learning rate"))
        self.slider.setToolTip(self.tr("Learning rate on a logarithmic scale, 1e-12 to 100. Marked: the book's "
                                       "1e-10 (too small), 0.1 (just right) and 10 (too large)."))
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0.000123"))
        self.marks = _MarkRow(self.slider)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.slider, 0, 0)
        layout.addWidget(self.value_label, 0, 1)
        layout.addWidget(self.marks, 1, 0)
        self._value = float(value)
        self.set_value(value)
        self.slider.valueChanged.connect(self._on_slider_value_changed)

    def value(self) -> float:
        return self._value

    def set_value(self, lr: float) -> None:
        """Show ``lr`` (``ValueError`` unless positive and finite) without emitting ``value_changed``."""
        position = position_of(lr)
        self._value = float(lr)
        self.slider.blockSignals(True)
        try:
            self.slider.setValue(position)
        finally:
            self.slider.blockSignals(False)
        self._show_value()

    @Slot(int)
    def _on_slider_value_changed(self, position: int) -> None:
        self._value = lr_at(position)
        self._show_value()
        self.value_changed.emit(self._value)

    def _show_value(self) -> None:
        self.value_label.setText(f"{self._value:.3g}")


class _MarkRow(QWidget):
    """The labels 1e-10, 0.1 and 10 painted under the slider's handle positions for those rates."""

    def __init__(self, slider: QSlider) -> None:
        super().__init__()
        self._slider = slider
        self.setMinimumHeight(self.fontMetrics().height())

    def mark_positions(self) -> list[tuple[str, int]]:
        """(text, x centre in this widget's coordinates) per mark, where the handle's centre would be."""
        option = QStyleOptionSlider()
        self._slider.initStyleOption(option)
        style = self._slider.style()
        groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                      QStyle.SubControl.SC_SliderGroove, self._slider)
        handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                      QStyle.SubControl.SC_SliderHandle, self._slider)
        span = groove.width() - handle.width()
        offset = self._slider.mapTo(self.parentWidget(), groove.topLeft()).x() - self.x() if self.parentWidget() \
            else groove.left()
        positions = []
        for lr in MARKS:
            along = QStyle.sliderPositionFromValue(0, POSITIONS, position_of(lr), span)
            positions.append((mark_text(lr), offset + along + handle.width() // 2))
        return positions

    def paintEvent(self, event) -> None:  # noqa: N802 -- Qt's name
        painter = QPainter(self)
        metrics = self.fontMetrics()
        for text, x in self.mark_positions():
            width = metrics.horizontalAdvance(text) + 2
            left = min(max(x - width // 2, 0), self.width() - width)  # keep the end labels inside
            painter.drawText(QRect(left, 0, width, self.height()), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
