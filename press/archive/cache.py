"""The content-hash cache: a release is re-rendered only when what it is made of changed.

A release's key is the SHA-256 of its source files, its brand folder and everything every
release shares (termbase, templates, fonts, interface catalogs and the toolkit's version;
bump CACHE_VERSION when a change to the renderers must re-render every release).
Hashing raw bytes needs no YAML parsing, so an unchanged archive of hundreds of releases is
recognised in a fraction of a second. The cache file keeps, per release, the key and the
record the site pages are built from; per output folder it keeps the input digest and
SHA-256 of every site-wide page and the bag's state, so that a re-export renders only the
pages whose inputs changed and patches the bag for only the releases that changed.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from press.project import Project

CACHE_VERSION = "archive-5"
"""Bump to invalidate every cached render (a change in what a record holds)."""



def hash_paths(digest: Any, paths: list[Path], root: Path) -> None:
    """Feed the names (relative to *root*) and bytes of every file below *paths*, sorted by name.

    os.walk and plain strings rather than Path.rglob: this runs for every release on every
    export, and pathlib's parsing was most of the time of a no-change re-export.
    """
    prefix = f"{root}{os.sep}"
    files: dict[str, str] = {}
    for path in map(str, paths):
        found = [path] if os.path.isfile(path) else [
            os.path.join(folder, name) for folder, _, names in os.walk(path)
            if "__pycache__" not in folder.split(os.sep) for name in names]
        for file in found:
            name = file[len(prefix):] if file.startswith(prefix) else os.path.basename(file)
            files[name.replace(os.sep, "/")] = file
    for name in sorted(files):
        with open(files[name], "rb") as handle:
            data = handle.read()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)


def shared_key(project: Project) -> str:
    """What every release's output depends on besides its own folder and brand."""
    digest = hashlib.sha256(CACHE_VERSION.encode())
    templates = project.templates_dir
    hash_paths(digest, [templates / "html", templates / "fonts"], templates)
    hash_paths(digest, [project.resource("locales/termbase.yaml")], project.root)
    hash_paths(digest, sorted(project.locales_dir.glob("*/LC_MESSAGES/*.mo")), project.locales_dir)
    digest.update(_toolkit_version().encode())
    return digest.hexdigest()


def _toolkit_version() -> str:
    """The toolkit's version: upgrading the toolkit renders everything again."""
    from press import __version__

    return __version__


def tree_key(folder: Path) -> str:
    """The SHA-256 of every file below *folder* (a brand: hashed once, not once per release)."""
    digest = hashlib.sha256()
    hash_paths(digest, [folder], folder)
    return digest.hexdigest()


def release_key(folder: Path, brand_key: str | None, shared: str) -> str:
    """The key of one release: its own files, its brand's key and the shared key."""
    digest = hashlib.sha256(shared.encode())
    hash_paths(digest, [folder], folder)
    digest.update((brand_key or "no brand").encode())
    return digest.hexdigest()


RACY_SECONDS = 2.0
"""A file changed this recently may change again within the file system's clock tick without
its times moving: its folder has no signature (it is hashed), as git treats a "racy" entry."""


def folder_signature(folder: Path) -> str | None:
    """A digest of the name, size, modification and change times and inode of every file below
    *folder* (as git's index and make trust them): the same signature means the same files, so
    the release's key need not be made again by reading them. None when a file is racy."""
    import time

    lines: list[str] = []
    recent = time.time_ns() - int(RACY_SECONDS * 1e9)
    if not _stat_lines(str(folder), len(str(folder)) + 1, recent, lines):
        return None
    return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogateescape")).hexdigest()


def _stat_lines(path: str, prefix: int, recent: int, lines: list[str]) -> bool:
    """One line per file below *path*, in os.walk's order (a folder's files by name, then its
    folders by name; __pycache__ and linked folders not entered); False at a racy file.
    os.scandir and the entries' own stat: this runs for every release on every export."""
    try:
        with os.scandir(path) as found:
            entries = sorted(found, key=lambda entry: entry.name)
    except OSError:  # as os.walk: a folder that cannot be listed adds nothing
        return True
    folders = []
    for entry in entries:
        if entry.is_dir():
            if entry.name != "__pycache__" and not entry.is_symlink():
                folders.append(entry.path)
            continue
        info = entry.stat()
        if info.st_mtime_ns > recent or info.st_ctime_ns > recent:
            return False
        lines.append(f"{entry.path[prefix:]}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ctime_ns}\0{info.st_ino}")
    return all(_stat_lines(folder, prefix, recent, lines) for folder in folders)


def brand_of(folder: Path) -> str | None:
    """The brand named in release.yaml, read without a YAML parser (one `brand:` line)."""
    return top_value(folder, b"brand:")


def id_of(folder: Path) -> str | None:
    """The id in release.yaml, read without a YAML parser (one `id:` line); the release's task
    checks it against the loaded release, so a line read differently is an error, not a mix-up."""
    return top_value(folder, b"id:")


def top_value(folder: Path, key: bytes) -> str | None:
    """The plain value of a top-level `key: value` line of release.yaml (None when absent)."""
    with open(folder / "release.yaml", "rb") as handle:
        for raw in handle:
            if raw.startswith(key):
                line = raw.decode("utf-8", errors="replace")  # the render refuses it
                return line.split(":", 1)[1].split("#", 1)[0].strip().strip("'\"") or None
    return None


def load_cache(path: Path) -> dict[str, Any]:
    """The cache: "records" by release folder and "outputs" (what each output folder holds).

    An unreadable cache, or one of another version, is simply empty.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
        data = {}
    records, outputs = data.get("records"), data.get("outputs")
    return {"records": records if isinstance(records, dict) else {},
            "outputs": outputs if isinstance(outputs, dict) else {}}


def save_cache(path: Path, cache: dict[str, Any]) -> None:
    from press.atomic import write_bytes

    text = json.dumps({"version": CACHE_VERSION, **cache}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    write_bytes(path, text.encode("utf-8"), durable=False)  # lost, it costs a re-render, no more


def digest(*parts: Any) -> str:
    """The SHA-256 of plain values (what a site page is made from), for the page memo."""
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
