"""How ScratchNN writes durations for people (no Qt: used by tabs and widgets alike)."""
from __future__ import annotations

import math


def format_duration(seconds: float | None) -> str:
    """``h:mm:ss`` or ``m:ss`` (no words, so nothing to translate); an em dash when unknown."""
    if seconds is None or not math.isfinite(seconds):
        return "\u2014"
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_seconds(seconds: float | None) -> str:
    """A short time: ``0.25 ms``, ``42 ms``, ``1.3 s``, then ``m:ss`` or ``h:mm:ss`` (SI units only)."""
    if seconds is None or not math.isfinite(seconds):
        return "\u2014"
    if seconds < 0.01:
        return f"{seconds * 1000:.2g}\u00a0ms"  # no line break between number and unit
    if seconds < 1:
        return f"{seconds * 1000:.0f}\u00a0ms"
    if seconds < 10:
        return f"{seconds:.1f}\u00a0s"
    return format_duration(seconds)
