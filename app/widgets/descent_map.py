"""The gradient tab's map: f as a heat map with contour lines, the -grad f arrows (Book Figure 4-9), up to
four descent paths (Figure 4-10) and the gradient arrow at one point split into its two partial
derivatives (Book 4.3.3 / 4.4).

Every layer is one pyqtgraph item updated with ``setData``: the contours are one ``PlotCurveItem``
(``connect="pairs"``, from ``app.tabs.contour_lines``), the arrows one ``QuiverItem``. The widget only
draws what it is given; ``clicked``, ``hovered`` and ``left`` report the mouse in data coordinates.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal

from app.widgets.quiver import QuiverItem
from app.widgets.styles import configure_plot

HEAT_COLORS = pg.ColorMap([0.0, 0.5, 1.0], [(255, 247, 236), (253, 187, 132), (215, 48, 31)])
GRADIENT_COLOUR = "#212121"
REST_MS = 60  # the mouse must rest this long before ``rested`` (not on every move)
SYMBOLS_UP_TO = 500  # longer paths are drawn as lines only
ARROW_FRACTION = 0.1  # the gradient arrow's drawn length, as a fraction of the view's width
LIMIT_FACTOR = 1.0  # zooming out stops one view-width beyond the field (never out to 1e13)


class DescentMap(pg.PlotWidget):
    """The map of f with the racing paths. ``component_colours`` colour the df/dx0 and df/dx1 arrows (the
    tab gives the slice plots the same ones)."""

    clicked = Signal(float, float)  # left click at (x0, x1)
    rested = Signal(float, float)  # the mouse rests at (x0, x1) inside the field's bounds
    left = Signal()  # the mouse left the map (or the field's bounds) after resting on it

    def __init__(self, component_colours, parent=None) -> None:
        super().__init__(parent)
        item = configure_plot(self.getPlotItem(), "x0", "x1")
        item.setAspectLocked(True)  # arrows keep their angles
        item.setMenuEnabled(False)
        self.image = pg.ImageItem()
        self.image.setColorMap(HEAT_COLORS)
        self.contours = pg.PlotCurveItem(pen=pg.mkPen((120, 60, 30, 130)), connect="pairs")
        self.quiver = QuiverItem(pen=pg.mkPen((85, 85, 85, 200), width=1))
        self.paths: list[pg.PlotDataItem] = []
        self.starts = pg.ScatterPlotItem(symbol="o", size=12, brush="w", pen=pg.mkPen("k", width=1.5))
        self.currents = pg.ScatterPlotItem(symbol="o", size=12, pen=pg.mkPen("k"))
        self.exits = pg.ScatterPlotItem(symbol="x", size=16, brush="#c62828", pen=pg.mkPen("#c62828"))
        self.components = [QuiverItem(pen=pg.mkPen(colour, width=2)) for colour in component_colours]
        self.gradient = QuiverItem(pen=pg.mkPen(GRADIENT_COLOUR, width=2.5))
        self.probe = pg.ScatterPlotItem(symbol="+", size=14, pen=pg.mkPen(GRADIENT_COLOUR, width=1.5))
        for plotted in (self.image, self.contours, self.quiver, self.starts, self.currents, self.exits,
                        *self.components, self.gradient, self.probe):
            item.addItem(plotted)
        for z, plotted in enumerate((self.starts, self.currents, self.exits, *self.components, self.gradient,
                                     self.probe), start=20):
            plotted.setZValue(z)
        self.legend = pg.LegendItem(offset=(8, -8), labelTextColor=(30, 30, 30), brush=(255, 255, 255, 200))
        self.legend.setParentItem(item.getViewBox())
        self.bounds = (-1.0, 1.0, -1.0, 1.0)
        self._styles: tuple = ()
        self._rest_point, self._resting = None, False
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.setInterval(REST_MS)
        self._rest_timer.timeout.connect(self._on_rest_timer_timeout)
        self.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)
        self.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)

    # -- what is drawn -------------------------------------------------------------------------------------
    def set_field(self, values: np.ndarray, value_range, bounds, contour_x, contour_y, tails, vectors) -> None:
        """Heat map of ``values`` (rows up x1) over ``bounds``, contour segments (vertex pairs), arrows."""
        self.image.setImage(values, levels=value_range)
        self.image.setRect(bounds[0], bounds[2], bounds[1] - bounds[0], bounds[3] - bounds[2])
        self.contours.setData(np.asarray(contour_x), np.asarray(contour_y), connect="pairs")
        self.quiver.set_arrows(tails, vectors)

    def set_view(self, bounds) -> None:
        """Show ``bounds`` (x0 min, x0 max, x1 min, x1 max); zooming out stops a view-width beyond it."""
        self.bounds = tuple(float(b) for b in bounds)
        b, item = self.bounds, self.getPlotItem()
        w, h = (b[1] - b[0]) * LIMIT_FACTOR, (b[3] - b[2]) * LIMIT_FACTOR
        item.vb.setLimits(xMin=b[0] - w, xMax=b[1] + w, yMin=b[2] - h, yMax=b[3] + h)
        item.setRange(xRange=b[:2], yRange=b[2:], padding=0.02)
        item.disableAutoRange()

    def set_paths(self, paths) -> None:
        """``paths``: a list of ``(points (n, 2), colour, label)``, one per racer; points may be nan (gaps)."""
        while len(self.paths) < len(paths):
            line = pg.PlotDataItem(symbol="o", symbolSize=5, symbolPen=None, connect="finite")
            line.setZValue(10 + len(self.paths))
            self.getPlotItem().addItem(line)
            self.paths.append(line)
        styles = tuple((colour, label) for _, colour, label in paths)
        restyle = styles != self._styles  # an animation frame only moves the points
        if restyle:
            self.legend.clear()
        for index, line in enumerate(self.paths):
            if index >= len(paths):
                line.setData([], [])
                line.hide()
                continue
            points, colour, label = paths[index]
            if restyle:
                line.setPen(pg.mkPen(colour, width=2))
                line.setSymbolBrush(colour)
                self.legend.addItem(line, label)
            line.setSymbol("o" if len(points) <= SYMBOLS_UP_TO else None)  # thousands of dots: a line reads better
            line.setData(points[:, 0], points[:, 1])
            line.show()
        self._styles = styles
        self.legend.setVisible(len(paths) > 1)  # one path needs no legend; a race does

    def set_markers(self, starts, currents, colours, exits) -> None:
        """Start points (white), where each racer is now (its colour) and where paths left the view (×)."""
        starts, currents = np.asarray(starts).reshape(-1, 2), np.asarray(currents).reshape(-1, 2)
        self.starts.setData(starts[:, 0], starts[:, 1])
        shown = np.isfinite(currents).all(axis=1)
        self.currents.setData(currents[shown, 0], currents[shown, 1],
                              brush=[pg.mkBrush(c) for c, keep in zip(colours, shown) if keep])
        exits = np.asarray(exits).reshape(-1, 2)
        self.exits.setData(exits[:, 0], exits[:, 1])

    def set_gradient(self, point, gradient, probe: bool = False) -> None:
        """The arrow grad f at ``point`` (drawn at a fixed length: its direction is what matters) and its
        two components, df/dx0 along x0 then df/dx1 along x1; ``probe`` marks the point with a cross."""
        point, gradient = np.asarray(point, dtype=float), np.asarray(gradient, dtype=float)
        norm = float(np.hypot(*gradient)) if np.isfinite(gradient).all() else 0.0
        self.probe.setData(*(([point[0]], [point[1]]) if probe else ([], [])))
        if norm == 0.0 or not np.isfinite(point).all():
            for arrow in (*self.components, self.gradient):
                arrow.set_arrows(np.empty((0, 2)), np.empty((0, 2)))
            return
        vector = gradient * ARROW_FRACTION * (self.bounds[1] - self.bounds[0]) / norm
        self.gradient.set_arrows(point[None], vector[None])
        self.components[0].set_arrows(point[None], np.array([[vector[0], 0.0]]))
        self.components[1].set_arrows((point + [vector[0], 0.0])[None], np.array([[0.0, vector[1]]]))

    def gradient_vector(self) -> np.ndarray | None:
        """The drawn gradient arrow (tail to tip) in data coordinates, or None (for tests)."""
        x, y = self.gradient.getData()
        return None if x is None or len(x) == 0 else np.array([x[1] - x[0], y[1] - y[0]])

    # -- the mouse -----------------------------------------------------------------------------------------
    def leaveEvent(self, event) -> None:  # noqa: N802 -- Qt's name
        super().leaveEvent(event)
        self._on_mouse_left()

    def _on_mouse_left(self) -> None:
        self._rest_timer.stop()
        if self._resting:
            self._resting = False
            self.left.emit()

    def _on_rest_timer_timeout(self) -> None:
        self._resting = True
        self.rested.emit(*self._rest_point)

    def _on_scene_mouse_clicked(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            point = self.getPlotItem().vb.mapSceneToView(event.scenePos())
            self.clicked.emit(point.x(), point.y())

    def _on_scene_mouse_moved(self, scene_pos) -> None:
        vb, b = self.getPlotItem().vb, self.bounds
        point = vb.mapSceneToView(scene_pos)
        if vb.sceneBoundingRect().contains(scene_pos) and b[0] <= point.x() <= b[1] and b[2] <= point.y() <= b[3]:
            self._rest_point = (point.x(), point.y())
            self._rest_timer.start()
        else:
            self._on_mouse_left()
