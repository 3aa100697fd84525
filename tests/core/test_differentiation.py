"""numerical_diff and tangent_line against the book's numbers (Book 4.3)."""
import math

import numpy as np
import pytest

from scratchnn_core import numerical_diff, tangent_line


def function_1(x):
    """Book 4.3.2: y = 0.01 x^2 + 0.1 x, derivative 0.02 x + 0.1."""
    return 0.01 * x**2 + 0.1 * x


def test_book_values_central():
    assert numerical_diff(function_1, 5) == pytest.approx(0.1999999999990898, abs=1e-12)
    assert numerical_diff(function_1, 10) == pytest.approx(0.2999999999986347, abs=1e-12)


def test_book_values_bitwise():
    # Same arithmetic as the book's code: the printed digits come out exactly.
    assert numerical_diff(function_1, 5) == 0.1999999999990898
    assert numerical_diff(function_1, 10) == 0.2999999999986347


def test_forward_with_tiny_h_is_the_books_bad_example():
    assert numerical_diff(function_1, 5, h=1e-50, method="forward") == 0.0
    assert numerical_diff(function_1, 5, h=1e-50) == 0.0  # central rounds the same way


def test_forward_is_first_order():
    # forward error is ~ f''/2 * h = 0.01 * h; central error vanishes for a quadratic
    fwd = numerical_diff(function_1, 5, method="forward")
    assert fwd - 0.2 == pytest.approx(0.01 * 1e-4, rel=1e-3)
    assert abs(numerical_diff(function_1, 5) - 0.2) < 1e-11


def test_unknown_method():
    with pytest.raises(ValueError, match="central"):
        numerical_diff(function_1, 5, method="backward")


def test_integer_and_array_points_use_float64():
    xs = np.array([0, 5, 10], dtype=np.int32)
    np.testing.assert_allclose(numerical_diff(function_1, xs), 0.02 * xs + 0.1, atol=1e-10)
    np.testing.assert_allclose(numerical_diff(np.sin, np.float32(1.0)), math.cos(1.0), atol=1e-8)


def test_tangent_line():
    tf = tangent_line(function_1, 5)
    assert tf.slope == pytest.approx(0.2, abs=1e-11)
    assert tf(5) == pytest.approx(function_1(5), abs=1e-12)  # touches the curve
    assert tf(0) == pytest.approx(function_1(5) - 0.2 * 5, abs=1e-10)  # intercept -0.25
    assert tf.intercept == pytest.approx(-0.25, abs=1e-10)
    t = np.linspace(0, 20, 5)
    np.testing.assert_allclose(tf(t), 0.2 * t - 0.25, atol=1e-9)


def test_tangent_line_forward_method():
    tf = tangent_line(np.exp, 0.0, method="forward")
    assert tf.slope == pytest.approx(1.00005, abs=1e-8)  # (e^h - 1)/h = 1 + h/2 + ...
