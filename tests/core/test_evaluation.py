"""evaluation_steps / evaluate: accuracies and predictions of a network, chunk by chunk (Book 4.5.3)."""
import numpy as np
import pytest

from scratchnn_core import evaluate, evaluation, evaluation_steps


class ArgmaxNet:
    """predict returns a one-hot of the first pixel's rounded value: a known, checkable classifier."""

    def predict(self, x):
        out = np.zeros((len(x), 10))
        out[np.arange(len(x)), np.asarray(x[:, 0], dtype=int) % 10] = 1.0
        return out

    params = {"b2": np.zeros(10)}  # the output size, as TwoLayerNet has it


def test_evaluate_network_counts_right_answers():
    x = np.zeros((20, 784), dtype=np.float32)
    x[:, 0] = np.arange(20) % 10
    labels = np.arange(20) % 10
    labels_test = labels.copy()
    labels_test[:5] = (labels_test[:5] + 1) % 10  # 5 of 20 wrong
    evaluation = evaluate(ArgmaxNet(), ((x, labels), (x, labels_test)), train_size=10)
    assert evaluation.train_acc == 1.0
    assert evaluation.test_acc == pytest.approx(15 / 20)
    assert evaluation.predicted.tolist() == labels.tolist()
    assert not evaluation.test_images.flags.writeable
    assert evaluation.probabilities.shape == (20, 10) and not evaluation.probabilities.flags.writeable


def test_evaluation_steps_report_progress_chunk_by_chunk(monkeypatch):
    monkeypatch.setattr(evaluation, "CHUNK", 4)
    x = np.zeros((10, 784), dtype=np.float32)
    labels = np.zeros(10, dtype=np.int64)
    steps = evaluation_steps(ArgmaxNet(), ((x, labels), (x[:6], labels[:6])))
    fractions = []
    while True:
        try:
            fractions.append(next(steps))
        except StopIteration as stop:
            result = stop.value
            break
    assert fractions == pytest.approx([4 / 16, 8 / 16, 10 / 16, 14 / 16, 16 / 16])
    assert result.train_acc == 1.0 and result.test_acc == 1.0  # every first pixel is 0, every label 0
