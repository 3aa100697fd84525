"""Issue 8, items 3, 4, 8 and 14: weights files are checked header first, never block, and save atomically.

The bomb files are forged small: each .npy header declares a huge shape while the archive holds only the
header (its central directory claims the full size). What is checked is that the loader refuses them from
the headers, without reading or allocating the data (numpy's reader is watched, allocations traced).
"""
import errno
import io
import os
import pickle
import struct
import subprocess
import sys
import threading
import tracemalloc
import zipfile
from pathlib import Path

import numpy as np
import pytest

from scratchnn_core import TwoLayerNet

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = "A weights file is an .npz with the arrays W1, b1, W2 and b2"


def _forged_npz(path, shapes: dict, dtype="<f8", compression=zipfile.ZIP_DEFLATED):
    """An .npz whose members hold only their .npy header, with the declared sizes of the full arrays."""
    declared = {}
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, shape in shapes.items():
            header = io.BytesIO()
            np.lib.format.write_array_header_1_0(header, {"descr": dtype, "fortran_order": False, "shape": shape})
            archive.writestr(f"{name}.npy", header.getvalue())
            declared[f"{name}.npy"] = len(header.getvalue()) + int(np.prod(shape)) * np.dtype(dtype).itemsize
    data = bytearray(Path(path).read_bytes())
    end = data.rfind(b"PK\x05\x06")
    count, _, start = struct.unpack_from("<HII", data, end + 10)
    for _ in range(count):  # central directory entries: uncompressed size at +24, name length at +28
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, start + 28)
        name = data[start + 46:start + 46 + name_length].decode()
        struct.pack_into("<I", data, start + 24, declared[name] % 2**32)
        start += 46 + name_length + extra_length + comment_length
    Path(path).write_bytes(bytes(data))


def _net_arrays(hidden=3, inputs=784, outputs=10, dtype=np.float32):
    rng = np.random.default_rng(0)
    return {"W1": rng.standard_normal((inputs, hidden)).astype(dtype), "b1": np.zeros(hidden, dtype),
            "W2": rng.standard_normal((hidden, outputs)).astype(dtype), "b2": np.zeros(outputs, dtype)}


# -- item 3: headers first, sane shapes and dtypes -----------------------------------------------------------------
BOMBS = {  # the files: gigabytes declared, a few hundred bytes on disk; what the refusal says
    "20000x20000": ({"W1": (20000, 20000), "b1": (20000,), "W2": (20000, 10), "b2": (10,)}, "20000-20000-10"),
    "784x200000": ({"W1": (784, 200000), "b1": (200000,), "W2": (200000, 10), "b2": (10,)}, "784-200000-10"),
    # 80 GB does not fit a plain zip's 32-bit size field: the size check refuses it first (MemoryError before)
    "100000x100000": ({"W1": (100000, 100000), "b1": (100000,), "W2": (100000, 10), "b2": (10,)}, "W1 is damaged"),
}


@pytest.mark.parametrize("name", list(BOMBS))
def test_huge_shapes_are_refused_from_the_headers_without_reading_data(name, tmp_path, monkeypatch):
    shapes, problem = BOMBS[name]
    path = tmp_path / f"{name}.npz"
    _forged_npz(path, shapes)
    assert path.stat().st_size < 2000

    def no_data_read(*args, **kwargs):
        raise AssertionError("array data was read before the headers were checked")

    monkeypatch.setattr(np.lib.format, "read_array", no_data_read)
    tracemalloc.start()
    try:
        with pytest.raises(ValueError) as refused:
            TwoLayerNet.load_npz(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000  # bytes: the headers only (the old loader asked for up to 80 GB)
    message = str(refused.value)
    assert problem in message and EXPECTED in message and "1 <= H <= 4096" in message and str(path) in message


@pytest.mark.parametrize("case, problem", [
    ("float16", "float16"),
    ("mixed", "mix float32 and float64"),
    ("int", "int64"),
    ("hidden 0", "784-0-10"),
    ("nan", "NaN or infinite"),
    ("inf", "NaN or infinite"),
    ("wrong input", "783-3-10"),
    ("big endian", None),
])
def test_weights_must_be_one_float_type_finite_and_784_h_10(case, problem, tmp_path):
    arrays = _net_arrays()
    if case == "float16":
        arrays = {k: v.astype(np.float16) for k, v in arrays.items()}
    elif case == "mixed":
        arrays["W2"] = arrays["W2"].astype(np.float64)  # was silently cast to W1's float32
    elif case == "int":
        arrays = {k: v.astype(np.int64) for k, v in arrays.items()}
    elif case == "hidden 0":
        arrays = _net_arrays(hidden=0)  # was accepted, and the form then showed a hidden size of 1
    elif case in ("nan", "inf"):
        arrays["W2"][1, 2] = np.nan if case == "nan" else -np.inf
    elif case == "wrong input":
        arrays = _net_arrays(inputs=783)
    elif case == "big endian":
        arrays = {k: v.astype(">f4") for k, v in arrays.items()}
    path = tmp_path / "weights.npz"
    np.savez(path, **arrays)
    if problem is None:  # float32 in the other byte order is float32: read, in native order
        net = TwoLayerNet.load_npz(path)
        assert net.dtype == np.float32 and net.dtype.isnative
        np.testing.assert_array_equal(net.params["W1"], _net_arrays()["W1"])
        return
    with pytest.raises(ValueError, match=problem) as refused:
        TwoLayerNet.load_npz(path)
    assert EXPECTED in str(refused.value)


def test_the_size_the_zip_declares_must_match_the_header(tmp_path):
    path = tmp_path / "weights.npz"
    np.savez(path, **_net_arrays())
    data = bytearray(path.read_bytes())
    start = struct.unpack_from("<I", data, data.rfind(b"PK\x05\x06") + 16)[0]  # W1 is the first entry
    struct.pack_into("<I", data, start + 24, struct.unpack_from("<I", data, start + 24)[0] + 10**6)
    path.write_bytes(bytes(data))
    with pytest.raises(ValueError, match="W1 is damaged"):
        TwoLayerNet.load_npz(path)


def test_an_archive_of_many_members_is_refused_before_zipfile_reads_its_directory(tmp_path, monkeypatch):
    path = tmp_path / "many.npz"
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(70000):  # a directory of 70000 entries: about a second for zipfile to parse
            archive.writestr(str(i), b"")
    monkeypatch.setattr(zipfile, "ZipFile", None)  # never opened as an archive
    with pytest.raises(ValueError, match="65535 or more members, not the four arrays"):
        TwoLayerNet.load_npz(path)


def test_book_sized_weights_still_load_and_limits_are_parameters(tmp_path):
    path = tmp_path / "weights.npz"
    net = TwoLayerNet(784, 50, 10, seed=1)
    net.save_npz(path)
    loaded = TwoLayerNet.load_npz(path)
    assert all(np.array_equal(loaded.params[k], net.params[k]) for k in net.params)
    with pytest.raises(ValueError, match="1 <= H <= 40"):
        TwoLayerNet.load_npz(path, max_hidden=40)
    small = TwoLayerNet(2, 3, 2, seed=0)
    small.save_npz(tmp_path / "small.npz")
    assert TwoLayerNet.load_npz(tmp_path / "small.npz", input_size=2, output_size=2).params["W1"].shape == (2, 3)


# -- item 4: a FIFO or any non-regular file never blocks ----------------------------------------------------------
def _returns_within(seconds, call, unblock=None):
    """Run ``call`` in a thread; True if it returned (or raised) within ``seconds``."""
    done = threading.Event()

    def run():
        try:
            call()
        except BaseException:  # noqa: BLE001 - only whether it returned matters here
            pass
        finally:
            done.set()

    threading.Thread(target=run, daemon=True).start()
    finished = done.wait(seconds)
    if not finished and unblock is not None:
        unblock()  # let the stuck thread go (a writer opens the FIFO)
    return finished


def _open_writer(fifo):
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_or_a_folder_is_refused_at_once(tmp_path):
    fifo = tmp_path / "weights.npz"
    os.mkfifo(fifo)
    assert _returns_within(5.0, lambda: TwoLayerNet.load_npz(fifo), lambda: _open_writer(fifo))
    for path in (fifo, tmp_path, Path("/dev/zero")):
        with pytest.raises(ValueError, match="not a regular file|folder") as refused:
            TwoLayerNet.load_npz(path)
        assert EXPECTED in str(refused.value)


# -- item 14: not a weights file: say what one is, not numpy's words -----------------------------------------------
def test_a_file_that_is_not_weights_gets_our_message(tmp_path):
    pickled = tmp_path / "arrays.npy"
    np.save(pickled, np.array([{"W1": 1}], dtype=object), allow_pickle=True)
    text = tmp_path / "notes.npz"
    text.write_text("W1 b1 W2 b2\n")
    with zipfile.ZipFile(tmp_path / "objects.npz", "w") as archive:  # a pickled member inside an .npz
        for name in ("W1", "b1", "W2", "b2"):
            buffer = io.BytesIO()
            np.save(buffer, np.array([pickle.dumps(name)], dtype=object), allow_pickle=True)
            archive.writestr(f"{name}.npy", buffer.getvalue())
    for path in (pickled, text, tmp_path / "objects.npz"):
        with pytest.raises(ValueError) as refused:
            TwoLayerNet.load_npz(path)
        message = str(refused.value)
        assert EXPECTED in message and "allow_pickle" not in message and "pickle" not in message


# -- item 8: saving is atomic ----------------------------------------------------------------------------------------
_FULL_DISK = """
import resource, signal, sys
from scratchnn_core import TwoLayerNet
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # past the limit, write() fails with EFBIG, as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000))
try:
    TwoLayerNet(784, 50, 10, seed=1).save_npz(sys.argv[1])
except OSError as error:
    print(type(error).__name__, error.errno)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_save_that_fails_half_way_keeps_the_old_file(tmp_path):
    path = tmp_path / "weights.npz"
    TwoLayerNet(2, 3, 2, seed=0).save_npz(path)  # the old, good file (under the limit)
    before = path.read_bytes()
    run = subprocess.run([sys.executable, "-c", _FULL_DISK, str(path)], cwd=ROOT, capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == ["OSError", str(errno.EFBIG)]  # the save failed and said so
    assert path.read_bytes() == before  # not truncated
    assert sorted(p.name for p in tmp_path.iterdir()) == ["weights.npz"]  # no temporary file left behind
    assert TwoLayerNet.load_npz(path, input_size=2, output_size=2).params["W1"].shape == (2, 3)


def test_a_save_into_a_missing_folder_raises_and_writes_nothing(tmp_path):
    with pytest.raises(FileNotFoundError) as failed:
        TwoLayerNet(2, 3, 2).save_npz(tmp_path / "missing" / "weights.npz")
    assert str(tmp_path / "missing" / "weights.npz") in str(failed.value)
    assert list(tmp_path.iterdir()) == []
