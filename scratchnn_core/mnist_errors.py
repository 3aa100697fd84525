"""What loading (or exporting) MNIST says when a file is wrong: :class:`MnistError` and its templates (Book 3.6.1).

Each problem is a template of :mod:`scratchnn_core.messages`, so the GUI shows it translated; ``str()`` is
"<path>: <problem>" in English, as the CLI prints it.
"""
from __future__ import annotations

from pathlib import Path

from .messages import Message, MessageError, template

__all__ = ["MnistError"]

FILE_PROBLEM = template("{path}: {problem}")
KINDS = {"images": template("images"), "labels": template("labels")}  # the {kind} of the templates below
# _read_idx and its checks
TRUNCATED = template("truncated: {stored} of {size} bytes after the header")
SHORT_HEADER = template("truncated: {length} bytes, shorter than an IDX header")
BAD_MAGIC = template("magic number {found}, expected {magic} ({kind})")
BAD_DIMS = template("images are {rows}x{cols}, expected {expected_rows}x{expected_cols}")
TOO_LONG = template("longer than its header says ({count} {kind})")
MISSING = template("missing")
NOT_REGULAR = template("not a regular file (a folder, pipe or device)")
BAD_GZIP = template("corrupt or truncated gzip data ({error})")
UNREADABLE = template("cannot be read ({error})")
NO_MEMORY = template("not enough memory to read it")
CHANGED = template("content differs from the original MNIST file (MD5 {found}, expected {expected})")
OVERSIZED = template("the header announces {size} bytes of data, far more than the file can hold")
EMPTY = template("holds no {kind}")
TOO_MANY = template("its header announces {count:,} {kind}, more than the {max_count:,} allowed "
                    "(load_mnist(max_images=...) allows more)")
# load_mnist
NOT_FOUND = template("missing (neither {name}.gz nor {name} is in {folder})")
NOT_A_FOLDER = template("not a folder")
COUNTS_DIFFER = template("{labels} labels for the {images} images of {name}")
BAD_LABEL = template("label {label} outside 0..{last}")
NO_MEMORY_FOR = template("not enough memory for its {count} images in {dtype}")
# mnist_export
NOT_GZIP = template("not readable as gzip data ({error})")
NOT_THAT_FILE = template("the IDX header is not that of {name} (magic {magic}, {count} items)")
OTHER_CONTENT = template("MD5 of the content {found}, expected {expected}")
NOT_INSTALLED = template("missing from this installation of ScratchNN (reinstall it)")


def kind(name: str) -> Message:
    """"images" or "labels" as a field of a template (translated with it)."""
    return Message(KINDS[name])


class MnistError(MessageError):
    """A missing, unreadable or wrong MNIST file; ``path`` names it, ``problem`` says what is wrong.

    ``MnistError(path, TRUNCATED, stored=..., size=...)``: ``problem`` is that template with its fields.
    """

    def __init__(self, path, problem: str, **fields) -> None:
        self.path = Path(path)
        super().__init__(FILE_PROBLEM, path=path, problem=Message(problem, fields))
