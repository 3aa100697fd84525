"""A grid of MNIST test digits with the network's prediction and the true label, mistakes in red (Book 4.5.3)."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt, Slot
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget


_SIDE = 28          # MNIST images are 28 x 28
_MISTAKE = QColor(200, 30, 30)
_CORRECT = QColor(30, 30, 30)


def select_digits(predicted: Sequence[int], labels: Sequence[int], count: int = 24,
                  mistakes_first: bool = False) -> np.ndarray:
    """Indices of the test digits to show: the first ``count``, or the mistakes first when asked."""
    predicted, labels = np.asarray(predicted), np.asarray(labels)
    order = np.arange(len(labels))
    if mistakes_first:
        wrong = predicted != labels
        order = np.concatenate([order[wrong], order[~wrong]])
    return order[:count]


def _to_qimage(pixels: np.ndarray) -> QImage:
    """A 28x28 grayscale QImage (white ink on black, as MNIST is stored) from values in 0..1 or 0..255."""
    pixels = np.asarray(pixels, dtype=np.float64).reshape(_SIDE, _SIDE)
    if pixels.max(initial=0.0) <= 1.0:
        pixels = pixels * 255.0
    data = np.ascontiguousarray(np.clip(pixels, 0, 255).astype(np.uint8))
    image = QImage(data.data, _SIDE, _SIDE, _SIDE, QImage.Format.Format_Grayscale8)
    return image.copy()  # own the pixels: ``data`` goes away when we return


class DigitGrid(QWidget):
    """Draws up to ``columns * rows`` digits; each cell shows the image, "predicted (true)" beneath.

    The grid always reserves room for ``rows`` rows, so the layout does not jump when digits arrive.

    Wrong predictions get a red frame and red text, so a learner sees at a glance which digits fooled the
    network.
    """

    def __init__(self, columns: int = 8, rows: int = 3, cell_scale: int = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._min_rows = rows
        self._scale = cell_scale
        self._images: list[QImage] = []
        self._predicted: list[int] = []
        self._labels: list[int] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setToolTip(self.tr("Test digits: the network's answer, the true label in brackets; "
                                "mistakes in red."))

    # --- data -----------------------------------------------------------------------------------------
    def set_digits(self, images: np.ndarray, predicted, labels) -> None:
        """Show ``images`` (N x 784 or N x 28 x 28) with their predicted and true labels."""
        images = np.asarray(images)
        predicted, labels = np.asarray(predicted).ravel(), np.asarray(labels).ravel()
        if not (len(images) == len(predicted) == len(labels)):
            raise ValueError("images, predicted and labels must have the same length")
        self._images = [_to_qimage(image) for image in images]
        self._predicted = [int(p) for p in predicted]
        self._labels = [int(t) for t in labels]
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_digits(np.empty((0, _SIDE * _SIDE)), [], [])

    def count(self) -> int:
        return len(self._images)

    def mistakes(self) -> list[int]:
        """Cell indices whose prediction is wrong (drawn in red)."""
        return [i for i, (p, t) in enumerate(zip(self._predicted, self._labels)) if p != t]

    def caption(self, index: int) -> str:
        """The text under one cell, e.g. ``7 (7)``; a mistake reads ``2 (7)``."""
        return self.tr("{0} ({1})").format(self._predicted[index], self._labels[index])

    # --- geometry and painting ----------------------------------------------------------------------------
    def _cell_size(self, scale: int | None = None) -> QSize:
        side = _SIDE * (self._scale if scale is None else scale)
        return QSize(side + 8, side + self.fontMetrics().height() + 8)

    def _fitting_scale(self) -> int:
        """The largest zoom up to ``cell_scale`` at which the columns fit the width we have (at least 1x)."""
        return max(1, min(self._scale, (self.width() // self._columns - 8) // _SIDE))

    def _rows(self) -> int:
        return max(self._min_rows, -(-len(self._images) // self._columns))

    def sizeHint(self) -> QSize:  # noqa: N802 -- Qt name
        cell = self._cell_size()
        return QSize(cell.width() * self._columns, cell.height() * self._rows())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 -- a narrow window draws the digits at 1x
        cell = self._cell_size(1)
        return QSize(cell.width() * self._columns, cell.height() * self._rows())

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        if not self._images:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Test digits appear here when training ends."))
            return
        scale = self._fitting_scale()
        cell = self._cell_size(scale)
        side = _SIDE * scale
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        for index, image in enumerate(self._images):
            row, col = divmod(index, self._columns)
            x, y = col * cell.width() + 4, row * cell.height() + 4
            target = QRect(x, y, side, side)
            painter.drawImage(target, image)
            wrong = self._predicted[index] != self._labels[index]
            color = _MISTAKE if wrong else _CORRECT
            if wrong:
                painter.setPen(QPen(color, 3))
                painter.drawRect(target.adjusted(-1, -1, 1, 1))
            painter.setPen(color)
            text_rect = QRect(x - 4, y + side + 2, cell.width(), cell.height() - side - 4)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             self.caption(index))


class DigitPanel(QWidget):
    """A :class:`DigitGrid` fed from an ``Evaluation``, with a "mistakes first" switch above it."""

    def __init__(self, count: int = 24, columns: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = count
        self._evaluation = None
        self.mistakes_first = QCheckBox(self.tr("Show mistakes first"))
        self.mistakes_first.toggled.connect(self._on_mistakes_first_toggled)
        self.grid = DigitGrid(columns=columns, rows=-(-count // columns))
        # How to read a caption, said once above the grid rather than only in a tooltip.
        self.legend = QLabel(self.tr("Under each test digit: the network's answer (the true label). "
                                     "Red frame: a mistake."), wordWrap=True)
        header = QHBoxLayout()
        header.addWidget(self.mistakes_first)
        header.addStretch(1)
        header.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.grid)

    def show_evaluation(self, evaluation) -> None:
        """Show the test digits of ``evaluation`` (``images``, ``predicted``, ``test_labels``); None clears."""
        self._evaluation = evaluation
        if evaluation is None:
            self.grid.clear()
            return
        index = select_digits(evaluation.predicted, evaluation.test_labels, self._count,
                              self.mistakes_first.isChecked())
        self.grid.set_digits(evaluation.test_images[index], evaluation.predicted[index],
                             evaluation.test_labels[index])

    @Slot(bool)
    def _on_mistakes_first_toggled(self, _checked: bool) -> None:
        self.show_evaluation(self._evaluation)
