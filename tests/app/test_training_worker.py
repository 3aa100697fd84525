"""The training worker and its controller: real threads, real MNIST subsets, offscreen (Book 4.5)."""
import time

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QThread, Slot

from app.workers import training_worker as tw
from scratchnn_core import TrainConfig
from scratchnn_core.mnist import load_mnist

pytestmark = pytest.mark.slow

SHORT = TrainConfig(iters_num=1000, train_size=6000, test_size=2000)  # 17 epochs of 60 mini-batches
ENDLESS = TrainConfig(iters_num=1_000_000, train_size=6000, test_size=1000)


class Receiver(QObject):
    """GUI-thread object whose @Slot methods record what the controller relays, and in which thread."""

    def __init__(self, controller):
        super().__init__()
        self.batches, self.results, self.evaluations, self.errors = [], [], [], []
        self.in_gui_thread: list[bool] = []
        self.batch_times: list[float] = []
        self.ended = 0
        controller.progressed.connect(self.on_progressed)
        controller.finished.connect(self.on_finished)
        controller.evaluated.connect(self.on_evaluated)
        controller.errored.connect(self.on_errored)
        controller.thread_ended.connect(self.on_thread_ended)

    def _record_thread(self):
        self.in_gui_thread.append(QThread.currentThread() == QCoreApplication.instance().thread())

    @Slot(object)
    def on_progressed(self, batch):
        self._record_thread()
        self.batch_times.append(time.monotonic())
        self.batches.append(batch)

    @Slot(object)
    def on_finished(self, result):
        self._record_thread()
        self.results.append(result)

    @Slot(object)
    def on_evaluated(self, evaluation):
        self._record_thread()
        self.evaluations.append(evaluation)

    @Slot(str)
    def on_errored(self, message):
        self._record_thread()
        self.errors.append(message)

    @Slot()
    def on_thread_ended(self):
        self.ended += 1

    def iterations(self):
        return self.batches[-1].iterations_done if self.batches else 0


@pytest.fixture
def controller(qapp):
    c = tw.TrainingController()
    yield c
    assert c.shutdown(5.0)


@pytest.fixture(scope="module", autouse=True)
def _mnist_loaded():
    tw.cached_mnist()  # load once for the module; the worker threads then reuse it


def test_short_training_emits_throttled_batches_in_the_gui_thread(qtbot, controller):
    receiver = Receiver(controller)
    worker_threads = []
    original_add = tw.ProgressBatcher.add_loss

    def spying_add(self, iteration, loss):
        if iteration == 0:
            worker_threads.append(QThread.currentThread() == QCoreApplication.instance().thread())
        original_add(self, iteration, loss)

    tw.ProgressBatcher.add_loss = spying_add
    try:
        started = time.monotonic()
        controller.start(SHORT)
        qtbot.waitUntil(lambda: receiver.ended == 1, timeout=60_000)
    finally:
        tw.ProgressBatcher.add_loss = original_add
    duration = time.monotonic() - started
    assert not receiver.errors
    (result,) = receiver.results
    assert result.status == "completed" and result.iterations_done == 1000
    # Every loss arrives exactly once, in order, and equals the core's record.
    losses = [loss for b in receiver.batches for loss in b.losses.tolist()]
    assert len(losses) == 1000
    assert losses == pytest.approx(list(result.train_loss))
    assert [p.test_acc for b in receiver.batches for p in b.epochs] == pytest.approx(list(result.test_acc))
    # Throttled: at most 20 batches a second (+ the first and the final flush).
    assert len(receiver.batches) <= 20 * duration + 3
    gaps = [b - a for a, b in zip(receiver.batch_times, receiver.batch_times[1:-1])]
    assert not gaps or min(gaps) > 0.02  # the final flush may follow closely; the others may not
    (evaluation,) = receiver.evaluations
    # 1000 mini-batches of 100 from 6000 images: the last epoch record (iteration 960) says 0.826.
    assert evaluation.test_acc > 0.80
    assert len(evaluation.predicted) == 2000
    assert all(receiver.in_gui_thread)  # the slots ran in the GUI thread ...
    assert worker_threads == [False]    # ... and the training did not


def test_pause_holds_the_worker_and_resume_continues(qtbot, controller):
    receiver = Receiver(controller)
    controller.start(ENDLESS)
    qtbot.waitUntil(lambda: receiver.iterations() > 50, timeout=30_000)
    controller.pause()
    assert controller.is_paused()
    qtbot.wait(300)  # the worker flushes and blocks at the next iteration
    frozen = receiver.iterations()
    qtbot.wait(400)
    assert receiver.iterations() == frozen
    controller.resume()
    qtbot.waitUntil(lambda: receiver.iterations() > frozen + 50, timeout=10_000)
    assert controller.is_running()
    started = time.monotonic()
    assert controller.shutdown(5.0)
    assert time.monotonic() - started < 2.0
    assert not tw.live_threads()


def test_stop_ends_with_a_cancelled_result_and_an_evaluation(qtbot, controller):
    receiver = Receiver(controller)
    controller.start(ENDLESS)
    qtbot.waitUntil(lambda: receiver.iterations() > 20, timeout=30_000)
    controller.request_stop()
    qtbot.waitUntil(lambda: receiver.ended == 1, timeout=3_000)
    (result,) = receiver.results
    assert result.status == "cancelled"
    assert 20 < result.iterations_done < ENDLESS.iters_num
    assert len(receiver.evaluations) == 1
    assert not controller.is_running()


def test_paused_worker_stops_promptly(qtbot, controller):
    receiver = Receiver(controller)
    controller.start(ENDLESS)
    qtbot.waitUntil(lambda: receiver.iterations() > 0, timeout=30_000)
    controller.pause()
    qtbot.wait(100)
    started = time.monotonic()
    assert controller.shutdown(5.0)
    assert time.monotonic() - started < 1.0


def test_shutdown_mid_run_many_times_leaves_no_thread(qtbot):
    for round_ in range(20):
        controller = tw.TrainingController()
        receiver = Receiver(controller)
        controller.start(ENDLESS)
        if round_ % 2:  # half the time mid-training, half while still starting up
            qtbot.waitUntil(lambda: receiver.iterations() > 0, timeout=30_000)
        started = time.monotonic()
        assert controller.shutdown(5.0)
        assert time.monotonic() - started < 2.0
        assert not controller.is_running()
        assert not tw.live_threads()
        qtbot.wait(10)  # let queued relays arrive: they are dropped, not re-emitted
        assert not receiver.results and not receiver.errors


def test_an_exception_in_the_core_becomes_an_error_message(qtbot, controller, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the core broke")
        yield  # a generator, like the real one

    monkeypatch.setattr(tw.training, "train_steps", broken)
    receiver = Receiver(controller)
    controller.start(SHORT)
    qtbot.waitUntil(lambda: receiver.ended == 1, timeout=10_000)
    assert receiver.errors == ["RuntimeError: the core broke"]
    assert not receiver.results
    assert all(receiver.in_gui_thread)


def test_missing_mnist_is_reported_by_name(qtbot, controller, monkeypatch, tmp_path):
    def missing(**kwargs):  # the real loader, pointed at an empty folder
        return load_mnist(folder=tmp_path, **kwargs)

    monkeypatch.setattr(tw, "_data_cache", {})
    monkeypatch.setattr(tw, "load_mnist", missing)
    receiver = Receiver(controller)
    controller.start(SHORT)
    qtbot.waitUntil(lambda: receiver.ended == 1, timeout=10_000)
    assert len(receiver.errors) == 1 and "train-images-idx3-ubyte.gz" in receiver.errors[0]


def test_an_invalid_config_is_reported_not_raised(qtbot, controller):
    receiver = Receiver(controller)
    controller.start(TrainConfig(batch_size=0))
    qtbot.waitUntil(lambda: receiver.ended == 1, timeout=10_000)
    assert len(receiver.errors) == 1 and "batch" in receiver.errors[0].lower()


def test_evaluation_worker_measures_a_network(qtbot, controller):
    receiver = Receiver(controller)
    controller.start(SHORT)
    qtbot.waitUntil(lambda: receiver.ended == 1, timeout=60_000)
    network = receiver.results[0].network
    controller.evaluate(network, 6000, 2000)
    qtbot.waitUntil(lambda: receiver.ended == 2, timeout=30_000)
    first, second = receiver.evaluations
    assert second.test_acc == first.test_acc and second.train_acc == first.train_acc


def test_numerical_gradient_run_matches_backprop(qtbot, controller):
    """Book 4.5: the slow numerical gradient trains the same network as backprop (tiny net, 3 iterations)."""
    tiny = dict(iters_num=3, batch_size=10, hidden_size=3, train_size=200, test_size=100)
    losses = {}
    for gradient in ("numerical", "backprop"):
        receiver = Receiver(controller)
        controller.start(TrainConfig(gradient=gradient, **tiny))
        qtbot.waitUntil(lambda: receiver.ended == 1, timeout=60_000)
        assert not receiver.errors
        losses[gradient] = list(receiver.results[0].train_loss)
    assert len(losses["numerical"]) == 3
    assert losses["numerical"] == pytest.approx(losses["backprop"], rel=1e-4)


BOOK_NUMERICAL = TrainConfig(iters_num=10, gradient="numerical", train_size=6000, test_size=1000)  # ~15 s/it


def test_stop_ends_a_numerical_gradient_iteration_within_a_second(qtbot, controller):
    # One numerical iteration of the book's 784-50-10 net takes ~15 s; Stop must not wait for it.
    receiver = Receiver(controller)
    controller.start(BOOK_NUMERICAL)
    qtbot.wait(1500)  # well inside the first gradient
    assert controller.is_running() and receiver.iterations() == 0
    started = time.monotonic()
    controller.request_stop()
    qtbot.waitUntil(lambda: receiver.ended == 1, timeout=5000)
    assert time.monotonic() - started < 2.0
    (result,) = receiver.results
    assert result.status == "cancelled" and result.iterations_done == 0


def test_pause_holds_a_numerical_gradient_and_close_still_ends_it(qtbot):
    controller = tw.TrainingController()
    receiver = Receiver(controller)
    controller.start(BOOK_NUMERICAL)
    qtbot.wait(1000)
    controller.pause()
    qtbot.wait(300)
    assert controller.is_paused() and controller.is_running()
    started = time.monotonic()
    assert controller.shutdown(5.0)
    assert time.monotonic() - started < 2.0
    assert not tw.live_threads() and not receiver.errors
