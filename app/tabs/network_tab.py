"""The network tab: the book's 2x3 simpleNet, dW two ways, one weight's slice, and learning (Book 4.4.2).

The tab only draws a :class:`NetworkModel`. Everything it shows costs microseconds to a few milliseconds
(``benchmarks/network_model.py``), so it is recomputed on every change on the GUI thread; "Train" is a
QTimer doing a few gradient steps per tick.
"""
from __future__ import annotations

import json
import logging

from PySide6.QtCore import QSettings, QSignalBlocker
from PySide6.QtWidgets import QWidget

from app.language import message_text
from app.settings import read_setting
from app.tabs import network_model as nm
from app.tabs.base_tab import BaseTab
from app.tabs.network_examples import DEMO_PRESET, PRESETS
from app.tabs.network_panel import DEFAULT_H, NetworkPanel
from app.tabs.network_plots import SliceView
from app.tabs.network_records import Nudge
from app.tabs.network_texts import NO_SUCH_WEIGHT, NetworkInputError, is_nudge_h, nudge_h
from app.tabs.network_view import NetworkView

TRAIN_TICK_MS = 40
STEPS_PER_TICK = 2  # 50 steps a second: the regions visibly turn, the loss levels off in about 10 s
MAX_TRAIN_STEPS = 1000  # one press of Train does at most this many
DEMO_WEIGHT = (1, 2)  # w23
LEVELLED_OFF = 1e-4  # a step lowering the trained loss by less than this ends a training
_log = logging.getLogger(__name__)


class NetworkTab(BaseTab):
    """Edit W, pick one weight, nudge it, step or train, and watch the loss, dW and the regions (Book 4.4.2)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = nm.NetworkModel()
        self.last_nudge: Nudge | None = None  # drawn until W changes in another way
        self.lr_error: str | None = None
        self.h_error: str | None = None
        self._train_steps = 0
        self._timer = self.add_timer(TRAIN_TICK_MS, self._on_timer_timeout)
        self.panel = NetworkPanel()
        self.view = NetworkView(self.new_plot("x1", "x2"), self.model)
        self.editor, self.slice_view = self.view.editor, self.view.slice_view
        self.arrange(self.view, self.panel, panel_width=310)
        self._connect()
        self._sync_inputs()
        self._refresh()

    def title(self) -> str:
        return self.tr("Network gradient")

    # -- construction -----------------------------------------------------------------------------------
    def _connect(self) -> None:
        panel = self.panel
        self.editor.weight_edited.connect(self.set_weight)
        self.editor.weight_selected.connect(self.select_weight)
        panel.preset_group.idClicked.connect(self.load_preset)
        for box in panel.x_boxes:
            box.valueChanged.connect(self._on_x_box_value_changed)
        panel.target_group.idToggled.connect(self._on_target_group_id_toggled)
        panel.h_edit.textChanged.connect(self._on_h_edit_text_changed)
        # No lambdas holding the tab on its children's signals: they can crash PySide at interpreter exit.
        panel.plus_button.clicked.connect(self._on_plus_button_clicked)
        panel.minus_button.clicked.connect(self._on_minus_button_clicked)
        panel.objective_combo.activated.connect(self._on_objective_combo_activated)
        panel.lr_edit.textChanged.connect(self._apply_learning_rate)
        panel.step_button.clicked.connect(self.gradient_step)
        panel.train_button.clicked.connect(self._on_train_button_clicked)

    # -- public API (docs/architecture.md) --------------------------------------------------------------
    def load_preset(self, index: int) -> None:
        """One of ``network_examples.PRESETS``: its W, x and true class (``ValueError`` for a bad index)."""
        self.stop_training()
        self.model.load_preset(index)
        self.last_nudge = None
        self._sync_inputs()
        self._refresh()
        self.report(self.tr("Loaded {0}.").format(self.tr(PRESETS[index].label)))

    def set_weight(self, i: int, j: int, value) -> bool:
        """``W[i, j] = value`` (a number or typed text); refused with a message, keeping the last good W."""
        try:
            self.model.set_weight(i, j, value)
        except NetworkInputError as error:
            message = self._message(error)
            if error.template != NO_SUCH_WEIGHT:
                self.editor.reject(i, j, str(value), message)
            self.report(message, problem=True)
            return False
        self.resolve()
        self.last_nudge = None
        self._refresh()
        return True

    def select_weight(self, i: int, j: int) -> bool:
        """Pick ``W[i, j]`` for the slice, the nudge and the highlights."""
        try:
            self.model.select(i, j)
        except NetworkInputError as error:
            self.report(self._message(error), problem=True)
            return False
        self.resolve()
        self.last_nudge = None
        self._refresh()
        return True

    def nudge(self, h) -> Nudge | None:
        """Raise the picked weight by ``h``; the loss change is shown beside dW_ij · h (None if refused)."""
        self.stop_training()
        try:
            result = self.model.nudge(h)
        except NetworkInputError as error:
            self.report(self._message(error))
            return None
        self.last_nudge = result
        self._refresh()
        self.report(self.panel.nudge_label.text())
        return result

    def gradient_step(self) -> float | None:
        """``W -= lr * dW`` once; the trained loss after it (None if the step was refused)."""
        if self.lr_error:
            self.report(self.lr_error)
            return None
        try:
            loss = self.model.gradient_step()
        except NetworkInputError as error:
            self.stop_training()
            self.report(self._message(error))
            return None
        self.last_nudge = None
        self._refresh()
        return loss

    def start_training(self) -> bool:
        """Repeat gradient steps, animated, until the loss levels off, ``MAX_TRAIN_STEPS`` or Stop."""
        if self.lr_error:
            self.report(self.lr_error)
            self._show_buttons()
            return False
        self._train_steps = 0
        self._timer.start()
        self._show_buttons()
        self.report(self.tr("Training: {0} gradient steps a second.").format(
            round(STEPS_PER_TICK * 1000 / TRAIN_TICK_MS)))
        return True

    def stop_training(self) -> None:
        self._timer.stop()
        self._show_buttons()

    def is_training(self) -> bool:
        return self._timer.isActive()

    def set_learning_rate(self, lr) -> bool:
        text = f"{lr:g}" if isinstance(lr, (int, float)) else str(lr)
        with QSignalBlocker(self.panel.lr_edit):
            self.panel.lr_edit.setText(text)
        return self._apply_learning_rate(text)

    def set_target(self, k) -> bool:
        """Make class ``k`` the true class of the book's x (t = one-hot of k)."""
        return self._apply(self.model.set_target, k)

    def set_x(self, x1, x2) -> bool:
        return self._apply(self.model.set_x, x1, x2)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("state", json.dumps(self.model.state()))
        settings.setValue("h", self.panel.h_edit.text())

    def restore_state(self, settings: QSettings) -> None:
        """The stored network, or the demo preset (with a log line) when it cannot be read back."""
        stored = read_setting(settings, "state", "")
        if stored:
            try:
                self.model.restore(json.loads(stored))
            except (ValueError, TypeError) as error:  # JSONDecodeError is a ValueError
                _log.warning("settings: ignoring the stored network (%s); showing the demo", error)
                self.model.load_preset(DEMO_PRESET)
        self.panel.h_edit.setText(f"{read_setting(settings, 'h', DEFAULT_H, is_nudge_h):g}")
        self.set_learning_rate(self.model.learning_rate)
        self.last_nudge = None
        self._sync_inputs()
        self._refresh()

    def show_demo_state(self) -> None:
        """Note 000 as the book runs it (loss 2.9288931975720534 and its dW), nothing trained, w23 picked:
        the weight the book reads with w11, and its slice has a clear slope where w11's is nearly flat."""
        self.load_preset(DEMO_PRESET)
        self.model.set_objective(nm.BATCH)
        self.model.select(*DEMO_WEIGHT)
        self.panel.h_edit.setText(f"{DEFAULT_H:g}")
        self.set_learning_rate(nm.DEFAULT_LR)
        self._sync_inputs()
        self._refresh()

    def export_view(self) -> SliceView:
        """The slice: loss over accuracy as the picked weight moves (Book 4.2.5 in one picture)."""
        return self.slice_view

    # -- handlers ---------------------------------------------------------------------------------------
    def _on_x_box_value_changed(self, _value: float) -> None:
        self.set_x(*(box.value() for box in self.panel.x_boxes))

    def _on_target_group_id_toggled(self, k: int, checked: bool) -> None:
        if checked and k != self.model.target:
            self.set_target(k)

    def _on_h_edit_text_changed(self, text: str) -> None:
        try:
            nudge_h(text)
            self.h_error = None
        except NetworkInputError as error:
            self.h_error = self._message(error)
        self.panel.show_field_error(self.panel.h_edit, self.panel.h_error, self.h_error)
        self._show_buttons()

    def _on_plus_button_clicked(self) -> None:
        if self.h_error is None:
            self.nudge(nudge_h(self.panel.h_edit.text()))

    def _on_minus_button_clicked(self) -> None:
        if self.h_error is None:
            self.nudge(-nudge_h(self.panel.h_edit.text()))

    def _on_objective_combo_activated(self, index: int) -> None:
        self.model.set_objective(self.panel.objective_combo.itemData(index))
        self._refresh()

    def _apply_learning_rate(self, text: str) -> bool:
        try:
            self.model.set_learning_rate(text)
            self.lr_error = None
        except NetworkInputError as error:
            self.lr_error = self._message(error)
            self.stop_training()
        self.panel.show_field_error(self.panel.lr_edit, self.panel.lr_error, self.lr_error)
        self._show_buttons()
        return self.lr_error is None

    def _on_train_button_clicked(self) -> None:
        self.stop_training() if self.is_training() else self.start_training()

    def _on_timer_timeout(self) -> None:
        for _ in range(STEPS_PER_TICK):
            before = self.model.history[-1]
            try:
                after = self.model.gradient_step()
            except NetworkInputError as error:
                self.stop_training()
                self.report(self._message(error))
                break
            self._train_steps += 1
            levelled, done = 0.0 <= before - after < LEVELLED_OFF, self._train_steps >= MAX_TRAIN_STEPS
            if levelled or done:
                self.stop_training()
                text = (self.tr("Training stopped after {steps} steps: the loss has levelled off at {loss:.4f} "
                                "(accuracy {accuracy:.0%}).") if levelled else
                        self.tr("Training paused after {steps} steps: the loss is {loss:.4f} (accuracy "
                                "{accuracy:.0%}). Press Train to go on."))
                self.report(text.format(steps=self._train_steps, loss=after, accuracy=self.model.batch_accuracy()))
                break
        self.last_nudge = None
        self._refresh()

    # -- drawing ----------------------------------------------------------------------------------------
    def _message(self, error: NetworkInputError) -> str:
        return message_text(error)

    def _apply(self, setter, *args) -> bool:
        """Change an input of the single sample; a refused value is reported and changes nothing, an accepted
        one takes back a refusal the status bar still shows."""
        try:
            setter(*args)
        except NetworkInputError as error:
            self.report(self._message(error), problem=True)
            self._sync_inputs()
            return False
        self.resolve()
        self.last_nudge = None
        self._sync_inputs()
        self._refresh()
        return True

    def _sync_inputs(self) -> None:
        self.panel.show_inputs(self.model)

    def _show_buttons(self) -> None:
        self.panel.show_buttons(self.h_error is None, self.lr_error is None, self.is_training())

    def _refresh(self) -> None:
        self.view.draw(self.model, self.last_nudge)
        self.panel.draw(self.model, self.last_nudge)
        self._show_buttons()
