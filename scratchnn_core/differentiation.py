"""Numerical differentiation and tangent lines (Book 4.3.1 - 4.3.2)."""
from __future__ import annotations

import numpy as np

__all__ = ["numerical_diff", "tangent_line"]

_METHODS = ("central", "forward")


def _as_point(x):
    """A Python float for scalars, a float64 array for arrays (ints never truncate ``x + h``)."""
    if np.ndim(x) == 0:
        return float(x)
    return np.asarray(x, dtype=np.float64)


def numerical_diff(f, x, h=1e-4, method="central"):
    """Derivative of ``f`` at ``x`` by a finite difference (Book 4.3.1).

    Parameters
    ----------
    f : callable
        A function of one variable. With an array ``x`` it is called with arrays
        and must work element-wise, giving one derivative per element.
    x : float or array_like
        Where to differentiate. Computed in float64.
    h : float
        The step. The book's 1e-4; with ``h=1e-50`` and ``method="forward"``,
        ``x + h`` rounds to ``x`` and the result is exactly 0.0 (Book 4.3.1's bad example).
    method : {"central", "forward"}
        ``(f(x+h) - f(x-h)) / 2h`` (the book's choice, error O(h^2)) or
        ``(f(x+h) - f(x)) / h`` (error O(h)).

    Examples
    --------
    >>> numerical_diff(lambda x: 0.01 * x**2 + 0.1 * x, 5)
    0.1999999999990898
    """
    if method not in _METHODS:
        raise ValueError(f"method must be 'central' or 'forward', not {method!r}")
    x = _as_point(x)
    if method == "central":
        return (f(x + h) - f(x - h)) / (2 * h)
    return (f(x + h) - f(x)) / h


def tangent_line(f, x, h=1e-4, method="central"):
    """The tangent of ``f`` at ``x`` as a callable ``t -> d*t + (f(x) - d*x)`` (Book 4.3.2).

    The returned function carries its ``slope`` ``d`` and ``intercept`` as attributes,
    so a GUI can print them; unlike the book's version, nothing is printed.
    """
    x = _as_point(x)
    d = numerical_diff(f, x, h, method)
    y = f(x) - d * x

    def line(t):
        return d * t + y

    line.slope = d
    line.intercept = y
    return line
