"""The form's estimates measured in a worker thread: the job, and one measurement at a time (Book 4.5.2)."""
import dataclasses
import threading
import time

from app.workers import estimate_jobs as ej
from app.workers import generator_worker as gw
from scratchnn_core import DEFAULT_BLAS_THREADS, TrainConfig, current_blas_threads

SMALL = TrainConfig(iters_num=600, batch_size=20, hidden_size=10, train_size=2000, test_size=500)


def test_the_job_measures_every_method_under_the_runs_blas_limit(monkeypatch):
    limits, real = [], ej.estimate_runs

    def recording(config):
        limits.append(current_blas_threads())
        return real(config)

    monkeypatch.setattr(ej, "estimate_runs", recording)
    job = ej.estimates_job(SMALL, should_stop=lambda: False)
    try:
        next(job)
    except StopIteration as stop:
        estimates = stop.value
    assert set(estimates) == {"backprop", "structured", "numerical"}
    assert estimates["numerical"].iterations == 600 and estimates["backprop"].total_s > 0
    assert limits == [DEFAULT_BLAS_THREADS]


def test_a_stopped_job_measures_nothing(monkeypatch):
    monkeypatch.setattr(ej, "estimate_runs", lambda config: 1 / 0)
    job = ej.estimates_job(SMALL, should_stop=lambda: True)
    try:
        next(job)
    except StopIteration as stop:
        assert stop.value is None


def test_estimates_arrive_measured_in_a_worker_thread(qtbot, monkeypatch):
    threads, real = [], ej.estimate_runs

    def recording(config):
        threads.append(threading.current_thread())
        return real(config)

    monkeypatch.setattr(ej, "estimate_runs", recording)
    estimator = ej.Estimator()
    with qtbot.waitSignal(estimator.estimated, timeout=30_000) as arrived:
        estimator.request(SMALL)
    config, estimates = arrived.args
    assert config == SMALL and estimates["structured"].iterations == 600
    assert threads and threading.main_thread() not in threads
    qtbot.waitUntil(lambda: not gw.running_workers(), timeout=10_000)


def test_requests_made_while_measuring_wait_and_only_the_latest_is_measured(qtbot, monkeypatch):
    measured, release = [], threading.Event()

    def held(config):
        measured.append(config.iters_num)
        release.wait(10)
        return {"backprop": config.iters_num}

    monkeypatch.setattr(ej, "estimate_runs", held)
    estimator = ej.Estimator()
    arrived = []
    estimator.estimated.connect(lambda config, estimates: arrived.append((config.iters_num, estimates)))
    estimator.request(SMALL)
    qtbot.waitUntil(lambda: measured == [600], timeout=10_000)
    for iters in (700, 800, 900):
        estimator.request(dataclasses.replace(SMALL, iters_num=iters))
    release.set()
    qtbot.waitUntil(lambda: len(arrived) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: not gw.running_workers(), timeout=10_000)
    assert measured == [600, 900] and arrived == [(600, {"backprop": 600}), (900, {"backprop": 900})]


def test_shutdown_joins_the_worker_and_drops_what_it_still_sends(qtbot, monkeypatch):
    measured, started = [], threading.Event()

    def slow(config):
        measured.append(config.iters_num)
        started.set()
        time.sleep(0.2)
        return {"backprop": config.iters_num}

    monkeypatch.setattr(ej, "estimate_runs", slow)
    estimator = ej.Estimator()
    arrived = []
    estimator.estimated.connect(lambda config, estimates: arrived.append(config))
    estimator.request(SMALL)
    estimator.request(dataclasses.replace(SMALL, iters_num=700))  # waits: dropped by the shutdown
    assert started.wait(10)
    assert estimator.shutdown() and not gw.running_workers()
    qtbot.wait(50)  # the queued signals of the joined worker are delivered, and dropped
    assert arrived == [] and measured == [600]
    with qtbot.waitSignal(estimator.estimated, timeout=10_000):  # a later request starts afresh
        estimator.request(SMALL)
    qtbot.waitUntil(lambda: not gw.running_workers(), timeout=10_000)
