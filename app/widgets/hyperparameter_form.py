"""The training tab's hyperparameters (Book 4.5.2's train_neuralnet.py settings) as a form that reads and
writes a ``TrainConfig``, with the three gradient methods and an honest estimate of what each would cost
here (``scratchnn_core.estimates``: measured on this machine, cached per batch and hidden size).

The form does not measure: measuring takes up to ~1 s for a new shape, so it asks with ``estimates_wanted``
and whoever owns it measures elsewhere (the tab, in a worker thread) and answers with :meth:`show_estimates`.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QTimer, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout,
                               QWidget)

from app.formatting import format_duration, format_seconds
from app.settings import read_setting
from scratchnn_core import MNIST_TEST_SIZE, MNIST_TRAIN_SIZE, TrainConfig

#: The numeric hyperparameters the form shows and remembers, in ``TrainConfig``'s names (Book 4.5.2).
FORM_FIELDS = ("iters_num", "batch_size", "learning_rate", "hidden_size", "weight_init_std", "seed",
               "train_size", "test_size")
#: MNIST's sizes: the form shows them where ``TrainConfig`` says ``None`` (the whole set).
FULL_SIZES = {"train_size": MNIST_TRAIN_SIZE, "test_size": MNIST_TEST_SIZE}


def form_values(config) -> dict:
    """The form's values for a ``TrainConfig``-like object (``None`` sizes become the full sizes)."""
    values = {name: getattr(config, name) for name in FORM_FIELDS}
    for name, full in FULL_SIZES.items():
        if values[name] is None:
            values[name] = full
    values["gradient"] = config.gradient
    return values


def config_kwargs(values: dict) -> dict:
    """``TrainConfig`` keyword arguments from form values (the full sizes become ``None``)."""
    kwargs = dict(values)
    for name, full in FULL_SIZES.items():
        if kwargs.get(name) == full:
            kwargs[name] = None
    return kwargs

# The gradient methods offered, in ``TrainConfig.gradient``'s names (fastest first), with what they are.
METHODS = {
    "backprop": (QT_TRANSLATE_NOOP("HyperparameterForm", "Backpropagation"),
                 QT_TRANSLATE_NOOP("HyperparameterForm", "Backpropagation (Book 5): the chain rule gives "
                                   "every weight's gradient from one backward pass.")),
    "structured": (QT_TRANSLATE_NOOP("HyperparameterForm", "Numerical (structured)"),
                   QT_TRANSLATE_NOOP("HyperparameterForm", "True central differences for every weight, "
                                     "like the book's loop, recomputing only the losses a weight changes: "
                                     "the curves follow backprop's.")),
    "numerical": (QT_TRANSLATE_NOOP("HyperparameterForm", "Numerical (book, one weight at a time)"),
                  QT_TRANSLATE_NOOP("HyperparameterForm", "The book's loop (Book 4.5): the network runs twice "
                                    "per weight, about 80,000 times per iteration.")),
}
ESTIMATE_DELAY_MS = 300  # after the last change of a number: a measurement (~0.2-1 s per new shape) per pause

# name: (label, minimum, maximum, decimals or None for an int, step)
_SPECS = {
    "iters_num": (QT_TRANSLATE_NOOP("HyperparameterForm", "Iterations"), 1, 1_000_000, None, 100),
    "batch_size": (QT_TRANSLATE_NOOP("HyperparameterForm", "Batch size"), 1, 60000, None, 10),
    "learning_rate": (QT_TRANSLATE_NOOP("HyperparameterForm", "Learning rate"), 1e-4, 100.0, 4, 0.01),
    "hidden_size": (QT_TRANSLATE_NOOP("HyperparameterForm", "Hidden size"), 1, 1000, None, 10),
    "weight_init_std": (QT_TRANSLATE_NOOP("HyperparameterForm", "Weight init std"), 1e-4, 1.0, 4, 0.001),
    "seed": (QT_TRANSLATE_NOOP("HyperparameterForm", "Seed"), 0, 2**31 - 1, None, 1),
    "train_size": (QT_TRANSLATE_NOOP("HyperparameterForm", "Training images"), 1, FULL_SIZES["train_size"],
                   None, 1000),
    "test_size": (QT_TRANSLATE_NOOP("HyperparameterForm", "Test images"), 1, FULL_SIZES["test_size"], None,
                  1000),
}


def _number_box(minimum, maximum, decimals, step) -> QSpinBox | QDoubleSpinBox:
    box = QSpinBox() if decimals is None else QDoubleSpinBox()
    if decimals is not None:
        box.setDecimals(decimals)
    box.setRange(minimum, maximum)
    box.setSingleStep(step)
    return box


class HyperparameterForm(QGroupBox):
    """One box per ``TrainConfig`` field, the gradient method, and the estimates of each method.

    Signals ``changed()`` (a value or the method), ``estimates_wanted(TrainConfig)`` (the config on screen,
    whose estimates are missing: when the form is first shown, 300 ms after the numbers stop changing, on a
    change of method before they arrived, and on :meth:`request_estimates`) and ``estimated()`` (estimates
    for the numbers on screen arrived and are shown).
    """

    changed = Signal()
    estimates_wanted = Signal(object)
    estimated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hyperparameters"), parent)
        self.boxes = {name: _number_box(*spec[1:]) for name, spec in _SPECS.items()}
        self.gradient = QComboBox()
        # The longest entry would widen the training panel past its scroll area (1024x600): the closed
        # box elides its text instead; the open list still shows it whole.
        self.gradient.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.gradient.setMinimumContentsLength(12)
        for method in METHODS:
            self.gradient.addItem("", method)
        self.estimate_label = QLabel(wordWrap=True)
        self._estimates = None  # {method: RunEstimate} for the numbers on screen, None until they arrive
        self._estimate_timer = QTimer(self, singleShot=True, interval=ESTIMATE_DELAY_MS)
        self._estimate_timer.timeout.connect(self.request_estimates)
        form = QFormLayout()
        for name, box in self.boxes.items():
            form.addRow(self.tr(_SPECS[name][0]), box)
            box.valueChanged.connect(self._on_value_changed)
        form.addRow(self.tr("Gradient"), self.gradient)
        # Below the form, not a spanning row of it: a QFormLayout row kept the label's first height when
        # a longer estimate (or translation) arrived, and cut the text off on a small screen.
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.estimate_label)
        self.gradient.currentIndexChanged.connect(self._on_gradient_changed)
        self.set_config(TrainConfig())

    def config(self) -> TrainConfig:
        """The hyperparameters on screen as a ``TrainConfig`` (full sets give ``None`` sizes)."""
        values = {name: box.value() for name, box in self.boxes.items()}
        return TrainConfig(**config_kwargs({**values, "gradient": self.gradient.currentData()}))

    def set_config(self, config: TrainConfig) -> None:
        """Show ``config`` in the form."""
        values = form_values(config)
        for name, box in self.boxes.items():
            box.setValue(values[name])
        self.gradient.setCurrentIndex(max(self.gradient.findData(values["gradient"]), 0))
        self._on_value_changed()

    def estimates(self) -> dict | None:
        """``{method: RunEstimate}`` for the run on screen; None until they arrive (see ``estimates_wanted``)."""
        return self._estimates

    def estimate_pending(self) -> bool:
        """True while the chosen numerical gradient's estimate for the numbers on screen has not arrived."""
        return self.gradient.currentData() != "backprop" and self._estimates is None

    def numerical_estimate_s(self) -> float | None:
        """Seconds the whole run would take with the chosen numerical gradient; None with backprop or while
        :meth:`estimate_pending`."""
        method = self.gradient.currentData()
        return None if method == "backprop" or self._estimates is None else float(self._estimates[method].total_s)

    @Slot()
    def request_estimates(self) -> None:
        """Ask for the estimates of the numbers on screen now (``estimates_wanted``), not after the pause."""
        self._estimate_timer.stop()
        self.estimates_wanted.emit(self.config())

    @Slot(object, object)
    def show_estimates(self, config: TrainConfig, estimates: dict) -> None:
        """Show ``estimates`` (``estimate_runs(config)``: every method's); ignored unless ``config`` has the
        numbers on screen (any method: the estimates cover all three)."""
        if dataclasses.replace(config, gradient=self.gradient.currentData()) != self.config():
            return
        self._estimate_timer.stop()  # a pending request for these same numbers is answered
        self._estimates = estimates
        self._show_estimates()
        self.estimated.emit()

    def save_state(self, settings: QSettings) -> None:
        for name, box in self.boxes.items():
            settings.setValue(name, box.value())
        settings.setValue("gradient", self.gradient.currentData())

    def restore_state(self, settings: QSettings) -> None:
        """Each stored value inside its box's range, or the box's current value (see ``read_setting``)."""
        for name, box in self.boxes.items():
            box.setValue(read_setting(settings, name, box.value(),
                                      lambda v, b=box: b.minimum() <= v <= b.maximum()))
        method = read_setting(settings, "gradient", "backprop", lambda v: v in METHODS)
        self.gradient.setCurrentIndex(self.gradient.findData(method))

    def showEvent(self, event) -> None:  # noqa: N802 -- Qt's name
        super().showEvent(event)
        if self._estimates is None:  # measured when first seen, not while the window starts
            self._estimate_timer.start(0)

    def hideEvent(self, event) -> None:  # noqa: N802 -- Qt's name
        super().hideEvent(event)
        self._estimate_timer.stop()  # nothing is measured for a form off screen (or closed); shown, it asks again

    def _show_estimates(self) -> None:
        estimates = self._estimates or {}
        for index in range(self.gradient.count()):
            method = self.gradient.itemData(index)
            name = self.tr(METHODS[method][0])
            estimate = estimates.get(method)
            total = "" if estimate is None else f" \u2014 {format_duration(estimate.total_s)}"
            self.gradient.setItemText(index, name + total)
        view = self.gradient.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)  # the open list shows every whole text
        method = self.gradient.currentData()
        text = self.tr(METHODS[method][1])
        estimate = estimates.get(method)
        if estimate is not None:
            text += " " + self.tr(
                "Measured on this computer: {0} per iteration, about {1} for the whole run (h:mm:ss, with "
                "{2} accuracy checks).").format(format_seconds(estimate.iteration_s),
                                                format_duration(estimate.total_s), estimate.evaluations)
        if method != "backprop":
            text += " " + self.tr("Pause and Stop act at once, inside an iteration too.")
        self.estimate_label.setText(text)

    @Slot()
    def _on_value_changed(self) -> None:
        self._estimates = None
        self._show_estimates()
        if self.isVisible():
            self._estimate_timer.start()
        self.changed.emit()

    @Slot()
    def _on_gradient_changed(self) -> None:
        if self._estimates is None and self.isVisible():
            self.request_estimates()
        self._show_estimates()
        self.changed.emit()
