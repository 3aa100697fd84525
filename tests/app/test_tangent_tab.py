"""The tangent tab with pytest-qt (offscreen): the book's derivative, bad input, slider, export, settings."""
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from app.tabs import tangent_model as tm
from app.tabs.tangent_tab import TangentTab

pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def tab(shown):
    widget = shown(TangentTab())
    yield widget
    widget.shutdown()


def test_demo_state_shows_the_books_derivative(tab):
    tab.set_expression("x**2")
    tab.set_x(1.0)
    tab.show_demo_state()
    text = tab.readout_label.text()
    assert "0.1999999999990898" in text and "0.02*x + 0.1" in text and "0.2" in text
    assert "-9.102e-13" in text
    assert tab.title() and tab.expression.text() == tm.BOOK_FUNCTION
    assert tab.central_radio.isChecked() and tab.h_label.text() == "h = 1.0e-04"
    x, y = tab.point.getData()
    assert (x[0], y[0]) == (5.0, 0.75)
    xs, ys = tab.tangent.getData()
    np.testing.assert_allclose(ys, 0.1999999999990898 * xs - 0.2499999999954490, atol=1e-12)


def test_bad_expression_marks_the_field_and_keeps_the_plot(tab, qtbot):
    before = [a.copy() for a in tab.curve.getData()]
    with qtbot.waitSignal(tab.status_message) as signal:
        assert tab.set_expression("__import__('os')") is False
    assert "unknown function" in signal.args[0] and "unknown function" in tab.expression.error
    assert tab.expression.error_label.isVisibleTo(tab) and tab.expression.text() == "__import__('os')"
    after = tab.curve.getData()
    np.testing.assert_array_equal(before[1], after[1])
    assert tab.set_expression("x**") is False and "syntax" in tab.expression.error
    assert tab.model.expression == tm.BOOK_FUNCTION
    assert tab.set_expression("sin(x)") is True
    assert tab.expression.error is None and not tab.expression.error_label.isVisibleTo(tab)
    np.testing.assert_allclose(tab.curve.getData()[1], np.sin(tab.curve.getData()[0]))


def test_typing_a_bad_expression_and_pressing_enter(tab, qtbot):
    tab.expression.line_edit.selectAll()
    qtbot.keyClicks(tab.expression.line_edit, "x.__class__")
    qtbot.keyClick(tab.expression.line_edit, "\r")
    assert "attributes" in tab.expression.error and tab.model.expression == tm.BOOK_FUNCTION


def test_moving_the_slider_updates_the_tangent(tab):
    tab.x_slider.setValue(500)  # the middle of 0..20
    assert tab.model.x == 10.0 and tab.x_box.value() == 10.0 and tab.x_line.value() == 10.0
    xs, ys = tab.tangent.getData()
    slope = (ys[-1] - ys[0]) / (xs[-1] - xs[0])
    assert slope == pytest.approx(0.3, abs=1e-9)  # 0.02 * 10 + 0.1
    assert "x = 10" in tab.readout_label.text()


def test_dragging_the_line_moves_x(tab):
    tab.x_line.setValue(15.0)  # what a drag does
    assert tab.model.x == 15.0 and tab.x_slider.value() == 750
    tab.x_line.setValue(99.0)
    assert tab.model.x == 20.0


def test_forward_difference_with_tiny_h_shows_zero(tab):
    tab.forward_radio.setChecked(True)
    tab.h_slider.setValue(tab.h_slider.minimum())
    assert tab.model.method == "forward" and tab.model.h == 1e-50
    assert "0.0\n" in tab.readout_label.text() and "-2.000e-01" in tab.readout_label.text()
    xs, ys = tab.tangent.getData()
    assert ys[0] == ys[-1]  # a flat "tangent"
    hx, hy = tab.h_marker.getOriginalDataset()  # getData() gives log10 in log mode
    assert hx[0] == 1e-50 and hy[0] == pytest.approx(0.2)
    assert tab.error_curve.getData()[0].size == tm.ERROR_POINTS


def test_kink_preset(tab):
    combo = tab.expression.preset_combo
    combo.activated.emit(combo.findText("|x|: no derivative at 0"))
    assert tab.model.expression == "abs(x)" and tab.model.x == 0.0 and tab.model.x_range == (-5.0, 5.0)
    assert "kink" in tab.readout_label.text() and tab.error_note.toPlainText()
    assert combo.currentIndex() == 0


def test_exports(tab, tmp_path):
    png, data = tmp_path / "tangent.png", tmp_path / "tangent.csv"
    tab.export_png(str(png))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 1000
    tab.export_csv(str(data))
    lines = data.read_text().splitlines()
    assert lines[0] == "x,f(x),tangent" and len(lines) == tm.CURVE_POINTS + 1


def test_state_round_trips_through_an_ini_file(tab, qtbot, tmp_path):
    path = str(tmp_path / "settings.ini")
    tab.set_range(-2.0, 4.0)
    assert tab.set_expression("x**3 - 3*x")
    tab.set_x(1.5)
    tab.set_method("forward")
    tab.set_h_exponent(-7.5)
    settings = QSettings(path, QSettings.Format.IniFormat)
    settings.beginGroup("tangent")
    tab.save_state(settings)
    settings.endGroup()
    settings.sync()
    other = TangentTab()
    qtbot.addWidget(other)
    settings = QSettings(path, QSettings.Format.IniFormat)
    settings.beginGroup("tangent")
    other.restore_state(settings)
    model = other.model
    assert (model.expression, model.x, model.method, model.h_exponent, model.x_range) == \
        ("x**3 - 3*x", 1.5, "forward", -7.5, (-2.0, 4.0))
    assert other.forward_radio.isChecked() and other.h_slider.value() == -75


def test_garbage_settings_keep_defaults(tab, tmp_path):
    settings = QSettings(str(tmp_path / "bad.ini"), QSettings.Format.IniFormat)
    for key, value in (("expression", "open('x')"), ("x", "nan"), ("h_exponent", "-99"), ("method", "up"),
                       ("x_min", "5"), ("x_max", "1")):
        settings.setValue(key, value)
    tab.restore_state(settings)
    model = tab.model
    assert (model.expression, model.x, model.method, model.h_exponent, model.x_range) == \
        (tm.BOOK_FUNCTION, 5.0, "central", -4.0, (0.0, 20.0))


def test_exact_zero_errors_sit_on_a_labelled_floor(tab):
    assert not tab.floor_line.isVisible()  # the book's function at 5: no h gives exactly 0.2
    tab.set_range(-1.0, 1.0)
    assert tab.set_expression("x**3 + 2*x")
    tab.set_x(0.0)
    tab.set_method("forward")
    assert tab.floor_line.isVisible() and "0" in tab.floor_line.label.toPlainText()
    hx, hy = tab.zero_errors.getOriginalDataset()
    assert hx.size > 100 and np.all(hy == tab.model.error_curve().floor)


def test_a_two_line_error_under_the_field_is_shown_whole_in_a_small_window(shown):
    """Issue 8: a two-line message under the expression field was clipped to one line."""
    tab = shown(TangentTab(), size=(1000, 540))
    assert tab.set_expression("velocity * x + acceleration") is False
    label = tab.expression.error_label
    assert label.isVisible() and "unknown name" in label.text()
    lines_needed = label.heightForWidth(label.width()) // label.fontMetrics().lineSpacing()
    assert lines_needed >= 2  # the message really wraps at this width ...
    assert label.height() >= label.heightForWidth(label.width())  # ... and gets all the height it needs


def test_a_fixed_function_clears_the_stale_complaint_in_the_status_bar(tab, qtbot):
    messages = []
    tab.status_message.connect(messages.append)
    tab.set_expression("x +* 2")
    assert messages and "Bad function" in messages[-1]
    tab.set_expression("x**2")
    assert messages[-1] == ""  # the complaint no longer holds
    tab.set_x(1.0)
    assert len(messages) == 2  # nothing more to take back


WINDOW_THEN_TANGENT = """
import sys
from PySide6.QtCore import QSettings
from app.__main__ import create_application
app = create_application()
from app.main_window import MainWindow
window = MainWindow(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show()
app.processEvents()
print("sympy at start:", "sympy" in sys.modules)
window.show_tab("tangent")
app.processEvents()
print("sympy on show:", "sympy" in sys.modules)
print(window.tab("tangent").readout_label.text())
window.close()
"""


def test_the_window_starts_without_sympy_and_the_tangent_tab_derives_when_shown(tmp_path):
    """The main window builds every tab at start; the tangent tab's exact derivative waits until it is shown."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SCRATCHNN_DATA_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", WINDOW_THEN_TANGENT, str(tmp_path / "settings.ini")],
                          capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[:2] == ["sympy at start: False", "sympy on show: True"]
    assert "analytical f'(x) = 0.02*x + 0.1" in lines and "  at x: 0.2" in lines


def test_a_hidden_tab_draws_its_readout_when_shown(qtbot):
    tab = TangentTab()
    qtbot.addWidget(tab)
    assert tab.set_expression("x**2") and tab.readout_label.text() == ""
    tab.set_x(3.0)
    tab.show()
    qtbot.waitExposed(tab)
    assert "analytical f'(x) = 2*x" in tab.readout_label.text() and "at x: 6" in tab.readout_label.text()
    assert tab.error_curve.getData()[0].size == tm.ERROR_POINTS
