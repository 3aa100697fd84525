"""The run table, the epoch table and the faded earlier runs in the plots, each on its own (pytest-qt)."""
import numpy as np
import pytest
from PySide6.QtGui import QColor

from app.widgets.epoch_table import EpochTable
from app.widgets.run_table import RunRow, RunTable
from app.widgets.training_plots import RunCurve, TrainingPlots
from scratchnn_core import EpochRecord


def row(run_id, **changes):
    values = dict(run_id=run_id, label=f"lr 0.{run_id}", color=QColor("red"), status="completed",
                  iterations=1000, time_text="0:04", train_acc=0.91, test_acc=0.9, settings_text="lr 0.1")
    values.update(changes)
    return RunRow(**values)


def test_run_table_rows_and_requests(qtbot):
    table = RunTable()
    qtbot.addWidget(table)
    table.set_runs([row(1), row(2, status="diverged", train_acc=None, test_acc=None, current=True)])
    assert table.run_ids() == [1, 2] and table.table.rowCount() == 2
    assert [table.table.item(r, 1).text() for r in range(2)] == ["completed", "diverged"]
    assert table.table.item(0, 2).text() == "90.00%" and table.table.item(1, 2).text() == "\u2014"
    assert not table.remove_button.isEnabled()  # nothing selected
    with qtbot.waitSignal(table.visibility_toggled) as toggled:
        table.set_visible_checked(2, False)
    assert toggled.args == [2, False]
    table.select_run(1)
    with qtbot.waitSignal(table.remove_requested) as removed:
        table.remove_button.click()
    assert removed.args == [1]
    table.set_removable(False)
    assert not table.remove_button.isEnabled()
    with qtbot.waitSignal(table.export_requested):
        table.export_button.click()
    table.set_runs([])
    assert not table.export_button.isEnabled()


def test_epoch_table_lists_the_books_accuracies(qtbot):
    table = EpochTable()
    qtbot.addWidget(table)
    records = [EpochRecord(0, 0, 0.0987, 0.0982), EpochRecord(600, 1, 0.7801, 0.7867)]
    table.set_epochs(records[:1])
    table.set_epochs(records)
    assert table.values() == [(0, 0.0987, 0.0982), (1, 0.7801, 0.7867)]
    assert table.item(1, 2).text() == "0.7867"  # four decimals, as train_neuralnet.py prints
    assert "600" in table.item(1, 0).toolTip()  # the iteration it was measured after
    table.set_epochs(records[1:])  # a different run: rebuilt
    assert table.values() == [(1, 0.7801, 0.7867)]


def curve(run_id, n=200, label=None):
    return RunCurve(run_id, label or f"run {run_id}", np.arange(n, dtype=float), np.linspace(2.3, 0.4, n),
                    np.arange(4, dtype=float), np.array([0.1, 0.6, 0.8, 0.85]))


def test_earlier_runs_are_drawn_faded_with_their_labels(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.show_runs([curve(1, label="lr 0.5"), curve(2, n=5000, label="lr 0.01")])
    assert plots.shown_runs() == [1, 2]
    loss_item, acc_item = plots.run_items(2)
    assert loss_item.opts["pen"].color().alpha() < 255  # faded
    assert [label.text for _, label in plots.loss_legend.items][-2:] == ["lr 0.5", "lr 0.01"]
    assert plots.loss_plot.viewRange()[0][1] == pytest.approx(5000)  # the longest run fits
    plots.show_runs([curve(2, n=5000, label="lr 0.01")])
    assert plots.shown_runs() == [2]
    assert "lr 0.5" not in [label.text for _, label in plots.loss_legend.items]
    assert loss_item not in plots.loss_plot.items


def test_a_run_shorter_than_an_epoch_gets_whole_epoch_ticks(qtbot):
    """Issue 8, item 15: no "epochs (x0.001)" from -500 to 500 after a run of one epoch record."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(600, 500)
    plots.show()
    qtbot.waitExposed(plots)

    class OneEpoch:
        epochs = [EpochRecord(0, 0, 0.1, 0.1)]

        def loss_curve(self):
            return np.arange(30.0), np.full(30, 2.3)

        smoothed_curve = loss_curve

        def accuracy_curves(self):
            return np.array([0.0]), np.array([0.1]), np.array([0.1])

        def loss_ceiling(self, floor=2.5):
            return floor

    plots.start_run(30, 0, 2.5)
    plots.end_run(OneEpoch())
    low, high = plots.acc_plot.viewRange()[0]
    assert -0.1 < low <= 0 and 1 <= high < 1.1
    axis = plots.acc_plot.getAxis("bottom")
    ticks = [v for _, values in axis.tickValues(low, high, 500) for v in values]
    assert ticks and all(float(v).is_integer() for v in ticks)
    assert axis.autoSIPrefixScale == 1.0 and "x0.001" not in axis.labelString()
