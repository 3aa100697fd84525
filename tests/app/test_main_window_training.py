"""The window's training actions with the real loss and training tabs: quitting mid-run asks, Save weights
says there is no network before any dialog, "Send to loss functions" (issue 8 items 16, issue 11)."""
import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.main_window import MainWindow
from app.tabs.loss_tab import LossTab
from app.tabs.training_tab import TrainingTab
from app.workers import training_jobs as tj
from scratchnn_core import TrainConfig, TwoLayerNet

pytestmark = pytest.mark.slow

ENDLESS = TrainConfig(iters_num=1_000_000, train_size=6000, test_size=1000)


@pytest.fixture
def window(qtbot, tmp_path):
    tabs = [("loss", LossTab()), ("training", TrainingTab(history_path=tmp_path / "runs.json"))]
    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), tabs=tabs)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.tab("training").shutdown()


def test_quitting_mid_run_asks_and_no_keeps_it_running(window, qtbot, monkeypatch):
    tj.cached_mnist()
    training = window.tab("training")
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: questions.append(args[2]) or QMessageBox.StandardButton.No)
    assert training.start_training(ENDLESS)
    qtbot.waitUntil(lambda: training.session.history.iterations_done > 20, timeout=30_000)
    assert not window.close()  # the user answered No
    assert len(questions) == 1 and "A training is running" in questions[0]
    assert training.is_running() and window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert window.close()
    assert not training.is_running()
    assert [r.status for r in training.curves.runs.runs()] == ["cancelled"]


def test_quitting_asks_nothing_when_no_run_would_be_lost(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("asked without a running training"))
    assert window.close()


def test_save_weights_without_a_network_says_so_before_any_dialog(window, monkeypatch):
    told = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: pytest.fail("the file dialog opened"))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    window.save_weights_action.trigger()
    assert len(told) == 1 and "no network" in told[0]


def test_send_to_loss_functions_opens_the_loss_tab_with_the_probabilities(window):
    training, loss = window.tab("training"), window.tab("loss")
    net = TwoLayerNet(784, 20, 10, weight_init_std=0.3, seed=4)
    p = net.predict(np.linspace(0, 1, 784, dtype=np.float32)[None, :])[0]
    window.show_tab("training")
    training.probabilities_sent.emit(p, 3)  # what the Draw page's Send button relays
    assert window.current_key() == "loss"
    assert loss.model.target == 3
    np.testing.assert_allclose(loss.model.y, p / p.astype(np.float64).sum())
    assert loss.model.losses().total == pytest.approx(1.0, abs=1e-12)
    assert "(a softmax output sums to 1" not in loss.sum_label.text()  # no false "press Normalise"
    assert loss.model.losses().cee == pytest.approx(-np.log(loss.model.y[3] + 1e-7))


def test_the_draw_page_send_button_reaches_the_loss_tab(window, qtbot):
    training, loss = window.tab("training"), window.tab("loss")
    page = training.draw_page
    page.set_network(TwoLayerNet(784, 10, 10, seed=0))
    centre = page.pad.canvas_rect().center()
    page.pad.stroke([centre, centre + type(centre)(0, 60)])
    page.update_prediction()
    page.label_box.setValue(8)
    page.send_button.click()
    assert window.current_key() == "loss" and loss.model.target == 8
    np.testing.assert_allclose(loss.model.y, page.probabilities() / page.probabilities().sum())
