"""The preview page: rows of segments, a cell per language, findings marked on the text.

Findings are marked inside the sanitised segment HTML (lxml, text nodes only), so a mark
can never break the markup or let text through unescaped; a finding whose excerpt is not
in the text is still listed, against its row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from press.lang import ENGLISH_NAMES, LANG_NAMES, format_date
from press.markup import to_html
from press.model import Publication, Release, Status
from press.project import Project


@dataclass
class FindingView:
    number: int
    severity: str
    rule: str
    message: str
    excerpt: str
    langs: list[str]
    segment: str | None
    marked: list[str] = field(default_factory=list)
    """Languages in whose cell the excerpt was found and marked."""


@dataclass
class Cell:
    lang: str
    html: str
    badges: list[tuple[str, str]]
    findings: list[FindingView] = field(default_factory=list)


@dataclass
class Row:
    id: str
    kind: str
    cells: list[Cell]
    findings: list[FindingView] = field(default_factory=list)


@cache
def _environment(folder: str) -> Any:
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _template(project: Project, name: str) -> Any:
    return _environment(str(project.resource("templates/preview"))).get_template(name)


def render_release(project: Project, release: Release, findings: list[Any], state: str,
                   checked: bool) -> str:
    views = [FindingView(n, str(f.severity), str(f.rule), str(f.message), str(f.excerpt or ""),
                         list(f.langs), f.segment) for n, f in enumerate(findings, 1)]
    rows = _rows(release, views)
    langs = release.meta.langs
    errors = sum(v.severity == "error" for v in views)
    return _template(project, "release.html").render(
        release=release, rows=rows, langs=langs, names=LANG_NAMES, english=ENGLISH_NAMES,
        findings=views, loose=[v for v in views if v.segment not in release.source.segments],
        checked=checked, state=state, date=format_date(release.meta.date, "en"),
        publication=publication_states(
            Publication.of(release, [v.langs for v in views if v.severity == "error"]), langs),
        errors=errors,
        warnings=sum(v.severity != "error" for v in views),
        generated=dt.datetime.now().strftime("%H:%M:%S"),
    )


def publication_states(publication: Publication, langs: list[str],
                       now: dt.datetime | None = None) -> dict[str, str]:
    """What `press build` would make of each language now, in the words the page shows."""
    now = now or dt.datetime.now(dt.UTC)
    states = {}
    for lang in langs:
        if publication.held(lang):
            states[lang] = f"held: {publication.errors(lang)} checker error(s)"
        elif publication.unfinished(lang):
            states[lang] = "draft: not all approved, or no title or body"
        elif publication.embargoed(now) and publication.embargo:
            states[lang] = f"approved, under embargo until {publication.embargo.isoformat(' ', 'minutes')}"
        else:
            states[lang] = "all segments approved"
    return states


def render_index(project: Project, ids: list[str]) -> str:
    return _template(project, "index.html").render(ids=ids)


def render_error(project: Project, release_id: str, message: str, state: str) -> str:
    return _template(project, "error.html").render(
        release_id=release_id, message=message, state=state)


def _rows(release: Release, views: list[FindingView]) -> list[Row]:
    rows = []
    for seg_id, source in release.source.segments.items():
        cells = [_cell(release, lang, seg_id) for lang in release.meta.langs]
        row = Row(seg_id, source.kind, cells, [v for v in views if v.segment == seg_id])
        for view in row.findings:
            for cell in cells:
                if cell.lang in view.langs:
                    cell.findings.append(view)
                    cell.html, marked = highlight(cell.html, view)
                    if marked:
                        view.marked.append(cell.lang)
        rows.append(row)
    return rows


def _cell(release: Release, lang: str, seg_id: str) -> Cell:
    segment = release.versions[lang].segments.get(seg_id) if lang in release.versions else None
    if lang == release.meta.source_lang:
        return Cell(lang, to_html(segment.text) if segment else "", [("source", "source")])
    if segment is None or segment.status is Status.UNTRANSLATED or not segment.text.strip():
        return Cell(lang, "", [("untranslated", "untranslated")])
    badges = [(str(segment.status), str(segment.status))]
    if release.is_stale(lang, seg_id):
        badges.append(("stale", "stale: source changed"))
    return Cell(lang, to_html(segment.text), badges)


def highlight(html: str, view: FindingView) -> tuple[str, bool]:
    """*html* with the first occurrence of the finding's excerpt wrapped in <mark>."""
    import lxml.html
    from lxml import etree

    excerpt = view.excerpt.strip()
    if not excerpt or not html:
        return html, False
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for element in list(root.iter()):
        for where in ("text", "tail"):
            text = getattr(element, where) or ""
            at = text.find(excerpt)
            if at < 0 or (where == "tail" and element is root):
                continue
            mark = etree.Element("mark", {"class": f"finding finding-{view.severity}",
                                          "id": f"mark-{view.number}-{len(view.marked)}"})
            mark.text = excerpt
            ref = etree.SubElement(root, "a", {"class": "finding-ref", "href": f"#finding-{view.number}",
                                               "aria-label": f"finding {view.number}"})
            ref.text = f"[{view.number}]"
            root.remove(ref)
            ref.tail = text[at + len(excerpt):]
            mark.tail = None
            setattr(element, where, text[:at])
            if where == "text":
                element.insert(0, mark)
                mark.addnext(ref)
            else:
                element.addnext(mark)
                mark.addnext(ref)
            inner = (root.text or "") + "".join(
                etree.tostring(child, encoding="unicode", method="html") for child in root)
            return inner, True
    return html, False
