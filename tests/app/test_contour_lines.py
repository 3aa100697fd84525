"""Marching squares for the gradient tab's contour lines: circles, planes, nan holes and saddles."""
import numpy as np
import pytest

from app.tabs import gradient_field as gf
from app.tabs.contour_lines import contour_lines, field_contours

pytestmark = pytest.mark.filterwarnings("error")  # no RuntimeWarning from nan cells or flat edges


def book(x0, x1):
    return x0**2 + x1**2


def of_level(lines, index):
    """The vertices of the segments that ``level_index`` gives to level ``index``."""
    keep = np.repeat(lines.level_index == index, 2)
    return lines.x[keep], lines.y[keep]


def grid(func, n=101, bounds=(-5.0, 5.0, -5.0, 5.0)):
    x0 = np.linspace(bounds[0], bounds[1], n)
    x1 = np.linspace(bounds[2], bounds[3], n)
    g0, g1 = np.meshgrid(x0, x1)
    return x0, x1, func(g0, g1)


def test_a_circle_lies_on_the_circle_and_is_closed():
    x0, x1, values = grid(book)
    cell = x0[1] - x0[0]
    lines = contour_lines(x0, x1, values, [9.0])
    radius = np.hypot(lines.x, lines.y)
    assert lines.segment_count > 100
    assert np.abs(radius - 3.0).max() < 0.01 * cell  # chords of a circle of radius 60 cells: ~1e-3 cell
    # Closed: every vertex is shared by exactly two segments (neighbouring cells compute it identically).
    _, counts = np.unique(np.column_stack([lines.x, lines.y]), axis=0, return_counts=True)
    assert np.all(counts == 2)
    # Every segment is inside one cell (no segment jumps across the grid).
    dx, dy = np.abs(np.diff(lines.x.reshape(-1, 2))), np.abs(np.diff(lines.y.reshape(-1, 2)))
    assert dx.max() <= cell + 1e-12 and dy.max() <= cell + 1e-12


def test_a_plane_gives_straight_lines_at_the_right_height():
    x0, x1, values = grid(lambda a, b: 2 * a + b)
    levels = [-4.0, 0.5, 7.0]
    lines = contour_lines(x0, x1, values, levels)
    for index, level in enumerate(levels):
        x, y = of_level(lines, index)
        assert len(x) > 20
        np.testing.assert_allclose(2 * x + y, level, atol=1e-12)  # linear interpolation is exact on a plane
        # The vertices span the part of the line inside the square (x1 = level - 2 x0 within [-5, 5]).
        assert y.min() == pytest.approx(max(-5.0, level - 10.0)) and y.max() == pytest.approx(min(5.0, level + 10.0))


def test_nan_regions_produce_no_segments():
    x0, x1, values = grid(book)
    values[:, x0 < 0] = np.nan  # f undefined on the left half, as log(x0) would be
    lines = contour_lines(x0, x1, values, [4.0, 9.0])
    first_finite = x0[x0 >= 0][0]
    assert lines.segment_count > 0
    assert lines.x.min() >= first_finite  # no segment in or touching a cell with a nan corner
    everything_nan = contour_lines(x0, x1, np.full_like(values, np.nan), [4.0])
    assert everything_nan.segment_count == 0 and everything_nan.x.size == 0


def test_levels_outside_the_range_give_nothing():
    x0, x1, values = grid(book)  # 0 .. 50
    lines = contour_lines(x0, x1, values, [-1.0, 50.5, 1e9])
    assert lines.segment_count == 0
    assert contour_lines(x0, x1, values, []).segment_count == 0


def _segments(lines):
    pairs = np.round(np.column_stack([lines.x, lines.y]), 12).reshape(-1, 2, 2)
    return {frozenset(map(tuple, pair.tolist())) for pair in pairs}


@pytest.mark.parametrize("level, joined", [(0.4, True), (0.6, False)])
def test_a_saddle_cell_is_read_by_its_centre(level, joined):
    # One cell: bottom-left and top-right corners 1, the other two 0, so the centre (the mean) is 0.5.
    values = np.array([[1.0, 0.0], [0.0, 1.0]])  # values[i, j]: rows go up x1
    lines = contour_lines(np.array([0.0, 1.0]), np.array([0.0, 1.0]), values, [level])
    t = 1.0 - level  # from a high corner (1) to the crossing, along any edge
    bottom, right, top, left = (t, 0.0), (1.0, 1 - t), (1 - t, 1.0), (0.0, t)
    if joined:  # centre above the level: the high corners connect, the lines cut off the low corners
        expected = [(bottom, right), (top, left)]
    else:  # centre below: the high corners are islands
        expected = [(left, bottom), (right, top)]
    assert _segments(lines) == {frozenset((tuple(np.round(a, 12)), tuple(np.round(b, 12)))) for a, b in expected}


def test_field_contours_use_the_fields_levels():
    field = gf.compute_field(book)
    lines = field_contours(field)
    np.testing.assert_array_equal(lines.levels, field.levels)
    assert set(np.unique(lines.level_index)) == set(range(len(field.levels)))
    for index, level in enumerate(field.levels):
        x, y = of_level(lines, index)
        np.testing.assert_allclose(np.hypot(x, y), np.sqrt(level), atol=1e-3)
    flat = field_contours(gf.compute_field(lambda a, b: 0 * a + 3.0))  # constant f: no contours
    assert flat.levels.size == 0 and flat.segment_count == 0


def test_shape_mismatch_is_refused():
    with pytest.raises(ValueError, match="shape"):
        contour_lines(np.arange(3.0), np.arange(4.0), np.zeros((3, 4)), [0.5])
