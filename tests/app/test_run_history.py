"""The training tab's run history without Qt: records, labels, CSV, saving, and damaged files set aside."""
import csv
import dataclasses
import io
import json
import math
import os

import numpy as np
import pytest

from app.tabs import run_history
from app.tabs.run_history import MAX_RUNS, RunHistory, RunRecord
from app.tabs.run_record import MAX_LOSS_POINTS, downsample_losses
from scratchnn_core import EpochRecord, TrainConfig, load_mnist, train


def train_acc(epoch):
    return 1 - 0.9 / (epoch + 1)


def make_record(iterations=100, status="completed", stride=1, epochs=2, **settings):
    """A record with the given settings (the rest TrainConfig's defaults) and synthetic losses."""
    config = dataclasses.asdict(TrainConfig(**settings))
    losses = np.linspace(2.3, 0.3, -(-iterations // stride), dtype=np.float32)
    records = tuple(EpochRecord(10 * k, k, train_acc(k), train_acc(k) - 0.01) for k in range(epochs))
    last = records[-1] if records else None
    return RunRecord(0, config, status, iterations, 1.5, last and last.train_acc, last and last.test_acc,
                     losses, records, stride)


def history_of(*settings_list):
    history = RunHistory()
    for settings in settings_list:
        history.add(make_record(**settings))
    return history


def same_record(a, b):
    return all(np.array_equal(getattr(a, f.name), getattr(b, f.name)) if f.name == "losses"
               else getattr(a, f.name) == getattr(b, f.name) for f in dataclasses.fields(RunRecord))


# -- records --------------------------------------------------------------------------------------------
def test_a_record_of_a_real_run_keeps_its_losses_epochs_and_final_accuracies():
    config = TrainConfig(iters_num=60, learning_rate=0.5, train_size=1000, test_size=200)
    epochs = []
    result = train(config, load_mnist(), callback=lambda r: epochs.append(r) if isinstance(r, EpochRecord) else None)
    record = RunRecord.from_run(config, result.status, result.train_loss, epochs, result.elapsed_s)
    assert record.settings == dataclasses.asdict(config) and record.settings["learning_rate"] == 0.5
    assert (record.status, record.iterations_done, record.loss_stride) == ("completed", 60, 1)
    assert [e.iteration for e in record.epochs] == [0, 10, 20, 30, 40, 50]  # 1000 / 100 per epoch
    assert record.test_acc == result.test_acc[-1] and record.train_acc == result.train_acc[-1]
    np.testing.assert_array_equal(record.losses, np.float32(result.train_loss))
    iterations, losses = record.loss_curve()
    np.testing.assert_array_equal(iterations, np.arange(60))
    assert losses.dtype == np.float32 and not losses.flags.writeable
    with pytest.raises(TypeError):
        record.settings["learning_rate"] = 1.0  # read-only
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.status = "diverged"


def test_long_curves_are_stored_as_block_means():
    losses = np.arange(25001, dtype=np.float64)
    losses[-1] = np.inf  # a diverged last iteration
    means, stride = downsample_losses(losses)
    assert stride == 3 and len(means) == 8334 <= MAX_LOSS_POINTS
    assert means[0] == pytest.approx(1.0) and means[1] == pytest.approx(4.0)
    assert math.isinf(means[-1])  # the last block (iterations 24999..25000) keeps the divergence
    record = RunRecord(1, {}, "diverged", 25001, 1.0, None, None, means, (), stride)
    iterations, _ = record.loss_curve()
    assert iterations[0] == 1.0 and iterations[1] == 4.0 and iterations[-1] == 24999.5
    short, one = downsample_losses([2.0, 1.0])
    assert one == 1 and short.tolist() == [2.0, 1.0]


@pytest.mark.parametrize("change", [
    dict(status="paused"),
    dict(iterations_done=99),          # 100 losses for 99 iterations
    dict(train_acc=1.5),
    dict(test_acc=math.nan),
    dict(elapsed_s=-1.0),
    dict(elapsed_s=math.inf),
    dict(loss_stride=0),
    dict(run_id=True),
    dict(settings={"learning_rate": [0.1]}),
    dict(settings={"learning_rate": math.nan}),
    dict(epochs=((0, 0, 0.1, 0.1),)),
    dict(visible="yes"),
])
def test_invalid_records_raise_value_error(change):
    with pytest.raises(ValueError):
        dataclasses.replace(make_record(), **change)


# -- the history ----------------------------------------------------------------------------------------
def test_runs_are_numbered_removed_hidden_and_the_oldest_dropped():
    history = RunHistory(max_runs=3)
    kept = [history.add(make_record(learning_rate=lr)) for lr in (0.1, 0.2, 0.3, 0.4)]
    assert [r.run_id for r in kept] == [1, 2, 3, 4]
    assert [r.run_id for r in history.runs()] == [2, 3, 4]  # run 1 dropped
    assert history.set_visible(3, False).visible is False
    assert [r.visible for r in history.runs()] == [True, False, True]
    assert history.remove(2).settings["learning_rate"] == 0.2
    assert [r.run_id for r in history.runs()] == [3, 4]
    assert history.add(make_record()).run_id == 5  # numbers are never reused
    for missing in (1, 2, 99):
        with pytest.raises(KeyError):
            history.get(missing)
    with pytest.raises(KeyError):
        history.remove(2)
    assert RunHistory().max_runs == MAX_RUNS == 20


@pytest.mark.parametrize("settings, expected", [
    ([{}], ["run 1"]),
    ([{}, {}], ["run 1", "run 2"]),
    ([{"learning_rate": 0.1}, {"learning_rate": 0.01}], ["lr 0.1", "lr 0.01"]),
    ([{"learning_rate": 0.1}, {"learning_rate": 0.5, "hidden_size": 100}],
     ["lr 0.1, hidden 50", "lr 0.5, hidden 100"]),
    ([{"learning_rate": 0.1}, {"learning_rate": 0.1}, {"learning_rate": 0.5}],
     ["lr 0.1, run 1", "lr 0.1, run 2", "lr 0.5"]),
    ([{"batch_size": 100, "seed": 1}, {"batch_size": 200, "seed": 2}], ["batch 100, seed 1", "batch 200, seed 2"]),
    ([{"train_size": None}, {"train_size": 5000}], ["train all", "train 5000"]),
    ([{"gradient": "numerical"}, {}], ["numerical gradient", "backprop gradient"]),
    ([{"gradient": "structured"}, {}], ["structured numerical gradient", "backprop gradient"]),
    ([{"weight_init_std": 1e-5}, {"dtype": "float64"}],
     ["init std 1e-05, float32 weights", "init std 0.01, float64 weights"]),
    ([{"hidden_size": 100}, {"hidden_size": 100.0}], ["run 1", "run 2"]),  # equal values are not a difference
])
def test_labels_name_only_the_settings_that_differ(settings, expected):
    history = history_of(*settings)
    assert list(history.labels().values()) == expected


def test_labels_follow_the_runs_kept_and_are_translated():
    history = history_of({"learning_rate": 0.1}, {"learning_rate": 0.5}, {"learning_rate": 0.1})
    korean = {"lr {value}": "학습률 {value}", "run {n}": "실행 {n}"}
    assert history.labels(lambda text: korean.get(text, text)) == {1: "학습률 0.1, 실행 1", 2: "학습률 0.5",
                                                                   3: "학습률 0.1, 실행 3"}
    history.remove(2)
    assert history.labels() == {1: "run 1", 3: "run 3"}  # what differed is gone


def test_one_csv_table_holds_every_run():
    history = history_of({"learning_rate": 0.1}, {"learning_rate": 0.5})
    history.add(make_record(iterations=30, status="cancelled", stride=2, epochs=0))
    history.set_visible(1, False)
    out = io.StringIO()
    csv.writer(out).writerows(history.csv_rows())
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    summary = [r for r in rows if r["kind"] == "run"]
    assert [(r["run"], r["label"], r["status"], r["learning_rate"]) for r in summary] == [
        ("1", "lr 0.1, run 1", "completed", "0.1"), ("2", "lr 0.5", "completed", "0.5"),
        ("3", "lr 0.1, run 3", "cancelled", "0.1")]
    assert summary[0]["train_size"] == "" and summary[0]["final_test_acc"] == repr(train_acc(1) - 0.01)
    assert summary[2]["final_test_acc"] == "" and summary[2]["loss_stride"] == "2"
    loss_rows = [r for r in rows if r["kind"] == "loss"]
    assert len(loss_rows) == 100 + 100 + 15
    third = [r for r in loss_rows if r["run"] == "3"]
    assert [int(r["iteration"]) for r in third[:3]] == [0, 2, 4]
    assert float(third[0]["loss"]) == np.float32(2.3) and third[0]["learning_rate"] == ""
    epochs = [r for r in rows if r["kind"] == "epoch"]
    assert [(r["run"], r["iteration"], r["epoch"]) for r in epochs] == [
        ("1", "0", "0"), ("1", "10", "1"), ("2", "0", "0"), ("2", "10", "1")]
    assert float(epochs[1]["train_acc"]) == train_acc(1) == 0.55


def test_a_stray_setting_named_like_a_column_does_not_break_the_table():
    history = RunHistory([dataclasses.replace(make_record(), run_id=7, settings={"run": 99, "status": "x"})])
    rows = history.csv_rows()
    assert rows[0][:4] == ["run", "kind", "label", "status"] and rows[0].count("run") == 1
    assert rows[1][:4] == [7, "run", "run 7", "completed"]


# -- the file -------------------------------------------------------------------------------------------
def test_save_and_load_round_trip(tmp_path):
    history = history_of({"learning_rate": 0.1}, {"train_size": None, "test_size": 1000},
                         {"iterations": 25001, "stride": 3, "status": "diverged"})
    history.set_visible(2, False)
    history.remove(1)
    path = tmp_path / "data" / run_history.FILE_NAME  # the folder is created
    history.save(path)
    loaded, message = RunHistory.load(path)
    assert message is None
    assert len(loaded) == 2 and all(same_record(a, b) for a, b in zip(loaded.runs(), history.runs()))
    assert loaded.add(make_record()).run_id == 4  # the numbering goes on after a restart
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left


def test_ten_book_runs_make_a_file_of_about_half_a_megabyte(tmp_path):
    history = RunHistory()
    for k in range(10):
        history.add(make_record(iterations=10000, epochs=17, seed=k))
    path = tmp_path / "history.json"
    history.save(path)
    assert 530_000 < path.stat().st_size < 545_000  # 10 x 40000 bytes of float32, as base64
    assert RunHistory.load(path)[0].runs()[3].iterations_done == 10000


def test_loading_keeps_only_the_newest_runs(tmp_path):
    path = tmp_path / "history.json"
    history_of(*[{"seed": k} for k in range(5)]).save(path)
    loaded, message = RunHistory.load(path, max_runs=2)
    assert message is None and [r.settings["seed"] for r in loaded.runs()] == [3, 4]


def test_a_missing_file_is_an_empty_history_without_a_message(tmp_path):
    history, message = RunHistory.load(tmp_path / "nothing.json")
    assert len(history) == 0 and message is None


def _valid_json():
    return history_of({"learning_rate": 0.1}).to_json()


def _with_run(**change):
    data = _valid_json()
    data["runs"][0].update(change)
    return json.dumps(data)


CORRUPT = {
    "truncated": json.dumps(_valid_json())[:150],
    "empty": "",
    "not json": "lr=0.1\n",
    "a list": "[1, 2, 3]",
    "another format": json.dumps({"format": "something-else", "version": 1}),
    "wrong types": _with_run(iterations_done="ten"),
    "bool id": _with_run(id=True),
    "settings a list": _with_run(settings=[0.1]),
    "losses not base64": _with_run(losses="not base64!"),
    "too few losses": _with_run(losses="AACAPw=="),
    "accuracy too high": _with_run(train_acc=1.5),
    "NaN constant": _with_run(elapsed_s="@").replace('"@"', "NaN"),
    "epoch of 3 values": _with_run(epochs=[[0, 0, 0.1]]),
    "missing key": json.dumps({k: v for k, v in _valid_json().items() if k != "runs"}),
    "duplicate ids": json.dumps({**_valid_json(), "runs": _valid_json()["runs"] * 2}),
}


@pytest.mark.parametrize("name", list(CORRUPT))
def test_a_damaged_file_is_set_aside_with_a_message(tmp_path, name):
    path = tmp_path / "history.json"
    path.write_text(CORRUPT[name], encoding="utf-8")
    history, message = RunHistory.load(path)
    assert len(history) == 0
    backups = list(tmp_path.glob("history.json.corrupt-*"))
    assert not path.exists() and len(backups) == 1
    assert backups[0].read_text(encoding="utf-8") == CORRUPT[name]  # kept for the curious, unchanged
    assert "damaged" in message and backups[0].name in message and str(path) in message


@pytest.mark.parametrize("setup, reason", [
    (lambda p: p.write_bytes(b"\xff\xfe\x00garbage"), "damaged"),
    (lambda p: p.write_text(json.dumps({**_valid_json(), "version": 2})), "another version"),
    (lambda p: p.mkdir(), "folder"),
    (lambda p: (p.write_bytes(b"{"), os.truncate(p, run_history.MAX_FILE_BYTES + 1)), "larger"),
], ids=["binary", "version", "directory", "huge"])
def test_unusable_files_are_set_aside_with_their_reason(tmp_path, setup, reason):
    path = tmp_path / "history.json"
    setup(path)
    history, message = RunHistory.load(path)
    assert len(history) == 0 and reason in message
    assert not path.exists() and len(list(tmp_path.glob("history.json.corrupt-*"))) == 1
    history.add(make_record())
    history.save(path)  # a new history can be saved where the bad one was
    assert len(RunHistory.load(path)[0]) == 1


def test_two_damaged_files_in_the_same_second_get_two_backups(tmp_path):
    path = tmp_path / "history.json"
    for _ in range(2):
        path.write_text("{", encoding="utf-8")
        RunHistory.load(path)
    assert len(list(tmp_path.glob("history.json.corrupt-*"))) == 2


def test_a_file_that_cannot_be_moved_aside_is_reported_not_raised(tmp_path, monkeypatch):
    path = tmp_path / "history.json"
    path.write_text("{", encoding="utf-8")

    def refuse(*args):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(run_history.os, "replace", refuse)
    history, message = RunHistory.load(path, translate=lambda text: text.replace("could not", "COULD NOT"))
    assert len(history) == 0 and path.exists()
    assert "COULD NOT be read" in message and "Permission denied" in message and "not be kept" in message


@pytest.mark.parametrize("broken", ["replace", "fsync", "write"])
def test_a_failed_save_leaves_the_old_file_intact(tmp_path, monkeypatch, broken):
    path = tmp_path / "history.json"
    history_of({"learning_rate": 0.1}).save(path)
    before = path.read_bytes()

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")
    if broken == "write":
        monkeypatch.setattr(run_history.json, "dumps", lambda *a, **k: "x" * 10)  # something to write
        real_fdopen = os.fdopen

        class FailingFile:
            def __init__(self, fd, mode):
                self._file = real_fdopen(fd, mode)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self._file.close()

            def write(self, data):
                self._file.write(data[:3])  # a partial write, then the disk is full
                fail()
        monkeypatch.setattr(run_history.os, "fdopen", FailingFile)
    else:
        monkeypatch.setattr(run_history.os, broken, fail)
    with pytest.raises(OSError):
        history_of({"learning_rate": 0.5}, {}).save(path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["history.json"]  # the temporary file was removed
    assert RunHistory.load(path)[0].runs()[0].settings["learning_rate"] == 0.1
