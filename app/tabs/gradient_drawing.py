"""The gradient tab's pictures: the map, the slices and the 3-D surface (one page each beside the map),
the racers' verdicts under them, all drawn from a :class:`~app.tabs.gradient_model.GradientModel`.

No decisions here: the tab changes the model and calls :meth:`GradientPicture.draw` (or one of its parts);
this puts the model's arrays into the widgets and the labels. Text comes from ``gradient_texts`` through
the tab's ``tr`` (context "GradientTab"). The surface is only redrawn while its page is shown.
"""
from __future__ import annotations

import html
import logging
from typing import Callable

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.tabs import descent_run as dn
from app.tabs import gradient_model as gm
from app.tabs import gradient_texts as tx
from app.tabs.gradient_field import path_in_view
from app.widgets.descent_map import DescentMap
from app.widgets.fit_scroll_area import FitScrollArea
from app.widgets.quiver import arrow_lengths
from app.widgets.slice_plots import SlicePlots
from app.widgets.surface_view import SurfaceView

_log = logging.getLogger(__name__)

SLICE_TEXTS = {gm.SLICE_AT_START: tx.SLICES_AT_START, gm.SLICE_AT_CURRENT: tx.SLICES_AT_CURRENT,
               gm.SLICE_AT_MOUSE: tx.SLICES_AT_MOUSE}

SURFACE_OFF = tx.QT_TRANSLATE_NOOP("GradientTab", "The 3-D view is off: {0}")
SURFACE_TITLE = tx.QT_TRANSLATE_NOOP("GradientTab", "3-D surface")
SLICES_TITLE = tx.QT_TRANSLATE_NOOP("GradientTab", "Slices: partial derivatives")
AXIS_COLOURS = ("#ef6c00", "#00838f")  # df/dx0 and df/dx1: the slice plots and the map's arrow parts


def add_surface_page(views: QTabWidget, translate: Callable[[str], str]) -> tuple[SurfaceView | None, str]:
    """Add the 3-D view to ``views``; where it cannot work (no graphics back end) a page that says why
    instead, so the app always starts. Returns the view (or None) and the reason it is off ("" if on)."""
    try:
        surface = SurfaceView()
    except Exception as error:  # noqa: BLE001 -- whatever a graphics back end raises, the app starts
        _log.warning("3-D view unavailable: %s", error)
        page = QLabel(translate(SURFACE_OFF).format(error))
        page.setWordWrap(True)
        views.addTab(page, translate(SURFACE_TITLE))
        return None, page.text()
    views.addTab(surface, translate(SURFACE_TITLE))
    return surface, ""


class GradientPicture:
    """The tab's pictures: ``map`` | ``views`` (``slices``, ``surface``) above ``verdicts``, in ``content``.
    ``surface`` is None (and ``surface_error`` says why) where the 3-D view is unavailable."""

    def __init__(self, panel, translate: Callable[[str], str]) -> None:
        self.panel, self.tr = panel, translate
        self.map, self.slices, self.views = DescentMap(AXIS_COLOURS), SlicePlots(AXIS_COLOURS), QTabWidget()
        self.views.addTab(self.slices, translate(SLICES_TITLE))
        self.surface, self.surface_error = add_surface_page(self.views, translate)
        self.verdicts = QLabel()
        self.verdicts.setWordWrap(True)
        self.verdicts.setTextFormat(Qt.TextFormat.RichText)
        self.verdicts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdicts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        pictures = QSplitter(Qt.Orientation.Horizontal)
        pictures.addWidget(self.map)
        pictures.addWidget(self.views)
        pictures.setSizes([600, 400])  # proportions: the map gets the larger part
        # Long verdicts scroll instead of squeezing the map and the slices below their minimum height.
        self.verdict_area = FitScrollArea(self.verdicts, 0.3, keep=pictures)
        self.content = QWidget()
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(pictures, stretch=1)
        column.addWidget(self.verdict_area)
        self._drawn_view = None  # the FieldView on the map
        self._surface_view = None  # ... and on the surface
        self._slices_key = None  # what the slices show now

    def draw(self, model: gm.GradientModel, *, playing: bool, pending, can_run: bool) -> None:
        """Everything that depends on the model; the field only when it changed."""
        if model.view is not self._drawn_view:
            self.draw_field(model)
        paths = [(path_in_view(model.shown_path(k)[0], model.bounds), racer.colour, racer.label(self.tr))
                 for k, racer in enumerate(model.racers)]
        self.map.set_paths(paths)
        currents = model.current_points()
        crossings = model.crossings()  # once a frame: the exit markers and the verdicts both need them
        self.map.set_markers(model.starts, path_in_view(currents[:, :2], model.bounds),
                             [r.colour for r in model.racers], [c[1] for c in crossings if c is not None])
        self.draw_point(model)
        self.draw_surface(model)
        self.draw_racers(model, crossings)
        self.draw_controls(model, playing=playing, pending=pending, can_run=can_run)

    def draw_field(self, model: gm.GradientModel) -> None:
        """Heat map, contours and arrows: once per function or view."""
        view, bounds = model.view, model.bounds
        quiver = view.quiver
        lengths = arrow_lengths(quiver.magnitude, 0.85 * quiver.spacing)[:, None]
        self.map.set_field(view.field.values, view.field.value_range, bounds, view.contours.x, view.contours.y,
                           quiver.points - 0.5 * quiver.direction * lengths, quiver.direction * lengths)
        self.map.set_view(bounds)
        self._drawn_view = view

    def draw_point(self, model: gm.GradientModel) -> None:
        """The slices through the selected point, the gradient arrow there and the readout."""
        kind, point = model.selected_point()
        result = model.partials()
        key = (model.view, model.func, kind, point, model.shown if kind == gm.SLICE_AT_CURRENT else None)
        if key == self._slices_key:  # a rate change with the slices at the start: nothing to repaint there
            pass
        elif result is None:
            self.slices.clear(self.tr(tx.NO_SLICES).format(*point))
            self.map.set_gradient(point, (np.nan, np.nan))
        else:
            step = model.shown
            self.slices.set_slices(self.tr(SLICE_TEXTS[kind]).format(*point, step), result.x0, result.x1)
            self.map.set_gradient(point, result.gradient, probe=kind == gm.SLICE_AT_MOUSE)
        self._slices_key = key
        run, shown = model.racers[0].run, model.shown
        lines = [self.tr(tx.READOUT).format(shown, run.steps, *run.x[shown], run.value[shown], run.grad_norm[shown])]
        if result is not None:
            lines.append(self.tr(tx.GRADIENT_AT).format(*point, result.vector_text()))
        self.panel.readout_label.setText("\n".join(lines))

    def draw_surface(self, model: gm.GradientModel) -> None:
        """The 3-D view, linked to the map: same f, same shown paths, same current points."""
        if self.surface is None or self.views.currentWidget() is not self.surface:
            return
        if model.view is not self._surface_view:
            field = model.field
            self.surface.set_surface(field.values, model.bounds, field.x0, field.x1)
            self._surface_view = model.view
        self.surface.set_paths([(*model.shown_path(k), racer.colour) for k, racer in enumerate(model.racers)])
        self.surface.set_current(model.current_points(), [r.colour for r in model.racers])

    def draw_racers(self, model: gm.GradientModel, crossings) -> None:
        """Each racer's colour, label and verdict (progress while the animation runs); ``crossings`` are
        ``model.crossings()``."""
        blocks = [html.escape(self.tr(tx.WAITING))] if 0 == model.shown < model.steps else []
        for racer, crossing in zip(model.racers, crossings):
            head = f"<span style='color:{racer.colour}'>■</span> <b>{html.escape(racer.label(self.tr))}</b>"
            if model.at_end:
                head += f" <b>· {html.escape(racer.outcome_name(self.tr))}</b>"
            text = "" if model.shown == 0 < model.steps else dn.verdict(racer.run, model.shown, crossing, self.tr)
            blocks.append(head + (f"<br>{html.escape(text)}" if text else ""))
        self.verdicts.setText("<p>" + "</p><p>".join(blocks) + "</p>")
        self.verdict_area.updateGeometry()

    def draw_controls(self, model: gm.GradientModel, *, playing: bool, pending, can_run: bool) -> None:
        """Buttons on or off, and the line saying why they are off (``can_run`` False: a typed input is
        refused) or how far a long computation is."""
        self.panel.set_buttons(playing=playing, can_run=can_run, computing=pending is not None,
                               at_end=model.at_end)
        if not can_run:
            self.panel.set_blocked(self.tr(tx.BLOCKED), error=True)
        elif pending is not None:
            self.panel.set_blocked(self.tr(tx.COMPUTING).format(pending.cost, round(100 * pending.progress)), False)
        else:
            self.panel.set_blocked("", False)
