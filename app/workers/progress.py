"""What a training worker sends the GUI, at most ~20 times a second (Book 4.5.2).

The core yields a record per iteration (10000 for the book's schedule) and, with the numerical gradient,
a progress record every ~20 ms; the GUI needs far fewer updates. :class:`ProgressBatcher` collects them in
the worker thread and hands out one :class:`ProgressBatch` per throttle interval carrying everything new,
so nothing is dropped and the GUI thread is never flooded.
"""
from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from scratchnn_core import EpochRecord

#: The GUI needs no more than this many updates a second; more only costs the worker the GIL.
DEFAULT_MAX_RATE_HZ = 20.0
#: A batch carries a copy of W1 at most this often: enough for weight maps that visibly change.
WEIGHTS_INTERVAL_S = 0.25


def _readonly(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


@dataclass(frozen=True)
class ProgressBatch:
    """Everything new since the last batch.

    ``losses[k]`` is the loss of iteration ``first_iteration + k`` (a read-only copy, so the GUI can keep
    it while the worker goes on); ``gradient_done``/``gradient_total`` say how far the numerical gradient
    of the running iteration has got (0/0 with backprop). ``weights`` is a read-only float32 copy of W1
    (784 x hidden) in at most one batch every ``WEIGHTS_INTERVAL_S``, else ``None``.
    """

    first_iteration: int
    losses: np.ndarray
    epochs: tuple[EpochRecord, ...]
    iterations_done: int
    total_iterations: int
    elapsed_s: float
    gradient_done: int = 0
    gradient_total: int = 0
    weights: np.ndarray | None = None


class ProgressBatcher:
    """Collect records in the worker; hand out a :class:`ProgressBatch` when ``min_interval_s`` has passed.

    Time-based throttling: however fast the loop runs, the GUI receives at most ``max_rate_hz`` batches a
    second (plus the final flush), each carrying all losses since the previous one.
    """

    def __init__(self, total_iterations: int, max_rate_hz: float = DEFAULT_MAX_RATE_HZ,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.total_iterations = int(total_iterations)
        self.min_interval_s = 1.0 / max_rate_hz
        self._clock = clock
        self._last_emit = -math.inf
        self._first_iteration = 0
        self._losses: list[float] = []
        self._epochs: list[EpochRecord] = []
        self._gradient = (0, 0)
        self._gradient_changed = False
        self._weights: np.ndarray | None = None
        self.iterations_done = 0

    def add_loss(self, iteration: int, loss: float) -> None:
        """Record the loss of one iteration (the core counts iterations from 0, like the book)."""
        if not self._losses:
            self._first_iteration = int(iteration)
        self._losses.append(float(loss))
        self.iterations_done = int(iteration) + 1
        self._gradient = (0, 0)  # that iteration's gradient is complete

    def add_epoch(self, record: EpochRecord) -> None:
        """Record one per-epoch accuracy pair (the core's record is immutable: it is passed on as is)."""
        self._epochs.append(record)

    def set_gradient_progress(self, done: int, total: int) -> None:
        """How far the running iteration's numerical gradient has got (only the latest is sent)."""
        self._gradient = (int(done), int(total))
        self._gradient_changed = True

    def set_weights(self, w1: np.ndarray) -> None:
        """Send a read-only float32 copy of ``w1`` with the next batch (a later call replaces it)."""
        self._weights = _readonly(np.array(w1, dtype=np.float32))

    def due(self) -> bool:
        """True when something is pending and the throttle interval has passed."""
        return self.pending() and self._clock() - self._last_emit >= self.min_interval_s

    def pending(self) -> bool:
        """True when something waits to be sent."""
        return bool(self._losses or self._epochs or self._gradient_changed or self._weights is not None)

    def take(self, elapsed_s: float) -> ProgressBatch | None:
        """Flush now (end of training): a batch of everything pending, or ``None`` if nothing is."""
        if not self.pending():
            return None
        batch = ProgressBatch(
            first_iteration=self._first_iteration if self._losses else self.iterations_done,
            losses=_readonly(np.array(self._losses, dtype=np.float64)),
            epochs=tuple(self._epochs),
            iterations_done=self.iterations_done,
            total_iterations=self.total_iterations,
            elapsed_s=float(elapsed_s),
            gradient_done=self._gradient[0],
            gradient_total=self._gradient[1],
            weights=self._weights,
        )
        self._weights = None
        self._losses = []
        self._epochs = []
        self._gradient_changed = False
        self._last_emit = self._clock()
        return batch
