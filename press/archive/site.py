"""The archive's pages: per language an index by year and one by tag, and the front door.

Every link is relative (`../releases/<id>/kk.html`), so the site works from the file
system and from any web server under any path. Interface text is in the page's language
(gettext catalogs); release titles come from the cache records, so these pages are
rebuilt in milliseconds even when no release changed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from press.archive import RELEASES_DIR, STATIC_DIR
from press.archive.collect import Record, newest_first
from press.brand import Brand
from press.i18n import translations
from press.lang import LANG_NAMES, LANGS, format_date, in_order
from press.lang.collation import label_key
from press.localise import Alternate
from press.project import Project
from press.render.page import stylesheet


@dataclass(frozen=True)
class Item:
    id: str
    date: str
    date_text: str
    title: str
    href: str
    tags: tuple[str, ...]


def anchor(tag: str) -> str:
    """A tag as a fragment identifier (no white space, which ids may not contain)."""
    return re.sub(r"\s+", "-", tag.strip())


def archive_templates(project: Project) -> Path:
    """templates/archive of the project, or the toolkit's when the project has none."""
    return project.resource("templates/archive")


@cache
def environment(archive_dir: Path, html_dir: Path) -> Any:
    """The archive's templates, with the release page's templates (fonts.css) beside them."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([archive_dir, html_dir]),
        autoescape=jinja2.select_autoescape(["html", "j2", "xml"], default=True),
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
    )
    env.filters["anchor"] = anchor
    return env


def site_langs(records: list[Record]) -> list[str]:
    """The languages the archive has pages in, in the ministry's order."""
    return in_order({lang for r in records for lang in r.langs}) or list(LANGS)


def items(records: list[Record], lang: str, prefix: str = "../") -> list[Item]:
    """The releases available in *lang*, newest first, as listed on an index."""
    return [Item(r.id, r.date, format_date(r.day, lang), r.titles[lang],
                 f"{prefix}{RELEASES_DIR}/{r.id}/{lang}.html", tuple(r.tags))
            for r in newest_first(records) if lang in r.langs]


def page_inputs(records: list[Record], lang: str) -> list[tuple[str, str, str, list[str]]]:
    """What a language's index pages show of each release (id, date, title, tags): their memo key."""
    return [(r.id, r.date, r.titles[lang], r.tags) for r in records if lang in r.langs]


def render_root(project: Project, brand: Brand, langs: list[str]) -> bytes:
    """The front door: a choice of language."""
    return _root(project, brand, langs)


def render_index(project: Project, brand: Brand, records: list[Record], lang: str, langs: list[str],
                 page: str) -> bytes:
    """The *lang* index by year ("index") or by tag ("tags"); tags in *lang*'s alphabetical order."""
    by_label = label_key(lang, project.tag_labels.get(lang, {}))
    by_year: dict[int, list[Item]] = defaultdict(list)
    by_tag: dict[str, list[Item]] = defaultdict(list)
    for item in items(records, lang):
        item = replace(item, tags=tuple(sorted(item.tags, key=by_label)))
        by_year[int(item.date[:4])].append(item)
        for tag in item.tags:
            by_tag[tag].append(item)
    extra = ({"years": sorted(by_year.items(), reverse=True)} if page == "index"
             else {"tags": sorted(by_tag.items(), key=lambda pair: by_label(pair[0]))})
    links = [Alternate(other, LANG_NAMES[other], f"../{other}/{page}.html") for other in langs]
    return _render(project, brand, f"{page}.html.j2", lang, page=page, switcher=links, alternates=links,
                   x_default=f"../{langs[0]}/{page}.html", feed="feed.atom", fonts_base="../", **extra)


INDEX_PAGES = ("index", "tags")


def _root(project: Project, brand: Brand, langs: list[str]) -> bytes:
    choices = [Alternate(lang, LANG_NAMES[lang], f"{lang}/index.html") for lang in langs]
    labelled = [dict(lang=c.lang, name=c.name, href=c.href,
                     label=translations(project.locales_dir, c.lang).gettext("Press releases"))
                for c in choices]
    title = " · ".join(translations(project.locales_dir, lang).gettext("Press releases") for lang in langs)
    return _render(project, brand, "root.html.j2", langs[0], title=title, choices=labelled,
                   switcher=[], alternates=choices, x_default=f"{langs[0]}/index.html", feed="",
                   fonts_base="")


def _render(project: Project, brand: Brand, template: str, lang: str, fonts_base: str,
            **context: Any) -> bytes:
    env = environment(archive_templates(project), project.templates_dir / "html")
    ui = translations(project.locales_dir, lang)
    context.setdefault("title", ui.gettext("Press releases"))
    context.setdefault("tag_labels", project.tag_labels.get(lang, {}))
    html = env.get_template(template).render(
        lang=lang, _=ui.gettext, b={"name": brand.name.get(lang, "")}, colours=brand.colours,
        fonts=brand.fonts, mark=brand.mark_svg(lang),
        fonts_css=env.get_template("fonts.css.j2").render(base=f"{fonts_base}{STATIC_DIR}/fonts/"),
        css=stylesheet(project.templates_dir / "html" / "release.css"),
        archive_css=stylesheet(archive_templates(project) / "archive.css"),
        **context,
    )
    return html.encode("utf-8")
