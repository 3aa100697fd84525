"""The quiver item: a field of arrows as one curve of segment pairs (Book Figure 4-9)."""
import numpy as np

from app.widgets.quiver import QuiverItem, arrow_lengths, arrow_segments

def test_arrow_segments_draw_shaft_and_two_barbs():
    x, y = arrow_segments(np.array([[0.0, 0.0], [5.0, 5.0]]), np.array([[1.0, 0.0], [0.0, 0.0]]))
    assert len(x) == 6  # the zero vector draws nothing
    c, s = 0.3 * np.cos(np.deg2rad(25)), 0.3 * np.sin(np.deg2rad(25))
    np.testing.assert_allclose(np.column_stack([x, y]),
                               [[0, 0], [1, 0], [1, 0], [1 - c, -s], [1, 0], [1 - c, s]], atol=1e-12)


def test_arrow_lengths_grow_with_magnitude_from_a_floor():
    np.testing.assert_allclose(arrow_lengths(np.array([0.0, 1.0, 2.0]), 1.0), [0.0, 0.65, 1.0])
    assert not arrow_lengths(np.zeros(3), 1.0).any()


def test_quiver_item_is_one_curve_of_pairs(qtbot):
    item = QuiverItem()
    item.set_arrows(np.zeros((4, 2)), np.ones((4, 2)))
    assert item.arrow_count() == 4 and item.opts["connect"] == "pairs"
