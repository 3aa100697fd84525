"""The network tab's controls, top to bottom in the order a newcomer uses them; the tab wires them up.

Nothing here computes or validates: the tab reads these widgets, asks the model and writes back, and
:meth:`NetworkPanel.draw` shows a model's readouts.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout,
                               QWidget)

from app.tabs import network_model as nm
from app.tabs.network_examples import PRESETS
from app.tabs.network_texts import LAMBDA_NOTE, NUDGE_READING, OBJECTIVE_LABELS, weight_name
from app.widgets.code_view import CodeView
from app.widgets.expression_field import ERROR_COLOR, ERROR_STYLE
from app.widgets.weight_matrix import format_weight

CAPTION_STYLE = "color: #546e7a;"
START_STYLE = "background: #fff8e1; border: 1px solid #ffe082; padding: 4px;"
X_LIMIT = 10.0  # the spin boxes' range for x; the toy plane shows +-2.5
DEFAULT_H = 0.1  # big enough to see the point move on the slice, small enough for dW h to be close


def caption(text: str, style: str = CAPTION_STYLE) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


class NetworkPanel(QWidget):
    """Examples, the input x and its true class, the nudge, the book's code, and learning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.addWidget(caption(self.tr(
            "<b>Start here:</b> click a weight in W (its cell turns orange) and press “+h”, or drag the cell "
            "up or down. Then press “Gradient step” or “Train”: all six weights move against dW at once."),
            START_STYLE))
        for box in (self._nudge(), self._learning(), self._inputs(), self._examples(), self._code()):
            column.addWidget(box)
        column.addStretch(1)

    def _examples(self) -> QGroupBox:
        box = QGroupBox(self.tr("Examples from the study notes (4.4.2)"))
        layout = QVBoxLayout(box)
        self.preset_buttons = []
        self.preset_group = QButtonGroup(self)  # idClicked(index) loads PRESETS[index]
        for index, preset in enumerate(PRESETS):
            # Two lines ("Notes 000:" / what it shows): a button does not wrap, and the panel is narrow.
            # Japanese and Chinese write the colon full-width ("学習ノート 000："), with no space after it.
            label = QCoreApplication.translate("NetworkTab", preset.label)
            button = QPushButton(label.replace(": ", ":\n", 1) if ": " in label else label.replace("：", "：\n", 1))
            button.setToolTip(preset.source)
            layout.addWidget(button)
            self.preset_group.addButton(button, index)
            self.preset_buttons.append(button)
        return box

    def _inputs(self) -> QGroupBox:
        box = QGroupBox(self.tr("Input x and true class t"))
        form = QFormLayout(box)
        self.x_boxes = []
        row = QHBoxLayout()
        for name in ("x1", "x2"):
            spin = QDoubleSpinBox()
            spin.setRange(-X_LIMIT, X_LIMIT)
            spin.setDecimals(3)
            spin.setSingleStep(0.1)
            spin.setKeyboardTracking(False)  # act on Enter, arrows or focus out, not on every digit
            spin.setAccessibleName(name)
            row.addWidget(QLabel(name))
            row.addWidget(spin, stretch=1)
            self.x_boxes.append(spin)
        form.addRow("x", row)
        classes = QHBoxLayout()
        self.target_group = QButtonGroup(self)
        for k in range(3):
            radio = QRadioButton(str(k))
            radio.setToolTip(self.tr("Make class {k} the true class: t is 1 there, 0 elsewhere").format(k=k))
            self.target_group.addButton(radio, k)
            classes.addWidget(radio)
        classes.addStretch(1)
        form.addRow(self.tr("true class"), classes)
        self.target_label = QLabel()
        form.addRow("t", self.target_label)
        return box

    def _nudge(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nudge the picked weight by h"))
        layout = QVBoxLayout(box)
        self.selected_label = QLabel()
        self.selected_label.setWordWrap(True)
        layout.addWidget(self.selected_label)
        row = QHBoxLayout()
        self.h_edit = QLineEdit(f"{DEFAULT_H:g}")
        self.h_edit.setMaximumWidth(90)
        self.plus_button, self.minus_button = QPushButton("+h"), QPushButton("−h")
        row.addWidget(QLabel("h ="))
        row.addWidget(self.h_edit)
        row.addWidget(self.plus_button)
        row.addWidget(self.minus_button)
        layout.addLayout(row)
        self.h_error = caption("", ERROR_COLOR)
        self.h_error.hide()
        self.nudge_label = QLabel()
        self.nudge_label.setWordWrap(True)
        self.nudge_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.h_error)
        layout.addWidget(self.nudge_label)
        layout.addWidget(caption(self.tr(
            "The book reads dW this way: raising the weight by h changes the loss by about dW·h. A positive "
            "dW means: lower this weight to lower the loss.")))
        return box

    def _code(self) -> QGroupBox:
        box = QGroupBox(self.tr("The book's code for the numerical dW"))
        layout = QVBoxLayout(box)
        self.code = CodeView()
        layout.addWidget(self.code)
        layout.addWidget(caption(QCoreApplication.translate("NetworkTab", LAMBDA_NOTE)))
        return box

    def _learning(self) -> QGroupBox:
        box = QGroupBox(self.tr("Learning: W ← W − lr·dW"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.objective_combo = QComboBox()
        self.objective_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.objective_combo.setMinimumContentsLength(12)  # the popup still shows the whole text
        for key in (nm.BATCH, nm.SAMPLE):
            label = QCoreApplication.translate("NetworkTab", OBJECTIVE_LABELS[key])
            self.objective_combo.addItem(label, key)
            self.objective_combo.setItemData(self.objective_combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        form.addRow(self.tr("descend"), self.objective_combo)
        self.lr_edit = QLineEdit(f"{nm.DEFAULT_LR:g}")
        form.addRow(self.tr("learning rate"), self.lr_edit)
        layout.addLayout(form)
        self.lr_error = caption("", ERROR_COLOR)
        self.lr_error.hide()
        layout.addWidget(self.lr_error)
        buttons = QGridLayout()
        self.step_button, self.train_button = QPushButton(self.tr("Gradient step")), QPushButton(self.tr("Train"))
        self.train_button.setCheckable(True)
        buttons.addWidget(self.step_button, 0, 0)
        buttons.addWidget(self.train_button, 0, 1)
        layout.addLayout(buttons)
        self.learning_label = QLabel()
        self.learning_label.setWordWrap(True)
        layout.addWidget(self.learning_label)
        layout.addWidget(caption(self.tr(
            "Watch the decision regions turn toward their points and the batch loss fall; accuracy climbs in "
            "steps.")))
        return box

    def show_field_error(self, edit: QLineEdit, label: QLabel, message: str | None) -> None:
        """Mark ``edit`` and show ``message`` under it, or clear both when ``message`` is None (styled like an
        ``ExpressionField``'s error, so every refused field of the app looks the same)."""
        edit.setStyleSheet(ERROR_STYLE if message else "")
        label.setText(message or "")
        label.setVisible(bool(message))

    def show_inputs(self, model) -> None:
        """x, the true class and the objective as ``model`` has them (without their signals firing)."""
        blockers = [QSignalBlocker(w) for w in (*self.x_boxes, self.target_group, self.objective_combo)]
        for box, value in zip(self.x_boxes, model.x):
            box.setValue(value)
        self.target_group.button(model.target).setChecked(True)
        self.objective_combo.setCurrentIndex(self.objective_combo.findData(model.objective))
        del blockers

    def show_buttons(self, h_ok: bool, lr_ok: bool, training: bool) -> None:
        """Nudge needs a good h; Step a good rate and no training; Train toggles to Stop while it runs."""
        self.plus_button.setEnabled(h_ok)
        self.minus_button.setEnabled(h_ok)
        self.step_button.setEnabled(lr_ok and not training)
        self.train_button.setEnabled(lr_ok)
        self.train_button.setChecked(training)
        self.train_button.setText(self.tr("Stop") if training else self.tr("Train"))

    def draw(self, model, nudge) -> None:
        """The readouts for ``model`` (a ``NetworkModel``) and the last ``nudge`` (or None)."""
        i, j = model.selected
        name, t = weight_name(i, j), model.t.astype(int).tolist()
        self.target_label.setText(str(t))
        self.selected_label.setText(self.tr("Picked: {name} = {value}; its dW is {dW:.8f}").format(
            name=name, value=format_weight(model.W[i, j]), dW=model.dW_numerical()[i, j]))
        self.nudge_label.setText(QCoreApplication.translate("NetworkTab", NUDGE_READING).format(
            name=nudge.name, h=nudge.h, actual=nudge.actual, predicted=nudge.predicted) if nudge else "")
        self.nudge_label.setVisible(nudge is not None)
        self.code.set_code(f"x = np.array([{model.x[0]:g}, {model.x[1]:g}])\nt = np.array({t})\n"
                           "f = lambda w: net.loss(x, t)\ndW = numerical_gradient(f, net.W)")
        history = model.history
        self.learning_label.setText(self.tr(
            "Steps since W was set: {steps}\nLoss being descended: {first:.4f} → {now:.4f}\n"
            "Accuracy on the 45 points: {accuracy:.0%}").format(
            steps=len(history) - 1, first=history[0], now=history[-1], accuracy=model.batch_accuracy()))
