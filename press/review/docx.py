"""The bilingual review DOCX: a table source | target | status | comment, one row per segment.

A reviewer edits it in Word or LibreOffice and sends it back. The source cell is a locked
content control (w:sdt with w:lock sdtContentLocked) whose tag `press:<segment>:<hash>` is
how import matches the row — hidden from the reader, kept by Word, LibreOffice and
python-docx. The status cell is a drop-down content control; typing a status name works too.
The release and language travel in the core property `identifier` (press:<release>:<lang>).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from press.model import Status
from press.review.common import Handoff, Item, Returned, ReturnedFile, refuse, status_from_name

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W_NS}}}"
TAG = "press"
CHOICES = (Status.TRANSLATED, Status.REVIEWED, Status.APPROVED)
HEADERS = ("Source ({src})", "Translation ({lang})", "Status", "Comment")
INSTRUCTIONS = (
    "Edit the Translation column, set the Status (translated, reviewed or approved) and write any "
    "remark in the Comment column. The Source column is locked. Do not add, remove or reorder rows; "
    "send the file back as .docx."
)


def write(handoff: Handoff) -> bytes:
    """The review document for *handoff* as DOCX bytes."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(1.5)
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
    widths = (Cm(10), Cm(10), Cm(2.6), Cm(3.8))
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
    _locked(source.paragraphs[0], f"{TAG}:{item.id}:{item.source_hash}", item.source, item.id)
    extra = [n.text for n in item.notes]
    if item.machine:
        extra.insert(0, f"Machine suggestion ({item.engine or 'engine'}): {item.machine}")
    for text in extra:
        _locked(source.add_paragraph(), f"{TAG}-note", text, "Note", small=True)
    target.text = item.target or ""
    _dropdown(status.paragraphs[0], item.status)
    comment.text = item.comment or ""


def _run_xml(text: str, small: bool) -> str:
    from xml.sax.saxutils import escape

    props = '<w:rPr><w:i/><w:color w:val="666666"/><w:sz w:val="16"/></w:rPr>' if small else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _locked(paragraph: Any, tag: str, text: str, alias: str, small: bool = False) -> None:
    """Put *text* in a content control that can be neither edited nor deleted."""
    from docx.oxml import parse_xml

    paragraph._p.append(parse_xml(
        f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val={quoteattr(alias)}/>'
        f'<w:tag w:val={quoteattr(tag)}/><w:lock w:val="sdtContentLocked"/></w:sdtPr>'
        f"<w:sdtContent>{_run_xml(text, small)}</w:sdtContent></w:sdt>"
    ))


def _dropdown(paragraph: Any, current: Status) -> None:
    from docx.oxml import parse_xml

    choices = [current] + [s for s in CHOICES if s is not current]
    items = "".join(f'<w:listItem w:displayText="{s.value}" w:value="{s.value}"/>' for s in choices)
    paragraph._p.append(parse_xml(
        f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="Status"/><w:tag w:val="{TAG}-status"/>'
        f"<w:dropDownList>{items}</w:dropDownList></w:sdtPr>"
        f"<w:sdtContent>{_run_xml(current.value, False)}</w:sdtContent></w:sdt>"
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
             if (unit := _returned(tr, path)) is not None]
    langs = {"identifier": ident[2], "language property": doc.core_properties.language or ""}
    return ReturnedFile(path, "docx", ident[1], ident[2], units, langs, {"identifier": ident[1]},
                        revision, token)


def _returned(tr: Any, path: Path) -> Returned | None:
    cells = tr.findall(_W + "tc")
    tags = [sdt for sdt in tr.iter(_W + "sdt") if (_tag(sdt) or "").startswith(TAG + ":")]
    if not tags:
        return None
    row = _row_number(tr)
    if len(tags) != 1 or len(cells) != 4:
        raise refuse(path, 0, f"table row {row}: expected 4 cells and one locked source; "
                              "were rows or columns merged or split?")
    parts = (_tag(tags[0]) or "").split(":", 2)
    if len(parts) != 3 or not parts[1] or not parts[2]:
        raise refuse(path, 0, f"table row {row}: the locked source has a damaged press tag")
    sid, digest = parts[1], parts[2]
    target = _cell_text(cells[1])
    status_text = _cell_text(cells[2])
    status = status_from_name(status_text) if status_text else None
    if status_text and status is None:
        raise refuse(path, 0, f"table row {row} ({sid}): unknown status {status_text!r}; "
                              f"expected one of {', '.join(s.value for s in CHOICES)}")
    if target and status in (None, Status.UNTRANSLATED, Status.MACHINE):
        status = Status.TRANSLATED
    return Returned(id=sid, source=_text(tags[0]), source_hash=digest, target=target or None,
                    status=status if target else None, comment=_cell_text(cells[3]) or None, line=row)


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


def _row_number(tr: Any) -> int:
    table = tr.getparent()
    return table.index(tr) if table is not None else 0
