"""A few lines of Python shown as code: fixed-width, selectable, never wrapped, as tall as its lines."""
from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

CODE_STYLE = "QPlainTextEdit { background: #f5f5f5; color: #263238; border: 1px solid #cfd8dc; }"


class CodeView(QPlainTextEdit):
    """Read-only code; :meth:`set_code` replaces it and fits the height to the number of lines."""

    def __init__(self, code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setWordWrapMode(QTextOption.WrapMode.NoWrap)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setStyleSheet(CODE_STYLE)
        self.set_code(code)

    def code(self) -> str:
        return self.toPlainText()

    def set_code(self, code: str) -> None:
        if code != self.toPlainText():
            self.setPlainText(code)
        lines = max(1, code.count("\n") + 1)
        margins = self.contentsMargins()
        # Room for a horizontal scroll bar too: a narrow panel scrolls a long line instead of hiding it.
        height = (lines * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
                  + margins.top() + margins.bottom() + self.horizontalScrollBar().sizeHint().height())
        self.setFixedHeight(round(height))
