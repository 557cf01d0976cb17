"""releases.json: what the archive holds, with the SHA-256 of every file.

Per release: id, dates, the titles in every language, tags and each file with its size and
SHA-256; then the site-wide files (indexes, feeds, sitemap, fonts). Sorted keys and a fixed
order make it reproducible; it does not list itself.
"""

from __future__ import annotations

import json

from press.archive.collect import Record, newest_first

MANIFEST = "releases.json"


def render_manifest(records: list[Record], site_files: dict[str, tuple[str, int]]) -> bytes:
    """*site_files*: the site-wide files (path → SHA-256 and size), as recorded when written.

    One release per line: readable, diff-friendly, and written by json's C encoder (an
    indented dump goes through its pure-Python encoder, ten times slower on a large archive).
    """
    releases = [
        {
            "id": r.id, "date": r.date, "modified": r.modified, "source_lang": r.source_lang,
            "languages": r.langs, "titles": r.titles, "tags": r.tags, "synthetic": r.synthetic,
            "files": [{"path": path, "sha256": r.files[path], "bytes": r.sizes[path]}
                      for path in sorted(r.files)],
        }
        for r in newest_first(records)
    ]
    site = [{"path": path, "sha256": sha256, "bytes": size}
            for path, (sha256, size) in sorted(site_files.items()) if path != MANIFEST]
    lines = [_line(entry) for entry in releases]
    text = ('{"format": "press-archive/1",\n"releases": [\n' + ",\n".join(lines)
            + '\n],\n"site": [\n' + ",\n".join(_line(entry) for entry in site) + "\n]}\n")
    return text.encode("utf-8")


def _line(entry: dict[str, object]) -> str:
    return json.dumps(entry, ensure_ascii=False, sort_keys=True)
