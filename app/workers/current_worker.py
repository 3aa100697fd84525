"""At most one running worker for a GUI-thread owner, and only its signals passed on (STYLE.md "Threads").

The training controller and the gradient check each run one
:class:`~app.workers.generator_worker.GeneratorWorker` at a time and must ignore whatever a worker they
have let go of (a shutdown) still sends: its signals are queued, so they can arrive after the owner has
moved on. :class:`CurrentWorker` relays a worker's signals to the callbacks given at
:meth:`CurrentWorker.launch` only while that worker is the current one.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from app.workers.generator_worker import GeneratorWorker

_log = logging.getLogger(__name__)


class CurrentWorker(QObject):
    """The owner's one running worker (``worker``, else ``None``).

    Lives in the GUI thread, so the callbacks run there. ``finished`` is called once the worker has
    ended and is no longer current, so it may launch the next one.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker: GeneratorWorker | None = None
        self._callbacks: dict[str, Callable | None] = {}

    def is_running(self) -> bool:
        return self.worker is not None

    def launch(self, worker: GeneratorWorker, *, yielded: Callable | None = None,
               returned: Callable | None = None, errored: Callable | None = None,
               paused: Callable | None = None, finished: Callable | None = None) -> None:
        """Start ``worker`` as the current one, its signals passed on to the callbacks of the same names.
        Raises ``RuntimeError`` while another one runs."""
        if self.worker is not None:
            raise RuntimeError("a worker is already running")
        callbacks = {"yielded": yielded, "returned": returned, "errored": errored, "paused": paused,
                     "finished": finished}
        signals = worker.signals
        signals.yielded.connect(self._on_yielded)
        signals.returned.connect(self._on_returned)
        signals.errored.connect(self._on_errored)
        signals.paused.connect(self._on_paused)
        signals.finished.connect(self._on_finished)
        self.worker, self._callbacks = worker, callbacks
        worker.start()

    def quit(self) -> None:
        """Ask the current worker to end soon (its last signals still arrive)."""
        if self.worker is not None:
            self.worker.quit()

    def shutdown(self, timeout_s: float) -> bool:
        """Let the worker go (nothing it still sends is passed on), stop it and wait up to ``timeout_s``.
        Idempotent; True when nothing runs any more."""
        worker = self._detach()
        if worker is None:
            return True
        worker.quit()
        if not worker.wait(timeout_s):
            _log.warning("worker %s did not stop within %.1f s", worker.name, timeout_s)
            return False
        return True

    def _detach(self) -> GeneratorWorker | None:
        worker, self.worker, self._callbacks = self.worker, None, {}
        return worker

    # -- relays (GUI thread) -----------------------------------------------------------------------------
    def _is_current(self) -> bool:
        return self.worker is not None and self.sender() is self.worker.signals

    def _relay(self, name: str, *args) -> None:
        callback = self._callbacks.get(name) if self._is_current() else None
        if callback is not None:
            callback(*args)

    @Slot(object)
    def _on_yielded(self, value) -> None:
        self._relay("yielded", value)

    @Slot(object)
    def _on_returned(self, value) -> None:
        self._relay("returned", value)

    @Slot(object)
    def _on_errored(self, exc) -> None:
        self._relay("errored", exc)

    @Slot()
    def _on_paused(self) -> None:
        self._relay("paused")

    @Slot()
    def _on_finished(self) -> None:
        if not self._is_current():
            return
        callback = self._callbacks.get("finished")
        self._detach().wait()  # finished is emitted at the very end of run(): this returns at once
        if callback is not None:
            callback()
