"""Contour lines of f for the gradient tab's map, computed once per function (no Qt).

Marching squares, vectorised over every cell and every level at once: each grid cell whose four corners
are finite and straddle a level gets one or two line segments between the points where its edges cross
that level (linear interpolation). The result is one pair of vertex arrays for a single
``PlotCurveItem(connect="pairs")``, the same trick as ``app/widgets/quiver.py``: a dozen ``IsocurveItem``
objects (pyqtgraph's pure-Python marching squares, one per level) cost about 0.6 s per function.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.tabs.gradient_field import Field

# Edges of a cell (i, j): bottom (v00-v10), right (v10-v11), top (v01-v11), left (v00-v01).
BOTTOM, RIGHT, TOP, LEFT = range(4)
_NO = (-1, -1)
# Case = bit 0 for the bottom-left corner above the level, bit 1 bottom-right, bit 2 top-right, bit 3
# top-left; per case up to two segments as (edge, edge). Cases 5 and 10 are saddles: 16 and 17 are their
# other reading, used when the centre of the cell (the mean of its corners) is above the level too.
_SEGMENTS = np.array([
    (_NO, _NO), ((LEFT, BOTTOM), _NO), ((BOTTOM, RIGHT), _NO), ((LEFT, RIGHT), _NO),  # 0-3
    ((RIGHT, TOP), _NO), ((LEFT, BOTTOM), (RIGHT, TOP)), ((BOTTOM, TOP), _NO), ((LEFT, TOP), _NO),  # 4-7
    ((TOP, LEFT), _NO), ((BOTTOM, TOP), _NO), ((BOTTOM, RIGHT), (TOP, LEFT)), ((RIGHT, TOP), _NO),  # 8-11
    ((LEFT, RIGHT), _NO), ((BOTTOM, RIGHT), _NO), ((LEFT, BOTTOM), _NO), (_NO, _NO),  # 12-15
    ((BOTTOM, RIGHT), (TOP, LEFT)),  # 16: case 5 with the two high corners joined through the centre
    ((LEFT, BOTTOM), (RIGHT, TOP)),  # 17: case 10 likewise
])


@dataclass(frozen=True, eq=False)
class ContourLines:
    """Line segments of f = level, as vertex pairs: segment k runs from vertex 2k to vertex 2k + 1.

    ``x`` and ``y`` (data coordinates) go straight into ``PlotCurveItem.setData(x, y, connect="pairs")``;
    ``level_index[k]`` says which of ``levels`` segment k belongs to.
    """

    x: np.ndarray
    y: np.ndarray
    level_index: np.ndarray
    levels: np.ndarray

    @property
    def segment_count(self) -> int:
        return len(self.level_index)


def field_contours(field: Field) -> ContourLines:
    """Contour lines of a :class:`Field` at its ``levels`` (evenly spaced in f, as ``compute_field`` chose
    them; none for a constant f)."""
    return contour_lines(field.x0, field.x1, field.values, field.levels)


def contour_lines(x0: np.ndarray, x1: np.ndarray, values: np.ndarray, levels) -> ContourLines:
    """Marching squares over ``values[i, j]`` = f(x0[j], x1[i]) (row-major, as ``Field.values``).

    Cells with a non-finite corner are skipped, so nan regions (f undefined) produce no segments; a
    level outside the range of ``values`` crosses no cell and gives nothing.
    """
    x0, x1 = np.asarray(x0, dtype=np.float64), np.asarray(x1, dtype=np.float64)
    values = np.asarray(values, dtype=np.float64)
    levels = np.atleast_1d(np.asarray(levels, dtype=np.float64))
    if values.shape != (len(x1), len(x0)):
        raise ValueError(f"values must have shape (len(x1), len(x0)) = {(len(x1), len(x0))}, got {values.shape}")
    if values.shape[0] < 2 or values.shape[1] < 2 or levels.size == 0:
        return _empty(levels)
    corners = np.stack([values[:-1, :-1], values[:-1, 1:], values[1:, 1:], values[1:, :-1]])  # BL BR TR TL
    usable = np.isfinite(corners).all(axis=0)
    with np.errstate(invalid="ignore"):  # nan corners compare False; those cells are dropped anyway
        above = corners[None] > levels[:, None, None, None]  # (level, corner, i, j)
    bits = above.view(np.uint8)  # bool as 0/1 bytes: the case index stays one byte per cell
    case = bits[:, 0] | (bits[:, 1] << 1) | (bits[:, 2] << 2) | (bits[:, 3] << 3)
    level, i, j = np.nonzero(usable[None] & (case != 0) & (case != 15))
    if level.size == 0:
        return _empty(levels)
    case = case[level, i, j]
    v = corners[:, i, j]  # (4, n): only the cells that are crossed
    lv = levels[level]
    saddle = (case == 5) | (case == 10)
    centre_above = v.mean(axis=0) > lv
    case = np.where(saddle & centre_above, np.where(case == 5, 16, 17), case)
    points = _edge_crossings(x0, x1, i, j, v, lv)  # (4 edges, n, 2)
    xs, ys, owners = [], [], []
    for slot in range(2):
        edges = _SEGMENTS[case, slot]  # (n, 2)
        has = edges[:, 0] >= 0
        cells = np.flatnonzero(has)
        start = points[edges[has, 0], cells]
        end = points[edges[has, 1], cells]
        real = (start != end).any(axis=1)  # a corner exactly at the level gives zero-length pieces: drop
        start, end = start[real], end[real]
        has[cells[~real]] = False
        pairs = np.stack([start, end], axis=1).reshape(-1, 2)
        xs.append(pairs[:, 0])
        ys.append(pairs[:, 1])
        owners.append(level[has])
    return ContourLines(np.concatenate(xs), np.concatenate(ys), np.concatenate(owners), levels)


def _edge_crossings(x0, x1, i, j, v, lv) -> np.ndarray:
    """Where the level crosses each of the four edges of the cells (meaningful only on crossed edges).

    A shared edge is computed from the same two corner values in the same order by both of its cells, so
    neighbouring segments meet exactly and the lines have no gaps.
    """
    bl, br, tr, tl = v
    left, right, bottom, top = x0[j], x0[j + 1], x1[i], x1[i + 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        t_bottom = (lv - bl) / (br - bl)
        t_right = (lv - br) / (tr - br)
        t_top = (lv - tl) / (tr - tl)
        t_left = (lv - bl) / (tl - bl)
    return np.stack([
        np.column_stack([left + t_bottom * (right - left), bottom]),
        np.column_stack([np.broadcast_to(right, i.shape), bottom + t_right * (top - bottom)]),
        np.column_stack([left + t_top * (right - left), top]),
        np.column_stack([np.broadcast_to(left, i.shape), bottom + t_left * (top - bottom)]),
    ])


def _empty(levels: np.ndarray) -> ContourLines:
    return ContourLines(np.empty(0), np.empty(0), np.empty(0, dtype=np.intp), levels)
