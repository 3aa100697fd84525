"""training_job going on with a run and sending W1 snapshots; an evaluation stopped between chunks (no Qt)."""
import numpy as np
import pytest

from app.workers import training_jobs as tj
from scratchnn_core import EpochRecord, TrainConfig, TwoLayerNet, evaluation_steps, run_to_end, train

CONFIG = TrainConfig(iters_num=400, train_size=2000, test_size=300, learning_rate=0.5)  # 20 per epoch


@pytest.fixture(scope="module")
def mnist():
    return tj.cached_mnist()


def drain(generator):
    values = []
    return values, run_to_end(generator, values.append)


def test_a_continued_job_counts_on_and_leaves_the_given_network_alone(mnist):
    first = train(TrainConfig(**{**CONFIG.__dict__, "iters_num": 150}), mnist)
    before = {k: v.copy() for k, v in first.network.params.items()}
    batches, result = drain(tj.training_job(CONFIG, mnist, first.network, 150, elapsed_before=7.0,
                                            should_stop=lambda: False, max_rate_hz=1e9))
    assert batches[0].first_iteration == 150 and batches[-1].iterations_done == 400
    losses = np.concatenate([b.losses for b in batches])
    assert losses.size == 250 and np.array_equal(losses, result.train_loss)
    epochs = [e for b in batches for e in b.epochs]
    assert all(isinstance(e, EpochRecord) for e in epochs) and [e.iteration for e in epochs] == list(range(160, 400, 20))
    assert all(b.elapsed_s >= 7.0 for b in batches)  # the whole run's training time
    for key, value in before.items():
        np.testing.assert_array_equal(first.network.params[key], value)  # the worker trained a copy
    assert result.network is not first.network


def test_batches_carry_read_only_w1_snapshots_and_the_last_one_is_final(mnist):
    batches, result = drain(tj.training_job(CONFIG, mnist, should_stop=lambda: False, max_rate_hz=1e9,
                                            weights_interval_s=0.0))
    snapshots = [b.weights for b in batches if b.weights is not None]
    assert len(snapshots) == len(batches)  # interval 0: every batch, and a last one with the final W1
    assert snapshots[0].dtype == np.float32 and snapshots[0].shape == (784, 50)
    with pytest.raises(ValueError):
        snapshots[0][0, 0] = 1.0
    np.testing.assert_array_equal(snapshots[-1], result.network.params["W1"])
    assert not np.array_equal(snapshots[0], snapshots[-1])
    rare, _ = drain(tj.training_job(CONFIG, mnist, should_stop=lambda: False, max_rate_hz=1e9,
                                    weights_interval_s=3600.0))
    assert sum(b.weights is not None for b in rare) == 2  # the first batch and the final flush


def test_a_float64_network_is_trained_as_the_configs_float32(mnist):
    net = TwoLayerNet(784, 50, 10, seed=1, dtype=np.float64)
    _, result = drain(tj.training_job(CONFIG, mnist, net, should_stop=lambda: False))
    assert result.network.dtype == np.float32 and result.iterations_done == 400


def test_an_evaluation_job_stops_between_chunks(mnist):
    """Issue 8, item 6: the evaluation is stoppable like a training (checked after every 5000 rows)."""
    net = TwoLayerNet(784, 30, 10, seed=0, dtype=np.float32)
    chunks = sum(1 for _ in evaluation_steps(net, mnist))  # 12 training + 2 test chunks
    calls = []

    def stop_after_three():
        calls.append(None)
        return len(calls) >= 3

    fractions, result = drain(tj.evaluation_job(net, should_stop=stop_after_three))
    # Polled after each chunk passed on: the third poll ends it before a fourth chunk is computed.
    assert result is None and len(fractions) == 3 and chunks == 14
