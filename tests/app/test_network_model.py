"""The network tab's model without Qt: the book's simpleNet examples, dW two ways, slices (Book 4.2.5, 4.4.2)."""
import numpy as np
import pytest

from app.tabs import network_batch as nb
from app.tabs import network_examples as ex
from app.tabs import network_model as nm
from app.tabs import network_texts as nt
from scratchnn_core import SimpleNet, cross_entropy_error, numerical_gradient, softmax

pytestmark = pytest.mark.filterwarnings("error")

BOOK_LOSS = 2.9288931975720534
BOOK_DW = [[0.01790151, 0.55002379, -0.5679253], [0.02685226, 0.82503568, -0.85188794]]


@pytest.fixture
def model():
    return nm.NetworkModel()


def random_W(seed):
    return np.random.default_rng(seed).standard_normal((2, 3))


# -- the notes' examples -------------------------------------------------------------------------------------
def test_demo_state_shows_the_book_loss_and_dW(model):
    assert model.W.tolist() == [list(row) for row in ex.PRESETS[ex.DEMO_PRESET].W]
    assert model.x.tolist() == [0.6, 0.9] and model.target == 2
    assert model.loss() == pytest.approx(BOOK_LOSS, abs=1e-8)
    np.testing.assert_allclose(model.dW_numerical(), BOOK_DW, rtol=0, atol=1e-8)
    assert int(np.argmax(model.scores())) == 1
    np.testing.assert_allclose(model.scores(), [-1.44120377, 1.98387283, -0.85805598], atol=1e-8)


@pytest.mark.parametrize("preset", ex.PRESETS, ids=lambda p: p.source[:10])
def test_every_preset_reproduces_what_it_keeps_of_its_note(preset):
    printed, computed = preset.printed, ex.reproduce(preset)
    if printed.p is not None:
        np.testing.assert_allclose(computed.p, printed.p, rtol=0, atol=1e-8)
    assert computed.argmax == printed.argmax
    assert [target for target, _ in computed.losses] == [target for target, _ in printed.losses]
    for (_, got), (_, want) in zip(computed.losses, printed.losses):
        assert got == pytest.approx(want, abs=1e-8)
    if printed.dW is not None:
        np.testing.assert_allclose(computed.dW, printed.dW, rtol=0, atol=1e-8)
    else:
        assert computed.dW is None


def test_presets_with_printed_numbers_are_the_notes_000_and_001():
    kept = [p for p in ex.PRESETS if p.printed.losses]
    assert [p.source[:9] for p in kept] == ["seeds/000", "seeds/001"]
    assert all(len(p.printed.dW) == 2 and len(p.printed.dW[0]) == 3 for p in kept)


def test_note_001_ran_without_delta_so_the_book_loss_misses_it_by_delta_over_y():
    preset = ex.PRESETS[1]
    net, x = SimpleNet(preset.W), np.array(preset.x)
    y = softmax(net.predict(x))
    for target, printed in preset.printed.losses:
        book = net.loss(x, np.eye(3)[target])  # delta = 1e-7
        assert abs(book - printed) > 1e-7  # not reproduced with the book's delta ...
        assert printed - book == pytest.approx(1e-7 / y[target], rel=1e-2)  # ... -log(y) vs -log(y + delta)


def test_stray_p_of_note_001_comes_from_no_W_of_the_notes():
    x = np.array(ex.BOOK_X)
    for preset in ex.PRESETS:
        assert np.abs(SimpleNet(preset.W).predict(x) - ex.STRAY_P).max() > 0.1


@pytest.mark.parametrize("source, target, dW", ex.ORPHAN_DW, ids=lambda v: str(v)[:12])
def test_orphan_dW_are_genuine_simplenet_gradients(source, target, dW):
    """dW = x^T (y - t): both rows give the same y - t, and y is a probability vector."""
    dW = np.array(dW)
    x = np.array(ex.BOOK_X)
    y0, y1 = dW[0] / x[0] + np.eye(3)[target], dW[1] / x[1] + np.eye(3)[target]
    np.testing.assert_allclose(y0, y1, atol=1e-7)
    assert np.all(y0 > 0) and y0.sum() == pytest.approx(1.0, abs=1e-7)


def test_loading_each_preset_sets_W_x_and_the_class(model):
    for index, preset in enumerate(ex.PRESETS):
        model.load_preset(index)
        assert model.W.tolist() == [list(row) for row in preset.W]
        assert model.target == preset.target
    with pytest.raises(ValueError):
        model.load_preset(len(ex.PRESETS))
    model.set_objective(nm.SAMPLE)
    model.load_preset(1)
    assert model.history == [model.loss()]  # the trained loss of the preset's own x and t


# -- dW two ways -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("seed", range(20))
def test_numerical_dW_is_the_analytic_one_up_to_delta(seed, model):
    model.set_weights(random_W(seed))
    model.set_target(seed % 3)
    numerical = model.dW_numerical()
    # The slope of the book's loss -log(y_t + 1e-7): only the central difference's error is left.
    np.testing.assert_allclose(numerical, model.dW_analytic(with_delta=True), rtol=0, atol=1e-8)
    # x^T (y - t) is the slope without delta: they differ by (delta / y_t) |dW| at most.
    y_t = model.output()[model.target]
    bound = 1e-8 + 1e-7 / y_t * np.abs(model.dW_analytic()).max()
    assert model.dW_two_ways()[2]["difference"] <= bound
    # With a confident net (y_t near 1) the delta term vanishes and even the plain form agrees to 1e-7.
    confident = random_W(seed)
    confident[:, model.target] += 6.0
    model.set_weights(confident)
    assert model.output()[model.target] > 0.95 and model.dW_two_ways()[2]["difference"] < 1e-7


def test_delta_free_loss_has_exactly_x_transpose_y_minus_t_as_gradient(model):
    for seed in range(5):
        net = SimpleNet(random_W(seed))
        x, t = model.x, model.t
        dW = numerical_gradient(lambda w: cross_entropy_error(softmax(net.predict(x)), t, delta=0.0), net.W)
        np.testing.assert_allclose(dW, np.outer(x, softmax(net.predict(x)) - t), rtol=0, atol=1e-7)


def test_numerical_dW_leaves_W_as_it_was(model):
    before = model.W
    model.dW_numerical()
    model.dW_batch()
    assert np.array_equal(model.W, before)


def test_dW_two_ways_gives_both_and_splits_their_difference(model):
    numerical, analytic, fields = model.dW_two_ways()
    assert np.array_equal(numerical, model.dW_numerical()) and np.array_equal(analytic, model.dW_analytic())
    assert fields["difference"] == pytest.approx(1.59e-6, rel=0.01)  # the demo's y_t = 0.053: delta / y_t
    assert fields["rest"] < 1e-9
    assert nt.DELTA_NOTE.format(**fields)


# -- the book's reading: nudge by h -----------------------------------------------------------------------
@pytest.mark.parametrize("ij", [(0, 0), (1, 1), (1, 2)])
def test_nudge_changes_the_loss_by_dW_h_to_first_order(model, ij):
    errors = []
    for h in (1e-2, 1e-3):
        model.load_preset(ex.DEMO_PRESET)
        model.select(*ij)
        dW = model.dW_numerical()[ij]
        nudge = model.nudge(h)
        assert model.W[ij] == pytest.approx(ex.PRESETS[0].W[ij[0]][ij[1]] + h, abs=1e-15)
        assert nudge.predicted == pytest.approx(dW * h)
        assert nudge.actual == pytest.approx(model.loss() - nudge.before)
        errors.append(abs(nudge.actual - nudge.predicted))
    assert errors[0] < 1e-2 * abs(dW) * 1e-2 + 1e-9  # the error is far below dW h ...
    assert errors[1] / errors[0] == pytest.approx(1e-2, rel=0.2)  # ... and O(h^2): 10x smaller h, 100x smaller


def test_nudge_refuses_zero_or_non_numbers(model):
    before = model.W
    for bad in (0.0, "abc", float("nan")):
        with pytest.raises(ValueError):
            model.nudge(bad)
    assert np.array_equal(model.W, before)


# -- descent ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("objective", [nm.BATCH, nm.SAMPLE])
def test_a_gradient_step_lowers_the_loss_it_trains(model, objective):
    model.set_objective(objective)
    before = model.objective_loss()
    dW = model.dW_batch() if objective == nm.BATCH else model.dW_numerical()
    W = model.W
    after = model.gradient_step()
    assert after < before
    np.testing.assert_allclose(model.W, W - nm.DEFAULT_LR * dW, rtol=0, atol=1e-15)
    assert model.history == [before, after]


def test_training_the_batch_fits_most_of_the_toy_set(model):
    assert model.batch_accuracy() < 0.1  # the demo W gets almost every toy point wrong
    regions_before = model.decision_regions()
    for _ in range(300):
        model.gradient_step()
    assert model.batch_accuracy() >= 0.9
    assert model.batch_accuracy() < 1.0  # mostly separable: a few points sit in a neighbour's wedge
    assert np.all(np.diff(model.history) < 0)
    assert np.mean(model.decision_regions() != regions_before) > 0.3  # the regions moved


def test_weights_and_inputs_beyond_a_million_are_refused(model):
    """x W stays far from overflow, so the loss and every step stay finite."""
    before = model.state()
    for method, args in [(model.set_weight, (0, 0, 2e6)), (model.set_x, (1e7, 0)),
                         (model.set_weights, (np.full((2, 3), -1e300),))]:
        with pytest.raises(ValueError, match="between"):
            method(*args)
    assert model.state() == before
    model.set_weights(np.full((2, 3), nt.MAX_ABS / 2) * [[1, -1, 0], [0, 1, -1]])
    model.set_x(nt.MAX_ABS, -nt.MAX_ABS)
    model.set_objective(nm.SAMPLE)
    assert np.isfinite(model.loss()) and np.isfinite(model.dW_numerical()).all()
    model.set_learning_rate(nm.MAX_LR)
    edge = model.W
    with pytest.raises(ValueError, match="lower the learning rate"):
        model.gradient_step()  # would move W past 1e6: a state() could not be restored
    assert np.array_equal(model.W, edge)
    model.set_learning_rate(1e-6)
    assert np.isfinite(model.gradient_step()) and np.abs(model.W).max() <= nt.MAX_ABS


def test_objectives_have_labels():
    assert set(nt.OBJECTIVE_LABELS) == {nm.SAMPLE, nm.BATCH}


# -- slices: 4.3's partial derivative, 4.2.5's accuracy ---------------------------------------------------
def test_slice_tangent_slope_is_dW_ij(model):
    for i, j in np.ndindex(2, 3):
        s = model.slice(i, j)
        assert s.w0 == model.W[i, j] and s.w[0] == pytest.approx(s.w0 - nm.DEFAULT_SPAN)
        assert s.slope == model.dW_numerical()[i, j]
        assert s.batch_slope == pytest.approx(model.dW_batch()[i, j], abs=1e-12)
        k = int(np.argmin(np.abs(s.w - s.w0)))
        assert s.tangent[k] == pytest.approx(model.loss() + s.slope * (s.w[k] - s.w0))


def test_slice_curves_are_the_core_loss_and_accuracy_at_each_w(model):
    s = model.slice(1, 2, span=2.0, n=41)
    for k in range(0, 41, 5):
        W = model.W
        W[1, 2] = s.w[k]
        net = SimpleNet(W)
        assert s.loss[k] == pytest.approx(net.loss(model.x, model.t), abs=1e-12)
        assert s.batch_loss[k] == pytest.approx(net.loss(model.points, model.labels), abs=1e-12)
        assert s.accuracy[k] == np.mean(np.argmax(net.predict(model.points), axis=1) == model.labels)


def test_row_cross_entropy_is_the_core_one_row_by_row():
    y = softmax(np.random.default_rng(0).standard_normal((7, 3)))
    labels = np.array([0, 1, 2, 2, 1, 0, 1])
    rows = nb.row_cross_entropy(y, labels)
    assert rows == pytest.approx([cross_entropy_error(y[k], labels[k]) for k in range(7)], abs=1e-15)
    assert rows.mean() == pytest.approx(cross_entropy_error(y, labels), abs=1e-15)


@pytest.mark.parametrize("ij", list(np.ndindex(2, 3)))
def test_accuracy_along_a_slice_steps_while_the_loss_is_smooth(model, ij):
    s = model.slice(*ij, span=3.0, n=200)
    n_points = len(model.labels)
    # accuracy: a few values k / N, and a zero numerical derivative almost everywhere
    assert len(np.unique(s.accuracy)) <= 20
    assert np.allclose(s.accuracy * n_points, np.round(s.accuracy * n_points))
    assert np.mean(np.diff(s.accuracy) == 0) > 0.85
    assert s.accuracy_slope == 0.0 and np.all(s.accuracy_tangent == s.accuracy[np.argmin(np.abs(s.w - s.w0))])
    # the loss: a new value at every w and a nonzero slope
    for curve in (s.loss, s.batch_loss):
        assert len(np.unique(curve)) == len(curve) and np.count_nonzero(np.diff(curve) == 0) == 0
    assert s.slope != 0.0 and s.batch_slope != 0.0


def test_accuracy_takes_more_than_one_value_along_w11(model):
    s = model.slice(0, 0)
    assert len(np.unique(s.accuracy)) >= 3


# -- the toy batch -----------------------------------------------------------------------------------------
def test_toy_batch_is_fixed_and_balanced():
    points, labels = nb.toy_batch()
    again, _ = nb.toy_batch()
    assert np.array_equal(points, again)
    assert points.shape == (45, 2) and np.bincount(labels).tolist() == [15, 15, 15]
    radius = np.hypot(*points.T)
    assert radius.min() >= 0.5 and radius.max() <= 2.0 and radius.max() < nb.GRID_EXTENT


def test_batch_cross_entropy_with_labels_equals_with_one_hot(model):
    for seed in range(5):
        model.set_weights(random_W(seed))
        assert model.batch_loss(one_hot=True) == pytest.approx(model.batch_loss(), abs=1e-15)
        y = softmax(model.points @ model.W)
        manual = -np.mean(np.log(y[np.arange(45), model.labels] + 1e-7))  # Book 4.2.4, by hand
        assert model.batch_loss() == pytest.approx(manual, abs=1e-14)


def test_decision_regions_are_wedges_of_argmax_x_W(model):
    x1, x2 = nb.default_grid(n=21)
    regions = model.decision_regions(x1, x2)
    assert regions.shape == (21, 21)
    for r, c in [(0, 0), (3, 17), (20, 5), (15, 15)]:
        assert regions[r, c] == np.argmax(np.array([x1[c], x2[r]]) @ model.W)
        # no bias: a point and its double are in the same region
        assert np.argmax(np.array([2 * x1[c], 2 * x2[r]]) @ model.W) == regions[r, c]


# -- inputs are validated, and a refused one changes nothing ----------------------------------------------
@pytest.mark.parametrize("bad", ["abc", "", "1,5", None, float("inf"), "nan"])
def test_editing_a_weight_to_a_non_number_keeps_the_last_good_W(model, bad):
    model.set_weight(0, 1, "0.5")
    good = model.W
    with pytest.raises(ValueError) as error:
        model.set_weight(0, 1, bad)
    assert "w12" in str(error.value) and "number" in str(error.value)
    assert error.value.template in (nt.NOT_A_NUMBER, nt.NOT_FINITE)
    assert np.array_equal(model.W, good) and model.W[0, 1] == 0.5


def test_other_bad_inputs_are_refused_with_a_message(model):
    state = model.state()
    cases = [(model.set_weight, (2, 0, 1.0)), (model.set_weight, (0, -1, 1.0)), (model.set_x, ("a", 1)),
             (model.set_x, (1, float("inf"))), (model.set_target, (3,)), (model.set_target, ("1.5",)),
             (model.set_target, ("x",)), (model.set_learning_rate, (0,)), (model.set_learning_rate, ("-1",)),
             (model.set_learning_rate, ("nan",)), (model.select, (1, 3)), (model.set_weights, ([[1, 2]],)),
             (model.set_weights, ([[1, 2, "a"], [1, 2, 3]],))]
    for method, args in cases:
        with pytest.raises(ValueError) as error:
            method(*args)
        assert str(error.value).endswith(".")  # a sentence, not a repr
    assert model.state() == state


def test_translated_error_text_comes_from_its_template(model):
    with pytest.raises(nt.NetworkInputError) as error:
        model.set_target("7")
    assert error.value.template == nt.BAD_CLASS
    assert error.value.template.format(**error.value.fields) == str(error.value)
    with pytest.raises(nt.NetworkInputError, match="row 3, column 1"):
        model.set_weight(2, 0, 1.0)
    with pytest.raises(nt.NetworkInputError, match=r"shape \(1, 2\)"):
        model.set_weights([[1.0, 2.0]])


def test_good_inputs_change_the_readout(model):
    model.set_x("1.0", -2)
    model.set_target("0")
    net = SimpleNet(model.W)
    assert model.loss() == pytest.approx(net.loss(np.array([1.0, -2.0]), np.array([1, 0, 0])))
    model.set_learning_rate("0.5")
    assert model.learning_rate == 0.5


# -- export and settings ------------------------------------------------------------------------------------
def test_csv_rows_hold_W_x_t_y_loss_and_both_dW(model):
    rows = {row[0]: [float(v) for v in row[1:]] for row in model.csv_rows()[1:]}
    assert rows["W row 1"] == list(ex.PRESETS[0].W[0])
    assert rows["x"] == [0.6, 0.9] and rows["t"] == [0.0, 0.0, 1.0]
    assert rows["loss"][0] == pytest.approx(BOOK_LOSS, abs=1e-8)
    assert sum(rows["y"]) == pytest.approx(1.0)
    np.testing.assert_allclose([rows["dW numerical row 1"], rows["dW numerical row 2"]], BOOK_DW, atol=1e-8)
    np.testing.assert_allclose([rows["dW analytic row 1"], rows["dW analytic row 2"]], model.dW_analytic())
    largest = np.max(np.abs(model.dW_numerical() - model.dW_analytic()))
    assert rows["max |difference|"][0] == pytest.approx(largest)


def test_state_round_trips_and_a_bad_state_changes_nothing(model):
    model.set_weight(1, 2, 0.25)
    model.set_target(1)
    model.set_learning_rate(0.3)
    model.select(1, 0)
    model.set_objective(nm.SAMPLE)
    saved = model.state()
    other = nm.NetworkModel()
    other.restore(saved)
    assert other.state() == saved and other.loss() == model.loss()
    for broken in ({**saved, "W": [[1, 2, 3]]}, {**saved, "target": 5}, {**saved, "objective": "?"},
                   {k: v for k, v in saved.items() if k != "lr"}):
        with pytest.raises(ValueError):
            other.restore(broken)
        assert other.state() == saved
