"""A small weight matrix to edit by hand: cells on a diverging colour map, typed or dragged (Book 4.4.2).

Each cell is a line edit: type a number and press Enter, or drag the cell up (larger) or down (smaller),
0.01 per pixel (Shift: 0.001). A click (or Tab into a cell) selects that weight. The widget holds no
opinion on what is valid: it emits ``weight_edited(i, j, text)`` and the owner calls :meth:`set_values`
(accepted) or :meth:`reject` (the typed text stays on screen, marked, with the message under the grid).
What is shown follows ``values``, ``selected`` and ``error``, never the widgets' own text.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from app.widgets.styles import DIVERGING

COLOUR_LIMIT = 3.0  # |w| at which a cell is fully coloured; beyond it, it stays so
DRAG_STEP = 0.01  # per pixel
FINE_FACTOR = 0.1  # with Shift held
SELECTED_BORDER = "#ff8f00"
ERROR_BORDER = "#c62828"


def format_weight(value: float) -> str:
    """Up to 8 decimals, as the book prints W, without trailing zeros (0.5, not 0.50000000)."""
    text = f"{value:.8f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def cell_colours(value: float, limit: float = COLOUR_LIMIT) -> tuple[str, str]:
    """(background, text) colour names for a weight: the diverging map, white text on the dark ends."""
    position = 0.5 + 0.5 * float(np.clip(value / limit, -1.0, 1.0))
    background = DIVERGING.map(position, mode="qcolor")
    return background.name(), ("#ffffff" if abs(position - 0.5) > 0.3 else "#000000")


class _WeightCell(QLineEdit):
    """W[i, j]: a line edit that also turns vertical drags into values and reports presses.

    Its signals carry (i, j), so the editor connects bound methods, not closures (a lambda holding the
    editor, connected to a child's signal, can crash PySide at interpreter exit).
    """

    pressed = Signal(int, int)
    dragged = Signal(int, int, float)  # the value the drag has reached
    finished = Signal(int, int)  # editingFinished, with the cell

    def __init__(self, i: int, j: int) -> None:
        super().__init__()
        self.i, self.j = i, j
        self.value = 0.0  # the last good value, set by the editor
        self.editingFinished.connect(self._on_editing_finished)
        self._press_y: float | None = None
        self._dragging = False
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setCursor(Qt.CursorShape.SizeVerCursor)

    def mousePressEvent(self, event) -> None:  # noqa: N802 -- Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_y, self._start, self._dragging = event.position().y(), self.value, False
            self.pressed.emit(self.i, self.j)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._press_y is None:
            return super().mouseMoveEvent(event)
        dy = event.position().y() - self._press_y
        if not self._dragging and abs(dy) >= QApplication.startDragDistance():
            self._dragging = True
            self.deselect()
        if self._dragging:
            fine = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            step = DRAG_STEP * (FINE_FACTOR if fine else 1.0)
            self.dragged.emit(self.i, self.j, round(self._start - dy * step, 4))  # up is more
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        dragging, self._press_y, self._dragging = self._dragging, None, False
        if not dragging:
            super().mouseReleaseEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.pressed.emit(self.i, self.j)  # reaching a cell by keyboard selects it too

    def _on_editing_finished(self) -> None:
        self.finished.emit(self.i, self.j)


class WeightMatrixEditor(QWidget):
    """A rows x cols grid of weights with row and column headers and an error line under it.

    Signals: ``weight_edited(i, j, text)`` when a cell's typed text is finished (and differs from the
    value shown, or an error is up) or while it is dragged; ``weight_selected(i, j)`` on a click.
    """

    weight_edited = Signal(int, int, str)
    weight_selected = Signal(int, int)

    def __init__(self, values, row_labels: Sequence[str] = (), col_labels: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = np.array(values, dtype=np.float64)
        self.values = values.copy()
        self.selected = (0, 0)
        self.error: str | None = None
        self.rejected: tuple[int, int, str] | None = None
        grid = QGridLayout()
        grid.setSpacing(3)
        for j, text in enumerate(col_labels):
            grid.addWidget(QLabel(text), 0, j + 1, Qt.AlignmentFlag.AlignHCenter)
        for i, text in enumerate(row_labels):
            grid.addWidget(QLabel(text), i + 1, 0)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._cells: list[list[_WeightCell]] = []
        for i in range(values.shape[0]):
            row = []
            for j in range(values.shape[1]):
                cell = _WeightCell(i, j)
                cell.setFont(font)
                cell.setMinimumWidth(cell.fontMetrics().horizontalAdvance("-0.00000000") + 12)
                cell.setToolTip(self.tr("Click to pick this weight; type a number and press Enter, or drag "
                                        "up or down to change it (Shift: finer)."))
                cell.pressed.connect(self._on_cell_pressed)
                cell.dragged.connect(self._on_cell_dragged)
                cell.finished.connect(self._on_cell_editing_finished)
                grid.addWidget(cell, i + 1, j + 1)
                row.append(cell)
            self._cells.append(row)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_BORDER};")
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        self._show()

    def cell(self, i: int, j: int) -> QLineEdit:
        """The line edit of ``W[i, j]`` (for tests and focus)."""
        return self._cells[i][j]

    def set_values(self, values) -> None:
        """``values`` are in use: show them all, clear any error."""
        self.values = np.array(values, dtype=np.float64)
        self.error, self.rejected = None, None
        self._show()

    def set_selected(self, i: int, j: int) -> None:
        """Mark ``W[i, j]`` as the picked weight (no signal)."""
        self.selected = (int(i), int(j))
        self._show()

    def reject(self, i: int, j: int, text: str, message: str) -> None:
        """``text`` typed into ``W[i, j]`` cannot be used: keep it on screen, marked, and say why."""
        self.error, self.rejected = message, (int(i), int(j), text)
        self._show()

    @Slot(int, int)
    def _on_cell_pressed(self, i: int, j: int) -> None:
        if (i, j) != self.selected:
            self.set_selected(i, j)
        self.weight_selected.emit(i, j)

    @Slot(int, int, float)
    def _on_cell_dragged(self, i: int, j: int, value: float) -> None:
        self.weight_edited.emit(i, j, format_weight(value))

    @Slot(int, int)
    def _on_cell_editing_finished(self, i: int, j: int) -> None:
        cell = self._cells[i][j]
        text = cell.text()
        cell.setModified(False)  # finished: from now on the cell shows what the owner accepts
        if text.strip() != format_weight(self.values[i, j]) or self.rejected is not None:
            self.weight_edited.emit(i, j, text)

    def _show(self) -> None:
        for (i, j), value in np.ndenumerate(self.values):
            cell = self._cells[i][j]
            rejected = self.rejected is not None and self.rejected[:2] == (i, j)
            cell.value = float(value)
            text = self.rejected[2] if rejected else format_weight(value)
            typing = cell.hasFocus() and cell.isModified()  # a training tick must not eat half a number
            if cell.text() != text and not typing:
                cell.setText(text)
                cell.setCursorPosition(0)
            background, foreground = cell_colours(value)
            border = (f"2px solid {ERROR_BORDER}" if rejected else
                      f"3px solid {SELECTED_BORDER}" if (i, j) == self.selected else "1px solid #90a4ae")
            cell.setStyleSheet(f"QLineEdit {{ background: {background}; color: {foreground}; border: {border};"
                               " padding: 2px; }")
        self.error_label.setText(self.error or "")
        self.error_label.setVisible(self.error is not None)
