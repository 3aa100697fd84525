"""Help > About: version, who made the code, the data and the book ScratchNN follows."""
from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.resources import app_version

MNIST_URL = "http://yann.lecun.com/exdb/mnist/"
CC_BY_SA_URL = "https://creativecommons.org/licenses/by-sa/3.0/"
MIT_URL = "https://opensource.org/licenses/MIT"
BOOK_CODE_URL = "https://github.com/oreilly-japan/deep-learning-from-scratch"


class AboutDialog(QDialog):
    """The About box: plain rich text with clickable links, closed with OK or Escape."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ScratchNN"))
        self._label = QLabel(self._html())
        self._label.setTextFormat(Qt.TextFormat.RichText)
        self._label.setWordWrap(True)
        self._label.setOpenExternalLinks(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def text(self) -> str:
        """The dialog's text without markup (what a reader sees; used by tests)."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self._label.text())
        return doc.toPlainText()

    def _html(self) -> str:
        paragraphs = [
            f"<h2>ScratchNN {app_version()}</h2>",
            self.tr("See and touch chapter 4 of <i>Deep Learning from Scratch</i>: loss functions, numerical "
                    "differentiation, gradients, gradient descent and a two-layer network learning MNIST."),
            self.tr("<b>Code:</b> MIT license (<a href=\"{url}\">text</a>).").format(url=MIT_URL),
            self.tr("<b>MNIST data:</b> Yann LeCun, Corinna Cortes and Christopher J. C. Burges "
                    "(<a href=\"{mnist}\">the MNIST database</a>), distributed under the Creative Commons "
                    "Attribution-Share Alike 3.0 license (<a href=\"{cc}\">CC BY-SA 3.0</a>). "
                    "The embedded copy keeps that license.").format(mnist=MNIST_URL, cc=CC_BY_SA_URL),
            self.tr("<b>The book followed:</b> Saito Koki, <i>Deep Learning from Scratch</i> (O'Reilly Japan); "
                    "Korean edition <i>밑바닥부터 시작하는 딥러닝</i> (Hanbit Media); "
                    "<a href=\"{url}\">the book's code</a>. ScratchNN is an independent study aid and contains "
                    "none of the book's text.").format(url=BOOK_CODE_URL),
            self.tr("Python {py}, PySide6 {pyside}").format(py=platform.python_version(), pyside=pyside_version),
        ]
        return "".join(p if p.startswith("<h2>") else f"<p>{p}</p>" for p in paragraphs)
