"""Activations and losses against the book's printed values (Book 3.2, 3.5, 4.2)."""
import math
import warnings

import numpy as np
import pytest

from scratchnn_core import (
    cross_entropy_error,
    mean_squared_error,
    relu,
    sigmoid,
    sigmoid_grad,
    softmax,
    softmax_with_loss,
    step_function,
)

# Book 4.2.1: the answer is class 2; y1 believes it (0.6), y2 believes class 7.
T = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0])
Y1 = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
Y2 = np.array([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0])


def test_step_function():
    np.testing.assert_array_equal(step_function(np.array([-1.0, 0.0, 2.0])), [0, 0, 1])
    assert step_function(np.array([3.0])).dtype.kind == "i"


def test_sigmoid_values():
    x = np.array([-1.0, 0.0, 2.0])
    np.testing.assert_allclose(sigmoid(x), 1 / (1 + np.exp(-x)), rtol=1e-15)
    assert sigmoid(0.0) == 0.5
    # Tail accuracy (relative) where 1 / (1 + exp(-x)) would lose nothing either.
    assert sigmoid(-30.0) == pytest.approx(math.exp(-30) / (1 + math.exp(-30)), rel=1e-14)


@pytest.mark.parametrize("x", [np.array([-1000.0, 1000.0]), np.array([[-1000.0, 0.0], [1000.0, -745.0]])])
def test_sigmoid_stable_and_silent(x):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        y = sigmoid(x)
    assert np.all(np.isfinite(y))
    assert y.shape == x.shape
    assert y.flat[0] == 0.0 and sigmoid(1000.0) == 1.0


def test_sigmoid_keeps_float32_and_promotes_ints():
    assert sigmoid(np.zeros(3, np.float32)).dtype == np.float32
    assert sigmoid(np.array([0, 1])).dtype == np.float64
    np.testing.assert_allclose(sigmoid(np.array([0, 1])), [0.5, 1 / (1 + math.e ** -1)])


def test_sigmoid_grad_matches_derivative():
    x = np.linspace(-5, 5, 11)
    s = 1 / (1 + np.exp(-x))
    np.testing.assert_allclose(sigmoid_grad(x), s * (1 - s), rtol=1e-14)
    assert sigmoid_grad(0.0) == 0.25


def test_relu():
    np.testing.assert_array_equal(relu(np.array([-2.0, 0.0, 3.5])), [0.0, 0.0, 3.5])


def test_softmax_book_example():
    # Book 3.5.1: softmax([0.3, 2.9, 4.0]) = [0.01821127, 0.24519181, 0.73659691]
    y = softmax(np.array([0.3, 2.9, 4.0]))
    np.testing.assert_allclose(y, [0.01821127, 0.24519181, 0.73659691], atol=1e-8)
    assert y.sum() == pytest.approx(1.0, abs=1e-15)


def test_softmax_stable_1d_and_batch():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        y1 = softmax(np.array([1010.0, 1000.0, 990.0]))  # Book 3.5.2's overflow example
        yb = softmax(np.array([[1000.0, -1000.0], [-1000.0, -1000.0], [0.0, 1000.0]]))
    np.testing.assert_allclose(y1, [9.99954600e-01, 4.53978686e-05, 2.06106005e-09], rtol=1e-7)
    np.testing.assert_array_equal(yb, [[1.0, 0.0], [0.5, 0.5], [0.0, 1.0]])


def test_softmax_rows_independent():
    x = np.array([[1.0, 2.0, 3.0], [3.0, 0.0, -1.0]])
    for row, y in zip(x, softmax(x)):
        np.testing.assert_allclose(y, np.exp(row) / np.exp(row).sum(), rtol=1e-15)


def test_mean_squared_error_book_values():
    assert mean_squared_error(Y1, T) == pytest.approx(0.09750000000000003, abs=1e-15)
    assert mean_squared_error(Y2, T) == pytest.approx(0.5975, abs=1e-15)


def test_cross_entropy_error_book_values():
    assert cross_entropy_error(Y1, T) == pytest.approx(0.510825457099338, abs=1e-15)
    assert cross_entropy_error(Y2, T) == pytest.approx(2.302584092994546, abs=1e-15)


def test_cross_entropy_error_labels_equal_one_hot_and_batch_mean():
    assert cross_entropy_error(Y1, 2) == pytest.approx(0.510825457099338, abs=1e-15)
    yb = np.stack([Y1, Y2])
    mean = (0.510825457099338 + 2.302584092994546) / 2
    assert cross_entropy_error(yb, np.stack([T, T])) == pytest.approx(mean, abs=1e-15)
    assert cross_entropy_error(yb, np.array([2, 2])) == pytest.approx(mean, abs=1e-15)


def test_cross_entropy_error_delta_keeps_log_zero_finite():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        e = cross_entropy_error(np.array([1.0, 0.0]), np.array([0, 1]))
    assert e == pytest.approx(-math.log(1e-7))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("shape", [(100, 10), (1, 10), (7, 3), (5, 2)])
def test_softmax_with_loss_is_softmax_cross_entropy_and_its_gradient(dtype, shape):
    """Book 5.6.3: the loss of softmax then CEE, and dL/da = (y - onehot(t)) / N, by finite differences too."""
    rng = np.random.default_rng(sum(shape))
    a = (3 * rng.standard_normal(shape)).astype(dtype)
    labels = rng.integers(0, shape[1], shape[0])
    before = a.copy()
    loss, dy = softmax_with_loss(a, labels)
    np.testing.assert_array_equal(a, before)  # the scores are left alone
    assert dy.shape == shape and dy.dtype == dtype and np.asarray(loss).dtype == dtype
    y = softmax(a.astype(np.float64))
    assert loss == pytest.approx(cross_entropy_error(y, labels), rel=1e-6 if dtype == np.float32 else 1e-13)
    expected = (y - np.eye(shape[1])[labels]) / shape[0]
    np.testing.assert_allclose(dy, expected, atol=1e-7 if dtype == np.float32 else 1e-15)
    if dtype == np.float64:  # central differences of the loss itself, on scores whose y stay >> delta
        a, h = a / 3, 1e-5
        _, dy = softmax_with_loss(a, labels)
        numeric = np.empty(a.size)
        for i in range(a.size):
            step = np.zeros(a.size)
            step[i] = h
            step = step.reshape(shape)
            numeric[i] = (softmax_with_loss(a + step, labels)[0] - softmax_with_loss(a - step, labels)[0]) / (2 * h)
        np.testing.assert_allclose(numeric.reshape(shape), dy, rtol=1e-3, atol=1e-8)


def test_softmax_with_loss_one_sample_large_scores_and_book_value():
    """One vector is a batch of one; scores of +-1000 stay finite (Book 3.5.2); Book 4.2.2's 0.5108."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loss, dy = softmax_with_loss(np.array([1000.0, 1010.0, -1000.0]), 1)
    assert dy.shape == (1, 3) and np.isfinite(dy).all() and loss == pytest.approx(-math.log(1 / (1 + math.exp(-10)) + 1e-7))
    # Scores whose softmax is Book 4.2.1's y1 (log of its probabilities, the zeros nudged to 1e-300).
    loss, _ = softmax_with_loss(np.log(np.maximum(Y1, 1e-300)), 2)
    assert loss == pytest.approx(0.510825457099338, abs=1e-12)
