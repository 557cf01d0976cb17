"""XLIFF 1.2 hand-off files (what OmegaT and Weblate read best): one <trans-unit> per segment.

    trans-unit/@id           the segment id
    trans-unit/@extradata    source-hash:<hash> of the source as exported, revision:<segment
                             revision at export> (a newer change makes the unit a conflict)
    trans-unit/@approved     yes for reviewed and approved segments (the state decides)
    target                   pre-filled, never empty: the translation (state from STATE); else
                             the machine draft (needs-review-translation, state-qualifier
                             mt-suggestion, or leveraged-tm / fuzzy-match for memory); else a
                             copy of the source (needs-translation) — OmegaT's native XLIFF
                             filter translates the text of <target>, not of <source>
    g                        inline codes: bold, italic, link (press.review.inline)
    alt-trans                the machine or memory draft as a proposal too (match-quality)
    note/@from               press-entities, press-facts, press-check, press-stale;
                             a note from anyone else is the translator's comment
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from press.model import Status
from press.review.common import TOOL, Handoff, Item, Returned, ReturnedFile, refuse
from press.review.inline import spans_for, write_xliff12
from press.review.schema import XLIFF12_NS, XML_NS, the_one_file

STATE: dict[Status, str] = {
    Status.TRANSLATED: "translated",
    Status.REVIEWED: "signed-off",
    Status.APPROVED: "final",
}
"""press status → 1.2 target state (untranslated and machine segments have no target)."""

FROM_STATE: dict[str, Status] = {"final": Status.APPROVED, "signed-off": Status.REVIEWED,
                                  "needs-review-translation": Status.MACHINE}
"""1.2 target state → press status; any other state of a non-empty target is `translated`.

The state decides, not approved="yes": translate-toolkit and Weblate set approved="yes" on
every translated unit. Only a target without any state falls back to approved="yes"
(reviewed). Export writes approved="yes" on reviewed and approved units.
"""

HASH_PREFIX = "source-hash:"
REVISION_PREFIX = "revision:"
UNTRANSLATED_STATES = ("new", "needs-translation")
"""States of a target that holds a copy of the source: the same text back is no translation."""
_X = f"{{{XLIFF12_NS}}}"


def write(handoff: Handoff) -> bytes:
    """The XLIFF 1.2 document for *handoff*, valid against the OASIS 1.2 strict schema."""
    from lxml import etree

    root = etree.Element(_X + "xliff", nsmap={None: XLIFF12_NS}, version="1.2")
    file = etree.SubElement(root, _X + "file", original=handoff.release_id, datatype="plaintext")
    file.set("source-language", handoff.source_lang)
    file.set("target-language", handoff.lang)
    file.set("product-name", TOOL)
    file.set("product-version", handoff.revision)
    file.set("build-num", handoff.token)
    body = etree.SubElement(file, _X + "body")
    for item in handoff.items:
        _unit(body, item, handoff.lang)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _unit(body: Any, item: Item, lang: str) -> None:
    from lxml import etree

    unit = etree.SubElement(body, _X + "trans-unit", id=item.id, resname=item.id,
                            extradata=f"{HASH_PREFIX}{item.source_hash} {REVISION_PREFIX}{item.revision}")
    unit.set(f"{{{XML_NS}}}space", "preserve")
    if item.target is not None and item.status in (Status.REVIEWED, Status.APPROVED):
        unit.set("approved", "yes")
    write_xliff12(etree.SubElement(unit, _X + "source"), spans_for(item.source), XLIFF12_NS)
    target = etree.SubElement(unit, _X + "target", _target_state(item))
    write_xliff12(target, spans_for(item.prefill or item.source, item.source), XLIFF12_NS)
    for note in item.notes:
        etree.SubElement(unit, _X + "note", {"from": note.category}).text = note.text
    if item.comment:
        etree.SubElement(unit, _X + "note", {"from": "translator"}).text = item.comment
    if item.machine:
        alt = etree.SubElement(unit, _X + "alt-trans", origin=item.engine or "machine translation")
        if item.match_quality is not None:
            alt.set("match-quality", f"{item.match_quality * 100:.0f}")
        write_xliff12(etree.SubElement(alt, _X + "target", {f"{{{XML_NS}}}lang": lang}),
                      spans_for(item.machine, item.source), XLIFF12_NS)


def _target_state(item: Item) -> dict[str, str]:
    if item.target is not None:
        return {"state": STATE.get(item.status, "translated")}
    if item.machine:
        quality = item.match_quality
        qualifier = ("mt-suggestion" if quality is None else
                     "leveraged-tm" if quality >= 1.0 else "fuzzy-match")
        return {"state": "needs-review-translation", "state-qualifier": qualifier}
    return {"state": "needs-translation"}


def read(root: Any, path: Path) -> ReturnedFile:
    """The units of a returned XLIFF 1.2 file; anything malformed is refused with its line."""
    if root.get("version") != "1.2":
        raise refuse(path, root.sourceline or 0, f"XLIFF version {root.get('version')!r}; expected 1.2")
    file = the_one_file(root, path, "1.2", "XLIFF 1.2", _X + "file")
    release_id, lang = file.get("original"), file.get("target-language")
    if not release_id or not lang:
        raise refuse(path, file.sourceline or 0, "<file> has no original (release id) or target-language")
    units = [_returned(unit, path) for unit in file.iter(_X + "trans-unit")]
    return ReturnedFile(path, "xliff12", release_id, lang, units, {"target-language": lang},
                        {"original": release_id},
                        file.get("product-version", ""), file.get("build-num", ""))


def _returned(unit: Any, path: Path) -> Returned:
    line = unit.sourceline or 0
    extradata = unit.get("extradata", "")
    if not extradata.startswith(HASH_PREFIX):
        raise refuse(path, line, f"trans-unit {unit.get('id')!r} has no extradata=\"{HASH_PREFIX}…\"")
    target_el = unit.find(_X + "target")
    target = _text(target_el).strip() if target_el is not None else ""
    source_el = unit.find(_X + "source")
    state = target_el.get("state", "") if target_el is not None else ""
    if state in UNTRANSLATED_STATES and _same(target_el, source_el):
        target = ""  # the copy of the source that export wrote: nobody translated it
    status = None
    if target:
        status = FROM_STATE.get(state, Status.TRANSLATED)
        if not state and unit.get("approved") == "yes":
            status = Status.REVIEWED
    fields = dict(part.partition(":")[::2] for part in extradata.split())
    comments = [_text(n) for n in unit.findall(_X + "note") if not n.get("from", "").startswith(TOOL)]
    return Returned(id=unit.get("id", ""), source=_text(source_el),
                    source_hash=fields.get(HASH_PREFIX[:-1], ""), target=target or None,
                    status=status, comment="\n".join(c for c in comments if c.strip()) or None, line=line,
                    revision=fields.get(REVISION_PREFIX[:-1], ""),
                    element=target_el if target else None, code_tag="g", ns=XLIFF12_NS)


def _same(target: Any, source: Any) -> bool:
    """The target is the source's copy: the same words and the same codes."""
    def shape(element: Any) -> tuple[str, list[tuple[str, str]]]:
        words = " ".join(_text(element).split())
        return words, [(str(child.tag), child.get("id", "")) for child in element.iterdescendants()]

    return source is not None and shape(target) == shape(source)


def _text(element: Any) -> str:
    return "" if element is None else "".join(element.itertext())
