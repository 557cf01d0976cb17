"""The page model shared by the HTML and PDF renderers: the Jinja2 template and its context."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from press.lang import OG_LOCALES
from press.localise import LocalisedRelease
from press.render import RenderOptions

_CSS_SPECIAL = re.compile(r"[^\w ,.;:!?()/@+\-–—«»]", re.UNICODE)


def _css_string(value: str) -> Any:
    """Text made safe inside a CSS string literal (generated content of @page boxes).

    Every character that could end the string, the rule or the <style> element (quote,
    backslash, newline, <, >, &) is written as a CSS escape (\\26 for &), and the result is
    marked safe: HTML escaping would print `&amp;` in the PDF footer (a <style> is raw text).
    """
    from markupsafe import Markup

    return Markup(_CSS_SPECIAL.sub(lambda m: f"\\{ord(m.group()):X} ", re.sub(r"\s+", " ", value)))


@cache
def environment(templates_dir: Path) -> Any:
    """One Jinja2 environment per templates folder: templates are parsed once per process."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir / "html"),
        autoescape=jinja2.select_autoescape(["html", "j2"], default=True),
        trim_blocks=False, lstrip_blocks=False, undefined=jinja2.StrictUndefined,
    )
    env.filters["cssstr"] = _css_string
    return env


def prepare_pages(templates_dir: Path, locales_dir: Path, langs: tuple[str, ...]) -> None:
    """Load what every page's first render loads (Jinja2 and the page template compiled, the
    Markdown parser and sanitiser, each language's catalog, Babel's dates and ICU's collation),
    none of it a release's: in a process about to fork one that renders pages too, once for
    both instead of once in each."""
    import datetime as dt

    from press.i18n import translations
    from press.lang import format_date
    from press.lang.collation import sort_key
    from press.markup import to_html

    environment(templates_dir).get_template("release.html.j2")
    to_html("*page*")
    for lang in langs:
        translations(locales_dir, lang)
        format_date(dt.date(2025, 1, 1), lang)
        sort_key(lang)


def stylesheet(path: Path) -> str:
    """A stylesheet's text, read once per process for as long as the file is unchanged."""
    return _read_cached(path, path.stat().st_mtime_ns)


@cache
def _read_cached(path: Path, mtime_ns: int) -> str:
    return path.read_text(encoding="utf-8")


def summary(text: str, limit: int = 200) -> str:
    """*text* cut to at most *limit* characters at a word boundary, ending in "…" when cut
    (a description that stops mid-word, «…ғарыш станц», reads as a typo)."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    cut = cut[:space] if space > limit // 2 else cut[:-1]
    return cut.rstrip(" ,;:—–-(«\"") + "…"


def page_counter_css(view: LocalisedRelease) -> str:
    """The CSS content of the page-number box from the catalog's whole sentence:
    "Page %(page)s / %(pages)s" → "Page " counter(page) " / " counter(pages); kk "1-бет / 2"."""
    return " ".join(f'"{_css_string(value)}"' if kind == "text" else f"counter({value})"
                    for kind, value in view.page_label)


def json_ld(view: LocalisedRelease) -> str:
    """schema.org NewsArticle; every `<` is escaped (\\u003c), so release text can neither close
    the script nor open an HTML comment (`<!--<script>`) that swallows the rest of the page."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": view.title,
        "inLanguage": view.lang,
        "datePublished": view.date.isoformat(),
        "dateline": view.dateline,
        "articleBody": "\n\n".join(p.text for p in view.paragraphs),
        "keywords": view.keywords,
        "publisher": {"@type": "GovernmentOrganization", "name": view.b["name"], "url": view.b["web"]},
        "author": {"@type": "Organization", "name": view.b["signature"]},
    }
    if view.modified:
        data["dateModified"] = view.modified.isoformat()
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


_TAG_OR_TEXT = re.compile(r"(<[^>]*>)|([^<]+)")
_WHOLE_WORD = re.compile(r"(?<![\w\-])(?:\w*[^\W\d_a-zа-яёәғқңөұүһі]\w*(?:-\w+)*|\w+(?:-\w+)+)"
                         r"(?![\w\-])")
"""A word with a capital letter (a name: Байқоңыр, NASA, Кудь-Сверчков) or with a hyphen of its
own (аман-есен, 74-экспедиция): the PDF never hyphenates it."""


def keep_whole(html: str) -> str:
    """*html* with names and hyphenated compounds wrapped so the PDF's `hyphens: auto` leaves
    them whole (only the text between tags is touched; the markup is press's own)."""
    def text(match: re.Match[str]) -> str:
        if match.group(1):
            return match.group(1)
        return _WHOLE_WORD.sub(lambda word: f'<span class="whole">{word.group()}</span>',
                               match.group(2))

    return _TAG_OR_TEXT.sub(text, html)


def render_page(view: LocalisedRelease, options: RenderOptions, fonts_url: str, web: bool = True) -> str:
    """The release as an HTML document; *fonts_url* is where the page finds the fonts.

    A web page (*web*) links to the other formats as downloads and, in the archive, back to
    the index it is listed in; the page a PDF is printed from has neither.
    """
    templates_dir = options.templates_dir
    env = environment(templates_dir)
    if not web:  # the printed page hyphenates: names and compounds stay whole
        from dataclasses import replace

        view = replace(view, paragraphs=[replace(p, html=keep_whole(p.html)) for p in view.paragraphs])
    downloads = [(fmt.upper(), f"{view.lang}.{fmt}") for fmt in options.formats if fmt != "html"]
    home = (view._("All press releases"), options.home.format(lang=view.lang)) if options.home else None
    description = summary(view.paragraphs[0].text) if view.paragraphs else view.title
    return env.get_template("release.html.j2").render(
        r=view,
        _=view._,
        css=stylesheet(templates_dir / "html" / "release.css"),
        fonts_css=env.get_template("fonts.css.j2").render(base=fonts_url),
        mark=view.brand.mark_svg(view.lang),
        json_ld=json_ld(view),
        description=description,
        og_locale=OG_LOCALES[view.lang],
        og_locales=OG_LOCALES,
        downloads=downloads if web else [],
        home=home if web else None,
        page_counter=page_counter_css(view),
    )
