"""How fast the gradient tab's parts redraw (issue 10); prints JSON. Offscreen, no tab needed.

    python benchmarks/gradient_tab.py [--runs 15]

- ``slider_move``: a learning-rate change as the slider emits it: ``RaceModel.set_learning_rate`` (100
  steps of ``descent_steps`` on the parsed book function), the verdict text, the clipped path into a
  ``PlotDataItem`` and a synchronous repaint of its plot. Target <= 30 ms.
- ``new_function``: a new f: ``compute_field`` (200 x 200) + ``compute_quiver`` + marching-squares contours
  into ONE ``PlotCurveItem`` + image + arrows, and a repaint. Target <= 150 ms. ``old_isocurves`` is the
  same field drawn with 12 ``IsocurveItem`` objects, as the tab does today (pyqtgraph's Python marching
  squares runs when they are painted).
- ``surface``: ``SurfaceView.set_surface`` from the 200 x 200 field, and one rotation with its repaint.

Times are in milliseconds: median and best of ``--runs``. The machine is shared: read the best as the
cost of the work, the median as what a learner might see on a busy machine.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGETS_MS = {"slider_move": 30.0, "new_function": 150.0}
FUNCTIONS = ("x0**2 + x1**2", "(x0-2)**2 + 4*(x1-3)**2", "sin(x0) * exp(0.3*x1)", "x0**2 - x1**2")


def timed(work, runs: int) -> dict:
    samples = []
    for run in range(runs):
        started = time.perf_counter()
        work(run)
        samples.append((time.perf_counter() - started) * 1e3)
    return {"median_ms": round(statistics.median(samples), 2), "best_ms": round(min(samples), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from app.qt_setup import configure_pyqtgraph

    app = QApplication.instance() or QApplication(sys.argv)
    configure_pyqtgraph()
    import numpy as np
    import pyqtgraph as pg

    from app.expression import parse_expression
    from app.tabs import descent_race as dr
    from app.tabs import gradient_field as gf
    from app.tabs.contour_lines import field_contours
    from app.widgets.quiver import QuiverItem, arrow_lengths
    from app.widgets.surface_view import SurfaceView

    plot = pg.PlotWidget()
    plot.resize(800, 700)
    plot.show()
    app.processEvents()
    image, quiver = pg.ImageItem(), QuiverItem()
    contours = pg.PlotCurveItem(pen=pg.mkPen((120, 60, 30, 110)), connect="pairs")
    path = pg.PlotDataItem(pen=pg.mkPen("#1f4e9c", width=2), symbol="o", symbolSize=5, connect="finite")
    for item in (image, contours, quiver, path):
        plot.addItem(item)
    plot.setRange(xRange=(-5, 5), yRange=(-5, 5))
    model = dr.RaceModel()
    rates = np.geomspace(1e-3, 0.5, args.runs)

    def slider_move(run: int) -> None:
        model.set_learning_rate(float(rates[run]))
        racer = model.racers[0]
        racer.verdict(model.bounds)
        shown = gf.path_in_view(racer.run.x, model.bounds)
        path.setData(shown[:, 0], shown[:, 1])
        plot.grab()  # paints every item now (a repaint may be deferred offscreen)

    funcs = [parse_expression(text, ("x0", "x1")).func for text in FUNCTIONS]

    def draw_field(func):
        field, arrows = gf.compute_field(func), gf.compute_quiver(func)
        image.setImage(field.values, levels=field.value_range)
        image.setRect(-5, -5, 10, 10)
        lengths = arrow_lengths(arrows.magnitude, 0.85 * arrows.spacing)[:, None]
        quiver.set_arrows(arrows.points - 0.5 * arrows.direction * lengths, arrows.direction * lengths)
        return field

    def new_function(run: int) -> None:
        field = draw_field(funcs[run % len(funcs)])
        lines = field_contours(field)
        contours.setData(lines.x, lines.y, connect="pairs")
        plot.grab()  # paints every item now (a repaint may be deferred offscreen)

    results = {"slider_move": timed(slider_move, args.runs), "new_function": timed(new_function, args.runs)}
    contours.setData([], [])
    isocurves = [pg.IsocurveItem(pen=pg.mkPen((120, 60, 30, 110))) for _ in range(12)]
    for curve in isocurves:
        curve.setParentItem(image)

    def old_isocurves(run: int) -> None:
        field = draw_field(funcs[run % len(funcs)])
        filled = np.nan_to_num(field.values, nan=field.value_range[1])
        for index, curve in enumerate(isocurves):
            curve.setData(filled, field.levels[index])
        plot.grab()  # paints every item now (a repaint may be deferred offscreen)

    results["old_isocurves"] = timed(old_isocurves, max(3, args.runs // 3))
    for curve in isocurves:
        curve.setParentItem(None)
    field = gf.compute_field(funcs[0])
    lines = field_contours(field)
    results["contour_lines_only"] = timed(lambda run: field_contours(field), args.runs)
    results["contour_lines_only"]["segments"] = lines.segment_count

    surface = SurfaceView()
    surface.resize(600, 500)
    surface.show()
    app.processEvents()
    run = model.racers[0].run
    results["surface_set"] = timed(lambda k: surface.set_surface(field.values, field.bounds), args.runs)
    surface.set_path(run.x, run.value)

    def rotate(k: int) -> None:
        surface.rotate(-35.0 + 7.0 * k, 30.0 + k % 10)
        surface.grab()

    results["surface_rotate"] = timed(rotate, args.runs)
    for name, target in TARGETS_MS.items():
        results[name]["target_ms"] = target
    results["runs"] = args.runs
    results["note"] = "shared machine: timings are noisy; best_ms is the cost of the work"
    print(json.dumps(results, indent=2))
    surface.close()
    plot.close()


if __name__ == "__main__":
    main()
