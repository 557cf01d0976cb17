"""`press import`: a Word, HTML or text draft into a new release or one language version.

Into a new release the draft becomes the source (title, subtitle, then p1, p2 … in
order). Into a translation its paragraphs are aligned with the source segments
(press.draft.align); reviewed and approved segments are never overwritten, and what did
not align is reported rather than guessed. Every write is atomic; a release created by a
failed import is removed again, so a retry starts clean.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path

from press.draft.align import Alignment, align
from press.draft.anchors import dates, names
from press.draft.propose import Proposals, as_yaml_comment, propose
from press.draft.readers import Block, read_draft
from press.draft.scaffold import NewRelease, release_folder, scaffold, slugify
from press.errors import PressError
from press.markup import to_plain
from press.model import Release, Segment, Status, source_hash
from press.project import Project
from press.source import RELEASE_FILE, save_version


@dataclass
class ImportReport:
    """What an import did, for the command's summary and for tests."""

    release: Release
    lang: str
    created: bool
    imported: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    """Reviewed or approved segments the draft would have replaced: left as they were."""
    alignment: Alignment | None = None
    dateline: tuple[str, dt.date | None] | None = None
    proposals: Proposals = field(default_factory=Proposals)
    table_rows: int = 0


@dataclass(frozen=True)
class Target:
    """Where the draft goes: an existing release, or a new one.

    A new release's values not given here come from the draft's dateline
    ("Астана, 10 декабря 2025 года"), then from the file name and today's date.
    """

    release: str | None = None
    slug: str | None = None
    date: dt.date | None = None
    brand: str | None = None
    dateline: str | None = None

    def new_release(self, path: Path, lang: str, found: tuple[str, dt.date | None] | None,
                    title: str | None = None) -> NewRelease:
        return NewRelease(slug=self.slug or slugify(title or path.stem),
                          date=self.date or (found[1] if found and found[1] else dt.date.today()),
                          source_lang=lang, brand=self.brand or "mfa-kz",
                          dateline=self.dateline or (found[0] if found else "astana"),
                          origin=f"Imported from {path.name} with `press import`")


def import_draft(project: Project, path: Path, lang: str, target: Target,
                 who: str | None = None) -> ImportReport:
    if target.brand is None:
        target = replace(target, brand=project.settings.brand)
    blocks = read_draft(path)
    dateline, blocks = split_dateline(blocks, lang, project.termbase)
    who = who or f"press import {path.name}"
    if target.release is None:
        title = next((to_plain(b.text) for b in blocks if b.kind == "title"), None)
        new = target.new_release(path, lang, dateline, title)
        return _into_new(project, path, lang, blocks, dateline, new)
    release = project.load(project.release_folders([target.release])[0])
    if lang not in release.meta.langs:
        raise PressError(f"{release.id} has no {lang} version (its languages: "
                         f"{', '.join(release.meta.langs)})")
    if lang == release.meta.source_lang:
        if release.source.segments:
            raise PressError(f"{release.id} already has its {lang} source text; import a translation "
                             f"(--lang {', '.join(release.meta.target_langs)}) or edit {lang}.yaml")
        report = ImportReport(release, lang, created=False, dateline=dateline)
        _fill_source(report, blocks)
    else:
        report = ImportReport(release, lang, created=False, dateline=dateline)
        _fill_translation(report, blocks, who)
    report.proposals = _new_proposals(release, blocks, lang)
    report.table_rows = sum(1 for b in blocks if b.note)
    if lang == release.meta.source_lang:  # a translation's names are the source's, respelt
        register_proposals(release, report.proposals, lang, path.name)
    return report


def split_dateline(blocks: list[Block], lang: str, termbase: dict) -> tuple[
        tuple[str, dt.date | None] | None, list[Block]]:
    """A leading "Астана, 10 декабря 2025 года" line is the dateline, not body text."""
    for index, block in enumerate(blocks[:3]):
        text = to_plain(block.text)
        place, _, rest = text.partition(",")
        if not rest or len(text) > 80:
            continue
        places = [e for e in names(place, lang, termbase) if termbase[e].type == "place"]
        day_month = dates(rest, lang)
        year = re.search(r"\b(1[89]\d\d|2\d\d\d)\b", rest)
        if places and day_month:
            month, day = day_month[0]
            when = dt.date(int(year.group(1)), month, day) if year else None
            return (places[0], when), blocks[:index] + blocks[index + 1:]
    return None, blocks


def _into_new(project: Project, path: Path, lang: str, blocks: list[Block],
              dateline: tuple[str, dt.date | None] | None, new: NewRelease) -> ImportReport:
    folder = release_folder(project, new)
    scaffold(project, new)
    try:
        release = project.load(folder)
        report = ImportReport(release, lang, created=True, dateline=dateline)
        _fill_source(report, blocks)
        report.proposals = _new_proposals(release, blocks, lang)
        report.table_rows = sum(1 for b in blocks if b.note)
        register_proposals(release, report.proposals, lang, path.name)
        project.stage([folder])
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return report


def _fill_source(report: ImportReport, blocks: list[Block]) -> None:
    release = report.release
    version = release.versions[report.lang]
    body = 0
    for block in blocks:
        if block.kind in ("title", "subtitle") and block.kind not in version.segments:
            seg_id, kind = block.kind, "p"
        else:
            body += 1
            seg_id, kind = f"p{body}", block.kind if block.kind in ("h2", "li", "ol", "quote") else "p"
        version.segments[seg_id] = Segment(id=seg_id, text=block.text, kind=kind, note=block.note)
        report.imported.append(seg_id)
    order = {"title": 0, "subtitle": 1}
    version.segments = dict(sorted(version.segments.items(), key=lambda kv: order.get(kv[0], 2)))
    save_version(release, report.lang)


def _fill_translation(report: ImportReport, blocks: list[Block], who: str) -> None:
    release = report.release
    source = list(release.source.segments.values())
    if not source:
        raise PressError(f"{release.id}: the {release.meta.source_lang} source is empty; "
                         f"import the source first (--lang {release.meta.source_lang})")
    report.alignment = align(source, release.meta.source_lang, blocks, report.lang, release.entities)
    version = release.versions[report.lang]
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    for pair in report.alignment.pairs:
        old = version.segments.get(pair.segment.id)
        if old is not None and old.status.is_human:
            report.kept.append(pair.segment.id)
            continue
        version.segments[pair.segment.id] = Segment(
            id=pair.segment.id, text=pair.block.text, status=Status.TRANSLATED,
            source_hash=source_hash(pair.segment.text), changed_by=who, changed_at=now,
            kind=pair.segment.kind, note=pair.block.note)
        report.imported.append(pair.segment.id)
    order = {seg.id: n for n, seg in enumerate(source)}
    version.segments = dict(sorted(version.segments.items(), key=lambda kv: order.get(kv[0], 1 << 30)))
    save_version(release, report.lang)


def _new_proposals(release: Release, blocks: list[Block], lang: str) -> Proposals:
    """Proposals minus what the release's registers already hold."""
    proposals = propose([b.text for b in blocks], lang, release.entities, release.meta.date)
    stated = {(f.kind, f.date, f.value, f.year) for f in release.facts.values()}
    proposals.facts = {key: fact for key, fact in proposals.facts.items()
                       if (fact["kind"], fact.get("date"), fact.get("value"), fact.get("year"))
                       not in stated}
    proposals.entities = {key: e for key, e in proposals.entities.items() if key not in release.entities}
    return proposals


def register_proposals(release: Release, proposals: Proposals, lang: str, source: str) -> None:
    """Names the draft states go into the release's register at once, their forms in the other
    languages marked unconfirmed (the release is not published until a person confirms them
    with `press glossary confirm`); dates and figures are proposed as comments to uncomment."""
    from press.source import edit_entities, entity_node

    if proposals.entities:
        others = [other for other in release.meta.langs if other != lang]

        def add(register: dict) -> None:
            for key, entry in proposals.entities.items():
                if key not in register:
                    forms = {other: entry[other] for other in release.meta.langs}
                    register[key] = entity_node(forms, entry["type"], others, f"proposed from {source}")

        edit_entities(release.folder, add)
    if proposals.facts or proposals.termbase:
        _append(release.folder / RELEASE_FILE, as_yaml_comment(replace(proposals, entities={}), source))


def _append(path: Path, text: str) -> None:
    from press.atomic import write_text

    write_text(path, path.read_text(encoding="utf-8") + text)
