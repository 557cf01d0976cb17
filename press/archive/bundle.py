"""The preservation bundle: a BagIt bag (RFC 8493), validated by bagit-python in the tests.

    bag/bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt
    bag/data/releases/<id>/<lang>.pdf         PDF/A-3b, sources and metadata attached
    bag/data/releases/<id>/metadata.json
    bag/data/releases/<id>/source/*.yaml      the release's YAML files as stored

The bag is made in a staging folder next to it and swapped in at the end, so an archivist
never sees half a bag. Payload files are hard links to the site's files where possible.
bag-info.txt is dated by the newest release, not by the clock.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from press.archive.collect import Record
from press.archive.render import release_dir

PAYLOAD_SUFFIXES = (".pdf", ".json")


def make_bundle(site: Path, bag: Path, records: list[Record], info: dict[str, str]) -> None:
    """(Re)make the bag at *bag* from the published *records* and the files below *site*.

    The bag is written in the layout bagit-python writes (and the tests validate it with
    bagit-python), but the payload manifest is made from the SHA-256 the export already
    recorded for every file: re-hashing a thousand releases' PDFs on each export would make
    an incremental re-export as slow as the archive is large. Only the small YAML sources
    and the tag files are hashed here.
    """
    staging = bag.with_name(f".{bag.name}.tmp")
    shutil.rmtree(staging, ignore_errors=True)
    manifest: dict[str, str] = {}
    octets = 0
    for record in sorted(records, key=lambda r: r.id):
        for path in sorted(record.files):
            if path.endswith(PAYLOAD_SUFFIXES):
                octets += _link(site / path, staging / "data" / path)
                manifest[f"data/{path}"] = record.files[path]
        folder = Path(record.folder)
        for name in ["release.yaml", *(f"{lang}.yaml" for lang in record.langs)]:
            relative = f"data/{release_dir(record.id)}/source/{name}"
            octets += _link(folder / name, staging / relative)
            manifest[relative] = _sha256(staging / relative)
    newest = max((r.date for r in records), default="2000-01-01")
    bag_info = {"Bagging-Date": newest, "Bag-Software-Agent": "press (bagit-python layout)", **info,
                "Payload-Oxum": f"{octets}.{len(manifest)}"}
    _write_tag_files(staging, manifest, bag_info)
    old = bag.with_name(f".{bag.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if bag.exists():
        bag.rename(old)
    staging.rename(bag)
    shutil.rmtree(old, ignore_errors=True)


def _write_tag_files(bag: Path, manifest: dict[str, str], bag_info: dict[str, str]) -> None:
    """bagit.txt, manifest, bag-info (keys sorted, as bagit-python writes them) and tagmanifest."""
    bag.mkdir(parents=True, exist_ok=True)
    (bag / "bagit.txt").write_text("BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n",
                                   encoding="utf-8")
    lines = [f"{digest}  {path}\n" for path, digest in sorted(manifest.items())]
    (bag / "manifest-sha256.txt").write_text("".join(lines), encoding="utf-8")
    info_lines = [f"{key}: {' '.join(str(bag_info[key]).split())}\n" for key in sorted(bag_info)]
    (bag / "bag-info.txt").write_text("".join(info_lines), encoding="utf-8")
    tags = sorted(("bag-info.txt", "bagit.txt", "manifest-sha256.txt"))
    (bag / "tagmanifest-sha256.txt").write_text(
        "".join(f"{_sha256(bag / name)} {name}\n" for name in tags), encoding="utf-8")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _link(source: Path, target: Path) -> int:
    """Hard-link (or copy) *source* into the bag; the payload's size in bytes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
    return target.stat().st_size
