"""Test-wide settings and the data most tests share.

Qt always offscreen, so the suite runs on machines without a screen. MNIST is loaded once per session
(read-only, so no test can change what another sees), and one trained network serves every test that
needs "a network that has learned" without testing training itself.

BLAS on one thread for the whole session, because the suite shares its cores with other work (other
sessions, CI's other jobs, the Qt thread of the app tests): OpenBLAS's threads on the chapter's small
matrices then wait for each other and a test can take many times as long (issue 7). The variable is set
before numpy is imported, for this process and for every child process a test starts (the CLI in a
subprocess, the wheel test); threadpoolctl sets the same limit in case a plugin imported numpy first.
"""
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy  # noqa: E402,F401 - loads OpenBLAS now, so that the limit below finds it
from threadpoolctl import threadpool_limits  # noqa: E402


def _limit_blas_to_one_thread():
    try:
        from threadpoolctl import OpenBLASController
    except ImportError:  # threadpoolctl < 3.8 has no controlling thread to hand back
        OpenBLASController = None
    threadpool_limits(limits=1, user_api="blas")  # for the whole session: never restored
    if OpenBLASController is not None and hasattr(OpenBLASController, "clear_controlling_thread"):
        # threadpoolctl >= 3.8 lets only the thread that set an OpenBLAS limit change it until that limit
        # ends, and this one never ends: hand control back so that a worker thread's own limit still works.
        OpenBLASController.clear_controlling_thread(force=True)


_limit_blas_to_one_thread()


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
