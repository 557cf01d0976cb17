"""The preservation bundle: a BagIt bag (RFC 8493), validated by bagit-python in the tests.

    bag/bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt
    bag/data/releases/<id>/<lang>.pdf         PDF/A-3b, sources and metadata attached
    bag/data/releases/<id>/metadata.json
    bag/data/releases/<id>/source/*.yaml      the release's YAML files as stored

The first bag is made in a staging folder next to it and swapped in at the end. A re-export
patches it: only the folders of releases that changed are re-linked, then the tag files are
rewritten, each atomically (while that runs, a validator may see the changed releases' new
files against the old manifest). Payload files are hard links to the site's files where
possible. bag-info.txt is dated by the newest release, not by the clock.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from press.archive.cache import digest
from press.archive.collect import Record
from press.archive.render import release_dir

PAYLOAD_SUFFIXES = (".pdf", ".json")


@dataclass(frozen=True)
class Entry:
    """One payload file of the bag: where it comes from, its SHA-256 and size as recorded."""

    source: Path
    sha256: str
    size: int


def entries(site: Path, record: Record) -> dict[str, Entry]:
    """The bag paths of one release's payload (PDFs, metadata, YAML sources) and their sources."""
    sources = f"data/{release_dir(record.id)}/source/"
    folder = Path(record.folder)
    return {path: Entry(folder / path.removeprefix(sources) if path.startswith(sources)
                        else site / path.removeprefix("data/"), sha256, size)
            for path, (sha256, size) in _payload(record).items()}


def payload_paths(record: Record) -> list[str]:
    """The bag paths of one release's payload (what `entries` gives, without their sources)."""
    return list(_payload(record))


TAG_FILES = ("bagit.txt", "manifest-sha256.txt", "bag-info.txt", "tagmanifest-sha256.txt")


def update_bundle(site: Path, bag: Path, records: list[Record], before: dict[str, Any] | None,
                  info: Callable[[], dict[str, str]], info_key: str,
                  owned: set[str] | None = None, rendered: Collection[str] = ()) -> dict[str, Any]:
    """Bring the bag at *bag* up to date with the published *records*; its new state.

    The payload manifest is made from the SHA-256 the export recorded for every file:
    re-hashing a thousand releases' PDFs on each export would make an incremental re-export
    as slow as the archive is large. When the state of the last export (*before*: each
    release's content key, and *info_key* for what *info* gives bag-info.txt) matches the bag
    on disk, nothing is done; when only some releases changed, came or went, their folders are
    re-linked or removed, then the tag files are rewritten (each atomically); otherwise the
    whole bag is made in a staging folder and swapped in. The bag on disk is the one *before*
    describes when its tag manifest has the SHA-256 recorded there: a bag another export
    (another site root with the same --bag) rewrote since is made whole again.
    """
    ordered = sorted(records, key=lambda r: r.id)
    newest = max((r.date for r in records), default="2000-01-01")
    state = {"releases": {r.id: r.key for r in ordered}, "info": digest(newest, info_key)}
    on_disk = _tag_digest(bag)
    old = before if isinstance(before, dict) and on_disk and before.get("tags") == on_disk else None
    fresh = {r.id for r in ordered if r.folder in rendered}  # rendered again, maybe under the same key
    if old is not None and old.get("releases") == state["releases"] and old.get("info") == state["info"] \
            and not fresh:
        return {**state, "tags": on_disk}  # not one release changed: not one file of the bag is touched
    manifest: dict[str, str] = {}
    octets = 0
    for record in ordered:
        for path, (sha256, size) in _payload(record).items():
            manifest[path] = sha256
            octets += size
    bag_info = {"Bagging-Date": newest, "Bag-Software-Agent": "press (bagit-python layout)", **info(),
                "Payload-Oxum": f"{octets}.{len(manifest)}"}
    if old is None or not isinstance(old.get("releases"), dict):
        _make_whole(bag, {r.id: entries(site, r) for r in ordered}, manifest, bag_info, owned or set())
        return {**state, "tags": _tag_digest(bag)}
    changed = [r for r in ordered if old["releases"].get(r.id) != r.key or r.id in fresh]
    gone = [rid for rid in old["releases"] if rid not in state["releases"]]
    for rid in [*gone, *(r.id for r in changed)]:
        remove_owned(bag / "data" / release_dir(rid), owned or None, bag)
    for record in changed:
        for path, entry in entries(site, record).items():
            _link(entry.source, bag / path)
    _write_tag_files(bag, manifest, bag_info)
    return {**state, "tags": _tag_digest(bag)}


def _tag_digest(bag: Path) -> str | None:
    """The SHA-256 of the bag's tag manifest (which holds the digests of the other tag files,
    the payload manifest among them): one small file read says which bag this is."""
    try:
        return hashlib.sha256((bag / "tagmanifest-sha256.txt").read_bytes()).hexdigest()
    except OSError:
        return None


def _payload(record: Record) -> dict[str, tuple[str, int]]:
    """Bag path → (SHA-256, size) of one release's payload, from its record alone (no file I/O)."""
    found = {f"data/{path}": (record.files[path], record.sizes[path])
             for path in record.files if path.endswith(PAYLOAD_SUFFIXES)}
    base = f"data/{release_dir(record.id)}/source/"
    for name, sha256 in record.sources.items():
        found[base + name] = (sha256, record.source_sizes[name])
    return found


def _make_whole(bag: Path, payload: dict[str, dict[str, Entry]], manifest: dict[str, str],
                bag_info: dict[str, str], owned: set[str]) -> None:
    """The whole bag in a staging folder next to it, swapped in at the end; a file in the old
    bag that press did not write (*owned* lists what it did) is moved across unchanged."""
    staging = bag.with_name(f".{bag.name}.tmp")
    shutil.rmtree(staging, ignore_errors=True)
    for found in payload.values():
        for path, entry in found.items():
            _link(entry.source, staging / path)
    _write_tag_files(staging, manifest, bag_info)
    for foreign in sorted(bag.rglob("*")) if bag.is_dir() else []:
        relative = foreign.relative_to(bag).as_posix()
        if (foreign.is_file() or foreign.is_symlink()) and relative not in owned \
                and not (staging / relative).exists():
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            os.replace(foreign, staging / relative)
    old = bag.with_name(f".{bag.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if bag.exists():
        bag.rename(old)
    staging.rename(bag)
    shutil.rmtree(old, ignore_errors=True)


def _write_tag_files(bag: Path, manifest: dict[str, str], bag_info: dict[str, str]) -> None:
    """bagit.txt, manifest, bag-info (keys sorted, as bagit-python writes them) and tagmanifest."""
    from press.atomic import write_bytes

    tag_files = {
        "bagit.txt": "BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n",
        "manifest-sha256.txt": "".join(f"{sha}  {path}\n" for path, sha in sorted(manifest.items())),
        "bag-info.txt": "".join(f"{key}: {' '.join(str(bag_info[key]).split())}\n"
                                for key in sorted(bag_info)),
    }
    data = {name: text.encode("utf-8") for name, text in tag_files.items()}
    data["tagmanifest-sha256.txt"] = "".join(
        f"{hashlib.sha256(data[name]).hexdigest()} {name}\n" for name in sorted(data)).encode("utf-8")
    for name, content in data.items():
        write_bytes(bag / name, content, durable=False)


def _link(source: Path, target: Path) -> None:
    """Copy *source* into the bag: never a hard link, which would tie the bag to the live
    sources (the next edit of a release.yaml would change the preserved copy too)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    shutil.copyfile(source, target)


def remove_owned(path: Path, owned: set[str] | None, root: Path) -> None:
    """Remove *path* (a file, or a folder's files) as far as press wrote it: *owned* lists those
    files relative to *root* (None: all of it). Folders go when they are left empty, so a file
    someone else put there keeps its folder and its bytes."""
    targets = [*sorted(path.rglob("*"), reverse=True), path] if path.is_dir() else [path]
    for item in targets:
        if item.is_dir() and not item.is_symlink():
            with contextlib.suppress(OSError):
                item.rmdir()
        elif owned is None or item.relative_to(root).as_posix() in owned:
            item.unlink(missing_ok=True)
