"""Entry script of the frozen app: the same ``main()`` as ``scratchnn`` and ``python -m app``.

PyInstaller runs its entry file as ``__main__``; going through the package keeps ``app.__main__``
importable under its real name, so ``app``'s imports behave exactly as in a pip install.

``SCRATCHNN_STARTUP_PROBE=1`` (used by benchmarks/startup.py, never by users) prints
``SCRATCHNN_WINDOW_SHOWN <time.monotonic()>`` when the main window has painted for the first time and
quits, so the benchmark can time a real start-up of the bundle. It only wraps ``create_application``.
"""
import multiprocessing
import os
import sys
import time

PROBE_ENV = "SCRATCHNN_STARTUP_PROBE"
PROBE_TAG = "SCRATCHNN_WINDOW_SHOWN"


def install_startup_probe() -> None:
    """Make the next ``app.__main__.create_application`` report the main window's first paint, then quit."""
    import app.__main__ as entry

    original = entry.create_application

    def create_application(*args, **kwargs):
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QMainWindow

        qt_app = original(*args, **kwargs)

        class FirstPaint(QObject):
            """Waits for the first Paint of a QMainWindow that has been shown."""

            def eventFilter(self, obj, event):  # noqa: N802 -- Qt's name
                if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) and obj.isVisible():
                    print(f"{PROBE_TAG} {time.monotonic():.6f}", flush=True)
                    qt_app.removeEventFilter(self)
                    QTimer.singleShot(0, qt_app.quit)
                return False

        qt_app._startup_probe = FirstPaint(qt_app)  # kept alive by the app
        qt_app.installEventFilter(qt_app._startup_probe)
        return qt_app

    entry.create_application = create_application


if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless; a frozen child process must never start the GUI again
    if os.environ.get(PROBE_ENV) == "1":
        install_startup_probe()
    from app.__main__ import main

    sys.exit(main())
