"""The gradient check as a job for a :class:`~app.workers.generator_worker.GeneratorWorker` (Book 5.7.3).

``gradient_check_job`` takes ``images`` training images from ``first`` on (the book's gradient_check.py
uses ``x_train[:3]``), runs the core's ``gradient_check_steps`` on a network, yields its
``CheckProgress`` records (about every 20 ms) and returns the ``GradientCheck``, or a partial one when
stopped during the book's loop. Like the training jobs it runs inside ``blas_threads()``.
"""
from __future__ import annotations

import numpy as np

from app.texts import QT_TRANSLATE_NOOP, TranslatableError
from app.workers.training_jobs import cached_mnist
from scratchnn_core import blas_threads
from scratchnn_core.gradient_check import gradient_check_steps
from scratchnn_core.pixels import unit_pixels

MAX_IMAGES = 100  # the book's loop on 100 images takes ~15-30 s: enough for a check
TOO_MANY = QT_TRANSLATE_NOOP("GradientCheckPanel", "the gradient check takes 1 to {limit} images, not {images}")
OUTSIDE = QT_TRANSLATE_NOOP("GradientCheckPanel", "images {first} to {last} are not all among the {count} training "
                                                  "images")


def gradient_check_job(network, images: int = 3, first: int = 0, data=None, *, should_stop):
    """Yield the check's progress; return its ``GradientCheck`` (a ``TranslatableError`` for a bad batch)."""
    if not 1 <= images <= MAX_IMAGES:
        raise TranslatableError(TOO_MANY, context="GradientCheckPanel", limit=MAX_IMAGES, images=images)
    (x_train, t_train), _ = data if data is not None else cached_mnist()
    if not 0 <= first <= len(x_train) - images:
        raise TranslatableError(OUTSIDE, context="GradientCheckPanel", first=first, last=first + images - 1,
                                count=len(x_train))
    x, t = unit_pixels(x_train[first:first + images], np.float32), t_train[first:first + images]
    with blas_threads():  # as the training jobs: one BLAS thread, the machine's cores are shared
        return (yield from gradient_check_steps(network, x, t, should_stop=should_stop))
