"""The training tab's hyperparameters (Book 4.5.2's train_neuralnet.py settings) as a form that reads and
writes a ``TrainConfig``, with an honest estimate of what the numerical gradient would cost."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from app.formatting import format_duration
from app.settings import read_setting
from scratchnn_core import MNIST_TEST_SIZE, MNIST_TRAIN_SIZE, TrainConfig, estimate_numerical_gradient_seconds

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
    """One box per ``TrainConfig`` field, the gradient method, and the numerical-gradient estimate."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hyperparameters"), parent)
        self.boxes = {name: _number_box(*spec[1:]) for name, spec in _SPECS.items()}
        self.gradient = QComboBox()
        self.gradient.addItem(self.tr("Backpropagation (fast)"), "backprop")
        self.gradient.addItem(self.tr("Numerical gradient (very slow)"), "numerical")
        self.estimate_label = QLabel(wordWrap=True)
        form = QFormLayout(self)
        for name, box in self.boxes.items():
            form.addRow(self.tr(_SPECS[name][0]), box)
            box.valueChanged.connect(self._on_value_changed)
        form.addRow(self.tr("Gradient"), self.gradient)
        form.addRow(self.estimate_label)
        self.gradient.currentIndexChanged.connect(self._on_value_changed)
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

    def numerical_estimate_s(self) -> float | None:
        """Seconds the whole run would take with the numerical gradient; None with backprop."""
        if self.gradient.currentData() != "numerical":
            return None
        return float(estimate_numerical_gradient_seconds(self.config()))

    def save_state(self, settings: QSettings) -> None:
        for name, box in self.boxes.items():
            settings.setValue(name, box.value())
        settings.setValue("gradient", self.gradient.currentData())

    def restore_state(self, settings: QSettings) -> None:
        """Each stored value inside its box's range, or the box's current value (see ``read_setting``)."""
        for name, box in self.boxes.items():
            box.setValue(read_setting(settings, name, box.value(),
                                      lambda v, b=box: b.minimum() <= v <= b.maximum()))
        gradients = [self.gradient.itemData(i) for i in range(self.gradient.count())]
        method = read_setting(settings, "gradient", "backprop", lambda v: v in gradients)
        self.gradient.setCurrentIndex(self.gradient.findData(method))

    @Slot()
    def _on_value_changed(self) -> None:
        estimate = self.numerical_estimate_s()
        self.estimate_label.setVisible(estimate is not None)
        if estimate is not None:
            per_iteration = estimate / max(self.boxes["iters_num"].value(), 1)
            self.estimate_label.setText(self.tr(
                "Numerical gradient: about {0} for the whole run (h:mm:ss), {1} per iteration: the network "
                "runs twice per weight. Backprop finds the same gradient in seconds. Pause and Stop act at "
                "once.").format(format_duration(estimate), format_duration(per_iteration)))
        self.changed.emit()
