"""Training with each gradient method on the book's network: iterations per second, and one epoch of the
structured numerical gradient against backprop with the same seed (Book 4.5.2-4.5.3, issue 12).

The book's schedule (batch 100, lr 0.1, 784-50-10) on the full MNIST, ``--iters`` iterations (600 = one
epoch) with backprop and with ``gradient="structured"`` (true central differences), and ``--book-iters``
iterations of the book's loop (~15-30 s each). Test accuracy of the final networks on the 10000 test
images; the largest difference between the two loss curves.

    python benchmarks/gradient_methods.py                 # one BLAS thread, seed 0, 600 iterations
    python benchmarks/gradient_methods.py --iters 1200 --book-iters 0

Prints one JSON line: ``iterations_per_second`` per method, ``test_acc`` per method, ``max_loss_diff``,
``elapsed_s``, ``estimate_s`` (``estimate_run``'s total, what the training form shows) and
``estimate_over_actual`` (an honest estimate is near 1), ``machine_load``. Speeds depend on what else the machine runs: repeat on a quiet one.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys

from run_conditions import add_options, blas_limit, cpu_load, loadavg

from scratchnn_core import DEFAULT_BLAS_THREADS, TrainConfig, estimate_run, load_mnist, train


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--iters", type=int, default=600)
    parser.add_argument("--book-iters", type=int, default=1)
    add_options(parser, DEFAULT_BLAS_THREADS)
    args = parser.parse_args()
    data = load_mnist()
    (_, _), (x_test, t_test) = data
    load = {"before": loadavg()}
    base = TrainConfig(iters_num=args.iters, seed=args.seed)
    runs = {"backprop": base, "structured": dataclasses.replace(base, gradient="structured")}
    if args.book_iters:
        runs["numerical"] = dataclasses.replace(base, iters_num=args.book_iters, gradient="numerical")
    with cpu_load(args.load), blas_limit(args.blas_threads) as threads:
        estimates = {name: estimate_run(config).total_s for name, config in runs.items()}  # what the form says
        results = {name: train(config, data) for name, config in runs.items()}
    load["after"] = loadavg()
    # The iteration time without the evaluation at iteration 0 (the full train and test sets, ~0.1 s).
    report = {
        "iterations_per_second": {name: round(r.iterations_done / r.elapsed_s, 3) for name, r in results.items()},
        "elapsed_s": {name: round(r.elapsed_s, 2) for name, r in results.items()},
        "estimate_s": {name: round(s, 2) for name, s in estimates.items()},
        "estimate_over_actual": {name: round(estimates[name] / r.elapsed_s, 2) for name, r in results.items()},
        "iterations": {name: r.iterations_done for name, r in results.items()},
        "test_acc": {name: r.network.accuracy(x_test, t_test) for name, r in results.items()},
        "max_loss_diff": max(abs(a - b) for a, b in zip(results["backprop"].train_loss,
                                                        results["structured"].train_loss)),
        "seed": args.seed, "blas_threads": threads, "load_processes": args.load, "machine_load": load,
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
