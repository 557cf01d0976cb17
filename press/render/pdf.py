"""PDF through WeasyPrint: the HTML page with its print stylesheet, fonts embedded.

WeasyPrint is imported here only, so commands that do not make PDFs never pay for it.
Release text is untrusted: the URL fetcher lets WeasyPrint read only the templates and
the release's own folder (and hosts a brand explicitly allows), never file:///etc/passwd
or a cloud metadata address.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from press.errors import PressError
from press.localise import LocalisedRelease
from press.render import Attachment, RenderOptions
from press.render.page import render_page


class ForbiddenResource(PressError):
    pass


def safe_url_fetcher(allowed_dirs: list[Path], allowed_hosts: list[str]) -> Any:
    """A WeasyPrint URL fetcher confined to *allowed_dirs* and *allowed_hosts*.

    A refused URL is logged by WeasyPrint as a missing resource and left out of the PDF;
    no byte of it is read.
    """
    from weasyprint.urls import URLFetcher

    roots = [d.resolve() for d in allowed_dirs]

    class ConfinedFetcher(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            if not _allowed(url, roots, allowed_hosts):
                raise ForbiddenResource(f"refused to fetch {url!r}: outside the release and templates")
            return super().fetch(url, headers)

    return ConfinedFetcher(timeout=5, allow_redirects=False)


def _allowed(url: str, roots: list[Path], hosts: list[str]) -> bool:
    parsed = urlparse(url)
    if parsed.scheme == "file":
        path = Path(unquote(parsed.path)).resolve()
        return any(path.is_relative_to(root) for root in roots)
    if parsed.scheme in ("http", "https"):
        return parsed.hostname in hosts
    return parsed.scheme == "data"


def render_pdf(view: LocalisedRelease, options: RenderOptions) -> bytes:
    """The A4 PDF of one language version (optionally PDF/A, with attachments).

    The options' *created* and *modified* (W3C dates, e.g. from the release date) become the
    PDF's CreationDate/ModDate and XMP dates, so that an archived PDF is dated by its release
    and not by the clock.
    """
    import weasyprint

    register_hyphenation()
    templates_dir = options.templates_dir
    fonts_dir = templates_dir / "fonts"
    page = render_page(view, options, fonts_url=fonts_dir.resolve().as_uri() + "/", web=False)
    fetcher = safe_url_fetcher([templates_dir, view.folder], view.brand.allowed_hosts)
    document = weasyprint.HTML(string=page, base_url=str(view.folder.resolve()) + "/",
                               url_fetcher=fetcher)
    # Tagged (structure tree, /MarkInfo, /Lang, DisplayDocTitle) in every variant, PDF/A-3b
    # included: a screen reader gets headings, lists, quotes, links and the photo's alt text.
    settings: dict[str, Any] = {"font_config": _font_config(), "uncompressed_pdf": False, "pdf_tags": True}
    if options.pdf_variant:
        settings["pdf_variant"] = options.pdf_variant
    if options.attachments:
        settings["attachments"] = _attachments(options.attachments, options.created)
    if options.created is None:
        return document.write_pdf(**settings)
    rendered = document.render(**settings)
    rendered.metadata.created = options.created
    rendered.metadata.modified = options.modified or options.created
    settings.pop("font_config")
    return rendered.write_pdf(**settings)


def _attachments(attachments: tuple[Attachment, ...], created: str | None) -> list[Any]:
    """WeasyPrint's PDF/A-3 associated files, stamped with the PDF's date (UTC, naive)."""
    import datetime as dt

    from weasyprint import Attachment as PdfAttachment

    stamp = dt.datetime.fromisoformat(created).astimezone(dt.UTC).replace(tzinfo=None) if created else None
    return [PdfAttachment(string=a.data, name=a.name, description=a.description, created=stamp,
                          modified=stamp, relationship=a.relationship) for a in attachments]


HYPHENATION = {"kk": Path(__file__).resolve().parent.parent / "lang" / "hyph_kk.dic"}
"""Pyphen dictionaries press brings (press.lang.kazakh.hyphenation_patterns, written out)."""


def register_hyphenation() -> None:
    """Make press's own dictionaries known to Pyphen, which WeasyPrint asks for `hyphens: auto`."""
    import pyphen

    for lang, path in HYPHENATION.items():
        if lang not in pyphen.LANGUAGES:
            pyphen.LANGUAGES[lang] = path
            pyphen.LANGUAGES_LOWERCASE[lang] = lang


_FONT_CONFIG: Any = None


def _font_config() -> Any:
    """One FontConfiguration per process: fonts are loaded once for all documents."""
    global _FONT_CONFIG
    if _FONT_CONFIG is None:
        from weasyprint.text.fonts import FontConfiguration

        _FONT_CONFIG = FontConfiguration()
    return _FONT_CONFIG
