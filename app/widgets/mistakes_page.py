"""The training tab's "Mistakes" page: where the network errs on the test set (Book 4.5.3).

The confusion matrix of the test set after a run; a click on a cell shows its digits; otherwise the
browser pages through every mistake, the most confident first, each with its top-3 probabilities.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.widgets.confusion_view import ConfusionView
from app.widgets.digit_browser import DigitBrowser
from scratchnn_core import confusion_matrix, mistakes, top_k


class MistakesPage(QWidget):
    """Fed with an ``Evaluation`` (``test_images``, ``test_labels``, ``predicted``, ``probabilities``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._evaluation = None
        self._top = (np.empty((0, 3), dtype=np.int64), np.empty((0, 3), dtype=np.float32))
        self.matrix = ConfusionView()
        self.matrix.cell_clicked.connect(self._on_matrix_cell_clicked)
        self.summary = QLabel(wordWrap=True)
        self.all_button = QPushButton(self.tr("All mistakes"))
        self.all_button.setToolTip(self.tr("Page through every wrong answer, the most confident first."))
        self.all_button.clicked.connect(self._on_all_button_clicked)
        self.browser = DigitBrowser()
        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addWidget(self.matrix, 1)
        left.addWidget(self.all_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 4)
        layout.addWidget(self.browser, 5)
        self.set_evaluation(None)

    def set_evaluation(self, evaluation) -> None:
        """Show the test set as ``evaluation`` judged it; None clears."""
        self._evaluation = evaluation
        self.all_button.setEnabled(evaluation is not None)
        if evaluation is None:
            self.matrix.set_matrix(None)
            self.summary.setText(self.tr("After a run (or loading weights) the test digits are sorted here "
                                         "by what the network answered."))
            self.browser.set_samples(np.empty((0, 784)), np.empty(0, dtype=np.int64), self._top[0],
                                     self._top[1], "")
            return
        labels = evaluation.test_labels
        counts = confusion_matrix(labels, evaluation.predicted)
        self._top = top_k(evaluation.probabilities, 3)
        self.matrix.set_matrix(counts)
        right, total = int(np.trace(counts)), int(counts.sum())
        self.summary.setText(self.tr("<b>Confusion matrix</b> of the test set: {0:,} of {1:,} digits right, "
                                     "{2:.2%} (the diagonal's share). Click a cell to see its digits.").format(
            right, total, right / max(total, 1)))
        self.show_all_mistakes()

    def show_all_mistakes(self) -> None:
        if self._evaluation is not None:
            ev = self._evaluation
            indices = mistakes(ev.test_labels, ev.probabilities)
            self._show(indices, self.tr("All {0:,} mistakes, the most confident first").format(len(indices)))

    def show_cell(self, true: int, predicted: int) -> None:
        """The digits of one cell: a confusion's, the most confident first; the diagonal's, the least
        confident first (the right answers the network nearly got wrong)."""
        ev = self._evaluation
        if ev is None:
            return
        if true != predicted:
            indices = mistakes(ev.test_labels, ev.probabilities, true_class=true, predicted_class=predicted)
        else:
            indices = np.flatnonzero((ev.test_labels == true) & (ev.predicted == true))
            indices = indices[np.argsort(ev.probabilities[indices, true], kind="stable")]
        self._show(indices, self.tr("True {0}, answered {1}: {2:,} digits").format(true, predicted, len(indices)))

    def _show(self, indices: np.ndarray, title: str) -> None:
        ev = self._evaluation
        self.browser.set_samples(ev.test_images[indices], ev.test_labels[indices], self._top[0][indices],
                                 self._top[1][indices], title)

    @Slot(int, int)
    def _on_matrix_cell_clicked(self, true: int, predicted: int) -> None:
        self.show_cell(true, predicted)

    @Slot()
    def _on_all_button_clicked(self) -> None:
        self.matrix.selected = None
        self.matrix.update()
        self.show_all_mistakes()
