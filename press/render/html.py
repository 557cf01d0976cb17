"""HTML5 page of one language version, with its PDF and DOCX as downloads."""

from __future__ import annotations

from pathlib import Path

from press.localise import LocalisedRelease
from press.render.page import render_page

STATIC_DIR = "_static"
"""Shared assets (fonts) beside the release folders: dist/_static/fonts/."""


def render_html(view: LocalisedRelease, templates_dir: Path, formats: tuple[str, ...] = ()) -> bytes:
    downloads = [(fmt.upper(), f"{view.lang}.{fmt}") for fmt in formats if fmt != "html"]
    page = render_page(view, templates_dir, fonts_url=f"../{STATIC_DIR}/fonts/", downloads=downloads)
    return page.encode("utf-8")
