"""The training tab's "Curves" page: live plots, the per-epoch table and the history of runs (Book 4.5.2-4.5.3).

Every run, finished, stopped or diverged, becomes a :class:`~app.tabs.run_record.RunRecord` in a
:class:`~app.tabs.run_history.RunHistory` kept in a small JSON file (the user's data directory, or the
path the tab was given). Earlier runs stay in the plots, faded, named by the settings in which they
differ; the table shows, hides, removes and exports them.
"""
from __future__ import annotations

import dataclasses
import logging
from functools import partial
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app import export
from app.formatting import format_duration
from app.settings import data_dir
from app.tabs.run_history import FILE_NAME, RunHistory, settings_text
from app.tabs.run_record import RunRecord
from app.tabs.training_model import ExponentialSmoother
from app.widgets.epoch_table import EpochTable
from app.widgets.run_table import RunRow, RunTable
from app.widgets.training_plots import LIVE_COLOR, RunCurve, TrainingPlots, run_color

_log = logging.getLogger(__name__)
#: The run history's texts were marked in the TrainingTab context.
translate = partial(QCoreApplication.translate, "TrainingTab")
SETTINGS_SHOWN = ("learning_rate", "hidden_size", "batch_size", "weight_init_std", "train_size", "test_size",
                  "seed", "gradient")


def default_history_path() -> Path:
    """``run_history.json`` in ScratchNN's data folder (``app.settings.data_dir``)."""
    return data_dir() / FILE_NAME


class CurvesPage(QWidget):
    """Plots, epoch table and run table. ``message(str)`` says what the status bar should show."""

    message = Signal(str)
    run_removed = Signal(int)

    def __init__(self, history_path: str | Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history_path = Path(history_path) if history_path is not None else default_history_path()
        self.runs, problem = RunHistory.load(self.history_path, translate=translate)
        self._current: int | None = None
        self._smoothed: dict[int, tuple[RunRecord, RunCurve]] = {}
        self.plots = TrainingPlots()
        self.epoch_table = EpochTable()
        self.epoch_table.setMinimumWidth(150)
        self.epoch_table.setMaximumWidth(230)
        self.run_table = RunTable()
        self.run_table.visibility_toggled.connect(self._on_run_table_visibility_toggled)
        self.run_table.remove_requested.connect(self._on_run_table_remove_requested)
        self.run_table.export_requested.connect(self._on_run_table_export_requested)
        self.notice = QLabel(wordWrap=True)
        self.notice.setStyleSheet("color: #8a5a00;")
        self.notice.setVisible(problem is not None)
        self.notice.setText(problem or "")
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.plots, 1)
        row.addWidget(self.epoch_table)
        bottom = QWidget()
        column = QVBoxLayout(bottom)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notice)
        column.addWidget(self.run_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.refresh()

    # -- the current run ------------------------------------------------------------------------------
    def start_live(self, iterations: int, last_epoch: int, history) -> None:
        self.plots.start_run(iterations, last_epoch, history.loss_ceiling())
        self.draw_live(history)
        self.run_table.set_removable(False)

    def draw_live(self, history) -> None:
        self.plots.draw(history)
        self.epoch_table.set_epochs(history.epochs)

    def end_live(self, history) -> None:
        self.plots.end_run(history)
        self.epoch_table.set_epochs(history.epochs)
        self.run_table.set_removable(True)

    def current_run(self) -> int | None:
        return self._current

    def record_run(self, run_id: int | None, config, status: str, history, elapsed_s: float) -> int:
        """Keep the run shown in ``history`` (its whole loss curve and epochs) under ``run_id`` (a run
        trained further) or a new number; save; return the number. It becomes the current run."""
        _, losses = history.loss_curve()
        record = RunRecord.from_run(config, status, losses, history.epochs, elapsed_s, run_id or 0)
        if run_id is not None and run_id in {r.run_id for r in self.runs.runs()}:
            record = self.runs.replace(dataclasses.replace(record, visible=self.runs.get(run_id).visible))
        else:
            record = self.runs.add(record)
        self._current = record.run_id
        self._changed()
        return record.run_id

    def set_final_accuracy(self, run_id: int, train_acc: float, test_acc: float) -> None:
        """The accuracies the evaluation measured after the run's last iteration."""
        if run_id in {r.run_id for r in self.runs.runs()}:
            self.runs.replace(dataclasses.replace(self.runs.get(run_id), train_acc=float(train_acc),
                                                  test_acc=float(test_acc)))
            self._changed()

    def forget_current(self) -> None:
        """The current network no longer belongs to a kept run (weights were loaded)."""
        self._current = None
        self.refresh()

    # -- the table's requests -------------------------------------------------------------------------
    @Slot(int, bool)
    def _on_run_table_visibility_toggled(self, run_id: int, visible: bool) -> None:
        self.runs.set_visible(run_id, visible)
        self._changed()

    @Slot(int)
    def _on_run_table_remove_requested(self, run_id: int) -> None:
        self.remove_run(run_id)

    def remove_run(self, run_id: int) -> None:
        """Forget run ``run_id``: its row and its curves (the current run's too)."""
        self.runs.remove(run_id)
        if run_id == self._current:
            self._current = None
        self._smoothed.pop(run_id, None)
        self._changed()
        self.run_removed.emit(run_id)

    @Slot()
    def _on_run_table_export_requested(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export all runs as CSV"), str(
            Path.home() / "scratchnn_runs.csv"), self.tr("CSV files (*.csv)"))
        if path:
            try:
                self.export_runs_csv(path)
            except OSError as error:
                self.message.emit(self.tr("Could not export to {0}: {1}").format(path, error.strerror or error))
                return
            self.message.emit(self.tr("Exported {0} runs to {1}").format(len(self.runs), path))

    def runs_csv_rows(self) -> list[list]:
        """All runs as one table (``RunHistory.csv_rows``)."""
        return self.runs.csv_rows(translate)

    def export_runs_csv(self, path: str | Path) -> None:
        export.export_csv(self.runs_csv_rows(), path)

    # -- drawing --------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.refresh()
        try:
            self.runs.save(self.history_path)
        except OSError as error:  # a read-only or full disk: the runs of this session are still shown
            _log.warning("could not save the run history to %s: %s", self.history_path, error)
            self.notice.setText(self.tr("The run history could not be saved to {0} ({1}).").format(
                self.history_path, error.strerror or error))
            self.notice.show()

    def refresh(self) -> None:
        labels = self.runs.labels(translate)
        runs = self.runs.runs()
        self.plots.show_runs([self._curve(r, labels[r.run_id]) for r in runs
                              if r.visible and r.run_id != self._current])
        current = next((r for r in runs if r.run_id == self._current), None)
        self.plots.set_live_visible(current is None or current.visible)
        live = QColor(*LIVE_COLOR)  # the current run is drawn in the live curves' colour, faded runs in theirs
        self.run_table.set_runs([
            RunRow(r.run_id, labels[r.run_id], live if r.run_id == self._current else run_color(r.run_id), r.status,
                   r.iterations_done, format_duration(r.elapsed_s), r.train_acc, r.test_acc,
                   settings_text(r.settings, SETTINGS_SHOWN, translate), r.visible, r.run_id == self._current)
            for r in runs])

    def _curve(self, record: RunRecord, label: str) -> RunCurve:
        cached = self._smoothed.get(record.run_id)
        if cached is None or cached[0] is not record:
            iterations, losses = record.loss_curve()
            smoother = ExponentialSmoother(max(50.0 / record.loss_stride, 1.0))  # the live curve's EMA span
            with np.errstate(invalid="ignore", over="ignore"):
                smoothed = smoother.feed(losses) if losses.size else losses
            epochs = np.array([e.epoch for e in record.epochs], dtype=np.float64)
            test = np.array([e.test_acc for e in record.epochs], dtype=np.float64)
            cached = (record, RunCurve(record.run_id, label, iterations, smoothed, epochs, test))
            self._smoothed[record.run_id] = cached
        return dataclasses.replace(cached[1], label=label)
