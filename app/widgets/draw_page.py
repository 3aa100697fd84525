"""The training tab's "Draw a digit" page: a drawing pad, beside it the 28x28 image the network actually
receives (``prepare_digit``: cropped, scaled to 20x20, centred by mass, as MNIST's digits were) and the
network's ten output probabilities, live while drawing (Book 3.6, 4.5). "Send to loss functions" hands
the probabilities and the digit the learner says it is to the loss tab (Book 4.2)."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app.language import message_text
from app.widgets.digit_browser import digit_image
from app.widgets.drawing_pad import DrawingPad
from scratchnn_core import MessageError, prepare_digit

PREVIEW_SCALE = 5
UPDATE_MS = 30  # while drawing: at most ~30 predictions a second, always one after the last stroke


class DrawPage(QWidget):
    """``set_network(net)``; ``send_requested(probabilities, label)`` when the learner sends a digit."""

    send_requested = Signal(object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._network = None
        self._input: np.ndarray | None = None
        self._probabilities: np.ndarray | None = None
        self.pad = DrawingPad()
        self.pad.changed.connect(self._on_pad_changed)
        self._timer = QTimer(self, singleShot=True, interval=UPDATE_MS)
        self._timer.timeout.connect(self.update_prediction)
        self.preview = QLabel()
        self.preview.setFixedSize(28 * PREVIEW_SCALE + 2, 28 * PREVIEW_SCALE + 2)
        self.preview.setStyleSheet("background: black; border: 1px solid #888;")
        self.answer = QLabel(wordWrap=True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.bars_title = QLabel(self.tr("The network's output (softmax probabilities):"), wordWrap=True)
        self.bars_plot = pg.PlotWidget()
        self.bars_plot.setMinimumSize(220, 160)
        item = self.bars_plot.getPlotItem()
        item.setLabels(bottom=self.tr("digit"), left=self.tr("probability"))
        item.setXRange(-0.6, 9.6, padding=0)
        item.setYRange(0.0, 1.05, padding=0)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.getAxis("bottom").setTicks([[(k, str(k)) for k in range(10)]])
        item.showGrid(y=True, alpha=0.2)
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brush="#90a4ae")
        item.addItem(self.bars)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.label_box = QSpinBox()
        self.label_box.setRange(0, 9)
        self.label_box.setToolTip(self.tr("The digit you meant: the loss tab's true class."))
        self._label_chosen = False  # until the learner sets it, the box follows the network's answer
        self.label_box.valueChanged.connect(self._on_label_box_value_changed)
        self.pad.cleared.connect(self._on_pad_cleared)
        self.send_button = QPushButton(self.tr("Send to loss functions"))
        self.send_button.setToolTip(self.tr("Open the loss functions tab with these ten probabilities "
                                            "and the digit you meant as the true class."))
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self._build_layout()
        self.update_prediction()

    def _build_layout(self) -> None:
        side = QGridLayout()
        side.addWidget(QLabel(self.tr("What the network receives (28\u00d728):")), 0, 0, 1, 2)
        side.addWidget(self.preview, 1, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        side.addWidget(self.answer, 1, 1)
        side.addWidget(self.bars_title, 2, 0, 1, 2)
        side.addWidget(self.bars_plot, 3, 0, 1, 2)
        side.setRowStretch(3, 1)
        side.setColumnStretch(1, 1)
        send = QHBoxLayout()
        send.addWidget(self.clear_button)
        send.addStretch(1)
        send.addWidget(QLabel(self.tr("This digit is a")))
        send.addWidget(self.label_box)
        send.addWidget(self.send_button)
        top = QHBoxLayout()
        top.addWidget(self.pad, 1)
        top.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(send)

    def set_network(self, network) -> None:
        """The network that judges the drawing (a ``TwoLayerNet``; None: nothing to ask yet)."""
        self._network = network
        self.update_prediction()

    def probabilities(self) -> np.ndarray | None:
        """The ten probabilities for the current drawing, or None (no drawing or no network)."""
        return self._probabilities

    def network_input(self) -> np.ndarray | None:
        """The (784,) input the network receives, or None for a blank pad."""
        return self._input

    @Slot()
    def _on_pad_changed(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def update_prediction(self) -> None:
        """Prepare the drawing as MNIST input and ask the network (also called by the throttle timer)."""
        self._timer.stop()
        self._probabilities = None
        try:
            self._input = None if self.pad.is_blank() else prepare_digit(self.pad.pixels(), invert=True)
        except MessageError as error:  # say why in the learner's language (the pad checks for blank first)
            self._input = None
            self._show()
            return self.answer.setText(message_text(error))
        if self._input is not None and self._network is not None:
            with np.errstate(over="ignore", invalid="ignore"):
                self._probabilities = np.asarray(self._network.predict(self._input[None, :])[0], dtype=np.float64)
        self._show()

    def _show(self) -> None:
        image = digit_image(np.zeros(784) if self._input is None else self._input)
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(28 * PREVIEW_SCALE, 28 * PREVIEW_SCALE))
        p = self._probabilities
        self.send_button.setEnabled(p is not None and bool(np.isfinite(p).all()))
        if p is None:
            self.bars.setOpts(height=np.zeros(10))
            self.answer.setText(self.tr("Train or load a network first: it judges your digit.")
                                if self._network is None else self.tr("Draw a digit on the pad."))
            return
        best = int(np.argmax(p))
        if not self._label_chosen:
            with QSignalBlocker(self.label_box):
                self.label_box.setValue(best)
        brushes = ["#2e7d32" if k == best else "#90a4ae" for k in range(10)]
        self.bars.setOpts(height=np.nan_to_num(p), brushes=brushes)
        self.answer.setText(self.tr("The network says <b>{0}</b> ({1:.1%}).").format(best, p[best]))

    @Slot(int)
    def _on_label_box_value_changed(self, _value: int) -> None:
        self._label_chosen = True

    @Slot()
    def _on_pad_cleared(self) -> None:
        self._label_chosen = False

    @Slot()
    def _on_send_button_clicked(self) -> None:
        if self._probabilities is not None:
            self.send_requested.emit(self._probabilities.copy(), self.label_box.value())
