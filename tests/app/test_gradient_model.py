"""The gradient tab's model without Qt: field, quiver of -grad f, descent paths and their verdicts, the
race computed in pieces, the slices' point and the refused inputs (Book 4.3.3, 4.4)."""
import numpy as np
import pytest

from app.tabs import descent_race as dr
from app.tabs.descent_inputs import MAX_STEPS
from app.tabs import descent_run as gm
from app.tabs import gradient_field as gf
from app.tabs import gradient_model as model_module
from app.tabs.gradient_model import GradientModel

pytestmark = pytest.mark.filterwarnings("error")  # no RuntimeWarning (overflow, invalid) may escape


def book(x0, x1):
    return x0**2 + x1**2


def shifted_bowl(x0, x1):
    return (x0 - 2)**2 + 4 * (x1 - 3)**2


def saddle(x0, x1):
    return x0**2 - x1**2


def whole_run(func, start, learning_rate, steps):
    """One descent to its end, computed as a race computes each run: ``descent_run_steps`` piece by piece."""
    pieces = gm.descent_run_steps(func, start, learning_rate, steps)
    while True:
        try:
            next(pieces)
        except StopIteration as stop:
            return stop.value


# -- the book's three learning rates (Book 4.4.1, from (-3, 4), 100 steps) --------------------------------
def test_lr_0_1_converges_to_the_book_point():
    run = whole_run(book, gm.BOOK_START, 0.1, 100)
    np.testing.assert_allclose(run.x[-1], [-6.11110793e-10, 8.14814391e-10], rtol=1e-8)
    assert np.linalg.norm(run.x[-1]) < 1e-6
    assert run.outcome == gm.CONVERGED and not run.near_saddle
    assert run.first_diverged is None and run.first_stalled is None
    assert gf.view_exit(run.x) is None


def test_lr_10_is_diverged_although_it_seems_to_stop():
    run = whole_run(book, gm.BOOK_START, 10.0, 100)
    np.testing.assert_allclose(run.x[-1], [-2.58983747e13, -1.29524862e12], rtol=1e-8)
    assert run.outcome == gm.DIVERGED
    # The gradient is exactly 0 at the end only because x +- h rounds to x near 1e13.
    assert run.grad_norm[-1] == 0.0 and run.first_stalled is not None
    assert np.all(run.x[run.first_stalled:] == run.x[-1])
    assert np.spacing(np.max(np.abs(run.x[-1]))) > 2 * gf.H
    # x <- x - 10 * 2x = -19 x: out of the +-5 view at step 1, more than 1e6 times the start by step 5.
    np.testing.assert_allclose(run.x[1], [57.0, -76.0], rtol=1e-9)
    assert run.first_diverged == 5
    step, crossing = gf.view_exit(run.x)
    assert step == 1
    np.testing.assert_allclose(crossing, [3.75, -5.0])  # (-3, 4) + t (60, -80) meets x1 = -5 at t = 9/80


def test_lr_1e_10_barely_moves():
    run = whole_run(book, gm.BOOK_START, 1e-10, 100)
    np.testing.assert_allclose(run.x[-1], [-2.99999994, 3.99999992], atol=1e-8)
    assert run.outcome == gm.BARELY_MOVED
    assert run.distance_moved == pytest.approx(100 * 1e-10 * 10, rel=1e-6)  # 100 steps of lr * |grad|


def test_book_figure_4_10_twenty_steps_is_still_descending():
    run = whole_run(book, gm.BOOK_START, 0.1, 20)
    # x <- x - 0.1 * 2x = 0.8 x: central differences are exact for a quadratic up to rounding.
    np.testing.assert_allclose(run.x, np.outer(0.8 ** np.arange(21), gm.BOOK_START), rtol=1e-9, atol=1e-12)
    assert run.outcome == gm.DESCENDING
    assert run.value[-1] < run.value[0]
    assert gm.verdict(run, 20).endswith("would get closer to the minimum.")


def test_lr_1_oscillates_without_descending():
    run = whole_run(book, gm.BOOK_START, 1.0, 10)  # x <- x - 2x = -x: bounces between (+-3, -+4)
    np.testing.assert_allclose(run.x[1], [3.0, -4.0], rtol=1e-9)
    assert run.outcome == gm.OVERSHOOTING


def test_saddle_point_is_named_not_called_a_minimum():
    on_ridge = whole_run(saddle, (-3.0, 0.0), 0.1, 100)
    assert on_ridge.outcome == gm.CONVERGED and on_ridge.near_saddle
    off_ridge = whole_run(saddle, gm.BOOK_START, 0.1, 100)  # x1 grows 1.2-fold each step
    assert off_ridge.outcome == gm.DIVERGED
    sliding = whole_run(saddle, (-3.0, 0.5), 0.1, 30)  # not yet a million times: still "descending"
    assert sliding.outcome == gm.DESCENDING and "no minimum in this direction" in gm.verdict(sliding, 30)


def test_a_constant_is_flat_not_a_minimum():
    run = whole_run(lambda x0, x1: 3.0 + 0 * x0, gm.BOOK_START, 0.1, 10)
    assert run.outcome == gm.CONVERGED and run.flat_around and not run.near_saddle
    assert "flat here" in gm.verdict(run, 10) and "a minimum." not in gm.verdict(run, 10)
    bowl = whole_run(book, gm.BOOK_START, 0.1, 100)
    assert not bowl.flat_around and gm.verdict(bowl, 100).endswith("a minimum.")


def test_shifted_bowl_converges_to_its_minimum():
    run = whole_run(shifted_bowl, gm.BOOK_START, 0.1, 200)
    np.testing.assert_allclose(run.x[-1], [2.0, 3.0], atol=1e-6)
    assert run.outcome == gm.CONVERGED and not run.near_saddle


def test_overflow_gives_no_warning_and_still_diverges():
    run = whole_run(lambda x0, x1: -np.exp(x0) + x1**2, (1.0, 0.0), 1.0, 10)  # exp overflows to inf
    assert run.outcome == gm.DIVERGED
    assert not np.isfinite(run.value[-1])


def test_start_where_f_is_undefined_is_not_called_divergence():
    run = whole_run(lambda x0, x1: np.log(x0) + x1**2, gm.BOOK_START, 0.1, 5)
    assert run.outcome == gm.UNDEFINED
    assert gf.view_exit(run.x) is None and "left the plotted area" not in gm.verdict(run, 5)


# -- field and quiver ------------------------------------------------------------------------------------
def test_quiver_arrows_point_along_minus_gradient():
    quiver = gf.compute_quiver(book, bounds=(0.5, 1.5, 1.5, 2.5), n=1)  # one arrow, at (1, 2)
    np.testing.assert_allclose(quiver.points, [[1.0, 2.0]])
    np.testing.assert_allclose(quiver.direction[0], -np.array([2.0, 4.0]) / np.sqrt(20.0), rtol=1e-8)
    assert quiver.magnitude[0] == pytest.approx(np.sqrt(20.0), rel=1e-8)


@pytest.mark.parametrize("func, grad", [
    (book, lambda x0, x1: np.column_stack([2 * x0, 2 * x1])),
    (shifted_bowl, lambda x0, x1: np.column_stack([2 * (x0 - 2), 8 * (x1 - 3)])),
    (saddle, lambda x0, x1: np.column_stack([2 * x0, -2 * x1])),
])
def test_quiver_on_the_default_grid_matches_the_analytic_gradient(func, grad):
    quiver = gf.compute_quiver(func)
    assert quiver.points.shape == (18 * 18, 2)
    exact = grad(quiver.points[:, 0], quiver.points[:, 1])
    norm = np.linalg.norm(exact, axis=1)
    np.testing.assert_allclose(quiver.direction, -exact / norm[:, None], atol=1e-8)
    np.testing.assert_allclose(quiver.magnitude, norm, rtol=1e-7)
    assert quiver.spacing == pytest.approx(10 / 18)


def test_quiver_of_a_constant_has_no_direction():
    quiver = gf.compute_quiver(lambda x0, x1: 3.0, n=4)
    assert not quiver.direction.any() and not quiver.magnitude.any()


def test_field_samples_f_row_major_with_even_levels():
    field = gf.compute_field(shifted_bowl, resolution=50)
    assert field.values.shape == (50, 50)
    i, j = 7, 31
    assert field.values[i, j] == shifted_bowl(field.x0[j], field.x1[i])  # row = x1, column = x0
    assert field.value_range == (np.min(field.values), np.max(field.values))
    steps = np.diff(np.r_[field.value_range[0], field.levels, field.value_range[1]])
    np.testing.assert_allclose(steps, steps[0])
    assert len(field.levels) == 12


def test_field_marks_undefined_values_as_nan_without_warnings():
    field = gf.compute_field(lambda x0, x1: np.log(x0) + x1, resolution=10)
    assert np.isnan(field.values[:, :5]).all() and np.isfinite(field.values[:, 5:]).all()


def test_field_of_a_constant_has_no_contours():
    field = gf.compute_field(lambda x0, x1: 2.0, resolution=4)
    assert field.values.shape == (4, 4) and (field.values == 2.0).all()
    assert field.levels.size == 0 and field.value_range == (2.0, 3.0)


# -- view helpers ----------------------------------------------------------------------------------------
def test_path_in_view_keeps_near_points_and_pins_far_ones():
    x = np.array([[1.0, 2.0], [20.0, -30.0], [-2.6e13, 1e300], [np.inf, 0.0], [np.nan, 1.0]])
    clipped = gf.path_in_view(x, bounds=(-5, 5, -5, 5), margin=10)
    np.testing.assert_array_equal(clipped[:2], x[:2])
    np.testing.assert_array_equal(clipped[2], [-105.0, 105.0])
    assert np.isnan(clipped[3:]).all()


def test_view_exit_finds_the_border_crossing():
    x = np.array([[0.0, 0.0], [2.0, 1.0], [12.0, 6.0]])
    step, crossing = gf.view_exit(x, bounds=(-5, 5, -5, 5))
    assert step == 2
    np.testing.assert_allclose(crossing, [5.0, 2.5])
    assert gf.view_exit(x[:2], bounds=(-5, 5, -5, 5)) is None


# -- the model object ------------------------------------------------------------------------------------
BOOK_END = [-6.11110793e-10, 8.14814391e-10]


def test_model_defaults_are_the_books():
    model = GradientModel()
    assert model.expression == "x0**2 + x1**2" and model.starts == ((-3.0, 4.0),)
    assert model.learning_rates == (0.1,) and model.steps == 100
    assert model.shown == model.steps  # a finished change shows the whole path
    assert model.field.values.shape == (200, 200) and model.quiver.points.shape == (18 * 18, 2)
    assert model.contours.segment_count > 0 and len(model.contours.levels) == 12
    np.testing.assert_allclose(model.racers[0].run.x[-1], BOOK_END, rtol=1e-8)
    assert model.finish() == gm.CONVERGED and model.at_end


def test_model_animation_cursor():
    model = GradientModel()
    model.plan(steps=3).finish()
    model.rewind()
    assert model.shown == 0 and not model.at_end
    assert model.advance() and model.shown == 1
    np.testing.assert_allclose(model.shown_path(0)[0], [[-3.0, 4.0], [-2.4, 3.2]], rtol=1e-9)
    np.testing.assert_allclose(model.current_points(), [[-2.4, 3.2, 2.4**2 + 3.2**2]], rtol=1e-9)
    assert model.advance(5) and model.shown == 3 and model.at_end
    assert not model.advance()


def test_model_rejects_bad_inputs_and_keeps_the_last_good_state():
    model = GradientModel()
    model.plan(learning_rates=[10.0]).finish()
    racers, view = model.racers, model.view
    for bad in (0.0, -0.1, float("nan"), float("inf"), 1e309):
        with pytest.raises(ValueError, match="learning rate"):
            model.plan(learning_rates=[bad]).finish()
    with pytest.raises(ValueError, match="steps"):
        model.plan(steps=MAX_STEPS + 1).finish()
    with pytest.raises(ValueError, match="finite"):
        model.plan(starts=[(float("nan"), 0.0)]).finish()
    assert model.racers is racers and model.view is view
    assert model.learning_rates == (10.0,) and model.steps == 100


def test_model_function_that_cannot_be_evaluated_keeps_the_old_one():
    model = GradientModel()
    view = model.view

    def broken(x0, x1):
        raise TypeError("unsupported operand")

    with pytest.raises(ValueError, match="cannot be evaluated"):
        dr.RaceUpdate(model, broken, "broken", model.starts, model.learning_rates, model.steps)
    assert model.view is view and model.expression == gm.BOOK_FUNCTION


def test_model_parses_typed_expressions():
    from app import expression
    model = GradientModel()
    model.plan(expression="(x0-2)**2 + 4*(x1-3)**2").finish()
    assert model.field.values[0, 0] == shifted_bowl(model.field.x0[0], model.field.x1[0])
    old = model.view
    with pytest.raises(expression.ExpressionError):
        model.plan(expression="x0 +").finish()
    with pytest.raises(expression.ExpressionError):
        model.plan(expression="__import__('os').getcwd()").finish()
    assert model.view is old and model.expression == "(x0-2)**2 + 4*(x1-3)**2"


def test_the_field_follows_a_far_start_and_stays_for_a_rate_change():
    model = GradientModel()
    model.plan_preset(dr.PRESETS[4]).finish()  # the notes: (x0-2)**2 + 4*(x1-3)**2 from (100, -10), 1000 steps
    np.testing.assert_allclose(model.racers[0].run.x[-1], [2.00000016, 3.0], atol=5e-9)
    b = model.bounds
    assert model.field.bounds == b and b[0] < 2 < 100 < b[1] and b[2] < -10 < 3 < b[3]
    assert model.field.x0[0] < 0 and model.field.x0[-1] > 100  # sampled over the new view
    view = model.view
    model.plan(learning_rates=[0.02]).finish()
    assert model.view is view and model.bounds == b  # a slider move never refits the map


def test_a_long_race_is_computed_in_pieces_and_changes_nothing_until_done():
    model = GradientModel()
    before = model.racers
    update = model.plan(learning_rates="0.1, 0.01, 0.001, 1e-4", steps=2000)
    assert update.cost == 4 * 2000 and update.progress == 0.0
    pieces = 0
    while not update.advance(budget_s=0.0):  # one piece (50 steps) per call
        pieces += 1
        assert model.racers is before and 0 < update.progress < 1
    assert pieces == 4 * (2000 // 50 - 1) and update.finished  # a yield every 50 steps of each run and update.progress == 1.0
    assert [r.run.steps for r in model.racers] == [2000] * 4 and model.learning_rates == (0.1, 0.01, 0.001, 1e-4)
    np.testing.assert_allclose(model.racers[0].run.x[-1], 0.0, atol=1e-12)


def test_a_plan_on_a_pending_one_keeps_its_change():
    model = GradientModel()
    pending = model.plan(expression="x0**2 - x1**2", steps=1000)
    later = model.plan(starts="-3, 0", base=pending)  # typed while the first was being computed
    later.finish()
    assert model.expression == "x0**2 - x1**2" and model.steps == 1000 and model.starts == ((-3.0, 0.0),)
    assert model.racers[0].run.outcome == gm.CONVERGED and model.racers[0].run.near_saddle


def test_only_changed_racers_are_recomputed():
    model = GradientModel()
    model.plan(learning_rates=(0.1, 10.0, 1e-10)).finish()
    assert model.plan(learning_rates=(0.1, 10.0, 0.5)).cost == 100  # one new run of 100 steps
    assert model.plan(steps=50).cost == 3 * 50
    assert model.plan(expression="x0**2 + x1**2").cost == 3 * 100  # a new f: every run again


def test_csv_rows_hold_every_path_with_the_gradient():
    model = GradientModel()
    model.plan(steps=20).finish()
    rows = model.csv_rows()
    assert rows[0] == dr.CSV_HEADER and len(rows) == 22
    assert rows[0][3:9] == ("x0", "x1", "f", "df/dx0", "df/dx1", "grad_norm")
    assert rows[1][3:6] == ("-3.0", "4.0", "25.0")
    assert float(rows[1][6]) == pytest.approx(-6.0, rel=1e-10) and float(rows[1][7]) == pytest.approx(8.0, rel=1e-10)
    assert float(rows[2][3]) == pytest.approx(-2.4, rel=1e-9)


def test_the_slices_point_start_current_or_mouse():
    model = GradientModel()
    model.plan(starts=[(3.0, 4.0)]).finish()
    kind, point = model.selected_point()
    assert (kind, point) == (model_module.SLICE_AT_START, (3.0, 4.0))
    assert model.partials().vector_text() == "(6.00000000000378, 7.999999999999119)"  # Book 4.3.3's digits
    model.set_slice_at("current")
    model.rewind()
    model.advance()
    kind, point = model.selected_point()
    assert kind == "current" and point == pytest.approx((2.4, 3.2), rel=1e-9)
    np.testing.assert_allclose(model.partials().gradient, [4.8, 6.4], rtol=1e-9)
    model.set_probe((1.0, -2.0))
    assert model.selected_point() == ("mouse", (1.0, -2.0))
    np.testing.assert_allclose(model.partials().gradient, [2.0, -4.0], rtol=1e-9)
    model.set_probe(None)
    assert model.selected_point()[0] == "current"
    with pytest.raises(ValueError):
        model.set_slice_at("elsewhere")


def test_no_slices_where_the_path_ran_away():
    model = GradientModel()
    model.plan(expression="-exp(x0) + x1**2").finish()
    model.plan(starts=[(1.0, 0.0)]).finish()
    model.plan(learning_rates=[1.0]).finish()
    model.set_slice_at("current")
    assert not np.isfinite(model.selected_point()[1]).all() and model.partials() is None


def test_model_imports_no_qt():
    import subprocess
    import sys

    code = ("import sys, app.tabs.gradient_model as m; m.GradientModel().plan(expression='x0**2 + x1').finish();"
            "print(sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'pyqtgraph')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"
