"""The gradient tab's state, without Qt: the function, the start, the learning rate and the descent path.

Book 4.4: the gradient points where f grows fastest, so the book walks down it with
``x <- x - lr * grad`` (Figure 4-10). The heavy lifting is the core's ``descent_steps``; this module keeps
the run, steps through it for the animation and gives an honest verdict on it (converged, still
descending, barely moved, diverged). What is drawn around the path is in ``gradient_field``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from app.expression import parse_expression
from app.tabs.gradient_field import (BOUNDS, H, Func2, column_function, compute_field, compute_quiver, evaluate,
                                     view_exit)
from scratchnn_core import descent_steps

BOOK_FUNCTION = "x0**2 + x1**2"  # the book's function_2
BOOK_START = (-3.0, 4.0)
BOOK_LEARNING_RATES = (0.1, 10.0, 1e-10)  # just right, too large, too small (Book 4.4.1)
DEFAULT_STEPS = 100
MAX_STEPS = 5000  # every step is four calls of f on the GUI thread: keep a run well under a second

CONVERGED, DESCENDING, BARELY_MOVED, DIVERGED, OVERSHOOTING, UNDEFINED = (
    "converged", "descending", "barely moved", "diverged", "overshooting", "undefined")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 -- the marker lupdate looks for
    """Mark ``text`` for translation without importing Qt (the tab translates it when shown)."""
    return text


PRESETS = ((QT_TRANSLATE_NOOP("GradientTab", "Book: x0² + x1²"), BOOK_FUNCTION),
           (QT_TRANSLATE_NOOP("GradientTab", "Shifted bowl, minimum at (2, 3)"), "(x0-2)**2 + 4*(x1-3)**2"),
           (QT_TRANSLATE_NOOP("GradientTab", "Saddle"), "x0**2 - x1**2"),
           (QT_TRANSLATE_NOOP("GradientTab", "Narrow valley"), "0.05*x0**2 + 5*x1**2"),
           (QT_TRANSLATE_NOOP("GradientTab", "Book ch. 6: x0²/20 + x1²"), "x0**2/20 + x1**2"))
CONVERGED_GRAD_RATIO = 1e-3  # |grad| fell a thousandfold (or to ~0): we are at a stationary point
BARELY_MOVED_RATIO = 1e-4  # moved less than this fraction of the start's scale: invisible on the plot


@dataclass(frozen=True, eq=False)
class DescentRun:
    """The whole descent path from the core's ``descent_steps`` and what it amounts to (Book 4.4.1).

    Arrays have one row per step (step 0 is the start). ``outcome`` is one of ``CONVERGED`` (|grad| became
    tiny), ``DESCENDING`` (f fell but the gradient is not yet tiny), ``BARELY_MOVED`` (the learning rate is
    too small to see any change), ``DIVERGED`` (x ran away; see ``first_diverged``), ``OVERSHOOTING``
    (f did not fall, but x stayed bounded) or ``UNDEFINED`` (f is not finite at the start).
    ``first_stalled`` is the first step whose numerical gradient was exactly zero only because ``x +- h``
    rounds to ``x`` (why the book's lr=10 run looks as if it stopped).
    """

    start: tuple[float, float]
    learning_rate: float
    x: np.ndarray  # (n + 1, 2)
    value: np.ndarray
    grad_norm: np.ndarray
    diverged: np.ndarray  # bool per step
    stalled: np.ndarray
    outcome: str
    near_saddle: bool  # converged to a point where f is lower close by: a saddle, not a minimum
    grad: np.ndarray  # (n + 1, 2): (df/dx0, df/dx1) per step, the core's DescentStep.grad

    @property
    def steps(self) -> int:
        """Number of updates (the path has ``steps + 1`` points)."""
        return len(self.x) - 1

    @property
    def first_diverged(self) -> int | None:
        return _first(self.diverged)

    @property
    def first_stalled(self) -> int | None:
        return _first(self.stalled)

    def facts(self) -> dict:
        """The numbers a verdict quotes, by name (for the tab's translated sentences)."""
        stall = self.first_stalled if self.first_stalled is not None else self.steps
        with np.errstate(all="ignore"):
            size = float(np.max(np.abs(self.x[stall])))
        return dict(lr=self.learning_rate, steps=self.steps, x0=self.x[-1, 0], x1=self.x[-1, 1],
                    f=self.value[-1], g=self.grad_norm[-1], f0=self.value[0], g0=self.grad_norm[0],
                    moved=self.distance_moved, diverged_at=self.first_diverged, stalled_at=self.first_stalled,
                    stall_x0=self.x[stall, 0], stall_x1=self.x[stall, 1], stall_f=self.value[stall],
                    stall_size=size)

    @property
    def distance_moved(self) -> float:
        """Straight-line distance from the start to the last point (inf if the path blew up)."""
        with np.errstate(all="ignore"):
            return float(np.linalg.norm(self.x[-1] - self.x[0]))


def _first(flags: np.ndarray) -> int | None:
    hits = np.flatnonzero(flags)
    return int(hits[0]) if hits.size else None


def run_descent(func: Func2, start, learning_rate: float, steps: int) -> DescentRun:
    """Run ``descent_steps`` to the end (cheap: 4 calls of f per step) and classify the result."""
    if not (np.isfinite(learning_rate) and learning_rate > 0):
        raise ValueError(f"the learning rate must be a positive number, got {learning_rate}")
    if not 0 <= steps <= MAX_STEPS:
        raise ValueError(f"the number of steps must be between 0 and {MAX_STEPS}, got {steps}")
    records = list(descent_steps(column_function(func), np.asarray(start, dtype=np.float64),
                                 learning_rate, steps, H))
    x = np.array([r.x for r in records])
    value = np.array([r.value for r in records])
    grad_norm = np.array([r.grad_norm for r in records])
    diverged = np.array([r.diverged for r in records])
    stalled = np.array([r.stalled for r in records])
    grad = np.array([r.grad for r in records])
    outcome = classify(x, value, grad_norm, diverged)
    near_saddle = outcome == CONVERGED and _lower_nearby(func, x[-1], value[-1])
    return DescentRun((float(start[0]), float(start[1])), float(learning_rate), x, value, grad_norm,
                      diverged, stalled, outcome, near_saddle, grad)


def classify(x, value, grad_norm, diverged) -> str:
    """Name what a path did; divergence first, because a diverged run can *look* converged (|grad| = 0)."""
    if not np.isfinite(value[0]):  # log(x0) started at x0 < 0, say: nothing to descend
        return UNDEFINED
    if diverged.any():
        return DIVERGED
    if grad_norm[-1] <= max(CONVERGED_GRAD_RATIO * grad_norm[0], 1e-12):
        return CONVERGED
    scale = max(float(np.max(np.abs(x[0]))), 1.0)
    if np.linalg.norm(x - x[0], axis=1).max() <= BARELY_MOVED_RATIO * scale:  # the farthest, not the last
        return BARELY_MOVED
    return DESCENDING if value[-1] < value[0] else OVERSHOOTING


def _lower_nearby(func: Func2, point: np.ndarray, value: float, radius: float = 1e-2) -> bool:
    """True if f is clearly lower at one of 8 points around ``point``: a zero gradient at a saddle."""
    angles = np.linspace(0.0, 2 * np.pi, 8, endpoint=False)
    around = evaluate(func, point[0] + radius * np.cos(angles), point[1] + radius * np.sin(angles))
    return bool(np.any(around < value - 1e-9 * max(1.0, abs(value))))


class GradientModel:
    """The tab's state without Qt: f, start, learning rate, steps; the field, quiver and path they give;
    and an animation cursor ``shown`` (the step the view is showing, 0 .. ``run.steps``).

    Every setter validates first and changes nothing on bad input, so the last good picture stays.
    """

    def __init__(self) -> None:
        self.expression = BOOK_FUNCTION
        self.func: Func2 = lambda x0, x1: x0**2 + x1**2  # the book's function_2, what BOOK_FUNCTION parses to
        self.start = BOOK_START
        self.learning_rate = BOOK_LEARNING_RATES[0]
        self.steps = DEFAULT_STEPS
        self.bounds = BOUNDS
        self.shown = 0
        self.set_function(self.func, BOOK_FUNCTION)

    # -- inputs -----------------------------------------------------------------------------------------
    def set_expression(self, text: str) -> None:
        """Parse ``text`` as f(x0, x1) and recompute everything; ``ExpressionError`` (a ValueError) if bad."""
        parsed = parse_expression(text, ("x0", "x1"))
        self.set_function(parsed.func, text.strip())

    def set_function(self, func: Func2, text: str) -> None:
        """Use ``func`` (vectorised f(x0, x1)); ``ValueError`` if it cannot be evaluated on the grid."""
        try:
            field = compute_field(func, self.bounds)
            quiver = compute_quiver(func, self.bounds)
            run = run_descent(func, self.start, self.learning_rate, self.steps)
        except (ArithmeticError, TypeError, ValueError) as error:
            raise ValueError(f"f cannot be evaluated: {error}") from error
        self.func, self.expression = func, text
        self.field, self.quiver, self.run = field, quiver, run
        self.shown = 0

    def set_start(self, x0: float, x1: float) -> None:
        """Start the descent at (x0, x1); ``ValueError`` if not finite."""
        start = (float(x0), float(x1))
        if not np.isfinite(start).all():
            raise ValueError(f"the start point must be finite, got {start}")
        self._rerun(start=start)

    def set_learning_rate(self, lr: float) -> None:
        """``ValueError`` unless ``lr`` is a positive finite number."""
        self._rerun(learning_rate=float(lr))

    def set_steps(self, steps: int) -> None:
        """``ValueError`` unless 0 <= ``steps`` <= ``MAX_STEPS``."""
        self._rerun(steps=int(steps))

    def _rerun(self, **change) -> None:
        params = dict(start=self.start, learning_rate=self.learning_rate, steps=self.steps) | change
        self.run = run_descent(self.func, **params)  # raises before anything changes
        self.start, self.learning_rate, self.steps = params["start"], params["learning_rate"], params["steps"]
        self.shown = 0

    # -- animation cursor -------------------------------------------------------------------------------
    @property
    def at_end(self) -> bool:
        return self.shown >= self.run.steps

    def advance(self, count: int = 1) -> bool:
        """Show ``count`` more steps (stopping at the last); True if the cursor moved."""
        before = self.shown
        self.shown = min(self.shown + count, self.run.steps)
        return self.shown != before

    def rewind(self) -> None:
        self.shown = 0

    def finish(self) -> str:
        """Jump to the last step and return the run's outcome."""
        self.shown = self.run.steps
        return self.run.outcome

    def exit_shown(self) -> tuple[int, np.ndarray] | None:
        """Where the shown part of the path left the plotted area, if it did."""
        exit_ = view_exit(self.run.x[: self.shown + 1], self.bounds)
        return exit_

    def csv_rows(self) -> list[tuple]:
        """The whole computed path as a table: header, then step, x0, x1, f, |grad|, diverged, stalled."""
        run = self.run
        rows: list[tuple] = [("step", "x0", "x1", "f", "grad_norm", "diverged", "stalled")]
        for step in range(run.steps + 1):
            rows.append((step, repr(float(run.x[step, 0])), repr(float(run.x[step, 1])),
                         repr(float(run.value[step])), repr(float(run.grad_norm[step])),
                         int(run.diverged[step]), int(run.stalled[step])))
        return rows


# -- what the tab says about a run (templates filled from DescentRun.facts()) ------------------------------
# lupdate needs the context as a literal, hence "GradientTab" (the tab's tr context) written out each time.
VERDICTS = {
    UNDEFINED: QT_TRANSLATE_NOOP(
        "GradientTab", "f(x) is not a number at the start point ({f0}): pick another start."),
    DIVERGED: QT_TRANSLATE_NOOP(
        "GradientTab", "Diverged: the learning rate {lr:g} is too large. Each step overshoots the minimum and "
        "lands farther away; by step {diverged_at} |x| was over a million times its start."),
    CONVERGED: QT_TRANSLATE_NOOP(
        "GradientTab", "Converged after {steps} steps to x = ({x0:.3g}, {x1:.3g}), f(x) = {f:.3g}: |grad| fell "
        "from {g0:.3g} to {g:.2g}, "),
    BARELY_MOVED: QT_TRANSLATE_NOOP(
        "GradientTab", "Barely moved: with learning rate {lr:g} the point moved only {moved:.2g} in {steps} steps "
        "(x = ({x0:.9g}, {x1:.9g})). The learning rate is too small."),
    DESCENDING: QT_TRANSLATE_NOOP(
        "GradientTab", "Still descending: f fell from {f0:.4g} to {f:.4g} in {steps} steps and |grad| = {g:.2g} "
        "is not yet near 0. "),
    OVERSHOOTING: QT_TRANSLATE_NOOP(
        "GradientTab", "Not converging: f went from {f0:.4g} to {f:.4g}; the steps overshoot the minimum. "
        "Try a smaller learning rate."),
}
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
LEFT_VIEW = QT_TRANSLATE_NOOP(
    "GradientTab", "The path left the plotted area at step {0}; the red × marks where it crossed the edge "
    "(the view does not zoom out to follow it).")
WAITING = QT_TRANSLATE_NOOP(
    "GradientTab", "Press Play or Step to walk downhill: x ← x − lr · grad f(x) (Book 4.4.1).")
DIVERGING = QT_TRANSLATE_NOOP("GradientTab", "Diverging: each step lands farther away.")
MOVING = QT_TRANSLATE_NOOP("GradientTab", "Descending…")


def verdict(run: DescentRun, shown: int, exit_=None, translate: Callable[[str], str] = str) -> str:
    """What to tell the user with ``shown`` steps on screen: progress, or at the last step the outcome.

    ``exit_`` is :func:`view_exit` of the shown path; ``translate`` is the tab's ``tr``.
    """
    if shown < run.steps:
        text = translate(WAITING if shown == 0 else DIVERGING if run.diverged[shown] else MOVING)
    else:
        facts = run.facts()
        text = translate(VERDICTS[run.outcome]).format(**facts)
        if run.outcome == DIVERGED and run.first_stalled is not None:
            text += " " + translate(STALLED).format(**facts)
        elif run.outcome == CONVERGED:
            text += translate(SADDLE if run.near_saddle else MINIMUM)
        elif run.outcome == DESCENDING:
            text += translate(STEEPER if run.grad_norm[-1] > run.grad_norm[0] else CLOSER).format(**facts)
    if exit_ is not None:
        text += " " + translate(LEFT_VIEW).format(exit_[0])
    return text
