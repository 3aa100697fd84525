"""The bundled CJK font as a fallback only: the system's UI font stays first (issue 13).

On a machine without CJK fonts (a fresh Linux install, some Windows set-ups) every Korean, Japanese
or Chinese label would be a row of boxes. ``resources/fonts/ScratchNNCJK-Regular.otf`` is a small
subset of Noto Sans CJK JP holding every character the translations use (see
``packaging/make_cjk_font.py`` and ``resources/fonts/README.md``).

How it becomes a fallback, cheapest way first:

1. ``QFontDatabase.addApplicationFont`` registers it. With fontconfig (Linux, also offscreen) that is
   enough: fontconfig adds application fonts to its own fallback search, ranked below the system's CJK
   fonts (which match the script's language), so installed fonts win and ours fills the gaps.
2. If the UI font still cannot draw a sample of Hangul, Kana and Han (a platform whose fallback list
   ignores application fonts), our family becomes a ``QFont`` substitute of the UI font's families:
   Qt tries substitutes after the family itself, so the system font still draws what it has.
   (``QFontDatabase.addApplicationFallbackFontFamily`` would be the per-script way, but PySide6 does
   not bind it: it takes a ``QChar.Script``.)

Cost at start-up: under 1 ms to register, 1-10 ms for the check (it loads the fallback font engines a
first CJK label would load anyway); ``benchmarks/font_startup.py`` measures it.
"""
from __future__ import annotations

import logging

from app.resources import resource_path

FONT_FILE = "ScratchNNCJK-Regular.otf"
FAMILY = "ScratchNN CJK"
#: One character of each script the font exists for (Hangul, Hiragana, Katakana, Han), all in the subset.
SAMPLE = "한あア数"

_log = logging.getLogger("scratchnn")
_registered: dict[str, str] = {}


def font_path():
    """The bundled font file ``resources/fonts/ScratchNNCJK-Regular.otf`` (it may be missing)."""
    return resource_path("fonts", FONT_FILE)


def register_font() -> str | None:
    """Add the bundled font to Qt's font database once; its family name, or None if it cannot load."""
    from PySide6.QtGui import QFontDatabase

    path = font_path()
    if str(path) in _registered:
        return _registered[str(path)]
    if not path.is_file():
        _log.warning("bundled CJK font missing: %s", path)
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        _log.warning("bundled CJK font could not be loaded: %s", path)
        return None
    _registered[str(path)] = families[0]
    return families[0]


def ui_font_covers(text: str = SAMPLE, font=None) -> bool:
    """Whether ``font`` (default: the application font) with Qt's fallbacks can draw every char of ``text``."""
    from PySide6.QtGui import QFontMetrics, QGuiApplication

    metrics = QFontMetrics(font if font is not None else QGuiApplication.font())
    return all(metrics.inFontUcs4(ord(char)) for char in text if not char.isspace())


def add_substitutions(family: str) -> list[str]:
    """Make ``family`` a substitute of the UI's fonts (general and fixed); the families it was added to."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

    fonts = [QGuiApplication.font(), QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)]
    names: list[str] = []
    for font in fonts:
        for name in [*font.families(), QFontInfo(font).family()]:
            if name and name != family and name not in names:
                names.append(name)
    for name in names:
        if family.lower() not in QFont.substitutes(name):  # Qt stores substitutes in lower case
            QFont.insertSubstitution(name, family)
    return names


def install_cjk_fallback() -> str | None:
    """Register the bundled font and make sure the UI reaches it; its family, or None without it.

    Call after the ``QApplication`` exists and before any widget.
    """
    family = register_font()
    if family is not None and not ui_font_covers():
        added = add_substitutions(family)
        _log.info("CJK fallback %s as a substitute of %s", family, ", ".join(added))
    return family
