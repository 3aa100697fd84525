"""Timing a piece of work several times, for the benchmarks that report a median and a best."""
from __future__ import annotations

import statistics
import time


def timed(work, runs: int) -> dict:
    """``work(run)`` for run 0 .. runs-1: the median and the best in milliseconds."""
    samples = []
    for run in range(runs):
        started = time.perf_counter()
        work(run)
        samples.append((time.perf_counter() - started) * 1e3)
    return {"median_ms": round(statistics.median(samples), 2), "best_ms": round(min(samples), 2)}


def best_of(runs, fn):
    """The fastest of ``runs`` calls of ``fn`` (seconds) and the last result."""
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result
