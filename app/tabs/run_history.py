"""The training tab's history of runs, without Qt: kept, labelled, exported and saved between sessions.

Every run (completed, stopped or diverged, Book 4.5.2) becomes a frozen :class:`RunRecord` (settings,
outcome, loss curve, per-epoch accuracies; see ``run_record``). :class:`RunHistory` keeps the last
``MAX_RUNS`` of them, names each run by the settings in which it differs from the others ("lr 0.01",
"lr 0.5, hidden 100"), writes one CSV table of them all, and saves itself as a small JSON file (losses as
base64 float32: about 0.54 MB for 10 runs of 10000 iterations, at most 1.1 MB for 20 runs). A file
that cannot be read is moved aside and reported, never raised: the app must start whatever is on disk.
"""
from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from app.tabs.run_record import RunRecord, check_int
from app.texts import QT_TRANSLATE_NOOP

__all__ = ["RunHistory", "RunRecord", "FILE_NAME", "MAX_RUNS"]

FILE_NAME = "run_history.json"  # in the user's data directory; the tab chooses the folder
FORMAT, VERSION = "scratchnn-run-history", 1
MAX_RUNS = 20  # the oldest runs are dropped beyond this
MAX_FILE_BYTES = 4 * 2**20  # four times the largest history we write: not ours, set aside unread


# How a legend names a setting ({value} is its value), in the order labels list them; settings not here
# never appear in labels.
LABEL_FORMATS = {
    "learning_rate": QT_TRANSLATE_NOOP("TrainingTab", "lr {value}"),
    "hidden_size": QT_TRANSLATE_NOOP("TrainingTab", "hidden {value}"),
    "batch_size": QT_TRANSLATE_NOOP("TrainingTab", "batch {value}"),
    "iters_num": QT_TRANSLATE_NOOP("TrainingTab", "{value} iterations"),
    "weight_init_std": QT_TRANSLATE_NOOP("TrainingTab", "init std {value}"),
    "gradient": QT_TRANSLATE_NOOP("TrainingTab", "{value} gradient"),
    "train_size": QT_TRANSLATE_NOOP("TrainingTab", "train {value}"),
    "test_size": QT_TRANSLATE_NOOP("TrainingTab", "test {value}"),
    "seed": QT_TRANSLATE_NOOP("TrainingTab", "seed {value}"),
    "dtype": QT_TRANSLATE_NOOP("TrainingTab", "{value} weights"),
}
VALUE_NAMES = {None: QT_TRANSLATE_NOOP("TrainingTab", "all"),  # train_size/test_size None: the whole set
               "backprop": QT_TRANSLATE_NOOP("TrainingTab", "backprop"),
               "numerical": QT_TRANSLATE_NOOP("TrainingTab", "numerical"),
               "structured": QT_TRANSLATE_NOOP("TrainingTab", "structured numerical")}
RUN_LABEL = QT_TRANSLATE_NOOP("TrainingTab", "run {n}")
SET_ASIDE = QT_TRANSLATE_NOOP(
    "TrainingTab", "The saved run history {path} could not be read ({reason}). It was moved to {backup} "
    "and a new history was started.")
NOT_SET_ASIDE = QT_TRANSLATE_NOOP(
    "TrainingTab", "The saved run history {path} could not be read ({reason}) nor moved aside ({error}). "
    "Runs of this session will not be kept.")
REASONS = {"folder": QT_TRANSLATE_NOOP("TrainingTab", "it is a folder, not a file"),
           "large": QT_TRANSLATE_NOOP("TrainingTab", "it is far larger than a run history"),
           "version": QT_TRANSLATE_NOOP("TrainingTab", "it was written by another version of ScratchNN"),
           "damaged": QT_TRANSLATE_NOOP("TrainingTab", "it is damaged or not a run history")}


class RunHistory:
    """The runs kept, oldest first, numbered 1, 2, ... in the order they were added."""

    def __init__(self, runs: Sequence[RunRecord] = (), *, max_runs: int = MAX_RUNS, next_id: int = 1) -> None:
        check_int("max_runs", max_runs, 1)
        check_int("next_id", next_id, 1)
        self.max_runs = max_runs
        self._runs: list[RunRecord] = []
        self._next_id = next_id
        for record in runs:
            if record.run_id in {r.run_id for r in self._runs}:
                raise ValueError(f"two runs numbered {record.run_id}")
            self._runs.append(record)
            self._next_id = max(self._next_id, record.run_id + 1)
        del self._runs[:-max_runs]

    def __len__(self) -> int:
        return len(self._runs)

    def runs(self) -> tuple[RunRecord, ...]:
        return tuple(self._runs)

    def get(self, run_id: int) -> RunRecord:
        return self._runs[self._index(run_id)]

    def add(self, record: RunRecord) -> RunRecord:
        """Keep ``record`` under the next number (its own ``run_id`` is replaced); the oldest beyond
        ``max_runs`` are dropped. Returns the record as kept."""
        record = dataclasses.replace(record, run_id=self._next_id)
        self._next_id += 1
        self._runs.append(record)
        del self._runs[:-self.max_runs]
        return record

    def replace(self, record: RunRecord) -> RunRecord:
        """Put ``record`` in the place of the kept run with its ``run_id`` (a run trained further)."""
        self._runs[self._index(record.run_id)] = record
        return record

    def remove(self, run_id: int) -> RunRecord:
        return self._runs.pop(self._index(run_id))

    def set_visible(self, run_id: int, visible: bool) -> RunRecord:
        index = self._index(run_id)
        self._runs[index] = dataclasses.replace(self._runs[index], visible=bool(visible))
        return self._runs[index]

    def clear(self) -> None:
        self._runs.clear()

    def _index(self, run_id: int) -> int:
        for index, record in enumerate(self._runs):
            if record.run_id == run_id:
                return index
        raise KeyError(f"no run {run_id}")

    def labels(self, translate: Callable[[str], str] = str) -> dict[int, str]:
        """Each run's legend label: the settings in which the kept runs differ, e.g. "lr 0.5, hidden 100".

        A run differing in nothing shown is "run 3"; runs whose labels would be equal get ", run 3" added.
        ``translate`` is the tab's ``tr`` (identity by default).
        """
        differing = [name for name in LABEL_FORMATS
                     if len({_key(r.settings.get(name, "?")) for r in self._runs}) > 1]
        labels = {r.run_id: ", ".join(translate(LABEL_FORMATS[name]).format(
                      value=_value_text(r.settings.get(name, "?"), translate)) for name in differing)
                  for r in self._runs}
        counts = Counter(labels.values())
        for run_id, label in labels.items():
            run = translate(RUN_LABEL).format(n=run_id)
            labels[run_id] = run if not label else f"{label}, {run}" if counts[label] > 1 else label
        return labels

    def csv_rows(self, translate: Callable[[str], str] = str) -> list[list[object]]:
        """All runs as one table: a ``run`` row each (settings, outcome), then its ``loss`` and ``epoch`` rows.

        A ``loss`` row's ``iteration`` is the first of its block of ``loss_stride`` iterations and its
        ``loss`` the block's mean (the loss itself when ``loss_stride`` is 1).
        """
        outcome = ["iterations_done", "elapsed_s", "final_train_acc", "final_test_acc", "loss_stride", "iteration",
                   "loss", "epoch", "train_acc", "test_acc"]
        names = [name for name in dict.fromkeys(name for r in self._runs for name in r.settings)
                 if name not in {"run", "kind", "label", "status", *outcome}]  # a stray key cannot clash
        head = ["run", "kind", "label", "status", *names, *outcome]

        def row(**values) -> list[object]:
            return [_csv_value(values.get(column)) for column in head]

        labels = self.labels(translate)
        rows: list[list[object]] = [head]
        for r in self._runs:
            rows.append(row(**{**r.settings, "run": r.run_id, "kind": "run", "label": labels[r.run_id],
                               "status": r.status, "iterations_done": r.iterations_done, "elapsed_s": r.elapsed_s,
                               "final_train_acc": r.train_acc, "final_test_acc": r.test_acc,
                               "loss_stride": r.loss_stride}))
        for r in self._runs:
            for k, loss in enumerate(r.losses.tolist()):
                rows.append(row(run=r.run_id, kind="loss", iteration=k * r.loss_stride, loss=loss))
            for e in r.epochs:
                rows.append(row(run=r.run_id, kind="epoch", iteration=e.iteration, epoch=e.epoch,
                                train_acc=e.train_acc, test_acc=e.test_acc))
        return rows

    # -- the file -------------------------------------------------------------------------------------
    def to_json(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "next_id": self._next_id,
                "runs": [r.to_json() for r in self._runs]}

    @classmethod
    def from_json(cls, data, *, max_runs: int = MAX_RUNS) -> RunHistory:
        """The history ``to_json`` gave; ``ValueError`` (or ``TypeError``/``KeyError``) if it is not one."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a run history")
        if data.get("version") != VERSION:
            raise _WrongVersion(data.get("version"))
        if not isinstance(data["runs"], list):
            raise ValueError("runs must be a list")
        return cls([RunRecord.from_json(d) for d in data["runs"]], max_runs=max_runs, next_id=data["next_id"])

    def save(self, path: str | Path) -> None:
        """Write the history to ``path`` atomically (a temporary file in the same folder, flushed and
        synced, then renamed over the old one): a crash or full disk leaves the previous file intact.
        Creates the folder; raises ``OSError`` if it cannot write."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(self.to_json(), allow_nan=False, separators=(",", ":")).encode("utf-8")
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        with contextlib.suppress(OSError):  # make the rename itself durable (POSIX; Windows has no dir fds)
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)

    @classmethod
    def load(cls, path: str | Path, *, max_runs: int = MAX_RUNS,
             translate: Callable[[str], str] = str) -> tuple[RunHistory, str | None]:
        """``(history, message)``: the saved history, or an empty one when there is none yet.

        A file that cannot be used (unreadable, damaged, a folder, too large, another version) is moved
        to ``<name>.corrupt-<YYYYmmdd-HHMMSS>`` beside it, and ``message`` tells the user so (translated
        with ``translate``); otherwise ``message`` is ``None``. Never raises for what is on disk.
        """
        path = Path(path)
        try:
            if not os.path.lexists(path):
                return cls(max_runs=max_runs), None
            if path.is_dir():
                reason = translate(REASONS["folder"])
            elif path.stat().st_size > MAX_FILE_BYTES:
                reason = translate(REASONS["large"])
            else:
                text = path.read_bytes().decode("utf-8")
                return cls.from_json(json.loads(text, parse_constant=_reject_constant), max_runs=max_runs), None
        except _WrongVersion:
            reason = translate(REASONS["version"])
        except OSError as error:
            reason = error.strerror or str(error)
        except Exception:  # noqa: BLE001 -- whatever is wrong with the file, the app must start
            reason = translate(REASONS["damaged"])
        return cls(max_runs=max_runs), _set_aside(path, reason, translate)


def settings_text(settings, names: Sequence[str], translate: Callable[[str], str] = str) -> str:
    """``names`` of ``settings`` in the legend's words, e.g. "lr 0.1, hidden 50, batch 100"."""
    return ", ".join(translate(LABEL_FORMATS[name]).format(value=_value_text(settings[name], translate))
                     for name in names if name in settings)


class _WrongVersion(ValueError):
    pass


def _set_aside(path: Path, reason: str, translate: Callable[[str], str]) -> str:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup, n = path.with_name(f"{path.name}.corrupt-{stamp}"), 1
    while os.path.lexists(backup):
        n += 1
        backup = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    try:
        os.replace(path, backup)
    except OSError as error:
        return translate(NOT_SET_ASIDE).format(path=path, reason=reason, error=error.strerror or error)
    return translate(SET_ASIDE).format(path=path, reason=reason, backup=backup.name)


def _reject_constant(name: str):
    raise ValueError(f"{name} is not allowed in a run history")


def _key(value):
    """Settings compare by value, so 100 and 100.0 count as the same."""
    return ("number", float(value)) if isinstance(value, (int, float)) and not isinstance(value, bool) else value


def _value_text(value, translate: Callable[[str], str]) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    if value in VALUE_NAMES:
        return translate(VALUE_NAMES[value])
    return str(value)


def _csv_value(value) -> object:
    """Floats in full (``repr``), a missing value (or a ``None`` size) as an empty cell."""
    return "" if value is None else repr(value) if isinstance(value, float) else value
