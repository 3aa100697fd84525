"""evaluation_steps / evaluate: accuracies and predictions of a network, chunk by chunk (Book 4.5.3)."""
import numpy as np
import pytest

from scratchnn_core import TwoLayerNet, evaluate, evaluation, evaluation_steps


class ArgmaxNet:
    """predict returns a one-hot of the first pixel's rounded value: a known, checkable classifier."""

    def predict(self, x):
        out = np.zeros((len(x), 10))
        out[np.arange(len(x)), np.asarray(x[:, 0], dtype=int) % 10] = 1.0
        return out

    def count_correct(self, x, labels):
        return int(np.count_nonzero(self.predict(x).argmax(axis=1) == labels))

    params = {"b2": np.zeros(10)}  # the output size, as TwoLayerNet has it
    dtype = np.dtype(np.float32)  # what the images are converted to, as TwoLayerNet.dtype


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


def test_a_two_layer_net_is_scored_as_its_accuracy_and_predict_score_it(monkeypatch):
    monkeypatch.setattr(evaluation, "CHUNK", 5)  # several chunks, the last one short
    rng = np.random.default_rng(3)
    net = TwoLayerNet(784, 8, 10, weight_init_std=0.5, seed=3, dtype=np.float32)
    x_train, x_test = rng.random((23, 784), dtype=np.float32), rng.random((12, 784), dtype=np.float32)
    t_train, t_test = rng.integers(0, 10, 23), rng.integers(0, 10, 12)
    result = evaluate(net, ((x_train, np.eye(10)[t_train]), (x_test, t_test)))  # one-hot or labels
    assert result.train_acc == net.accuracy(x_train, t_train) == net.count_correct(x_train, t_train) / 23
    assert 0 < result.train_acc < 1  # not a vacuous match
    np.testing.assert_allclose(result.probabilities, net.predict(x_test), rtol=1e-5)  # chunks: BLAS rounding
    np.testing.assert_array_equal(result.predicted, net.predict(x_test).argmax(axis=1))
    assert result.test_acc == net.accuracy(x_test, t_test)


def test_bytes_are_scored_as_the_normalized_images(mnist):
    """``load_mnist(normalize=False)`` data: the same accuracies and probabilities, images in [0, 1]."""
    from scratchnn_core import load_mnist

    raw = load_mnist(normalize=False)
    net = TwoLayerNet(784, 12, 10, weight_init_std=0.1, seed=8, dtype=np.float32)
    on_bytes = evaluate(net, raw, train_size=6000, test_size=3000)
    on_floats = evaluate(net, mnist, train_size=6000, test_size=3000)
    assert on_bytes.train_acc == on_floats.train_acc and on_bytes.test_acc == on_floats.test_acc > 0.0
    np.testing.assert_array_equal(on_bytes.probabilities, on_floats.probabilities)
    np.testing.assert_array_equal(on_bytes.test_images, on_floats.test_images)
    assert on_bytes.test_images.dtype == np.float32 and not on_bytes.test_images.flags.writeable
