"""releases.json: what the archive holds, with the SHA-256 of every file.

Per release: id, dates, the titles in every language, tags and each file with its size and
SHA-256; then the site-wide files (indexes, feeds, sitemap, fonts). Sorted keys and a fixed
order make it reproducible; it does not list itself.
"""

from __future__ import annotations

import json
import re

from press.archive.collect import Record, newest_first

MANIFEST = "releases.json"
HEAD = '{"format": "press-archive/1",\n"releases": [\n'
SITE = '\n],\n"site": [\n'


def render_manifest(records: list[Record], site_files: dict[str, tuple[str, int]],
                    kept: dict[str, str] | None = None) -> bytes:
    """*site_files*: the site-wide files (path → SHA-256 and size), as recorded when written.
    *kept*: release id → its line as the last manifest has it, for releases that did not change
    since (see release_lines): a re-export after one change writes one release's line, not all.

    One release per line: readable, diff-friendly, and written by json's C encoder (an
    indented dump goes through its pure-Python encoder, ten times slower on a large archive).
    """
    kept = kept or {}
    site = [{"path": path, "sha256": sha256, "bytes": size}
            for path, (sha256, size) in sorted(site_files.items()) if path != MANIFEST]
    lines = [kept.get(r.id) or _line(_entry(r)) for r in newest_first(records)]
    text = HEAD + ",\n".join(lines) + SITE + ",\n".join(_line(entry) for entry in site) + "\n]}\n"
    return text.encode("utf-8")


def _entry(r: Record) -> dict[str, object]:
    return {
        "id": r.id, "date": r.date, "modified": r.modified, "source_lang": r.source_lang,
        "languages": r.langs, "titles": r.titles, "tags": r.tags, "synthetic": r.synthetic,
        "files": [{"path": path, "sha256": r.files[path], "bytes": r.sizes[path]}
                  for path in sorted(r.files)],
    }


def _line(entry: dict[str, object]) -> str:
    return json.dumps(entry, ensure_ascii=False, sort_keys=True)


_ID = re.compile(r'"id": ("(?:[^"\\]|\\.)*")')
"""A release line's id: the first "id" key of the line (its keys are sorted: date and files come
first, and no file entry has an id; a quote inside a string is escaped, so no text matches)."""


def release_lines(data: bytes) -> dict[str, str]:
    """Each release's line (id → line) in a manifest render_manifest wrote; {} for anything else."""
    text = data.decode("utf-8", errors="replace")
    end = text.find(SITE)
    if not text.startswith(HEAD) or end < 0:
        return {}
    found = {}
    for line in text[len(HEAD):end].split(",\n"):  # json.dumps escapes every newline inside a line
        if match := _ID.search(line):
            found[json.loads(match.group(1))] = line
    return found
