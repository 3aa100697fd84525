"""BLAS thread limits around a run: in effect inside, restored after, honoured by the CLI (Book 4.5, issue 7).

The session runs on one BLAS thread (tests/conftest.py), so a limit of 2 is what shows a change.
"""
import re
import threading

import pytest
from threadpoolctl import threadpool_info

import scratchnn_core.train as cli
from scratchnn_core import estimates as estimate
from scratchnn_core import (DEFAULT_BLAS_THREADS, TrainConfig, blas_threads, current_blas_threads,
                            estimate_numerical_gradient_seconds)
from scratchnn_core.threads import available_cores


needs_two_cores = pytest.mark.skipif(available_cores() < 2, reason="a limit of 2 is lowered to 1 on one core")


def blas_counts():
    """What threadpoolctl itself reports for every loaded BLAS library."""
    return {info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"}


def test_numpy_blas_is_seen_and_the_session_runs_on_one_thread():
    assert blas_counts() == {1}
    assert current_blas_threads() == 1


@needs_two_cores
def test_limit_holds_inside_the_block_and_is_restored_after():
    with blas_threads(2) as n:
        assert n == 2 and blas_counts() == {2} and current_blas_threads() == 2
    assert blas_counts() == {1}


@needs_two_cores
def test_previous_count_comes_back_when_the_block_raises():
    with pytest.raises(ZeroDivisionError):
        with blas_threads(2):
            assert blas_counts() == {2}
            1 / 0
    assert blas_counts() == {1}


@needs_two_cores
def test_nested_limits_restore_the_outer_one():
    with blas_threads(2):
        with blas_threads(1) as inner:
            assert inner == 1 and blas_counts() == {1}
        assert blas_counts() == {2}
    assert blas_counts() == {1}


@needs_two_cores
def test_default_is_the_chosen_count():
    with blas_threads(2):
        with blas_threads() as n:
            assert n == DEFAULT_BLAS_THREADS == 1 and blas_counts() == {1}


def test_more_threads_than_cores_are_lowered_to_the_cores():
    with blas_threads(10_000) as n:
        assert n == available_cores() and blas_counts() == {available_cores()}
    assert blas_counts() == {1}


@pytest.mark.parametrize("bad", [0, -1, 1.5, "2", True])
def test_a_count_that_is_not_a_positive_integer_is_refused(bad):
    with pytest.raises(ValueError, match="integer >= 1"):
        with blas_threads(bad):
            pass
    assert blas_counts() == {1}


@needs_two_cores
def test_a_worker_thread_can_set_its_own_limit():
    """The app enters the limit in its worker thread; the pool is process-wide, so the main thread sees it."""
    seen, entered, release = [], threading.Event(), threading.Event()

    def job():
        with blas_threads(2) as n:
            seen.append(n)
            entered.set()
            release.wait(10)
        seen.append(current_blas_threads())

    worker = threading.Thread(target=job)
    worker.start()
    assert entered.wait(10)
    assert blas_counts() == {2}  # read from the main thread while the worker holds the limit
    release.set()
    worker.join(10)
    assert seen == [2, 1] and blas_counts() == {1}


@needs_two_cores
def test_the_estimate_is_measured_under_the_threads_the_run_will_use(monkeypatch):
    real, counts = estimate.numerical_gradient, []

    def recording(f, x, *args, **kwargs):
        counts.append(current_blas_threads())
        return real(f, x, *args, **kwargs)

    monkeypatch.setattr(estimate, "numerical_gradient", recording)
    estimate._seconds_per_parameter.cache_clear()
    config = TrainConfig(gradient="numerical", iters_num=100, batch_size=20, hidden_size=5)
    try:
        two = estimate_numerical_gradient_seconds(config, blas_threads=2)
        assert counts and set(counts) == {2}
        counts.clear()
        default = estimate_numerical_gradient_seconds(config)
        assert counts and set(counts) == {DEFAULT_BLAS_THREADS}
    finally:
        estimate._seconds_per_parameter.cache_clear()
    assert two > 0 and default > 0
    assert blas_counts() == {1}


# --- scratchnn-train --blas-threads --------------------------------------------------------------------

SUBSET = ["--train-size", "1000", "--test-size", "200", "--batch-size", "100", "--iters", "30"]


@pytest.fixture
def cli_on_mnist(monkeypatch, mnist):
    """The CLI on the real MNIST (the session's copy), recording the BLAS count in effect during its run."""
    monkeypatch.setattr(cli, "load_mnist", lambda *args, **kwargs: mnist)
    real_run, during = cli._run, []

    def recording_run(*args, **kwargs):
        during.append(current_blas_threads())
        return real_run(*args, **kwargs)

    monkeypatch.setattr(cli, "_run", recording_run)
    return during


@needs_two_cores
def test_cli_trains_with_the_threads_asked_for_and_reports_them(cli_on_mnist, capsys):
    assert cli.main([*SUBSET, "--blas-threads", "2"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert cli_on_mnist == [2]
    assert re.fullmatch(r"final train acc, test acc \| \d\.\d{4}, \d\.\d{4} "
                        r"\(30 iterations, \d+\.\d s, 2 BLAS threads\)", last), last
    assert blas_counts() == {1}  # lifted when the CLI returns


def test_cli_default_is_the_chosen_count(cli_on_mnist, capsys):
    assert cli.main(SUBSET) == 0
    assert cli_on_mnist == [DEFAULT_BLAS_THREADS]
    assert capsys.readouterr().out.splitlines()[-1].endswith(", 1 BLAS thread)")


def test_cli_refuses_a_count_below_one(cli_on_mnist, capsys):
    assert cli.main([*SUBSET, "--blas-threads", "0"]) == 2
    assert "--blas-threads must be an integer >= 1, not 0" in capsys.readouterr().err
    assert cli_on_mnist == []  # refused before any training
