"""Import of a returned hand-off file: untrusted bytes in, a checked plan, then atomic writes.

The rules, in the order they are applied to each unit (row) of the file:

1. The whole file is refused — exit 2, nothing written — when it is too large, is not UTF-8
   XML or a DOCX, has a DOCTYPE or entity declarations (no external entities, no entity
   expansion), breaks the OASIS schema, names another release or language, repeats or
   invents a segment id, or shows a source text that does not match the hash it carries
   (the file was tampered with). A DOCX is refused as a zip bomb before python-docx opens
   it: too many entries, too large uncompressed, or compressed too well.
2. A unit whose source hash differs from today's source is **stale**: reported, not applied.
3. A unit whose target and status are what press exported is unchanged and skipped; an
   empty target never clears a translation. A draft left in its initial state is no
   translation; a draft a person edited or confirmed is one.
4. A target whose inline codes are not the source's (dropped, added, foreign) is **refused**
   for that segment, with the reason.
5. A unit whose segment changed since the export (its revision moved: another file was
   imported, press translate ran, someone edited the YAML) is a **conflict**: reported with
   both versions and not applied, whatever the statuses, unless `--theirs`.
6. A file that approves anything without `--reviewer` is refused whole, in one message.
7. **Nothing approved is ever lost.** An approved segment is changed — new text, a lower
   status or only its note — only when the import names a reviewer (`--reviewer NAME`); without one the
   unit is reported as protected. Only a named reviewer can set `approved`, and approval
   records the hash of the approved text (a later hand edit shows). When a reviewer
   replaces approved text, the old text is first appended to review-history.yaml.
8. What is applied records the reviewer (or the file) in changed_by, the time in
   changed_at, and the source hash and text it was made from. Each language file is
   written atomically; the checker then runs on the result.
"""

from __future__ import annotations

import difflib
import re
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from press.markup import canonical, code_problem, number_like, to_plain, to_spans
from press.model import Release, Segment, Status, source_hash
from press.review.common import (
    MAX_FILE_BYTES,
    Returned,
    ReturnedFile,
    now_stamp,
    refuse,
    segment_revision,
    shown_status,
)
from press.review.schema import XLIFF2_NS, XLIFF12_NS

MAX_DOCX_ENTRIES = 300
MAX_DOCX_UNCOMPRESSED = 40 * 1024 * 1024
MAX_DOCX_RATIO = 100
"""A real review DOCX compresses XML about 5-10 times; a zip bomb compresses 1000 times."""
_FORBIDDEN = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


@dataclass
class Change:
    """One segment the import changes."""

    id: str
    old: Segment | None
    text: str
    status: Status
    comment: str | None
    unit: Returned
    messages: list[str] = field(default_factory=list)


@dataclass
class Plan:
    release: Release
    file: ReturnedFile
    changes: list[Change] = field(default_factory=list)
    stale: list[Returned] = field(default_factory=list)
    protected: list[Returned] = field(default_factory=list)
    refused: list[tuple[Returned, str]] = field(default_factory=list)
    """Units whose target breaks the source's inline codes, with the reason."""
    conflicts: list[tuple[Returned, Segment | None]] = field(default_factory=list)
    """Units whose segment changed since export, with today's segment."""
    unchanged: int = 0
    findings: list[Any] = field(default_factory=list)


def load_returned(path: Path) -> ReturnedFile:
    """Read a returned XLIFF 2.x, XLIFF 1.2 or review DOCX, refusing anything unsafe or broken."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise refuse(path, 0, f"cannot read: {exc.strerror}") from None
    if size > MAX_FILE_BYTES:
        raise refuse(path, 0, f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES // 1024 // 1024} MiB")
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04"):
        check_docx_zip(path)
        from press.review import docx

        return _gated(docx.read(path))
    root = parse_untrusted_xml(path, data)
    if root.tag == f"{{{XLIFF2_NS}}}xliff":
        from press.review import xliff2

        return _gated(xliff2.read(root, path))
    if root.tag == f"{{{XLIFF12_NS}}}xliff":
        from press.review import xliff12

        return _gated(xliff12.read(root, path))
    raise refuse(path, root.sourceline or 0, f"root element {root.tag!r} is not XLIFF 1.2 or 2.x")


def _gated(returned: ReturnedFile) -> ReturnedFile:
    """Every text the file brings in passes the loader's rules (press.gate), or the file is refused."""
    from press.gate import clean, clean_optional

    path = returned.path
    for unit in returned.units:
        where = f"segment {unit.id}"
        unit.target = clean_optional(unit.target, path, unit.line, f"{where}: target")
        unit.comment = clean_optional(unit.comment, path, unit.line, f"{where}: note or comment")
        unit.source = clean(unit.source, path, unit.line, f"{where}: source")
    for labels in (returned.lang_labels, returned.release_labels):
        for name, value in labels.items():
            labels[name] = clean(value, path, 0, name, limit=200)
    return returned


def parse_untrusted_xml(path: Path | str, data: bytes) -> Any:
    """Parse bytes from outside: no DTD, no entities, no network, no huge trees."""
    from lxml import etree

    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):  # with or without a BOM
        raise refuse(path, 1, "file is UTF-16; expected UTF-8 XML")
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise refuse(path, line, "file holds binary data (a NUL byte, U+0000); expected UTF-8 XML")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise refuse(path, line, f"not UTF-8 (byte 0x{data[exc.start]:02x}); expected UTF-8 XML") from None
    if (match := _FORBIDDEN.search(data)) is not None:
        line = data[: match.start()].count(b"\n") + 1
        raise refuse(path, line, "DOCTYPE or entity declaration refused (entities are never expanded)")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 0
        raise refuse(path, line, f"malformed XML: {exc.msg}") from None
    if root is None:
        raise refuse(path, 1, "empty document")
    return root


def check_docx_zip(path: Path) -> None:
    """Refuse a DOCX whose zip could exhaust memory, before python-docx opens it."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_DOCX_ENTRIES:
                raise refuse(path, 0, f"DOCX has {len(infos)} zip entries; the limit is {MAX_DOCX_ENTRIES}")
            total = sum(info.file_size for info in infos)
            if total > MAX_DOCX_UNCOMPRESSED:
                raise refuse(path, 0, f"DOCX unpacks to {total:,} bytes; the limit is "
                                      f"{MAX_DOCX_UNCOMPRESSED:,} (zip bomb?)")
            for info in infos:
                _check_entry(path, archive, info)
    except zipfile.BadZipFile as exc:
        raise refuse(path, 0, f"not a valid DOCX (zip): {exc}") from None


def _check_entry(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > 1024 * 1024 and ratio > MAX_DOCX_RATIO:
        raise refuse(path, 0, f"DOCX entry {info.filename} is compressed {ratio:.0f}:1 (zip bomb?)")
    if info.filename.endswith((".xml", ".rels")):
        with archive.open(info) as handle:
            data = handle.read(MAX_DOCX_UNCOMPRESSED + 1)
        if _FORBIDDEN.search(data):
            raise refuse(path, 0, f"DOCX entry {info.filename} declares a DOCTYPE or entities; refused")


def plan_import(release: Release, returned: ReturnedFile, reviewer: str | None,
                theirs: bool = False) -> Plan:
    """Decide, unit by unit, what the file changes; refuse the whole file if it is not sound."""
    _check_file(release, returned)
    plan = Plan(release, returned)
    version = release.versions[returned.lang]
    for unit in returned.units:
        if unit.source_hash != source_hash(release.source.segments[unit.id].text):
            plan.stale.append(unit)
            continue
        if (problem := _read_codes(release, returned, unit)) is not None:
            plan.refused.append((unit, problem))
            continue
        seg = version.segments.get(unit.id)
        change = _change(release, returned.lang, seg, unit, reviewer)
        if change is None:
            plan.unchanged += 1
        elif unit.revision != segment_revision(seg) and not theirs:
            plan.conflicts.append((unit, seg))
        elif change == "protected":
            plan.protected.append(unit)
        else:
            assert isinstance(change, Change)
            plan.changes.append(change)
    _refuse_unnamed_approval(plan, reviewer)
    return plan


def _read_codes(release: Release, returned: ReturnedFile, unit: Returned) -> str | None:
    """Turn the unit's target into Markdown with the source's codes; the reason if it cannot."""
    from press.gate import clean_optional
    from press.review.inline import CodeError, read_codes

    if unit.target is None:
        return None
    source = to_spans(release.source.segments[unit.id].text)
    try:
        if unit.element is not None:
            unit.target = read_codes(unit.element, source, unit.ns, unit.code_tag)
        elif (problem := code_problem(source, number_like(to_spans(unit.target), source))) is not None:
            raise CodeError(problem)
    except CodeError as exc:
        return f"{exc}; not applied (keep every tag of the source in the translation)"
    unit.target = clean_optional(unit.target, returned.path, unit.line, f"segment {unit.id}: target")
    return None


def _refuse_unnamed_approval(plan: Plan, reviewer: str | None) -> None:
    """Approval is a person's signature: a file that approves without --reviewer is refused whole."""
    if reviewer:
        return
    asking = [c.id for c in plan.changes if c.status is Status.APPROVED]
    if asking:
        raise refuse(plan.file.path, 0, f"the file approves {len(asking)} segment(s) "
                                        f"({', '.join(asking)}); approval needs --reviewer NAME. "
                                        "Nothing was applied")


def _check_identity(release: Release, returned: ReturnedFile) -> None:
    """The file's language and release, wherever it names them, agree with each other and with
    the identity token written at export: a relabelled file is refused, not applied."""
    from press.review.common import identity_token

    path = returned.path
    for what, labels, claimed in (("language", returned.lang_labels, returned.lang),
                                  ("release", returned.release_labels, returned.release_id)):
        differ = {name: value for name, value in labels.items() if value != claimed}
        if differ:
            shown = ", ".join(f"{name} {value!r}" for name, value in labels.items())
            raise refuse(path, 0, f"the file names its {what} inconsistently ({shown}); "
                                  "was it relabelled? refused; export the file again")
    if not returned.token or returned.token != identity_token(returned.release_id, returned.lang,
                                                              returned.revision):
        raise refuse(path, 0, f"the file's press identity does not match its release and language "
                              f"({returned.release_id}, {returned.lang}); was it relabelled or made by "
                              "another tool? refused; export the file again")


def _check_file(release: Release, returned: ReturnedFile) -> None:
    path = returned.path
    if returned.release_id != release.id:
        raise refuse(path, 0, f"file is for release {returned.release_id!r}, not {release.id!r}")
    _check_identity(release, returned)
    if returned.lang not in release.meta.target_langs:
        raise refuse(path, 0, f"file is for language {returned.lang!r}; {release.id} translates into "
                              f"{', '.join(release.meta.target_langs)}")
    seen: set[str] = set()
    for unit in returned.units:
        if unit.id in seen:
            raise refuse(path, unit.line, f"segment {unit.id!r} appears twice")
        seen.add(unit.id)
        if unit.id not in release.source.segments:
            raise refuse(path, unit.line, f"segment {unit.id!r} is not in the release")
        if _tampered(release.source.segments[unit.id].text, unit):
            raise refuse(path, unit.line, f"segment {unit.id!r}: the source text does not match its "
                                          "recorded hash (file edited outside the target?); refused")
    if not returned.units:
        raise refuse(path, 0, "the file has no press segments")


def _tampered(current: str, unit: Returned) -> bool:
    """The file's source is not the source its hash names. Files show the source's words
    with codes for the Markdown, so the words are compared; a stale unit's old source is
    only compared with its hash, and such a unit is never applied anyway."""
    if unit.source_hash == source_hash(current):
        return " ".join(unit.source.split()) != " ".join(to_plain(current).split())
    return False


def _change(release: Release, lang: str, seg: Segment | None, unit: Returned,
            reviewer: str | None) -> Change | str | None:
    """The change *unit* asks for, "protected" when approved work blocks it, None when none."""
    current = seg.text if seg is not None and seg.text else None
    expected_status = shown_status(seg, release.is_stale(lang, unit.id))
    old_comment = (seg.note if seg else None) or None
    comment = unit.comment if unit.comment is not None else old_comment
    same_text = current is not None and unit.target is not None \
        and canonical(unit.target) == canonical(current)
    if unit.target is None or (same_text and unit.status in (expected_status, Status.MACHINE)):
        if comment == old_comment or seg is None:
            return None
        if seg.status is Status.APPROVED and not reviewer:  # a note is part of approved work too
            return "protected"
        return Change(unit.id, replace(seg), seg.text, seg.status, comment, unit, ["comment only"])
    status = unit.status or Status.TRANSLATED
    if status in (Status.MACHINE, Status.UNTRANSLATED):
        status = Status.TRANSLATED  # a person changed the draft: it is their translation now
    if seg is not None and seg.status is Status.APPROVED and not reviewer:
        return "protected"
    return Change(unit.id, replace(seg) if seg else None, unit.target, status, comment, unit)


def apply_plan(plan: Plan, reviewer: str | None) -> None:
    """Write the planned changes: history of replaced approved text first, then the language file."""
    from press.source import append_history, save_version

    if not plan.changes:
        return
    lang = plan.file.lang
    replaced = [c for c in plan.changes if c.old is not None and c.old.status is Status.APPROVED
                and c.old.text != c.text]
    if replaced:
        _append_history(plan.release, lang, replaced, reviewer)
    approved = [c for c in plan.changes if c.status is Status.APPROVED]
    append_history(plan.release.folder, [
        {"event": "approved", "segment": c.id, "lang": lang, "approved_at": now_stamp(),
         "approved_by": reviewer or "", "approved_hash": source_hash(c.text), "text": c.text}
        for c in approved])
    save_version(plan.release, lang)


def stage_plan(plan: Plan, reviewer: str | None) -> None:
    """Apply the changes to the release in memory, so the checker sees what came back."""
    version = plan.release.versions[plan.file.lang]
    who = reviewer or f"review import ({plan.file.path.name})"
    when = now_stamp()
    for change in plan.changes:
        source = plan.release.source.segments[change.id]
        seg = version.segments.get(change.id)
        if seg is None:
            seg = version.segments[change.id] = Segment(id=change.id, text="", kind=source.kind)
        seg.note = change.comment
        if change.messages == ["comment only"]:
            continue
        seg.text, seg.status = change.text, change.status
        seg.approved_hash = source_hash(change.text) if change.status is Status.APPROVED else None
        seg.source_hash, seg.source_text = change.unit.source_hash, source.text
        seg.changed_by, seg.changed_at = who, when
    order = list(plan.release.source.segments)  # a segment new to this language keeps source order
    version.segments = dict(sorted(version.segments.items(),
                                   key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)))


def _append_history(release: Release, lang: str, replaced: list[Change], reviewer: str | None) -> None:
    entries = []
    for change in replaced:
        old = change.old
        assert old is not None
        entries.append({"segment": change.id, "lang": lang, "replaced_at": now_stamp(),
                        "replaced_by": reviewer or "", "status": str(old.status), "text": old.text,
                        "source_hash": old.source_hash, "changed_by": old.changed_by,
                        "changed_at": old.changed_at})
    from press.source import append_history

    append_history(release.folder, entries)


def segment_diff(lang: str, change: Change) -> str:
    """A unified diff of one segment, a sentence per line, with the status in the header."""
    old = change.old
    old_status = old.status.value if old is not None else "missing"
    before = _sentences(old.text if old is not None else "")
    after = _sentences(change.text)
    header = [f"--- {lang}/{change.id} ({old_status})\n", f"+++ {lang}/{change.id} ({change.status.value})\n"]
    body = list(difflib.unified_diff(before, after, n=2))[2:]
    if not body:
        body = [f"@@ status {old_status} → {change.status.value} @@\n"]
    return "".join(header + body)


def _sentences(text: str) -> list[str]:
    return [f"{s}\n" for s in re.split(r"(?<=[.!?…])\s+", text.strip()) if s] if text else []
