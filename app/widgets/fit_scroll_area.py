"""A scroll area as tall as the word-wrapped text in it needs, up to a fraction of its parent's height and
never taking the minimum height of a neighbour (``keep``).

For text under a plot that is two lines one moment and twenty the next (the gradient tab's verdicts): the
plot keeps the room the text does not need, and long text scrolls instead of squeezing the plot away.
Call ``updateGeometry()`` after changing the text.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget


class FitScrollArea(QScrollArea):
    """Holds ``widget`` (e.g. a word-wrapped QLabel); at most ``max_fraction`` of the parent's height, and
    no more than leaves ``keep`` (a sibling in the same column) its minimum height."""

    def __init__(self, widget: QWidget, max_fraction: float = 0.4, keep: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_fraction, self.keep = max_fraction, keep
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:  # noqa: N802 -- Qt's name
        inner = self.widget()
        width = max(self.viewport().width(), 100)
        needed = inner.heightForWidth(width) if inner.hasHeightForWidth() else inner.sizeHint().height()
        parent = self.parentWidget()
        limit = needed
        if parent is not None and parent.height() > 0:
            limit = int(self.max_fraction * parent.height())
            if self.keep is not None:
                limit = min(limit, parent.height() - self.keep.minimumSizeHint().height() - 8)
        return QSize(super().sizeHint().width(), max(0, min(needed, limit)) + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 -- Qt's name
        return QSize(super().minimumSizeHint().width(), min(self.sizeHint().height(), 40))
