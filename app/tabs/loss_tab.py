"""The loss-functions tab: drag ten output probabilities, watch MSE and cross-entropy (Book 4.2).

Everything is ten numbers, so it is recomputed on every change on the GUI thread.
"""
from __future__ import annotations

import csv

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401 -- registers ImageExporter
from PySide6.QtCore import QSettings, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QRadioButton, QSlider, QVBoxLayout, QWidget)

from app.tabs import loss_model as lm

SLIDER_STEPS = 1000  # probabilities move in steps of 0.001
TARGET_BRUSH = pg.mkBrush("#2e7d32")
OTHER_BRUSH = pg.mkBrush("#90a4ae")


class LossTab(QWidget):
    """Pick the true digit, set the network's ten outputs, compare the two losses (Book 4.2)."""

    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = lm.LossModel()
        self._build_plots()
        self._build_controls()
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self.bar_plot, stretch=3)
        left.addLayout(self.slider_grid)
        layout.addLayout(left, stretch=3)
        right = QVBoxLayout()
        right.addWidget(self.panel)
        right.addWidget(self.log_plot, stretch=1)
        layout.addLayout(right, stretch=2)
        self._refresh()

    def title(self) -> str:
        return self.tr("Loss functions")

    # -- construction -----------------------------------------------------------------------------------
    def _build_plots(self) -> None:
        self.bar_plot = pg.PlotWidget()
        item = self.bar_plot.getPlotItem()
        item.setTitle(self.tr("Network output y (bars) and the one-hot target t (green)"))
        item.setLabels(bottom=self.tr("class k"), left="y_k")
        item.setXRange(-0.6, 9.6, padding=0)
        item.setYRange(0, 1.05, padding=0)
        item.setMouseEnabled(x=False, y=False)
        item.getAxis("bottom").setTicks([[(k, str(k)) for k in range(lm.N_CLASSES)]])
        item.showGrid(y=True, alpha=0.2)
        self.bars = pg.BarGraphItem(x=np.arange(lm.N_CLASSES), height=np.zeros(lm.N_CLASSES), width=0.6)
        self.error_bars = pg.BarGraphItem(x=np.arange(lm.N_CLASSES) + 0.33, height=np.zeros(lm.N_CLASSES),
                                          width=0.12, brush=pg.mkBrush("#ef6c00"))
        self.target_marker = pg.ScatterPlotItem(size=14, symbol="t1", brush=TARGET_BRUSH, pen=None)
        for plotted in (self.bars, self.error_bars, self.target_marker):
            item.addItem(plotted)
        legend = item.addLegend(offset=(-10, 10))
        legend.addItem(self.error_bars, self.tr("½(y_k − t_k)²: each class's share of MSE"))

        self.log_plot = pg.PlotWidget()
        log_item = self.log_plot.getPlotItem()
        log_item.setTitle(self.tr("Cross-entropy = −log(y_true + 1e-7)"))
        log_item.setLabels(bottom=self.tr("y of the true class"), left="E")
        log_item.showGrid(x=True, y=True, alpha=0.2)
        log_item.setYRange(0, 8, padding=0.02)
        log_item.setXRange(0, 1, padding=0.02)
        y, e = lm.neg_log_curve()
        log_item.plot(y, e, pen=pg.mkPen("#1f4e9c", width=2))
        self.log_point = pg.ScatterPlotItem(size=12, brush="#ffd600", pen="k")
        log_item.addItem(self.log_point)

    def _build_controls(self) -> None:
        self.slider_grid = QGridLayout()
        self.sliders: list[QSlider] = []
        self.target_group = QButtonGroup(self)
        for k in range(lm.N_CLASSES):
            slider = QSlider(Qt.Orientation.Vertical)
            slider.setRange(0, SLIDER_STEPS)
            slider.setMinimumHeight(90)
            slider.setToolTip(self.tr("Output probability y_%1").replace("%1", str(k)))
            slider.valueChanged.connect(self._on_slider_value_changed)
            self.sliders.append(slider)
            radio = QRadioButton(str(k))
            radio.setToolTip(self.tr("Make %1 the true digit (t is one-hot)").replace("%1", str(k)))
            self.target_group.addButton(radio, k)
            self.slider_grid.addWidget(slider, 0, k, Qt.AlignmentFlag.AlignHCenter)
            self.slider_grid.addWidget(radio, 1, k, Qt.AlignmentFlag.AlignHCenter)
        self.slider_grid.addWidget(QLabel(self.tr("y_k")), 0, lm.N_CLASSES)
        self.slider_grid.addWidget(QLabel(self.tr("true digit")), 1, lm.N_CLASSES)
        self.target_group.idToggled.connect(self._on_target_group_id_toggled)

        self.panel = QGroupBox(self.tr("Losses"))
        box = QVBoxLayout(self.panel)
        self.mse_label = QLabel()
        self.cee_label = QLabel()
        for label in (self.mse_label, self.cee_label):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(label)
        self.sum_label = QLabel()
        box.addWidget(self.sum_label)
        buttons = QHBoxLayout()
        self.example1_button = QPushButton(self.tr("Book example 1: '2' with 0.6"))
        self.example2_button = QPushButton(self.tr("Book example 2: '7' with 0.6"))
        self.normalise_button = QPushButton(self.tr("Normalise to sum 1"))
        self.example1_button.clicked.connect(self._on_example1_button_clicked)
        self.example2_button.clicked.connect(self._on_example2_button_clicked)
        self.normalise_button.clicked.connect(self._on_normalise_button_clicked)
        for button in (self.example1_button, self.example2_button):
            buttons.addWidget(button)
        box.addLayout(buttons)
        box.addWidget(self.normalise_button)
        caption = QLabel(self.tr(
            "Mean squared error E = ½ Σ (y_k − t_k)² looks at every output. Cross-entropy E = −Σ t_k log y_k "
            "only looks at the output of the true class, because t is one-hot. The book adds delta = 1e-7 "
            "inside the log: log 0 is −∞, so a zero output would otherwise give an infinite loss. Why a loss "
            "and not accuracy? Accuracy hardly changes when a weight changes a little, so its derivative is "
            "0 almost everywhere; a loss changes smoothly (Book 4.2.5)."))
        caption.setWordWrap(True)
        box.addWidget(caption)

    # -- public API (the tab contract) ------------------------------------------------------------------
    def load_example(self, index: int) -> None:
        """Book 4.2.1's example 0 ('2' with 0.6) or 1 ('7' with 0.6); the true digit is 2 in both."""
        self.model.load_example(index)
        self._refresh()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("target", self.model.target)
        settings.setValue("probabilities", ",".join(repr(float(v)) for v in self.model.y))

    def restore_state(self, settings: QSettings) -> None:
        """Apply the stored target and outputs when they read as valid; anything else is ignored."""
        try:
            self.model.set_target(int(settings.value("target", self.model.target)))
        except (TypeError, ValueError):
            pass
        try:
            stored = str(settings.value("probabilities", ""))
            if stored:
                self.model.set_probabilities([float(v) for v in stored.split(",")])
        except (TypeError, ValueError):
            pass
        self._refresh()

    def export_png(self, path: str) -> None:
        """The bar chart of outputs and per-class errors as a PNG."""
        exporter = pg.exporters.ImageExporter(self.bar_plot.getPlotItem())
        exporter.parameters()["width"] = max(self.bar_plot.width(), 800)
        exporter.export(str(path))

    def export_csv(self, path: str) -> None:
        """class, y, t, ½(y−t)² per class, then MSE and cross-entropy."""
        with open(path, "w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(self.model.csv_rows())

    def show_demo_state(self) -> None:
        self.load_example(0)

    def shutdown(self) -> None:
        """Nothing runs in the background here; kept for the tab contract."""

    # -- handlers ---------------------------------------------------------------------------------------
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
        self.status_message.emit(self.tr("Book example 1: the network says '2' with 0.6, and 2 is right."))

    def _on_example2_button_clicked(self) -> None:
        self.load_example(1)
        self.status_message.emit(self.tr("Book example 2: the network says '7' with 0.6, but 2 is right."))

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
        self.target_marker.setData([model.target], [1.02])
        self.log_point.setData([losses.target_y], [losses.cee])
        self.mse_label.setText(self._big(self.tr("Mean squared error"), losses.mse))
        self.cee_label.setText(self._big(self.tr("Cross-entropy error"), losses.cee))
        self.mse_label.setToolTip(repr(losses.mse))
        self.cee_label.setToolTip(repr(losses.cee))
        note = "" if abs(losses.total - 1.0) < 1e-9 else self.tr(
            " (a softmax output sums to 1: press Normalise)")
        self.sum_label.setText(self.tr("Σ y_k = %1").replace("%1", f"{losses.total:.3f}") + note)

    @staticmethod
    def _big(name: str, value: float) -> str:
        return f"{name}<br><span style='font-size:22pt; font-weight:600'>{value:.4f}</span>"
