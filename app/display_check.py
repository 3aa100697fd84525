"""Tell "there is no screen" apart before Qt does: Qt's answer is an abort with a core dump."""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping

NO_DISPLAY_MESSAGE = (
    "ScratchNN needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
    "Start it from a desktop session, or check an installation without a screen with\n"
    "    scratchnn --self-test\n"
    "or render the tabs to images with\n"
    "    QT_QPA_PLATFORM=offscreen scratchnn --screenshot DIR"
)


def has_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt can be expected to find a screen.

    Only Linux and the BSDs need a display server named in the environment; Windows and macOS always
    have their native platform. A chosen ``QT_QPA_PLATFORM`` (offscreen, vnc, eglfs ...) is trusted.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin")):
        return True
    return any(environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"))


def use_offscreen_if_headless(environ: dict[str, str] | None = None) -> bool:
    """Select Qt's offscreen platform when there is no display; ``True`` if it did. Call before QApplication."""
    environ = os.environ if environ is None else environ
    if has_display(environ):
        return False
    environ["QT_QPA_PLATFORM"] = "offscreen"
    return True
