"""The MNIST training tab: a two-layer net learning digits live, like the book's Figures 4-11 and 4-12 (Book 4.5).

A container: the hyperparameters and the run's buttons on the left; on the right, pages to look inside
the network: "Curves" (plots, epochs, the run history), "Network" (shapes, W1 as images), "Mistakes"
(confusion matrix, mistakes browser), "Draw a digit", "Gradient check" (backprop against the two
numerical gradients). Training, and measuring the form's estimates, run in worker threads (``app.workers``);
this tab folds its throttled batches into a :class:`TrainingHistory` and hands each page plain data.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal, Slot
from PySide6.QtWidgets import QTabWidget, QWidget

from app.formatting import format_duration
from app.language import message_text
from app.tabs import training_run as tr_
from app.tabs.base_tab import BaseTab
from app.tabs.gradient_check import GradientCheckPanel, checked_network
from app.tabs.training_curves import CurvesPage
from app.tabs.training_session import TrainingSession
from app.widgets.draw_page import DrawPage
from app.widgets.hyperparameter_form import FULL_SIZES
from app.widgets.mistakes_page import MistakesPage
from app.widgets.network_page import NetworkPage
from app.widgets.training_panel import TrainingPanel
from app.workers.estimate_jobs import Estimator
from scratchnn_core import TrainConfig, TwoLayerNet, last_epoch

DEMO_CONFIG = dict(iters_num=1200, train_size=6000)  # 20 epochs of 60 mini-batches: about 85% in seconds
REDRAW_MS = 100  # plots redraw at most 10 times a second (see benchmarks/gui_training.py)


class TrainingTab(BaseTab):
    """Hyperparameters, Start/Pause/Stop/Train more, and the pages (Book 4.5)."""

    training_finished = Signal(object)  # TrainResult
    probabilities_sent = Signal(object, int)  # ten probabilities and the digit the learner meant

    def __init__(self, parent: QWidget | None = None, *, history_path: str | Path | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        self.panel = p = TrainingPanel()
        self.form, self.start_button, self.pause_button, self.stop_button = (p.form, p.start_button,
                                                                             p.pause_button, p.stop_button)
        self.result_label, self.error_label = p.result_label, p.error_label
        p.start_clicked.connect(self.start_training)
        p.pause_clicked.connect(self._on_panel_pause_clicked)
        p.stop_clicked.connect(self.stop_training)
        p.more_clicked.connect(self.train_more)
        self.pages, self.curves = QTabWidget(), CurvesPage(history_path)
        self.network_page, self.mistakes_page, self.draw_page = NetworkPage(), MistakesPage(), DrawPage()
        self.check_page = GradientCheckPanel(lambda: checked_network(self.session.network, self.config()))
        for page, title in ((self.curves, self.tr("Curves")), (self.network_page, self.tr("Network")),
                            (self.mistakes_page, self.tr("Mistakes")), (self.draw_page, self.tr("Draw a digit")),
                            (self.check_page, self.tr("Gradient check"))):
            self.add_page(page, title)
        self.plots = self.curves.plots
        self.arrange(self.pages, self.panel, panel_width=330, panel_first=True)
        self.curves.message.connect(self.report)
        self.curves.run_removed.connect(self._on_curves_run_removed)
        self.draw_page.send_requested.connect(self.probabilities_sent)
        self.form.boxes["hidden_size"].valueChanged.connect(self.network_page.show_planned)
        self.estimator = Estimator(self)  # the form asks, a worker thread measures, the form shows
        self.form.estimates_wanted.connect(self.estimator.request)
        self.estimator.estimated.connect(self.form.show_estimates)
        self.session = s = TrainingSession(self.curves.record_run, self)
        s.progressed.connect(self._on_session_progressed)
        s.finished.connect(self._on_session_finished)
        s.evaluated.connect(self._on_session_evaluated)
        s.errored.connect(self._on_session_errored)
        s.paused.connect(self._on_session_paused)
        s.measuring.connect(self.panel.show_measuring)
        s.ended.connect(self._on_session_ended)
        self._redraw_timer = self.add_timer(REDRAW_MS, self._on_redraw_timer_timeout)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("MNIST training")

    def add_page(self, widget: QWidget, title: str) -> int:
        """Add a page (a widget) after the others; returns its index in ``pages``."""
        return self.pages.addTab(widget, title)

    def open_gradient_check(self) -> GradientCheckPanel:
        """Show the gradient check page (Book 5.7.3: backprop against both numerical gradients)."""
        self.pages.setCurrentWidget(self.check_page)
        return self.check_page

    # --- the form and the network -------------------------------------------------------------------------
    def config(self) -> TrainConfig:
        """The hyperparameters on screen as a ``TrainConfig`` (full sets give ``None`` sizes)."""
        return self.form.config()

    def set_config(self, config: TrainConfig) -> None:
        """Show ``config`` in the form."""
        self.form.set_config(config)

    def has_network(self) -> bool:
        """True once a network was trained or loaded (Save weights, Train more, Draw a digit use it)."""
        return self.session.network is not None

    def _show_network(self, network) -> None:
        self.network_page.set_weights(network.params["W1"])
        self.draw_page.set_network(network)

    # --- actions ------------------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.session.is_running()

    def start_training(self, config: TrainConfig | None = None) -> bool:
        """Train with ``config`` (or the form's); False, with the reason shown, when it cannot start."""
        if self.is_running():
            return self._refuse(self.tr("Training is already running."))
        if config is not None:
            self.set_config(config)
        config = config if config is not None else self.config()
        try:
            config.validate()
        except ValueError as error:  # the core's MessageError: shown translated
            return self._refuse(message_text(error))
        self.mistakes_page.set_evaluation(None)
        return self._started(self.session.start(config))

    def train_more(self, iterations: int) -> bool:
        """Go on from the current network for ``iterations`` more (its run's settings; loaded weights start
        a new run with the form's); False, with the reason shown, when it cannot."""
        if self.is_running():
            return self._refuse(self.tr("Training is already running."))
        if (reason := self.session.why_not_more()) is not None:
            return self._refuse(self.tr(reason))
        return self._started(self.session.more(int(iterations), self.config()))

    def _started(self, pending) -> bool:
        self.panel.hide_error()
        self.result_label.clear()
        config = pending.config
        train_size = config.train_size or FULL_SIZES["train_size"]
        self.curves.start_live(config.iters_num, last_epoch(config.iters_num, train_size, config.batch_size),
                               self.session.history)
        self._redraw_timer.start()
        self._update_buttons()
        self.report(self.tr("Training started: loading MNIST, then {0} iterations.").format(
            config.iters_num - pending.first_iteration))
        return True

    def stop_training(self) -> None:
        """Ask the worker to stop (within one loss evaluation; returns at once; see :meth:`shutdown`)."""
        if self.is_running():
            self.session.controller.request_stop()
            self.stop_button.setEnabled(False)
            self.report(self.tr("Stopping..."))

    def stop_work(self) -> None:
        """Stop the workers without evaluating and join them; a training cut short is kept as stopped."""
        self.session.shutdown(timeout_s=3.0)
        self.check_page.shutdown()
        self.estimator.shutdown()
        self._update_buttons()

    def close_warning(self) -> str | None:
        """What quitting now would lose, or None (no training, or one about to end within seconds)."""
        h, eta = self.session.history, self.session.history.eta_s()
        if not self.session.training or (eta is not None and eta <= tr_.QUICK_FINISH_S):
            return None
        return self.tr(tr_.CLOSE_WARNING).format(h.iterations_done, h.total_iterations, format_duration(eta))

    def _refuse(self, message: str) -> bool:
        """Show ``message`` as an error (beside the buttons and in the status bar); False."""
        self.panel.show_error(message)
        self.report(message)
        return False

    @Slot()
    def _on_panel_pause_clicked(self) -> None:
        controller = self.session.controller
        paused = controller.is_paused()
        controller.resume() if paused else controller.pause()
        self.report(self.tr("Training resumed.") if paused else self.tr("Pausing..."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.panel.set_state(self.is_running(), self.session.controller.is_paused(), self.has_network())

    @Slot(int)
    def _on_curves_run_removed(self, run_id: int) -> None:
        if self.session.forget_run(run_id):  # the network's own run: its curves go, the network stays
            self.curves.end_live(self.session.history)

    # --- the session's signals ------------------------------------------------------------------------------
    @Slot(object)
    def _on_session_progressed(self, batch) -> None:
        if batch.weights is not None:
            self.network_page.offer_weights(batch.weights)
        self._dirty = True

    @Slot(object, object)
    def _on_session_finished(self, result, run) -> None:
        self._show_network(result.network)
        self._redraw()
        lr = run.config.learning_rate
        text = self.tr(tr_.FINISHED.get(result.status, "{0} {1}")).format(run.iterations_done, run.elapsed_s, lr)
        self.result_label.setText(text)
        if result.status == "completed" and not tr_.learned(self.session.history.loss_curve()[1]):
            self._refuse(self.tr(tr_.DID_NOT_LEARN).format(lr))  # the status bar keeps the why, said once
        else:  # a diverged run's message is its error, said once
            self._refuse(text) if result.status == "diverged" else self.report(text)
        self.training_finished.emit(result)

    @Slot(object, bool)
    def _on_session_evaluated(self, evaluation, loaded: bool) -> None:
        accuracy = self.tr("Final accuracy: train {0:.2%}, test {1:.2%}").format(evaluation.train_acc,
                                                                                 evaluation.test_acc)
        if loaded:  # this replaces "measuring their accuracy..."
            hidden = self.session.network.params["W1"].shape[1]
            self.result_label.setText(self.tr("Weights loaded ({0} hidden units).").format(hidden) + "\n" + accuracy)
        else:
            self.curves.set_final_accuracy(self.session.run.run_id, evaluation.train_acc, evaluation.test_acc)
            self.result_label.setText(self.result_label.text() + "\n" + accuracy)
        self.mistakes_page.set_evaluation(evaluation)

    @Slot(str)
    def _on_session_errored(self, message: str) -> None:
        self._refuse(self.tr("Could not finish: {0}").format(message))
        if self.session.pending is None:  # loaded weights: not "measuring their accuracy..." for ever
            self.result_label.clear()

    @Slot()
    def _on_session_paused(self) -> None:
        self._redraw()  # every batch before the pause has arrived: show exactly where it holds
        self.report(self.tr("Training paused."))

    @Slot()
    def _on_session_ended(self) -> None:
        self._redraw_timer.stop()
        self._redraw()
        self.curves.end_live(self.session.history)
        self._update_buttons()

    # --- drawing ------------------------------------------------------------------------------------------
    @Slot()
    def _on_redraw_timer_timeout(self) -> None:
        if self._dirty:
            self._redraw()
        self.network_page.flush()  # the weight maps: only while their page is on screen

    def _redraw(self) -> None:
        self._dirty = False
        self.curves.draw_live(self.session.history)
        self.panel.show_progress(self.session.history, self.session.training)

    # --- the tab contract ----------------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        self.panel.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        self.panel.restore_state(settings)

    def export_view(self):
        self._redraw()  # the loss and accuracy plots, up to date, as one picture
        return self.plots

    def csv_rows(self) -> list[list]:
        """The current run's losses and epoch accuracies, or with none every kept run ("Export all runs")."""
        history = self.session.history
        return history.csv_rows() if history.iterations_done else self.curves.runs_csv_rows()

    def show_demo_state(self, timeout_s: float = 120.0) -> None:
        """Run a short real training (1200 iterations on 6000 images) and return when it has finished."""
        self.shutdown()
        self.start_training(TrainConfig(**DEMO_CONFIG))
        self.wait_until_idle(timeout_s)
        QCoreApplication.processEvents()  # apply the layout changes the last results asked for

    def wait_until_idle(self, timeout_s: float) -> bool:
        return self.session.wait_until_idle(timeout_s)  # True once the worker has ended

    def save_weights(self, path: str) -> None:
        """Write the current network's parameters to an ``.npz`` file (``RuntimeError`` without one)."""
        if self.session.network is None:
            raise RuntimeError(self.tr(tr_.NO_NETWORK))
        self.session.network.save_npz(path)

    def load_weights(self, path: str) -> None:
        """Load an ``.npz`` network (the core refuses anything but 784-H-10 with its reason), then show its
        accuracy and mistakes."""
        if self.is_running():
            raise RuntimeError(self.tr("Stop the training before loading weights."))
        network = TwoLayerNet.load_npz(path)
        config = self.config()
        self.session.load(network, config.train_size, config.test_size)
        self.curves.forget_current()
        self.curves.end_live(self.session.history)
        self._show_network(network)
        self.form.boxes["hidden_size"].setValue(network.params["W1"].shape[1])
        self.panel.hide_error()
        self.result_label.setText(self.tr("Weights loaded; measuring their accuracy..."))
        self.mistakes_page.set_evaluation(None)
        self._update_buttons()
