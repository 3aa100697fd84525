"""The typed function of the tangent and gradient tabs: a line edit, its presets and its error message.

The field holds no opinion on what is valid: the tab tries the text and calls :meth:`accept` or
:meth:`reject`. What is shown follows two fields of this object, ``accepted_text`` and ``error``, never
the widgets' own text or style.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

ERROR_STYLE = "QLineEdit { border: 2px solid #c62828; }"
ERROR_COLOR = "color: #c62828;"


class ExpressionField(QWidget):
    """Line edit, presets below it, and the last error under them in full (wrapped, never clipped).

    Signals: ``edited(str)`` when the user finishes editing a text that differs from the accepted one
    (or while an error is shown, so Enter retries); ``preset_chosen(int)``, the index into ``presets``.
    """

    edited = Signal(str)
    preset_chosen = Signal(int)

    def __init__(self, text: str = "", presets: Sequence[str] = (), presets_prompt: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accepted_text = text.strip()
        self.error: str | None = None
        self.line_edit = QLineEdit(text)
        self.line_edit.editingFinished.connect(self._on_line_edit_editing_finished)
        self.preset_combo = QComboBox()
        self.preset_combo.addItem(presets_prompt or self.tr("Presets…"), None)
        for index, label in enumerate(presets):
            self.preset_combo.addItem(label, index)
        self.preset_combo.activated.connect(self._on_preset_combo_activated)
        self.preset_combo.setVisible(bool(presets))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_COLOR)
        # Wrapped text needs its height for the width it gets: let the layout grow the label.
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.line_edit, self.preset_combo, self.error_label):
            layout.addWidget(widget)

    def text(self) -> str:
        """What is typed now (maybe not accepted yet)."""
        return self.line_edit.text()

    def set_text(self, text: str) -> None:
        """Show ``text`` in the line edit without emitting ``edited``."""
        self.line_edit.setText(text)

    def accept(self, text: str) -> None:
        """``text`` is in use: show it, clear any error."""
        self.accepted_text = text.strip()
        self.error = None
        self.line_edit.setText(text)
        self.line_edit.setStyleSheet("")
        self.line_edit.setToolTip("")
        self.error_label.clear()
        self.error_label.hide()

    def reject(self, text: str, message: str) -> None:
        """``text`` cannot be used: keep it on screen to be corrected, mark the field, show ``message``."""
        self.error = message
        self.line_edit.setText(text)
        self.line_edit.setStyleSheet(ERROR_STYLE)
        self.line_edit.setToolTip(message)
        self.error_label.setText(message)
        self.error_label.show()

    @Slot()
    def _on_line_edit_editing_finished(self) -> None:
        text = self.line_edit.text()
        if text.strip() != self.accepted_text or self.error is not None:
            self.edited.emit(text)

    @Slot(int)
    def _on_preset_combo_activated(self, index: int) -> None:
        preset = self.preset_combo.itemData(index)
        self.preset_combo.setCurrentIndex(0)  # the combo is a menu of actions, not a state
        if preset is not None:
            self.preset_chosen.emit(int(preset))
