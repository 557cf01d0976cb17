"""What press wrote in an output folder: OUT/.press-written.json, for `press build` and `press archive`.

press touches only what it wrote. Each output folder carries the list of the files press wrote
there (paths relative to the folder). Before a command writes, it *claims* the paths it may
write: a path where something press did not write already sits (a file, a folder, a symbolic
link) refuses the whole command — exit 2, one line naming the file, nothing written — so a
foreign file stays byte-identical. The claim is recorded before the first write, so a process
killed half-way still owns what it wrote. Only listed files are ever replaced, removed or
packed into a zip; everything else in the folder is someone else's.

Claims are made under a lock of the project (press.lock), so two builds into one folder
(of different releases, side by side) never lose each other's entries.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

from press.errors import PressError

WRITTEN = ".press-written.json"
FORMAT = "press-written/1"


def read_written(out: Path) -> set[str] | None:
    """The files press wrote in *out*; None when the folder has no (readable) list."""
    try:
        data = json.loads((out / WRITTEN).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = data.get("files") if isinstance(data, dict) and data.get("format") == FORMAT else None
    return {str(f) for f in files} if isinstance(files, list) else None


def record_written(out: Path, files: Collection[str]) -> None:
    """Write the list (sorted; atomic, not fsynced: a lost list only makes press more careful)."""
    from press.atomic import write_bytes

    data = {"format": FORMAT, "files": sorted(files)}
    write_bytes(out / WRITTEN, (json.dumps(data, indent=1) + "\n").encode("utf-8"), durable=False)


def foreign(out: Path, paths: Collection[str], owned: Collection[str]) -> list[str]:
    """The *paths* (relative to *out*) where something press did not write already sits."""
    root = f"{out}{os.sep}"
    return sorted(path for path in paths if path not in owned and os.path.lexists(root + path))


def refuse_foreign(out: Path, found: list[str], option: str = "--out", others: int = 0) -> None:
    """One line naming the first foreign file (and how many more, with *others* found elsewhere),
    exit 2."""
    if not found:
        return
    more = f" (and {len(found) - 1 + others} more)" if len(found) + others > 1 else ""
    raise PressError(f"{out / found[0]}: press did not write this file and never replaces one it did "
                     f"not write{more}; move it away or choose another {option} (what press wrote "
                     f"is listed in {out / WRITTEN})")


def claim(out: Path, paths: Collection[str], owned: set[str] | None = None,
          option: str = "--out") -> set[str]:
    """Refuse when a foreign file sits at one of *paths*; else record them as press's before
    anything is written. *owned*: the list as read (read here when None). The new list."""
    owned = (read_written(out) or set()) if owned is None else owned
    refuse_foreign(out, foreign(out, paths, owned), option)
    new = set(paths) - owned
    if not new:
        return owned
    owned = owned | new
    record_written(out, owned)
    return owned


@contextmanager
def output_lock(project_root: Path, out: Path, command: str) -> Iterator[None]:
    """The project's lock on the list of one output folder (claims never race)."""
    from press.lock import hold, lock_path

    name = "output-" + hashlib.sha256(str(out.resolve()).encode("utf-8")).hexdigest()[:16]
    with hold(lock_path(project_root, name), command):
        yield
