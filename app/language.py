"""Which language ScratchNN speaks: the remembered choice, the translations it loads, and the restart.

The choice lives in QSettings under ``window/language`` ("system", "en", "ko", "ja", "zh_CN"). At start-up
:func:`install_translations` loads ScratchNN's ``.qm`` and Qt's own (``qtbase_ja`` ...) for it; "system"
follows the desktop's languages (``QLocale.system()``), as before the choice existed. A new choice takes
effect when the app starts again: the window offers to restart (:func:`restart_application`).
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QProcess, QSettings, QTranslator

from app.resources import translations_dir
from app.settings import LANGUAGE_KEY, read_setting
from scratchnn_core.messages import MessageError

SYSTEM = "system"
# (code, the language's name in itself). The names are never translated: a reader finds their own.
LANGUAGES = (("en", "English"), ("ko", "한국어"), ("ja", "日本語"), ("zh_CN", "中文"))
CHOICES = (SYSTEM,) + tuple(code for code, _ in LANGUAGES)
NATIVE_NAMES = dict(LANGUAGES)
APP_CATALOG, QT_CATALOG = "scratchnn", "qtbase"


def chosen_language(settings: QSettings) -> str:
    """The remembered choice (one of :data:`CHOICES`); "system" when none or an unknown one is stored."""
    return read_setting(settings, LANGUAGE_KEY, SYSTEM, lambda code: code in CHOICES)


def remember_language(settings: QSettings, choice: str) -> None:
    """Store ``choice`` and write it to disk at once (a restart may follow immediately)."""
    if choice not in CHOICES:
        raise ValueError(f"unknown language {choice!r}; expected one of {CHOICES}")
    settings.setValue(LANGUAGE_KEY, choice)
    settings.sync()


def locale_for(choice: str) -> QLocale:
    """The locale whose translations ``choice`` loads: the system's for "system"."""
    return QLocale.system() if choice == SYSTEM else QLocale(choice)


def _load(locale: QLocale, catalog: str, folder: str) -> QTranslator | None:
    translator = QTranslator()
    # Tries each of the locale's UI languages in turn (ja_JP, ja; zh_Hans_CN, zh_CN ...), as Qt documents.
    return translator if translator.load(locale, catalog, "_", folder) else None


def effective_language(choice: str) -> str:
    """The code ("en", "ko", "ja", "zh_CN") of the ScratchNN translation that ``choice`` shows."""
    if choice == "en":
        return "en"
    translator = _load(locale_for(choice), APP_CATALOG, str(translations_dir()))
    if translator is None:
        return "en"
    return Path(translator.filePath()).stem.removeprefix(f"{APP_CATALOG}_")


def install_translations(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Install ScratchNN's and Qt's translations for ``choice``; returns them (keep them alive).

    English is the source language: choosing it installs nothing, even on a Korean desktop.
    """
    if choice == "en":
        return []
    locale = locale_for(choice)
    installed = []
    for catalog, folder in ((APP_CATALOG, str(translations_dir())),
                            (QT_CATALOG, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = _load(locale, catalog, folder)
        if translator is not None and app.installTranslator(translator):
            installed.append(translator)
    return installed


def message_text(error: BaseException) -> str:
    """``error`` as the learner reads it: a template error (the core's, the parser's, a tab's input error) in
    the installed language, anything else its own ``str()``."""
    if isinstance(error, MessageError):
        return error.translated(QCoreApplication.translate)
    return str(error)


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translations` (tests)."""
    for translator in translators:
        app.removeTranslator(translator)


def restart_command() -> tuple[str, list[str]]:
    """How to start this ScratchNN again: the bundle's executable, or this Python with ``-m app``."""
    if getattr(sys, "frozen", False):  # PyInstaller: the executable is the app
        return sys.executable, []
    return sys.executable, ["-m", "app"]


def restart_application() -> bool:
    """Start a new ScratchNN process; False when it could not start.

    The caller saves the settings first (the new process reads them) and then closes the window, which
    ends this process.
    """
    program, args = restart_command()
    started, _pid = QProcess.startDetached(program, args)
    return bool(started)
