"""Deterministic zip files: sorted entries, one fixed time, fixed permissions.

Used for the archive's --zip and for DOCX packages alike, so that equal content always gives
equal bytes whatever the clock or the file system order says. It sits below render/ and
archive/ in the pipeline, so neither imports the other for it.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

ZipTime = tuple[int, int, int, int, int, int]


def zip_time(moment: dt.date | dt.datetime) -> ZipTime:
    """The zip time stamp of *moment* (a date counts as 09:00, when releases are issued)."""
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(9, 0))
    return (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute, moment.second)


def write_entries(target: BinaryIO, entries: Iterable[tuple[str, bytes]], stamp: ZipTime) -> None:
    """Write *entries* (name, data) in the order given, each with *stamp* and mode 0644."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            entry = zipfile.ZipInfo(name, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, data)


def zip_folders(target: Path, stamp: ZipTime,
                folders: Iterable[tuple[Path, str, set[str] | None]]) -> None:
    """Zip every file below each (folder, prefix, only) (sorted, hidden ones left out) atomically
    into *target*, named prefix + its path in the folder; with *only*, just those paths
    (relative to the folder): what press wrote, nothing else."""
    from press.atomic import open_atomic

    entries: list[tuple[str, Path]] = []
    for folder, prefix, only in folders:
        entries += sorted((prefix + p.relative_to(folder).as_posix(), p) for p in folder.rglob("*")
                          if p.is_file()
                          and not any(part.startswith(".") for part in p.relative_to(folder).parts)
                          and (only is None or p.relative_to(folder).as_posix() in only))
    with open_atomic(target) as handle:
        write_entries(handle, ((name, path.read_bytes()) for name, path in sorted(entries)), stamp)
