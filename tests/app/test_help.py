"""The help panel (issue 13): every tab's topic in every language, F1 and "?" toggle it, and each "Try this"
button sets its tab up (asserted on the tab's model, not on what it draws)."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import QWidget

from app import help_topics as ht
from app.main_window import MainWindow
from app.widgets.help_panel import HelpPanel
from tests.app.test_translations import LOCALES, installed

TAB_KEYS = ("loss", "tangent", "gradient", "network", "training")


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    yield window
    window.close()  # joins a training an experiment started


def _click(window: MainWindow, key: str, index: int) -> ht.Experiment:
    window.show_tab(key)
    panel = window.help_dock.panel
    assert panel.topic.key == key
    panel.buttons[index].click()
    experiment = panel.experiments[index]
    assert panel.outcome_label.isVisibleTo(panel)
    assert QCoreApplication.translate("Help", experiment.look_for) in panel.plain_text()
    return experiment


# --- content -----------------------------------------------------------------------------------------------

def test_there_is_a_topic_for_every_tab_with_two_or_three_experiments():
    assert [topic.key for topic in ht.TOPICS] == list(TAB_KEYS)
    for topic in ht.TOPICS:
        assert topic.title and len(topic.idea) > 200 and "<sub>" in topic.formula
        assert topic.section.startswith("Book 4.")
        assert 2 <= len(topic.experiments) <= 3
        assert all(e.tab == topic.key and e.label and e.look_for.endswith(".") for e in topic.experiments)


class Recorder:
    """Stands in for a tab: remembers which methods an experiment calls."""

    def __init__(self) -> None:
        self.called: list[str] = []

    def __getattr__(self, name):
        self.called.append(name)
        return lambda *args, **kwargs: None


@pytest.mark.parametrize("experiment", [e for t in ht.TOPICS for e in t.experiments], ids=lambda e: e.label[:25])
def test_each_experiment_declares_exactly_the_methods_it_calls(qapp, experiment):
    recorder = Recorder()
    experiment.setup(recorder)
    assert set(recorder.called) == set(experiment.needs)
    assert experiment.available(recorder)
    assert not experiment.available(None) and not experiment.available(QWidget())


@pytest.mark.parametrize("locale", ("en",) + LOCALES)
def test_every_topic_shows_text_in_every_language(qtbot, qapp, locale):
    panel = HelpPanel()
    qtbot.addWidget(panel)

    def check():
        for topic in ht.TOPICS:
            panel.show_topic(topic)
            texts = [topic.title, topic.idea, topic.formula, topic.section]
            texts += [text for e in topic.experiments for text in (e.label, e.look_for)]
            for text in texts:
                shown = QCoreApplication.translate("Help", text)
                assert shown.strip()
                if locale != "en":
                    assert shown != text, f"{locale}: not translated: {text[:50]!r}"
            plain = panel.plain_text()
            assert QCoreApplication.translate("Help", topic.title) in plain
            assert len(panel.buttons) == len(topic.experiments)
            panel.show_outcome(QCoreApplication.translate("Help", topic.experiments[0].look_for))
            assert panel.tr("Look for:") in panel.plain_text()

    if locale == "en":
        check()
    else:
        with installed(qapp, locale):
            check()


def test_formulas_are_rich_text_in_the_books_notation(qtbot):
    panel = HelpPanel()
    qtbot.addWidget(panel)
    panel.show_topic(ht.topic_for("loss"))
    assert "E = −Σ<sub>k</sub> t<sub>k</sub> log y<sub>k</sub>" in panel.formula_label.text()
    assert "E = −Σk tk log yk" in panel.plain_text()  # sub-scripts, not literal tags
    panel.show_topic(ht.topic_for("gradient"))
    assert "x ← x − η∇f" in panel.plain_text() and "∂f/∂x0" in panel.plain_text()
    assert panel.text_label.wordWrap() and panel.formula_label.textInteractionFlags()


def test_a_missing_method_hides_only_that_button(qtbot):
    panel = HelpPanel()
    qtbot.addWidget(panel)
    tab = FakeNetworkTab()
    del FakeNetworkTab.nudge  # as a network tab without nudge(h) would be
    try:
        panel.show_topic(ht.topic_for("network"), lambda e: e.available(tab))
        labels = [e.label for e in panel.experiments]
        assert labels == ["One gradient step with lr = 0.5", "Repeat gradient steps"]
        panel.show_topic(ht.topic_for("network"), lambda e: False)
        assert panel.buttons == [] and panel.try_label.isHidden()
    finally:
        FakeNetworkTab.nudge = FakeNetworkTab._nudge


# --- the dock in the window ---------------------------------------------------------------------------------

def test_f1_and_the_question_mark_toggle_the_panel_which_follows_the_tab(qtbot, window, settings):
    dock = window.help_dock
    window.show()
    qtbot.waitExposed(window)
    assert not dock.isVisible()
    assert window.help_action.shortcut().toString() == "F1"
    window.help_action.trigger()
    assert dock.isVisible()
    assert dock.panel.topic.key == window.current_key() == "loss"
    window.show_tab("gradient")
    assert dock.panel.topic.key == "gradient"
    assert "Gradient and gradient descent" in dock.panel.plain_text()
    corner = window.tab_widget.cornerWidget()
    assert corner.text() == "?" and corner.defaultAction() is window.help_action
    corner.click()
    assert not dock.isVisible()
    corner.click()
    window.save_settings()
    reopened = MainWindow(settings=settings)
    qtbot.addWidget(reopened)
    try:
        assert reopened.help_dock.isVisibleTo(reopened)  # remembered
        assert reopened.help_dock.panel.topic.key == "gradient"  # the remembered tab's topic
    finally:
        reopened.close()


def test_loss_experiments_load_the_books_examples(window):
    tab = window.tab("loss")
    tab.model.set_target(5)
    _click(window, "loss", 1)
    assert tab.model.target == 2 and tab.model.y[7] == 0.6
    assert tab.model.losses().mse == pytest.approx(0.5975)
    _click(window, "loss", 0)
    assert tab.model.y[2] == 0.6 and tab.model.losses().cee == pytest.approx(0.510825, abs=1e-6)


def test_tangent_forward_difference_with_h_1e_minus_50_reads_0(window, qtbot):
    window.show()  # the tangent tab writes its readout once shown
    qtbot.waitExposed(window)
    tab = window.tab("tangent")
    tab.set_expression("sin(x)")
    _click(window, "tangent", 0)
    model = tab.model
    assert model.method == "forward" and model.h == 1e-50 and model.expression == ht.BOOK_F1 and model.x == 5.0
    assert model.readout().numerical == 0.0
    assert "h = 1.0e-50): 0.0" in tab.readout_label.text()
    assert tab.forward_radio.isChecked()


def test_tangent_forward_with_h_0_1_is_a_secant_and_the_kink_reads_0(window):
    tab = window.tab("tangent")
    _click(window, "tangent", 1)
    assert tab.model.method == "forward" and tab.model.h == 0.1
    assert tab.model.readout().numerical == pytest.approx(0.201)  # 0.2 + h * f''/2
    _click(window, "tangent", 2)
    readout = tab.model.readout()
    assert tab.model.method == "central" and tab.model.x == 0.0 and tab.model.expression == "abs(x)"
    assert readout.numerical == 0.0 and readout.reason == "kink"


def test_gradient_experiments_reproduce_the_books_three_learning_rates(window):
    tab = window.tab("gradient")
    _click(window, "gradient", 0)
    (racer,) = tab.model.racers
    run = racer.run
    assert run.learning_rate == 0.1 and run.steps == 100 and run.start == (-3.0, 4.0)
    assert tab.model.expression == "x0**2 + x1**2" and tab.model.at_end
    np.testing.assert_allclose(run.x[-1], [-6.11110793e-10, 8.14814391e-10], rtol=1e-6)
    _click(window, "gradient", 1)
    run = tab.model.racers[0].run
    assert run.learning_rate == 10.0 and run.outcome == "diverged" and run.first_stalled is not None
    np.testing.assert_allclose(run.x[-1], [-2.58983747e13, -1.29524862e12], rtol=1e-6)
    _click(window, "gradient", 2)
    run = tab.model.racers[0].run
    np.testing.assert_allclose(run.x[-1], [-2.99999994, 3.99999992], rtol=1e-8)
    assert run.learning_rate == 1e-10 and run.outcome == "barely moved"


@pytest.mark.parametrize("index, field, value", [(0, "hidden_size", 5), (1, "learning_rate", 0.01)])
def test_training_experiments_start_the_changed_run(window, index, field, value):
    tab = window.tab("training")
    _click(window, "training", index)
    assert tab.is_running()
    config = tab.config()
    assert getattr(config, field) == value and config.iters_num == 1200 and config.train_size == 6000
    tab.stop_work()  # joined here; the test is about the set-up, not the run
    assert not tab.is_running()


@pytest.mark.slow
def test_training_with_the_numerical_gradient_finishes(qtbot, window):
    tab = window.tab("training")
    with qtbot.waitSignal(tab.training_finished, timeout=180_000) as finished:
        _click(window, "training", 2)
        assert tab.config().gradient == "numerical" and tab.config().hidden_size == 3
    result = finished.args[0]
    assert result.status == "completed" and result.iterations_done == ht.NUMERICAL.iters_num
    assert result.train_loss[-1] < result.train_loss[0]  # it learns, slowly


# --- the network tab (being built elsewhere): its experiments against the documented methods --------------

class FakeNetworkTab(QWidget):
    status_message = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.calls: list = []

    def __getattr__(self, name):
        raise AttributeError(name)

    def title(self) -> str:
        return "Network"

    def save_state(self, settings) -> None: ...
    def restore_state(self, settings) -> None: ...
    def shutdown(self) -> None: ...

    def load_preset(self, i): self.calls.append(("load_preset", i))
    def select_weight(self, i, j): self.calls.append(("select_weight", i, j))
    def _nudge(self, h): self.calls.append(("nudge", h))
    nudge = _nudge
    def set_learning_rate(self, lr): self.calls.append(("set_learning_rate", lr))
    def gradient_step(self): self.calls.append(("gradient_step",))
    def start_training(self): self.calls.append(("start_training",))


def test_network_experiments_call_the_tabs_methods(qtbot, settings):
    from app.tabs.loss_tab import LossTab

    network = FakeNetworkTab()
    window = MainWindow(settings=settings, tabs=[("loss", LossTab()), ("network", network)])
    qtbot.addWidget(window)
    try:
        _click(window, "network", 0)
        assert network.calls == [("load_preset", 0), ("select_weight", 0, 1), ("nudge", 0.01)]
        network.calls.clear()
        _click(window, "network", 1)
        assert network.calls == [("load_preset", 0), ("set_learning_rate", 0.5), ("gradient_step",)]
        network.calls.clear()
        _click(window, "network", 2)
        assert network.calls == [("load_preset", 0), ("set_learning_rate", 0.5), ("start_training",)]
    finally:
        window.close()


def test_a_tab_refusing_an_experiment_is_said_in_words(qtbot, settings):
    class Refusing(FakeNetworkTab):
        def load_preset(self, i):
            raise ValueError("no preset 0 here")

    window = MainWindow(settings=settings, tabs=[("network", Refusing())])
    qtbot.addWidget(window)
    try:
        window.help_dock.panel.buttons[0].click()
        assert "could not be set up: no preset 0 here" in window.help_dock.panel.plain_text()
    finally:
        window.close()


def test_a_training_tab_that_is_busy_is_not_told_to_look_for_anything(qtbot, settings):
    class BusyTraining(FakeNetworkTab):
        def start_training(self, config=None):
            self.calls.append(config)
            return False  # what TrainingTab.start_training says while a run is on

    busy = BusyTraining()
    window = MainWindow(settings=settings, tabs=[("training", busy)])
    qtbot.addWidget(window)
    try:
        assert window.help_dock.run(window.help_dock.panel.experiments[0]) is False
        assert busy.calls == [ht.HIDDEN_5]
        text = window.help_dock.panel.plain_text()
        assert "status bar says why" in text and "Five hidden units" not in text
    finally:
        window.close()


def test_a_tab_without_a_topic_gets_a_note(qtbot, settings):
    window = MainWindow(settings=settings, tabs=[("digits", FakeNetworkTab())])
    qtbot.addWidget(window)
    try:
        assert window.help_dock.panel.topic is None
        assert "no help for this tab yet" in window.help_dock.panel.plain_text()
    finally:
        window.close()


def test_help_on_a_small_screen_floats_instead_of_widening_the_window(qtbot, tmp_path):
    """Docked beside the widest tab, the panel would make the window wider than a small screen (the
    offscreen screen is 800 px): it floats over the window instead."""
    from PySide6.QtCore import QSettings

    from app.main_window import MainWindow

    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    before = window.minimumSizeHint().width()
    window.help_dock.toggle_action().trigger()
    assert window.help_dock.isVisible() and window.help_dock.isFloating()
    assert window.minimumSizeHint().width() == before  # the window did not grow
    area = window.screen().availableGeometry()
    assert area.contains(window.help_dock.geometry().center())


def test_a_new_topic_hides_the_old_buttons_at_once(qtbot):
    """The buttons of the previous topic wait for the event loop to be deleted; meanwhile they must not lie,
    visible, over the new topic's text (they did, at 640x480 in the panel's corner)."""
    from PySide6.QtWidgets import QAbstractButton

    panel = HelpPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_topic(ht.topic_for("loss"))
    old = list(panel.buttons)
    panel.show_topic(ht.topic_for("tangent"))
    assert old and not any(button.isVisible() for button in old)
    qtbot.waitUntil(lambda: all(b.isVisible() for b in panel.buttons), timeout=5_000)
    visible = [b for b in panel.findChildren(QAbstractButton) if b.isVisible()]
    assert set(visible) == set(panel.buttons)  # only the new topic's buttons show
