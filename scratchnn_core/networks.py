"""The book's networks: SimpleNet (Book 4.4.2) and TwoLayerNet (Book 4.5.1, 5.7).

``TwoLayerNet.gradient`` is the closed-form backward pass of Book 5.7 (sigmoid
hidden layer, softmax with cross-entropy output); ``numerical_gradient`` is the
honest central difference over every parameter that chapter 4 trains with and
Book 5.7.3 checks backprop against: ``method="book"`` the book's slow loop,
``method="structured"`` the same differences from the net's structure
(``structured_gradient``), ~200x faster.
"""
from __future__ import annotations

import time

import numpy as np

from .functions import cross_entropy_error, softmax, softmax_with_loss
from .gradient import numerical_gradient_steps
from .passes import backward, forward
from .gradient_records import PARAM_NAMES, GradientCancelled, GradientProgress
from .steps import run_to_end
from .structured_gradient import structured_gradient_steps
from .weights_file import read_params, write_params

__all__ = ["GradientCancelled", "GradientProgress", "SimpleNet", "TwoLayerNet", "NUMERICAL_METHODS"]

#: ``TwoLayerNet.numerical_gradient``'s methods: the book's loop and the same differences from the structure.
NUMERICAL_METHODS = ("book", "structured")
SCORE_CHUNK = 5000  # rows scored at a time: the 60000 training images need no 60000x50 temporaries
PROGRESS_INTERVAL_S = 0.02  # a numerical gradient reports (and can be paused or stopped) this often


class SimpleNet:
    """A single 2x3 weight matrix ``W``, softmax and cross-entropy (Book 4.4.2).

    ``W`` defaults to standard normal values from ``numpy.random.default_rng(seed)``.
    """

    def __init__(self, W=None, seed=None):
        if W is None:
            W = np.random.default_rng(seed).standard_normal((2, 3))
        self.W = np.array(W, dtype=np.float64)

    def predict(self, x):
        """Scores ``x @ W``."""
        return np.dot(x, self.W)

    def loss(self, x, t):
        """Cross-entropy error of ``softmax(predict(x))`` against ``t``."""
        return cross_entropy_error(softmax(self.predict(x)), t)


class TwoLayerNet:
    """Affine - sigmoid - affine - softmax, the network of Book 4.5.1.

    Parameters
    ----------
    input_size, hidden_size, output_size : int
        784, 50, 10 for MNIST as in the book.
    weight_init_std : float
        Weights are ``weight_init_std`` times standard normal values; biases are 0.
    seed : int or None
        Seed of the ``numpy.random.default_rng`` that draws W1 then W2 (the same
        values whatever the dtype).
    dtype : numpy dtype
        Parameter dtype; float32 halves the memory traffic of training.
    """

    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01,
                 seed=None, dtype=np.float64):
        rng = np.random.default_rng(seed)
        dtype = np.dtype(dtype)
        self.params = {
            "W1": (weight_init_std * rng.standard_normal((input_size, hidden_size))).astype(dtype),
            "b1": np.zeros(hidden_size, dtype=dtype),
            "W2": (weight_init_std * rng.standard_normal((hidden_size, output_size))).astype(dtype),
            "b2": np.zeros(output_size, dtype=dtype),
        }

    @property
    def dtype(self):
        """The dtype of the parameters."""
        return self.params["W1"].dtype

    def _input(self, x):
        # Compute in the parameters' dtype: uint8 or float64 data never upcasts float32 params.
        x = np.asarray(x, dtype=self.dtype)
        return x.reshape(1, -1) if x.ndim == 1 else x

    def _scores(self, x):
        p = self.params
        return forward(x, p["W1"], p["b1"], p["W2"], p["b2"])

    def predict(self, x):
        """Class probabilities ``softmax(sigmoid(x W1 + b1) W2 + b2)``, one row per sample."""
        return softmax(self._scores(self._input(x))[1])

    def loss(self, x, t):
        """Mean cross-entropy error of the predictions against ``t`` (labels or one-hot)."""
        return cross_entropy_error(self.predict(x), t)

    def accuracy(self, x, t):
        """Fraction of samples whose most probable class is the target (labels or one-hot).

        The argmax is taken over the scores (softmax keeps their order), a chunk of rows at a time so a
        whole data set costs little memory. An empty set has accuracy 0.0.
        """
        x = self._input(x)
        t = np.asarray(t)
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        return self.count_correct(x, t) / len(x) if len(x) else 0.0

    def count_correct(self, x, labels):
        """How many samples' most probable class is their integer label: :meth:`accuracy`'s count, scored
        ``SCORE_CHUNK`` rows at a time (an evaluation that yields between chunks calls it per chunk)."""
        x = self._input(x)
        return sum(int(np.count_nonzero(np.argmax(self._scores(x[i:i + SCORE_CHUNK])[1], axis=1)
                                        == labels[i:i + SCORE_CHUNK]))
                   for i in range(0, len(x), SCORE_CHUNK))

    def numerical_gradient_steps(self, x, t, *, method="book"):
        """:meth:`numerical_gradient` as a generator: yields a :class:`GradientProgress` about every
        20 ms (so a caller can show progress, pause or stop inside one gradient) and returns the
        gradients (``grads = yield from net.numerical_gradient_steps(x, t)``)."""
        if method not in NUMERICAL_METHODS:
            raise ValueError(f"method must be 'book' or 'structured', not {method!r}")
        steps = (structured_gradient_steps(self.params, x, t) if method == "structured"
                 else _book_gradient_steps(self, x, t))
        return (yield from _throttled(steps))

    def numerical_gradient(self, x, t, *, method="book", should_stop=None, progress=None):
        """Gradients of the loss by central differences over every parameter (Book 4.5.1).

        ``method="book"`` is the book's loop: two full loss evaluations per parameter,
        ~80,000 for the 784-50-10 net, slow by design. ``method="structured"`` computes
        the same differences (within ~1e-11) from the net's structure, only the losses a
        parameter changes (``structured_gradient``): ~200x faster, still no chain rule.
        Either way in float64 on a copy; returns float64 arrays keyed like ``params``.
        ``progress(done, total)``, if given, is called about every 20 ms; ``should_stop``,
        if given, is polled as often: when it returns True the call raises
        ``GradientCancelled``, so a GUI's Stop button need not wait for the whole
        gradient. The network is never modified.
        """
        def report_or_cancel(report):
            if progress is not None:
                progress(report.done, report.total)
            if should_stop is not None and should_stop():
                raise GradientCancelled("numerical gradient cancelled")

        return run_to_end(self.numerical_gradient_steps(x, t, method=method), report_or_cancel)

    def gradient(self, x, t):
        """Gradients of the loss by backpropagation (Book 5.7.2), in the parameters' dtype."""
        return self.loss_and_gradient(x, t)[1]

    def loss_and_gradient(self, x, t):
        """``(loss, gradients)`` from one forward and one backward pass: training needs both."""
        p = self.params
        x = self._input(x)
        t = np.asarray(t)
        n = x.shape[0]
        z1, a2 = self._scores(x)
        if t.size == a2.size:  # one-hot targets
            y = softmax(a2)
            loss = cross_entropy_error(y, t)
            dy = (y - t.reshape(y.shape).astype(y.dtype, copy=False)) / n
        else:  # labels: softmax-with-loss backward is (y - onehot(t)) / N
            loss, dy = softmax_with_loss(a2, t)
        return loss, backward(x, z1, dy, p["W2"])

    def save_npz(self, path):
        """Write the parameters to ``path`` as an uncompressed .npz (the name is kept as given).

        Written to a temporary file in the same folder and renamed over ``path``: a full disk or any
        other failure raises ``OSError`` and leaves an existing file as it was.
        """
        write_params(path, self.params)

    @classmethod
    def load_npz(cls, path, *, input_size=784, output_size=10, max_hidden=4096):
        """Read a network written by ``save_npz`` (or ``numpy.savez(path, W1=..., b1=..., W2=..., b2=...)``).

        The four .npy headers are checked before any data is read, so no file can make this allocate
        more than the parameters of ``max_hidden`` hidden units (26 MB in float64 for MNIST).

        Parameters
        ----------
        input_size, output_size : int
            The network's shape, 784 and 10 for MNIST (Book 4.5.1).
        max_hidden : int
            The largest hidden layer accepted (the book uses 50 or 100).

        Raises
        ------
        ValueError
            If the file is missing or not a regular file, not an .npz, lacks one of W1 b1 W2 b2, or its
            arrays are not an ``input_size``-H-``output_size`` net with ``1 <= H <= max_hidden``, all float32
            or all float64, finite. The message says what the file should be.
        """
        return cls._from_params(read_params(path, input_size, output_size, max_hidden))

    def copy(self, dtype=None):
        """A network with copies of the parameters in ``dtype`` (None: theirs): training or perturbing the
        copy leaves this one alone."""
        dtype = self.dtype if dtype is None else np.dtype(dtype)
        return type(self)._from_params({key: value.astype(dtype) for key, value in self.params.items()})

    @classmethod
    def _from_params(cls, params):
        net = cls.__new__(cls)
        net.params = dict(params)
        return net


def _book_gradient_steps(network, x, t):
    """The book's loop (Book 4.5.1) over a float64 copy of ``network``: yields ``(done, total)`` after every
    parameter, returns the gradients."""
    net = network.copy(np.float64)
    x = np.asarray(x, dtype=np.float64)

    def loss_W(W):  # the book's idiom: reads net.params, which the loop perturbs in place
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):  # diverged weights: inf
            return net.loss(x, t)

    total = sum(p.size for p in net.params.values())
    grads, done_before = {}, 0
    for key in PARAM_NAMES:
        steps = numerical_gradient_steps(loss_W, net.params[key])
        while True:
            try:
                done = next(steps)
            except StopIteration as stop:
                grads[key] = stop.value
                break
            yield done_before + done, total
        done_before += net.params[key].size
    return grads


def _throttled(steps):
    """A numerical gradient's ``(done, total)`` (every ~ms) as a ``GradientProgress`` every ~20 ms."""
    last, total = time.perf_counter(), 0
    while True:
        try:
            done, total = next(steps)
        except StopIteration as stop:
            yield GradientProgress(total, total)  # once, when the gradient is there
            return stop.value
        now = time.perf_counter()
        if now - last >= PROGRESS_INTERVAL_S and done != total:
            last = now
            yield GradientProgress(done, total)
