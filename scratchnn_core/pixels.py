"""MNIST's images as the network reads them, however they were loaded (Book 3.6.1).

``load_mnist(normalize=False)`` keeps the pixels as bytes, 0..255: a quarter of the memory of float32
(47 MB for the training set instead of 188 MB) and of the traffic of gathering a mini-batch. The training
loop and its epoch accuracies then divide each mini-batch and each chunk of rows by 255 as they use it,
which gives the very numbers of ``normalize=True``.
"""
from __future__ import annotations

import numpy as np

__all__ = ["unit_pixels", "pixel_accuracy"]

# Rows of bytes divided at a time when scoring: 3 MB in float32, still warm in cache for the product and
# under numpy's 4 MB huge-page threshold (0.09 s for the training set, against 0.10-0.16 s by 5000 rows).
BYTE_CHUNK = 1000


def unit_pixels(x, dtype):
    """Images in ``dtype`` as the network reads them: uint8 pixels divided by 255 (what
    ``load_mnist(normalize=True)`` computes, to the last bit), other data converted as they are."""
    x = np.asarray(x)
    dtype = np.dtype(dtype)
    if x.dtype == np.uint8:
        return np.divide(x, dtype.type(255), dtype=dtype)
    return x.astype(dtype, copy=False)


def pixel_accuracy(network, x, t):
    """``network.accuracy(x, t)``, also for uint8 pixels: divided by 255 ``BYTE_CHUNK`` rows at a time,
    so scoring the training set never holds a float copy of it."""
    x = np.asarray(x)
    if x.dtype != np.uint8:
        return network.accuracy(x, t)
    t = np.asarray(t)
    labels = np.argmax(t, axis=1) if t.ndim != 1 else t
    correct = sum(network.count_correct(unit_pixels(x[i:i + BYTE_CHUNK], network.dtype),
                                        labels[i:i + BYTE_CHUNK])
                  for i in range(0, len(x), BYTE_CHUNK))
    return correct / len(x) if len(x) else 0.0
