"""A square pad to draw a digit on with the mouse, a touchpad or a pen (Qt turns pen and touch input it
is not given directly into mouse events). Dark ink on white paper, kept as a 280x280 grayscale image."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

CANVAS = 280          # ten times MNIST's side: the digit is shrunk the way MNIST's were (prepare_digit)
PEN_WIDTH = 22        # about a tenth of a digit's height, like MNIST's strokes


class DrawingPad(QWidget):
    """``changed()`` while a stroke is drawn (and on ``clear``, after ``cleared()``); ``pixels()`` is the
    drawing (0 ink .. 255 paper)."""

    changed = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = QImage(CANVAS, CANVAS, QImage.Format.Format_Grayscale8)
        self._last: QPointF | None = None
        self._blank = True
        self.clear()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 180)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("Draw one digit, large, with the left mouse button, a touchpad or a pen."))

    def clear(self) -> None:
        self._canvas.fill(QColor(255, 255, 255))
        self._blank = True
        self.update()
        self.cleared.emit()
        self.changed.emit()

    def is_blank(self) -> bool:
        return self._blank

    def pixels(self) -> np.ndarray:
        """The drawing as a (280, 280) uint8 copy: 255 paper, 0 ink."""
        view = np.frombuffer(self._canvas.constBits(), dtype=np.uint8, count=self._canvas.sizeInBytes())
        return view.reshape(CANVAS, self._canvas.bytesPerLine())[:, :CANVAS].copy()

    def sizeHint(self) -> QSize:  # noqa: N802 -- Qt's name
        return QSize(CANVAS, CANVAS)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return width

    # -- where the canvas sits: a centred square -------------------------------------------------------
    def canvas_rect(self) -> QRectF:
        side = float(min(self.width(), self.height()) - 2)
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_canvas(self, point: QPointF) -> QPointF:
        rect = self.canvas_rect()
        scale = CANVAS / rect.width()
        return QPointF((point.x() - rect.left()) * scale, (point.y() - rect.top()) * scale)

    # -- drawing ----------------------------------------------------------------------------------------
    def stroke(self, points) -> None:
        """Draw a line through widget ``points`` (what a drag with the mouse does)."""
        points = [self.to_canvas(QPointF(p)) for p in points]
        painter = QPainter(self._canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(0, 0, 0), PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        if len(points) == 1:
            painter.drawPoint(points[0])
        for a, b in zip(points, points[1:]):
            painter.drawLine(a, b)
        painter.end()
        self._blank = False
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._last = event.position()
            self.stroke([self._last])

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._last is not None and event.buttons() & Qt.MouseButton.LeftButton:
            point = event.position()
            self.stroke([self._last, point])
            self._last = point

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._last = None

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), self.palette().window())
        rect = self.canvas_rect()
        painter.drawImage(rect, self._canvas)
        painter.setPen(QPen(QColor(150, 150, 150), 1))
        painter.drawRect(rect)
        if self._blank:
            painter.setPen(QColor(150, 150, 150))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("Draw a digit here"))
