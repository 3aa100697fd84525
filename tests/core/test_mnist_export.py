"""``scratchnn-mnist export DIR``: the four MNIST files the book's dataset/mnist.py reads (issue 13)."""
from __future__ import annotations

import gzip
import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest

from scratchnn_core import mnist_export
from scratchnn_core._resources import resources_dir
from scratchnn_core.mnist_export import export_mnist, main

ROOT = Path(__file__).resolve().parents[2]
# The book's dataset/mnist.py key_file, and the MD5s of the uncompressed files (the MNIST originals).
BOOK_FILES = {
    "train-images-idx3-ubyte.gz": "6bbc9ace898e44ae57da46a324031adb",
    "train-labels-idx1-ubyte.gz": "a25bea736e30d166cdddb491f175f624",
    "t10k-images-idx3-ubyte.gz": "2646ac647ad5339dbf082846283269ea",
    "t10k-labels-idx1-ubyte.gz": "27ae3e4e09519cfbb04c329615203637",
}


def content_md5(path: Path) -> str:
    with gzip.open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def test_export_writes_the_four_files_under_the_books_names(tmp_path, capsys):
    folder = tmp_path / "deep-learning-from-scratch" / "dataset"  # created, parents too
    assert main(["export", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(BOOK_FILES)  # no temporary files left
    assert {name: content_md5(folder / name) for name in BOOK_FILES} == BOOK_FILES
    out = capsys.readouterr()
    assert out.err == ""
    assert all(name in out.out for name in BOOK_FILES)
    assert "dataset/" in out.out and "mnist.py" in out.out and "mnist.pkl" in out.out


def test_files_read_as_the_books_loader_reads_them(tmp_path):
    """The book's _load_img / _load_label: gzip, then uint8 data after a 16- or 8-byte header."""
    export_mnist(tmp_path)
    def read(name, offset):
        with gzip.open(tmp_path / name, "rb") as fh:
            return np.frombuffer(fh.read(), np.uint8, offset=offset)
    train_img = read("train-images-idx3-ubyte.gz", 16).reshape(-1, 784)
    train_label = read("train-labels-idx1-ubyte.gz", 8)
    test_img = read("t10k-images-idx3-ubyte.gz", 16).reshape(-1, 784)
    test_label = read("t10k-labels-idx1-ubyte.gz", 8)
    assert train_img.shape == (60000, 784) and test_img.shape == (10000, 784)
    assert train_label.shape == (60000,) and test_label.shape == (10000,)
    assert train_label[:5].tolist() == [5, 0, 4, 1, 9] and test_label[:3].tolist() == [7, 2, 1]
    assert train_label.max() == 9 and int(train_img.max()) == 255


def test_export_returns_the_written_paths_in_the_books_order(tmp_path):
    paths = export_mnist(tmp_path)
    assert [p.name for p in paths] == list(mnist_export.BOOK_FILE_NAMES.values())
    assert list(mnist_export.BOOK_FILE_NAMES) == ["train_img", "train_label", "test_img", "test_label"]
    assert all(p.parent == tmp_path and p.stat().st_size > 0 for p in paths)


def test_existing_file_is_not_overwritten_and_nothing_is_written(tmp_path, capsys):
    existing = tmp_path / "t10k-labels-idx1-ubyte.gz"
    existing.write_bytes(b"my own file")
    assert main(["export", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert str(existing) in err and "--force" in err and "Traceback" not in err
    assert existing.read_bytes() == b"my own file"
    assert [p.name for p in tmp_path.iterdir()] == [existing.name]


def test_force_overwrites(tmp_path):
    for name in BOOK_FILES:
        (tmp_path / name).write_bytes(b"a broken download")
    assert main(["export", str(tmp_path), "--force"]) == 0
    assert {name: content_md5(tmp_path / name) for name in BOOK_FILES} == BOOK_FILES


def test_a_file_that_fails_its_md5_is_not_left_under_its_name(tmp_path, monkeypatch, capsys):
    source = tmp_path / "resources"
    shutil.copytree(resources_dir() / "mnist", source / "mnist")
    labels = gzip.decompress((source / "mnist" / "t10k-labels-idx1-ubyte.gz").read_bytes())
    damaged = labels[:8] + bytes([(labels[8] + 1) % 10]) + labels[9:]  # one label changed, header intact
    (source / "mnist" / "t10k-labels-idx1-ubyte.gz").write_bytes(gzip.compress(damaged))
    monkeypatch.setenv("SCRATCHNN_RESOURCES", str(source))
    out = tmp_path / "out"
    assert main(["export", str(out)]) == 1
    err = capsys.readouterr().err
    assert "t10k-labels-idx1-ubyte.gz" in err and "MD5" in err and "Traceback" not in err
    # The three files before it were written; of the damaged one, not even a temporary file is left.
    assert sorted(p.name for p in out.iterdir()) == sorted(set(BOOK_FILES) - {"t10k-labels-idx1-ubyte.gz"})


def test_unwritable_folder_gives_exit_1_and_a_message(tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    # (chmod cannot make a folder unwritable for root, who runs CI; a file in the path fails for anyone)
    for target in (blocker, blocker / "dataset"):
        assert main(["export", str(target)]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"scratchnn-mnist: cannot write {blocker}: it is a file, not a folder")
        assert "Traceback" not in err
    assert blocker.read_text() == "a file where the folder should be"


def test_a_stale_pickle_is_pointed_out(tmp_path, capsys):
    (tmp_path / "mnist.py").write_text("# the book's loader would be here\n")
    (tmp_path / "mnist.pkl").write_bytes(b"from an earlier attempt")
    assert main(["export", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"{tmp_path / 'mnist.pkl'} exists: delete it" in out
    assert "holds the book's mnist.py" in out


@pytest.mark.parametrize("argv", [[], ["export"], ["import", "x"], ["export", "a", "b"], ["export", "--frobnicate"]])
def test_bad_arguments_exit_2(argv, capsys):
    assert main(argv) == 2
    assert "usage: scratchnn-mnist" in capsys.readouterr().err


def test_help_exits_0(capsys):
    assert main(["export", "--help"]) == 0
    assert "--force" in capsys.readouterr().out


def test_entry_point_is_declared():
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["scratchnn-mnist"] == "scratchnn_core.mnist_export:main"
