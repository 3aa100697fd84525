"""Command line training, printed like the book's ch04/train_neuralnet.py (Book 4.5.2-4.5.3).

    python -m scratchnn_core.train --iters 10000 --batch-size 100 --lr 0.1 --hidden 50 --seed 0
    scratchnn-train --train-size 5000 --test-size 1000 --iters 600 --save-curves curves.csv
    scratchnn-train --iters 600 --gradient structured   # an epoch of true numerical gradients
    scratchnn-train --blas-threads 2     # BLAS on 2 threads (default 1: see scratchnn_core.threads)

Standard output gets one ``train acc, test acc | 0.xxxx, 0.xxxx`` line per epoch and
the final accuracies (with the iterations, the time and the BLAS threads used); a progress line goes to
standard error on a terminal only.
Ctrl-C stops after the current iteration and still reports and saves what was
done (a second Ctrl-C aborts at once). Exit codes: 0 completed, 1 failed (bad
MNIST files, diverged, a file that cannot be written), 2 bad arguments,
130 interrupted.
"""
from __future__ import annotations

import argparse
import csv
import signal
import sys
import threading
import time
import types

from . import training
from .mnist import MnistError, load_mnist
from .pixels import pixel_accuracy
from .threads import DEFAULT_BLAS_THREADS, blas_threads
from .estimates import estimate_numerical_gradient_seconds
from .training import EpochRecord, IterationRecord, TrainConfig, train_steps

PROG = "scratchnn-train"
_METHOD_NAMES = {"numerical": "the book's loop, one weight at a time", "structured": "structured"}
_PROGRESS_EVERY_S = 0.1


def _parser():
    defaults = TrainConfig()
    p = argparse.ArgumentParser(prog=PROG, description="Train the book's two-layer net on MNIST "
                                "with mini-batch SGD (Book 4.5).")
    p.add_argument("--iters", type=int, default=defaults.iters_num, help="iterations (default %(default)s)")
    p.add_argument("--batch-size", type=int, default=defaults.batch_size, help="default %(default)s")
    p.add_argument("--lr", type=float, default=defaults.learning_rate, help="learning rate (default %(default)s)")
    p.add_argument("--hidden", type=int, default=defaults.hidden_size, help="hidden units (default %(default)s)")
    p.add_argument("--weight-init-std", type=float, default=defaults.weight_init_std,
                   help="std of the initial weights (default %(default)s)")
    p.add_argument("--seed", type=int, default=defaults.seed, help="default %(default)s")
    p.add_argument("--gradient", choices=training.GRADIENTS, default=defaults.gradient,
                   help="numerical is the book's honest but very slow central difference, one weight at "
                        "a time; structured is the same central differences from the net's structure "
                        "(~200x faster, an epoch in about a minute)")
    p.add_argument("--dtype", choices=training.DTYPES, default=defaults.dtype)
    p.add_argument("--train-size", type=int, help="use the first N training images (default all 60000)")
    p.add_argument("--test-size", type=int, help="use the first N test images (default all 10000)")
    p.add_argument("--mnist-dir", help="folder with the four MNIST IDX files (default: the embedded copy)")
    p.add_argument("--save-curves", metavar="CSV", help="write iteration, loss, train_acc, test_acc")
    p.add_argument("--save-weights", metavar="NPZ", help="write the trained W1 b1 W2 b2")
    p.add_argument("--blas-threads", type=int, default=DEFAULT_BLAS_THREADS, metavar="N",
                   help="threads BLAS may use for the matrix products (default %(default)s: more only "
                        "wait for each other on these small matrices when the machine is busy)")
    p.add_argument("--quiet", action="store_true", help="print only the final accuracies")
    return p


class _Progress:
    """A carriage-return progress line on standard error, only when it is a terminal."""

    def __init__(self, total, enabled):
        self.total, self.enabled, self._last, self._shown = total, enabled and sys.stderr.isatty(), 0.0, False

    def update(self, record):
        now = time.monotonic()
        if self.enabled and now - self._last >= _PROGRESS_EVERY_S:
            self._last = now
            sys.stderr.write(f"\riteration {record.iteration + 1}/{self.total}  loss {record.loss:.4f} ")
            sys.stderr.flush()
            self._shown = True

    def clear(self):
        if self._shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self._shown = False


def _run(config, data, quiet):
    """Drive ``train_steps``, printing epochs; Ctrl-C asks it to stop between iterations."""
    stop = threading.Event()
    progress = _Progress(config.iters_num, not quiet)
    previous = None

    def on_sigint(signum, frame):
        if stop.is_set():
            raise KeyboardInterrupt  # a second Ctrl-C: give up on the current iteration
        stop.set()

    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, on_sigint)
    curves = {}
    steps = train_steps(config, data, should_stop=stop.is_set)
    try:
        while True:
            try:
                record = next(steps)
            except StopIteration as done:
                return done.value, curves
            if isinstance(record, IterationRecord):
                curves[record.iteration] = [record.loss, "", ""]
                progress.update(record)
            elif isinstance(record, EpochRecord):
                curves[record.iteration][1:] = [record.train_acc, record.test_acc]
                if not quiet:
                    progress.clear()
                    print(f"train acc, test acc | {record.train_acc:.4f}, {record.test_acc:.4f}", flush=True)
    finally:
        progress.clear()
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _save_curves(path, curves):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["iteration", "loss", "train_acc", "test_acc"])
        for iteration, row in curves.items():
            writer.writerow([iteration, *(repr(v) if isinstance(v, float) else v for v in row)])


#: TrainConfig's field names as the options that set them, for error messages.
_FLAGS = {"iters_num": "--iters", "batch_size": "--batch-size", "learning_rate": "--lr",
          "hidden_size": "--hidden", "weight_init_std": "--weight-init-std", "seed": "--seed",
          "train_size": "--train-size", "test_size": "--test-size"}


def _with_flag_names(message):
    """``TrainConfig.validate``'s message, naming the option the user typed instead of the field."""
    field = message.split(" ", 1)[0]
    return _FLAGS[field] + message[len(field):] if field in _FLAGS else message


def _final_accuracies(config, data, result):
    """(train acc, test acc) of the final network on the (sub)sets, or None when the run diverged."""
    if result.status == "diverged":
        return None
    (x_train, t_train), (x_test, t_test) = data
    return (pixel_accuracy(result.network, x_train[:config.train_size], t_train[:config.train_size]),
            pixel_accuracy(result.network, x_test[:config.test_size], t_test[:config.test_size]))


def _duration(seconds):
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def main(argv=None):
    """Run the CLI with ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a message already printed by argparse
        return int(exc.code or 0)
    config = TrainConfig(iters_num=args.iters, batch_size=args.batch_size, learning_rate=args.lr,
                         hidden_size=args.hidden, weight_init_std=args.weight_init_std, seed=args.seed,
                         gradient=args.gradient, train_size=args.train_size, test_size=args.test_size,
                         dtype=args.dtype)
    try:
        config.validate()
        if args.blas_threads < 1:
            raise ValueError(f"--blas-threads must be an integer >= 1, not {args.blas_threads}")
    except ValueError as exc:
        parser.print_usage(sys.stderr)
        print(f"{PROG}: error: {_with_flag_names(str(exc))}", file=sys.stderr)
        return 2
    try:
        # Bytes, as train() loads them: divided by 255 a mini-batch at a time (a quarter of the memory).
        data = load_mnist(normalize=False, flatten=True, one_hot_label=False, folder=args.mnist_dir)
        # Around the whole run, not per iteration: the final accuracies below are BLAS work too.
        with blas_threads(args.blas_threads) as n_threads:
            if config.gradient != "backprop" and not args.quiet:
                seconds = estimate_numerical_gradient_seconds(config, blas_threads=args.blas_threads)
                print(f"numerical gradient ({_METHOD_NAMES[config.gradient]}): about {_duration(seconds)} "
                      f"for {config.iters_num} iterations (Ctrl-C stops; backprop takes seconds)", file=sys.stderr)
            result, curves = _run(config, data, args.quiet)
            final = _final_accuracies(config, data, result)
    except MnistError as exc:
        print(f"{PROG}: MNIST: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:  # a subset larger than the data
        print(f"{PROG}: error: {_with_flag_names(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130

    if result.status != "completed":
        print(f"{PROG}: {result.message}", file=sys.stderr)
    if final is not None:
        threads_note = "" if n_threads is None else f", {n_threads} BLAS thread{'s' * (n_threads != 1)}"
        print(f"final train acc, test acc | {final[0]:.4f}, {final[1]:.4f} "
              f"({result.iterations_done} iterations, {result.elapsed_s:.1f} s{threads_note})")
    try:
        if args.save_curves:
            _save_curves(args.save_curves, curves)
        if args.save_weights:
            result.network.save_npz(args.save_weights)
    except OSError as exc:
        print(f"{PROG}: cannot write {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 1
    return {"completed": 0, "cancelled": 130, "diverged": 1}[result.status]


class _CallableModule(types.ModuleType):
    """Importing this module makes ``scratchnn_core.train`` name it instead of the function
    ``training.train`` (Python sets a package attribute for each imported submodule), so the
    module also calls like that function: ``scratchnn_core.train(config)`` works either way."""

    def __call__(self, *args, **kwargs):  # whatever training.train takes (network=, first_iteration=, ...)
        return training.train(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule

if __name__ == "__main__":
    sys.exit(main())
