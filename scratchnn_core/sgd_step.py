"""One step of the book's SGD on a mini-batch with integer labels: the training loop's hot path (issue 12).

``sgd_step`` does what ``TwoLayerNet.loss_and_gradient`` followed by the book's update
``params[key] -= learning_rate * grad[key]`` does (Book 4.5.2, 5.7.2), with two savings:

- The input columns that are zero in every image of the batch add nothing to ``x W1`` and get a zero
  gradient, so both big products run over the other columns only: a third of MNIST's 784 pixels is blank
  in all of a batch of 100 (the border and most corners), and the two products are ~2/3 of an iteration.
  The rows of ``W1`` for blank columns are left exactly as the book's update leaves them (it subtracts
  0). The products add the same terms in the same order; the rounding differs from the full products'
  only where the BLAS kernel splits the sum into blocks (~1e-7 relative in float32).
- Pixels stored as bytes (``load_mnist(normalize=False)``) are divided by 255 in the parameters' dtype
  after the blank columns are dropped: the very numbers of ``normalize=True``, from a quarter of the
  memory to gather (``pixels``).
"""
from __future__ import annotations

import numpy as np

from .functions import softmax_with_loss
from .passes import backward, forward
from .pixels import unit_pixels

__all__ = ["sgd_step"]


def sgd_step(params, x, labels, learning_rate):
    """Train ``params`` (``W1 b1 W2 b2`` of a ``TwoLayerNet``) in place by one SGD step on ``(x, labels)``.

    ``x`` is the mini-batch (N, input_size), floats or uint8 pixels; ``labels`` N integer classes.
    Returns the mean cross-entropy loss of the batch before the update, as ``loss_and_gradient`` does.
    """
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    x = np.asarray(x)
    # The columns with a nonzero (or NaN) pixel somewhere in the batch; on bytes an OR is 2x any()'s speed.
    used = np.flatnonzero(np.bitwise_or.reduce(x, axis=0) if x.dtype == np.uint8 else x.any(axis=0))
    x_used = unit_pixels(x.take(used, axis=1), W1.dtype)  # C order, as x: the same products when none is blank
    W1_used = W1.take(used, axis=0)
    z1, a2 = forward(x_used, W1_used, b1, W2, b2)
    loss, dy = softmax_with_loss(a2, labels)
    grads = backward(x_used, z1, dy, W2)
    for param, step in ((W1_used, grads["W1"]), (b1, grads["b1"]), (W2, grads["W2"]), (b2, grads["b2"])):
        step *= learning_rate  # the book's learning_rate * grad, in place: no temporary
        param -= step
    W1[used] = W1_used
    return loss
