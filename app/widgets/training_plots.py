"""The training tab's two live plots, like the book's Figures 4-11 and 4-12: loss per mini-batch (raw and
smoothed) and train/test accuracy per epoch, drawn from a ``TrainingHistory``; earlier runs stay behind
them, faded, each named in the legend by the settings in which it differs (``show_runs``)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

FADED_ALPHA = 110
LIVE_COLOR = (20, 50, 170)  # the current run's smoothed loss and train accuracy
LOSS_FLOOR = 2.5  # the first losses are near ln 10 = 2.3


@dataclass(frozen=True)
class RunCurve:
    """One earlier run as the plots draw it: its (smoothed) loss per iteration and test accuracy per epoch."""

    run_id: int
    label: str
    iterations: np.ndarray
    losses: np.ndarray
    epochs: np.ndarray
    test_acc: np.ndarray


class IntegerAxis(pg.AxisItem):
    """An axis of whole numbers (epochs): no tick at 0.5, no "(x0.001)" for a run shorter than an epoch."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 -- pyqtgraph's name
        levels = [(max(spacing, 1.0), [v for v in values if float(v).is_integer()])
                  for spacing, values in super().tickValues(minVal, maxVal, size)]
        return [level for level in levels if level[1]]


def run_color(run_id: int, alpha: int = 255):
    """The colour of run ``run_id``: nine well-separated hues, repeating."""
    color = pg.intColor(run_id - 1, hues=9, values=1, maxValue=200)
    color.setAlpha(alpha)
    return color


class TrainingPlots(pg.GraphicsLayoutWidget):
    """Loss above, accuracy below. ``start_run`` fixes the axes, ``draw`` updates, ``end_run`` fits the
    axes to everything shown; ``show_runs`` draws the earlier runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fixed_ranges = False
        self._epochs_drawn = -1
        self._live_extent = (1, 1, LOSS_FLOOR)  # iterations, last epoch, largest loss of the current run
        self._runs_extent = (0, 0, 0.0)         # the same over the earlier runs shown
        self._run_items: dict[int, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self.loss_plot = self.addPlot(row=0, col=0, title=self.tr("Loss per mini-batch"))
        self.loss_plot.setLabels(bottom=self.tr("iteration"), left=self.tr("loss"))
        self.loss_legend = self.loss_plot.addLegend(offset=(-10, 10))
        # The raw curve is a thin light line: antialiasing it would double the paint time for nothing.
        self.raw_curve = self.loss_plot.plot(pen=pg.mkPen((160, 175, 225), width=1), antialias=False,
                                             name=self.tr("loss"))
        self.smooth_curve = self.loss_plot.plot(pen=pg.mkPen(LIVE_COLOR, width=2),
                                                name=self.tr("smoothed (EMA)"))
        self.raw_curve.setZValue(10)
        self.smooth_curve.setZValue(11)
        # Painting holds the GIL (it stalls the worker), so draw about one point per pixel: "peak" keeps
        # each bin's min and max of the noisy raw loss, the smooth curve needs no more than a subsample.
        # pyqtgraph's default of 5 samples per pixel would leave 10000 losses undecimated (no setter).
        for curve, method in ((self.raw_curve, "peak"), (self.smooth_curve, "subsample")):
            _decimate(curve, method)
        self.acc_plot = self.addPlot(row=1, col=0, title=self.tr("Accuracy per epoch"),
                                     axisItems={"bottom": IntegerAxis("bottom")})
        self.acc_plot.setLabels(bottom=self.tr("epochs"), left=self.tr("accuracy"))
        self.acc_plot.setYRange(0.0, 1.0)
        self.acc_plot.addLegend(offset=(-10, -10))
        blue, orange = LIVE_COLOR, (220, 110, 20)
        self.train_curve = self.acc_plot.plot(pen=pg.mkPen(blue, width=2), symbol="o", symbolSize=5,
                                              symbolBrush=blue, name=self.tr("train acc"))
        self.test_curve = self.acc_plot.plot(pen=pg.mkPen(orange, width=2, style=Qt.PenStyle.DashLine),
                                             symbol="s", symbolSize=5, symbolBrush=orange,
                                             name=self.tr("test acc"))
        for curve in (self.train_curve, self.test_curve):
            curve.setZValue(10)
        for plot in (self.loss_plot, self.acc_plot):
            plot.showGrid(x=True, y=True, alpha=0.15)
            for axis in ("left", "bottom"):  # "(x0.001)" beside "epochs" reads as part of the label
                plot.getAxis(axis).enableAutoSIPrefix(False)
        self._fit()

    # -- the current run ------------------------------------------------------------------------------
    def start_run(self, iterations: int, last_epoch: int, loss_top: float) -> None:
        """Fixed axes for a run: the curves fill them left to right and no axis is redrawn per batch."""
        self._fixed_ranges = True
        self._epochs_drawn = -1
        self._live_extent = (max(iterations, 1), max(last_epoch, 1), loss_top)
        self._fit()

    def end_run(self, history=None) -> None:
        """Axes fitted to ``history`` (the current run) and the earlier runs shown. Never pyqtgraph's
        automatic range: a run shorter than an epoch would get an epoch axis from -0.5 to 0.5."""
        self._fixed_ranges = False
        if history is not None:
            self.draw(history)
        else:
            self._fit()

    def draw(self, history) -> None:
        """Show ``history`` (a ``TrainingHistory``): cheap enough for ~10 calls a second."""
        iterations, losses = history.loss_curve()
        self.raw_curve.setData(iterations, losses)
        self.smooth_curve.setData(*history.smoothed_curve())
        if len(history.epochs) != self._epochs_drawn:  # the scatter symbols are costly: only on a new epoch
            self._epochs_drawn = len(history.epochs)
            epochs, train, test = history.accuracy_curves()
            self.train_curve.setData(epochs, train)
            self.test_curve.setData(epochs, test)
        ceiling = history.loss_ceiling(LOSS_FLOOR)
        if not self._fixed_ranges:  # between runs: fit what is there
            last_epoch = history.epochs[-1].epoch if history.epochs else 0
            self._live_extent = (iterations.size, last_epoch, ceiling)
            self._fit()
        elif ceiling > self._live_extent[2]:  # rare during a run: the loss grew
            self._live_extent = (*self._live_extent[:2], ceiling)
            self._fit()

    def set_live_visible(self, visible: bool) -> None:
        """Show or hide the current run's curves (its row in the run table was unticked)."""
        for curve in (self.raw_curve, self.smooth_curve, self.train_curve, self.test_curve):
            curve.setVisible(visible)

    # -- earlier runs ---------------------------------------------------------------------------------
    def show_runs(self, runs: Sequence[RunCurve]) -> None:
        """Draw ``runs`` faded behind the current run, replacing those drawn before."""
        for loss_item, acc_item in self._run_items.values():
            self.loss_plot.removeItem(loss_item)
            self.acc_plot.removeItem(acc_item)
        self._run_items = {}
        for run in runs:
            pen = pg.mkPen(run_color(run.run_id, FADED_ALPHA), width=2)
            loss_item = self.loss_plot.plot(run.iterations, run.losses, pen=pen, name=run.label)
            _decimate(loss_item, "subsample")
            acc_item = self.acc_plot.plot(run.epochs, run.test_acc, pen=pen)
            self._run_items[run.run_id] = (loss_item, acc_item)
        self.loss_legend.setColumnCount(2 if len(runs) > 4 else 1)
        finite = [float(np.max(r.losses[np.isfinite(r.losses)])) for r in runs if np.isfinite(r.losses).any()]
        self._runs_extent = (max((int(r.iterations[-1]) + 1 for r in runs if r.iterations.size), default=0),
                             max((int(r.epochs[-1]) for r in runs if r.epochs.size), default=0),
                             1.05 * max(finite, default=0.0))
        self._fit()

    def shown_runs(self) -> list[int]:
        """The run ids drawn faded, in drawing order."""
        return list(self._run_items)

    def run_items(self, run_id: int) -> tuple[pg.PlotDataItem, pg.PlotDataItem]:
        """The (loss, test accuracy) curves of an earlier run."""
        return self._run_items[run_id]

    def _fit(self) -> None:
        iterations = max(self._live_extent[0], self._runs_extent[0], 1)
        epochs = max(self._live_extent[1], self._runs_extent[1], 1)
        loss_top = max(self._live_extent[2], self._runs_extent[2], LOSS_FLOOR)
        self.loss_plot.setRange(xRange=(0, iterations), yRange=(0.0, loss_top), padding=0)
        self.acc_plot.setRange(xRange=(0, epochs), yRange=(0.0, 1.0), padding=0.03)  # whole symbols


def _decimate(curve: pg.PlotDataItem, method: str) -> None:
    curve.setClipToView(True)
    curve.setDownsampling(auto=True, method=method)
    curve.opts["autoDownsampleFactor"] = 1.0
