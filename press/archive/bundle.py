"""The preservation bundle: a BagIt bag (RFC 8493) made and checksummed by bagit-python.

    bag/bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt
    bag/data/releases/<id>/<lang>.pdf         PDF/A-3b, sources and metadata attached
    bag/data/releases/<id>/metadata.json
    bag/data/releases/<id>/source/*.yaml      the release's YAML files as stored

The bag is made in a staging folder next to it and swapped in at the end, so an archivist
never sees half a bag. Payload files are hard links to the site's files where possible.
bag-info.txt is dated by the newest release, not by the clock.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from press.archive.collect import Record
from press.archive.render import release_dir

PAYLOAD_SUFFIXES = (".pdf", ".json")


def make_bundle(site: Path, bag: Path, records: list[Record], info: dict[str, str]) -> None:
    """(Re)make the bag at *bag* from the published *records* and the files below *site*."""
    import bagit

    staging = bag.with_name(f".{bag.name}.tmp")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for record in sorted(records, key=lambda r: r.id):
        for path in sorted(record.files):
            if path.endswith(PAYLOAD_SUFFIXES):
                _link(site / path, staging / path)
        folder = Path(record.folder)
        for name in ["release.yaml", *(f"{lang}.yaml" for lang in record.langs)]:
            _link(folder / name, staging / release_dir(record.id) / "source" / name)
    newest = max((r.date for r in records), default="2000-01-01")
    bag_info = {"Bagging-Date": newest, "Bag-Software-Agent": "press (bagit-python)", **info}
    bagit.make_bag(str(staging), bag_info=bag_info, checksums=["sha256"])
    _sort_tagmanifest(staging)
    old = bag.with_name(f".{bag.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if bag.exists():
        bag.rename(old)
    staging.rename(bag)
    shutil.rmtree(old, ignore_errors=True)


def _link(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _sort_tagmanifest(bag: Path) -> None:
    """bagit-python lists tag files in directory order; sorted lines make the bag reproducible."""
    for manifest in bag.glob("tagmanifest-*.txt"):
        lines = sorted(manifest.read_text(encoding="utf-8").splitlines())
        manifest.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
