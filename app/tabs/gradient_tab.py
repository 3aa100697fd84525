"""The gradient tab: gradient descent on a map of f(x0, x1), up to four racing descents, the partial
derivatives as slopes of slices, and f as a 3-D surface (Book 4.3.3, 4.4, Figures 4-8 to 4-10).

The tab assembles widgets (``DescentMap``, ``SlicePlots``, ``SurfaceView``, ``DescentPanel``) around a
Qt-free :class:`GradientModel`. Every change is a checked ``RaceUpdate``: up to ``SYNC_STEPS`` new steps
(about 50 ms) are computed at once, a longer one in slices of ``SLICE_S`` on a zero-interval QTimer, so
the GUI never freezes (a race of four 5000-step runs takes about 2 s); the last picture stays until the
new race is complete. No thread: the work is many tiny numpy calls, and slices keep the model single-threaded.
"""
from __future__ import annotations

import logging
import math

from PySide6.QtCore import QSettings, QSignalBlocker, Slot
from PySide6.QtWidgets import QWidget

from app.language import message_text
from app.settings import read_setting
from app.tabs import gradient_model as gm
from app.tabs.base_tab import BaseTab
from app.tabs.descent_inputs import MAX_STEPS, rates_text, starts_text
from app.tabs.descent_race import PRESETS
from app.tabs.gradient_drawing import GradientPicture
from app.tabs.gradient_field import inside
from app.widgets.descent_panel import DescentPanel
from app.widgets.slice_plots import CHOICES

_log = logging.getLogger(__name__)
SYNC_STEPS = 400  # new steps computed at once (~0.1 ms each, 40 ms); more go in slices
SLICE_S = 0.02  # seconds of computing per timer tick: the GUI answers between slices
DEMO_STEPS = 20  # the book's gradient_method.py: lr=0.1, step_num=20 (Figure 4-10)


class GradientTab(BaseTab):
    """Type f(x0, x1), type or click start points, pick learning rates and watch gradient descent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = gm.GradientModel()
        self._pending = None  # the RaceUpdate being computed in slices
        self._per_tick = 1
        self._timer = self.add_timer(100, self._on_timer_timeout)
        self._compute_timer = self.add_timer(0, self._on_compute_timer_timeout)
        self.panel = DescentPanel(self.model.expression, [self.tr(p.label) for p in PRESETS], MAX_STEPS)
        self.picture = GradientPicture(self.panel, self.tr)
        self.plot, self.slices, self.views = self.picture.map, self.picture.slices, self.picture.views
        self.surface, self.surface_error = self.picture.surface, self.picture.surface_error
        self.arrange(self.picture.content, self.panel)
        self._connect()
        self._on_speed_changed()
        self._sync_inputs()
        self._draw()

    def title(self) -> str:
        return self.tr("Gradient descent")

    def _connect(self) -> None:
        p = self.panel
        p.expression.edited.connect(self.set_expression)
        p.expression.preset_chosen.connect(self.load_preset)
        p.start_field.edited.connect(self._on_start_field_edited)
        p.rate_field.edited.connect(self._on_rate_field_edited)
        p.rate_slider.value_changed.connect(self.set_learning_rate)
        p.steps_box.valueChanged.connect(self.set_steps)
        p.speed_slider.valueChanged.connect(self._on_speed_changed)
        p.play_button.clicked.connect(self._on_play_button_clicked)
        p.end_button.clicked.connect(self.run_to_end)
        # Named slots, not lambdas holding the tab: those can crash PySide at interpreter exit.
        p.pause_button.clicked.connect(self._on_pause_button_clicked)
        p.step_button.clicked.connect(self._on_step_button_clicked)
        p.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.plot.clicked.connect(self._on_plot_clicked)
        self.plot.rested.connect(self._on_plot_rested)
        self.plot.left.connect(self._on_plot_left)
        self.slices.point_choice_changed.connect(self._on_slices_point_choice_changed)
        self.views.currentChanged.connect(self._on_views_current_changed)

    # -- public API (docs/architecture.md) --------------------------------------------------------------
    def set_expression(self, text: str) -> bool:
        """Use f(x0, x1) = ``text``; on a bad expression mark the field, say why, keep the last picture."""
        return self._try("expression", self.panel.expression, text, dict(expression=text))

    def set_start(self, x0: float, x1: float) -> bool:
        """Move the (first) start to (x0, x1); refused (with a message) unless finite and within 1e6."""
        starts = [(x0, x1)] + list(self._source().starts[1:])
        return self._try("start", self.panel.start_field, starts_text(starts), dict(starts=starts))

    def set_learning_rate(self, lr: float) -> bool:
        """Set the first learning rate (the slider's; other racing rates stay)."""
        rates = [lr] + list(self._source().learning_rates[1:])
        return self._try("rate", self.panel.rate_field, rates_text(rates), dict(learning_rates=rates))

    def set_steps(self, steps: int) -> bool:
        return self._try("steps", None, str(steps), dict(steps=steps))

    def set_racers(self, learning_rates=None, starts=None) -> bool:
        """A race: up to four ``learning_rates`` from the first start, or up to four ``starts`` at the first rate."""
        source, p = self._source(), self.panel
        change = dict(learning_rates=tuple(learning_rates or source.learning_rates[:1]),
                      starts=tuple(starts or source.starts[:1]))
        return self._try("race", None, "", change, replaced=(p.start_field, p.rate_field))

    def load_preset(self, index: int) -> None:
        """Restore example ``index`` of ``descent_race.PRESETS`` completely: f, start(s), rate(s), steps."""
        update = self.model.plan_preset(PRESETS[index])
        for field, text in self._inputs(update):  # refused text or not: the preset replaces it
            field.accept(text)
        self._submit(update)

    def run_to_end(self) -> str:
        """Finish any pending computation (blocking), show the whole path, return the first racer's outcome."""
        self._timer.stop()
        if self._pending is not None:
            self._advance_pending(math.inf)
        outcome = self.model.finish()
        self._draw()
        return outcome

    def set_slice_point(self, where: str) -> None:
        """Slices at the first racer's ``"start"`` or its ``"current"`` point."""
        self.slices.set_choice(where)

    def save_state(self, settings: QSettings) -> None:
        m = self.model
        for key, value in (("expression", m.expression), ("starts", starts_text(m.starts)), ("steps", m.steps),
                           ("learning_rates", rates_text(m.learning_rates)), ("speed", self.panel.speed()),
                           ("slice_at", m.slice_at)):
            settings.setValue(key, value)

    def restore_state(self, settings: QSettings) -> None:
        """Apply the stored inputs; one the model refuses is dropped (logged), the rest still apply."""
        m = self.model
        self.panel.set_speed(read_setting(settings, "speed", self.panel.speed(), lambda v: v > 0))
        self.set_slice_point(read_setting(settings, "slice_at", m.slice_at, lambda v: v in CHOICES))
        values = dict(steps=read_setting(settings, "steps", m.steps, lambda v: 1 <= v <= MAX_STEPS),
                      expression=read_setting(settings, "expression", m.expression),
                      learning_rates=read_setting(settings, "learning_rates", rates_text(m.learning_rates)),
                      starts=read_setting(settings, "starts", starts_text(m.starts)))
        while True:
            try:
                update = m.plan(**values)
                break
            except ValueError as error:  # drops the starts first, then the rates, then f
                _log.warning("settings: ignoring %s (%s)", values.popitem(), error)
        self._submit(update)

    def show_demo_state(self) -> None:
        """The book's Figure 4-10: f = x0² + x1² from (-3, 4), lr 0.1, 20 steps, path fully drawn."""
        self.load_preset(0)
        self.set_steps(DEMO_STEPS)
        self.run_to_end()

    # -- changes --------------------------------------------------------------------------------------------
    def _source(self):
        """The inputs as they will be: the pending update's, or the model's."""
        return self._pending if self._pending is not None else self.model

    def _try(self, name: str, field, text: str, change: dict, replaced=()) -> bool:
        """Plan ``change``; refused: mark ``field`` (Play stays off while it is marked), say why, keep the
        last picture. Accepted: show ``text`` in ``field`` and the change's inputs in the fields ``replaced``
        (refused text or not), compute it (at once or in slices)."""
        try:
            update = self.model.plan(**change, base=self._pending)
        except ValueError as error:
            message = message_text(error)  # a DescentInputError or the parser's ExpressionError, translated
            if field is not None:
                field.reject(text, message)
            self.report(self.tr("Bad function: {0}").format(message) if name == "expression" else message)
            self._sync_inputs()
            self._draw_controls()
            return False
        if field is not None:
            field.accept(text)
        for other, other_text in self._inputs(update):
            if other in replaced:
                other.accept(other_text)
        self._submit(update)
        return True

    def _submit(self, update) -> None:
        self._timer.stop()
        self._pending = update
        if update.cost <= SYNC_STEPS:
            self._advance_pending(math.inf)
        else:
            self._compute_timer.start()
            self._draw_controls()

    def _advance_pending(self, budget_s: float) -> None:
        try:
            done = self._pending.advance(budget_s)
        except ValueError as error:
            done = None
            self.report(message_text(error))
        if done is False:
            self._draw_controls()
            return
        self._pending = None
        self._compute_timer.stop()
        self._sync_inputs()
        self._draw()
        if done:  # a fresh message for every finished change: the status bar never tells of an older one
            self.report("; ".join(f"{r.label(self.tr)}: {r.outcome_name(self.tr)}" for r in self.model.racers))

    def _inputs(self, source) -> tuple:
        """(field, text): the typed inputs of ``source`` (the model or an update), each with its field."""
        p = self.panel
        return ((p.expression, source.expression), (p.start_field, starts_text(source.starts)),
                (p.rate_field, rates_text(source.learning_rates)))

    def _sync_inputs(self) -> None:
        """Show the model's inputs in the fields, except in a field whose refused text is being corrected or
        that the user is typing in (a long computation may finish meanwhile)."""
        m, p = self.model, self.panel
        for field, text in self._inputs(m):
            typing = field.line_edit.isModified() and field.text().strip() != field.accepted_text
            if field.error is None and not typing:
                field.accept(text)
        p.rate_slider.set_value(m.learning_rates[0])
        with QSignalBlocker(p.steps_box):
            p.steps_box.setValue(m.steps)

    # -- handlers ---------------------------------------------------------------------------------------
    @Slot(str)
    def _on_start_field_edited(self, text: str) -> None:
        self._try("start", self.panel.start_field, text, dict(starts=text))

    @Slot(str)
    def _on_rate_field_edited(self, text: str) -> None:
        self._try("rate", self.panel.rate_field, text, dict(learning_rates=text))

    def _on_speed_changed(self, *_args) -> None:
        interval, self._per_tick = self.panel.tick()
        self._timer.setInterval(interval)

    def _on_plot_clicked(self, x0: float, x1: float) -> None:
        b = self.model.bounds
        if inside((x0, x1), b):
            digits = max(0, 3 - math.ceil(math.log10(b[1] - b[0])))  # 2 decimals in the book's 10-wide view
            self.set_start(round(x0, digits), round(x1, digits))

    def _on_plot_rested(self, x0: float, x1: float) -> None:
        self.model.set_probe((x0, x1))
        self.picture.draw_point(self.model)

    def _on_plot_left(self) -> None:
        self.model.set_probe(None)
        self.picture.draw_point(self.model)

    def _on_slices_point_choice_changed(self, where: str) -> None:
        self.model.set_slice_at(where)
        self.picture.draw_point(self.model)

    def _on_views_current_changed(self, _index: int) -> None:
        self.picture.draw_surface(self.model)

    def _on_play_button_clicked(self) -> None:
        if self.model.at_end:
            self.model.rewind()
        self._timer.start()
        self._draw()

    @Slot()
    def _on_pause_button_clicked(self) -> None:
        self._timer.stop()
        self._draw()

    @Slot()
    def _on_step_button_clicked(self) -> None:
        self._timer.stop()
        self.model.advance()
        self._draw()

    @Slot()
    def _on_reset_button_clicked(self) -> None:
        self._timer.stop()
        self.model.rewind()
        self._draw()

    def _on_timer_timeout(self) -> None:
        self.model.advance(self._per_tick)
        if self.model.at_end:
            self._timer.stop()
        self._draw()

    def _on_compute_timer_timeout(self) -> None:
        self._advance_pending(SLICE_S)

    def _draw(self) -> None:
        self.picture.draw(self.model, **self._controls())

    def _draw_controls(self) -> None:
        self.picture.draw_controls(self.model, **self._controls())

    def _controls(self) -> dict:
        """What the buttons follow: while a field holds refused text, Play, Step and Run to end stay off."""
        p = self.panel
        return dict(playing=self._timer.isActive(), pending=self._pending,
                    can_run=all(f.error is None for f in (p.expression, p.start_field, p.rate_field)))
