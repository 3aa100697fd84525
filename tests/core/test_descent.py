"""gradient_descent reproduces the book; descent_steps gives the path (Book 4.4.1)."""
import dataclasses
import inspect
import warnings

import numpy as np
import pytest

from scratchnn_core import DescentStep, descent_steps, gradient_descent
from scratchnn_core import descent as descent_module


def function_2(x):
    return x[0] ** 2 + x[1] ** 2


@pytest.mark.parametrize(
    "lr, expected",
    [
        (0.1, [-6.11110793e-10, 8.14814391e-10]),
        (10.0, [-2.58983747e13, -1.29524862e12]),  # too large: blows up
        (1e-10, [-2.99999994, 3.99999992]),  # too small: barely moves
    ],
)
def test_book_results(lr, expected):
    init_x = np.array([-3.0, 4.0])
    x = gradient_descent(function_2, init_x, lr=lr, step_num=100)
    np.testing.assert_allclose(x, expected, rtol=1e-6)
    np.testing.assert_array_equal(init_x, [-3.0, 4.0])  # the book's version changes init_x


def test_book_idiom_with_integer_start():
    # np.array([-3, 4]) (ints) would make the book's in-place x -= lr * grad fail; here it works.
    x = gradient_descent(function_2, np.array([-3, 4]), lr=0.1)
    np.testing.assert_allclose(x, [-6.11110793e-10, 8.14814391e-10], rtol=1e-6)


def test_returned_array_is_writable_float64():
    x = gradient_descent(function_2, [1.0, 1.0], lr=0.1, step_num=3)
    assert x.dtype == np.float64 and x.flags.writeable
    np.testing.assert_allclose(x, [0.8**3, 0.8**3], rtol=1e-9)  # x_k = (1 - 2 lr)^k x_0


def test_path_records():
    steps = list(descent_steps(function_2, np.array([-3.0, 4.0]), lr=0.1, step_num=100))
    assert [s.step for s in steps] == list(range(101))
    first, last = steps[0], steps[-1]
    np.testing.assert_array_equal(first.x, [-3.0, 4.0])
    assert first.value == pytest.approx(25.0)
    np.testing.assert_allclose(first.grad, [-6.0, 8.0], atol=1e-9)
    assert first.grad_norm == pytest.approx(10.0, abs=1e-9)
    for s in steps[:5]:
        np.testing.assert_allclose(s.x, np.array([-3.0, 4.0]) * 0.8**s.step, rtol=1e-9)
        assert s.value == pytest.approx(function_2(s.x))
    np.testing.assert_array_equal(last.x, gradient_descent(function_2, np.array([-3.0, 4.0]), lr=0.1))
    assert not any(s.diverged or s.stalled for s in steps)


def test_records_are_frozen_read_only_copies():
    gen = descent_steps(function_2, np.array([1.0, 2.0]), lr=0.1, step_num=3)
    s0 = next(gen)
    s1 = next(gen)
    assert isinstance(s0, DescentStep)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s0.step = 5
    with pytest.raises(ValueError):
        s0.x[0] = 9.0
    with pytest.raises(ValueError):
        s0.grad[0] = 9.0
    np.testing.assert_array_equal(s0.x, [1.0, 2.0])  # not a view of the moving point
    assert not np.shares_memory(s0.x, s1.x)


def test_lr_10_diverges_and_stalls():
    steps = list(descent_steps(function_2, np.array([-3.0, 4.0]), lr=10.0, step_num=100))
    last = steps[-1]
    assert last.diverged and last.stalled
    np.testing.assert_array_equal(last.grad, [0.0, 0.0])  # x +- 1e-4 rounds to x at 1e13
    assert not steps[0].diverged and not steps[0].stalled
    first_div = next(s.step for s in steps if s.diverged)
    assert all(s.diverged for s in steps[first_div:])


def test_small_lr_neither_diverges_nor_stalls():
    last = list(descent_steps(function_2, [-3.0, 4.0], lr=1e-10))[-1]
    assert not last.diverged and not last.stalled


def test_minimum_is_not_stalled():
    # The gradient is exactly 0 at the minimum, but x + h != x: not stalled.
    last = list(descent_steps(function_2, [0.0, 0.0], lr=0.1, step_num=2))[-1]
    np.testing.assert_array_equal(last.grad, [0.0, 0.0])
    assert not last.stalled


def test_overflow_is_silent_and_reported():
    f = lambda x: np.exp(-x[0])  # noqa: E731 - exp(710) overflows to inf
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any RuntimeWarning would fail here
        steps = list(descent_steps(f, np.array([-710.0]), lr=1.0, step_num=3))
        x = gradient_descent(f, np.array([-710.0]), lr=1.0, step_num=3)
        far = list(descent_steps(f, np.array([-700.0]), lr=1.0, step_num=3))
    assert steps[0].value == np.inf and steps[0].diverged
    assert np.isnan(steps[-1].x).all() and steps[-1].diverged
    np.testing.assert_array_equal(x, steps[-1].x)
    # From -700 the first step jumps to about 1e304: finite, but diverged by size.
    assert np.isfinite(far[1].x).all() and far[1].x[0] > 1e300 and far[1].diverged


def test_any_shape_and_dtype():
    init = np.array([[2, -1], [0, 3]], dtype=np.int32)
    last = list(descent_steps(lambda x: np.sum(x**2), init, lr=0.25, step_num=1))[-1]
    np.testing.assert_allclose(last.x, init * 0.5, atol=1e-9)
    assert last.x.shape == (2, 2) and last.x.dtype == np.float64
    assert init.dtype == np.int32 and init[0, 0] == 2


def test_errstate_does_not_leak_while_suspended():
    gen = descent_steps(function_2, [1.0, 1.0], step_num=3)
    next(gen)
    assert np.geterr()["over"] == "warn"  # the caller's error state, not ours
    gen.close()


def test_negative_step_num():
    with pytest.raises(ValueError):
        next(descent_steps(function_2, [1.0, 1.0], step_num=-1))


def test_one_implementation():
    # gradient_descent runs descent_steps: there is a single update loop.
    src = inspect.getsource(descent_module.gradient_descent)
    assert "descent_steps(" in src and "numerical_gradient" not in src
