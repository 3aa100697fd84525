"""The main window: tabs in the book's order, menus, shortcuts, status bar, QSettings, close, export, About."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import main_window as mw
from app.about import AboutDialog
from app.main_window import MainWindow
from app.resources import app_version

ROOT = Path(__file__).resolve().parents[2]

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


class FakeTab(QWidget):
    """Follows the tab contract of docs/architecture.md and records what the window asks of it."""

    status_message = Signal(str)

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self.calls: list = []
        self.value = "default"
        self.fail_export: Exception | None = None

    def title(self) -> str:
        return self._name

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("value", self.value)

    def restore_state(self, settings: QSettings) -> None:
        self.value = settings.value("value", "default")

    def export_png(self, path: str) -> None:
        if self.fail_export:
            raise self.fail_export
        self.calls.append(("png", path))
        Path(path).write_bytes(PNG)

    def export_csv(self, path: str) -> None:
        self.calls.append(("csv", path))
        Path(path).write_text("x,y\n1,2\n")

    def show_demo_state(self) -> None:
        self.calls.append("demo")

    def shutdown(self) -> None:
        self.calls.append("shutdown")


class FakeTrainingTab(FakeTab):
    def save_weights(self, path: str) -> None:
        self.calls.append(("save", path))

    def load_weights(self, path: str) -> None:
        if not path.endswith(".npz"):
            raise ValueError("not a ScratchNN weights file")
        self.calls.append(("load", path))


@pytest.fixture
def ini(tmp_path):
    return tmp_path / "settings.ini"


@pytest.fixture
def fake_window(qtbot, ini):
    tabs = [("loss", FakeTab("Loss")), ("tangent", FakeTab("Tangent")), ("gradient", FakeTab("Gradient")),
            ("training", FakeTrainingTab("Training"))]
    window = MainWindow(settings=QSettings(str(ini), QSettings.Format.IniFormat), tabs=tabs)
    qtbot.addWidget(window)
    yield window
    window.close()


def _menu(window: MainWindow, title: str):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def test_real_window_has_the_five_tabs_in_book_order(qtbot, ini):
    from app.tabs.gradient_tab import GradientTab
    from app.tabs.loss_tab import LossTab
    from app.tabs.network_tab import NetworkTab
    from app.tabs.tangent_tab import TangentTab
    from app.tabs.training_tab import TrainingTab

    window = MainWindow(settings=QSettings(str(ini), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        assert window.windowTitle() == "ScratchNN"
        assert window.tab_keys() == ["loss", "tangent", "gradient", "network", "training"]
        classes = [type(window.tab_widget.widget(i)) for i in range(window.tab_widget.count())]
        assert classes == [LossTab, TangentTab, GradientTab, NetworkTab, TrainingTab]
        titles = [window.tab_widget.tabText(i) for i in range(5)]
        assert titles == ["Loss functions", "Derivative && tangent", "Gradient descent", "Network gradient",
                          "MNIST training"] or \
            titles == ["Loss functions", "Derivative & tangent", "Gradient descent", "Network gradient",
                       "MNIST training"]
        assert [a.text() for a in window.tab_actions] == [window.tab(k).title() for k in window.tab_keys()]
        shortcuts = [a.shortcut().toString() for a in window.tab_actions]
        assert shortcuts == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]
    finally:
        window.close()  # joins the training tab's thread (there is none before a start)
    assert not window.tab("training").is_running()


def test_menus_hold_the_actions_with_standard_shortcuts(fake_window):
    w = fake_window
    assert [a.text() for a in w.menuBar().actions()] == ["&File", "&View", "&Help"]
    file_actions = [a for a in _menu(w, "&File").actions() if not a.isSeparator()]
    assert file_actions == [w.save_weights_action, w.load_weights_action, w.export_png_action,
                            w.export_csv_action, w.export_mnist_action, w.quit_action]
    assert w.save_weights_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert w.load_weights_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert w.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert w.save_weights_action.isEnabled() and w.load_weights_action.isEnabled()
    view = [a for a in _menu(w, "&View").actions() if not a.isSeparator()]
    assert [a.text() for a in view[:4]] == ["Loss", "Tangent", "Gradient", "Training"]
    assert [a.shortcut().toString() for a in view[:4]] == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]
    assert view[4] is w.full_screen_action and w.full_screen_action.isCheckable()
    assert view[5].menu() is w.language_menu.menu
    help_actions = [a for a in _menu(w, "&Help").actions() if not a.isSeparator()]
    assert help_actions == [w.help_action, w.about_action, w.about_qt_action]
    assert [a.text() for a in help_actions] == ["&Help for this tab", "&About ScratchNN", "About &Qt"]
    assert w.help_action.isCheckable() and w.help_action.shortcut() == QKeySequence("F1")


def test_weights_actions_are_disabled_without_a_training_tab(qtbot, ini):
    window = MainWindow(settings=QSettings(str(ini), QSettings.Format.IniFormat), tabs=[("loss", FakeTab("L"))])
    qtbot.addWidget(window)
    assert not window.save_weights_action.isEnabled()
    assert not window.load_weights_action.isEnabled()
    window.close()


def test_ctrl_digit_shortcuts_switch_tabs(qtbot, fake_window):
    with qtbot.waitActive(fake_window):  # shortcuts reach only the active window
        fake_window.show()
        fake_window.activateWindow()
    qtbot.keyClick(fake_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert fake_window.tab_widget.currentIndex() == 2
    assert fake_window.tab_actions[2].isChecked()
    qtbot.keyClick(fake_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert fake_window.current_key() == "training"
    fake_window.tab_actions[0].trigger()
    assert fake_window.tab_widget.currentIndex() == 0


def test_settings_round_trip_geometry_current_tab_and_tab_groups(qtbot, ini):
    def make():
        tabs = [("loss", FakeTab("L")), ("tangent", FakeTab("T"))]
        window = MainWindow(settings=QSettings(str(ini), QSettings.Format.IniFormat), tabs=tabs)
        qtbot.addWidget(window)
        return window

    first = make()
    area = first.screen().availableGeometry()  # the offscreen screen is 800x600: the default is fitted to it
    assert first.size().toTuple() == (min(mw.DEFAULT_SIZE[0], area.width()), min(mw.DEFAULT_SIZE[1], area.height()))
    first.show()
    qtbot.waitExposed(first)
    first.resize(731, 517)  # inside the offscreen screen (800x600): restoreGeometry clamps
    first.show_tab("tangent")
    first.tab("loss").value = "lr=0.5"
    first.close()

    stored = QSettings(str(ini), QSettings.Format.IniFormat)
    assert stored.value("tabs/loss/value") == "lr=0.5"
    assert stored.value("tabs/tangent/value") == "default"
    assert int(stored.value("window/current_tab")) == 1

    second = make()
    assert second.size().toTuple() == (731, 517)
    assert second.current_key() == "tangent" and second.tab_actions[1].isChecked()
    assert second.tab("loss").value == "lr=0.5"
    second.close()


def test_a_broken_tab_state_does_not_stop_the_window(qtbot, ini):
    class Broken(FakeTab):
        def restore_state(self, settings):
            raise ValueError("garbage in the settings file")

    QSettings(str(ini), QSettings.Format.IniFormat).setValue("window/current_tab", "not a number")
    window = MainWindow(settings=QSettings(str(ini), QSettings.Format.IniFormat),
                        tabs=[("a", Broken("A")), ("b", FakeTab("B"))])
    qtbot.addWidget(window)
    assert window.tab_widget.currentIndex() == 0
    assert window.tab("b").value == "default"
    window.close()


def test_closing_shuts_down_every_tab_once(fake_window):
    fake_window.show()
    fake_window.close()
    fake_window.close()
    fake_window.shutdown_tabs()
    for key in fake_window.tab_keys():
        assert fake_window.tab(key).calls.count("shutdown") == 1, key


def test_quit_action_closes_and_shuts_down(qtbot, fake_window):
    fake_window.show()
    fake_window.quit_action.trigger()
    assert fake_window.isHidden()
    assert "shutdown" in fake_window.tab("gradient").calls


def test_status_bar_shows_the_current_tabs_message(fake_window):
    bar = fake_window.statusBar()
    fake_window.tab("loss").status_message.emit("CEE 0.5108")
    assert bar.currentMessage() == "CEE 0.5108"
    fake_window.tab("training").status_message.emit("iteration 40 of 300")
    assert bar.currentMessage() == "CEE 0.5108"  # not the visible tab
    fake_window.show_tab("training")
    assert bar.currentMessage() == "iteration 40 of 300"
    fake_window.show_tab("tangent")
    assert bar.currentMessage() == ""


def _patch_save_dialog(monkeypatch, path):
    seen = []

    def fake(parent, caption, start, file_filter):
        seen.append((caption, start, file_filter))
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return seen


def test_export_actions_call_the_current_tab(monkeypatch, tmp_path, fake_window):
    seen = _patch_save_dialog(monkeypatch, tmp_path / "plot")
    fake_window.show_tab("gradient")
    fake_window.export_png_action.trigger()
    assert fake_window.tab("gradient").calls == [("png", str(tmp_path / "plot.png"))]
    assert "scratchnn_gradient.png" in seen[0][1] and "*.png" in seen[0][2]

    fake_window.show_tab("loss")
    fake_window.export_csv_action.trigger()
    assert fake_window.tab("loss").calls == [("csv", str(tmp_path / "plot.csv"))]
    assert fake_window.tab("gradient").calls == [("png", str(tmp_path / "plot.png"))]
    # The folder is remembered for the next dialog.
    fake_window.export_csv_action.trigger()
    assert seen[-1][1] == str(tmp_path / "scratchnn_loss.csv")


def test_cancelled_dialog_exports_nothing(monkeypatch, fake_window):
    _patch_save_dialog(monkeypatch, None)
    fake_window.export_png_action.trigger()
    fake_window.save_weights_action.trigger()
    assert fake_window.tab("loss").calls == [] and fake_window.tab("training").calls == []


def test_export_error_is_a_readable_message_box(monkeypatch, tmp_path, fake_window):
    _patch_save_dialog(monkeypatch, tmp_path / "nowhere" / "plot.png")
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args: boxes.append(args)))
    fake_window.tab("loss").fail_export = OSError("No such file or directory")
    fake_window.export_png_action.trigger()
    assert len(boxes) == 1
    _, title, text = boxes[0]
    assert title == "Export"
    assert str(tmp_path / "nowhere" / "plot.png") in text and "No such file or directory" in text


def test_weights_actions_call_the_training_tab(monkeypatch, tmp_path, fake_window):
    training = fake_window.tab("training")
    _patch_save_dialog(monkeypatch, tmp_path / "net")
    fake_window.save_weights_action.trigger()
    assert training.calls == [("save", str(tmp_path / "net.npz"))]
    assert str(tmp_path / "net.npz") in fake_window.statusBar().currentMessage()

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a: (str(tmp_path / "net.npz"), "")))
    fake_window.show_tab("loss")
    fake_window.load_weights_action.trigger()
    assert training.calls[-1] == ("load", str(tmp_path / "net.npz"))
    assert fake_window.current_key() == "training"


def test_loading_a_bad_weights_file_shows_why(monkeypatch, tmp_path, fake_window):
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args: boxes.append(args)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(tmp_path / "cat.jpg"), "")))
    fake_window.load_weights_action.trigger()
    assert len(boxes) == 1
    assert "cat.jpg" in boxes[0][2] and "not a ScratchNN weights file" in boxes[0][2]
    assert fake_window.current_key() == "loss"


def test_about_dialog_names_version_licenses_data_and_book(qtbot, fake_window):
    dialog = fake_window.show_about()
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    assert f"ScratchNN {app_version()}" in text and app_version() in ("0.1.0", "dev")
    assert "MIT license" in text
    assert "Yann LeCun, Corinna Cortes and Christopher J. C. Burges" in text
    assert "CC BY-SA 3.0" in text and "Attribution-Share Alike 3.0" in text
    assert "Saito Koki" in text and "Deep Learning from Scratch" in text and "O'Reilly Japan" in text
    assert "밑바닥부터 시작하는 딥러닝" in text and "Hanbit Media" in text
    assert "creativecommons.org/licenses/by-sa/3.0" in dialog._label.text()
    assert fake_window.show_about() is dialog  # one dialog, raised again
    dialog.close()


def test_every_real_tab_exports_a_png_and_a_csv_of_what_it_shows(qtbot, ini, tmp_path):
    import csv

    from PySide6.QtGui import QImage

    window = MainWindow(settings=QSettings(str(ini), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    try:
        for key in ("loss", "tangent", "gradient"):
            tab = window.tab(key)
            tab.show_demo_state()
            tab.export_png(tmp_path / f"{key}.png")
            tab.export_csv(tmp_path / f"{key}.csv")
            image = QImage(str(tmp_path / f"{key}.png"))
            assert not image.isNull() and image.width() >= 800, key
            with open(tmp_path / f"{key}.csv", encoding="utf-8", newline="") as handle:
                rows = list(csv.reader(handle))
            assert len(rows) > 2, key
            tables = {row[0]: row for row in rows}
            if key == "loss":  # Book 4.2.1, first example
                assert float(tables["mean_squared_error"][1]) == pytest.approx(0.0975, abs=1e-4)
                assert float(tables["cross_entropy_error"][1]) == pytest.approx(0.5108, abs=1e-4)
            elif key == "tangent":  # 0.01x² + 0.1x and its tangent at 5 meet at x = 5
                x, f, tangent = (float(v) for v in min(rows[1:], key=lambda r: abs(float(r[0]) - 5)))
                assert f == pytest.approx(0.01 * x * x + 0.1 * x, rel=1e-12)
                assert tangent == pytest.approx(0.2 * x - 0.25, rel=1e-6)
            else:  # Figure 4-10's path ends near the origin
                last = dict(zip(rows[0], rows[-1]))
                assert float(last["x0"]) ** 2 + float(last["x1"]) ** 2 < 0.01
    finally:
        window.close()


@pytest.mark.parametrize("locale", ["en", "ko", "ja", "zh_CN"])
def test_the_window_fits_a_1024x600_screen(qtbot, ini, qapp, locale):
    """No tab may force the window wider or taller than a small laptop screen (controls scroll instead)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if locale != "en":
        assert translator.load(str(ROOT / "resources" / "translations" / f"scratchnn_{locale}.qm"))
        qapp.installTranslator(translator)
    try:
        window = MainWindow(settings=QSettings(str(ini), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 - 16 and hint.height() <= 600 - 40  # room for window borders, a title bar, a panel
    finally:
        qapp.removeTranslator(translator)


def test_a_saved_geometry_larger_than_the_screen_is_shrunk_to_fit(qtbot, ini):
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    big = MainWindow(settings=settings)
    qtbot.addWidget(big)
    big.resize(5000, 4000)
    big.move(3000, 3000)
    big.save_settings()
    again = MainWindow(settings=QSettings(str(ini), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    area = again.screen().availableGeometry()
    assert again.width() <= area.width() and again.height() <= area.height()
    assert area.contains(again.frameGeometry().topLeft()) and area.contains(again.frameGeometry().bottomRight())


HOSTILE_SETTINGS = """[tabs]
tangent\\expression="(((x*10**100)**100)**100)**100"
tangent\\x=1e999
tangent\\h_exponent=-6
gradient\\expression="minimum(x0**18, minimum(x0**17, minimum(x0**16, minimum(x0**15, minimum(x0**14, minimum(x0**13, minimum(x0**12, minimum(x0**11, minimum(x0**10, x0))))))))) + x1"
gradient\\steps=-5
training\\iters_num=99999999999999999999999
training\\learning_rate=abc
training\\hidden_size=77
loss\\target=12
"""

WINDOW_FROM_SETTINGS = """
import sys
from app.__main__ import create_application
app = create_application()
from app.main_window import MainWindow
from app.settings import open_settings
window = MainWindow(settings=open_settings(sys.argv[1]))
window.show()
app.processEvents()
tangent, gradient, training, loss = (window.tab(k) for k in ("tangent", "gradient", "training", "loss"))
print("tangent", tangent.model.expression, tangent.model.x, tangent.model.h_exponent)
print("gradient", gradient.model.steps)
print("training", training.config().iters_num, training.config().learning_rate, training.config().hidden_size)
print("loss", loss.model.target)
window.close()
"""


def test_hostile_saved_settings_never_stop_the_window_from_opening(tmp_path):
    """Issue 8: a stacked power saved as the tangent's f once froze every start; each bad key now falls back
    to its default on its own (the generous timeout only guards against a hang)."""
    ini = tmp_path / "settings.ini"
    ini.write_text(HOSTILE_SETTINGS, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SCRATCHNN_DATA_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", WINDOW_FROM_SETTINGS, str(ini)], capture_output=True,
                          text=True, timeout=120, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    # The good keys beside the bad ones are applied (so the file was read) ...
    assert lines["tangent"] == "0.01*x**2 + 0.1*x 5.0 -6.0"  # ... the book's function_1 and x, not the bomb
    assert lines["gradient"] == "100"  # steps=-5 is refused, not clamped to 1
    assert lines["training"] == "10000 0.1 77"  # the 23-digit iteration count and "abc" fall back
    assert lines["loss"] == "2"


def test_file_menu_exports_mnist_for_the_books_code(qtbot, ini, tmp_path):
    """File > Export MNIST for the book's code: the four files under the book's names, checked, and the
    second time only after asking (issue 13)."""
    from app import mnist_dialog
    from scratchnn_core.mnist_export import BOOK_FILE_NAMES

    window = MainWindow(settings=QSettings(str(ini), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    told, asked = [], []
    folder = tmp_path / "dataset"

    def run(answer):
        return mnist_dialog.export_for_the_book(window, "", ask_folder=lambda *_: str(folder),
                                                ask_overwrite=lambda _p, text: asked.append(text) or answer,
                                                tell=lambda _p, text, problem: told.append((text, problem)))

    written = run(answer=False)
    assert sorted(p.name for p in written) == sorted(BOOK_FILE_NAMES.values())
    assert told[-1][1] is False and "dataset/" in told[-1][0] and "mnist.pkl" in told[-1][0]
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    assert run(answer=False) == [] and len(asked) == 1  # already there: asked, and "no" writes nothing
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before
    assert len(run(answer=True)) == 4 and len(asked) == 2
    assert window.export_mnist_action in _menu(window, "&File").actions()
