"""DOCX through python-docx: real Word styles, the letterhead in the first-page header.

Everything is styled through named styles (Title, Subtitle, Heading 2, Normal and the
press styles Dateline, Signature, Contacts), never direct formatting, so a press officer
who restyles the document in Word changes it everywhere at once. Every style carries the
version's language (w:lang kk-KZ, ru-RU, en-GB) so that Word spell-checks Kazakh as
Kazakh. Release text arrives as plain text runs: no markup from a release reaches Word.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from press.lang import WORD_LANG
from press.localise import LocalisedRelease
from press.markup import Run
from press.render import RenderOptions
from press.zipfiles import write_entries, zip_time

BLOCK_STYLES = {"h2": "Heading 2", "quote": "Quote", "ul": "List Bullet", "ol": "List Number"}
"""Word's own styles for the body's blocks (localise.Block kinds); a paragraph is Normal."""
LIST_FORMATS = {"ul": (90, "bullet", "•"), "ol": (91, "decimal", "%1.")}
"""List kind → (abstract numbering id, w:numFmt, w:lvlText) of press's list definitions."""
PRESS_STYLES = ("Dateline", "Signature", "Contacts", "Contacts Heading", "Letterhead", "Draft Mark",
                "Embargo", "Correction")
FOOTER_DISTANCE_MM, BOTTOM_MARGIN_MM = 10, 32
"""The footer (three 8-point lines, about 13 mm) sits 10 mm from the page's edge, so the body
stops 32 mm up: clear of it by some 9 mm on every page, in Word and in LibreOffice."""


def render_docx(view: LocalisedRelease, options: RenderOptions) -> bytes:
    """The Word document of one language version, byte-identical for the same input.

    It needs nothing from *options*: python-docx embeds no fonts, and the letterhead's mark
    comes from the brand.
    """
    from docx import Document

    document = Document(io.BytesIO(_styled_template(StyleInputs.of(view))))
    _set_properties(document, view)
    _letterhead(document, view)
    _footer(document, view)
    _body(document, view)
    buffer = io.BytesIO()
    document.save(buffer)
    return _reproducible(buffer.getvalue(), view)


@dataclass(frozen=True)
class StyleInputs:
    """What the Word styles of a document depend on: the brand's fonts and colours, the language."""

    body_font: str
    heading_font: str
    primary: str
    muted: str
    lang: str

    @classmethod
    def of(cls, view: LocalisedRelease) -> StyleInputs:
        return cls(view.brand.docx_fonts.get("body", "Times New Roman"),
                   view.brand.docx_fonts.get("heading", "Arial"),
                   view.brand.colours["primary_text"].lstrip("#").upper(),
                   view.brand.colours.get("muted", "#5B6770").lstrip("#").upper(), view.lang)


def _styled_template(inputs: StyleInputs) -> bytes:
    """python-docx's default template with press's styles set up, kept per brand and language:
    setting up some forty styles through python-docx's name lookups is a third of a document's
    render time, and a process renders many documents of one brand (an archive, thousands)."""
    return _styles(inputs)[0]


def _styled(paragraph: Any, view: LocalisedRelease, name: str) -> Any:
    """*paragraph* in the style *name*, set by its id: what `paragraph.style = name` writes, without
    python-docx's lookup by name, which scans every style of the template for each paragraph
    (half of a document's render time)."""
    paragraph._p.style = _style_ids(StyleInputs.of(view))[name]
    return paragraph


def _style_ids(inputs: StyleInputs) -> dict[str, str | None]:
    """Each style press uses → its id in the styled template (None for the default paragraph
    style, as python-docx leaves it unnamed), looked up once by python-docx itself."""
    return _styles(inputs)[1]


@lru_cache(maxsize=32)
def _styles(inputs: StyleInputs) -> tuple[bytes, dict[str, str | None]]:
    """The styled template and its style ids, kept between runs in the user's cache folder
    (press.usercache), keyed by the inputs, the language's Word tag (press.lang's table),
    python-docx's version and this module's code.

    Deriving them costs some 0.05 s of CPU per language in every process that writes a Word
    file: a re-export after one change (three languages, one process) paid 0.16 s for them,
    more than for its three Word files."""
    import base64
    import binascii
    import hashlib
    import json
    from dataclasses import asdict

    import docx

    from press.usercache import cached

    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    key = json.dumps([asdict(inputs), WORD_LANG.get(inputs.lang), docx.__version__, code], sort_keys=True)
    kept = cached("docx-styles", key, lambda: _derive_styles(inputs))
    try:
        return base64.b64decode(kept["template"], validate=True), dict(kept["ids"])
    except (KeyError, TypeError, ValueError, binascii.Error):  # a damaged entry: derived here
        derived = _derive_styles(inputs)
        return base64.b64decode(derived["template"]), derived["ids"]


def _derive_styles(inputs: StyleInputs) -> dict[str, Any]:
    """The styled template (base64, for the JSON cache) and the id of each style press uses."""
    import base64

    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE

    document = Document()
    _set_up_styles(document, inputs)
    buffer = io.BytesIO()
    document.save(buffer)
    part = Document(io.BytesIO(buffer.getvalue())).part
    names = {"Normal", "Title", "Subtitle", "Caption", *PRESS_STYLES, *BLOCK_STYLES.values()}
    ids = {name: part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH) for name in sorted(names)}
    ids["Hyperlink"] = part.get_style_id("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    return {"template": base64.b64encode(buffer.getvalue()).decode("ascii"), "ids": ids}


def _set_up_styles(document: Any, inputs: StyleInputs) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    body_font, heading_font = inputs.body_font, inputs.heading_font
    primary, muted = RGBColor.from_string(inputs.primary), RGBColor.from_string(inputs.muted)
    styles = document.styles
    present = {style.name for style in styles}
    for name in PRESS_STYLES:
        if name not in present:
            styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH).base_style = styles["Normal"]
    link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb, link.font.underline = primary, True
    specs: dict[str, dict[str, Any]] = {
        "Normal": {"font": body_font, "size": 12},
        "Title": {"font": heading_font, "size": 20, "bold": True, "color": RGBColor(0x1A, 0x1A, 0x1A)},
        "Subtitle": {"font": heading_font, "size": 13, "color": muted},
        "Heading 2": {"font": heading_font, "size": 14, "bold": True, "color": primary},
        "Quote": {"font": body_font, "size": 12, "italic": True, "color": muted},
        "List Bullet": {"font": body_font, "size": 12},
        "List Number": {"font": body_font, "size": 12},
        "Dateline": {"font": heading_font, "size": 11, "bold": True, "color": muted},
        "Signature": {"font": heading_font, "size": 11},
        "Contacts": {"font": heading_font, "size": 9, "color": muted},
        "Contacts Heading": {"font": heading_font, "size": 9, "bold": True, "color": muted},
        "Letterhead": {"font": heading_font, "size": 12, "bold": True, "color": primary},
        "Draft Mark": {"font": heading_font, "size": 14, "bold": True, "color": RGBColor(0xC6, 0x28, 0x28)},
        "Embargo": {"font": heading_font, "size": 10, "bold": True, "color": RGBColor(0xB7, 0x1C, 0x1C)},
        "Correction": {"font": heading_font, "size": 10, "italic": True},
        "Caption": {"font": heading_font, "size": 9, "color": muted},
    }
    for name, spec in specs.items():
        style = styles[name]
        font = style.font
        font.name = spec["font"]
        font.size = Pt(spec["size"])
        font.bold = spec.get("bold")
        font.italic = spec.get("italic")
        if "color" in spec:
            font.color.rgb = spec["color"]
        _style_language(style, inputs.lang, spec["font"])
    _drop_borders(styles["Title"])  # Word's Title has a rule of its own; the letterhead has one
    styles["Normal"].paragraph_format.space_after = Pt(8)
    styles["Normal"].paragraph_format.line_spacing = 1.15
    styles["Title"].paragraph_format.space_after = Pt(6)
    styles["Signature"].paragraph_format.space_after = Pt(0)
    styles["Contacts"].paragraph_format.space_after = Pt(0)
    heading = styles["Contacts Heading"]
    heading.font.all_caps = True  # as the PDF's "CONTACTS", the letters stay as written
    heading.paragraph_format.space_before, heading.paragraph_format.space_after = Pt(14), Pt(3)
    heading.paragraph_format.keep_with_next = True
    for name in ("List Bullet", "List Number"):
        styles[name].paragraph_format.space_after = Pt(4)


def _drop_borders(style: Any) -> None:
    ppr = style.element.pPr
    if ppr is not None:
        for border in ppr.findall(_qn("w:pBdr")):
            ppr.remove(border)


def _style_language(style: Any, lang: str, font: str) -> None:
    """w:lang and every script's font on the style, so Word never falls back to another."""
    rpr = style.element.get_or_add_rPr()
    _set_lang(rpr, lang)
    fonts = rpr.find(_qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(_qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(_qn(attr), font)
    for theme_attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(_qn(theme_attr), None)


def _set_lang(rpr: Any, lang: str) -> None:
    element = rpr.find(_qn("w:lang"))
    if element is None:
        element = rpr.makeelement(_qn("w:lang"), {})
        rpr.append(element)
    element.set(_qn("w:val"), WORD_LANG[lang])
    element.set(_qn("w:bidi"), WORD_LANG[lang])


def _qn(name: str) -> str:
    from docx.oxml.ns import qn

    return qn(name)


def _set_properties(document: Any, view: LocalisedRelease) -> None:
    import datetime as dt

    props = document.core_properties
    props.title = view.title
    props.language = WORD_LANG[view.lang]
    props.author = view.b["signature"]
    props.last_modified_by = view.b["signature"]
    props.subject = view.b["name"]
    props.keywords = ", ".join(view.keywords)
    props.comments = "forced: published despite checker errors" if view.forced else ""
    moment = dt.datetime.combine(view.date, dt.time(9, 0))
    props.created = moment
    props.modified = moment
    props.revision = 1


def _letterhead(document: Any, view: LocalisedRelease) -> None:
    from docx.shared import Mm

    section = document.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.left_margin, section.right_margin = Mm(25), Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(BOTTOM_MARGIN_MM)
    section.footer_distance = Mm(FOOTER_DISTANCE_MM)
    section.different_first_page_header_footer = True
    _first_page_letterhead(document, section.first_page_header, view)
    running = section.header.paragraphs[0]
    _styled(running, view, "Contacts")
    running.text = f"{view.b['name']} · {view._('Press release')}"
    for header in (section.first_page_header, section.header):
        if view.embargo:  # every page: the first page's header and the running one
            _styled(header.add_paragraph(view.embargo), view, "Embargo")
        if view.forced:
            _styled(header.add_paragraph(view.b["forced_mark"]), view, "Embargo")
        if view.draft:
            mark = f"{view._('DRAFT')} — {view._('not for publication')}"
            _styled(header.add_paragraph(mark), view, "Draft Mark")


def _first_page_letterhead(document: Any, header: Any, view: LocalisedRelease) -> None:
    """The mark beside the ministry's name and "Press release", over a rule in the brand colour."""
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.shared import Mm

    table = header.add_table(1, 2, width=Mm(165))
    rule = header.paragraphs[0]
    rule._p.addprevious(table._tbl)  # the table first, the header's own paragraph below it
    mark_cell, name_cell = table.rows[0].cells
    table.autofit = False
    for column, width in zip(table.columns, (Mm(22), Mm(143)), strict=True):
        column.width = width  # LibreOffice reads the grid, Word the cells: set both
        for cell in column.cells:
            cell.width = width
    for cell in (mark_cell, name_cell):
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    if view.brand.mark_png:
        mark_cell.paragraphs[0].add_run().add_picture(str(view.brand.mark_png), width=Mm(17))
    _styled(name_cell.paragraphs[0], view, "Letterhead")
    name_cell.paragraphs[0].add_run(view.b["name"])
    _styled(name_cell.add_paragraph(view._("Press release")), view, "Contacts")
    _styled(rule, view, "Contacts")
    _bottom_border(rule, view.brand.colours.get("primary", "#00AFCA"))


def _bottom_border(paragraph: Any, colour: str) -> None:
    from docx.oxml import OxmlElement

    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "18"), ("w:space", "4"),
                       ("w:color", colour.lstrip("#").upper())):
        bottom.set(_qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _pt(value: float) -> Any:
    from docx.shared import Pt

    return Pt(value)


def _footer(document: Any, view: LocalisedRelease) -> None:
    section = document.sections[0]
    for footer in (section.first_page_footer, section.footer):
        office = footer.paragraphs[0]
        _styled(office, view, "Contacts")
        office.text = view.b["signature"]
        parts = [view.b["web"], view.b["email"], view.b["phone"]]
        _styled(footer.add_paragraph(" · ".join(part for part in parts if part)), view, "Contacts")
        page = _styled(footer.add_paragraph(), view, "Contacts")
        for kind, value in view.page_label:  # "Page %(page)s / %(pages)s", kk "%(page)s-бет / %(pages)s"
            if kind == "text":
                page.add_run(value)
            else:
                _field(page, "NUMPAGES" if value == "pages" else "PAGE")


def _field(paragraph: Any, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice update when they lay out."""
    from docx.oxml import OxmlElement

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, f" {instruction} "), ("separate", None),
                       (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(_qn("w:fldCharType"), kind)
        elif text.strip().isdigit():
            element = OxmlElement("w:t")
            element.text = text
        else:
            element = OxmlElement("w:instrText")
            element.set(_qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _body(document: Any, view: LocalisedRelease) -> None:
    _styled(document.add_paragraph(view.title), view, "Title")
    if view.subtitle:
        _styled(document.add_paragraph(view.subtitle), view, "Subtitle")
    _styled(document.add_paragraph(view.dateline), view, "Dateline")
    for date_text, note in view.corrections:
        correction = f"{view._('Corrected on %(date)s') % {'date': date_text}}: {note}"
        _styled(document.add_paragraph(correction), view, "Correction")
    if view.photo:
        _lead_photo(document, view)
    for block in view.blocks:
        num_id = _new_list(document, block.kind) if block.kind in LIST_FORMATS else None
        for paragraph in block.paragraphs:
            target = _styled(document.add_paragraph(), view, BLOCK_STYLES.get(block.kind, "Normal"))
            if num_id is not None:
                _number(target, num_id)
            _add_runs(target, paragraph.runs, view)
    _signature_and_contacts(document, view)


def _signature_and_contacts(document: Any, view: LocalisedRelease) -> None:
    """The signature (the office in bold, as in the PDF) and the contacts block under its
    heading: address, the release's contacts, the press office's e-mail and phone. Kept
    together, so no page holds only the last line of them."""
    office = _styled(document.add_paragraph(), view, "Signature")
    office.paragraph_format.space_before = _pt(18)
    office.add_run(view.b["signature"]).bold = True
    added = [office, _styled(document.add_paragraph(view.b["web"]), view, "Signature"),
             _styled(document.add_paragraph(view.b["place"]), view, "Signature"),
             _styled(document.add_paragraph(view._("Contacts")), view, "Contacts Heading"),
             _styled(document.add_paragraph(view.b["address"]), view, "Contacts")]
    for contact in view.contacts:
        parts = [contact.name, contact.email, contact.phone]
        added.append(_styled(document.add_paragraph(" · ".join(p for p in parts if p)), view, "Contacts"))
    if view.b["email"] or view.b["phone"]:
        reach = [f"{view._('Email')}: {view.b['email']}" if view.b["email"] else "",
                 f"{view._('Phone')}: {view.b['phone']}" if view.b["phone"] else ""]
        added.append(_styled(document.add_paragraph(" · ".join(p for p in reach if p)), view, "Contacts"))
    for paragraph in added[:-1]:
        paragraph.paragraph_format.keep_with_next = True


def _lead_photo(document: Any, view: LocalisedRelease) -> None:
    """The lead photo at text width (never enlarged), its alt text on the picture (Word's
    "Alt Text", read by screen readers) and the caption with the credit below it."""
    from docx.shared import Mm

    photo = view.photo
    assert photo is not None
    natural = Mm(photo.width * 25.4 / 96)  # a pixel at 96 dpi, as Word places an image
    document.add_picture(str(photo.path), width=min(Mm(160), natural))
    inline = document.paragraphs[-1]._p.xpath(".//wp:docPr")
    for properties in inline:
        properties.set("descr", photo.alt)
        properties.set("title", photo.alt)
    caption = " ".join(part for part in (photo.caption, photo.credit) if part)
    if caption:
        _styled(document.add_paragraph(caption), view, "Caption")


def _add_runs(target: Any, runs: tuple[Run, ...], view: LocalisedRelease) -> None:
    """The segment's styled runs; a link is a real Word hyperlink to its (already safe) URL."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    for run in runs:
        parent = target._p
        if run.href:
            relationship = target.part.relate_to(run.href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            parent = _element("w:hyperlink", {"r:id": relationship})
            target._p.append(parent)
        added = target.add_run(run.text)
        added.bold = run.bold or None
        added.italic = run.italic or None
        if run.href:
            added._r.style = _style_ids(StyleInputs.of(view))["Hyperlink"]
            parent.append(added._r)
        _set_lang(added._r.get_or_add_rPr(), view.lang)


def _element(name: str, attributes: dict[str, str]) -> Any:
    from docx.oxml import OxmlElement

    element = OxmlElement(name)
    for key, value in attributes.items():
        element.set(_qn(key), value)
    return element


def _new_list(document: Any, kind: str) -> int:
    """A new w:num for one list, so that every numbered list starts again at 1.

    The list formats are press's own abstract numbering definitions (added once per
    document), not whatever the template's List Bullet and List Number happen to point at.
    """
    numbering = document.part.numbering_part.element
    abstract_id = LIST_FORMATS[kind][0]
    if not numbering.xpath(f"w:abstractNum[@w:abstractNumId='{abstract_id}']"):
        _add_abstract_num(numbering, abstract_id, *LIST_FORMATS[kind][1:])
    num_id = max((int(n) for n in numbering.xpath("w:num/@w:numId")), default=0) + 1
    num = _element("w:num", {"w:numId": str(num_id)})
    num.append(_element("w:abstractNumId", {"w:val": str(abstract_id)}))
    override = _element("w:lvlOverride", {"w:ilvl": "0"})
    override.append(_element("w:startOverride", {"w:val": "1"}))
    num.append(override)
    numbering.append(num)
    return num_id


def _add_abstract_num(numbering: Any, abstract_id: int, fmt: str, text: str) -> None:
    """One single-level list definition: a bullet or 1. 2. 3., hanging 6 mm from the margin."""
    abstract = _element("w:abstractNum", {"w:abstractNumId": str(abstract_id)})
    abstract.append(_element("w:multiLevelType", {"w:val": "singleLevel"}))
    level = _element("w:lvl", {"w:ilvl": "0"})
    for name, attributes in (("w:start", {"w:val": "1"}), ("w:numFmt", {"w:val": fmt}),
                             ("w:lvlText", {"w:val": text}), ("w:lvlJc", {"w:val": "left"})):
        level.append(_element(name, attributes))
    ppr = _element("w:pPr", {})
    ppr.append(_element("w:ind", {"w:left": "360", "w:hanging": "360"}))
    level.append(ppr)
    abstract.append(level)
    first_num = numbering.find(_qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # the schema wants every abstractNum before any num
    else:
        numbering.append(abstract)


def _number(paragraph: Any, num_id: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def _reproducible(data: bytes, view: LocalisedRelease) -> bytes:
    """Rewrite the zip with fixed timestamps and order, so equal sources give equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    write_entries(out, ((info.filename, source.read(info.filename)) for info in source.infolist()),
                  zip_time(view.date))
    return out.getvalue()
