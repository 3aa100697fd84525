"""The gradient tab's typed inputs, checked (no Qt): start points, learning rates, step counts.

Every check either returns the value or raises :class:`~app.tabs.gradient_texts.DescentInputError` saying
what is wrong and what would be right, so the tab can refuse the input, keep the last good setting and
show why (translated). Several starts or several learning rates typed at once make a race (up to four).
"""
from __future__ import annotations

import math
import re

from app.tabs import gradient_texts as tx
from app.tabs.gradient_texts import DescentInputError

MAX_RACERS = 4
MAX_STEPS = 5000  # said next to the steps box; runs longer than a few hundred steps are computed in slices
# Farther than this, h = 1e-4 is lost in the rounding of f (for f ~ x**2 the central difference keeps
# fewer than 7 digits), and the view would have to span millions of units: refuse rather than mislead.
START_LIMIT = 1e6

Point = tuple[float, float]
_SEPARATORS = re.compile(r"[\s,]+")


def parse_coordinate(text: str, name: str = "x0") -> float:
    """A typed coordinate as a float; ``DescentInputError`` with a readable message if it is not usable."""
    stripped = str(text).strip()
    if not stripped:
        raise DescentInputError(tx.COORDINATE_EMPTY, name=name)
    try:
        value = float(stripped)
    except ValueError:
        raise DescentInputError(tx.COORDINATE_NOT_A_NUMBER, name=name, text=stripped) from None
    return check_coordinate(value, name)


def check_coordinate(value: float, name: str = "x0") -> float:
    """``value`` if finite and within ``START_LIMIT``, else ``DescentInputError`` saying why."""
    value = float(value)
    if not math.isfinite(value):
        raise DescentInputError(tx.COORDINATE_NOT_FINITE, name=name, text=f"{value}")
    if abs(value) > START_LIMIT:
        raise DescentInputError(tx.COORDINATE_TOO_FAR, name=name, limit=START_LIMIT, text=f"{value:g}")
    return value


def parse_start(text: str) -> Point:
    """A start typed as ``-3, 4``, ``(-3, 4)`` or ``-3 4``."""
    parts = [p for p in _SEPARATORS.split(str(text).strip().strip("()[]")) if p]
    if len(parts) != 2:
        raise DescentInputError(tx.START_FORMAT, text=str(text).strip())
    return parse_coordinate(parts[0], "x0"), parse_coordinate(parts[1], "x1")


def parse_starts(text: str) -> tuple[Point, ...]:
    """One start, or up to four separated by ``;`` (``-3, 4; 4, 3``): a race of starts."""
    pieces = [piece for piece in str(text).split(";") if piece.strip()] or [""]
    if len(pieces) > MAX_RACERS:
        raise DescentInputError(tx.TOO_MANY_RACERS, limit=MAX_RACERS, count=len(pieces))
    return tuple(parse_start(piece) for piece in pieces)


def check_learning_rate(lr: float) -> float:
    """``lr`` if positive and finite, else ``DescentInputError``."""
    lr = float(lr)
    if math.isnan(lr) or math.isinf(lr):
        raise DescentInputError(tx.RATE_NOT_FINITE, text=f"{lr}")
    if lr <= 0:
        raise DescentInputError(tx.RATE_NOT_POSITIVE, text=f"{lr:g}")
    return lr


def parse_rates(text: str) -> tuple[float, ...]:
    """One learning rate, or up to four separated by commas or spaces (``0.1, 10, 1e-10``): a race of rates.

    ``1e309`` reads as infinity in Python and is refused as not finite, never used as the previous rate.
    """
    parts = [p for p in _SEPARATORS.split(str(text).strip()) if p]
    if not parts:
        raise DescentInputError(tx.RATE_EMPTY)
    if len(parts) > MAX_RACERS:
        raise DescentInputError(tx.TOO_MANY_RACERS, limit=MAX_RACERS, count=len(parts))
    rates = []
    for part in parts:
        try:
            value = float(part)
        except ValueError:
            raise DescentInputError(tx.RATE_NOT_A_NUMBER, text=part) from None
        rates.append(check_learning_rate(value))
    return tuple(rates)


def check_steps(steps) -> int:
    """``steps`` as an int from 0 to ``MAX_STEPS``, else ``DescentInputError``."""
    try:
        count = int(steps)
        whole = count == float(steps)
    except (TypeError, ValueError, OverflowError):
        whole = False
    if not whole or not 0 <= count <= MAX_STEPS:
        raise DescentInputError(tx.STEPS_OUT_OF_RANGE, limit=MAX_STEPS, text=str(steps))
    return count


def entries_of(starts, learning_rates) -> tuple[tuple[Point, float], ...]:
    """(start, lr) per racer: one start with up to four rates, or up to four starts with one rate."""
    starts, rates = tuple(starts), tuple(learning_rates)
    if not starts or not rates:
        raise DescentInputError(tx.START_FORMAT, text="") if rates else DescentInputError(tx.RATE_EMPTY)
    if len(starts) > 1 and len(rates) > 1:
        raise DescentInputError(tx.BOTH_RACES)
    if max(len(starts), len(rates)) > MAX_RACERS:
        raise DescentInputError(tx.TOO_MANY_RACERS, limit=MAX_RACERS, count=max(len(starts), len(rates)))
    return tuple((start, rate) for start in starts for rate in rates)


def number_text(value: float) -> str:
    """A number as short as it reads back exactly: ``0.1``, ``1e-10``, ``0.0123456789``."""
    short = f"{value:g}"
    return short if float(short) == value else repr(float(value))


def starts_text(starts) -> str:
    """Starts as the start field shows them: ``-3, 4`` or ``-3, 4; 4, 3``."""
    return "; ".join(f"{number_text(a)}, {number_text(b)}" for a, b in starts)


def rates_text(rates) -> str:
    """Learning rates as the rate field shows them: ``0.1`` or ``0.1, 10, 1e-10``."""
    return ", ".join(number_text(r) for r in rates)
