"""The per-epoch accuracies as a table, like the list train_neuralnet.py prints (Book 4.5.3):
"train acc, test acc | 0.7801, 0.7867" once per epoch."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


class EpochTable(QTableWidget):
    """One row per ``EpochRecord``: epoch, train acc, test acc (four decimals, as the book prints them);
    the iteration it was measured at is the row's tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("epoch"), self.tr("train acc"), self.tr("test acc")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)  # compact rows
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip(self.tr("Accuracy on the training and test images at the start of each epoch, "
                                "the list the book's train_neuralnet.py prints."))
        self._shown: list = []

    def set_epochs(self, records: Sequence) -> None:
        """Show ``records`` (``EpochRecord`` s); rows already shown are kept, new ones appended."""
        records = list(records)
        if records[:len(self._shown)] != self._shown:
            self.setRowCount(0)
            self._shown = []
        for record in records[len(self._shown):]:
            row = self.rowCount()
            self.insertRow(row)
            for column, value in enumerate((str(record.epoch), f"{record.train_acc:.4f}",
                                            f"{record.test_acc:.4f}")):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(self.tr("epoch {0}: measured after iteration {1}").format(record.epoch,
                                                                                       record.iteration))
                self.setItem(row, column, item)
        if len(records) > len(self._shown):
            self.scrollToBottom()
        self._shown = records

    def values(self) -> list[tuple[int, float, float]]:
        """The rows as numbers: epoch, train acc, test acc."""
        return [(int(self.item(r, 0).text()), float(self.item(r, 1).text()), float(self.item(r, 2).text()))
                for r in range(self.rowCount())]
