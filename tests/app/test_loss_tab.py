"""The loss tab shows the book's values and follows the user's changes (pytest-qt)."""
import csv
import warnings

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings, Qt

from app.tabs.loss_tab import SLIDER_STEPS, LossTab


@pytest.fixture
def tab(shown):
    widget = shown(LossTab())
    yield widget
    widget.shutdown()
    widget.shutdown()  # idempotent


def test_book_examples_are_shown(tab, qtbot):
    tab.example2_button.click()
    tab.example1_button.click()
    assert "0.0975" in tab.mse_label.text() and "0.5108" in tab.cee_label.text()
    assert float(tab.mse_label.toolTip()) == pytest.approx(0.09750000000000003, abs=1e-15)
    assert float(tab.cee_label.toolTip()) == pytest.approx(0.510825457099338, abs=1e-12)
    with qtbot.waitSignal(tab.status_message):
        tab.example2_button.click()
    assert "0.5975" in tab.mse_label.text() and "2.3026" in tab.cee_label.text()
    assert "0.6" not in tab.mse_label.text() and "0.5108" not in tab.cee_label.text()
    np.testing.assert_array_equal(tab.bars.opts["height"], [0.1, 0.05, 0.1, 0, 0.05, 0.1, 0, 0.6, 0, 0])
    assert tab.model.target == 2 and tab.target_group.checkedId() == 2
    assert "Σ y_k = 1.000" in tab.sum_label.text()


def test_demo_state_is_book_example_1_with_the_target_bar_coloured(tab):
    tab.load_example(1)
    tab.show_demo_state()
    np.testing.assert_array_equal(tab.model.y, [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0])
    brushes = tab.bars.opts["brushes"]
    assert brushes[2].color().name() == "#2e7d32" and brushes[7].color().name() != "#2e7d32"
    assert list(tab.target_bar.opts["x"]) == [2]
    x, e = tab.log_point.getData()
    assert (x[0], e[0]) == (0.6, pytest.approx(0.510825457099338, abs=1e-12))
    assert tab.title() == "Loss functions"


def test_target_and_sliders_update_the_losses(tab):
    tab.target_group.button(5).click()
    y, t = np.array([0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0]), np.eye(10)[5]
    assert f"{-np.log(y[5] + 1e-7):.4f}" in tab.cee_label.text()  # 2.3026: y_5 is 0.1
    assert f"{0.5 * np.sum((y - t) ** 2):.4f}" in tab.mse_label.text()  # 0.6175
    assert list(tab.target_bar.opts["x"]) == [5] and tab.bars.opts["brushes"][5].color().name() == "#2e7d32"
    x, e = tab.log_point.getData()
    assert (x[0], e[0]) == (0.1, pytest.approx(-np.log(0.1 + 1e-7), abs=1e-12))
    tab.sliders[5].setValue(SLIDER_STEPS)  # y_5 = 1
    assert tab.model.y[5] == 1.0
    t = np.eye(10)[5]
    assert f"{0.5 * np.sum((tab.model.y - t) ** 2):.4f}" in tab.mse_label.text()
    assert "0.0000" in tab.cee_label.text()
    assert "press Normalise" in tab.sum_label.text()
    tab.normalise_button.click()
    assert tab.model.y.sum() == pytest.approx(1.0)
    assert "press Normalise" not in tab.sum_label.text()


def test_exports(tab, tmp_path):
    png, csv_path = tmp_path / "loss.png", tmp_path / "loss.csv"
    tab.export_png(str(png))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 1000
    tab.load_example(1)
    tab.export_csv(str(csv_path))
    rows = list(csv.reader(csv_path.read_text(encoding="utf-8").splitlines()))
    assert rows[0] == ["class", "y", "t", "half_squared_error"] and len(rows) == 13
    assert rows[3] == ["2", "0.1", "1", repr(0.5 * 0.9 ** 2)]
    assert rows[8] == ["7", "0.6", "0", repr(0.5 * 0.6 ** 2)]
    assert sum(float(r[3]) for r in rows[1:11]) == pytest.approx(0.5975, abs=1e-15)
    assert rows[11][:2] == ["mean_squared_error", "0.5975"]
    assert rows[12][:2] == ["cross_entropy_error", "2.302584092994546"]


def test_state_round_trip_and_junk(tab, tmp_path, qtbot):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    tab.load_example(1)
    tab.target_group.button(7).click()
    tab.save_state(settings)
    settings.sync()
    other = LossTab()
    qtbot.addWidget(other)
    other.restore_state(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert other.model.target == 7
    np.testing.assert_allclose(other.model.y, tab.model.y)
    for target, probabilities in (("banana", "1,2,3"), ("12", "nan," * 9 + "0.5"), ("-1", ""),
                                  ("2.5", "2,0,0,0,0,0,0,0,0,0")):
        settings.setValue("target", target)
        settings.setValue("probabilities", probabilities)
        other.restore_state(settings)  # junk is ignored, nothing raises
        assert other.model.target == 7
        np.testing.assert_allclose(other.model.y, tab.model.y)
    assert other.target_group.checkedId() == 7 and other.sliders[7].value() == 600


def test_a_hand_edited_ini_with_a_bare_list_is_read(tab, tmp_path):
    path = tmp_path / "hand.ini"
    path.write_text("[loss]\ntarget=4\nprobabilities=0, 0, 0, 0, 0.5, 0.5, 0, 0, 0, 0\n")
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.beginGroup("loss")
    tab.restore_state(settings)
    assert tab.model.target == 4 and tab.model.y[4] == 0.5 and tab.model.y.sum() == 1.0
    assert f"{-np.log(0.5 + 1e-7):.4f}" in tab.cee_label.text()


def _bar_point(tab, k, y):
    """Widget coordinates (in the plot's viewport) of data point (k, y) on the bar chart."""
    scene = tab.bar_view.mapViewToScene(pg.Point(k, y))
    return tab.bar_plot.mapFromScene(scene)


def test_clicking_the_bar_chart_sets_that_output(tab, qtbot):
    qtbot.waitExposed(tab)
    tab.load_example(0)
    qtbot.mouseClick(tab.bar_plot.viewport(), Qt.MouseButton.LeftButton, pos=_bar_point(tab, 7, 0.8))
    assert tab.model.y[7] == pytest.approx(0.8, abs=0.01)  # one pixel is ~0.002 at this size
    assert tab.sliders[7].value() == round(tab.model.y[7] * SLIDER_STEPS)
    t = np.eye(10)[2]
    assert f"{0.5 * np.sum((tab.model.y - t) ** 2):.4f}" in tab.mse_label.text()


def test_a_drag_sets_the_bar_where_it_started_clipped(tab):
    tab.bar_view.bar_dragged.emit(4, 1.7)  # dragged above the top of the chart
    assert tab.model.y[4] == 1.0
    tab.bar_view.bar_dragged.emit(4, -0.3)
    assert tab.model.y[4] == 0.0


def test_sliders_sit_under_their_bars(tab, qtbot):
    qtbot.waitExposed(tab)
    for k in (0, 9):
        bar_x = tab.bar_plot.viewport().mapTo(tab, _bar_point(tab, k, 0.5)).x()
        slider_x = tab.sliders[k].mapTo(tab, tab.sliders[k].rect().center()).x()
        assert abs(bar_x - slider_x) <= 8


def test_zero_output_for_the_true_class_stays_finite_and_in_view(tab):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tab.sliders[2].setValue(0)
    assert "16.1181" in tab.cee_label.text()
    top = tab.log_plot.getPlotItem().viewRange()[1][1]
    assert top > 16.1181
    tab.load_example(0)
    assert tab.log_plot.getPlotItem().viewRange()[1][1] < 9  # back to the book's scale
