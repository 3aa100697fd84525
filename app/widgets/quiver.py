"""A quiver plot (a field of arrows, like matplotlib's ``quiver`` in Book Figure 4-9) as ONE pyqtgraph item.

Every arrow is three line segments (shaft and two barbs) in a single ``PlotCurveItem`` drawn with
``connect='pairs'``: one QPainterPath for the whole field. Hundreds of ``ArrowItem`` objects would be
slower and, with PySide6 6.12.0, crash the interpreter at exit.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg

SEGMENTS_PER_ARROW = 3  # shaft, left barb, right barb


def arrow_lengths(magnitude: np.ndarray, max_length: float, floor: float = 0.3) -> np.ndarray:
    """Lengths growing with ``magnitude`` from ``floor * max_length`` up to ``max_length``.

    The floor keeps every arrow's direction readable where the field is weak (near a minimum), while steep
    places still get visibly longer arrows. Zero magnitude gives length 0 (no arrow).
    """
    magnitude = np.asarray(magnitude, dtype=np.float64)
    top = float(magnitude.max(initial=0.0))
    if top <= 0:
        return np.zeros_like(magnitude)
    return np.where(magnitude > 0, max_length * (floor + (1 - floor) * magnitude / top), 0.0)


def arrow_segments(points: np.ndarray, vectors: np.ndarray, head_fraction: float = 0.3,
                   head_angle_deg: float = 25.0) -> tuple[np.ndarray, np.ndarray]:
    """x and y vertex arrays for ``connect='pairs'``: per arrow tail->tip, tip->barb, tip->barb.

    Parameters
    ----------
    points : (N, 2) array
        Tails of the arrows (data coordinates).
    vectors : (N, 2) array
        Arrow from tail to tip; zero or non-finite vectors are left out.
    head_fraction, head_angle_deg : float
        Barb length as a fraction of the arrow, and its angle to the shaft.
    """
    points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    vectors = np.asarray(vectors, dtype=np.float64).reshape(-1, 2)
    keep = np.isfinite(vectors).all(axis=1) & (np.abs(vectors).sum(axis=1) > 0)
    tails, vectors = points[keep], vectors[keep]
    tips = tails + vectors
    angle = np.deg2rad(head_angle_deg)
    back = -head_fraction * vectors  # from the tip towards the tail, then turned by +-angle
    cos, sin = np.cos(angle), np.sin(angle)
    barb_left = tips + np.column_stack([cos * back[:, 0] - sin * back[:, 1], sin * back[:, 0] + cos * back[:, 1]])
    barb_right = tips + np.column_stack([cos * back[:, 0] + sin * back[:, 1], -sin * back[:, 0] + cos * back[:, 1]])
    vertices = np.stack([tails, tips, tips, barb_left, tips, barb_right], axis=1).reshape(-1, 2)
    return vertices[:, 0].copy(), vertices[:, 1].copy()


class QuiverItem(pg.PlotCurveItem):
    """Arrows drawn as one curve; call :meth:`set_arrows` to replace the whole field."""

    def __init__(self, pen=None, **kwargs) -> None:
        super().__init__(pen=pen if pen is not None else pg.mkPen("#555555", width=1), connect="pairs",
                         **kwargs)

    def set_arrows(self, points: np.ndarray, vectors: np.ndarray) -> None:
        """Show arrows from ``points`` along ``vectors`` (both (N, 2), data coordinates)."""
        x, y = arrow_segments(points, vectors)
        self.setData(x=x, y=y, connect="pairs")

    def arrow_count(self) -> int:
        """Number of arrows drawn (for tests and status text)."""
        x, _ = self.getData()
        return 0 if x is None else len(x) // (2 * SEGMENTS_PER_ARROW)
