"""The training panel's progress line (pytest-qt, offscreen; Book 4.5.2)."""
import pytest

from app.formatting import format_duration
from app.tabs.training_model import TrainingHistory
from app.widgets.training_panel import TrainingPanel
from app.workers.progress import ProgressBatcher
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
