"""The network tab's two pictures: one weight's slice (loss over accuracy) and the toy batch's regions.

``SliceView`` is one ``GraphicsLayoutWidget`` (so File > Export PNG shows both rows): on top the book's
loss and the batch loss as w_ij alone moves, with their tangents at the current value (slope dW_ij, Book
4.3.3); below, on the same x axis, the batch accuracy, which only steps, with its flat tangent (Book
4.2.5). ``BatchView`` draws the toy points per class over the classes argmax x W gives the plane. Items are
made once and updated with ``setData``.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from app.tabs.network_batch import GRID_EXTENT

SAMPLE_COLOUR, BATCH_COLOUR, ACCURACY_COLOUR = "#1f4e9c", "#2e7d32", "#6a1b9a"
CLASS_COLOURS = ("#7b1fa2", "#00897b", "#ef6c00")
REGION_COLOURS = ((225, 190, 231), (178, 223, 219), (255, 224, 178))
CLASS_SYMBOLS = ("o", "s", "t1")  # as drawn in the title: circle, square, triangle up
DASH = Qt.PenStyle.DashLine


def configure(item: pg.PlotItem, bottom: str, left: str) -> pg.PlotItem:
    """What ``BaseTab.new_plot`` does for a PlotWidget, for a plot inside a layout."""
    item.setLabels(bottom=bottom, left=left)
    item.showGrid(x=True, y=True, alpha=0.2)
    for axis in ("left", "bottom"):
        item.getAxis(axis).enableAutoSIPrefix(False)
    return item


def coloured(colour: str, text: str) -> str:
    return f"<span style='color:{colour}'>{text}</span>"


def _marker(colour: str) -> pg.ScatterPlotItem:
    return pg.ScatterPlotItem(size=11, brush="#ffd600", pen=pg.mkPen(colour, width=2))


class SliceView(pg.GraphicsLayoutWidget):
    """Loss (top) and accuracy (bottom) of one weight's slice, x axes linked."""

    def __init__(self) -> None:
        super().__init__()
        self.loss_item = configure(self.addPlot(row=0, col=0), "",
                                   QCoreApplication.translate("NetworkTab", "loss"))
        self.accuracy_item = configure(self.addPlot(row=1, col=0), "w",
                                       QCoreApplication.translate("NetworkTab", "accuracy"))
        self.ci.layout.setRowStretchFactor(0, 3)
        self.ci.layout.setRowStretchFactor(1, 2)
        self.accuracy_item.setXLink(self.loss_item)
        self.loss_item.getAxis("bottom").setStyle(showValues=False)  # the accuracy plot below numbers w
        self.accuracy_item.getAxis("left").setTicks([[(0.0, "0"), (0.5, "0.5"), (1.0, "1")]])
        for item in (self.loss_item, self.accuracy_item):
            item.setMouseEnabled(x=False, y=False)
            item.hideButtons()
        self.loss = self.loss_item.plot(pen=pg.mkPen(SAMPLE_COLOUR, width=2))
        self.tangent = self.loss_item.plot(pen=pg.mkPen(SAMPLE_COLOUR, width=1.5, style=DASH))
        self.batch_loss = self.loss_item.plot(pen=pg.mkPen(BATCH_COLOUR, width=2))
        self.batch_tangent = self.loss_item.plot(pen=pg.mkPen(BATCH_COLOUR, width=1.5, style=DASH))
        self.before = pg.ScatterPlotItem(size=9, brush=None, pen=pg.mkPen(SAMPLE_COLOUR, width=1.5))
        self.loss_point, self.batch_point = _marker(SAMPLE_COLOUR), _marker(BATCH_COLOUR)
        self.accuracy = self.accuracy_item.plot(pen=pg.mkPen(ACCURACY_COLOUR, width=2), stepMode="center")
        self.accuracy_tangent = self.accuracy_item.plot(pen=pg.mkPen(ACCURACY_COLOUR, width=1.5, style=DASH))
        self.accuracy_point = _marker(ACCURACY_COLOUR)
        self.lines = [pg.InfiniteLine(angle=90, pen=pg.mkPen((120, 120, 120), style=Qt.PenStyle.DotLine))
                      for _ in range(2)]
        for plotted in (self.before, self.loss_point, self.batch_point, self.lines[0]):
            self.loss_item.addItem(plotted)
        for plotted in (self.accuracy_point, self.lines[1]):
            self.accuracy_item.addItem(plotted)
        self.accuracy_item.setYRange(-0.05, 1.05, padding=0)  # room for the 0 and 1 tick labels
        self._name = None

    def draw(self, s, name: str, current: tuple[float, float, float],
             before: tuple[float, float] | None = None) -> None:
        """Show the slice ``s`` (a ``WeightSlice``) of the weight called ``name``, its current loss, batch
        loss and accuracy marked at ``s.w0``; ``before``: the (w, loss) a nudge started from, drawn hollow."""
        self.loss.setData(s.w, s.loss)
        self.tangent.setData(s.w, s.tangent)
        self.batch_loss.setData(s.w, s.batch_loss)
        self.batch_tangent.setData(s.w, s.batch_tangent)
        # Drawn as the steps it is: each value holds from halfway to the previous w to halfway to the next.
        middles = (s.w[1:] + s.w[:-1]) / 2
        self.accuracy.setData(np.concatenate([s.w[:1], middles, s.w[-1:]]), s.accuracy)
        self.accuracy_tangent.setData(s.w, s.accuracy_tangent)
        for point, value in zip((self.loss_point, self.batch_point, self.accuracy_point), current):
            point.setData([s.w0], [value])
        self.before.setData(*(([before[0]], [before[1]]) if before else ([], [])))
        for line in self.lines:
            line.setValue(s.w0)
        top = float(max(s.loss.max(), s.batch_loss.max()))
        self.loss_item.setYRange(0, top * 1.08, padding=0)
        self.loss_item.setXRange(s.w[0], s.w[-1], padding=0)
        if name != self._name:  # a new title re-lays the plot out: only when another weight is picked
            self._name = name
            self._set_titles(name)

    def _set_titles(self, name: str) -> None:
        # The legend is in the title, in the curves' colours: a legend box would cover a small plot.
        self.loss_item.setTitle("{0}&nbsp;&nbsp; {1} &nbsp; {2}".format(
            QCoreApplication.translate("NetworkTab", "Loss along {name}:").format(name=name),
            coloured(SAMPLE_COLOUR, "━ " + QCoreApplication.translate("NetworkTab", "the book's x, t")),
            coloured(BATCH_COLOUR, "━ " + QCoreApplication.translate("NetworkTab", "toy batch"))), size="9pt")
        self.accuracy_item.setTitle(coloured(ACCURACY_COLOUR, QCoreApplication.translate(
            "NetworkTab", "Accuracy on the toy batch along {name}").format(name=name)), size="9pt")
        self.accuracy_item.setLabel("bottom", name)


class BatchView:
    """The toy points, one scatter per class, over the decision regions (an image of argmax classes).

    The regions are computed for the range in view (a grid of about one cell per 2 pixels), again when
    the view changes size: a wide, aspect-locked plot is coloured edge to edge.
    """

    def __init__(self, plot: pg.PlotWidget, points: np.ndarray, labels: np.ndarray) -> None:
        self.plot = plot
        self._regions_for = None
        item = plot.getPlotItem()
        item.setAspectLocked(True)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        self.image = pg.ImageItem()
        self.image.setLookupTable(np.array(REGION_COLOURS, dtype=np.uint8))
        item.addItem(self.image)
        symbols = "●■▲"
        for k in range(3):
            mask = labels == k
            item.addItem(pg.ScatterPlotItem(points[mask, 0], points[mask, 1], symbol=CLASS_SYMBOLS[k], size=8,
                                            brush=CLASS_COLOURS[k], pen=pg.mkPen("w", width=0.8)))
        self.sample = pg.ScatterPlotItem(symbol="star", size=18, pen=pg.mkPen("k", width=1.2))
        item.addItem(self.sample)
        item.setTitle("{0}<br>{1} &nbsp; ★ {2}".format(
            QCoreApplication.translate("NetworkTab", "Toy batch, regions of argmax(xW)"),
            " ".join(coloured(CLASS_COLOURS[k], f"{symbols[k]} {k}") for k in range(3)),
            QCoreApplication.translate("NetworkTab", "the book's x")), size="9pt")
        extent = GRID_EXTENT
        item.setRange(xRange=(-extent, extent), yRange=(-extent, extent), padding=0)
        item.disableAutoRange()
        item.vb.sigRangeChanged.connect(self._draw_regions)

    def draw(self, regions_for, x: np.ndarray, target: int) -> None:
        """``regions_for(x1, x2)``: the class grid (rows x2) for two axes of values, e.g. the model's
        ``decision_regions``; ``x`` the book's input, starred in the colour of its true class."""
        self._regions_for = regions_for
        self._draw_regions()
        self.sample.setData([x[0]], [x[1]], brush=CLASS_COLOURS[target])

    def _draw_regions(self, *_args) -> None:
        if self._regions_for is None:
            return
        vb = self.plot.getPlotItem().vb
        (left, right), (bottom, top) = vb.viewRange()
        nx, ny = (max(20, min(400, round(size / 2))) for size in (vb.width(), vb.height()))
        self.image.setImage(self._regions_for(np.linspace(left, right, nx), np.linspace(bottom, top, ny)),
                            levels=(0, 2), autoLevels=False)
        dx, dy = (right - left) / (nx - 1), (top - bottom) / (ny - 1)  # grid values are pixel centres
        self.image.setRect(left - dx / 2, bottom - dy / 2, right - left + dx, top - bottom + dy)
