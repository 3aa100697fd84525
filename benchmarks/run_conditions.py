"""The conditions a benchmark runs under: BLAS threads, N CPU-bound processes beside it, the load average.

    with cpu_load(1), blas_limit(1) as threads:
        ...  # one other program keeps a core busy; BLAS runs on `threads` threads

``--blas-threads`` takes a count or ``off`` (no limit: OpenBLAS's own default, the behaviour before
issue 7). Each load process is a plain Python busy loop (no numpy, no BLAS), started as its own
interpreter and killed when the block ends, also on an error or Ctrl-C.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from contextlib import contextmanager

from scratchnn_core import blas_threads, current_blas_threads

OFF = "off"
_BUSY_LOOP = "while True: pass"


def blas_arg(text: str):
    """``--blas-threads`` values: a positive count, or ``off``."""
    if text == OFF:
        return OFF
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a count >= 1 or '{OFF}', not {text!r}")
    return n


def add_options(parser: argparse.ArgumentParser, default_threads) -> None:
    """Add ``--blas-threads`` and ``--load`` to a benchmark's parser."""
    parser.add_argument("--blas-threads", type=blas_arg, default=default_threads, metavar="N|off",
                        help="limit BLAS to N threads around the run; off: OpenBLAS's own default "
                             "(default %(default)s)")
    parser.add_argument("--load", type=int, default=0, metavar="N",
                        help="run N CPU-bound processes beside the benchmark (default 0)")


@contextmanager
def blas_limit(setting):
    """``blas_threads(setting)``, or no limit for ``off``; yields the thread count in effect."""
    if setting == OFF:
        yield current_blas_threads()
    else:
        with blas_threads(setting) as n:
            yield n


@contextmanager
def cpu_load(n: int):
    """Run ``n`` busy-loop processes during the block; stop and reap them after it."""
    procs = [subprocess.Popen([sys.executable, "-c", _BUSY_LOOP]) for _ in range(n)]
    try:
        if procs:
            time.sleep(0.3)  # let them start spinning before the timing begins
        yield procs
    finally:
        for proc in procs:
            proc.kill()
        for proc in procs:
            proc.wait()


def loadavg() -> list[float] | None:
    """The 1, 5 and 15 minute load averages (None where the OS has none): how busy "idle" really was."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return None
