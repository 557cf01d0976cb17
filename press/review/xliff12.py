"""XLIFF 1.2 hand-off files (what OmegaT and Weblate read best): one <trans-unit> per segment.

    trans-unit/@id           the segment id
    trans-unit/@extradata    source-hash:<hash> of the source as exported
    trans-unit/@approved     yes for reviewed and approved segments (the state decides)
    target/@state            see STATE; no <target> while no person has translated
    alt-trans                machine output, offered as a proposal
    note/@from               press-entities, press-facts, press-check, press-stale;
                             a note from anyone else is the translator's comment
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from press.model import Status
from press.review.common import TOOL, Handoff, Item, Returned, ReturnedFile, refuse
from press.review.schema import XLIFF12_NS, XML_NS, the_one_file

STATE: dict[Status, str] = {
    Status.TRANSLATED: "translated",
    Status.REVIEWED: "signed-off",
    Status.APPROVED: "final",
}
"""press status → 1.2 target state (untranslated and machine segments have no target)."""

FROM_STATE: dict[str, Status] = {"final": Status.APPROVED, "signed-off": Status.REVIEWED}
"""1.2 target state → press status; any other state of a non-empty target is `translated`.

The state decides, not approved="yes": translate-toolkit and Weblate set approved="yes" on
every translated unit. Only a target without any state falls back to approved="yes"
(reviewed). Export writes approved="yes" on reviewed and approved units.
"""

HASH_PREFIX = "source-hash:"
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
                            extradata=HASH_PREFIX + item.source_hash)
    unit.set(f"{{{XML_NS}}}space", "preserve")
    if item.target is not None and item.status in (Status.REVIEWED, Status.APPROVED):
        unit.set("approved", "yes")
    etree.SubElement(unit, _X + "source").text = item.source
    if item.target is not None:
        target = etree.SubElement(unit, _X + "target", state=STATE.get(item.status, "translated"))
        target.text = item.target
    for note in item.notes:
        etree.SubElement(unit, _X + "note", {"from": note.category}).text = note.text
    if item.comment:
        etree.SubElement(unit, _X + "note", {"from": "translator"}).text = item.comment
    if item.machine:
        alt = etree.SubElement(unit, _X + "alt-trans", origin=item.engine or "machine translation")
        etree.SubElement(alt, _X + "target", {f"{{{XML_NS}}}lang": lang}).text = item.machine


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
    status = None
    if target:
        state = target_el.get("state", "") if target_el is not None else ""
        status = FROM_STATE.get(state, Status.TRANSLATED)
        if not state and unit.get("approved") == "yes":
            status = Status.REVIEWED
    comments = [_text(n) for n in unit.findall(_X + "note") if not n.get("from", "").startswith(TOOL)]
    return Returned(id=unit.get("id", ""), source=_text(unit.find(_X + "source")),
                    source_hash=extradata[len(HASH_PREFIX):].strip(), target=target or None,
                    status=status, comment="\n".join(c for c in comments if c.strip()) or None, line=line)


def _text(element: Any) -> str:
    return "" if element is None else "".join(element.itertext())
