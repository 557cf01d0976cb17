"""Renderers: one module per format, each fed the same `LocalisedRelease` and `RenderOptions`.

    html.py   semantic HTML5 page (Jinja2 template from templates/html)
    pdf.py    the same page through WeasyPrint with the print stylesheet
    docx.py   python-docx with real Word styles and w:lang per language

Every renderer has one signature, `(view, options) -> bytes`. Adding a format is one module
with such a function and one line in RENDERERS; modules are imported on first use, so a
command that makes no PDF never loads WeasyPrint.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from press.errors import PressError

if TYPE_CHECKING:
    from press.localise import LocalisedRelease

RENDERERS: dict[str, str] = {
    "html": "press.render.html:render_html",
    "pdf": "press.render.pdf:render_pdf",
    "docx": "press.render.docx:render_docx",
}
"""Format → "module:function" of its renderer."""

FORMATS: tuple[str, ...] = tuple(RENDERERS)


@dataclass(frozen=True)
class Attachment:
    """A file embedded in a PDF/A-3 (a release source or its metadata)."""

    name: str
    data: bytes
    description: str
    relationship: str


@dataclass(frozen=True)
class RenderOptions:
    """Everything about one output besides the release itself: where it sits and what it carries.

    Plain values only, so a renderer's output is a pure function of (view, options) and the
    options travel to a worker process or a cluster node unchanged.
    """

    templates_dir: Path
    formats: tuple[str, ...] = FORMATS
    """The formats made beside this one: the web page links to them as downloads."""
    static_url: str = "../_static/"
    """Where the web page finds the shared fonts, relative to the page."""
    home: str | None = None
    """The index the page links back to, relative to the page ({lang} is its language)."""
    pdf_variant: str | None = None
    attachments: tuple[Attachment, ...] = ()
    created: str | None = None
    """W3C date-time the PDF is dated by (the release's, never the clock's)."""
    modified: str | None = None


Renderer = Callable[["LocalisedRelease", RenderOptions], bytes]


def renderer(fmt: str) -> Renderer:
    """The renderer of *fmt*; an unknown format is an error, never silently another one."""
    try:
        module, function = RENDERERS[fmt].split(":")
    except KeyError:
        raise PressError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})") from None
    renderer: Renderer = getattr(import_module(module), function)
    return renderer


def render(view: LocalisedRelease, fmt: str, options: RenderOptions) -> bytes:
    """One language version of one release in one format."""
    return renderer(fmt)(view, options)
