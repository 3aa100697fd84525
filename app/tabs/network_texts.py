"""What the network tab says, as translatable templates, and the checks that produce its error messages.

No Qt here: ``QT_TRANSLATE_NOOP`` only marks the texts for lupdate (context "NetworkTab"); the tab passes
them through ``self.tr`` and ``.format``. A refused input raises ``NetworkInputError``, an
:class:`app.texts.TranslatableError` in that context: ``str()`` is English, the tab shows it translated.
"""
from __future__ import annotations

import numpy as np

from app.texts import QT_TRANSLATE_NOOP, TranslatableError

MAX_ABS = 1e6  # typed weights and inputs: beyond this, x W could overflow and the loss would be NaN


# What "Gradient step" and "Train" descend, by NetworkModel.objective.
OBJECTIVE_LABELS = {"batch": QT_TRANSLATE_NOOP("NetworkTab", "Toy batch: mean cross-entropy of 45 points"),
                    "sample": QT_TRANSLATE_NOOP("NetworkTab", "One sample: the book's x and t")}
LAMBDA_NOTE = QT_TRANSLATE_NOOP(
    "NetworkTab", "The lambda ignores its argument w: numerical_gradient changes net.W itself, one entry at a "
    "time, and net.loss(x, t) reads net.W.")
DELTA_NOTE = QT_TRANSLATE_NOOP(
    "NetworkTab", "Largest difference {difference:.1e}: the book's loss adds δ = 1e-7 inside the log and "
    "x^T(y − t) is the slope without it; the central difference itself is off by only {rest:.1e}.")
NUDGE_READING = QT_TRANSLATE_NOOP(
    "NetworkTab", "Raising {name} by h = {h:g} changed the loss by {actual:.6g}; dW·h predicts {predicted:.6g}.")
# Error templates: a NetworkInputError's English text is template.format(**fields); the tab translates them.
NOT_A_NUMBER = QT_TRANSLATE_NOOP("NetworkTab", "{name} must be a number, not “{text}”.")
NOT_FINITE = QT_TRANSLATE_NOOP("NetworkTab", "{name} must be a finite number, not {text}.")
NO_SUCH_WEIGHT = QT_TRANSLATE_NOOP("NetworkTab", "W is 2×3: there is no weight at row {row}, column {col}.")
BAD_SHAPE = QT_TRANSLATE_NOOP("NetworkTab", "W must be 2×3 numbers, not an array of shape {shape}.")
BAD_CLASS = QT_TRANSLATE_NOOP("NetworkTab", "The true class must be 0, 1 or 2, not “{text}”.")
BAD_LR = QT_TRANSLATE_NOOP("NetworkTab", "The learning rate must be a number above 0 and at most {max:g}, "
                                         "not “{text}”.")
TOO_LARGE = QT_TRANSLATE_NOOP("NetworkTab", "{name} must lie between −{max:g} and {max:g}, not {text}.")
BAD_H = QT_TRANSLATE_NOOP("NetworkTab", "h must be a finite number other than 0, not “{text}”.")
STEP_TOO_LARGE = QT_TRANSLATE_NOOP(
    "NetworkTab", "This step would move a weight beyond ±{max:g}: lower the learning rate.")


class NetworkInputError(TranslatableError):
    """A refused input of the network tab (its templates are marked in the tab's context)."""

    context = "NetworkTab"


def plus_one(index):
    """A 1-based row or column for a message (the index as given if it is not a number)."""
    return index + 1 if isinstance(index, (int, np.integer)) else index


def weight_name(i: int, j: int) -> str:
    """The book's name of ``W[i, j]``: w11 .. w23 (row, column, from 1)."""
    return f"w{i + 1}{j + 1}"


def number(value, name: str) -> float:
    """``value`` (a number or typed text) as a float within +-MAX_ABS, or ``NetworkInputError``."""
    try:
        number = float(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise NetworkInputError(NOT_A_NUMBER, name=name, text=str(value)) from None
    if not np.isfinite(number):
        raise NetworkInputError(NOT_FINITE, name=name, text=str(value))
    if abs(number) > MAX_ABS:
        raise NetworkInputError(TOO_LARGE, name=name, max=MAX_ABS, text=str(value))
    return number


def nudge_h(value) -> float:
    """``value`` (a number or typed text) as the h of a nudge: within +-MAX_ABS and not 0, or
    ``NetworkInputError``. The one rule for h: the field checks each keystroke, the model each nudge and
    the tab a stored h (:func:`is_nudge_h`) with it."""
    h = number(value, "h")
    if h == 0.0:
        raise NetworkInputError(BAD_H, text=str(value))
    return h


def is_nudge_h(value) -> bool:
    """Whether :func:`nudge_h` takes ``value``."""
    try:
        nudge_h(value)
    except NetworkInputError:
        return False
    return True
