"""Looks that several widgets share, each defined once."""
from __future__ import annotations

import pyqtgraph as pg

#: Blue for negative, white for 0, red for positive (ColorBrewer's RdBu, reversed): the sign at a glance.
DIVERGING = pg.ColorMap([0.0, 0.5, 1.0], [(33, 102, 172), (247, 247, 247), (178, 24, 43)])
CAPTION_STYLE = "color: #546e7a;"  # notes and hints under a widget: quieter than what they explain


def configure_plot(item: pg.PlotItem, bottom: str, left: str) -> pg.PlotItem:
    """Axis labels, a light grid and no SI prefixes (pyqtgraph's "(x0.001)" on an axis label reads as part
    of the formula to a learner; plain tick numbers do not). Returns ``item``."""
    item.setLabels(bottom=bottom, left=left)
    item.showGrid(x=True, y=True, alpha=0.2)
    for axis in ("left", "bottom"):
        item.getAxis(axis).enableAutoSIPrefix(False)
    return item
