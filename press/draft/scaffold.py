"""`press new`: a release folder whose metadata is filled in and whose body is empty.

The release.yaml is written from a commented template rather than dumped from a mapping,
because the comments are the officer's guide to the fields (and say where the shared
termbase is), and they survive every later save.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from press.atomic import write_text
from press.errors import PressError, did_you_mean
from press.lang import ENGLISH_NAMES, LANGS
from press.project import Project
from press.source import RELEASE_FILE

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

_RELEASE_TEMPLATE = """\
# {title_hint}
# {origin}; {source_name} is the source, the other versions are made from it.
id: {id}
date: {date}
dateline: {dateline}            # an entity id: the place is written in each language's form
brand: {brand}
source_lang: {source_lang}
target_langs: [{targets}]
tags: []

# The release's own names (a visiting minister, an event) with their form in each language:
#   peter-szijjarto:
#     type: person              # person, place, organisation, craft, event, programme, other
#     en: Péter Szijjártó
#     kk: Петер Сийярто
#     ru: Петер Сийярто
# Ministry-wide names come from the shared termbase, {termbase} ({termbase_size} entries:
# states, organisations, the ministry's people): use their ids (astana, hungary, un, osce …)
# without copying them here; `press glossary promote` moves a name from here into it.
entities: {{}}

# Dated events and key figures that every version must state the same way:
#   launch:
#     kind: event               # event (date), figure (value, unit) or founding (year)
#     date: 2025-11-27
facts: {{}}
"""

_VERSION_TEMPLATE = """\
# {name} {role}. Segment ids are stable: never renumber them.
lang: {lang}
{guide}segments: {{}}
"""

_TARGET_GUIDE = """\
# Made from the source with `press translate` (machine drafts) and `press review` (translators):
# the same segment ids as the source, each with its text and status (draft, reviewed, approved).
"""


@dataclass(frozen=True)
class NewRelease:
    """What `press new` needs to know; the command fills it from flags or prompts."""

    slug: str
    date: dt.date
    source_lang: str
    brand: str = "mfa-kz"
    dateline: str = "astana"
    origin: str = "Drafted with `press new`"
    """How the release began, for the first line of its release.yaml."""

    @property
    def id(self) -> str:
        return f"{self.date.isoformat()}-{self.slug}"


def slugify(text: str, words: int = 8) -> str:
    """A folder-safe slug from a title or file name (Cyrillic transliterated), at most
    *words* words and 60 characters, cut between words."""
    from press.draft.anchors import transliterate

    ascii_text = transliterate(text).lower()
    parts = [part for part in re.split(r"[^a-z0-9]+", ascii_text) if part][:words]
    while len("-".join(parts)) > 60 and len(parts) > 1:
        parts.pop()
    return "-".join(parts)[:60] or "release"


def source_guide(project: Project, lang: str) -> str:
    """The commented example segments of templates/new/<lang>.yaml (English for a language
    that has none): data, so an office can write its own house examples."""
    for name in (lang, "en"):
        path = project.resource(f"templates/new/{name}.yaml")
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


def release_folder(project: Project, new: NewRelease) -> Path:
    return project.releases_dir / str(new.date.year) / new.id


def validate(project: Project, new: NewRelease) -> None:
    """Refuse, before anything is written, what would make a release that cannot load."""
    if not SLUG.match(new.slug):
        raise PressError(f"slug {new.slug!r}: use lower-case Latin letters, digits and hyphens "
                         f"(e.g. {slugify(new.slug)!r})")
    if new.source_lang not in LANGS:
        raise PressError(f"--source-lang {new.source_lang!r}: expected one of {', '.join(LANGS)}"
                         + did_you_mean(new.source_lang, LANGS))
    project.brand(new.brand)  # raises with a suggestion when unknown
    if new.dateline not in project.termbase:
        raise PressError(f"--dateline {new.dateline!r}: not an entity of the termbase"
                         + did_you_mean(new.dateline, list(project.termbase)))
    if any(folder.name == new.id for folder in project.release_folders()):
        raise PressError(f"release {new.id} already exists")


def scaffold(project: Project, new: NewRelease) -> Path:
    """Write release.yaml and one empty language file per language; the folder is returned."""
    validate(project, new)
    folder = release_folder(project, new)
    if folder.exists() and any(folder.iterdir()):
        raise PressError(f"{folder}: folder exists and is not empty")
    targets = [lang for lang in LANGS if lang != new.source_lang]
    termbase = project.resource("locales/termbase.yaml")
    shown = termbase.relative_to(project.root) if termbase.is_relative_to(project.root) else termbase
    write_text(folder / RELEASE_FILE, _RELEASE_TEMPLATE.format(
        title_hint=f"{new.slug}: a press release of {new.date.isoformat()}", origin=new.origin,
        source_name=ENGLISH_NAMES[new.source_lang], id=new.id, date=new.date.isoformat(),
        dateline=new.dateline, brand=new.brand, source_lang=new.source_lang,
        targets=", ".join(targets), termbase=shown, termbase_size=len(project.termbase),
    ))
    for lang in LANGS:
        role = "source of the release" if lang == new.source_lang else "version of the release"
        guide = source_guide(project, lang) if lang == new.source_lang else _TARGET_GUIDE
        write_text(folder / f"{lang}.yaml",
                   _VERSION_TEMPLATE.format(name=ENGLISH_NAMES[lang], role=role, lang=lang, guide=guide))
    project.stage([folder])
    return folder
