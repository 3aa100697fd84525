"""f(x0, x1) as a 3-D surface (Book Figure 4-8) drawn with ordinary 2-D pyqtgraph items: no OpenGL.

pyqtgraph's OpenGL views (``GLViewWidget``) need PyOpenGL and a GL context. Under the offscreen platform
that the tests, ``--self-test`` and CI use, Qt says "QOpenGLWidget is not supported on this platform" and
reading the view back crashed the interpreter; remote desktops and some virtual machines have no GL
either. So the surface is projected here: a shaded mesh of quadrilaterals, painted far to near (the
painter's algorithm, exact enough for a height field), the descent paths on it and their shadows on the
floor. Drag with the left button to turn it, use the wheel to zoom. It works wherever Qt paints.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pyqtgraph.functions as fn
from PySide6.QtCore import QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPen, QPicture

MESH_LINES = 32  # samples per axis of the drawn mesh: 31 x 31 quads
Z_SCALE = 0.7  # half-height of the box, the floor plan being 2 x 2
DEFAULT_AZIMUTH, DEFAULT_ELEVATION = -35.0, 30.0
DEGREES_PER_PIXEL = 0.5
LIGHT = np.array([-0.35, -0.55, 0.76]) / np.linalg.norm([-0.35, -0.55, 0.76])  # from front left, above
SURFACE_COLORS = pg.ColorMap([0.0, 0.5, 1.0], [(255, 247, 236), (253, 187, 132), (215, 48, 31)])
PATH_COLOUR = "#1f4e9c"


def rotation(azimuth: float, elevation: float) -> np.ndarray:
    """3 x 3 matrix from normalised world (x0, x1, f) to (screen x, screen y, depth; larger = farther).

    The world turns by ``azimuth`` about the f axis, then the camera looks from ``elevation`` above the
    floor: at (0, 90) the view is the 2-D map (x0 right, x1 up), at elevation 0 a side view.
    """
    a, e = np.deg2rad(azimuth), np.deg2rad(elevation)
    turn = np.array([[np.cos(a), -np.sin(a), 0.0], [np.sin(a), np.cos(a), 0.0], [0.0, 0.0, 1.0]])
    tilt = np.array([[1.0, 0.0, 0.0], [0.0, np.sin(e), np.cos(e)], [0.0, np.cos(e), -np.sin(e)]])
    return tilt @ turn


def project(points: np.ndarray, azimuth: float, elevation: float) -> np.ndarray:
    """(..., 3) normalised world points -> (..., 3) screen x, screen y, depth (orthographic)."""
    return np.asarray(points, dtype=np.float64) @ rotation(azimuth, elevation).T


def mesh_indices(n: int, lines: int = MESH_LINES) -> np.ndarray:
    """At most ``lines`` indices spread evenly over 0 .. n - 1, both ends included."""
    return np.unique(np.linspace(0, n - 1, min(n, lines)).round().astype(int))


class SurfaceView(pg.PlotWidget):
    """The rotatable surface. ``set_surface`` takes f on a grid (``values[i, j]`` at x0[j], x1[i], rows going
    up x1, as the gradient tab's ``Field``), ``set_paths``/``set_path`` the descents on it, ``set_current``
    the points the animation shows, ``rotate`` the angle. ``rotated(azimuth, elevation)`` is emitted after
    a mouse drag turned it.
    """

    rotated = Signal(float, float)

    def __init__(self, parent=None) -> None:
        self._viewbox = _OrbitViewBox()
        super().__init__(parent, viewBox=self._viewbox)
        self.setToolTip(self.tr("Drag to turn the surface, scroll to zoom."))
        item = self.getPlotItem()
        for axis in ("left", "bottom"):
            item.hideAxis(axis)
        item.setAspectLocked(True)
        item.setMenuEnabled(False)
        self.azimuth, self.elevation = DEFAULT_AZIMUTH, DEFAULT_ELEVATION
        self.mesh = _MeshItem()
        self.box = pg.PlotCurveItem(pen=pg.mkPen((90, 90, 90), width=1), connect="pairs")
        self.axis_labels = [pg.TextItem(name, color=(60, 60, 60), anchor=(0.5, 0.5)) for name in ("x0", "x1", "f")]
        self.current = pg.ScatterPlotItem(symbol="o", size=11, pen=pg.mkPen("k"), brush="#ffd600")
        for plotted in (self.box, self.mesh, *self.axis_labels, self.current):
            self.addItem(plotted)
        self.mesh.setZValue(1)
        self.current.setZValue(20)
        self._paths: list[tuple[np.ndarray, pg.PlotDataItem, pg.PlotCurveItem]] = []  # (x0, x1, f) rows
        self._current_points, self._current_colours = np.empty((0, 3)), []
        self._corners = np.empty((0, 4, 3))  # world corners of the mesh's quads, holes left out
        self._bounds = (-1.0, 1.0, -1.0, 1.0)
        self._z_range = (0.0, 1.0)
        self._viewbox.orbit_dragged.connect(self._on_viewbox_orbit_dragged)
        self.reset_zoom()

    # -- data -------------------------------------------------------------------------------------------
    def set_surface(self, values: np.ndarray, bounds, x0: np.ndarray | None = None,
                    x1: np.ndarray | None = None) -> None:
        """f on a grid over ``bounds`` (x0 min, x0 max, x1 min, x1 max); without ``x0``/``x1`` the samples
        are taken to be the centres of equal cells, as ``compute_field`` makes them. nan cells are holes."""
        values = np.asarray(values, dtype=np.float64)
        rows, cols = values.shape
        x0 = _centres(bounds[0], bounds[1], cols) if x0 is None else np.asarray(x0, dtype=np.float64)
        x1 = _centres(bounds[2], bounds[3], rows) if x1 is None else np.asarray(x1, dtype=np.float64)
        pick0, pick1 = mesh_indices(cols), mesh_indices(rows)
        z = values[np.ix_(pick1, pick0)]
        finite = np.isfinite(z)
        low, high = (float(z[finite].min()), float(z[finite].max())) if finite.any() else (0.0, 1.0)
        self._bounds, self._z_range = tuple(float(b) for b in bounds), (low, high)
        grid0, grid1 = np.meshgrid(x0[pick0], x1[pick1])
        world = self._to_world(np.stack([grid0, grid1, np.where(finite, z, np.nan)], axis=-1))
        middle = (z[:-1, :-1] + z[1:, :-1] + z[1:, 1:] + z[:-1, 1:]) / 4
        heights = np.clip((middle - low) / (high - low), 0, 1) if high > low else np.full(middle.shape, 0.5)
        colours = SURFACE_COLORS.map(np.nan_to_num(heights).ravel(), mode="float")[:, :3]
        self._corners, rgb = _shaded_quads(world, colours.reshape(*middle.shape, 3))
        self.mesh.set_colours(rgb)
        self._redraw()

    def set_paths(self, paths) -> None:
        """Descents on the surface: a list of ``(xy, values)`` or ``(xy, values, colour)``, xy of shape (N, 2).
        Points outside the surface's square are left out (a gap), so a diverging path just leaves."""
        for _, line, shadow in self._paths:
            self.removeItem(line)
            self.removeItem(shadow)
        self._paths = []
        for number, path in enumerate(paths):
            xy, values = np.asarray(path[0], dtype=np.float64).reshape(-1, 2), np.asarray(path[1], dtype=np.float64)
            colour = path[2] if len(path) > 2 and path[2] is not None else PATH_COLOUR
            line = pg.PlotDataItem(pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=4, symbolBrush=colour,
                                   symbolPen=None, connect="finite")
            shadow = pg.PlotCurveItem(pen=pg.mkPen(QColor(colour).lighter(150), width=1,
                                                   style=Qt.PenStyle.DashLine), connect="finite")
            line.setZValue(10 + number)
            shadow.setZValue(0.5)
            self.addItem(line)
            self.addItem(shadow)
            self._paths.append((np.column_stack([xy, values]), line, shadow))
        self._draw_paths(rotation(self.azimuth, self.elevation))

    def set_path(self, xy, values, colour=None) -> None:
        self.set_paths([(xy, values, colour)])

    def set_current(self, points, colours=None) -> None:
        """Mark points (x0, x1, f): one row per descent, e.g. where each animation has got to; ``colours``
        (one per point) default to yellow."""
        self._current_points = np.asarray(points, dtype=np.float64).reshape(-1, 3)
        self._current_colours = list(colours) if colours is not None else ["#ffd600"] * len(self._current_points)
        self._draw_current(rotation(self.azimuth, self.elevation))

    def rotate(self, azimuth: float, elevation: float) -> None:
        """Turn to ``azimuth`` (any angle, degrees) and ``elevation`` (clamped to 0 .. 90)."""
        self.azimuth = float(azimuth) % 360.0
        self.elevation = float(np.clip(elevation, 0.0, 90.0))
        self._redraw()

    def reset_zoom(self) -> None:
        self.getPlotItem().setRange(xRange=(-1.6, 1.6), yRange=(-1.45, 1.45), padding=0)

    # -- what is drawn (for tests and exports) ----------------------------------------------------------
    def projected_mesh(self) -> np.ndarray:
        """Screen corners of the drawn quads, (N, 4, 2), in painting order (far to near)."""
        return self.mesh.polygons

    def projected_paths(self) -> list[np.ndarray]:
        return [np.column_stack(line.getData()) if line.getData()[0] is not None else np.empty((0, 2))
                for _, line, _ in self._paths]

    # -- internals --------------------------------------------------------------------------------------
    def _to_world(self, points: np.ndarray, clip_outside: bool = False) -> np.ndarray:
        """(x0, x1, f) -> the box [-1, 1]^2 x [-Z_SCALE, Z_SCALE]; outside the square -> nan if asked."""
        b, (low, high) = self._bounds, self._z_range
        with np.errstate(all="ignore"):
            x = 2 * (points[..., 0] - b[0]) / (b[1] - b[0]) - 1
            y = 2 * (points[..., 1] - b[2]) / (b[3] - b[2]) - 1
            z = Z_SCALE * (2 * (points[..., 2] - low) / (high - low) - 1) if high > low else 0 * points[..., 2]
            world = np.stack([x, y, np.clip(z, -Z_SCALE, Z_SCALE)], axis=-1)
        if clip_outside:
            world[~((np.abs(x) <= 1) & (np.abs(y) <= 1) & np.isfinite(z))] = np.nan
        return world

    def _redraw(self) -> None:
        matrix = rotation(self.azimuth, self.elevation)
        self.mesh.set_quads(*painting_order(self._corners, matrix))
        corners = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], dtype=np.float64)
        floor = np.column_stack([corners, np.full(4, -Z_SCALE)])
        edges = np.concatenate([floor[[0, 1, 1, 2, 2, 3, 3, 0]], [floor[0], floor[0] + (0, 0, 2 * Z_SCALE)]])
        screen = edges @ matrix.T
        self.box.setData(screen[:, 0], screen[:, 1], connect="pairs")
        ends = np.array([[0.0, -1.15, -Z_SCALE], [-1.15, 0.0, -Z_SCALE], [-1.0, -1.0, Z_SCALE * 1.15]]) @ matrix.T
        for label, end in zip(self.axis_labels, ends):
            label.setPos(end[0], end[1])
        self._draw_paths(matrix)

    def _draw_paths(self, matrix: np.ndarray) -> None:
        for points, line, shadow in self._paths:
            world = self._to_world(points, clip_outside=True)  # in _draw: the surface's range may have changed
            on = world @ matrix.T
            floor_path = np.column_stack([world[:, :2], np.full(len(world), -Z_SCALE)]) @ matrix.T
            line.setData(on[:, 0], on[:, 1])
            shadow.setData(floor_path[:, 0], floor_path[:, 1])
        self._draw_current(matrix)

    def _draw_current(self, matrix: np.ndarray) -> None:
        """Only the markers: an animation moves them every frame, the mesh stays."""
        world = self._to_world(self._current_points, clip_outside=True)
        keep = np.isfinite(world).all(axis=1)
        shown = world[keep] @ matrix.T
        brushes = [pg.mkBrush(c) for c, k in zip(self._current_colours, keep) if k]
        self.current.setData(shown[:, 0], shown[:, 1], brush=brushes)

    @Slot(float, float)
    def _on_viewbox_orbit_dragged(self, dx: float, dy: float) -> None:
        self.rotate(self.azimuth - DEGREES_PER_PIXEL * dx, self.elevation + DEGREES_PER_PIXEL * dy)
        self.rotated.emit(self.azimuth, self.elevation)


def _centres(low: float, high: float, n: int) -> np.ndarray:
    step = (high - low) / n
    return low + step * (np.arange(n) + 0.5)


def _shaded_quads(world: np.ndarray, colours: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """World corners (N, 4, 3) of the quads without holes, and their RGB (N, 3) shaded by a fixed light
    (the light turns with the surface, so the shading is computed once per function)."""
    corners = np.stack([world[:-1, :-1], world[:-1, 1:], world[1:, 1:], world[1:, :-1]], axis=2).reshape(-1, 4, 3)
    rgb = colours.reshape(-1, 3)
    keep = np.isfinite(corners).all(axis=(1, 2))
    corners, rgb = corners[keep], rgb[keep]
    normal = np.cross(corners[:, 2] - corners[:, 0], corners[:, 3] - corners[:, 1])
    length = np.linalg.norm(normal, axis=1)
    shade = 0.55 + 0.45 * np.abs(normal @ LIGHT) / np.where(length > 0, length, 1.0)
    return corners, np.clip(rgb * shade[:, None], 0, 1)


def painting_order(corners: np.ndarray, matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Screen polygons (N, 4, 2) and the quads' indices, farthest first (the painter's algorithm)."""
    screen = corners @ matrix.T
    order = np.argsort(-screen[:, :, 2].mean(axis=1), kind="stable")
    return screen[order, :, :2], order


class _MeshItem(pg.GraphicsObject):
    """Filled quadrilaterals painted in the given order into a QPicture (replayed on every paint).

    The QPolygonF objects are made once per mesh and refilled through numpy views
    (``pyqtgraph.functions.create_qpolygonf``): making 4000 QPointF per frame would double a redraw.
    """

    def __init__(self) -> None:
        super().__init__()
        self.polygons = np.empty((0, 4, 2))
        self._brushes: list[QColor] = []
        self._qpolygons: list = []
        self._views: list[np.ndarray] = []
        self._picture = QPicture()
        self._rect = QRectF()

    def set_colours(self, rgb: np.ndarray) -> None:
        """One colour per quad (RGB in 0 .. 1), in the quads' own order; the polygons follow in set_quads."""
        self._brushes = [QColor(r, g, b) for r, g, b in (np.asarray(rgb) * 255).round().astype(int).tolist()]
        if len(self._qpolygons) != len(self._brushes):
            self._qpolygons = [fn.create_qpolygonf(4) for _ in self._brushes]
            self._views = [fn.ndarray_from_qpolygonf(polygon) for polygon in self._qpolygons]

    def set_quads(self, polygons: np.ndarray, order: np.ndarray) -> None:
        """Paint ``polygons`` (N, 4, 2) in their row order; ``order[k]`` is quad k's index for its colour."""
        self.prepareGeometryChange()
        self.polygons = polygons
        self._picture = QPicture()
        painter = QPainter(self._picture)
        edge = QPen(QColor(120, 70, 40, 90))
        edge.setCosmetic(True)
        painter.setPen(edge)
        for view, quad, polygon, index in zip(self._views, polygons, self._qpolygons, order.tolist()):
            view[:] = quad
            painter.setBrush(self._brushes[index])
            painter.drawPolygon(polygon)
        painter.end()
        if len(polygons):
            flat = polygons.reshape(-1, 2)
            (left, top), (right, bottom) = flat.min(axis=0), flat.max(axis=0)
            self._rect = QRectF(left, top, right - left, bottom - top)
        else:
            self._rect = QRectF()
        self.update()

    def quad_count(self) -> int:
        return len(self.polygons)

    def paint(self, painter, *args) -> None:
        painter.drawPicture(0, 0, self._picture)

    def boundingRect(self) -> QRectF:  # noqa: N802 -- Qt's name
        return QRectF(self._rect)


class _OrbitViewBox(pg.ViewBox):
    """A ViewBox whose left-button drag turns the surface instead of panning (the wheel still zooms)."""

    orbit_dragged = Signal(float, float)  # pixels moved since the last drag event

    def mouseDragEvent(self, ev, axis=None) -> None:  # noqa: N802 -- pyqtgraph's name
        if ev.button() != Qt.MouseButton.LeftButton:
            super().mouseDragEvent(ev, axis)
            return
        ev.accept()
        delta = ev.screenPos() - ev.lastScreenPos()
        self.orbit_dragged.emit(float(delta.x()), float(delta.y()))
