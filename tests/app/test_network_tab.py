"""The network tab with pytest-qt (offscreen): the book's numbers, nudge, slices, descent, inputs, contract."""
import csv
import logging

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from app.tabs import network_model as nm
from app.tabs.network_examples import PRESETS
from app.tabs.network_tab import DEMO_WEIGHT, NetworkTab
from scratchnn_core import SimpleNet

pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")

BOOK_LOSS = 2.9288931975720534  # seeds/000, net.loss(x, t)
BOOK_DW = [[0.01790151, 0.55002379, -0.5679253], [0.02685226, 0.82503568, -0.85188794]]


@pytest.fixture
def tab(shown):
    widget = shown(NetworkTab())
    widget.show_demo_state()
    yield widget
    widget.shutdown()


def curve(item):
    x, y = item.getData()
    return np.asarray(x), np.asarray(y)


# -- the book's numbers ----------------------------------------------------------------------------------
def test_demo_state_shows_the_book_loss_and_dW(tab):
    assert tab.title() == "Network gradient"
    assert tab.model.loss() == pytest.approx(BOOK_LOSS, abs=1e-8)
    np.testing.assert_allclose(tab.model.dW_numerical(), BOOK_DW, rtol=0, atol=1e-8)
    # What is on screen is the book's printout, digit for digit.
    shown = [[float(tab.view.gradients.left.text(i, j)) for j in range(3)] for i in range(2)]
    np.testing.assert_allclose(shown, BOOK_DW, rtol=0, atol=1e-12)
    assert f"{BOOK_LOSS:.8f}" in tab.view.loss_label.text()
    assert [tab.editor.cell(0, j).text() for j in range(3)] == ["0.11633986", "0.10927077", "-0.93392791"]
    assert tab.view.forward.text(0, 1) == "1.98387283"  # p, argmax 1 as printed
    assert "class 1" in tab.view.loss_label.text()
    analytic = np.outer([0.6, 0.9], tab.model.output() - [0, 0, 1])
    assert float(tab.view.gradients.right.text(1, 2)) == pytest.approx(analytic[1, 2], abs=1e-8)
    assert "1.59e-06" in tab.view.gradients.difference_label.text()  # the book's delta / y_t
    assert tab.model.selected == DEMO_WEIGHT and tab.view.gradients.left.highlighted == DEMO_WEIGHT
    assert "dW = numerical_gradient(f, net.W)" in tab.panel.code.code()
    assert "f = lambda w: net.loss(x, t)" in tab.panel.code.code()


def test_each_preset_loads_its_W_x_and_class(tab, qtbot):
    with qtbot.waitSignal(tab.status_message):
        tab.panel.preset_buttons[1].click()
    assert tab.model.W.tolist() == [list(row) for row in PRESETS[1].W] and tab.model.target == 0
    assert tab.panel.target_group.checkedId() == 0 and tab.panel.target_label.text() == "[1, 0, 0]"
    tab.load_preset(0)
    assert tab.model.loss() == pytest.approx(BOOK_LOSS, abs=1e-8)


# -- 4.4.2's reading: nudge by h -------------------------------------------------------------------------
def test_nudging_a_weight_changes_the_loss_by_dW_h_to_first_order(tab):
    errors = []
    for h in (1e-2, 1e-3):
        tab.load_preset(0)
        tab.select_weight(1, 2)  # dW23 = -0.85188794
        nudge = tab.nudge(h)
        assert nudge.predicted == pytest.approx(BOOK_DW[1][2] * h, rel=1e-6)
        assert nudge.actual == pytest.approx(tab.model.loss() - nudge.before, abs=1e-15)
        errors.append(abs(nudge.actual - nudge.predicted))
        assert errors[-1] < 0.01 * abs(nudge.predicted)  # first order: the error is far smaller
    assert errors[1] / errors[0] == pytest.approx(1e-2, rel=0.2)  # and it is O(h^2)
    assert "w23" in tab.panel.nudge_label.text() and f"{nudge.predicted:.6g}" in tab.panel.nudge_label.text()
    assert tab.model.W[1, 2] == pytest.approx(PRESETS[0].W[1][2] + 1e-3, abs=1e-15)
    x, y = tab.slice_view.before.getData()  # the hollow point where the nudge started
    assert x[0] == pytest.approx(tab.model.W[1, 2] - 1e-3) and y[0] == pytest.approx(nudge.before)


def test_the_minus_h_button_lowers_the_weight_and_a_bad_h_disables_both(tab):
    tab.panel.h_edit.setText("0.05")
    before = tab.model.W[DEMO_WEIGHT]
    tab.panel.minus_button.click()
    assert tab.model.W[DEMO_WEIGHT] == pytest.approx(before - 0.05, abs=1e-15)
    assert tab.last_nudge.actual > 0  # dW23 < 0: lowering w23 raises the loss
    for bad in ("abc", "0"):
        tab.panel.h_edit.setText(bad)
        assert not tab.panel.plus_button.isEnabled() and not tab.panel.minus_button.isEnabled()
        assert tab.panel.h_error.isVisibleTo(tab.panel) and "h" in tab.h_error
    assert tab.nudge(0.0) is None and tab.model.W[DEMO_WEIGHT] == pytest.approx(before - 0.05, abs=1e-15)


def test_the_h_field_the_nudge_and_a_stored_h_follow_one_rule(tab, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    for text, good in (("0.5", True), ("-1e-3", True), ("0", False), ("-0.0", False), ("abc", False),
                       ("inf", False), ("2e6", False)):
        tab.panel.h_edit.setText(text)
        assert (tab.h_error is None) == good, text
        try:
            nm.NetworkModel().nudge(text)
        except ValueError:
            taken = False
        else:
            taken = True
        assert taken == good, text
        settings.setValue("h", text)
        tab.restore_state(settings)
        assert tab.panel.h_edit.text() == (f"{float(text):g}" if good else "0.1"), text


# -- slices: 4.3.3 and 4.2.5 ------------------------------------------------------------------------------
@pytest.mark.parametrize("ij", [(0, 0), (1, 2)])
def test_the_tangent_on_the_slice_has_slope_dW_ij(tab, ij):
    tab.select_weight(*ij)
    x, y = curve(tab.slice_view.tangent)
    slope = (y[-1] - y[0]) / (x[-1] - x[0])
    assert slope == pytest.approx(BOOK_DW[ij[0]][ij[1]], abs=1e-8)
    assert tab.slice_view.lines[0].value() == tab.model.W[ij]
    name = f"w{ij[0] + 1}{ij[1] + 1}"
    assert name in tab.slice_view.loss_item.titleLabel.text
    point = tab.slice_view.loss_point.data
    assert point["y"][0] == pytest.approx(tab.model.loss())


@pytest.mark.parametrize("ij", [(0, 0), (1, 2)])
def test_the_accuracy_curve_is_piecewise_constant_and_the_loss_is_not(tab, ij):
    tab.select_weight(*ij)
    edges, accuracy = curve(tab.slice_view.accuracy)
    assert len(edges) == len(accuracy) + 1  # drawn as steps
    n = len(tab.model.labels)
    np.testing.assert_allclose(accuracy * n, np.round(accuracy * n), atol=1e-12)  # k correct of 45
    assert len(np.unique(accuracy)) >= 3 and np.mean(np.diff(accuracy) == 0) > 0.85
    _, tangent = curve(tab.slice_view.accuracy_tangent)
    assert np.all(tangent == tangent[0])  # flat: no direction to learn from
    for item in (tab.slice_view.loss, tab.slice_view.batch_loss):
        _, loss = curve(item)
        assert np.count_nonzero(np.diff(loss) == 0) == 0 and len(np.unique(loss)) == len(loss)


# -- descent ------------------------------------------------------------------------------------------------
def test_a_gradient_step_lowers_the_loss(tab):
    before, W, dW = tab.model.batch_loss(), tab.model.W, tab.model.dW_batch()
    tab.panel.step_button.click()
    assert tab.model.batch_loss() < before
    np.testing.assert_allclose(tab.model.W, W - nm.DEFAULT_LR * dW, rtol=0, atol=1e-15)
    assert f"{before:.4f} → {tab.model.batch_loss():.4f}" in tab.panel.learning_label.text()
    # The book's single sample: pick it in the combo and its loss falls too.
    tab.panel.objective_combo.activated.emit(tab.panel.objective_combo.findData(nm.SAMPLE))
    assert tab.model.objective == nm.SAMPLE
    sample = tab.model.loss()
    assert tab.gradient_step() < sample


def test_train_runs_on_a_timer_moves_the_regions_and_stop_stops_it(tab, qtbot):
    regions = tab.model.decision_regions()
    start = tab.model.batch_loss()
    assert tab.start_training() and tab.is_training()
    assert tab.panel.train_button.text() == "Stop" and not tab.panel.step_button.isEnabled()
    qtbot.waitUntil(lambda: len(tab.model.history) > 30, timeout=10_000)
    tab.panel.train_button.click()  # the same button stops it
    assert not tab.is_training() and tab.panel.train_button.text() == "Train"
    assert tab.model.batch_loss() < start and np.all(np.diff(tab.model.history) < 0)
    assert np.mean(tab.model.decision_regions() != regions) > 0.05
    image = tab.view.batch_view.image.image  # what is drawn is the trained net's regions
    x1, x2 = tab.view.batch_plot.getPlotItem().vb.viewRange()
    drawn = tab.model.decision_regions(np.linspace(*x1, image.shape[1]), np.linspace(*x2, image.shape[0]))
    assert np.array_equal(image, drawn)


def test_train_stops_by_itself_when_the_loss_levels_off(tab, qtbot):
    for _ in range(800):
        tab.model.gradient_step()  # far down the curve: each step now gains less than LEVELLED_OFF
    with qtbot.waitSignal(tab.status_message, timeout=10_000,
                          check_params_cb=lambda text: "levelled off" in text) as blocker:
        tab.start_training()
    assert "levelled off" in blocker.args[0] and not tab.is_training()
    assert tab.model.batch_accuracy() >= 0.9


def test_a_bad_learning_rate_disables_step_and_train_and_keeps_the_last_good_one(tab):
    assert tab.set_learning_rate(0.5) and tab.model.learning_rate == 0.5
    tab.start_training()
    tab.panel.lr_edit.setText("fast")
    assert tab.model.learning_rate == 0.5 and not tab.is_training()
    assert not tab.panel.step_button.isEnabled() and not tab.panel.train_button.isEnabled()
    assert tab.panel.lr_error.isVisibleTo(tab.panel) and "“fast”" in tab.panel.lr_error.text()
    assert tab.gradient_step() is None and not tab.start_training()
    assert tab.set_learning_rate("0.2") and tab.panel.step_button.isEnabled()
    assert not tab.panel.lr_error.isVisibleTo(tab.panel) and tab.model.learning_rate == 0.2


# -- editing W and the sample -------------------------------------------------------------------------------
def test_editing_a_weight_to_a_non_number_is_refused_and_keeps_the_last_good_W(tab, qtbot):
    good = tab.model.W
    cell = tab.editor.cell(0, 1)
    cell.setFocus()
    cell.selectAll()
    with qtbot.waitSignal(tab.status_message) as blocker:
        qtbot.keyClicks(cell, "abc")
        qtbot.keyClick(cell, Qt.Key.Key_Return)
    assert "w12" in blocker.args[0] and "number" in blocker.args[0]
    assert np.array_equal(tab.model.W, good)
    assert cell.text() == "abc" and tab.editor.error == blocker.args[0]
    assert tab.editor.error_label.isVisibleTo(tab.editor)
    assert not tab.set_weight(0, 1, "1e9") and np.array_equal(tab.model.W, good)  # beyond +-1e6
    assert tab.set_weight(0, 1, "0.5") and tab.model.W[0, 1] == 0.5
    assert tab.editor.error is None and cell.text() == "0.5"
    assert tab.model.loss() == pytest.approx(SimpleNet(tab.model.W).loss(tab.model.x, tab.model.t))


def test_a_fixed_weight_or_input_takes_back_its_complaint_in_the_status_bar(tab):
    messages = []
    tab.status_message.connect(messages.append)
    assert not tab.set_weight(0, 1, "abc")
    assert "w12" in messages[-1] and "number" in messages[-1]
    assert tab.set_weight(0, 1, "0.5")
    assert messages[-1] == ""  # the complaint no longer holds
    assert not tab.set_x("far", 1.0) and "x1" in messages[-1]
    assert tab.set_x(0.5, 1.0) and messages[-1] == ""
    assert not tab.select_weight(2, 0) and "row 3" in messages[-1]
    assert tab.select_weight(1, 0) and messages[-1] == ""
    assert len(messages) == 6  # an accepted input with nothing to take back says nothing


def test_dragging_a_cell_changes_the_weight_live(tab, qtbot):
    from tests.app.widgets.test_weight_matrix import mouse

    cell = tab.editor.cell(1, 1)
    before = tab.model.W[1, 1]
    mouse(cell, "press", 20)
    mouse(cell, "move", -10)
    mouse(cell, "release", -10)
    assert tab.model.W[1, 1] == pytest.approx(before + 0.3, abs=1e-4)
    assert tab.model.selected == (1, 1)  # the pressed cell is picked
    assert float(tab.editor.cell(1, 1).text()) == pytest.approx(tab.model.W[1, 1])


def test_target_and_x_change_the_loss(tab):
    assert tab.set_target(0)
    assert tab.panel.target_group.checkedId() == 0 and tab.panel.target_label.text() == "[1, 0, 0]"
    assert tab.set_x(1.0, -2.0)
    assert [box.value() for box in tab.panel.x_boxes] == [1.0, -2.0]
    expected = SimpleNet(PRESETS[0].W).loss(np.array([1.0, -2.0]), np.array([1, 0, 0]))
    assert tab.model.loss() == pytest.approx(expected)
    assert "np.array([1, -2])" in tab.panel.code.code() and "np.array([1, 0, 0])" in tab.panel.code.code()
    assert not tab.set_target(3) and tab.model.target == 0
    tab.panel.target_group.button(2).click()
    assert tab.model.target == 2
    np.testing.assert_allclose(tab.view.batch_view.sample.data["x"], [1.0])


def test_decision_regions_are_argmax_x_W_across_the_view(tab):
    image = tab.view.batch_view.image
    rect = image.mapRectToParent(image.boundingRect())
    rows, cols = image.image.shape
    for r, c in [(0, 0), (rows // 3, cols // 2), (rows - 1, cols - 1)]:
        x1 = rect.left() + (c + 0.5) * rect.width() / cols
        x2 = rect.top() + (r + 0.5) * rect.height() / rows
        assert image.image[r, c] == np.argmax(np.array([x1, x2]) @ tab.model.W)
    (left, right), _ = tab.view.batch_plot.getPlotItem().vb.viewRange()
    assert rect.left() <= left and rect.right() >= right  # coloured edge to edge


# -- the tab contract ----------------------------------------------------------------------------------------
def test_export_csv_holds_W_x_t_y_loss_and_both_dW(tab, tmp_path):
    path = tmp_path / "network.csv"
    tab.export_csv(str(path))
    rows = {row[0]: [float(v) for v in row[1:]] for row in list(csv.reader(path.open(encoding="utf-8")))[1:]}
    assert rows["W row 2"] == list(PRESETS[0].W[1]) and rows["x"] == [0.6, 0.9] and rows["t"] == [0, 0, 1]
    assert rows["loss"][0] == pytest.approx(BOOK_LOSS, abs=1e-8) and sum(rows["y"]) == pytest.approx(1.0)
    np.testing.assert_allclose([rows["dW numerical row 1"], rows["dW numerical row 2"]], BOOK_DW, atol=1e-8)
    np.testing.assert_allclose([rows["dW analytic row 1"], rows["dW analytic row 2"]], tab.model.dW_analytic())


def test_export_png_writes_the_slice(tab, tmp_path):
    path = tmp_path / "network.png"
    tab.export_png(str(path))
    assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_state_round_trips_through_settings(tab, tmp_path, shown):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    tab.set_weight(0, 2, "1.25")
    tab.select_weight(1, 0)
    tab.set_target(1)
    tab.set_learning_rate(0.3)
    tab.panel.h_edit.setText("0.02")
    tab.save_state(settings)
    other = shown(NetworkTab())
    other.restore_state(settings)
    assert other.model.state() == tab.model.state()
    assert other.panel.lr_edit.text() == "0.3" and other.panel.h_edit.text() == "0.02"
    assert other.panel.target_group.checkedId() == 1 and other.editor.selected == (1, 0)
    assert other.editor.cell(0, 2).text() == "1.25"
    other.shutdown()


@pytest.mark.parametrize("stored", ["not json", '{"W": [[1, 2]]}', '{"W": [[1, 2, 3], [4, 5, 6]]}', "[1, 2]"])
def test_a_bad_stored_state_falls_back_to_the_demo_with_a_log_line(tab, tmp_path, caplog, stored):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("state", stored)
    settings.setValue("h", "zero")
    tab.set_weight(0, 0, 3.0)
    with caplog.at_level(logging.WARNING):
        tab.restore_state(settings)
    assert any("network" in r.getMessage() for r in caplog.records)
    assert tab.model.loss() == pytest.approx(BOOK_LOSS, abs=1e-8)
    assert tab.panel.h_edit.text() == "0.1"


def test_a_refused_weight_is_explained_in_korean(tab, qapp):
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QLabel

    from app.resources import translations_dir

    translator = QTranslator()
    assert translator.load(str(translations_dir() / "scratchnn_ko.qm"))
    qapp.installTranslator(translator)
    try:
        assert not tab.set_weight(1, 0, "abc")
        assert "숫자" in tab.editor.error and "w21" in tab.editor.error
        other = NetworkTab()
        assert other.title() == "신경망의 기울기"
        labels = {label.text() for label in other.findChildren(QLabel)}
        assert "학습률" in labels and "정답 클래스" in labels  # the book's terms
        for term in ("가중치", "기울기", "편미분", "손실 함수", "정확도"):
            assert any(term in text for text in labels), term
        other.shutdown()
    finally:
        qapp.removeTranslator(translator)
