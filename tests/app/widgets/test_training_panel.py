"""The training panel's progress line and its Start, which asks before a long numerical run (pytest-qt,
offscreen; Book 4.5.2)."""
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox

from app.formatting import format_duration
from app.tabs.training_model import TrainingHistory
from app.widgets.training_panel import TrainingPanel
from app.workers.progress import ProgressBatcher
from scratchnn_core import RunEstimate
from tests.app.fake_clock import FakeClock


@pytest.fixture
def panel(qtbot):
    widget = TrainingPanel()
    qtbot.addWidget(widget)
    return widget


def _history(batches):
    """A history fed ``(elapsed_s, iterations_done, gradient_done, gradient_total)`` batches."""
    clock = FakeClock()
    batcher = ProgressBatcher(10, clock=clock)
    history = TrainingHistory(10)
    for elapsed, iterations, done, total in batches:
        clock.now = elapsed
        for i in range(history.iterations_done, iterations):
            batcher.add_loss(i, 2.3)
        if total:
            batcher.set_gradient_progress(done, total)
        history.apply(batcher.take(elapsed))
    return history


def test_inside_a_numerical_gradient_the_parameters_done_show(panel):
    history = _history([(20.0, 1, 0, 0), (30.0, 1, 19880, 39760)])  # half of the second iteration
    panel.show_progress(history, training=True)
    assert panel.speed_label.text() == (f"Iteration 2: numerical gradient 19,880 of 39,760 parameters, "
                                        f"time left {format_duration(30.0 / 1.5 * 8.5)}")
    assert panel.progress_bar.value() == 15


def test_the_long_line_wraps_instead_of_widening_the_panel(panel):
    width = panel.minimumSizeHint().width()  # what fits its scroll area at 1024x600
    panel.show_progress(_history([(20.0, 1, 0, 0), (30.0, 1, 19880, 39760)]), training=True)
    assert panel.minimumSizeHint().width() == width


def test_a_slow_rate_keeps_two_significant_digits(panel):
    history = _history([(20.0, 1, 0, 0), (50.0, 2, 0, 0)])  # one iteration in 30 s
    panel.show_progress(history, training=True)
    assert panel.speed_label.text().startswith("0.033 it/s, time left ")
    fast = _history([(1.0, 2, 0, 0), (2.0, 10, 0, 0)])
    panel.show_progress(fast, training=True)
    assert panel.speed_label.text().startswith("8 it/s, time left ")


def test_after_the_run_the_iterations_and_their_time_show(panel):
    history = _history([(1.0, 4, 0, 0), (2.5, 10, 0, 0)])
    panel.show_progress(history, training=False)
    assert panel.speed_label.text() == f"10 iterations in {format_duration(2.5)}"
    assert panel.progress_bar.value() == 100


def test_measuring_loaded_weights_moves_the_bar(panel):
    panel.show_measuring(0.375)
    assert panel.progress_bar.value() == 38


def _estimates(seconds):
    """``estimate_runs``-like estimates: one iteration of each method takes ``seconds[method]``."""
    return {method: RunEstimate(method, s, 0.0, 1, 1) for method, s in seconds.items()}


@pytest.fixture
def asked(monkeypatch):
    """The questions Start asks (each answered No)."""
    questions = []

    def answer_no(*args):
        questions.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    return questions


@pytest.fixture
def signals(panel):
    """What the panel emitted: ``started`` (one True per start_clicked) and ``wanted`` (the configs whose
    estimates it asked for)."""
    emitted = SimpleNamespace(started=[], wanted=[])
    panel.start_clicked.connect(lambda: emitted.started.append(True))
    panel.form.estimates_wanted.connect(emitted.wanted.append)
    return emitted


def test_backprop_starts_at_once_without_an_estimate(panel, asked, signals):
    started, wanted = signals.started, signals.wanted
    panel.start_button.click()
    assert started == [True] and wanted == [] and asked == []


def test_start_waits_for_the_numerical_estimate_then_asks(panel, asked, signals):
    started, wanted = signals.started, signals.wanted
    panel.form.gradient.setCurrentIndex(panel.form.gradient.findData("numerical"))
    panel.start_button.click()
    assert wanted == [panel.form.config()] and started == [] and asked == []  # asked for it, waits
    panel.form.show_estimates(wanted[0], _estimates({"backprop": 1e-3, "structured": 0.1, "numerical": 3600.0}))
    assert len(asked) == 1 and format_duration(3600.0) in asked[0] and started == []  # the answer was No
    panel.form.show_estimates(wanted[0], _estimates({"backprop": 1e-3, "structured": 0.1, "numerical": 3600.0}))
    assert len(asked) == 1  # answered once: a later estimate asks nothing
    panel.start_button.click()  # the estimate is there now: asks at once
    assert len(asked) == 2 and len(wanted) == 1


def test_a_quick_numerical_run_starts_once_its_estimate_arrives(panel, asked, signals):
    started, wanted = signals.started, signals.wanted
    panel.form.gradient.setCurrentIndex(panel.form.gradient.findData("structured"))
    panel.start_button.click()
    assert started == []
    panel.form.show_estimates(wanted[0], _estimates({"backprop": 1e-3, "structured": 1.0, "numerical": 9.0}))
    assert started == [True] and asked == []


def test_an_edit_while_start_waits_drops_that_start(panel, asked, signals):
    started = signals.started
    panel.form.gradient.setCurrentIndex(panel.form.gradient.findData("structured"))
    panel.start_button.click()
    panel.form.boxes["iters_num"].setValue(5)
    panel.form.show_estimates(panel.form.config(), _estimates({"backprop": 1e-3, "structured": 1.0, "numerical": 9.0}))
    assert started == [] and asked == []


def test_a_run_started_another_way_drops_a_waiting_start(panel, asked, signals):
    started, wanted = signals.started, signals.wanted
    panel.form.gradient.setCurrentIndex(panel.form.gradient.findData("numerical"))
    panel.start_button.click()
    panel.set_state(running=True, paused=False, can_continue=True)  # "Train more" went first
    panel.form.show_estimates(wanted[0], _estimates({"backprop": 1e-3, "structured": 0.1, "numerical": 3600.0}))
    assert started == [] and asked == []
