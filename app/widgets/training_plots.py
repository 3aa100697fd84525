"""The training tab's two live plots, like the book's Figures 4-11 and 4-12: loss per mini-batch (raw and
smoothed) and train/test accuracy per epoch, drawn from a ``TrainingHistory``."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


class TrainingPlots(pg.GraphicsLayoutWidget):
    """Loss above, accuracy below. ``start_run`` fixes the axes, ``draw`` updates, ``end_run`` refits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fixed_ranges = False
        self._epochs_drawn = -1
        self._loss_top = 0.0
        self.loss_plot = self.addPlot(row=0, col=0, title=self.tr("Loss per mini-batch"))
        self.loss_plot.setLabels(bottom=self.tr("iteration"), left=self.tr("loss"))
        self.loss_plot.addLegend(offset=(-10, 10))
        # The raw curve is a thin light line: antialiasing it would double the paint time for nothing.
        self.raw_curve = self.loss_plot.plot(pen=pg.mkPen((160, 175, 225), width=1), antialias=False,
                                             name=self.tr("loss"))
        self.smooth_curve = self.loss_plot.plot(pen=pg.mkPen((20, 50, 170), width=2),
                                                name=self.tr("smoothed (EMA)"))
        # Painting holds the GIL (it stalls the worker), so draw about one point per pixel: "peak" keeps
        # each bin's min and max of the noisy raw loss, the smooth curve needs no more than a subsample.
        # pyqtgraph's default of 5 samples per pixel would leave 10000 losses undecimated (no setter).
        for curve, method in ((self.raw_curve, "peak"), (self.smooth_curve, "subsample")):
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method=method)
            curve.opts["autoDownsampleFactor"] = 1.0
        self.acc_plot = self.addPlot(row=1, col=0, title=self.tr("Accuracy per epoch"))
        self.acc_plot.setLabels(bottom=self.tr("epochs"), left=self.tr("accuracy"))
        self.acc_plot.setYRange(0.0, 1.0)
        self.acc_plot.addLegend(offset=(-10, -10))
        blue, orange = (20, 50, 170), (220, 110, 20)
        self.train_curve = self.acc_plot.plot(pen=pg.mkPen(blue, width=2), symbol="o", symbolSize=5,
                                              symbolBrush=blue, name=self.tr("train acc"))
        self.test_curve = self.acc_plot.plot(pen=pg.mkPen(orange, width=2, style=Qt.PenStyle.DashLine),
                                             symbol="s", symbolSize=5, symbolBrush=orange,
                                             name=self.tr("test acc"))

    def start_run(self, iterations: int, last_epoch: int, loss_top: float) -> None:
        """Fixed axes for a run: the curves fill them left to right and no axis is redrawn per batch."""
        self._fixed_ranges = True
        self._epochs_drawn = -1
        self._loss_top = loss_top
        self.loss_plot.setRange(xRange=(0, iterations), yRange=(0.0, loss_top), padding=0)
        self.acc_plot.setXRange(0, max(last_epoch, 1))

    def end_run(self) -> None:
        """Back to fitting the data (after a run, or to show a loaded history)."""
        self._fixed_ranges = False
        self.loss_plot.enableAutoRange()
        self.acc_plot.enableAutoRange(axis="x")

    def draw(self, history) -> None:
        """Show ``history`` (a ``TrainingHistory``): cheap enough for ~10 calls a second."""
        self.raw_curve.setData(*history.loss_curve())
        self.smooth_curve.setData(*history.smoothed_curve())
        if self._fixed_ranges and history.loss_ceiling() > self._loss_top:  # rare: only when the loss grows
            self._loss_top = history.loss_ceiling()
            self.loss_plot.setYRange(0.0, self._loss_top, padding=0)
        if len(history.epochs) != self._epochs_drawn:  # the scatter symbols are costly: only on a new epoch
            self._epochs_drawn = len(history.epochs)
            epochs, train, test = history.accuracy_curves()
            self.train_curve.setData(epochs, train)
            self.test_curve.setData(epochs, test)
