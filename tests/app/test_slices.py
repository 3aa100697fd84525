"""Partial derivatives as slopes of 1-D slices (Book 4.3.3) and the gradient they make (Book 4.4)."""
import numpy as np
import pytest

from app.expression import parse_expression
from app.tabs import gradient_field as gf
from app.tabs.slices import partials, slice_functions, vector_text
from scratchnn_core import numerical_diff, numerical_gradient, tangent_line

pytestmark = pytest.mark.filterwarnings("error")


def book(x0, x1):
    return x0**2 + x1**2


def parsed(text):
    return parse_expression(text, ("x0", "x1")).func


def test_the_books_function_tmp_digits():
    # Book 4.3.3, verbatim: the core gives the book's printed digits.
    def function_tmp1(x0):
        return x0*x0 + 4.0**2.0

    def function_tmp2(x1):
        return 3.0**2.0 + x1*x1

    assert repr(numerical_diff(function_tmp1, 3.0)) == "6.00000000000378"
    assert repr(numerical_diff(function_tmp2, 4.0)) == "7.999999999999119"
    # Why the slice keeps the fixed term: without "+ 4.0**2" the rounding of f(3 +- h) differs.
    assert repr(numerical_diff(lambda x0: x0*x0, 3.0)) == "6.000000000012662"


@pytest.mark.parametrize("func", [book, parsed("x0**2 + x1**2"), parsed("x0*x0 + x1*x1")],
                         ids=["python", "parsed **", "parsed *"])
def test_partials_at_3_4_print_the_books_digits(func):
    result = partials(func, (3.0, 4.0))
    assert repr(result.x0.slope) == "6.00000000000378"
    assert repr(result.x1.slope) == "7.999999999999119"
    assert result.vector_text() == "(6.00000000000378, 7.999999999999119)"
    assert result.vector_text(digits=4) == "(6, 8)"  # the book's array([6., 8.])
    assert result.value == 25.0 and result.finite


def test_the_books_other_two_points():
    # Book 4.4: numerical_gradient at (0, 2) and (3, 0) prints array([0., 4.]) and array([6., 0.]).
    assert partials(book, (0.0, 2.0)).vector_text(digits=4) == "(0, 4)"
    assert partials(book, (3.0, 0.0)).vector_text(digits=4) == "(6, 0)"
    assert partials(book, (0.0, 2.0)).x0.slope == 0.0  # (h^2 + 4) - (h^2 + 4): exactly zero


@pytest.mark.parametrize("text", ["x0**2 + x1**2", "(x0-2)**2 + 4*(x1-3)**2", "sin(x0) * exp(0.3*x1)",
                                  "x0**2 - x1**2", "0.05*x0**2 + 5*x1**2"])
@pytest.mark.parametrize("point", [(3.0, 4.0), (-3.0, 4.0), (0.7, -1.3), (100.0, -10.0)])
def test_slopes_are_the_gradient_arrow_bit_for_bit(text, point):
    func = parsed(text)
    result = partials(func, point)
    arrow = numerical_gradient(gf.column_function(func), np.array(point), gf.H)  # what descent_steps uses
    np.testing.assert_array_equal(result.gradient, arrow)


def test_slices_tangents_are_the_cores_tangent_lines():
    result = partials(book, (3.0, 4.0))
    function_tmp1, function_tmp2 = slice_functions(book, 3.0, 4.0)
    for piece, function, at in ((result.x0, function_tmp1, 3.0), (result.x1, function_tmp2, 4.0)):
        line = tangent_line(function, at)
        assert piece.slope == line.slope and piece.intercept == line.intercept
        np.testing.assert_array_equal(piece.tangent_values(), line(piece.t))
        # The tangent touches the slice at the point, and the slice really is f with one variable fixed.
        assert piece.tangent(at) == pytest.approx(25.0, abs=1e-9)
    np.testing.assert_allclose(result.x0.values, result.x0.t**2 + 16.0, rtol=1e-15)
    np.testing.assert_allclose(result.x1.values, 9.0 + result.x1.t**2, rtol=1e-15)
    # Analytically the slopes are 2 c: 6 and 8 (central differences are exact on a parabola but for rounding).
    np.testing.assert_allclose(result.gradient, [6.0, 8.0], rtol=1e-11)


def test_slices_span_the_bounds_and_reach_a_far_point():
    near = partials(book, (3.0, 4.0))
    assert (near.x0.t[0], near.x0.t[-1]) == (gf.BOUNDS[0], gf.BOUNDS[1])
    far = partials(book, (100.0, -10.0))
    assert far.x0.t[0] == gf.BOUNDS[0] and far.x0.t[-1] > 100.0
    assert far.x1.t[0] < -10.0 and far.x1.t[-1] == gf.BOUNDS[3]
    np.testing.assert_allclose(far.gradient, [200.0, -20.0], rtol=1e-9)


def test_undefined_point_gives_no_arrow_and_no_warning():
    result = partials(parsed("log(x0) + x1"), (-1.0, 2.0))
    assert not result.finite and np.isnan(result.x0.slope)
    t, values = result.x0.t, result.x0.values
    assert np.isnan(values[t <= 0]).all() and np.isfinite(values[t > 0]).all()  # a gap, not a crash
    np.testing.assert_allclose(values[t > 0], np.log(t[t > 0]) + 2.0)
    with pytest.raises(ValueError, match="finite"):
        partials(book, (np.nan, 1.0))


def test_vector_text():
    assert vector_text([0.1, -2.0]) == "(0.1, -2.0)"
    assert vector_text(np.array([1e-10, 3.0]), digits=3) == "(1e-10, 3)"
