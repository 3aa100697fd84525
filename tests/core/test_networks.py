"""SimpleNet and TwoLayerNet: book values, backprop vs numerical, save/load (Book 4.4.2, 4.5)."""

import numpy as np
import pytest

from scratchnn_core import networks
from scratchnn_core import GradientCancelled, SimpleNet, TwoLayerNet, numerical_gradient, softmax

X = np.array([0.6, 0.9])
T = np.array([0, 0, 1])

# The book's printed W has 8 decimals of a random matrix: its loss and dW are reproduced
# to ~3e-7 (the digits it did not print), the seed notes' W to ~2e-9.
BOOK = dict(
    W=[[0.47355232, 0.9977393, 0.84668094], [0.85557411, 0.03563661, 0.69422093]],
    predict=[1.05414809, 0.63071653, 1.1328074],
    loss=0.92806853663411326,
    dW=[[0.21924763, 0.14356247, -0.36281009], [0.32887144, 0.2153437, -0.54421514]],
)
NOTES = dict(
    W=[[0.11633986, 0.10927077, -0.93392791], [-1.67889742, 2.13145596, -0.33077693]],
    predict=[-1.44120377, 1.98387283, -0.85805598],
    loss=2.9288931975720534,
    dW=[[0.01790151, 0.55002379, -0.5679253], [0.02685226, 0.82503568, -0.85188794]],
)


@pytest.mark.parametrize("case, tol", [(BOOK, 1e-6), (NOTES, 1e-8)])
def test_simple_net_book_values(case, tol):
    net = SimpleNet(W=case["W"])
    np.testing.assert_allclose(net.predict(X), case["predict"], atol=1e-8)
    assert net.loss(X, T) == pytest.approx(case["loss"], abs=tol)
    W_before = net.W.copy()
    f = lambda w: net.loss(X, T)  # noqa: E731 - the book's idiom: f ignores w, reads net.W
    dW = numerical_gradient(f, net.W)
    np.testing.assert_allclose(dW, case["dW"], atol=tol)
    np.testing.assert_array_equal(net.W, W_before)  # restored
    # Analytical gradient of softmax + cross-entropy: dL/dW_ij = x_i * (softmax(z)_j - t_j),
    # times y_k / (y_k + delta) for the book's -log(y_k + delta) (k the right class).
    y = softmax(net.predict(X))
    analytic = np.outer(X, y - T)
    np.testing.assert_allclose(dW, analytic, atol=2e-6)
    np.testing.assert_allclose(dW, y[2] / (y[2] + 1e-7) * analytic, atol=1e-9)


def test_simple_net_seeded():
    a, b = SimpleNet(seed=42), SimpleNet(seed=42)
    np.testing.assert_array_equal(a.W, b.W)
    assert a.W.shape == (2, 3)
    state = np.random.get_state()[1].copy()
    SimpleNet()
    np.testing.assert_array_equal(np.random.get_state()[1], state)  # global RNG untouched


def test_two_layer_net_init():
    net = TwoLayerNet(784, 50, 10, seed=0)
    p = net.params
    assert {k: v.shape for k, v in p.items()} == {"W1": (784, 50), "b1": (50,), "W2": (50, 10), "b2": (10,)}
    assert p["W1"].dtype == np.float64 and net.dtype == np.float64
    assert not p["b1"].any() and not p["b2"].any()
    rng = np.random.default_rng(0)
    np.testing.assert_array_equal(p["W1"], 0.01 * rng.standard_normal((784, 50)))
    np.testing.assert_array_equal(p["W2"], 0.01 * rng.standard_normal((50, 10)))
    net32 = TwoLayerNet(784, 50, 10, seed=0, dtype=np.float32)
    assert all(v.dtype == np.float32 for v in net32.params.values())
    np.testing.assert_array_equal(net32.params["W1"], p["W1"].astype(np.float32))


@pytest.fixture
def small():
    rng = np.random.default_rng(1)
    net = TwoLayerNet(6, 5, 4, weight_init_std=0.5, seed=3)
    x = rng.standard_normal((7, 6))
    t = rng.integers(0, 4, 7)
    return net, x, t


def test_predict_loss_accuracy(small):
    net, x, t = small
    y = net.predict(x)
    assert y.shape == (7, 4)
    np.testing.assert_allclose(y.sum(axis=1), 1.0, rtol=1e-12)
    p = net.params
    z = 1 / (1 + np.exp(-(x @ p["W1"] + p["b1"])))
    a = z @ p["W2"] + p["b2"]
    np.testing.assert_allclose(y, np.exp(a) / np.exp(a).sum(axis=1, keepdims=True), rtol=1e-12)
    expected_loss = -np.mean(np.log(y[np.arange(7), t] + 1e-7))
    assert net.loss(x, t) == pytest.approx(expected_loss, rel=1e-12)
    assert net.loss(x, np.eye(4)[t]) == pytest.approx(expected_loss, rel=1e-12)
    acc = np.mean(y.argmax(axis=1) == t)
    assert 0 < acc < 1  # a meaningful check needs some right and some wrong
    assert net.accuracy(x, t) == acc == net.accuracy(x, np.eye(4)[t])
    np.testing.assert_allclose(net.predict(x[0]), y[:1], rtol=1e-12)  # a single sample


def test_accuracy_over_many_chunks_counts_every_row():
    rng = np.random.default_rng(5)
    net = TwoLayerNet(784, 8, 10, weight_init_std=0.5, seed=2)
    x = rng.random((12345, 784))  # three chunks, the last one partial
    t = rng.integers(0, 10, 12345)
    expected = np.mean(net.predict(x).argmax(axis=1) == t)
    assert 0.05 < expected < 0.2  # about chance: some right, most wrong
    assert net.accuracy(x, t) == pytest.approx(expected, abs=1e-15)
    assert net.accuracy(x, np.eye(10)[t]) == net.accuracy(x, t)
    assert net.accuracy(x[:0], t[:0]) == 0.0


def test_backprop_matches_numerical_tightly(small):
    # Against the numerical gradient of the exact loss (no delta in the log): float64, 1e-8.
    net, x, t = small
    exact = lambda w: -np.mean(np.log(net.predict(x)[np.arange(7), t]))  # noqa: E731
    grads = net.gradient(x, t)
    for key, param in net.params.items():
        num = numerical_gradient(exact, param)
        assert np.abs(grads[key] - num).max() < 1e-8, key
        assert np.abs(grads[key]).max() > 1e-3  # the comparison is not between zeros


@pytest.mark.parametrize("one_hot", [False, True])
def test_backprop_matches_network_numerical_gradient(small, one_hot):
    # net.numerical_gradient differentiates the book's loss, whose delta=1e-7 shifts the
    # gradient by a relative ~delta/y (~1e-6 here): relative tolerance 3e-6.
    net, x, t = small
    target = np.eye(4)[t] if one_hot else t
    before = {k: v.copy() for k, v in net.params.items()}
    back = net.gradient(x, target)
    num = net.numerical_gradient(x, target)
    for key in ("W1", "b1", "W2", "b2"):
        assert back[key].shape == num[key].shape == net.params[key].shape
        scale = np.abs(back[key]).max()
        assert np.abs(back[key] - num[key]).max() < 3e-6 * scale, key
        np.testing.assert_array_equal(net.params[key], before[key])


def test_numerical_gradient_stops_when_asked_and_leaves_the_net_alone(small, monkeypatch):
    monkeypatch.setattr(networks, "PROGRESS_INTERVAL_S", 0.0)  # a report after every parameter
    net, x, t = small
    before = {k: v.copy() for k, v in net.params.items()}
    calls, reports = [], []

    def should_stop():
        calls.append(1)
        return len(calls) > 25  # 6*5 + 5 + 5*4 + 4 = 59 parameters: 59 polls for a full gradient

    with pytest.raises(GradientCancelled):
        net.numerical_gradient(x, t, should_stop=should_stop,
                               progress=lambda done, total: reports.append((done, total)))
    assert len(calls) == 26  # polled once per report: stops at the first True
    assert reports == [(done, 59) for done in range(1, 27)]
    for key in before:
        np.testing.assert_array_equal(net.params[key], before[key])
    never = net.numerical_gradient(x, t, should_stop=lambda: False)
    plain = net.numerical_gradient(x, t)
    for key in plain:
        np.testing.assert_array_equal(never[key], plain[key])


def test_float32_gradient_stays_float32_and_agrees(small):
    net, x, t = small
    net32 = net.copy(np.float32)
    g32 = net32.gradient(x.astype(np.float32), t)
    g64 = net.gradient(x, t)
    for key in g32:
        assert g32[key].dtype == np.float32
        np.testing.assert_allclose(g32[key], g64[key], atol=1e-5)
    assert net32.gradient(np.eye(6, dtype=np.float32)[:2], np.eye(4, dtype=np.int64)[:2])["W1"].dtype == np.float32


def test_save_and_load_roundtrip(tmp_path, small):
    net, x, t = small
    path = tmp_path / "weights.npz"
    net.save_npz(path)
    loaded = TwoLayerNet.load_npz(path, input_size=6, output_size=4)
    for key in net.params:
        np.testing.assert_array_equal(loaded.params[key], net.params[key])
    assert loaded.loss(x, t) == net.loss(x, t)
    other = tmp_path / "no_suffix"
    net.save_npz(other)  # the name is kept as given
    assert other.exists() and TwoLayerNet.load_npz(other, input_size=6, output_size=4).params["W1"].shape == (6, 5)


def test_load_npz_errors(tmp_path, small):
    net = small[0]
    p = net.params
    cases = {
        "missing.npz": None,
        "garbage.npz": b"this is not a zip file",
        "nokey.npz": dict(W1=p["W1"], b1=p["b1"], W2=p["W2"]),
        "shape.npz": dict(W1=p["W1"], b1=np.zeros(3), W2=p["W2"], b2=p["b2"]),
        "chain.npz": dict(W1=p["W1"], b1=p["b1"], W2=np.zeros((4, 4)), b2=np.zeros(4)),
        "ints.npz": {k: v.astype(int) for k, v in p.items()},
        "single.npz": p["W1"],
        "truncated.npz": "truncate",
    }
    messages = {"missing.npz": "cannot be read", "garbage.npz": "not an .npz", "nokey.npz": "b2",
                "shape.npz": "shapes", "chain.npz": "shapes", "ints.npz": "not float32 or float64",
                "single.npz": "not an .npz", "truncated.npz": "not an .npz"}
    for name, content in cases.items():
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, np.ndarray):
            with open(path, "wb") as fh:
                np.save(fh, content)
        elif content == "truncate":
            net.save_npz(path)
            path.write_bytes(path.read_bytes()[:300])
        elif content is not None:
            np.savez(path, **content)
        with pytest.raises(ValueError, match=messages[name]) as info:
            TwoLayerNet.load_npz(path, input_size=6, output_size=4)
        assert name in str(info.value) and "A weights file is an .npz" in str(info.value)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("one_hot", [False, True])
def test_loss_and_gradient_is_loss_and_backprop_in_one_pass(dtype, one_hot):
    """The training loop's in-place hot path gives the loss of ``loss`` and the book's backward pass."""
    rng = np.random.default_rng(5)
    net = TwoLayerNet(30, 7, 10, weight_init_std=0.3, seed=5, dtype=dtype)
    x = rng.random((12, 30)).astype(dtype)
    labels = rng.integers(0, 10, 12)
    t = np.eye(10)[labels] if one_hot else labels
    loss, grads = net.loss_and_gradient(x, t)
    assert loss == pytest.approx(float(net.loss(x, t)), rel=1e-6)
    # Book 5.7: dy = (y - t) / N, da1 = dy W2^T * z1 (1 - z1), written out the long way.
    z1 = 1 / (1 + np.exp(-(x.astype(np.float64) @ net.params["W1"] + net.params["b1"])))
    y = softmax(z1 @ net.params["W2"] + net.params["b2"])
    dy = (y - np.eye(10)[labels]) / 12
    da1 = dy @ net.params["W2"].T * z1 * (1 - z1)
    expected = {"W1": x.T @ da1, "b1": da1.sum(axis=0), "W2": z1.T @ dy, "b2": dy.sum(axis=0)}
    for key, value in expected.items():
        assert grads[key].dtype == dtype
        np.testing.assert_allclose(grads[key], value, rtol=1e-4 if dtype == np.float32 else 1e-10,
                                   atol=1e-7 if dtype == np.float32 else 1e-14)


def test_copy_has_its_own_parameters_in_the_dtype_asked_for():
    net = TwoLayerNet(6, 5, 4, weight_init_std=0.5, seed=3, dtype=np.float32)
    same, wide = net.copy(), net.copy("float64")
    assert same.dtype == np.float32 and wide.dtype == np.float64
    for key, value in net.params.items():
        np.testing.assert_array_equal(same.params[key], value)
        np.testing.assert_array_equal(wide.params[key], value.astype(np.float64))
    same.params["W1"] += 1.0
    wide.params["b2"] -= 1.0
    np.testing.assert_array_equal(net.params["W1"], TwoLayerNet(6, 5, 4, 0.5, seed=3, dtype=np.float32).params["W1"])
    assert not net.params["b2"].any()
