"""The help panel as a dock beside the tabs: it follows the current tab and runs its "Try this" experiments.

F1, Help > Help for this tab and the "?" button at the end of the tab bar toggle it (one checkable
action); whether it is open is remembered. The window tells it the current tab's key.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QToolButton, QWidget

from app.help_topics import CONTEXT, Experiment, topic_for
from app.language import message_text
from app.settings import HELP_VISIBLE_KEY, fit_on_screen, read_setting
from app.widgets.help_panel import HelpPanel

_log = logging.getLogger(__name__)
PANEL_WIDTH = 290  # beside a tab's 330-pixel control column, the plots keep ~400 px at 1024x600


class HelpDock(QDockWidget):
    """A closable dock holding a :class:`HelpPanel` in a scroll area.

    Parameters
    ----------
    find_tab : callable
        ``find_tab(key)`` -> the tab widget or None (the window's ``tab``).
    parent : QMainWindow
    """

    def __init__(self, find_tab: Callable[[str], QWidget | None], parent: QMainWindow) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.setObjectName("help_dock")  # lets QMainWindow.saveState name it
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.visibilityChanged.connect(self._on_visibility_changed)
        self._find_tab = find_tab
        self.key: str | None = None
        self.panel = HelpPanel()
        self.panel.experiment_requested.connect(self._on_panel_experiment_requested)
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        self.setWidget(scroll)
        self.setMinimumWidth(190)  # beside the loss tab's 818 pixels on a 1024-pixel screen
        parent.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        parent.resizeDocks([self], [PANEL_WIDTH], Qt.Orientation.Horizontal)
        self.hide()

    def toggle_action(self) -> QAction:
        """The checkable action that shows and hides the panel: F1, "?" on a tool button."""
        action = self.toggleViewAction()
        action.setText(self.tr("&Help for this tab"))
        action.setIconText("?")
        keys = QKeySequence(QKeySequence.StandardKey.HelpContents)
        action.setShortcut(keys if not keys.isEmpty() else QKeySequence("F1"))
        action.setToolTip(self.tr("Help for this tab ({0})").format(
            action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        return action

    def corner_button(self) -> QToolButton:
        """A "?" button for the end of the tab bar, tied to :meth:`toggle_action`."""
        button = QToolButton()
        button.setDefaultAction(self.toggle_action())
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        return button

    def show_key(self, key: str) -> None:
        """Show the topic of the tab ``key``, with a button for each experiment that tab can run."""
        self.key = key
        self.panel.show_topic(topic_for(key), lambda experiment: experiment.available(
            self._find_tab(experiment.tab)))

    def run(self, experiment: Experiment) -> bool:
        """Set its tab up, then say what to look for; a failure is said in words, never raised."""
        tab = self._find_tab(experiment.tab)
        if not experiment.available(tab):
            return False
        try:
            accepted = experiment.setup(tab) is not False
        except Exception as error:  # a tab refusing a value must not crash the window
            _log.warning("help experiment %r failed", experiment.label, exc_info=True)
            self.panel.show_outcome(self.tr("This experiment could not be set up: {0}").format(message_text(error)))
            return False
        if not accepted:
            self.panel.show_outcome(self.tr("The tab cannot start this now; the status bar says why."))
            return False
        self.panel.show_outcome(QCoreApplication.translate(CONTEXT, experiment.look_for))
        # Once the layout has placed the new text: scroll it into view on a short screen.
        QTimer.singleShot(0, self._scroll_to_outcome)
        return True

    def _scroll_to_outcome(self) -> None:
        self._scroll.ensureWidgetVisible(self.panel.outcome_label)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(HELP_VISIBLE_KEY, self.isVisibleTo(self.parentWidget()))

    def restore_state(self, settings: QSettings) -> None:
        self.setVisible(read_setting(settings, HELP_VISIBLE_KEY, False))

    @Slot(object)
    def _on_panel_experiment_requested(self, experiment: Experiment) -> None:
        self.run(experiment)

    @Slot(bool)
    def _on_visibility_changed(self, visible: bool) -> None:
        """Docked beside the widest tab the window would outgrow a small screen (1024 px): float over it."""
        window = self.parentWidget()
        screen = window.screen() if window is not None else None
        if not visible or self.isFloating() or screen is None:
            return
        area = screen.availableGeometry()
        if window.centralWidget().minimumSizeHint().width() + self.minimumWidth() + 16 <= area.width():
            return
        self.setFloating(True)
        # The window grew for the docked panel a moment ago: once its layout has let go, back inside the screen.
        QTimer.singleShot(0, lambda: fit_on_screen(window))
        frame = window.frameGeometry()
        width = min(PANEL_WIDTH, area.width() // 3)
        self.setGeometry(min(frame.right(), area.right()) - width, frame.top() + 60, width,
                         min(frame.height(), area.height()) - 80)
