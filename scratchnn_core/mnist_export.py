"""Give the book's own code its MNIST without a download: ``scratchnn-mnist export DIR`` (Book 3.6.1).

The book's ``dataset/mnist.py`` downloads four gzipped IDX files into its own folder unless a file of
that name is already there, then pickles them to ``mnist.pkl``. The download now fails (HTTP 403), so
its ``load_mnist`` never gets going. ScratchNN carries the same files; this writes them under the
names the book's ``key_file`` uses:

    scratchnn-mnist export DIR [--force]     # or: python -m scratchnn_core.mnist_export export DIR

Each file's uncompressed content is checked against the MNIST MD5 (``mnist.FILES``) and its IDX header
against what the book skips (16 bytes of image header, 8 of label header), then the file is written
through ``files.atomic_write`` (a temporary name renamed into place), so a file under a final name is
always complete. Existing
files are left alone unless ``--force``. Exit codes: 0 written, 1 refused or failed (a message, no
traceback), 2 bad arguments.
"""
from __future__ import annotations

import argparse
import errno
import gzip
import hashlib
import shutil
import sys
import zlib
from pathlib import Path

from ._resources import resources_dir
from . import mnist_errors as me
from .files import atomic_write
from .mnist import FILES, MnistError

__all__ = ["BOOK_FILE_NAMES", "ExportRefused", "export_mnist", "main"]

PROG = "scratchnn-mnist"
#: The book's ``dataset/mnist.py`` ``key_file``: the same keys, the standard names with ``.gz``.
BOOK_FILE_NAMES = {key: f"{name}.gz" for key, (name, _, _) in FILES.items()}
#: Header bytes the book's loader skips (``np.frombuffer(..., offset=16)`` for images, 8 for labels).
HEADER_BYTES = {"train_img": 16, "test_img": 16, "train_label": 8, "test_label": 8}
_CHUNK = 1 << 20


class ExportRefused(FileExistsError):
    """Some target files exist and ``force`` was not given; ``paths`` lists them. Nothing was written."""

    def __init__(self, paths):
        self.paths = [Path(p) for p in paths]
        super().__init__(", ".join(str(p) for p in self.paths))


def _verify(path: Path, key: str, shown: Path | None = None) -> None:
    """Raise ``MnistError`` (naming ``shown``) unless ``path`` is gzip data with ``FILES[key]``'s content."""
    name, (magic, count), md5 = FILES[key]
    shown = shown or path
    digest = hashlib.md5()
    try:
        with gzip.open(path, "rb") as fh:
            header = fh.read(HEADER_BYTES[key])
            digest.update(header)
            for chunk in iter(lambda: fh.read(_CHUNK), b""):
                digest.update(chunk)
    except (OSError, EOFError, zlib.error) as exc:
        raise MnistError(shown, me.NOT_GZIP, error=exc) from exc
    if header[:8] != magic.to_bytes(4, "big") + count.to_bytes(4, "big"):
        raise MnistError(shown, me.NOT_THAT_FILE, name=name, magic=magic, count=count)
    if digest.hexdigest() != md5:
        raise MnistError(shown, me.OTHER_CONTENT, found=digest.hexdigest(), expected=md5)


def _write_one(source: Path, target: Path, key: str) -> None:
    """Check ``source`` (naming ``target``), then copy it to ``target`` through ``atomic_write``."""
    _verify(source, key, shown=target)
    with atomic_write(target) as out, open(source, "rb") as src:
        shutil.copyfileobj(src, out, _CHUNK)


def export_mnist(folder, *, force: bool = False) -> list[Path]:
    """Write the four MNIST files under the names the book's ``dataset/mnist.py`` reads (Book 3.6.1).

    Parameters
    ----------
    folder : path-like
        Where to write; created if missing. The book's code looks in its own ``dataset/`` folder.
    force : bool
        Overwrite files that already exist. Without it an existing file stops the export before
        anything is written.

    Returns
    -------
    list of pathlib.Path
        The four files written, in the order of ``BOOK_FILE_NAMES``.

    Raises
    ------
    ExportRefused
        A target exists and ``force`` is False (nothing was written).
    MnistError
        An embedded file is missing or does not match the original MNIST content (nothing is written
        under its name; the files before it in ``BOOK_FILE_NAMES`` stay written).
    OSError
        The folder or a file could not be created or written.
    """
    folder = Path(folder)
    targets = {key: folder / name for key, name in BOOK_FILE_NAMES.items()}
    existing = [path for path in targets.values() if path.exists() or path.is_symlink()]
    if existing and not force:
        raise ExportRefused(existing)
    sources = {key: resources_dir() / "mnist" / name for key, name in BOOK_FILE_NAMES.items()}
    for path in sources.values():
        if not path.is_file():
            raise MnistError(path, me.NOT_INSTALLED)
    for parent in (folder, *folder.parents):  # a file in the way: say so, not mkdir's "File exists"
        if parent.exists() and not parent.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "it is a file, not a folder", str(parent))
    folder.mkdir(parents=True, exist_ok=True)
    for key, target in targets.items():
        _write_one(sources[key], target, key)
    return list(targets.values())


def _next_steps(folder: Path) -> str:
    """What the learner does next, for the folder just written."""
    if (folder / "mnist.py").is_file():
        lines = [f"{folder} holds the book's mnist.py: its load_mnist() will find them and not download."]
    else:
        lines = ["Next: put these four files in the book's dataset/ folder, next to mnist.py",
                 "(deep-learning-from-scratch/dataset/). Its load_mnist() then finds them and never downloads."]
    lines.append("The first load_mnist() converts them to dataset/mnist.pkl; later runs read that.")
    if (folder / "mnist.pkl").exists():
        lines.append(f"{folder / 'mnist.pkl'} exists: delete it, so that load_mnist() rebuilds it "
                     "from these files.")
    else:
        lines.append("If dataset/ already has a mnist.pkl from an earlier failed attempt, delete it first,")
        lines.append("so that load_mnist() rebuilds it from these files.")
    lines.append("Then run the book's scripts as usual, e.g. python ch04/train_neuralnet.py")
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="MNIST for the book's own code, offline.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    export = commands.add_parser("export", help="write the four MNIST .gz files the book's dataset/mnist.py "
                                 "looks for", description="Write the four MNIST .gz files under the names "
                                 "the book's dataset/mnist.py looks for, checked by MD5.")
    export.add_argument("folder", metavar="DIR", type=Path, help="where to write them (created if missing)")
    export.add_argument("--force", action="store_true", help="overwrite files that are already there")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, or argparse's message for bad arguments (2)
        return int(exc.code or 0)
    try:
        written = export_mnist(args.folder, force=args.force)
    except ExportRefused as exc:
        names = "\n".join(f"  {path}" for path in exc.paths)
        print(f"{PROG}: not overwriting what is already there (nothing was written):\n{names}\n"
              "Run again with --force to replace them, or choose another folder.", file=sys.stderr)
        return 1
    except MnistError as exc:
        print(f"{PROG}: MNIST: {exc}; nothing was left under that name", file=sys.stderr)
        return 1
    except OSError as exc:
        target = exc.filename or args.folder
        print(f"{PROG}: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Wrote MNIST for the book's code to {args.folder.resolve()} (content checked by MD5):")
    for path in written:
        size = path.stat().st_size
        print(f"  {path.name:28} " + (f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"))
    print(_next_steps(args.folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
