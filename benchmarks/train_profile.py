"""Where the book's MNIST schedule spends its time in ScratchNN's core, part by part (Book 4.5, issue 12).

Times each part of one training iteration of train_steps (the mini-batch row gather, the two big matrix
products x W1 and x^T dA1, the rest of loss_and_gradient, the SGD update) and one evaluation (train and
test accuracy on the full sets), in CPU seconds of this thread (one BLAS thread, so other programs on a
shared machine do not inflate them), and scales them to the schedule: 10000 iterations and 17
evaluations, plus loading MNIST. ``floor_s`` is the schedule's arithmetic (~250 GFLOP) at the GFLOP/s the
big products reach here: what no reorganisation of the Python around them can beat on one core.

    python benchmarks/train_profile.py
    python benchmarks/train_profile.py --hidden 100 --batch-size 200

Prints one JSON line: ``parts_s`` (schedule seconds per part), ``total_s``, ``gflop``, ``gemm_gflops``,
``floor_s``, ``blas`` (the OpenBLAS kernel threadpoolctl reports: OPENBLAS_CORETYPE picks it) and the
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
    from scratchnn_core.training import last_epoch

    clock = time.thread_time
    started = clock()
    data = load_mnist()
    load_s = clock() - started
    (x_train, t_train), (x_test, t_test) = data
    rng = np.random.default_rng(0)
    net = TwoLayerNet(784, args.hidden, 10, seed=0, dtype=np.float32)
    masks = rng.integers(0, len(x_train), (2000, args.batch_size))
    x, t = x_train[masks[0]], t_train[masks[0]]
    _, grads = net.loss_and_gradient(x, t)
    z1, _ = net._scores(x)
    da1 = grads["b1"] * np.ones_like(z1)

    def per_call(fn, calls=2000):
        fn(0)
        begin = clock()
        for i in range(calls):
            fn(i)
        return (clock() - begin) / calls

    def update(_):
        for key in ("W1", "b1", "W2", "b2"):
            step = grads[key].copy()
            step *= 0.1
            net.params[key] -= step

    gather = per_call(lambda i: (x_train[masks[i]], t_train[masks[i]]))
    forward = per_call(lambda i: x @ net.params["W1"])
    backward = per_call(lambda i: x.T @ da1)
    whole = per_call(lambda i: net.loss_and_gradient(x, t))
    copies = per_call(lambda i: [grads[k].copy() for k in grads])
    step = per_call(update) - copies
    evaluation = per_call(lambda i: (net.accuracy(x_train, t_train), net.accuracy(x_test, t_test)), calls=3)
    evaluations = last_epoch(args.iters, len(x_train), args.batch_size) + 1
    parts = {"load": load_s, "gather": args.iters * gather, "x_W1": args.iters * forward,
             "xT_dA1": args.iters * backward, "rest_of_gradient": args.iters * (whole - forward - backward),
             "update": args.iters * step, "evaluation": evaluations * evaluation}
    gemm_flop = 2 * args.batch_size * 784 * args.hidden
    gflop = (args.iters * 2 * gemm_flop + evaluations * 2 * (len(x_train) + len(x_test)) * 784 * args.hidden) / 1e9
    gflops = 2 * gemm_flop / (forward + backward) / 1e9
    try:
        from threadpoolctl import threadpool_info
        blas = [(i.get("internal_api"), i.get("architecture")) for i in threadpool_info()]
    except ImportError:
        blas = None
    print(json.dumps({"parts_s": {k: round(v, 3) for k, v in parts.items()}, "total_s": round(sum(parts.values()), 3),
                      "gflop": round(gflop, 1), "gemm_gflops": round(gflops, 1), "floor_s": round(gflop / gflops, 2),
                      "blas": blas, "openblas_coretype": os.environ.get("OPENBLAS_CORETYPE"),
                      "machine_load": loadavg()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
