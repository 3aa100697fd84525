"""The training form's run-time estimates, measured in a worker thread (Book 4.5.2).

The core's ``estimate_runs`` times each method on random inputs of the run's shapes: up to ~1 s the first
time a batch and hidden size are seen (0.17 s at 100/50, 0.84 s at 1000/1000), which the GUI thread must
not wait for, and under ``blas_threads()``, which belongs in the thread that does the work
(``scratchnn_core.threads``). ``estimates_job`` is that measurement as a job for a
:class:`~app.workers.generator_worker.GeneratorWorker`; :class:`Estimator` (GUI thread) runs one at a
time and, when asked again meanwhile, only the latest config after it.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from app.workers.current_worker import CurrentWorker
from app.workers.generator_worker import GeneratorWorker
from scratchnn_core import blas_threads, estimate_runs


def estimates_job(config, *, should_stop):
    """Return ``estimate_runs(config)`` ({method: RunEstimate}), measured under the runs' BLAS limit; None
    when stopped before it began."""
    yield from ()  # a generator for GeneratorWorker, with nothing to report before its result
    if should_stop():
        return None
    with blas_threads():
        return estimate_runs(config)


class Estimator(QObject):
    """Measures the estimates asked for by :meth:`request`, one config at a time.

    Signal ``estimated(config, estimates)``: the ``TrainConfig`` measured and its ``{method: RunEstimate}``.
    A config asked for while another is measured waits, replaced by any later request, so a burst of edits
    measures at most the first and the last. A measurement that fails is logged by its worker and
    delivers nothing (the form keeps showing no estimate).
    """

    estimated = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = CurrentWorker(self)
        self._config = None  # what the worker measures
        self._next = None  # the latest config asked for while it does

    @Slot(object)
    def request(self, config) -> None:
        """Measure ``config`` (a ``TrainConfig``) now, or after the measurement under way."""
        if not self._current.is_running():
            self._launch(config)
        else:
            self._next = None if config == self._config else config

    def shutdown(self, timeout_s: float = 3.0) -> bool:
        """Drop the waiting request and join the worker; True when nothing runs any more. Later requests
        start afresh."""
        self._next = None
        return self._current.shutdown(timeout_s)

    def _launch(self, config) -> None:
        self._config = config
        self._current.launch(GeneratorWorker(estimates_job, config, name="estimates"),
                             returned=self._on_returned, finished=self._on_finished)

    def _on_returned(self, estimates) -> None:
        if estimates is not None:
            self.estimated.emit(self._config, estimates)

    def _on_finished(self) -> None:
        following, self._next = self._next, None
        if following is not None:
            self._launch(following)
