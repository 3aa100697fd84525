"""The book's full MNIST schedule, timed: is ScratchNN's core fast and lean enough? (Book 4.5, issue 2)

train_neuralnet.py's schedule: 10000 iterations, batch 100, learning rate 0.1, 50 hidden units, train and
test accuracy on the full sets every epoch (600 iterations). Measured on the issue's machine (2 cores),
the book's own script takes 14-18 s, peaks at 750 MB and ends at test acc 0.945.

    python benchmarks/train_mnist.py                 # float32, seed 0
    python benchmarks/train_mnist.py --dtype float64 --seed 1
    python benchmarks/train_mnist.py --float-images  # MNIST loaded normalized (the app's data), not as bytes
    python benchmarks/train_mnist.py --tracemalloc   # also numpy's traced peak (slower)
    python benchmarks/train_mnist.py --blas-threads 2  # BLAS limited to 2 threads (default: the core's 1)
    python benchmarks/train_mnist.py --blas-threads off  # no limit: OpenBLAS's own default, as before issue 7
    python benchmarks/train_mnist.py --load 1        # one CPU-bound process beside the run (everyday load)
    python benchmarks/train_mnist.py --compare-book  # also time book_loop.py here: a machine-fair ratio
    python benchmarks/train_mnist.py --compare-book --book-images float64  # against the earlier restatement
    python benchmarks/train_mnist.py --inline-evaluation  # epoch accuracies in the loop's thread, as before

On a machine whose cores are busy with other work, OpenBLAS's threads on these small matrices (100x784 by
784x50) wait for each other: compare ``--load 1`` with ``--blas-threads 1``, ``2`` and ``off`` (issue 7).
By default the epoch accuracies are scored beside the iterations in a background thread (the core's
``background_evaluation``); ``--inline-evaluation`` scores them in the loop, as the core did before.

Prints the per-epoch lines, then the timings; the last line is JSON: ``wall_s`` (loading + training),
``cpu_s`` (the process's CPU seconds), ``load_s``, ``train_s``, ``peak_rss_mb`` (``ru_maxrss`` of the whole process), ``traced_peak_mb`` (or
null), ``images`` ("uint8", or the dtype with ``--float-images``), ``last_epoch_test_acc``, ``final_train_acc``, ``final_test_acc`` (of the final network), and
``targets`` (test acc >= 0.94, wall <= 5 s, peak < 350 MB) with ``met``, ``evaluation`` ("background" or
"inline"), ``blas_limit`` (the
``--blas-threads`` asked for), ``blas_threads`` (the count in effect during the run), ``load_processes`` and
``loadavg_before``/``loadavg_after`` (the machine's 1/5/15-minute load: how idle "idle" was). With ``--compare-book``, also
``book_loop`` (book_loop.py's JSON, run in its own process after ours), ``speedup_vs_book_loop`` and
``cpu_speedup_vs_book_loop`` (in CPU seconds, ``cpu_s`` of both: steadier on a shared machine with one BLAS
thread, blind to a second thread's help): the target is a ratio, which does not depend on the machine.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from run_conditions import add_options, blas_limit, cpu_load, loadavg

from scratchnn_core import DEFAULT_BLAS_THREADS, TrainConfig, load_mnist, train
from scratchnn_core.pixels import pixel_accuracy
from scratchnn_core.training import EpochRecord

TARGETS = {"test_acc_min": 0.94, "wall_s_max": 5.0, "peak_mb_max": 350.0}


def peak_rss_mb() -> float:
    """The process's peak resident set size (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dtype", choices=("float32", "float64"), default="float32")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace allocations (slower)")
    parser.add_argument("--compare-book", action="store_true", help="also time book_loop.py on this machine")
    parser.add_argument("--float-images", action="store_true",
                        help="load normalized float images (as the app does) instead of bytes (as train() does)")
    parser.add_argument("--book-images", choices=("float32", "float64"), default="float32",
                        help="book_loop.py's image dtype: the book's float32 or the earlier restatement's float64")
    parser.add_argument("--inline-evaluation", action="store_true",
                        help="score the epoch accuracies in the loop's thread instead of beside it")
    add_options(parser, DEFAULT_BLAS_THREADS)
    args = parser.parse_args()

    def on_record(record) -> None:
        if isinstance(record, EpochRecord):
            print(f"train acc, test acc | {record.train_acc:.4f}, {record.test_acc:.4f}", flush=True)

    if args.tracemalloc:
        tracemalloc.start()
    loadavg_before = loadavg()
    with cpu_load(args.load), blas_limit(args.blas_threads) as threads:
        print(f"BLAS threads: {threads} (--blas-threads {args.blas_threads}); {args.load} CPU-bound "
              f"process(es) beside the run; load average {loadavg_before}", flush=True)
        started, cpu_started = time.perf_counter(), time.process_time()
        # As train() loads it by default: bytes, divided by 255 a batch at a time (--float-images: the app's way)
        data = load_mnist(normalize=args.float_images, flatten=True, one_hot_label=False, dtype=args.dtype)
        load_s = time.perf_counter() - started
        config = TrainConfig(seed=args.seed, dtype=args.dtype)  # the book's schedule is the default
        result = train(config, data, callback=on_record, background_evaluation=not args.inline_evaluation)
        wall_s, cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
        (x_train, t_train), (x_test, t_test) = data
        network = result.network
        final_train, final_test = pixel_accuracy(network, x_train, t_train), pixel_accuracy(network, x_test, t_test)
    loadavg_after = loadavg()
    traced = tracemalloc.get_traced_memory()[1] / 2**20 if args.tracemalloc else None
    peak = peak_rss_mb()

    print(f"{result.status}: {result.iterations_done} iterations in {result.elapsed_s:.2f} s "
          f"(+ {load_s:.2f} s loading MNIST) = {wall_s:.2f} s; peak RSS {peak:.0f} MB"
          + (f", traced peak {traced:.0f} MB" if traced is not None else ""))
    print(f"final train acc, test acc | {final_train:.4f}, {final_test:.4f}")
    met = (final_test >= TARGETS["test_acc_min"] and wall_s <= TARGETS["wall_s_max"]
           and peak < TARGETS["peak_mb_max"])
    book = None
    if args.compare_book:  # its own process: its peak memory and its BLAS warm-up are its own
        done = subprocess.run([sys.executable, str(Path(__file__).with_name("book_loop.py")), "--seed",
                               str(args.seed), "--blas-threads", str(args.blas_threads), "--load",
                               str(args.load), "--images", args.book_images], capture_output=True, text=True, check=True)
        book = json.loads(done.stdout.splitlines()[-1])
        print(f"book-style loop here: {book['wall_s']:.2f} s, peak RSS {book['peak_rss_mb']:.0f} MB, "
              f"test acc {book['final_test_acc']:.4f}; speed-up {book['wall_s'] / wall_s:.2f}x")
    print(json.dumps({
        "status": result.status, "iterations": result.iterations_done, "dtype": args.dtype,
        "seed": args.seed, "images": args.dtype if args.float_images else "uint8", "evaluation": "inline" if args.inline_evaluation else "background",
        "blas_limit": args.blas_threads, "blas_threads": threads,
        "load_processes": args.load, "loadavg_before": loadavg_before, "loadavg_after": loadavg_after,
        "wall_s": round(wall_s, 3), "cpu_s": round(cpu_s, 3), "load_s": round(load_s, 3),
        "train_s": round(result.elapsed_s, 3), "peak_rss_mb": round(peak, 1),
        "traced_peak_mb": None if traced is None else round(traced, 1),
        "last_epoch_test_acc": result.test_acc[-1], "final_train_acc": final_train,
        "final_test_acc": final_test, "targets": TARGETS, "met": met, "book_loop": book,
        "speedup_vs_book_loop": None if book is None else round(book["wall_s"] / wall_s, 2),
        "cpu_speedup_vs_book_loop": None if book is None else round(book["cpu_s"] / cpu_s, 2),
    }))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
