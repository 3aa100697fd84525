"""Test-wide settings and the data most tests share.

Qt always offscreen, so the suite runs on machines without a screen. MNIST is loaded once per session
(read-only, so no test can change what another sees), and one trained network serves every test that
needs "a network that has learned" without testing training itself.
"""
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def mnist():
    """``load_mnist()``: normalized float32 images, label ints, every array read-only."""
    from scratchnn_core import load_mnist

    data = load_mnist()
    for pair in data:
        for array in pair:
            array.setflags(write=False)
    return data


@pytest.fixture(scope="session")
def trained(mnist):
    """The TrainResult of 2000 backprop iterations on 20000 images (about a second): test acc ~0.93."""
    from scratchnn_core import TrainConfig, train

    result = train(TrainConfig(iters_num=2000, learning_rate=0.5, hidden_size=50, train_size=20000), mnist)
    assert result.status == "completed" and result.test_acc[-1] > 0.9
    return result
