"""The gradient tab with pytest-qt (offscreen): the book's numbers on screen, slices, races, typed and refused
inputs, long runs computed in slices, the 3-D view, exports and settings (Book 4.3.3, 4.4)."""
import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel

from app.tabs import descent_run as gm
from app.tabs import gradient_drawing
from app.tabs.descent_race import PRESETS
from app.tabs.gradient_tab import GradientTab

pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")
BOOK_END = ("-6.11110793e-10", "8.14814391e-10")  # Book 4.4.1: lr = 0.1, 100 steps from (-3, 4)


@pytest.fixture
def tab(shown):
    widget = shown(GradientTab())
    yield widget
    widget.shutdown()


def type_into(qtbot, field, text):
    """Type ``text`` into an ExpressionField as a user would, and press Enter."""
    field.line_edit.clear()
    qtbot.keyClicks(field.line_edit, text)
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Return)


def current_marker(tab, index=0):
    x, y = tab.plot.currents.getData()
    return np.array([x[index], y[index]])


def map_position(tab, x0, x1):
    vb = tab.plot.getPlotItem().vb
    return tab.plot.mapFromScene(vb.mapViewToScene(QPointF(x0, x1)))


def run_buttons_enabled(tab):
    p = tab.panel
    return p.play_button.isEnabled(), p.step_button.isEnabled(), p.end_button.isEnabled()


# -- the book's numbers ------------------------------------------------------------------------------------
def test_default_state_renders_the_book_function(tab):
    assert tab.title() == "Gradient descent"
    assert tab.plot.image.image.shape == (200, 200)
    assert tab.plot.quiver.arrow_count() == 18 * 18
    x, _ = tab.plot.contours.getData()
    assert len(x) == 2 * tab.model.contours.segment_count > 0  # 12 levels in one curve
    assert tab.panel.expression.text() == "x0**2 + x1**2" and tab.panel.rate_field.text() == "0.1"
    assert tab.panel.start_field.text() == "-3, 4" and tab.panel.steps_box.value() == 100
    assert "step 100 of 100" in tab.panel.readout_label.text()
    assert tab.surface is not None and tab.surface_error == ""
    assert not tab.grab().isNull()


def test_the_books_partials_at_3_4(tab):
    assert tab.set_start(3.0, 4.0)
    readout = tab.panel.readout_label.text()
    assert "grad f at (3, 4) = (6.00000000000378, 7.999999999999119)" in readout  # Book 4.3.3, every digit
    headings = [h.text() for h in tab.slices.headings]
    assert "∂f/∂x0</b> = 6.00000000000378" in headings[0] and "∂f/∂x1</b> = 7.999999999999119" in headings[1]
    names = [plot.getPlotItem().getAxis("left").labelText for plot in tab.slices.plots]
    assert names == ["f(x0, 4)", "f(3, x1)"]  # the book's function_tmp1 and function_tmp2


def test_slices_tangents_have_the_gradients_slopes_and_the_arrow_is_the_gradient(tab):
    tab.set_expression("(x0-2)**2 + 4*(x1-3)**2")
    tab.set_start(-1.0, 1.0)
    grad = np.array([2 * (-1 - 2), 8 * (1 - 3)])  # (-6, -16)
    for axis, (curve, tangent) in enumerate(zip(tab.slices.curves, tab.slices.tangents)):
        t, line = tangent.getData()
        slope = (line[-1] - line[0]) / (t[-1] - t[0])
        assert slope == pytest.approx(grad[axis], rel=1e-7)
        _, values = curve.getData()
        at = np.argmin(np.abs(t - (-1.0, 1.0)[axis]))
        assert values[at] == pytest.approx(line[at], rel=0.05)  # it touches the slice at the point
    arrow = tab.plot.gradient_vector()
    np.testing.assert_allclose(arrow / np.linalg.norm(arrow), grad / np.linalg.norm(grad), rtol=1e-6)
    (x0_part_x, _), (_, x1_part_y) = tab.plot.components[0].getData(), tab.plot.components[1].getData()
    assert x0_part_x[1] - x0_part_x[0] == pytest.approx(arrow[0]) and x1_part_y[1] - x1_part_y[0] == pytest.approx(arrow[1])


def test_typed_start_minus_3_4_ends_at_the_books_point(tab, qtbot):
    tab.set_start(1.0, 1.0)
    type_into(qtbot, tab.panel.rate_field, "0.1")
    type_into(qtbot, tab.panel.start_field, "-3, 4")
    assert tab.model.starts == ((-3.0, 4.0),) and tab.model.steps == 100
    assert tab.run_to_end() == gm.CONVERGED
    assert all(digits in tab.panel.readout_label.text() for digits in BOOK_END)
    np.testing.assert_allclose(current_marker(tab), [-6.11110793e-10, 8.14814391e-10], rtol=1e-8)


@pytest.mark.parametrize("text, message", [("abc, 4", "x0 must be a number"), ("-3", "two numbers"),
                                           ("nan, 4", "finite"), ("1e7, 0", "at most 1e+06"), ("", "two numbers")])
def test_bad_typed_coordinates_are_refused_and_keep_the_last_start(tab, qtbot, text, message):
    racers = tab.model.racers
    with qtbot.waitSignal(tab.status_message) as said:
        type_into(qtbot, tab.panel.start_field, text)
    assert message in said.args[0] and message in tab.panel.start_field.error
    assert tab.panel.start_field.error_label.isVisible() and tab.panel.start_field.text() == text
    assert tab.model.starts == ((-3.0, 4.0),) and tab.model.racers is racers
    assert not tab.panel.play_button.isEnabled() and tab.panel.blocked_label.isVisible()
    type_into(qtbot, tab.panel.start_field, "1, 2")
    assert tab.model.starts == ((1.0, 2.0),) and tab.panel.start_field.error is None
    assert tab.panel.play_button.isEnabled() and not tab.panel.blocked_label.isVisible()


@pytest.mark.parametrize("text", ["-1", "1e309", "", "fast"])
def test_a_bad_learning_rate_disables_what_would_use_it_and_says_why(tab, qtbot, text):
    """Issue 8, item 9: red field, Play/Step/Run to end off, a reason shown; the run is not the old rate's."""
    tab.set_learning_rate(10.0)
    racers = tab.model.racers
    type_into(qtbot, tab.panel.rate_field, text)
    assert tab.panel.rate_field.error and "learning rate" in tab.panel.rate_field.error
    assert run_buttons_enabled(tab) == (False, False, False)
    assert "corrected" in tab.panel.blocked_label.text() and tab.model.racers is racers
    tab.panel.reset_button.click()  # nothing else refits the field while it is refused
    assert tab.panel.rate_field.text() == text and not tab.panel.step_button.isEnabled()
    type_into(qtbot, tab.panel.rate_field, "0.1")
    assert tab.panel.play_button.isEnabled() and tab.model.learning_rates == (0.1,)


def test_a_path_that_leaves_the_view_is_marked_where_it_crossed_and_said_so(tab):
    tab.load_preset(1)  # lr = 10: x <- -19 x, out of the book's square at step 1
    np.testing.assert_allclose(np.column_stack(tab.plot.exits.getData()), [[3.75, -5.0]])
    assert "The path left the plotted area at step 1" in tab.picture.verdicts.text()
    tab.panel.reset_button.click()  # at step 0 the path is still inside
    assert len(tab.plot.exits.data) == 0 and "left the plotted area" not in tab.picture.verdicts.text()
    tab.panel.step_button.click()
    assert len(tab.plot.exits.data) == 1 and "left the plotted area at step 1" in tab.picture.verdicts.text()


def test_four_racing_rates_each_give_their_verdict(tab, qtbot):
    type_into(qtbot, tab.panel.rate_field, "0.1, 10, 1e-10, 0.01")
    assert tab.model.learning_rates == (0.1, 10.0, 1e-10, 0.01) and len(tab.plot.currents.data) == 4
    text = tab.picture.verdicts.text()
    assert text.count("■") == 4 and tab.plot.legend.isVisible()
    blocks = text.split("<p>")[1:]
    assert "lr = 0.1" in blocks[0] and "converged" in blocks[0] and "minimum" in blocks[0]
    assert "lr = 10" in blocks[1] and "Diverged: the learning rate 10 is too large" in blocks[1]
    assert "x ± h rounds to x" in blocks[1] and "diverged, then stalled" in blocks[1]  # why it seems to stop
    assert "lr = 1e-10" in blocks[2] and "Barely moved" in blocks[2] and "moved only 1e-07" in blocks[2]
    assert "Still descending" in blocks[3]
    colours = [tab.plot.paths[k].opts["pen"].color().name() for k in range(4)]
    assert colours == ["#1f4e9c", "#c62828", "#2e7d32", "#8e24aa"]


def test_a_slider_drag_recomputes_the_path_and_keeps_the_view(tab, qtbot):
    view = tab.plot.getPlotItem().vb.viewRange()
    end = tab.plot.paths[0].getData()[0][-1]
    tab.panel.rate_slider.slider.setValue(tab.panel.rate_slider.slider.value() - 100)  # lr / 10
    assert tab.model.learning_rates == (0.01,) and tab.panel.rate_field.text() == "0.01"
    assert tab.plot.paths[0].getData()[0][-1] != end and tab.model.at_end
    assert "Still descending" in tab.picture.verdicts.text()
    assert tab.plot.getPlotItem().vb.viewRange() == view


def test_the_notes_preset_restores_the_whole_setting(tab, qtbot):
    tab.set_learning_rate(10.0)
    combo = tab.panel.expression.preset_combo
    combo.activated.emit(combo.findText(tab.tr(PRESETS[4].label)))
    qtbot.waitUntil(lambda: tab._pending is None, timeout=20000)  # 1000 steps: computed in slices
    assert tab.panel.expression.text() == "(x0-2)**2 + 4*(x1-3)**2" and tab.panel.start_field.text() == "100, -10"
    assert tab.panel.rate_field.text() == "0.01" and tab.panel.steps_box.value() == 1000
    assert tab.run_to_end() == gm.CONVERGED
    assert "x = (2.00000016, 3)" in tab.panel.readout_label.text()
    (x_low, x_high), _ = tab.plot.getPlotItem().vb.viewRange()
    assert x_low < 2 and x_high > 100  # the view followed the far start


def test_a_long_race_is_computed_without_blocking_and_the_old_picture_stays(tab, qtbot):
    type_into(qtbot, tab.panel.rate_field, "0.1, 0.01, 0.001, 1e-4")
    old = tab.model.racers
    tab.set_steps(5000)  # 4 x 5000 steps: about 2 s of work, in slices of 25 ms
    assert tab._pending is not None and tab.model.racers is old and tab.model.steps == 100
    assert "Computing 20000 steps" in tab.panel.blocked_label.text() and not tab.panel.play_button.isEnabled()
    qtbot.waitUntil(lambda: tab._pending is None, timeout=60000)
    assert tab.model.steps == 5000 and all(r.run.steps == 5000 for r in tab.model.racers)
    assert tab.panel.play_button.isEnabled() and not tab.panel.blocked_label.isVisible()


def test_a_long_computation_finishing_keeps_what_the_user_is_typing(tab, qtbot):
    tab.set_steps(5000)
    tab.panel.start_field.line_edit.setFocus()
    qtbot.keyClicks(tab.panel.start_field.line_edit, "; 1, 1")  # no Enter yet
    qtbot.waitUntil(lambda: tab._pending is None, timeout=60000)
    assert tab.panel.start_field.text() == "-3, 4; 1, 1" and tab.model.steps == 5000


def test_the_3d_view_is_created_offscreen_and_follows_the_map(tab):
    tab.views.setCurrentWidget(tab.surface)
    (path,) = tab.surface.projected_paths()
    assert len(path) == 101 and tab.surface.mesh.quad_count() == 31 * 31
    tab.panel.reset_button.click()
    tab.panel.step_button.click()
    assert len(tab.surface.projected_paths()[0]) == 2 and len(tab.surface.current.data) == 1


def test_without_a_3d_view_the_tab_starts_and_says_why(qtbot, monkeypatch):
    class NoView:
        def __init__(self):
            raise RuntimeError("QOpenGLWidget is not supported on this platform")

    monkeypatch.setattr(gradient_drawing, "SurfaceView", NoView)
    widget = GradientTab()
    qtbot.addWidget(widget)
    assert widget.surface is None and "not supported on this platform" in widget.surface_error
    page = widget.views.widget(1)
    assert isinstance(page, QLabel) and page.text().startswith("The 3-D view is off")
    widget.views.setCurrentIndex(1)
    assert widget.run_to_end() == gm.CONVERGED
    widget.shutdown()


def test_slices_follow_the_resting_mouse_and_come_back(tab, qtbot):
    viewport = tab.plot.viewport()
    position = QPointF(map_position(tab, 1.0, -2.0))
    with qtbot.waitSignal(tab.plot.rested, timeout=5000):
        QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseMove, position, viewport.mapToGlobal(position),
                                                     Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                                     Qt.KeyboardModifier.NoModifier))
    kind, point = tab.model.selected_point()
    assert kind == "mouse" and point == pytest.approx((1.0, -2.0), abs=0.05)
    assert "mouse position" in tab.slices.where_label.text() and len(tab.plot.probe.data) == 1
    QApplication.sendEvent(tab.plot, QEvent(QEvent.Type.Leave))
    assert tab.model.selected_point() == ("start", (-3.0, 4.0)) and len(tab.plot.probe.data) == 0
    tab.set_slice_point("current")
    assert "current point" in tab.slices.where_label.text()


def test_clicking_the_plot_sets_the_start(tab, qtbot):
    qtbot.mouseClick(tab.plot.viewport(), Qt.MouseButton.LeftButton, pos=map_position(tab, 1.0, 2.0))
    qtbot.waitUntil(lambda: tab.model.starts != ((-3.0, 4.0),), timeout=2000)
    np.testing.assert_allclose(tab.model.starts[0], [1.0, 2.0], atol=0.03)
    np.testing.assert_allclose(tab.model.racers[0].run.x[0], tab.model.starts[0])
    assert tab.panel.start_field.text() == "{0:g}, {1:g}".format(*tab.model.starts[0])


def test_play_pause_step_reset(tab, qtbot):
    tab.set_steps(6)
    tab.panel.set_speed(50)
    tab.panel.play_button.click()  # at the end: Play starts again from the start
    assert tab._timer.isActive() and not tab.panel.play_button.isEnabled() and tab.model.shown == 0
    qtbot.waitUntil(lambda: tab.model.at_end, timeout=5000)
    assert not tab._timer.isActive() and "step 6 of 6" in tab.panel.readout_label.text()
    tab.panel.reset_button.click()
    assert tab.model.shown == 0 and "Press Play or Step" in tab.picture.verdicts.text()
    tab.panel.step_button.click()
    assert tab.model.shown == 1 and len(tab.plot.paths[0].getData()[0]) == 2
    np.testing.assert_allclose(current_marker(tab), [-2.4, 3.2], rtol=1e-9)
    tab.panel.set_speed(1)
    tab.panel.play_button.click()
    tab.panel.pause_button.click()
    assert not tab._timer.isActive() and tab.model.shown == 1


def test_status_messages_never_go_stale(tab, qtbot):
    with qtbot.waitSignal(tab.status_message) as said:
        assert not tab.set_expression("x0 +* x1")
    assert said.args[0].startswith("Bad function")
    with qtbot.waitSignal(tab.status_message) as said:
        assert tab.set_expression("x0**2 - x1**2")
    assert said.args[0] == "lr = 0.1: diverged"  # from (-3, 4) x1 grows 1.2-fold a step: off the saddle


def test_export_png_and_csv(tab, tmp_path):
    tab.show_demo_state()
    png, table = tmp_path / "gradient.png", tmp_path / "gradient.csv"
    tab.export_png(str(png))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    tab.export_csv(str(table))
    lines = table.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "run,learning_rate,step,x0,x1,f,df/dx0,df/dx1,grad_norm,diverged,stalled" and len(lines) == 22
    assert lines[1].startswith("1,0.1,0,-3.0,4.0,25.0,-6.000000000") and lines[1].endswith(",10.000000000001563,0,0")


def test_demo_state_is_the_books_figure_4_10(tab):
    tab.set_learning_rate(10)
    tab.show_demo_state()
    assert tab.model.learning_rates == (0.1,) and tab.model.steps == 20 and tab.model.at_end
    x, y = tab.plot.paths[0].getData()
    np.testing.assert_allclose(np.column_stack([x, y]), np.outer(0.8 ** np.arange(21), [-3.0, 4.0]), rtol=1e-9)


def test_public_api_for_the_help_buttons(tab):
    tab.load_preset(1)
    assert tab.run_to_end() == gm.DIVERGED  # "lr = 10: why does it seem to stop?"
    assert "x ± h rounds to x" in tab.picture.verdicts.text()
    assert tab.set_racers(starts=[(-3.0, 4.0), (4.0, 3.0)]) and tab.model.learning_rates == (10.0,)
    assert tab.panel.start_field.text() == "-3, 4; 4, 3"
    assert not tab.set_racers(learning_rates=[0.1, 0.2], starts=[(1.0, 1.0), (2.0, 2.0)])  # both: refused
    assert len(tab.model.starts) == 2 and tab.model.learning_rates == (10.0,)
    assert tab.set_racers(learning_rates=[0.1, 0.2])  # a race of rates from the first start
    assert tab.model.starts == ((-3.0, 4.0),) and tab.panel.rate_field.text() == "0.1, 0.2"


def test_a_race_replaces_a_refused_start_or_rate_but_a_refused_race_keeps_it(tab, qtbot):
    type_into(qtbot, tab.panel.start_field, "abc, 4")
    assert not tab.set_racers(learning_rates=[0.1, 0.2], starts=[(1.0, 1.0), (2.0, 2.0)])
    assert tab.panel.start_field.text() == "abc, 4" and tab.panel.start_field.error is not None
    assert run_buttons_enabled(tab) == (False, False, False)
    assert tab.set_racers(starts=[(1.0, 1.0), (2.0, 2.0)])
    assert tab.panel.start_field.text() == "1, 1; 2, 2" and tab.panel.start_field.error is None
    assert run_buttons_enabled(tab) == (True, False, True) and not tab.panel.blocked_label.isVisible()


def test_a_preset_replaces_every_refused_input(tab, qtbot):
    type_into(qtbot, tab.panel.expression, "x0 +")
    type_into(qtbot, tab.panel.rate_field, "-1")
    tab.load_preset(4)  # 1000 steps: computed in slices, the fields show the preset at once
    assert tab._pending is not None and tab.panel.expression.text() == "(x0-2)**2 + 4*(x1-3)**2"
    assert tab.panel.rate_field.text() == "0.01" and tab.panel.rate_field.error is None
    qtbot.waitUntil(lambda: tab._pending is None, timeout=20000)
    assert run_buttons_enabled(tab) == (True, False, True) and tab.model.learning_rates == (0.01,)


def test_state_round_trip(tab, qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    tab.set_racers(learning_rates=[1e-10, 0.3])
    tab.set_steps(42)
    tab.set_start(1.5, -2.0)
    tab.panel.set_speed(20)
    tab.set_slice_point("current")
    tab.save_state(settings)
    settings.sync()
    other = GradientTab()
    qtbot.addWidget(other)
    other.restore_state(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert other.model.learning_rates == (1e-10, 0.3) and other.model.steps == 42
    assert other.model.starts == ((1.5, -2.0),) and other.panel.speed() == 20 and other.model.slice_at == "current"
    other.shutdown()


def test_restore_ignores_garbage(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "bad.ini"), QSettings.Format.IniFormat)
    for key, value in (("steps", "many"), ("learning_rates", "-1"), ("starts", "here"), ("expression", "x0 +"),
                       ("speed", "fast")):
        settings.setValue(key, value)
    widget = GradientTab()
    qtbot.addWidget(widget)
    widget.restore_state(settings)
    assert widget.model.steps == 100 and widget.model.learning_rates == (0.1,)
    assert widget.model.starts == ((-3.0, 4.0),) and widget.model.expression == "x0**2 + x1**2"
    widget.shutdown()


def test_shutdown_stops_the_timers_and_is_idempotent(tab):
    tab.model.rewind()
    tab.panel.play_button.click()
    tab.set_steps(3000)  # a pending computation too
    tab.shutdown()
    tab.shutdown()
    assert not tab._timer.isActive() and not tab._compute_timer.isActive()
