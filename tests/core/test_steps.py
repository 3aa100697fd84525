"""run_to_end: a core generator driven to its end, its yields passed on, closed when the receiver stops."""
import pytest

from scratchnn_core.steps import run_to_end


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
