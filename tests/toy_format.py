"""A toy output format for tests/test_publish.py: plain text, registered by one line."""

from __future__ import annotations

from press.localise import LocalisedRelease
from press.render import RenderOptions


def render_txt(view: LocalisedRelease, options: RenderOptions) -> bytes:
    lines = [view.title, view.dateline, *(p.text for p in view.paragraphs), *view.tags]
    return "\n".join(lines).encode("utf-8")
