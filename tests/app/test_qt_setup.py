"""Process-wide Qt settings: Python's cycle collector runs in the GUI thread only."""
import gc
import weakref

from app.qt_setup import collect_garbage_in_gui_thread


class _Cycle:
    def __init__(self):
        self.me = self


def test_cycles_are_collected_by_the_gui_threads_timer_not_automatically(qtbot):
    collector = collect_garbage_in_gui_thread()
    assert collector is collect_garbage_in_gui_thread()  # one collector for the process
    assert not gc.isenabled()  # a worker thread allocating can never start a collection
    dead = weakref.ref(_Cycle())
    assert dead() is not None  # unreachable but not collected: nothing runs the collector on its own
    qtbot.waitUntil(lambda: [_Cycle() for _ in range(2000)] and dead() is None, timeout=10_000)  # the timer
