"""The book's train_neuralnet.py loop, restated plainly for timing on *this* machine (Book 4.5.2-4.5.3).

The issue's figures for the book's own script (14-18 s, 750 MB) were taken on another machine; this
restatement does the same work the same way, so ``train_mnist.py --compare-book`` can report a speed-up
measured side by side. The same data as the book's ``dataset/mnist.py`` gives: float32 images
(``astype(np.float32)``, then ``/= 255.0``) and float64 one-hot labels, against float64 weights
(``np.random.randn``), so every product with the images converts them to float64 first, as the book's
does; ``np.random.choice`` mini-batches, the exp-form sigmoid (computed again for ``sigmoid_grad``), the
softmax that takes ``exp`` twice, the cross-entropy of ``common/functions.py`` (``argmax`` of the one-hot
rows), a forward pass for ``gradient`` and another one for ``loss`` each iteration, and train and test
accuracy on the full sets every epoch. Written for this benchmark from the chapter's algorithm; not part
of the product.

    python benchmarks/book_loop.py [--iters 10000] [--seed 0] [--blas-threads N|off] [--load N]
    python benchmarks/book_loop.py --images float64  # the earlier restatement: float64 images, no conversions

``--blas-threads`` and ``--load`` as in train_mnist.py (the book's script itself sets no limit: ``off``).
``--images float64`` loads the images in float64, as this restatement did until issue 12's last part: no
conversion in any product, ~1.4x faster than the book's own dtypes here.
The last line is JSON: ``wall_s`` (loading + training), ``cpu_s`` (the process's CPU seconds), ``train_s``,
``peak_rss_mb``, ``final_test_acc``, ``images`` (their dtype), ``blas_limit``, ``blas_threads`` (in effect
during the run), ``load_processes``, ``loadavg_before``.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time

import numpy as np
from run_conditions import add_options, blas_limit, cpu_load, loadavg

from scratchnn_core import DEFAULT_BLAS_THREADS


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(x):
    x = x - np.max(x, axis=-1, keepdims=True)
    return np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)


class BookNet:
    """784-50-10, weights 0.01 * standard normal, dict of float64 params, as in the chapter."""

    def __init__(self, rng):
        self.params = {"W1": 0.01 * rng.standard_normal((784, 50)), "b1": np.zeros(50),
                       "W2": 0.01 * rng.standard_normal((50, 10)), "b2": np.zeros(10)}

    def predict(self, x):
        p = self.params
        return softmax(sigmoid(x @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"])

    def loss(self, x, t):  # common/functions.py's cross_entropy_error: one-hot rows become labels
        y = self.predict(x)
        labels = t.argmax(axis=1)
        return -np.sum(np.log(y[np.arange(y.shape[0]), labels] + 1e-7)) / y.shape[0]

    def accuracy(self, x, t):
        return np.sum(np.argmax(self.predict(x), axis=1) == np.argmax(t, axis=1)) / float(x.shape[0])

    def gradient(self, x, t):
        p = self.params
        a1 = x @ p["W1"] + p["b1"]
        z1 = sigmoid(a1)
        y = softmax(z1 @ p["W2"] + p["b2"])
        dy = (y - t) / x.shape[0]
        da1 = (dy @ p["W2"].T) * (1 - sigmoid(a1)) * sigmoid(a1)
        return {"W1": x.T @ da1, "b1": da1.sum(axis=0), "W2": z1.T @ dy, "b2": dy.sum(axis=0)}


def run(iters: int, seed: int, images: str = "float32") -> dict:
    from scratchnn_core import load_mnist

    started, cpu_started = time.perf_counter(), time.process_time()
    (x_train, t_train), (x_test, t_test) = load_mnist(one_hot_label=True, dtype=images)
    t_train, t_test = t_train.astype(np.float64), t_test.astype(np.float64)  # the book's np.zeros rows
    load_s = time.perf_counter() - started
    rng = np.random.default_rng(seed)
    net = BookNet(rng)
    train_size, batch_size, lr = x_train.shape[0], 100, 0.1
    iter_per_epoch = max(train_size / batch_size, 1)
    for i in range(iters):
        mask = rng.choice(train_size, batch_size)
        x_batch, t_batch = x_train[mask], t_train[mask]
        grad = net.gradient(x_batch, t_batch)
        for key in ("W1", "b1", "W2", "b2"):
            net.params[key] -= lr * grad[key]
        net.loss(x_batch, t_batch)  # the book records it: a second forward pass
        if i % iter_per_epoch == 0:
            train_acc, test_acc = net.accuracy(x_train, t_train), net.accuracy(x_test, t_test)
            print(f"train acc, test acc | {train_acc:.4f}, {test_acc:.4f}", flush=True)
    wall_s, cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak / 2**20 if sys.platform == "darwin" else peak / 1024
    return {"wall_s": round(wall_s, 3), "cpu_s": round(cpu_s, 3), "load_s": round(load_s, 3), "train_s": round(wall_s - load_s, 3),
            "peak_rss_mb": round(peak_mb, 1), "final_test_acc": float(net.accuracy(x_test, t_test)),
            "images": images}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iters", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--images", choices=("float32", "float64"), default="float32",
                        help="the images' dtype: the book's float32 (default) or the earlier restatement's float64")
    add_options(parser, DEFAULT_BLAS_THREADS)
    args = parser.parse_args()
    before = loadavg()
    with cpu_load(args.load), blas_limit(args.blas_threads) as threads:
        figures = run(args.iters, args.seed, args.images)
    figures.update(blas_limit=args.blas_threads, blas_threads=threads, load_processes=args.load,
                   loadavg_before=before)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
