"""Process-wide Qt and pyqtgraph settings, applied once before any widget exists."""
from __future__ import annotations

import PySide6  # noqa: F401  -- import PySide6 first so pyqtgraph binds to it
import pyqtgraph as pg


def configure_pyqtgraph() -> None:
    """Row-major images (numpy's order), antialiased curves, light theme like the book's figures."""
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True, background="w", foreground="k")
