"""MNIST from its four IDX files, checked before use (Book 3.6.1).

The book downloads the files and pickles them; ScratchNN embeds them (see
``resources/mnist/README.md``) and parses the IDX layout with numpy: a big-endian
header (magic number, then one uint32 per dimension) followed by the uint8 data.
Every problem (missing, not a regular file, truncated, corrupt, wrong header, too many items for
the memory it would take, wrong content) is one ``MnistError`` naming the file, raised before
anything is returned, and a header is checked before anything is allocated for its data.
"""
from __future__ import annotations

import contextlib
import gzip
import hashlib
import math
import os
import zlib
from pathlib import Path

import numpy as np

from ._resources import resources_dir
from . import mnist_errors as me
from .files import NotARegularFileError, open_regular
from .mnist_errors import MnistError

__all__ = ["MnistError", "load_mnist"]

IMAGE_MAGIC, LABEL_MAGIC = 2051, 2049
ROWS = COLS = 28
NUM_CLASSES = 10
_CHUNK = 1 << 20

#: Standard file names (without .gz), the header each original file has, and the MD5 of its content.
FILES = {
    "train_img": ("train-images-idx3-ubyte", (IMAGE_MAGIC, 60000), "6bbc9ace898e44ae57da46a324031adb"),
    "train_label": ("train-labels-idx1-ubyte", (LABEL_MAGIC, 60000), "a25bea736e30d166cdddb491f175f624"),
    "test_img": ("t10k-images-idx3-ubyte", (IMAGE_MAGIC, 10000), "2646ac647ad5339dbf082846283269ea"),
    "test_label": ("t10k-labels-idx1-ubyte", (LABEL_MAGIC, 10000), "27ae3e4e09519cfbb04c329615203637"),
}


def _read_exact(fh, view, path):
    """Fill ``view`` from ``fh``; a short read means the file is truncated."""
    pos = 0
    while pos < len(view):
        chunk = fh.read(min(_CHUNK, len(view) - pos))
        if not chunk:
            raise MnistError(path, me.TRUNCATED, stored=pos, size=len(view))
        view[pos:pos + len(chunk)] = chunk
        pos += len(chunk)


def _read_idx(path, magic, max_count, original, always_original):
    """The header counts and a writable uint8 buffer of the data of one IDX file.

    The header is checked before anything is allocated: 1 to ``max_count`` items, and as many bytes
    as the file can hold (exactly its size when uncompressed; gzip never compresses more than ~1032:1).
    The buffer is then allocated once at that size (no growing copies: the training images are 47 MB).
    ``original`` is the original file's ``(count, md5)``: the content must have that MD5 when
    ``always_original`` or when the header has the original's count (its magic is checked first).
    """
    path = Path(path)
    ndim = 3 if magic == IMAGE_MAGIC else 1
    kind = me.kind("images" if magic == IMAGE_MAGIC else "labels")
    try:
        with open_regular(path) as raw:  # a FIFO or a device would block or never end
            file_size = os.fstat(raw.fileno()).st_size
            compressed = path.suffix == ".gz"
            with gzip.GzipFile(fileobj=raw, mode="rb") if compressed else contextlib.nullcontext(raw) as fh:
                header = fh.read(4 + 4 * ndim)
                if len(header) < 4 + 4 * ndim:
                    raise MnistError(path, me.SHORT_HEADER, length=len(header))
                found, *dims = np.frombuffer(header, dtype=">u4").tolist()
                if found != magic:
                    raise MnistError(path, me.BAD_MAGIC, found=found, magic=magic, kind=kind)
                strict_md5 = original[1] if always_original or dims[0] == original[0] else None
                if ndim == 3 and dims[1:] != [ROWS, COLS]:
                    raise MnistError(path, me.BAD_DIMS, rows=dims[1], cols=dims[2], expected_rows=ROWS,
                                     expected_cols=COLS)
                _check_count(path, dims[0], max_count, kind)
                size = math.prod(dims)
                _check_size(path, compressed, file_size - len(header), size, dims[0], kind)
                data = bytearray(size)
                _read_exact(fh, memoryview(data), path)
                if fh.read(1):
                    raise MnistError(path, me.TOO_LONG, count=dims[0], kind=kind)
    except MnistError:
        raise
    except FileNotFoundError as exc:
        raise MnistError(path, me.MISSING) from exc
    except NotARegularFileError as exc:
        raise MnistError(path, me.NOT_REGULAR) from exc
    except (gzip.BadGzipFile, zlib.error, EOFError) as exc:
        raise MnistError(path, me.BAD_GZIP, error=exc) from exc
    except OSError as exc:
        raise MnistError(path, me.UNREADABLE, error=exc.strerror or exc) from exc
    except MemoryError as exc:
        raise MnistError(path, me.NO_MEMORY) from exc
    if strict_md5 is not None:
        digest = hashlib.md5(header)
        digest.update(data)
        if digest.hexdigest() != strict_md5:
            raise MnistError(path, me.CHANGED, found=digest.hexdigest(), expected=strict_md5)
    return dims, np.frombuffer(data, dtype=np.uint8)


def _check_size(path, compressed, stored, size, count, kind):
    """``stored`` bytes follow the header on disk; the header announces ``size`` (``count`` ``kind``)."""
    if not compressed and stored < size:
        raise MnistError(path, me.TRUNCATED, stored=stored, size=size)
    if not compressed and stored > size:
        raise MnistError(path, me.TOO_LONG, count=count, kind=kind)
    # Deflate never compresses more than ~1032:1: more is a damaged file, refused before allocating for it.
    if compressed and size > 1100 * max(stored, 1) + 1024:
        raise MnistError(path, me.OVERSIZED, size=size)


def _check_count(path, count, max_count, kind):
    if count == 0:
        raise MnistError(path, me.EMPTY, kind=kind)
    if count > max_count:
        raise MnistError(path, me.TOO_MANY, count=count, kind=kind, max_count=max_count)


def _locate(folder, name, embedded):
    """The embedded ``name.gz``, or in a caller's folder ``name.gz`` else ``name``."""
    gz = folder / f"{name}.gz"
    if embedded or gz.exists() or not (folder / name).exists():
        return gz
    return folder / name


def _load_file(folder, key, embedded, max_count):
    name, (magic, count), md5 = FILES[key]
    path = _locate(folder, name, embedded)
    if not embedded and not path.exists():
        raise MnistError(path, me.NOT_FOUND, name=name, folder=folder)
    # The embedded files must be the originals. A caller's file is held to the original's MD5
    # when its header claims to be that file (same magic and count); other IDX data (say a
    # smaller set) only passes the structural checks.
    dims, data = _read_idx(path, magic, max_count, (count, md5), always_original=embedded)
    return path, dims, data


def load_mnist(normalize=True, flatten=True, one_hot_label=False, *, folder=None, dtype=np.float32,
               max_images=None):
    """Load MNIST as the book's ``load_mnist`` does (Book 3.6.1).

    Parameters
    ----------
    normalize : bool
        True: images as ``dtype`` in [0, 1] (pixel / 255); False: uint8 in 0..255.
    flatten : bool
        True: images of shape (N, 784); False: (N, 1, 28, 28).
    one_hot_label : bool
        True: labels as one-hot rows of shape (N, 10) in ``dtype``; False: uint8 labels 0..9.
    folder : path-like or None
        None reads the embedded files (their content MD5 is always verified). A
        folder must hold the four standard names, each gzipped (``.gz``, preferred)
        or not; a file whose header matches the original's (same magic number and
        count) must also match its MD5, other IDX files are only checked for
        structure (magic, 28x28, length, matching counts, labels 0..9).
    dtype : numpy floating dtype
        Of normalized images and one-hot labels (float32: a quarter of float64's memory).
    max_images : int or None
        The most samples a file of a caller's folder may hold (None: MNIST's own 60000 training and 10000
        test samples). A file announcing more is refused from its header, before anything is allocated.
        Ignored for the embedded files, which are always MNIST's own; ``True`` is not a number here.

    Returns
    -------
    ((x_train, t_train), (x_test, t_test)) : tuple of numpy.ndarray
        60000 training and 10000 test samples; every array is writable; none is a view of another.

    Raises
    ------
    MnistError
        (a ``ValueError``) naming the file that is missing, not a regular file, unreadable, truncated,
        corrupt, of the wrong kind or size, empty or too large, or not the original MNIST content.
    """
    dtype = np.dtype(dtype)
    if not np.issubdtype(dtype, np.floating):
        raise ValueError(f"dtype must be a floating type, not {dtype}")
    embedded = folder is None
    folder = resources_dir() / "mnist" if embedded else Path(folder)
    if not embedded and not folder.is_dir():
        raise MnistError(folder, me.NOT_A_FOLDER)
    if max_images is not None and (isinstance(max_images, bool) or not isinstance(max_images, int)
                                   or max_images < 1):  # True is an int: it must not read as 1
        raise ValueError(f"max_images must be a positive whole number or None, not {max_images!r}")
    result = []
    for kind in ("train", "test"):
        # The embedded files are the originals (MD5-checked): their own counts are the limit.
        limit = FILES[f"{kind}_img"][1][1] if max_images is None or embedded else max_images
        img_path, (count, _, _), pixels = _load_file(folder, f"{kind}_img", embedded, limit)
        label_path, (n_labels,), labels = _load_file(folder, f"{kind}_label", embedded, limit)
        if n_labels != count:
            raise MnistError(label_path, me.COUNTS_DIFFER, labels=n_labels, images=count, name=img_path.name)
        if labels.max() >= NUM_CLASSES:
            raise MnistError(label_path, me.BAD_LABEL, label=labels.max(), last=NUM_CLASSES - 1)
        try:
            result.append((_images(pixels, count, normalize, flatten, dtype),
                           _labels(labels, one_hot_label, dtype)))
        except MemoryError as exc:
            raise MnistError(img_path, me.NO_MEMORY_FOR, count=count, dtype=dtype) from exc
    return tuple(result)


def _images(pixels, count, normalize, flatten, dtype):
    if normalize:
        # One allocation in the target dtype, divided like the book (x.astype(float32) /= 255).
        out = _ordinary_pages(pixels.size, dtype)
        np.divide(pixels, dtype.type(255), out=out)
        pixels = out
    return pixels.reshape((count, ROWS * COLS) if flatten else (count, 1, ROWS, COLS))


def _ordinary_pages(size, dtype):
    """An array of ``size`` zeros on ordinary memory pages, not numpy's huge-page advice.

    numpy asks Linux for transparent huge pages for every array of 4 MB or more. Where THP's "defrag" is
    "madvise" (Ubuntu's default), a page fault in such an array may first compact memory: filling the
    188 MB float32 training set took 0.03-0.54 s here that way, against 0.10-0.12 s on ordinary pages.
    Huge pages buy little back for data read a mini-batch of rows at a time (~8 us per batch of 100).
    """
    return np.frombuffer(bytearray(size * dtype.itemsize), dtype=dtype)


def _labels(labels, one_hot, dtype):
    if not one_hot:
        return labels
    out = np.zeros((labels.size, NUM_CLASSES), dtype=dtype)
    out[np.arange(labels.size), labels] = 1
    return out
