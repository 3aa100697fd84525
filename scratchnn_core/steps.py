"""Running the core's generators to their end (long work here yields its progress; see STYLE.md).

``numerical_gradient``, ``train``, ``evaluate`` and ``gradient_check`` are each a generator of the same
work driven to the end; :func:`run_to_end` is that loop, written once.
"""
from __future__ import annotations

__all__ = ["run_to_end"]


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
