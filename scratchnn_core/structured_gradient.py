"""TwoLayerNet's numerical gradient without a forward pass per parameter (Book 4.4.2, 4.5.1).

Still the book's finite differences: every element is ``(L(p + h) - L(p - h)) / 2h`` of the
book's loss (softmax, cross-entropy with delta 1e-7, mean over the batch), in float64. No
chain rule, no backprop; only the bookkeeping of *which* numbers a perturbation changes:

* W1[i, j] moves hidden unit j of the samples with ``x[n, i] != 0`` and nothing else;
  b1[j] moves unit j of every sample (b1 is treated as W1's row for an input that is always 1);
* W2[j, k] moves output score k of every sample by ``z1[n, j]`` times the step (b2: times 1).

The loss terms of the other samples are the same on both sides of the difference, so they
cancel: ``L(p + h) - L(p - h) = sum over touched n of (l_n(+) - l_n(-)) / N`` with ``l_n`` the
sample's cross-entropy. MNIST pixels are mostly 0, so a W1 column touches ~20% of the batch.
"""
from __future__ import annotations

import numpy as np

from .gradient_records import PARAM_NAMES
from .passes import sigmoid_in_place

__all__ = ["structured_gradient_steps"]

DELTA = 1e-7  # the book's cross_entropy_error delta, inside the log
DEFAULT_BLOCK_BYTES = 4 * 2**20  # budget of one block's temporaries: fits a cache, yields every ~ms


def _steps(W, h):
    """The steps the book really takes: ``(W + h) - W`` and ``(W - h) - W``, rounding included."""
    return (W + h) - W, (W - h) - W


def _targets(t, n, k):
    """Integer labels (n,) when ``t`` is labels or exactly one-hot, else float64 weights (n, k)."""
    t = np.asarray(t)
    if t.size == n * k:  # one-hot (or any probability) targets, the rule of cross_entropy_error
        weights = t.reshape(n, k).astype(np.float64)
        if np.all(weights.sum(axis=1) == 1) and np.all((weights == 0) | (weights == 1)):
            return np.argmax(weights, axis=1)  # 1 * log(y) is log(y): the same terms, K times fewer logs
        return weights
    if not np.issubdtype(t.dtype, np.integer) or t.size != n:
        raise ValueError(f"t must be {n} integer labels or one-hot targets of shape ({n}, {k}), "
                         f"not {t.dtype} of shape {t.shape}")
    return t.reshape(n)


def _losses(factors, e, target):
    """Per-sample ``-sum t log(softmax + delta)`` whose softmax numerators are ``factors * e``.

    ``factors`` (n, ..., K) are the exp(score changes) of the perturbed samples, ``e`` (n, K) the
    unperturbed numerators ``exp(a2 - max a2)``. The denominator is one matrix product per sample,
    which multiplies and sums in one pass (a sum over a short last axis is 6x slower in numpy).
    """
    n, k = e.shape
    ones = (1,) * (factors.ndim - 2)
    total = np.matmul(factors, e.reshape((n,) + ones[1:] + (k, 1)))  # (n, ..., 1)
    if target.ndim == 1:  # labels: only the right class's probability enters the loss
        picked = np.take_along_axis(factors, target.reshape((n,) + ones + (1,)), axis=-1)
        picked *= e[np.arange(n), target].reshape((n,) + ones + (1,))
        picked /= total
        picked += DELTA
        return -np.log(picked)[..., 0]
    y = factors * e.reshape((n,) + ones + (k,))
    y /= total
    y += DELTA
    np.log(y, out=y)
    y *= target.reshape((n,) + ones + (k,))
    return -y.sum(axis=-1)


def _chunks(length, size):
    return ((start, min(start + size, length)) for start in range(0, length, size))


def structured_gradient_steps(params, x, t, h=1e-4, *, block_bytes=DEFAULT_BLOCK_BYTES):
    """Central differences over every parameter of a two-layer net, as a generator (Book 4.5.1).

    The same numbers as ``TwoLayerNet.numerical_gradient`` (the book's loop, two full loss
    evaluations per parameter), to rounding: it is still a finite-difference gradient, not
    backpropagation. Only the perturbed losses of the samples a parameter touches are computed,
    a block of hidden units at a time, from one forward pass of the unperturbed network.

    Parameters
    ----------
    params : dict
        ``W1`` (D, H), ``b1`` (H,), ``W2`` (H, K), ``b2`` (K,), any float dtype (computed in float64).
    x : array_like, shape (N, D) or (D,)
        The batch.
    t : array_like
        Integer labels (N,) or one-hot (or probability) targets (N, K), as ``cross_entropy_error``.
    h : float
        The book's step, 1e-4.
    block_bytes : int
        Budget for one block's temporaries; memory stays near it whatever N is.

    Yields
    ------
    (done, total) : tuple of int
        Parameters finished so far, out of ``D*H + H + H*K + K``; first ``(0, total)``, last
        ``(total, total)``, in between every block (about a millisecond of work each).

    Returns
    -------
    dict
        float64 gradients keyed ``W1 b1 W2 b2``, shapes of ``params``, as ``StopIteration.value``.
        ``params``, ``x`` and ``t`` are never modified.
    """
    W1, b1, W2, b2 = (np.asarray(params[key], dtype=np.float64) for key in PARAM_NAMES)
    x = np.asarray(x, dtype=np.float64)
    x = x.reshape(1, -1) if x.ndim == 1 else x
    if x.ndim != 2 or W2.ndim != 2:
        raise ValueError(f"x must be one sample (D,) or a batch (N, D), and W2 a matrix: "
                         f"x {x.shape}, W2 {W2.shape}")
    (n, d), (hidden, k) = x.shape, W2.shape
    if W1.shape != (d, hidden) or b1.shape != (hidden,) or b2.shape != (k,):
        raise ValueError(f"x {x.shape} and parameters W1 {W1.shape}, b1 {b1.shape}, W2 {W2.shape}, "
                         f"b2 {b2.shape} do not form a two-layer net")
    if n == 0:
        raise ValueError("x holds no samples: the mean loss of an empty batch is undefined")
    target = _targets(t, n, k)
    total = W1.size + b1.size + W2.size + b2.size
    yield 0, total

    # One forward pass, as TwoLayerNet computes it (passes.forward, keeping a1).
    a1 = x @ W1
    a1 += b1
    z1 = sigmoid_in_place(a1.copy())
    a2 = z1 @ W2
    a2 += b2
    with np.errstate(under="ignore"):
        e = np.exp(a2 - a2.max(axis=1, keepdims=True))  # softmax numerators; perturbations scale them

    grads = yield from _first_layer(x, target, a1, z1, e, np.vstack([W1, b1]), W2, h, block_bytes, total)
    done = W1.size + b1.size
    g2 = yield from _second_layer(target, z1, e, np.vstack([W2, b2]), h, block_bytes, done, total)
    return {"W1": grads[:d], "b1": grads[d], "W2": g2[:hidden], "b2": g2[hidden]}


def _first_layer(x, target, a1, z1, e, Wa, W2, h, block_bytes, total):
    """Gradient of ``Wa = [W1; b1]`` (D+1, H): entries (n, i) with x[n, i] != 0, plus b1's (n, D)."""
    (n, d), hidden, k = x.shape, Wa.shape[1], W2.shape[1]
    inputs, samples = np.nonzero(x.T)  # sorted by input: each input's entries are contiguous
    values = np.concatenate([x.T[inputs, samples], np.ones(n)])
    inputs = np.concatenate([inputs, np.full(n, d)], dtype=np.int32)
    samples = np.concatenate([samples, np.arange(n)], dtype=np.int32)
    plus, minus = _steps(Wa, h)
    grads = np.zeros(Wa.shape)
    # Live per (entry, unit): ~3 arrays over K (exps and the loss's temporaries) and ~8 scalars.
    pairs = max(1, block_bytes // (8 * (3 * k + 8)))
    units = min(hidden, max(1, pairs // 256))  # prefer whole rows of units, chunks of >= 256 entries
    size = max(1, pairs // units)
    for j0, j1 in _chunks(hidden, units):
        w2 = W2[j0:j1]
        for c0, c1 in _chunks(len(inputs), size):
            i_c, n_c, v_c = inputs[c0:c1], samples[c0:c1], values[c0:c1, None]
            a1_c, z1_c, e_c, target_c = a1[n_c, j0:j1], z1[n_c, j0:j1], e[n_c], target[n_c]
            losses = []
            for step in (plus, minus):
                dz = sigmoid_in_place(a1_c + v_c * step[i_c, j0:j1])
                dz -= z1_c  # change of each touched hidden activation
                factors = dz[:, :, None] * w2  # change of each output score, (entries, units, K)
                np.exp(factors, out=factors)
                losses.append(_losses(factors, e_c, target_c))
            diff = losses[0] - losses[1]
            starts = np.flatnonzero(np.r_[True, i_c[1:] != i_c[:-1]])
            grads[i_c[starts], j0:j1] += np.add.reduceat(diff, starts, axis=0)
            yield j0 * (d + 1) + (j1 - j0) * (d + 1) * c1 // len(inputs), total
    grads /= 2 * h * n
    return grads


def _second_layer(target, z1, e, Wa, h, block_bytes, done, total):
    """Gradient of ``Wa = [W2; b2]`` (H+1, K): W2[j, k] scales softmax numerator k by exp(z1[n, j] step)."""
    n, (rows, k) = len(z1), Wa.shape
    za = np.hstack([z1, np.ones((n, 1))])
    plus, minus = _steps(Wa, h)
    grads = np.zeros(Wa.shape)
    # Live per (sample, row): ~3 arrays of K x K (numerators of every perturbed k, the loss's temporaries).
    pairs = max(1, block_bytes // (8 * (3 * k * k + 4 * k)))
    per_block = min(rows, max(1, pairs // 256))
    size = max(1, pairs // per_block)
    diagonal = np.arange(k)
    for r0, r1 in _chunks(rows, per_block):
        for s0, s1 in _chunks(n, size):
            e_s, target_s = e[s0:s1], target[s0:s1]
            losses = []
            for step in (plus, minus):
                factors = np.ones((s1 - s0, r1 - r0, k, k))  # (samples, rows, perturbed k, K)
                # perturbing (j, k) moves score k only, by z1[n, j] times the step
                factors[:, :, diagonal, diagonal] = np.exp(za[s0:s1, r0:r1, None] * step[r0:r1])
                losses.append(_losses(factors, e_s, target_s))
            grads[r0:r1] += (losses[0] - losses[1]).sum(axis=0)
            yield done + r0 * k + (r1 - r0) * k * s1 // n, total
    grads /= 2 * h * n
    return grads
