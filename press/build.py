"""Build: check each release, decide what may be published, render every language and format.

The pipeline per release is source → localise → check → render; renders of different
languages run in parallel worker processes forked after the heavy imports, so WeasyPrint,
the templates and the fonts are loaded once.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from press.model import Release
from press.project import Project
from press.render import FORMATS


@dataclass
class Document:
    """One language version of one release to render, with its publication state."""

    release: Release
    lang: str
    formats: tuple[str, ...]
    draft: bool
    forced: bool


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    """Checker errors: they refuse a release, or are published with --force and recorded."""


def plan(project: Project, releases: list[Release], langs: list[str], formats: tuple[str, ...],
         force: bool, result: BuildResult, now: dt.datetime | None = None) -> list[Document]:
    """What to render: checker errors stop a release (unless forced); unapproved → draft."""
    documents = []
    now = now or dt.datetime.now(dt.UTC)
    for release in releases:
        check_brand(project, release)
    for release in releases:
        errors = _checker_errors(release, result)
        if errors and not force:
            result.refused.append(f"{release.id}: {errors} checker error(s); fix them or use --force")
            continue
        embargoed = release.meta.embargo is not None and _aware(release.meta.embargo) > now
        for lang in langs:
            if lang not in release.versions:
                continue
            draft = embargoed or not release.is_publishable(lang)
            if draft:
                result.drafts.append(f"{release.id}/{lang}")
            documents.append(Document(release, lang, formats, draft, forced=bool(errors)))
    return documents


def check_brand(project: Project, release: Release) -> None:
    """An unknown brand is an error in release.yaml, found before any file is written."""
    from press.errors import PressError, Problem, SourceError
    from press.source import RELEASE_FILE
    from press.yamlio import line_of, load_yaml

    try:
        project.brand(release.meta.brand)
    except SourceError:
        raise  # a problem inside brand.yaml already says where
    except PressError as exc:
        path = release.folder / RELEASE_FILE
        raise SourceError(Problem(path, line_of(load_yaml(path), "brand"), str(exc), "brand")) from None


def remove_stale_temporaries(documents: list[Document], out: Path) -> None:
    """Delete the temporary files a killed build left beside the outputs it was writing.

    press.atomic writes `.<name>.<random>.tmp` next to each output and renames it into place;
    a SIGKILL between the two leaves the temporary behind. The caller holds the release's
    lock, so no live process is writing these.
    """
    for doc in documents:
        folder = out / doc.release.id
        for fmt in doc.formats:
            for stale in folder.glob(f".{doc.lang}.{fmt}.*.tmp"):
                stale.unlink(missing_ok=True)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _checker_errors(release: Release, result: BuildResult) -> int:
    """Run the consistency checker; its warnings are reported, its errors counted."""
    from press.check import check_release

    report = check_release(release)
    for finding in report.findings:
        line = f"{release.id}: [{finding.rule}] {finding.location}: {finding.message}"
        (result.errors if finding.severity == "error" else result.warnings).append(line)
    return report.errors


def render_document(project: Project, doc: Document, out: Path) -> list[Path]:
    """Render one language version in each requested format; every file written atomically."""
    from press.atomic import write_bytes
    from press.localise import localise

    brand = project.brand(doc.release.meta.brand)
    view = localise(doc.release, doc.lang, brand, project.locales_dir, draft=doc.draft,
                    forced=doc.forced)
    folder = out / doc.release.id
    written = []
    for fmt in doc.formats:
        data = _renderer(fmt)(view, project, doc.formats)
        path = folder / f"{doc.lang}.{fmt}"
        write_bytes(path, data)
        written.append(path)
    return written


def _renderer(fmt: str) -> Callable[[Any, Project, tuple[str, ...]], bytes]:
    if fmt == "html":
        from press.render.html import render_html

        return lambda view, project, formats: render_html(view, project.templates_dir, formats)
    if fmt == "pdf":
        from press.render.pdf import render_pdf

        return lambda view, project, formats: render_pdf(view, project.templates_dir)
    from press.render.docx import render_docx

    return lambda view, project, formats: render_docx(view)


def copy_static(project: Project, out: Path) -> None:
    """Fonts the HTML pages use, once for all releases: dist/_static/fonts/."""
    from press.atomic import write_bytes
    from press.render.html import STATIC_DIR

    for font in sorted((project.templates_dir / "fonts").iterdir()):
        target = out / STATIC_DIR / "fonts" / font.name
        if not target.exists() or target.stat().st_size != font.stat().st_size:
            write_bytes(target, font.read_bytes())


# Worker processes are forked after the heavy imports; they find their jobs here.
_WORK: tuple[Project, list[Document], Path] | None = None


def _work(index: int) -> list[Path]:
    assert _WORK is not None
    project, documents, out = _WORK
    return render_document(project, documents[index], out)


def render_all(project: Project, documents: list[Document], out: Path, jobs: int,
               advance: Callable[[Document], None]) -> list[Path]:
    """Render every document, in *jobs* forked processes when there is more than one."""
    global _WORK
    if "pdf" in {fmt for doc in documents for fmt in doc.formats}:
        import weasyprint  # noqa: F401  (imported once, before the fork, for every worker)
    written: list[Path] = []
    if jobs <= 1 or len(documents) <= 1:
        for doc in documents:
            written += render_document(project, doc, out)
            advance(doc)
        return written
    _WORK = (project, documents, out)
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(documents))) as pool:
            for index, paths in pool.imap_unordered(_indexed, range(len(documents))):
                written += paths
                advance(documents[index])
    finally:
        _WORK = None
    return sorted(written)


def _indexed(index: int) -> tuple[int, list[Path]]:
    return index, _work(index)


def default_jobs() -> int:
    return max(1, min(4, os.cpu_count() or 1))


__all__ = ["FORMATS", "BuildResult", "Document", "copy_static", "plan", "render_all"]
