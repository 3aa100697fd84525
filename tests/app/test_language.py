"""View > Language (issue 13): the choice is remembered, loaded at start-up (ScratchNN's and Qt's own
translations), and a change offers a restart that tests replace with a recorder."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import language
from app.main_window import MainWindow
from app.settings import LANGUAGE_KEY
from tests.app.test_main_window import FakeTab

ROOT = Path(__file__).resolve().parents[2]
FILE_MENU = {"en": "&File", "ko": "파일(&F)", "ja": "ファイル(&F)", "zh_CN": "文件(&F)"}


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _window(qtbot, settings) -> MainWindow:
    window = MainWindow(settings=settings, tabs=[("loss", FakeTab("Loss")), ("tangent", FakeTab("Tangent"))])
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("choice", ["en", "ko", "ja", "zh_CN"])
def test_the_loader_installs_the_chosen_translations(qapp, choice):
    translators = language.install_translations(qapp, choice)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == FILE_MENU[choice]
        files = sorted(Path(t.filePath()).name for t in translators)
        assert files == ([] if choice == "en" else [f"qtbase_{choice}.qm", f"scratchnn_{choice}.qm"])
        assert language.effective_language(choice) == choice
    finally:
        language.remove_translations(qapp, translators)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_choice_reads_back_and_anything_unknown_means_system(settings):
    assert language.chosen_language(settings) == "system"
    language.remember_language(settings, "zh_CN")
    assert QSettings(settings.fileName(), QSettings.Format.IniFormat).value(LANGUAGE_KEY) == "zh_CN"  # on disk
    assert language.chosen_language(settings) == "zh_CN"
    settings.setValue(LANGUAGE_KEY, "klingon")
    assert language.chosen_language(settings) == "system"
    with pytest.raises(ValueError):
        language.remember_language(settings, "fr")


def test_the_menu_lists_each_language_in_its_own_name_checkable_and_exclusive(qtbot, settings):
    window = _window(qtbot, settings)
    menu = window.language_menu
    names = [action.text() for action in menu.menu.actions()]
    assert names[1:] == ["English", "한국어", "日本語", "中文"]
    assert names[0].startswith("System (") and names[0][8:-1] in language.NATIVE_NAMES.values()
    assert all(action.isCheckable() for action in menu.menu.actions()) and menu.group.isExclusive()
    assert menu.actions["system"].isChecked()


def test_a_new_choice_is_remembered_and_later_says_when_it_applies(qtbot, settings):
    window = _window(qtbot, settings)
    menu = window.language_menu
    asked = []
    menu.ask_restart = lambda name: asked.append(name) or False
    menu.restart = lambda: pytest.fail("no restart after Later")
    menu.running = "en"
    menu.actions["ja"].trigger()  # as a click in the menu does
    assert asked == ["日本語"]
    assert settings.value(LANGUAGE_KEY) == "ja"
    assert "日本語" in window.statusBar().currentMessage() and "next time" in window.statusBar().currentMessage()
    assert "shutdown" not in window.tab("loss").calls  # Later closes nothing
    window.close()
    again = _window(qtbot, settings)
    assert again.language_menu.actions["ja"].isChecked()
    assert again.language_menu.running == "ja"  # what a new start loads
    again.close()


def test_restart_now_saves_the_window_restarts_and_closes(qtbot, settings):
    window = _window(qtbot, settings)
    window.show()
    qtbot.waitExposed(window)
    menu = window.language_menu
    menu.running = "en"
    restarts = []
    menu.ask_restart = lambda name: True
    menu.restart = lambda: restarts.append(settings.value(LANGUAGE_KEY)) or True
    window.tab("loss").value = "typed before the switch"
    assert menu.choose("ko") == "restarting"
    assert restarts == ["ko"]  # the new process finds the choice already written
    assert not window.isVisible() and "shutdown" in window.tab("loss").calls
    assert QSettings(settings.fileName(), QSettings.Format.IniFormat).value("tabs/loss/value") == \
        "typed before the switch"


def test_a_failed_restart_keeps_the_window_and_says_so(qtbot, settings, monkeypatch):
    window = _window(qtbot, settings)
    menu = window.language_menu
    menu.running = "en"
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    menu.ask_restart = lambda name: True
    menu.restart = lambda: False
    assert menu.choose("zh_CN") == "failed"
    assert "中文" in warnings[0] and settings.value(LANGUAGE_KEY) == "zh_CN"
    assert "shutdown" not in window.tab("loss").calls
    window.close()


def test_choosing_the_running_language_asks_nothing(qtbot, settings):
    window = _window(qtbot, settings)
    menu = window.language_menu
    menu.running = "ko"
    menu.ask_restart = lambda name: pytest.fail("no question when nothing changes")
    assert menu.choose("ko") == "unchanged"
    assert "한국어" in window.statusBar().currentMessage()
    window.close()


@pytest.mark.parametrize("button, answer", [("Restart now", True), ("Later", False)])
def test_the_restart_question_has_restart_now_and_later(qtbot, settings, button, answer):
    window = _window(qtbot, settings)
    seen = []

    def press():
        box = QApplication.activeModalWidget()
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, press)
    assert window.language_menu.ask_restart("日本語") is answer
    assert "日本語" in seen[0] and "Restart now?" in seen[0]
    window.close()


def test_restart_command_runs_this_app_again(monkeypatch):
    assert language.restart_command() == (sys.executable, ["-m", "app"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert language.restart_command() == (sys.executable, [])


CHILD = r"""
import json, sys
from PySide6.QtCore import QCoreApplication, QSettings
if sys.argv[1] != "-":
    QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ScratchNN", "ScratchNN").setValue(
        "window/language", sys.argv[1])
from app.__main__ import create_application
create_application()
print(json.dumps([QCoreApplication.translate("MainWindow", "&File"),
                  QCoreApplication.translate("QPlatformTheme", "Cancel")]))
"""


@pytest.mark.parametrize("stored, lang, expected", [("-", "ja_JP.UTF-8", "ファイル(&F)"),
                                                   ("-", "zh_CN.UTF-8", "文件(&F)"),
                                                   ("ko", "ja_JP.UTF-8", "파일(&F)"),
                                                   ("en", "ko_KR.UTF-8", "&File")])
def test_start_up_follows_the_stored_choice_or_the_system(tmp_path, stored, lang, expected):
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), LANG=lang,
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CHILD, stored], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    file_menu, cancel = json.loads(result.stdout.strip().splitlines()[-1])
    assert file_menu == expected
    assert (cancel == "Cancel") == (expected == "&File")  # Qt's own dialogs follow too
