"""The gradient tab's typed inputs: learning rates, starts and steps, refused with a message that says why."""
import pytest

from app.tabs import descent_inputs as di
from app.tabs import gradient_texts as tx
from app.tabs.gradient_texts import DescentInputError


@pytest.mark.parametrize("text, rates", [("0.1", (0.1,)), (" 10 ", (10.0,)), ("1e-10", (1e-10,)),
                                         ("0.1, 10, 1e-10, 0.01", (0.1, 10.0, 1e-10, 0.01)), ("0.1 10", (0.1, 10.0))])
def test_rates_that_read(text, rates):
    assert di.parse_rates(text) == rates


@pytest.mark.parametrize("text, template, fragment", [
    ("-1", tx.RATE_NOT_POSITIVE, "positive number, not -1"), ("0", tx.RATE_NOT_POSITIVE, "not 0"),
    ("1e309", tx.RATE_NOT_FINITE, "finite number, not inf"),  # float("1e309") is inf: refused, not used
    ("", tx.RATE_EMPTY, "empty"), ("   ", tx.RATE_EMPTY, "empty"), ("fast", tx.RATE_NOT_A_NUMBER, "“fast”"),
    ("nan", tx.RATE_NOT_FINITE, "finite"), ("0.1, 1, 2, 3, 4", tx.TOO_MANY_RACERS, "At most 4 descents")])
def test_bad_rates_are_refused_with_a_translatable_reason(text, template, fragment):
    with pytest.raises(DescentInputError) as caught:
        di.parse_rates(text)
    assert caught.value.template == template and fragment in str(caught.value)
    assert str(caught.value) == template.format(**caught.value.fields)  # the tab formats tr(template) alike


def test_starts_one_or_a_race():
    assert di.parse_starts("-3, 4") == ((-3.0, 4.0),)
    assert di.parse_starts("(-3, 4); (4, 3);") == ((-3.0, 4.0), (4.0, 3.0))
    with pytest.raises(DescentInputError, match="two numbers"):
        di.parse_starts("-3, 4; 5")
    with pytest.raises(DescentInputError, match="At most 4"):
        di.parse_starts("; ".join(["1, 2"] * 5))


@pytest.mark.parametrize("steps, ok", [(0, True), (5000, True), (5001, False), (-1, False), (2.5, False),
                                       ("100", True), ("many", False), (float("inf"), False)])
def test_steps(steps, ok):
    if ok:
        assert di.check_steps(steps) == int(steps)
    else:
        with pytest.raises(DescentInputError, match="from 0 to 5000"):
            di.check_steps(steps)


def test_a_race_is_of_rates_or_of_starts_not_both():
    assert di.entries_of([(0.0, 1.0)], [0.1, 0.2]) == (((0.0, 1.0), 0.1), ((0.0, 1.0), 0.2))
    with pytest.raises(DescentInputError) as caught:
        di.entries_of([(0.0, 0.0), (1.0, 1.0)], [0.1, 0.2])
    assert caught.value.template == tx.BOTH_RACES


def test_texts_read_back_exactly():
    rates = (0.1, 10.0, 1e-10, 0.0123456789)
    assert di.rates_text(rates) == "0.1, 10, 1e-10, 0.0123456789"
    assert di.parse_rates(di.rates_text(rates)) == rates
    starts = ((-3.0, 4.0), (100.0, -10.0), (0.123456789, 1e-7))
    assert di.starts_text(starts[:2]) == "-3, 4; 100, -10"
    assert di.parse_starts(di.starts_text(starts)) == starts
