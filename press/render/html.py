"""HTML5 page of one language version, with its other formats as downloads."""

from __future__ import annotations

from press.localise import LocalisedRelease
from press.render import RenderOptions
from press.render.page import render_page

STATIC_DIR = "_static"
"""Shared assets (fonts) beside the release folders: dist/_static/fonts/."""


def render_html(view: LocalisedRelease, options: RenderOptions) -> bytes:
    page = render_page(view, options, fonts_url=f"{options.static_url}fonts/")
    return page.encode("utf-8")
