"""The gradient tab: a field of -grad f arrows and gradient descent walking down it (Book 4.4, Figures 4-9, 4-10).

The tab only draws a :class:`GradientModel`; the whole path is computed at once by the core (cheap) and a
QTimer reveals it point by point. No thread is needed.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QLabel, QPushButton, QSlider,
                               QSpinBox, QVBoxLayout, QWidget)

from app.settings import read_setting
from app.tabs import gradient_field as gf
from app.tabs import gradient_model as gm
from app.tabs.base_tab import BaseTab
from app.widgets.expression_field import ExpressionField
from app.widgets.quiver import QuiverItem, arrow_lengths

DEMO_STEPS = 20  # the book's gradient_method.py: lr=0.1, step_num=20 (Figure 4-10)
LR_ERROR_STYLE = "QComboBox { border: 2px solid #c62828; }"
HEAT_COLORS = pg.ColorMap([0.0, 0.5, 1.0], [(255, 247, 236), (253, 187, 132), (215, 48, 31)])


class GradientTab(BaseTab):
    """Type f(x0, x1), click a start point, pick a learning rate and watch gradient descent (Book 4.4.1)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = gm.GradientModel()
        self._timer = self.add_timer(100, self._on_timer_timeout)
        self._build_plot()
        self._build_controls()
        self.arrange(self.plot, self.panel)  # a fixed width lets the wrapped verdict find its height
        self._draw_field()
        self._on_speed_slider_value_changed(self.speed_slider.value())

    def title(self) -> str:
        return self.tr("Gradient descent")

    # -- construction -----------------------------------------------------------------------------------
    def _build_plot(self) -> None:
        self.plot = self.new_plot("x0", "x1")
        item = self.plot.getPlotItem()
        item.setAspectLocked(True)  # arrows keep their angles
        b = self.model.bounds
        w, h = b[1] - b[0], b[3] - b[2]  # zoom out at most one field-width around it, never to 1e13
        item.vb.setLimits(xMin=b[0] - w, xMax=b[1] + w, yMin=b[2] - h, yMax=b[3] + h)
        item.setRange(xRange=b[:2], yRange=b[2:], padding=0.02)
        item.disableAutoRange()
        self.image = pg.ImageItem()
        self.image.setColorMap(HEAT_COLORS)
        self.contours = [pg.IsocurveItem(pen=pg.mkPen((120, 60, 30, 110))) for _ in range(12)]
        for contour in self.contours:
            contour.setParentItem(self.image)  # pixel coordinates, mapped by the image's rectangle
        self.quiver = QuiverItem()
        self.path = pg.PlotDataItem(pen=pg.mkPen("#1f4e9c", width=2), symbol="o", symbolSize=5,
                                    symbolBrush="#1f4e9c", symbolPen=None, connect="finite")
        self.start_marker = pg.ScatterPlotItem(symbol="o", size=12, brush="#2e7d32", pen="w")
        self.current_marker = pg.ScatterPlotItem(symbol="o", size=12, brush="#ffd600", pen="k")
        self.exit_marker = pg.ScatterPlotItem(symbol="x", size=16, brush="#c62828", pen=pg.mkPen("#c62828"))
        for plotted in (self.image, self.quiver, self.path, self.start_marker, self.current_marker,
                        self.exit_marker):
            item.addItem(plotted)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)

    def _build_controls(self) -> None:
        self.expression = ExpressionField(self.model.expression, [self.tr(label) for label, _ in gm.PRESETS])
        self.expression.edited.connect(self.set_expression)
        self.expression.preset_chosen.connect(self._on_expression_preset_chosen)
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        self.start_label, self.speed_label, self.readout_label = QLabel(), QLabel(), QLabel()
        self.readout_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lr_combo = QComboBox()
        self.lr_combo.setEditable(True)
        self.lr_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typed rates don't pile up as items
        self.lr_combo.addItems([f"{lr:g}" for lr in gm.BOOK_LEARNING_RATES])
        self.lr_combo.lineEdit().editingFinished.connect(self._on_lr_combo_edited)
        self.lr_combo.activated.connect(self._on_lr_combo_edited)
        self.steps_box = QSpinBox()
        self.steps_box.setRange(1, gm.MAX_STEPS)
        self.steps_box.setValue(self.model.steps)
        self.steps_box.valueChanged.connect(self._on_steps_box_value_changed)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(1, 60)  # steps per second
        self.speed_slider.setValue(10)
        self.speed_slider.valueChanged.connect(self._on_speed_slider_value_changed)
        form = QFormLayout()
        for label, field in ((self.tr("f(x0, x1) ="), self.expression),
                             (self.tr("Start (click the plot)"), self.start_label),
                             (self.tr("Learning rate"), self.lr_combo), (self.tr("Steps"), self.steps_box),
                             (self.speed_label, self.speed_slider)):
            form.addRow(label, field)
        buttons = QGridLayout()
        self.play_button, self.pause_button = QPushButton(self.tr("&Play")), QPushButton(self.tr("P&ause"))
        self.step_button, self.reset_button = QPushButton(self.tr("S&tep")), QPushButton(self.tr("&Reset"))
        for index, (button, slot) in enumerate(((self.play_button, self._on_play_button_clicked),
                                                (self.pause_button, self._on_pause_button_clicked),
                                                (self.step_button, self._on_step_button_clicked),
                                                (self.reset_button, self._on_reset_button_clicked))):
            button.clicked.connect(slot)
            buttons.addWidget(button, index // 2, index % 2)
        self.panel = QWidget()
        column = QVBoxLayout(self.panel)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.readout_label)
        column.addWidget(self.outcome_label)
        column.addStretch(1)

    # -- public API (docs/architecture.md) --------------------------------------------------------------
    def set_expression(self, text: str) -> bool:
        """Use f(x0, x1) = ``text``; on a bad expression mark the field, say why, keep the last plot."""
        self._timer.stop()
        try:
            self.model.set_expression(text)
        except ValueError as error:  # ExpressionError is a ValueError
            self.expression.reject(text, str(error))
            self.report(self.tr("Bad function: {0}").format(error))
            self._draw_path()
            return False
        self.expression.accept(text)
        self._draw_field()
        return True

    def set_start(self, x0: float, x1: float) -> None:
        self._apply(self.model.set_start, x0, x1)

    def set_learning_rate(self, lr: float) -> None:
        self.lr_combo.setEditText(f"{lr:g}")
        self._on_lr_combo_edited()

    def set_steps(self, steps: int) -> None:
        self.steps_box.setValue(int(steps))  # valueChanged reruns the descent

    def run_to_end(self) -> str:
        """Stop the animation, show the whole path and return the outcome ("converged", "diverged", ...)."""
        self._timer.stop()
        outcome = self.model.finish()
        self._draw_path()
        return outcome

    def save_state(self, settings: QSettings) -> None:
        model = self.model
        for key, value in (("expression", model.expression), ("learning_rate", model.learning_rate),
                           ("steps", model.steps), ("start_x0", model.start[0]), ("start_x1", model.start[1]),
                           ("speed", self.speed_slider.value())):
            settings.setValue(key, value)

    def restore_state(self, settings: QSettings) -> None:
        """Apply each stored input that reads as a valid value; anything else keeps its default."""
        model = self.model
        slider = self.speed_slider
        slider.setValue(read_setting(settings, "speed", slider.value(),
                                     lambda v: slider.minimum() <= v <= slider.maximum()))
        self.set_steps(read_setting(settings, "steps", model.steps, lambda v: 1 <= v <= gm.MAX_STEPS))
        self.set_learning_rate(read_setting(settings, "learning_rate", model.learning_rate, lambda v: v > 0))
        self.set_start(read_setting(settings, "start_x0", model.start[0]),
                       read_setting(settings, "start_x1", model.start[1]))
        self.set_expression(read_setting(settings, "expression", model.expression))

    def show_demo_state(self) -> None:
        """The book's Figure 4-10: f = x0² + x1² from (-3, 4), lr 0.1, 20 steps, path fully drawn."""
        self.set_expression(gm.BOOK_FUNCTION)
        self.set_start(*gm.BOOK_START)
        self.set_learning_rate(gm.BOOK_LEARNING_RATES[0])
        self.set_steps(DEMO_STEPS)
        self.run_to_end()

    # -- handlers ---------------------------------------------------------------------------------------
    def _on_expression_preset_chosen(self, index: int) -> None:
        self.set_expression(gm.PRESETS[index][1])

    def _on_lr_combo_edited(self, *_args) -> None:
        try:
            lr = float(self.lr_combo.currentText())
        except ValueError:
            lr = float("nan")  # the model's message says what a learning rate must be
        if lr != self.model.learning_rate or self.lr_combo.styleSheet():
            ok = self._apply(self.model.set_learning_rate, lr)
            self.lr_combo.setStyleSheet("" if ok else LR_ERROR_STYLE)

    def _on_steps_box_value_changed(self, steps: int) -> None:
        self._apply(self.model.set_steps, steps)

    def _on_speed_slider_value_changed(self, speed: int) -> None:
        self.speed_label.setText(self.tr("Speed: {0} steps/s").format(speed))
        self._timer.setInterval(round(1000 / speed))

    def _on_scene_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        if gf.inside((point.x(), point.y()), self.model.bounds):
            self.set_start(round(point.x(), 2), round(point.y(), 2))

    def _on_play_button_clicked(self) -> None:
        if self.model.at_end:
            self.model.rewind()
        self._timer.start()
        self._draw_path()

    def _on_pause_button_clicked(self) -> None:
        self._timer.stop()
        self._draw_path()

    def _on_step_button_clicked(self) -> None:
        self._timer.stop()
        self.model.advance()
        self._draw_path()

    def _on_reset_button_clicked(self) -> None:
        self._timer.stop()
        self.model.rewind()
        self._draw_path()

    def _on_timer_timeout(self) -> None:
        self.model.advance()
        if self.model.at_end:
            self._timer.stop()
        self._draw_path()

    # -- drawing ----------------------------------------------------------------------------------------
    def _apply(self, setter, *args) -> bool:
        """Change one input of the model; a bad value is reported and changes nothing."""
        self._timer.stop()
        try:
            setter(*args)
        except ValueError as error:
            self.report(str(error))
            return False
        finally:
            self._draw_path()
        return True

    def _draw_field(self) -> None:
        """Heat map, contours and arrows: once per function."""
        field, quiver, b = self.model.field, self.model.quiver, self.model.bounds
        self.image.setImage(field.values, levels=field.value_range)
        self.image.setRect(b[0], b[2], b[1] - b[0], b[3] - b[2])
        filled = np.nan_to_num(field.values, nan=field.value_range[1])  # isocurves need finite data
        for index, contour in enumerate(self.contours):
            contour.setVisible(index < len(field.levels))
            if index < len(field.levels):
                contour.setData(filled, field.levels[index])
        lengths = arrow_lengths(quiver.magnitude, 0.85 * quiver.spacing)[:, None]
        self.quiver.set_arrows(quiver.points - 0.5 * quiver.direction * lengths, quiver.direction * lengths)
        self._draw_path()

    def _draw_path(self) -> None:
        """The path up to the shown step, the readout and the verdict."""
        model, run, shown = self.model, self.model.run, self.model.shown
        drawable = gf.path_in_view(run.x[: shown + 1], model.bounds)
        self.path.setData(drawable[:, 0], drawable[:, 1])
        self.start_marker.setData([model.start[0]], [model.start[1]])
        current = drawable[-1] if np.isfinite(drawable[-1]).all() else drawable[0]
        self.current_marker.setData([current[0]], [current[1]])
        exit_ = model.exit_shown()
        self.exit_marker.setData(*(([exit_[1][0]], [exit_[1][1]]) if exit_ else ([], [])))
        self.start_label.setText(f"({model.start[0]:.4g}, {model.start[1]:.4g})")
        x = run.x[shown]
        self.readout_label.setText(self.tr("step {0} of {1}\nx = ({2:.9g}, {3:.9g})\nf(x) = {4:.9g}\n"
                                           "|grad| = {5:.4g}").format(shown, run.steps, x[0], x[1],
                                                                       run.value[shown], run.grad_norm[shown]))
        self.play_button.setEnabled(not self._timer.isActive())
        self.pause_button.setEnabled(self._timer.isActive())
        self.step_button.setEnabled(not model.at_end)
        text = gm.verdict(run, shown, exit_, self.tr)
        if model.at_end and text != self.outcome_label.text():
            self.report(text)
        self.outcome_label.setText(text)
