"""What a hand-off file carries, whatever its format, and how statuses map both ways.

Every writer (XLIFF 2.1, XLIFF 1.2, DOCX) turns the same `Handoff` into its format and every
reader turns its format back into the same `Returned` units, so the import rules live in
one place (press.review.importer) and not three times.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from press.errors import Problem, SourceError
from press.model import Release, Segment, Status, source_hash

MAX_FILE_BYTES = 5 * 1024 * 1024
"""A release is a few kilobytes per language; a hand-off file far larger is refused."""

TOOL = "press"


@dataclass(frozen=True)
class Note:
    """A note for the translator; *category* says where it came from (press-*, translator)."""

    category: str
    text: str


@dataclass
class Item:
    """One segment as exported: the unit (or table row) of a hand-off file."""

    id: str
    kind: str
    source: str
    source_hash: str
    status: Status
    """The status shown in the file: stale reviewed/approved work is shown as translated."""
    target: str | None
    """A person's translation; None while the segment is untranslated or machine output."""
    machine: str | None = None
    engine: str | None = None
    stale: bool = False
    comment: str | None = None
    notes: list[Note] = field(default_factory=list)
    revision: str = ""
    """The segment's revision at export (press.model.Segment.revision; NEW when it has none)."""
    match_quality: float | None = None
    """For a draft from translation memory: the similarity of its source (1.0 exact)."""

    @property
    def prefill(self) -> str | None:
        """What the target holds: the person's translation, else the machine or memory draft."""
        return self.target if self.target is not None else self.machine


NEW = "new"
"""The revision of a segment that does not exist yet in the language file."""


def segment_revision(segment: Segment | None) -> str:
    return segment.revision if segment is not None else NEW


def memory_quality(segment: Segment | None) -> float | None:
    """The similarity a memory draft was made with, from the note press translate wrote."""
    import re

    if segment is None or segment.engine != "memory" or not segment.note:
        return None
    if "exact match" in segment.note:
        return 1.0
    found = re.search(r"fuzzy match (\d+)%", segment.note)
    return int(found.group(1)) / 100 if found else None


@dataclass
class Handoff:
    release_id: str
    source_lang: str
    lang: str
    items: list[Item]
    revision: str = ""
    """The source revision the file was made from (see `revision`)."""

    @property
    def token(self) -> str:
        return identity_token(self.release_id, self.lang, self.revision)


@dataclass
class Returned:
    """One unit as read back from a file that came back from a translator or reviewer."""

    id: str
    source: str
    source_hash: str
    target: str | None
    status: Status | None
    comment: str | None = None
    line: int = 0
    revision: str = ""
    """The segment revision the file was exported at ("" in files older than revisions)."""
    element: Any = None
    """The XLIFF <target> element: its inline codes are read against today's source at import."""
    code_tag: str = ""
    ns: str = ""


@dataclass
class ReturnedFile:
    path: Path
    format: str
    release_id: str
    lang: str
    units: list[Returned]
    lang_labels: dict[str, str] = field(default_factory=dict)
    """Every place the file names its language (trgLang, metadata …) → what it says there."""
    release_labels: dict[str, str] = field(default_factory=dict)
    revision: str = ""
    token: str = ""


def revision(release: Release) -> str:
    """The source revision: a digest of the source segments' ids and hashes, in order."""
    import hashlib

    parts = "\n".join(f"{sid} {source_hash(seg.text)}" for sid, seg in release.source.segments.items())
    return hashlib.sha256(parts.encode("utf-8")).hexdigest()[:12]


def identity_token(release_id: str, lang: str, revision: str) -> str:
    """Binds a hand-off file's release, language and revision: a relabelled file no longer matches.

    Not a secret (anyone can recompute it); it catches a language or release changed in one
    place of the file (trgLang, the DOCX identifier) and not in the others.
    """
    import hashlib

    return hashlib.sha256(f"press-handoff\0{release_id}\0{lang}\0{revision}".encode()).hexdigest()[:16]


def refuse(path: Path | str, line: int, message: str) -> SourceError:
    """The error for a file that is malformed or tampered with: exit 2, nothing changed."""
    return SourceError(Problem(path, line, message))


def shown_status(segment: Segment | None, stale: bool) -> Status:
    """Status written to the file; stale human work needs a new look, so it shows as translated."""
    if segment is None:
        return Status.UNTRANSLATED
    if stale and segment.status.rank > Status.TRANSLATED.rank:
        return Status.TRANSLATED
    return segment.status


def has_human_target(segment: Segment | None) -> bool:
    return segment is not None and segment.status.rank >= Status.TRANSLATED.rank and bool(segment.text)


def build_handoff(release: Release, lang: str, findings: list[Any] | None = None) -> Handoff:
    """Everything a translator of *lang* needs, one item per source segment, in source order."""
    if lang not in release.meta.target_langs:
        raise SourceError(Problem(release.folder / "release.yaml", 0,
                                  f"{lang} is not a target language of {release.id} "
                                  f"(targets: {', '.join(release.meta.target_langs)})"))
    version = release.versions[lang]
    items = []
    for sid, src in release.source.segments.items():
        seg = version.segments.get(sid)
        stale = release.is_stale(lang, sid)
        human = has_human_target(seg)
        machine = seg.text if seg is not None and seg.status is Status.MACHINE and seg.text else None
        item = Item(
            id=sid, kind=src.kind, source=src.text, source_hash=source_hash(src.text),
            status=shown_status(seg, stale), target=seg.text if human and seg else None,
            machine=machine, engine=seg.engine if seg else None, stale=stale,
            comment=seg.note if seg else None, revision=segment_revision(seg),
            match_quality=memory_quality(seg),
        )
        item.notes = segment_notes(release, lang, src, seg, stale, findings or [])
        items.append(item)
    return Handoff(release.id, release.meta.source_lang, lang, items, revision(release))


def segment_notes(release: Release, lang: str, src: Segment, seg: Segment | None, stale: bool,
                  findings: list[Any]) -> list[Note]:
    """The register entries this segment uses, the checker's findings, and what went stale."""
    notes = []
    if stale and seg is not None:
        old = seg.source_text or "(not recorded)"
        notes.append(Note("press-stale", f"STALE: the source changed after this translation.\n"
                                         f"Old source: {old}\nNew source: {src.text}"))
    names = entity_notes(release, lang, src.text)
    if names:
        notes.append(Note("press-entities", "Names: " + "; ".join(names)))
    facts = fact_notes(release, lang, src.text)
    if facts:
        notes.append(Note("press-facts", "Facts: " + "; ".join(facts)))
    notes.extend(Note("press-check", line) for line in finding_lines(findings, lang, src.id))
    return notes


def entity_notes(release: Release, lang: str, text: str) -> list[str]:
    """`English form → approved form (variants)` for each register entity the text names."""
    source_lang = release.meta.source_lang
    lines = []
    for entity in release.entities.values():
        if any(form and form in text for form in entity.forms.get(source_lang, [])):
            forms = entity.forms.get(lang, [])
            variants = f" (also {', '.join(forms[1:])})" if len(forms) > 1 else ""
            lines.append(f"{entity.form(source_lang)} → {forms[0] if forms else '?'}{variants}")
    return lines


def fact_notes(release: Release, lang: str, text: str) -> list[str]:
    """Each fact the text states, written the way *lang* must write it."""
    from press.lang import format_date, format_day_month, format_number

    source_lang = release.meta.source_lang
    named = {e.id for e in release.entities.values()
             if any(f and f in text for f in e.forms.get(source_lang, []))}
    lines = []
    for fact in release.facts.values():
        shown = ""
        if fact.kind == "event" and fact.date:
            found = format_day_month(fact.date, source_lang) in text
            shown = format_date(fact.date, lang)
        elif fact.kind == "figure" and fact.value is not None:
            found = format_number(fact.value, source_lang) in text
            shown = f"{format_number(fact.value, lang)} ({fact.unit or 'figure'})"
        elif fact.kind == "founding" and fact.year:
            found = str(fact.year) in text or (bool(named & set(fact.entities)) and "anniversary" in text)
            shown = str(fact.year)
        else:
            found = False
        if found:
            about = f" — {fact.about}" if fact.about else ""
            lines.append(f"{fact.id}: {shown}{about}")
    return lines


def finding_lines(findings: list[Any], lang: str, segment_id: str) -> list[str]:
    """The checker's findings about this segment in this language, one line each."""
    lines = []
    for finding in findings:
        langs = getattr(finding, "langs", ()) or ()
        if getattr(finding, "segment", None) != segment_id or (langs and lang not in langs):
            continue
        excerpt = getattr(finding, "excerpt", "") or ""
        quoted = f" «{excerpt}»" if excerpt else ""
        lines.append(f"[{getattr(finding, 'severity', 'note')}] {getattr(finding, 'rule', 'check')}: "
                     f"{getattr(finding, 'message', '')}{quoted}")
    return lines


def now_stamp() -> str:
    """The time a change is recorded, with the local offset (Astana writes +05:00)."""
    return dt.datetime.now().astimezone().replace(microsecond=0).isoformat()


def status_from_name(name: str) -> Status | None:
    cleaned = name.strip().lower()
    return Status(cleaned) if cleaned in {s.value for s in Status} else None
