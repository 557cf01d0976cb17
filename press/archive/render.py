"""One release in every language: its web page, its PDF/A-3b and its DOCX.

The PDF is rendered once and serves both the website's download and the preservation
bundle: a PDF/A-3b that carries the release's YAML sources and metadata as attachments,
dated by the release, never by the clock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from press.archive import RELEASES_DIR, STATIC_DIR
from press.archive.collect import Record, describe, metadata_json, moment
from press.model import Release
from press.project import Project

PDF_VARIANT = "pdf/a-3b"
METADATA_FILE = "metadata.json"


def export_release(project: Project, folder: Path, key: str, site: Path, now: dt.datetime) -> Record:
    """Load one release and, when it is published, write its files below *site*."""
    release = project.load(folder)
    record = describe(release, str(folder), key)
    if not record.published(now):
        return record
    for path, data in render_release(project, release, record).items():
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


def render_release(project: Project, release: Release, record: Record) -> dict[str, bytes]:
    """Every file of the release, by path relative to the site root."""
    from press.i18n import translations
    from press.localise import localise
    from press.render.docx import render_docx
    from press.render.page import render_page
    from press.render.pdf import render_pdf

    brand = project.brand(release.meta.brand)
    base = release_dir(release.id)
    sources = source_files(release)
    metadata = metadata_json(release, record, sources)
    files = {f"{base}/{METADATA_FILE}": metadata}
    for lang in release.meta.langs:
        view = localise(release, lang, brand, project.locales_dir)
        home = (translations(project.locales_dir, lang).gettext("All press releases"),
                f"../../{lang}/index.html")
        page = render_page(view, project.templates_dir, fonts_url=f"../../{STATIC_DIR}/fonts/",
                           downloads=[("PDF", f"{lang}.pdf"), ("DOCX", f"{lang}.docx")], home=home)
        files[f"{base}/{lang}.html"] = page.encode("utf-8")
        files[f"{base}/{lang}.pdf"] = render_pdf(
            view, project.templates_dir, pdf_variant=PDF_VARIANT,
            attachments=_attachments(sources, metadata, record), created=moment(release.meta.date),
            modified=record.modified)
        files[f"{base}/{lang}.docx"] = render_docx(view)
    return files


def _attachments(sources: dict[str, bytes], metadata: bytes, record: Record) -> list[Any]:
    """The PDF/A-3 associated files: sources (relationship Source) and metadata (Data)."""
    from weasyprint import Attachment

    stamp = dt.datetime.fromisoformat(moment(record.day)).astimezone(dt.UTC).replace(tzinfo=None)
    attachments = [Attachment(string=data, name=name, description=f"Release source: {name}",
                              created=stamp, modified=stamp, relationship="Source")
                   for name, data in sources.items()]
    attachments.append(Attachment(string=metadata, name=METADATA_FILE, description="Release metadata",
                                  created=stamp, modified=stamp, relationship="Data"))
    return attachments


def write_if_changed(path: Path, data: bytes) -> None:
    """Write unless the file already holds exactly *data* (keeps unchanged files untouched).

    Atomic but not fsynced: every export file can be made again from the sources, and an
    fsync per file costs more than the page it writes.
    """
    from press.atomic import write_bytes

    if path.exists() and path.stat().st_size == len(data) and path.read_bytes() == data:
        return
    write_bytes(path, data, durable=False)
