"""Which digits a trained network confuses, and its most confident mistakes (Book 4.5.3, class by class).

The book judges a network by one number, its accuracy. A confusion matrix splits that number by class:
its diagonal holds the right answers (``trace / total`` is the accuracy), the rest says which digit was
taken for which. ``top_k`` and ``mistakes`` pick out the samples a mistakes browser shows.
"""
from __future__ import annotations

import numpy as np

__all__ = ["confusion_matrix", "top_k", "mistakes"]


def confusion_matrix(labels, predicted, n_classes=10):
    """Count how often each true class was predicted as each class (Book 4.5.3).

    Parameters
    ----------
    labels, predicted : array_like
        Class indices, shape (N,); a 2-D array (one-hot labels, or the probabilities or scores of
        ``predict``) is reduced to its row-wise argmax first. Never modified.
    n_classes : int
        Number of classes; every index must lie in ``range(n_classes)``.

    Returns
    -------
    numpy.ndarray
        Shape (n_classes, n_classes), int64: ``counts[i, j]`` samples of true class ``i`` predicted as
        ``j``. Rows sum to the class sizes, the whole matrix to N, and ``trace / N`` is the accuracy.

    Raises
    ------
    ValueError
        If the shapes differ, the values are not whole class indices, or one is out of range.
    """
    n_classes = _n_classes(n_classes)
    labels = _classes(labels, "labels", n_classes)
    predicted = _classes(predicted, "predicted", n_classes)
    if labels.shape != predicted.shape:
        raise ValueError(f"{len(labels)} labels but {len(predicted)} predictions")
    counts = np.bincount(labels * n_classes + predicted, minlength=n_classes * n_classes)
    return counts.reshape(n_classes, n_classes)


def top_k(probabilities, k=3):
    """The ``k`` most probable classes of each sample and their probabilities, most probable first.

    Parameters
    ----------
    probabilities : array_like
        Shape (N, C) as ``TwoLayerNet.predict`` returns it, or (C,) for one sample. Never modified.
    k : int
        How many classes, 1 <= k <= C.

    Returns
    -------
    classes : numpy.ndarray
        int64, shape (N, k) (or (k,) for one sample); equal probabilities keep the lower class first.
    values : numpy.ndarray
        The probabilities of those classes, same shape, in the input's dtype.
    """
    p = np.asarray(probabilities)
    if p.ndim not in (1, 2) or p.shape[-1] == 0:
        raise ValueError(f"top_k needs probabilities of shape (N, C) or (C,), not {p.shape}")
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or not 1 <= k <= p.shape[-1]:
        raise ValueError(f"k must be an integer from 1 to {p.shape[-1]}, not {k!r}")
    classes = np.argsort(-p, axis=-1, kind="stable")[..., :k].astype(np.int64)
    return classes, np.take_along_axis(p, classes, axis=-1)


def mistakes(labels, probabilities, *, true_class=None, predicted_class=None):
    """Indices of the wrongly classified samples, the most confident mistakes first.

    Parameters
    ----------
    labels : array_like
        True classes (N,) or one-hot (N, C).
    probabilities : array_like
        Shape (N, C), what ``TwoLayerNet.predict`` gave; the predicted class is the most probable one.
    true_class, predicted_class : int or None
        Keep only the mistakes of this true and/or predicted class: one off-diagonal cell of the
        confusion matrix when both are given.

    Returns
    -------
    numpy.ndarray
        int64 sample indices, by falling probability of the predicted class; ties keep sample order.
    """
    p = np.asarray(probabilities)
    if p.ndim != 2 or p.shape[1] == 0:
        raise ValueError(f"mistakes needs probabilities of shape (N, C), not {p.shape}")
    n_classes = p.shape[1]
    labels = _classes(labels, "labels", n_classes)
    predicted = _classes(p, "predicted", n_classes)
    if labels.shape != predicted.shape:
        raise ValueError(f"{len(labels)} labels but {len(predicted)} predictions")
    keep = labels != predicted
    if true_class is not None:
        keep &= labels == true_class
    if predicted_class is not None:
        keep &= predicted == predicted_class
    indices = np.flatnonzero(keep)
    confidence = p[indices, predicted[indices]]
    return indices[np.argsort(-confidence, kind="stable")].astype(np.int64)


def _n_classes(n_classes):
    if isinstance(n_classes, bool) or not isinstance(n_classes, (int, np.integer)) or n_classes < 1:
        raise ValueError(f"n_classes must be a positive integer, not {n_classes!r}")
    return int(n_classes)


def _classes(values, name, n_classes):
    """Whole class indices as int64, shape (N,); a 2-D array gives its row-wise argmax."""
    array = np.asarray(values)
    if array.ndim == 2:
        if array.shape[1] != n_classes:
            raise ValueError(f"{name} has {array.shape[1]} columns but there are {n_classes} classes")
        array = np.argmax(array, axis=1)
    if array.ndim != 1:
        raise ValueError(f"{name} must be class indices of shape (N,) or a 2-D array, not {array.shape}")
    floating = np.issubdtype(array.dtype, np.floating)
    if not (floating or np.issubdtype(array.dtype, np.integer)):  # bool is not an integer dtype here
        raise ValueError(f"{name} must be class indices, not dtype {array.dtype}")
    if floating and not np.all(np.isfinite(array) & (array == np.round(array))):
        raise ValueError(f"{name} must be whole class indices")
    if array.size and (array.min() < 0 or array.max() >= n_classes):
        raise ValueError(f"{name} must lie in 0..{n_classes - 1}, found {array.min()}..{array.max()}")
    return array.astype(np.int64)
