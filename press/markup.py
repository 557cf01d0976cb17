"""Segment text is a small Markdown subset: **bold**, *italic* and [links](https://…).

Release text comes from outside (Word imports, translators, engines), so it is rendered
with raw HTML disabled and then sanitised with nh3: no script, no event handler and no
javascript: link can reach a page. Images are not part of the subset (nh3 drops <img>), and
a link may not point into the server's own network (169.254.169.254, 127.0.0.1, 10.0.0.0/8 …).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

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

    html = _parser().renderInline(bounded(text))
    return nh3.clean(
        html, tags=ALLOWED_TAGS, attributes={"a": {"href"}}, url_schemes=ALLOWED_SCHEMES,
        link_rel="noopener noreferrer", attribute_filter=_only_safe_hrefs,
    )


def _only_safe_hrefs(tag: str, attribute: str, value: str) -> str | None:
    """nh3 keeps title/lang on every tag by default; only a safe href (and nh3's rel) survive."""
    if attribute == "rel":
        return value
    return safe_href(value) if attribute == "href" else None


def safe_href(url: str) -> str | None:
    """*url* when a reader may follow it: http(s) to a public host, or mailto; else None."""
    scheme = url.split(":", 1)[0].strip().lower()
    if scheme not in ALLOWED_SCHEMES:
        return None
    if scheme == "mailto":
        return url
    try:
        host = _decoded_host(urlsplit(url).hostname or "")
    except ValueError:
        return None
    return url if host and not _internal_host(host) else None


def _decoded_host(host: str) -> str:
    """The host as a browser reads it: percent-decoded (%31%32%37.0.0.1 is 127.0.0.1), NFKC
    (fullwidth digits), lower case, without the trailing dot."""
    import unicodedata
    from urllib.parse import unquote

    for _ in range(3):  # %2531 decodes twice in some readers: decode until it stops changing
        decoded = unquote(host, errors="strict")
        if decoded == host:
            break
        host = decoded
    return unicodedata.normalize("NFKC", host).lower().replace("\u3002", ".").rstrip(".")


def _internal_host(host: str) -> bool:
    """localhost, or an address that is not public (also written as one number: 2852039166)."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    if not re.fullmatch(r"[0-9a-fx.:\[\]]+", host):
        return False  # a name; whatever it resolves to is the reader's browser's business
    try:
        address = ipaddress.ip_address(int(host, 0) if "." not in host and ":" not in host else host)
    except ValueError:
        return True  # numeric but not a plain address (octal parts …): refused
    return not address.is_global


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
                href = safe_href(str(token.attrGet("href") or ""))
            case "link_close":
                href = None
            case "text" | "code_inline":
                runs.append(Run(token.content, bold, italic, href))
            case "softbreak" | "hardbreak":
                runs.append(Run(" ", bold, italic, href))
    return runs


_MARKUP_CHARS = re.compile(r"[\\`*_\[\]<>!&\n\r]")
"""Characters that can start inline markup (emphasis, link, code, escape, entity, autolink, a
line break); text without any of them is its own plain text."""


def to_plain(text: str) -> str:
    """The segment's words without markup (for checking, feeds and metadata). Most segments
    hold no markup at all: they are returned as they are, without starting the parser."""
    if not _MARKUP_CHARS.search(text):
        return text
    return "".join(run.text for run in to_runs(text))


def bounded(text: str) -> str:
    """*text*, or with its markup escaped when it holds more than a paragraph's worth (the loader
    refuses such text; this keeps any other caller's rendering linear too)."""
    from press.gate import markup_problem

    if markup_problem(text) is None:
        return text
    return re.sub(r"([\\`*_\[\]<>!])", r"\\\1", text)


def _inline_tokens(text: str) -> list[Any]:
    tokens = _parser().parseInline(bounded(text))
    return [child for token in tokens for child in (token.children or [])]
