"""The 3-D surface drawn as a projection (no OpenGL): created offscreen, drawn, turned by code and by mouse."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from app.widgets import surface_view as sv
from app.widgets.surface_view import SurfaceView

BOUNDS = (-5.0, 5.0, -5.0, 5.0)


def book_grid(n=200, bounds=BOUNDS):
    step = (bounds[1] - bounds[0]) / n
    x = bounds[0] + step * (np.arange(n) + 0.5)
    g0, g1 = np.meshgrid(x, x)
    return g0**2 + g1**2


def book_path(steps=20):
    x = np.outer(0.8 ** np.arange(steps + 1), [-3.0, 4.0])  # lr = 0.1: x <- 0.8 x (Book Figure 4-10)
    return x, (x**2).sum(axis=1)


@pytest.fixture
def view(shown):
    widget = shown(SurfaceView(), size=(500, 420))
    widget.set_surface(book_grid(), BOUNDS)
    widget.set_path(*book_path())
    return widget


def test_the_projection_math():
    top = sv.project([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]], 0.0, 90.0)
    np.testing.assert_allclose(top, [[1, 0, 0], [0, 1, 0], [0, 0, -1]], atol=1e-15)  # the 2-D map, f toward us
    side = sv.project([[0.0, 0.0, 1.0], [0.0, 1.0, 0.0]], 0.0, 0.0)
    np.testing.assert_allclose(side, [[0, 1, 0], [0, 0, 1]], atol=1e-15)  # f up, x1 away from the eye
    turned = sv.project([[1.0, 0.0, 0.0]], 90.0, 90.0)
    np.testing.assert_allclose(turned, [[0, 1, 0]], atol=1e-15)
    matrix = sv.rotation(-35.0, 30.0)
    np.testing.assert_allclose(matrix @ matrix.T, np.eye(3), atol=1e-15)  # a rotation: no distortion
    assert list(sv.mesh_indices(200, 32)[[0, -1]]) == [0, 199] and len(sv.mesh_indices(200, 32)) == 32
    assert list(sv.mesh_indices(5, 32)) == [0, 1, 2, 3, 4]


def test_created_offscreen(view):  # no OpenGL needed
    assert view.isVisible() and view.mesh.quad_count() > 0


def test_draws_the_surface_and_the_path(view):
    assert view.mesh.quad_count() == 31 * 31
    (path,) = view.projected_paths()
    assert path.shape == (21, 2) and np.isfinite(path).all()
    image = view.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 10) for y in range(0, image.height(), 10)}
    assert len(colours) > 20  # a shaded surface, not a blank widget
    # At the top view the path is the 2-D map's path, scaled into the unit square: (-3, 4) -> (-0.6, 0.8).
    view.rotate(0.0, 90.0)
    np.testing.assert_allclose(view.projected_paths()[0][0], [-0.6, 0.8], atol=1e-12)
    np.testing.assert_allclose(view.projected_paths()[0][-1], 0.8**20 * np.array([-0.6, 0.8]), atol=1e-12)


def test_rotation_changes_the_projection(view):
    before_mesh, before_path = view.projected_mesh().copy(), view.projected_paths()[0].copy()
    view.rotate(60.0, 50.0)
    assert (view.azimuth, view.elevation) == (60.0, 50.0)
    assert view.projected_mesh().shape == before_mesh.shape
    assert not np.allclose(view.projected_mesh(), before_mesh)
    assert np.abs(view.projected_paths()[0] - before_path).max() > 0.1
    view.rotate(-35.0 + 360.0, 120.0)  # azimuth wraps, elevation stays between the floor and the top
    assert view.azimuth == pytest.approx(325.0) and view.elevation == 90.0


def test_far_quads_are_painted_first(view):
    # From straight above, the bowl's bottom (the centre) is farthest and its rim nearest: the centre's
    # quads must be painted first and the corners' last, or the rim would be hidden under the bottom.
    view.rotate(0.0, 90.0)
    centres = view.projected_mesh().mean(axis=1)
    radius = np.hypot(centres[:, 0], centres[:, 1])
    assert radius[0] < 0.1 and radius[-1] > 1.3
    assert np.corrcoef(np.arange(len(radius)), radius)[0, 1] > 0.95  # painted from the middle outwards


def _drag(view, start: QPoint, end: QPoint, steps=10):
    viewport = view.viewport()

    def send(kind, point, buttons):
        pointf = QPointF(point)
        event = QMouseEvent(kind, pointf, viewport.mapToGlobal(pointf), Qt.MouseButton.LeftButton, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    send(QMouseEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for k in range(1, steps + 1):
        send(QMouseEvent.Type.MouseMove, start + (end - start) * k / steps, Qt.MouseButton.LeftButton)
    send(QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_a_mouse_drag_rotates(view, qtbot):
    azimuth, elevation = view.azimuth, view.elevation
    before = view.projected_mesh().copy()
    centre = view.viewport().rect().center()
    with qtbot.waitSignal(view.rotated, timeout=5000):
        _drag(view, centre, centre + QPoint(80, 40))
    assert view.azimuth == pytest.approx((azimuth - 80 * sv.DEGREES_PER_PIXEL) % 360, abs=1.0)
    assert view.elevation == pytest.approx(elevation + 40 * sv.DEGREES_PER_PIXEL, abs=1.0)
    assert not np.allclose(view.projected_mesh(), before)


def test_the_wheel_zooms(view, qtbot):
    before = np.array(view.getPlotItem().viewRange())
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    after = np.array(view.getPlotItem().viewRange())
    assert np.ptp(after[0]) < 0.9 * np.ptp(before[0])  # zoomed in
    view.reset_zoom()
    np.testing.assert_allclose(np.ptp(view.getPlotItem().viewRange()[0]), np.ptp(before[0]), rtol=0.05)


def test_holes_paths_leaving_the_square_and_current_points(view):
    values = book_grid()
    values[:, :100] = np.nan  # f undefined on the left half
    view.set_surface(values, BOUNDS)
    assert 0 < view.mesh.quad_count() < 31 * 31
    x = np.array([[-3.0, 4.0], [57.0, -76.0], [np.inf, np.nan]])  # lr = 10: out at step 1, then runaway
    view.set_paths([(x, (x**2).sum(axis=1), "#c62828"), (*book_path(), None)])
    first, second = view.projected_paths()
    assert np.isfinite(first).all(axis=1).tolist() == [True, False, False] and np.isfinite(second).all()
    view.set_current([[-3.0, 4.0, 25.0], [100.0, 0.0, 1e4]])  # the second is off the surface: not drawn
    assert len(view.current.data) == 1


def test_a_constant_or_empty_surface_draws_flat_or_nothing(shown):
    view = shown(SurfaceView(), size=(300, 300))
    view.set_surface(np.full((20, 20), 3.0), BOUNDS)
    assert view.mesh.quad_count() == 19 * 19
    assert np.isfinite(view.projected_mesh()).all()
    view.set_surface(np.full((20, 20), np.nan), BOUNDS)
    assert view.mesh.quad_count() == 0
    view.set_path(*book_path())  # no surface range: drawn at mid height, no error
    view.grab()


def test_paths_follow_a_new_surface_and_markers_move_alone(view):
    view.rotate(0.0, 90.0)
    view.set_current([[-3.0, 4.0, 25.0]])
    mesh = view.mesh.polygons
    view.set_current([[0.0, 0.0, 0.0]])  # an animation frame: the mesh is not rebuilt
    assert view.mesh.polygons is mesh
    np.testing.assert_allclose(np.column_stack(view.current.getData())[0], [0.0, 0.0], atol=1e-12)
    view.set_surface(book_grid(bounds=(-10.0, 10.0, -10.0, 10.0)), (-10.0, 10.0, -10.0, 10.0))
    np.testing.assert_allclose(view.projected_paths()[0][0], [-0.3, 0.4], atol=1e-12)  # (-3, 4) in a +-10 view
