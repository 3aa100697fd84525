"""Where ScratchNN remembers things between runs (QSettings): names, window geometry, one group per tab."""
from __future__ import annotations

import logging
import math
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

ORGANIZATION = "ScratchNN"
APPLICATION = "ScratchNN"

GEOMETRY_KEY = "window/geometry"
CURRENT_TAB_KEY = "window/current_tab"
LAST_DIR_KEY = "window/last_dir"
LANGUAGE_KEY = "window/language"  # app.language: "system", "en", "ko", "ja", "zh_CN"
HELP_VISIBLE_KEY = "window/help_visible"
DATA_DIR_VARIABLE = "SCRATCHNN_DATA_DIR"

_log = logging.getLogger(__name__)


def configure_application(app: QCoreApplication, version: str) -> None:
    """Set the names QSettings uses to find the per-user settings file (and the window system shows)."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(version)
    if hasattr(app, "setDesktopFileName"):  # lets Wayland docks match the window to scratchnn.desktop
        app.setDesktopFileName("scratchnn")


def open_settings(path: str | Path | None = None) -> QSettings:
    """The user's settings, or an ini file at ``path`` (tests, ``--self-test`` and ``--screenshot``)."""
    if path is None:
        return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
    return QSettings(str(path), QSettings.Format.IniFormat)


def data_dir() -> Path:
    """The folder for ScratchNN's own files (the run history): ``$SCRATCHNN_DATA_DIR`` when set (tests,
    ``--self-test`` and ``--screenshot`` point it at a temporary folder), else the user's data directory
    (``QStandardPaths.AppDataLocation``, e.g. ``~/.local/share/ScratchNN/ScratchNN``)."""
    folder = os.environ.get(DATA_DIR_VARIABLE) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder)


def last_dir(settings: QSettings, filename: str) -> str:
    """``filename`` in the folder of the last file the user chose (the home folder at first)."""
    folder = settings.value(LAST_DIR_KEY, str(Path.home()))
    return str(Path(str(folder)) / filename)


def remember_dir(settings: QSettings, path: str) -> None:
    """Remember the folder of ``path`` for the next file dialog."""
    settings.setValue(LAST_DIR_KEY, str(Path(path).parent))


def ask_save_path(parent: QWidget, settings: QSettings, caption: str, filename: str, file_filter: str,
                  suffix: str) -> str | None:
    """A save dialog opening in the last folder used; the chosen path (``suffix`` added) or None."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, last_dir(settings, filename), file_filter)
    if not path:
        return None
    if not path.lower().endswith(suffix):
        path += suffix
    remember_dir(settings, path)
    return path


def save_geometry(settings: QSettings, window: QWidget) -> None:
    """Store the window's size, position and maximized/full-screen state."""
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())


def restore_geometry(settings: QSettings, window: QWidget) -> bool:
    """Restore what :func:`save_geometry` stored; ``False`` (and nothing changed) when absent or unreadable."""
    value = settings.value(GEOMETRY_KEY)
    if not isinstance(value, (QByteArray, bytes)):
        return False
    return bool(window.restoreGeometry(QByteArray(value)))


def fit_on_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so it lies inside its screen's available area (a geometry saved on a big
    monitor, or the default size, must not open larger than a 1024x600 screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()  # title bar, borders
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 1), max(height, 1))
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() - frame.width() + 1)
    y = min(max(frame.y(), area.top()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def read_setting(settings: QSettings, key: str, default, valid: Callable[[object], bool] | None = None):
    """The value stored under ``key`` as the type of ``default``, or ``default`` when there is none.

    Ini files give strings back and a hand-edited or old file may hold anything: a value that does not
    read as that type (``int("1e999")``, ``float("abc")``, a 30-digit int overflowing a spin box), is not
    finite, or fails ``valid`` is replaced by ``default`` for this key only, with a log line saying so.
    """
    raw = settings.value(key)
    if raw is None:
        return default
    kind = type(default)
    try:
        if kind is bool:
            value = raw if isinstance(raw, bool) else str(raw).strip().lower() in ("1", "true", "yes")
        elif kind is int:
            number = float(raw) if isinstance(raw, str) and not raw.strip().lstrip("+-").isdigit() else raw
            value = int(number)
            if float(value) != float(number):
                raise ValueError("not a whole number")
        else:
            value = kind(raw)
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError("not finite")
        if valid is not None and not valid(value):
            raise ValueError("out of range")
    except (TypeError, ValueError, OverflowError) as error:
        _log.warning("settings: ignoring %s=%r (%s); using %r", _full_key(settings, key), raw, error, default)
        return default
    return value


def _full_key(settings: QSettings, key: str) -> str:
    group = settings.group()
    return f"{group}/{key}" if group else key


@contextmanager
def settings_group(settings: QSettings, name: str) -> Iterator[QSettings]:
    """``with settings_group(s, "tabs/loss") as g:`` -- keys inside land under that group, always closed."""
    settings.beginGroup(name)
    try:
        yield settings
    finally:
        settings.endGroup()


def tab_group(key: str) -> str:
    """The group that holds one tab's remembered inputs, e.g. ``tabs/training``."""
    return f"tabs/{key}"
