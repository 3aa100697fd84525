"""Start ScratchNN: ``scratchnn`` / ``python -m app`` [--screenshot DIR | --self-test | --version].

Qt, numpy and the tabs are imported only once we know a window is wanted, so ``--version`` and the
no-display message are instant.
"""
from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import traceback
from pathlib import Path

_log = logging.getLogger("scratchnn")
_translators: list = []  # QTranslator objects must outlive the event loop


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    from app.resources import app_version

    parser = argparse.ArgumentParser(
        prog="scratchnn",
        description="See and touch chapter 4 of 'Deep Learning from Scratch' (loss functions, derivatives, "
                    "gradient descent, a two-layer net learning MNIST).")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--screenshot", metavar="DIR", type=Path,
                      help="render every tab in a demonstration state to DIR/<n>_<tab>.png and exit")
    mode.add_argument("--self-test", action="store_true",
                      help="check this installation end to end without a screen (offscreen) and exit")
    parser.add_argument("--version", action="version", version=f"ScratchNN {app_version()}")
    return parser.parse_args(argv)


def create_application(argv0: str = "scratchnn"):
    """The QApplication with names, icon, translations and pyqtgraph configured (before any widget)."""
    from PySide6.QtWidgets import QApplication

    from app.fonts import install_cjk_fallback
    from app.qt_setup import collect_garbage_in_gui_thread, configure_pyqtgraph
    from app.resources import app_icon, app_version
    from app.settings import configure_application

    app = QApplication.instance() or QApplication([argv0])
    configure_application(app, app_version())
    app.setWindowIcon(app_icon())
    install_cjk_fallback()  # before any widget: Korean/Japanese/Chinese labels on machines without CJK fonts
    _install_translations(app)
    configure_pyqtgraph()
    collect_garbage_in_gui_thread()  # never in a worker thread: PySide would deadlock or crash
    return app


def _install_translations(app) -> None:
    """Load ScratchNN's and Qt's own translations for the language chosen in View > Language (or the system's)."""
    from app.language import chosen_language, install_translations
    from app.settings import open_settings

    _translators.extend(install_translations(app, chosen_language(open_settings())))


def _show_unexpected_error(exc_type, exc, tb) -> None:
    """sys.excepthook for the window: log the traceback, tell the user in words, keep running."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    _log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if getattr(_show_unexpected_error, "busy", False):  # an error while showing an error: log only
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    _show_unexpected_error.busy = True
    try:
        title = QCoreApplication.translate("ScratchNN", "ScratchNN: unexpected error")
        text = QCoreApplication.translate(
            "ScratchNN", "Something went wrong: {error}\n\nScratchNN keeps running. If a tab looks wrong, "
            "restart the app. The details below help a bug report.").format(error=exc or exc_type.__name__)
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                          QApplication.activeWindow())
        box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        box.exec()
    finally:
        _show_unexpected_error.busy = False


def _run_window(app) -> int:
    from PySide6.QtCore import QTimer

    from app.main_window import MainWindow

    window = MainWindow()
    sys.excepthook = _show_unexpected_error
    app.aboutToQuit.connect(window.shutdown_tabs)
    # Ctrl+C in the terminal closes the window properly (settings saved, threads joined). The idle timer
    # gives Python a chance to run the handler while Qt's loop waits.
    signal.signal(signal.SIGINT, lambda *_: QTimer.singleShot(0, window.close))
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(250)
    window.show()
    return app.exec()


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``scratchnn`` and ``python -m app``; returns the process exit code."""
    args = _parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from app.display_check import NO_DISPLAY_MESSAGE, has_display, use_offscreen_if_headless

    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # never a visible window, even on a desktop
        from app.self_test import run_self_test

        return run_self_test(create_application)
    if args.screenshot is not None:
        use_offscreen_if_headless()  # on a desktop the real platform renders; without one, offscreen
        from app.screenshot import take_screenshots

        return take_screenshots(create_application(), args.screenshot)
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 1
    return _run_window(create_application())


if __name__ == "__main__":
    sys.exit(main())
