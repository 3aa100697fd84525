"""What File > Export writes, shared by every tab: a plot as PNG, a table as CSV.

PNG and CSV only: pyqtgraph's SVG exporter fails on current Qt (pyqtgraph#3485).
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence

import pyqtgraph.exporters

MIN_PNG_WIDTH = 800  # pixels: a small window still gives a legible image


def export_png(item, width: int, path) -> None:
    """Render ``item`` (a PlotItem or a whole GraphicsScene) to ``path``, at least MIN_PNG_WIDTH wide."""
    exporter = pyqtgraph.exporters.ImageExporter(item)
    exporter.parameters()["width"] = max(width, MIN_PNG_WIDTH)
    exporter.export(str(path))


def export_csv(rows: Iterable[Sequence], path) -> None:
    """Write ``rows`` (the first one a header) as UTF-8 CSV."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
