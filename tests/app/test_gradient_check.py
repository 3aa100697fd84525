"""The gradient check window: three gradients of a real network on MNIST images, in the worker (Book 5.7.3)."""
import numpy as np
import pytest

from app.tabs.gradient_check import FRESH, TRAINED, GradientCheckPanel, checked_network
from app.tabs.training_tab import TrainingTab
from app.workers import training_jobs as tj
from scratchnn_core import TrainConfig, TwoLayerNet, initial_network
from scratchnn_core.gradient_check import PAIRS
from scratchnn_core.gradient_records import PARAM_NAMES

SMALL = TrainConfig(hidden_size=5, seed=3)  # 3,985 parameters: the book's loop takes a fraction of a second


@pytest.fixture(scope="module", autouse=True)
def _mnist_loaded():
    tj.cached_mnist()


@pytest.fixture
def panel(qtbot):
    widget = GradientCheckPanel(lambda: checked_network(None, SMALL))
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def test_a_check_in_the_worker_fills_the_table(panel, qtbot):
    assert panel.images.value() == 3 and panel.first.value() == 0  # the book's x_train[:3]
    with qtbot.waitSignal(panel.check_finished, timeout=60_000) as finished:
        assert panel.run_check()
        assert not panel.run_button.isEnabled() and panel.stop_button.isEnabled()
        assert not panel.run_check()  # one at a time
    check = finished.args[0]
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10_000)
    assert check.complete and check.images == 3 and panel.result is check
    table = panel.table
    assert table.rowCount() == 2 * len(PAIRS) and table.columnCount() == 4
    assert table.rows()[0] == ["", *PARAM_NAMES]  # as the book prints them: W1 b1 W2 b2
    assert table.rows()[1][0] == "backprop vs book: mean" and table.rows()[2][0] == "backprop vs book: max"
    for c, key in enumerate(PARAM_NAMES):
        for p, (first, second) in enumerate(PAIRS):
            d = check.difference(first, second, key)
            assert (table.value(2 * p, c), table.value(2 * p + 1, c)) == (d.mean_abs, d.max_abs)
    # Book 5.7.3: backprop agrees with the numerical gradient to ~1e-10..1e-7; the two numerical ways agree
    # to rounding.
    assert check.max_abs_diff("structured", "book") < 1e-10 < check.max_abs_diff("backprop", "book") < 1e-5
    assert "times faster" in panel.times_label.text() and "Done: 3 images" in panel.stage_label.text()
    assert panel.network_label.text() == FRESH and panel.run_button.isEnabled()


def test_stop_during_the_books_loop_keeps_the_quick_methods(qtbot):
    net = TwoLayerNet(784, 50, 10, seed=0)  # 39,760 parameters on 100 images: the book's loop takes ~20 s
    panel = GradientCheckPanel(lambda: (net, TRAINED))
    qtbot.addWidget(panel)
    panel.images.setValue(100)
    panel.first.setValue(500)
    with qtbot.waitSignal(panel.check_finished, timeout=60_000) as finished:
        panel.run_check()
        qtbot.waitUntil(lambda: "one weight" in panel.stage_label.text(), timeout=30_000)
        panel.stop_check()
    check = finished.args[0]
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10_000)
    assert not check.complete and check.images == 100 and check.seconds_of("book") is None
    assert panel.table.value(2, 0) is not None  # backprop vs structured, W1: compared
    assert panel.table.value(0, 0) is None and panel.table.rows()[1][1] == "\u2014"  # nothing for the book
    assert "Stopped" in panel.stage_label.text()
    panel.shutdown()


def test_the_fresh_network_is_the_one_start_would_train():
    network, description = checked_network(None, SMALL)
    assert description == FRESH and network.params["W1"].shape == (784, 5)
    np.testing.assert_array_equal(network.params["W1"], initial_network(SMALL).params["W1"])


def test_the_training_tab_opens_the_check_on_its_network(qtbot):
    tab = TrainingTab()
    qtbot.addWidget(tab)
    tab.set_config(SMALL)
    panel = tab.open_gradient_check()
    assert tab.pages.currentWidget() is panel is tab.check_page
    with qtbot.waitSignal(panel.check_finished, timeout=60_000):
        panel.run_check()
    assert panel.network_label.text() == FRESH  # nothing trained yet: a fresh net from the form
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10_000)
    small = TwoLayerNet(784, 4, 10, seed=1)
    tab.session.network = small  # what a finished training or load_weights leaves
    assert checked_network(tab.session.network, tab.config())[0] is small
    with qtbot.waitSignal(panel.check_finished, timeout=60_000) as finished:
        panel.run_check()
    assert panel.network_label.text() == TRAINED and finished.args[0].complete
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10_000)
    panel.images.setValue(100)
    assert panel.run_check()
    tab.shutdown()  # joins the check's worker too
    assert not panel.is_running()
