"""The training tab's controls (Book 4.5.2): the hyperparameters, Start/Pause/Stop, "Train more" for N
iterations, the progress and the outcome. Says what the user asked (signals); the tab decides."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Signal, Slot
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from app.formatting import format_duration
from app.settings import read_setting
from app.widgets.hyperparameter_form import HyperparameterForm

NUMERICAL_WARN_S = 10.0  # Start asks first when the numerical gradient would take longer than this


class TrainingPanel(QWidget):
    """Signals ``start_clicked`` (after a yes to "the numerical gradient takes hours"), ``pause_clicked``,
    ``stop_clicked`` and ``more_clicked(iterations)``.

    The question needs the run's estimate: a Start clicked before it arrived asks for it and waits (a
    fraction of a second); an edit of the form meanwhile, or a run started otherwise, drops that Start.
    """

    start_clicked = Signal()
    pause_clicked = Signal()
    stop_clicked = Signal()
    more_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = HyperparameterForm()
        self._start_waits = False  # Start was clicked before its estimate arrived
        self.form.estimated.connect(self._on_form_estimated)
        self.form.changed.connect(self._on_form_changed)
        self.start_button = QPushButton(self.tr("&Start"))
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.stop_button = QPushButton(self.tr("S&top"))
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.pause_button.clicked.connect(self.pause_clicked)
        self.stop_button.clicked.connect(self.stop_clicked)
        self.more_box = QSpinBox(minimum=1, maximum=1_000_000, value=1000, singleStep=100)
        self.more_box.setGroupSeparatorShown(True)
        self.more_button = QPushButton(self.tr("Train &more"))
        self.more_button.setToolTip(self.tr("Go on from the current network for this many iterations: the "
                                            "curves continue and the run keeps its settings. After loading "
                                            "weights, a new run starts from them with the settings above."))
        self.more_button.clicked.connect(self._on_more_button_clicked)
        more = QGroupBox(self.tr("Continue training"))
        more_rows = QVBoxLayout(more)
        more_row = QHBoxLayout()
        more_row.addWidget(self.more_box, 1)
        more_row.addWidget(QLabel(self.tr("iterations")))
        more_rows.addLayout(more_row)
        more_rows.addWidget(self.more_button)
        self.progress_bar = QProgressBar()
        self.speed_label = QLabel(wordWrap=True)  # a numerical gradient's line is long: never widen the panel
        self.result_label = QLabel(wordWrap=True)
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet("color: #b00000;")
        self.error_label.hide()
        buttons = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.stop_button):
            buttons.addWidget(button)
        side = QVBoxLayout(self)
        side.addWidget(self.form)
        side.addLayout(buttons)
        side.addWidget(more)
        for widget in (self.progress_bar, self.speed_label, self.result_label, self.error_label):
            side.addWidget(widget)
        side.addStretch(1)

    def set_state(self, running: bool, paused: bool, can_continue: bool) -> None:
        """Which buttons make sense now: the form is fixed while a run trains."""
        self.start_button.setEnabled(not running)
        self.more_button.setEnabled(not running and can_continue)
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.pause_button.setText(self.tr("&Resume") if paused else self.tr("&Pause"))
        self.form.setEnabled(not running)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def hide_error(self) -> None:
        self.error_label.hide()

    def show_measuring(self, fraction: float) -> None:
        """How far the evaluation of loaded weights has got (0..1)."""
        self.progress_bar.setValue(round(100 * fraction))

    def show_progress(self, history, training: bool) -> None:
        """How far ``history`` (a ``TrainingHistory``) got: speed and time left while ``training``, else
        the iterations and their time (no "time left" after Stop). Inside a numerical gradient (20 s an
        iteration with the book's loop) the parameters done so far show that it moves."""
        self.progress_bar.setValue(round(100 * history.progress()))
        rate = history.iterations_per_second()
        done, total = history.gradient_progress
        if training and total and done < total:
            text = self.tr("Iteration {0:,}: numerical gradient {1:,} of {2:,} parameters, time left {3}").format(
                history.iterations_done + 1, done, total, format_duration(history.eta_s()))
        elif training:
            speed = "\u2014" if rate is None else f"{rate:,.0f}" if rate >= 10 else f"{rate:.2g}"
            text = self.tr("{0} it/s, time left {1}").format(speed, format_duration(history.eta_s()))
        elif history.iterations_done:
            text = self.tr("{0:,} iterations in {1}").format(history.iterations_done,
                                                            format_duration(history.elapsed_s))
        else:
            text = ""
        self.speed_label.setText(text)

    def save_state(self, settings: QSettings) -> None:
        self.form.save_state(settings)
        settings.setValue("more_iterations", self.more_box.value())

    def restore_state(self, settings: QSettings) -> None:
        self.form.restore_state(settings)
        box = self.more_box
        box.setValue(read_setting(settings, "more_iterations", box.value(),
                                  lambda v: box.minimum() <= v <= box.maximum()))

    @Slot()
    def _on_start_button_clicked(self) -> None:
        if self.form.estimate_pending():
            self._start_waits = True
            self.form.request_estimates()
        else:
            self._confirm_start()

    @Slot()
    def _on_form_estimated(self) -> None:
        waited, self._start_waits = self._start_waits, False
        if waited and self.start_button.isEnabled():  # not once a run started another way
            self._confirm_start()

    @Slot()
    def _on_form_changed(self) -> None:
        self._start_waits = False

    def _confirm_start(self) -> None:
        """``start_clicked``, after asking first when the numerical gradient would take long."""
        estimate = self.form.numerical_estimate_s()
        if estimate is not None and estimate > NUMERICAL_WARN_S:
            answer = QMessageBox.question(self, self.tr("Numerical gradient"), self.tr(
                "The numerical gradient needs about {0} (h:mm:ss) for this run. Backpropagation gives "
                "the same gradient in seconds. Start anyway?").format(format_duration(estimate)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.start_clicked.emit()

    @Slot()
    def _on_more_button_clicked(self) -> None:
        self.more_clicked.emit(self.more_box.value())
