"""The training tab's "Network" page: the layer shapes and parameter counts of the two-layer net
(Book 4.5.1: 39,760 parameters for 784-50-10) and W1 as one small image per hidden unit, live."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.widgets.styles import CAPTION_STYLE, DIVERGING
from app.widgets.weight_maps import SIDE, WeightMaps
from scratchnn_core.training_start import INPUT_SIZE, OUTPUT_SIZE


def parameter_counts(hidden: int) -> list[tuple[str, str, int]]:
    """``(name, shape, count)`` for W1, b1, W2, b2 of a 784-hidden-10 net (the book's ``params``)."""
    return [("W1", f"{INPUT_SIZE} \u00d7 {hidden}", INPUT_SIZE * hidden), ("b1", f"{hidden}", hidden),
            ("W2", f"{hidden} \u00d7 {OUTPUT_SIZE}", hidden * OUTPUT_SIZE), ("b2", f"{OUTPUT_SIZE}", OUTPUT_SIZE)]


class NetworkPage(QWidget):
    """Shapes and counts above, the maps of W1 on the left, the chosen unit enlarged on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._w1: np.ndarray | None = None
        self._pending: np.ndarray | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.maps = WeightMaps()
        self.maps.unit_clicked.connect(self._on_maps_unit_clicked)
        self.enlarged = pg.PlotWidget()
        self.enlarged.setMinimumWidth(300)  # the image and its colour bar
        self.enlarged.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        item = self.enlarged.getPlotItem()
        item.setAspectLocked(True)
        item.invertY(True)  # row 0 of the image at the top, as the digit is drawn
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        self.image = pg.ImageItem()
        item.addItem(self.image)
        self.color_bar = pg.ColorBarItem(values=(-1.0, 1.0), colorMap=DIVERGING, interactive=False,
                                         label=self.tr("weight"))
        self.color_bar.setImageItem(self.image, insert_in=item)
        axis = self.color_bar.getAxis("right")
        axis.setWidth(52)  # room for "-0.05": the default width cut the labels to "0." and "-0"
        axis.enableAutoSIPrefix(False)
        self.hint = QLabel(self.tr("Red pixels excite the unit, blue ones inhibit it; white ones hardly "
                                   "matter. Click a square to enlarge it."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(CAPTION_STYLE)
        # The unit's title above the plot, not in it: a plot title is at least as wide as its text, and in
        # a narrow window it pushed the colour bar's labels out of the plot ("0." and "-0" were left).
        self.unit_title = QLabel()
        self.unit_title.setWordWrap(True)
        self.unit_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title_font = self.unit_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.unit_title.setFont(title_font)
        unit = QVBoxLayout()
        unit.addWidget(self.unit_title)
        unit.addWidget(self.enlarged, 1)
        body = QHBoxLayout()
        body.addWidget(self.maps, 3)
        body.addLayout(unit, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint)
        self.set_hidden_size(50)

    def set_hidden_size(self, hidden: int) -> None:
        """Shapes and counts of a 784-``hidden``-10 net (shown before there are weights)."""
        rows = "".join(f"<tr><td><b>{name}</b></td><td>{shape}</td><td align='right'>{count:,}</td></tr>"
                       for name, shape, count in parameter_counts(hidden))
        total = sum(count for *_, count in parameter_counts(hidden))
        self.summary.setText(
            self.tr("<b>{0}-{1}-{2}</b>: {0} input pixels (28\u00d728), a hidden layer of {1} sigmoid units, "
                    "{2} softmax outputs: <b>{3:,} parameters</b>").format(INPUT_SIZE, hidden, OUTPUT_SIZE, total)
            + f"<table cellspacing='8'>{rows}</table>")

    @Slot(int)
    def show_planned(self, hidden: int) -> None:
        """The form's hidden size changed: show its counts while there are no weights to show."""
        if self._w1 is None:
            self.set_hidden_size(hidden)

    def set_weights(self, w1: np.ndarray | None) -> None:
        """Show W1 (784 x hidden): the maps, the enlarged unit and the counts; None clears."""
        shape = None if self._w1 is None else self._w1.shape
        self._w1 = None if w1 is None else np.asarray(w1)
        self._pending = None
        self.maps.set_weights(self._w1)
        if self._w1 is not None and self._w1.shape != shape:
            self.set_hidden_size(self._w1.shape[1])
        self._show_unit(self.maps.selected)

    def offer_weights(self, w1: np.ndarray) -> None:
        """Weights from a running training: drawn by :meth:`flush` (only while the page is on screen)."""
        self._pending = w1

    def flush(self) -> bool:
        """Draw the last offered weights if the page is visible; True when it drew."""
        if self._pending is None or not self.isVisible():
            return False
        self.set_weights(self._pending)
        return True

    def weights(self) -> np.ndarray | None:
        return self._w1

    @Slot(int)
    def _on_maps_unit_clicked(self, unit: int) -> None:
        self._show_unit(unit)

    def _show_unit(self, unit: int) -> None:
        if self._w1 is None:
            self.image.clear()
            self.unit_title.setText(self.tr("No network yet"))
            return
        weights = self._w1[:, unit].reshape(SIDE, SIDE)
        finite = np.abs(weights[np.isfinite(weights)])  # a diverged run leaves NaN and +-inf weights
        limit = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
        self.image.setImage(weights, autoLevels=False)
        self.color_bar.setLevels((-limit, limit))
        self.unit_title.setText(self.tr("Hidden unit {0}: its 784 weights").format(unit))
