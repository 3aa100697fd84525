"""How long the network tab's model takes per call (issue 9: everything on the GUI thread); prints JSON.

    python benchmarks/network_model.py [--repeat N]

Times, as the best of ``--repeat`` runs of a loop, the calls the tab makes when W changes: the readout
(loss, both dW), one slice of 200 points (three curves and three tangents), the decision regions on the
default 101 x 101 grid, and one gradient step of the toy batch. Not a test: it only reports.
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.tabs.network_model import SLICE_POINTS, NetworkModel  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    model = NetworkModel()
    calls = {
        "loss": model.loss,
        "dW_numerical": model.dW_numerical,
        "dW_analytic": model.dW_analytic,
        "dW_batch": model.dW_batch,
        f"slice_{SLICE_POINTS}": model.slice,
        "decision_regions_101x101": model.decision_regions,
        "gradient_step_batch": model.gradient_step,
    }
    result = {}
    for name, call in calls.items():
        call()  # warm up
        number = 200
        best = min(timeit.repeat(call, number=number, repeat=args.repeat)) / number
        result[name] = round(best * 1e6, 1)
    print(json.dumps({"unit": "microseconds per call (best of runs)", "calls": result,
                      "python": platform.python_version(), "machine": platform.machine()}, indent=2))


if __name__ == "__main__":
    main()
