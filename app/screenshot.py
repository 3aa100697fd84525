"""``scratchnn --screenshot DIR``: every tab in its demonstration state, one PNG of the whole window each."""
from __future__ import annotations

import logging
import os
import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

SHOT_SIZE = (1200, 800)


def debugging() -> bool:
    """Tracebacks are for developers: shown only with SCRATCHNN_DEBUG=1 in the environment."""
    return os.environ.get("SCRATCHNN_DEBUG", "") not in ("", "0")


class _OneLineFormatter(logging.Formatter):
    """Log records without their tracebacks: an unattended run reports reasons, not stack dumps."""

    def format(self, record: logging.LogRecord) -> str:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += f": {type(record.exc_info[1]).__name__}: {record.exc_info[1]}"
        return f"{record.levelname} {record.name}: {text}"


def _on_qt_message(mode, context, message: str) -> None:
    # The offscreen platform warns about every top-level window it cannot resize-hint; that is not news.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def quiet_unattended_output() -> None:
    """For --self-test and --screenshot: one-line log records and no known-harmless Qt warnings.

    With SCRATCHNN_DEBUG=1 nothing is filtered.
    """
    if debugging():
        return
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(_on_qt_message)
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING)
    for handler in logging.getLogger().handlers:
        handler.setFormatter(_OneLineFormatter())


def wait_ms(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds (layouts settle, pyqtgraph's deferred redraws happen)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class ErrorCollector:
    """A sys.excepthook for unattended runs: remember errors raised in Qt slots instead of opening a dialog."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self._previous = None

    def __enter__(self) -> "ErrorCollector":
        self._previous, sys.excepthook = sys.excepthook, self._hook
        return self

    def __exit__(self, *exc_info) -> None:
        sys.excepthook = self._previous

    def _hook(self, exc_type, exc, tb) -> None:
        self.errors.append(f"{exc_type.__name__}: {exc}")
        if debugging():
            traceback.print_exception(exc_type, exc, tb, file=sys.stderr)


def take_screenshots(app: QApplication, out_dir: Path) -> int:
    """Save ``out_dir/<n>_<key>.png`` for every tab (1_loss.png ...); 0 when all were written, else 1."""
    from app.main_window import MainWindow
    from app.settings import open_settings

    quiet_unattended_output()
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"cannot create {out_dir}: {error}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp, ErrorCollector() as collector:
        os.environ["SCRATCHNN_DATA_DIR"] = tmp  # app.settings.data_dir: the user's run history stays out
        # A throwaway settings file: screenshots look the same whatever the user last did.
        window = MainWindow(settings=open_settings(Path(tmp) / "settings.ini"))
        try:
            window.resize(*SHOT_SIZE)
            window.show()
            wait_ms(50)
            for number, key in enumerate(window.tab_keys(), start=1):
                window.show_tab(key)
                window.tab(key).show_demo_state()
                wait_ms(150)
                path = out_dir / f"{number}_{key}.png"
                if not window.grab().save(str(path), "PNG"):
                    print(f"could not write {path}", file=sys.stderr)
                    return 1
                print(path)
        except Exception as error:  # one readable line; SCRATCHNN_DEBUG=1 adds the traceback
            if debugging():
                traceback.print_exc()
            print(f"screenshot failed: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
        finally:
            window.close()
        if collector.errors:
            print("screenshot failed: errors while rendering: " + "; ".join(collector.errors), file=sys.stderr)
            return 1
    return 0
