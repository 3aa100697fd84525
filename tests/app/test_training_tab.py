"""The MNIST training tab through the real worker on MNIST subsets (pytest-qt, offscreen; Book 4.5)."""
import threading

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThread

from app.formatting import format_duration
from app.tabs import training_model
from app.tabs.training_tab import DEMO_CONFIG, TrainingTab
from app.workers import estimate_jobs as ej
from app.workers import generator_worker as gw
from app.workers import training_jobs as tj
from scratchnn_core import TrainConfig, TwoLayerNet
from scratchnn_core.mnist import load_mnist

pytestmark = pytest.mark.slow

SHORT = TrainConfig(iters_num=1000, train_size=6000, test_size=2000)  # 17 epochs of 60 mini-batches
ENDLESS = TrainConfig(iters_num=1_000_000, train_size=6000, test_size=1000)
MIN_TEST_ACCURACY = 0.80  # 1000 mini-batches of 100 from 6000 images: 0.826 at the last epoch record


@pytest.fixture(scope="module", autouse=True)
def _mnist_loaded():
    tj.cached_mnist()


@pytest.fixture
def tab(qtbot):
    widget = TrainingTab()
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


@pytest.fixture(scope="module")
def trained(qapp, tmp_path_factory):
    """One finished short training shared by the read-only checks below."""
    widget = TrainingTab(history_path=tmp_path_factory.mktemp("history") / "runs.json")
    results = []
    widget.training_finished.connect(results.append)
    assert widget.start_training(SHORT)
    assert widget.wait_until_idle(60.0)
    yield widget, results
    widget.shutdown()
    widget.deleteLater()


def test_short_training_fills_curves_and_shows_accuracy(trained):
    tab, results = trained
    (result,) = results
    assert result.status == "completed" and result.iterations_done == 1000
    x, y = tab.plots.raw_curve.getOriginalDataset()
    assert len(x) == len(y) == 1000 and x[0] == 0 and x[-1] == 999
    np.testing.assert_allclose(y, result.train_loss)
    assert len(tab.plots.smooth_curve.getOriginalDataset()[1]) == 1000
    epochs, test_acc = tab.plots.test_curve.getOriginalDataset()
    assert epochs.tolist() == list(range(17))  # iter_per_epoch = 6000 / 100 = 60: 0, 60, ..., 960
    np.testing.assert_allclose(test_acc, result.test_acc)
    assert tab.panel.progress_bar.value() == 100
    assert "Final accuracy" in tab.result_label.text()
    final_test = float(tab.result_label.text().rsplit("test ", 1)[1].rstrip("%")) / 100
    assert final_test > MIN_TEST_ACCURACY
    counts = tab.mistakes_page.matrix.counts()
    assert counts.sum() == 2000 and np.trace(counts) / 2000 == pytest.approx(final_test, abs=5e-5)
    assert tab.start_button.isEnabled() and not tab.stop_button.isEnabled()


def test_export_png_and_csv(trained, tmp_path):
    tab, _ = trained
    tab.export_png(str(tmp_path / "training.png"))
    assert (tmp_path / "training.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    tab.export_csv(str(tmp_path / "training.csv"))
    lines = (tmp_path / "training.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("kind,iteration,loss")
    assert sum(line.startswith("loss,") for line in lines) == 1000
    assert sum(line.startswith("epoch,") for line in lines) == 17


def test_weights_round_trip(trained, tab, qtbot, tmp_path):
    source, results = trained
    path = tmp_path / "weights.npz"
    with pytest.raises(RuntimeError):
        tab.save_weights(str(tmp_path / "nothing.npz"))  # a fresh tab has no network
    source.save_weights(str(path))
    tab.form.boxes["train_size"].setValue(6000)
    tab.form.boxes["test_size"].setValue(2000)
    measured = []
    tab.session.measuring.connect(measured.append)
    tab.load_weights(str(path))
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=30_000)
    assert tab.mistakes_page.matrix.counts().sum() == 2000
    assert measured and measured == sorted(measured) and measured[-1] == 1.0  # the bar moved to the end
    assert "measuring" not in tab.result_label.text()  # replaced by the accuracy (issue 8, 16)
    assert tab.result_label.text().endswith(source.result_label.text().rsplit("\n", 1)[1])
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip file")
    with pytest.raises(ValueError):
        tab.load_weights(str(bad))
    TwoLayerNet(input_size=4, hidden_size=3, output_size=2).save_npz(tmp_path / "small.npz")
    with pytest.raises(ValueError, match="784-H-10"):  # the core's reason, not a shape error later
        tab.load_weights(str(tmp_path / "small.npz"))
    assert tab.form.boxes["hidden_size"].value() != 3


def test_stop_mid_run_ends_cleanly(tab, qtbot):
    results = []
    tab.training_finished.connect(results.append)
    tab.start_training(ENDLESS)
    assert tab.is_running() and not tab.start_button.isEnabled()
    assert not tab.form.boxes["learning_rate"].isEnabled()  # hyperparameters are fixed while it runs
    qtbot.waitUntil(lambda: tab.session.history.iterations_done > 20, timeout=30_000)
    tab.stop_button.click()
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=3_000)
    assert results[0].status == "cancelled"
    assert "stopped" in tab.result_label.text()
    assert tab.start_button.isEnabled() and tab.form.boxes["learning_rate"].isEnabled()


def test_pause_and_resume_buttons(tab, qtbot):
    tab.start_training(ENDLESS)
    qtbot.waitUntil(lambda: tab.session.history.iterations_done > 20, timeout=30_000)
    with qtbot.waitSignal(tab.session.paused, timeout=10_000):  # the worker holds; all batches are in
        tab.pause_button.click()
    assert tab.pause_button.text().replace("&", "") == "Resume"
    frozen = tab.session.history.iterations_done
    qtbot.wait(300)  # nothing may arrive while paused
    assert tab.session.history.iterations_done == frozen
    tab.pause_button.click()
    qtbot.waitUntil(lambda: tab.session.history.iterations_done > frozen + 20, timeout=10_000)
    tab.shutdown()
    assert not tab.is_running()


def test_closing_mid_run_repeatedly_leaves_no_thread(qtbot):
    for round_ in range(20):
        tab = TrainingTab()
        tab.start_training(ENDLESS)
        if round_ % 2:
            qtbot.waitUntil(lambda: tab.session.history.iterations_done > 0, timeout=30_000)
        tab.close()  # joins the worker (the core yields every ~20 ms)
        assert not tab.is_running() and not gw.running_workers()
        tab.shutdown()  # idempotent
        tab.deleteLater()
        qtbot.wait(5)


def test_an_error_in_the_worker_is_shown(tab, qtbot, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the core broke")
        yield

    monkeypatch.setattr(tj, "train_steps", broken)
    messages = []
    tab.status_message.connect(messages.append)
    tab.start_training(SHORT)
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=10_000)
    assert tab.error_label.isVisibleTo(tab)
    assert "the core broke" in tab.error_label.text()
    assert any("the core broke" in m for m in messages)
    assert tab.start_button.isEnabled()


def test_a_diverged_run_is_explained_once(tab, qtbot):
    messages = []
    tab.status_message.connect(messages.append)
    # Weights beyond float32's range: the very first loss is NaN.
    tab.start_training(TrainConfig(iters_num=100, train_size=1000, test_size=100, weight_init_std=1e39))
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=30_000)
    text = tab.result_label.text().split("\n")[0]
    assert text.startswith("Training diverged after 1 iterations") and tab.error_label.text() == text
    assert messages.count(text) == 1 and messages[-1] == text


def test_missing_mnist_is_explained(tab, qtbot, monkeypatch, tmp_path):
    def missing(**kwargs):  # the real loader, pointed at an empty folder
        return load_mnist(folder=tmp_path, **kwargs)

    monkeypatch.setattr(tj, "_data_cache", {})
    monkeypatch.setattr(tj, "load_mnist", missing)
    tab.start_training(SHORT)
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=10_000)
    assert "train-images-idx3-ubyte.gz" in tab.error_label.text()


def test_worker_updates_are_handled_in_the_gui_thread(tab, qtbot, monkeypatch):
    threads = []
    original = training_model.TrainingHistory.apply

    def spying_apply(self, batch):
        threads.append(QThread.currentThread() == QCoreApplication.instance().thread())
        original(self, batch)

    monkeypatch.setattr(training_model.TrainingHistory, "apply", spying_apply)
    tab.start_training(TrainConfig(iters_num=100, train_size=2000, test_size=500))
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=30_000)
    assert threads and all(threads)


def test_invalid_hyperparameters_are_refused(tab):
    assert tab.start_training(TrainConfig(learning_rate=-1.0)) is False
    assert tab.error_label.isVisibleTo(tab) and tab.error_label.text()
    assert not tab.is_running()


def test_numerical_gradient_shows_an_estimate(tab, shown, qtbot, monkeypatch):
    threads, real = [], ej.estimate_runs

    def recording(config):
        threads.append(threading.current_thread())
        return real(config)

    monkeypatch.setattr(ej, "estimate_runs", recording)
    shown(tab)  # measured once the form is on screen, in a worker thread
    qtbot.waitUntil(lambda: tab.form.estimates() is not None, timeout=30_000)
    assert threads and threading.main_thread() not in threads
    tab.form.gradient.setCurrentIndex(tab.form.gradient.findData("numerical"))
    assert tab.form.estimate_label.isVisibleTo(tab)
    estimate = tab.form.numerical_estimate_s()
    # 10000 iterations x 39,760 parameters x 2 forward passes over 100 images: hours, never minutes.
    assert estimate > 10000 * 39760 * 1e-6
    assert format_duration(estimate) in tab.form.estimate_label.text()


def test_state_round_trip(tab, qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    tab.form.boxes["iters_num"].setValue(1234)
    tab.form.boxes["learning_rate"].setValue(0.05)
    tab.form.gradient.setCurrentIndex(tab.form.gradient.findData("numerical"))
    tab.save_state(settings)
    settings.sync()
    other = TrainingTab()
    qtbot.addWidget(other)
    other.restore_state(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    config = other.config()
    assert config.iters_num == 1234 and config.learning_rate == pytest.approx(0.05)
    assert config.gradient == "numerical" and config.train_size is None


def test_show_demo_state_returns_finished(tab):
    tab.show_demo_state()
    assert not tab.is_running()
    assert tab.mistakes_page.matrix.counts().sum() == 10000
    assert len(tab.plots.raw_curve.getOriginalDataset()[0]) == DEMO_CONFIG["iters_num"]
    assert "Final accuracy" in tab.result_label.text()


def test_start_button_asks_before_a_long_numerical_run(tab, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def answer_no(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    tab.form.gradient.setCurrentIndex(tab.form.gradient.findData("numerical"))
    tab.start_button.click()  # the book's net: days of numerical gradient, asked once measured
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=30_000)
    assert len(asked) == 1 and format_duration(tab.form.numerical_estimate_s()) in asked[0]
    assert not tab.is_running()
    tab.set_config(TrainConfig(iters_num=2, batch_size=5, hidden_size=2, train_size=100, test_size=100,
                               gradient="numerical"))
    with qtbot.waitSignal(tab.training_finished, timeout=60_000):
        tab.start_button.click()  # a tiny net: well under the warning threshold, starts without asking
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=30_000)
    assert len(asked) == 1 and len(tab.plots.raw_curve.getOriginalDataset()[0]) == 2


def test_a_start_draws_on_the_plots_on_screen(tab, qtbot):
    plots = tab.plots
    tab.start_training(TrainConfig(iters_num=20, train_size=1000, test_size=100, gradient="structured",
                                   hidden_size=5))
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=60_000)
    assert tab.plots is plots and plots.isVisibleTo(tab)
    assert len(plots.raw_curve.getOriginalDataset()[0]) == 20
