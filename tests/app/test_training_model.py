"""The training tab's plain-Python model: batching/throttling, buffers, smoothing, rate and ETA (no Qt)."""
import math

import numpy as np
import pytest

from app.formatting import format_duration
from app.tabs.training_model import ExponentialSmoother, GrowingBuffer, RateMeter, TrainingHistory, eta_seconds
from app.workers.progress import ProgressBatcher
from scratchnn_core import EpochRecord
from tests.app.fake_clock import FakeClock


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
        if batcher.due():
            history.apply(batcher.take(clock.now))
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


def test_loss_ceiling_ignores_non_finite_losses():
    history = TrainingHistory(10)
    assert history.loss_ceiling() == 2.5
    batcher = ProgressBatcher(10, clock=FakeClock())
    for i, loss in enumerate([2.3, 4.0, float("inf"), float("nan")]):
        batcher.add_loss(i, loss)
    history.apply(batcher.take(1.0))
    assert history.loss_ceiling() == pytest.approx(4.2)


def test_a_running_numerical_gradient_counts_towards_progress_and_time_left():
    # Book 4.5.1's loop: one iteration is 39,760 parameters and tens of seconds, so the bar and the ETA
    # must move inside it, not only when the iteration ends.
    clock = FakeClock()
    batcher = ProgressBatcher(4, clock=clock)
    history = TrainingHistory(4)
    batcher.add_loss(0, 2.3)
    batcher.set_gradient_progress(9940, 39760)  # a quarter of the second iteration's gradient
    history.apply(batcher.take(10.0))
    assert history.work_done() == pytest.approx(1.25)
    assert history.progress() == pytest.approx(1.25 / 4)
    assert history.eta_s() == pytest.approx(10.0 / 1.25 * (4 - 1.25))
    batcher.add_loss(1, 2.2)  # that gradient is complete: no share of the next one yet
    history.apply(batcher.take(20.0))
    assert history.work_done() == 2.0 and history.progress() == 0.5
