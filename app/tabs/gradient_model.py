"""The gradient tab's state, without Qt: the race of descents plus what the map, the slices and the
animation show (Book 4.3.3, 4.4).

:class:`GradientModel` is a :class:`~app.tabs.descent_race.RaceModel` (f, starts, learning rates, steps,
up to four racing runs) that also keeps, for the current view, f sampled for the heat map with its contour
lines and the -grad f arrows (``gradient_field``, ``contour_lines``: computed once per function or view),
the animation cursor ``shown`` and the point whose slices are shown (``slices``).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.tabs.contour_lines import ContourLines, field_contours
from app.tabs.descent_race import RaceModel, RaceUpdate
from app.tabs.gradient_field import Field, Quiver, compute_field, compute_quiver, view_exit
from app.tabs.slices import Partials, partials

SLICE_AT_START, SLICE_AT_CURRENT, SLICE_AT_MOUSE = "start", "current", "mouse"


@dataclass(frozen=True, eq=False)
class FieldView:
    """What the map draws under the paths for one f and one view: heat map, contour lines, arrows."""

    field: Field
    quiver: Quiver
    contours: ContourLines


def compute_view(func, bounds) -> FieldView:
    """f on a 200 x 200 grid, its 12 contour lines and 18 x 18 arrows of -grad f over ``bounds``."""
    field = compute_field(func, bounds)
    return FieldView(field, compute_quiver(func, bounds), field_contours(field))


class GradientModel(RaceModel):
    """The race, the view it is drawn in, the animation cursor and the slices' point.

    A finished change shows the whole path (``shown`` = ``steps``): a learning-rate drag shows where each
    rate ends at once; Play rewinds and walks it step by step.
    """

    def __init__(self) -> None:
        self.view: FieldView | None = None
        self.shown = 0
        self.slice_at = SLICE_AT_START
        self.probe: tuple[float, float] | None = None  # where the mouse rests on the map, if it does
        super().__init__()

    @property
    def field(self) -> Field:
        return self.view.field

    @property
    def quiver(self) -> Quiver:
        return self.view.quiver

    @property
    def contours(self) -> ContourLines:
        return self.view.contours

    def _commit(self, update: RaceUpdate, runs, bounds=None) -> None:
        bounds = self.fitted_bounds(update, runs)
        view = self.view
        if view is None or update.func is not self.func or bounds != self.bounds:
            view = compute_view(update.func, bounds)  # may raise: nothing has changed yet
        super()._commit(update, runs, bounds)
        self.view = view
        self.shown = self.steps

    # -- animation cursor ---------------------------------------------------------------------------------
    @property
    def at_end(self) -> bool:
        return self.shown >= self.steps

    def advance(self, count: int = 1) -> bool:
        """Show ``count`` more steps (stopping at the last); True if the cursor moved."""
        before = self.shown
        self.shown = min(self.shown + count, self.steps)
        return self.shown != before

    def rewind(self) -> None:
        self.shown = 0

    def finish(self) -> str:
        """Jump to the last step and return the first racer's outcome ("converged", "diverged", ...)."""
        self.shown = self.steps
        return self.racers[0].run.outcome

    def shown_path(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Racer ``index``'s path up to the shown step: points (n, 2) and f at them (n,)."""
        run = self.racers[index].run
        return run.x[: self.shown + 1], run.value[: self.shown + 1]

    def current_points(self) -> np.ndarray:
        """(racers, 3): x0, x1 and f where each racer is at the shown step."""
        return np.array([np.r_[r.run.x[self.shown], r.run.value[self.shown]] for r in self.racers])

    def crossings(self) -> list:
        """Per racer, where its shown path left the view: ``(step, point)`` (``view_exit``), or None."""
        return [view_exit(self.shown_path(k)[0], self.bounds) for k in range(len(self.racers))]

    # -- the slices' point (Book 4.3.3) ---------------------------------------------------------------------
    def set_slice_at(self, where: str) -> None:
        """Show the slices at the first racer's ``"start"`` or its ``"current"`` point."""
        if where not in (SLICE_AT_START, SLICE_AT_CURRENT):
            raise ValueError(f"slices are shown at 'start' or 'current', not {where!r}")
        self.slice_at = where

    def set_probe(self, point) -> None:
        """Where the mouse rests on the map (it wins over ``slice_at``); None when it has left."""
        self.probe = None if point is None else (float(point[0]), float(point[1]))

    def selected_point(self) -> tuple[str, tuple[float, float]]:
        """Which point the slices are at (``"mouse"``, ``"start"`` or ``"current"``) and its coordinates."""
        if self.probe is not None:
            return SLICE_AT_MOUSE, self.probe
        if self.slice_at == SLICE_AT_CURRENT:
            x = self.racers[0].run.x[self.shown]
            return SLICE_AT_CURRENT, (float(x[0]), float(x[1]))
        return SLICE_AT_START, self.starts[0]

    def partials(self) -> Partials | None:
        """Both slices through the selected point and their slopes; None where the point is not finite (a
        diverged path's current point)."""
        _kind, point = self.selected_point()
        if not np.isfinite(point).all():
            return None
        return partials(self.func, point, self.bounds)
