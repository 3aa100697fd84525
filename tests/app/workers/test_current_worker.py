"""CurrentWorker: one running worker, only its signals passed on, in the GUI thread (no MNIST here)."""
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from app.workers.current_worker import CurrentWorker
from app.workers.generator_worker import GeneratorWorker


def count_to(n, *, should_stop):
    for i in range(n):
        yield i
    return n


def endless(counter, *, should_stop):
    while not should_stop():
        counter[0] += 1
        yield counter[0]
    return counter[0]


def broken(*, should_stop):
    yield 1
    raise ValueError("the core broke")


class Calls:
    """Callbacks that record what they are called with, the thread, and whether a worker was current."""

    def __init__(self, current):
        self.current = current
        self.events: list[tuple] = []
        self.in_gui_thread: list[bool] = []
        self.running_when_finished: list[bool] = []

    def record(self, name):
        def callback(*args):
            self.in_gui_thread.append(QThread.currentThread() == QCoreApplication.instance().thread())
            if name == "finished":
                self.running_when_finished.append(self.current.is_running())
            self.events.append((name, *args))
        return callback

    def callbacks(self, *names):
        return {name: self.record(name) for name in names}

    def kinds(self):
        return [event[0] for event in self.events]


@pytest.fixture
def current(qapp):
    owner = CurrentWorker()
    yield owner
    assert owner.shutdown(10.0)


def test_the_current_workers_signals_reach_the_callbacks_in_order_in_the_gui_thread(current, qtbot):
    calls = Calls(current)
    current.launch(GeneratorWorker(count_to, 3), **calls.callbacks("yielded", "returned", "finished"))
    assert current.is_running()
    qtbot.waitUntil(lambda: "finished" in calls.kinds(), timeout=10_000)
    assert calls.events == [("yielded", 0), ("yielded", 1), ("yielded", 2), ("returned", 3), ("finished",)]
    assert all(calls.in_gui_thread)
    assert calls.running_when_finished == [False] and current.worker is None  # let go before finished


def test_an_error_reaches_errored_and_a_missing_callback_is_skipped(current, qtbot):
    calls = Calls(current)
    current.launch(GeneratorWorker(broken), **calls.callbacks("errored", "finished"))
    qtbot.waitUntil(lambda: "finished" in calls.kinds(), timeout=10_000)
    assert calls.kinds() == ["errored", "finished"]
    assert str(calls.events[0][1]) == "the core broke"


def test_finished_may_launch_the_next_worker(current, qtbot):
    calls = Calls(current)

    def next_one():
        calls.events.append(("first finished",))
        current.launch(GeneratorWorker(count_to, 1), **calls.callbacks("returned", "finished"))

    current.launch(GeneratorWorker(count_to, 2), finished=next_one)
    qtbot.waitUntil(lambda: "finished" in calls.kinds(), timeout=10_000)
    assert calls.kinds() == ["first finished", "returned", "finished"]
    assert not current.is_running()


def test_one_worker_at_a_time(current, qtbot):
    counter = [0]
    current.launch(GeneratorWorker(endless, counter))
    other = GeneratorWorker(count_to, 1)
    with pytest.raises(RuntimeError):
        current.launch(other)
    assert current.shutdown(10.0) and not current.is_running()
    assert other.wait(0)  # never started


def test_pause_and_quit_reach_the_current_worker(current, qtbot):
    counter = [0]
    calls = Calls(current)
    current.launch(GeneratorWorker(endless, counter), **calls.callbacks("paused", "returned", "finished"))
    qtbot.waitUntil(lambda: counter[0] > 0, timeout=10_000)
    current.worker.pause()
    qtbot.waitUntil(lambda: "paused" in calls.kinds(), timeout=10_000)
    current.quit()
    qtbot.waitUntil(lambda: "finished" in calls.kinds(), timeout=10_000)
    assert calls.kinds() == ["paused", "returned", "finished"]
    assert calls.events[1] == ("returned", counter[0])


def test_after_a_shutdown_nothing_the_worker_still_sends_is_passed_on(current, qtbot):
    counter = [0]
    calls = Calls(current)
    worker = GeneratorWorker(endless, counter)
    current.launch(worker, **calls.callbacks("yielded", "returned", "finished"))
    qtbot.waitUntil(lambda: calls.kinds().count("yielded") >= 3, timeout=10_000)
    assert current.shutdown(10.0) and worker.wait(0) and current.worker is None
    seen = list(calls.events)
    QCoreApplication.processEvents()  # its queued yields, return value and finished arrive: all dropped
    assert calls.events == seen and "returned" not in calls.kinds()
    assert current.shutdown(10.0)  # idempotent


def test_a_shutdown_that_times_out_says_so(current, qtbot):
    release = threading.Event()

    def stuck(*, should_stop):  # ignores Stop until released
        release.wait(30.0)
        yield 0

    worker = GeneratorWorker(stuck)
    current.launch(worker)
    assert not current.shutdown(0.05) and current.worker is None  # let go of, though still running
    release.set()
    assert worker.wait(10.0)
