"""Running the core's generators to their end (long work here yields its progress; see STYLE.md).

``numerical_gradient``, ``train``, ``evaluate`` and ``gradient_check`` are each a generator of the same
work driven to the end; :func:`run_to_end` is that loop, written once. :func:`stoppable` passes a
generator's yields on until a Stop (the training inside a numerical gradient, the gradient check, the
app's evaluation job).
"""
from __future__ import annotations

__all__ = ["run_to_end", "stoppable"]


def run_to_end(steps, each=None):
    """Drive the generator ``steps`` to its end and return its value (``StopIteration.value``).

    ``each(value)``, if given, is called with every value it yields. If ``each`` raises (a stop), the
    generator is closed first, so it can put back what it changed, and the exception passes on.
    """
    while True:
        try:
            value = next(steps)
        except StopIteration as stop:
            return stop.value
        if each is not None:
            try:
                each(value)
            except BaseException:
                steps.close()
                raise


def stoppable(steps, should_stop, between=None):
    """Pass the yields of ``steps`` on until ``should_stop()`` (polled after each, if not None) is true:
    then ``steps`` is closed (it puts back what it changed) and ``None`` returned instead of its value
    (``value = yield from stoppable(steps, should_stop)``). Polled when the receiver comes back from a
    yield, so a Stop pressed during a Pause ends the work before any more of it is done.

    ``between()``, if given, is called after each of those yields and the values it returns are passed on
    too (the training loop's epoch records that arrived during a long numerical gradient). Closing this
    generator closes ``steps`` at once."""
    try:
        while True:
            try:
                value = next(steps)
            except StopIteration as stop:
                return stop.value
            yield value
            if should_stop is not None and should_stop():
                return None  # the finally closes steps
            if between is not None:
                yield from between()
    finally:
        steps.close()  # a no-op once steps has ended
