"""A two-layer net's parameters in an .npz file: headers checked before any data is read (Book 4.5).

An .npz is a zip archive of .npy members, and each .npy starts with a header giving its dtype and shape.
``np.load`` reads and copies a whole member before anything can be checked, so a 3 MB file holding a
compressed 20000x20000 array costs gigabytes. :func:`read_params` reads the four headers (``W1 b1 W2 b2``)
first, through :mod:`zipfile` and ``np.lib.format``, refuses anything that is not an
``input_size``-H-``output_size`` net with ``1 <= H <= max_hidden`` in float32 or float64, and only then
reads the arrays: the memory it can take is bounded by ``max_hidden``.
"""
from __future__ import annotations

import math
import os
import zipfile
import zlib

import numpy as np

from .files import NotARegularFileError, atomic_write, open_regular
from .gradient_records import PARAM_NAMES
from .messages import Message, MessageError, template
from .mnist_errors import NOT_REGULAR, UNREADABLE

__all__ = ["read_params", "write_params"]

_FLOATS = (np.dtype(np.float32), np.dtype(np.float64))
_MAX_MEMBERS = 64  # numpy.savez of four arrays writes four
_ZIP_SLACK = 1 << 16  # local headers, the central directory and the .npy headers of four members

REFUSED = template("{path}: {problem}. {expected}")
EXPECTED = template("A weights file is an .npz with the arrays W1, b1, W2 and b2 of a {input_size}-H-{output_size} "
                    "network (1 <= H <= {max_hidden}, float32 or float64), as ScratchNN's Save weights or "
                    "numpy.savez writes it.")
# the {problem} of REFUSED (NOT_REGULAR and UNREADABLE, from mnist_errors, are any file's)
TOO_LARGE = template("{megabytes:.1f} MB is more than the weights of {max_hidden} hidden units can take")
MANY_MEMBERS = template("{count} members, not the four arrays W1 b1 W2 b2")
ZIP64_MEMBERS = template("65535 or more members, not the four arrays W1 b1 W2 b2")
NOT_NPZ = template("not an .npz archive")
MISSING = template("missing {names}")
NOT_AN_ARRAY = template("{name} is not a numpy array")
CANNOT_READ_MEMBER = template("{name} cannot be read (damaged, encrypted or compressed in an unknown way)")
NPY_VERSION = template("{name} is a .npy file of version {major}.{minor}, not 1.0 or 2.0")
NOT_FLOATS = template("{name} holds {dtype} values, not float32 or float64")
SIZE_MISMATCH = template("{name} is damaged: its size does not match its header")
MIXED = template("the arrays mix float32 and float64")
NOT_TWO_LAYERS = template("the shapes do not form a two-layer net ({shapes})")
WRONG_SIZES = template("the network is {inputs}-{hidden}-{outputs} ({shapes})")
DAMAGED = template("{name} is damaged ({error})")
NOT_FINITE = template("{name} holds NaN or infinite values")


def write_params(path, params: dict) -> None:
    """Write ``params`` as an uncompressed .npz, atomically: a full disk leaves the old file as it was."""
    with atomic_write(path) as handle:
        np.savez(handle, **params)


def read_params(path, input_size: int = 784, output_size: int = 10, max_hidden: int = 4096) -> dict:
    """The arrays ``W1 b1 W2 b2`` of the .npz at ``path``, checked (native byte order, one dtype, finite).

    Raises
    ------
    MessageError
        (a ``ValueError``) naming the file and what is wrong with it, then what a weights file should be.
    """
    expected = Message(EXPECTED, dict(input_size=input_size, output_size=output_size, max_hidden=max_hidden))

    def refuse(problem: str, **fields):
        return MessageError(REFUSED, path=path, problem=Message(problem, fields), expected=expected)

    largest = (input_size * max_hidden + max_hidden + max_hidden * output_size + output_size) * 8 + _ZIP_SLACK
    try:
        handle = open_regular(path)
    except NotARegularFileError as error:
        raise refuse(NOT_REGULAR) from error
    except OSError as error:
        raise refuse(UNREADABLE, error=error.strerror or error) from error
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size > largest:
            raise refuse(TOO_LARGE, megabytes=size / 1e6, max_hidden=max_hidden)
        members = _member_count(handle, size)
        if members is not None and members > _MAX_MEMBERS:  # before zipfile reads a directory of them all
            # 0xFFFF: a ZIP64 count, larger
            raise refuse(ZIP64_MEMBERS) if members == 0xFFFF else refuse(MANY_MEMBERS, count=members)
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            raise refuse(NOT_NPZ) from error
        with archive:
            members = archive.infolist()
            if len(members) > _MAX_MEMBERS:
                raise refuse(MANY_MEMBERS, count=len(members))
            names = {info.filename: info for info in members}
            missing = [name for name in PARAM_NAMES if f"{name}.npy" not in names]
            if missing:
                raise refuse(MISSING, names=", ".join(missing))
            headers = {name: _header(archive, names[f"{name}.npy"], name, refuse) for name in PARAM_NAMES}
            _check_shapes(headers, input_size, output_size, max_hidden, refuse)
            return {name: _array(archive, names[f"{name}.npy"], name, refuse) for name in PARAM_NAMES}


def _member_count(handle, size: int) -> int | None:
    """The number of members the zip's end record announces (None if there is none: zipfile then says so)."""
    handle.seek(max(size - (1 << 16) - 22, 0))  # the end record, after at most a 64 KiB comment
    tail = handle.read()
    end = tail.rfind(b"PK\x05\x06")
    handle.seek(0)
    if end < 0 or end + 22 > len(tail):
        return None
    return int.from_bytes(tail[end + 10:end + 12], "little")


_HEADER_READERS = {(1, 0): np.lib.format.read_array_header_1_0, (2, 0): np.lib.format.read_array_header_2_0}


def _header(archive, info, name, refuse):
    """(shape, dtype) of one member from its .npy header (a few hundred bytes), and a check of its size."""
    try:
        with archive.open(info) as member:
            version = np.lib.format.read_magic(member)
            read = _HEADER_READERS.get(version)
            shape, _, dtype = read(member) if read else ((), False, None)
            header_size = member.tell()
    except ValueError as error:  # no .npy magic, or a header that is not a dict of descr, fortran_order, shape
        raise refuse(NOT_AN_ARRAY, name=name) from error
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError) as error:
        raise refuse(CANNOT_READ_MEMBER, name=name) from error
    if read is None:
        raise refuse(NPY_VERSION, name=name, major=version[0], minor=version[1])
    if dtype.newbyteorder("=") not in _FLOATS:
        raise refuse(NOT_FLOATS, name=name, dtype=dtype)
    if info.file_size != header_size + math.prod(shape) * dtype.itemsize:
        raise refuse(SIZE_MISMATCH, name=name)
    return tuple(int(n) for n in shape), dtype


def _check_shapes(headers, input_size, output_size, max_hidden, refuse):
    (w1, _), (b1, _), (w2, _), (b2, _) = (headers[name] for name in PARAM_NAMES)
    dtypes = {dtype.newbyteorder("=") for _, dtype in headers.values()}
    if len(dtypes) > 1:
        raise refuse(MIXED)
    shapes = ", ".join(f"{name} {headers[name][0]}" for name in PARAM_NAMES)
    if len(w1) != 2 or len(w2) != 2 or b1 != w1[1:] or w2[0:1] != w1[1:] or b2 != w2[1:]:
        raise refuse(NOT_TWO_LAYERS, shapes=shapes)
    hidden = w1[1]
    if (w1[0], w2[1]) != (input_size, output_size) or not 1 <= hidden <= max_hidden:
        raise refuse(WRONG_SIZES, inputs=w1[0], hidden=hidden, outputs=w2[1], shapes=shapes)


def _array(archive, info, name, refuse):
    try:
        with archive.open(info) as member:
            array = np.lib.format.read_array(member, allow_pickle=False)
    except (ValueError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise refuse(DAMAGED, name=name, error=error) from error
    array = array.astype(array.dtype.newbyteorder("="), copy=False)
    if not np.isfinite(array).all():
        raise refuse(NOT_FINITE, name=name)
    return array
