"""The gradient tab with pytest-qt (offscreen): field, quiver, animated descent, honesty about divergence."""
import numpy as np
import pytest
from PySide6.QtCore import QPointF, QSettings, Qt

from app.tabs import gradient_model as gm
from app.tabs.gradient_tab import GradientTab

pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")


@pytest.fixture
def tab(shown):
    widget = shown(GradientTab())
    yield widget
    widget.shutdown()


def shown_point(tab):
    x, y = tab.current_marker.getData()
    return np.array([x[0], y[0]])


# -- the tab ---------------------------------------------------------------------------------------------
def test_default_state_renders_the_book_function(tab):
    assert tab.title()
    assert tab.image.image.shape == (200, 200)
    assert tab.quiver.arrow_count() == 18 * 18
    assert sum(c.isVisible() for c in tab.contours) == 12
    assert tab.expression.text() == "x0**2 + x1**2" and tab.lr_combo.currentText() == "0.1"
    assert "step 0 of 100" in tab.readout_label.text()
    np.testing.assert_allclose(shown_point(tab), [-3.0, 4.0])
    assert not tab.grab().isNull()


def test_lr_0_1_ends_near_the_origin(tab, qtbot):
    tab.set_learning_rate(0.1)
    with qtbot.waitSignal(tab.status_message) as blocker:
        assert tab.run_to_end() == gm.CONVERGED
    assert "Converged" in blocker.args[0] and "minimum" in blocker.args[0]
    assert np.abs(shown_point(tab)).max() < 1e-6
    assert "-6.11110793e-10" in tab.readout_label.text() and "step 100 of 100" in tab.readout_label.text()
    assert len(tab.path.getData()[0]) == 101


def test_lr_10_is_reported_as_diverged_and_the_view_stays(tab):
    view = tab.plot.getPlotItem().vb.viewRange()
    tab.set_learning_rate(10)
    assert tab.run_to_end() == gm.DIVERGED
    text = tab.outcome_label.text()
    assert text.startswith("Diverged") and "x ± h rounds to x" in text and "left the plotted area" in text
    x, y = tab.path.getData()
    assert np.nanmax(np.abs(np.r_[x, y])) <= 105.0  # pinned near the view, never painted at 1e13
    np.testing.assert_allclose(np.r_[tab.exit_marker.getData()], [3.75, -5.0])
    assert tab.plot.getPlotItem().vb.viewRange() == view
    assert "-2.58983747e+13" in tab.readout_label.text()


def test_lr_1e_10_barely_moves(tab):
    tab.set_learning_rate(1e-10)
    assert tab.run_to_end() == gm.BARELY_MOVED
    assert "Barely moved" in tab.outcome_label.text() and "-2.99999994" in tab.outcome_label.text()


def test_bad_learning_rate_is_marked_and_keeps_the_run(tab):
    run = tab.model.run
    tab.lr_combo.setEditText("fast")
    tab._on_lr_combo_edited()
    assert tab.lr_combo.styleSheet() and tab.model.run is run
    tab.set_learning_rate(0.1)
    assert not tab.lr_combo.styleSheet()


def test_bad_expression_shows_an_error_and_keeps_the_plot(tab):
    before = tab.image.image.copy()
    arrows = tab.quiver.getData()[0].copy()
    assert not tab.set_expression("x0 +* x1")
    assert tab.expression.error and tab.expression.text() == "x0 +* x1"
    np.testing.assert_array_equal(tab.image.image, before)
    np.testing.assert_array_equal(tab.quiver.getData()[0], arrows)
    assert tab.set_expression("(x0-2)**2 + 4*(x1-3)**2")
    assert tab.expression.error is None
    assert not np.array_equal(tab.image.image, before)


def test_presets_replace_the_function(tab):
    combo = tab.expression.preset_combo
    combo.activated.emit(combo.findText("Saddle"))
    assert tab.model.expression == "x0**2 - x1**2" and tab.expression.text() == "x0**2 - x1**2"
    tab.set_start(-3.0, 0.0)
    assert tab.run_to_end() == gm.CONVERGED and "saddle point" in tab.outcome_label.text()


def test_clicking_the_plot_sets_the_start(tab, qtbot):
    vb = tab.plot.getPlotItem().vb
    pos = tab.plot.mapFromScene(vb.mapViewToScene(QPointF(1.0, 2.0)))
    qtbot.mouseClick(tab.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: tab.model.start != gm.BOOK_START, timeout=2000)
    np.testing.assert_allclose(tab.model.start, [1.0, 2.0], atol=0.03)
    np.testing.assert_allclose(tab.model.run.x[0], tab.model.start)
    assert tab.model.shown == 0


def test_play_pause_step_reset(tab, qtbot):
    tab.set_steps(6)
    tab.speed_slider.setValue(60)
    qtbot.mouseClick(tab.play_button, Qt.MouseButton.LeftButton)
    assert tab._timer.isActive() and not tab.play_button.isEnabled()
    qtbot.waitUntil(lambda: tab.model.at_end, timeout=3000)
    assert not tab._timer.isActive() and "step 6 of 6" in tab.readout_label.text()
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    assert tab.model.shown == 0
    qtbot.mouseClick(tab.step_button, Qt.MouseButton.LeftButton)
    assert tab.model.shown == 1 and len(tab.path.getData()[0]) == 2
    np.testing.assert_allclose(shown_point(tab), [-2.4, 3.2], rtol=1e-9)
    tab.speed_slider.setValue(1)
    qtbot.mouseClick(tab.play_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
    assert not tab._timer.isActive() and tab.model.shown == 1


def test_export_png_and_csv(tab, tmp_path):
    tab.show_demo_state()
    png, table = tmp_path / "gradient.png", tmp_path / "gradient.csv"
    tab.export_png(str(png))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    tab.export_csv(str(table))
    lines = table.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "step,x0,x1,f,grad_norm,diverged,stalled" and len(lines) == 22
    assert lines[1] == "0,-3.0,4.0,25.0,10.000000000001563,0,0"


def test_demo_state_is_the_books_figure_4_10(tab):
    tab.set_learning_rate(10)
    tab.show_demo_state()
    assert tab.model.learning_rate == 0.1 and tab.model.steps == 20 and tab.model.at_end
    x, y = tab.path.getData()
    np.testing.assert_allclose(np.column_stack([x, y]), np.outer(0.8 ** np.arange(21), [-3.0, 4.0]), rtol=1e-9)


def test_state_round_trip(tab, qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    tab.set_learning_rate(1e-10)
    tab.set_steps(42)
    tab.set_start(1.5, -2.0)
    tab.speed_slider.setValue(25)
    tab.save_state(settings)
    settings.sync()
    other = GradientTab()
    qtbot.addWidget(other)
    other.restore_state(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert other.model.learning_rate == 1e-10 and other.model.steps == 42
    assert other.model.start == (1.5, -2.0) and other.speed_slider.value() == 25
    other.shutdown()


def test_restore_ignores_garbage(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "bad.ini"), QSettings.Format.IniFormat)
    settings.setValue("steps", "many")
    settings.setValue("learning_rate", "-1")
    widget = GradientTab()
    qtbot.addWidget(widget)
    widget.restore_state(settings)
    assert widget.model.steps == 100 and widget.model.learning_rate == 0.1


def test_shutdown_stops_the_timer_and_is_idempotent(tab):
    tab._on_play_button_clicked()
    tab.shutdown()
    tab.shutdown()
    assert not tab._timer.isActive()
