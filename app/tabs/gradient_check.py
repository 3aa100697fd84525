"""The gradient check (Book 5.7.3, gradient_check.py): the book's numerical loop, the structured numerical
gradient and backprop on one mini-batch of the training tab's network, compared parameter by parameter.

:class:`GradientCheckPanel` runs ``gradient_check_job`` in a ``GeneratorWorker`` (progress, Stop) and
fills a :class:`~app.widgets.result_table.ResultTable` with the mean absolute difference (the book's
number) and the largest one of every pair, and says how long each method took.
The training tab shows it as its "Gradient check" page.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from app.formatting import format_seconds
from app.language import message_text
from app.widgets.result_table import ResultTable
from app.workers.current_worker import CurrentWorker
from app.workers.generator_worker import GeneratorWorker
from app.workers.gradient_check_job import MAX_IMAGES, gradient_check_job
from scratchnn_core import MNIST_TRAIN_SIZE, TrainConfig, TwoLayerNet, initial_network
from scratchnn_core.gradient_check import PAIRS, GradientCheck
from scratchnn_core.gradient_records import PARAM_NAMES

BOOK_IMAGES = 3  # gradient_check.py's x_train[:3]
METHOD_NAMES = {"backprop": QT_TRANSLATE_NOOP("GradientCheckPanel", "backprop"),
                "structured": QT_TRANSLATE_NOOP("GradientCheckPanel", "structured"),
                "book": QT_TRANSLATE_NOOP("GradientCheckPanel", "book")}
RUNNING = {"backprop": QT_TRANSLATE_NOOP("GradientCheckPanel", "Backpropagation..."),
           "structured": QT_TRANSLATE_NOOP("GradientCheckPanel", "Numerical gradient (structured)..."),
           "book": QT_TRANSLATE_NOOP("GradientCheckPanel", "Numerical gradient (the book's loop, one weight "
                                     "at a time)...")}


TRAINED = QT_TRANSLATE_NOOP("GradientCheckPanel", "Checked: the network trained or loaded last in the "
                            "training tab.")
FRESH = QT_TRANSLATE_NOOP("GradientCheckPanel", "Checked: a fresh network with the form's hidden size, "
                          "init std and seed, as the book checks one (nothing has been trained yet).")


def checked_network(network: TwoLayerNet | None, config: TrainConfig) -> tuple[TwoLayerNet, str]:
    """``(network, description)``: the training tab's network, or the fresh one Start would train with
    ``config`` (the core's ``initial_network``)."""
    if network is not None:
        return network, TRAINED
    return initial_network(config), FRESH


class GradientCheckPanel(QWidget):
    """Images, Run/Stop, progress, the differences table and the times (Book 5.7.3).

    ``network_source()`` gives ``(network, description)`` when a check starts: the network to check and
    a sentence (untranslated, marked in this context) saying which one it is. Signal
    ``check_finished(GradientCheck)``.
    """

    check_finished = Signal(object)

    def __init__(self, network_source: Callable[[], tuple[TwoLayerNet, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._network_source = network_source
        self._current = CurrentWorker(self)
        self.result: GradientCheck | None = None
        self.images, self.first = QSpinBox(), QSpinBox()
        self.images.setRange(1, MAX_IMAGES)
        self.images.setValue(BOOK_IMAGES)
        self.first.setRange(0, MNIST_TRAIN_SIZE - BOOK_IMAGES)  # the book's x_train[:3] by default
        self.first.setSingleStep(100)
        self.images.valueChanged.connect(self._on_images_value_changed)
        self.run_button = QPushButton(self.tr("&Run the check"))
        self.run_button.clicked.connect(self.run_check)
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.clicked.connect(self.stop_check)
        self.progress_bar = QProgressBar()
        self.stage_label = QLabel(wordWrap=True)
        self.network_label = QLabel(wordWrap=True)
        self.table = ResultTable()
        self.times_label = QLabel(wordWrap=True)
        self._build_layout()
        self._update_buttons()

    def _build_layout(self) -> None:
        intro = QLabel(self.tr(
            "The book checks backpropagation against the numerical gradient on three training images "
            "(gradient_check.py): the mean absolute difference of each parameter's gradients should be "
            "tiny (about 1e-10 to 1e-7). Here the book's loop, the structured numerical gradient and "
            "backpropagation are all computed in float64 and compared pair by pair."), wordWrap=True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Images"), self.images)
        form.addRow(self.tr("First image"), self.first)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for item in (intro, form, buttons, self.progress_bar, self.stage_label, self.network_label,
                     self.table, self.times_label):
            (layout.addLayout if not isinstance(item, QWidget) else layout.addWidget)(item)
        layout.setStretchFactor(self.table, 1)

    # -- actions ---------------------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._current.is_running()

    @Slot()
    def run_check(self) -> bool:
        """Start a check on the source's network (False when one is already running)."""
        if self.is_running():
            return False
        network, description = self._network_source()
        self.network_label.setText(self.tr(description))
        self.stage_label.clear()
        self.progress_bar.setValue(0)
        worker = GeneratorWorker(gradient_check_job, network, self.images.value(), self.first.value(),
                                 name="gradient check")
        self._current.launch(worker, yielded=self._on_worker_yielded, returned=self._on_worker_returned,
                             errored=self._on_worker_errored, finished=self._update_buttons)
        self._update_buttons()
        return True

    @Slot()
    def stop_check(self) -> None:
        """Stop soon (within ~20 ms); what has run is still compared."""
        if self.is_running():
            self._current.quit()
            self.stage_label.setText(self.tr("Stopping..."))

    def shutdown(self, timeout_s: float = 3.0) -> None:
        """Stop and join the worker; nothing it still sends is shown. Idempotent."""
        self._current.shutdown(timeout_s)
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.is_running()
        for widget in (self.run_button, self.images, self.first):
            widget.setEnabled(not running)
        self.stop_button.setEnabled(running)

    @Slot(int)
    def _on_images_value_changed(self, images: int) -> None:
        self.first.setMaximum(MNIST_TRAIN_SIZE - images)

    # -- the current worker's signals (GUI thread) -----------------------------------------------------------
    def _on_worker_yielded(self, progress) -> None:
        self.stage_label.setText(self.tr(RUNNING[progress.method]))
        self.progress_bar.setValue(round(100 * progress.done / max(progress.total, 1)))

    def _on_worker_returned(self, check: GradientCheck) -> None:
        self.result = check
        self.show_check(check)
        self.check_finished.emit(check)

    def _on_worker_errored(self, exc) -> None:
        self.stage_label.setText(self.tr("The check could not run: {0}").format(message_text(exc)))

    # -- showing ----------------------------------------------------------------------------------------------
    def show_check(self, check: GradientCheck) -> None:
        """Fill the table (a row per pair and statistic, a column per parameter, as the book prints
        "W1:4.4e-10 b1:...") and the times from ``check``."""
        names = {m: self.tr(n) for m, n in METHOD_NAMES.items()}
        rows = []
        for first, second in PAIRS:
            pair = self.tr("{0} vs {1}").format(names[first], names[second])
            found = [check.difference(first, second, key) for key in PARAM_NAMES]
            rows.append((self.tr("{0}: mean").format(pair), [d and d.mean_abs for d in found]))
            rows.append((self.tr("{0}: max").format(pair), [d and d.max_abs for d in found]))
        columns = list(PARAM_NAMES)
        self.table.show_table(columns, rows)
        self.progress_bar.setValue(100 if check.complete else self.progress_bar.value())
        self.stage_label.setText(self.tr("Done: {0} images.").format(check.images) if check.complete else
                                 self.tr("Stopped: the book's loop did not finish; the others are compared."))
        times = self.tr("Times: book's loop {0}, structured {1}, backprop {2}.").format(
            *(format_seconds(check.seconds_of(m)) for m in ("book", "structured", "backprop")))
        book_backprop, book_structured = check.ratio("book", "backprop"), check.ratio("book", "structured")
        if book_backprop is not None:
            times += " " + self.tr(
                "Backprop: the same gradient {0:,.0f} times faster than the book's numerical loop; the "
                "structured numerical gradient {1:,.0f} times faster than it.").format(book_backprop,
                                                                                      book_structured)
        self.times_label.setText(times)
