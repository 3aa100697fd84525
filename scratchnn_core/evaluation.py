"""A trained network judged on MNIST: accuracies and every test prediction (Book 4.5.3).

``evaluation_steps`` is a generator so a GUI can show progress and stop a long evaluation (a wide
hidden layer on 60000 images takes seconds) between chunks of rows; ``evaluate`` runs it to the end.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .networks import SCORE_CHUNK
from .pixels import unit_pixels
from .steps import run_to_end

__all__ = ["Evaluation", "evaluation_steps", "evaluate"]

CHUNK = SCORE_CHUNK  # rows scored at a time, as accuracy scores them: a stop is honoured this often


@dataclass(frozen=True)
class Evaluation:
    """Final accuracies and the test set as the network sees it (read-only arrays)."""

    train_acc: float
    test_acc: float
    test_images: np.ndarray = field(repr=False)   # (N, 784)
    test_labels: np.ndarray = field(repr=False)   # (N,) ints
    predicted: np.ndarray = field(repr=False)     # (N,) ints
    probabilities: np.ndarray = field(repr=False)  # (N, classes) float32: softmax outputs


def _labels(t):
    t = np.asarray(t)
    return t.argmax(axis=1) if t.ndim == 2 else t.astype(np.int64)


def _quietly(score, *args):
    with np.errstate(over="ignore", invalid="ignore"):  # a diverged network is scored, not warned about
        return score(*args)


def _readonly(array):
    array.setflags(write=False)
    return array


def evaluation_steps(network, data, train_size=None, test_size=None):
    """Score ``network`` on the first ``train_size``/``test_size`` samples of ``data`` (Book 4.5.3).

    ``data`` is ``((x_train, t_train), (x_test, t_test))`` as ``load_mnist`` returns it (labels or
    one-hot; images normalized or uint8 pixels, divided by 255 a chunk at a time as training does). Yields the fraction of rows done after every chunk of rows; returns an :class:`Evaluation`
    (``evaluation = yield from evaluation_steps(...)``).
    """
    (x_train, t_train), (x_test, t_test) = data
    x_train, train_labels = x_train[:train_size], _labels(t_train[:train_size])
    x_test, test_labels = x_test[:test_size], _labels(t_test[:test_size])
    total = max(len(x_train) + len(x_test), 1)
    correct = 0
    for start in range(0, len(x_train), CHUNK):
        correct += _quietly(network.count_correct, unit_pixels(x_train[start:start + CHUNK], network.dtype),
                            train_labels[start:start + CHUNK])
        yield min(start + CHUNK, len(x_train)) / total
    probabilities = np.empty((len(x_test), network.params["b2"].size), dtype=np.float32)
    for start in range(0, len(x_test), CHUNK):
        probabilities[start:start + CHUNK] = _quietly(network.predict,
                                                      unit_pixels(x_test[start:start + CHUNK], network.dtype))
        yield (len(x_train) + min(start + CHUNK, len(x_test))) / total
    predicted = probabilities.argmax(axis=1).astype(np.int64)
    train_acc = correct / len(x_train) if len(x_train) else 0.0
    test_acc = float(np.mean(predicted == test_labels)) if len(x_test) else 0.0
    if x_test.dtype == np.uint8:
        images = unit_pixels(x_test, np.float32)  # the test set as the network sees it: in [0, 1]
    else:
        images = x_test if not x_test.flags.writeable else x_test.copy()
    return Evaluation(train_acc, test_acc, _readonly(images), _readonly(np.array(test_labels)),
                      _readonly(predicted), _readonly(probabilities))


def evaluate(network, data, train_size=None, test_size=None):
    """:func:`evaluation_steps` run to the end: the :class:`Evaluation`."""
    return run_to_end(evaluation_steps(network, data, train_size, test_size))
