"""Racing descents (Book 4.4.1's three learning rates and more), typed starts, presets and the view."""
import csv
import io

import numpy as np
import pytest

from app.tabs import descent_inputs as di
from app.tabs import descent_race as dr
from app.tabs import descent_run as gm
from app.tabs import gradient_field as gf

pytestmark = pytest.mark.filterwarnings("error")

BOOK_END = [-6.11110793e-10, 8.14814391e-10]  # Book 4.4.1, lr = 0.1, 100 steps from (-3, 4)


def preset(fragment):
    (found,) = [p for p in dr.PRESETS if fragment in p.label]
    return found


def whole_verdict(racer, bounds=gf.BOUNDS):
    """What the tab says of ``racer`` with its whole path shown in ``bounds``."""
    run = racer.run
    return gm.verdict(run, run.steps, gf.view_exit(run.x, bounds))


def test_typed_start_minus_3_4_ends_at_the_books_point():
    model = dr.RaceModel()
    model.plan(starts=[(5.0, 5.0)]).finish()
    model.plan(starts="-3, 4").finish()
    assert model.starts == ((-3.0, 4.0),) and model.learning_rates == (0.1,) and model.steps == 100
    (racer,) = model.racers
    np.testing.assert_allclose(racer.run.x[-1], BOOK_END, rtol=1e-8)
    assert racer.run.outcome == gm.CONVERGED


@pytest.mark.parametrize("text", ["(-3, 4)", " -3 4 ", "[-3,4]", "-3.0, 4e0"])
def test_start_texts_that_mean_minus_3_4(text):
    assert di.parse_start(text) == (-3.0, 4.0)


@pytest.mark.parametrize("text, message", [
    ("", "two numbers"), ("-3", "two numbers"), ("1, 2, 3", "two numbers"), ("abc, 4", "x0 must be a number"),
    ("-3, four", "x1 must be a number"), ("nan, 4", "finite"), ("-3, inf", "finite"),
    ("1e7, 0", r"\|x0\| must be at most 1e\+06"), ("0, -2e6", r"\|x1\| must be at most")])
def test_bad_typed_starts_are_refused_with_a_message_and_keep_the_last_start(text, message):
    model = dr.RaceModel()
    model.plan(starts="-3, 4").finish()
    before = model.racers
    with pytest.raises(ValueError, match=message):
        model.plan(starts=text).finish()
    assert model.starts == ((-3.0, 4.0),) and model.racers is before


def test_bad_numbers_as_starts_are_refused_too():
    model = dr.RaceModel()
    for x0, x1 in ((np.inf, 0.0), (0.0, np.nan), (2e6, 0.0)):
        with pytest.raises(ValueError):
            model.plan(starts=[(x0, x1)]).finish()
    assert model.starts == (gm.BOOK_START,)
    with pytest.raises(ValueError, match="empty"):
        di.parse_coordinate("  ")
    assert di.parse_coordinate("1e6") == 1e6  # the limit itself is allowed


def test_four_racing_rates_each_give_their_verdict():
    model = dr.RaceModel()
    model.plan(learning_rates=(0.1, 10.0, 1e-10, 0.01)).finish()
    assert len(model.racers) == 4 and len({r.colour for r in model.racers}) == 4
    by_lr = {r.run.learning_rate: r for r in model.racers}
    assert [r.label() for r in model.racers] == ["lr = 0.1", "lr = 10", "lr = 1e-10", "lr = 0.01"]
    assert {lr: r.run.outcome for lr, r in by_lr.items()} == {
        0.1: gm.CONVERGED, 10.0: gm.DIVERGED, 1e-10: gm.BARELY_MOVED, 0.01: gm.DESCENDING}
    np.testing.assert_allclose(by_lr[0.1].run.x[-1], BOOK_END, rtol=1e-8)
    # lr = 10: diverged, and the verdict says why (overshooting by -19x each step, then x +- h rounds to x).
    diverged = whole_verdict(by_lr[10.0], model.bounds)
    assert diverged.startswith("Diverged: the learning rate 10 is too large")
    assert "by step 5" in diverged and "x ± h rounds to x" in diverged
    np.testing.assert_allclose(by_lr[10.0].run.x[-1], [-2.58983747e13, -1.29524862e12], rtol=1e-8)
    # lr = 1e-10: barely moved, 100 steps of lr * |grad| = 1e-10 * 10.
    small = whole_verdict(by_lr[1e-10], model.bounds)
    assert small.startswith("Barely moved") and "too small" in small
    assert by_lr[1e-10].run.distance_moved == pytest.approx(1e-7, rel=1e-6)
    assert whole_verdict(by_lr[0.01]).startswith("Still descending")  # 0.98**100 = 0.13 of the way left
    assert [r.outcome_name() for r in model.racers] == [
        "converged", "diverged, then stalled", "barely moved", "still descending"]  # the "stalled"


def test_the_books_race_preset_restores_function_start_rates_and_steps():
    model = dr.RaceModel()
    model.plan(expression="x0**2 - x1**2").finish()
    model.plan(steps=7).finish()
    model.plan_preset(preset("1e-10 and the default 0.01 racing")).finish()
    assert model.expression == "x0**2 + x1**2" and model.steps == 100 and model.starts == ((-3.0, 4.0),)
    assert model.learning_rates == (0.1, 10.0, 1e-10, 0.01)
    np.testing.assert_allclose(model.racers[0].run.x[-1], BOOK_END, rtol=1e-8)


@pytest.mark.parametrize("fragment, lr, outcome", [
    ("lr = 0.1 from", 0.1, gm.CONVERGED), ("lr = 10,", 10.0, gm.DIVERGED), ("lr = 1e-10,", 1e-10, gm.BARELY_MOVED)])
def test_the_books_single_presets(fragment, lr, outcome):
    model = dr.RaceModel()
    model.plan_preset(preset(fragment)).finish()
    (racer,) = model.racers
    assert racer.run.learning_rate == lr and racer.run.start == (-3.0, 4.0) and racer.run.steps == 100
    assert racer.run.outcome == outcome


def test_the_notes_preset_from_100_minus_10_ends_near_2_3():
    assert di.MAX_STEPS >= 1000
    model = dr.RaceModel()
    model.plan_preset(preset("Notes")).finish()
    assert model.expression == "(x0-2)**2 + 4*(x1-3)**2"
    assert model.starts == ((100.0, -10.0),) and model.learning_rates == (0.01,) and model.steps == 1000
    (racer,) = model.racers
    np.testing.assert_allclose(racer.run.x[-1], [2.00000016, 3.0], atol=5e-9)  # the notes' [2.00000016 3. ]
    assert racer.run.outcome == gm.CONVERGED
    # The view followed the far start and still holds the minimum (2, 3): square, start inside.
    b = model.bounds
    assert b[0] < 2 < b[1] and b[2] < 3 < b[3] and b[0] < 100 < b[1] and b[2] < -10 < b[3]
    assert b[1] - b[0] == pytest.approx(b[3] - b[2])


def test_view_bounds():
    assert dr.view_bounds([(-3.0, 4.0)]) == (-5.0, 5.0, -5.0, 5.0)  # inside: the book's square stays
    b = dr.view_bounds([(1e6, -1e6)])
    assert b[0] < -5 and b[1] > 1e6 and b[2] < -1e6 and b[3] > 5
    assert b[1] - b[0] <= 1.3 * (1e6 + 5)  # capped: the starts' span plus a margin, no more
    assert dr.view_bounds([(np.inf, 0.0), (np.nan, 1.0)]) == (-5.0, 5.0, -5.0, 5.0)  # runaway ends ignored


def test_a_slider_move_reruns_one_racer_and_keeps_the_view():
    model = dr.RaceModel()
    model.plan(learning_rates=(0.1, 0.01)).finish()
    first, bounds = model.racers[0], model.bounds
    model.plan(learning_rates=(0.1, 0.2)).finish()
    assert model.racers[0].run is first.run and model.bounds == bounds  # reused, not recomputed
    assert model.learning_rates == (0.1, 0.2) and model.racers[1].run.learning_rate == 0.2
    with pytest.raises(ValueError, match="learning rate"):
        model.plan(learning_rates=(0.1, -1.0))
    assert model.learning_rates == (0.1, 0.2)


def test_a_race_of_starts():
    model = dr.RaceModel()
    model.plan(starts=[(-3.0, 4.0), (4.0, 3.0), (50.0, -50.0)]).finish()
    assert [r.label() for r in model.racers] == ["from (-3, 4)", "from (4, 3)", "from (50, -50)"]
    assert all(r.run.learning_rate == 0.1 for r in model.racers)
    assert model.bounds[1] > 50 and model.bounds[2] < -50
    model.plan(learning_rates=[0.05]).finish()  # the shared rate: every racer reruns
    assert all(r.run.learning_rate == 0.05 for r in model.racers)
    with pytest.raises(ValueError, match="At most 4"):
        model.plan(starts=[(0.0, float(k)) for k in range(5)]).finish()
    with pytest.raises(ValueError, match="either"):
        di.entries_of([(0.0, 0.0), (1.0, 1.0)], [0.1, 0.2])


def test_csv_rows_give_the_gradient_vector_per_step():
    model = dr.RaceModel()
    model.plan(learning_rates=(0.1, 10.0)).finish()
    rows = list(csv.reader(io.StringIO("\n".join(",".join(map(str, r)) for r in model.csv_rows()))))
    assert tuple(rows[0]) == dr.CSV_HEADER
    assert len(rows) == 1 + 2 * 101
    step0 = dict(zip(rows[0], rows[1]))
    assert (step0["x0"], step0["x1"], step0["f"]) == ("-3.0", "4.0", "25.0")
    # At (-3, 4) the gradient is (2 x0, 2 x1) = (-6, 8), |grad| = 10 (central differences, to rounding).
    assert float(step0["df/dx0"]) == pytest.approx(-6.0, rel=1e-10)
    assert float(step0["df/dx1"]) == pytest.approx(8.0, rel=1e-10)
    assert float(step0["grad_norm"]) == pytest.approx(10.0, rel=1e-10)
    for row in rows[1:]:
        r = dict(zip(rows[0], row))
        assert float(r["grad_norm"]) == pytest.approx(np.hypot(float(r["df/dx0"]), float(r["df/dx1"])), rel=1e-12)
    assert {row[0] for row in rows[1:]} == {"1", "2"}


def test_a_bad_function_changes_nothing():
    model = dr.RaceModel()
    before = model.racers
    with pytest.raises(ValueError):
        model.plan(expression="x0 +").finish()
    assert model.racers is before and model.expression == "x0**2 + x1**2"


def test_the_other_examples_show_what_their_labels_promise():
    model = dr.RaceModel()
    model.plan_preset(preset("Saddle")).finish()  # x0 <- 0.8 x0, x1 <- 1.2 x1
    stops, slides = model.racers
    assert stops.run.outcome == gm.CONVERGED and stops.run.near_saddle  # on the ridge: a saddle, said so
    assert slides.run.outcome == gm.DESCENDING and slides.run.x[-1, 1] == pytest.approx(0.5 * 1.2**50, rel=1e-6)
    assert "no minimum in this direction" in whole_verdict(slides)
    assert model.bounds == (-5.0, 5.0, -5.0, 5.0)  # the view does not chase the path sliding off
    model.plan_preset(preset("Narrow valley")).finish()  # x1 <- (1 - 10 lr) x1: stable only for lr < 0.2
    assert [r.run.outcome for r in model.racers] == [gm.DESCENDING, gm.DESCENDING, gm.OVERSHOOTING]
    assert abs(model.racers[2].run.x[-1, 1]) == pytest.approx(1.1**100, rel=1e-6)
    model.plan_preset(preset("Book 6.1")).finish()  # the book's SGD example: x0 <- 0.905 x0, x1 <- -0.9 x1
    (zigzag,) = model.racers
    np.testing.assert_allclose(zigzag.run.x[-1], [-7 * 0.905**30, 2 * 0.9**30], rtol=1e-6)
    assert np.all(np.sign(zigzag.run.x[1:6, 1]) == [-1, 1, -1, 1, -1])  # the zigzag across the valley
    b = model.bounds
    assert b[0] < -7 < b[1]  # the view followed the start (-7, 2) out of the book's square
