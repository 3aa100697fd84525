"""GeneratorWorker: a generator in a pool thread, its yields as signals in the GUI thread (no MNIST here)."""
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QThread, Slot

from app.workers import generator_worker as gw


class Recorder(QObject):
    """GUI-thread slots that record the worker's signals and the thread they ran in."""

    def __init__(self, worker):
        super().__init__()
        self.events: list[tuple] = []
        self.in_gui_thread: list[bool] = []
        s = worker.signals
        s.yielded.connect(self.on_yielded)
        s.returned.connect(self.on_returned)
        s.errored.connect(self.on_errored)
        s.paused.connect(self.on_paused)
        s.finished.connect(self.on_finished)

    def _add(self, *event):
        self.in_gui_thread.append(QThread.currentThread() == QCoreApplication.instance().thread())
        self.events.append(event)

    @Slot(object)
    def on_yielded(self, value):
        self._add("yielded", value)

    @Slot(object)
    def on_returned(self, value):
        self._add("returned", value)

    @Slot(object)
    def on_errored(self, exc):
        self._add("errored", exc)

    @Slot()
    def on_paused(self):
        self._add("paused")

    @Slot()
    def on_finished(self):
        self._add("finished")

    def kinds(self):
        return [event[0] for event in self.events]

    def yielded(self):
        return [event[1] for event in self.events if event[0] == "yielded"]


def count_to(n, *, should_stop, seen_threads=None):
    for i in range(n):
        if should_stop():
            return ("stopped", i)
        if seen_threads is not None:
            seen_threads.append(threading.current_thread() is threading.main_thread())
        yield i
    return ("done", n)


def endless(counter, *, should_stop):
    """Counts forever (in ``counter[0]``) until asked to stop; returns how far it got."""
    while not should_stop():
        counter[0] += 1
        yield counter[0]
    return counter[0]


def run(qtbot, worker):
    recorder = Recorder(worker)
    with qtbot.waitSignal(worker.signals.finished, timeout=10_000):
        worker.start()
    return recorder


def test_yields_and_return_value_arrive_in_order_in_the_gui_thread(qtbot):
    threads = []
    recorder = run(qtbot, gw.GeneratorWorker(count_to, 5, seen_threads=threads))
    assert recorder.kinds() == ["yielded"] * 5 + ["returned", "finished"]
    assert recorder.yielded() == [0, 1, 2, 3, 4]
    assert recorder.events[5] == ("returned", ("done", 5))
    assert all(recorder.in_gui_thread)
    assert threads == [False] * 5  # the generator itself ran in the pool thread


def test_an_exception_becomes_errored_then_finished(qtbot):
    def broken(*, should_stop):
        yield 1
        raise ValueError("the core broke")

    recorder = run(qtbot, gw.GeneratorWorker(broken))
    assert recorder.kinds() == ["yielded", "errored", "finished"]
    error = recorder.events[1][1]
    assert isinstance(error, ValueError) and str(error) == "the core broke"


def test_quit_lets_the_generator_return_its_result(qtbot):
    counter = [0]
    worker = gw.GeneratorWorker(endless, counter)
    recorder = Recorder(worker)
    worker.start()
    qtbot.waitUntil(lambda: len(recorder.yielded()) >= 3, timeout=10_000)
    with qtbot.waitSignal(worker.signals.finished, timeout=10_000):
        worker.quit()
    returned = [e[1] for e in recorder.events if e[0] == "returned"]
    assert returned == [counter[0]] and counter[0] >= 3  # stopped, but its value still arrived
    assert worker.wait(0) and worker not in gw.running_workers()


def test_pause_holds_the_generator_and_resume_continues(qtbot):
    counter = [0]
    worker = gw.GeneratorWorker(endless, counter)
    recorder = Recorder(worker)
    worker.start()
    qtbot.waitUntil(lambda: len(recorder.yielded()) >= 3, timeout=10_000)
    with qtbot.waitSignal(worker.signals.paused, timeout=10_000):
        worker.pause()
    assert worker.is_paused()
    held = counter[0]
    assert recorder.yielded()[-1] == held  # everything yielded before the pause has been delivered
    qtbot.wait(200)  # the generator must not move while paused
    assert counter[0] == held and recorder.yielded()[-1] == held
    worker.resume()
    assert not worker.is_paused()
    qtbot.waitUntil(lambda: counter[0] > held + 3, timeout=10_000)
    with qtbot.waitSignal(worker.signals.finished, timeout=10_000):
        worker.quit()


def test_quit_wakes_a_paused_worker(qtbot):
    counter = [0]
    worker = gw.GeneratorWorker(endless, counter)
    recorder = Recorder(worker)
    worker.start()
    with qtbot.waitSignal(worker.signals.paused, timeout=10_000):
        worker.pause()
    with qtbot.waitSignal(worker.signals.finished, timeout=10_000):
        worker.quit()
    assert "returned" in recorder.kinds()


def test_a_worker_starts_only_once(qtbot):
    worker = gw.GeneratorWorker(count_to, 1)
    run(qtbot, worker)
    with pytest.raises(RuntimeError):
        worker.start()


def test_await_all_stops_every_running_worker(qtbot):
    counters = [[0] for _ in range(gw.MIN_THREADS)]
    workers = [gw.GeneratorWorker(endless, c, name=f"w{i}") for i, c in enumerate(counters)]
    for worker in workers:
        worker.start()
    # All run at once, whatever the core count: none waits for another's end.
    qtbot.waitUntil(lambda: all(c[0] > 0 for c in counters), timeout=10_000)
    assert gw.await_all(timeout_s=10.0)
    assert not gw.running_workers() and all(w.wait(0) for w in workers)


def test_many_short_lived_workers_leave_nothing_running(qtbot):
    for round_ in range(30):
        counter = [0]
        worker = gw.GeneratorWorker(endless, counter)
        worker.start()
        if round_ % 2:  # half the time mid-run, half while it may still be queued
            qtbot.waitUntil(lambda: counter[0] > 0, timeout=10_000)
        worker.quit()
        assert worker.wait(10.0)
    assert not gw.running_workers()
