"""The gradient tab's geometry, without Qt: f sampled for the heat map and contours, the -grad f arrows
(Book Figure 4-9) and the descent path clipped to the plotted square (Figure 4-10)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from scratchnn_core import numerical_gradient

Func2 = Callable[[np.ndarray, np.ndarray], np.ndarray]  # f(x0, x1), vectorised over arrays

BOUNDS = (-5.0, 5.0, -5.0, 5.0)  # x0 min, x0 max, x1 min, x1 max: the book's start and minima fit
H = 1e-4  # the book's step for the numerical gradient (descent_steps' default)


def column_function(func: Func2) -> Callable[[np.ndarray], np.ndarray]:
    """``f(x0, x1)`` as the core wants it: ``f(x)`` for a point (2,) or columns of points (2, N)."""
    return lambda x: func(x[0], x[1])


def evaluate(func: Func2, x0: np.ndarray, x1: np.ndarray) -> np.ndarray:
    """f on arrays as float64 of the arrays' shape; inf and nan kept, no warnings (a constant broadcasts)."""
    with np.errstate(all="ignore"):
        values = np.asarray(func(x0, x1), dtype=np.float64)
    return np.array(np.broadcast_to(values, np.broadcast(x0, x1).shape))


@dataclass(frozen=True, eq=False)
class Field:
    """f sampled on a regular grid for the heat map and its contour lines.

    ``values[i, j]`` is f at ``(x0[j], x1[i])`` (row-major: rows go up the x1 axis); non-finite values are
    nan. ``levels`` are evenly spaced in f, so close contours mean a steep slope, as on a map.
    """

    bounds: tuple[float, float, float, float]
    x0: np.ndarray
    x1: np.ndarray
    values: np.ndarray
    levels: np.ndarray
    value_range: tuple[float, float]


def compute_field(func: Func2, bounds=BOUNDS, resolution: int = 200, n_levels: int = 12) -> Field:
    """Sample ``func`` at the centres of a ``resolution`` x ``resolution`` grid of pixels over ``bounds``."""
    x0 = _centres(bounds[0], bounds[1], resolution)
    x1 = _centres(bounds[2], bounds[3], resolution)
    grid0, grid1 = np.meshgrid(x0, x1)
    values = evaluate(func, grid0, grid1)
    finite = np.isfinite(values)
    values[~finite] = np.nan
    if finite.any():
        low, high = float(values[finite].min()), float(values[finite].max())
    else:
        low, high = 0.0, 1.0
    if high <= low:  # a constant: give the colour map a range and draw no contours
        levels = np.empty(0)
        high = low + 1.0
    else:
        levels = np.linspace(low, high, n_levels + 2)[1:-1]
    return Field(tuple(bounds), x0, x1, values, levels, (low, high))


def _centres(low: float, high: float, n: int) -> np.ndarray:
    step = (high - low) / n
    return low + step * (np.arange(n) + 0.5)


@dataclass(frozen=True, eq=False)
class Quiver:
    """Arrows of -grad f at grid points (Book Figure 4-9).

    ``direction`` rows are unit vectors of -grad f (zero where the gradient is zero or not finite);
    ``magnitude`` is |grad f|, so a view can draw steep places with longer arrows.
    """

    points: np.ndarray  # (N, 2)
    direction: np.ndarray  # (N, 2)
    magnitude: np.ndarray  # (N,)
    spacing: float


def compute_quiver(func: Func2, bounds=BOUNDS, n: int = 18) -> Quiver:
    """-grad f on an ``n`` x ``n`` grid of cell centres, from the core's vectorised ``numerical_gradient``."""
    x0 = _centres(bounds[0], bounds[1], n)
    x1 = _centres(bounds[2], bounds[3], n)
    grid0, grid1 = np.meshgrid(x0, x1)
    points = np.column_stack([grid0.ravel(), grid1.ravel()])
    with np.errstate(all="ignore"):
        grad = numerical_gradient(column_function(func), points, H, batch=True, vectorized=True)
        magnitude = np.linalg.norm(grad, axis=1)
        usable = np.isfinite(magnitude) & (magnitude > 0)
        direction = np.zeros_like(grad)
        direction[usable] = -grad[usable] / magnitude[usable, None]
    magnitude[~np.isfinite(magnitude)] = 0.0
    spacing = min((bounds[1] - bounds[0]) / n, (bounds[3] - bounds[2]) / n)
    return Quiver(points, direction, magnitude, spacing)


def path_in_view(x: np.ndarray, bounds=BOUNDS, margin: float = 10.0) -> np.ndarray:
    """The path clipped to ``margin`` view-widths around ``bounds`` so Qt never paints at 1e13.

    Inside the margin the points are exact, so segments that leave the view still leave it in the right
    direction; far points are pinned to the margin. Non-finite points become nan (a gap in the line).
    """
    width, height = bounds[1] - bounds[0], bounds[3] - bounds[2]
    with np.errstate(all="ignore"):
        clipped = np.column_stack([
            np.clip(x[:, 0], bounds[0] - margin * width, bounds[1] + margin * width),
            np.clip(x[:, 1], bounds[2] - margin * height, bounds[3] + margin * height)])
    clipped[~np.isfinite(x).all(axis=1)] = np.nan
    return clipped


def inside(point, bounds=BOUNDS) -> bool:
    """True if ``point`` lies within ``bounds`` (the plotted area)."""
    return bool(bounds[0] <= point[0] <= bounds[1] and bounds[2] <= point[1] <= bounds[3])


def view_exit(x: np.ndarray, bounds=BOUNDS) -> tuple[int, np.ndarray] | None:
    """First step outside ``bounds`` and where the segment to it crosses the border; None if it stays in.

    Vectorised (a 5000-step path is checked in microseconds, on every animation frame)."""
    x = np.asarray(x, dtype=np.float64).reshape(-1, 2)
    undefined = np.isnan(x).any(axis=1)
    with np.errstate(invalid="ignore"):
        within = (bounds[0] <= x[:, 0]) & (x[:, 0] <= bounds[1]) & (bounds[2] <= x[:, 1]) & (x[:, 1] <= bounds[3])
    stops = np.flatnonzero((undefined | ~within)[1:]) + 1
    if stops.size == 0 or undefined[stops[0]]:  # f undefined there: the path ended, it did not leave
        return None
    step = int(stops[0])
    return step, _border_crossing(x[step - 1], x[step], bounds)


def _border_crossing(a: np.ndarray, b: np.ndarray, bounds) -> np.ndarray:
    """Where the segment from ``a`` (inside) towards ``b`` (outside) leaves the rectangle."""
    if not np.isfinite(b).all():
        return a.copy()
    d = b - a
    t_exit = 1.0
    for axis, (low, high) in enumerate((bounds[:2], bounds[2:])):
        if d[axis] > 0:
            t_exit = min(t_exit, (high - a[axis]) / d[axis])
        elif d[axis] < 0:
            t_exit = min(t_exit, (low - a[axis]) / d[axis])
    return a + max(t_exit, 0.0) * d
