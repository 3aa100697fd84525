"""The loss tab's model against the book's printed values (Book 4.2.1, 4.2.2)."""
import warnings

import numpy as np
import pytest

from app.tabs.loss_model import LossModel, neg_log_curve


@pytest.mark.parametrize("index, mse, cee", [(0, 0.09750000000000003, 0.510825457099338),
                                             (1, 0.5975, 2.302584092994546)])
def test_book_examples(index, mse, cee):
    model = LossModel()
    model.load_example(index)
    losses = model.losses()
    assert losses.mse == pytest.approx(mse, abs=1e-12)
    assert losses.cee == pytest.approx(cee, abs=1e-12)
    assert losses.squared_errors.sum() == pytest.approx(mse, abs=1e-15)


def test_changing_the_target_follows_the_formulas():
    model = LossModel()
    model.set_target(7)
    t = np.eye(10)[7]
    losses = model.losses()
    assert losses.mse == pytest.approx(0.5 * np.sum((model.y - t) ** 2), abs=1e-15)
    assert losses.cee == pytest.approx(-np.log(model.y[7] + 1e-7), abs=1e-15)


def test_zero_output_for_the_true_class_is_finite_without_warnings():
    model = LossModel()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        model.set_probability(2, 0.0)
        assert model.losses().cee == pytest.approx(-np.log(1e-7), abs=1e-12)  # 16.118...
    assert model.losses().cee == pytest.approx(16.11809565, abs=1e-8)


def test_probabilities_are_clipped_and_normalised():
    model = LossModel()
    model.set_probability(3, 1.7)
    assert model.y[3] == 1.0
    model.normalise()
    assert model.y.sum() == pytest.approx(1.0)
    model.set_probabilities(np.zeros(10))
    model.normalise()
    np.testing.assert_allclose(model.y, 0.1)


@pytest.mark.parametrize("bad", [np.full(10, 2.0), np.ones(9) / 9, [np.nan] * 10])
def test_bad_probabilities_are_refused(bad):
    model = LossModel()
    before = model.y.copy()
    with pytest.raises(ValueError):
        model.set_probabilities(bad)
    np.testing.assert_array_equal(model.y, before)


def test_bad_target_class_or_example_is_refused():
    model = LossModel()
    for call in (lambda: model.set_target(10), lambda: model.set_probability(-1, 0.5),
                 lambda: model.set_probability(10, 0.5), lambda: model.load_example(2),
                 lambda: model.set_probability(3, float("nan"))):
        with pytest.raises(ValueError):
            call()
    assert model.target == 2
    np.testing.assert_array_equal(model.y, [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0])


def test_csv_rows_hold_classes_and_totals():
    rows = LossModel().csv_rows()
    assert rows[0] == ["class", "y", "t", "half_squared_error"]
    assert [r[2] for r in rows[1:11]] == [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]
    assert float(rows[11][1]) == pytest.approx(0.0975)
    assert float(rows[12][1]) == pytest.approx(0.5108254570993)


def test_neg_log_curve_is_finite_and_decreasing():
    y, e = neg_log_curve()
    assert np.all(np.isfinite(e)) and e[0] == pytest.approx(16.118, abs=1e-3) and e[-1] < 1e-6
    assert np.all(np.diff(e) < 0)
