"""The book's numerical gradient, the structured one and backprop, timed side by side (Book 4.5.1, issue 12).

One 784-50-10 ``TwoLayerNet`` (seed fixed) and one batch of real MNIST training images (100 drawn at
random as in train_neuralnet.py, or ``--first N``: ``x_train[:N]`` as the book's gradient_check.py with
N = 3). ``TwoLayerNet.numerical_gradient`` is the book's loop (two full loss evaluations per
parameter, ~80,000 of them); ``method="structured"`` computes the same central differences from the
network's structure; ``TwoLayerNet.gradient`` is backprop. The comparison is
``scratchnn_core.gradient_check`` (what the training tab's gradient check shows). Targets (issue 12):
the structured gradient at least 50x faster than the book's loop, 0.2 s or less per batch of 100, every
element within 1e-9 of it, temporaries under ~100 MB.

    python benchmarks/numerical_gradient.py                  # one BLAS thread, seed 0, 100 images
    python benchmarks/numerical_gradient.py --first 3        # the book's gradient check
    python benchmarks/numerical_gradient.py --blas-threads 2 --repeats 10
    python benchmarks/numerical_gradient.py --book-runs 0    # skip the ~15 s book loop

Speeds depend on the machine and on what else runs on it (``machine_load`` is /proc/loadavg before and
after): compare the ratio, which both methods share. Prints one JSON line: ``seconds_book``,
``seconds_structured``, ``seconds_backprop`` (best of the runs), ``ratio_book_over_structured``,
``ratio_book_over_backprop``, ``max_abs_diff`` (structured vs book), ``max_abs_diff_backprop``
(structured vs backprop), ``comparison`` (per pair and parameter W1 b1 W2 b2: the book's mean absolute
difference and the largest one, all in float64, from ``scratchnn_core.gradient_check``),
``longest_step_ms`` (the longest gap between the structured generator's yields: how long a Stop can
wait), ``peak_temporaries_mb`` (tracemalloc's peak during one structured gradient), ``blas_limit`` (the
``--blas-threads`` asked for: a count, or ``off`` for OpenBLAS's own default), ``blas_threads`` (the count
in effect, set by ``scratchnn_core.blas_threads``), ``machine_load`` and a few facts about the batch.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import tracemalloc

import numpy as np
from run_conditions import blas_arg, blas_limit, loadavg
from timing import best_of

from scratchnn_core import TwoLayerNet, load_mnist
from scratchnn_core.gradient_check import gradient_check_steps
from scratchnn_core.structured_gradient import structured_gradient_steps


def longest_step_seconds(steps):
    """The longest gap between two yields of a generator: how long a Stop request can wait."""
    longest, last = 0.0, time.perf_counter()
    for _ in steps:
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    return max(longest, time.perf_counter() - last)


def run_check(gradient_check_steps, net, x, t, with_book):
    """The gradient check's comparison (without the book's loop when ``with_book`` is false)."""
    started = []
    steps = gradient_check_steps(net, x, t, should_stop=lambda: not with_book and "book" in started)
    while True:
        try:
            started.append(next(steps).method)
        except StopIteration as stop:
            return stop.value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0, help="network seed and batch choice")
    parser.add_argument("--hidden", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=5, help="runs of the structured gradient and backprop")
    parser.add_argument("--book-runs", type=int, default=1, help="runs of the book's loop (~15 s each)")
    parser.add_argument("--blas-threads", type=blas_arg, default=1, metavar="N|off",
                        help="limit BLAS to N threads around the timings; off: no limit (default 1)")
    parser.add_argument("--images", type=int, default=100, help="batch size, drawn at random (default 100)")
    parser.add_argument("--first", type=int, metavar="N", help="use x_train[:N] (the book's check: 3)")
    args = parser.parse_args()

    load_before = loadavg()
    (x_train, t_train), _ = load_mnist()
    if args.first is not None:
        batch = np.arange(args.first)
    else:
        batch = np.random.default_rng(args.seed).choice(len(x_train), args.images, replace=False)
    x, t = x_train[batch], t_train[batch]
    net = TwoLayerNet(784, args.hidden, 10, seed=args.seed)
    with blas_limit(args.blas_threads) as blas_threads:
        seconds_structured, _ = best_of(
            args.repeats, lambda: net.numerical_gradient(x, t, method="structured"))
        seconds_backprop, _ = best_of(args.repeats, lambda: net.gradient(x, t))
        check = run_check(gradient_check_steps, net, x, t, with_book=args.book_runs > 0)
        more_book, _ = best_of(args.book_runs - 1, lambda: net.numerical_gradient(x, t))
        seconds_book = min(more_book, check.seconds_of("book") or float("inf"))
        longest_step = longest_step_seconds(structured_gradient_steps(net.params, x, t))
        tracemalloc.start()
        net.numerical_gradient(x, t, method="structured")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()

    report = {
        "seconds_book": round(seconds_book, 3) if check.complete else None,
        "seconds_structured": round(seconds_structured, 4),
        "seconds_backprop": round(seconds_backprop, 5),
        "ratio_book_over_structured": round(seconds_book / seconds_structured, 1) if check.complete else None,
        "ratio_book_over_backprop": round(seconds_book / seconds_backprop) if check.complete else None,
        "max_abs_diff": check.max_abs_diff("structured", "book"),
        "max_abs_diff_backprop": check.max_abs_diff("backprop", "structured"),
        "comparison": {f"{d.first} vs {d.second}": {} for d in check.differences},
        "longest_step_ms": round(longest_step * 1000, 2),
        "peak_temporaries_mb": round(peak / 2**20, 2),
        "blas_limit": args.blas_threads,
        "blas_threads": blas_threads,
        "machine_load": {"before": load_before, "after": loadavg()},
        "cpu_count": os.cpu_count(),
        "network": f"784-{args.hidden}-10",
        "batch": len(x),
        "nonzero_input_fraction": round(float(np.count_nonzero(x)) / x.size, 3),
        "numpy": np.__version__,
    }
    for d in check.differences:
        report["comparison"][f"{d.first} vs {d.second}"][d.parameter] = {"mean_abs": d.mean_abs,
                                                                          "max_abs": d.max_abs}
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
