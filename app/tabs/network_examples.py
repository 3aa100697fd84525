"""The book's simpleNet examples (Book 4.4.2) as the study notes in ``/work/shared/seeds/`` print them.

Every note runs ``net = simpleNet()`` (a random 2x3 ``W``), ``x = [0.6, 0.9]``, ``p = net.predict(x)``,
``net.loss(x, t)`` and ``dW = numerical_gradient(lambda w: net.loss(x, t), net.W)``. We recomputed each
printed number with the core's ``SimpleNet``, ``cross_entropy_error`` and ``numerical_gradient``. A preset
keeps only the printed numbers its ``W`` reproduces (to 1e-8); what follows is what did not, and why.

Note 000 (W = [[0.116.., 0.109.., -0.934..], [-1.679.., 2.131.., -0.331..]], t = class 2), the demo:
    p, argmax 1, loss 2.9288931975720534 and dW all reproduce with the book's delta = 1e-7 (loss to 2e-9,
    dW to 5e-9: W is printed to 8 decimals). Two slips in the text, dropped: the line labelled
    ``print(x)`` prints p; and the prose "dW's w11 is about 0.8" does not fit its dW (dW11 = 0.018;
    0.8 is dW22 = 0.825).
Note 001 (W = [[0.942.., 2.002.., -0.444..], [0.116.., -0.594.., 0.840..]]; its first row is printed
    out of order, split over two lines):
    * the loss for t = class 2 (1.2209415606587606), for t = class 0 (1.0409111886878426) and dW for
      t = class 0 reproduce to 3e-9, but only with delta = 0 in the cross-entropy: with the book's 1e-7
      they are off by 3e-7 (losses) and 1.6e-7 (dW), that is by delta / y_t, so this run used a
      cross_entropy_error without delta. ``Printed.delta`` records it; the tab itself uses the book's.
    * argmax 0 reproduces.
    * the printed p = [-0.26373067, -0.61762066, -0.97157332] does not come from this W (which gives
      [0.670, 0.666, 0.490]) nor from the other array of the note; kept out of the preset as STRAY_P.
    * the note then types in another dW by hand ([[-0.247.., ...], ...]) and reads it ("w11 is about
      -0.24", "w32 about 0.28", with the note's transposed w_ji labels); no W gives it here: ORPHAN_DW.
    * an earlier cell prints a bare ``np.random.randn(2, 3)``; it is a full 2x3 array, so it is a preset
      too, but the note computes nothing from it.
Note 002: its simpleNet (softmax inside predict, the same loss) prints only dW for t = class 2, without
    W: ORPHAN_DW. Both orphan dW are genuine simpleNet gradients: each row is x_i (y - t) for one
    probability vector y (the tests check this). Its batch ``cross_entropy_error`` mixes the one-hot and
    the label forms (``t * log(y[arange(N), t])``), a bug; ours takes either.
Notes 003 and 004 have no simpleNet numbers.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.texts import QT_TRANSLATE_NOOP
from scratchnn_core import SimpleNet, cross_entropy_error, numerical_gradient, softmax

__all__ = ["BOOK_X", "BOOK_TARGET", "BOOK_DELTA", "Printed", "Preset", "PRESETS", "DEMO_PRESET", "STRAY_P",
           "ORPHAN_DW", "reproduce"]

BOOK_X = (0.6, 0.9)
BOOK_TARGET = 2  # t = [0, 0, 1]
BOOK_DELTA = 1e-7  # the book's delta in cross_entropy_error (the core's default)


@dataclass(frozen=True)
class Printed:
    """Numbers a note prints for one W, kept only where that W reproduces them.

    ``losses`` holds (target class, loss) pairs; ``dW`` is for ``dW_target``; ``delta`` is the
    cross-entropy delta the note's run used (see the module notes). None or () where nothing is kept.
    """

    p: tuple[float, ...] | None = None
    argmax: int | None = None
    losses: tuple[tuple[int, float], ...] = ()
    dW: tuple[tuple[float, ...], ...] | None = None
    dW_target: int | None = None
    delta: float = BOOK_DELTA


@dataclass(frozen=True)
class Preset:
    """One click in the tab: ``label`` (translatable), where it comes from, W, x, the true class."""

    label: str
    source: str
    W: tuple[tuple[float, ...], ...]
    x: tuple[float, float]
    target: int
    printed: Printed


PRESETS = (
    Preset(QT_TRANSLATE_NOOP("NetworkTab", "Notes 000: loss 2.93, dW for class 2 (the demo)"),
           "seeds/000, section 4.4.2",
           ((0.11633986, 0.10927077, -0.93392791), (-1.67889742, 2.13145596, -0.33077693)),
           BOOK_X, 2,
           Printed(p=(-1.44120377, 1.98387283, -0.85805598), argmax=1,
                   losses=((2, 2.9288931975720534),),
                   dW=((0.01790151, 0.55002379, -0.5679253), (0.02685226, 0.82503568, -0.85188794)),
                   dW_target=2)),
    Preset(QT_TRANSLATE_NOOP("NetworkTab", "Notes 001: loss 1.04, dW for class 0"),
           "seeds/001, section 4.4.2 (In [57] to In [65])",
           ((0.94205491, 2.00218723, -0.44365259), (0.11622554, -0.59436786, 0.83999679)),
           BOOK_X, 0,
           Printed(argmax=0, losses=((2, 1.2209415606587606), (0, 1.0409111886878426)),
                   dW=((-0.38812034, 0.21114895, 0.17697139), (-0.58218051, 0.31672342, 0.26545709)),
                   dW_target=0, delta=0.0)),
    Preset(QT_TRANSLATE_NOOP("NetworkTab", "Notes 001: another randn(2, 3) draw"),
           "seeds/001, section 4.4.2 (Out [55]; nothing is computed from it)",
           ((-0.02136448, -0.65888172, -1.49861287), (0.85633501, -1.24769901, 1.03065711)),
           BOOK_X, BOOK_TARGET, Printed()),
)
DEMO_PRESET = 0

# Printed in the notes but reproduced by no W they give (see the module notes).
STRAY_P = (-0.26373067, -0.61762066, -0.97157332)  # seeds/001 "print(p)"
ORPHAN_DW = (  # (source, target class, dW)
    ("seeds/001 In [66], typed in", 0, ((-0.24718447, 0.05855661, 0.18862786),
                                        (-0.3707767, 0.08783491, 0.28294179))),
    ("seeds/002 simpleNet", 2, ((0.05244267, 0.24743359, -0.29987626),
                                (0.07866401, 0.37115039, -0.44981439))),
)


def reproduce(preset: Preset) -> Printed:
    """Recompute with the core what ``preset.printed`` holds (same fields filled), for the tests and the tab.

    With the book's delta this is the book's idiom, ``numerical_gradient(lambda w: net.loss(x, t), net.W)``;
    with another delta the loss is the core's ``cross_entropy_error(softmax(net.predict(x)), t, delta)``.
    """
    printed = preset.printed
    net = SimpleNet(preset.W)
    x = np.array(preset.x)

    def loss(target):
        t = np.eye(3)[target]
        if printed.delta == BOOK_DELTA:
            return net.loss(x, t)
        return cross_entropy_error(softmax(net.predict(x)), t, delta=printed.delta)

    p = net.predict(x)
    dW = None
    if printed.dW_target is not None:
        grad = numerical_gradient(lambda w: loss(printed.dW_target), net.W)
        dW = tuple(tuple(float(v) for v in row) for row in grad)
    return Printed(p=tuple(float(v) for v in p) if printed.p is not None else None,
                   argmax=int(np.argmax(p)) if printed.argmax is not None else None,
                   losses=tuple((target, float(loss(target))) for target, _ in printed.losses),
                   dW=dW, dW_target=printed.dW_target, delta=printed.delta)
