"""What a numerical gradient reports while it runs, and how it ends when stopped (Book 4.5.1).

Kept apart from ``networks`` so that both of TwoLayerNet's numerical gradients (the book's loop in
``networks`` and the structured one in ``structured_gradient``) can share them without importing
each other.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PARAM_NAMES", "GradientCancelled", "GradientProgress", "report_or_cancel"]

PARAM_NAMES = ("W1", "b1", "W2", "b2")


class GradientCancelled(Exception):
    """A numerical gradient was abandoned because its ``should_stop`` returned True."""


@dataclass(frozen=True)
class GradientProgress:
    """How far a numerical gradient has got: ``done`` of ``total`` parameters (Book 4.5.1)."""

    done: int
    total: int


def report_or_cancel(progress, should_stop, done: int, total: int) -> None:
    """Pass ``(done, total)`` to ``progress`` (if given), then raise ``GradientCancelled`` if ``should_stop()``
    says so: what the callback forms of both numerical gradients do at each of their progress reports."""
    if progress is not None:
        progress(done, total)
    if should_stop is not None and should_stop():
        raise GradientCancelled("numerical gradient cancelled")
