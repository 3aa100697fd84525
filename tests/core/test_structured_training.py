"""Training with the structured numerical gradient, and the run estimates of all three methods (issue 12)."""
import dataclasses

import numpy as np
import pytest

from scratchnn_core import (GradientCancelled, GradientProgress, IterationRecord, TrainConfig, TwoLayerNet,
                            estimate_numerical_gradient_seconds, load_mnist, train)
from scratchnn_core.estimates import RunEstimate, estimate_runs
from scratchnn_core.gradient_records import PARAM_NAMES

BOOK_TOL = 1e-10  # as in test_structured_gradient: the two numerical methods differ by rounding only


@pytest.fixture(scope="module")
def mnist():
    return load_mnist()


def small_case(seed=0):
    rng = np.random.default_rng(seed)
    net = TwoLayerNet(12, 5, 4, weight_init_std=0.5, seed=seed)
    x = rng.standard_normal((9, 12))
    x[rng.random(x.shape) < 0.5] = 0.0
    return net, x, rng.integers(0, 4, 9)


def test_the_network_offers_both_numerical_methods():
    net, x, t = small_case()
    book = net.numerical_gradient(x, t)
    structured = net.numerical_gradient(x, t, method="structured")
    assert max(float(np.max(np.abs(book[k] - structured[k]))) for k in PARAM_NAMES) < BOOK_TOL
    assert max(float(np.max(np.abs(structured[k]))) for k in PARAM_NAMES) > 1e-2
    with pytest.raises(ValueError, match="'book' or 'structured'"):
        net.numerical_gradient(x, t, method="backprop")


def test_structured_steps_report_progress_and_stop_like_the_book():
    net, x, t = small_case(1)
    steps = net.numerical_gradient_steps(x, t, method="structured")
    reports = []
    with pytest.raises(StopIteration) as stop:
        while True:
            reports.append(next(steps))
    total = 12 * 5 + 5 + 5 * 4 + 4
    assert reports[-1] == GradientProgress(total, total) and all(isinstance(r, GradientProgress) for r in reports)
    assert set(stop.value.value) == set(PARAM_NAMES)
    with pytest.raises(GradientCancelled):
        net.numerical_gradient(x, t, method="structured", should_stop=lambda: True)


# 200 iterations of batch 50 on the first 1000 training images, 784-20-10, lr 1.0 (float32 net): measured
# test accuracy 0.814, 0.823, 0.828 on the first 1000 test images with seeds 0-2 (chance is 0.10), the
# very accuracies backprop reaches with the same seed; losses within 5e-6 of backprop's.
STRUCTURED_RUN = TrainConfig(iters_num=200, batch_size=50, learning_rate=1.0, hidden_size=20, train_size=1000,
                             test_size=1000, gradient="structured", seed=0)
MIN_STRUCTURED_ACC = 0.78


@pytest.mark.slow
def test_a_structured_training_run_learns_mnist_like_backprop(mnist):
    seen = []
    structured = train(STRUCTURED_RUN, mnist, callback=seen.append)
    backprop = train(dataclasses.replace(STRUCTURED_RUN, gradient="backprop"), mnist)
    assert structured.status == "completed" and structured.iterations_done == 200
    assert structured.test_acc[0] < 0.2 and structured.test_acc[-1] >= MIN_STRUCTURED_ACC
    (_, _), (x_test, t_test) = mnist
    assert structured.network.accuracy(x_test[:1000], t_test[:1000]) >= MIN_STRUCTURED_ACC
    # True central differences, not backprop, yet the same steps: the curves follow backprop's.
    np.testing.assert_allclose(structured.train_loss, backprop.train_loss, atol=1e-4)
    np.testing.assert_allclose(structured.test_acc, backprop.test_acc, atol=0.01)
    progress = [r for r in seen if isinstance(r, GradientProgress)]
    assert len(progress) >= 200  # at least the final report of every iteration's gradient
    assert sum(isinstance(r, IterationRecord) for r in seen) == 200


def test_a_structured_run_stops_inside_an_iteration(mnist):
    seen = []
    result = train(dataclasses.replace(STRUCTURED_RUN, iters_num=5), mnist, callback=seen.append,
                   should_stop=lambda: any(isinstance(r, GradientProgress) for r in seen))
    assert result.status == "cancelled" and result.iterations_done == 0


def test_estimates_cover_the_three_methods_and_order_them():
    config = TrainConfig(iters_num=600, batch_size=20, hidden_size=10, train_size=2000, test_size=500)
    estimates = estimate_runs(config)
    assert set(estimates) == {"backprop", "numerical", "structured"}
    assert all(isinstance(e, RunEstimate) and e.iterations == 600 and e.evaluations == 6
               for e in estimates.values())  # 100 iterations an epoch: at 0, 100, ... 500
    backprop, structured, book = (estimates[k] for k in ("backprop", "structured", "numerical"))
    # Book 4.5: ~16,000 loss evaluations per book gradient here, ~1 forward pass for the structured one.
    # backprop < structured by construction (its gradient is added to backprop's iteration); the book's loop
    # is ~100x the structured one, far beyond what a busy machine can blur. How close an estimate comes to a
    # real run is benchmarks/gradient_methods.py's (estimate_over_actual), not a test's: it is a speed.
    assert backprop.iteration_s < structured.iteration_s < book.iteration_s
    assert backprop.evaluation_s == structured.evaluation_s > 0
    inline = dataclasses.replace(backprop, overlapped=False)
    assert inline.total_s == pytest.approx(600 * backprop.iteration_s + 6 * backprop.evaluation_s)
    assert backprop.iterations_after_last == 99  # the last evaluation starts at iteration 500 of 0..599
    assert estimate_numerical_gradient_seconds(dataclasses.replace(config, gradient="structured")) \
        == pytest.approx(600 * (structured.iteration_s - backprop.iteration_s))


def test_evaluations_beside_the_loop_cost_what_they_outlast():
    def run(iteration_s, evaluation_s, after):
        return RunEstimate("backprop", iteration_s, evaluation_s, 1000, 10, overlapped=True,
                           iterations_after_last=after)

    # The book's shape: a 3 s loop, ten 0.1 s evaluations, the last one ends within the loop.
    assert run(0.003, 0.1, 99).total_s == pytest.approx(3.0)
    # The last evaluation starts 10 iterations (0.03 s) before the end: 0.07 s stick out.
    assert run(0.003, 0.1, 10).total_s == pytest.approx(3.07)
    # Evaluations slower than the loop (a tiny training set, a big test set): they set the pace.
    assert run(0.0001, 0.5, 99).total_s == pytest.approx(5.0 + 0.5 - 99 * 0.0001)
    # One core: nothing overlaps, as the form said before.
    assert dataclasses.replace(run(0.003, 0.1, 99), overlapped=False).total_s == pytest.approx(4.0)
