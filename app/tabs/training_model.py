"""What the MNIST training tab knows, without Qt (Book 4.5).

The worker thread turns the core's per-iteration records into a few :class:`ProgressBatch` es per second
(:class:`ProgressBatcher`); the tab folds them into a :class:`TrainingHistory` (preallocated loss buffers,
a smoothed loss, per-epoch accuracies, iterations per second and time left) and draws that. Evaluating a
network for the digit grid is plain numpy too (:func:`evaluate_network`). Everything here is testable
without a display.
"""
from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from scratchnn_core import EpochRecord

#: The GUI needs no more than this many updates a second; more only costs the worker the GIL.
DEFAULT_MAX_RATE_HZ = 20.0

#: The numeric hyperparameters the tab shows and remembers, in ``TrainConfig``'s names (Book 4.5.2).
FORM_FIELDS = ("iters_num", "batch_size", "learning_rate", "hidden_size", "weight_init_std", "seed",
               "train_size", "test_size")
#: MNIST's sizes: the form shows them where ``TrainConfig`` says ``None`` (the whole set).
FULL_SIZES = {"train_size": 60000, "test_size": 10000}


def form_values(config) -> dict:
    """The form's values for a ``TrainConfig``-like object (``None`` sizes become the full sizes)."""
    values = {name: getattr(config, name) for name in FORM_FIELDS}
    for name, full in FULL_SIZES.items():
        if values[name] is None:
            values[name] = full
    values["gradient"] = config.gradient
    return values


def config_kwargs(values: dict) -> dict:
    """``TrainConfig`` keyword arguments from form values (the full sizes become ``None``)."""
    kwargs = dict(values)
    for name, full in FULL_SIZES.items():
        if kwargs.get(name) == full:
            kwargs[name] = None
    return kwargs


def _readonly(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


@dataclass(frozen=True)
class ProgressBatch:
    """What the worker sends the GUI at most ~20 times a second: everything new since the last batch.

    ``losses[k]`` is the loss of iteration ``first_iteration + k``; the arrays are read-only copies, so the
    GUI can keep them while the worker goes on.
    """

    first_iteration: int
    losses: np.ndarray
    epochs: tuple[EpochRecord, ...]
    iterations_done: int
    total_iterations: int
    elapsed_s: float


class ProgressBatcher:
    """Collect records in the worker; hand out a :class:`ProgressBatch` when ``min_interval_s`` has passed.

    Time-based throttling: however fast the loop runs, the GUI receives at most ``max_rate_hz`` batches a
    second (plus the final flush), each carrying all losses since the previous one, so nothing is dropped.
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
        self.iterations_done = 0

    def add_loss(self, iteration: int, loss: float) -> None:
        """Record the loss of one iteration (the core counts iterations from 0, like the book)."""
        if not self._losses:
            self._first_iteration = int(iteration)
        self._losses.append(float(loss))
        self.iterations_done = int(iteration) + 1

    def add_epoch(self, record: EpochRecord) -> None:
        """Record one per-epoch accuracy pair (the core's record is immutable: it is passed on as is)."""
        self._epochs.append(record)

    def pending(self) -> bool:
        """True when records wait to be sent."""
        return bool(self._losses or self._epochs)

    def take_if_due(self, elapsed_s: float) -> ProgressBatch | None:
        """A batch when something is pending and the throttle interval has passed, else ``None``."""
        if not self.pending() or self._clock() - self._last_emit < self.min_interval_s:
            return None
        return self.take(elapsed_s)

    def take(self, elapsed_s: float) -> ProgressBatch | None:
        """Flush now (end of training, pause): a batch of everything pending, or ``None`` if nothing is."""
        if not self.pending():
            return None
        batch = ProgressBatch(
            first_iteration=self._first_iteration if self._losses else self.iterations_done,
            losses=_readonly(np.array(self._losses, dtype=np.float64)),
            epochs=tuple(self._epochs),
            iterations_done=self.iterations_done,
            total_iterations=self.total_iterations,
            elapsed_s=float(elapsed_s),
        )
        self._losses = []
        self._epochs = []
        self._last_emit = self._clock()
        return batch


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


def eta_seconds(iterations_done: int, total_iterations: int, elapsed_s: float) -> float | None:
    """Time left at the average pace so far (which includes the per-epoch evaluations); ``None`` if unknown."""
    if iterations_done <= 0 or elapsed_s <= 0:
        return None
    remaining = max(total_iterations - iterations_done, 0)
    return remaining * elapsed_s / iterations_done


def last_epoch(iters_num: int, train_size: int, batch_size: int) -> int:
    """Index of the last epoch record a run yields (``iter_per_epoch = max(train_size / batch_size, 1)``)."""
    iter_per_epoch = max(train_size / batch_size, 1)
    return int((iters_num - 1) // iter_per_epoch)


def format_duration(seconds: float | None) -> str:
    """``h:mm:ss`` or ``m:ss`` (no words, so nothing to translate); an em dash when unknown."""
    if seconds is None or not math.isfinite(seconds):
        return "\u2014"
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


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

    def progress(self) -> float:
        """Fraction done, 0..1."""
        return min(self.iterations_done / self.total_iterations, 1.0) if self.total_iterations else 0.0

    def iterations_per_second(self) -> float | None:
        return self._rate.rate()

    def eta_s(self) -> float | None:
        return eta_seconds(self.iterations_done, self.total_iterations, self.elapsed_s)

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


@dataclass(frozen=True)
class Evaluation:
    """A network judged on MNIST: final accuracies and every test prediction (for the digit grid)."""

    train_acc: float
    test_acc: float
    test_images: np.ndarray = field(repr=False)   # (N, 784), read-only
    test_labels: np.ndarray = field(repr=False)   # (N,) ints, read-only
    predicted: np.ndarray = field(repr=False)     # (N,) ints, read-only


def _labels(t: np.ndarray) -> np.ndarray:
    t = np.asarray(t)
    return t.argmax(axis=1) if t.ndim == 2 else t.astype(np.int64)


def evaluate_network(network, data, train_size: int | None = None,
                     test_size: int | None = None) -> Evaluation:
    """Train and test accuracy of ``network`` on the first ``train_size``/``test_size`` samples (Book 4.5.3).

    ``data`` is ``((x_train, t_train), (x_test, t_test))`` as ``load_mnist`` returns it.
    """
    (x_train, t_train), (x_test, t_test) = data
    x_train, t_train = x_train[:train_size], t_train[:train_size]
    x_test, t_test = x_test[:test_size], _labels(t_test[:test_size])
    train_acc = network.accuracy(x_train, t_train)
    predicted = np.asarray(network.predict(x_test)).argmax(axis=1)  # the test set is small: one pass
    test_acc = float(np.mean(predicted == t_test)) if len(x_test) else 0.0
    images = x_test if not x_test.flags.writeable else x_test.copy()
    return Evaluation(train_acc, test_acc, _readonly(images), _readonly(np.array(t_test)),
                      _readonly(np.asarray(predicted, dtype=np.int64)))


def select_digits(predicted: Sequence[int], labels: Sequence[int], count: int = 24,
                  mistakes_first: bool = False) -> np.ndarray:
    """Indices of the test digits to show: the first ``count``, or the mistakes first when asked."""
    predicted, labels = np.asarray(predicted), np.asarray(labels)
    order = np.arange(len(labels))
    if mistakes_first:
        wrong = predicted != labels
        order = np.concatenate([order[wrong], order[~wrong]])
    return order[:count]
