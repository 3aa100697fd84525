"""The book's numerical gradient, the structured one and backprop, timed side by side (Book 4.5.1, issue 12).

One 784-50-10 ``TwoLayerNet`` (seed fixed) and one batch of 100 real MNIST training images, as in
train_neuralnet.py. ``TwoLayerNet.numerical_gradient`` is the book's loop (two full loss evaluations per
parameter, ~80,000 of them); ``structured_numerical_gradient`` computes the same central differences
from the network's structure; ``TwoLayerNet.gradient`` is backprop, for scale. Targets (issue 12): the
structured gradient at least 50x faster than the book's loop, 0.2 s or less per batch, every element
within 1e-9 of it, temporaries under ~100 MB.

    python benchmarks/numerical_gradient.py                  # one BLAS thread, seed 0
    python benchmarks/numerical_gradient.py --blas-threads 2 --repeats 10
    python benchmarks/numerical_gradient.py --book-runs 0    # skip the ~15 s book loop

Speeds depend on the machine and on what else runs on it (``machine_load`` is /proc/loadavg before and
after): compare the ratio, which both methods share. Prints one JSON line: ``seconds_book``,
``seconds_structured``, ``seconds_backprop`` (best of the runs), ``ratio_book_over_structured``,
``max_abs_diff`` (structured vs book), ``max_abs_diff_backprop`` (structured vs backprop),
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
from run_conditions import blas_arg, blas_limit

from scratchnn_core import TwoLayerNet, load_mnist
from scratchnn_core.structured_gradient import structured_gradient_steps, structured_numerical_gradient


def machine_load():
    """The 1, 5 and 15 minute load averages, or None where /proc/loadavg does not exist."""
    try:
        with open("/proc/loadavg") as fh:
            return [float(v) for v in fh.read().split()[:3]]
    except OSError:
        return None


def best_of(runs, fn):
    """The fastest of ``runs`` calls of ``fn`` (seconds) and the last result."""
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def longest_step_seconds(steps):
    """The longest gap between two yields of a generator: how long a Stop request can wait."""
    longest, last = 0.0, time.perf_counter()
    for _ in steps:
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    return max(longest, time.perf_counter() - last)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0, help="network seed and batch choice")
    parser.add_argument("--hidden", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=5, help="runs of the structured gradient and backprop")
    parser.add_argument("--book-runs", type=int, default=1, help="runs of the book's loop (~15 s each)")
    parser.add_argument("--blas-threads", type=blas_arg, default=1, metavar="N|off",
                        help="limit BLAS to N threads around the timings; off: no limit (default 1)")
    args = parser.parse_args()

    load_before = machine_load()
    (x_train, t_train), _ = load_mnist()
    batch = np.random.default_rng(args.seed).choice(len(x_train), 100, replace=False)
    x, t = x_train[batch], t_train[batch]
    net = TwoLayerNet(784, args.hidden, 10, seed=args.seed)
    with blas_limit(args.blas_threads) as blas_threads:
        seconds_structured, structured = best_of(args.repeats, lambda: structured_numerical_gradient(net.params, x, t))
        seconds_backprop, backprop = best_of(args.repeats, lambda: net.gradient(x, t))
        seconds_book, book = best_of(args.book_runs, lambda: net.numerical_gradient(x, t))
        longest_step = longest_step_seconds(structured_gradient_steps(net.params, x, t))
        tracemalloc.start()
        structured_numerical_gradient(net.params, x, t)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()

    def max_abs_diff(other):
        if other is None:
            return None
        return max(float(np.max(np.abs(structured[k] - other[k]))) for k in structured)

    report = {
        "seconds_book": round(seconds_book, 3) if book is not None else None,
        "seconds_structured": round(seconds_structured, 4),
        "seconds_backprop": round(seconds_backprop, 5),
        "ratio_book_over_structured": round(seconds_book / seconds_structured, 1) if book is not None else None,
        "max_abs_diff": max_abs_diff(book),
        "max_abs_diff_backprop": max_abs_diff(backprop),
        "longest_step_ms": round(longest_step * 1000, 2),
        "peak_temporaries_mb": round(peak / 2**20, 2),
        "blas_limit": args.blas_threads,
        "blas_threads": blas_threads,
        "machine_load": {"before": load_before, "after": machine_load()},
        "cpu_count": os.cpu_count(),
        "network": f"784-{args.hidden}-10",
        "batch": len(x),
        "nonzero_input_fraction": round(float(np.count_nonzero(x)) / x.size, 3),
        "numpy": np.__version__,
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
