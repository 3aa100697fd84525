"""Render resources/icons/scratchnn.svg to the PNG sizes desktops expect (scratchnn-<size>.png).

Run after editing the SVG: ``python packaging/make_icons.py``. Uses Qt's own SVG renderer offscreen, so
the PNGs match what the app shows; the outputs are committed (the build does not need to run this).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICON_DIR / "scratchnn.svg"
# hicolor sizes used by Linux menus and docks, plus 512 for high-DPI and the macOS .icns / Windows .ico.
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    """Where the rendering at ``size`` x ``size`` pixels lives."""
    return ICON_DIR / f"scratchnn-{size}.png"


def render(svg: Path = SVG, sizes=SIZES) -> list[Path]:
    """Write one transparent PNG per size and return their paths; raise if the SVG does not parse."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 -- painting needs it
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = png_path(size)
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in render():
        print(written_path.relative_to(ICON_DIR.parent.parent))
