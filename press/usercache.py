"""Pure work kept between runs: tables derived from installed data, in the user's cache folder.

A press office runs `press check` and `press build` many times a day on one machine; some
tables the checker needs are derived from large installed data sets (pyspellchecker's English
frequency list, CLDR's place names and time zones) and cost a second to derive, every run.
`cached` keeps such a table as JSON under the user's cache folder ($XDG_CACHE_HOME/press or
~/.cache/press), keyed by a hash of everything the table depends on (the library's version,
the rule's own parameters): a change of any of them derives the table again. No cache folder
(read-only home) only makes the run slower.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE_VERSION = "1"
"""Part of every key: bump it when the format of what is kept changes."""


def folder() -> Path:
    """The user's cache folder for press."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "press"


def cached(name: str, key: str, compute: Callable[[], Any]) -> Any:
    """The JSON value *compute()* gave for *key* (kept as name-<hash>.json), computed once."""
    digest = hashlib.sha256(f"{CACHE_VERSION}\0{name}\0{key}".encode()).hexdigest()[:24]
    path = folder() / f"{name}-{digest}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass  # not kept yet, or damaged: derive it again
    value = compute()
    _write(path, json.dumps(value, ensure_ascii=False))
    return value


def _write(path: Path, text: str) -> None:
    """Write atomically (a reader never sees half a file); give up quietly when no folder is writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError:
        return
