"""The render cache: a PDF whose every input is unchanged is not laid out again.

WeasyPrint spends most of a second on each PDF. With PRESS_RENDER_CACHE naming a folder (off
when unset or "off"), `render_pdf` keeps each PDF there under the SHA-256 of everything it is a
function of:

- the page (HTML with its stylesheets inline; the fonts folder's address replaced by a mark,
  so that a copy of the templates elsewhere gives the same key);
- WeasyPrint's settings (variant, tagging), the attachments' bytes, the PDF's dates;
- the versions of WeasyPrint, pydyf and Pyphen, and the bytes of the code that renders
  (press/render/pdf.py, this module, the hyphenation dictionaries);
- the bytes of every file in the templates' fonts folder (WeasyPrint fetches a font once per
  process, so what one render fetched does not name every font its PDF holds);
- every other file WeasyPrint fetched (the lead photo): not in the key, which is known before
  rendering, but beside the PDF with its SHA-256, and checked again before the PDF is reused.

A PDF is not kept when its page fetched from a web host (the host's answer may change), asked
for a local file that is missing or that the fetcher refused (it may be there, or allowed, in
another copy), or links to a local file (WeasyPrint writes the link's absolute address, which
differs from one copy of the release to another). A cached PDF whose bytes no longer match
their digest is rendered again. Writes are atomic, so processes
sharing the folder (a build's workers, parallel test workers) never read half a PDF.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import version
from pathlib import Path
from urllib.parse import unquote, urlparse

VARIABLE = "PRESS_RENDER_CACHE"
FORMAT = "render-1"
"""Part of every key: bump it when what a cached PDF depends on changes in a way not hashed."""

_CODE = [Path(__file__).with_name("pdf.py"), Path(__file__)]


def folder() -> Path | None:
    """The cache folder PRESS_RENDER_CACHE names, or None (no cache)."""
    value = os.environ.get(VARIABLE, "").strip()
    return None if value in ("", "off") else Path(value)


@dataclass
class Fetched:
    """What WeasyPrint read while rendering one page: (root name, relative path, SHA-256) of
    each file; *cacheable* turns False when it read from a web host."""

    roots: dict[str, Path]
    files: list[tuple[str, str, str]] = field(default_factory=list)
    cacheable: bool = True

    def note(self, url: str) -> None:
        """Record *url* (already allowed by the fetcher) as an input of the PDF."""
        parsed = urlparse(url)
        if parsed.scheme == "data":
            return  # its bytes are in the page
        if parsed.scheme != "file":
            self.cacheable = False
            return
        path = Path(unquote(parsed.path)).resolve()
        for name, root in self.roots.items():
            if path.is_relative_to(root) and path.is_file():
                self.files.append((name, path.relative_to(root).as_posix(), _file_digest(path)))
                return
        self.cacheable = False  # outside the roots, or missing now and perhaps there later

    def refuse(self) -> None:
        """A URL the fetcher refused: what it names may be allowed in another copy (a symlink
        that points elsewhere), so the PDF is not kept."""
        self.cacheable = False


def key(page: str, templates_dir: Path, settings: dict[str, object], data_files: list[Path]) -> str:
    """The key of one PDF: the page, the fonts, the settings, the rendering code and the
    *data_files* it reads (the hyphenation dictionaries); see the module."""
    digest = hashlib.sha256(f"{FORMAT}\0{_versions()}".encode())
    for path in [*_CODE, *sorted(data_files)]:
        digest.update(f"\0{path.name}\0{_file_digest(path)}".encode())
    for name, value in sorted(settings.items()):
        digest.update(f"\0{name}\0{value!r}".encode())
    digest.update(f"\0fonts\0{_tree_digest(templates_dir / 'fonts')}".encode())
    digest.update(b"\0page\0")
    digest.update(page.replace(templates_dir.resolve().as_uri(), "\0templates\0").encode())
    return digest.hexdigest()


def lookup(cache: Path, page_key: str, roots: dict[str, Path]) -> bytes | None:
    """The cached PDF of *page_key*, if every file it was made from is unchanged; else None."""
    try:
        entry = json.loads((cache / f"{page_key}.json").read_text(encoding="utf-8"))
        for name, relative, expected in entry["files"]:
            if _file_digest(roots[name] / relative) != expected:
                return None
        data = (cache / f"{page_key}.pdf").read_bytes()
    except (OSError, ValueError, KeyError, TypeError):
        return None  # not kept, a file gone, or a damaged entry: render again
    return data if hashlib.sha256(data).hexdigest() == entry.get("pdf") else None


def store(cache: Path, page_key: str, fetched: Fetched, data: bytes) -> None:
    """Keep *data* under *page_key* with what it was made from; the PDF is written first, so an
    entry that exists names a complete PDF. A folder that cannot be written only costs renders."""
    if not fetched.cacheable:
        return
    from press.atomic import write_bytes

    entry = {"pdf": hashlib.sha256(data).hexdigest(), "files": sorted(set(fetched.files))}
    try:
        cache.mkdir(parents=True, exist_ok=True)
        write_bytes(cache / f"{page_key}.pdf", data, durable=False)
        write_bytes(cache / f"{page_key}.json", json.dumps(entry).encode("utf-8"), durable=False)
    except OSError:
        return


def _tree_digest(folder: Path) -> str:
    """The SHA-256 of the names and bytes of the files in *folder*, hashed again only when one's
    name, size, times or inode changed."""
    entries = sorted(os.scandir(folder), key=lambda entry: entry.name) if folder.is_dir() else []
    stats = tuple((e.name, e.stat().st_size, e.stat().st_mtime_ns, e.stat().st_ctime_ns, e.inode())
                  for e in entries if e.is_file())
    return _hash_files(str(folder), stats)


@cache
def _hash_files(folder: str, stats: tuple[tuple[str, int, int, int, int], ...]) -> str:
    digest = hashlib.sha256()
    for name, *_ in stats:
        digest.update(f"\0{name}\0{_file_digest(Path(folder) / name)}".encode())
    return digest.hexdigest()


@cache
def _versions() -> str:
    return " ".join(f"{package} {version(package)}" for package in ("weasyprint", "pydyf", "pyphen"))


def _file_digest(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
