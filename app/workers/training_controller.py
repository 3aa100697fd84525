"""The training tab's one line to its worker threads: start, pause, resume, stop, evaluate (Book 4.5).

:class:`TrainingController` lives in the GUI thread. It runs ``training_job`` in a
:class:`~app.workers.generator_worker.GeneratorWorker`, then, unless the tab is shutting down,
``evaluation_job`` for the network it returned (the final accuracies and the digit grid), and relays
everything as typed signals from ``@Slot`` methods of a GUI-thread object, so whoever listens runs in the
GUI thread.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot

from app.language import message_text
from app.workers.generator_worker import GeneratorWorker
from app.workers.progress import ProgressBatch
from app.workers.training_jobs import evaluation_job, training_job

_log = logging.getLogger(__name__)


def describe_error(exc: BaseException) -> str:
    """A message for a person: the exception's own text (translated if it has a template, as MnistError and
    TrainConfig's errors do), with its kind when the text alone is unclear."""
    text = message_text(exc).strip()
    if isinstance(exc, ValueError) and text:  # MnistError is one
        return text
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class TrainingController(QObject):
    """One run at a time: training then evaluation, or an evaluation alone.

    Signals: ``progressed(ProgressBatch)``, ``finished(TrainResult)``, ``evaluated(Evaluation)``,
    ``evaluation_progressed(float)``, ``errored(str)``, ``paused()`` (the worker holds; every batch before
    it has been delivered) and ``ended()`` once the run's last worker has finished and all its signals
    have arrived.
    """

    progressed = Signal(object)
    finished = Signal(object)
    evaluated = Signal(object)
    evaluation_progressed = Signal(float)
    errored = Signal(str)
    paused = Signal()
    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: GeneratorWorker | None = None
        self._sizes = (None, None, None)  # the running training's train_size, test_size and data
        self._evaluate_next = None  # (network, train_size, test_size, data) after a training returned

    # -- state -------------------------------------------------------------------------------------------
    def is_running(self) -> bool:
        """True from start until ``ended``: a caller that sees False finds every result delivered."""
        return self._worker is not None

    def is_paused(self) -> bool:
        return self._worker is not None and self._worker.is_paused()

    # -- actions -----------------------------------------------------------------------------------------
    def start(self, config, data=None, *, network=None, first_iteration: int = 0,
              elapsed_before: float = 0.0) -> None:
        """Train with ``config`` (a ``TrainConfig``), then evaluate the result on its (sub)sets.

        ``network``, ``first_iteration`` and ``elapsed_before`` go on with a run (``training_job``).
        """
        self._sizes = (config.train_size, config.test_size, data)
        self._launch(GeneratorWorker(training_job, config, data, network, first_iteration, elapsed_before,
                                     name="training"))

    def evaluate(self, network, train_size=None, test_size=None, data=None) -> None:
        """Evaluate ``network`` on MNIST (loading it in the worker if needed)."""
        self._launch(GeneratorWorker(evaluation_job, network, train_size, test_size, data, name="evaluation"))

    def pause(self) -> None:
        if self._worker is not None:
            self._worker.pause()

    def resume(self) -> None:
        if self._worker is not None:
            self._worker.resume()

    def request_stop(self) -> None:
        """Stop the training soon (its result and an evaluation still follow); returns at once."""
        if self._worker is not None:
            self._worker.quit()

    def shutdown(self, timeout_s: float = 5.0) -> bool:
        """Stop without evaluating and wait for the worker; idempotent. True when nothing runs any more."""
        self._evaluate_next = None
        worker, self._worker = self._worker, None  # from now on the relays drop what it still sends
        if worker is None:
            return True
        worker.quit()
        if not worker.wait(timeout_s):
            _log.warning("worker %s did not stop within %.1f s", worker.name, timeout_s)
            return False
        return True

    def _launch(self, worker: GeneratorWorker) -> None:
        if self._worker is not None:
            raise RuntimeError("a worker is already running")
        self._evaluate_next = None
        signals = worker.signals
        signals.yielded.connect(self._on_worker_yielded)
        signals.returned.connect(self._on_worker_returned)
        signals.errored.connect(self._on_worker_errored)
        signals.paused.connect(self._on_worker_paused)
        signals.finished.connect(self._on_worker_finished)
        self._worker = worker
        worker.start()

    # -- relays (GUI thread) -----------------------------------------------------------------------------
    def _current(self) -> bool:
        return self._worker is not None and self.sender() is self._worker.signals

    @Slot(object)
    def _on_worker_yielded(self, value) -> None:
        if not self._current():
            return
        if isinstance(value, ProgressBatch):
            self.progressed.emit(value)
        else:
            self.evaluation_progressed.emit(float(value))

    @Slot(object)
    def _on_worker_returned(self, value) -> None:
        if not self._current():
            return
        if self._worker.name == "training":
            if value.network is not None:
                self._evaluate_next = (value.network, *self._sizes)
            self.finished.emit(value)
        elif value is not None:
            self.evaluated.emit(value)

    @Slot(object)
    def _on_worker_errored(self, exc) -> None:
        if self._current():
            self.errored.emit(describe_error(exc))

    @Slot()
    def _on_worker_paused(self) -> None:
        if self._current():
            self.paused.emit()

    @Slot()
    def _on_worker_finished(self) -> None:
        if not self._current():
            return
        worker, self._worker = self._worker, None
        worker.wait()  # finished is emitted at the very end of run(): this returns at once
        follow_up, self._evaluate_next = self._evaluate_next, None
        if follow_up is not None:  # a training returned its network: judge it (a shutdown cleared this)
            self.evaluate(*follow_up)
        else:
            self.ended.emit()
