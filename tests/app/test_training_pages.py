"""The training tab's pages through the real worker on MNIST subsets: run history, Train more, the network's
weights, where it errs, the history file (pytest-qt, offscreen; Book 4.5, issue 11)."""
import dataclasses
import json

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from app.tabs.training_tab import TrainingTab
from app.workers import training_jobs as tj
from scratchnn_core import TrainConfig, initial_network

pytestmark = pytest.mark.slow

RUN = TrainConfig(iters_num=300, train_size=3000, test_size=500, learning_rate=0.5)  # 30 iterations per epoch
ENDLESS = TrainConfig(iters_num=1_000_000, train_size=6000, test_size=1000)


@pytest.fixture(scope="module", autouse=True)
def _mnist_loaded():
    tj.cached_mnist()


@pytest.fixture
def history_file(tmp_path):
    return tmp_path / "runs" / "run_history.json"


@pytest.fixture
def tab(shown, history_file):
    widget = shown(TrainingTab(history_path=history_file))
    yield widget
    widget.shutdown()


def train(tab, config=RUN):
    assert tab.start_training(config)
    assert tab.wait_until_idle(60.0)


def legend_texts(tab):
    return [label.text for _, label in tab.plots.loss_legend.items]


def test_two_runs_leave_two_curves_and_two_rows_and_remove_takes_one_away(tab):
    train(tab)
    train(tab, dataclasses.replace(RUN, learning_rate=0.1))
    curves = tab.curves
    assert [r.run_id for r in curves.runs.runs()] == [1, 2] and curves.run_table.table.rowCount() == 2
    assert curves.current_run() == 2
    assert tab.plots.shown_runs() == [1]  # the earlier run, faded; run 2 is the live curve
    assert len(tab.plots.raw_curve.getOriginalDataset()[0]) == 300
    assert "lr 0.5" in legend_texts(tab)  # named by the setting in which it differs
    assert [curves.run_table.table.item(r, 0).text() for r in range(2)] == ["lr 0.5", "lr 0.1"]
    curves.run_table.set_visible_checked(1, False)  # hide, then show again: the faded curve goes and comes
    assert tab.plots.shown_runs() == [] and not curves.runs.get(1).visible
    curves.run_table.set_visible_checked(1, True)
    curves.run_table.set_visible_checked(2, False)  # the current run: its live curves hide
    assert tab.plots.shown_runs() == [1] and not tab.plots.raw_curve.isVisible()
    curves.run_table.set_visible_checked(2, True)
    assert tab.plots.raw_curve.isVisible()
    curves.remove_run(1)
    assert tab.plots.shown_runs() == [] and "lr 0.5" not in legend_texts(tab)
    assert curves.run_table.run_ids() == [2]
    curves.remove_run(2)  # the current run: its live curves go too, the network stays
    assert tab.plots.raw_curve.getOriginalDataset()[0] is None or len(tab.plots.raw_curve.getOriginalDataset()[0]) == 0
    assert curves.run_table.run_ids() == [] and tab.has_network()
    assert tab.train_more(60)  # the network belongs to no run any more: a new run from iteration 0
    assert tab.wait_until_idle(60.0)
    (record,) = curves.runs.runs()
    assert record.run_id == 3 and record.iterations_done == 60


def test_train_more_continues_the_curves_after_the_last_iteration(tab):
    train(tab)
    first_losses = tab.plots.raw_curve.getOriginalDataset()[1].copy()
    assert tab.panel.more_button.isEnabled()
    assert tab.train_more(150)
    assert tab.wait_until_idle(60.0)
    x, y = tab.plots.raw_curve.getOriginalDataset()
    assert x.tolist() == list(range(450))  # iterations 300..449 follow 0..299
    np.testing.assert_array_equal(y[:300], first_losses)
    assert np.mean(y[300:320]) < 1.0 < first_losses[0]  # the trained network went on, not a fresh one
    epochs = [e.epoch for e in tab.session.history.epochs]
    assert epochs == list(range(15))  # 0, 30, ..., 420: the book's schedule over the whole run
    (record,) = tab.curves.runs.runs()  # still one run, now 450 iterations long
    assert record.iterations_done == 450 and record.settings["iters_num"] == 450
    assert [e.iteration for e in record.epochs] == list(range(0, 450, 30))
    assert tab.curves.epoch_table.rowCount() == 15
    assert "450" in tab.curves.run_table.table.item(0, 4).text().replace(",", "")


def test_confusion_matrix_sums_to_the_test_set_and_its_diagonal_is_the_accuracy(tab, qtbot):
    train(tab)
    counts = tab.mistakes_page.matrix.counts()
    record = tab.curves.runs.get(1)
    assert counts.shape == (10, 10) and counts.sum() == RUN.test_size
    assert np.trace(counts) / counts.sum() == record.test_acc  # the accuracy the tab reported
    assert f"test {record.test_acc:.2%}" in tab.result_label.text()
    assert tab.curves.run_table.table.item(0, 2).text() == f"{record.test_acc:.2%}"
    # Clicking a cell shows the digits of that (true, predicted) pair.
    tab.pages.setCurrentWidget(tab.mistakes_page)
    off = counts * (1 - np.eye(10, dtype=np.int64))
    true, answer = np.unravel_index(np.argmax(off), off.shape)
    centre = tab.mistakes_page.matrix.cell_rect(true, answer).center().toPoint()
    qtbot.mouseClick(tab.mistakes_page.matrix, Qt.MouseButton.LeftButton, pos=QPoint(centre.x(), centre.y()))
    browser = tab.mistakes_page.browser
    assert browser.count() == off.max() > 0
    assert set(browser.shown_labels()) == {(int(true), int(answer))}


def test_the_weight_maps_change_during_and_after_training(tab, qtbot):
    tab.pages.setCurrentWidget(tab.network_page)
    maps = tab.network_page.maps
    assert maps.count() == 0 and "39,760 parameters" in tab.network_page.summary.text()
    config = dataclasses.replace(RUN, iters_num=3000)
    assert tab.start_training(config)
    qtbot.waitUntil(lambda: maps.updates >= 2, timeout=30_000)  # live snapshots at the throttled rate
    live = tab.network_page.weights().copy()
    assert tab.wait_until_idle(60.0)
    final = tab.network_page.weights()
    np.testing.assert_array_equal(final, tab.session.network.params["W1"])
    assert not np.array_equal(final, live)
    assert np.abs(final - initial_network(config).params["W1"]).max() > 0.01  # it learned something


def test_history_survives_a_restart_and_a_damaged_file_is_set_aside(tab, shown, history_file):
    train(tab)
    tab.shutdown()
    again = shown(TrainingTab(history_path=history_file))
    assert [r.run_id for r in again.curves.runs.runs()] == [1]
    assert again.plots.shown_runs() == [1]  # no current run after a restart: the kept one is drawn faded
    assert json.loads(history_file.read_text())["runs"][0]["iterations_done"] == 300
    history_file.write_text("{ not json")
    damaged = shown(TrainingTab(history_path=history_file))
    assert len(damaged.curves.runs) == 0
    assert damaged.curves.notice.isVisibleTo(damaged) and "moved" in damaged.curves.notice.text()
    assert [p.name.startswith("run_history.json.corrupt-") for p in history_file.parent.iterdir()].count(True) == 1


def test_a_stopped_run_shows_no_time_left_and_stays_in_the_history(tab, qtbot):
    assert tab.start_training(ENDLESS)
    qtbot.waitUntil(lambda: tab.session.history.iterations_done > 50, timeout=30_000)
    qtbot.waitUntil(lambda: "time left" in tab.panel.speed_label.text(), timeout=5_000)
    assert tab.close_warning() is not None and "iterations" in tab.close_warning()
    tab.stop_training()
    assert tab.wait_until_idle(30.0)
    assert "time left" not in tab.panel.speed_label.text() and "iterations in" in tab.panel.speed_label.text()
    assert tab.close_warning() is None
    (record,) = tab.curves.runs.runs()
    assert record.status == "cancelled" and record.iterations_done == tab.session.history.iterations_done


def test_closing_mid_run_keeps_the_run_as_stopped(tab, qtbot, history_file):
    assert tab.start_training(ENDLESS)
    qtbot.waitUntil(lambda: tab.session.history.iterations_done > 50, timeout=30_000)
    tab.shutdown()
    saved = json.loads(history_file.read_text())["runs"]
    assert len(saved) == 1 and saved[0]["status"] == "cancelled" and saved[0]["iterations_done"] > 50


def test_a_huge_learning_rate_is_allowed_and_explained(tab):
    tab.form.boxes["learning_rate"].setValue(100.0)
    assert tab.config().learning_rate == 100.0  # issue 8, item 16: the form went only to 10
    messages = []
    tab.status_message.connect(messages.append)
    train(tab, dataclasses.replace(RUN, learning_rate=100.0))
    assert tab.error_label.isVisibleTo(tab) and "did not fall" in tab.error_label.text()
    assert "100" in tab.error_label.text()
    assert tab.result_label.text().startswith("Training completed: 300 iterations")
    # The explanation is the status bar's last word, said once; "Training completed" does not replace it.
    assert messages[-1] == tab.error_label.text() and messages.count(messages[-1]) == 1
    assert not any(m.startswith("Training completed") for m in messages)


def test_loaded_weights_are_judged_and_can_be_trained_further(tab, shown, tmp_path):
    train(tab)
    path = tmp_path / "w.npz"
    tab.save_weights(str(path))
    other = shown(TrainingTab(history_path=tmp_path / "other.json"))
    other.set_config(RUN)
    other.load_weights(str(path))
    assert other.wait_until_idle(60.0)
    assert "measuring" not in other.result_label.text() and "Weights loaded" in other.result_label.text()
    assert other.mistakes_page.matrix.counts().sum() == RUN.test_size
    np.testing.assert_array_equal(other.network_page.weights(), tab.session.network.params["W1"])
    assert other.train_more(90)
    assert other.wait_until_idle(60.0)
    (record,) = other.curves.runs.runs()
    assert record.iterations_done == 90 and record.losses[0] < 1.0  # from the loaded net, not a fresh one
    other.shutdown()


def test_closing_during_an_evaluation_stops_it(shown, tmp_path, qtbot):
    """Issue 8, item 6: a weights evaluation is stopped between chunks like a training."""
    from scratchnn_core import TwoLayerNet

    wide = TwoLayerNet(784, 400, 10, seed=0, dtype=np.float32)  # seconds for 70000 images
    path = tmp_path / "wide.npz"
    wide.save_npz(path)
    tab = shown(TrainingTab(history_path=tmp_path / "h.json"))
    fractions = []
    tab.session.controller.evaluation_progressed.connect(fractions.append)
    evaluated = []
    tab.session.evaluated.connect(lambda *args: evaluated.append(args))
    tab.load_weights(str(path))
    qtbot.waitUntil(lambda: bool(fractions), timeout=30_000)
    tab.close()  # joins the worker: it stops at its next chunk
    assert not tab.is_running() and not evaluated and fractions[-1] < 1.0


def test_csv_export_is_the_current_run_or_else_every_kept_run(tab, tmp_path):
    train(tab)
    rows = tab.csv_rows()
    assert rows[0][:3] == ["kind", "iteration", "loss"] and sum(r[0] == "loss" for r in rows) == 300
    tab.curves.export_runs_csv(tmp_path / "runs.csv")
    lines = (tmp_path / "runs.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("run,kind,label,status") and sum(line.split(",")[1] == "loss" for line in lines) == 300
    tab.curves.remove_run(1)  # no current run any more: the table of kept runs (none) instead
    train(tab)
    tab.curves.remove_run(2)
    assert tab.csv_rows()[0][:2] == ["run", "kind"]
