"""The release model: one set of typed classes that every stage of the pipeline shares.

source → localise → check → render → publish/archive all take and give these objects;
only `press.source` knows how they are stored on disk.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Status(StrEnum):
    """Where a translated segment stands, in workflow order."""

    UNTRANSLATED = "untranslated"
    MACHINE = "machine"
    TRANSLATED = "translated"
    REVIEWED = "reviewed"
    APPROVED = "approved"

    @property
    def rank(self) -> int:
        return list(Status).index(self)

    @property
    def is_human(self) -> bool:
        """Reviewed and approved segments are a person's work: no machine may overwrite them."""
        return self in (Status.REVIEWED, Status.APPROVED)


def source_hash(text: str) -> str:
    """Fingerprint of a source segment; a translation made from other text is stale.

    Normalised (NFC, collapsed white space) so that re-wrapping a line in YAML does not
    make every translation stale.
    """
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


@dataclass
class Segment:
    """One paragraph (or the title) of one language version."""

    id: str
    text: str
    status: Status = Status.APPROVED
    source_hash: str | None = None
    changed_by: str | None = None
    changed_at: str | None = None
    engine: str | None = None
    note: str | None = None
    kind: str = "p"
    """p (paragraph), h2 (heading), quote, li (bulleted list item) or ol (numbered list item);
    the source decides, translations follow."""
    source_text: str | None = None
    """The source text this translation was made from, to show old and new when stale."""
    line: int = 0
    """Line in the source file, for messages."""
    approved_hash: str | None = None
    """The hash of the text when it was approved: a different text now is a hand edit."""

    @property
    def revision(self) -> str:
        """Changes on every change of text, status or who changed it when: a hand-off file
        records it at export, so an import after a newer change is a conflict."""
        key = "\0".join((self.text, str(self.status), self.changed_by or "", self.changed_at or ""))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]

    @property
    def hand_edited(self) -> bool:
        """Approved, but its text is no longer the text that was approved (edited outside press)."""
        return (self.status is Status.APPROVED and self.approved_hash is not None
                and self.approved_hash != source_hash(self.text))


@dataclass
class Version:
    """The body of a release in one language."""

    lang: str
    segments: dict[str, Segment]
    path: Path | None = None

    def text(self, segment_id: str) -> str:
        segment = self.segments.get(segment_id)
        return segment.text if segment else ""

    @property
    def body(self) -> list[Segment]:
        """The segments that make up the body, in order (title and subtitle excluded)."""
        return [s for s in self.segments.values() if s.id not in HEADER_SEGMENTS]


HEADER_SEGMENTS = ("title", "subtitle")


@dataclass
class Entity:
    """A person, place, organisation or craft with its approved form in each language.

    The first form of each language is the one to write; the others are accepted variants
    (short forms, abbreviations) that the checker recognises.
    """

    id: str
    type: str
    forms: dict[str, list[str]]
    note: str | None = None
    origin: str = "release"
    """"termbase" for ministry-wide entries, "release" for the release's own register."""
    line: int = 0
    adjectives: dict[str, list[str]] = field(default_factory=dict)
    """Words that name the entity too, per language (Hungarian, венгерский, венгриялық): the
    checker counts them as mentions; they are never written in place of the name."""
    unconfirmed: list[str] = field(default_factory=list)
    """Languages whose form was proposed by press, not yet confirmed by a person: a release
    naming the entity cannot be published until `press glossary confirm`."""
    confirmed: dt.date | None = None
    """When a person last confirmed the entry (the ministry's people are re-checked)."""

    def form(self, lang: str) -> str:
        return self.forms[lang][0]


@dataclass
class Fact:
    """A dated event or key figure that every version must state the same way."""

    id: str
    kind: str
    """event (has a date), figure (has a value and unit) or founding (has a year)."""
    date: dt.date | None = None
    value: float | None = None
    unit: str | None = None
    year: int | None = None
    about: str | None = None
    entities: list[str] = field(default_factory=list)
    line: int = 0


@dataclass
class Contact:
    name: dict[str, str]
    email: str | None = None
    phone: str | None = None


@dataclass
class Photo:
    """The lead photo: an image file in the release folder, described and credited per language."""

    file: str
    """Its path relative to the release folder, as the source writes it (lead.jpg)."""
    alt: dict[str, str]
    """What the photo shows, per language: the alt text a screen reader speaks."""
    caption: dict[str, str] = field(default_factory=dict)
    credit: dict[str, str] = field(default_factory=dict)
    width: int = 0
    height: int = 0
    """Its size in pixels (read from the file when the source is loaded)."""


@dataclass
class Correction:
    """A change after publication, shown on every output in every language."""

    date: dt.date
    note: dict[str, str]


@dataclass
class Meta:
    """What a release is: the facts about it rather than its text."""

    id: str
    date: dt.date
    dateline: str
    """Entity id of the place the release is issued from."""
    brand: str
    source_lang: str
    target_langs: list[str]
    tags: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    embargo: dt.datetime | None = None
    corrections: list[Correction] = field(default_factory=list)
    synthetic: bool = False
    photo: Photo | None = None

    @property
    def langs(self) -> list[str]:
        return [self.source_lang, *self.target_langs]


@dataclass
class Release:
    """A release as every stage sees it: metadata, registers and the versions."""

    meta: Meta
    entities: dict[str, Entity]
    """The release's own register merged over the shared termbase."""
    facts: dict[str, Fact]
    versions: dict[str, Version]
    folder: Path

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def source(self) -> Version:
        return self.versions[self.meta.source_lang]

    def only(self, langs: list[str]) -> Release:
        """This release with only the versions of *langs* (the source always among them)."""
        from dataclasses import replace

        targets = [lang for lang in self.meta.target_langs if lang in langs]
        return replace(self, meta=replace(self.meta, target_langs=targets),
                       versions={lang: v for lang, v in self.versions.items()
                                 if lang in targets or lang == self.meta.source_lang})

    def is_stale(self, lang: str, segment_id: str) -> bool:
        """True when the translation was made from a source text that has since changed."""
        if lang == self.meta.source_lang:
            return False
        segment = self.versions[lang].segments.get(segment_id)
        source = self.source.segments.get(segment_id)
        if segment is None or source is None or segment.status is Status.UNTRANSLATED:
            return False
        return segment.source_hash != source_hash(source.text)

    def unconfirmed(self, lang: str) -> list[str]:
        """Ids of the registered names whose *lang* form press proposed and no person has
        confirmed yet (`press glossary confirm`)."""
        return [e.id for e in self.entities.values() if lang in e.unconfirmed and e.origin == "release"]

    def is_publishable(self, lang: str) -> bool:
        """A language is published only when every segment is approved and none is stale, and
        every name it writes has a confirmed form."""
        if self.unconfirmed(lang):
            return False
        if lang == self.meta.source_lang:
            return True
        version = self.versions[lang]
        return all(
            (seg := version.segments.get(sid)) is not None
            and seg.status is Status.APPROVED
            and not self.is_stale(lang, sid)
            for sid in self.source.segments
        )


DEFAULT_TIMEZONE = "Asia/Almaty"
"""The zone of a brand that names none: Kazakhstan's single zone (UTC+5 since 1 March 2024).
Read through zoneinfo with the tzdata package, so the rule is the current one on every machine."""


def aware(moment: dt.datetime, zone: str = DEFAULT_TIMEZONE) -> dt.datetime:
    """A naive date-time (an embargo written as local time, 2027-01-01 10:00) is read in *zone*,
    the brand's time zone: the press office writes the time its journalists read."""
    from zoneinfo import ZoneInfo

    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(zone))


@dataclass(frozen=True)
class Publication:
    """Whether each language of a release may be published: the one publication rule.

    Build, archive and preview all ask this class, so the three cannot disagree. It decides
    per release × language:
    - a language is approved when it is complete (a title and at least one body segment, in
      it and in the source) and every segment is approved and none is stale; an incomplete
      release is never final, not even forced;
    - checker errors hold the languages they are attributed to (an error that names the
      source language holds every language: all are translations of it); the others
      publish. Forced, the held languages are published too, marked forced;
    - an embargo that has not passed holds every language.
    A language that is held or not approved is a draft: build renders it with a DRAFT mark,
    the archive publishes only the languages that are not.
    Its fields are plain values, so the archive keeps it in its cache and asks again later
    (an embargo passes without any source changing).
    """

    approved: dict[str, bool]
    embargo: dt.datetime | None = None
    checker_errors: dict[str, int] | int = 0
    """Errors per language; a plain number counts against every language."""
    forced: bool = False

    @classmethod
    def of(cls, release: Release, checker_errors: int | Iterable[Sequence[str]] = 0,
           force: bool = False) -> Publication:
        """The rule applied to *release*; *checker_errors* is a count for the whole release or
        the languages each error names (Finding.langs)."""
        embargo = release.meta.embargo
        complete = _complete(release, release.meta.source_lang)
        approved = {lang: lang in release.versions and complete and _complete(release, lang)
                    and release.is_publishable(lang) for lang in release.meta.langs}
        errors = (checker_errors if isinstance(checker_errors, int)
                  else attribute_errors(checker_errors, release.meta.langs, release.meta.source_lang))
        return cls(approved, aware(embargo) if embargo else None, errors,
                   force and bool(errors if isinstance(errors, int) else sum(errors.values())))

    def errors(self, lang: str) -> int:
        """The checker errors that hold *lang*."""
        if isinstance(self.checker_errors, int):
            return self.checker_errors
        return self.checker_errors.get(lang, 0)

    def held(self, lang: str) -> bool:
        """*lang* has checker errors and the build is not forced."""
        return self.errors(lang) > 0 and not self.forced

    def marked_forced(self, lang: str) -> bool:
        """*lang* is published despite checker errors: its pages say so."""
        return self.forced and self.errors(lang) > 0

    @property
    def refused(self) -> bool:
        """Every language is held by checker errors."""
        return all(self.held(lang) for lang in self.approved) if self.approved else False

    def embargoed(self, now: dt.datetime) -> bool:
        return self.embargo is not None and self.embargo > now

    def unfinished(self, lang: str) -> bool:
        """*lang* is not ready whatever the time: held by checker errors or not approved.
        Its pages carry the DRAFT mark; an embargo alone gives the embargo line instead."""
        return self.held(lang) or not self.approved.get(lang, False)

    def draft(self, lang: str, now: dt.datetime) -> bool:
        """*lang* may not be published as final at *now* (unfinished, or under embargo)."""
        return self.embargoed(now) or self.unfinished(lang)

    def published(self, now: dt.datetime, lang: str | None = None) -> bool:
        """*lang* (or, without one, every language) may be published as final at *now*."""
        langs = [lang] if lang else list(self.approved)
        return bool(langs) and all(not self.draft(each, now) for each in langs)

    def published_langs(self, now: dt.datetime) -> list[str]:
        """The languages that may be published as final at *now*, in the release's order."""
        return [lang for lang in self.approved if not self.draft(lang, now)]


def attribute_errors(error_langs: Iterable[Sequence[str]], langs: Sequence[str],
                     source_lang: str) -> dict[str, int]:
    """Checker errors per language: each error counts against the languages it names, or
    against every language when it names the source (or none)."""
    counts = dict.fromkeys(langs, 0)
    for named in error_langs:
        for lang in langs if (not named or source_lang in named) else named:
            if lang in counts:
                counts[lang] += 1
    return counts


def _complete(release: Release, lang: str) -> bool:
    """A version with a title and at least one body segment (an empty release is never final)."""
    version = release.versions.get(lang)
    return version is not None and bool(version.text("title").strip()) and any(
        segment.text.strip() for segment in version.body)
