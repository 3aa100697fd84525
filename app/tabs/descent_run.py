"""One gradient descent and what it amounts to, without Qt (Book 4.4.1, Figure 4-10).

The book walks down the gradient with ``x <- x - lr * grad``. The heavy lifting is the core's
``descent_steps``; this module keeps the whole path as arrays (:class:`DescentRun`), gives an honest
verdict on it (converged, still descending, barely moved, diverged, ...) and can compute it in pieces
(:func:`descent_run_steps`), so a 5000-step run never blocks the GUI in one go.
"""
from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass

import numpy as np

from app.tabs import gradient_texts as tx
from app.tabs.descent_inputs import check_learning_rate, check_steps
from app.tabs.gradient_field import H, Func2, column_function, evaluate
from scratchnn_core import descent_steps

BOOK_FUNCTION = "x0**2 + x1**2"  # the book's function_2
BOOK_START = (-3.0, 4.0)
BOOK_LEARNING_RATES = (0.1, 10.0, 1e-10)  # just right, too large, too small (Book 4.4.1)
DEFAULT_STEPS = 100
PIECE = 50  # steps between two yields of descent_run_steps (about 5 ms)

CONVERGED, DESCENDING, BARELY_MOVED, DIVERGED, OVERSHOOTING, UNDEFINED = (
    "converged", "descending", "barely moved", "diverged", "overshooting", "undefined")
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
    flat_around: bool = False  # converged where f is the same all around (a constant f): no minimum either

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


def descent_run_steps(func: Func2, start, learning_rate: float, steps: int,
                      piece: int = PIECE) -> Generator[int, None, DescentRun]:
    """The core's ``descent_steps`` collected into a :class:`DescentRun`, yielding the number of steps done
    every ``piece`` steps; the run is the generator's return value (``StopIteration.value``).

    The inputs are checked when this is called, before the first ``next``: ``DescentInputError``.
    """
    check_learning_rate(learning_rate)
    steps = check_steps(steps)
    return _collect(func, (float(start[0]), float(start[1])), float(learning_rate), steps, piece)


def _collect(func, start, learning_rate, steps, piece):
    records = []
    for record in descent_steps(column_function(func), np.asarray(start, dtype=np.float64), learning_rate,
                                steps, H):
        records.append(record)
        if record.step % piece == 0 and 0 < record.step < steps:
            yield record.step
    x = np.array([r.x for r in records])
    value = np.array([r.value for r in records])
    grad_norm = np.array([r.grad_norm for r in records])
    diverged = np.array([r.diverged for r in records])
    outcome = classify(x, value, grad_norm, diverged)
    lower, flat = _around(func, x[-1], value[-1]) if outcome == CONVERGED else (False, False)
    return DescentRun(start, learning_rate, x, value, grad_norm, diverged, np.array([r.stalled for r in records]),
                      outcome, lower, np.array([r.grad for r in records]), flat)


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


def _around(func: Func2, point: np.ndarray, value: float, radius: float = 1e-2) -> tuple[bool, bool]:
    """f at 8 points around ``point``: (clearly lower at one: a saddle; the same at all: flat, no minimum)."""
    angles = np.linspace(0.0, 2 * np.pi, 8, endpoint=False)
    around = evaluate(func, point[0] + radius * np.cos(angles), point[1] + radius * np.sin(angles))
    tolerance = 1e-9 * max(1.0, abs(value))
    return bool(np.any(around < value - tolerance)), bool(np.all(np.abs(around - value) <= tolerance))


# -- what the tab says about a run ----------------------------------------------------------------------------
VERDICTS = {UNDEFINED: tx.UNDEFINED_TEXT, DIVERGED: tx.DIVERGED_TEXT, CONVERGED: tx.CONVERGED_TEXT,
            BARELY_MOVED: tx.BARELY_MOVED_TEXT, DESCENDING: tx.DESCENDING_TEXT, OVERSHOOTING: tx.OVERSHOOTING_TEXT}
OUTCOME_NAMES = {CONVERGED: tx.CONVERGED_NAME, DESCENDING: tx.DESCENDING_NAME, BARELY_MOVED: tx.BARELY_MOVED_NAME,
                 DIVERGED: tx.DIVERGED_NAME, OVERSHOOTING: tx.OVERSHOOTING_NAME, UNDEFINED: tx.UNDEFINED_NAME}


def outcome_name(run: DescentRun, translate: Callable[[str], str] = str) -> str:
    """One or three words: "converged", "diverged, then stalled" (the book's lr = 10), ..."""
    if run.outcome == DIVERGED and run.first_stalled is not None:
        return translate(tx.STALLED_NAME)
    return translate(OUTCOME_NAMES[run.outcome])


def verdict(run: DescentRun, shown: int, exit_=None, translate: Callable[[str], str] = str) -> str:
    """What to tell the user with ``shown`` steps on screen: progress, or at the last step the outcome.

    ``exit_`` is ``gradient_field.view_exit`` of the shown path; ``translate`` is the tab's ``tr``.
    """
    if shown < run.steps:
        text = translate(tx.WAITING if shown == 0 else tx.DIVERGING if run.diverged[shown] else tx.MOVING)
    else:
        facts = run.facts()
        text = translate(VERDICTS[run.outcome]).format(**facts)
        if run.outcome == DIVERGED and run.first_stalled is not None:
            text += " " + translate(tx.STALLED).format(**facts)
        elif run.outcome == CONVERGED:
            text += translate(tx.SADDLE if run.near_saddle else tx.FLAT if run.flat_around else tx.MINIMUM)
        elif run.outcome == DESCENDING:
            text += translate(tx.STEEPER if run.grad_norm[-1] > run.grad_norm[0] else tx.CLOSER).format(**facts)
    if exit_ is not None:
        text += " " + translate(tx.LEFT_VIEW).format(exit_[0])
    return text
