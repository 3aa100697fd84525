"""The gradient check: book loop, structured and backprop on one mini-batch (Book 5.7.3, issue 12)."""
import numpy as np
import pytest

from scratchnn_core import TwoLayerNet, load_mnist
from scratchnn_core.gradient_check import METHODS, PAIRS, CheckProgress, gradient_check, gradient_check_steps
from scratchnn_core.gradient_records import PARAM_NAMES


def small_case(dtype=np.float64, seed=0):
    rng = np.random.default_rng(seed)
    net = TwoLayerNet(20, 6, 5, weight_init_std=0.5, seed=seed, dtype=dtype)
    x = rng.random((4, 20))
    x[x < 0.6] = 0.0
    return net, x, rng.integers(0, 5, 4)


def test_all_pairs_are_compared_per_parameter_with_times():
    net, x, t = small_case()
    check = gradient_check(net, x, t)
    assert check.complete and check.images == 4
    assert [m for m, _ in check.seconds] == list(METHODS) and all(s > 0 for _, s in check.seconds)
    assert [(d.first, d.second, d.parameter) for d in check.differences] == \
        [(a, b, key) for a, b in PAIRS for key in PARAM_NAMES]
    for d in check.differences:
        assert 0 <= d.mean_abs <= d.max_abs
    # The two numerical methods are the same central differences (rounding apart); backprop differs
    # from them by the book's delta and h**2 terms only (Book 5.7.3 prints ~1e-10 .. 1e-7).
    assert check.max_abs_diff("structured", "book") < 1e-10
    assert 1e-12 < check.max_abs_diff("backprop", "book") < 2e-6
    assert check.max_abs_diff("backprop", "structured") == pytest.approx(check.max_abs_diff("backprop", "book"),
                                                                         rel=1e-2)
    book = net.numerical_gradient(x, t)
    w1 = check.difference("backprop", "book", "W1")
    assert w1.mean_abs == pytest.approx(np.mean(np.abs(net.gradient(x, t)["W1"] - book["W1"])), rel=1e-6)
    assert check.ratio("book", "backprop") == check.seconds_of("book") / check.seconds_of("backprop")


def test_a_float32_network_is_checked_in_float64_and_left_alone():
    net, x, t = small_case(np.float32, seed=1)
    before = {k: v.copy() for k, v in net.params.items()}
    check = gradient_check(net, x, t)
    assert check.max_abs_diff("backprop", "book") < 2e-6  # float32 backprop alone would be off by ~1e-7..1e-5
    for key in PARAM_NAMES:
        np.testing.assert_array_equal(net.params[key], before[key])
        assert net.params[key].dtype == np.float32


def test_progress_names_each_method_and_a_stop_keeps_what_ran():
    net, x, t = small_case(seed=2)
    seen = []

    def stop_in_the_book_loop():
        return any(p.method == "book" for p in seen)

    steps = gradient_check_steps(net, x, t, should_stop=stop_in_the_book_loop)
    with pytest.raises(StopIteration) as stop:
        while True:
            seen.append(next(steps))
    assert all(isinstance(p, CheckProgress) for p in seen)
    assert [p.method for p in seen if p.done == 0] == ["backprop", "structured", "book"]
    check = stop.value.value
    assert not check.complete and check.seconds_of("book") is None and check.ratio("book", "backprop") is None
    assert {(d.first, d.second) for d in check.differences} == {("backprop", "structured")}
    assert check.max_abs_diff("structured", "book") is None


@pytest.mark.slow
def test_the_books_check_on_three_real_images():
    """gradient_check.py: a fresh 784-50-10 net, x_train[:3]; the book prints W1 ~4e-10 ... b2 ~1e-7."""
    (x_train, t_train), _ = load_mnist(one_hot_label=True)
    check = gradient_check(TwoLayerNet(784, 50, 10, seed=0), x_train[:3], t_train[:3])
    means = {d.parameter: d.mean_abs for d in check.differences if (d.first, d.second) == ("backprop", "book")}
    assert all(1e-11 < means[key] < 1e-6 for key in PARAM_NAMES)
    assert means["W1"] < 1e-9 and means["b2"] > 1e-8  # measured 2.2e-10 and 1.5e-7
    assert check.max_abs_diff("structured", "book") < 1e-10  # measured 5.9e-12
