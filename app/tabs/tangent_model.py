"""What the tangent tab shows, computed without Qt: f, its tangent at x, and how wrong the difference quotient is.

Book 4.3: the numerical derivative ``(f(x+h) - f(x-h)) / 2h`` approximates the true slope. It goes wrong two
ways: with a large h the quotient is the slope of a secant, not the tangent (truncation error, O(h) forward,
O(h^2) central); with a tiny h, ``x + h`` rounds to ``x`` in float64 and the quotient is 0 (rounding error,
the book's h = 1e-50). :meth:`TangentModel.error_curve` measures both against the analytical derivative.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from app.expression import ParsedExpression, parse_expression
from app.texts import QT_TRANSLATE_NOOP, TranslatableError
from scratchnn_core import numerical_diff, tangent_line

BOOK_FUNCTION = "0.01*x**2 + 0.1*x"  # the book's function_1
DEFAULT_X = 5.0
DEFAULT_RANGE = (0.0, 20.0)  # Figure 4-7
H_EXPONENT_RANGE = (-50.0, -1.0)  # h from 1e-50 (the book's bad example) to 0.1
DEFAULT_H_EXPONENT = -4.0  # the book's h = 1e-4
METHODS = ("central", "forward")
MAX_WIDTH = 1e6  # a wider x range draws nothing useful
CURVE_POINTS, ERROR_POINTS = 401, 200
KINK_PROBE = 1e-6  # relative distance from x at which the slopes left and right of a branch switch are compared
ERROR_FLOOR = 1e-20  # an error of exactly 0 cannot sit on a log axis: it is drawn here, and labelled
X_NOT_FINITE = QT_TRANSLATE_NOOP("TangentTab", "x must be a finite number")
BAD_RANGE = QT_TRANSLATE_NOOP("TangentTab", "the x range needs min < max, at most {width:g} wide")
BAD_H = QT_TRANSLATE_NOOP("TangentTab", "h must be between 1e-50 and 1e-1")
BAD_METHOD = QT_TRANSLATE_NOOP("TangentTab", "method must be one of {methods}")
_NOT_YET = object()  # the derivative of the book's function, before its first use


# label, expression, x range, x
PRESETS = ((QT_TRANSLATE_NOOP("TangentTab", "Book: 0.01x² + 0.1x"), BOOK_FUNCTION, DEFAULT_RANGE, DEFAULT_X),
           (QT_TRANSLATE_NOOP("TangentTab", "x²"), "x**2", (-5.0, 5.0), 1.0),
           (QT_TRANSLATE_NOOP("TangentTab", "x³ - 3x"), "x**3 - 3*x", (-3.0, 3.0), 0.5),
           (QT_TRANSLATE_NOOP("TangentTab", "sin x"), "sin(x)", (-10.0, 10.0), 1.0),
           (QT_TRANSLATE_NOOP("TangentTab", "exp x"), "exp(x)", (-3.0, 3.0), 1.0),
           (QT_TRANSLATE_NOOP("TangentTab", "1/x"), "1/x", (0.1, 5.0), 1.0),
           (QT_TRANSLATE_NOOP("TangentTab", "|x|: no derivative at 0"), "abs(x)", (-5.0, 5.0), 0.0))


def h_from_exponent(exponent: float) -> float:
    """10**exponent, exact to the literal for whole exponents (so -4 gives the book's 1e-4 bit for bit)."""
    return float(f"1e{int(exponent)}") if float(exponent).is_integer() else 10.0 ** exponent


@dataclass(frozen=True)
class Readout:
    """The numbers beside the plot. ``analytic`` is None with a ``reason`` when there is none to show."""

    x: float
    fx: float
    numerical: float
    analytic: float | None
    formula: str | None
    difference: float | None
    reason: str | None  # "f overflow"/"f undefined" (f is inf/nan at x), "kink", "no formula", "overflow", "undefined"


@dataclass(frozen=True)
class ErrorCurve:
    """|numerical - analytical| against h; ``clipped`` marks exact zeros drawn at ``floor``."""

    h: np.ndarray
    error: np.ndarray
    clipped: np.ndarray
    floor: float
    current_h: float
    current_error: float | None


class TangentModel:
    """Inputs (expression, x, h, method, x range) and everything derived from them (Book 4.3.1-4.3.2)."""

    def __init__(self) -> None:
        self.expression = BOOK_FUNCTION
        self.parsed: ParsedExpression = parse_expression(BOOK_FUNCTION, ("x",))
        self._derivative: object = _NOT_YET  # ParsedExpression | None once taken: see derivative
        self.x = DEFAULT_X
        self.x_range = DEFAULT_RANGE
        self.h_exponent = DEFAULT_H_EXPONENT
        self.method = "central"

    # -- inputs: each raises a TranslatableError (ExpressionError for f) and changes nothing when bad --------
    def set_expression(self, text: str) -> None:
        """Parse f and its analytical derivative; ExpressionError if either is refused (too complex for sympy).
        The current f again changes nothing (restoring the book's function at start-up needs no sympy)."""
        if text.strip() == self.expression:
            return
        parsed = parse_expression(text, ("x",))
        self.parsed, self._derivative, self.expression = parsed, parsed.derivative("x"), text.strip()

    def set_x(self, x: float) -> None:
        """Move the point; it stays inside the x range."""
        x = float(x)
        if not np.isfinite(x):
            raise TranslatableError(X_NOT_FINITE, context="TangentTab")
        self.x = min(max(x, self.x_range[0]), self.x_range[1])

    def set_range(self, low: float, high: float) -> None:
        low, high = float(low), float(high)
        if not (np.isfinite(low) and np.isfinite(high) and low < high and high - low <= MAX_WIDTH):
            raise TranslatableError(BAD_RANGE, context="TangentTab", width=MAX_WIDTH)
        self.x_range = (low, high)
        self.set_x(self.x)

    def set_h_exponent(self, exponent: float) -> None:
        exponent = float(exponent)
        if not H_EXPONENT_RANGE[0] <= exponent <= H_EXPONENT_RANGE[1]:
            raise TranslatableError(BAD_H, context="TangentTab")
        self.h_exponent = exponent

    def set_method(self, method: str) -> None:
        if method not in METHODS:
            raise TranslatableError(BAD_METHOD, context="TangentTab", methods=METHODS)
        self.method = method

    @property
    def h(self) -> float:
        return h_from_exponent(self.h_exponent)

    @property
    def f(self) -> Callable:
        return self.parsed.func

    @property
    def derivative(self) -> ParsedExpression | None:
        """f' from sympy, or None if it has no numpy value. The book's function's is taken on first use, so
        that building the tab (the main window builds every tab at start) does not import sympy."""
        if self._derivative is _NOT_YET:
            self._derivative = self.parsed.derivative("x")
        return self._derivative

    # -- outputs ----------------------------------------------------------------------------------------------
    def curve(self) -> tuple[np.ndarray, np.ndarray]:
        """f sampled over the x range (non-finite values as nan: gaps in the plot)."""
        xs = np.linspace(*self.x_range, CURVE_POINTS)
        ys = np.asarray(self.f(xs), dtype=np.float64)
        return xs, np.where(np.isfinite(ys), ys, np.nan)

    def y_range(self) -> tuple[float, float]:
        """A view of the curve that a pole (1/x near 0) cannot flatten: the 2nd-98th percentile, padded."""
        ys = self.curve()[1]
        ys = ys[np.isfinite(ys)]
        if ys.size == 0:
            return -1.0, 1.0
        low, high = np.percentile(ys, [2, 98]) if ys.size > 50 else (ys.min(), ys.max())
        pad = 0.1 * (high - low) or max(abs(high), 1.0) * 0.1
        return float(low - pad), float(high + pad)

    def tangent(self) -> Callable:
        """The core's tangent line at x with the chosen h and method (Book 4.3.2); has ``slope``, ``intercept``."""
        with np.errstate(all="ignore"):
            return tangent_line(self.f, self.x, self.h, self.method)

    def tangent_curve(self) -> tuple[np.ndarray, np.ndarray]:
        xs = np.linspace(*self.x_range, 2)
        ys = np.asarray(self.tangent()(xs), dtype=np.float64)
        return xs, np.where(np.isfinite(ys), ys, np.nan)

    def analytic_value(self) -> tuple[float | None, str | None]:
        """f'(x) from sympy's formula, or None and why not.

        Where f itself is not finite (``1/(x-x)``, ``sqrt(x-x-1)``) there is no derivative, whatever sympy's
        formula gives (it simplifies x - x to 0 before it differentiates).
        """
        if not np.isfinite(self.f(self.x)):  # too large for float64 (exp(1000*x)), or not defined (1/(x-x))
            return None, "f overflow" if self.parsed.overflows_at(self.x) else "f undefined"
        if self.derivative is None:
            return None, "no formula"
        if self._slope_jumps():
            return None, "kink"
        value = float(self.derivative.func(self.x))
        if np.isfinite(value):
            return value, None
        return None, "overflow" if self.derivative.overflows_at(self.x) else "undefined"

    def _slope_jumps(self) -> bool:
        """True at a kink: a branch of abs, maximum, minimum or relu switches at x and the slope jumps there.

        A switch between equal branches (``minimum(x**1, x)``) or an inactive one (``maximum(abs(x), 5)`` at
        0) is no kink. A jump keeps its size as the two sides close in on x; a smooth slope's gap shrinks.
        """
        if not self.parsed.has_kink_at(self.x):
            return False
        slope = self.derivative.func
        wide = KINK_PROBE * max(1.0, abs(self.x))
        with np.errstate(all="ignore"):
            gaps = [abs(float(slope(self.x + d)) - float(slope(self.x - d))) for d in (wide, wide / 16)]
        if not np.all(np.isfinite(gaps)):
            return True
        return gaps[1] > 0.5 * gaps[0] and gaps[0] > 1e-9 * (1.0 + abs(float(slope(self.x))))

    def readout(self) -> Readout:
        with np.errstate(all="ignore"):
            numerical = float(numerical_diff(self.f, self.x, self.h, self.method))
        analytic, reason = self.analytic_value()
        formula = None if self.derivative is None else self.derivative.formula
        difference = None if analytic is None else numerical - analytic
        return Readout(self.x, float(self.f(self.x)), numerical, analytic, formula, difference, reason)

    def error_curve(self) -> ErrorCurve:
        """|numerical - analytical| for ERROR_POINTS values of h from 1e-50 to 1e-1 (one vectorised call)."""
        hs = np.logspace(*H_EXPONENT_RANGE, ERROR_POINTS)
        analytic, _ = self.analytic_value()
        if analytic is None:
            empty = np.empty(0)
            return ErrorCurve(empty, empty, np.empty(0, dtype=bool), ERROR_FLOOR, self.h, None)
        with np.errstate(all="ignore"):
            error = np.abs(numerical_diff(self.f, self.x, hs, self.method) - analytic)
            current = abs(float(numerical_diff(self.f, self.x, self.h, self.method)) - analytic)
        positive = error[error > 0]
        floor = min(ERROR_FLOOR, positive.min() / 10) if positive.size else ERROR_FLOOR
        clipped = error == 0
        error = np.where(clipped, floor, error)
        return ErrorCurve(hs, error, clipped, floor, self.h,
                          max(current, floor) if np.isfinite(current) else None)

    def csv_rows(self) -> list[list]:
        """Header and rows of x, f(x), tangent(x) over the x range."""
        xs, ys = self.curve()
        tangent = np.asarray(self.tangent()(xs), dtype=np.float64)
        return [["x", "f(x)", "tangent"]] + [[repr(float(a)), repr(float(b)), repr(float(c))]
                                             for a, b, c in zip(xs, ys, tangent)]
