"""Partial derivatives seen as slopes (Book 4.3.3): f(x0, c1) and f(c0, x1) (the book's function_tmp1 and
function_tmp2) as two 1-D plots, each with its tangent line at the point and the slope printed with every
digit.

The widget draws slices it is given (objects with ``t``, ``values``, ``tangent_values()``, ``at``,
``value``, ``slope`` and ``fixed``, as ``app.tabs.slices.Slice``); ``point_choice_changed`` says whether
the user wants them at the start or at the current point of the descent.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.widgets.styles import configure_plot

CHOICES = ("start", "current")


class SlicePlots(QWidget):
    """Two slice plots, f along x0 and along x1, in ``colours`` (the map's df/dx0 and df/dx1 arrows have
    the same ones)."""

    point_choice_changed = Signal(str)

    def __init__(self, colours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colours = colours
        self.choice = QComboBox()
        self.choice.addItem(self.tr("the start"), CHOICES[0])
        self.choice.addItem(self.tr("the current point of the descent"), CHOICES[1])
        self.choice.currentIndexChanged.connect(self._on_choice_current_index_changed)
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        self.where_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headings, self.plots, self.curves, self.tangents, self.points = [], [], [], [], []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Slices at"), self.choice)
        layout.addLayout(form)
        layout.addWidget(self.where_label)
        for axis, colour in enumerate(colours):
            heading = QLabel()  # one line: the slice's name is on its plot's f axis
            heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            plot = pg.PlotWidget()
            plot.setMinimumHeight(90)  # readable on a 1024x600 screen, never squeezed to a line
            item = configure_plot(plot.getPlotItem(), f"x{axis}", "f")
            item.setMenuEnabled(False)
            curve = pg.PlotDataItem(pen=pg.mkPen(colour, width=2), connect="finite")
            tangent = pg.PlotDataItem(pen=pg.mkPen("#212121", width=1.5, style=Qt.PenStyle.DashLine))
            point = pg.ScatterPlotItem(size=10, brush=colour, pen="k")
            for plotted in (curve, tangent, point):
                item.addItem(plotted)
            layout.addWidget(heading)
            layout.addWidget(plot, stretch=1)
            for store, thing in ((self.headings, heading), (self.plots, plot), (self.curves, curve),
                                 (self.tangents, tangent), (self.points, point)):
                store.append(thing)
        self.note = QLabel(self.tr("Rest the mouse on the map to see the slices there."))
        self.note.setToolTip(self.tr(
            "On the map, the black arrow is grad f = (∂f/∂x0, ∂f/∂x1) at this point, made of the two coloured "
            "slopes (drawn at a fixed length); the grey arrows show −grad f, the way gradient descent goes."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")
        layout.addWidget(self.note)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 -- Qt's name
        """Room for the wrapped lines too (a QLabel's own minimum is one line), so nothing overlaps."""
        hint = super().minimumSizeHint()
        width = max(self.width(), hint.width()) - 20
        extra = sum(max(0, label.heightForWidth(width) - label.minimumSizeHint().height())
                    for label in (self.where_label, self.note) if not label.isHidden())
        return QSize(hint.width(), hint.height() + extra)

    def resizeEvent(self, event) -> None:  # noqa: N802 -- Qt's name
        super().resizeEvent(event)
        self.updateGeometry()  # the wrapped lines' height depends on the width

    def set_choice(self, where: str) -> None:
        """Select ``"start"`` or ``"current"`` in the combo (emits ``point_choice_changed`` if it changes)."""
        self.choice.setCurrentIndex(CHOICES.index(where))

    def set_slices(self, where: str, first, second) -> None:
        """Show both slices; ``where`` (translated) says which point they go through."""
        self.where_label.setText(where)
        for axis, piece in enumerate((first, second)):
            name = f"f(x0, {piece.fixed:.6g})" if axis == 0 else f"f({piece.fixed:.6g}, x1)"  # the book's tmp functions
            self.plots[axis].getPlotItem().setLabel("left", name, color=self.colours[axis])
            self.headings[axis].setText(f"<b style='color:{self.colours[axis]}'>∂f/∂x{axis}</b> = "
                                        f"{float(piece.slope)!r}")
            self.headings[axis].setToolTip(self.note.toolTip())
            self.curves[axis].setData(piece.t, piece.values)
            self.tangents[axis].setData(piece.t, piece.tangent_values())
            value = piece.value if np.isfinite(piece.value) else np.nan
            self.points[axis].setData([piece.at], [value])
            self._fit(axis, piece)

    def clear(self, message: str) -> None:
        """No slices (the point is not finite): say why."""
        self.where_label.setText(message)
        for axis in range(2):
            self.headings[axis].clear()
            self.plots[axis].getPlotItem().setLabel("left", "f")
            for item in (self.curves[axis], self.tangents[axis], self.points[axis]):
                item.setData([], [])

    def _fit(self, axis: int, piece) -> None:
        """The slice's range (the tangent runs off it; a constant gets a unit-high band, so ticks never
        crowd into one label)."""
        values = piece.values[np.isfinite(piece.values)]
        low, high = (float(values.min()), float(values.max())) if values.size else (-1.0, 1.0)
        pad = 0.08 * (high - low) if high > low else max(1.0, 0.1 * abs(low))
        item = self.plots[axis].getPlotItem()
        item.setRange(xRange=(piece.t[0], piece.t[-1]), yRange=(low - pad, high + pad), padding=0)

    @Slot(int)
    def _on_choice_current_index_changed(self, index: int) -> None:
        self.point_choice_changed.emit(CHOICES[index])
