"""Several gradient descents racing on one f, without Qt (Book 4.4.1 compares lr = 0.1, 10 and 1e-10).

Up to four runs: one start with several learning rates, or one learning rate from several starts. Each
run is a :class:`DescentRun` from ``gradient_model.run_descent`` with its colour, its label and its own
verdict. Also here: typed start points (checked, with a message saying what is wrong), the view that
follows a far start, and presets that restore a whole setting (function, start, learning rate, steps).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Callable

import numpy as np

from app.expression import parse_expression
from app.tabs import gradient_model as gm
from app.tabs.gradient_field import BOUNDS, Func2, view_exit
from app.tabs.gradient_model import QT_TRANSLATE_NOOP

MAX_RACERS = 4
COLOURS = ("#1f4e9c", "#c62828", "#2e7d32", "#8e24aa")  # blue, red, green, purple: apart in print too
# Farther than this, h = 1e-4 is lost in the rounding of f (for f ~ x**2 the central difference keeps
# fewer than 7 digits), and the view would have to span millions of units: refuse rather than mislead.
START_LIMIT = 1e6
VIEW_MARGIN = 0.1  # fraction of the view's width left around the starts

Point = tuple[float, float]


@dataclass(frozen=True)
class Preset:
    """A complete setting: f, the start(s), the learning rate(s) and the steps. One start with several
    rates is a race of rates; several starts with one rate a race of starts."""

    label: str  # translated by the tab (context "GradientTab")
    expression: str
    starts: tuple[Point, ...]
    learning_rates: tuple[float, ...]
    steps: int


BOOK = gm.BOOK_FUNCTION
PRESETS = (
    Preset(QT_TRANSLATE_NOOP("GradientTab", "Book 4.4.1: lr = 0.1 from (-3, 4), 100 steps"),
           BOOK, (gm.BOOK_START,), (0.1,), 100),
    Preset(QT_TRANSLATE_NOOP("GradientTab", "Book 4.4.1: lr = 10, too large"), BOOK, (gm.BOOK_START,), (10.0,), 100),
    Preset(QT_TRANSLATE_NOOP("GradientTab", "Book 4.4.1: lr = 1e-10, too small"),
           BOOK, (gm.BOOK_START,), (1e-10,), 100),
    Preset(QT_TRANSLATE_NOOP("GradientTab", "Book 4.4.1: lr = 0.1, 10, 1e-10 and the default 0.01 racing"),
           BOOK, (gm.BOOK_START,), gm.BOOK_LEARNING_RATES + (0.01,), 100),
    Preset(QT_TRANSLATE_NOOP("GradientTab", "Notes: (x0-2)² + 4(x1-3)² from (100, -10), lr = 0.01, 1000 steps"),
           "(x0-2)**2 + 4*(x1-3)**2", ((100.0, -10.0),), (0.01,), 1000),
)

RATE_LABEL = QT_TRANSLATE_NOOP("GradientTab", "lr = {lr:g}")
START_LABEL = QT_TRANSLATE_NOOP("GradientTab", "from ({x0:g}, {x1:g})")
OUTCOME_NAMES = {
    gm.CONVERGED: QT_TRANSLATE_NOOP("GradientTab", "converged"),
    gm.DESCENDING: QT_TRANSLATE_NOOP("GradientTab", "still descending"),
    gm.BARELY_MOVED: QT_TRANSLATE_NOOP("GradientTab", "barely moved"),
    gm.DIVERGED: QT_TRANSLATE_NOOP("GradientTab", "diverged"),
    gm.OVERSHOOTING: QT_TRANSLATE_NOOP("GradientTab", "overshooting"),
    gm.UNDEFINED: QT_TRANSLATE_NOOP("GradientTab", "undefined"),
}
CSV_HEADER = ("run", "learning_rate", "step", "x0", "x1", "f", "df/dx0", "df/dx1", "grad_norm", "diverged",
              "stalled")


# -- typed start points ------------------------------------------------------------------------------------
def parse_coordinate(text: str, name: str = "x0") -> float:
    """A typed coordinate as a float; ``ValueError`` with a readable message if it is not usable."""
    stripped = str(text).strip()
    if not stripped:
        raise ValueError(f"{name} is empty: type a number such as -3 or 1e2")
    try:
        value = float(stripped)
    except ValueError:
        raise ValueError(f"{name} must be a number such as -3 or 1e2, not {stripped!r}") from None
    return check_coordinate(value, name)


def check_coordinate(value: float, name: str = "x0") -> float:
    """``value`` if finite and within ``START_LIMIT``, else ``ValueError`` saying why."""
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, not {value}")
    if abs(value) > START_LIMIT:
        raise ValueError(f"|{name}| must be at most {START_LIMIT:g} (farther, the numerical gradient with "
                         f"h = 1e-4 loses its digits), not {value:g}")
    return value


def parse_start(text: str) -> Point:
    """A start typed as ``-3, 4``, ``(-3, 4)`` or ``-3 4``; ``ValueError`` with a message if bad."""
    parts = str(text).strip().strip("()[]").replace(",", " ").split()
    if len(parts) != 2:
        raise ValueError(f"type the start as two numbers x0, x1 such as -3, 4, not {str(text).strip()!r}")
    return parse_coordinate(parts[0], "x0"), parse_coordinate(parts[1], "x1")


# -- the view ----------------------------------------------------------------------------------------------
def view_bounds(points, base=BOUNDS) -> tuple[float, float, float, float]:
    """A square view containing ``base`` (where the book's minima are) and every finite point of ``points``
    (the starts, the ends of runs that did not diverge), with a margin; capped near ``START_LIMIT``."""
    pts = np.array([p for p in points if np.isfinite(p).all()], dtype=np.float64).reshape(-1, 2)
    pts = np.clip(np.vstack([pts, [[base[0], base[2]], [base[1], base[3]]]]), -START_LIMIT, START_LIMIT)
    (low0, low1), (high0, high1) = pts.min(axis=0), pts.max(axis=0)
    if (low0, high0, low1, high1) == tuple(base):
        return tuple(float(b) for b in base)
    half = max(high0 - low0, high1 - low1) * (0.5 + VIEW_MARGIN)
    centre0, centre1 = (low0 + high0) / 2, (low1 + high1) / 2
    return (float(centre0 - half), float(centre0 + half), float(centre1 - half), float(centre1 + half))


# -- the race ----------------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class Racer:
    """One run of the race: where it started, its learning rate, its colour and the path it took."""

    run: gm.DescentRun
    colour: str
    by_rate: bool  # labelled by its learning rate (a race of rates) or by its start

    def label(self, translate: Callable[[str], str] = str) -> str:
        if self.by_rate:
            return translate(RATE_LABEL).format(lr=self.run.learning_rate)
        return translate(START_LABEL).format(x0=self.run.start[0], x1=self.run.start[1])

    def outcome_name(self, translate: Callable[[str], str] = str) -> str:
        return translate(OUTCOME_NAMES[self.run.outcome])

    def verdict(self, bounds=BOUNDS, translate: Callable[[str], str] = str) -> str:
        """The whole run's verdict (``gradient_model.verdict`` at its last step), e.g. why it diverged."""
        return gm.verdict(self.run, self.run.steps, view_exit(self.run.x, bounds), translate)

    def csv_rows(self, number: int) -> list[tuple]:
        """One row per step (no header): ``CSV_HEADER``'s columns, floats as ``repr`` (every digit)."""
        run = self.run
        return [(number, repr(run.learning_rate), step, repr(float(run.x[step, 0])), repr(float(run.x[step, 1])),
                 repr(float(run.value[step])), repr(float(run.grad[step, 0])), repr(float(run.grad[step, 1])),
                 repr(float(run.grad_norm[step])), int(run.diverged[step]), int(run.stalled[step]))
                for step in range(run.steps + 1)]


def entries_of(starts, learning_rates) -> tuple[tuple[Point, float], ...]:
    """(start, lr) per racer: one start with up to four rates, or up to four starts with one rate."""
    starts, rates = tuple(starts), tuple(learning_rates)
    if not starts or not rates:
        raise ValueError("a race needs at least one start and one learning rate")
    if len(starts) > 1 and len(rates) > 1:
        raise ValueError("race either several learning rates from one start or several starts at one rate")
    if max(len(starts), len(rates)) > MAX_RACERS:
        raise ValueError(f"at most {MAX_RACERS} descents can race at once")
    return tuple((start, rate) for start in starts for rate in rates)


class RaceModel:
    """The race's inputs and runs; every setter checks first and changes nothing on bad input.

    ``bounds`` (the view) follow the starts, the function and presets, but not a learning-rate change: a
    slider drag redraws the paths, never refits the map under them.
    """

    def __init__(self) -> None:
        self.expression = BOOK
        self.func: Func2 = lambda x0, x1: x0**2 + x1**2  # the book's function_2, what BOOK parses to
        self.starts: tuple[Point, ...] = (gm.BOOK_START,)
        self.learning_rates: tuple[float, ...] = (gm.BOOK_LEARNING_RATES[0],)
        self.steps = gm.DEFAULT_STEPS
        self.racers: tuple[Racer, ...] = ()
        self.bounds = BOUNDS
        self._run_all(self.func, self.starts, self.learning_rates, self.steps, refit=True)

    @property
    def by_rate(self) -> bool:
        return len(self.starts) == 1

    def set_expression(self, text: str) -> None:
        """Parse ``text`` as f(x0, x1) (``ExpressionError``, a ValueError, if bad) and rerun every racer."""
        self.set_function(parse_expression(text, ("x0", "x1")).func, text.strip())

    def set_function(self, func: Func2, text: str) -> None:
        self._run_all(func, self.starts, self.learning_rates, self.steps, refit=True)
        self.expression = text

    def set_start(self, x0: float, x1: float, index: int = 0) -> None:
        """Move start ``index`` (the only one in a race of rates); ``ValueError`` if not finite or too far."""
        start = (check_coordinate(x0, "x0"), check_coordinate(x1, "x1"))
        starts = list(self.starts)
        starts[index] = start
        self._run_all(self.func, tuple(starts), self.learning_rates, self.steps, refit=True)

    def set_start_text(self, text: str, index: int = 0) -> None:
        """A typed start (``-3, 4``); a bad text raises ``ValueError`` and the last start stays."""
        self.set_start(*parse_start(text), index=index)

    def set_learning_rate(self, lr: float, index: int = 0) -> None:
        """Change one rate (the slider's): only that racer is recomputed, the view stays."""
        rates = list(self.learning_rates)
        rates[index] = float(lr)
        if not self.by_rate:  # a race of starts shares its one rate: every racer changes
            self._run_all(self.func, self.starts, tuple(rates), self.steps, refit=False)
            return
        run = gm.run_descent(self.func, self.starts[0], rates[index], self.steps)  # raises before any change
        racers = list(self.racers)
        racers[index] = replace(racers[index], run=run)
        self.learning_rates, self.racers = tuple(rates), tuple(racers)

    def set_learning_rates(self, rates) -> None:
        """A race of rates (up to four) from the first start."""
        self._run_all(self.func, self.starts[:1], tuple(float(r) for r in rates), self.steps, refit=True)

    def set_starts(self, starts) -> None:
        """A race of starts (up to four) at the first learning rate."""
        checked = tuple((check_coordinate(a, "x0"), check_coordinate(b, "x1")) for a, b in starts)
        self._run_all(self.func, checked, self.learning_rates[:1], self.steps, refit=True)

    def set_steps(self, steps: int) -> None:
        self._run_all(self.func, self.starts, self.learning_rates, int(steps), refit=False)

    def apply_preset(self, preset: Preset) -> None:
        """Restore ``preset``'s whole setting: function, start(s), learning rate(s), steps."""
        func = parse_expression(preset.expression, ("x0", "x1")).func
        self._run_all(func, preset.starts, preset.learning_rates, preset.steps, refit=True)
        self.expression = preset.expression

    def csv_rows(self) -> list[tuple]:
        """Every racer's path, step by step, under one header (``CSV_HEADER``)."""
        rows: list[tuple] = [CSV_HEADER]
        for number, racer in enumerate(self.racers, start=1):
            rows.extend(racer.csv_rows(number))
        return rows

    def _run_all(self, func, starts, rates, steps, refit: bool) -> None:
        entries = entries_of(starts, rates)
        by_rate = len(starts) == 1
        try:
            runs = [gm.run_descent(func, start, lr, steps) for start, lr in entries]
        except (ArithmeticError, TypeError) as error:
            raise ValueError(f"f cannot be evaluated: {error}") from error
        # All checks passed: now change the state.
        self.func, self.starts, self.learning_rates, self.steps = func, tuple(starts), tuple(rates), steps
        self.racers = tuple(Racer(run, COLOURS[k], by_rate) for k, run in enumerate(runs))
        if refit:
            ends = [r.run.x[-1] for r in self.racers if not r.run.diverged.any()]
            self.bounds = view_bounds(list(self.starts) + ends)
