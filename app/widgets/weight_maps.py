"""W1 as pictures: each hidden unit's 784 incoming weights as a 28x28 image (Book 4.5.1's TwoLayerNet).

A unit sees the image through its column of W1: red pixels push it on, blue ones hold it back, white
ones do not matter. Before training the maps are noise; after a few hundred iterations strokes and
blobs appear. Every map is scaled to its own largest |weight| (a shared scale would leave most maps
white); the enlarged view has a colour bar with the values.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.widgets.styles import DIVERGING

SIDE = 28
GAP = 3
_LUT = DIVERGING.getLookupTable(0.0, 1.0, 256, alpha=False).astype(np.uint8)


def weight_tiles(w1: np.ndarray) -> np.ndarray:
    """(hidden, 28, 28, 3) uint8 RGB: column j of W1 as an image, scaled to its own largest |weight|."""
    maps = np.asarray(w1, dtype=np.float32).T.reshape(-1, SIDE, SIDE)
    with np.errstate(invalid="ignore"):
        scale = np.abs(maps).max(axis=(1, 2), keepdims=True)
        unit = np.where(scale > 0, maps / np.where(scale > 0, scale, 1), 0.0)  # -1 .. 1
    index = np.nan_to_num((unit + 1.0) * 127.5, nan=127.5).clip(0, 255).astype(np.uint8)
    return _LUT[index]


def grid_shape(count: int, width: int, height: int) -> tuple[int, int, int]:
    """``(columns, rows, tile side)`` placing ``count`` square tiles in ``width`` x ``height`` as large as
    they fit (at least 28 pixels: the widget then asks for more room)."""
    best = (max(count, 1), 1, SIDE)
    best_side = -1.0
    for columns in range(1, max(count, 1) + 1):
        rows = math.ceil(count / columns)
        side = min((width - GAP * (columns + 1)) / columns, (height - GAP * (rows + 1)) / rows)
        if side > best_side:
            best, best_side = (columns, rows, max(int(side), SIDE)), side
    return best


class WeightMaps(QWidget):
    """All hidden units' maps in a grid; click one to choose it (``unit_clicked(int)``)."""

    unit_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._atlas: QImage | None = None
        self._count = 0
        self.selected = 0
        self.updates = 0  # how many times new weights arrived (the benchmark and tests read it)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 120)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Each square is one hidden unit's weights from the 28x28 pixels (a column "
                                "of W1). Red: positive, blue: negative, white: near 0. Click one to "
                                "enlarge it."))

    def set_weights(self, w1: np.ndarray | None) -> None:
        """Show W1 (784 x hidden); None clears."""
        if w1 is None:
            self._atlas, self._count = None, 0
        else:
            tiles = weight_tiles(w1)
            self._count = len(tiles)
            # One image holding every tile side by side: one conversion, then one drawImage per tile.
            atlas = np.ascontiguousarray(tiles.transpose(1, 0, 2, 3).reshape(SIDE, self._count * SIDE, 3))
            self._atlas = QImage(atlas.data, atlas.shape[1], SIDE, atlas.strides[0],
                                 QImage.Format.Format_RGB888).copy()
            self.selected = min(self.selected, self._count - 1)
        self.updates += 1
        self.update()

    def count(self) -> int:
        return self._count

    def tile_rect(self, unit: int) -> QRect:
        columns, _, side = grid_shape(self._count, self.width(), self.height())
        row, column = divmod(unit, columns)
        return QRect(GAP + column * (side + GAP), GAP + row * (side + GAP), side, side)

    def sizeHint(self) -> QSize:  # noqa: N802 -- Qt's name
        return QSize(10 * (SIDE * 2 + GAP), 5 * (SIDE * 2 + GAP))

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self._atlas is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("The hidden units' weights appear here when a network is trained or "
                                     "loaded."))
            return
        for unit in range(self._count):
            target = self.tile_rect(unit)
            painter.drawImage(QRectF(target), self._atlas, QRectF(unit * SIDE, 0, SIDE, SIDE))
        painter.setPen(QPen(QColor(20, 20, 20), 2))
        painter.drawRect(self.tile_rect(self.selected).adjusted(-1, -1, 1, 1))

    def mousePressEvent(self, event) -> None:  # noqa: N802
        for unit in range(self._count):
            if self.tile_rect(unit).contains(event.position().toPoint()):
                self.selected = unit
                self.update()
                self.unit_clicked.emit(unit)
                return
        super().mousePressEvent(event)
