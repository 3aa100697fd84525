"""What the MNIST training tab knows, without Qt (Book 4.5).

The worker sends a few :class:`~app.workers.progress.ProgressBatch` es per second; the tab folds them into
a :class:`TrainingHistory` (preallocated loss buffers, a smoothed loss, per-epoch accuracies, iterations
per second and time left) and draws that. Testable without a display.
"""
from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

import numpy as np

from scratchnn_core import EpochRecord

if TYPE_CHECKING:
    from app.workers.progress import ProgressBatch

class GrowingBuffer:
    """A preallocated float64 array that is filled from the front and doubles when full."""

    def __init__(self, capacity: int) -> None:
        self._data = np.empty(max(int(capacity), 16), dtype=np.float64)
        self.size = 0

    def extend(self, values: np.ndarray) -> None:
        values = np.asarray(values, dtype=np.float64)
        needed = self.size + values.size
        if needed > self._data.size:
            grown = np.empty(max(needed, 2 * self._data.size), dtype=np.float64)
            grown[: self.size] = self._data[: self.size]
            self._data = grown
        self._data[self.size:needed] = values
        self.size = needed

    def view(self) -> np.ndarray:
        """The filled part (a view: valid until the next ``extend``)."""
        return self._data[: self.size]


class ExponentialSmoother:
    """Bias-corrected exponential moving average, fed chunk by chunk.

    ``span`` is the usual EMA span (alpha = 2 / (span + 1)). The bias correction divides by
    ``1 - beta**n`` so the first values are not pulled toward zero (the raw loss starts near 2.3).
    """

    def __init__(self, span: float = 50.0) -> None:
        if span < 1:
            raise ValueError("span must be at least 1")
        self.beta = 1.0 - 2.0 / (span + 1.0)
        self._state = 0.0
        self._count = 0

    def feed(self, values: np.ndarray) -> np.ndarray:
        """Smoothed values for ``values``, continuing from everything fed before."""
        values = np.asarray(values, dtype=np.float64)
        out = np.empty_like(values)
        beta, state, count = self.beta, self._state, self._count
        for k, value in enumerate(values.tolist()):  # a few hundred values per batch: a loop is fine
            state = beta * state + (1.0 - beta) * value
            count += 1
            out[k] = state / (1.0 - beta ** count)
        self._state, self._count = state, count
        return out


class RateMeter:
    """Iterations per second over a sliding window of active (un-paused) training time."""

    def __init__(self, window_s: float = 3.0) -> None:
        self.window_s = window_s
        self._samples: deque[tuple[float, int]] = deque()

    def add(self, elapsed_s: float, iterations_done: int) -> None:
        self._samples.append((float(elapsed_s), int(iterations_done)))
        while len(self._samples) > 2 and elapsed_s - self._samples[1][0] >= self.window_s:
            self._samples.popleft()

    def rate(self) -> float | None:
        """Iterations per second, or ``None`` before two samples a measurable time apart."""
        if len(self._samples) < 2:
            return None
        (t0, n0), (t1, n1) = self._samples[0], self._samples[-1]
        if t1 - t0 <= 1e-6:
            return None
        return (n1 - n0) / (t1 - t0)


def eta_seconds(iterations_done: float, total_iterations: int, elapsed_s: float) -> float | None:
    """Time left at the average pace so far (which includes the per-epoch evaluations); ``None`` if unknown."""
    if iterations_done <= 0 or elapsed_s <= 0:
        return None
    remaining = max(total_iterations - iterations_done, 0)
    return remaining * elapsed_s / iterations_done


class TrainingHistory:
    """Everything the tab plots, fed by :class:`ProgressBatch` es (Book 4.5.2 loss, 4.5.3 accuracy)."""

    def __init__(self, total_iterations: int, smoothing_span: float = 50.0) -> None:
        self.total_iterations = int(total_iterations)
        self._iterations = GrowingBuffer(total_iterations)
        self._losses = GrowingBuffer(total_iterations)
        self._smoothed = GrowingBuffer(total_iterations)
        self._smoother = ExponentialSmoother(smoothing_span)
        self._rate = RateMeter()
        self.epochs: list[EpochRecord] = []
        self.iterations_done = 0
        self.elapsed_s = 0.0
        self.gradient_progress = (0, 0)  # (done, total) of the running numerical gradient
        self.batches = 0

    def apply(self, batch: ProgressBatch) -> None:
        """Append a batch from the worker."""
        n = batch.losses.size
        if n:
            self._iterations.extend(np.arange(batch.first_iteration, batch.first_iteration + n))
            self._losses.extend(batch.losses)
            self._smoothed.extend(self._smoother.feed(batch.losses))
        self.epochs.extend(batch.epochs)
        self.iterations_done = batch.iterations_done
        self.total_iterations = batch.total_iterations
        self.elapsed_s = batch.elapsed_s
        self.gradient_progress = (batch.gradient_done, batch.gradient_total)
        self._rate.add(batch.elapsed_s, batch.iterations_done)
        self.batches += 1

    # What the plots draw (views, valid until the next apply).
    def loss_curve(self) -> tuple[np.ndarray, np.ndarray]:
        return self._iterations.view(), self._losses.view()

    def smoothed_curve(self) -> tuple[np.ndarray, np.ndarray]:
        return self._iterations.view(), self._smoothed.view()

    def accuracy_curves(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Epoch numbers, train accuracies, test accuracies (Book Figure 4-12)."""
        epochs = np.array([p.epoch for p in self.epochs], dtype=np.float64)
        train = np.array([p.train_acc for p in self.epochs], dtype=np.float64)
        test = np.array([p.test_acc for p in self.epochs], dtype=np.float64)
        return epochs, train, test

    def loss_ceiling(self, floor: float = 2.5) -> float:
        """Top of a fixed loss axis: ``floor`` (the first losses are near ln 10 = 2.3) or the largest finite
        loss so far, with a margin. A fixed range lets the plot repaint only the curve, not its axes."""
        losses = self._losses.view()
        finite = losses[np.isfinite(losses)]
        return max(floor, 1.05 * float(finite.max())) if finite.size else floor

    def work_done(self) -> float:
        """Iterations done, with the running numerical gradient's share of the next one."""
        done, total = self.gradient_progress
        return self.iterations_done + (done / total if total else 0.0)

    def progress(self) -> float:
        """Fraction done, 0..1."""
        return min(self.work_done() / self.total_iterations, 1.0) if self.total_iterations else 0.0

    def iterations_per_second(self) -> float | None:
        return self._rate.rate()

    def eta_s(self) -> float | None:
        return eta_seconds(self.work_done(), self.total_iterations, self.elapsed_s)

    def csv_rows(self) -> list[list[object]]:
        """One table: ``kind`` is ``loss`` (per iteration) or ``epoch`` (per-epoch accuracies)."""
        rows: list[list[object]] = [["kind", "iteration", "loss", "smoothed_loss", "epoch", "train_acc",
                                     "test_acc"]]
        iterations, losses = self.loss_curve()
        _, smoothed = self.smoothed_curve()
        for it, loss, smooth in zip(iterations.tolist(), losses.tolist(), smoothed.tolist()):
            rows.append(["loss", int(it), repr(loss), repr(smooth), "", "", ""])
        for p in self.epochs:
            rows.append(["epoch", p.iteration, "", "", p.epoch, repr(p.train_acc), repr(p.test_acc)])
        return rows
