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


@dataclass
class Span:
    """Inline structure of a segment for hand-off files: text, or a code (b, i, link) holding spans.

    A CAT tool shows a code as a protected tag; `code_id` numbers the codes of one segment in
    order, so a target's codes are matched to the source's by id, never by position in the text.
    """

    kind: str
    """"text", "b" (bold), "i" (italic) or "link"."""
    text: str = ""
    href: str | None = None
    children: list[Span] | None = None
    code_id: str = ""


CODE_MARKS: dict[str, tuple[str, str]] = {"b": ("**", "**"), "i": ("*", "*")}
"""Markdown around a code's content (a link is `[content](href)`)."""


def to_spans(text: str) -> list[Span]:
    """The segment as a tree of text and codes, numbered 1, 2, … in order of opening."""
    root: list[Span] = []
    stack: list[list[Span]] = [root]
    count = 0

    def open_code(kind: str, href: str | None = None) -> None:
        nonlocal count
        count += 1
        children: list[Span] = []
        stack[-1].append(Span(kind, href=href, children=children, code_id=str(count)))
        stack.append(children)

    for token in _inline_tokens(text):
        match token.type:
            case "strong_open":
                open_code("b")
            case "em_open":
                open_code("i")
            case "link_open":
                open_code("link", str(token.attrGet("href") or ""))
            case "strong_close" | "em_close" | "link_close":
                if len(stack) > 1:
                    stack.pop()
            case "text" | "code_inline":
                stack[-1].append(Span("text", token.content))
            case "softbreak" | "hardbreak":
                stack[-1].append(Span("text", " "))
    return root


def from_spans(spans: list[Span]) -> str:
    """Markdown for *spans*: the inverse of `to_spans` on the markup subset."""
    parts = []
    for span in spans:
        inner = from_spans(span.children or [])
        if span.kind == "text":
            parts.append(span.text)
        elif span.kind == "link":
            parts.append(f"[{inner}]({span.href or ''})")
        else:
            start, end = CODE_MARKS[span.kind]
            parts.append(f"{start}{inner}{end}")
    return "".join(parts)


def canonical(text: str) -> str:
    """*text* as hand-off files give it back (the same words and codes, written one way)."""
    return from_spans(to_spans(text))


def codes(spans: list[Span]) -> dict[str, Span]:
    """Every code in *spans* by its id (nested codes included)."""
    found: dict[str, Span] = {}
    for span in spans:
        if span.kind != "text":
            found[span.code_id] = span
            found.update(codes(span.children or []))
    return found


def code_problem(source: list[Span], target: list[Span]) -> str | None:
    """Why *target* does not carry exactly the codes of *source*, or None when it does."""
    wanted, got = codes(source), codes(target)
    missing = [wanted[i] for i in wanted if i not in got]
    extra = [i for i in got if i not in wanted]
    if missing:
        shown = ", ".join(f"{s.kind} «{to_plain(from_spans(s.children or []))}»" for s in missing)
        return f"the translation drops inline code(s) of the source: {shown}"
    if extra:
        return f"the translation has inline code(s) {', '.join(extra)} that the source does not have"
    changed = [i for i in wanted if got[i].kind != wanted[i].kind]
    if changed:
        return f"inline code(s) {', '.join(changed)} changed kind"
    return None


def number_like(target: list[Span], source: list[Span]) -> list[Span]:
    """*target* with its codes given the ids of the source's codes of the same kind and link,
    in order (a machine draft's codes are numbered by itself)."""
    pool: dict[tuple[str, str | None], list[str]] = {}
    for code in codes(source).values():
        pool.setdefault((code.kind, code.href), []).append(code.code_id)
    fresh = iter(range(len(codes(source)) + 1, 10_000))

    def renumber(spans: list[Span]) -> None:
        for span in spans:
            if span.kind != "text":
                ids = pool.get((span.kind, span.href))
                span.code_id = ids.pop(0) if ids else str(next(fresh))
                renumber(span.children or [])

    renumber(target)
    return target


def from_runs(runs: list[Run]) -> str:
    """Markdown for styled runs (as a Word table cell gives them back): the inverse of `to_runs`.

    Neighbouring runs of one style are joined first (Word splits runs at will), and white
    space at a styled run's edge goes outside its markers, where Markdown needs it.
    """
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if last is not None and (last.bold, last.italic, last.href) == (run.bold, run.italic, run.href):
            merged[-1] = Run(last.text + run.text, run.bold, run.italic, run.href)
        elif run.text:
            merged.append(run)
    parts: list[tuple[str | None, str]] = []
    for run in merged:
        core = run.text.strip()
        lead, trail = run.text[: len(run.text) - len(run.text.lstrip())], run.text[len(run.text.rstrip()):]
        if core and run.italic:
            core = f"*{core}*"
        if core and run.bold:
            core = f"**{core}**"
        parts.append((run.href, lead + core + trail))
    out: list[str] = []
    index = 0
    while index < len(parts):
        href, text = parts[index]
        while href and index + 1 < len(parts) and parts[index + 1][0] == href:
            index += 1
            text += parts[index][1]
        out.append(f"[{text}]({href})" if href else text)
        index += 1
    return "".join(out)
