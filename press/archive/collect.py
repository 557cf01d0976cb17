"""Which releases the archive publishes, and the record of each that the site is built from.

A release is published in the languages press.model.Publication says may be: complete, all
segments approved and none stale, no checker error attributed to it, the embargo (if any) passed. The
record keeps that decision's inputs and everything the indexes, feeds, sitemap, manifest and
bag need, so unchanged releases are never parsed again.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from press.model import Publication, Release

ISSUE_TIME = dt.time(9, 0, tzinfo=dt.timezone(dt.timedelta(hours=5)))
"""Releases carry a date only; the archive dates them 09:00 Astana time, reproducibly."""


def moment(day: dt.date) -> str:
    """The W3C date-time of a release day (what PDFs, feeds and zips are stamped with)."""
    return dt.datetime.combine(day, ISSUE_TIME).isoformat()


@dataclass
class Record:
    """One release as the archive knows it (JSON-serialisable, kept in the cache)."""

    folder: str
    key: str
    id: str = ""
    date: str = ""
    modified: str = ""
    source_lang: str = "en"
    langs: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    brand: str = ""
    titles: dict[str, str] = field(default_factory=dict)
    summaries: dict[str, str] = field(default_factory=dict)
    synthetic: bool = False
    approved: dict[str, bool] = field(default_factory=dict)
    embargo: str | None = None
    checker_errors: dict[str, int] | int = 0
    """Checker errors per language (see Publication)."""
    files: dict[str, str] = field(default_factory=dict)
    """Site-relative path → SHA-256 of every file rendered for the release."""
    sizes: dict[str, int] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    """YAML file name → SHA-256, for the bag's manifest (never hashed again while unchanged)."""
    source_sizes: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    stamp: str = ""
    """What the key was made from, by stat alone (see export.Keys): equal, the key holds unread."""

    def publication(self) -> Publication:
        embargo = dt.datetime.fromisoformat(self.embargo) if self.embargo else None
        return Publication(self.approved, embargo, self.checker_errors)

    def published(self, now: dt.datetime) -> bool:
        """At least one language is published (the others are left out of the archive)."""
        return bool(self.published_langs(now))

    def published_langs(self, now: dt.datetime) -> list[str]:
        return [] if self.error else self.publication().published_langs(now)

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.date)

    def to_json(self) -> dict[str, Any]:
        """A plain dict for the cache (shallow: dataclasses.asdict's deep copy cost more than
        everything else a no-change re-export of a large archive does)."""
        return dict(vars(self))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Record:
        return cls(**data)


def newest_first(records: list[Record]) -> list[Record]:
    return sorted(records, key=lambda r: (r.date, r.id), reverse=True)


def describe(release: Release, folder: str, key: str) -> Record:
    """The record of a loaded release, before anything is rendered."""
    meta = release.meta
    publication = Publication.of(release)
    embargo = publication.embargo
    last = max([meta.date, *(c.date for c in meta.corrections)])
    return Record(
        folder=folder, key=key, id=meta.id, date=meta.date.isoformat(), modified=moment(last),
        source_lang=meta.source_lang, langs=list(meta.langs), tags=sorted(meta.tags),
        brand=meta.brand, titles={lang: _plain(v.text("title")) for lang, v in release.versions.items()},
        summaries={lang: _summary(release, lang) for lang in release.versions},
        synthetic=meta.synthetic,
        approved=publication.approved,
        embargo=embargo.isoformat() if embargo else None,
    )


def _plain(text: str) -> str:
    from press.markup import to_plain

    return to_plain(text)


def _summary(release: Release, lang: str) -> str:
    """The first body paragraph, cut at a word near 300 characters: the feed's summary."""
    body = release.versions[lang].body
    text = _plain(body[0].text) if body else ""
    if len(text) <= 300:
        return text
    return text[:300].rsplit(" ", 1)[0] + " …"


def metadata_json(release: Release, record: Record, sources: dict[str, bytes]) -> bytes:
    """The release's metadata as embedded in its PDF/A and kept in the bag (sorted keys)."""
    import hashlib

    meta = release.meta
    data = {
        "id": record.id, "date": record.date, "modified": record.modified,
        "source_lang": record.source_lang, "languages": record.langs, "tags": record.tags,
        "titles": record.titles, "brand": record.brand, "synthetic": record.synthetic,
        "embargo": record.embargo,
        "corrections": [{"date": c.date.isoformat(), "note": c.note} for c in meta.corrections],
        "sources": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(sources.items())},
    }
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")
