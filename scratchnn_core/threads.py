"""How many threads BLAS may use for the chapter's matrix products, chosen and limited (Book 4.5, issue 7).

Training the book's two-layer net multiplies small matrices (a mini-batch of 100x784 by 784x50, then
100x50 by 50x10). A second OpenBLAS thread helps there only on a quiet machine, and only by about a
quarter; when the cores are busy (a GUI thread drawing plots, another program) OpenBLAS's threads wait
for each other and a run becomes many times slower. So training, evaluation and the numerical-gradient
estimate run inside ``blas_threads()``, a limit set by threadpoolctl around the whole run and lifted
after it, instead of an ``OPENBLAS_NUM_THREADS`` that would have to be set before numpy loads and would
stay for the whole process.

Why one thread by default (``DEFAULT_BLAS_THREADS``), measured with ``benchmarks/blas_threads.py`` (the
book's full schedule, 10000 iterations of batch 100, training seconds, median of 3) on a 2-core machine
that other programs shared (load average 1.5-7 during the runs):

* nothing else started: 1 thread 4.1 s, 2 threads 19 s, no limit (OpenBLAS's 2) 9.7 s (2.7 s to 83 s);
* one CPU-bound process beside it: 1 thread 4.4 s, 2 threads 63 s, no limit 44 s (7 s to 128 s).

One thread runs the same whatever else the machine does; two win only on a quiet machine (2.7-3.0 s
against 3.6-3.9 s, load average 0.4-1.9) and lose up to 30-fold as soon as a core is busy, because
OpenBLAS's threads then wait for each other on every small product. The numerical-gradient estimate
varied by under 5% between fresh processes on one thread, and 25-fold on two under load. On a machine of
one's own, ``scratchnn-train --blas-threads 2`` is there.

The second core is used instead by a coarser split: the epoch accuracies (a third of the schedule's
arithmetic) are scored in a background thread beside the iterations (``epoch_evaluations``), one job of
~0.1 s at a time with nothing to wait for in between. Measured the same way (load average 0.7-2): idle
3.0 s with it against 4.5-4.9 s without it and 3.0-4.2 s for OpenBLAS's two threads; with one
CPU-bound process beside it 3.8-4.5 s, against 12-13.5 s for OpenBLAS's two threads.

What threadpoolctl does here, and what it means for callers:

* With OpenBLAS on pthreads (numpy's wheels) the thread pool is process-wide: a limit set in one Python
  thread holds for numpy calls in every thread until it is lifted.
* From threadpoolctl 3.8, the first thread that sets an OpenBLAS limit controls it until its outermost
  limit ends; a limit entered meanwhile in another thread silently changes nothing. So enter the limit
  once per job in the thread that runs it (the worker thread in the app, the main thread in the CLI).
* Entering costs well under a millisecond (it inspects the loaded libraries): put it around a whole run,
  not around each iteration. Setting limits from several threads at once is not thread-safe in
  threadpoolctl; a lock here serialises our own calls.
"""
from __future__ import annotations

import os
import threading
from contextlib import contextmanager

from threadpoolctl import threadpool_info, threadpool_limits

__all__ = ["DEFAULT_BLAS_THREADS", "available_cores", "blas_threads", "current_blas_threads"]

#: The count ``blas_threads()`` sets when given no number (see the module docstring for the measurement).
DEFAULT_BLAS_THREADS = 1

_lock = threading.Lock()  # threadpoolctl's set and restore are not safe to run concurrently


def available_cores() -> int:
    """Cores this process may run on (its affinity where the OS says so)."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # macOS, Windows
        return max(os.cpu_count() or 1, 1)


def current_blas_threads() -> int | None:
    """The number of threads BLAS may use right now (Book 4.5).

    Returns
    -------
    int or None
        The largest ``num_threads`` threadpoolctl reports for a loaded BLAS library (numpy's OpenBLAS),
        or None when no BLAS library is loaded or it does not say.
    """
    counts = [info["num_threads"] for info in threadpool_info()
              if info.get("user_api") == "blas" and info.get("num_threads") is not None]
    return max(counts) if counts else None


@contextmanager
def blas_threads(n: int | None = None):
    """Limit BLAS to ``n`` threads inside the block; restore the previous count after it (Book 4.5).

    Parameters
    ----------
    n : int or None
        Threads BLAS may use; None means ``DEFAULT_BLAS_THREADS``. A count above the cores this
        process may run on is lowered to that many (more threads than cores only wait for each other).

    Yields
    ------
    int or None
        The count in effect inside the block, as ``current_blas_threads()`` reports it.

    Raises
    ------
    ValueError
        If ``n`` is not a positive integer.

    Notes
    -----
    The limit holds for the whole process (OpenBLAS has one thread pool), and the previous counts come
    back even when the block raises. Enter it around a whole training run or evaluation, in the thread
    that runs it.
    """
    if n is None:
        n = DEFAULT_BLAS_THREADS
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"the number of BLAS threads must be an integer >= 1, not {n!r}")
    with _lock:
        limiter = threadpool_limits(limits=min(n, available_cores()), user_api="blas")
        limiter.__enter__()
    try:
        yield current_blas_threads()
    finally:
        with _lock:
            limiter.__exit__(None, None, None)
