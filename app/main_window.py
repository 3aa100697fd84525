"""The ScratchNN window: assembles the tabs, menus (app/menus.py), help dock, status bar and remembered state.

Nothing here computes; every action forwards to a tab through the tab contract in docs/architecture.md.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from app import settings as st
from app.about import AboutDialog
from app.help_dock import HelpDock
from app.language import message_text
from app.menus import build_menus
from app.mnist_dialog import export_for_the_book
from app.resources import app_icon
from app.tabs.gradient_tab import GradientTab
from app.tabs.loss_tab import LossTab
from app.tabs.network_tab import NetworkTab
from app.tabs.tangent_tab import TangentTab
from app.tabs.training_tab import TrainingTab

_log = logging.getLogger(__name__)

# (stable key, class) in the book's order: 4.2, 4.3, 4.4, 4.4.2, 4.5. The key names the settings group and
# the --screenshot file; it is never shown, so it is not translated.
TAB_CLASSES = (
    ("loss", LossTab),
    ("tangent", TangentTab),
    ("gradient", GradientTab),
    ("network", NetworkTab),
    ("training", TrainingTab),
)

DEFAULT_SIZE = (1200, 800)


def create_tabs() -> list[tuple[str, QWidget]]:
    """One instance of every tab, with its key."""
    return [(key, tab_class()) for key, tab_class in TAB_CLASSES]


class MainWindow(QMainWindow):
    """Tabs, menus, status bar; remembers geometry, current tab and each tab's inputs in ``settings``.

    Parameters
    ----------
    settings : QSettings, optional
        Where state is read now and written on close; the user's settings file by default.
    tabs : sequence of (key, QWidget), optional
        The tabs (each following the tab contract); the five real tabs by default.
    """

    def __init__(self, settings: QSettings | None = None,
                 tabs: Sequence[tuple[str, QWidget]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else st.open_settings()
        self._tabs: list[tuple[str, QWidget]] = list(tabs) if tabs is not None else create_tabs()
        self._last_status: dict[str, str] = {}
        self._shut_down = False
        self._about_dialog: AboutDialog | None = None

        self.setWindowTitle("ScratchNN")
        self.setWindowIcon(app_icon())
        self.tab_widget = QTabWidget()
        self.tab_widget.setDocumentMode(True)
        for key, tab in self._tabs:
            self.tab_widget.addTab(tab, tab.title())
            tab.status_message.connect(partial(self._on_tab_status_message, key))
        self.setCentralWidget(self.tab_widget)
        self.help_dock = HelpDock(self.tab, self)  # F1: the current tab's idea, formula and experiments
        self.tab_widget.setCornerWidget(self.help_dock.corner_button(), Qt.Corner.TopRightCorner)
        build_menus(self)  # app/menus.py: File, View (tabs, full screen, Language), Help
        self.statusBar()
        self.tab_widget.currentChanged.connect(self._on_tab_widget_current_changed)
        self.restore_settings()
        self._on_tab_widget_current_changed(self.tab_widget.currentIndex())
        if (loss := self.tab("loss")) is not None and hasattr(training := self.tab("training"), "probabilities_sent"):
            training.probabilities_sent.connect(loss.set_probabilities)  # "Send to loss functions"
            training.probabilities_sent.connect(lambda *_: self.show_tab("loss"))  # then show them there

    # -- lookup -------------------------------------------------------------------------------------
    def tab(self, key: str) -> QWidget | None:
        """The tab registered under ``key`` ("loss", "tangent", "gradient", "network", "training"), or None."""
        return next((tab for k, tab in self._tabs if k == key), None)

    def tab_keys(self) -> list[str]:
        """Keys of the tabs in display order."""
        return [key for key, _ in self._tabs]

    def current_key(self) -> str:
        """Key of the tab being shown."""
        return self._tabs[self.tab_widget.currentIndex()][0]

    def show_tab(self, key: str) -> None:
        """Bring the tab ``key`` to the front."""
        self.tab_widget.setCurrentIndex(self.tab_keys().index(key))

    # -- settings ------------------------------------------------------------------------------------
    def restore_settings(self) -> None:
        """Geometry, current tab and each tab's inputs; a bad stored value is logged and skipped."""
        if not st.restore_geometry(self.settings, self):
            self.resize(*DEFAULT_SIZE)
        self.help_dock.restore_state(self.settings)
        st.fit_on_screen(self)
        self.tab_widget.setCurrentIndex(st.read_setting(self.settings, st.CURRENT_TAB_KEY, 0,
                                                         lambda i: 0 <= i < self.tab_widget.count()))
        for key, tab in self._tabs:
            with st.settings_group(self.settings, st.tab_group(key)):
                try:
                    tab.restore_state(self.settings)
                except Exception:  # a hand-edited or old settings file must not stop the app
                    _log.warning("could not restore the %s tab's settings", key, exc_info=True)

    def save_settings(self) -> None:
        """Write geometry, current tab and every tab's inputs, then flush to disk."""
        st.save_geometry(self.settings, self)
        self.help_dock.save_state(self.settings)
        self.settings.setValue(st.CURRENT_TAB_KEY, self.tab_widget.currentIndex())
        for key, tab in self._tabs:
            with st.settings_group(self.settings, st.tab_group(key)):
                try:
                    tab.save_state(self.settings)
                except Exception:
                    _log.warning("could not save the %s tab's settings", key, exc_info=True)
        self.settings.sync()

    def shutdown_tabs(self) -> None:
        """Stop every tab's timers and threads (joins them); safe to call more than once."""
        if self._shut_down:
            return
        self._shut_down = True
        for key, tab in self._tabs:
            try:
                tab.shutdown()
            except Exception:
                _log.exception("the %s tab did not shut down cleanly", key)

    def confirm_close(self, warnings: list[str]) -> bool:
        """Ask whether to quit anyway, given what the tabs' ``close_warning`` said (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Quit ScratchNN?"), "\n\n".join(warnings))
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._shut_down:
            warnings = [w for _key, tab in self._tabs if (w := getattr(tab, "close_warning", lambda: None)())]
            if warnings and not self.confirm_close(warnings):
                return event.ignore()  # the user chose to stay
            try:
                self.save_settings()
            except Exception:
                _log.exception("could not save the settings")
            self.shutdown_tabs()
        event.accept()

    # -- status bar ----------------------------------------------------------------------------------
    def _on_tab_status_message(self, key: str, text: str) -> None:
        # Each tab keeps its own last message; only the visible tab's reaches the status bar.
        self._last_status[key] = text
        if self._tabs and key == self.current_key():
            self.statusBar().showMessage(text)

    @Slot(int)
    def _on_tab_widget_current_changed(self, index: int) -> None:
        if 0 <= index < len(self._tabs):
            self.tab_actions[index].setChecked(True)
            self.help_dock.show_key(self._tabs[index][0])
            self.statusBar().showMessage(self._last_status.get(self._tabs[index][0], ""))

    # -- file dialogs --------------------------------------------------------------------------------
    def _ask_save_path(self, caption: str, filename: str, file_filter: str, suffix: str) -> str | None:
        return st.ask_save_path(self, self.settings, caption, filename, file_filter, suffix)

    def _show_error(self, title: str, text: str, error: BaseException) -> None:
        _log.warning("%s: %s", title, error)
        QMessageBox.warning(self, title, f"{text}\n\n{message_text(error)}")  # a core error: translated

    @Slot()
    def _on_save_weights_triggered(self) -> None:
        training = self.tab("training")
        if not getattr(training, "has_network", lambda: True)():  # say so before asking for a file name
            return QMessageBox.information(self, self.tr("Save weights"), self.tr(
                "There is no network to save yet: train one on the MNIST training tab or load weights first."))
        path = self._ask_save_path(self.tr("Save weights"), "scratchnn_weights.npz",
                                   self.tr("NumPy weights (*.npz)"), ".npz")
        if training is None or path is None:
            return
        try:
            training.save_weights(path)
        except Exception as error:  # nothing trained yet, disk full, no permission ...
            self._show_error(self.tr("Save weights"), self.tr("Could not save the weights to {path}.")
                             .format(path=path), error)
            return
        self.statusBar().showMessage(self.tr("Weights saved to {path}").format(path=path))

    @Slot()
    def _on_load_weights_triggered(self) -> None:
        training = self.tab("training")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load weights"), st.last_dir(self.settings, ""),
                                              self.tr("NumPy weights (*.npz);;All files (*)"))
        if training is None or not path:
            return
        st.remember_dir(self.settings, path)
        try:
            training.load_weights(path)
        except Exception as error:  # not an npz, wrong shapes, unreadable ...
            self._show_error(self.tr("Load weights"), self.tr("Could not load weights from {path}.")
                             .format(path=path), error)
            return
        self.show_tab("training")
        self.statusBar().showMessage(self.tr("Weights loaded from {path}").format(path=path))

    @Slot()
    def _on_export_mnist_triggered(self) -> None:
        written = export_for_the_book(self, st.last_dir(self.settings, ""))
        if written:
            st.remember_dir(self.settings, str(written[0]))
            self.statusBar().showMessage(self.tr("MNIST exported to {folder}").format(folder=written[0].parent))

    def _export(self, kind: str, *_checked) -> None:
        key, tab = self._tabs[self.tab_widget.currentIndex()]
        if kind == "png":
            path = self._ask_save_path(self.tr("Export plot as PNG"), f"scratchnn_{key}.png",
                                       self.tr("PNG images (*.png)"), ".png")
        else:
            path = self._ask_save_path(self.tr("Export data as CSV"), f"scratchnn_{key}.csv",
                                       self.tr("CSV files (*.csv)"), ".csv")
        if path is None:
            return
        try:
            tab.export_png(path) if kind == "png" else tab.export_csv(path)
        except Exception as error:
            self._show_error(self.tr("Export"), self.tr("Could not export to {path}.").format(path=path), error)
            return
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=path))

    # -- view and help -------------------------------------------------------------------------------
    @Slot(bool)
    def _on_full_screen_toggled(self, checked: bool) -> None:
        self.showFullScreen() if checked else self.showNormal()

    @Slot(QAction)
    def _on_tab_action_group_triggered(self, action: QAction) -> None:
        self.tab_widget.setCurrentIndex(int(action.data()))

    @Slot()
    def show_about(self) -> AboutDialog:
        """Open the About dialog (window-modal, not blocking) and return it."""
        if self._about_dialog is None:
            self._about_dialog = AboutDialog(self)
        self._about_dialog.open()
        return self._about_dialog

    @Slot()
    def _on_about_qt_triggered(self) -> None:
        QMessageBox.aboutQt(self, self.tr("About Qt"))
