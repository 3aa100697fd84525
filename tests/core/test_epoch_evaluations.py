"""Epoch accuracies scored beside training: the same numbers as inline, in order, bounded, no thread left."""
import threading

import numpy as np
import pytest

from scratchnn_core import (
    EpochRecord,
    GradientProgress,
    IterationRecord,
    TrainConfig,
    TwoLayerNet,
    train,
    train_steps,
)
from scratchnn_core.epoch_evaluations import EpochEvaluations

THREAD_PREFIX = "scratchnn-epoch-accuracy"


def _subset(mnist, n_train=2000, n_test=500):
    (x_train, t_train), (x_test, t_test) = mnist
    return (x_train[:n_train], t_train[:n_train]), (x_test[:n_test], t_test[:n_test])


def _evaluation_threads():
    # A set: another test's run may end (its generator collected) meanwhile; only new threads matter.
    return {t for t in threading.enumerate() if t.name.startswith(THREAD_PREFIX)}


def test_background_scores_are_the_inline_scores(mnist):
    config = TrainConfig(iters_num=300, learning_rate=0.5, train_size=2000, test_size=500)  # 20 per epoch
    runs = {}
    for background in (True, False):
        seen = []
        result = train(config, mnist, callback=seen.append, background_evaluation=background)
        runs[background] = (result, [r for r in seen if isinstance(r, EpochRecord)])
    (bg, bg_epochs), (inline, inline_epochs) = runs[True], runs[False]
    assert bg_epochs == inline_epochs and len(bg_epochs) == 15  # every field, bit for bit
    assert bg.train_acc == inline.train_acc and bg.test_acc == inline.test_acc
    assert bg.train_loss == inline.train_loss
    assert inline.test_acc[0] < 0.2 < 0.8 < inline.test_acc[-1]  # the net learned: not 15 copies of one number


def test_a_snapshot_is_scored_as_it_was_when_submitted(mnist):
    train_set, test_set = _subset(mnist)
    net = TwoLayerNet(784, 50, 10, seed=3, dtype=np.float32)
    net.params["W1"] += 0.05 * np.random.default_rng(0).standard_normal(net.params["W1"].shape)
    expected = (net.accuracy(*train_set), net.accuracy(*test_set))
    with EpochEvaluations(train_set, test_set, EpochRecord) as evaluations:
        assert evaluations.submit(0, 0, net) == []
        for value in net.params.values():  # the loop goes on updating the network in place
            value[...] = 0
        (record,) = evaluations.ready(wait=True)
    assert (record.iteration, record.epoch) == (0, 0)
    assert (record.train_acc, record.test_acc) == expected
    assert expected != (net.accuracy(*train_set), net.accuracy(*test_set))  # zeroing changed the scores


class _GatedNet(TwoLayerNet):
    """A network whose scoring waits for ``gate``: the first snapshot stays in progress until released."""

    gate = threading.Event()

    def accuracy(self, x, t):
        assert self.gate.wait(30)
        return float(self.params["b2"][0])  # tells the snapshots apart


def _gated(value):
    net = _GatedNet(4, 2, 3)
    net.params["b2"][0] = value
    return net


@pytest.mark.parametrize("background", [True, False])
def test_at_most_one_snapshot_waits_behind_the_one_in_progress(background):
    _GatedNet.gate.clear()
    if not background:
        _GatedNet.gate.set()
    data = (np.zeros((1, 4)), np.zeros(1, dtype=int))
    with EpochEvaluations(data, data, EpochRecord, background=background) as evaluations:
        assert evaluations.submit(0, 0, _gated(0.25)) == []
        assert evaluations.submit(1, 1, _gated(0.5)) == []
        _GatedNet.gate.set()
        # A third snapshot must first finish the oldest: two network copies at most, whatever the pace.
        assert evaluations.submit(2, 2, _gated(0.75)) == [EpochRecord(0, 0, 0.25, 0.25)]
        assert evaluations.ready(wait=True) == [EpochRecord(1, 1, 0.5, 0.5), EpochRecord(2, 2, 0.75, 0.75)]
        assert evaluations.ready() == []


def test_an_error_while_scoring_reaches_the_caller():
    class Broken(TwoLayerNet):
        def accuracy(self, x, t):
            raise MemoryError("no room for the scores")

    data = (np.zeros((1, 4)), np.zeros(1, dtype=int))
    with EpochEvaluations(data, data, EpochRecord) as evaluations:
        evaluations.submit(0, 0, Broken(4, 2, 3))
        with pytest.raises(MemoryError, match="no room"):
            evaluations.ready(wait=True)


def test_a_stopped_run_still_reports_every_epoch_it_started(mnist):
    before, seen = _evaluation_threads(), []
    result = train(TrainConfig(train_size=1000, test_size=100), mnist, callback=seen.append,  # 10 per epoch
                   should_stop=lambda: sum(isinstance(r, IterationRecord) for r in seen) >= 25)
    assert result.status == "cancelled" and result.iterations_done == 25
    assert [r.iteration for r in seen if isinstance(r, EpochRecord)] == [0, 10, 20]
    assert len(result.train_acc) == len(result.test_acc) == 3
    assert _evaluation_threads() - before == set()


def test_closing_the_generator_ends_the_evaluation_thread(mnist):
    before = _evaluation_threads()
    steps = train_steps(TrainConfig(iters_num=1000, train_size=500, test_size=100), mnist)  # 5 per epoch
    for record in steps:
        if isinstance(record, IterationRecord) and record.iteration == 42:
            break
    (thread,) = _evaluation_threads() - before  # scoring beside the run
    steps.close()  # what a consumer that stops reading does (the app's worker on quit)
    assert not thread.is_alive()


def test_epoch_records_come_during_a_long_numerical_gradient(mnist, monkeypatch):
    # The book's numerical gradient takes ~15 s an iteration: epoch 0's accuracies, scored beside it,
    # must reach the consumer while iteration 1's gradient is still running, not after it.
    seen, iteration_1_started = [], threading.Event()
    real_accuracy = TwoLayerNet.accuracy

    def gated_accuracy(self, x, t):  # epoch 0 is scored only once iteration 1's gradient runs
        assert iteration_1_started.wait(30)
        return real_accuracy(self, x, t)

    def slow_gradient(self, x, t, *, method="book"):
        if any(isinstance(r, IterationRecord) for r in seen):  # iteration 1: runs until epoch 0 is in
            iteration_1_started.set()
            for done in range(1, 20001):  # at most ~10 s, if the record never came
                yield GradientProgress(done, 20000)
                if any(isinstance(r, EpochRecord) for r in seen):
                    break
                threading.Event().wait(0.0005)
        return self.gradient(x, t)

    monkeypatch.setattr(TwoLayerNet, "numerical_gradient_steps", slow_gradient)
    monkeypatch.setattr(TwoLayerNet, "accuracy", gated_accuracy)
    config = TrainConfig(iters_num=2, batch_size=10, hidden_size=3, gradient="numerical", train_size=100,
                         test_size=100)
    result = train(config, mnist, callback=seen.append)
    assert result.status == "completed" and len(result.train_acc) == 1
    kinds = [type(r).__name__ for r in seen if not isinstance(r, GradientProgress)]
    assert kinds == ["IterationRecord", "EpochRecord", "IterationRecord"]
    epoch_at = seen.index(next(r for r in seen if isinstance(r, EpochRecord)))
    assert isinstance(seen[epoch_at - 1], GradientProgress)  # it came between two reports of iteration 1

