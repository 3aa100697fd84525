"""The hyperparameter form: a TrainConfig on screen, remembered, the three gradient methods and their estimates."""
import dataclasses

from PySide6.QtCore import QSettings

from app.formatting import format_duration
from app.widgets.hyperparameter_form import ESTIMATE_DELAY_MS, METHODS, HyperparameterForm, config_kwargs, form_values
from scratchnn_core import TrainConfig, estimate_runs

SMALL = TrainConfig(iters_num=600, batch_size=20, hidden_size=10, train_size=2000, test_size=500)


def test_form_values_and_config_kwargs_round_trip():
    config = TrainConfig(iters_num=123, learning_rate=0.05, train_size=6000)
    values = form_values(config)
    assert values["train_size"] == 6000 and values["test_size"] == 10000  # None shows as the full set
    assert TrainConfig(**config_kwargs(values)) == config


def test_form_shows_and_returns_a_config(qtbot):
    form = HyperparameterForm()
    qtbot.addWidget(form)
    config = TrainConfig(iters_num=321, batch_size=50, learning_rate=0.5, hidden_size=20, test_size=500)
    form.set_config(config)
    assert form.config() == config
    assert form.numerical_estimate_s() is None  # backprop


def test_the_three_methods_are_offered_with_their_estimates(qtbot):
    form = HyperparameterForm()
    qtbot.addWidget(form)
    assert [form.gradient.itemData(i) for i in range(form.gradient.count())] == list(METHODS) \
        == ["backprop", "structured", "numerical"]
    form.set_config(SMALL)
    form.show_estimates(SMALL, estimate_runs(SMALL))
    estimates = form.estimates()
    for index, method in enumerate(METHODS):
        assert form.gradient.itemText(index).endswith(format_duration(estimates[method].total_s))
    # Book 4.5 / 5.7: the book's loop is the slowest by far, the structured one in between.
    assert estimates["backprop"].total_s < estimates["structured"].total_s < estimates["numerical"].total_s


def test_switching_methods_updates_the_estimate(qtbot):
    form = HyperparameterForm()
    qtbot.addWidget(form)
    form.set_config(SMALL)
    form.show_estimates(SMALL, estimate_runs(SMALL))
    texts = {}
    for method in METHODS:
        form.gradient.setCurrentIndex(form.gradient.findData(method))
        texts[method] = form.estimate_label.text()
        assert format_duration(form.estimates()[method].total_s) in texts[method]
    assert len(set(texts.values())) == 3
    assert form.numerical_estimate_s() == form.estimates()["numerical"].total_s
    old = form.estimates()
    form.boxes["iters_num"].setValue(6000)  # new numbers: the old estimate is gone until the new one arrives
    assert form.estimates() is None and form.estimate_pending() and form.numerical_estimate_s() is None
    assert "\u2014" not in form.gradient.itemText(0) and "Measured" not in form.estimate_label.text()
    form.show_estimates(SMALL, old)  # measured for the numbers before: not shown
    assert form.estimates() is None
    new = dataclasses.replace(SMALL, iters_num=6000)
    form.show_estimates(new, estimate_runs(new))
    assert format_duration(form.estimates()["numerical"].total_s) in form.estimate_label.text()
    assert form.numerical_estimate_s() > 9 * form.estimates()["numerical"].iteration_s * 600
    assert not form.estimate_pending()


def test_estimates_for_any_method_of_the_numbers_on_screen_are_shown(qtbot):
    form = HyperparameterForm()
    qtbot.addWidget(form)
    form.set_config(dataclasses.replace(SMALL, gradient="structured"))
    shown = []
    form.estimated.connect(lambda: shown.append(form.estimates()))
    estimates = estimate_runs(SMALL)
    form.show_estimates(SMALL, estimates)  # asked for with backprop, then the method changed: still true
    assert shown == [estimates] and form.numerical_estimate_s() == estimates["structured"].total_s


def test_the_form_asks_for_estimates_once_shown_and_after_a_pause_in_typing(qtbot):
    form = HyperparameterForm()
    qtbot.addWidget(form)
    wanted = []
    form.estimates_wanted.connect(wanted.append)
    form.set_config(dataclasses.replace(SMALL, hidden_size=12))
    qtbot.wait(2 * ESTIMATE_DELAY_MS)
    assert wanted == []  # nothing asked while hidden (the window's start stays quick)
    with qtbot.waitSignal(form.estimates_wanted, timeout=10_000):
        form.show()
    assert wanted == [form.config()] and form.estimates() is None  # the form never measures itself
    for hidden in (20, 30, 40):  # a burst of edits: one request, for the last numbers
        form.boxes["hidden_size"].setValue(hidden)
    with qtbot.waitSignal(form.estimates_wanted, timeout=10_000):
        pass
    qtbot.wait(2 * ESTIMATE_DELAY_MS)
    assert [c.hidden_size for c in wanted] == [12, 40]


def test_a_method_chosen_before_the_estimates_arrived_asks_at_once(qtbot):
    form = HyperparameterForm()
    qtbot.addWidget(form)
    wanted = []
    form.estimates_wanted.connect(wanted.append)
    form.gradient.setCurrentIndex(form.gradient.findData("numerical"))
    assert wanted == []  # hidden
    form.show()
    qtbot.waitUntil(lambda: len(wanted) == 1, timeout=10_000)
    form.boxes["iters_num"].setValue(50)
    form.gradient.setCurrentIndex(form.gradient.findData("structured"))
    assert len(wanted) == 2 and wanted[1] == form.config()
    qtbot.wait(2 * ESTIMATE_DELAY_MS)
    assert len(wanted) == 2  # the pause's request was that one


def test_a_hidden_form_asks_nothing_and_asks_again_when_shown(qtbot):
    form = HyperparameterForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.show_estimates(form.config(), estimate_runs(form.config()))
    wanted = []
    form.estimates_wanted.connect(wanted.append)
    form.boxes["iters_num"].setValue(50)
    form.hide()  # before the pause is over
    qtbot.wait(2 * ESTIMATE_DELAY_MS)
    assert wanted == []
    with qtbot.waitSignal(form.estimates_wanted, timeout=10_000):
        form.show()
    assert wanted[0].iters_num == 50


def test_restore_keeps_the_current_value_for_a_bad_or_out_of_range_key(qtbot, tmp_path):
    path = tmp_path / "s.ini"
    path.write_text("[General]\niters_num=99999999999999999999999\nlearning_rate=abc\nbatch_size=0\n"
                    "hidden_size=77\ngradient=magic\nseed=1e999\n")
    form = HyperparameterForm()
    qtbot.addWidget(form)
    form.restore_state(QSettings(str(path), QSettings.Format.IniFormat))
    config = form.config()
    defaults = TrainConfig()
    assert config.hidden_size == 77  # the one good key is applied ...
    assert (config.iters_num, config.learning_rate, config.batch_size, config.seed, config.gradient) == (
        defaults.iters_num, defaults.learning_rate, defaults.batch_size, defaults.seed, defaults.gradient)


def test_state_round_trip(qtbot, tmp_path):
    for method in ("numerical", "structured"):  # "numerical" is what older versions stored for the book
        settings = QSettings(str(tmp_path / f"{method}.ini"), QSettings.Format.IniFormat)
        form = HyperparameterForm()
        qtbot.addWidget(form)
        form.set_config(TrainConfig(iters_num=1234, learning_rate=0.05, gradient=method, train_size=6000))
        form.save_state(settings)
        settings.sync()
        other = HyperparameterForm()
        qtbot.addWidget(other)
        other.restore_state(QSettings(str(tmp_path / f"{method}.ini"), QSettings.Format.IniFormat))
        assert other.config() == form.config() and other.config().gradient == method
