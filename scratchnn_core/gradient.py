"""The gradient by central differences, for arrays of any shape (Book 4.4).

The book's ``numerical_gradient`` perturbs ``x`` one element at a time. The
book's own idiom ``numerical_gradient(lambda w: net.loss(x, t), net.W)`` relies on
that: its ``f`` ignores its argument and reads ``net.W``. We keep the idiom
working and still leave the caller's array as it was:

* a writable float64 ndarray is perturbed in place and every element is put
  back bit for bit, even if ``f`` raises (another thread reading that array
  during the call would see the perturbation);
* anything else (ints, float32, lists, read-only arrays) is copied to float64
  first, and ``f`` receives the copy.
"""
from __future__ import annotations

import numpy as np

from .steps import run_to_end
__all__ = ["numerical_gradient", "numerical_gradient_steps"]


def _steps_in_place(f, x, h):
    """Central differences over every element of the float64 array ``x`` (restored exactly), as a
    generator: yields the number of elements done after each one, returns the gradient."""
    grad = np.zeros(x.shape, dtype=np.float64)
    for done, idx in enumerate(np.ndindex(x.shape), start=1):
        tmp_val = x[idx]
        try:
            x[idx] = tmp_val + h
            fxh1 = f(x)
            x[idx] = tmp_val - h
            fxh2 = f(x)
        finally:
            x[idx] = tmp_val  # the very same float64 value: a bitwise restore
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        yield done
    return grad


def _gradient_in_place(f, x, h):
    return run_to_end(_steps_in_place(f, x, h))


def _working_copy(x):
    """``x`` itself when it can be perturbed and restored exactly (the book's idiom), else a float64 copy."""
    in_place = isinstance(x, np.ndarray) and x.dtype == np.float64 and x.flags.writeable
    return x if in_place else np.array(x, dtype=np.float64)


def numerical_gradient_steps(f, x, h=1e-4):
    """The book's element-by-element loop of :func:`numerical_gradient` as a generator (Book 4.4).

    Yields the number of elements done after each one (two calls of ``f``), so a caller can show
    progress, pause or give up between elements of a long gradient; returns the float64 gradient, the
    shape of ``x``, as ``StopIteration.value`` (``g = yield from numerical_gradient_steps(f, x)``).
    ``x`` follows the same rules as in :func:`numerical_gradient`: unchanged whenever the generator stops,
    even when it is closed half way.
    """
    return (yield from _steps_in_place(f, _working_copy(x), h))


def _gradient_vectorized(f, points, h):
    """Gradients at the rows of ``points`` (N, d) with ``2 d`` calls of ``f`` on (d, N) columns."""
    cols = points.T.copy()  # one column per point, as in the book's np.array([X, Y])
    grad = np.zeros(cols.shape, dtype=np.float64)
    for i in range(cols.shape[0]):
        tmp_val = cols[i].copy()
        cols[i] = tmp_val + h
        fxh1 = np.asarray(f(cols), dtype=np.float64)
        cols[i] = tmp_val - h
        fxh2 = np.asarray(f(cols), dtype=np.float64)
        cols[i] = tmp_val
        grad[i] = (fxh1 - fxh2) / (2 * h)
    return grad.T.copy()


def numerical_gradient(f, x, h=1e-4, *, batch=False, vectorized=False):
    """Gradient of the scalar function ``f`` at ``x`` by central differences (Book 4.4).

    Parameters
    ----------
    f : callable
        ``f(x) -> float``. With ``vectorized=True``: ``f(P) -> (N,)`` for an array
        ``P`` of shape (d, N) holding one point per column, so the book's
        ``x[0]**2 + x[1]**2`` works unchanged.
    x : array_like
        Any shape and numeric dtype. With ``batch=True``, a 2-D ``x`` is a batch
        of points, one per row (the arrows of Book 4.4's quiver plot); a 1-D ``x``
        is a single point, as in the book.
    h : float
        Half the width of the central difference (the book's 1e-4).
    batch, vectorized : bool
        See above; ``vectorized`` needs ``batch`` and computes all N gradients
        in 2 d calls of ``f`` instead of 2 d N.

    Returns
    -------
    numpy.ndarray
        float64, the shape of ``x``.

    Notes
    -----
    ``x`` is never changed when the call returns: a writable float64 ndarray is
    perturbed in place (so ``f`` may read it through another name, the book's
    ``lambda w: net.loss(x, t)`` idiom) and restored bit for bit, even if ``f``
    raises; any other ``x`` is copied to float64 first.
    """
    if vectorized and not batch:
        raise ValueError("vectorized=True needs batch=True (f takes one point per column)")
    work = _working_copy(x)
    if not batch or work.ndim == 1:
        return _gradient_in_place(f, work, h)
    if work.ndim != 2:
        raise ValueError(f"batch=True needs a 2-D array of points (one per row), got shape {work.shape}")
    if vectorized:
        return _gradient_vectorized(f, work, h)
    grad = np.zeros(work.shape, dtype=np.float64)
    for i in range(work.shape[0]):
        grad[i] = _gradient_in_place(f, work[i], h)  # work[i] is a view: still restored exactly
    return grad
