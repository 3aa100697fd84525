"""Process-wide Qt and pyqtgraph settings, applied once before any widget exists."""
from __future__ import annotations

import PySide6  # noqa: F401  -- import PySide6 first so pyqtgraph binds to it
import pyqtgraph as pg


def configure_pyqtgraph() -> None:
    """Row-major images (numpy's order), antialiased curves, light theme like the book's figures."""
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True, background="w", foreground="k")


_collector = None


def collect_garbage_in_gui_thread():
    """Run Python's cycle collector only from the GUI thread, on a timer (pyqtgraph's GarbageCollector).

    Left automatic, a collection starts in whichever thread allocates: a worker thread training the network
    then frees dead Qt objects of the GUI thread, and PySide deadlocks (the worker waits for the GIL inside
    a QObject destructor while the GUI thread, holding the GIL, waits for that object's lock) or crashes.
    Call once the QApplication exists; returns the one collector (its ``check()`` collects now, as due).
    """
    global _collector
    if _collector is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        _collector = GarbageCollector(interval=0.5)
    return _collector
