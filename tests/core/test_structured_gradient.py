"""The structured numerical gradient against the book's loop and backprop (Book 4.4.2, 4.5.1)."""
import numpy as np
import pytest

from scratchnn_core import GradientCancelled, TrainConfig, TwoLayerNet, networks, train
from scratchnn_core.structured_gradient import structured_gradient_steps

# The book's loop recomputes losses of ~2.3 per parameter, so its own rounding is ~eps * 2.3 / 2h,
# about 1e-12 (up to 1e-11 on these nets); the structured sums differ from it by that noise only.
BOOK_TOL = 1e-10
# Backprop is the exact derivative of the loss without the book's delta: it differs from any
# central difference by ~delta / y and h**2 terms, measured up to 8e-7 on these nets.
BACKPROP_TOL = 2e-6
KEYS = ("W1", "b1", "W2", "b2")


def random_case(d, hidden, k, n, seed=0, zeros=0.0, std=0.5):
    """A net with nonzero biases and inputs of which a fraction ``zeros`` are exactly 0 (like MNIST)."""
    rng = np.random.default_rng(seed)
    net = TwoLayerNet(d, hidden, k, weight_init_std=std, seed=seed)
    net.params["b1"] = 0.3 * rng.standard_normal(hidden)
    net.params["b2"] = 0.3 * rng.standard_normal(k)
    x = rng.standard_normal((n, d))
    x[rng.random((n, d)) < zeros] = 0.0
    return net, x, rng.integers(0, k, n)


def targets(kind, labels, k, seed=0):
    if kind == "labels":
        return labels
    if kind == "one-hot":
        return np.eye(k)[labels]
    return np.random.default_rng(seed).dirichlet(np.ones(k), len(labels))  # soft targets: any probabilities


def structured(net, x, t):
    return net.numerical_gradient(x, t, method="structured")


def max_abs_diff(a, b):
    return max(float(np.max(np.abs(a[key] - b[key]))) for key in KEYS)


@pytest.mark.parametrize("shape", [(6, 5, 4, 7), (6, 1, 4, 5), (5, 4, 3, 1), (12, 6, 10, 20), (3, 2, 2, 9)],
                         ids=["small", "hidden-1", "batch-1", "ten-classes", "two-classes"])
@pytest.mark.parametrize("kind", ["labels", "one-hot", "soft"])
def test_agrees_with_the_book_loop_and_backprop(shape, kind):
    net, x, labels = random_case(*shape, seed=sum(shape), zeros=0.4)
    t = targets(kind, labels, shape[2])
    book = net.numerical_gradient(x, t)
    grad = structured(net, x, t)
    assert {k: (v.shape, v.dtype) for k, v in grad.items()} == \
        {k: (v.shape, np.dtype(np.float64)) for k, v in net.params.items()}
    assert max_abs_diff(grad, book) < BOOK_TOL
    assert max_abs_diff(grad, net.gradient(x, t)) < BACKPROP_TOL  # y - t holds for soft targets too
    assert max(float(np.max(np.abs(g))) for g in grad.values()) > 1e-2  # not a vacuous match


def test_zero_inputs_leave_their_w1_rows_at_exactly_zero():
    net, x, t = random_case(8, 3, 4, 6, seed=2)
    x[:, [1, 5]] = 0.0  # no sample uses inputs 1 and 5: perturbing their weights changes no loss
    grad = structured(net, x, t)
    assert not grad["W1"][[1, 5]].any()
    assert np.all(grad["W1"][[0, 2, 3, 4, 6, 7]] != 0)
    assert max_abs_diff(grad, net.numerical_gradient(x, t)) < BOOK_TOL


def test_one_sample_as_a_vector_and_a_scalar_label():
    net, x, t = random_case(5, 3, 4, 1, seed=4)
    book = net.numerical_gradient(x[0], t[0])
    assert max_abs_diff(structured(net, x[0], t[0]), book) < BOOK_TOL


def test_float32_parameters_are_computed_in_float64():
    net32 = TwoLayerNet(7, 4, 3, weight_init_std=0.5, seed=5, dtype=np.float32)
    x = np.random.default_rng(5).random((6, 7)).astype(np.float32)
    t = np.array([0, 1, 2, 2, 1, 0])
    grad = structured(net32, x, t)
    assert all(g.dtype == np.float64 for g in grad.values())
    assert max_abs_diff(grad, net32.numerical_gradient(x, t)) < BOOK_TOL


def test_the_block_size_changes_the_work_split_not_the_result():
    net, x, t = random_case(10, 7, 5, 13, seed=6, zeros=0.5)
    reference = structured(net, x, t)
    for block_bytes in (1, 5000, 2**30):  # one entry and one unit per block ... everything at once
        steps = structured_gradient_steps(net.params, x, t, block_bytes=block_bytes)
        with pytest.raises(StopIteration) as stop:
            while True:
                next(steps)
        # Only the summation order inside BLAS changes: ~1 ulp of a loss term, over 2hN.
        assert max_abs_diff(stop.value.value, reference) < 1e-12


def test_inputs_are_never_modified():
    net, x, t = random_case(6, 3, 4, 5, seed=7, zeros=0.3)
    saved = ({k: v.copy() for k, v in net.params.items()}, x.copy(), t.copy())
    for array in (*net.params.values(), x, t):
        array.setflags(write=False)  # any in-place write would raise
    structured(net, x, t)
    for key in KEYS:
        np.testing.assert_array_equal(net.params[key], saved[0][key])
    np.testing.assert_array_equal(x, saved[1])
    np.testing.assert_array_equal(t, saved[2])


def test_steps_count_parameters_monotonically_to_the_total():
    net, x, t = random_case(784, 50, 10, 100, seed=8, zeros=0.8)
    steps = structured_gradient_steps(net.params, x, t)
    calls = []
    with pytest.raises(StopIteration) as stop:
        while True:
            calls.append(next(steps))
    total = 784 * 50 + 50 + 50 * 10 + 10
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert {c[1] for c in calls} == {total}
    done = [c[0] for c in calls]
    assert done == sorted(done)
    # The GUI sees movement inside one gradient: many steps, none of them a large share of the work.
    assert len(calls) >= 40
    assert max(np.diff(done)) <= total // 20
    assert max_abs_diff(stop.value.value, structured(net, x, t)) == 0.0


def test_should_stop_cancels_between_blocks_and_leaves_the_network_alone(monkeypatch):
    monkeypatch.setattr(networks, "PROGRESS_INTERVAL_S", 0.0)  # a report after every block
    net, x, t = random_case(784, 50, 10, 100, seed=9, zeros=0.8)
    before = {k: v.copy() for k, v in net.params.items()}
    polls, progress = [], []

    def stop_on_fourth_poll():
        polls.append(1)
        return len(polls) == 4

    with pytest.raises(GradientCancelled):
        net.numerical_gradient(x, t, method="structured", should_stop=stop_on_fourth_poll,
                               progress=lambda done, total: progress.append(done))
    assert len(polls) == 4 and len(progress) == 4  # polled after each report: no work after the stop
    assert progress[0] == 0 and progress[-1] < net.params["W1"].size  # it stopped early, in the first layer
    for key in KEYS:
        np.testing.assert_array_equal(net.params[key], before[key])
    with pytest.raises(GradientCancelled):
        net.numerical_gradient(x, t, method="structured", should_stop=lambda: True)


@pytest.mark.parametrize("x_shape, t, message", [
    ((4, 5), np.zeros(4, dtype=int), "do not form"),
    ((0, 6), np.zeros(0, dtype=int), "no samples"),
    ((4, 6), np.zeros(4), "integer labels"),
    ((4, 6), np.zeros(3, dtype=int), "integer labels"),
])
def test_bad_inputs_raise_a_readable_value_error(x_shape, t, message):
    net = TwoLayerNet(6, 3, 4, seed=0)
    with pytest.raises(ValueError, match=message):
        structured(net, np.ones(x_shape), t)


@pytest.mark.slow
def test_matches_the_book_on_real_mnist_fresh_and_partly_trained(mnist):
    """100 real images, 784-10-10 (the book's loop takes ~2 s a gradient there; 784-50-10 takes ~15 s)."""
    (x_train, t_train), _ = mnist
    x, t = x_train[:100], t_train[:100]
    fresh = TwoLayerNet(784, 10, 10, seed=0)
    config = TrainConfig(iters_num=200, learning_rate=0.5, hidden_size=10, train_size=2000, test_size=100,
                         dtype="float64", seed=1)
    trained = train(config, mnist).network
    assert trained.loss(x, t) < 1.2 < 2.2 < fresh.loss(x, t)  # partly trained (0.86): ln(10) = 2.3 at start
    for net in (fresh, trained):
        grad = structured(net, x, t)
        assert max_abs_diff(grad, net.numerical_gradient(x, t)) < 1e-9  # measured ~5e-12 and ~2e-12
        assert max_abs_diff(grad, net.gradient(x, t)) < 1e-6


# 250 iterations of batch 50 on the first 1000 training images, 784-20-10, lr 1.0, float32 net:
# measured test accuracy 0.827-0.831 on the first 1000 test images with seeds 0-2 (chance is 0.10),
# the very accuracies backprop reaches with the same batches.
MIN_STRUCTURED_ACC = 0.78


@pytest.mark.slow
def test_sgd_with_the_structured_gradient_learns_mnist(mnist):
    (x_train, t_train), (x_test, t_test) = mnist
    x_train, t_train, x_test, t_test = x_train[:1000], t_train[:1000], x_test[:1000], t_test[:1000]
    rng = np.random.default_rng(0)
    net = TwoLayerNet(784, 20, 10, weight_init_std=0.01, seed=0, dtype=np.float32)
    start_acc = net.accuracy(x_test, t_test)
    losses = []
    for _ in range(250):
        batch = rng.integers(0, len(x_train), 50)
        grad = structured(net, x_train[batch], t_train[batch])
        losses.append(net.loss(x_train[batch], t_train[batch]))
        for key in KEYS:
            net.params[key] -= (1.0 * grad[key]).astype(net.dtype)
    assert start_acc < 0.2
    assert net.accuracy(x_test, t_test) >= MIN_STRUCTURED_ACC
    assert np.mean(losses[-25:]) < 0.5 * np.mean(losses[:25])
