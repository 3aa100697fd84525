"""The main window's menus: File, View (the tabs, full screen, Language) and Help (this tab's help, About).

Part of the window: :func:`build_menus` connects MainWindow's own slots and leaves every action on the
window as an attribute, as before it moved here (main_window.py stays an assembly under 300 lines). Its
texts keep the "MainWindow" context; the language menu is a small object with its own.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from app.language import (LANGUAGES, NATIVE_NAMES, SYSTEM, chosen_language, effective_language,
                          remember_language, restart_application)


def _action(window: QMainWindow, text: str, slot, shortcut=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def build_menus(window) -> None:
    """File, View and Help for ``window`` (a MainWindow with its tabs, ``help_dock`` and slots)."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.save_weights_action = _action(window, QCoreApplication.translate("MainWindow", "&Save weights…"),
                                         window._on_save_weights_triggered, QKeySequence.StandardKey.Save)
    window.load_weights_action = _action(window, QCoreApplication.translate("MainWindow", "&Load weights…"),
                                         window._on_load_weights_triggered, QKeySequence.StandardKey.Open)
    window.export_png_action = _action(window, QCoreApplication.translate("MainWindow", "Export plot as &PNG…"),
                                       partial(window._export, "png"), "Ctrl+E")
    window.export_csv_action = _action(window, QCoreApplication.translate("MainWindow", "Export data as &CSV…"),
                                       partial(window._export, "csv"), "Ctrl+Shift+E")
    window.export_mnist_action = _action(window, QCoreApplication.translate(
        "MainWindow", "Export &MNIST for the book's code…"), window._on_export_mnist_triggered)
    window.quit_action = _action(window, QCoreApplication.translate("MainWindow", "&Quit"), window.close,
                                 QKeySequence.StandardKey.Quit)
    has_training = window.tab("training") is not None
    window.save_weights_action.setEnabled(has_training)
    window.load_weights_action.setEnabled(has_training)
    file_menu.addActions([window.save_weights_action, window.load_weights_action])
    file_menu.addSeparator()
    file_menu.addActions([window.export_png_action, window.export_csv_action])
    file_menu.addSeparator()
    file_menu.addAction(window.export_mnist_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    # One checkable action per tab in an exclusive group: the menu shows which tab is up.
    window.tab_action_group = QActionGroup(window)
    window.tab_action_group.setExclusive(True)
    window.tab_actions = []
    for index, key in enumerate(window.tab_keys()):
        action = QAction(window.tab(key).title(), window.tab_action_group)
        action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.setCheckable(True)
        action.setData(index)
        window.tab_actions.append(action)
        view_menu.addAction(action)
    window.tab_action_group.triggered.connect(window._on_tab_action_group_triggered)
    view_menu.addSeparator()
    full_screen = QKeySequence(QKeySequence.StandardKey.FullScreen)
    window.full_screen_action = _action(window, QCoreApplication.translate("MainWindow", "&Full screen"),
                                        window._on_full_screen_toggled,
                                        full_screen if not full_screen.isEmpty() else "F11")
    window.full_screen_action.setCheckable(True)
    view_menu.addAction(window.full_screen_action)
    view_menu.addSeparator()
    window.language_menu = LanguageMenu(window, view_menu)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    window.help_action = window.help_dock.toggle_action()
    window.about_action = _action(window, QCoreApplication.translate("MainWindow", "&About ScratchNN"),
                                  window.show_about)
    window.about_qt_action = _action(window, QCoreApplication.translate("MainWindow", "About &Qt"),
                                     window._on_about_qt_triggered)
    help_menu.addAction(window.help_action)
    help_menu.addSeparator()
    help_menu.addActions([window.about_action, window.about_qt_action])


class LanguageMenu(QObject):
    """View > Language: System and each translation in its own language; a change offers a restart.

    ``restart`` (start ScratchNN again; True when it started) and ``ask_restart`` (the "Restart now" /
    "Later" question; True for now) are attributes so tests can replace them without processes or dialogs.
    """

    def __init__(self, window, view_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self.restart = restart_application
        self.ask_restart = self._ask_restart
        chosen = chosen_language(window.settings)
        self.running = effective_language(chosen)  # what this process shows; changes need a new start
        self.menu = view_menu.addMenu(self.tr("&Language"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        system = self.tr("System ({language})").format(language=NATIVE_NAMES[effective_language(SYSTEM)])
        for code, name in ((SYSTEM, system), *LANGUAGES):
            action = QAction(name, self.group)
            action.setCheckable(True)
            action.setData(code)
            self.actions[code] = action
            self.menu.addAction(action)
        self.actions[chosen].setChecked(True)
        self.group.triggered.connect(self._on_group_triggered)

    def choose(self, choice: str) -> str:
        """Remember ``choice`` and apply it: "unchanged", "later", "restarting" or "failed"."""
        window = self._window
        remember_language(window.settings, choice)
        self.actions[choice].setChecked(True)
        language = effective_language(choice)
        name = NATIVE_NAMES[language]
        if language == self.running:
            window.statusBar().showMessage(self.tr("ScratchNN already shows {language}.").format(language=name))
            return "unchanged"
        if not self.ask_restart(name):
            window.statusBar().showMessage(self.tr("ScratchNN will show {language} the next time it starts.")
                                           .format(language=name))
            return "later"
        window.save_settings()
        if not self.restart():
            QMessageBox.warning(window, self.tr("Language"), self.tr(
                "ScratchNN could not start again by itself. Your choice is saved: quit and start ScratchNN "
                "to see {language}.").format(language=name))
            return "failed"
        window.close()  # settings saved, threads joined; the last window closing ends this process
        return "restarting"

    def _ask_restart(self, language: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Language"), self.tr(
            "ScratchNN shows {language} after a restart. Restart now? The window and every tab's inputs "
            "are kept.").format(language=language), QMessageBox.StandardButton.NoButton, self._window)
        now = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.exec()
        return box.clickedButton() is now

    @Slot(QAction)
    def _on_group_triggered(self, action: QAction) -> None:
        self.choose(str(action.data()))
