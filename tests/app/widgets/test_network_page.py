"""The Network page on its own: counts of the book's net, W1 as diverging-colour maps, click to enlarge."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from app.widgets.network_page import NetworkPage, parameter_counts
from app.widgets.styles import DIVERGING
from app.widgets.weight_maps import grid_shape, weight_tiles
from scratchnn_core import TwoLayerNet


def test_the_books_net_has_39760_parameters():
    counts = parameter_counts(50)
    assert [(name, n) for name, _, n in counts] == [("W1", 39200), ("b1", 50), ("W2", 500), ("b2", 10)]
    assert sum(n for *_, n in counts) == 39760  # Book 4.5.1: 784*50 + 50 + 50*10 + 10
    net = TwoLayerNet(784, 50, 10, seed=0)
    assert sum(p.size for p in net.params.values()) == 39760


def test_tiles_are_the_columns_of_w1_in_a_diverging_map():
    w1 = np.zeros((784, 3), dtype=np.float32)
    w1[0, 0], w1[783, 0] = 2.0, -1.0  # unit 0: pixel (0, 0) most positive, (27, 27) half as negative
    w1[5, 1] = -0.001                 # unit 1: one tiny negative weight, scaled to its own maximum
    tiles = weight_tiles(w1)
    assert tiles.shape == (3, 28, 28, 3) and tiles.dtype == np.uint8
    red, white, blue = (DIVERGING.map(v, mode="byte")[:3].tolist() for v in (1.0, 0.5, 0.0))
    assert tiles[0, 0, 0].tolist() == red and tiles[1, 0, 5].tolist() == blue
    assert tiles[0, 1, 1].tolist() == tiles[2, 0, 0].tolist() == pytest.approx(white, abs=2)
    half_blue = tiles[0, 27, 27]  # -1 on a scale of 2: halfway from white to blue
    assert half_blue.tolist() == pytest.approx(DIVERGING.map(0.25, mode="byte")[:3].tolist(), abs=2)


@pytest.mark.parametrize("count, width, height, columns", [(50, 700, 350, 10), (50, 350, 700, 5), (1, 100, 100, 1)])
def test_grid_uses_the_room(count, width, height, columns):
    cols, rows, side = grid_shape(count, width, height)
    assert cols == columns and cols * rows >= count and side >= 28


def test_page_shows_a_network_and_enlarges_the_clicked_unit(qtbot):
    page = NetworkPage()
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    assert "39,760 parameters" in page.summary.text()
    page.show_planned(100)
    assert "79,510 parameters" in page.summary.text()  # 784*100 + 100 + 100*10 + 10
    net = TwoLayerNet(784, 20, 10, seed=1)
    page.set_weights(net.params["W1"])
    assert page.maps.count() == 20 and "15,910 parameters" in page.summary.text()
    page.show_planned(50)  # a network is shown: the form's size does not replace its counts
    assert "15,910 parameters" in page.summary.text()
    centre = page.maps.tile_rect(7).center()
    qtbot.mouseClick(page.maps, Qt.MouseButton.LeftButton, pos=QPoint(centre.x(), centre.y()))
    assert page.maps.selected == 7
    np.testing.assert_array_equal(page.image.image, net.params["W1"][:, 7].reshape(28, 28))
    limit = float(np.abs(net.params["W1"][:, 7]).max())
    assert page.color_bar.levels() == pytest.approx((-limit, limit))
    assert "7" in page.unit_title.text()


def test_offered_weights_are_drawn_only_while_visible(qtbot):
    page = NetworkPage()
    qtbot.addWidget(page)
    w1 = np.ones((784, 5), dtype=np.float32)
    page.offer_weights(w1)
    assert page.flush() is False and page.weights() is None  # hidden: nothing drawn, nothing spent
    page.show()
    qtbot.waitExposed(page)
    assert page.flush() is True and page.weights() is w1
    assert page.flush() is False  # nothing new


def test_a_diverged_networks_weights_are_drawn_on_the_finite_ones_scale(qtbot):
    """A diverged run leaves NaN and +-inf in W1 (blank pixels' rows keep inf): the colour bar spans the
    finite weights, and a unit with none of them gets the unit scale instead of an error."""
    page = NetworkPage()
    qtbot.addWidget(page)
    w1 = np.full((784, 2), np.nan, dtype=np.float32)
    w1[:10, 0], w1[10:20, 0], w1[20, 0] = np.inf, -np.inf, -0.25
    w1[:5, 1] = np.inf
    page.set_weights(w1)
    assert page.color_bar.levels() == pytest.approx((-0.25, 0.25))
    page.maps.unit_clicked.emit(1)  # as a click on unit 1 does
    assert page.color_bar.levels() == pytest.approx((-1.0, 1.0))
