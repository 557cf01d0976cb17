"""Build: check each release, decide what may be published, render every language and format.

The pipeline per release is source → localise → check → render. What may be published is
press.model.Publication's decision; each language version is rendered by the publish path
(press.publish.render_version) on its executor, the local process pool by default.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from press.model import Publication, Release
from press.project import Project
from press.publish import (
    Checking,
    Executor,
    LocalPool,
    check_all,
    check_while,
    preload_renderers,
    render_version,
)
from press.render import FORMATS, RenderOptions

if TYPE_CHECKING:
    from press.check.findings import Report



@dataclass
class Document:
    """One language version of one release to render, with its publication state."""

    release: Release
    lang: str
    formats: tuple[str, ...]
    draft: bool
    forced: bool
    embargoed: bool = False


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    final: list[str] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)
    embargoed: list[str] = field(default_factory=list)
    """Finished languages written before their embargo: the embargo line, no DRAFT mark."""
    forced: list[str] = field(default_factory=list)
    """Languages published with --force despite their checker errors (marked on the page)."""
    held: list[str] = field(default_factory=list)
    """Languages written as DRAFT because checker errors hold them."""
    refused: list[str] = field(default_factory=list)
    """What holds each held language, one line each, for the summary."""
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    """Checker errors: they refuse a release, or are published with --force and recorded."""


def plan(project: Project, releases: list[Release], langs: list[str], formats: tuple[str, ...],
         force: bool, result: BuildResult, now: dt.datetime | None = None,
         reports: dict[str, Report] | None = None) -> list[Document]:
    """What to render, per release × language: a language held by checker errors (unless
    forced) or not approved is a draft; the others are final. *reports*: the checker's
    reports by release id when already made (`check_while`); otherwise the check runs here."""
    documents = []
    now = now or dt.datetime.now(dt.UTC)
    for release in releases:
        check_brand(project, release)
    for release in releases:
        report = reports[release.id] if reports is not None else None
        publication = Publication.of(release, _checker_errors(release, result, report), force)
        for lang in langs:
            if lang not in release.versions:
                continue
            if names := release.unconfirmed(lang):
                result.refused.append(f"{release.id}/{lang}: held as a DRAFT, the {lang} form of "
                                      f"{', '.join(names)} is not confirmed; check it and run "
                                      f"`press glossary confirm {release.id} {names[0]}`")
            if publication.held(lang):
                result.held.append(f"{release.id}/{lang}")
                result.refused.append(f"{release.id}/{lang}: held as a DRAFT, {publication.errors(lang)} "
                                      "checker error(s); fix them or use --force")
            draft, embargoed = publication.unfinished(lang), publication.embargoed(now)
            name = f"{release.id}/{lang}"
            (result.drafts if draft else result.embargoed if embargoed else result.final).append(name)
            if publication.marked_forced(lang):
                result.forced.append(name)
            documents.append(Document(release, lang, formats, draft, publication.marked_forced(lang),
                                      embargoed))
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


LIGHT_FORMATS = ("html", "docx")
"""Formats rendered without the PDF stack: the checking process renders them (`Checking`)."""

JobKey = tuple[str, str, str, bool, bool, bool]
"""One rendered document: release id, language, format, and its draft, forced, embargoed marks."""


def job_key(doc: Document, fmt: str) -> JobKey:
    return (doc.release.id, doc.lang, fmt, doc.draft, doc.forced, doc.embargoed)


def start(project: Project, folders: list[Path], langs: list[str], formats: tuple[str, ...],
          force: bool, now: dt.datetime, jobs: int) -> Checking:
    """The releases of *folders*, loaded and checked with the build's head start (see
    `check_while`): while the fork checks them, this process loads the PDF stack; the fork then
    renders the HTML and DOCX, so that the workers forked next have only PDFs left.

    The releases are loaded here, before the fork, which inherits them: this process needs them
    for its early PDFs (`render_early`) anyway, and loaded in the fork they were loaded twice."""
    releases = load_all(project, folders)
    light = (partial(render_light, project, langs, formats, force, now)
             if "pdf" in formats and set(formats) & set(LIGHT_FORMATS) else None)
    early = partial(render_early, project, releases, langs, formats, force, now) if "pdf" in formats else None
    # What the fork renders, this process need not load (python-docx: 0.07 s). No sample PDF:
    # this process lays out PDFs itself before any worker forks (early, or its own share of the
    # pool's), and the pool's preload lays one out only if none was (press.render.pdf.warm_up).
    preload = partial(preload_renderers, heavy_formats(formats, light is not None and jobs > 1),
                      project.templates_dir, tuple(langs), sample=False)
    if light is not None and jobs > 1:
        from press.render.page import prepare_pages

        # Both processes render pages (the fork the web pages, this one the PDFs'): what a first
        # page loads is loaded here, before the fork, once (0.1 s CPU, loaded in each before).
        prepare_pages(project.templates_dir, project.locales_dir, tuple(langs))
    return check_while(partial(list, releases), jobs, preload, light, early)


def heavy_formats(formats: tuple[str, ...], forked: bool) -> tuple[str, ...]:
    """The formats this process and its render workers make: with a checking fork that renders
    the light formats (HTML, DOCX), the PDFs only."""
    return tuple(fmt for fmt in formats if not (forked and fmt in LIGHT_FORMATS))


def load_all(project: Project, folders: list[Path]) -> list[Release]:
    return [project.load(folder) for folder in folders]


def render_light(project: Project, langs: list[str], formats: tuple[str, ...], force: bool, now: dt.datetime,
                 releases: list[Release], reports: dict[str, Report]) -> dict[JobKey, bytes]:
    """The light formats of every document the plan from *reports* holds (in the checking fork)."""
    rendered = {}
    for doc in plan(project, releases, langs, formats, force, BuildResult(), now, reports):
        documents = render_formats(project, doc, [fmt for fmt in doc.formats if fmt in LIGHT_FORMATS])
        rendered.update({job_key(doc, fmt): data for fmt, data in documents.items()})
    return rendered


def render_early(project: Project, releases: list[Release], langs: list[str], formats: tuple[str, ...],
                 force: bool, now: dt.datetime, checking: Callable[[], bool]) -> dict[JobKey, bytes]:
    """The PDFs of the plan a release has when its check finds no error, rendered one by one in
    the building process for as long as *checking* says the fork is still checking: the PDF stack
    is loaded before the check is done, and the core would wait. A release checked clean (most
    are) has these PDFs in its plan and `render_all` writes them as they are; one whose check
    holds a language has that language's PDF under other marks (DRAFT, forced), a key no plan
    then holds, and renders it anew. A head start only: whatever fails here (an unknown brand)
    is left to the build, which reports it."""
    from press.check.findings import Report

    rendered: dict[JobKey, bytes] = {}
    try:
        for release in releases:
            if not checking():
                break
            documents = plan(project, [release], langs, formats, force, BuildResult(), now,
                             {release.id: Report()})
            for job in jobs_of(documents):
                if job[1] != "pdf" or not checking():
                    break  # PDFs come first; the fork renders the light formats
                rendered[job_key(*job)] = render_formats(project, job[0], ["pdf"])["pdf"]
    except Exception:  # noqa: BLE001  (a head start only: the build renders it and reports why not)
        pass
    return rendered


def _checker_errors(release: Release, result: BuildResult, report: Report | None = None) -> list[list[str]]:
    """Run the consistency checker (unless its *report* is given); its warnings are reported, the
    languages each error names returned (the publication rule holds those languages)."""
    if report is None:
        report = check_all([release])[release.id]
    for finding in report.findings:
        line = f"{release.id}: [{finding.rule}] {finding.location}: {finding.message}"
        (result.errors if finding.severity == "error" else result.warnings).append(line)
    return [list(f.langs) for f in report.findings if f.severity == "error"]


def render_document(project: Project, out: Path, job: tuple[Document, str]) -> Path:
    """Render one language version in one format; the file is written atomically.

    A task of the executor: its arguments are plain picklable values (a Project pickles to a
    few kilobytes), so it runs alike in this process, a forked worker or on a cluster.
    """
    doc, fmt = job
    return write_document(out, job, render_formats(project, doc, [fmt])[fmt])


def render_formats(project: Project, doc: Document, formats: list[str]) -> dict[str, bytes]:
    """*doc* in each of *formats*, with its draft, forced and embargo marks (the publish path)."""
    options = RenderOptions(project.templates_dir, formats=doc.formats)
    return render_version(project, doc.release, doc.lang, formats, options, draft=doc.draft,
                          forced=doc.forced, embargoed=doc.embargoed)


OUTPUTS_DURABLE = False
"""The build's outputs are written atomically (a reader never sees half a file) but not fsynced:
every one of them is made again from the sources by the next build, as the archive's pages are
(press.archive.render.write_if_changed). Two fsyncs a file (the file and its folder) held the
demo's build 0.1-0.2 s for its nine files; a crash may lose what was written, never the sources."""


def write_document(out: Path, job: tuple[Document, str], data: bytes) -> Path:
    """OUT/<release id>/<lang>.<format>, written atomically."""
    from press.atomic import write_bytes

    doc, fmt = job
    path = out / doc.release.id / f"{doc.lang}.{fmt}"
    write_bytes(path, data, durable=OUTPUTS_DURABLE)
    return path


def copy_static(project: Project, out: Path) -> None:
    """Fonts the HTML pages use, once for all releases: dist/_static/fonts/."""
    from press.atomic import write_bytes

    for relative, font in static_files(project).items():
        target = out / relative
        if not target.exists() or target.stat().st_size != font.stat().st_size:
            write_bytes(target, font.read_bytes(), durable=OUTPUTS_DURABLE)


def static_files(project: Project) -> dict[str, Path]:
    """The shared files of the HTML pages: path relative to OUT → the toolkit's file."""
    from press.render.html import STATIC_DIR

    return {f"{STATIC_DIR}/fonts/{font.name}": font
            for font in sorted((project.templates_dir / "fonts").iterdir())}


def claim_outputs(project: Project, documents: list[Document], out: Path) -> None:
    """Claim every file this build writes in OUT's list of what press wrote (press.written):
    a file press did not write at one of those paths refuses the build before any render."""
    from press.written import claim, output_lock

    paths = [f"{doc.release.id}/{doc.lang}.{fmt}" for doc in documents for fmt in doc.formats]
    if any("html" in doc.formats for doc in documents):
        paths += list(static_files(project))
    paths += [path.relative_to(out).as_posix() for path in photo_targets(documents, out)]
    with output_lock(project.root, out, "press build"):
        claim(out, paths)


def copy_photos(documents: list[Document], out: Path) -> list[Path]:
    """Each release's lead photo beside its web pages (OUT/<id>/<file>), where their <img> finds it."""
    from press.atomic import write_bytes

    copied = []
    for target, source in photo_targets(documents, out).items():
        data = source.read_bytes()
        if not target.exists() or target.read_bytes() != data:
            write_bytes(target, data, durable=OUTPUTS_DURABLE)
        copied.append(target)
    return copied


def photo_targets(documents: list[Document], out: Path) -> dict[Path, Path]:
    """Where each release's lead photo goes (OUT/<id>/<file>) → the photo in the release folder."""
    releases = {id(doc.release): doc.release for doc in documents if "html" in doc.formats}.values()
    return {out / release.id / photo.file: release.folder / photo.file
            for release in releases if (photo := release.meta.photo) is not None}


def jobs_of(documents: list[Document]) -> list[tuple[Document, str]]:
    """One task per document and format, PDFs (the slowest) first, so that the processes
    finish together rather than one rendering a last PDF while the other waits."""
    jobs = [(doc, fmt) for doc in documents for fmt in doc.formats]
    return sorted(jobs, key=lambda job: job[1] != "pdf")


def render_all(project: Project, documents: list[Document], out: Path, executor: Executor,
               advance: Callable[[], None], checking: Checking | None = None) -> list[Path]:
    """Render every document in every format on *executor*; the written files, sorted.

    With *checking* (a fork that renders the light formats), those are left to it: its
    documents are written here once the executor is done, and any it did not make are rendered
    here. What this process rendered while the fork checked (`Checking.early`, `render_early`)
    and the plan holds under the same marks is written first, not rendered again."""
    forked = checking is not None and checking.rendering
    early = checking.early if checking is not None else {}
    jobs = [job for job in jobs_of(documents) if job_key(*job) not in early]
    left = [job for job in jobs if forked and job[1] in LIGHT_FORMATS]
    written: list[Path] = []
    for job in jobs_of(documents):
        if (data := early.get(job_key(*job))) is not None:
            written.append(write_document(out, job, data))
            advance()
    for path in executor.map(partial(render_document, project, out),
                             [job for job in jobs if not (forked and job[1] in LIGHT_FORMATS)]):
        written.append(path)
        advance()
    ready = checking.light() if checking else {}
    for job in left:
        data = ready.get(job_key(*job))
        written.append(render_document(project, out, job) if data is None else write_document(out, job, data))
        advance()
    return sorted(written)


def local_pool(jobs: int, formats: tuple[str, ...], templates_dir: Path, langs: tuple[str, ...]) -> LocalPool:
    """The default executor: the renderers are loaded once, before the fork, for every worker."""
    return LocalPool(jobs, partial(preload_renderers, formats, templates_dir, langs))


def default_jobs() -> int:
    return max(1, min(4, os.cpu_count() or 1))


COLLECT_AFTER = 5000
"""Allocations (less deallocations) between two collections of the youngest generation during
a build: Python's 700 made a demo build collect ~430 times in the building process and ~320 in
the checking fork, walking WeasyPrint's and the checker's freshly loaded tables again and again
(0.4 s of CPU in all three processes); at 5000 the collector takes half that, and a build's
memory stays the same but for a few thousand young objects."""


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block (and the processes it forks) with the youngest generation collected after
    COLLECT_AFTER allocations, then put the collector's thresholds back: nothing is left
    uncollected, a build only stops to collect less often."""
    import gc

    before = gc.get_threshold()
    gc.set_threshold(max(COLLECT_AFTER, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


__all__ = ["FORMATS", "LIGHT_FORMATS", "BuildResult", "Checking", "Document", "check_all", "check_while",
           "claim_outputs", "copy_photos", "copy_static", "fewer_collections", "jobs_of", "local_pool",
           "plan", "render_all", "render_light", "start"]
