"""Safe file access for weights, MNIST and exports: read only regular files, replace files atomically.

``open(fifo)`` blocks until a writer appears (forever, for a GUI), and a device or folder is never data:
:func:`open_regular` opens without blocking and checks with ``fstat`` that it has a regular file.
Writing a file in place leaves it truncated when the disk fills up half way: :func:`atomic_write` writes a
temporary file in the same folder and renames it over the target only once everything is on disk.
"""
from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat

__all__ = ["NotARegularFileError", "atomic_write", "open_regular"]


class NotARegularFileError(OSError):
    """The path names a folder, a pipe (FIFO), a socket or a device, not a file."""


def open_regular(path):
    """Open ``path`` for binary reading if it is a regular file (following symlinks).

    Raises
    ------
    NotARegularFileError
        For a folder, FIFO, socket or device; the open never blocks on a FIFO.
    OSError
        As ``open`` does (missing file, no permission ...).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise NotARegularFileError(f"{path} is a folder, not a file") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFileError(f"{path} is not a regular file (a folder, pipe or device)")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # back to ordinary reads (O_NONBLOCK only kept the open from waiting)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


@contextlib.contextmanager
def atomic_write(path, mode: str = "wb", **open_args):
    """Write ``path`` through a temporary file in its folder, renamed over it when the block succeeds.

    Yields the open temporary file (``mode`` "wb", or "w" with ``open_args`` such as ``encoding``). If the
    block raises (a full disk, a failed encoder), the temporary file is removed and ``path`` keeps its old
    content; nothing half-written is ever left under either name. An existing file's permissions are kept.
    """
    if mode not in ("wb", "w"):
        raise ValueError(f"mode must be 'wb' or 'w', not {mode!r}")
    target = os.fspath(path)
    folder = os.path.dirname(target) or "."
    if os.path.isdir(target):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), target)
    existing = _regular_mode(target)
    while True:  # a short random name: the target's own name may already be at the 255-byte limit
        temporary = os.path.join(folder, f".scratchnn-{secrets.token_hex(6)}.tmp")
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            break
        except FileExistsError:
            continue
        except OSError as error:  # no such folder, no permission, /proc: name the target, not our temporary
            raise OSError(error.errno, error.strerror, target) from None
    try:
        with os.fdopen(fd, mode, **open_args) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if existing is not None:
            os.chmod(temporary, existing)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError) and error.errno is not None:
            raise OSError(error.errno, error.strerror, target) from None  # a full disk, a name too long
        raise
    _sync_folder(folder)


def _regular_mode(path: str) -> int | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else None


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable where the platform allows it (best effort)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
