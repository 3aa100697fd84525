"""How long the network tab takes per change on the GUI thread (issue 9); prints JSON. Offscreen.

    python benchmarks/network_tab.py [--runs 30]

- ``weight_drag``: one step of a cell drag, as the editor emits it: ``NetworkTab.set_weight`` (model, both
  dW, the 200-point slice, the decision regions for the view) and a synchronous repaint of the tab.
- ``train_tick``: one tick of Train (two gradient steps of the toy batch, then the same redraw).
- ``refresh_only``: the redraw without the repaint (what the tab computes and hands to its widgets).

Times are in milliseconds: median and best of ``--runs``. The machine may be shared: read the best as the
cost of the work, the median as what a learner might see on a busy machine. A tick every 40 ms leaves
room while both stay well under it.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from timing import timed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from app.qt_setup import configure_pyqtgraph

    configure_pyqtgraph()
    app = QApplication.instance() or QApplication([])
    from app.tabs.network_tab import NetworkTab

    tab = NetworkTab()
    tab.resize(1200, 760)
    tab.show()
    tab.show_demo_state()
    app.processEvents()

    def drag(run):
        tab.set_weight(1, 2, -0.33 + 0.01 * run)
        tab.repaint()

    def tick(_run):
        tab._on_timer_timeout()
        tab.repaint()

    result = {"weight_drag": timed(drag, args.runs), "train_tick": timed(tick, args.runs),
              "refresh_only": timed(lambda _run: tab._refresh(), args.runs), "tick_interval_ms": 40}
    tab.shutdown()
    print(json.dumps(result, indent=2))
    # Free the tab before Qt goes: pyqtgraph items still alive when PySide destroys the QApplication can
    # crash the interpreter on its way out.
    tab.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


if __name__ == "__main__":
    main()
