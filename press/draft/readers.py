"""Drafts from outside → blocks: one paragraph each, with its kind and Markdown text.

Officers write in Word; agencies send HTML or plain text. Whatever the format, a draft
becomes the same list of blocks: title, subtitle, h2 (section heading), p, quote, li (an item
of a bulleted list) or ol (an item of a numbered list),
with bold, italic and links kept as the Markdown subset segments use (press.markup).
Tables have no place in a release's flowing text, so each row becomes a paragraph whose
cells are joined by " — ", with a note on the segment saying it came from a table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from press.errors import Problem, SourceError
from press.markup import ALLOWED_SCHEMES
from press.yamlio import MAX_SOURCE_BYTES, read_source_text

FORMATS = ("docx", "html", "text")
TABLE_NOTE = "from a table row in the imported draft (cells joined by “ — ”)"
_MARKDOWN_SPECIAL = re.compile(r"([\\*_\[\]`])")


@dataclass
class Block:
    """One paragraph of a draft. *heading* is 1–6 until headings are classified."""

    kind: str
    text: str
    heading: int = 0
    note: str | None = None


def format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return "docx"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".txt", ".text", ".md", ""):
        return "text"
    raise SourceError(Problem(path, 0, f"cannot import {suffix} files; expected .docx, .html or .txt"))


def read_draft(path: Path) -> list[Block]:
    """The draft's blocks, headings classified; a SourceError when there is nothing usable."""
    reader = {"docx": read_docx, "html": read_html, "text": read_text}[format_of(path)]
    blocks = classify_headings([b for b in reader(path) if b.text.strip()])
    if not blocks:
        raise SourceError(Problem(path, 0, "the draft has no text"))
    return _gated(path, blocks)


def _gated(path: Path, blocks: list[Block]) -> list[Block]:
    """Every paragraph passes the loader's rules (press.gate) before anything is written."""
    from press.gate import clean, clean_optional

    for number, block in enumerate(blocks, 1):
        block.text = clean(block.text, path, 0, f"paragraph {number}")
        block.note = clean_optional(block.note, path, 0, f"paragraph {number} (note)")
    return blocks


def classify_headings(blocks: list[Block]) -> list[Block]:
    """The first heading is the title, a heading straight after it the subtitle, the rest h2."""
    has_title = any(b.kind == "title" for b in blocks)
    has_subtitle = any(b.kind == "subtitle" for b in blocks)
    for index, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        if not has_title and not any(b.kind not in ("heading",) for b in blocks[:index]):
            block.kind, has_title = "title", True
        elif not has_subtitle and index > 0 and blocks[index - 1].kind == "title":
            block.kind, has_subtitle = "subtitle", True
        else:
            block.kind = "h2"
    if not has_title and blocks and blocks[0].kind == "p" and len(blocks[0].text) <= 200:
        blocks[0].kind = "title"
    return blocks


def escape(text: str) -> str:
    """Plain text made safe inside Markdown: a literal * or [ stays literal."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def styled(pieces: Iterable[tuple[str, bool, bool, str | None]]) -> str:
    """Markdown from (text, bold, italic, href) pieces; adjacent pieces of one style merge.

    Spaces are moved outside the markers, because "**word **" is not bold in Markdown.
    """
    merged: list[list[Any]] = []
    for text, bold, italic, href in pieces:
        if merged and merged[-1][1:] == [bold, italic, href]:
            merged[-1][0] += text
        elif text:
            merged.append([text, bold, italic, href])
    out = []
    for text, bold, italic, href in merged:
        core = text.strip(" \t\r\n")
        if not core:
            out.append(" " if text else "")
            continue
        lead, trail = text != text.lstrip(" \t\r\n"), text != text.rstrip(" \t\r\n")
        mark = "**" if bold else ""
        mark += "*" if italic else ""
        body = f"{mark}{escape(core)}{mark[::-1]}"
        if href and href.split(":", 1)[0].lower() in ALLOWED_SCHEMES:
            body = f"[{body}]({href.replace(')', '%29').replace(' ', '%20')})"
        out.append(f"{' ' if lead else ''}{body}{' ' if trail else ''}")
    return squash("".join(out))


def squash(text: str) -> str:
    """Runs of spaces and line breaks become one space; no-break spaces (4 000) are kept."""
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()


# --- Word ---------------------------------------------------------------------------------

def read_docx(path: Path) -> list[Block]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if path.stat().st_size > 8 * MAX_SOURCE_BYTES:
        raise SourceError(Problem(path, 0, "file is too large for a press release draft"))
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise SourceError(Problem(path, 0, f"not a readable Word .docx file ({exc})")) from None
    except Exception as exc:  # a damaged zip or XML: python-docx raises many kinds
        raise SourceError(Problem(path, 0, f"damaged Word file ({type(exc).__name__})")) from None
    blocks: list[Block] = []
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):
            blocks.extend(_table_rows(item))
        else:
            blocks.append(_docx_paragraph(item))
    return blocks


def _docx_paragraph(paragraph: Any) -> Block:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    text = styled(_docx_pieces(paragraph))
    if style == "Title":
        return Block("title", text)
    if style == "Subtitle":
        return Block("subtitle", text)
    if match := re.match(r"Heading (\d)", style):
        return Block("heading", text, heading=int(match.group(1)))
    if "Quote" in style:
        return Block("quote", text)
    list_format = _list_format(paragraph)
    if style.startswith("List") or list_format:
        numbered = style.startswith("List Number") or list_format not in (None, "bullet", "none")
        return Block("ol" if numbered else "li", text)
    return Block("p", text)


def _list_format(paragraph: Any) -> str | None:
    """The numFmt (bullet, decimal, lowerLetter …) of a paragraph's own list numbering, or None."""
    ppr = paragraph._p.pPr
    if ppr is None or ppr.numPr is None or ppr.numPr.numId is None:
        return None
    try:
        numbering = paragraph.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return "bullet"
    level = ppr.numPr.ilvl.val if ppr.numPr.ilvl is not None else 0
    formats = numbering.xpath(
        f"w:abstractNum[@w:abstractNumId=//w:num[@w:numId='{int(ppr.numPr.numId.val)}']"
        f"/w:abstractNumId/@w:val]/w:lvl[@w:ilvl='{int(level)}']/w:numFmt/@w:val")
    return str(formats[0]) if formats else "bullet"


def _docx_pieces(paragraph: Any) -> Iterator[tuple[str, bool, bool, str | None]]:
    for item in paragraph.iter_inner_content():
        if hasattr(item, "url"):  # a hyperlink: its runs, linked
            for run in item.runs:
                yield run.text, bool(run.bold), bool(run.italic), item.url or None
        else:
            yield item.text, bool(item.bold), bool(item.italic), None


def _table_rows(table: Any) -> list[Block]:
    blocks = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            text = " ".join(styled(_docx_pieces(p)) for p in cell.paragraphs).strip()
            if text and (not cells or cells[-1] != text):  # merged cells repeat
                cells.append(text)
        if cells:
            blocks.append(Block("p", " — ".join(cells), note=TABLE_NOTE))
    return blocks


# --- HTML ---------------------------------------------------------------------------------

_HTML_BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "tr", "div"}
_HTML_KEEP = _HTML_BLOCKS | {"html", "body", "head", "title", "ul", "ol", "table", "thead", "tbody",
                              "td", "th", "strong", "b", "em", "i", "a", "br", "span"}


def read_html(path: Path) -> list[Block]:
    """HTML sanitised with nh3 first (no script, style or handler survives), then read."""
    import lxml.html
    import nh3

    raw = read_source_text(path)
    title = re.search(r"<title[^>]*>(.*?)</title>", raw, re.S | re.I)
    clean = nh3.clean(raw, tags=_HTML_KEEP - {"html", "head", "title", "body"},
                      attributes={"a": {"href"}, "p": {"class"}, "div": {"class"}},
                      url_schemes=ALLOWED_SCHEMES, link_rel=None)
    root = lxml.html.fragment_fromstring(clean, create_parent="div")
    blocks: list[Block] = []
    _html_walk(root, blocks)
    if title and not any(b.kind in ("heading", "title") for b in blocks):
        text = squash(lxml.html.fromstring(f"<p>{title.group(1)}</p>").text_content())
        blocks.insert(0, Block("title", escape(text)))
    return blocks


def _html_walk(element: Any, blocks: list[Block]) -> None:
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "tr":
            cells = [styled(_html_pieces(c)) for c in child if c.tag in ("td", "th")]
            if any(cells):
                blocks.append(Block("p", " — ".join(c for c in cells if c), note=TABLE_NOTE))
        elif tag in _HTML_BLOCKS and not any(d.tag in _HTML_BLOCKS for d in child.iterdescendants()):
            blocks.append(_html_block(child, "ol" if tag == "li" and element.tag == "ol" else tag))
        else:
            _html_walk(child, blocks)


def _html_block(element: Any, tag: str) -> Block:
    text = styled(_html_pieces(element))
    css = element.get("class") or ""
    if "subtitle" in css or "lead" in css.split():
        return Block("subtitle", text)
    if tag[:1] == "h" and tag[1:].isdigit():
        return Block("heading", text, heading=int(tag[1:]))
    return Block({"li": "li", "ol": "ol", "blockquote": "quote"}.get(tag, "p"), text)


def _html_pieces(element: Any, bold: bool = False, italic: bool = False,
                 href: str | None = None) -> Iterator[tuple[str, bool, bool, str | None]]:
    tag = element.tag if isinstance(element.tag, str) else ""
    bold = bold or tag in ("strong", "b")
    italic = italic or tag in ("em", "i")
    href = element.get("href") if tag == "a" else href
    if tag == "br":
        yield " ", bold, italic, href
    if element.text and tag != "br":
        yield element.text, bold, italic, href
    for child in element:
        yield from _html_pieces(child, bold, italic, href)
        if child.tail:
            yield child.tail, bold, italic, href


# --- plain text ---------------------------------------------------------------------------

_LIST_ITEM = re.compile(r"^\s*(?:[-*•–]|(?P<number>\d{1,2})[.)])\s+")


def read_text(path: Path) -> list[Block]:
    """Paragraphs separated by blank lines; "- " or "1." items are list items; short lines
    without final punctuation are headings."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", read_source_text(path).replace("\r\n", "\n")):
        lines = [line for line in chunk.split("\n") if line.strip()]
        items = [_LIST_ITEM.match(line) for line in lines]
        if lines and all(items):
            kind = "ol" if all(item and item.group("number") for item in items) else "li"
            blocks.extend(Block(kind, escape(_LIST_ITEM.sub("", line).strip())) for line in lines)
            continue
        text = squash(" ".join(lines))
        if not text:
            continue
        heading = len(text) <= 120 and len(lines) == 1 and not text.endswith((".", "!", "?", ":", ";"))
        blocks.append(Block("heading", escape(text), heading=1) if heading else Block("p", escape(text)))
    return blocks
