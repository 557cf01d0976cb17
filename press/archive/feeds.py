"""An Atom feed per language (RFC 4287), written with lxml so that any text is escaped.

Links are relative to the feed (`../releases/<id>/kk.html`); with a base URL the feed gets
an xml:base, so readers resolve them to absolute addresses. Ids are tag URIs made from the
brand's web host and the release id: stable, never random.
"""

from __future__ import annotations

from urllib.parse import urlparse

from press.archive import RELEASES_DIR
from press.archive.collect import Record, moment, newest_first
from press.brand import Brand
from press.i18n import Gettext

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
FEED_SIZE = 50
"""The newest releases a feed lists; the indexes list them all."""


def tag_authority(brand: Brand) -> str:
    host = urlparse(brand.web.get("en") or next(iter(brand.web.values()), "")).hostname
    return host or "press.invalid"


def render_feed(records: list[Record], lang: str, brand: Brand, ui: Gettext, base_url: str = "") -> bytes:
    """The Atom feed of *lang*: the newest releases available in that language."""
    from lxml import etree

    listed = [r for r in newest_first(records) if lang in r.langs][:FEED_SIZE]
    authority = tag_authority(brand)
    feed = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM})
    feed.set(XML_LANG, lang)
    if base_url:
        feed.set(XML_BASE, f"{base_url.rstrip('/')}/{lang}/")
    _text(feed, "id", f"tag:{authority},1991:press/{lang}")
    _text(feed, "title", f"{brand.name.get(lang, '')}: {ui.gettext('Press releases')}")
    _text(feed, "updated", max((r.modified for r in listed), default=moment_of_nothing()))
    _link(feed, "self", "feed.atom", "application/atom+xml")
    _link(feed, "alternate", "index.html", "text/html", lang)
    author = etree.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", brand.signature.get(lang, "") or brand.name.get(lang, ""))
    _text(feed, "generator", "press")
    for record in listed:
        _entry(feed, record, lang, authority)
    return etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True)


def moment_of_nothing() -> str:
    """The updated time of an empty feed: a fixed moment, so that it stays reproducible."""
    import datetime as dt

    return moment(dt.date(2000, 1, 1))


def _entry(feed: object, record: Record, lang: str, authority: str) -> None:
    from lxml import etree

    entry = etree.SubElement(feed, f"{{{ATOM}}}entry")
    base = f"../{RELEASES_DIR}/{record.id}/{lang}"
    _text(entry, "id", f"tag:{authority},{record.date}:{record.id}/{lang}")
    _text(entry, "title", record.titles[lang])
    _link(entry, "alternate", f"{base}.html", "text/html", lang)
    pdf = f"{RELEASES_DIR}/{record.id}/{lang}.pdf"
    enclosure = _link(entry, "enclosure", f"{base}.pdf", "application/pdf", lang)
    if pdf in record.sizes:
        enclosure.set("length", str(record.sizes[pdf]))
    _text(entry, "published", moment(record.day))
    _text(entry, "updated", record.modified)
    _text(entry, "summary", record.summaries.get(lang, ""))
    for tag in record.tags:
        etree.SubElement(entry, f"{{{ATOM}}}category", term=tag)


def _text(parent: object, name: str, text: str) -> object:
    from lxml import etree

    element = etree.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = text
    return element


def _link(parent: object, rel: str, href: str, mime: str, lang: str | None = None) -> object:
    from lxml import etree

    link = etree.SubElement(parent, f"{{{ATOM}}}link", rel=rel, href=href, type=mime)
    if lang:
        link.set("hreflang", lang)
    return link
