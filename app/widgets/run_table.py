"""The training runs as a table: settings, status, final accuracies, time, iterations; a tick shows or
hides a run's curves, a button removes it, another exports all runs as one CSV (Book 4.5.2's
experiments side by side)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

STATUS_TEXTS = {"completed": QT_TRANSLATE_NOOP("RunTable", "completed"),
                "cancelled": QT_TRANSLATE_NOOP("RunTable", "stopped"),
                "diverged": QT_TRANSLATE_NOOP("RunTable", "diverged")}


@dataclass(frozen=True)
class RunRow:
    """What one row shows; ``status`` is a ``TrainResult.status``, accuracies are None before they exist."""

    run_id: int
    label: str
    color: QColor
    status: str
    iterations: int
    time_text: str
    train_acc: float | None
    test_acc: float | None
    settings_text: str
    visible: bool = True
    current: bool = False


class RunTable(QWidget):
    """``set_runs(rows)``; signals ``visibility_toggled(run_id, visible)``, ``remove_requested(run_id)``
    and ``export_requested()``."""

    visibility_toggled = Signal(int, bool)
    remove_requested = Signal(int)
    export_requested = Signal()

    COLUMNS = (QT_TRANSLATE_NOOP("RunTable", "Run"), QT_TRANSLATE_NOOP("RunTable", "Status"),
               QT_TRANSLATE_NOOP("RunTable", "Test acc"), QT_TRANSLATE_NOOP("RunTable", "Train acc"),
               QT_TRANSLATE_NOOP("RunTable", "Iterations"), QT_TRANSLATE_NOOP("RunTable", "Time"),
               QT_TRANSLATE_NOOP("RunTable", "Settings"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RunRow] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(name) for name in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)  # one line a run; the whole settings are the cell's tooltip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.remove_button = QPushButton(self.tr("Remove run"))
        self.remove_button.setToolTip(self.tr("Forget the selected run: its row and its curves."))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.export_button = QPushButton(self.tr("Export all runs as CSV…"))
        self.export_button.setToolTip(self.tr("One table of every run: settings, outcome, losses and "
                                              "per-epoch accuracies."))
        self.export_button.clicked.connect(self.export_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._removable = True
        self._update_buttons()

    def set_runs(self, rows: Sequence[RunRow]) -> None:
        """Show ``rows`` (oldest first), keeping the selected run selected."""
        selected = self.selected_run()
        self._rows = list(rows)
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self._rows))
            for r, row in enumerate(self._rows):
                first = QTableWidgetItem(_swatch(row.color), row.label)
                first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                first.setCheckState(Qt.CheckState.Checked if row.visible else Qt.CheckState.Unchecked)
                first.setData(Qt.ItemDataRole.UserRole, row.run_id)
                first.setToolTip(self.tr("Tick to show this run's curves; untick to hide them."))
                if row.current:
                    font = first.font()
                    font.setBold(True)
                    first.setFont(font)
                values = (self.tr(STATUS_TEXTS.get(row.status, row.status)), _percent(row.test_acc),
                          _percent(row.train_acc), f"{row.iterations:,}", row.time_text, row.settings_text)
                self.table.setItem(r, 0, first)
                for c, value in enumerate(values, start=1):
                    item = QTableWidgetItem(value)
                    item.setToolTip(row.settings_text if c == len(values) else "")
                    if 2 <= c <= 5:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(r, c, item)
        if selected is not None and selected in self.run_ids():
            self.table.selectRow(self.run_ids().index(selected))
        self._update_buttons()

    def run_ids(self) -> list[int]:
        return [row.run_id for row in self._rows]

    def selected_run(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()].run_id if rows and rows[0].row() < len(self._rows) else None

    def select_run(self, run_id: int) -> None:
        self.table.selectRow(self.run_ids().index(run_id))

    def set_visible_checked(self, run_id: int, visible: bool) -> None:
        """Tick or untick a run as a user would (emits ``visibility_toggled``)."""
        self.table.item(self.run_ids().index(run_id), 0).setCheckState(
            Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked)

    def set_removable(self, removable: bool) -> None:
        """Allow Remove (not while a run is training: its row is about to change)."""
        self._removable = removable
        self._update_buttons()

    @Slot(QTableWidgetItem)
    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self.visibility_toggled.emit(int(item.data(Qt.ItemDataRole.UserRole)),
                                         item.checkState() == Qt.CheckState.Checked)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        run_id = self.selected_run()
        if run_id is not None:
            self.remove_requested.emit(run_id)

    @Slot()
    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self._removable and self.selected_run() is not None)
        self.export_button.setEnabled(bool(self._rows))


def _percent(value: float | None) -> str:
    return "\u2014" if value is None else f"{value:.2%}"


def _swatch(color: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    return QIcon(pixmap)
