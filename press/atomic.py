"""Atomic writes: a reader, a crash or a second process sees the old file or the new one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Write *data* to *path* through a temporary file, fsync and rename.

    durable=False skips the fsyncs (still atomic): for outputs that can be made again.
    """
    with open_atomic(path, durable) as handle:
        handle.write(data)


@contextmanager
def open_atomic(path: Path, durable: bool = True) -> Iterator[BinaryIO]:
    """A file to write *path* through in pieces (large outputs): renamed into place on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if durable:
        _fsync_dir(path.parent)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
