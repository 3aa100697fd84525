"""Test-wide settings: Qt always offscreen, so the suite runs on machines without a screen; BLAS on one thread.

One BLAS thread for the whole session, because the suite shares its cores with other work (other
sessions, CI's other jobs, the Qt thread of the app tests): OpenBLAS's threads on the chapter's small
matrices then wait for each other and a test can take many times as long (issue 7). The variable is set
before numpy is imported, for this process and for every child process a test starts (the CLI in a
subprocess, the wheel test); threadpoolctl sets the same limit in case a plugin imported numpy first.
"""
import os

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
