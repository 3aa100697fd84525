"""load_mnist: the book's shapes and ranges from the embedded files, and one clear error per bad file."""
import contextlib
import gzip
import os
import shutil
import struct
import threading
import tracemalloc
import zlib

import numpy as np
import pytest

from scratchnn_core import MnistError, load_mnist
from scratchnn_core._resources import resources_dir

EMBEDDED = resources_dir() / "mnist"
NAMES = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")
# The first labels of the real sets (the book's first training image is a 5).
FIRST_TRAIN_LABELS = [5, 0, 4, 1, 9, 2, 1, 3, 1, 4]
FIRST_TEST_LABELS = [7, 2, 1, 0, 4, 1, 4, 9, 5, 9]


@pytest.fixture(scope="module")
def mnist():
    return load_mnist()


def test_default_is_normalized_flat_float32_with_uint8_labels(mnist):
    (x_train, t_train), (x_test, t_test) = mnist
    assert x_train.shape == (60000, 784) and x_test.shape == (10000, 784)
    assert x_train.dtype == np.float32 and x_test.dtype == np.float32
    assert t_train.shape == (60000,) and t_test.shape == (10000,)
    assert t_train.dtype == np.uint8
    assert x_train.min() == 0.0 and x_train.max() == 1.0
    assert t_train[:10].tolist() == FIRST_TRAIN_LABELS
    assert t_test[:10].tolist() == FIRST_TEST_LABELS
    assert np.bincount(t_train).tolist() == [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
    assert all(a.flags.writeable for pair in mnist for a in pair)


def test_raw_images_are_uint8_and_normalizing_divides_by_255(mnist):
    (x_raw, _), (x_raw_test, _) = load_mnist(normalize=False, flatten=False)
    assert x_raw.shape == (60000, 1, 28, 28) and x_raw_test.shape == (10000, 1, 28, 28)
    assert x_raw.dtype == np.uint8 and x_raw.max() == 255
    # The book's x.astype(np.float32) / 255.0, bit for bit.
    np.testing.assert_array_equal(mnist[0][0], x_raw.reshape(60000, 784).astype(np.float32) / np.float32(255))
    # The first training image is a 5: its strokes fill the middle rows, the borders are blank.
    assert x_raw[0, 0, 0].sum() == 0 and x_raw[0, 0, 14].sum() > 0


def test_one_hot_labels_in_the_requested_dtype(mnist):
    (x_train, t_train), (_, t_test) = load_mnist(one_hot_label=True, dtype=np.float64)
    assert x_train.dtype == np.float64 and t_train.shape == (60000, 10) and t_test.shape == (10000, 10)
    assert t_train.dtype == np.float64
    assert (t_train.sum(axis=1) == 1).all() and set(np.unique(t_train)) == {0.0, 1.0}
    np.testing.assert_array_equal(t_train.argmax(axis=1), mnist[0][1])
    np.testing.assert_allclose(x_train[:2000], mnist[0][0][:2000], atol=1e-7)


def test_rejects_a_non_float_dtype():
    with pytest.raises(ValueError, match="floating"):
        load_mnist(dtype=np.int32)


def test_a_folder_of_the_original_files_gzipped_or_not(tmp_path, mnist):
    for name in NAMES[:2]:
        (tmp_path / f"{name}.gz").symlink_to(EMBEDDED / f"{name}.gz")
    for name in NAMES[2:]:  # the test set uncompressed
        with gzip.open(EMBEDDED / f"{name}.gz") as src, open(tmp_path / name, "wb") as dst:
            shutil.copyfileobj(src, dst)
    (_, t_train), (x_test, t_test) = load_mnist(folder=tmp_path)
    np.testing.assert_array_equal(t_train, mnist[0][1])
    np.testing.assert_array_equal(x_test, mnist[1][0])
    np.testing.assert_array_equal(t_test, mnist[1][1])


# --- bad files: each one is a MnistError naming the file -------------------------------------------

def idx_images(count, rows=28, cols=28, magic=2051, extra=b"", cut=0):
    pixels = (np.arange(count * rows * cols) % 256).astype(np.uint8).tobytes()
    data = struct.pack(">IIII", magic, count, rows, cols) + pixels + extra
    return data[:len(data) - cut]


def idx_labels(labels, magic=2049, count=None):
    labels = np.asarray(labels, dtype=np.uint8)
    return struct.pack(">II", magic, len(labels) if count is None else count) + labels.tobytes()


def write_set(folder, gz=True, **replace):
    """A small valid MNIST-like folder (3 training and 2 test samples), with some files replaced."""
    contents = {NAMES[0]: idx_images(3), NAMES[1]: idx_labels([5, 0, 4]),
                NAMES[2]: idx_images(2), NAMES[3]: idx_labels([7, 2])}
    for key, data in replace.items():
        contents[NAMES[int(key[1:])]] = data
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in contents.items():
        if data is None:
            continue
        if gz:
            (folder / f"{name}.gz").write_bytes(gzip.compress(data))
        else:
            (folder / name).write_bytes(data)
    return folder


def test_a_small_valid_folder_loads(tmp_path):
    (x_train, t_train), (x_test, t_test) = load_mnist(folder=write_set(tmp_path), flatten=False, normalize=False)
    assert x_train.shape == (3, 1, 28, 28) and x_test.shape == (2, 1, 28, 28)
    assert t_train.tolist() == [5, 0, 4] and t_test.tolist() == [7, 2]
    assert x_train.reshape(-1)[:3].tolist() == [0, 1, 2]


BAD = {
    "truncated images": (dict(f0=idx_images(3, cut=100)), NAMES[0], "truncated"),
    "truncated header": (dict(f1=b"\x00\x00\x08"), NAMES[1], "truncated"),
    "too long": (dict(f2=idx_images(2, extra=b"\x00")), NAMES[2], "longer than its header"),
    "wrong magic": (dict(f3=idx_labels([7, 2], magic=2051)), NAMES[3], "magic number 2051, expected 2049"),
    "images given as labels": (dict(f1=idx_images(3)), NAMES[1], "magic number 2051"),
    "wrong dimensions": (dict(f0=idx_images(3, rows=27)), NAMES[0], "27x28, expected 28x28"),
    "count mismatch": (dict(f1=idx_labels([5, 0, 4, 1])), NAMES[1], "4 labels for the 3 images"),
    "label out of range": (dict(f3=idx_labels([7, 12])), NAMES[3], "label 12 outside 0..9"),
    "header claims too many": (dict(f0=struct.pack(">IIII", 2051, 10**8, 28, 28)), NAMES[0],
                               "announces 100,000,000 images, more than the 60,000 allowed"),
    "header claims too much": (dict(f0=struct.pack(">IIII", 2051, 50000, 28, 28)), NAMES[0],
                               "far more than the file can hold|truncated: 0 of 39200000 bytes"),
    "no images": (dict(f2=idx_images(0), f3=idx_labels([])), NAMES[2], "holds no images"),
    "missing": (dict(f2=None), NAMES[2], "missing"),
    # A file whose header is the original's (10000 test labels) must be the original: MD5.
    "md5 mismatch": (dict(f3=idx_labels(np.zeros(10000))), NAMES[3], "differs from the original MNIST file"),
}


@pytest.mark.parametrize("gz", [True, False], ids=["gz", "raw"])
@pytest.mark.parametrize("case", list(BAD))
def test_bad_file_raises_mnist_error_naming_it(tmp_path, case, gz):
    replace, name, problem = BAD[case]
    folder = write_set(tmp_path, gz=gz, **replace)
    with pytest.raises(MnistError, match=problem) as info:
        load_mnist(folder=folder)
    assert name in str(info.value)
    assert info.value.path.name.startswith(name)
    assert isinstance(info.value, ValueError)


def test_corrupt_gzip_is_named(tmp_path):
    folder = write_set(tmp_path)
    (folder / f"{NAMES[0]}.gz").write_bytes(b"this is not gzip data at all" * 10)
    with pytest.raises(MnistError, match=f"{NAMES[0]}.gz: corrupt or truncated gzip"):
        load_mnist(folder=folder)


def test_truncated_gzip_is_named(tmp_path):
    folder = write_set(tmp_path)
    path = folder / f"{NAMES[2]}.gz"
    path.write_bytes(path.read_bytes()[:-30])
    with pytest.raises(MnistError, match=f"{NAMES[2]}.gz: (corrupt or truncated|truncated)"):
        load_mnist(folder=folder)


def test_folder_that_does_not_exist(tmp_path):
    with pytest.raises(MnistError, match="not a folder"):
        load_mnist(folder=tmp_path / "nowhere")


def test_embedded_files_are_always_md5_checked(tmp_path, monkeypatch):
    """A structurally valid but different embedded file is refused (resources redirected to tmp)."""
    write_set(tmp_path / "mnist")
    monkeypatch.setenv("SCRATCHNN_RESOURCES", str(tmp_path))
    with pytest.raises(MnistError, match=f"{NAMES[0]}.gz: content differs .*expected 6bbc9ace"):
        load_mnist()
    (tmp_path / "mnist" / f"{NAMES[0]}.gz").unlink()
    with pytest.raises(MnistError, match=f"{NAMES[0]}.gz: missing"):
        load_mnist()


# --- issue 8: bounded counts, sizes checked before allocating, non-regular files, one MnistError --------------

def zeros_gzip(path, header, zeros):
    """A gzip of ``header`` then ``zeros`` zero bytes, built in milliseconds: one deflate block holding 1 MiB
    of zeros (it only refers back to zeros) is repeated. The CRC is left 0: a reader that reaches it has
    already allocated everything, which is what must not happen."""
    chunk = 1 << 20
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = deflate.compress(header + bytes(chunk)) + deflate.flush(zlib.Z_SYNC_FLUSH)
    again = deflate.compress(bytes(chunk)) + deflate.flush(zlib.Z_SYNC_FLUSH)
    blocks, rest = divmod(zeros - chunk, chunk)
    body = first + again * blocks + deflate.compress(bytes(rest)) + deflate.flush()
    size = len(header) + zeros
    path.write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + body + struct.pack("<II", 0, size % 2**32))


def peak_bytes(call):
    """The largest allocation ``call`` makes (numpy and bytearray buffers are traced), and its exception."""
    tracemalloc.start()
    try:
        call()
    except Exception as error:  # noqa: BLE001 - returned for the test to inspect
        raised = error
    else:
        raised = None
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak, raised


@pytest.mark.parametrize("count", [3_000_000, 1_000_000])
def test_a_gzip_of_millions_of_zero_images_is_refused_from_its_header(tmp_path, count):
    folder = write_set(tmp_path)
    bomb = folder / f"{NAMES[0]}.gz"
    zeros_gzip(bomb, struct.pack(">IIII", 2051, count, 28, 28), count * 784)
    assert bomb.stat().st_size < 3_000_000  # 2.35 GB (3M) or 784 MB (1M) of pixels inside
    peak, raised = peak_bytes(lambda: load_mnist(folder=folder))
    assert isinstance(raised, MnistError) and f"announces {count:,} images, more than the 60,000 allowed" in str(raised)
    assert peak < 10_000_000  # the old loader read it all (MemoryError at 3M, 3.8 GB at 1M)


def test_an_uncompressed_file_must_be_exactly_as_long_as_its_header_says(tmp_path):
    folder = write_set(tmp_path, gz=False)
    (folder / NAMES[0]).write_bytes(struct.pack(">IIII", 2051, 50000, 28, 28) + bytes(1_000_000))
    peak, raised = peak_bytes(lambda: load_mnist(folder=folder))
    assert isinstance(raised, MnistError) and "truncated: 1000000 of 39200000 bytes" in str(raised)
    assert peak < 5_000_000  # refused from the size: the old loader allocated the 39 MB first


def test_a_stated_maximum_allows_fewer_or_more(tmp_path):
    folder = write_set(tmp_path)  # 3 training and 2 test samples
    with pytest.raises(MnistError, match="announces 3 images, more than the 2 allowed"):
        load_mnist(folder=folder, max_images=2)
    assert load_mnist(folder=folder, max_images=3)[0][0].shape == (3, 784)
    with pytest.raises(ValueError, match="max_images"):
        load_mnist(folder=folder, max_images=0)
    with pytest.raises(ValueError, match="not True"):  # a bool is an int to Python, not a count here
        load_mnist(folder=folder, max_images=True)


def test_a_maximum_is_for_a_callers_folder_the_embedded_files_are_always_read_whole():
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=False, max_images=1000)
    assert (len(x_train), len(t_train), len(x_test), len(t_test)) == (60000, 60000, 10000, 10000)


def test_running_out_of_memory_is_a_mnist_error(tmp_path, monkeypatch):
    import scratchnn_core.mnist as mnist_module

    def no_memory(*args):
        raise MemoryError

    monkeypatch.setattr(mnist_module, "_images", no_memory)
    with pytest.raises(MnistError, match="not enough memory"):
        load_mnist(folder=write_set(tmp_path))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_the_folder_is_refused_at_once(tmp_path):
    folder = write_set(tmp_path, gz=False, f1=None)
    os.mkfifo(folder / NAMES[1])  # train labels: a pipe nobody writes to
    outcome = []
    worker = threading.Thread(target=lambda: outcome.append(_error_of(lambda: load_mnist(folder=folder))),
                              daemon=True)
    worker.start()
    worker.join(5.0)
    if worker.is_alive():  # the old loader blocked in open(): let it go, then fail
        with contextlib.suppress(OSError):
            os.close(os.open(folder / NAMES[1], os.O_WRONLY | os.O_NONBLOCK))
    assert outcome and isinstance(outcome[0], MnistError), "load_mnist blocked on a FIFO"
    assert "not a regular file" in str(outcome[0]) and NAMES[1] in str(outcome[0])


def _error_of(call):
    try:
        call()
    except Exception as error:  # noqa: BLE001
        return error
    return None
