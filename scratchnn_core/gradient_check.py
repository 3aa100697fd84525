"""The book's gradient check, three ways: the book's numerical loop, the structured one and backprop
(Book 5.7.3, gradient_check.py; Book 4.5.1).

The book checks backprop on ``x_train[:3]`` by the mean absolute difference from the numerical
gradient, parameter by parameter ("W1:4.4e-10 b1:..."). ``gradient_check_steps`` computes all three
gradients of one network on one mini-batch, in float64, timing each, and returns a
:class:`GradientCheck` with the mean and largest absolute difference of every pair per parameter.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from .gradient_records import PARAM_NAMES
from .steps import run_to_end, stoppable

__all__ = ["METHODS", "PAIRS", "CheckProgress", "Difference", "GradientCheck", "gradient_check_steps",
           "gradient_check"]

#: In the order they run: the quick ones first, so a stopped check still compares them.
METHODS = ("backprop", "structured", "book")
#: The pairs compared (first against second); the book's check is the first.
PAIRS = (("backprop", "book"), ("backprop", "structured"), ("structured", "book"))
_BACKPROP_TIMING_S = 0.02  # backprop takes microseconds: repeated for this long to time it


@dataclass(frozen=True)
class CheckProgress:
    """``method``'s gradient has ``done`` of ``total`` parameters (backprop: 0 or all)."""

    method: str
    done: int
    total: int


@dataclass(frozen=True)
class Difference:
    """``mean_abs`` (the book's ``np.average(np.abs(a - b))``) and ``max_abs`` of one parameter's gradients."""

    first: str
    second: str
    parameter: str
    mean_abs: float
    max_abs: float


@dataclass(frozen=True)
class GradientCheck:
    """Times (seconds, per method that ran) and the differences of every pair that ran."""

    images: int
    seconds: tuple[tuple[str, float], ...]
    differences: tuple[Difference, ...]

    @property
    def complete(self) -> bool:
        """True when all three methods ran (a stop during the book's loop leaves it out)."""
        return len(self.seconds) == len(METHODS)

    def seconds_of(self, method: str) -> float | None:
        return dict(self.seconds).get(method)

    def ratio(self, slow: str, fast: str) -> float | None:
        """How many times longer ``slow`` took than ``fast`` (None unless both ran)."""
        a, b = self.seconds_of(slow), self.seconds_of(fast)
        return None if a is None or b is None else a / b

    def difference(self, first: str, second: str, parameter: str) -> Difference | None:
        return next((d for d in self.differences
                     if (d.first, d.second, d.parameter) == (first, second, parameter)), None)

    def max_abs_diff(self, first: str, second: str) -> float | None:
        """The largest absolute difference over all parameters of a pair (None unless both ran)."""
        values = [d.max_abs for d in self.differences if (d.first, d.second) == (first, second)]
        return max(values) if values else None


def _timed(steps, method, clock):
    """Drive a ``GradientProgress`` generator, passing its progress on as ``CheckProgress``; return
    ``(gradient, seconds)``, counting only the time it ran, not the time spent at a yield."""
    running = 0.0
    while True:
        started = clock()
        try:
            report = next(steps)
        except StopIteration as stop:
            return stop.value, running + clock() - started
        running += clock() - started
        yield CheckProgress(method, report.done, report.total)


def _backprop(network, x, t, clock):
    """Backprop's gradient and its time per call, the fastest of a few rounds over ~20 ms."""
    grad = network.gradient(x, t)
    best, spent, calls = float("inf"), 0.0, 1
    while spent < _BACKPROP_TIMING_S:
        started = clock()
        for _ in range(calls):
            network.gradient(x, t)
        elapsed = clock() - started
        best, spent, calls = min(best, elapsed / calls), spent + elapsed, calls * 2
    return grad, best


def gradient_check_steps(network, x, t, *, should_stop=None, clock=time.perf_counter):
    """Compare backprop, the structured and the book's numerical gradient on ``x``, ``t`` (Book 5.7.3).

    Parameters
    ----------
    network : TwoLayerNet
        Its parameters are copied to float64 first (so all three compute in float64, as the book
        does, and a training that goes on meanwhile changes nothing here); it is never modified.
    x, t : array_like
        The mini-batch (the book uses ``x_train[:3]``) with labels or one-hot targets.
    should_stop : callable or None
        Polled at every progress report; when true, the methods not yet run are left out.

    Yields
    ------
    CheckProgress
        ``(method, done, total)``: one when each method starts, then about every 20 ms.

    Returns
    -------
    GradientCheck
        As ``StopIteration.value``; ``complete`` is False when it was stopped.
    """
    net = network.copy(np.float64)
    x = np.asarray(x, dtype=np.float64)
    x = x.reshape(1, -1) if x.ndim == 1 else x
    total = sum(p.size for p in net.params.values())
    grads, seconds = {}, []
    for method in METHODS:
        if should_stop is not None and should_stop():
            break
        yield CheckProgress(method, 0, total)
        if method == "backprop":
            grads[method], spent = _backprop(net, x, t, clock)
        else:
            steps = _timed(stoppable(net.numerical_gradient_steps(x, t, method=method), should_stop),
                           method, clock)
            grads[method], spent = yield from steps
            if grads[method] is None:  # stopped inside it
                break
        seconds.append((method, spent))
    differences = tuple(
        Difference(first, second, key, float(np.mean(np.abs(grads[first][key] - grads[second][key]))),
                   float(np.max(np.abs(grads[first][key] - grads[second][key]))))
        for first, second in PAIRS if first in dict(seconds) and second in dict(seconds)
        for key in PARAM_NAMES)
    return GradientCheck(len(x), tuple(seconds), differences)


def gradient_check(network, x, t):
    """:func:`gradient_check_steps` run to the end: the :class:`GradientCheck`."""
    return run_to_end(gradient_check_steps(network, x, t))
