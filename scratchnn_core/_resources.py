"""Find the embedded resources folder from a source tree, an install or a frozen bundle."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder that holds ``mnist/``, ``icons/`` and ``translations/``."""
    override = os.environ.get("SCRATCHNN_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller bundle
    if frozen:
        return Path(frozen) / "resources"
    source = Path(__file__).resolve().parent.parent / "resources"
    if (source / "mnist").is_dir():  # source checkout or editable install
        return source
    try:  # a wheel installs the folder as the package scratchnn_resources
        import scratchnn_resources

        return Path(scratchnn_resources.__file__).resolve().parent
    except ImportError:
        return source
