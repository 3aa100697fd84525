"""The gradient tab's map on its own: field, paths, markers, the gradient arrow and the mouse signals."""
import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from app.widgets.descent_map import SYMBOLS_UP_TO, DescentMap

BOUNDS = (-5.0, 5.0, -5.0, 5.0)
COLOURS = ("#ef6c00", "#00838f")


@pytest.fixture
def view(shown):
    widget = shown(DescentMap(COLOURS), size=(500, 500))
    values = np.arange(16.0).reshape(4, 4)
    widget.set_field(values, (0.0, 15.0), BOUNDS, [0.0, 1.0], [0.0, 1.0], [[0.0, 0.0]], [[1.0, 0.0]])
    widget.set_view(BOUNDS)
    return widget


def scene_point(view, x0, x1):
    return QPointF(view.mapFromScene(view.getPlotItem().vb.mapViewToScene(QPointF(x0, x1))))


def move(view, x0, x1):
    viewport, point = view.viewport(), scene_point(view, x0, x1)
    QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseMove, point, viewport.mapToGlobal(point),
                                                 Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                                 Qt.KeyboardModifier.NoModifier))


def test_field_and_view(view):
    assert view.image.image.shape == (4, 4) and view.quiver.arrow_count() == 1
    assert len(view.contours.getData()[0]) == 2
    (x_low, x_high), (y_low, y_high) = view.getPlotItem().vb.viewRange()
    assert x_low <= -5 and x_high >= 5 and y_low <= -5 and y_high >= 5


def test_paths_legend_and_long_paths(view):
    path = np.column_stack([np.linspace(-3, 0, 11), np.linspace(4, 0, 11)])
    view.set_paths([(path, "#1f4e9c", "lr = 0.1")])
    assert not view.legend.isVisible() and view.paths[0].opts["symbol"] == "o"
    long = np.zeros((SYMBOLS_UP_TO + 1, 2))
    view.set_paths([(path, "#1f4e9c", "lr = 0.1"), (long, "#c62828", "lr = 10")])
    assert view.legend.isVisible() and len(view.legend.items) == 2 and view.paths[1].opts["symbol"] is None
    view.set_paths([(path, "#1f4e9c", "lr = 0.1")])
    assert not view.paths[1].isVisible() and len(view.legend.items) == 1


def test_markers_skip_points_that_are_not_finite(view):
    view.set_markers([(-3.0, 4.0)], [(0.0, 0.0), (np.nan, np.inf)], ["#1f4e9c", "#c62828"], [(3.75, -5.0)])
    assert len(view.starts.data) == 1 and len(view.currents.data) == 1 and len(view.exits.data) == 1


def test_the_gradient_arrow_and_its_two_components(view):
    view.set_gradient((3.0, 4.0), (6.0, 8.0))
    arrow = view.gradient_vector()
    np.testing.assert_allclose(arrow, [0.6, 0.8])  # direction of (6, 8), a tenth of the view's width long
    (x, y), (u, v) = view.components[0].getData(), view.components[1].getData()
    assert (x[1] - x[0], y[1] - y[0]) == pytest.approx((0.6, 0.0)) and (u[1] - u[0], v[1] - v[0]) == pytest.approx((0.0, 0.8))
    assert v[1] == pytest.approx(4.8) and u[0] == pytest.approx(3.6)  # tip to tail: they add up to the arrow
    assert [arrow.opts["pen"].color().name() for arrow in view.components] == list(COLOURS)
    view.set_gradient((0.0, 0.0), (0.0, 0.0))
    assert view.gradient_vector() is None


def test_mouse_rest_leave_and_click(view, qtbot):
    with qtbot.waitSignal(view.rested, timeout=5000) as rested:
        move(view, 1.0, -2.0)
    assert rested.args == pytest.approx([1.0, -2.0], abs=0.05)
    with qtbot.waitSignal(view.left, timeout=5000):
        QApplication.sendEvent(view, QEvent(QEvent.Type.Leave))
    with qtbot.assertNotEmitted(view.rested, wait=200):
        move(view, 6.0, 0.0)  # beyond the field's bounds: no slices there
    with qtbot.waitSignal(view.clicked, timeout=5000) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=scene_point(view, 2.0, 3.0).toPoint())
    assert clicked.args == pytest.approx([2.0, 3.0], abs=0.05)
