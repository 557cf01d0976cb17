"""sitemap.xml with an xhtml:link alternate for every language of every page.

Search engines want absolute addresses: with --base-url they are absolute; without one the
addresses are relative to the site root (the file is still well-formed and complete).
"""

from __future__ import annotations

from press.archive import RELEASES_DIR
from press.archive.collect import Record, newest_first

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


def render_sitemap(records: list[Record], langs: list[str], base_url: str = "") -> bytes:
    """Index pages first, then every release page, each with its language alternates."""
    from lxml import etree

    base = f"{base_url.rstrip('/')}/" if base_url else ""
    urlset = etree.Element(f"{{{SITEMAP}}}urlset", nsmap={None: SITEMAP, "xhtml": XHTML})
    newest = max((r.modified for r in records), default="")
    for page in ("index", "tags"):
        pages = {lang: f"{base}{lang}/{page}.html" for lang in langs}
        _url(urlset, pages, newest[:10], langs[0])
    for record in newest_first(records):
        pages = {lang: f"{base}{RELEASES_DIR}/{record.id}/{lang}.html"
                 for lang in langs if lang in record.langs}
        _url(urlset, pages, record.modified[:10], record.source_lang)
    return etree.tostring(urlset, xml_declaration=True, encoding="utf-8", pretty_print=True)


def _url(urlset: object, pages: dict[str, str], lastmod: str, default_lang: str) -> None:
    """One <url> per language version, each listing all versions (itself included)."""
    from lxml import etree

    for loc in pages.values():
        url = etree.SubElement(urlset, f"{{{SITEMAP}}}url")
        etree.SubElement(url, f"{{{SITEMAP}}}loc").text = loc
        if lastmod:
            etree.SubElement(url, f"{{{SITEMAP}}}lastmod").text = lastmod
        for other, href in pages.items():
            etree.SubElement(url, f"{{{XHTML}}}link", rel="alternate", hreflang=other, href=href)
        if default_lang in pages:
            etree.SubElement(url, f"{{{XHTML}}}link", rel="alternate", hreflang="x-default",
                             href=pages[default_lang])
