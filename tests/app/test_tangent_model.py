"""The tangent tab's model without Qt: the book's numbers (Book 4.3) and the shape of the error against h."""
import numpy as np
import pytest

from app.expression import ExpressionError
from app.tabs import tangent_model as tm

pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")


@pytest.fixture
def model():
    return tm.TangentModel()


def test_book_derivative_at_5(model):
    readout = model.readout()
    assert model.expression == "0.01*x**2 + 0.1*x" and model.x == 5.0 and model.h == 1e-4
    assert readout.numerical == 0.1999999999990898  # the book's printed value, bit for bit
    assert readout.analytic == pytest.approx(0.2, abs=1e-16) and readout.formula == "0.02*x + 0.1"
    assert readout.difference == pytest.approx(-9.1e-13, rel=0.01)
    assert readout.fx == pytest.approx(0.75)


def test_book_tangent_line(model):
    line = model.tangent()
    assert line.slope == 0.1999999999990898
    assert line(5.0) == pytest.approx(0.75) and line(0.0) == pytest.approx(-0.25, abs=1e-11)
    xs, ys = model.tangent_curve()
    np.testing.assert_allclose(ys, 0.2 * xs - 0.25, atol=1e-10)


def test_forward_difference_with_h_1e_50_gives_zero(model):
    model.set_method("forward")
    model.set_h_exponent(-50)
    readout = model.readout()
    assert model.h == 1e-50
    assert readout.numerical == 0.0 and readout.difference == pytest.approx(-0.2)
    assert model.error_curve().current_error == pytest.approx(0.2)


def test_error_curve_is_large_at_both_ends_and_small_in_between(model):
    model.set_expression("exp(x)")  # not a quadratic: central differences have a truncation error too
    model.set_range(-3, 3)
    model.set_x(1.0)
    curve = model.error_curve()
    assert curve.h.shape == curve.error.shape == (tm.ERROR_POINTS,)
    assert curve.h[0] == pytest.approx(1e-50) and curve.h[-1] == pytest.approx(0.1)
    middle = (curve.h >= 1e-8) & (curve.h <= 1e-5)
    assert curve.error[middle].max() < 1e-8
    assert curve.error[0] == pytest.approx(np.e)  # rounding: x + h == x, the quotient is 0
    assert curve.error[-1] == pytest.approx(np.e * 0.1**2 / 6, rel=0.01)  # truncation, O(h^2)
    model.set_method("forward")
    forward = model.error_curve()
    assert forward.error[-1] == pytest.approx(np.e * 0.1 / 2, rel=0.06)  # O(h): far worse than central
    assert forward.error[middle].min() < 1e-7


def test_book_function_forward_errors_and_exact_zeros_are_clipped(model):
    model.set_method("forward")
    curve = model.error_curve()
    assert curve.error[-1] == pytest.approx(0.01 * 0.1, rel=1e-6)  # f'' h / 2 for 0.01x²
    assert curve.error[0] == pytest.approx(0.2)
    model.set_expression("x**3 + 2*x")  # at x = 0 the forward quotient is h² + 2: exactly 2 once h² < 1e-16
    model.set_x(0.0)
    curve = model.error_curve()
    assert not curve.clipped[-1] and curve.error[-1] == pytest.approx(0.01)
    assert curve.clipped.any() and np.all(curve.error[curve.clipped] == curve.floor)
    assert curve.floor <= tm.ERROR_FLOOR and np.all(curve.error > 0)


def test_kink_and_missing_derivatives_are_reported(model):
    model.set_expression("abs(x)")
    model.set_range(-5, 5)
    model.set_x(0.0)
    readout = model.readout()
    assert readout.analytic is None and readout.reason == "kink" and readout.numerical == 0.0
    assert model.error_curve().h.size == 0
    model.set_x(2.0)
    assert model.readout().analytic == 1.0
    model.set_expression("sqrt(x)")
    model.set_x(0.0)
    assert model.readout().reason == "undefined"


def test_bad_inputs_change_nothing(model):
    with pytest.raises(ExpressionError):
        model.set_expression("x**")
    with pytest.raises(ValueError):
        model.set_range(3, 1)
    with pytest.raises(ValueError):
        model.set_h_exponent(-60)
    with pytest.raises(ValueError):
        model.set_method("backward")
    with pytest.raises(ValueError):
        model.set_x(float("nan"))
    assert (model.expression, model.x_range, model.h_exponent, model.method) == \
        (tm.BOOK_FUNCTION, tm.DEFAULT_RANGE, -4.0, "central")


def test_x_is_clamped_to_the_range(model):
    model.set_x(50)
    assert model.x == 20.0
    model.set_range(0, 3)
    assert model.x == 3.0


def test_pole_does_not_flatten_the_view(model):
    model.set_expression("1/x")
    model.set_range(-1, 1)
    low, high = model.y_range()
    xs, ys = model.curve()
    assert np.isnan(ys[xs == 0]).all() or not np.isfinite(ys[xs == 0]).any()
    assert -200 < low < -10 and 10 < high < 200


def test_csv_rows(model):
    rows = model.csv_rows()
    assert rows[0] == ["x", "f(x)", "tangent"] and len(rows) == tm.CURVE_POINTS + 1
    x, fx, tangent = map(float, rows[1 + 100])  # x = 5 on the 0..20 grid
    assert (x, fx) == (5.0, 0.75) and tangent == pytest.approx(0.75)


def test_presets_all_parse_and_the_whole_exponent_range_is_exact():
    for _label, text, x_range, x in tm.PRESETS:
        model = tm.TangentModel()
        model.set_range(*x_range)
        model.set_expression(text)
        model.set_x(x)
        assert np.isfinite(model.readout().numerical)
    assert all(tm.h_from_exponent(-k) == float(f"1e-{k}") for k in range(1, 51))


def test_an_overflow_is_named_as_one_not_as_undefined(model):
    """exp(1000x) is a number too large for float64 at x = 1 (f) and at 0.709 (f' = 1000 e^709): say so."""
    model.set_range(-1.0, 1.0)
    model.set_expression("exp(1000*x)")
    model.set_x(1.0)
    assert model.readout().analytic is None and model.readout().reason == "f overflow"
    model.set_x(0.709)
    readout = model.readout()
    assert np.isfinite(readout.fx) and readout.analytic is None and readout.reason == "overflow"
    model.set_expression("1/(x-x)")
    assert model.readout().reason == "f undefined"  # a division by zero is no overflow


def test_the_readout_rounds_the_analytic_value_the_book_reads_as_0_3(shown):
    from app.tabs.tangent_tab import TangentTab

    tab = shown(TangentTab())
    tab.set_x(10.0)  # 0.02 * 10 + 0.1 is 0.30000000000000004 in float64
    text = tab.readout_label.text()
    assert "at x: 0.3\n" in text and "0.30000000000000004" not in text
    assert "0.2999999999986347" in text  # the numerical value keeps the digits the book prints
