"""The epoch accuracies of a training run, measured beside it on a second core (Book 4.5.3, issues 7, 12).

The book's schedule scores all 70000 images every 600 iterations: a third of the run's arithmetic, and
work that the next iterations do not need. So the training loop hands a copy of the network to one
background thread and goes on; the accuracies are the same numbers, measured on the same weights, and
arrive a little later. One coarse job at a time, with no fine-grained waiting: on a busy machine it
slows down with the cores it gets instead of stalling, which is what OpenBLAS's own second thread does
on these small products (``threads``). At most one snapshot waits beside the one being scored, so a run
that scores more often than it can (a tiny ``train_size``) waits for its evaluations, as it did inline.
Made with ``background=False``, every evaluation is scored in the caller's thread at once.
"""
from __future__ import annotations

from collections import deque
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from .pixels import pixel_accuracy

__all__ = ["EpochEvaluations"]

_WAITING = 1  # snapshots queued behind the one being scored before submit() waits


class EpochEvaluations:
    """Scores snapshots of a network on the training and test sets, in order, one at a time.

    ``make_record(iteration, epoch, train_acc, test_acc)`` builds what :meth:`ready` returns.
    Use it as a context manager (or call :meth:`close`): leaving lets an evaluation in progress end and
    drops the ones not started.
    """

    def __init__(self, train, test, make_record, *, background=True):
        self._train, self._test, self._make_record = train, test, make_record
        self._executor = (ThreadPoolExecutor(1, thread_name_prefix="scratchnn-epoch-accuracy")
                          if background else None)
        self._pending = deque()  # (iteration, epoch, future or (train_acc, test_acc)), oldest first

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        """End the background thread: the evaluation running finishes, queued ones are dropped."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)

    def submit(self, iteration, epoch, network):
        """Score ``network`` as it is now (a copy is taken) for the epoch record of ``iteration``.

        Returns the records that had to be finished first to make room (oldest first), usually none.
        """
        finished = []
        while len(self._pending) > _WAITING:
            finished.append(self._finish(self._pending.popleft()))
        snapshot = network.copy()
        if self._executor is None:
            scores = self._score(snapshot)
        else:
            scores = self._executor.submit(self._score, snapshot)
        self._pending.append((iteration, epoch, scores))
        return finished

    def ready(self, *, wait=False):
        """The records whose scores are in, oldest first; ``wait=True``: all of them, waiting as needed."""
        finished = []
        while self._pending and (wait or _done(self._pending[0][2])):
            finished.append(self._finish(self._pending.popleft()))
        return finished

    def _finish(self, pending):
        iteration, epoch, scores = pending
        train_acc, test_acc = scores if isinstance(scores, tuple) else scores.result()
        return self._make_record(iteration, epoch, train_acc, test_acc)

    def _score(self, network):
        # errstate is per thread: a diverged network's overflow is expected, as in the loop itself.
        with np.errstate(over="ignore", invalid="ignore"):
            return pixel_accuracy(network, *self._train), pixel_accuracy(network, *self._test)


def _done(scores):
    return isinstance(scores, tuple) or scores.done()
