"""ProgressBatcher: the worker's throttle, driven by a fake clock (no threads, no Qt)."""
import numpy as np
import pytest

from app.workers.progress import ProgressBatcher
from scratchnn_core import EpochRecord
from tests.app.fake_clock import FakeClock


def test_batcher_throttles_by_time_and_loses_no_loss():
    clock = FakeClock()
    batcher = ProgressBatcher(total_iterations=1000, max_rate_hz=20.0, clock=clock)
    batches = []
    for i in range(1000):  # 1000 iterations over 1 s of fake time: 1 ms each
        clock.now = i * 0.001
        batcher.add_loss(i, 2.3 - i * 0.001)
        if batcher.due():
            batches.append(batcher.take(clock.now))
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
    assert batcher.due()
    batch = batcher.take(0.0)
    assert batch.epochs[0].test_acc == pytest.approx(0.11)
    assert batch.epochs[0].epoch == 0


def test_batcher_sends_the_latest_gradient_progress_and_resets_it_per_iteration():
    clock = FakeClock()
    batcher = ProgressBatcher(10, clock=clock)
    for done in (100, 200, 300):
        batcher.set_gradient_progress(done, 39760)
    assert batcher.due()
    batch = batcher.take(0.0)
    assert (batch.gradient_done, batch.gradient_total) == (300, 39760) and batch.losses.size == 0
    assert not batcher.pending() and not batcher.due() and batcher.take(0.0) is None  # nothing new since
    batcher.add_loss(0, 2.3)
    assert batcher.pending() and not batcher.due()  # within the throttle interval of the last batch
    clock.now = 1.0
    assert batcher.due()
    batch = batcher.take(1.0)
    assert (batch.gradient_done, batch.gradient_total) == (0, 0) and batch.iterations_done == 1
