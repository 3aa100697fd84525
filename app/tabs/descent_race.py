"""Several gradient descents racing on one f, without Qt (Book 4.4.1 compares lr = 0.1, 10 and 1e-10).

Up to four runs: one start with several learning rates, or one learning rate from several starts. Each
run is a :class:`~app.tabs.descent_run.DescentRun` with its colour, its label and its outcome. Also
here: the view that follows a far start, presets that restore a whole setting (function, start, learning
rate, steps), and :class:`RaceUpdate`, a checked change computed a piece at a time.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Callable

import numpy as np

from app.expression import parse_expression
from app.tabs import descent_run as dn
from app.tabs import gradient_texts as tx
from app.tabs.descent_inputs import (MAX_RACERS, START_LIMIT, Point, check_coordinate, check_steps, entries_of,
                                     parse_rates, parse_starts)
from app.tabs.gradient_field import BOUNDS, Func2, evaluate
from app.tabs.gradient_texts import DescentInputError
from app.texts import QT_TRANSLATE_NOOP

COLOURS = ("#1f4e9c", "#c62828", "#2e7d32", "#8e24aa")[:MAX_RACERS]  # blue, red, green, purple
VIEW_MARGIN = 0.1  # fraction of the view's width left around the starts
VARIABLES = ("x0", "x1")


@dataclass(frozen=True)
class Preset:
    """A complete setting: f, the start(s), the learning rate(s) and the steps. One start with several
    rates is a race of rates; several starts with one rate a race of starts."""

    label: str  # translated by the tab (context "GradientTab")
    expression: str
    starts: tuple[Point, ...]
    learning_rates: tuple[float, ...]
    steps: int


BOOK = dn.BOOK_FUNCTION
PRESETS = (
    Preset(QT_TRANSLATE_NOOP("GradientTab", "Book 4.4.1: lr = 0.1 from (-3, 4), 100 steps"),
           BOOK, (dn.BOOK_START,), (0.1,), 100),
    Preset(QT_TRANSLATE_NOOP("GradientTab", "Book 4.4.1: lr = 10, too large"), BOOK, (dn.BOOK_START,), (10.0,), 100),
    Preset(QT_TRANSLATE_NOOP("GradientTab", "Book 4.4.1: lr = 1e-10, too small"),
           BOOK, (dn.BOOK_START,), (1e-10,), 100),
    Preset(QT_TRANSLATE_NOOP("GradientTab", "Book 4.4.1: lr = 0.1, 10, 1e-10 and the default 0.01 racing"),
           BOOK, (dn.BOOK_START,), dn.BOOK_LEARNING_RATES + (0.01,), 100),
    Preset(QT_TRANSLATE_NOOP("GradientTab", "Notes: (x0-2)² + 4(x1-3)² from (100, -10), lr = 0.01, 1000 steps"),
           "(x0-2)**2 + 4*(x1-3)**2", ((100.0, -10.0),), (0.01,), 1000),
    Preset(QT_TRANSLATE_NOOP("GradientTab", "Saddle x0² − x1²: from (-3, 0) it stops, from (-3, 0.5) it slides off"),
           "x0**2 - x1**2", ((-3.0, 0.0), (-3.0, 0.5)), (0.1,), 50),
    Preset(QT_TRANSLATE_NOOP("GradientTab", "Narrow valley 0.05x0² + 5x1²: lr = 0.05, 0.19 and 0.21 racing"),
           "0.05*x0**2 + 5*x1**2", ((-4.5, 1.0),), (0.05, 0.19, 0.21), 100),
    Preset(QT_TRANSLATE_NOOP("GradientTab", "Book 6.1: x0²/20 + x1² from (-7, 2), lr = 0.95, 30 steps (zigzag)"),
           "x0**2/20 + x1**2", ((-7.0, 2.0),), (0.95,), 30),
)
CSV_HEADER = ("run", "learning_rate", "step", "x0", "x1", "f", "df/dx0", "df/dx1", "grad_norm", "diverged",
              "stalled")


def view_bounds(points, base=BOUNDS) -> tuple[float, float, float, float]:
    """A square view containing ``base`` (where the book's minima are) and every finite point of ``points``
    (the starts, the minima the runs found), with a margin; capped near ``START_LIMIT``."""
    pts = np.array([p for p in points if np.isfinite(p).all()], dtype=np.float64).reshape(-1, 2)
    pts = np.clip(np.vstack([pts, [[base[0], base[2]], [base[1], base[3]]]]), -START_LIMIT, START_LIMIT)
    (low0, low1), (high0, high1) = pts.min(axis=0), pts.max(axis=0)
    if (low0, high0, low1, high1) == tuple(base):
        return tuple(float(b) for b in base)
    half = max(high0 - low0, high1 - low1) * (0.5 + VIEW_MARGIN)
    centre0, centre1 = (low0 + high0) / 2, (low1 + high1) / 2
    return (float(centre0 - half), float(centre0 + half), float(centre1 - half), float(centre1 + half))


@dataclass(frozen=True, eq=False)
class Racer:
    """One run of the race: where it started, its learning rate, its colour and the path it took."""

    run: dn.DescentRun
    colour: str
    by_rate: bool  # labelled by its learning rate (a race of rates) or by its start

    def label(self, translate: Callable[[str], str] = str) -> str:
        if self.by_rate:
            return translate(tx.RATE_LABEL).format(lr=self.run.learning_rate)
        return translate(tx.START_LABEL).format(x0=self.run.start[0], x1=self.run.start[1])

    def outcome_name(self, translate: Callable[[str], str] = str) -> str:
        return dn.outcome_name(self.run, translate)

    def csv_rows(self, number: int) -> list[tuple]:
        """One row per step (no header): ``CSV_HEADER``'s columns, floats as ``repr`` (every digit)."""
        run = self.run
        return [(number, repr(run.learning_rate), step, repr(float(run.x[step, 0])), repr(float(run.x[step, 1])),
                 repr(float(run.value[step])), repr(float(run.grad[step, 0])), repr(float(run.grad[step, 1])),
                 repr(float(run.grad_norm[step])), int(run.diverged[step]), int(run.stalled[step]))
                for step in range(run.steps + 1)]


class RaceUpdate:
    """A checked change of a :class:`RaceModel`'s inputs, computed a piece at a time by :meth:`advance`.

    Everything is checked when it is made (``DescentInputError``, ``ExpressionError``: both ValueErrors);
    the model changes only when the last piece is done, so a half-computed race is never shown. Runs the
    model already has (same f, start, rate and steps) are reused: a slider move reruns one racer.
    """

    def __init__(self, model: RaceModel, func: Func2, expression: str, starts, rates, steps: int) -> None:
        entries, steps = entries_of(starts, rates), check_steps(steps)
        self.model, self.func, self.expression = model, func, expression
        self.starts, self.learning_rates = tuple(starts), tuple(rates)
        self.refit = func is not model.func or self.starts != model.starts or not model.racers
        known = {(r.run.start, r.run.learning_rate, r.run.steps): r.run for r in model.racers
                 if func is model.func}
        pieces, self.cost = [], 0
        for start, lr in entries:
            run = known.get((start, lr, steps))
            pieces.append(run if run is not None else dn.descent_run_steps(func, start, lr, steps))
            self.cost += 0 if run is not None else steps
        self.steps = steps
        if func is not model.func:
            _check_function(func, self.starts)
        self.done_steps, self.finished = 0, False
        self._work = self._compute(pieces)

    @property
    def progress(self) -> float:
        """Fraction of the new steps computed so far."""
        return self.done_steps / self.cost if self.cost else 1.0

    def advance(self, budget_s: float = math.inf) -> bool:
        """Compute for about ``budget_s`` seconds; True once finished and applied to the model.

        ``ValueError`` if f fails on the way (the model keeps its last race)."""
        deadline = time.perf_counter() + budget_s
        try:
            while not self.finished:
                next(self._work)
                if time.perf_counter() >= deadline:
                    return False
        except StopIteration as stop:
            self.model._commit(self, stop.value)
            self.finished = True
        except (ArithmeticError, TypeError) as error:
            raise DescentInputError(tx.CANNOT_EVALUATE, error=error) from error
        return True

    def finish(self) -> None:
        self.advance()

    def _compute(self, pieces):
        runs = []
        for piece in pieces:
            if isinstance(piece, dn.DescentRun):
                runs.append(piece)
                continue
            before = self.done_steps
            while True:
                try:
                    self.done_steps = before + next(piece)
                except StopIteration as stop:
                    runs.append(stop.value)
                    break
                yield
            self.done_steps = before + runs[-1].steps
        return tuple(runs)


def _check_function(func: Func2, starts) -> None:
    """f must give numbers for arrays (a typed function always does); ``DescentInputError`` otherwise."""
    points = np.array(starts, dtype=np.float64)
    try:
        evaluate(func, points[:, 0], points[:, 1])
    except (ArithmeticError, TypeError, ValueError) as error:
        raise DescentInputError(tx.CANNOT_EVALUATE, error=error) from error


class RaceModel:
    """The race's inputs and runs; every change is checked first and changes nothing on bad input.

    Every change is a :meth:`plan`: a :class:`RaceUpdate` that the tab computes in slices (``finish()``
    computes it at once). ``bounds`` (the view) follow the starts and the function, but not a
    learning-rate change: a slider drag redraws the paths, never refits the map under them.
    """

    def __init__(self) -> None:
        self.expression = BOOK
        self.func: Func2 = lambda x0, x1: x0**2 + x1**2  # the book's function_2, what BOOK parses to
        self.starts: tuple[Point, ...] = (dn.BOOK_START,)
        self.learning_rates: tuple[float, ...] = (dn.BOOK_LEARNING_RATES[0],)
        self.steps = dn.DEFAULT_STEPS
        self.racers: tuple[Racer, ...] = ()
        self.bounds = BOUNDS
        self.plan().finish()

    def plan(self, *, expression: str | None = None, starts=None, learning_rates=None, steps=None,
             base: RaceUpdate | None = None) -> RaceUpdate:
        """A checked change: what is not given stays as in ``base`` (a pending update) or the model.
        ``starts`` and ``learning_rates`` may be typed text (``"-3, 4; 4, 3"``, ``"0.1, 10"``)."""
        source = base if base is not None else self
        func, text = source.func, source.expression
        if expression is not None:
            func, text = parse_expression(expression, VARIABLES).func, expression.strip()
        if isinstance(learning_rates, str):
            learning_rates = parse_rates(learning_rates)
        if isinstance(starts, str):
            starts = parse_starts(starts)
        if starts is not None:
            starts = tuple((check_coordinate(a, "x0"), check_coordinate(b, "x1")) for a, b in starts)
        return RaceUpdate(self, func, text, source.starts if starts is None else starts,
                          source.learning_rates if learning_rates is None else tuple(map(float, learning_rates)),
                          source.steps if steps is None else steps)

    def plan_preset(self, preset: Preset) -> RaceUpdate:
        return self.plan(expression=preset.expression, starts=preset.starts, learning_rates=preset.learning_rates,
                         steps=preset.steps)

    def csv_rows(self) -> list[tuple]:
        """Every racer's path, step by step, under one header (``CSV_HEADER``)."""
        rows: list[tuple] = [CSV_HEADER]
        for number, racer in enumerate(self.racers, start=1):
            rows.extend(racer.csv_rows(number))
        return rows

    def fitted_bounds(self, update: RaceUpdate, runs) -> tuple[float, float, float, float]:
        """The view for ``runs``, refitted when f or the starts changed: the starts and the minima found
        (converged ends; a path sliding off a saddle or overshooting is not followed, it leaves the view)."""
        if not update.refit:
            return self.bounds
        return view_bounds(list(update.starts) + [run.x[-1] for run in runs if run.outcome == dn.CONVERGED])

    def _commit(self, update: RaceUpdate, runs, bounds=None) -> None:
        """Called by a finished ``update``: take its inputs and runs."""
        by_rate = len(update.starts) == 1
        self.bounds = self.fitted_bounds(update, runs) if bounds is None else bounds
        self.func, self.expression, self.starts = update.func, update.expression, update.starts
        self.learning_rates, self.steps = update.learning_rates, update.steps
        self.racers = tuple(Racer(run, COLOURS[k], by_rate) for k, run in enumerate(runs))
