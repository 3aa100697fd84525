"""Where the book's MNIST schedule spends its time in ScratchNN's core, part by part (Book 4.5, issue 12).

Times each part of one training iteration of train_steps on MNIST kept as bytes (the mini-batch row
gather; ``sgd_step``'s bookkeeping for the batch's blank pixel columns: finding them, dividing the others by
255, taking and putting back their rows of W1; the two big matrix products x W1 and x^T dA1 over the other
columns; the rest of the step) and one evaluation (train and test accuracy on the full sets), in CPU
seconds of this thread (one BLAS thread, so other programs on a shared machine do not inflate them), and
scales them to the schedule: 10000 iterations and 17 evaluations, plus loading MNIST. ``floor_s`` is the
schedule's arithmetic (~250 GFLOP, every column counted) at the GFLOP/s the big products reach here;
``used_columns`` is the share of the 784 columns a mini-batch uses (the products skip the rest).

    python benchmarks/train_profile.py
    python benchmarks/train_profile.py --hidden 100 --batch-size 200

Prints one JSON line: ``parts_s`` (schedule seconds per part), ``total_s``, ``gflop``, ``gemm_gflops``,
``floor_s``, ``used_columns``, ``blas`` (the OpenBLAS kernel threadpoolctl reports: OPENBLAS_CORETYPE picks it) and the
machine load.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hidden", type=int, default=50)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--iters", type=int, default=10000)
    args = parser.parse_args()
    os.environ["OPENBLAS_NUM_THREADS"] = os.environ["OMP_NUM_THREADS"] = "1"
    import numpy as np  # imported after the variables: OpenBLAS reads them when it loads
    from run_conditions import loadavg

    from scratchnn_core import TwoLayerNet, load_mnist
    from scratchnn_core.pixels import pixel_accuracy, unit_pixels
    from scratchnn_core.sgd_step import sgd_step
    from scratchnn_core.training import last_epoch

    clock = time.thread_time
    started = clock()
    data = load_mnist(normalize=False)  # bytes, as train() loads them
    load_s = clock() - started
    (x_train, t_train), (x_test, t_test) = data
    rng = np.random.default_rng(0)
    net = TwoLayerNet(784, args.hidden, 10, seed=0, dtype=np.float32)
    W1 = net.params["W1"]
    masks = rng.integers(0, len(x_train), (2000, args.batch_size))
    x, t = x_train[masks[0]], t_train[masks[0]]
    used = np.flatnonzero(np.bitwise_or.reduce(x, axis=0))
    x_used, W1_used = unit_pixels(x.take(used, axis=1), np.float32), W1.take(used, axis=0)
    da1 = np.ones((args.batch_size, args.hidden), dtype=np.float32)

    def per_call(fn, calls=2000):
        fn(0)
        begin = clock()
        for i in range(calls):
            fn(i)
        return (clock() - begin) / calls

    def columns(_):  # sgd_step's bookkeeping for the blank columns it skips
        cols = np.flatnonzero(np.bitwise_or.reduce(x, axis=0))
        unit_pixels(x.take(cols, axis=1), np.float32)
        W1[cols] = W1.take(cols, axis=0)

    gather = per_call(lambda i: (x_train[masks[i]], t_train[masks[i]]))
    bookkeeping = per_call(columns)
    forward = per_call(lambda i: x_used @ W1_used)
    backward = per_call(lambda i: x_used.T @ da1)
    whole = per_call(lambda i: sgd_step(net.params, x, t, 1e-9))
    evaluation = per_call(lambda i: (pixel_accuracy(net, x_train, t_train), pixel_accuracy(net, x_test, t_test)),
                          calls=3)
    evaluations = last_epoch(args.iters, len(x_train), args.batch_size) + 1
    parts = {"load": load_s, "gather": args.iters * gather, "blank_columns": args.iters * bookkeeping,
             "x_W1": args.iters * forward, "xT_dA1": args.iters * backward,
             "rest_of_step": args.iters * (whole - bookkeeping - forward - backward),
             "evaluation": evaluations * evaluation}
    used_share = float(np.mean([np.bitwise_or.reduce(x_train[m], axis=0).astype(bool).mean() for m in masks[:200]]))
    gemm_flop = 2 * args.batch_size * 784 * args.hidden
    gflop = (args.iters * 2 * gemm_flop + evaluations * 2 * (len(x_train) + len(x_test)) * 784 * args.hidden) / 1e9
    gflops = 2 * gemm_flop * len(used) / 784 / (forward + backward) / 1e9
    try:
        from threadpoolctl import threadpool_info
        blas = [(i.get("internal_api"), i.get("architecture")) for i in threadpool_info()]
    except ImportError:
        blas = None
    print(json.dumps({"parts_s": {k: round(v, 3) for k, v in parts.items()}, "total_s": round(sum(parts.values()), 3),
                      "gflop": round(gflop, 1), "gemm_gflops": round(gflops, 1), "floor_s": round(gflop / gflops, 2),
                      "used_columns": round(used_share, 3),
                      "blas": blas, "openblas_coretype": os.environ.get("OPENBLAS_CORETYPE"),
                      "machine_load": loadavg()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
