"""The work the training tab runs in a :class:`~app.workers.generator_worker.GeneratorWorker` (Book 4.5).

Each job is a generator function taking ``should_stop`` (the worker's stop flag) and yielding what the
GUI should see: ``training_job`` yields :class:`~app.workers.progress.ProgressBatch` es and returns the
core's ``TrainResult``; ``evaluation_job`` yields the fraction done and returns an ``Evaluation`` (or
``None`` when stopped). Each job runs inside ``blas_threads()`` (one BLAS thread, see
``scratchnn_core.threads``): the worker shares the machine's cores with the GUI thread, and OpenBLAS's
threads fighting it made a run many times slower. The limit is entered and left in the worker's thread,
which drains the generator to its end.
"""
from __future__ import annotations

import threading
import time

from app.workers.progress import DEFAULT_MAX_RATE_HZ, WEIGHTS_INTERVAL_S, ProgressBatcher
from scratchnn_core import (EpochRecord, GradientProgress, IterationRecord, blas_threads,
                            evaluation_steps, initial_network, load_mnist, stoppable, train_steps)

_data_lock = threading.Lock()
_data_cache: dict[str, tuple] = {}


def cached_mnist(dtype: str = "float32") -> tuple:
    """``((x_train, t_train), (x_test, t_test))`` flattened, the pixels as bytes (uint8), labels as ints;
    loaded once.

    The core's training, evaluation and gradient check divide the bytes by 255 in the run's dtype as they
    use them (``scratchnn_core.pixels``: the very numbers of ``normalize=True``), so one copy of 55 MB
    serves float32 and float64 runs alike (normalized, the two took 219 and 438 MB). ``dtype`` is
    accepted for the callers that name it. The arrays are made read-only: they are shared by every run.
    Called from a worker thread.
    """
    with _data_lock:
        if "bytes" not in _data_cache:
            data = load_mnist(normalize=False, flatten=True, one_hot_label=False)
            for pair in data:
                for array in pair:
                    array.setflags(write=False)
            _data_cache["bytes"] = data
        return _data_cache["bytes"]


def training_job(config, data=None, network=None, first_iteration: int = 0, elapsed_before: float = 0.0, *,
                 should_stop, max_rate_hz: float = DEFAULT_MAX_RATE_HZ,
                 weights_interval_s: float = WEIGHTS_INTERVAL_S):
    """Run the core's ``train_steps`` and yield its records in throttled batches; return the TrainResult.

    ``network``/``first_iteration`` go on with a run (the network is copied first); ``elapsed_before`` is
    that run's training time so far, so the batches' ``elapsed_s`` and the time left cover the whole run.
    Every ``weights_interval_s`` a batch also carries a copy of W1 (and the last one always does).
    """
    with blas_threads():
        return (yield from _train(config, data, network, first_iteration, elapsed_before, should_stop,
                                  max_rate_hz, weights_interval_s))


def _train(config, data, network, first_iteration, elapsed_before, should_stop, max_rate_hz,
           weights_interval_s):
    config.validate()
    data = data if data is not None else cached_mnist(config.dtype)
    # A copy to train: the GUI goes on using the network it has (the draw pad, the weight maps).
    network = initial_network(config) if network is None else network.copy(config.dtype)
    batcher = ProgressBatcher(config.iters_num, max_rate_hz)
    started = time.perf_counter()
    paused_s = 0.0  # time spent held at a yield (Pause): not training time, so not in the rate or ETA
    weights_sent = -float("inf")

    def elapsed() -> float:
        return elapsed_before + time.perf_counter() - started - paused_s

    steps = train_steps(config, data, network=network, first_iteration=first_iteration, should_stop=should_stop)
    while True:
        try:
            record = next(steps)
        except StopIteration as stop:
            result = stop.value
            break
        if isinstance(record, IterationRecord):
            batcher.add_loss(record.iteration, record.loss)
        elif isinstance(record, EpochRecord):
            batcher.add_epoch(record)
        elif isinstance(record, GradientProgress):
            batcher.set_gradient_progress(record.done, record.total)
        if batcher.due():
            if time.perf_counter() - weights_sent >= weights_interval_s:  # ~0.1 ms for 784 x 50
                batcher.set_weights(network.params["W1"])
                weights_sent = time.perf_counter()
            held = time.perf_counter()
            yield batcher.take(elapsed())
            paused_s += time.perf_counter() - held
    batcher.set_weights(network.params["W1"])
    batch = batcher.take(elapsed())
    if batch is not None:
        yield batch
    return result


def evaluation_job(network, train_size=None, test_size=None, data=None, dtype: str = "float32", *,
                   should_stop):
    """Score ``network`` on MNIST (loading it here if needed); ``None`` when stopped half way."""
    with blas_threads():
        data = data if data is not None else cached_mnist(dtype)
        return (yield from stoppable(evaluation_steps(network, data, train_size, test_size), should_stop))
