"""Pages of test digits, each with the true label and the network's three most probable answers
(Book 4.5.3: what lies behind the accuracy). The page holds as many digits as fit the widget."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt, Slot
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.widgets.styles import CAPTION_STYLE

SIDE = 28
SCALE = 2
_WRONG = QColor(200, 30, 30)
_RIGHT = QColor(30, 110, 40)


def digit_image(pixels: np.ndarray) -> QImage:
    """784 intensities from 0 (black) to 1 (white), clipped, as a 28x28 grayscale image (MNIST's layout)."""
    data = np.ascontiguousarray((np.clip(np.asarray(pixels, dtype=np.float32).reshape(SIDE, SIDE), 0, 1)
                                 * 255).astype(np.uint8))
    return QImage(data.data, SIDE, SIDE, SIDE, QImage.Format.Format_Grayscale8).copy()  # own its pixels


class DigitCells(QWidget):
    """Paints one page: a grid of cells (image, "true 7", the top-3 answers with probabilities)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: list[tuple[QImage, int, list[tuple[int, float]]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(self.cell_size())

    def cell_size(self) -> QSize:
        height = self.fontMetrics().height()
        width = max(SIDE * SCALE, self.fontMetrics().horizontalAdvance("9 100% 9 100%")) + 12
        return QSize(width, SIDE * SCALE + 4 * height + 10)

    def capacity(self) -> int:
        """How many cells fit (at least one)."""
        cell = self.cell_size()
        return max(self.width() // cell.width(), 1) * max(self.height() // cell.height(), 1)

    def set_cells(self, cells) -> None:
        self._cells = list(cells)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 -- Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        cell = self.cell_size()
        columns = max(self.width() // cell.width(), 1)
        height = self.fontMetrics().height()
        bold = QFont(self.font())
        bold.setBold(True)
        for index, (image, label, top3) in enumerate(self._cells):
            row, column = divmod(index, columns)
            x, y = column * cell.width() + 6, row * cell.height() + 4
            target = QRect(x + (cell.width() - 12 - SIDE * SCALE) // 2, y, SIDE * SCALE, SIDE * SCALE)
            painter.drawImage(target, image)
            wrong = top3[0][0] != label
            if wrong:
                painter.setPen(QPen(_WRONG, 2))
                painter.drawRect(target.adjusted(-1, -1, 1, 1))
            text_y = y + SIDE * SCALE + 2
            painter.setFont(bold)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRect(x, text_y, cell.width() - 12, height), Qt.AlignmentFlag.AlignHCenter,
                             self.tr("true {0}").format(label))
            painter.setFont(self.font())
            for rank, (digit, probability) in enumerate(top3):
                painter.setPen(_RIGHT if digit == label else (_WRONG if rank == 0 else
                                                              self.palette().text().color()))
                painter.drawText(QRect(x, text_y + (rank + 1) * height, cell.width() - 12, height),
                                 Qt.AlignmentFlag.AlignHCenter, f"{digit}  {probability:.1%}")


class DigitBrowser(QWidget):
    """A title, a page of :class:`DigitCells` and Previous/Next. Fed with ``set_samples``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images = np.empty((0, SIDE * SIDE), dtype=np.float32)
        self._labels = np.empty(0, dtype=np.int64)
        self._classes = np.empty((0, 3), dtype=np.int64)
        self._probabilities = np.empty((0, 3), dtype=np.float32)
        self._start = 0
        self.title = QLabel(wordWrap=True)
        self.cells = DigitCells()
        self.previous_button = QPushButton(self.tr("\u2190 Previous"))
        self.next_button = QPushButton(self.tr("Next \u2192"))
        self.page_label = QLabel()
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        buttons.addWidget(self.next_button)
        legend = QLabel(self.tr("Under each digit: its true label, then the network's three most probable "
                                "answers (green: the true one)."))
        legend.setWordWrap(True)
        legend.setStyleSheet(CAPTION_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(legend)
        layout.addWidget(self.cells, 1)
        layout.addLayout(buttons)
        self._show_page()

    def set_samples(self, images, labels, classes, probabilities, title: str) -> None:
        """Digits to page through: images (N x 784), true labels (N,), the top-3 classes and their
        probabilities (N x 3 each, most probable first), and a title saying what they are."""
        self._images, self._labels = np.asarray(images), np.asarray(labels)
        self._classes, self._probabilities = np.asarray(classes), np.asarray(probabilities)
        self._start = 0
        self.title.setText(title)
        self._show_page()

    def count(self) -> int:
        return len(self._labels)

    def page(self) -> tuple[int, int]:
        """``(first index shown, number shown)``."""
        return self._start, min(self.cells.capacity(), self.count() - self._start)

    def shown_labels(self) -> list[tuple[int, int]]:
        """``(true label, most probable class)`` of the digits on this page."""
        start, shown = self.page()
        return [(int(self._labels[i]), int(self._classes[i, 0])) for i in range(start, start + shown)]

    def next_page(self) -> None:
        if self._start + self.cells.capacity() < self.count():
            self._start += self.cells.capacity()
            self._show_page()

    def previous_page(self) -> None:
        self._start = max(self._start - self.cells.capacity(), 0)
        self._show_page()

    def resizeEvent(self, event) -> None:  # noqa: N802 -- a new size holds another number of digits
        super().resizeEvent(event)
        self._show_page()

    @Slot()
    def _on_previous_button_clicked(self) -> None:
        self.previous_page()

    @Slot()
    def _on_next_button_clicked(self) -> None:
        self.next_page()

    def _show_page(self) -> None:
        per_page = self.cells.capacity()
        self._start = (self._start // per_page) * per_page
        start, shown = self.page()
        self.cells.set_cells([(digit_image(self._images[i]), int(self._labels[i]),
                               list(zip(self._classes[i].tolist(), self._probabilities[i].tolist())))
                              for i in range(start, start + shown)])
        pages = max(-(-self.count() // per_page), 1)
        self.page_label.setText(self.tr("page {0} of {1}").format(start // per_page + 1, pages))
        self.previous_button.setEnabled(start > 0)
        self.next_button.setEnabled(start + per_page < self.count())
