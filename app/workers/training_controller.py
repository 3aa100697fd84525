"""The training tab's one line to its worker threads: start, pause, resume, stop, evaluate (Book 4.5).

:class:`TrainingController` lives in the GUI thread. It runs ``training_job`` in a
:class:`~app.workers.generator_worker.GeneratorWorker`, then, unless the tab is shutting down,
``evaluation_job`` for the network it returned (the final accuracies and the digit grid), and relays
everything as typed signals from a GUI-thread :class:`~app.workers.current_worker.CurrentWorker`, so
whoever listens runs in the GUI thread.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal

from app.language import message_text
from app.workers.current_worker import CurrentWorker
from app.workers.generator_worker import GeneratorWorker
from app.workers.progress import ProgressBatch
from app.workers.training_jobs import evaluation_job, training_job


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
        self._current = CurrentWorker(self)
        self._follow_up: Callable[[], None] | None = None  # the evaluation a returned training asks for

    # -- state -------------------------------------------------------------------------------------------
    def is_running(self) -> bool:
        """True from start until ``ended``: a caller that sees False finds every result delivered."""
        return self._current.is_running()

    def is_paused(self) -> bool:
        worker = self._current.worker
        return worker is not None and worker.is_paused()

    # -- actions -----------------------------------------------------------------------------------------
    def start(self, config, data=None, *, network=None, first_iteration: int = 0,
              elapsed_before: float = 0.0) -> None:
        """Train with ``config`` (a ``TrainConfig``), then evaluate the result on its (sub)sets.

        ``network``, ``first_iteration`` and ``elapsed_before`` go on with a run (``training_job``).
        """
        self._launch(GeneratorWorker(training_job, config, data, network, first_iteration, elapsed_before,
                                     name="training"),
                     partial(self._on_training_returned, config.train_size, config.test_size, data))

    def evaluate(self, network, train_size=None, test_size=None, data=None) -> None:
        """Evaluate ``network`` on MNIST (loading it in the worker if needed)."""
        self._launch(GeneratorWorker(evaluation_job, network, train_size, test_size, data, name="evaluation"),
                     self._on_evaluation_returned)

    def pause(self) -> None:
        if self._current.worker is not None:
            self._current.worker.pause()

    def resume(self) -> None:
        if self._current.worker is not None:
            self._current.worker.resume()

    def request_stop(self) -> None:
        """Stop the training soon (its result and an evaluation still follow); returns at once."""
        self._current.quit()

    def shutdown(self, timeout_s: float = 5.0) -> bool:
        """Stop without evaluating and wait for the worker; idempotent. True when nothing runs any more."""
        self._follow_up = None
        return self._current.shutdown(timeout_s)

    def _launch(self, worker: GeneratorWorker, returned: Callable) -> None:
        self._current.launch(worker, yielded=self._on_yielded, returned=returned,
                             errored=self._on_errored, paused=self.paused.emit, finished=self._on_finished)

    # -- relays of the current worker's signals (GUI thread) ---------------------------------------------
    def _on_yielded(self, value) -> None:
        if isinstance(value, ProgressBatch):
            self.progressed.emit(value)
        else:
            self.evaluation_progressed.emit(float(value))

    def _on_training_returned(self, train_size, test_size, data, result) -> None:
        if result.network is not None:
            self._follow_up = partial(self.evaluate, result.network, train_size, test_size, data)
        self.finished.emit(result)

    def _on_evaluation_returned(self, evaluation) -> None:
        if evaluation is not None:
            self.evaluated.emit(evaluation)

    def _on_errored(self, exc) -> None:
        self.errored.emit(describe_error(exc))

    def _on_finished(self) -> None:
        follow_up, self._follow_up = self._follow_up, None
        if follow_up is not None:  # a training returned its network: judge it (a shutdown cleared this)
            follow_up()
        else:
            self.ended.emit()
