"""Where a run of the book's training loop starts: a fresh network, or one that goes on (Book 4.5.2).

``train_steps`` starts from :func:`initial_network` (the book's ``TwoLayerNet(input_size=784,
hidden_size=50, output_size=10)`` with ``weight_init_std``) or from a network it is given, at iteration 0
or further on. :func:`start_run` checks the network against the config and picks the generator of the
mini-batches.
"""
from __future__ import annotations

import numpy as np

from .messages import MessageError, template
from .networks import TwoLayerNet

__all__ = ["initial_network", "start_run", "INPUT_SIZE", "OUTPUT_SIZE"]

INPUT_SIZE, OUTPUT_SIZE = 784, 10  # MNIST's pixels and classes
BAD_FIRST = template("first_iteration must be an integer from 0 to iters_num - 1 = {last}, not {value!r}")
BAD_SHAPES = template("the network's W1 and W2 are {w1} and {w2}, not {expected_w1} and {expected_w2}")
BAD_DTYPE = template("the network's weights are {dtype} but the config says {expected}")


def _book_rng(config):
    """``(default_rng(config.seed), seed)``: the run's generator after its first draw, the network's seed."""
    rng = np.random.default_rng(config.seed)
    return rng, int(rng.integers(2**63))


def initial_network(config):
    """The ``TwoLayerNet`` a fresh run of ``config`` starts from (Book 4.5.2).

    The first draw of ``numpy.random.default_rng(config.seed)`` seeds it, as in ``train_steps``, so
    ``train_steps(config, network=initial_network(config))`` is the same run as ``train_steps(config)``.
    """
    _, seed = _book_rng(config)
    with np.errstate(over="ignore"):  # an absurd weight_init_std overflows float32: reported as diverged
        return TwoLayerNet(INPUT_SIZE, config.hidden_size, OUTPUT_SIZE, config.weight_init_std, seed=seed,
                           dtype=config.dtype)


def start_run(config, network=None, first_iteration=0):
    """``(network, rng)``: the network to train and the generator of its mini-batch indices.

    Parameters
    ----------
    config : TrainConfig
        Already validated.
    network : TwoLayerNet or None
        Must be 784 x ``hidden_size`` x 10 in ``config.dtype`` (``ValueError`` otherwise); None gives
        :func:`initial_network`.
    first_iteration : int
        0 <= first_iteration < iters_num. From 0 the rng is the book's single ``default_rng(seed)``
        after the network's seed was drawn from it (whether or not a network was given); from ``i > 0``
        it is ``default_rng([seed, i])``: a continued run is reproducible. (Continuing the unbroken
        run's stream would mean replaying its ``i * batch_size`` bounded draws, which numpy cannot skip.)
    """
    if isinstance(first_iteration, bool) or not isinstance(first_iteration, (int, np.integer)) \
            or not 0 <= first_iteration < config.iters_num:
        raise MessageError(BAD_FIRST, last=config.iters_num - 1, value=first_iteration)
    if network is None:
        network = initial_network(config)
    else:
        _check_network(network, config)
    if first_iteration == 0:
        rng, _ = _book_rng(config)  # the mini-batches follow the network's seed, as in a fresh run
        return network, rng
    return network, np.random.default_rng([config.seed, int(first_iteration)])


def _check_network(network, config):
    shapes = (network.params["W1"].shape, network.params["W2"].shape)
    expected = ((INPUT_SIZE, config.hidden_size), (config.hidden_size, OUTPUT_SIZE))
    if shapes != expected:
        raise MessageError(BAD_SHAPES, w1=shapes[0], w2=shapes[1], expected_w1=expected[0], expected_w2=expected[1])
    if network.dtype != np.dtype(config.dtype):
        raise MessageError(BAD_DTYPE, dtype=network.dtype, expected=config.dtype)
