"""What the gradient tab says, as translatable templates (context "GradientTab"), and its input error.

No Qt here: ``QT_TRANSLATE_NOOP`` only marks a text for lupdate; the tab passes it through ``self.tr`` and
``.format``. A refused input raises :class:`DescentInputError`, an :class:`app.texts.TranslatableError` in
that context: ``str()`` is the English sentence, the tab shows it translated.
"""
from __future__ import annotations

from app.texts import QT_TRANSLATE_NOOP, TranslatableError


class DescentInputError(TranslatableError):
    """A refused input of the gradient tab (its templates are marked in the tab's context)."""

    context = "GradientTab"


# -- typed inputs --------------------------------------------------------------------------------------------
# lupdate needs the context as a literal, hence "GradientTab" (the tab's tr context) written out each time.
COORDINATE_EMPTY = QT_TRANSLATE_NOOP("GradientTab", "{name} is empty: type a number such as -3 or 1e2")
COORDINATE_NOT_A_NUMBER = QT_TRANSLATE_NOOP("GradientTab", "{name} must be a number such as -3 or 1e2, not “{text}”")
COORDINATE_NOT_FINITE = QT_TRANSLATE_NOOP("GradientTab", "{name} must be a finite number, not {text}")
COORDINATE_TOO_FAR = QT_TRANSLATE_NOOP(
    "GradientTab", "|{name}| must be at most {limit:g} (farther, the numerical gradient with h = 1e-4 loses "
    "its digits), not {text}")
START_FORMAT = QT_TRANSLATE_NOOP(
    "GradientTab", "Type the start as two numbers x0, x1 such as -3, 4 (several starts, separated by “;”, "
    "race each other), not “{text}”")
RATE_EMPTY = QT_TRANSLATE_NOOP(
    "GradientTab", "The learning rate is empty: type a number such as 0.1 (several, separated by commas, race "
    "each other)")
RATE_NOT_A_NUMBER = QT_TRANSLATE_NOOP("GradientTab", "The learning rate must be a number such as 0.1, not “{text}”")
RATE_NOT_POSITIVE = QT_TRANSLATE_NOOP(
    "GradientTab", "The learning rate must be a positive number, not {text}: x ← x − lr · grad would stand "
    "still or walk uphill")
RATE_NOT_FINITE = QT_TRANSLATE_NOOP("GradientTab", "The learning rate must be a finite number, not {text}")
STEPS_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "GradientTab", "The number of steps must be a whole number from 0 to {limit}, not {text}")
TOO_MANY_RACERS = QT_TRANSLATE_NOOP("GradientTab", "At most {limit} descents can race at once, not {count}")
BOTH_RACES = QT_TRANSLATE_NOOP(
    "GradientTab", "Race either several learning rates from one start or several starts at one learning rate, "
    "not both")
CANNOT_EVALUATE = QT_TRANSLATE_NOOP("GradientTab", "f cannot be evaluated: {error}")

# -- verdicts (filled from DescentRun.facts()) ----------------------------------------------------------------
UNDEFINED_TEXT = QT_TRANSLATE_NOOP(
    "GradientTab", "f(x) is not a number at the start point ({f0}): pick another start.")
DIVERGED_TEXT = QT_TRANSLATE_NOOP(
    "GradientTab", "Diverged: the learning rate {lr:g} is too large. Each step overshoots the minimum and "
    "lands farther away; by step {diverged_at} |x| was over a million times its start.")
CONVERGED_TEXT = QT_TRANSLATE_NOOP(
    "GradientTab", "Converged after {steps} steps to x = ({x0:.3g}, {x1:.3g}), f(x) = {f:.3g}: |grad| fell "
    "from {g0:.3g} to {g:.2g}, ")
BARELY_MOVED_TEXT = QT_TRANSLATE_NOOP(
    "GradientTab", "Barely moved: with learning rate {lr:g} the point moved only {moved:.2g} in {steps} steps "
    "(x = ({x0:.9g}, {x1:.9g})). The learning rate is too small.")
DESCENDING_TEXT = QT_TRANSLATE_NOOP(
    "GradientTab", "Still descending: f fell from {f0:.4g} to {f:.4g} in {steps} steps and |grad| = {g:.2g} "
    "is not yet near 0. ")
OVERSHOOTING_TEXT = QT_TRANSLATE_NOOP(
    "GradientTab", "Not converging: f went from {f0:.4g} to {f:.4g}; the steps overshoot the minimum. "
    "Try a smaller learning rate.")
STALLED = QT_TRANSLATE_NOOP(
    "GradientTab", "From step {stalled_at} the path seems to stop at x = ({stall_x0:.3g}, {stall_x1:.3g}), but "
    "only because the numerical gradient became 0: x ± h rounds to x (h = 1e-4 is smaller than the gap between "
    "floating-point numbers near {stall_size:.1e}). It did not converge: f = {stall_f:.3g}.")
CLOSER = QT_TRANSLATE_NOOP(
    "GradientTab", "More steps or a larger learning rate would get closer to the minimum.")
STEEPER = QT_TRANSLATE_NOOP(
    "GradientTab", "The slope got steeper on the way ({g0:.3g} at the start): f may have no minimum in this "
    "direction, as beside a saddle point.")
SADDLE = QT_TRANSLATE_NOOP("GradientTab", "but f is lower close by: this is a saddle point, not a minimum.")
MINIMUM = QT_TRANSLATE_NOOP("GradientTab", "and f is higher all around: a minimum.")
FLAT = QT_TRANSLATE_NOOP("GradientTab", "but f is flat here, the same all around: there is no minimum, and "
                                        "nothing to descend.")
LEFT_VIEW = QT_TRANSLATE_NOOP(
    "GradientTab", "The path left the plotted area at step {0}; the red × marks where it crossed the edge "
    "(the view does not zoom out to follow it).")
WAITING = QT_TRANSLATE_NOOP(
    "GradientTab", "Press Play or Step to walk downhill: x ← x − lr · grad f(x) (Book 4.4.1).")
DIVERGING = QT_TRANSLATE_NOOP("GradientTab", "Diverging: each step lands farther away.")
MOVING = QT_TRANSLATE_NOOP("GradientTab", "Descending…")

# -- racers ---------------------------------------------------------------------------------------------------
RATE_LABEL = QT_TRANSLATE_NOOP("GradientTab", "lr = {lr:g}")
START_LABEL = QT_TRANSLATE_NOOP("GradientTab", "from ({x0:g}, {x1:g})")
CONVERGED_NAME = QT_TRANSLATE_NOOP("GradientTab", "converged")
DESCENDING_NAME = QT_TRANSLATE_NOOP("GradientTab", "still descending")
BARELY_MOVED_NAME = QT_TRANSLATE_NOOP("GradientTab", "barely moved")
DIVERGED_NAME = QT_TRANSLATE_NOOP("GradientTab", "diverged")
STALLED_NAME = QT_TRANSLATE_NOOP("GradientTab", "diverged, then stalled")
OVERSHOOTING_NAME = QT_TRANSLATE_NOOP("GradientTab", "overshooting")
UNDEFINED_NAME = QT_TRANSLATE_NOOP("GradientTab", "undefined")

# -- the readout and the panel ----------------------------------------------------------------------------------
READOUT = QT_TRANSLATE_NOOP("GradientTab", "step {0} of {1}\nx = ({2:.9g}, {3:.9g})\nf(x) = {4:.9g}\n"
                                           "|grad| = {5:.4g}")
GRADIENT_AT = QT_TRANSLATE_NOOP("GradientTab", "grad f at ({0:.6g}, {1:.6g}) = {2}: the black arrow on the map")
SLICES_AT_START = QT_TRANSLATE_NOOP("GradientTab", "Slices through the start ({0:.6g}, {1:.6g})")
SLICES_AT_CURRENT = QT_TRANSLATE_NOOP("GradientTab", "Slices through the current point ({0:.6g}, {1:.6g}), "
                                                     "step {2}")
SLICES_AT_MOUSE = QT_TRANSLATE_NOOP("GradientTab", "Slices through the mouse position ({0:.6g}, {1:.6g})")
NO_SLICES = QT_TRANSLATE_NOOP("GradientTab", "No slices at ({0}, {1}): not a finite point (the path ran away, "
                                             "or f was not defined where it started).")
BLOCKED = QT_TRANSLATE_NOOP(
    "GradientTab", "Play, Step and Run to end are off until the field marked in red is corrected; the map "
    "shows the last valid setting.")
COMPUTING = QT_TRANSLATE_NOOP("GradientTab", "Computing {0} steps… {1}%")
