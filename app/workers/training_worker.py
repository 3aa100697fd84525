"""All of ScratchNN's thread code: MNIST training and evaluation off the GUI thread (Book 4.5).

The pattern (see STYLE.md "Threads"): a ``QObject`` worker is moved to a ``QThread``; its ``run`` slot drives
the core's ``train_steps`` generator, checks stop and pause flags (``threading.Event``, safe from any thread)
between iterations and inside a numerical gradient, and emits read-only copies at most ~20 times a second.
Every exception becomes the ``errored`` signal with a readable message. The worker never touches a widget.

:class:`TrainingController` lives in the GUI thread and owns the thread and worker: start, pause, resume,
stop (request stop, ``quit()``, ``wait()``). Its relay slots are ``@Slot`` methods of a GUI-thread object, so
whoever listens to the controller runs in the GUI thread. A module registry keeps every running thread
referenced until it has finished (a collected running ``QThread`` aborts the process) and lets tests assert
that nothing is left running.
"""
from __future__ import annotations

import atexit
import logging
import threading
import time
import weakref

import numpy as np
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from app.tabs.training_model import DEFAULT_MAX_RATE_HZ, Evaluation, ProgressBatcher, evaluate_network
from scratchnn_core import training
from scratchnn_core.mnist import MnistError, load_mnist

_log = logging.getLogger(__name__)

# --- the MNIST data set, loaded once per process (in a worker thread, never the GUI thread) -------------

_data_lock = threading.Lock()
_data_cache: dict[str, tuple] = {}


def cached_mnist(dtype: str = "float32") -> tuple:
    """``((x_train, t_train), (x_test, t_test))`` normalized and flattened, labels as ints; loaded once.

    The arrays are made read-only: they are shared by every run and by the digit grid.
    """
    key = np.dtype(dtype).name
    with _data_lock:
        if key not in _data_cache:
            data = load_mnist(normalize=True, flatten=True, one_hot_label=False, dtype=np.dtype(key))
            for pair in data:
                for array in pair:
                    array.setflags(write=False)
            _data_cache[key] = data
        return _data_cache[key]


def _describe(exc: BaseException) -> str:
    """A message for a person: the exception's own text, with its kind when the text alone is unclear."""
    text = str(exc).strip()
    if isinstance(exc, (MnistError, ValueError)) and text:
        return text
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# --- workers ----------------------------------------------------------------------------------------------

class TrainingWorker(QObject):
    """Runs ``train_steps(config, data, should_stop=...)`` in its thread (Book 4.5.2).

    Signals: ``progressed(ProgressBatch)`` at most ``max_rate_hz`` times a second, ``finished(TrainResult)``,
    then ``evaluated(Evaluation)`` (final accuracies and test predictions; skipped when stopped for a
    shutdown), ``errored(str)`` instead of an exception, and ``ended()`` last, whatever happened.
    """

    progressed = Signal(object)
    finished = Signal(object)
    evaluated = Signal(object)
    errored = Signal(str)
    ended = Signal()

    def __init__(self, config, data=None, *, max_rate_hz: float = DEFAULT_MAX_RATE_HZ) -> None:
        super().__init__()
        self._config = config
        self._data = data
        self._max_rate_hz = max_rate_hz
        self._stop = threading.Event()
        self._resume = threading.Event()
        self._resume.set()
        self._evaluate_after = True

    # Called from the GUI thread: plain thread-safe flags, because a queued slot would wait for run() to end.
    def request_stop(self, evaluate: bool = True) -> None:
        """Stop at the next poll; ``evaluate=False`` also skips the final evaluation (closing)."""
        self._evaluate_after = self._evaluate_after and evaluate
        self._stop.set()
        self._resume.set()  # a paused run must wake up to notice

    def pause(self) -> None:
        self._resume.clear()

    def resume(self) -> None:
        self._resume.set()

    def is_paused(self) -> bool:
        return not self._resume.is_set()

    @Slot()
    def run(self) -> None:
        try:
            self._train()
        except Exception as exc:  # noqa: BLE001 -- every failure reaches the GUI as a message
            _log.exception("training failed")
            self.errored.emit(_describe(exc))
        finally:
            self.ended.emit()

    def _train(self) -> None:
        config = self._config
        config.validate()
        data = self._data if self._data is not None else cached_mnist(config.dtype)
        batcher = ProgressBatcher(config.iters_num, self._max_rate_hz)
        started = time.perf_counter()
        paused_s = 0.0

        def elapsed() -> float:
            return time.perf_counter() - started - paused_s

        def emit_pending() -> None:
            batch = batcher.take(elapsed())
            if batch is not None:
                self.progressed.emit(batch)

        def should_stop() -> bool:
            # The core polls this between iterations and, in numerical mode, before every loss evaluation
            # of the gradient (~80,000 per iteration): so Pause holds and Stop ends even a 15 s iteration
            # at once. A pause shows what is done so far, then waits here.
            nonlocal paused_s
            if not self._resume.is_set():
                emit_pending()
                pause_start = time.perf_counter()
                self._resume.wait()
                paused_s += time.perf_counter() - pause_start
            return self._stop.is_set()

        steps = training.train_steps(config, data, should_stop=should_stop)
        while True:
            try:
                record = next(steps)
            except StopIteration as stop:
                result = stop.value
                break
            if isinstance(record, training.IterationRecord):
                batcher.add_loss(record.iteration, record.loss)
            elif isinstance(record, training.EpochRecord):
                batcher.add_epoch(record)
            batch = batcher.take_if_due(elapsed())
            if batch is not None:
                self.progressed.emit(batch)
        emit_pending()
        self.finished.emit(result)
        if self._evaluate_after and result.network is not None:
            self.evaluated.emit(evaluate_network(result.network, data, config.train_size, config.test_size))


class EvaluationWorker(QObject):
    """Judges a given network on MNIST in its thread: ``evaluated(Evaluation)`` or ``errored(str)``."""

    progressed = Signal(object)  # unused; same shape as TrainingWorker for the controller
    finished = Signal(object)
    evaluated = Signal(object)
    errored = Signal(str)
    ended = Signal()

    def __init__(self, network, train_size: int | None = None, test_size: int | None = None,
                 data=None, dtype: str = "float32") -> None:
        super().__init__()
        self._network = network
        self._sizes = (train_size, test_size)
        self._data = data
        self._dtype = dtype

    def request_stop(self, evaluate: bool = True) -> None:
        """Nothing to interrupt: one evaluation takes a fraction of a second."""

    def pause(self) -> None:
        """Evaluations are not paused."""

    def resume(self) -> None:
        """Evaluations are not paused."""

    def is_paused(self) -> bool:
        return False

    @Slot()
    def run(self) -> None:
        try:
            data = self._data if self._data is not None else cached_mnist(self._dtype)
            result: Evaluation = evaluate_network(self._network, data, *self._sizes)
            self.evaluated.emit(result)
        except Exception as exc:  # noqa: BLE001
            _log.exception("evaluation failed")
            self.errored.emit(_describe(exc))
        finally:
            self.ended.emit()


# --- the registry of running threads ----------------------------------------------------------------------

# Strong references to each thread and its worker until the thread has finished: a running QThread (or the
# worker inside it) collected by Python would abort the process.
_live_threads: dict[QThread, QObject] = {}
_controllers: weakref.WeakSet = weakref.WeakSet()


def live_threads() -> list[QThread]:
    """Worker threads started here and still running."""
    return [thread for thread in list(_live_threads) if thread.isRunning()]


def shutdown_all(timeout_s: float = 5.0) -> bool:
    """Stop and join every controller's thread (tests, application exit); True when all have ended."""
    ok = True
    for controller in list(_controllers):
        ok = controller.shutdown(timeout_s) and ok
    for thread, worker in list(_live_threads.items()):  # threads whose controller is already gone
        worker.request_stop(evaluate=False)
        thread.quit()
        ok = thread.wait(int(timeout_s * 1000)) and ok
        if not thread.isRunning():
            _live_threads.pop(thread, None)
    return ok


@atexit.register
def _join_at_exit() -> None:
    """Last resort at interpreter exit: a thread that outlived its window's shutdown (a stop is polled between
    iterations and between loss evaluations, but one huge evaluation set can take a while) is waited for
    here; Qt would abort the process if it destroyed it still running."""
    if live_threads():
        _log.warning("waiting for %d worker thread(s) to finish their iteration", len(live_threads()))
        shutdown_all(timeout_s=600.0)


# --- the controller -------------------------------------------------------------------------------------

class TrainingController(QObject):
    """Owns one worker thread at a time; relays its signals from GUI-thread ``@Slot`` methods.

    Signals: ``progressed(ProgressBatch)``, ``finished(TrainResult)``, ``evaluated(Evaluation)``,
    ``errored(str)`` and ``thread_ended()`` once the thread has really finished.
    """

    progressed = Signal(object)
    finished = Signal(object)
    evaluated = Signal(object)
    errored = Signal(str)
    thread_ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: QObject | None = None
        _controllers.add(self)

    def is_running(self) -> bool:
        """A worker is training, evaluating or paused, or its last signals are still queued for us.

        True until ``thread_ended``: the thread itself stops a moment before its queued ``progressed`` and
        ``finished`` reach the GUI thread, and a caller that saw "not running" must find the curves complete.
        """
        return self._thread is not None

    def is_paused(self) -> bool:
        return self._worker is not None and self._worker.is_paused()

    def start(self, config, data=None) -> None:
        """Train with ``config`` (a ``TrainConfig``) in a new thread."""
        self._launch(TrainingWorker(config, data))

    def evaluate(self, network, train_size: int | None = None, test_size: int | None = None,
                 data=None) -> None:
        """Evaluate ``network`` on MNIST in a new thread (loading MNIST there if needed)."""
        self._launch(EvaluationWorker(network, train_size, test_size, data))

    def pause(self) -> None:
        if self._worker is not None:
            self._worker.pause()

    def resume(self) -> None:
        if self._worker is not None:
            self._worker.resume()

    def request_stop(self) -> None:
        """Ask the worker to stop (within one loss evaluation); returns at once (the Stop button)."""
        if self._worker is not None:
            self._worker.request_stop(evaluate=True)

    def shutdown(self, timeout_s: float = 5.0) -> bool:
        """Stop without the final evaluation, quit and join the thread; idempotent. True when it ended."""
        worker, thread = self._worker, self._thread
        if worker is not None:
            worker.request_stop(evaluate=False)
        self._worker = None  # from now on the relays drop whatever that worker still has queued
        if thread is None:
            return True
        thread.quit()
        if not thread.wait(int(timeout_s * 1000)):
            _log.warning("worker thread did not stop within %.1f s", timeout_s)
            return False
        self._forget(thread)
        return True

    def _launch(self, worker: QObject) -> None:
        if self.is_running():
            raise RuntimeError("a worker is already running")
        thread = QThread()
        thread.setObjectName(type(worker).__name__)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._on_worker_progressed)
        worker.finished.connect(self._on_worker_finished)
        worker.evaluated.connect(self._on_worker_evaluated)
        worker.errored.connect(self._on_worker_errored)
        # Quit from the worker's own thread (QThread.quit is thread-safe): no GUI event loop needed.
        worker.ended.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        _live_threads[thread] = worker
        thread.start()

    def _forget(self, thread: QThread) -> None:
        _live_threads.pop(thread, None)
        if self._thread is thread:
            self._thread = None
            self._worker = None

    def _from_current_worker(self) -> bool:
        return self._worker is not None and self.sender() is self._worker

    @Slot(object)
    def _on_worker_progressed(self, batch) -> None:
        if self._from_current_worker():
            self.progressed.emit(batch)

    @Slot(object)
    def _on_worker_finished(self, result) -> None:
        if self._from_current_worker():
            self.finished.emit(result)

    @Slot(object)
    def _on_worker_evaluated(self, evaluation) -> None:
        if self._from_current_worker():
            self.evaluated.emit(evaluation)

    @Slot(str)
    def _on_worker_errored(self, message: str) -> None:
        if self._from_current_worker():
            self.errored.emit(message)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self.sender()
        if thread is not None and thread is self._thread:
            thread.wait()  # finished is emitted just before run() returns; make sure it has
            self._forget(thread)
            self.thread_ended.emit()
