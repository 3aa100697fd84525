"""A generator run in a worker thread, its yields turned into Qt signals (STYLE.md "Threads").

The shape is superqt's ``GeneratorWorker`` (extracted from napari): a ``QRunnable`` on a
``QThreadPool`` whose generator's every ``yield`` becomes ``yielded``, its return value ``returned``, an
exception ``errored``, with ``pause``/``resume``/``quit`` honoured between yields. We do not use superqt
itself because it does not fit three needs (docs/architecture.md): Stop must end a training with its
*result* (the partly trained network), but superqt's ``quit`` abandons the generator and emits no
``returned``; superqt replaces the process-wide ``warnings.showwarning`` from each worker thread and
treats any ``RuntimeError`` as "worker deleted"; and it pauses by polling every 10 ms.

Here the generator function receives ``should_stop`` (the stop flag, a cheap callable) and ends on its own
when it sees it, so its return value still arrives. Pause blocks the worker thread on an event between
yields: no polling, no CPU. The core's long loops yield often (every iteration, and every ~20 ms inside a
numerical gradient), so Pause and Stop act within a fraction of a second everywhere.

Signals are emitted from the worker thread and delivered, queued and in order, to receivers in the GUI
thread. The workers run on the app's own pool, with a thread for every job that can run at once: on Qt's
global pool (a thread per core) a gradient check started during a training on a one-core machine would
wait, silently, for the training to end. A module registry keeps each worker referenced until it has
finished and lets the window and the tests stop and join them all (:func:`await_all`).
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Generator

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal

_log = logging.getLogger(__name__)

_running: set[GeneratorWorker] = set()
_running_lock = threading.Lock()
_all_done = threading.Condition(_running_lock)
#: A training (or its evaluation) and a gradient check, plus one whose owner stopped waiting for it.
MIN_THREADS = 3
_pool: QThreadPool | None = None  # created by the first start (after the QApplication)


def _thread_pool() -> QThreadPool:
    """The app's pool (created under ``_running_lock``, so that two first starts make one)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(max(MIN_THREADS, QThread.idealThreadCount()))
    return _pool


class WorkerSignals(QObject):
    """The worker's signals (a ``QRunnable`` is no ``QObject``). Created in the GUI thread."""

    yielded = Signal(object)   # each value the generator yields
    returned = Signal(object)  # its return value, also after a stop
    errored = Signal(object)   # the exception that ended it
    paused = Signal()          # the worker is now blocked (everything yielded before has been emitted)
    finished = Signal()        # last, whatever happened


class GeneratorWorker(QRunnable):
    """Run ``function(*args, should_stop=..., **kwargs)``, a generator function, in a pool thread.

    Control methods are safe from any thread. ``signals`` holds the Qt signals; connect to them before
    :meth:`start`.
    """

    def __init__(self, function: Callable[..., Generator], *args, name: str = "", **kwargs) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it (the registry until it ends, then its creator)
        self.name = name or getattr(function, "__name__", "worker")
        self.signals = WorkerSignals()
        self._call = (function, args, kwargs)
        self._stop = threading.Event()
        self._resume = threading.Event()
        self._resume.set()
        self._done = threading.Event()
        self._started = False
        self._finishing = False

    # -- control (any thread) -----------------------------------------------------------------------------
    def start(self) -> None:
        """Queue the worker on the app's thread pool (once)."""
        if self._started:
            raise RuntimeError(f"worker {self.name!r} was already started")
        self._started = True
        with _running_lock:
            _running.add(self)
            pool = _thread_pool()
        pool.start(self)

    def pause(self) -> None:
        """Hold the generator at its next yield (``paused`` is emitted when it holds)."""
        if not self._stop.is_set():
            self._resume.clear()

    def resume(self) -> None:
        self._resume.set()

    def quit(self) -> None:
        """Ask the generator to end (its ``should_stop`` turns True); a paused worker wakes to notice."""
        self._stop.set()
        self._resume.set()

    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def is_paused(self) -> bool:
        """True from the pause request until resume (the thread may still be finishing a step)."""
        return not self._resume.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the worker has finished (or was never started); True when it has."""
        return not self._started or self._done.wait(timeout_s)

    # -- the worker thread --------------------------------------------------------------------------------
    def run(self) -> None:  # noqa: D401 -- called by QThreadPool
        signals = self.signals
        try:
            function, args, kwargs = self._call
            result = self._drive(function(*args, should_stop=self.stop_requested, **kwargs))
            signals.returned.emit(result)
        except Exception as exc:  # noqa: BLE001 -- every failure reaches the GUI as a signal
            _log.exception("worker %s failed", self.name)
            signals.errored.emit(exc)
        finally:
            self._finishing = True  # from here on nothing but bookkeeping runs: not "running" any more
            signals.finished.emit()
            with _running_lock:
                _running.discard(self)
                self._done.set()  # last: whoever waited finds the worker gone from the registry too
                _all_done.notify_all()

    def _drive(self, generator: Generator):
        while True:
            if not self._resume.is_set():
                self.signals.paused.emit()
                self._resume.wait()
            try:
                value = next(generator)
            except StopIteration as stop:
                return stop.value
            self.signals.yielded.emit(value)


def running_workers() -> list[GeneratorWorker]:
    """Workers started and still working (not yet at their ``finished`` signal)."""
    with _running_lock:
        return [worker for worker in _running if not worker._finishing]


def await_all(timeout_s: float = 5.0) -> bool:
    """Ask every running worker to stop and wait up to ``timeout_s`` for all; True when none is left."""
    for worker in running_workers():
        worker.quit()
    with _all_done:
        return _all_done.wait_for(lambda: not _running, timeout_s)
