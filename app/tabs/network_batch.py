"""The network tab's toy batch and its curves along one weight, without Qt (Book 4.2.4, 4.2.5).

The toy set: 2-D points in three classes that the book's bias-free 2x3 ``SimpleNet`` can mostly
separate. Without a bias the scores ``x W`` are linear in x, so every decision region is a wedge through
the origin; the three classes are therefore clouds around three directions 120 degrees apart (class 2
around the book's x = (0.6, 0.9), since the book's t says "class 2" for it), at radii 0.5-2, with enough
angular noise (0.55 rad) that a few points sit in a neighbour's wedge: trained accuracy stops near 93 %
and the loss levels off instead of falling to 0 with ever larger weights.

The curves along a slice are vectorised over all its w values at once (one slice of 200 points costs
about as much as a handful of single loss evaluations), so they use a per-row form of the core's
``cross_entropy_error``, which averages over its batch. ``row_cross_entropy`` is that form; a test holds it
equal to the core's function row by row.
"""
from __future__ import annotations

import numpy as np

from scratchnn_core import softmax

__all__ = ["TOY_SEED", "TOY_PER_CLASS", "toy_batch", "row_cross_entropy", "with_weight_varied",
           "slice_curves", "GRID_EXTENT", "GRID_POINTS", "default_grid", "regions"]

TOY_SEED = 2  # chosen among a few seeds: trained accuracy 93 %, three points stay on the wrong side
TOY_PER_CLASS = 15
TOY_RADII = (0.5, 2.0)
TOY_ANGLE_NOISE = 0.55  # radians
DELTA = 1e-7  # the core's (and the book's) cross-entropy delta
GRID_EXTENT = 2.5  # decision regions are drawn over [-2.5, 2.5]^2: every toy point is inside
GRID_POINTS = 101
# Work in pieces of at most this many scores (96 KB of float64): larger temporaries fall above glibc's
# 128 KiB mmap threshold and are mapped and page-faulted afresh on every call, which doubled the cost of a
# 200-point slice in our measurements (benchmarks/network_model.py).
CHUNK_SCORES = 12_000


def toy_batch(seed: int = TOY_SEED, per_class: int = TOY_PER_CLASS) -> tuple[np.ndarray, np.ndarray]:
    """``(points (3 per_class, 2), labels (3 per_class,))``, class by class, from ``default_rng(seed)``."""
    rng = np.random.default_rng(seed)
    book = np.arctan2(0.9, 0.6)
    directions = book + np.array([2 * np.pi / 3, 4 * np.pi / 3, 0.0])  # classes 0, 1, 2
    points = []
    for direction in directions:
        radius = rng.uniform(*TOY_RADII, per_class)
        angle = direction + rng.normal(0.0, TOY_ANGLE_NOISE, per_class)
        points.append(np.column_stack([radius * np.cos(angle), radius * np.sin(angle)]))
    labels = np.repeat(np.arange(3), per_class)
    return np.vstack(points), labels


def row_cross_entropy(y: np.ndarray, labels) -> np.ndarray:
    """``-log(y[..., label] + delta)`` per row: the core's ``cross_entropy_error`` before its mean over N."""
    picked = np.take_along_axis(y, np.broadcast_to(np.asarray(labels)[..., None], y.shape[:-1] + (1,)),
                                axis=-1)[..., 0]
    return -np.log(picked + DELTA)


def with_weight_varied(W: np.ndarray, i: int, j: int, w: np.ndarray) -> np.ndarray:
    """A stack (len(w), 2, 3) of copies of ``W`` with ``W[i, j]`` set to each value of ``w``."""
    stack = np.repeat(W[None, :, :], len(w), axis=0)
    stack[:, i, j] = w
    return stack


def _class_axis_outermost(scores: np.ndarray) -> np.ndarray:
    """The same values with the class axis stored outermost (still indexed last).

    numpy reduces a short contiguous last axis row by row: softmax and argmax over (200, 45, 3) take
    several times longer than over this layout, where they become elementwise operations on 3 planes.
    """
    return np.moveaxis(np.ascontiguousarray(np.moveaxis(scores, -1, 0)), 0, -1)


def slice_curves(W, i, j, w, x, target, points, labels):
    """Along ``W[i, j] = w``: the single-sample loss, the batch loss and the batch accuracy (arrays of len(w)).

    Scores are ``x @ W`` for every W of the stack at once (``SimpleNet.predict`` for each w), a chunk of w
    values at a time.
    """
    w = np.asarray(w, dtype=np.float64)
    size = max(1, CHUNK_SCORES // (3 * len(points)))
    parts = [_slice_chunk(W, i, j, w[k:k + size], x, target, points, labels) for k in range(0, len(w), size)]
    return tuple(np.concatenate(curve) for curve in zip(*parts))


def _slice_chunk(W, i, j, w, x, target, points, labels):
    stack = with_weight_varied(np.asarray(W, dtype=np.float64), i, j, w)
    loss = row_cross_entropy(softmax(np.matmul(x, stack)), np.full(len(w), target))  # (n,)
    scores = _class_axis_outermost(np.matmul(points, stack))  # (n, N, 3)
    batch_loss = row_cross_entropy(softmax(scores), np.broadcast_to(labels, scores.shape[:2])).mean(axis=1)
    accuracy = (np.argmax(scores, axis=-1) == labels).mean(axis=1)
    return loss, batch_loss, accuracy


def default_grid(extent: float = GRID_EXTENT, n: int = GRID_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """The x1 and x2 values of the decision-region image (the same for both axes)."""
    values = np.linspace(-extent, extent, n)
    return values, values.copy()


def regions(predict, x1: np.ndarray, x2: np.ndarray) -> np.ndarray:
    """Argmax class of ``predict`` over the grid: int8 (len(x2), len(x1)), row = x2 (row-major image)."""
    g1, g2 = np.meshgrid(np.asarray(x1, dtype=np.float64), np.asarray(x2, dtype=np.float64))
    grid = np.column_stack([g1.ravel(), g2.ravel()])
    size = CHUNK_SCORES // 3
    classes = [np.argmax(predict(grid[k:k + size]), axis=1)
               for k in range(0, len(grid), size)]
    return np.concatenate(classes).astype(np.int8).reshape(g1.shape)
