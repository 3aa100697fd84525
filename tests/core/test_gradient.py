"""numerical_gradient: the book's values, any shape and dtype, never mutating x (Book 4.4)."""

import numpy as np
import pytest

from scratchnn_core import numerical_gradient


def function_2(x):
    """Book 4.3.3: f(x0, x1) = x0^2 + x1^2."""
    return x[0] ** 2 + x[1] ** 2


@pytest.mark.parametrize(
    "point, expected", [((3.0, 4.0), (6.0, 8.0)), ((0.0, 2.0), (0.0, 4.0)), ((3.0, 0.0), (6.0, 0.0))]
)
def test_book_gradients(point, expected):
    grad = numerical_gradient(function_2, np.array(point))
    np.testing.assert_allclose(grad, expected, atol=1e-9)
    assert grad.dtype == np.float64


def test_book_printed_digits():
    # The book prints array([ 6.,  8.]) for numbers that are 6.00000000000378, 7.999999999999119.
    grad = numerical_gradient(function_2, np.array([3.0, 4.0]))
    np.testing.assert_allclose(grad, [6.00000000000378, 7.999999999999119], rtol=1e-13)


def test_any_shape():
    x = np.arange(12.0).reshape(2, 3, 2) / 10
    grad = numerical_gradient(lambda a: np.sum(a**3), x)
    assert grad.shape == x.shape
    np.testing.assert_allclose(grad, 3 * x**2, atol=1e-7)


def test_scalar_point():
    assert numerical_gradient(lambda a: a**2, np.array(3.0)) == pytest.approx(6.0, abs=1e-9)


@pytest.mark.parametrize("dtype", [np.int64, np.int32, np.float32, np.uint8])
def test_other_dtypes_computed_in_float64_on_a_copy(dtype):
    x = np.array([3, 4], dtype=dtype)
    before = x.copy()
    grad = numerical_gradient(function_2, x)
    np.testing.assert_allclose(grad, [6.0, 8.0], atol=1e-6)  # ints would give 0 or garbage
    assert grad.dtype == np.float64
    np.testing.assert_array_equal(x, before)
    assert x.dtype == dtype


def test_list_input():
    np.testing.assert_allclose(numerical_gradient(function_2, [3, 4]), [6, 8], atol=1e-9)


def test_float64_x_restored_bit_for_bit():
    x = np.array([0.1, -2.7e-3, 1e300, np.pi])
    before = x.tobytes()
    numerical_gradient(lambda a: np.sum(np.sin(a)), x)
    assert x.tobytes() == before


def test_x_restored_when_f_raises():
    x = np.array([1.0, 2.0, 3.0])
    calls = []

    def f(a):
        calls.append(a.copy())
        if len(calls) == 3:  # second element, x + h
            raise RuntimeError("boom")
        return float(np.sum(a))

    with pytest.raises(RuntimeError, match="boom"):
        numerical_gradient(f, x)
    np.testing.assert_array_equal(x, [1.0, 2.0, 3.0])
    assert calls[2][1] == 2.0 + 1e-4  # it really was perturbed in place


def test_read_only_x_is_copied():
    x = np.array([3.0, 4.0])
    x.flags.writeable = False
    np.testing.assert_allclose(numerical_gradient(function_2, x), [6, 8], atol=1e-9)


def test_books_idiom_f_ignores_its_argument():
    # Book 4.4.2: f = lambda w: net.loss(x, t); numerical_gradient(f, net.W)
    class Holder:
        W = np.array([[1.0, 2.0], [3.0, -1.0]])

    f = lambda w: np.sum(Holder.W**2)  # noqa: E731 - reads the attribute, not w
    before = Holder.W.copy()
    np.testing.assert_allclose(numerical_gradient(f, Holder.W), 2 * before, atol=1e-9)
    np.testing.assert_array_equal(Holder.W, before)


def test_non_contiguous_view_is_perturbed_and_restored():
    base = np.arange(12.0).reshape(3, 4)
    view = base[:, ::2]  # not contiguous
    before = base.copy()
    grad = numerical_gradient(lambda a: np.sum(base**2), view)  # reads the base array
    np.testing.assert_allclose(grad, 2 * view, atol=1e-8)
    np.testing.assert_array_equal(base, before)


def _grid(n=25):
    x0, x1 = np.meshgrid(np.linspace(-2, 2, n), np.linspace(-2, 2, n))
    return np.column_stack([x0.ravel(), x1.ravel()])


def test_batch_rows_are_points():
    pts = _grid(5)
    f = lambda p: p[0] ** 2 + 3 * p[1]  # noqa: E731 - not separable like function_2
    grad = numerical_gradient(f, pts, batch=True)
    np.testing.assert_allclose(grad, np.column_stack([2 * pts[:, 0], np.full(25, 3.0)]), atol=1e-8)


def test_batch_with_one_point_is_a_point():
    np.testing.assert_allclose(numerical_gradient(function_2, np.array([3.0, 4.0]), batch=True), [6, 8], atol=1e-9)


def test_vectorized_equals_loop_in_2d_calls_instead_of_2dN():
    pts = _grid(25)
    before = pts.copy()
    calls = []

    def f(p):  # (d, N) -> (N,)
        calls.append(p.shape)
        return p[0] ** 2 * p[1] + np.exp(p[1])

    fast = numerical_gradient(f, pts, batch=True, vectorized=True)
    assert calls == [(2, 625)] * 4  # x0 + h, x0 - h, x1 + h, x1 - h: all 625 points at once
    slow = numerical_gradient(f, pts, batch=True)
    assert len(calls) == 4 + 4 * 625
    np.testing.assert_array_equal(fast, slow)  # same arithmetic, column by column
    np.testing.assert_allclose(fast[:, 0], 2 * pts[:, 0] * pts[:, 1], atol=1e-7)
    np.testing.assert_array_equal(pts, before)


def test_vectorized_counts_calls():
    calls = []

    def f(p):
        calls.append(p.shape)
        return p[0] ** 2 + p[1] ** 2

    numerical_gradient(f, _grid(4), batch=True, vectorized=True)
    assert calls == [(2, 16)] * 4  # 2 d calls for all 16 points


def test_vectorized_needs_batch():
    with pytest.raises(ValueError, match="batch"):
        numerical_gradient(function_2, np.zeros(2), vectorized=True)


def test_batch_needs_2d():
    with pytest.raises(ValueError, match="2-D"):
        numerical_gradient(function_2, np.zeros((2, 2, 2)), batch=True)
