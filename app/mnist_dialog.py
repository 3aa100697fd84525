"""File > Export MNIST for the book's code: the embedded MNIST written where the book's scripts look.

The book's ``dataset/mnist.py`` downloads MNIST on first use, and that download now fails (HTTP 403). The
core's ``export_mnist`` writes the four ``.gz`` files under the book's names, checked by MD5; this asks
for the folder, asks before overwriting, and says what to do next. The dialogs are parameters so tests
can answer them.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.language import message_text
from scratchnn_core import MnistError
from scratchnn_core.mnist_export import ExportRefused, export_mnist


def _title() -> str:
    return QCoreApplication.translate("MnistDialog", "Export MNIST for the book's code")


def _ask_folder(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, _title(), start)


def _ask_overwrite(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, _title(), text)
    return answer == QMessageBox.StandardButton.Yes


def _tell(parent: QWidget, text: str, problem: bool) -> None:
    (QMessageBox.warning if problem else QMessageBox.information)(
        parent, _title(), text)


def export_for_the_book(parent: QWidget, start: str, *, ask_folder: Callable = _ask_folder,
                        ask_overwrite: Callable = _ask_overwrite, tell: Callable = _tell) -> list[Path]:
    """Ask for a folder and write MNIST there; returns the files written (empty when cancelled or refused)."""
    folder = ask_folder(parent, start)
    if not folder:
        return []
    try:
        try:
            written = export_mnist(folder)
        except ExportRefused as refused:
            names = "\n".join(path.name for path in refused.paths)
            if not ask_overwrite(parent, QCoreApplication.translate(
                    "MnistDialog", "These files are already in {folder}:\n{names}\n\nReplace them with "
                    "ScratchNN's copy of MNIST?").format(folder=folder, names=names)):
                return []
            written = export_mnist(folder, force=True)
    except (OSError, MnistError) as error:  # a folder we may not write, a full disk, a damaged copy
        text = QCoreApplication.translate("MnistDialog", "Nothing was exported to {folder}: {error}")
        tell(parent, text.format(folder=folder, error=message_text(error)), True)  # a MnistError translated
        return []
    done = QCoreApplication.translate(
        "MnistDialog", "Wrote the four MNIST files to {folder}, their contents checked by MD5:\n{names}\n\nNext: "
        "put them in the book's dataset/ folder, next to mnist.py. Its load_mnist() then finds them and never "
        "downloads. If dataset/ holds a mnist.pkl from an earlier failed attempt, delete it first so that "
        "load_mnist() rebuilds it from these files.")
    tell(parent, done.format(folder=folder, names="\n".join(p.name for p in written)), False)
    return written
