"""What every tab shares: the tab contract of docs/architecture.md in one place (like vorta's base_tab).

A tab is a subclass with a few hooks: ``title``, ``save_state``/``restore_state``, ``show_demo_state``,
``export_view`` (the pyqtgraph view its PNG shows; ``self.plot`` unless overridden) and ``csv_rows`` (the
table its CSV holds; ``self.model.csv_rows()`` unless overridden), and, when it runs something in the
background, ``stop_work``. The base class gives the status message, the two
exports, timers that stop on shutdown, and close handling.
"""
from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLayout, QPushButton, QScrollArea, QStyle, QVBoxLayout,
                               QWidget)

from app import export


class BaseTab(QWidget):
    """A tab of the main window. ``status_message(str)`` carries what the status bar should say."""

    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timers: list[QTimer] = []
        self._problem_reported = False

    # -- hooks -------------------------------------------------------------------------------------------
    def title(self) -> str:
        """The tab's translated name."""
        raise NotImplementedError

    def save_state(self, settings: QSettings) -> None:
        """Store the inputs under the group the window has opened."""

    def restore_state(self, settings: QSettings) -> None:
        """Apply stored inputs; a bad value is skipped (``app.settings.read_setting``), never raised."""

    def show_demo_state(self) -> None:
        """The state ``--screenshot`` and ``--self-test`` show: the book's example for this tab."""

    def export_view(self) -> pg.GraphicsView:
        """The plot (a ``PlotWidget`` or ``GraphicsLayoutWidget``) File > Export PNG renders: ``self.plot``."""
        return self.plot

    def csv_rows(self) -> list[list]:
        """The table File > Export CSV writes, header first: the tab model's ``csv_rows()``."""
        return self.model.csv_rows()

    def close_warning(self) -> str | None:
        """What closing the window now would lose (the window asks before quitting), or None."""
        return None

    def stop_work(self) -> None:
        """Stop and join anything running in the background (threads); idempotent, called by :meth:`shutdown`."""

    # -- shared behaviour --------------------------------------------------------------------------------
    def report(self, text: str, *, problem: bool = False) -> None:
        """Say ``text`` in the status bar (while this tab is shown); ``problem``: a refused input, which
        :meth:`resolve` takes back once the input is fixed."""
        self._problem_reported = problem
        self.status_message.emit(text)

    def resolve(self) -> None:
        """An input was accepted: a problem the status bar still shows is no longer true, so clear it."""
        if self._problem_reported:
            self.report("")

    def new_plot(self, bottom: str, left: str, *, title: str | None = None) -> pg.PlotWidget:
        """A plot with axis labels, a light grid and no SI prefixes (pyqtgraph's "(x0.001)" on an axis
        label reads as part of the formula to a learner; plain tick numbers do not)."""
        widget = pg.PlotWidget()
        item = widget.getPlotItem()
        item.setLabels(bottom=bottom, left=left)
        if title:
            item.setTitle(title)
        item.showGrid(x=True, y=True, alpha=0.2)
        for axis in ("left", "bottom"):
            item.getAxis(axis).enableAutoSIPrefix(False)
        return widget

    def new_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        """A push button whose click calls ``slot``."""
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def column(*widgets) -> QVBoxLayout:
        """A vertical layout of ``widgets``; an item ``(widget, stretch)`` gives that widget a stretch."""
        layout = QVBoxLayout()
        for item in widgets:
            widget, stretch = item if isinstance(item, tuple) else (item, 0)
            layout.addWidget(widget, stretch=stretch)
        return layout

    def arrange(self, content: QWidget | QLayout, panel: QWidget, panel_width: int = 340, *,
                panel_first: bool = False) -> QScrollArea:
        """``content`` (the plots) taking the room; ``panel`` (the controls) beside it, on the right (or the
        left with ``panel_first``), in a scroll area of fixed width, so a small screen (1024x600) scrolls
        the controls instead of pushing the window wider or cutting them off."""
        scroll = QScrollArea()
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Room for the panel's own minimum (a longer translation) and for the vertical scroll bar, which
        # appears on a short screen and would otherwise cover the right edge of the controls.
        bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        scroll.setFixedWidth(max(panel_width, panel.minimumSizeHint().width()) + bar)
        layout = QHBoxLayout(self)
        if panel_first:
            layout.addWidget(scroll)
        if isinstance(content, QLayout):
            layout.addLayout(content, stretch=1)
        else:
            layout.addWidget(content, stretch=1)
        if not panel_first:
            layout.addWidget(scroll)
        return scroll

    def add_timer(self, interval_ms: int, slot: Callable[[], None]) -> QTimer:
        """A timer owned by the tab, connected to ``slot`` and stopped by :meth:`shutdown`."""
        timer = QTimer(self)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        self._timers.append(timer)
        return timer

    def export_png(self, path: str) -> None:
        """The tab's main plot as a PNG (raises ``OSError`` when nothing could be written)."""
        view = self.export_view()
        item = view.getPlotItem() if isinstance(view, pg.PlotWidget) else view.scene()
        export.export_png(item, view.width(), path)

    def export_csv(self, path: str) -> None:
        """The tab's data as UTF-8 CSV."""
        export.export_csv(self.csv_rows(), path)

    def shutdown(self) -> None:
        """Stop timers and background work and join threads; safe to call many times."""
        for timer in self._timers:
            timer.stop()
        self.stop_work()

    def closeEvent(self, event) -> None:  # noqa: N802 -- Qt's name
        self.shutdown()
        super().closeEvent(event)
