"""Find ScratchNN's icons and translations in a source tree, an install or a PyInstaller bundle."""
from __future__ import annotations

from pathlib import Path

APP_ICON = "scratchnn.svg"


def app_version() -> str:
    """The installed version from package metadata; ``"dev"`` when there is none (a bare source tree)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("scratchnn")
    except PackageNotFoundError:
        return "dev"


def resource_path(*parts: str) -> Path:
    """Path of a file under the resources folder (it may not exist; callers decide)."""
    from scratchnn_core._resources import resources_dir  # importing the core package pulls in numpy

    return resources_dir().joinpath(*parts)


def icon_path(name: str = APP_ICON) -> Path | None:
    """The icon file ``resources/icons/<name>``, or ``None`` when it is not there."""
    path = resource_path("icons", name)
    return path if path.is_file() else None


def app_icon():
    """The application icon as a ``QIcon`` (SVG plus any PNG sizes next to it); empty when missing."""
    from PySide6.QtGui import QIcon  # Qt only when a GUI asks, so --version stays light

    icon = QIcon()
    svg = icon_path(APP_ICON)
    if svg is not None:
        icon.addFile(str(svg))
    stem = Path(APP_ICON).stem
    icons = resource_path("icons")
    if icons.is_dir():  # PNG renderings (scratchnn_48.png, scratchnn-256.png ...) help where SVG is not loaded
        for png in sorted(icons.glob(f"{stem}*.png")):
            icon.addFile(str(png))
    return icon


def translations_dir() -> Path:
    """Folder of compiled translations ``scratchnn_<locale>.qm``."""
    return resource_path("translations")
