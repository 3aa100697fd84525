"""State of the loss-functions tab: a one-hot target and ten output probabilities (Book 4.2).

Plain Python over :mod:`scratchnn_core`; the tab only draws it.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from scratchnn_core import cross_entropy_error, mean_squared_error

N_CLASSES = 10
DELTA = 1e-7  # the book's delta: keeps log(0) = -inf out of the loss
# Book 4.2.1: the true digit is "2"; the network says "2" with 0.6, then "7" with 0.6.
BOOK_EXAMPLES = (
    (2, (0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0)),
    (2, (0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0)),
)


@dataclass(frozen=True)
class Losses:
    """What the tab shows for the current target and outputs."""

    mse: float
    cee: float
    squared_errors: np.ndarray  # 0.5 * (y_k - t_k)**2 per class: MSE is their sum
    target_y: float  # the output for the true class: the only one CEE looks at
    total: float  # sum of the outputs (1 for a softmax output)


class LossModel:
    """A target class and ten probabilities in [0, 1]; losses computed by the core."""

    def __init__(self) -> None:
        self.target = 0
        self.y = np.zeros(N_CLASSES)
        self.load_example(0)

    @property
    def t(self) -> np.ndarray:
        """The one-hot target vector."""
        t = np.zeros(N_CLASSES)
        t[self.target] = 1.0
        return t

    def load_example(self, index: int) -> None:
        """Book 4.2.1's example ``index`` (0: '2' with 0.6, 1: '7' with 0.6)."""
        if index not in range(len(BOOK_EXAMPLES)):
            raise ValueError(f"the book has examples 0 and 1, not {index!r}")
        target, y = BOOK_EXAMPLES[index]
        self.target = target
        self.y = np.array(y, dtype=np.float64)

    def set_target(self, target: int) -> None:
        if not 0 <= int(target) < N_CLASSES:
            raise ValueError(f"the target must be a digit 0-9, not {target}")
        self.target = int(target)

    def set_probability(self, k: int, value: float) -> None:
        """Set y_k, clipped to [0, 1]; the others stay as they are (see :meth:`normalise`)."""
        if k not in range(N_CLASSES):  # a negative k would silently wrap around to another class
            raise ValueError(f"the class must be a digit 0-9, not {k!r}")
        value = float(value)
        if not np.isfinite(value):
            raise ValueError("a probability must be a finite number")
        y = self.y.copy()
        y[k] = min(max(value, 0.0), 1.0)
        self.y = y

    def set_probabilities(self, values) -> None:
        y = np.asarray(values, dtype=np.float64)
        if y.shape != (N_CLASSES,) or not np.all(np.isfinite(y)) or np.any(y < 0) or np.any(y > 1):
            raise ValueError("ten probabilities between 0 and 1 are needed")
        self.y = y.copy()

    def normalise(self) -> None:
        """Scale the outputs to sum to 1, as a softmax output does; all zeros become uniform."""
        total = self.y.sum()
        self.y = self.y / total if total > 0 else np.full(N_CLASSES, 1.0 / N_CLASSES)

    def losses(self) -> Losses:
        t = self.t
        return Losses(mse=float(mean_squared_error(self.y, t)),
                      cee=float(cross_entropy_error(self.y, t)),
                      squared_errors=0.5 * (self.y - t) ** 2,
                      target_y=float(self.y[self.target]),
                      total=float(self.y.sum()))

    def csv_rows(self) -> list[list]:
        """class, y, t, squared error per class, then the two totals."""
        losses = self.losses()
        rows: list[list] = [["class", "y", "t", "half_squared_error"]]
        rows += [[k, repr(float(self.y[k])), int(k == self.target), repr(float(losses.squared_errors[k]))]
                 for k in range(N_CLASSES)]
        rows += [["mean_squared_error", repr(losses.mse), "", ""],
                 ["cross_entropy_error", repr(losses.cee), "", ""]]
        return rows


def neg_log_curve(points: int = 400) -> tuple[np.ndarray, np.ndarray]:
    """The curve -log(y + delta) for y in (0, 1] (Book Figure 4-3, turned into a loss)."""
    y = np.linspace(0.0, 1.0, points)
    return y, -np.log(y + DELTA)
