"""Gradient descent, as the book's final point or as the whole path (Book 4.4.1).

``descent_steps`` is the one implementation: a generator of small frozen
records, one per point of the path, that an animation can draw as they come.
``gradient_descent`` runs it to the end and returns the last point, which is
the book's function bit for bit (same arithmetic, same order), except that the
caller's ``init_x`` is left untouched.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .gradient import numerical_gradient

__all__ = ["DescentStep", "descent_steps", "gradient_descent"]

#: ``|x|`` beyond this many times the start scale counts as divergence.
DIVERGENCE_FACTOR = 1e6


@dataclass(frozen=True, eq=False)
class DescentStep:
    """One point of a descent path (``x`` and ``grad`` are read-only copies).

    Attributes
    ----------
    step : int
        0 for the start point, k after k updates ``x -= lr * grad``.
    x, grad : numpy.ndarray
        The point and the numerical gradient there (float64, shape of ``init_x``).
    value : float
        ``f(x)``.
    grad_norm : float
        Euclidean norm of ``grad``.
    diverged : bool
        ``value`` or ``x`` is not finite, or ``max |x|`` grew beyond 1e6 times the
        start scale ``max(max |init_x|, 1)``. Once set it stays set.
    stalled : bool
        The gradient is exactly zero only because ``x + h`` and ``x - h`` round to
        ``x`` in some coordinate, so descent cannot move any more (what the book's
        lr=10 run hides).
    """

    step: int
    x: np.ndarray
    value: float
    grad: np.ndarray
    grad_norm: float
    diverged: bool
    stalled: bool


def _frozen(a):
    a = a.copy()
    a.flags.writeable = False
    return a


def descent_steps(f, init_x, lr=0.01, step_num=100, h=1e-4):
    """Yield the gradient descent path ``x <- x - lr * grad f(x)`` (Book 4.4.1).

    Parameters
    ----------
    f : callable
        ``f(x) -> float`` for an array ``x`` of the shape of ``init_x``.
    init_x : array_like
        Start point, any shape and numeric dtype; copied to float64, never changed.
    lr : float
        Learning rate.
    step_num : int
        Number of updates; ``step_num + 1`` records are yielded (step 0 is the start).
    h : float
        Step of the numerical gradient.

    Yields
    ------
    DescentStep
        Overflows (``exp`` of a diverging path, say) give inf or nan in the record,
        never a RuntimeWarning.
    """
    if step_num < 0:
        raise ValueError(f"step_num must be >= 0, got {step_num}")
    x = np.array(init_x, dtype=np.float64)  # our own copy: the book mutates init_x
    scale = max(float(np.max(np.abs(x), initial=0.0)), 1.0)
    diverged = False
    for step in range(step_num + 1):
        with np.errstate(all="ignore"):  # not around the yield: errstate must not leak to the caller
            grad = numerical_gradient(f, x, h)
            value = float(f(x))
            grad_norm = float(np.linalg.norm(grad))
            size = float(np.max(np.abs(x), initial=0.0))
            diverged = diverged or not (np.isfinite(value) and np.isfinite(size)) \
                or size > DIVERGENCE_FACTOR * scale
            frozen = (x + h == x) & (x - h == x)
        stalled = bool(frozen.any() and not grad.any())
        yield DescentStep(step, _frozen(x), value, _frozen(grad), grad_norm, bool(diverged), stalled)
        if step < step_num:
            with np.errstate(all="ignore"):
                x -= lr * grad


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    """Minimise ``f`` from ``init_x`` and return the final point, like the book (Book 4.4.1).

    Examples
    --------
    >>> def function_2(x):
    ...     return x[0]**2 + x[1]**2
    >>> gradient_descent(function_2, np.array([-3.0, 4.0]), lr=0.1, step_num=100)
    array([-6.11110793e-10,  8.14814391e-10])
    """
    last = None
    for last in descent_steps(f, init_x, lr, step_num):
        pass
    return np.array(last.x)  # a writable copy, as the book returns its working array
