"""The hyperparameter form: a TrainConfig on screen, remembered, and the numerical-gradient estimate."""
from PySide6.QtCore import QSettings

from app.widgets.hyperparameter_form import HyperparameterForm, config_kwargs, form_values
from scratchnn_core import TrainConfig


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
    assert form.numerical_estimate_s() is None and not form.estimate_label.isVisibleTo(form)


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
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    form = HyperparameterForm()
    qtbot.addWidget(form)
    form.set_config(TrainConfig(iters_num=1234, learning_rate=0.05, gradient="numerical", train_size=6000))
    form.save_state(settings)
    settings.sync()
    other = HyperparameterForm()
    qtbot.addWidget(other)
    other.restore_state(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert other.config() == form.config()
