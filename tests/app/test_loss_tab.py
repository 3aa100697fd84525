"""The loss tab shows the book's values and follows the user's changes (pytest-qt)."""
import numpy as np
import pytest
from PySide6.QtCore import QSettings

from app.tabs.loss_tab import SLIDER_STEPS, LossTab


@pytest.fixture
def tab(qtbot):
    widget = LossTab()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def test_book_examples_are_shown(tab):
    tab.example1_button.click()
    assert "0.0975" in tab.mse_label.text() and "0.5108" in tab.cee_label.text()
    tab.example2_button.click()
    assert "0.5975" in tab.mse_label.text() and "2.3026" in tab.cee_label.text()
    np.testing.assert_allclose(tab.bars.opts["height"], tab.model.y)


def test_target_and_sliders_update_the_losses(tab):
    tab.target_group.button(5).click()
    expected = -np.log(tab.model.y[5] + 1e-7)
    assert f"{expected:.4f}" in tab.cee_label.text()
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
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    tab.export_csv(str(csv_path))
    assert "cross_entropy_error,0.51082545709933" in csv_path.read_text()


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
    settings.setValue("target", "banana")
    settings.setValue("probabilities", "1,2,3")
    other.restore_state(settings)  # junk is ignored, nothing raises
    assert other.model.target == 7
