"""The training tab's runs without widgets: the worker controller, the live :class:`TrainingHistory`, the
current network and the run it belongs to (Book 4.5.2). Start, "Train more", load, stop; every run that
trained is handed to ``record_run`` (the run history) when it ends, also when the window closes mid-run.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal, Slot

from app.tabs import training_run as tr_
from app.tabs.training_model import TrainingHistory
from app.workers.training_controller import TrainingController


class TrainingSession(QObject):
    """Signals: ``progressed(ProgressBatch)`` (already in ``history``), ``finished(TrainResult, RunState)``
    (the network's run now, recorded), ``evaluated(Evaluation, loaded)`` (``loaded``: of loaded weights),
    ``errored(str)``, ``paused()``, ``ended()`` (nothing runs any more)."""

    progressed = Signal(object)
    finished = Signal(object, object)
    evaluated = Signal(object, bool)
    errored = Signal(str)
    paused = Signal()
    measuring = Signal(float)  # the fraction of loaded weights' evaluation done
    ended = Signal()

    def __init__(self, record_run: Callable[..., int], parent: QObject | None = None) -> None:
        """``record_run(run_id or None, config, status, history, elapsed_s) -> run_id`` keeps a run."""
        super().__init__(parent)
        self.controller = TrainingController(self)
        self.history = TrainingHistory(1)
        self.network = None
        self.run: tr_.RunState | None = None      # the run the network belongs to
        self.pending: tr_.RunState | None = None  # the run being trained (None: evaluating loaded weights)
        self.training = False  # from start until its TrainResult arrived (an evaluation may follow)
        self._record = record_run
        c = self.controller
        c.progressed.connect(self._on_controller_progressed)
        c.finished.connect(self._on_controller_finished)
        c.evaluated.connect(self._on_controller_evaluated)
        c.errored.connect(self._on_controller_errored)
        c.paused.connect(self.paused)
        c.evaluation_progressed.connect(self._on_controller_evaluation_progressed)
        c.ended.connect(self._on_controller_ended)

    def is_running(self) -> bool:
        return self.controller.is_running()

    def why_not_more(self) -> str | None:
        """Why "Train more" cannot go on (a text to translate in the TrainingTab context), or None."""
        if self.network is None:
            return tr_.NO_NETWORK
        return None if tr_.can_go_on(self.network) else tr_.CANNOT_GO_ON

    def start(self, config) -> tr_.RunState:
        """A new run of ``config`` (validated) from a fresh network."""
        self.history = TrainingHistory(config.iters_num)
        return self._launch(tr_.RunState(config, None), None)

    def more(self, iterations: int, form_config) -> tr_.RunState:
        """``iterations`` more from the current network (see ``training_run.plan_more``)."""
        pending = tr_.plan_more(self.run, self.network, form_config, iterations)
        if pending.run_id is None:
            self.history = TrainingHistory(pending.config.iters_num)
        self.history.total_iterations = pending.config.iters_num  # the curves continue: same history
        return self._launch(pending, self.network)

    def _launch(self, pending: tr_.RunState, network) -> tr_.RunState:
        self.pending, self.training = pending, True
        self.controller.start(pending.config, network=network, first_iteration=pending.first_iteration,
                              elapsed_before=pending.elapsed_s)
        return pending

    def load(self, network, train_size, test_size) -> None:
        """Make ``network`` (loaded weights) the current one, belonging to no run, and evaluate it."""
        self.run, self.pending, self.network = None, None, network
        self.history = TrainingHistory(1)
        self.controller.evaluate(network, train_size, test_size)

    def wait_until_idle(self, timeout_s: float) -> bool:
        """Spin a local event loop until nothing runs (True) or ``timeout_s`` passed."""
        if self.is_running():
            loop = QEventLoop()
            self.ended.connect(loop.quit)
            QTimer.singleShot(int(timeout_s * 1000), loop.quit)
            loop.exec()
            self.ended.disconnect(loop.quit)
        return not self.is_running()

    def forget_run(self, run_id: int) -> bool:
        """The run ``run_id`` was removed: if it is the network's, the network now belongs to none and its
        curves go (True)."""
        if self.run is None or self.run.run_id != run_id:
            return False
        self.run = dataclasses.replace(self.run, run_id=None)
        self.history = TrainingHistory(1)
        return True

    def shutdown(self, timeout_s: float = 3.0) -> None:
        """Stop and join the worker without evaluating; a training cut short is recorded as stopped."""
        if self.training and self.history.iterations_done > 0:
            self._record(self.pending.run_id, self.pending.config, "cancelled", self.history,
                         self.history.elapsed_s)
        self.training = False
        self.controller.shutdown(timeout_s)

    # -- the controller's signals ---------------------------------------------------------------------
    @Slot(float)
    def _on_controller_evaluation_progressed(self, fraction: float) -> None:
        if self.pending is None and not self.training:  # measuring loaded weights: the only wait the user has
            self.measuring.emit(fraction)

    @Slot(object)
    def _on_controller_progressed(self, batch) -> None:
        self.history.apply(batch)
        self.progressed.emit(batch)

    @Slot(object)
    def _on_controller_finished(self, result) -> None:
        pending, self.training = self.pending, False
        elapsed = pending.elapsed_s + result.elapsed_s
        run_id = self._record(pending.run_id, pending.config, result.status, self.history, elapsed)
        self.run = tr_.RunState(pending.config, run_id, result.status, result.iterations_done, elapsed)
        self.network = result.network
        self.finished.emit(result, self.run)

    @Slot(object)
    def _on_controller_evaluated(self, evaluation) -> None:
        self.evaluated.emit(evaluation, self.pending is None)

    @Slot(str)
    def _on_controller_errored(self, message: str) -> None:
        self.training = False
        self.errored.emit(message)

    @Slot()
    def _on_controller_ended(self) -> None:
        self.pending, self.training = None, False
        self.ended.emit()
