"""A translation run: only what needs a draft, one segment at a time, saved after each.

A segment needs a draft when it is missing, untranslated, or made from a source that has since
changed (stale). Reviewed and approved segments are a person's work and are never written: the
language file is re-read from disk just before each save, so even a segment a translator approved
while the run was going on is kept. Every save goes through `press.source.save_version` (atomic),
so a killed run loses at most the segment in flight and a re-run resumes there.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from press.errors import PressError
from press.gate import text_problem
from press.model import Release, Segment, Status, source_hash
from press.source import load_version, save_version
from press.translate.config import Settings
from press.translate.engines import Engine, EngineError, SegmentFailed
from press.translate.memory import Match, Memory
from press.translate.protect import Protector, fill

CHANGED_BY = "press translate"


@dataclass
class Summary:
    """What a run did, for the closing table."""

    sent: int = 0
    exact: int = 0
    fuzzy: int = 0
    up_to_date: int = 0
    kept: int = 0
    requests: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)
    needs_translator: list[tuple[str, str, str]] = field(default_factory=list)
    stopped: str | None = None


@dataclass
class Job:
    lang: str
    segment_id: str


@dataclass
class Runner:
    """Drafts *langs* of one release with one engine setting and a memory."""

    release: Release
    settings: Settings
    memory: Memory
    langs: list[str]
    make_engine: Callable[[Settings, str, str], Engine]
    summary: Summary = field(default_factory=Summary)
    _engines: dict[str, Engine] = field(default_factory=dict)
    _protector: Protector | None = None

    def jobs(self) -> list[Job]:
        """The segments that need a draft; counts the others in the summary."""
        jobs = []
        for lang in self.langs:
            version = self.release.versions[lang]
            for segment_id, source in self.release.source.segments.items():
                segment = version.segments.get(segment_id)
                if not source.text.strip():
                    continue
                if segment is not None and segment.status.is_human:
                    self.summary.kept += 1
                elif segment is not None and segment.status is not Status.UNTRANSLATED \
                        and not self.release.is_stale(lang, segment_id):
                    self.summary.up_to_date += 1
                else:
                    jobs.append(Job(lang, segment_id))
        return jobs

    def run(self, jobs: list[Job], advance: Callable[[Job], Any] = lambda job: None) -> Summary:
        """Draft every job in order; an engine that cannot serve stops the run (work is saved)."""
        try:
            for job in jobs:
                self._one(job)
                advance(job)
        except EngineError as exc:
            self.summary.stopped = str(exc)
        finally:
            self.summary.requests = sum(e.requests_made for e in self._engines.values())
        return self.summary

    def _one(self, job: Job) -> None:
        source = self.release.source.segments[job.segment_id].text
        match = self.memory.lookup(source, self.release.meta.source_lang, job.lang, self.settings.fuzzy)
        if match is not None:
            self._save(job, match.text, "memory", match.note(), match)
            return
        protected = self.protector.protect(source)
        try:
            answer = self._engine(job.lang).translate(protected.text) if _has_words(protected.text) \
                else protected.text
        except SegmentFailed as exc:
            self.summary.failed.append((job.lang, job.segment_id, str(exc)))
            return
        if (problem := text_problem(answer)) is not None:  # the loader's rules, before anything is saved
            reason = f"the engine's answer {problem}; not saved"
            self.summary.failed.append((job.lang, job.segment_id, reason))
            return
        filled = fill(unicodedata.normalize("NFC", answer), protected, self.release, job.lang)
        note = None
        if filled.problems:
            note = "needs the translator: " + "; ".join(filled.problems)
        self._save(job, filled.text, self.settings.engine, note, None, filled.problems)

    @property
    def protector(self) -> Protector:
        if self._protector is None:
            self._protector = Protector(self.release, self.release.meta.source_lang)
        return self._protector

    def _engine(self, lang: str) -> Engine:
        """Made on first use, so a run with nothing to send makes no request at all."""
        if lang not in self._engines:
            self._engines[lang] = self.make_engine(self.settings, self.release.meta.source_lang, lang)
        return self._engines[lang]

    def _save(self, job: Job, text: str, engine: str, note: str | None, match: Match | None,
              problems: list[str] | None = None) -> None:
        """Write one segment, re-reading the file first so that a person's work always wins."""
        release, lang = self.release, job.lang
        current = release.versions[lang]
        path = current.path or release.folder / f"{lang}.yaml"
        fresh = load_version(path, lang, is_source=False) if path.exists() else current
        existing = fresh.segments.get(job.segment_id)
        if existing is not None and existing.status.is_human:
            self.summary.kept += 1
            release.versions[lang] = fresh
            return
        source = release.source.segments[job.segment_id]
        fresh.segments[job.segment_id] = Segment(
            id=job.segment_id, text=text, status=Status.MACHINE, source_hash=source_hash(source.text),
            changed_by=CHANGED_BY, changed_at=_now(), engine=engine, note=note, kind=source.kind,
        )
        order = [sid for sid in release.source.segments if sid in fresh.segments]
        fresh.segments = {sid: fresh.segments[sid] for sid in order}
        fresh.path = path
        release.versions[lang] = fresh
        save_version(release, lang)
        self._count(job, engine, match, problems or [])

    def _count(self, job: Job, engine: str, match: Match | None, problems: list[str]) -> None:
        if match is not None:
            if match.exact:
                self.summary.exact += 1
            else:
                self.summary.fuzzy += 1
        else:
            self.summary.sent += 1
        if problems:
            self.summary.needs_translator.append((job.lang, job.segment_id, "; ".join(problems)))


def _has_words(text: str) -> bool:
    from press.translate.protect import TOKEN_RE

    return any(ch.isalpha() for ch in TOKEN_RE.sub("", text))


def _now() -> str:
    return dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds")


def check_langs(release: Release, wanted: list[str]) -> list[str]:
    """The target languages to draft: all of the release's, or the ones asked for."""
    targets = release.meta.target_langs
    if not wanted:
        return list(targets)
    unknown = [lang for lang in wanted if lang not in targets]
    if unknown:
        raise PressError(f"--to {','.join(unknown)}: not a target language of {release.id} "
                         f"(source {release.meta.source_lang}, targets {', '.join(targets)})")
    return wanted
