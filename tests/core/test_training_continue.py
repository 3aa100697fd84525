"""Going on with a run: a given network and first iteration, the book's schedule over the whole run (Book 4.5)."""
import dataclasses

import numpy as np
import pytest

from scratchnn_core import (EpochRecord, IterationRecord, TrainConfig, TwoLayerNet, initial_network, run_to_end,
                            train, train_steps)

# iter_per_epoch = 1000 / 100 = 10: epochs start at iterations 0, 10, 20, ...
CONFIG = TrainConfig(iters_num=120, hidden_size=20, learning_rate=2.0, train_size=1000, test_size=200, seed=3)


def copy_of(network):
    twin = TwoLayerNet(784, network.params["W1"].shape[1], 10, dtype=network.dtype)
    twin.params = {key: value.copy() for key, value in network.params.items()}
    return twin


def collect(config, data, **kwargs):
    records = []  # the session's mnist is read-only: the loop must never write to the caller's data
    return records, run_to_end(train_steps(config, data, **kwargs), records.append)


def test_a_fresh_run_starts_from_initial_network(mnist):
    plain = train(CONFIG, mnist)
    given = initial_network(CONFIG)
    from_given = train(CONFIG, mnist, network=given)
    assert from_given.train_loss == plain.train_loss
    assert from_given.network is given  # trained in place, like the book's ``network``
    for key in ("W1", "b1", "W2", "b2"):
        np.testing.assert_array_equal(given.params[key], plain.network.params[key])


def test_continuing_counts_on_and_keeps_the_whole_runs_epochs(mnist):
    first = train(dataclasses.replace(CONFIG, iters_num=55), mnist)
    assert first.iterations_done == 55
    network = copy_of(first.network)
    records, result = collect(CONFIG, mnist, network=network, first_iteration=55)
    iterations = [r.iteration for r in records if isinstance(r, IterationRecord)]
    epochs = [(r.iteration, r.epoch) for r in records if isinstance(r, EpochRecord)]
    assert iterations == list(range(55, 120))
    assert epochs == [(i, i // 10) for i in range(60, 120, 10)]  # none at 55: it does not start an epoch
    assert (result.status, result.iterations_done) == ("completed", 120)
    assert len(result.train_loss) == 65 and len(result.test_acc) == 6
    # The continued network is the first run's, trained on: its first loss is at the first run's level
    # (about 0.7), far below the untrained ln(10) = 2.30, and it goes on learning (0.62 -> 0.87).
    assert result.train_loss[0] < 1.0 < first.train_loss[0]
    assert result.test_acc[-1] > first.test_acc[-1] + 0.1


def test_a_continuation_is_the_book_loop_from_a_seeded_generator(mnist):
    """The written-out loop: iterations 55..119 on mini-batches from default_rng([seed, 55])."""
    start = train(dataclasses.replace(CONFIG, iters_num=55), mnist).network
    result = train(CONFIG, mnist, network=copy_of(start), first_iteration=55)
    (x_train, t_train), _ = mnist
    net, rng, losses = copy_of(start), np.random.default_rng([CONFIG.seed, 55]), []
    for _ in range(55, 120):
        mask = rng.integers(0, 1000, 100)
        loss, grad = net.loss_and_gradient(x_train[:1000][mask], t_train[:1000][mask])
        for key in ("W1", "b1", "W2", "b2"):
            net.params[key] -= CONFIG.learning_rate * grad[key]
        losses.append(float(loss))
    np.testing.assert_allclose(result.train_loss, losses, rtol=2e-6)  # sgd_step: the same sums, other blocks
    again = train(CONFIG, mnist, network=copy_of(start), first_iteration=55)
    assert again.train_loss == result.train_loss  # reproducible


def test_a_stopped_run_goes_on_where_it_stopped(mnist):
    calls = []

    def stop_at_33():
        calls.append(None)
        return len(calls) > 33  # checked before each iteration: 33 run

    stopped = train(CONFIG, mnist, should_stop=stop_at_33)
    assert (stopped.status, stopped.iterations_done) == ("cancelled", 33)
    records, result = collect(CONFIG, mnist, network=stopped.network, first_iteration=33)
    assert [r.iteration for r in records if isinstance(r, IterationRecord)][0] == 33
    assert [r.iteration for r in records if isinstance(r, EpochRecord)][0] == 40
    assert result.iterations_done == 120 and result.network is stopped.network


def test_loaded_weights_go_on_from_iteration_zero(mnist, tmp_path):
    trained = train(dataclasses.replace(CONFIG, iters_num=40), mnist).network
    trained.save_npz(tmp_path / "w.npz")
    loaded = TwoLayerNet.load_npz(tmp_path / "w.npz")
    records, result = collect(dataclasses.replace(CONFIG, iters_num=20), mnist, network=loaded)
    epochs = [r for r in records if isinstance(r, EpochRecord)]
    assert [e.iteration for e in epochs] == [0, 10]
    # Iteration 0's loss is the loaded network's on its mini-batch (about 1.1 after 40 iterations), not
    # an untrained one's ln(10) = 2.30.
    assert result.train_loss[0] < 1.5
    assert result.iterations_done == 20


@pytest.mark.parametrize("first_iteration", [-1, 120, 500, 1.5, True])
def test_a_first_iteration_outside_the_run_is_refused(mnist, first_iteration):
    with pytest.raises(ValueError, match="first_iteration"):
        train(CONFIG, mnist, first_iteration=first_iteration)


def test_a_network_that_does_not_fit_the_config_is_refused(mnist):
    with pytest.raises(ValueError, match="hidden|W1"):
        train(CONFIG, mnist, network=TwoLayerNet(784, 9, 10, dtype=np.float32))
    with pytest.raises(ValueError, match="float64"):
        train(CONFIG, mnist, network=TwoLayerNet(784, 20, 10, dtype=np.float64))
