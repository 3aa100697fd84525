"""A drawn digit turned into an MNIST input, prepared the way MNIST's own digits were (Book 3.6, 4.5).

MNIST's digits were scaled so that their ink fits a 20x20 box (aspect ratio kept) and then placed in a
28x28 field with their centre of mass at the centre. A network trained on MNIST only knows digits of that
size and position, so a digit drawn anywhere on a large canvas must go through the same steps first.
numpy only: the resampling is two small weight matrices (rows times image times columns).
"""
from __future__ import annotations

import numpy as np

from .messages import MessageError, template

__all__ = ["prepare_digit"]

FIELD = 28  # MNIST's image side
BOX = 20    # the side of the box the ink is scaled to fit
#: Pixels below this fraction of the ink's brightness count as background: faint noise or a grey smudge
#: neither stretches the bounding box nor pulls the centre of mass.
INK_THRESHOLD = 0.05
NOT_2D = template("prepare_digit needs a 2-D grayscale image, not an array of shape {shape}")
COLOUR = template("prepare_digit needs a 2-D grayscale image, not an array of shape {shape} "
                  "(convert a colour image to gray first)")
EMPTY = template("prepare_digit needs a non-empty image, not one of shape {shape}")
NOT_REAL = template("prepare_digit needs real pixel values, not dtype {dtype}")
NOT_FINITE = template("the image has NaN or infinite pixels")
BLANK = template("the image is blank (every pixel is {value:g}): there is no digit to prepare")


def prepare_digit(image, *, invert=False):
    """Prepare a grayscale image of one digit as a (784,) MNIST input (Book 3.6, 4.5).

    The steps MNIST's digits went through: crop to the bounding box of the ink, scale it so its longer
    side is 20 pixels (aspect ratio kept; shrinking averages areas with fractional coverage, so a thin
    stroke fades instead of vanishing; enlarging interpolates linearly), scale the values so the
    brightest pixel is 1, and place it in a 28x28 field with its centre of mass at pixel (14, 14).

    Parameters
    ----------
    image : array_like, 2-D
        Any size and any real dtype (uint8, float, bool). Ink bright on a dark background, as in MNIST.
        Only relative brightness matters: the darkest pixel is taken as background and the brightest as
        ink (the values are stretched to [0, 1]), so uint8 0..255, floats in [0, 1] or any other range
        give the same result. Pixels below 5 % of the ink's brightness count as background. Never
        modified.
    invert : bool
        True for dark ink on a light background (paper, a white canvas): the brightness is flipped
        before anything else. Passing ``image.max() - image`` instead does the same.

    Returns
    -------
    numpy.ndarray
        Shape (784,), float32, values in [0, 1] with maximum 1, the 28x28 field row by row (as
        ``load_mnist(flatten=True, normalize=True)`` gives MNIST's digits).

    Raises
    ------
    ValueError
        If ``image`` is not 2-D, is empty, is not real-valued, has NaN or infinite values, or is blank
        (every pixel equally bright: nothing drawn).

    Notes
    -----
    The centre of mass is moved to (14, 14) by a whole-pixel shift (the fractional part rounded), as
    MNIST did: its test digits' centres spread evenly within +-0.5 px of 14 (standard deviation 0.29 px,
    that of a rounding error). Rounding keeps the stroke as sharp as the resampling left it, where a
    bilinear sub-pixel shift would blur it once more, and keeps the ink inside a 20x20 box. A very
    lopsided digit whose centring would push ink off the field is moved only as far as the edge.
    Thin strokes come out thinner than MNIST's (about 2-3 px): draw with a pen about a tenth of the
    digit's height.
    """
    ink = _ink(image, invert)
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    crop = ink[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    height, width = crop.shape
    scale = BOX / max(height, width)
    out_h, out_w = (min(BOX, max(1, int(np.floor(n * scale + 0.5)))) for n in (height, width))
    digit = _resample_matrix(height, out_h) @ crop @ _resample_matrix(width, out_w).T
    digit /= digit.max()  # every ink pixel has a positive weight somewhere, so the maximum is > 0
    top, left = _offset(digit.sum(axis=1), out_h), _offset(digit.sum(axis=0), out_w)
    field = np.zeros((FIELD, FIELD), dtype=np.float32)
    field[top:top + out_h, left:left + out_w] = digit
    return field.reshape(-1)


def _ink(image, invert):
    """A float64 copy of ``image`` stretched to [0, 1], ink bright, faint pixels set to 0."""
    array = np.asarray(image)
    if array.ndim != 2:
        raise MessageError(COLOUR if array.ndim == 3 else NOT_2D, shape=array.shape)
    if array.size == 0:
        raise MessageError(EMPTY, shape=array.shape)
    if array.dtype != bool and not (np.issubdtype(array.dtype, np.integer)
                                    or np.issubdtype(array.dtype, np.floating)):
        raise MessageError(NOT_REAL, dtype=array.dtype)
    values = array.astype(np.float64)  # always a copy: the caller's image is never touched
    if not np.isfinite(values).all():
        raise MessageError(NOT_FINITE)
    low, high = values.min(), values.max()
    if high == low:
        raise MessageError(BLANK, value=low)
    values = high - values if invert else values - low
    values /= high - low
    values[values < INK_THRESHOLD] = 0.0
    return values


def _resample_matrix(n_in, n_out):
    """(n_out, n_in) weights whose rows sum to 1, mapping n_in pixels onto n_out covering the same span.

    Shrinking: output pixel i covers input span [i, i + 1) * n_in / n_out and averages the input pixels
    by how much of each it covers (a box filter). Enlarging: linear interpolation between the two input
    pixels nearest to each output pixel's centre (a box filter would give blocks).
    """
    pixels = np.arange(n_in)
    if n_out <= n_in:
        step = n_in / n_out
        edges = np.arange(n_out + 1) * step
        covered = np.minimum(edges[1:, None], pixels + 1) - np.maximum(edges[:-1, None], pixels)
        return np.clip(covered, 0.0, None) / step
    centres = np.clip((np.arange(n_out) + 0.5) * (n_in / n_out) - 0.5, 0, n_in - 1)
    return np.clip(1.0 - np.abs(centres[:, None] - pixels), 0.0, None)


def _offset(profile, size):
    """Where the ``size`` pixels start so their centre of mass (index units) lands on pixel 14."""
    centre = float(profile @ np.arange(size)) / float(profile.sum())
    return int(np.clip(np.floor(FIELD / 2 - centre + 0.5), 0, FIELD - size))
