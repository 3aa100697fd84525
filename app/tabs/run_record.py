"""One finished training run as the training tab's history keeps it, without Qt (Book 4.5.2-4.5.3).

A :class:`RunRecord` is frozen and checked on creation, so a record read back from a file is as sound as
one made from a run (:meth:`RunRecord.from_run`); ``to_json``/``from_json`` are its file form (losses as
base64 little-endian float32, 4 bytes an iteration before base64's 4/3).
"""
from __future__ import annotations

import base64
import dataclasses
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np

from scratchnn_core import EpochRecord

STATUSES = ("completed", "cancelled", "diverged")  # TrainResult.status
#: Longer loss curves are stored as means of equal blocks of iterations: the book's 10000-iteration run
#: keeps every loss, and 20 runs stay near 1 MB.
MAX_LOSS_POINTS = 10000
_SCALARS = (bool, int, float, str, type(None))
_LARGEST = float(np.finfo(np.float64).max)


@dataclass(frozen=True, eq=False)
class RunRecord:
    """One training run; validated (``ValueError``) and made read-only on creation.

    ``settings`` are ``TrainConfig``'s fields by name (a read-only mapping). ``losses[k]`` is the mean
    loss of iterations ``k * loss_stride`` up to ``(k + 1) * loss_stride`` (the last block may be
    shorter); with ``loss_stride == 1`` they are the losses themselves. ``train_acc``/``test_acc`` are
    the last per-epoch accuracies, ``None`` when the run ended before its first evaluation.
    """

    run_id: int
    settings: Mapping[str, object]
    status: str
    iterations_done: int
    elapsed_s: float
    train_acc: float | None
    test_acc: float | None
    losses: np.ndarray = field(repr=False)
    epochs: tuple[EpochRecord, ...] = ()
    loss_stride: int = 1
    visible: bool = True

    def __post_init__(self) -> None:
        for name in ("run_id", "iterations_done", "loss_stride"):
            check_int(name, getattr(self, name), 1 if name == "loss_stride" else 0)
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, not {self.status!r}")
        if not isinstance(self.settings, Mapping) or not all(
                isinstance(k, str) and isinstance(v, _SCALARS) and _finite(v) for k, v in self.settings.items()):
            raise ValueError("settings must map names to finite numbers, strings or None")
        _check_number("elapsed_s", self.elapsed_s, 0.0, _LARGEST)
        for name in ("train_acc", "test_acc"):
            if getattr(self, name) is not None:
                _check_number(name, getattr(self, name), 0.0, 1.0)
        losses = np.array(self.losses, dtype=np.float32)  # a copy, whatever the caller passed
        if losses.ndim != 1 or len(losses) != -(-self.iterations_done // self.loss_stride):
            raise ValueError(f"{losses.size} losses do not fit {self.iterations_done} iterations "
                             f"in blocks of {self.loss_stride}")
        losses.setflags(write=False)
        epochs = tuple(self.epochs)
        if not all(isinstance(e, EpochRecord) for e in epochs) or not isinstance(self.visible, bool):
            raise ValueError("epochs must be EpochRecords and visible a bool")
        object.__setattr__(self, "settings", MappingProxyType(dict(self.settings)))
        object.__setattr__(self, "losses", losses)
        object.__setattr__(self, "epochs", epochs)

    @classmethod
    def from_run(cls, config, status: str, losses, epochs: Sequence[EpochRecord], elapsed_s: float,
                 run_id: int = 0) -> RunRecord:
        """The record of a run of ``config`` (a ``TrainConfig``) that ended with ``status`` after one loss an
        iteration (``losses``, downsampled here) and the ``EpochRecord`` s it yielded; the last of those
        gives the final accuracies."""
        stored, stride = downsample_losses(losses)
        epochs = tuple(epochs)
        train_acc = float(epochs[-1].train_acc) if epochs else None
        test_acc = float(epochs[-1].test_acc) if epochs else None
        return cls(run_id, dataclasses.asdict(config), status, len(losses), float(elapsed_s),
                   train_acc, test_acc, stored, epochs, stride)

    def loss_curve(self) -> tuple[np.ndarray, np.ndarray]:
        """Iterations and losses to plot: each block's mean at the block's middle iteration."""
        starts = np.arange(len(self.losses)) * self.loss_stride
        ends = np.minimum(starts + self.loss_stride, self.iterations_done)
        return (starts + ends - 1) / 2.0, self.losses

    def to_json(self) -> dict:
        return {"id": self.run_id, "settings": dict(self.settings), "status": self.status,
                "iterations_done": self.iterations_done, "elapsed_s": self.elapsed_s,
                "train_acc": self.train_acc, "test_acc": self.test_acc, "visible": self.visible,
                "loss_stride": self.loss_stride,
                "losses": base64.b64encode(self.losses.astype("<f4").tobytes()).decode("ascii"),
                "epochs": [[e.iteration, e.epoch, e.train_acc, e.test_acc] for e in self.epochs]}

    @classmethod
    def from_json(cls, d) -> RunRecord:
        """The record ``to_json`` gave; ``ValueError``, ``TypeError`` or ``KeyError`` if ``d`` is not one."""
        if not isinstance(d, dict) or not isinstance(d["settings"], dict) or not isinstance(d["epochs"], list):
            raise ValueError("a run must be an object with settings and epochs")
        losses = np.frombuffer(base64.b64decode(d["losses"].encode("ascii"), validate=True), dtype="<f4")
        epochs = []
        for iteration, epoch, train_acc, test_acc in d["epochs"]:
            check_int("iteration", iteration, 0)
            check_int("epoch", epoch, 0)
            _check_number("train_acc", train_acc, 0.0, 1.0)
            _check_number("test_acc", test_acc, 0.0, 1.0)
            epochs.append(EpochRecord(iteration, epoch, float(train_acc), float(test_acc)))
        return cls(d["id"], d["settings"], d["status"], d["iterations_done"], d["elapsed_s"], d["train_acc"],
                   d["test_acc"], losses, tuple(epochs), d["loss_stride"], d["visible"])


def downsample_losses(losses, max_points: int = MAX_LOSS_POINTS) -> tuple[np.ndarray, int]:
    """``(block means as float32, block length)``; the losses themselves when there are few enough.

    Means rather than every n-th value, so the faded curve follows every iteration's trend; a diverged
    run's final infinity or NaN stays visible in its block.
    """
    values = np.asarray(losses, dtype=np.float64)
    stride = max(1, -(-len(values) // max_points))
    if stride == 1:
        return values.astype(np.float32), 1
    starts = np.arange(0, len(values), stride)
    with np.errstate(invalid="ignore", over="ignore"):
        means = np.add.reduceat(values, starts) / np.diff(np.append(starts, len(values)))
        return means.astype(np.float32), stride


def check_int(name: str, value, minimum: int) -> None:
    """``ValueError`` unless ``value`` is an integer (not a bool) of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, not {value!r}")


def _check_number(name: str, value, low: float, high: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)) \
            or not low <= value <= high:
        raise ValueError(f"{name} must be a number in [{low}, {high}], not {value!r}")


def _finite(value) -> bool:
    return not isinstance(value, float) or math.isfinite(value)
