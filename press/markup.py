"""Segment text is a small Markdown subset: **bold**, *italic* and [links](https://…).

Release text comes from outside (Word imports, translators, engines), so it is rendered
with raw HTML disabled and then sanitised with nh3: no script, no event handler and no
javascript: link can reach a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

ALLOWED_TAGS = {"strong", "em", "a", "br", "code"}
ALLOWED_SCHEMES = {"http", "https", "mailto"}


@dataclass(frozen=True)
class Run:
    """A stretch of text with one style, as DOCX writes it."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "typographer": False, "linkify": False})


def to_html(text: str) -> str:
    """Inline HTML of one segment, sanitised."""
    import nh3

    html = _parser().renderInline(text)
    return nh3.clean(
        html, tags=ALLOWED_TAGS, attributes={"a": {"href"}}, url_schemes=ALLOWED_SCHEMES,
        link_rel="noopener noreferrer",
    )


def to_runs(text: str) -> list[Run]:
    """The segment as styled runs of plain text (for DOCX): no markup survives."""
    runs: list[Run] = []
    bold = italic = False
    href: str | None = None
    for token in _inline_tokens(text):
        match token.type:
            case "strong_open" | "strong_close":
                bold = token.type == "strong_open"
            case "em_open" | "em_close":
                italic = token.type == "em_open"
            case "link_open":
                link = str(token.attrGet("href") or "")
                href = link if link.split(":", 1)[0] in ALLOWED_SCHEMES else None
            case "link_close":
                href = None
            case "text" | "code_inline":
                runs.append(Run(token.content, bold, italic, href))
            case "softbreak" | "hardbreak":
                runs.append(Run(" ", bold, italic, href))
    return runs


def to_plain(text: str) -> str:
    """The segment's words without markup (for checking, feeds and metadata)."""
    return "".join(run.text for run in to_runs(text))


def _inline_tokens(text: str) -> list[Any]:
    tokens = _parser().parseInline(text)
    return [child for token in tokens for child in (token.children or [])]
