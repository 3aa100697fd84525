"""The book's training loop on real MNIST: accuracy reached, records, determinism, stopping (Book 4.5)."""
import dataclasses
import math
import time

import numpy as np
import pytest

from scratchnn_core import estimates as estimate
from scratchnn_core import (
    EpochRecord,
    GradientProgress,
    IterationRecord,
    TrainConfig,
    TrainResult,
    TwoLayerNet,
    estimate_numerical_gradient_seconds,
    last_epoch,
    load_mnist,
    networks,
    run_to_end,
    train,
    train_steps,
)

# A subset run: 5000 training images, 1000 test images, 600 iterations at lr 0.5. Measured with
# seeds 0-5: test accuracy 0.880-0.890 in 0.3-0.4 s; the threshold leaves a margin for other BLAS.
SUBSET = dict(iters_num=600, learning_rate=0.5, train_size=5000, test_size=1000)
MIN_TEST_ACC = 0.86




def run_collecting(config, data, **kwargs):
    records = []
    return records, run_to_end(train_steps(config, data, **kwargs), records.append)


@pytest.mark.slow
def test_subset_training_reaches_the_stated_accuracy(mnist):
    config = TrainConfig(**SUBSET)
    records, result = run_collecting(config, mnist)
    assert isinstance(result, TrainResult)
    assert (result.status, result.iterations_done) == ("completed", 600)
    (_, _), (x_test, t_test) = mnist
    assert result.network.accuracy(x_test[:1000], t_test[:1000]) >= MIN_TEST_ACC
    assert result.test_acc[-1] >= MIN_TEST_ACC - 0.01  # measured at iteration 550
    assert result.test_acc[0] < 0.2  # the untrained net guesses
    # The book's loss curve: from about ln(10) = 2.30 down to well under 0.5.
    assert result.train_loss[0] == pytest.approx(math.log(10), abs=0.05)
    assert np.mean(result.train_loss[-50:]) < 0.5
    assert result.network.dtype == np.float32


@pytest.mark.parametrize("background", [True, False])
def test_records_follow_the_books_schedule(mnist, background):
    config = TrainConfig(iters_num=120, train_size=1000, test_size=200)  # iter_per_epoch = 10
    records, result = run_collecting(config, mnist, background_evaluation=background)
    iterations = [r for r in records if isinstance(r, IterationRecord)]
    epochs = [r for r in records if isinstance(r, EpochRecord)]
    assert [r.iteration for r in iterations] == list(range(120))
    assert [(r.iteration, r.epoch) for r in epochs] == [(i, i // 10) for i in range(0, 120, 10)]
    # Each epoch's accuracies come after the loss of its iteration: at once inline, maybe later beside it.
    for epoch in epochs:
        assert records.index(epoch) > records.index(iterations[epoch.iteration])
    if not background:
        assert records[0] == iterations[0] and records[1] == epochs[0]  # loss first, then accuracies
    assert result.train_loss == tuple(r.loss for r in iterations)
    assert result.train_acc == tuple(r.train_acc for r in epochs)
    assert result.test_acc == tuple(r.test_acc for r in epochs)
    # Accuracies are fractions of the 1000/200 subset samples.
    assert all(round(r.train_acc * 1000, 6).is_integer() and round(r.test_acc * 200, 6).is_integer()
               for r in epochs)
    with pytest.raises(dataclasses.FrozenInstanceError):
        iterations[0].loss = 0.0
    assert isinstance(result.train_loss, tuple) and result.elapsed_s > 0


def test_epoch_accuracy_matches_the_networks_own(mnist):
    records, result = run_collecting(TrainConfig(iters_num=1, train_size=3000, test_size=3000), mnist)
    (x_train, t_train), (x_test, t_test) = mnist
    assert result.train_acc[0] == pytest.approx(result.network.accuracy(x_train[:3000], t_train[:3000]), abs=1e-12)
    assert result.test_acc[0] == pytest.approx(result.network.accuracy(x_test[:3000], t_test[:3000]), abs=1e-12)


@pytest.mark.parametrize("train_size, batch_size, iters, expected", [
    (50, 100, 6, list(range(6))),  # fewer samples than a batch: iter_per_epoch = max(0.5, 1) = 1
    (250, 100, 10, [0, 3, 5, 8]),  # 2.5 iterations per epoch: the first iteration of each epoch
])
def test_epoch_boundaries_for_small_sets(mnist, train_size, batch_size, iters, expected):
    config = TrainConfig(iters_num=iters, batch_size=batch_size, train_size=train_size, test_size=10)
    records, _ = run_collecting(config, mnist)
    assert [r.iteration for r in records if isinstance(r, EpochRecord)] == expected


def test_same_seed_same_run_other_seed_other_run(mnist):
    config = TrainConfig(iters_num=60, train_size=2000, test_size=100, seed=7)
    first, second = train(config, mnist), train(config, mnist)
    assert first.train_loss == second.train_loss
    for key in ("W1", "b1", "W2", "b2"):
        np.testing.assert_array_equal(first.network.params[key], second.network.params[key])
    other = train(dataclasses.replace(config, seed=8), mnist)
    assert other.train_loss != first.train_loss


def test_the_loop_is_the_books(mnist):
    """train_steps takes exactly the steps of train_neuralnet.py's loop written out plainly (Book 4.5.2).

    One generator seeds the network, then draws each mini-batch with replacement; 1005 iterations
    cross the blocks in which the loop draws its indices ahead.
    """
    config = TrainConfig(iters_num=1005, batch_size=7, hidden_size=5, learning_rate=0.3,
                         train_size=200, test_size=10, seed=11)
    result = train(config, mnist)
    (x_train, t_train), _ = mnist
    rng = np.random.default_rng(config.seed)
    net = TwoLayerNet(784, 5, 10, 0.01, seed=int(rng.integers(2**63)), dtype=np.float32)
    losses = []
    for _ in range(config.iters_num):
        batch_mask = rng.integers(0, 200, 7)
        loss, grad = net.loss_and_gradient(x_train[:200][batch_mask], t_train[:200][batch_mask])
        for key in ("W1", "b1", "W2", "b2"):
            net.params[key] -= config.learning_rate * grad[key]
        losses.append(float(loss))
    # The loop's sgd_step skips the batch's blank pixel columns: the same terms, summed in other blocks.
    np.testing.assert_allclose(result.train_loss, losses, rtol=2e-6)
    for key in ("W1", "b1", "W2", "b2"):
        np.testing.assert_allclose(result.network.params[key], net.params[key], rtol=1e-5, atol=1e-6)
    assert len(result.test_acc) == 36  # iter_per_epoch = 200 / 7 = 28.57: epochs 0..35


def test_one_hot_labels_train_like_labels(mnist):
    (x_train, _), (x_test, _) = mnist
    (_, t_train), (_, t_test) = load_mnist(one_hot_label=True)
    config = TrainConfig(iters_num=30, train_size=1000, test_size=100, dtype="float64")
    with_labels = train(config, mnist)
    with_one_hot = train(config, ((x_train, t_train), (x_test, t_test)))
    np.testing.assert_allclose(with_one_hot.train_loss, with_labels.train_loss, rtol=1e-12)
    assert with_one_hot.test_acc == with_labels.test_acc


def test_should_stop_cancels_between_iterations(mnist):
    seen = []
    result = train(TrainConfig(train_size=1000, test_size=100), mnist, callback=seen.append,
                   should_stop=lambda: sum(isinstance(r, IterationRecord) for r in seen) >= 37)
    assert result.status == "cancelled" and "37" in result.message
    assert result.iterations_done == 37 and len(result.train_loss) == 37
    assert [r.iteration for r in seen if isinstance(r, EpochRecord)] == [0, 10, 20, 30]
    assert isinstance(result.network, TwoLayerNet)


def test_should_stop_interrupts_a_numerical_gradient_mid_iteration(mnist, monkeypatch):
    # The book's 784-50-10 net needs ~80,000 loss calls per numerical gradient (~15 s): Stop must not wait.
    # (A 784-3-10 net here: 2,395 parameters per iteration; a progress record after each one.)
    monkeypatch.setattr(networks, "PROGRESS_INTERVAL_S", 0.0)
    seen, polls_in_iteration_1 = [], []

    def should_stop():
        if any(isinstance(r, IterationRecord) for r in seen):  # iteration 0 is done
            polls_in_iteration_1.append(1)
        return len(polls_in_iteration_1) > 200  # the loop's own poll, then 200 inside the gradient

    config = TrainConfig(iters_num=5, batch_size=10, hidden_size=3, gradient="numerical",
                         train_size=100, test_size=100)
    result = train(config, mnist, callback=seen.append, should_stop=should_stop)
    assert result.status == "cancelled" and "during iteration 1" in result.message
    assert result.iterations_done == 1 and len(result.train_loss) == 1
    progress = [r for r in seen if isinstance(r, GradientProgress)]
    assert progress[2394] == GradientProgress(2395, 2395)  # iteration 0: one report per parameter
    assert [p.done for p in progress[2395:]] == list(range(1, 201))  # iteration 1, stopped at the 200th


@pytest.mark.filterwarnings("error")  # overflow is reported as a status, never as a RuntimeWarning
def test_a_huge_learning_rate_diverges_with_a_clear_message(mnist):
    # The stable sigmoid and softmax keep the loss finite for lr up to ~1e30 in float32; at 1e38
    # the update overflows the weights to inf and the loss becomes NaN.
    result = train(TrainConfig(iters_num=100, learning_rate=1e38, train_size=1000, test_size=100), mnist)
    assert result.status == "diverged"
    assert result.iterations_done < 100 and len(result.train_loss) == result.iterations_done
    assert not math.isfinite(result.train_loss[-1]) and all(map(math.isfinite, result.train_loss[:-1]))
    assert "diverged" in result.message and "learning rate" in result.message


@pytest.mark.filterwarnings("error")
def test_nan_in_the_data_diverges(mnist):
    (x_train, t_train), test = mnist
    x_bad = x_train[:100].copy()
    x_bad[:] = np.nan
    result = train(TrainConfig(iters_num=10, train_size=100, test_size=10), ((x_bad, t_train[:100]), test))
    assert result.status == "diverged" and result.iterations_done == 1


def test_numerical_gradient_training_follows_backprop(mnist):
    """The book's slow numerical gradient and backprop take the same steps (float64, tiny net)."""
    config = TrainConfig(iters_num=3, batch_size=5, hidden_size=3, train_size=20, test_size=10,
                         learning_rate=0.5, weight_init_std=0.5, dtype="float64")
    numerical = train(dataclasses.replace(config, gradient="numerical"), mnist)
    backprop = train(config, mnist)
    assert numerical.status == "completed"
    # Not closer than ~1e-6: backprop's y - t is the derivative of -log(y), the loss has
    # -log(y + 1e-7) (the book's delta); a wrong gradient would be off by ~lr * grad ~ 1e-2.
    np.testing.assert_allclose(numerical.train_loss, backprop.train_loss, rtol=2e-6)
    for key in ("W1", "b1", "W2", "b2"):
        np.testing.assert_allclose(numerical.network.params[key], backprop.network.params[key],
                                   rtol=0, atol=2e-6)
    assert backprop.train_loss[-1] < backprop.train_loss[0] - 0.3  # real steps were taken: 2.38 -> 1.85
    assert numerical.network.params["W1"].dtype == np.float64


def test_numerical_estimate_scales_with_the_work(monkeypatch):
    base = TrainConfig(iters_num=100, batch_size=10, hidden_size=4)
    one = estimate_numerical_gradient_seconds(base)
    assert 0 < one < 600
    # The measurement per parameter is cached for a batch and hidden size: the rest is arithmetic.
    assert estimate_numerical_gradient_seconds(dataclasses.replace(base, iters_num=300)) == pytest.approx(3 * one)
    # The book's setting, measured afresh: the estimate itself is quick, one iteration's gradient is
    # not (the book's numerical_gradient on a batch of 100 takes 17.6 s; about 20 s here).
    estimate._seconds_per_parameter.cache_clear()
    real, measured = estimate.numerical_gradient, []

    def counting(f, x, *args, **kwargs):
        measured.append(x.size)
        return real(f, x, *args, **kwargs)

    monkeypatch.setattr(estimate, "numerical_gradient", counting)
    book = estimate_numerical_gradient_seconds(TrainConfig())
    assert 0 < sum(measured) <= 100  # a few parameters measured, not the 39,760 of a whole gradient
    assert book / 10000 > 0.5


def test_numerical_estimate_is_honest(mnist):
    config = TrainConfig(iters_num=2, batch_size=10, hidden_size=2, train_size=100, test_size=10,
                         gradient="numerical")
    predicted = estimate_numerical_gradient_seconds(config)
    started = time.thread_time()  # CPU time of this thread (BLAS on one thread): other programs do not add
    train(config, mnist)
    spent = time.thread_time() - started
    # Generous; a wrong formula would be off by orders of magnitude.
    assert predicted / 5 < spent < predicted * 5


@pytest.mark.parametrize("field, value, message", [
    ("iters_num", 0, "iters_num must be an integer >= 1"),
    ("batch_size", 2.5, "batch_size must be an integer"),
    ("hidden_size", -3, "hidden_size must be an integer >= 1"),
    ("learning_rate", 0.0, "learning_rate must be a positive number"),
    ("learning_rate", float("nan"), "learning_rate must be a positive number"),
    ("weight_init_std", "0.01", "weight_init_std must be a positive number"),
    ("seed", -1, "seed must be an integer >= 0"),
    ("train_size", 0, "train_size must be an integer >= 1"),
    ("gradient", "adam", "gradient must be 'backprop', 'numerical' or 'structured'"),
    ("dtype", "float16", "dtype must be 'float32' or 'float64'"),
])
def test_validate_explains_bad_values(field, value, message):
    config = dataclasses.replace(TrainConfig(), **{field: value})
    with pytest.raises(ValueError, match=message):
        config.validate()
    with pytest.raises(ValueError, match=message):
        next(train_steps(config, data=((), ())))


def test_subset_larger_than_the_data(mnist):
    with pytest.raises(ValueError, match="test_size 20000 is larger than the 10000 test samples"):
        train(TrainConfig(test_size=20000), mnist)


def test_default_config_is_the_books():
    config = TrainConfig()
    assert (config.iters_num, config.batch_size, config.learning_rate, config.hidden_size,
            config.weight_init_std) == (10000, 100, 0.1, 50, 0.01)
    config.validate()


def test_last_epoch_matches_the_schedule():
    # iter_per_epoch = max(train_size / batch_size, 1): the book's 10000 iterations on 60000 -> epochs 0..16
    assert last_epoch(10000, 60000, 100) == 16
    assert last_epoch(1000, 6000, 100) == 16   # 0, 60, ..., 960
    assert last_epoch(1200, 6000, 100) == 19
    assert last_epoch(10, 50, 100) == 9        # fewer samples than a batch: every iteration is an epoch
