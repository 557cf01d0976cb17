"""XLIFF 2.1 hand-off files: one <unit> per segment, core + Metadata + Translation Candidates.

    unit/@id                       the segment id
    unit/mda:metadata (press)      source-hash: what the unit's source was when exported;
                                   status: the press status; segment-revision: the segment's
                                   revision at export (a newer change makes the unit a conflict)
    unit/mtc:matches/mtc:match     the machine or memory draft as a candidate too (type mt or
                                   tm, matchQuality for memory, origin the engine)
    unit/notes/note[@category]     press-entities, press-facts, press-check, press-stale;
                                   any other category is the translator's comment
    unit/originalData              the Markdown behind each inline code (press.review.inline)
    segment/@state                 initial | translated | reviewed | final (see STATE)
    segment/target                 pre-filled: the translation, else the machine draft
                                   (state initial, subState press:machine or press:memory)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from press.model import Status
from press.review.common import TOOL, Handoff, Item, Returned, ReturnedFile, refuse
from press.review.inline import original_data, spans_for, write_xliff2
from press.review.schema import MDA_NS, MTC_NS, XLIFF2_NS, the_one_file

STATE: dict[Status, str] = {
    Status.UNTRANSLATED: "initial",
    Status.MACHINE: "initial",
    Status.TRANSLATED: "translated",
    Status.REVIEWED: "reviewed",
    Status.APPROVED: "final",
}
"""press status → XLIFF 2 segment state (machine output also gets subState press:machine)."""

FROM_STATE: dict[str, Status] = {"final": Status.APPROVED, "reviewed": Status.REVIEWED,
                                  "initial": Status.MACHINE}
"""XLIFF 2 state → press status for a unit with a target; anything else is `translated`.
An `initial` target is a draft nobody has confirmed: unchanged it is skipped, edited it is
a translation (press.review.importer)."""

_X = f"{{{XLIFF2_NS}}}"
_MDA = f"{{{MDA_NS}}}"
_MTC = f"{{{MTC_NS}}}"


def write(handoff: Handoff) -> bytes:
    """The XLIFF 2.1 document for *handoff*, valid against the OASIS core and module schemas."""
    from lxml import etree

    root = etree.Element(_X + "xliff", nsmap={None: XLIFF2_NS, "mda": MDA_NS, "mtc": MTC_NS},
                         version="2.1", srcLang=handoff.source_lang, trgLang=handoff.lang)
    file = etree.SubElement(root, _X + "file", id="f1", original=f"{handoff.release_id}/{handoff.lang}")
    _metadata(file, {"release": handoff.release_id, "lang": handoff.lang, "tool": TOOL,
                     "revision": handoff.revision, "identity": handoff.token})
    for item in handoff.items:
        _unit(file, item, handoff.lang)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _metadata(parent: Any, entries: dict[str, str]) -> None:
    from lxml import etree

    group = etree.SubElement(etree.SubElement(parent, _MDA + "metadata"), _MDA + "metaGroup",
                             category=TOOL)
    for key, value in entries.items():
        etree.SubElement(group, _MDA + "meta", type=key).text = value


def _unit(file: Any, item: Item, lang: str) -> None:
    from lxml import etree

    unit = etree.SubElement(file, _X + "unit", id=item.id, name=item.id, type=f"press:{item.kind}")
    source_spans = spans_for(item.source)
    refs = frozenset(code.code_id for code in _codes(source_spans))
    if item.machine:
        _candidate(unit, item, refs)
    _metadata(unit, {"source-hash": item.source_hash, "status": item.status.value,
                     "segment-revision": item.revision})
    notes = [(n.category, n.text) for n in item.notes]
    if item.comment:
        notes.append(("translator", item.comment))
    if notes:
        holder = etree.SubElement(unit, _X + "notes")
        for category, text in notes:
            etree.SubElement(holder, _X + "note", category=category).text = text
    original_data(unit, source_spans, XLIFF2_NS)
    segment = etree.SubElement(unit, _X + "segment", state=STATE[item.status])
    if item.status is Status.MACHINE:
        segment.set("subState", "press:memory" if item.match_quality is not None else "press:machine")
    write_xliff2(etree.SubElement(segment, _X + "source"), source_spans, XLIFF2_NS, refs)
    if item.prefill:
        write_xliff2(etree.SubElement(segment, _X + "target"), spans_for(item.prefill, item.source),
                     XLIFF2_NS, refs)


def _codes(spans: Any) -> Any:
    from press.markup import codes

    return codes(spans).values()


def _candidate(unit: Any, item: Item, refs: frozenset[str]) -> None:
    """The draft as an <mtc:match>: machine translation, or memory with its match quality."""
    from lxml import etree

    attrs = {"ref": f"#{item.id}", "type": "mt", "origin": item.engine or "machine"}
    if item.match_quality is not None:
        attrs.update(type="tm", matchQuality=f"{item.match_quality * 100:.0f}")
    match = etree.SubElement(etree.SubElement(unit, _MTC + "matches"), _MTC + "match", attrs)
    write_xliff2(etree.SubElement(match, _X + "source"), spans_for(item.source), XLIFF2_NS)
    write_xliff2(etree.SubElement(match, _X + "target"), spans_for(item.machine or "", item.source),
                 XLIFF2_NS)


def read(root: Any, path: Path) -> ReturnedFile:
    """The units of a returned XLIFF 2.x file; anything malformed is refused with its line."""
    if root.get("version", "").split(".")[0] != "2":
        raise refuse(path, root.sourceline or 0, f"XLIFF version {root.get('version')!r}; expected 2.x")
    file = the_one_file(root, path, "2", "XLIFF 2", _X + "file")
    meta = _meta(file)
    release_id, lang = meta.get("release"), root.get("trgLang") or meta.get("lang")
    if not release_id or not lang:
        raise refuse(path, file.sourceline or 0, "no press release id or target language in <file>; "
                                                     "was this file exported by `press review export`?")
    units = [_returned(unit, path) for unit in file.iter(_X + "unit")]
    original_release, _, original_lang = (file.get("original") or "").rpartition("/")
    langs = {"trgLang": root.get("trgLang") or "", "press lang metadata": meta.get("lang", ""),
             "<file original>": original_lang}
    releases = {"press release metadata": release_id, "<file original>": original_release}
    return ReturnedFile(path, "xliff", release_id, lang, units, langs, releases,
                        meta.get("revision", ""), meta.get("identity", ""))


def _meta(parent: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for holder in parent.findall(_MDA + "metadata"):
        for meta in holder.iter(_MDA + "meta"):
            found[meta.get("type", "")] = "".join(meta.itertext()).strip()
    return found


def _returned(unit: Any, path: Path) -> Returned:
    line = unit.sourceline or 0
    digest = _meta(unit).get("source-hash")
    if not digest:
        raise refuse(path, line, f"unit {unit.get('id')!r} has no press source-hash metadata")
    parts = [child for child in unit if child.tag in (_X + "segment", _X + "ignorable")]
    source = "".join(_text(part.find(_X + "source")) for part in parts)
    targets = [part.find(_X + "target") for part in parts]
    has_target = any(t is not None and _text(t).strip() for t in targets)
    target = "".join(_text(t if t is not None else part.find(_X + "source"))
                     for part, t in zip(parts, targets, strict=True)) if has_target else None
    element = _joined(parts, targets) if has_target else None
    states = [part.get("state", "initial") for part in parts if part.tag == _X + "segment"]
    status = None
    if target is not None:
        lowest = min((FROM_STATE.get(s, Status.TRANSLATED) for s in states), key=lambda s: s.rank)
        status = lowest
    comments = [_text(n) for n in unit.iter(_X + "note") if not n.get("category", "").startswith(TOOL)]
    return Returned(id=unit.get("id", ""), source=source, source_hash=digest,
                    target=target.strip() if target is not None else None, status=status,
                    comment="\n".join(c for c in comments if c.strip()) or None, line=line,
                    revision=_meta(unit).get("segment-revision", ""), element=element,
                    code_tag="pc", ns=XLIFF2_NS)


def _joined(parts: list[Any], targets: list[Any]) -> Any:
    """One target element for the whole unit: a tool may have split it into several segments."""
    import copy

    from lxml import etree

    if len(parts) == 1 and targets[0] is not None:
        return targets[0]
    joined = etree.Element(_X + "target")
    for part, target in zip(parts, targets, strict=True):
        piece = copy.deepcopy(target if target is not None else part.find(_X + "source"))
        if len(joined):
            joined[-1].tail = (joined[-1].tail or "") + (piece.text or "")
        else:
            joined.text = (joined.text or "") + (piece.text or "")
        joined.extend(list(piece))
    return joined


def _text(element: Any) -> str:
    return "" if element is None else "".join(element.itertext())
