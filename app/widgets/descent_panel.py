"""The gradient tab's controls: f, start(s), learning rate(s), steps, speed, the animation buttons, and the
readout under them.

Typed fields are :class:`~app.widgets.expression_field.ExpressionField` s (the text, and the reason it was
refused in full under it); the tab connects to the child widgets and decides what is valid. The panel only
lays them out and enables the buttons from the state it is told (:meth:`set_buttons`).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QLabel, QPushButton, QSlider, QSpinBox, QVBoxLayout,
                               QWidget)

from app.widgets.expression_field import ERROR_COLOR, ExpressionField
from app.widgets.log_slider import LogSlider

SPEEDS = (1, 2, 5, 10, 20, 50, 100, 200, 500)  # steps per second the speed slider offers


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555555;")
    return label


class DescentPanel(QWidget):
    """Controls of the descent; ``presets`` are the (translated) labels of the complete examples."""

    def __init__(self, expression: str, presets, max_steps: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expression = ExpressionField(expression, presets, self.tr("Examples (function, start, rate, steps)…"))
        self.start_field = ExpressionField()
        self.rate_field = ExpressionField()
        self.rate_slider = LogSlider()
        self.steps_box = QSpinBox()
        self.steps_box.setRange(1, max_steps)
        self.steps_box.setKeyboardTracking(False)  # act on Enter or focus out, not on every digit
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setPageStep(1)
        self.speed_label = QLabel()
        self.speed_slider.valueChanged.connect(self._on_speed_slider_value_changed)
        self.set_speed(10)
        # The examples' labels are long: the combo must not widen the panel (its popup still shows them whole).
        combo = self.expression.preset_combo
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("f(x0, x1) =")))
        form.addRow(self.expression)
        form.addRow(self.tr("Start x0, x1"), self.start_field)
        form.addRow(_hint(self.tr("Or click the map. Several starts separated by “;” race each other "
                                  "(up to 4).")))
        form.addRow(self.tr("Learning rate"), self.rate_field)
        form.addRow(self.rate_slider)
        form.addRow(_hint(self.tr("Several rates separated by commas race each other (up to 4); the slider "
                                  "sets the first.")))
        form.addRow(self.tr("Steps (1 to {0})").format(max_steps), self.steps_box)
        form.addRow(self.speed_label, self.speed_slider)
        self.play_button, self.pause_button = QPushButton(self.tr("&Play")), QPushButton(self.tr("P&ause"))
        self.step_button, self.reset_button = QPushButton(self.tr("S&tep")), QPushButton(self.tr("&Reset"))
        self.end_button = QPushButton(self.tr("Run to &end"))
        buttons = QGridLayout()
        for index, button in enumerate((self.play_button, self.pause_button, self.step_button, self.reset_button)):
            buttons.addWidget(button, index // 2, index % 2)
        buttons.addWidget(self.end_button, 2, 0, 1, 2)
        self.blocked_label = QLabel()  # why Play is off, or how far a long computation is
        self.blocked_label.setWordWrap(True)
        self.readout_label = QLabel()
        self.readout_label.setWordWrap(True)
        self.readout_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addLayout(buttons)
        for label in (self.blocked_label, self.readout_label):
            column.addWidget(label)
        column.addStretch(1)

    def speed(self) -> int:
        """Steps per second the animation shows."""
        return SPEEDS[self.speed_slider.value()]

    def set_speed(self, steps_per_second: float) -> None:
        """Pick the offered speed nearest to ``steps_per_second``."""
        nearest = min(range(len(SPEEDS)), key=lambda k: abs(SPEEDS[k] - steps_per_second))
        self.speed_slider.setValue(nearest)
        self._on_speed_slider_value_changed(nearest)

    def tick(self) -> tuple[int, int]:
        """The animation's timer interval (ms, at least 20: 50 frames a second) and steps per tick."""
        interval = max(20, round(1000 / self.speed()))
        return interval, max(1, round(self.speed() * interval / 1000))

    def set_buttons(self, *, playing: bool, can_run: bool, computing: bool, at_end: bool) -> None:
        """Play, Step and Run to end only when every input is usable and nothing is being computed."""
        ready = can_run and not computing
        self.play_button.setEnabled(ready and not playing)
        self.pause_button.setEnabled(playing)
        self.step_button.setEnabled(ready and not at_end)
        self.reset_button.setEnabled(not computing)
        self.end_button.setEnabled(can_run)  # while computing it waits for the result

    def set_blocked(self, text: str, error: bool) -> None:
        """Say why nothing runs (in red) or what is being computed; empty text hides the line."""
        self.blocked_label.setText(text)
        self.blocked_label.setStyleSheet(ERROR_COLOR if error else "")
        self.blocked_label.setVisible(bool(text))

    def _on_speed_slider_value_changed(self, position: int) -> None:
        self.speed_label.setText(self.tr("Speed: {0} steps/s").format(SPEEDS[position]))
