"""Which BLAS thread count should training use? The measurements behind ``DEFAULT_BLAS_THREADS`` (issue 7).

Runs ``train_mnist.py`` (the book's full schedule, each run in a fresh process) for every BLAS setting,
idle and with ``--load 1`` (one CPU-bound process beside it), round-robin so that a change in the
machine's load touches every setting alike; then ``estimate_numerical_gradient_seconds`` for the book's
numerical-gradient run in fresh processes, to show how much it varies between runs.

    python benchmarks/blas_threads.py                       # 3 runs each of 1, 2, off; idle and load 1
    python benchmarks/blas_threads.py --repeat 1 --settings 1 off --estimates 5
    python benchmarks/blas_threads.py --settings 1 1-inline off-inline --estimates 0  # issue 7's "today"

A setting ending in ``-inline`` runs ``train_mnist.py --inline-evaluation`` (the epoch accuracies in the
loop's thread, as before they were scored beside it): ``off-inline`` is the core's behaviour before issue 7.

Prints one line per run with the load average beside it, then JSON: for each ``(load, setting)`` the
``train_s`` and ``wall_s`` of every run and their medians, the ratio loaded/idle, and the estimate's
seconds per iteration (each run, median, max/min spread). On a shared machine "idle" is not idle: read
``loadavg`` beside the numbers.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

from run_conditions import blas_arg, cpu_load, loadavg

INLINE = "-inline"

HERE = Path(__file__).resolve().parent
_ESTIMATE = ("import sys; from scratchnn_core import TrainConfig, estimate_numerical_gradient_seconds; "
             "print(estimate_numerical_gradient_seconds(TrainConfig(gradient='numerical'), "
             "blas_threads=int(sys.argv[1])))")


def setting_arg(text: str) -> str:
    """A ``--blas-threads`` value, optionally followed by ``-inline``."""
    blas_arg(text.removesuffix(INLINE))  # refuses what train_mnist.py would
    return text


def train_once(setting: str, load: int) -> dict:
    inline = setting.endswith(INLINE)
    done = subprocess.run([sys.executable, str(HERE / "train_mnist.py"), "--blas-threads",
                           setting.removesuffix(INLINE), "--load", str(load)]
                          + (["--inline-evaluation"] if inline else []), capture_output=True, text=True)
    figures = json.loads(done.stdout.splitlines()[-1])
    print(f"load {load} --blas-threads {setting} ({figures['blas_threads']} in effect): train "
          f"{figures['train_s']:.2f} s, wall {figures['wall_s']:.2f} s, test acc {figures['final_test_acc']:.4f}; "
          f"loadavg before {figures['loadavg_before']}", flush=True)
    return figures


def estimate_once(n: int, load: int) -> float:
    with cpu_load(load):
        done = subprocess.run([sys.executable, "-c", _ESTIMATE, str(n)], capture_output=True, text=True,
                              check=True)
    return float(done.stdout.strip()) / 10000  # seconds per iteration of the book's 10000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per setting and load (default 3)")
    parser.add_argument("--settings", type=setting_arg, nargs="+", default=["1", "2", "off"],
                        help="--blas-threads values to compare, each optionally with -inline (default 1 2 off)")
    parser.add_argument("--loads", type=int, nargs="+", default=[0, 1], help="--load values (default 0 1)")
    parser.add_argument("--estimates", type=int, default=5, help="fresh processes per estimate (default 5)")
    parser.add_argument("--estimate-threads", type=int, nargs="+", default=[1, 2],
                        help="blas_threads for the estimate (default 1 2)")
    args = parser.parse_args()

    runs = {(load, s): [] for load in args.loads for s in args.settings}
    for _ in range(args.repeat):
        for load in args.loads:
            for setting in args.settings:
                runs[load, setting].append(train_once(setting, load))
    training = {}
    for (load, setting), figures in runs.items():
        if not figures:  # --repeat 0: the estimates only
            continue
        train_s = [f["train_s"] for f in figures]
        training[f"load{load}_{setting}"] = {
            "train_s": train_s, "median_train_s": statistics.median(train_s),
            "median_wall_s": statistics.median(f["wall_s"] for f in figures),
            "blas_threads": figures[0]["blas_threads"], "loadavg_before": [f["loadavg_before"] for f in figures]}
    for setting in args.settings:
        idle, loaded = training.get(f"load0_{setting}"), training.get(f"load1_{setting}")
        if idle and loaded:
            loaded["loaded_vs_idle"] = round(loaded["median_train_s"] / idle["median_train_s"], 2)

    estimates = {}
    for load in args.loads if args.estimates > 0 else ():  # --estimates 0: training only
        for n in args.estimate_threads:
            per_iter = [estimate_once(n, load) for _ in range(args.estimates)]
            estimates[f"load{load}_threads{n}"] = {
                "s_per_iteration": [round(s, 2) for s in per_iter],
                "median": round(statistics.median(per_iter), 2),
                "max_over_min": round(max(per_iter) / min(per_iter), 3), "loadavg_after": loadavg()}
            print(f"estimate, load {load}, {n} BLAS thread(s): {estimates[f'load{load}_threads{n}']}", flush=True)
    print(json.dumps({"training": training, "estimate": estimates}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
