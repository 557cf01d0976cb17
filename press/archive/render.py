"""One release in every language, through the publish path: web page, PDF/A-3b and DOCX.

The PDF is rendered once and serves both the website's download and the preservation
bundle: a PDF/A-3b that carries the release's YAML sources and metadata as attachments,
dated by the release, never by the clock. What may be published is press.model.Publication's
decision, the checker gate included, as for `press build`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import traceback
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from press.archive import RELEASES_DIR, STATIC_DIR
from press.archive.collect import Record, describe, metadata_json, moment
from press.errors import PressError
from press.model import Publication, Release, attribute_errors
from press.project import Project
from press.publish import render_version
from press.render import FORMATS, Attachment, RenderOptions

if TYPE_CHECKING:
    from press.check.findings import Report

PDF_VARIANT = "pdf/a-3b"
METADATA_FILE = "metadata.json"


@dataclass(frozen=True)
class Task:
    """One release to export: a pure function of these values and the files they name."""

    project: Project
    folder: Path
    key: str
    site: Path
    now: dt.datetime
    id: str | None = None
    """The release's id as the export read it before rendering (see cache.id_of): the export
    claimed that id's paths and checked it is unique, so a release that loads with another
    id is refused rather than written elsewhere."""


def export_task(task: Task) -> Record:
    """Export one release; any failure becomes the record's error, never the executor's."""
    try:
        return export_release(task.project, task.folder, task.key, task.site, task.now, task.id)
    except Exception as exc:  # noqa: BLE001  (reported per release at the end, others go on)
        return Record(folder=str(task.folder), key=task.key, error=error_text(exc))


def error_text(exc: Exception) -> str:
    """A release's error as its record keeps it: a PressError's own line, else where it happened."""
    if isinstance(exc, PressError):
        return str(exc)
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})"


def export_release(project: Project, folder: Path, key: str, site: Path, now: dt.datetime,
                   expected_id: str | None = None) -> Record:
    """Load one release and, when it is published, write its files below *site*."""
    from press.check import check_release

    task = Task(project, folder, key, site, now, id=expected_id)
    release = project.load(folder)
    approved = any(Publication.of(release).approved.values())
    record, published, sources = decide(task, release, check_release(release) if approved else None)
    if published is not None:
        keep(site, record, render_release(project, published, record, sources))
    return record


Decided = tuple[Record, "Release | None", dict[str, bytes]]
"""A release's record, the release as published (None when no language is) and its sources."""


def decide(task: Task, release: Release, report: Report | None) -> Decided:
    """The release's record, with the checker gate `press build` applies per language (from
    *report*, made only when a language is approved), and the release as published: only the
    languages published at the task's time (None when none is: nothing is rendered)."""
    if task.id is not None and release.id != task.id:
        raise PressError(f"{task.folder / 'release.yaml'}: id: read as {task.id!r} from its `id:` line "
                         f"but loads as {release.id!r}; write the id on one plain `id: ...` line")
    record = describe(release, str(task.folder), task.key)
    sources = source_files(release)
    record.sources = {name: hashlib.sha256(data).hexdigest() for name, data in sources.items()}
    record.source_sizes = {name: len(data) for name, data in sources.items()}
    if report is not None and any(record.approved.values()):
        record.checker_errors = attribute_errors([f.langs for f in report.findings if f.severity == "error"],
                                                 record.langs, record.source_lang)
    published = record.published_langs(task.now)
    if not published:
        return record, None, sources
    record.langs = published  # indexes, feeds, sitemap, metadata and bag list only these
    return record, release.only(published), sources  # a page's switcher links only to these


def keep(site: Path, record: Record, files: dict[str, bytes]) -> None:
    """Write the release's *files* below *site* and record each one's SHA-256 and size."""
    for path, data in files.items():
        write_if_changed(site / path, data)
        record.files[path] = hashlib.sha256(data).hexdigest()
        record.sizes[path] = len(data)


HEAD_START = 4
"""At most this many changed releases are exported with `export_few` (the build's head start)."""


def export_few(tasks: list[Task], jobs: int) -> list[Record]:
    """A few changed releases (a re-export after a change) with the build's head start
    (press.publish.check_while): a fork loads and checks them and renders their pages, Word
    files and metadata while this process imports and warms up the PDF stack; then their PDFs
    are rendered by this warm process and jobs - 1 forks of it, so that one release's PDFs are
    shared between the cores. The same bytes as `export_task`: the same decisions and renders."""
    from press.lang import LANGS
    from press.publish import LocalPool, check_while, preload_renderers

    project = tasks[0].project
    preload = partial(preload_renderers, ("pdf",), project.templates_dir, tuple(LANGS))
    try:
        checking = check_while(partial(_load, tasks), jobs, preload, partial(_render_light, tasks))
    except Exception:  # noqa: BLE001  (a release's own task reports what is wrong with it)
        return [export_task(task) for task in tasks]
    loaded = {str(release.folder): release for release in checking.releases}
    records: dict[str, Record] = {}
    ready: list[Decided] = []
    for task in tasks:
        release = loaded.get(str(task.folder))
        try:
            if release is None:
                raise PressError(f"{task.folder}: not loaded")
            ready.append(decide(task, release, checking.reports.get(release.id)))
        except Exception:  # noqa: BLE001  (its own task records the error)
            records[str(task.folder)] = export_task(task)
    try:
        pdfs = [(index, lang) for index, (record, published, _) in enumerate(ready) if published is not None
                for lang in record.langs]
        rendered: dict[int, dict[str, bytes]] = {index: {} for index in range(len(ready))}
        errors: dict[int, str] = {}
        for index, path, data in LocalPool(jobs).map(partial(_render_pdf, project, ready), pdfs):
            if isinstance(data, str):
                errors.setdefault(index, data)
            else:
                rendered[index][path] = data
        light = checking.light()
    finally:
        checking.close()
    for index, (record, release, sources) in enumerate(ready):
        if index in errors:
            record.error = errors[index]
        elif release is not None:
            try:
                files = light.get(record.folder) or render_release(project, release, record, sources,
                                                                   _light_docs(record), whole=True)
                keep(tasks[0].site, record, _in_order(record, {**files, **rendered[index]}))
            except Exception as exc:  # noqa: BLE001
                record.error = error_text(exc)
        if record.error:
            record = Record(folder=record.folder, key=record.key, error=record.error)
        records[record.folder] = record
    return [records[str(task.folder)] for task in tasks]


def _load(tasks: list[Task]) -> list[Release]:
    """The tasks' releases that load (in the checking fork); the others are left to their tasks."""
    loaded = []
    for task in tasks:
        with contextlib.suppress(Exception):
            loaded.append(task.project.load(task.folder))
    return loaded


def _render_light(tasks: list[Task], releases: list[Release],
                  reports: dict[str, Report]) -> dict[str, dict[str, bytes]]:
    """Each published release's files but its PDFs, by folder (in the checking fork)."""
    by_folder = {str(release.folder): release for release in releases}
    rendered = {}
    for task in tasks:
        if (release := by_folder.get(str(task.folder))) is None:
            continue
        record, published, sources = decide(task, release, reports.get(release.id))
        if published is not None:
            rendered[record.folder] = render_release(task.project, published, record, sources,
                                                     _light_docs(record), whole=True)
    return rendered


def _light_docs(record: Record) -> list[tuple[str, str]]:
    return [(lang, fmt) for lang in record.langs for fmt in FORMATS if fmt != "pdf"]


def _render_pdf(project: Project, ready: list[Decided], job: tuple[int, str]) -> tuple[int, str, bytes | str]:
    """One release's PDF in one language (the path and bytes, or the error)."""
    index, lang = job
    record, release, sources = ready[index]
    assert release is not None  # only published releases have PDF jobs
    try:
        files = render_release(project, release, record, sources, [(lang, "pdf")], whole=False)
    except Exception as exc:  # noqa: BLE001
        return index, "", error_text(exc)
    return index, *next(iter(files.items()))


def _in_order(record: Record, files: dict[str, bytes]) -> dict[str, bytes]:
    """*files* in the order render_release makes them: metadata, photo, then each language's formats."""
    base = release_dir(record.id)
    order = {f"{base}/{lang}.{fmt}": i for i, (lang, fmt) in
             enumerate((lang, fmt) for lang in record.langs for fmt in FORMATS)}
    return dict(sorted(files.items(), key=lambda item: order.get(item[0], -1)))


def release_dir(release_id: str) -> str:
    return f"{RELEASES_DIR}/{release_id}"


def source_files(release: Release) -> dict[str, bytes]:
    """The release's YAML files by name, as they are stored (what the archive preserves)."""
    names = ["release.yaml", *(f"{lang}.yaml" for lang in release.meta.langs)]
    return {name: (release.folder / name).read_bytes() for name in names}


def render_release(project: Project, release: Release, record: Record, sources: dict[str, bytes],
                   docs: list[tuple[str, str]] | None = None, whole: bool = True) -> dict[str, bytes]:
    """Every file of the release (its *docs*, and when *whole* its metadata and lead photo), by
    path relative to the site root."""
    base = release_dir(release.id)
    metadata = metadata_json(release, record, sources)
    files = {f"{base}/{METADATA_FILE}": metadata} if whole else {}
    if whole and (photo := release.meta.photo) is not None:  # beside the pages, whose <img> names it
        files[f"{base}/{photo.file}"] = (release.folder / photo.file).read_bytes()
    options = archive_options(project, release, record, sources, metadata)
    docs = [(lang, fmt) for lang in release.meta.langs for fmt in FORMATS] if docs is None else docs
    for lang in dict.fromkeys(lang for lang, _ in docs):
        formats = [fmt for other, fmt in docs if other == lang]
        for fmt, data in render_version(project, release, lang, formats, options).items():
            files[f"{base}/{lang}.{fmt}"] = data
    return files


def archive_options(project: Project, release: Release, record: Record, sources: dict[str, bytes],
                    metadata: bytes) -> RenderOptions:
    """Pages two folders below the site root, linked to their index; PDF/A-3b with attachments."""
    attachments = [Attachment(name, data, f"Release source: {name}", "Source")
                   for name, data in sources.items()]
    attachments.append(Attachment(METADATA_FILE, metadata, "Release metadata", "Data"))
    return RenderOptions(project.templates_dir, formats=FORMATS, static_url=f"../../{STATIC_DIR}/",
                         home="../../{lang}/index.html", pdf_variant=PDF_VARIANT,
                         attachments=tuple(attachments), created=moment(release.meta.date),
                         modified=record.modified)


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write unless the file already holds exactly *data* (keeps unchanged files untouched).

    Atomic but not fsynced: every export file can be made again from the sources, and an
    fsync per file costs more than the page it writes. True when the file was written.
    """
    from press.atomic import write_bytes

    if path.exists() and path.stat().st_size == len(data) and path.read_bytes() == data:
        return False
    write_bytes(path, data, durable=False)
    return True
