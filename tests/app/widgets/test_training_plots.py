"""The training plots on their own, drawn from a TrainingHistory fed by real batches (pytest-qt)."""
import numpy as np
import pytest

from app.tabs.training_model import TrainingHistory
from app.widgets.training_plots import TrainingPlots
from app.workers.progress import ProgressBatcher
from scratchnn_core import EpochRecord


def history_of(losses, epochs):
    batcher = ProgressBatcher(len(losses), clock=lambda: 0.0)
    for i, loss in enumerate(losses):
        batcher.add_loss(i, loss)
    for record in epochs:
        batcher.add_epoch(record)
    history = TrainingHistory(len(losses))
    history.apply(batcher.take(1.0))
    return history


@pytest.fixture
def plots(qtbot):
    widget = TrainingPlots()
    qtbot.addWidget(widget)
    return widget


def test_draw_shows_every_loss_and_the_epoch_accuracies(plots):
    losses = np.linspace(2.3, 0.3, 120)
    epochs = [EpochRecord(0, 0, 0.11, 0.10), EpochRecord(60, 1, 0.80, 0.79)]
    plots.start_run(120, 1, 2.5)
    plots.draw(history_of(losses, epochs))
    x, y = plots.raw_curve.getOriginalDataset()
    np.testing.assert_array_equal(x, np.arange(120))
    np.testing.assert_allclose(y, losses)
    epoch_x, test_acc = plots.test_curve.getOriginalDataset()
    assert epoch_x.tolist() == [0, 1] and test_acc.tolist() == pytest.approx([0.10, 0.79])
    assert plots.loss_plot.viewRange()[0] == pytest.approx([0, 120])  # fixed axes during a run


def test_a_growing_loss_raises_the_fixed_ceiling(plots):
    plots.start_run(10, 0, 2.5)
    plots.draw(history_of([2.3, 5.0, 9.0], []))
    assert plots.loss_plot.viewRange()[1][1] == pytest.approx(1.05 * 9.0)
