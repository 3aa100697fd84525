"""The training loop's step against the book's (Book 4.5.2, 5.7.2), and MNIST kept as bytes (Book 3.6.1)."""
import numpy as np
import pytest

from scratchnn_core import TrainConfig, TwoLayerNet, load_mnist, train
from scratchnn_core.pixels import pixel_accuracy, unit_pixels
from scratchnn_core.sgd_step import sgd_step


def book_step(net, x, t, lr):
    """loss_and_gradient, then train_neuralnet.py's ``params[key] -= learning_rate * grad[key]``."""
    loss, grad = net.loss_and_gradient(x, t)
    for key in ("W1", "b1", "W2", "b2"):
        net.params[key] -= lr * grad[key]
    return loss


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("batch, hidden", [(12, 7), (1, 7), (12, 1)])
def test_without_blank_columns_it_is_the_books_step_to_the_last_bit(dtype, batch, hidden):
    rng = np.random.default_rng(batch + hidden)
    x = rng.random((batch, 30)).astype(dtype) + 0.1  # no zero anywhere
    labels = rng.integers(0, 10, batch)
    ours = TwoLayerNet(30, hidden, 10, weight_init_std=0.3, seed=1, dtype=dtype)
    book = ours.copy()
    for _ in range(3):
        assert sgd_step(ours.params, x, labels, 0.5) == book_step(book, x, labels, 0.5)
    for key in ours.params:
        np.testing.assert_array_equal(ours.params[key], book.params[key])


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_blank_columns_are_skipped_and_their_weights_kept(mnist, dtype):
    (x_train, t_train), _ = mnist
    x, labels = x_train[:100].astype(dtype), t_train[:100]
    blank = ~x.any(axis=0)
    assert 150 < blank.sum() < 400  # MNIST: a third of the pixels are blank in all of 100 images
    ours = TwoLayerNet(784, 50, 10, seed=2, dtype=dtype)
    book = ours.copy()
    for _ in range(5):
        loss = sgd_step(ours.params, x, labels, 0.1)
        assert loss == pytest.approx(book_step(book, x, labels, 0.1), rel=1e-6 if dtype == np.float32 else 1e-13)
    for key in ours.params:
        np.testing.assert_allclose(ours.params[key], book.params[key], rtol=1e-5 if dtype == np.float32 else 1e-12,
                                   atol=1e-8 if dtype == np.float32 else 1e-16)
    start = TwoLayerNet(784, 50, 10, seed=2, dtype=dtype).params["W1"]
    np.testing.assert_array_equal(ours.params["W1"][blank], start[blank])  # exactly the book's W1 - 0
    assert not np.array_equal(ours.params["W1"][~blank], start[~blank])


def test_an_all_blank_batch_still_trains_the_biases_and_w2():
    net = TwoLayerNet(20, 4, 3, weight_init_std=0.5, seed=3)
    book = net.copy()
    x, labels = np.zeros((5, 20)), np.array([0, 1, 2, 1, 0])
    assert sgd_step(net.params, x, labels, 1.0) == pytest.approx(book_step(book, x, labels, 1.0), rel=1e-15)
    for key in net.params:
        np.testing.assert_allclose(net.params[key], book.params[key], rtol=1e-14)
    assert not np.array_equal(net.params["b1"], np.zeros(4))


def test_byte_pixels_are_the_normalized_ones_to_the_last_bit(mnist):
    (raw, labels), (raw_test, _) = load_mnist(normalize=False)
    (x_train, _), (x_test, _) = mnist  # normalize=True, float32
    for dtype in (np.float32, np.float64):
        np.testing.assert_array_equal(unit_pixels(raw[:3000], dtype),
                                      load_mnist(dtype=dtype)[0][0][:3000] if dtype == np.float64
                                      else x_train[:3000])
    assert unit_pixels(raw_test, np.float32).dtype == np.float32
    np.testing.assert_array_equal(unit_pixels(raw_test, np.float32), x_test)
    x = np.array([[0.5, 2.0]])
    assert unit_pixels(x, np.float64) is x  # floats are the network's to read as they are
    rows = raw[:100]
    ours, book = TwoLayerNet(784, 8, 10, seed=4, dtype=np.float32), TwoLayerNet(784, 8, 10, seed=4, dtype=np.float32)
    assert sgd_step(ours.params, rows, labels[:100], 0.1) == sgd_step(book.params, x_train[:100], labels[:100], 0.1)
    for key in ours.params:
        np.testing.assert_array_equal(ours.params[key], book.params[key])


def test_pixel_accuracy_of_bytes_is_the_accuracy_of_floats(mnist):
    (raw, labels), _ = load_mnist(normalize=False)
    (x_train, _), _ = mnist
    net = TwoLayerNet(784, 10, 10, weight_init_std=0.1, seed=5, dtype=np.float32)
    for size in (0, 1, 2500):  # chunks of 1000 rows and a part one, and an empty set
        assert pixel_accuracy(net, raw[:size], labels[:size]) == net.accuracy(x_train[:size], labels[:size])
    one_hot = np.eye(10)[labels[:300]]
    assert pixel_accuracy(net, raw[:300], one_hot) == net.accuracy(x_train[:300], labels[:300]) > 0.0


def test_training_on_bytes_is_training_on_floats(mnist):
    (raw, t_raw), (raw_test, t_raw_test) = load_mnist(normalize=False)
    config = TrainConfig(iters_num=250, train_size=2000, test_size=500, seed=6)
    on_floats, on_bytes = train(config, mnist), train(config, ((raw, t_raw), (raw_test, t_raw_test)))
    assert on_bytes.train_loss == on_floats.train_loss
    assert on_bytes.train_acc == on_floats.train_acc and on_bytes.test_acc == on_floats.test_acc
    assert on_bytes.test_acc[-1] > on_bytes.test_acc[0] + 0.25  # it learns: 0.10 -> 0.45 in 250 iterations
    default = train(config)  # None: the embedded MNIST, loaded as bytes
    assert default.train_loss == on_floats.train_loss
