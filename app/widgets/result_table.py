"""A read-only table of numbers with named rows and columns (the gradient check's differences, Book 5.7.3).

Numbers are written the way the book prints them (``4.4e-10``: up to three significant digits, an
exponent for small and large values), right-aligned; the tab gives the headers already translated. A ``QTableWidget``: it scrolls, and a
selection copies; ``matrix_display.NumberTable`` is the fixed grid for the small matrices of the network tab.
"""
from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


def format_number(value: float | None) -> str:
    """``4.4e-10``, ``0.0123``, ``12.3``; an em dash for a missing or non-finite value."""
    if value is None or not math.isfinite(value):
        return "\u2014"
    return f"{value:.3g}"


class ResultTable(QTableWidget):
    """``show_table(columns, rows)`` with ``rows`` as ``(name, values)``; selectable, never editable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_table(self, columns: list[str], rows: list[tuple[str, list[float | None]]]) -> None:
        """Replace the contents: one row per ``(name, values)``, ``values`` in the order of ``columns``."""
        self.clear()
        self.setColumnCount(len(columns))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(columns)
        self.setVerticalHeaderLabels([name for name, _ in rows])
        for r, (_, values) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(format_number(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(Qt.ItemDataRole.UserRole, value)
                self.setItem(r, c, item)

    def value(self, row: int, column: int) -> float | None:
        """The number shown in a cell (as given, not as written)."""
        item = self.item(row, column)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def rows(self) -> list[list[str]]:
        """The table as text, header row first (the corner cell empty): what a person sees."""
        header = [""] + [self.horizontalHeaderItem(c).text() for c in range(self.columnCount())]
        return [header] + [[self.verticalHeaderItem(r).text()]
                           + [self.item(r, c).text() if self.item(r, c) else "" for c in range(self.columnCount())]
                           for r in range(self.rowCount())]
