"""The network tab's left side: W to edit, the forward pass, dW two ways, the slice and the toy batch.

Compact on purpose (headings, no frames): on a 1024x600 screen the numbers and both pictures must fit
together, since dragging a weight is only useful while its slice is in view. ``NetworkView.draw(model,
nudge)`` shows a ``NetworkModel``; it never changes it (the tab does).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.tabs.network_panel import caption
from app.tabs.network_plots import BatchView, SliceView
from app.tabs.network_records import Nudge
from app.tabs.network_texts import DELTA_NOTE, weight_name
from app.widgets.matrix_display import GradientPair, NumberTable
from app.widgets.weight_matrix import WeightMatrixEditor

ROWS = ("x1", "x2")  # row i of W multiplies x_i
COMPACT_BELOW = 700  # window height in px: below it (a 1024x600 screen) the two notes live in tooltips


def heading(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setWordWrap(True)
    return label


class NetworkView(QWidget):
    """The numbers above, the two pictures below; ``batch_plot`` comes from ``BaseTab.new_plot``."""

    def __init__(self, batch_plot: pg.PlotWidget, model, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        classes = [self.tr("class {k}").format(k=k) for k in range(3)]
        self.editor = WeightMatrixEditor(model.W, ROWS, classes)
        self.editor.setToolTip(self.tr("Blue is negative, red positive. Row i multiplies x_i; column k gives "
                                       "the score of class k."))
        self.forward = NumberTable(3, 3, ["p = xW", "y", "t"], classes, fmt=["{:.8f}", "{:.8f}", "{:.0f}"])
        self.forward.setToolTip(self.tr("p = x·W are the scores, y = softmax(p) the probabilities, t the "
                                        "one-hot target."))
        self.loss_label = QLabel()
        self.loss_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        numbers = QGridLayout()
        numbers.setHorizontalSpacing(16)
        numbers.addWidget(heading(self.tr("W: click a weight to pick it; type or drag")), 0, 0)
        numbers.addWidget(self.editor, 1, 0, Qt.AlignmentFlag.AlignTop)
        numbers.addWidget(heading(self.tr("Forward pass: p = xW, y = softmax(p)")), 0, 1)
        forward = QVBoxLayout()
        forward.setSpacing(2)
        forward.addWidget(self.forward)
        forward.addWidget(self.loss_label)
        numbers.addLayout(forward, 1, 1)
        numbers.setColumnStretch(2, 1)  # a wide window keeps the cells at their size, left-aligned
        self.gradients = GradientPair(ROWS, classes, self.tr("numerical_gradient (the book's code)"),
                                      self.tr("analytic: x^T(y − t)"))
        self.slice_view = SliceView()
        self.batch_plot = batch_plot
        self.batch_view = BatchView(batch_plot, model.points, model.labels)
        plots = QHBoxLayout()
        plots.addWidget(self.slice_view, stretch=3)
        plots.addWidget(batch_plot, stretch=2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(numbers)
        layout.addWidget(heading(self.tr("dW: how the loss changes with each weight, computed two ways")))
        layout.addWidget(self.gradients)
        layout.addLayout(plots, stretch=1)
        self.plots_caption = caption("")
        layout.addWidget(self.plots_caption)
        for plot in (self.slice_view, batch_plot):
            plot.setMinimumHeight(150)  # with the tables above, the tab still fits a 1024x600 screen

    def resizeEvent(self, event) -> None:  # noqa: N802 -- Qt's name
        """On a short screen the pictures need the room more than the two notes (kept as tooltips)."""
        super().resizeEvent(event)
        # The window's height, not ours: hiding the notes changes our own size, never the window's.
        roomy = self.window().height() >= COMPACT_BELOW
        if roomy != self.gradients.note_shown:
            self.gradients.show_note(roomy)
            self.plots_caption.setVisible(roomy)

    def draw(self, model, nudge: Nudge | None) -> None:
        i, j = model.selected
        self.editor.set_values(model.W)
        self.editor.set_selected(i, j)
        loss, y = model.loss(), model.output()
        self.forward.set_values([model.scores(), y, model.t])
        self.loss_label.setText(self.tr("loss = −Σ t log(y + 1e-7) = {loss}<br>The net answers class {answer} "
                                        "(largest p); the true class is {target}.").format(
            loss=f"<span style='font-size:13pt; font-weight:600'>{loss:.8f}</span>",
            answer=int(np.argmax(y)), target=model.target))
        numerical, analytic, fields = model.dW_two_ways()
        self.gradients.set_values(numerical, analytic,
                                  self.tr("largest |numerical − analytic| = {0:.2e}").format(fields["difference"]),
                                  QCoreApplication.translate("NetworkTab", DELTA_NOTE).format(**fields))
        self.gradients.set_highlighted((i, j))
        reading = self.tr(
            "Dashed: tangents at the yellow points. The loss tangent's slope is dW for {name}: a partial "
            "derivative is the slope of this slice (4.3.3). Accuracy only steps, so its tangent is flat and "
            "shows no way down (4.2.5).").format(name=weight_name(i, j))
        self.plots_caption.setText(reading)
        self.slice_view.setToolTip(reading)
        before = (model.W[i, j] - nudge.h, nudge.before) if nudge else None
        self.slice_view.draw(model.slice(), weight_name(i, j),
                             (loss, model.batch_loss(), model.batch_accuracy()), before)
        self.batch_view.draw(model.decision_regions, model.x, model.target)
