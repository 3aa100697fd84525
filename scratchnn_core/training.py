"""The book's mini-batch SGD loop (train_neuralnet.py, Book 4.5.2-4.5.3) as a generator.

``train_steps`` yields one small frozen record per iteration (the mini-batch
loss) and one per epoch (train and test accuracy, scored beside the iterations
in a background thread by default: ``epoch_evaluations``), checks ``should_stop``
between iterations (and, inside a numerical gradient, at each progress report,
about every 20 ms), stops on a NaN or infinite loss, and returns a ``TrainResult``.
One ``numpy.random.default_rng(seed)`` draws the network's seed and then every
mini-batch, so a seed fixes the whole run. A run can go on later from its network and
iteration (``network=``, ``first_iteration=``): the records count on and the epochs keep
the whole run's schedule.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from .epoch_evaluations import EpochEvaluations
from .messages import MessageError, template
from .mnist import FILES as _MNIST_FILES
from .mnist import load_mnist
from .gradient_records import PARAM_NAMES
from .networks import TwoLayerNet
from .pixels import unit_pixels
from .sgd_step import sgd_step
from .steps import run_to_end, stoppable
from .training_start import initial_network, start_run

__all__ = ["TrainConfig", "IterationRecord", "EpochRecord", "TrainResult", "train_steps", "train",
           "iterations_per_epoch", "last_epoch", "MNIST_TRAIN_SIZE",
           "MNIST_TEST_SIZE", "initial_network"]

#: How many samples a ``None`` train_size/test_size means: MNIST's 60000 and 10000.
MNIST_TRAIN_SIZE, MNIST_TEST_SIZE = _MNIST_FILES["train_img"][1][1], _MNIST_FILES["test_img"][1][1]
#: ``TrainConfig.gradient``: backprop, the book's loop ("numerical", as settings stored it) or "structured".
NUMERICAL_METHOD = {"numerical": "book", "structured": "structured"}  # TwoLayerNet.numerical_gradient's
GRADIENTS = ("backprop", *NUMERICAL_METHOD)
DTYPES = ("float32", "float64")
_MASK_BLOCK = 1000  # iterations whose mini-batch indices are drawn at once
NOT_POSITIVE = template("{name} must be a positive number, not {value!r}")
NOT_AN_INTEGER = template("{name} must be an integer >= {minimum}, not {value!r}")
BAD_GRADIENT = template("gradient must be 'backprop', 'numerical' or 'structured', not {value!r}")
BAD_DTYPE = template("dtype must be 'float32' or 'float64', not {value!r}")
LABELS_DIFFER = {"training": template("{images} training images but {labels} labels"),
                 "test": template("{images} test images but {labels} labels")}
TOO_FEW = {"training": template("{name} {size} is larger than the {count} training samples"),
           "test": template("{name} {size} is larger than the {count} test samples")}


@dataclass(frozen=True)
class TrainConfig:
    """The hyperparameters of train_neuralnet.py (Book 4.5.2); ``None`` sizes mean the whole set."""

    iters_num: int = 10000
    batch_size: int = 100
    learning_rate: float = 0.1
    hidden_size: int = 50
    weight_init_std: float = 0.01
    seed: int = 0
    gradient: str = "backprop"
    train_size: int | None = None
    test_size: int | None = None
    dtype: str = "float32"

    def validate(self):
        """Raise ``MessageError`` (a ValueError) with a readable message if a value cannot be trained with."""
        for name in ("iters_num", "batch_size", "hidden_size"):
            _check_int(name, getattr(self, name), minimum=1)
        _check_int("seed", self.seed, minimum=0)
        for name in ("train_size", "test_size"):
            if getattr(self, name) is not None:
                _check_int(name, getattr(self, name), minimum=1)
        for name in ("learning_rate", "weight_init_std"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float, np.number)) \
                    or not math.isfinite(value) or value <= 0:
                raise MessageError(NOT_POSITIVE, name=name, value=value)
        if self.gradient not in GRADIENTS:
            raise MessageError(BAD_GRADIENT, value=self.gradient)
        if self.dtype not in DTYPES:
            raise MessageError(BAD_DTYPE, value=self.dtype)


def _check_int(name, value, minimum):
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < minimum:
        raise MessageError(NOT_AN_INTEGER, name=name, minimum=minimum, value=value)


@dataclass(frozen=True)
class IterationRecord:
    """The mini-batch loss of iteration ``iteration`` (counted from 0, as in the book), before its update."""

    iteration: int
    loss: float


@dataclass(frozen=True)
class EpochRecord:
    """Accuracies on the (sub)sets, measured at the start of epoch ``epoch`` (Book 4.5.3)."""

    iteration: int
    epoch: int
    train_acc: float
    test_acc: float


@dataclass(frozen=True)
class TrainResult:
    """How a run ended: ``status`` is "completed", "cancelled" or "diverged"."""

    status: str
    message: str
    iterations_done: int
    train_loss: tuple
    train_acc: tuple
    test_acc: tuple
    network: TwoLayerNet
    elapsed_s: float


def iterations_per_epoch(train_size, batch_size):
    """The book's ``iter_per_epoch = max(train_size / batch_size, 1)`` (Book 4.5.3): 600 for MNIST."""
    return max(train_size / batch_size, 1)


def last_epoch(iters_num, train_size, batch_size):
    """Index of the last :class:`EpochRecord` a run of ``iters_num`` iterations yields (0 for a short run)."""
    return int((iters_num - 1) // iterations_per_epoch(train_size, batch_size))


def _subsets(config, data):
    if data is None:  # bytes: a quarter of the memory; each batch is divided by 255 as it is used
        data = load_mnist(normalize=False, flatten=True, one_hot_label=False)
    (x_train, t_train), (x_test, t_test) = data
    for name, size, x, t, what in (("train_size", config.train_size, x_train, t_train, "training"),
                                   ("test_size", config.test_size, x_test, t_test, "test")):
        if len(x) != len(t):
            raise MessageError(LABELS_DIFFER[what], images=len(x), labels=len(t))
        if size is not None and size > len(x):
            raise MessageError(TOO_FEW[what], name=name, size=size, count=len(x))
    n_train, n_test = config.train_size, config.test_size
    return (x_train[:n_train], t_train[:n_train]), (x_test[:n_test], t_test[:n_test])


def train_steps(config, data=None, *, network=None, first_iteration=0, should_stop=None,
                background_evaluation=True):
    """Run the book's training loop as a generator of records (Book 4.5.2, train_neuralnet.py).

    Parameters
    ----------
    config : TrainConfig
        Validated first (``ValueError``).
    data : ((x_train, t_train), (x_test, t_test)) or None
        As ``load_mnist(flatten=True)`` returns it (labels or one-hot), normalized
        (floats in [0, 1]) or not (uint8 pixels, divided by 255 in ``config.dtype`` a
        mini-batch and a chunk of rows at a time: the same numbers, a quarter of the
        memory, ``pixels``); None loads the embedded MNIST as bytes. The first
        ``train_size``/``test_size`` samples are used. Never modified.
    network : TwoLayerNet or None
        Trained *in place*, as the book's loop trains its ``network`` (pass a copy to keep the original):
        784 x ``hidden_size`` x 10 in ``config.dtype`` (``ValueError`` otherwise). None: a fresh
        :func:`initial_network`.
    first_iteration : int
        Where the run goes on (0: it starts): iterations ``first_iteration .. iters_num - 1`` run,
        numbered and put into epochs as in one unbroken run of ``iters_num``; from ``i > 0`` the
        mini-batches come from ``default_rng([seed, i])``, so a continued run is reproducible
        (``training_start.start_run`` says why).
    should_stop : callable or None
        Checked before every iteration (and with each ``GradientProgress``); when it returns true the run
        ends "cancelled".
    background_evaluation : bool
        True: the epoch accuracies are scored on a copy of the network in a background thread while the
        iterations go on (``epoch_evaluations``: the same numbers, ~a third of the schedule's work off its
        path on a second core). False: scored in this thread before the next iteration, as the book does.

    Yields
    ------
    GradientProgress
        With a numerical gradient only ("numerical" or "structured"): about every 20 ms inside an
        iteration's gradient (parameters done of the total), so a GUI can show, pause or stop a 15 s
        iteration.
    IterationRecord
        After every iteration: the loss on its mini-batch, from the forward pass that also
        gives the gradient (the book computes it again after the update; this saves a pass).
    EpochRecord
        For each iteration ``i`` that starts an epoch of ``iter_per_epoch = max(train_size /
        batch_size, 1)`` iterations (the book's ``i % iter_per_epoch == 0`` whenever that ratio is a
        whole number, as it is for MNIST: 0, 600, 1200...), the accuracies of the network as it was
        after iteration ``i``, in order: right after that iteration's record, or with background
        evaluation after a later one (all of them before the run returns, also when it is stopped).

    Returns
    -------
    TrainResult
        As ``StopIteration.value``: ``iterations_done`` counts the whole run, the loss and accuracy
        tuples hold this call's records.
    """
    config.validate()
    (x_train, t_train), (x_test, t_test) = _subsets(config, data)
    started = time.perf_counter()
    network, rng = start_run(config, network, first_iteration)
    params, lr = network.params, config.learning_rate
    numerical = NUMERICAL_METHOD.get(config.gradient)  # None with backprop
    fused = numerical is None and np.ndim(t_train) == 1  # backprop on labels: each iteration one sgd_step
    train_size = len(x_train)
    iter_per_epoch = iterations_per_epoch(train_size, config.batch_size)
    losses, train_accs, test_accs = [], [], []
    status, message, done = "completed", f"{config.iters_num} iterations completed", config.iters_num
    masks = ()

    evaluations = EpochEvaluations((x_train, t_train), (x_test, t_test), EpochRecord,
                                   background=background_evaluation)
    with evaluations:
        for i in range(first_iteration, config.iters_num):
            if should_stop is not None and should_stop():
                status, message, done = "cancelled", f"cancelled after {i} iterations", i
                break
            k = i - first_iteration
            if k % _MASK_BLOCK == 0:  # the same numbers as one draw per iteration, in one call per block
                masks = rng.integers(0, train_size, (min(_MASK_BLOCK, config.iters_num - i), config.batch_size))
            batch_mask = masks[k % _MASK_BLOCK]  # the book's choice, with replacement
            x_batch, t_batch = x_train[batch_mask], t_train[batch_mask]
            if not fused:
                x_batch = unit_pixels(x_batch, network.dtype)
            # A diverging run overflows on purpose; the NaN/inf check below reports it instead of warnings.
            # (No yield inside ``errstate``: a suspended generator would leave it set for its consumer.)
            if numerical:  # the slow, honest way: 2 loss evaluations per parameter, progress on the way
                # Epoch records scored meanwhile pass on between its reports: the book's ~15 s iteration
                # does not hold epoch 0's accuracies back.
                grad = yield from stoppable(network.numerical_gradient_steps(x_batch, t_batch, method=numerical),
                                            should_stop,
                                            between=lambda: _epochs(evaluations.ready(), train_accs, test_accs))
                if grad is None:  # stopped inside a numerical gradient: within ~20 ms, not minutes
                    status, message, done = "cancelled", f"cancelled during iteration {i}", i
                    break
            with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
                if fused:  # the book's step over the batch's non-blank pixel columns
                    loss = sgd_step(params, x_batch, t_batch, lr)
                else:
                    if numerical:
                        loss = network.loss(x_batch, t_batch)
                    else:  # one-hot targets: one forward pass serves loss and backprop
                        loss, grad = network.loss_and_gradient(x_batch, t_batch)
                    for key in PARAM_NAMES:
                        step = grad[key]  # gradient() returns new arrays: scale in place, no temporary
                        step *= lr
                        params[key] -= step
                loss = float(loss)
            losses.append(loss)
            yield IterationRecord(i, loss)
            if not math.isfinite(loss):
                status, done = "diverged", i + 1
                message = (f"the loss became {loss} at iteration {i}: training diverged "
                           f"(a smaller learning rate than {lr:g} may help)")
                break
            finished = evaluations.ready()
            if i // iter_per_epoch != (i - 1) // iter_per_epoch:  # i == 0 included
                finished += evaluations.submit(i, int(i // iter_per_epoch), network)
                finished += evaluations.ready()  # scored already when not in the background
            yield from _epochs(finished, train_accs, test_accs)
        yield from _epochs(evaluations.ready(wait=True), train_accs, test_accs)

    return TrainResult(status, message, done, tuple(losses), tuple(train_accs), tuple(test_accs),
                       network, time.perf_counter() - started)


def _epochs(records, train_accs, test_accs):
    for record in records:
        train_accs.append(record.train_acc)
        test_accs.append(record.test_acc)
        yield record


def train(config, data=None, *, network=None, first_iteration=0, callback=None, should_stop=None,
          background_evaluation=True):
    """Run ``train_steps`` to the end, passing each record to ``callback``; return the ``TrainResult``."""
    return run_to_end(train_steps(config, data, network=network, first_iteration=first_iteration,
                                  should_stop=should_stop, background_evaluation=background_evaluation),
                      callback)
