"""A 10x10 confusion matrix, counts in colour: rows are the true digit, columns the network's answer
(Book 4.5.3's accuracy split class by class). Click a cell to see its digits."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

_RIGHT = np.array([46, 125, 50])   # green: the diagonal, right answers
_WRONG = np.array([198, 40, 40])   # red: confusions
_PAPER = np.array([250, 250, 250])


class ConfusionView(QWidget):
    """``set_matrix(counts)``; ``cell_clicked(true, predicted)`` when a cell is clicked."""

    cell_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: np.ndarray | None = None
        self.selected: tuple[int, int] | None = None
        self.setMinimumSize(260, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Row: the true digit. Column: the network's answer. The diagonal holds the "
                                "right answers; a red cell is a confusion. Click a cell to see its digits."))

    def set_matrix(self, counts: np.ndarray | None) -> None:
        """Show ``counts`` (n x n ints, rows true, columns predicted); None clears."""
        self._counts = None if counts is None else np.asarray(counts, dtype=np.int64)
        self.selected = None
        self.update()

    def counts(self) -> np.ndarray | None:
        return self._counts

    def select(self, true: int, predicted: int) -> None:
        """Click the cell (``true``, ``predicted``) as a user would."""
        self.selected = (true, predicted)
        self.update()
        self.cell_clicked.emit(true, predicted)

    # -- geometry -------------------------------------------------------------------------------------
    def _layout(self) -> tuple[float, float, float]:
        """Left and top of the matrix and the side of one cell (room for the labels around it)."""
        n = 10 if self._counts is None else len(self._counts)
        margin = 2.6 * self.fontMetrics().height()
        side = max(min(self.width() - margin - 4, self.height() - margin - 4) / n, 4.0)
        return margin, margin, side

    def cell_rect(self, true: int, predicted: int) -> QRectF:
        left, top, side = self._layout()
        return QRectF(left + predicted * side, top + true * side, side, side)

    def sizeHint(self) -> QSize:  # noqa: N802 -- Qt's name
        return QSize(420, 420)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return width

    # -- painting and clicks ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        if self._counts is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("The confusion matrix of the test set appears here when a run ends."))
            return
        counts, n = self._counts, len(self._counts)
        left, top, side = self._layout()
        off = counts.copy()
        np.fill_diagonal(off, 0)
        rows = np.maximum(counts.sum(axis=1), 1)
        worst = max(int(off.max()), 1)
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, min(font.pointSizeF(), side / 3.2)))
        painter.setFont(font)
        for t in range(n):
            for p in range(n):
                rect = self.cell_rect(t, p)
                if t == p:
                    strength, tint = counts[t, p] / rows[t], _RIGHT
                else:
                    strength, tint = (counts[t, p] / worst) ** 0.5 if counts[t, p] else 0.0, _WRONG
                rgb = (_PAPER + (tint - _PAPER) * min(strength, 1.0)).astype(int)
                painter.fillRect(rect, QColor(*rgb))
                painter.setPen(QColor(255, 255, 255) if strength > 0.55 else QColor(30, 30, 30))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(counts[t, p]))
        painter.setPen(QPen(QColor(160, 160, 160), 1))
        painter.drawRect(QRectF(left, top, n * side, n * side))
        painter.setPen(self.palette().text().color())
        label_font = QFont(self.font())
        painter.setFont(label_font)
        height = self.fontMetrics().height()
        for k in range(n):
            painter.drawText(QRectF(left + k * side, top - 1.3 * height, side, height),
                             Qt.AlignmentFlag.AlignCenter, str(k))
            painter.drawText(QRectF(left - 1.3 * height, top + k * side, height, side),
                             Qt.AlignmentFlag.AlignCenter, str(k))
        painter.drawText(QRectF(left, 0, n * side, height), Qt.AlignmentFlag.AlignCenter,
                         self.tr("network's answer"))
        painter.save()
        painter.translate(0, top + n * side)
        painter.rotate(-90)
        painter.drawText(QRectF(0, 0, n * side, height), Qt.AlignmentFlag.AlignCenter, self.tr("true digit"))
        painter.restore()
        if self.selected is not None:
            painter.setPen(QPen(QColor(20, 20, 20), 3))
            painter.drawRect(self.cell_rect(*self.selected).adjusted(1, 1, -1, -1))

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self._counts is None:
            return
        n = len(self._counts)
        point = event.position()
        for t in range(n):
            for p in range(n):
                if self.cell_rect(t, p).contains(point):
                    self.select(t, p)
                    return
