"""How fast the gradient tab redraws (issue 10); prints JSON. Offscreen, the real ``GradientTab``.

    python benchmarks/gradient_tab.py [--runs 15]

- ``slider_move``: the learning-rate slider moved a notch, as a drag does: the tab recomputes 100 steps
  (``RaceUpdate``), updates path, markers, readout and verdict, and the event loop runs until idle, so
  what changed is repainted (``processEvents``: with the offscreen platform widgets paint into their
  backing store). Target <= 30 ms. ``slider_move_3d``: the same with the 3-D page shown (its path
  follows). ``slider_move_full_paint``: every widget of the tab painted (``grab``): an upper bound.
- ``new_function``: a new f typed: field (200 x 200), 12 contour lines (marching squares, one curve),
  18 x 18 arrows, the run, slices, and the whole tab painted (``grab``). Target <= 150 ms.
- ``long_race``: four racing rates of 5000 steps (``set_steps(5000)``): ``total_s`` until the race is on
  screen, and ``max_gap_ms``, the longest the event loop went without answering (a 5 ms timer's largest
  gap) while it was computed in slices. Target: no gap over ~100 ms.
- ``contour_lines_only``, ``surface_set``, ``surface_rotate``: the parts on their own.

Times are in milliseconds: median and best of ``--runs``. The machine is shared: read the best as the
cost of the work, the median as what a learner might see on a busy machine.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from timing import timed  # noqa: E402

TARGETS_MS = {"slider_move": 30.0, "new_function": 150.0}
FUNCTIONS = ("x0**2 + x1**2", "(x0-2)**2 + 4*(x1-3)**2", "sin(x0) * exp(0.3*x1)", "x0**2 - x1**2")


def long_race(app, tab) -> dict:
    """Time a 4 x 5000-step race and the event loop's longest silence while it is computed."""
    from PySide6.QtCore import QTimer

    tab.set_steps(100)
    tab.set_racers(learning_rates=(0.1, 0.01, 0.001, 1e-4))
    ticks = []
    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    started = time.perf_counter()
    tab.set_steps(5000)
    ticks.append(time.perf_counter())
    while tab._pending is not None:
        app.processEvents()
    total = time.perf_counter() - started
    probe.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    return {"total_s": round(total, 2), "max_gap_ms": round(1e3 * max(gaps), 1), "target_gap_ms": 100.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from app.qt_setup import configure_pyqtgraph

    app = QApplication.instance() or QApplication(sys.argv)
    configure_pyqtgraph()
    from app.tabs.contour_lines import field_contours
    from app.tabs.gradient_tab import GradientTab
    from app.widgets.log_slider import position_of

    tab = GradientTab()
    tab.resize(1200, 800)
    tab.show()
    app.processEvents()
    slider = tab.panel.rate_slider.slider
    positions = [position_of(0.001) + k * (position_of(0.5) - position_of(0.001)) // args.runs
                 for k in range(args.runs)]

    def slider_move(run: int) -> None:
        slider.setValue(positions[run])  # emits value_changed: the tab recomputes and redraws
        app.processEvents()  # the repaint of what changed

    def slider_move_full_paint(run: int) -> None:
        slider.setValue(positions[-1 - run])
        tab.grab()  # paints every item of the tab now

    results = {"slider_move": timed(slider_move, args.runs)}
    results["slider_move_full_paint"] = timed(slider_move_full_paint, args.runs)
    tab.views.setCurrentWidget(tab.surface)
    results["slider_move_3d"] = timed(slider_move, args.runs)
    tab.views.setCurrentIndex(0)

    def new_function(run: int) -> None:
        tab.set_expression(FUNCTIONS[(run + 1) % len(FUNCTIONS)])
        tab.grab()

    results["new_function"] = timed(new_function, args.runs)
    results["long_race"] = long_race(app, tab)
    tab.set_steps(100)
    tab.set_expression(FUNCTIONS[0])
    field = tab.model.field
    results["contour_lines_only"] = timed(lambda run: field_contours(field), args.runs)
    results["contour_lines_only"]["segments"] = tab.model.contours.segment_count
    surface = tab.surface
    results["surface_set"] = timed(lambda k: surface.set_surface(field.values, field.bounds), args.runs)

    def rotate(k: int) -> None:
        surface.rotate(-35.0 + 7.0 * k, 30.0 + k % 10)
        surface.grab()

    tab.views.setCurrentWidget(surface)
    results["surface_rotate"] = timed(rotate, args.runs)
    for name, target in TARGETS_MS.items():
        results[name]["target_ms"] = target
    results["runs"] = args.runs
    results["note"] = "shared machine: timings are noisy; best_ms is the cost of the work"
    print(json.dumps(results, indent=2))
    tab.shutdown()
    tab.close()


if __name__ == "__main__":
    main()
