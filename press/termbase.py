"""The ministry's memory of names: a release's proposed names confirmed by a person, then
promoted into the project's shared termbase so that the next release knows them.

    press glossary confirm RELEASE ID [--en FORM]   forms checked: the release may publish
    press glossary promote RELEASE ID               release register → locales/termbase.yaml
    press glossary add ID --type T --en --kk --ru   straight into the termbase

Every write is atomic and checked like a source before it happens; the termbase gets the new
entry below its own-entries mark (the generator of the starter termbase keeps what follows it)
and the change is returned as a unified diff for the officer to read. One name is one entry:
an id or a form another entry already has is refused with the entry that has it.
"""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path
from typing import Any

from press.errors import PressError, did_you_mean
from press.model import Entity, Release
from press.project import Project

TERMBASE = "locales/termbase.yaml"
OWN_MARK = "  # --- the press office's own entries (press glossary promote/add) ---"
"""Below this line of locales/termbase.yaml: entries the office added, kept when the starter
part is generated again (scripts/make_termbase.py)."""
UNKNOWN_FORM = "?"
"""The form an import proposes in a language it cannot derive one for (an English draft's kk)."""


def diff(before: str, after: str, name: str) -> str:
    return "".join(difflib.unified_diff(before.splitlines(True), after.splitlines(True),
                                        f"a/{name}", f"b/{name}", n=1))


def _release(project: Project, release_id: str) -> Release:
    return project.load(project.release_folders([release_id])[0])


def _own_entity(release: Release, entity_id: str) -> Entity:
    """The entity of the release's own register, or a PressError that says where it is."""
    entity = release.entities.get(entity_id)
    if entity is not None and entity.origin == "release":
        return entity
    if entity is not None:
        raise PressError(f"{entity_id!r} is already in the termbase; {release.id} uses it from there")
    own = [key for key, e in release.entities.items() if e.origin == "release"]
    raise PressError(f"{release.id} has no entity {entity_id!r} in its register"
                     + (did_you_mean(entity_id, own) or f" (its own: {', '.join(own) or 'none'})"))


def confirm(project: Project, release_id: str, entity_id: str, forms: dict[str, str]) -> str:
    """Confirm the proposed forms of one name (replacing those given in *forms*); the diff."""
    from press.source import edit_entities

    release = _release(project, release_id)
    entity = _own_entity(release, entity_id)
    unknown = [lang for lang in entity.unconfirmed
               if entity.forms[lang][0] == UNKNOWN_FORM and not forms.get(lang)]
    if unknown:
        raise PressError(f"{entity_id}: no {', '.join(unknown)} form was proposed; give it "
                         + " ".join(f"--{lang} FORM" for lang in unknown))

    def apply(register: Any) -> None:
        node = register[entity_id]
        for lang, form in forms.items():
            if isinstance(node[lang], list):
                node[lang][0] = form
            else:
                node[lang] = form
        node.pop("unconfirmed", None)
        node["confirmed"] = dt.date.today()

    before, after = edit_entities(release.folder, apply)
    return diff(before, after, str(release.folder.relative_to(project.root) / "release.yaml"))


def promote(project: Project, release_id: str, entity_id: str) -> str:
    """Move a confirmed name from the release's register into the termbase; both diffs."""
    from press.source import edit_entities

    release = _release(project, release_id)
    entity = _own_entity(release, entity_id)
    if entity.unconfirmed:
        raise PressError(f"{entity_id}: the {', '.join(entity.unconfirmed)} form is unconfirmed; check "
                         f"it and run `press glossary confirm {release.id} {entity_id}` first")
    added = add(project, entity)
    before, after = edit_entities(release.folder, lambda register: register.pop(entity_id))
    return added + diff(before, after, str(release.folder.relative_to(project.root) / "release.yaml"))


def add(project: Project, entity: Entity) -> str:
    """Append *entity* to the project's termbase; the diff. Duplicates and conflicts refused."""
    from press.atomic import write_text
    from press.source import _parse_termbase

    path = project.root / TERMBASE
    termbase = project.termbase
    _refuse_conflicts(entity, termbase, path)
    before = path.read_text(encoding="utf-8") if path.exists() else "entities:\n"
    mark = "" if OWN_MARK in before else f"\n{OWN_MARK}\n"
    after = before.rstrip("\n") + "\n" + mark + _entry_yaml(entity)
    _parse_termbase(path, after)  # what is written must load: SourceError otherwise
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, after)
    project.__dict__.pop("termbase", None)
    return diff(before, after, TERMBASE)


def _refuse_conflicts(entity: Entity, termbase: dict[str, Entity], path: Path) -> None:
    if entity.id in termbase:
        other = termbase[entity.id]
        raise PressError(f"{path}:{other.line}: {entity.id!r} is already in the termbase "
                         f"({other.forms['en'][0]}); one name, one entry")
    for lang, forms in entity.forms.items():
        for form in forms:
            other = next((e for e in termbase.values() if form in e.forms.get(lang, [])), None)
            if other is not None and form != UNKNOWN_FORM:
                raise PressError(f"{path}:{other.line}: the {lang} form «{form}» of {entity.id!r} "
                                 f"is already {other.id!r}'s; use {other.id!r} or give a form of its own")


def _entry_yaml(entity: Entity) -> str:
    from press.source import entity_node
    from press.yamlio import dump_yaml

    node = entity_node(entity.forms, entity.type, note=entity.note)
    node["confirmed"] = entity.confirmed or dt.date.today()
    text = dump_yaml({"entities": {entity.id: node}})
    return text.split("\n", 1)[1]


def new_entity(entity_id: str, kind: str, forms: dict[str, str], note: str | None) -> Entity:
    """An entity typed on the command line, checked like a register entry."""
    from press.schema import SAFE_ID
    from press.source import ENTITY_TYPES

    if not SAFE_ID.fullmatch(entity_id):
        raise PressError(f"{entity_id!r}: an id is lower-case Latin letters, digits and hyphens")
    if kind not in ENTITY_TYPES:
        raise PressError(f"--type {kind!r}: expected one of {', '.join(ENTITY_TYPES)}")
    return Entity(entity_id, kind, {lang: [form] for lang, form in forms.items()}, note=note,
                  origin="termbase", confirmed=dt.date.today())
