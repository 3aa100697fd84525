"""run_to_end and stoppable: a core generator driven to its end or to a Stop, its yields passed on, closed when stopped."""
import pytest

from scratchnn_core import run_to_end, stoppable


def counting(log):
    try:
        for i in range(5):
            yield i
        return "done"
    finally:
        log.append("cleaned up")  # what a numerical gradient does: put the perturbed weight back


def test_returns_the_generators_value_and_passes_each_yield_on():
    log, seen = [], []
    assert run_to_end(counting(log), seen.append) == "done"
    assert seen == [0, 1, 2, 3, 4] and log == ["cleaned up"]
    assert run_to_end(counting([])) == "done"


def test_a_raising_receiver_closes_the_generator_first():
    log = []

    def stop_at_two(value):
        if value == 2:
            raise KeyboardInterrupt("stop")

    with pytest.raises(KeyboardInterrupt):
        run_to_end(counting(log), stop_at_two)
    assert log == ["cleaned up"]


def relay(steps, should_stop, seen):
    value = yield from stoppable(steps, should_stop)
    seen.append(("returned", value))


def test_stoppable_passes_every_yield_on_and_returns_the_value():
    seen = []
    assert list(relay(counting([]), lambda: False, seen)) == [0, 1, 2, 3, 4]
    assert seen == [("returned", "done")]
    assert list(relay(counting([]), None, seen)) == [0, 1, 2, 3, 4]


def test_stoppable_closes_the_generator_and_returns_none_on_a_stop():
    log, seen, polls = [], [], []

    def should_stop():
        polls.append(1)
        return len(polls) == 3  # polled after each yield: nothing is computed after the third

    assert list(relay(counting(log), should_stop, seen)) == [0, 1, 2]
    assert seen == [("returned", None)] and log == ["cleaned up"]


def test_closing_the_relay_closes_the_work_at_once():
    # A consumer that stops reading (the app's worker on quit) closes the outer generator: the numerical
    # gradient inside must put its weight back now, not whenever the garbage collector gets to it.
    log = []
    work = counting(log)  # still referenced here, as a caller's frame may hold it
    outer = stoppable(work, should_stop=None)
    assert next(outer) == 0
    outer.close()
    assert log == ["cleaned up"]


def test_between_passes_its_values_on_after_each_yield():
    values = list(stoppable(counting([]), None, between=lambda: ["between"]))
    assert values == [0, "between", 1, "between", 2, "between", 3, "between", 4, "between"]
