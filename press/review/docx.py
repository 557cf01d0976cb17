"""The bilingual review DOCX: a table source | target | status | comment, one row per segment.

A reviewer edits it in Word or LibreOffice and sends it back. A4 landscape, 10-pt text. The
source cell is a locked content control (w:sdt with w:lock sdtContentLocked) whose tag
`press:<segment>:<hash>:<revision>` is how import matches the row and sees a conflict —
hidden from the reader, kept by Word, LibreOffice and python-docx. The translation cell is
editable and pre-filled: the translation, else the machine or memory draft (its origin in a
note under the source). Bold, italic and links are real Word formatting in both cells, and
come back as the segment's Markdown. The status cell is a drop-down content control; typing
a status name works too. The release and language travel in the core property `identifier`.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from press.markup import Run, from_runs, to_runs
from press.model import Status
from press.review.common import Handoff, Item, Returned, ReturnedFile, refuse, status_from_name

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W = f"{{{W_NS}}}"
TAG = "press"
CHOICES = (Status.TRANSLATED, Status.REVIEWED, Status.APPROVED)
HEADERS = ("Source ({src})", "Translation ({lang})", "Status", "Comment")
INSTRUCTIONS = (
    "Edit the Translation column (a machine draft is already there: correct it), set the Status "
    "(translated, reviewed or approved) and write any remark in the Comment column. Keep bold, "
    "italic and links where the source has them. The Source column is locked. Do not add, remove "
    "or reorder rows; send the file back as .docx."
)
FONT_PT = 10
NOTE_PT = 9


def write(handoff: Handoff) -> bytes:
    """The review document for *handoff* as DOCX bytes."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)  # A4, not python-docx's US Letter
    section.left_margin = section.right_margin = Cm(1.5)
    section.top_margin = section.bottom_margin = Cm(1.5)
    doc.styles["Normal"].font.size = Pt(FONT_PT)
    props = doc.core_properties
    props.identifier = f"{TAG}:{handoff.release_id}:{handoff.lang}:{handoff.revision}:{handoff.token}"
    props.title = f"Review: {handoff.release_id} ({handoff.source_lang} → {handoff.lang})"
    props.language = handoff.lang
    doc.add_heading(props.title, level=1)
    doc.add_paragraph(INSTRUCTIONS)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, HEADERS, strict=True):
        cell.text = label.format(src=handoff.source_lang, lang=handoff.lang)
        cell.paragraphs[0].runs[0].bold = True
    for item in handoff.items:
        _row(table.add_row().cells, item)
    widths = (Cm(10.6), Cm(10.6), Cm(2.6), Cm(2.9))
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # LibreOffice reads the grid, Word the cells: set both
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _row(cells: Any, item: Item) -> None:
    source, target, status, comment = cells
    _locked(source.paragraphs[0], f"{TAG}:{item.id}:{item.source_hash}:{item.revision}",
            _runs_xml(to_runs(item.source)), item.id)
    extra = [n.text for n in item.notes]
    if item.machine and item.target is None:
        origin = (f"translation memory, {item.match_quality:.0%} match" if item.match_quality is not None
                  else f"machine translation ({item.engine or 'engine'})")
        extra.insert(0, f"The translation column holds a draft from {origin}: check every word.")
    for text in extra:
        _locked(source.add_paragraph(), f"{TAG}-note", _runs_xml([Run(text)], note=True), "Note")
    _write_runs(target.paragraphs[0], to_runs(item.prefill or ""))
    _dropdown(status.paragraphs[0], item.status)
    comment.text = item.comment or ""


def _runs_xml(runs: list[Run], note: bool = False) -> str:
    """Word runs for a locked cell: bold and italic as such, a link underlined in blue."""
    from xml.sax.saxutils import escape

    xml = []
    for run in runs:
        props = "".join((
            "<w:b/>" if run.bold else "", "<w:i/>" if run.italic or note else "",
            '<w:color w:val="1F4E9A"/><w:u w:val="single"/>' if run.href else
            '<w:color w:val="555555"/>' if note else "",
            f'<w:sz w:val="{NOTE_PT * 2}"/>' if note else ""))
        xml.append(f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(run.text)}</w:t></w:r>')
    return "".join(xml)


def _write_runs(paragraph: Any, runs: list[Run]) -> None:
    """Editable runs: bold and italic are Word's own, a link a real hyperlink to its address."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for run in runs:
        if not run.text:
            continue
        added = paragraph.add_run(run.text)
        added.bold = run.bold or None
        added.italic = run.italic or None
        if run.href:
            link = OxmlElement("w:hyperlink")
            link.set(qn("r:id"), paragraph.part.relate_to(run.href, RELATIONSHIP_TYPE.HYPERLINK,
                                                          is_external=True))
            from docx.shared import RGBColor

            added.font.underline = True
            added.font.color.rgb = RGBColor(0x1F, 0x4E, 0x9A)
            paragraph._p.append(link)
            link.append(added._r)


def _locked(paragraph: Any, tag: str, runs_xml: str, alias: str) -> None:
    """Put the runs in a content control that can be neither edited nor deleted."""
    from docx.oxml import parse_xml

    paragraph._p.append(parse_xml(
        f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val={quoteattr(alias)}/>'
        f'<w:tag w:val={quoteattr(tag)}/><w:lock w:val="sdtContentLocked"/></w:sdtPr>'
        f"<w:sdtContent>{runs_xml}</w:sdtContent></w:sdt>"
    ))


def _dropdown(paragraph: Any, current: Status) -> None:
    from docx.oxml import parse_xml

    choices = [current] + [s for s in CHOICES if s is not current]
    items = "".join(f'<w:listItem w:displayText="{s.value}" w:value="{s.value}"/>' for s in choices)
    paragraph._p.append(parse_xml(
        f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="Status"/><w:tag w:val="{TAG}-status"/>'
        f"<w:dropDownList>{items}</w:dropDownList></w:sdtPr>"
        f"<w:sdtContent>{_runs_xml([Run(current.value)])}</w:sdtContent></w:sdt>"
    ))


def read(path: Path) -> ReturnedFile:
    """The rows of a returned review DOCX (call press.review.importer.check_docx_zip first)."""
    from docx import Document

    try:
        doc = Document(str(path))
    except Exception as exc:  # python-docx raises many kinds for a broken package
        raise refuse(path, 0, f"not a readable DOCX: {exc}") from None
    ident = (doc.core_properties.identifier or "").split(":")
    if len(ident) not in (3, 5) or ident[0] != TAG:
        raise refuse(path, 0, "no press review identifier in the document properties; "
                              "was this file made by `press review export --format docx`?")
    revision, token = ident[3:5] if len(ident) == 5 else ("", "")
    units = [unit for table in doc.tables for tr in table._tbl.tr_lst
             if (unit := _returned(tr, path, doc.part)) is not None]
    langs = {"identifier": ident[2], "language property": doc.core_properties.language or ""}
    return ReturnedFile(path, "docx", ident[1], ident[2], units, langs, {"identifier": ident[1]},
                        revision, token)


def _returned(tr: Any, path: Path, part: Any) -> Returned | None:
    cells = tr.findall(_W + "tc")
    tags = [sdt for sdt in tr.iter(_W + "sdt") if (_tag(sdt) or "").startswith(TAG + ":")]
    if not tags:
        return None
    row = _row_number(tr)
    if len(tags) != 1 or len(cells) != 4:
        raise refuse(path, 0, f"table row {row}: expected 4 cells and one locked source; "
                              "were rows or columns merged or split?")
    parts = (_tag(tags[0]) or "").split(":")
    if len(parts) not in (3, 4) or not parts[1] or not parts[2]:
        raise refuse(path, 0, f"table row {row}: the locked source has a damaged press tag")
    sid, digest, revision = parts[1], parts[2], parts[3] if len(parts) == 4 else ""
    target = _cell_markup(cells[1], part)
    status_text = _cell_text(cells[2])
    status = status_from_name(status_text) if status_text else None
    if status_text and status is None:
        raise refuse(path, 0, f"table row {row} ({sid}): unknown status {status_text!r}; "
                              f"expected one of {', '.join(s.value for s in CHOICES)}")
    if target and status in (None, Status.UNTRANSLATED):
        status = Status.TRANSLATED
    return Returned(id=sid, source=_text(tags[0]), source_hash=digest, target=target or None,
                    status=status if target else None, comment=_cell_text(cells[3]) or None, line=row,
                    revision=revision)


def _tag(sdt: Any) -> str | None:
    tag = sdt.find(f"{_W}sdtPr/{_W}tag")
    return tag.get(_W + "val") if tag is not None else None


def _text(element: Any) -> str:
    """Visible text: w:t runs (tracked insertions included, tracked deletions left out)."""
    parts = []
    for node in element.iter(_W + "t", _W + "tab", _W + "br"):
        parts.append(node.text or "" if node.tag == _W + "t" else " ")
    return "".join(parts)


def _cell_text(tc: Any) -> str:
    return " ".join(t for p in tc.iter(_W + "p") if (t := _text(p).strip())).strip()


def _cell_markup(tc: Any, part: Any) -> str:
    """The cell's text as Markdown: Word's bold, italic and hyperlinks become the segment markup."""
    paragraphs = []
    for p in tc.iter(_W + "p"):
        runs: list[Run] = []
        for node in p:
            if node.tag == _W + "r":
                runs.extend(_styled(node, None))
            elif node.tag == _W + "hyperlink":
                href = _address(part, node.get(f"{{{R_NS}}}id", ""))
                for r in node.iter(_W + "r"):
                    runs.extend(_styled(r, href))
            elif node.tag in (_W + "ins", _W + "smartTag"):  # tracked insertions and tags: their runs
                for r in node.iter(_W + "r"):
                    runs.extend(_styled(r, None))
        text = from_runs(runs).strip()
        if text:
            paragraphs.append(text)
    return " ".join(paragraphs)


def _styled(r: Any, href: str | None) -> list[Run]:
    props = r.find(_W + "rPr")

    def on(name: str) -> bool:
        flag = props.find(_W + name) if props is not None else None
        return flag is not None and flag.get(_W + "val", "true") not in ("0", "false", "off")

    text = _text(r)
    return [Run(text, on("b"), on("i"), href)] if text else []


def _address(part: Any, rel_id: str) -> str | None:
    """A hyperlink's address, from the document's relationships."""
    rel = part.rels.get(rel_id)
    return rel.target_ref if rel is not None and rel.is_external else None


def _row_number(tr: Any) -> int:
    """The row's number as Word and LibreOffice show it (the header row is 1), for messages."""
    return 1 + sum(1 for _ in tr.itersiblings(_W + "tr", preceding=True))
