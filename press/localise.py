"""One localised view of a release: everything a renderer needs for one language.

Renderers never look at the raw release: they receive a `LocalisedRelease` in which every
date, number, name and interface string is already in the target language, so HTML, PDF
and DOCX cannot disagree. The view does not hold the release at all: what a renderer may use
(tags, contacts, the folder its assets are in) is copied onto it here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from press.brand import Brand
from press.i18n import Gettext, _, translations
from press.lang import LANG_NAMES, format_date, format_dateline, in_order
from press.lang.collation import sort_key
from press.lang.dates import embargo_parts
from press.lang.kazakh import Case
from press.lang.russian import house_spelling
from press.markup import Run, to_html, to_plain, to_runs
from press.model import Release


@dataclass(frozen=True)
class Paragraph:
    id: str
    kind: str
    html: str
    text: str
    runs: tuple[Run, ...]


LIST_KINDS = {"li": "ul", "ol": "ol"}
"""Segment kind of a list item → the list it belongs to (bulleted, numbered)."""


@dataclass(frozen=True)
class Block:
    """Paragraphs shown together: a run of list items is one list, a run of quote paragraphs
    one quotation; any other paragraph stands alone. *kind* is p, h2, quote, ul or ol."""

    kind: str
    paragraphs: tuple[Paragraph, ...]


def blocks(paragraphs: list[Paragraph]) -> list[Block]:
    """*paragraphs* grouped as HTML and Word show them (consecutive items make one list)."""
    grouped: list[Block] = []
    for paragraph in paragraphs:
        kind = LIST_KINDS.get(paragraph.kind, paragraph.kind)
        if grouped and kind in ("ul", "ol", "quote") and grouped[-1].kind == kind:
            grouped[-1] = Block(kind, (*grouped[-1].paragraphs, paragraph))
        else:
            grouped.append(Block(kind, (paragraph,)))
    return grouped


@dataclass(frozen=True)
class Figure:
    """The lead photo in one language: the file, its size, alt text, caption and credit."""

    src: str
    """Its path relative to the release folder, which is also where it sits beside the page."""
    path: Path
    width: int
    height: int
    alt: str
    caption: str
    credit: str


@dataclass(frozen=True)
class Alternate:
    lang: str
    name: str
    href: str


@dataclass(frozen=True)
class ContactLine:
    """A press contact, the name in the view's language."""

    name: str
    email: str
    phone: str


@dataclass
class LocalisedRelease:
    """A release in one language, ready to render."""

    lang: str
    id: str
    date: dt.date
    source_lang: str
    folder: Path
    """The release's folder: the only place (besides the templates) its assets may come from."""
    brand: Brand
    ui: Gettext
    title: str
    subtitle: str
    dateline: str
    date_text: str
    paragraphs: list[Paragraph]
    alternates: list[Alternate]
    draft: bool = False
    forced: bool = False
    embargo: str = ""
    """The whole embargo sentence in this language ("Embargoed until 10:00 Astana time, …")."""
    keywords: list[str] = field(default_factory=list)
    """The release's tags as this language shows them, in its alphabetical order."""
    corrections: list[tuple[str, str]] = field(default_factory=list)
    modified: dt.date | None = None
    """The day of the latest correction, if any."""
    tags: tuple[str, ...] = ()
    contacts: tuple[ContactLine, ...] = ()
    photo: Figure | None = None

    def _(self, message: str) -> str:
        return self.ui.gettext(message)

    def message(self, message: str, **values: str) -> str:
        """A translated sentence with its placeholders filled (see `press.i18n.format_message`)."""
        return format_message(self._(message), self.lang, values)

    @property
    def blocks(self) -> list[Block]:
        """The body as lists, quotations, headings and paragraphs, in order."""
        return blocks(self.paragraphs)

    @property
    def page_label(self) -> list[tuple[str, str]]:
        """"Page %(page)s / %(pages)s" in pieces, for renderers that number pages themselves."""
        return message_parts(self._(PAGE_LABEL))

    @cached_property
    def b(self) -> dict[str, str]:
        """The brand's text in this language (name, signature, place, web, address)."""
        brand = self.brand
        return {
            "name": brand.name.get(self.lang, ""),
            "short_name": brand.short_name.get(self.lang, ""),
            "signature": brand.signature.get(self.lang, ""),
            "place": brand.place.get(self.lang, ""),
            "web": brand.web.get(self.lang, ""),
            "address": brand.address.get(self.lang, ""),
            "email": brand.email or "",
            "phone": brand.phone or "",
            "forced_mark": brand.forced_mark.get(self.lang) or self._(FORCED_MARK),
        }


PAGE_LABEL = _("Page %(page)s / %(pages)s")
FORCED_MARK = _("Published despite unresolved checker errors")
"""The --force mark of a brand that chooses none (brand.yaml forced_mark)."""
EMBARGO_LABEL = _("Embargoed until %(time)s Astana time, %(date)s")
"""Whole sentences, so each language orders the parts (kk: "… сағат %(time)s дейін")."""


def localise(release: Release, lang: str, brand: Brand, locales_dir: Path,
             draft: bool = False, forced: bool = False, ext: str = "html",
             embargoed: bool = False) -> LocalisedRelease:
    """The *lang* view of *release*: formatted dates, the place in its form, body markup.

    *embargoed*: the embargo has not passed, so the view carries its sentence (in the brand's
    time zone); once it has passed, the published pages no longer say it."""
    version = release.versions[lang]
    place = release.entities[release.meta.dateline].form(lang)
    ui = translations(locales_dir, lang)
    spell = _house_style(brand, lang)
    paragraphs = [
        Paragraph(seg.id, release.source.segments[seg.id].kind, to_html(spell(seg.text)),
                  to_plain(spell(seg.text)), tuple(to_runs(spell(seg.text))))
        for seg in version.body
        if seg.id in release.source.segments
    ]
    meta = release.meta
    embargo = meta.embargo
    labels = tag_labels(locales_dir).get(lang, {})
    keywords = sorted((spell(labels.get(tag, tag)) for tag in meta.tags), key=sort_key(lang))
    return LocalisedRelease(
        lang=lang, id=meta.id, date=meta.date, source_lang=meta.source_lang, folder=release.folder,
        brand=brand, ui=ui,
        title=to_plain(spell(version.text("title"))), subtitle=to_plain(spell(version.text("subtitle"))),
        dateline=format_dateline(place, release.meta.date, lang),
        date_text=format_date(release.meta.date, lang),
        paragraphs=paragraphs,
        alternates=[Alternate(other, LANG_NAMES[other], f"{other}.{ext}")
                    for other in in_order(release.meta.langs)],
        draft=draft, forced=forced,
        embargo=(format_message(ui.gettext(EMBARGO_LABEL), lang,
                                embargo_parts(embargo, lang, brand.timezone))
                 if embargo and embargoed else ""),
        keywords=keywords,
        # "Corrected on …": Kazakh puts the date in the locative (… 11 желтоқсанда түзетілді).
        corrections=[(format_date(c.date, lang, Case.LOCATIVE), c.note.get(lang, ""))
                     for c in meta.corrections],
        modified=meta.corrections[-1].date if meta.corrections else None,
        tags=tuple(meta.tags),
        photo=_figure(release, lang, spell),
        contacts=tuple(ContactLine(c.name.get(lang) or c.name.get("en", ""), c.email or "", c.phone or "")
                       for c in meta.contacts),
    )


def _figure(release: Release, lang: str, spell: Callable[[str], str]) -> Figure | None:
    """The lead photo's view in *lang* (the credit falls back to the source language's)."""
    photo = release.meta.photo
    if photo is None:
        return None
    source = release.meta.source_lang
    return Figure(src=photo.file, path=release.folder / photo.file, width=photo.width, height=photo.height,
                  alt=spell(photo.alt.get(lang, "")), caption=spell(photo.caption.get(lang, "")),
                  credit=spell(photo.credit.get(lang) or photo.credit.get(source, "")))


def _house_style(brand: Brand, lang: str) -> Callable[[str], str]:
    """The brand's spelling rules for *lang*: gov.kz writes Russian with е for ё."""
    if lang == "ru" and not brand.russian_yo:
        return lambda text: house_spelling(text, yo=False)
    return lambda text: text


@cache
def tag_labels(locales_dir: Path) -> dict[str, dict[str, str]]:
    """lang → tag → label, from tags.yaml beside the catalogs (a tag without one shows as written)."""
    from press.project import load_tag_labels

    path = locales_dir / "tags.yaml"
    return load_tag_labels(path) if path.exists() else {}

PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def format_message(text: str, lang: str, values: dict[str, str]) -> str:
    """A translated message with its %(name)s placeholders filled.

    Whole sentences are translated with their dates inside, so each language chooses the word
    order; the grammar follows the order: in Kazakh a value followed by a postposition takes the
    case it governs ("%(date)s дейін" → "10 желтоқсанға дейін").
    """
    from press.lang.kazakh import governed

    def fill(match: re.Match[str]) -> str:
        value = values[match.group(1)]
        following = text[match.end():].split(maxsplit=1)
        if lang == "kk" and following:
            return governed(value, following[0].strip(",.;:()"))
        return value

    return PLACEHOLDER.sub(fill, text)


def message_parts(text: str) -> list[tuple[str, str]]:
    """A message as ("text", literal) and ("field", name) pieces, for places that fill a
    placeholder themselves (CSS page counters, Word PAGE fields): "%(page)s-бет / %(pages)s"."""
    parts: list[tuple[str, str]] = []
    at = 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > at:
            parts.append(("text", text[at:match.start()]))
        parts.append(("field", match.group(1)))
        at = match.end()
    if at < len(text):
        parts.append(("text", text[at:]))
    return parts
