"""One release in every language, through the publish path: web page, PDF/A-3b and DOCX.

The PDF is rendered once and serves both the website's download and the preservation
bundle: a PDF/A-3b that carries the release's YAML sources and metadata as attachments,
dated by the release, never by the clock. What may be published is press.model.Publication's
decision, the checker gate included, as for `press build`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import traceback
from dataclasses import dataclass, replace
from pathlib import Path

from press.archive import RELEASES_DIR, STATIC_DIR
from press.archive.collect import Record, describe, metadata_json, moment
from press.errors import PressError
from press.model import Release, attribute_errors
from press.project import Project
from press.publish import render_version
from press.render import FORMATS, Attachment, RenderOptions

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
    part: tuple[int, int] = (0, 1)
    """(i, n): this task renders share i of n of the release's documents (all when n is 1).
    Part 0 applies the checker gate and writes the metadata; the others render their share for
    the languages published without the gate, which `merge` checks against part 0."""
    id: str | None = None
    """The release's id as the export read it before rendering (see cache.id_of): the export
    claimed that id's paths and checked it is unique, so a release that loads with another
    id is refused rather than written elsewhere."""

    def split(self, parts: int) -> list[Task]:
        """The release as *parts* tasks, each rendering a share of its documents."""
        return [replace(self, part=(index, parts)) for index in range(parts)]


def export_task(task: Task) -> Record:
    """Export one release; any failure becomes the record's error, never the executor's."""
    try:
        return export_release(task.project, task.folder, task.key, task.site, task.now, task.part, task.id)
    except PressError as exc:
        return Record(folder=str(task.folder), key=task.key, error=str(exc))
    except Exception as exc:  # noqa: BLE001  (reported per release at the end, others go on)
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Record(folder=str(task.folder), key=task.key,
                      error=f"{type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})")


def export_release(project: Project, folder: Path, key: str, site: Path, now: dt.datetime,
                   part: tuple[int, int] = (0, 1), expected_id: str | None = None) -> Record:
    """Load one release and, when it is published, write its files below *site*.

    With a *part* other than (0, 1), only that share of its documents is rendered (the
    record is otherwise whole): the parts of one release run side by side, merged by `merge`.
    Only part 0 runs the checker (its dictionaries load in one process, not in each).
    """
    from press.check import check_release

    release = project.load(folder)
    if expected_id is not None and release.id != expected_id:
        raise PressError(f"{folder / 'release.yaml'}: id: read as {expected_id!r} from its `id:` line "
                         f"but loads as {release.id!r}; write the id on one plain `id: ...` line")
    record = describe(release, str(folder), key)
    sources = source_files(release)
    record.sources = {name: hashlib.sha256(data).hexdigest() for name, data in sources.items()}
    record.source_sizes = {name: len(data) for name, data in sources.items()}
    gate = part[0] == 0
    if gate and any(record.approved.values()):  # the gate `press build` applies, per language
        report = check_release(release)
        record.checker_errors = attribute_errors([f.langs for f in report.findings if f.severity == "error"],
                                                 record.langs, record.source_lang)
    published = record.published_langs(now)
    if not published:
        return record
    record.langs = published  # indexes, feeds, sitemap, metadata and bag list only these
    release = release.only(published)  # and a page's language switcher links only to these
    docs = share(published, part)
    for path, data in render_release(project, release, record, sources, docs, whole=gate).items():
        write_if_changed(site / path, data)
        record.files[path] = hashlib.sha256(data).hexdigest()
        record.sizes[path] = len(data)
    return record


def release_dir(release_id: str) -> str:
    return f"{RELEASES_DIR}/{release_id}"


def source_files(release: Release) -> dict[str, bytes]:
    """The release's YAML files by name, as they are stored (what the archive preserves)."""
    names = ["release.yaml", *(f"{lang}.yaml" for lang in release.meta.langs)]
    return {name: (release.folder / name).read_bytes() for name in names}


def share(langs: list[str], part: tuple[int, int]) -> list[tuple[str, str]]:
    """The (language, format) documents of part *i* of *n*. Part 0 runs the checker gate and
    makes the pages and Word files; the PDFs go to the other parts, so that only they import
    WeasyPrint (the largest import) and no process imports it before the others can start."""
    index, parts = part
    docs = [(lang, fmt) for lang in langs for fmt in FORMATS]
    if parts == 1:
        return docs
    pdfs = [doc for doc in docs if doc[1] == "pdf"]
    if index == 0:
        return [doc for doc in docs if doc[1] != "pdf"]
    return pdfs[index - 1::parts - 1]


def merge(record: Record, part: Record) -> tuple[Record, bool]:
    """One record from those of two parts of a release (the files of each, the first error, the
    gate's findings); False when they published different languages (part 0's checker held a
    language the other part rendered: the release must be rendered again, whole)."""
    agree = record.langs == part.langs or bool(record.error or part.error)
    record.files.update(part.files)
    record.sizes.update(part.sizes)
    record.checker_errors = record.checker_errors or part.checker_errors
    record.error = record.error or part.error
    return record, agree


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
