"""What a training run with the numerical gradient would cost, measured on this machine (Book 4.5.2).

The book's numerical gradient runs the network twice per parameter: for its 784-50-10 net that is about
80,000 loss evaluations per mini-batch. Before a learner starts such a run, the app and the CLI say how
long it would take, timed here with the BLAS thread count the run will use.
"""
from __future__ import annotations

import functools
import statistics
import sys
import time

import numpy as np

from . import threads
from .gradient import numerical_gradient
from .networks import TwoLayerNet
from .training_start import INPUT_SIZE, OUTPUT_SIZE

__all__ = ["estimate_numerical_gradient_seconds"]


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
        # Windows counts thread time in 16 ms ticks, too coarse for a 5 ms sample.
        clock = time.thread_time if in_effect == 1 and sys.platform != "win32" else time.perf_counter
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


def estimate_numerical_gradient_seconds(config, *, blas_threads=None):
    """Seconds a run of ``config`` would take with ``gradient="numerical"`` (Book 4.5.2).

    Times real central differences (two loss evaluations per parameter on a mini-batch of ``batch_size``)
    and scales by the parameter count ``784*h + h + h*10 + 10`` and ``iters_num``. The first call for a
    batch and hidden size measures for about 40 ms; later calls reuse the measurement.

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
    h = config.hidden_size
    n_params = INPUT_SIZE * h + h + h * OUTPUT_SIZE + OUTPUT_SIZE
    return config.iters_num * n_params * _seconds_per_parameter(config.batch_size, h, n)
