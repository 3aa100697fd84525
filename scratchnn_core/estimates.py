"""How long a training run will take on this machine, for each gradient method (Book 4.5.2, 4.5.3).

A run is ``iters_num`` iterations (a mini-batch gradient and an update) plus one evaluation of the
train and test accuracy per epoch, scored beside the iterations on a second core (``epoch_evaluations``). Each part is timed here, on random inputs of the run's shapes, and
scaled: backprop's iteration and the evaluation per row in milliseconds, the numerical gradients by
``estimate_numerical_gradient_seconds`` (the book's loop: two loss evaluations per parameter, ~80,000 a
mini-batch for its 784-50-10 net; or the structured gradient). Measurements are cached per shape, so the
estimates of all three methods cost ~0.1-0.3 s the first time a batch and hidden size are seen and nothing after.

Each measurement runs under ``blas_threads(n)``, the BLAS limit the run will have (the training worker
and the CLI train with ``threads.DEFAULT_BLAS_THREADS``, one thread).
"""
from __future__ import annotations

import dataclasses
import functools
import math
import statistics
import sys
import time
from dataclasses import dataclass

import numpy as np

from . import threads
from .gradient import numerical_gradient
from .networks import TwoLayerNet
from .sgd_step import sgd_step
from .training import GRADIENTS, MNIST_TEST_SIZE, MNIST_TRAIN_SIZE, iterations_per_epoch, last_epoch
from .training_start import INPUT_SIZE, OUTPUT_SIZE

__all__ = ["RunEstimate", "estimate_run", "estimate_runs", "estimate_numerical_gradient_seconds"]

_POOL_ROWS = 2000  # random "images" the timed mini-batches are drawn from (a few MB, like a gather)
_ROUND_S = 0.003  # one timing round
MNIST_NONZERO_FRACTION = 0.19  # of the training images' pixels are not 0: the structured work is per nonzero input
_ROW, _COL = np.divmod(np.arange(INPUT_SIZE), 28)
_INKED_DISC = (_ROW - 13.5) ** 2 + (_COL - 13.5) ** 2 < 12.8 ** 2  # 524 of 784 pixels, as in MNIST's batches
_MEASURE_PAIRS = 1000  # samples x hidden units of the smaller batch a structured gradient is timed on (~15 ms)


@dataclass(frozen=True)
class RunEstimate:
    """Seconds a run of ``iterations`` iterations and ``evaluations`` evaluations would take."""

    gradient: str
    iteration_s: float  # one iteration: its mini-batch, gradient and update
    evaluation_s: float  # one evaluation: the accuracy on the train and test (sub)sets
    iterations: int
    evaluations: int
    #: The evaluations are scored beside the iterations (``train_steps``'s background evaluation, on a
    #: machine with a second core): only what they add to the loop's time counts.
    overlapped: bool = False
    #: Iterations that run after the last evaluation starts (it ends during them, or sticks out after).
    iterations_after_last: int = 0

    @property
    def total_s(self) -> float:
        loop_s, evaluations_s = self.iterations * self.iteration_s, self.evaluations * self.evaluation_s
        if not self.overlapped:
            return loop_s + evaluations_s
        # Beside the loop they cost the time they outlast it: all of it when they are the slower part,
        # else the part of the last one that the loop's remaining iterations do not cover.
        sticking_out = max(0.0, self.evaluation_s - self.iterations_after_last * self.iteration_s)
        return max(loop_s, evaluations_s) + sticking_out


def _inputs(rng, rows):
    x = rng.random((rows, INPUT_SIZE), dtype=np.float32)
    x[x > MNIST_NONZERO_FRACTION] = 0.0
    return x


def _batch_inputs(rng, rows):
    """``_inputs`` with the pixels outside a centred disc blank, as the ~1/3 of the 784 pixels that are
    blank in all of a mini-batch of 100 MNIST images (``sgd_step`` skips them)."""
    x = _inputs(rng, rows)
    x[:, ~_INKED_DISC] = 0.0
    return x


def _timed_loop(step, repeats_max):
    """Seconds per call of ``step``: the median of five rounds of calls (~3 ms each, at most
    ``repeats_max`` calls), after a warm-up; a moment of another program's work moves one round only."""
    started = time.perf_counter()
    step(0)
    step(1)
    calls = int(np.clip(_ROUND_S / max((time.perf_counter() - started) / 2, 1e-7), 1, repeats_max))
    rounds = []
    for r in range(5):
        started = time.perf_counter()
        for i in range(calls):
            step(r * calls + i)
        rounds.append((time.perf_counter() - started) / calls)
    return statistics.median(rounds)


@functools.lru_cache(maxsize=64)
def _backprop_iteration_seconds(batch_size, hidden_size, dtype, blas_threads):
    """One iteration of ``train_steps`` with backprop on normalized images: gather and ``sgd_step``."""
    rng = np.random.default_rng(0)
    rows = min(batch_size, 1000)  # the work is linear in the batch: a huge batch is timed in part
    net = TwoLayerNet(INPUT_SIZE, hidden_size, OUTPUT_SIZE, seed=0, dtype=dtype)
    x, t = _batch_inputs(rng, max(_POOL_ROWS, rows)).astype(dtype), rng.integers(0, OUTPUT_SIZE, _POOL_ROWS)
    masks = rng.integers(0, _POOL_ROWS, (20, rows))
    lr = 1e-3

    def step(i):
        mask = masks[i % len(masks)]
        sgd_step(net.params, x[mask], t[mask], lr)

    with threads.blas_threads(blas_threads):
        return _timed_loop(step, 20) * batch_size / rows


@functools.lru_cache(maxsize=64)
def _seconds_per_scored_row(hidden_size, dtype, blas_threads):
    """``TwoLayerNet.accuracy`` per image (the evaluation scores every image of both sets)."""
    rng = np.random.default_rng(0)
    rows = int(np.clip(100_000 // hidden_size, 100, 5000))  # ~3 ms of work whatever the width
    net = TwoLayerNet(INPUT_SIZE, hidden_size, OUTPUT_SIZE, seed=0, dtype=dtype)
    x, t = _inputs(rng, rows).astype(dtype), rng.integers(0, OUTPUT_SIZE, rows)
    with threads.blas_threads(blas_threads):
        return _timed_loop(lambda i: net.accuracy(x, t), 3) / rows


def estimate_run(config, *, blas_threads=None) -> RunEstimate:
    """The :class:`RunEstimate` of ``config`` with its own ``gradient`` method (Book 4.5.2).

    Backprop: one iteration timed. The numerical methods: their gradient
    (``estimate_numerical_gradient_seconds``) plus that same iteration's gather, loss and update.
    Evaluations: ``last_epoch + 1`` of them, each scoring ``train_size + test_size`` images, scored beside
    the iterations when this machine has a second core (as ``train_steps`` does). All timed
    with BLAS on ``blas_threads`` threads (None: ``threads.DEFAULT_BLAS_THREADS``, what runs use).
    """
    config.validate()
    n = threads.DEFAULT_BLAS_THREADS if blas_threads is None else blas_threads
    iteration = _backprop_iteration_seconds(config.batch_size, config.hidden_size, config.dtype, n)
    if config.gradient != "backprop":
        one = dataclasses.replace(config, iters_num=1)
        iteration += estimate_numerical_gradient_seconds(one, blas_threads=n)
    train_size = config.train_size or MNIST_TRAIN_SIZE
    rows = train_size + (config.test_size or MNIST_TEST_SIZE)
    evaluation = rows * _seconds_per_scored_row(config.hidden_size, config.dtype, n)
    last = last_epoch(config.iters_num, train_size, config.batch_size)
    last_starts = math.ceil(last * iterations_per_epoch(train_size, config.batch_size))  # its first iteration
    return RunEstimate(config.gradient, iteration, evaluation, config.iters_num, last + 1,
                       overlapped=threads.available_cores() >= 2,
                       iterations_after_last=config.iters_num - 1 - last_starts)


def estimate_runs(config, *, blas_threads=None) -> dict[str, RunEstimate]:
    """:func:`estimate_run` for every method, keyed by ``TrainConfig.gradient`` (a form shows all)."""
    return {method: estimate_run(dataclasses.replace(config, gradient=method), blas_threads=blas_threads)
            for method in GRADIENTS}


def _work_clock(blas_threads_in_effect):
    """The clock of a numerical gradient's samples: this thread's CPU time when BLAS runs on it alone (all
    the work is this thread's, so another program's moment does not scale a sample), else wall time.
    Windows counts thread time in 16 ms ticks, too coarse for a 5 ms sample: wall time there too."""
    if blas_threads_in_effect == 1 and sys.platform != "win32":
        return time.thread_time
    return time.perf_counter


@functools.lru_cache(maxsize=64)
def _seconds_per_parameter(batch_size, hidden_size, blas_threads):
    """Measured cost of one parameter of ``TwoLayerNet.numerical_gradient`` (two loss calls) under the run's
    BLAS limit: the median of a few samples, in CPU time on one BLAS thread (all the work is this thread's),
    so another program's moment does not scale it (one sample gave 0:46 and 10:06 per iteration, issue 7)."""
    rng = np.random.default_rng(0)
    net = TwoLayerNet(INPUT_SIZE, hidden_size, OUTPUT_SIZE, seed=0, dtype=np.float64)
    x = rng.random((batch_size, INPUT_SIZE))
    t = rng.integers(0, OUTPUT_SIZE, batch_size)
    loss_W = lambda W: net.loss(x, t)  # noqa: E731 - the book's idiom, as numerical_gradient uses it
    with threads.blas_threads(blas_threads) as in_effect:
        clock = _work_clock(in_effect)
        loss_W(None)  # warm-up (BLAS threads, caches)
        start = clock()
        loss_W(None)  # a first measure to size the samples
        one_loss = clock() - start + 1e-9
        count = int(min(max(0.005 / (2 * one_loss), 1), OUTPUT_SIZE))  # ~5 ms per sample
        samples = []
        for _ in range(int(min(max(0.04 / (2 * one_loss * count), 3), 9))):  # ~40 ms in all
            start = clock()
            numerical_gradient(loss_W, net.params["b2"][:count])  # perturbs the net's own b2, in place
            samples.append((clock() - start) / count)
    return statistics.median(samples)


@functools.lru_cache(maxsize=64)
def _structured_gradient_seconds(batch_size, hidden_size, blas_threads):
    """One ``TwoLayerNet.numerical_gradient(method="structured")`` on a batch of MNIST-like inputs.

    The work grows linearly with the batch (per nonzero input and per sample), so two small batches are
    timed (the median of three runs each, ~0.15 s in all, on ``_work_clock``) and the line through them
    extended to ``batch_size``; a batch that small is timed as it is.
    """
    rng = np.random.default_rng(0)
    net = TwoLayerNet(INPUT_SIZE, hidden_size, OUTPUT_SIZE, seed=0, dtype=np.float64)

    def timed(rows, clock):
        x, t = _inputs(rng, rows), rng.integers(0, OUTPUT_SIZE, rows)
        runs = []
        for _ in range(3):
            started = clock()
            net.numerical_gradient(x, t, method="structured")
            runs.append(clock() - started)
        return statistics.median(runs)

    small = max(1, _MEASURE_PAIRS // hidden_size)
    with threads.blas_threads(blas_threads) as in_effect:
        clock = _work_clock(in_effect)
        if batch_size <= 2 * small:
            return timed(batch_size, clock)
        t_small, t_large = timed(small, clock), timed(2 * small, clock)
    return max(t_large + (t_large - t_small) / small * (batch_size - 2 * small), t_large)


def estimate_numerical_gradient_seconds(config, *, blas_threads=None):
    """Seconds the numerical gradients of a run of ``config`` would take (Book 4.5.2).

    ``gradient="structured"``: one structured gradient timed on MNIST-like inputs (two small batches, the
    line through them) times ``iters_num``. Otherwise the book's loop ("numerical"): real central
    differences (two loss evaluations per parameter on a mini-batch of ``batch_size``), scaled by the
    parameter count ``784*h + h + h*10 + 10`` and ``iters_num``. The first call for a batch and hidden size
    measures (~40 ms for the book's loop, ~0.15 s for the structured gradient); later calls reuse it.

    Parameters
    ----------
    config : TrainConfig
        Validated first (``ValueError``).
    blas_threads : int or None
        The BLAS thread count the run will use, measured with that limit; None means
        ``threads.DEFAULT_BLAS_THREADS``, the limit the CLI and the app train with.
    """
    config.validate()
    n = threads.DEFAULT_BLAS_THREADS if blas_threads is None else blas_threads
    if config.gradient == "structured":
        return config.iters_num * _structured_gradient_seconds(config.batch_size, config.hidden_size, n)
    h = config.hidden_size
    n_params = INPUT_SIZE * h + h + h * OUTPUT_SIZE + OUTPUT_SIZE
    return config.iters_num * n_params * _seconds_per_parameter(config.batch_size, h, n)
