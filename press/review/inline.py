"""Inline formatting as inline codes in hand-off files, and back.

Segment text is a small Markdown subset (press.markup). A CAT tool must not see `**` as words
to translate: bold, italic and links become codes it protects —

    XLIFF 2.1   <pc id="1" type="fmt" subType="xlf:b" dataRefStart="d1" dataRefEnd="d1">…</pc>,
                the Markdown itself kept in the unit's <originalData>
    XLIFF 1.2   <g id="1" ctype="bold">…</g> (italic, link likewise)

A code is matched back to the source's code by its id: its kind and a link's address always
come from the source, so a translator can move a code but never retarget a link. A target
that drops a code, adds one, or holds a code press does not write is refused for that
segment with the reason (press.markup.code_problem).
"""

from __future__ import annotations

from typing import Any

from press.markup import Span, code_problem, codes, from_spans, number_like, to_spans

SUBTYPE = {"b": "xlf:b", "i": "xlf:i"}
CTYPE = {"b": "bold", "i": "italic", "link": "link"}


class CodeError(ValueError):
    """A target's inline codes do not match its source's."""


def write_xliff2(parent: Any, spans: list[Span], ns: str, refs: frozenset[str] = frozenset()) -> None:
    """Append *spans* to the XLIFF 2 element *parent* as text and <pc> codes; the codes whose
    ids are in *refs* point at their Markdown in <originalData>."""
    from lxml import etree

    for span in spans:
        if span.kind == "text":
            _append_text(parent, span.text)
            continue
        attrs = {"id": span.code_id, "type": "link" if span.kind == "link" else "fmt"}
        if span.kind in SUBTYPE:
            attrs["subType"] = SUBTYPE[span.kind]
        if span.code_id in refs:
            attrs["dataRefStart"], attrs["dataRefEnd"] = f"s{span.code_id}", f"e{span.code_id}"
        write_xliff2(etree.SubElement(parent, f"{{{ns}}}pc", attrs), span.children or [], ns, refs)


def original_data(unit: Any, spans: list[Span], ns: str) -> None:
    """The unit's <originalData>: the Markdown each code stands for (shown by CAT tools)."""
    from lxml import etree

    found = codes(spans)
    if not found:
        return
    holder = etree.SubElement(unit, f"{{{ns}}}originalData")
    for code_id, span in found.items():
        start, end = ("[", f"]({span.href})") if span.kind == "link" else ("**", "**") \
            if span.kind == "b" else ("*", "*")
        etree.SubElement(holder, f"{{{ns}}}data", id=f"s{code_id}").text = start
        etree.SubElement(holder, f"{{{ns}}}data", id=f"e{code_id}").text = end


def write_xliff12(parent: Any, spans: list[Span], ns: str) -> None:
    """Append *spans* to the XLIFF 1.2 element *parent* as text and <g> codes."""
    from lxml import etree

    for span in spans:
        if span.kind == "text":
            _append_text(parent, span.text)
        else:
            element = etree.SubElement(parent, f"{{{ns}}}g", id=span.code_id, ctype=CTYPE[span.kind])
            write_xliff12(element, span.children or [], ns)


def _append_text(parent: Any, text: str) -> None:
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def read_codes(element: Any, source: list[Span], ns: str, code_tag: str) -> str:
    """The Markdown of a returned <source> or <target>; CodeError when its codes are not the source's.

    *code_tag* is "pc" (XLIFF 2) or "g" (XLIFF 1.2); <mrk> annotations are read through.
    """
    known = codes(source)
    spans = _read(element, known, ns, code_tag)
    problem = code_problem(source, spans)
    if problem:
        raise CodeError(problem)
    return from_spans(spans).strip()


def _read(element: Any, known: dict[str, Span], ns: str, code_tag: str) -> list[Span]:
    spans: list[Span] = [Span("text", element.text)] if element.text else []
    for child in element:
        name = child.tag.split("}")[-1] if isinstance(child.tag, str) else ""
        if name == code_tag:
            code = known.get(child.get("id", ""))
            if code is None:
                raise CodeError(f"inline code {child.get('id')!r} is not in the source")
            spans.append(Span(code.kind, href=code.href, code_id=code.code_id,
                              children=_read(child, known, ns, code_tag)))
        elif name == "mrk":
            spans.extend(_read(child, known, ns, code_tag))
        elif isinstance(child.tag, str):
            raise CodeError(f"inline element <{name}> is not one press writes; keep the codes as exported")
        if child.tail:
            spans.append(Span("text", child.tail))
    return spans


def spans_for(text: str, source: str | None = None) -> list[Span]:
    """*text* as spans; with *source*, its codes carry the ids of the source's matching codes."""
    spans = to_spans(text)
    return number_like(spans, to_spans(source)) if source is not None else spans
