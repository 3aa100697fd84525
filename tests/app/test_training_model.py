"""The training tab's plain-Python model: batching/throttling, buffers, smoothing, rate and ETA (no Qt)."""
import math

import numpy as np
import pytest

from app.tabs.training_model import (ExponentialSmoother, GrowingBuffer, ProgressBatcher, RateMeter,
                                     TrainingHistory, config_kwargs, eta_seconds, evaluate_network,
                                     form_values, format_duration, last_epoch, select_digits)
from scratchnn_core import EpochRecord


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_batcher_throttles_by_time_and_loses_no_loss():
    clock = FakeClock()
    batcher = ProgressBatcher(total_iterations=1000, max_rate_hz=20.0, clock=clock)
    batches = []
    for i in range(1000):  # 1000 iterations over 1 s of fake time: 1 ms each
        clock.now = i * 0.001
        batcher.add_loss(i, 2.3 - i * 0.001)
        batch = batcher.take_if_due(clock.now)
        if batch is not None:
            batches.append(batch)
    final = batcher.take(1.0)
    assert final is not None
    batches.append(final)
    # 20 per second: first one at once, then every 50 ms -> 20 in the first second, plus the flush.
    assert 20 <= len(batches) <= 22
    losses = np.concatenate([b.losses for b in batches])
    np.testing.assert_allclose(losses, 2.3 - np.arange(1000) * 0.001)
    starts = [b.first_iteration for b in batches]
    assert starts == sorted(starts) and starts[0] == 0
    for a, b in zip(batches, batches[1:]):
        assert b.first_iteration == a.first_iteration + a.losses.size  # contiguous, no gaps
    assert batches[-1].iterations_done == 1000
    with pytest.raises(ValueError):
        batches[0].losses[0] = 1.0  # read-only copies
    assert batcher.take(1.0) is None  # nothing pending


def test_batcher_carries_epochs():
    clock = FakeClock()
    batcher = ProgressBatcher(100, clock=clock)
    batcher.add_loss(0, 2.3)
    batcher.add_epoch(EpochRecord(0, 0, 0.1, 0.11))
    batch = batcher.take_if_due(0.0)
    assert batch.epochs[0].test_acc == pytest.approx(0.11)
    assert batch.epochs[0].epoch == 0


def test_growing_buffer_preallocates_and_grows():
    buf = GrowingBuffer(16)
    buf.extend(np.arange(10))
    buf.extend(np.arange(10, 40))
    np.testing.assert_array_equal(buf.view(), np.arange(40))


def test_ema_matches_reference_and_is_chunk_independent():
    rng = np.random.default_rng(0)
    values = rng.normal(size=500)
    span = 20
    alpha = 2 / (span + 1)
    # Reference: the definition, bias-corrected.
    state, reference = 0.0, []
    for n, v in enumerate(values, start=1):
        state = (1 - alpha) * state + alpha * v
        reference.append(state / (1 - (1 - alpha) ** n))
    whole = ExponentialSmoother(span).feed(values)
    smoother = ExponentialSmoother(span)
    chunked = np.concatenate([smoother.feed(values[i:i + 37]) for i in range(0, 500, 37)])
    np.testing.assert_allclose(whole, reference, rtol=1e-12)
    np.testing.assert_allclose(chunked, whole, rtol=1e-12)
    assert whole[0] == pytest.approx(values[0])  # bias correction: starts at the first value, not near 0


def test_ema_reduces_noise_around_a_constant():
    rng = np.random.default_rng(1)
    values = 1.0 + 0.5 * rng.normal(size=2000)
    smooth = ExponentialSmoother(50).feed(values)
    assert np.std(smooth[200:]) < np.std(values) / 4
    assert abs(np.mean(smooth[200:]) - 1.0) < 0.05


def test_rate_meter_and_eta():
    meter = RateMeter(window_s=3.0)
    assert meter.rate() is None
    for k in range(50):
        meter.add(k * 0.1, k * 20)  # 200 it/s
    assert meter.rate() == pytest.approx(200.0)
    assert eta_seconds(2000, 10000, 10.0) == pytest.approx(40.0)
    assert eta_seconds(0, 10000, 0.0) is None
    assert eta_seconds(10000, 10000, 50.0) == 0.0


def test_format_duration():
    assert format_duration(5) == "0:05"
    assert format_duration(65.4) == "1:05"
    assert format_duration(3725) == "1:02:05"
    assert format_duration(None) == "\u2014"
    assert format_duration(math.inf) == "\u2014"


def test_history_accumulates_batches():
    clock = FakeClock()
    batcher = ProgressBatcher(300, clock=clock)
    history = TrainingHistory(300, smoothing_span=10)
    for i in range(300):
        clock.now = i * 0.01
        batcher.add_loss(i, 2.0)
        if i % 60 == 0:
            batcher.add_epoch(EpochRecord(i, i // 60, 0.5 + i / 1000, 0.5 + i / 1200))
        batch = batcher.take_if_due(clock.now)
        if batch is not None:
            history.apply(batch)
    history.apply(batcher.take(3.0))
    x, y = history.loss_curve()
    assert x.tolist() == list(range(300)) and np.all(y == 2.0)
    np.testing.assert_allclose(history.smoothed_curve()[1], 2.0)
    epochs, train, test = history.accuracy_curves()
    assert epochs.tolist() == [0, 1, 2, 3, 4]
    assert train[-1] == pytest.approx(0.74)
    assert history.progress() == 1.0
    assert history.eta_s() == 0.0
    rows = history.csv_rows()
    assert rows[0][:3] == ["kind", "iteration", "loss"]
    assert sum(r[0] == "loss" for r in rows) == 300 and sum(r[0] == "epoch" for r in rows) == 5


class ArgmaxNet:
    """predict returns a one-hot of the first pixel's rounded value: a known, checkable classifier."""

    def predict(self, x):
        out = np.zeros((len(x), 10))
        out[np.arange(len(x)), np.asarray(x[:, 0], dtype=int) % 10] = 1.0
        return out

    def accuracy(self, x, t):  # TwoLayerNet's contract: a fraction of right answers
        return float(np.mean(self.predict(x).argmax(axis=1) == t))


def test_evaluate_network_counts_right_answers():
    x = np.zeros((20, 784), dtype=np.float32)
    x[:, 0] = np.arange(20) % 10
    labels = np.arange(20) % 10
    labels_test = labels.copy()
    labels_test[:5] = (labels_test[:5] + 1) % 10  # 5 of 20 wrong
    evaluation = evaluate_network(ArgmaxNet(), ((x, labels), (x, labels_test)), train_size=10)
    assert evaluation.train_acc == 1.0
    assert evaluation.test_acc == pytest.approx(15 / 20)
    assert evaluation.predicted.tolist() == labels.tolist()
    assert not evaluation.test_images.flags.writeable


def test_select_digits_mistakes_first():
    predicted = np.array([1, 2, 3, 4, 5])
    labels = np.array([1, 0, 3, 0, 5])
    assert select_digits(predicted, labels, 3).tolist() == [0, 1, 2]
    assert select_digits(predicted, labels, 3, mistakes_first=True).tolist() == [1, 3, 0]


def test_last_epoch_matches_the_core_schedule():
    # iter_per_epoch = max(train_size / batch_size, 1): the book's 10000 iterations on 60000 -> epochs 0..16
    assert last_epoch(10000, 60000, 100) == 16
    assert last_epoch(1000, 6000, 100) == 16   # 0, 60, ..., 960
    assert last_epoch(1200, 6000, 100) == 19
    assert last_epoch(10, 50, 100) == 9        # fewer samples than a batch: every iteration is an epoch


def test_loss_ceiling_ignores_non_finite_losses():
    history = TrainingHistory(10)
    assert history.loss_ceiling() == 2.5
    batcher = ProgressBatcher(10, clock=FakeClock())
    for i, loss in enumerate([2.3, 4.0, float("inf"), float("nan")]):
        batcher.add_loss(i, loss)
    history.apply(batcher.take(1.0))
    assert history.loss_ceiling() == pytest.approx(4.2)


def test_form_values_and_config_kwargs_round_trip():
    from scratchnn_core import TrainConfig

    config = TrainConfig(iters_num=123, learning_rate=0.05, train_size=6000)
    values = form_values(config)
    assert values["train_size"] == 6000 and values["test_size"] == 10000  # None shows as the full set
    assert TrainConfig(**config_kwargs(values)) == config
