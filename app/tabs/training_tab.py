"""The MNIST training tab: a two-layer net learning digits live, like the book's Figures 4-11 and 4-12 (Book 4.5).

The training runs in a worker thread (``app.workers``); this tab only turns hyperparameters
into a ``TrainConfig``, folds the worker's throttled batches into a :class:`TrainingHistory` and redraws from
a GUI-side timer.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QVBoxLayout, QWidget

from app.formatting import format_duration
from app.tabs.base_tab import BaseTab
from app.tabs.gradient_check import GradientCheckDialog, checked_network
from app.tabs.training_model import TrainingHistory
from app.widgets.digit_grid import DigitPanel
from app.widgets.hyperparameter_form import FULL_SIZES, HyperparameterForm
from app.widgets.training_plots import TrainingPlots
from app.workers.training_controller import TrainingController
from scratchnn_core import TrainConfig, TwoLayerNet, last_epoch

PIXELS, CLASSES = 784, 10
DEMO_CONFIG = dict(iters_num=1200, train_size=6000)  # 20 epochs of 60 mini-batches: about 85% in seconds
GRID_DIGITS = 24
REDRAW_MS = 100  # plots redraw at most 10 times a second (see benchmarks/gui_training.py)
NUMERICAL_WARN_S = 10.0


class TrainingTab(BaseTab):
    """Hyperparameters, Start/Pause/Stop, live loss and accuracy plots, final digits (Book 4.5)."""

    training_finished = Signal(object)  # TrainResult

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = TrainingController(self)
        self._history = TrainingHistory(1)
        self._network = None
        self._check_dialog = None  # the gradient check window, made when first opened
        self._dirty = False
        self._build_widgets()
        self._build_layout()
        c = self._controller
        c.progressed.connect(self._on_controller_progressed)
        c.finished.connect(self._on_controller_finished)
        c.evaluated.connect(self._on_controller_evaluated)
        c.errored.connect(self._on_controller_errored)
        c.paused.connect(self._on_controller_paused)
        c.ended.connect(self._on_controller_ended)
        self._redraw_timer = self.add_timer(REDRAW_MS, self._on_redraw_timer_timeout)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("MNIST training")

    # --- building ---------------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.form = HyperparameterForm()
        self.start_button = self.new_button(self.tr("&Start"), self._on_start_button_clicked)
        self.pause_button = self.new_button(self.tr("&Pause"), self._on_pause_button_clicked)
        self.stop_button = self.new_button(self.tr("S&top"), self._on_stop_button_clicked)
        self.check_button = self.new_button(self.tr("&Gradient check..."), self.open_gradient_check)
        self.progress_bar = QProgressBar()
        self.speed_label = QLabel()
        self.result_label = QLabel(wordWrap=True)
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet("color: #b00000;")
        self.error_label.hide()
        self.plots = TrainingPlots()
        self.digits = DigitPanel(GRID_DIGITS, columns=GRID_DIGITS // 2)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.stop_button):
            buttons.addWidget(button)
        panel = QWidget()
        side = QVBoxLayout(panel)
        side.addWidget(self.form)
        side.addLayout(buttons)
        for widget in (self.check_button, self.progress_bar, self.speed_label, self.result_label, self.error_label):
            side.addWidget(widget)
        side.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.plots, 1)
        right.addWidget(self.digits)
        self.arrange(right, panel, panel_width=330, panel_first=True)

    # --- the form -----------------------------------------------------------------------------------------
    def config(self) -> TrainConfig:
        """The hyperparameters on screen as a ``TrainConfig`` (full sets give ``None`` sizes)."""
        return self.form.config()

    def set_config(self, config: TrainConfig) -> None:
        """Show ``config`` in the form."""
        self.form.set_config(config)

    # --- actions ------------------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._controller.is_running()

    def start_training(self, config: TrainConfig | None = None) -> bool:
        """Train with ``config`` (or the form's); False, with the reason shown, when it cannot start."""
        if self.is_running():
            self.report(self.tr("Training is already running."))
            return False
        if config is not None:
            self.set_config(config)
        config = config if config is not None else self.config()
        try:
            config.validate()
        except ValueError as error:
            self._show_error(str(error))
            return False
        self.error_label.hide()
        self.result_label.clear()
        self.digits.show_evaluation(None)
        self._history = TrainingHistory(config.iters_num)
        train_size = config.train_size or FULL_SIZES["train_size"]
        self.plots.start_run(config.iters_num, last_epoch(config.iters_num, train_size, config.batch_size),
                             self._history.loss_ceiling())
        self._redraw()
        self._controller.start(config)
        self._redraw_timer.start()
        self._update_buttons()
        self.report(self.tr("Training started: loading MNIST, then {0} iterations.").format(config.iters_num))
        return True

    def stop_training(self) -> None:
        """Ask the worker to stop (within one loss evaluation; returns at once; see :meth:`shutdown`)."""
        if self.is_running():
            self._controller.request_stop()
            self.stop_button.setEnabled(False)
            self.report(self.tr("Stopping..."))

    def stop_work(self) -> None:
        """Stop the workers without evaluating and join them (the core yields every ~20 ms: milliseconds)."""
        self._controller.shutdown(timeout_s=3.0)
        if self._check_dialog is not None:
            self._check_dialog.panel.shutdown()
        self._update_buttons()

    def open_gradient_check(self) -> GradientCheckDialog:
        """Show the gradient check window (Book 5.7.3) for the current network, or a fresh one; not modal."""
        if self._check_dialog is None:
            self._check_dialog = GradientCheckDialog(lambda: checked_network(self._network, self.config()), self)
        return self._check_dialog.present()

    @Slot()
    def _on_start_button_clicked(self) -> None:
        estimate = self.form.numerical_estimate_s()
        if estimate is not None and estimate > NUMERICAL_WARN_S:
            answer = QMessageBox.question(self, self.tr("Numerical gradient"), self.tr(
                "The numerical gradient needs about {0} (h:mm:ss) for this run. Backpropagation gives "
                "the same gradient in seconds. Start anyway?").format(format_duration(estimate)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.start_training()

    @Slot()
    def _on_pause_button_clicked(self) -> None:
        if self._controller.is_paused():
            self._controller.resume()
            self.report(self.tr("Training resumed."))
        else:
            self._controller.pause()
            self.report(self.tr("Pausing..."))
        self._update_buttons()

    @Slot()
    def _on_stop_button_clicked(self) -> None:
        self.stop_training()

    def _update_buttons(self) -> None:
        running = self.is_running()
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.pause_button.setText(self.tr("&Resume") if self._controller.is_paused() else self.tr("&Pause"))
        self.form.setEnabled(not running)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.report(message)

    # --- worker signals (queued into this, the GUI thread) ---------------------------------------------------
    @Slot(object)
    def _on_controller_progressed(self, batch) -> None:
        self._history.apply(batch)
        self._dirty = True

    @Slot(object)
    def _on_controller_finished(self, result) -> None:
        self._network = result.network
        self._redraw()
        texts = {"completed": self.tr("Training completed: {0} iterations in {1:.1f} s."),
                 "cancelled": self.tr("Training stopped after {0} iterations ({1:.1f} s)."),
                 "diverged": self.tr("Training diverged after {0} iterations ({1:.1f} s): the loss is not "
                                     "finite. Try a smaller learning rate.")}
        text = texts.get(result.status, "{0} {1}").format(result.iterations_done, result.elapsed_s)
        if result.status == "diverged":
            self._show_error(text)
        self.result_label.setText(text)
        self.report(text)
        self.training_finished.emit(result)

    @Slot(object)
    def _on_controller_evaluated(self, evaluation) -> None:
        self.result_label.setText(self.result_label.text() + "\n" + self.tr(
            "Final accuracy: train {0:.2%}, test {1:.2%}").format(evaluation.train_acc, evaluation.test_acc))
        self.digits.show_evaluation(evaluation)

    @Slot(str)
    def _on_controller_errored(self, message: str) -> None:
        self._show_error(self.tr("Could not finish: {0}").format(message))

    @Slot()
    def _on_controller_paused(self) -> None:
        self._redraw()  # every batch before the pause has arrived: show exactly where it holds
        self.report(self.tr("Training paused."))

    @Slot()
    def _on_controller_ended(self) -> None:
        self._redraw_timer.stop()
        self._redraw()
        self.plots.end_run()
        self._update_buttons()

    # --- drawing ------------------------------------------------------------------------------------------
    @Slot()
    def _on_redraw_timer_timeout(self) -> None:
        if self._dirty:
            self._redraw()

    def _redraw(self) -> None:
        h = self._history
        self._dirty = False
        self.plots.draw(h)
        self.progress_bar.setValue(round(100 * h.progress()))
        rate = h.iterations_per_second()
        self.speed_label.setText(self.tr("{0} it/s, time left {1}").format(
            "\u2014" if rate is None else f"{rate:,.0f}", format_duration(h.eta_s())))

    # --- the tab contract ----------------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        self.form.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        self.form.restore_state(settings)

    def export_view(self) -> TrainingPlots:
        """The loss and accuracy plots, as one picture."""
        self._redraw()
        return self.plots

    def csv_rows(self) -> list[list]:
        """Per-iteration losses and per-epoch accuracies, one table (a ``kind`` column tells them apart)."""
        return self._history.csv_rows()

    def show_demo_state(self, timeout_s: float = 120.0) -> None:
        """Run a short real training (1200 iterations on 6000 images) and return when it has finished."""
        self.shutdown()
        self.start_training(TrainConfig(**DEMO_CONFIG))
        self.wait_until_idle(timeout_s)
        QCoreApplication.processEvents()  # apply the layout changes the last results asked for

    def wait_until_idle(self, timeout_s: float) -> bool:
        """Spin a local event loop until the worker thread has ended (True) or ``timeout_s`` passed."""
        if self.is_running():
            loop = QEventLoop()
            self._controller.ended.connect(loop.quit)
            QTimer.singleShot(int(timeout_s * 1000), loop.quit)
            loop.exec()
            self._controller.ended.disconnect(loop.quit)
        return not self.is_running()

    def save_weights(self, path: str) -> None:
        """Write the current network's parameters to an ``.npz`` file."""
        if self._network is None:
            raise RuntimeError(self.tr("There is no network yet: train one or load weights first."))
        self._network.save_npz(path)

    def load_weights(self, path: str) -> None:
        """Load an ``.npz`` network (checked: 784 inputs, 10 outputs), then show its accuracy and digits."""
        if self.is_running():
            raise RuntimeError(self.tr("Stop the training before loading weights."))
        network = TwoLayerNet.load_npz(path)
        w1, w2 = network.params["W1"], network.params["W2"]
        if w1.shape[0] != PIXELS or w2.shape[1] != CLASSES:
            raise ValueError(self.tr("These weights are not for MNIST: the network has {0} inputs and {1} "
                                     "outputs, not 784 and 10.").format(w1.shape[0], w2.shape[1]))
        self._network = network
        self.form.boxes["hidden_size"].setValue(w1.shape[1])
        self.result_label.setText(self.tr("Weights loaded; measuring their accuracy..."))
        self.digits.show_evaluation(None)
        config = self.config()
        self._controller.evaluate(network, config.train_size, config.test_size)
        self._update_buttons()
