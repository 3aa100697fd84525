"""What the network tab's model hands the view: a nudge and a one-weight slice (Book 4.4.2, 4.3.3)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Nudge:
    """What ``nudge`` did: the loss before and after ``W[i, j] += h``, against the book's reading dW_ij h."""

    name: str
    h: float
    before: float
    after: float
    predicted: float  # dW_ij * h with dW at the old W

    @property
    def actual(self) -> float:
        return self.after - self.before


@dataclass(frozen=True, eq=False)
class WeightSlice:
    """The loss, batch loss and batch accuracy as ``W[i, j]`` takes the values ``w``, all else fixed.

    Each has its tangent at the current value ``w0`` (the core's ``tangent_line``): the loss's slope is
    dW_ij, a partial derivative being the slope of this slice (Book 4.3.3); the accuracy's is 0.
    """

    i: int
    j: int
    w0: float
    w: np.ndarray
    loss: np.ndarray
    batch_loss: np.ndarray
    accuracy: np.ndarray
    slope: float
    tangent: np.ndarray
    batch_slope: float
    batch_tangent: np.ndarray
    accuracy_slope: float
    accuracy_tangent: np.ndarray
