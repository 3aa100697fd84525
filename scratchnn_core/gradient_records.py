"""What a numerical gradient reports while it runs, and how it ends when stopped (Book 4.5.1).

Kept apart from ``networks`` so that the modules it imports (``structured_gradient``, ``weights_file``)
can name the parameters without importing it back.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PARAM_NAMES", "GradientCancelled", "GradientProgress"]

PARAM_NAMES = ("W1", "b1", "W2", "b2")


class GradientCancelled(Exception):
    """A numerical gradient was abandoned because its ``should_stop`` returned True."""


@dataclass(frozen=True)
class GradientProgress:
    """How far a numerical gradient has got: ``done`` of ``total`` parameters (Book 4.5.1)."""

    done: int
    total: int
