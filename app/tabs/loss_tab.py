"""The loss-functions tab: drag ten output probabilities, watch MSE and cross-entropy (Book 4.2).

Everything is ten numbers, so it is recomputed on every change on the GUI thread.
"""
from __future__ import annotations

import logging

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSettings, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QRadioButton, QSlider, QVBoxLayout, QWidget)

from app.settings import read_setting
from app.tabs import loss_model as lm
from app.tabs.base_tab import BaseTab

SLIDER_STEPS = 1000  # probabilities move in steps of 0.001
TARGET_BRUSH = pg.mkBrush("#2e7d32")
OTHER_BRUSH = pg.mkBrush("#90a4ae")
CAPTION_STYLE = "color: #546e7a;"
X_RANGE = (-0.5, lm.N_CLASSES - 0.5)  # one unit per class, so the slider columns line up with the bars
_log = logging.getLogger(__name__)


class _BarViewBox(pg.ViewBox):
    """A view whose left-button clicks and drags set a bar's height instead of panning."""

    bar_dragged = Signal(int, float)  # class k, new height in data units

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 -- pyqtgraph's name
        if ev.button() != Qt.MouseButton.LeftButton:
            super().mouseClickEvent(ev)  # keep the right-click menu
            return
        ev.accept()
        self._emit(ev.scenePos(), ev.scenePos())

    def mouseDragEvent(self, ev, axis=None) -> None:  # noqa: N802
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        # The bar where the drag started follows the mouse, even when it wanders over a neighbour.
        self._emit(ev.buttonDownScenePos(), ev.scenePos())

    def _emit(self, start, now) -> None:
        k = int(round(self.mapSceneToView(start).x()))
        if 0 <= k < lm.N_CLASSES:
            self.bar_dragged.emit(k, self.mapSceneToView(now).y())


class LossTab(BaseTab):
    """Pick the true digit, set the network's ten outputs, compare the two losses (Book 4.2)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = lm.LossModel()
        self._build_plots()
        self._build_controls()
        left = self.column((self.bar_plot, 3), self.slider_row, self.hint_label)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.panel)
        column.addWidget(self.log_plot, stretch=1)
        self.log_plot.setMinimumHeight(200)
        self.arrange(left, right, panel_width=420)
        self._refresh()

    def title(self) -> str:
        return self.tr("Loss functions")

    # -- construction -----------------------------------------------------------------------------------
    def _build_plots(self) -> None:
        self.bar_view = _BarViewBox()
        self.bar_view.bar_dragged.connect(self._on_bar_view_bar_dragged)
        self.bar_plot = pg.PlotWidget(viewBox=self.bar_view)
        self.bar_view.sigResized.connect(self._on_bar_view_resized)
        item = self.bar_plot.getPlotItem()
        item.setTitle(self.tr("Network output y (bars, drag them) and the one-hot target t"))
        item.setLabels(bottom=self.tr("class k"), left="y_k")
        item.setXRange(*X_RANGE, padding=0)
        item.setYRange(0, 1.08, padding=0)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.getAxis("bottom").setTicks([[(k, str(k)) for k in range(lm.N_CLASSES)]])
        item.showGrid(y=True, alpha=0.2)
        classes = np.arange(lm.N_CLASSES)
        self.target_bar = pg.BarGraphItem(x=[2], height=[1.0], width=0.8, brush=None,
                                          pen=pg.mkPen("#2e7d32", width=2, style=Qt.PenStyle.DashLine))
        self.bars = pg.BarGraphItem(x=classes, height=np.zeros(lm.N_CLASSES), width=0.6, brush=OTHER_BRUSH)
        self.error_bars = pg.BarGraphItem(x=classes + 0.33, height=np.zeros(lm.N_CLASSES),
                                          width=0.12, brush=pg.mkBrush("#ef6c00"))
        self.value_labels = [pg.TextItem(anchor=(0.5, 1.0), color="#263238") for _ in classes]
        for plotted in (self.target_bar, self.bars, self.error_bars, *self.value_labels):
            item.addItem(plotted)
        legend = item.addLegend(offset=(-10, 10))
        legend.addItem(self.target_bar, self.tr("t: 1 for the true digit, 0 elsewhere"))
        legend.addItem(self.error_bars, self.tr("½(y_k − t_k)²: each class's share of MSE"))

        self.log_plot = self.new_plot(self.tr("y of the true class"), "E",
                                      title=self.tr("Cross-entropy = −log(y_true + 1e-7)"))
        log_item = self.log_plot.getPlotItem()
        self._log_top = 8.0
        log_item.setYRange(0, self._log_top, padding=0.02)
        log_item.setXRange(0, 1, padding=0.05)  # room for the "1" tick label
        y, e = lm.neg_log_curve()
        log_item.plot(y, e, pen=pg.mkPen("#1f4e9c", width=2))
        self.log_point = pg.ScatterPlotItem(size=12, brush="#ffd600", pen="k")
        log_item.addItem(self.log_point)
        self.log_label = pg.TextItem(anchor=(-0.1, 1.1), color="#263238")
        log_item.addItem(self.log_label)

    def _build_controls(self) -> None:
        self.slider_row = QWidget()
        self.slider_grid = QGridLayout(self.slider_row)
        self.slider_grid.setSpacing(0)
        self.sliders: list[QSlider] = []
        self.target_group = QButtonGroup(self)
        for k in range(lm.N_CLASSES):
            slider = QSlider(Qt.Orientation.Vertical)
            slider.setRange(0, SLIDER_STEPS)
            slider.setMinimumHeight(120)  # long enough to set y to about 0.01 by hand
            slider.setToolTip(self.tr("Output probability y_%1").replace("%1", str(k)))
            slider.valueChanged.connect(self._on_slider_value_changed)
            self.sliders.append(slider)
            radio = QRadioButton(str(k))
            radio.setToolTip(self.tr("Make %1 the true digit (t is one-hot)").replace("%1", str(k)))
            self.target_group.addButton(radio, k)
            self.slider_grid.addWidget(slider, 0, k, Qt.AlignmentFlag.AlignHCenter)
            self.slider_grid.addWidget(radio, 1, k, Qt.AlignmentFlag.AlignHCenter)
            self.slider_grid.setColumnStretch(k, 1)
        self.hint_label = QLabel(self.tr(
            "Drag a bar (or the slider under it) to set the output y_k; the round buttons pick the true "
            "digit. A softmax output sums to 1: press Normalise after editing."))
        self.hint_label.setWordWrap(True)
        self.target_group.idToggled.connect(self._on_target_group_id_toggled)

        self.panel = QGroupBox(self.tr("Losses"))
        box = QVBoxLayout(self.panel)
        self.mse_label, self.cee_label = QLabel(), QLabel()
        self.mse_caption = QLabel(self.tr(
            "Every output counts: the orange bars are its ten terms."))
        self.cee_caption = QLabel(self.tr(
            "t is one-hot, so only the true class's output counts: E = −log(y_true + 1e-7), "
            "the yellow point on the curve below."))
        for label, caption in ((self.mse_label, self.mse_caption), (self.cee_label, self.cee_caption)):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption.setWordWrap(True)
            caption.setStyleSheet(CAPTION_STYLE)
            box.addWidget(label)
            box.addWidget(caption)
            box.addSpacing(6)
        self.sum_label = QLabel()
        self.sum_label.setWordWrap(True)
        box.addWidget(self.sum_label)
        self.example1_button = self.new_button(self.tr("Book example 1: '2' with 0.6"),
                                               self._on_example1_button_clicked)
        self.example2_button = self.new_button(self.tr("Book example 2: '7' with 0.6"),
                                               self._on_example2_button_clicked)
        self.normalise_button = self.new_button(self.tr("Normalise to sum 1"), self._on_normalise_button_clicked)
        buttons = QHBoxLayout()
        for button in (self.example1_button, self.example2_button):
            buttons.addWidget(button)
        box.addLayout(buttons)
        box.addWidget(self.normalise_button)
        note = QLabel(self.tr(
            "Why + 1e-7? log 0 is −∞: a zero output for the true class would make the loss infinite. "
            "With delta the worst loss is −log(1e-7) ≈ 16.1. Why a loss and not accuracy? Accuracy jumps "
            "in steps, so its derivative is 0 almost everywhere; a loss changes smoothly (Book 4.2.5)."))
        note.setWordWrap(True)
        note.setStyleSheet(CAPTION_STYLE)
        box.addWidget(note)

    # -- public API (the tab contract) ------------------------------------------------------------------
    def load_example(self, index: int) -> None:
        """Book 4.2.1's example 0 ('2' with 0.6) or 1 ('7' with 0.6); the true digit is 2 in both."""
        self.model.load_example(index)
        self._refresh()

    def set_probabilities(self, y, target: int) -> None:
        """Show the ten outputs ``y`` (e.g. a network's softmax for a drawn digit) with ``target`` as the
        true digit; ``y`` is rescaled to sum exactly to 1 (float32 softmax sums are off by ~1e-7).
        ``ValueError`` for anything but ten finite values in [0, 1] or a target outside 0-9."""
        y = np.asarray(y, dtype=np.float64)
        total = float(y.sum()) if y.shape == (lm.N_CLASSES,) else 0.0
        self.model.set_probabilities(y / total if total > 0 and np.isfinite(total) else y)
        self.model.set_target(int(target))
        self._refresh()
        self.report(self.tr("The network's output for your digit, with {0} as the true digit.").format(int(target)))

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("target", self.model.target)
        settings.setValue("probabilities", ",".join(repr(float(v)) for v in self.model.y))

    def restore_state(self, settings: QSettings) -> None:
        """Apply the stored target and outputs when they read as valid; anything else is ignored."""
        self.model.set_target(read_setting(settings, "target", self.model.target,
                                           lambda k: 0 <= k < lm.N_CLASSES))
        stored = settings.value("probabilities", "")
        if isinstance(stored, str):  # what save_state writes; a hand-edited ini may give a list instead
            stored = stored.split(",") if stored else []
        try:
            if stored:
                self.model.set_probabilities([float(v) for v in stored])
        except (TypeError, ValueError):
            _log.warning("settings: ignoring probabilities=%r", stored)
        self._refresh()

    def export_view(self) -> pg.PlotWidget:
        """The bar chart of outputs and per-class errors."""
        return self.bar_plot

    def show_demo_state(self) -> None:
        """Book 4.2.1's first example: the true digit 2, the network says '2' with 0.6 (MSE 0.0975)."""
        self.load_example(0)

    # -- handlers ---------------------------------------------------------------------------------------
    @Slot(int, float)
    def _on_bar_view_bar_dragged(self, k: int, value: float) -> None:
        self.model.set_probability(k, value)  # clipped to [0, 1] by the model
        self._refresh()

    def _on_bar_view_resized(self, view: pg.ViewBox) -> None:
        # Put the slider columns exactly under the plot area, one column per bar.
        rect = view.sceneBoundingRect()
        viewport = self.bar_plot.viewport()
        left = viewport.mapTo(self.bar_plot, self.bar_plot.mapFromScene(rect.topLeft())).x()
        right = viewport.mapTo(self.bar_plot, self.bar_plot.mapFromScene(rect.topRight())).x()
        self.slider_grid.setContentsMargins(max(left, 0), 0, max(self.bar_plot.width() - right, 0), 0)

    def _on_slider_value_changed(self, value: int) -> None:
        k = self.sliders.index(self.sender())
        self.model.set_probability(k, value / SLIDER_STEPS)
        self._refresh()

    def _on_target_group_id_toggled(self, k: int, checked: bool) -> None:
        if checked and k != self.model.target:
            self.model.set_target(k)
            self._refresh()

    def _on_example1_button_clicked(self) -> None:
        self.load_example(0)
        self.report(self.tr("Book example 1: the network says '2' with 0.6, and 2 is right."))

    def _on_example2_button_clicked(self) -> None:
        self.load_example(1)
        self.report(self.tr("Book example 2: the network says '7' with 0.6, but 2 is right."))

    def _on_normalise_button_clicked(self) -> None:
        self.model.normalise()
        self._refresh()

    # -- rendering --------------------------------------------------------------------------------------
    def _refresh(self) -> None:
        model = self.model
        losses = model.losses()
        blockers = [QSignalBlocker(w) for w in (*self.sliders, self.target_group)]
        for k, slider in enumerate(self.sliders):
            slider.setValue(round(model.y[k] * SLIDER_STEPS))
        self.target_group.button(model.target).setChecked(True)
        del blockers
        brushes = [TARGET_BRUSH if k == model.target else OTHER_BRUSH for k in range(lm.N_CLASSES)]
        self.bars.setOpts(height=model.y, brushes=brushes)
        self.error_bars.setOpts(height=losses.squared_errors)
        self.target_bar.setOpts(x=[model.target])
        for k, label in enumerate(self.value_labels):
            label.setText(f"{model.y[k]:.3f}".rstrip("0").rstrip(".") if model.y[k] else "0")
            label.setPos(k, min(model.y[k], 1.0) + 0.005)
        self.log_point.setData([losses.target_y], [losses.cee])
        self.log_label.setText(f"({losses.target_y:.3f}, {losses.cee:.4f})")
        self.log_label.setAnchor((1.1, 1.1) if losses.target_y > 0.6 else (-0.1, 1.1))  # stay inside
        self.log_label.setPos(losses.target_y, losses.cee)
        top = max(8.0, float(np.ceil(losses.cee * 1.1)))  # y_true = 0 gives 16.1: keep the point in view
        if top != self._log_top:
            self._log_top = top
            self.log_plot.getPlotItem().setYRange(0, top, padding=0.02)
        self.mse_label.setText(self._big(self.tr("Mean squared error"), "E = ½ Σ (y<sub>k</sub> − t<sub>k</sub>)²",
                                         losses.mse))
        self.cee_label.setText(self._big(self.tr("Cross-entropy error"),
                                         "E = −Σ t<sub>k</sub> log(y<sub>k</sub> + 1e-7)", losses.cee))
        self.mse_label.setToolTip(repr(losses.mse))
        self.cee_label.setToolTip(repr(losses.cee))
        note = "" if abs(losses.total - 1.0) < 1e-9 else self.tr(
            " (a softmax output sums to 1: press Normalise)")
        self.sum_label.setText(self.tr("Σ y_k = %1").replace("%1", f"{losses.total:.3f}") + note)

    @staticmethod
    def _big(name: str, formula: str, value: float) -> str:
        return (f"<b>{name}</b>&nbsp;&nbsp;<span style='color:#546e7a'>{formula}</span><br>"
                f"<span style='font-size:22pt; font-weight:600'>{value:.4f}</span>")
