"""releases.json: what the archive holds, with the SHA-256 of every file.

Per release: id, dates, the titles in every language, tags and each file with its size and
SHA-256; then the site-wide files (indexes, feeds, sitemap, fonts). Sorted keys and a fixed
order make it reproducible; it does not list itself.
"""

from __future__ import annotations

import json

from press.archive.collect import Record
from press.archive.site import newest_first

MANIFEST = "releases.json"


def render_manifest(records: list[Record], site_files: dict[str, tuple[str, int]]) -> bytes:
    """*site_files*: the site-wide files (path → SHA-256 and size), as recorded when written."""
    data = {
        "format": "press-archive/1",
        "releases": [
            {
                "id": r.id, "date": r.date, "modified": r.modified, "source_lang": r.source_lang,
                "languages": r.langs, "titles": r.titles, "tags": r.tags, "synthetic": r.synthetic,
                "files": [{"path": path, "sha256": r.files[path], "bytes": r.sizes[path]}
                          for path in sorted(r.files)],
            }
            for r in newest_first(records)
        ],
        "site": [{"path": path, "sha256": sha256, "bytes": size}
                 for path, (sha256, size) in sorted(site_files.items()) if path != MANIFEST],
    }
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")
