"""Small read-only matrices of numbers: one ``NumberTable``, and ``GradientPair``, dW computed two ways.

``GradientPair`` puts the numerical gradient (the book's idiom) beside the analytic form x^T (y - t),
with their largest difference and a note under them (the owner supplies the translated note). The
picked weight is highlighted in both. Numbers use a fixed-width font and can be selected and copied.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.widgets.styles import CAPTION_STYLE

HIGHLIGHT = "background: #ffe0b2; border: 1px solid #ff8f00;"


class NumberTable(QWidget):
    """A title, column headers, row headers and a grid of numbers formatted with ``fmt`` (one, or one a row)."""

    def __init__(self, rows: int, cols: int, row_labels: Sequence[str] = (), col_labels: Sequence[str] = (),
                 title: str = "", fmt: str | Sequence[str] = "{:.8f}", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formats = [fmt] * rows if isinstance(fmt, str) else list(fmt)  # one per row
        self.values = np.zeros((rows, cols))
        self.highlighted: tuple[int, int] | None = None
        self.title_label = QLabel(title)
        self.title_label.setWordWrap(True)
        self.title_label.setVisible(bool(title))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for j, text in enumerate(col_labels):
            grid.addWidget(QLabel(text), 0, j + 1, Qt.AlignmentFlag.AlignRight)
        for i, text in enumerate(row_labels):
            grid.addWidget(QLabel(text), i + 1, 0)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._labels = []
        for i in range(rows):
            row = []
            for j in range(cols):
                label = QLabel()
                label.setFont(font)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, i + 1, j + 1)
                row.append(label)
            self._labels.append(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addLayout(grid)
        self._show()

    def text(self, i: int, j: int) -> str:
        """What the cell shows."""
        return self._labels[i][j].text()

    def set_values(self, values) -> None:
        self.values = np.array(values, dtype=np.float64).reshape(self.values.shape)
        self._show()

    def set_highlighted(self, cell: tuple[int, int] | None) -> None:
        self.highlighted = None if cell is None else (int(cell[0]), int(cell[1]))
        self._show()

    def _show(self) -> None:
        for (i, j), value in np.ndenumerate(self.values):
            label = self._labels[i][j]
            label.setText(self.formats[i].format(value))
            label.setToolTip(repr(float(value)))
            label.setStyleSheet(HIGHLIGHT if (i, j) == self.highlighted else "")


class GradientPair(QWidget):
    """Two ``NumberTable`` s side by side, their largest difference and a note."""

    def __init__(self, row_labels: Sequence[str], col_labels: Sequence[str], left_title: str, right_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note_shown = True
        shape = (len(row_labels), len(col_labels))
        self.left = NumberTable(*shape, row_labels, col_labels, left_title)
        self.right = NumberTable(*shape, row_labels, col_labels, right_title)
        self.difference_label = QLabel()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(CAPTION_STYLE)
        tables = QHBoxLayout()
        tables.setSpacing(18)
        tables.addWidget(self.left)
        tables.addWidget(self.right)
        tables.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(tables)
        layout.addWidget(self.difference_label)
        layout.addWidget(self.note_label)

    def set_values(self, left, right, difference_text: str, note: str = "") -> None:
        """Show both matrices; ``difference_text`` and ``note`` are shown as given (already translated).

        The note is also the difference's tooltip, so it can be read where it is hidden (:meth:`show_note`).
        """
        self.left.set_values(left)
        self.right.set_values(right)
        self.difference_label.setText(difference_text)
        self.difference_label.setToolTip(note)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note) and self.note_shown)

    def show_note(self, shown: bool) -> None:
        """Show the note under the difference (True) or only in its tooltip (a short window)."""
        self.note_shown = shown
        self.note_label.setVisible(bool(self.note_label.text()) and shown)

    def set_highlighted(self, cell: tuple[int, int] | None) -> None:
        self.left.set_highlighted(cell)
        self.right.set_highlighted(cell)
