"""What File > Export writes, shared by every tab: a plot as PNG, a table as CSV.

PNG and CSV only: pyqtgraph's SVG exporter fails on current Qt (pyqtgraph#3485). Both are written
atomically (:func:`scratchnn_core.files.atomic_write`): an export that fails raises ``OSError`` and leaves no
file, not even an empty one. pyqtgraph's own ``export(fileName)`` returns False when Qt cannot write
(a missing folder, a full disk, a name over 255 bytes), so the image is encoded in memory here instead.
"""
from __future__ import annotations

import csv
import errno
from collections.abc import Iterable, Sequence

import pyqtgraph.exporters
from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from scratchnn_core.files import atomic_write

MIN_PNG_WIDTH = 800  # pixels: a small window still gives a legible image


def export_png(item, width: int, path) -> None:
    """Render ``item`` (a PlotItem or a whole GraphicsScene) to ``path``, at least MIN_PNG_WIDTH wide.

    Raises
    ------
    OSError
        If the image cannot be encoded or written; then no file is left at ``path``.
    """
    exporter = pyqtgraph.exporters.ImageExporter(item)
    exporter.parameters()["width"] = max(width, MIN_PNG_WIDTH)
    image = exporter.export(toBytes=True)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if image is None or image.isNull() or not image.save(buffer, "PNG"):
        raise OSError(errno.EIO, "the plot could not be encoded as PNG", str(path))
    buffer.close()
    with atomic_write(path) as handle:
        handle.write(data.data())


def export_csv(rows: Iterable[Sequence], path) -> None:
    """Write ``rows`` (the first one a header) as UTF-8 CSV; ``OSError`` and no file if that fails."""
    with atomic_write(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
