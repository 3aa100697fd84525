"""Partial derivatives as slopes of 1-D slices of f(x0, x1) (Book 4.3.3), collected into the gradient (4.4).

The book fixes one variable and differentiates what is left::

    def function_tmp1(x0):
        return x0*x0 + 4.0**2.0
    numerical_diff(function_tmp1, 3.0)   # 6.00000000000378

This module does exactly that for any f and any point (c0, c1): the slice functions are written the book's
way, ``lambda x0: f(x0, c1)`` and ``lambda x1: f(c0, x1)``, and the core's ``tangent_line`` (which calls
``numerical_diff``) gives each slope. Because the *whole* f is evaluated, the fixed variable's term stays in
(``+ 4.0**2``), and that term matters for the last digits: the rounding of ``f(x0 + h)`` depends on the
size of f, so ``x0**2`` alone gives 6.000000000012662 at 3 but ``x0**2 + 16`` the book's 6.00000000000378.
The same arithmetic is what ``numerical_gradient`` does at (c0, c1), so the slopes ARE the gradient arrow.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from app.tabs.gradient_field import BOUNDS, H, Func2, evaluate
from scratchnn_core import tangent_line

SAMPLES = 200  # points per slice curve
OUTSIDE_MARGIN = 0.1  # a point outside the bounds: extend the slice by this fraction of its width


def slice_functions(func: Func2, c0: float, c1: float) -> tuple[Callable, Callable]:
    """The book's ``function_tmp1`` and ``function_tmp2`` for f at (c0, c1): x1 fixed, then x0 fixed."""
    c0, c1 = float(c0), float(c1)
    return (lambda x0: func(x0, c1)), (lambda x1: func(c0, x1))


@dataclass(frozen=True, eq=False)
class Slice:
    """f along one axis with the other variable fixed, and its tangent at the point (Book Figure 4-7 style).

    ``axis`` 0 is f(x0, x1 = fixed) as a function of x0; ``axis`` 1 is f(x0 = fixed, x1) of x1.
    ``slope`` is the partial derivative at ``at`` (the core's ``numerical_diff`` with h = 1e-4).
    """

    axis: int
    fixed: float
    at: float
    value: float
    slope: float
    intercept: float
    t: np.ndarray  # the free variable's samples
    values: np.ndarray  # f along the slice (nan where undefined)

    def tangent(self, t):
        """The tangent line ``slope * t + intercept`` (what the core's ``tangent_line`` returns)."""
        return self.slope * np.asarray(t, dtype=np.float64) + self.intercept

    def tangent_values(self) -> np.ndarray:
        with np.errstate(all="ignore"):
            return self.tangent(self.t)


@dataclass(frozen=True, eq=False)
class Partials:
    """Both slices at ``point`` and the gradient they make: (df/dx0, df/dx1) (Book 4.4)."""

    point: tuple[float, float]
    value: float
    x0: Slice
    x1: Slice

    @property
    def gradient(self) -> np.ndarray:
        return np.array([self.x0.slope, self.x1.slope])

    @property
    def finite(self) -> bool:
        """False where f or a slope is not a number (log(x0) at x0 <= 0, say): then there is no arrow."""
        return bool(np.isfinite(self.value) and np.isfinite(self.gradient).all())

    def vector_text(self, digits: int | None = None) -> str:
        """The gradient as Python prints it, every digit: ``(6.00000000000378, 7.999999999999119)``."""
        return vector_text(self.gradient, digits)


def vector_text(vector, digits: int | None = None) -> str:
    """``(a, b)`` with ``repr`` of each float (the digits the book's ``numerical_diff`` prints), or rounded
    to ``digits`` significant digits as numpy shows an array (``(6, 8)``, the book's ``array([6., 8.])``)."""
    if digits is None:
        return "(" + ", ".join(repr(float(v)) for v in vector) + ")"
    return "(" + ", ".join(f"{float(v):.{digits}g}" for v in vector) + ")"


def partials(func: Func2, point, bounds=BOUNDS, samples: int = SAMPLES) -> Partials:
    """Slices of ``func`` through ``point`` over ``bounds`` (widened to reach a point outside them)."""
    c0, c1 = float(point[0]), float(point[1])
    if not (np.isfinite(c0) and np.isfinite(c1)):
        raise ValueError(f"the point must be finite, got ({c0}, {c1})")
    along_x0, along_x1 = slice_functions(func, c0, c1)
    first = _slice(0, along_x0, c1, c0, _span(bounds[0], bounds[1], c0), samples)
    second = _slice(1, along_x1, c0, c1, _span(bounds[2], bounds[3], c1), samples)
    return Partials((c0, c1), first.value, first, second)


def _slice(axis: int, function, fixed: float, at: float, span, samples: int) -> Slice:
    with np.errstate(all="ignore"):
        line = tangent_line(function, at, H)  # numerical_diff(function, at, 1e-4), central: the book's
        t = np.linspace(span[0], span[1], samples)
        values = evaluate(lambda a, _b: function(a), t, t)
        value = float(function(at))
    values[~np.isfinite(values)] = np.nan
    return Slice(axis, fixed, at, value, float(line.slope), float(line.intercept), t, values)


def _span(low: float, high: float, c: float) -> tuple[float, float]:
    """``(low, high)``, widened so that ``c`` is inside with a margin (a far start still has its tangent)."""
    if low <= c <= high:
        return low, high
    width = max(high - low, abs(c - low), abs(c - high))
    return min(low, c - OUTSIDE_MARGIN * width), max(high, c + OUTSIDE_MARGIN * width)
