"""Release sources on disk: one folder per release, YAML with line numbers.

    releases/2025/2025-12-10-baikonur/
        release.yaml   metadata, entity register, fact register
        en.yaml        the body in the source language
        kk.yaml        the Kazakh version: segments with status and source hash
        ru.yaml        the Russian version

The schema is data (the FIELDS tables below); every problem is reported as
`file:line: field: what is wrong`, all problems of a release at once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from press.errors import Problem, SourceError, did_you_mean
from press.lang import LANGS
from press.model import (
    Contact,
    Correction,
    Entity,
    Fact,
    Meta,
    Release,
    Segment,
    Status,
    Version,
)
from press.yamlio import dump_yaml, line_of, load_yaml, unprintable

RELEASE_FILE = "release.yaml"
ENTITY_TYPES = ("person", "place", "organisation", "craft", "event", "programme", "other")
FACT_KINDS = ("event", "figure", "founding")
SEGMENT_KINDS = ("p", "h2", "quote", "li")


@dataclass(frozen=True)
class Field:
    """One key of a YAML mapping: its check and whether it must be there."""

    check: Callable[[Any], str | None]
    required: bool = False


def _is_str(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"expected text, got {_kind(value)}"
    return _bad_character(value) or (None if value.strip() else "must not be empty")


def _is_text(value: Any) -> str | None:
    """Segment text: may be empty (not yet translated), never a control character."""
    return _bad_character(value) if isinstance(value, str) else f"expected text, got {_kind(value)}"


SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
"""Release and segment ids: they become folder names, HTML ids and XLIFF unit ids (NMTOKEN)."""
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _bad_character(text: str) -> str | None:
    """YAML escapes ("\\v", "\\x07", "\\ud800") can smuggle characters no page, PDF or Word
    file may hold; they are refused here rather than crash a renderer."""
    match = _BAD_CHARACTER.search(text)
    if match is None:
        return None
    return unprintable(ord(match.group()), match.start() + 1)


def _is_id(value: Any) -> str | None:
    """A release id names its output folder (dist/<id>/): no "/", no "..", no hidden name."""
    if (problem := _is_str(value)) is not None:
        return problem
    if SAFE_ID.fullmatch(value) and ".." not in value:
        return None
    return f"{value!r} cannot name a folder; use Latin letters, digits and hyphens, like 2025-12-10-baikonur"


def _is_date(value: Any) -> str | None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return None
    return f"expected a date like 2025-12-10, got {_shown(value)}"


def _is_datetime(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return f"expected a date and time like 2025-12-10T10:00:00+05:00, got a date without a time ({value})"
    return f"expected a date and time like 2025-12-10T10:00:00+05:00, got {_shown(value)}"


def _shown(value: Any) -> str:
    """A wrong value as the writer typed it: text quoted, dates in ISO form, else its kind."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return repr(value)
    return f"{_kind(value)} ({value.isoformat()})" if isinstance(value, dt.date) else _kind(value)


def _is_lang(value: Any) -> str | None:
    if value in LANGS:
        return None
    if not isinstance(value, str):
        return f"expected a language ({', '.join(LANGS)}), got {_shown(value)}"
    return f"unknown language {value!r}; expected one of {', '.join(LANGS)}" + did_you_mean(
        str(value), LANGS
    )


def _is_lang_list(value: Any) -> str | None:
    if not isinstance(value, list) or not value:
        return "expected a list of languages, like [kk, ru]"
    return next(filter(None, map(_is_lang, value)), None)


def _is_str_list(value: Any) -> str | None:
    if not isinstance(value, list) or any(not isinstance(v, str) for v in value):
        return "expected a list of text items"
    return next(filter(None, map(_bad_character, value)), None)


def _is_str_or_list(value: Any) -> str | None:
    return _is_str(value) if not isinstance(value, list) else _is_str_list(value)


def _is_number(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"expected a number, got {_kind(value)}"
    return None


def _is_year(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9999:
        return None
    return f"expected a year like 1955, got {_shown(value)}"


def _is_bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"expected true or false, got {_shown(value)}"


def _one_of(*choices: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if value in choices:
            return None
        return f"{value!r} is not one of {', '.join(choices)}" + did_you_mean(str(value), choices)

    return check


def _is_map(value: Any) -> str | None:
    return None if isinstance(value, dict) else f"expected a mapping, got {_kind(value)}"


def _is_list(value: Any) -> str | None:
    return None if isinstance(value, list) else f"expected a list, got {_kind(value)}"


def _kind(value: Any) -> str:
    """What a value is, in the words of the person who wrote the YAML (never a class name)."""
    kinds: tuple[tuple[type | tuple[type, ...], str], ...] = (
        (type(None), "nothing"), (bool, "true/false"), (dict, "a mapping"), (list, "a list"),
        (str, "text"), ((int, float), "a number"), (dt.datetime, "a date and time"), (dt.date, "a date"),
    )
    return next((name for kind, name in kinds if isinstance(value, kind)), type(value).__name__)


RELEASE_FIELDS: dict[str, Field] = {
    "id": Field(_is_id, required=True),
    "date": Field(_is_date, required=True),
    "dateline": Field(_is_str, required=True),
    "brand": Field(_is_str, required=True),
    "source_lang": Field(_is_lang, required=True),
    "target_langs": Field(_is_lang_list, required=True),
    "tags": Field(_is_str_list),
    "contacts": Field(_is_list),
    "embargo": Field(_is_datetime),
    "corrections": Field(_is_list),
    "entities": Field(_is_map),
    "facts": Field(_is_map),
    "synthetic": Field(_is_bool),
}
ENTITY_FIELDS: dict[str, Field] = {
    "type": Field(_one_of(*ENTITY_TYPES), required=True),
    "en": Field(_is_str_or_list, required=True),
    "kk": Field(_is_str_or_list, required=True),
    "ru": Field(_is_str_or_list, required=True),
    "note": Field(_is_str),
}
FACT_FIELDS: dict[str, Field] = {
    "kind": Field(_one_of(*FACT_KINDS), required=True),
    "date": Field(_is_date),
    "value": Field(_is_number),
    "unit": Field(_is_str),
    "year": Field(_is_year),
    "about": Field(_is_str),
    "entities": Field(_is_str_list),
}
CONTACT_FIELDS: dict[str, Field] = {
    "name": Field(_is_map, required=True),
    "email": Field(_is_str),
    "phone": Field(_is_str),
}
CORRECTION_FIELDS: dict[str, Field] = {
    "date": Field(_is_date, required=True),
    "note": Field(_is_map, required=True),
}
VERSION_FIELDS: dict[str, Field] = {
    "lang": Field(_is_lang, required=True),
    "segments": Field(_is_map, required=True),
}
SEGMENT_FIELDS: dict[str, Field] = {
    "text": Field(_is_text, required=True),
    "status": Field(_one_of(*Status)),
    "source_hash": Field(_is_str),
    "changed_by": Field(_is_str),
    "changed_at": Field(lambda v: None if isinstance(v, str | dt.date) else "expected a time"),
    "engine": Field(_is_str),
    "note": Field(_is_str),
    "kind": Field(_one_of(*SEGMENT_KINDS)),
    "source_text": Field(_is_str),
}


class _Checker:
    """Collects problems of one file while its mappings are checked against their fields."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[Problem] = []

    def add(self, line: int, field: str | None, message: str) -> None:
        self.problems.append(Problem(self.path, line, message, field))

    def mapping(self, node: Any, fields: dict[str, Field], where: str = "", line: int = 1) -> bool:
        """Check *node* against *fields*; False when it is not a mapping at all.

        *line* is where the node's key is (a scalar node knows no line of its own).
        """
        if not isinstance(node, dict):
            self.add(line_of(node) or line, where or None, f"expected a mapping, got {_kind(node)}")
            return False
        prefix = f"{where}." if where else ""
        for key, value in node.items():
            name = f"{prefix}{key}"
            field = fields.get(str(key))
            if field is None:
                hint = did_you_mean(str(key), list(fields))
                self.add(line_of(node, key), name, f"unknown field{hint}")
            elif (message := field.check(value)) is not None:
                self.add(line_of(node, key), name, message)
        for key, field in fields.items():
            if field.required and key not in node:
                self.add(line_of(node), f"{prefix}{key}", "missing (required)")
        return True


def load_termbase(path: Path) -> dict[str, Entity]:
    """The ministry-wide entity register shared by every release."""
    doc = load_yaml(path)
    checker = _Checker(path)
    entities: dict[str, Entity] = {}
    if checker.mapping(doc, {"entities": Field(_is_map, required=True)}) and isinstance(
        doc.get("entities"), dict
    ):
        entities = _entities(doc["entities"], checker, "termbase")
    if checker.problems:
        raise SourceError(checker.problems)
    return entities


def _entities(node: Any, checker: _Checker, origin: str) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for key, value in node.items():
        if not checker.mapping(value, ENTITY_FIELDS, f"entities.{key}", line_of(node, key)):
            continue
        if any(_valid(value, lang, ENTITY_FIELDS) is None for lang in LANGS):
            continue
        forms = {lang: _as_list(value[lang]) for lang in LANGS}
        entities[str(key)] = Entity(
            id=str(key), type=str(value.get("type", "other")), forms=forms,
            note=_valid(value, "note", ENTITY_FIELDS), origin=origin, line=line_of(node, key),
        )
    return entities


def _as_list(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def find_release_folders(root: Path) -> list[Path]:
    """Every folder below *root* that holds a release.yaml, sorted by path (oldest first)."""
    return sorted(p.parent for p in root.rglob(RELEASE_FILE))


def load_release(folder: Path, termbase: dict[str, Entity] | None = None) -> Release:
    """Read, validate and assemble one release; all its problems in one SourceError."""
    path = folder / RELEASE_FILE
    doc = load_yaml(path)
    checker = _Checker(path)
    if not checker.mapping(doc, RELEASE_FIELDS) or _required_broken(checker, RELEASE_FIELDS):
        raise SourceError(checker.problems)
    entities = dict(termbase or {})
    declared = _valid(doc, "entities", RELEASE_FIELDS, {})
    entities.update(_entities(declared, checker, "release"))
    facts = _facts(_valid(doc, "facts", RELEASE_FIELDS, {}), checker)
    meta = _meta(doc, checker)
    # an entity declared with an error is reported once, not again at every reference to it
    _check_references(doc, meta, set(entities) | {str(key) for key in declared}, facts, checker)
    versions, version_problems = _versions(folder, meta, doc)
    problems = checker.problems + version_problems
    if problems:
        raise SourceError(problems)
    return Release(meta=meta, entities=entities, facts=facts, versions=versions, folder=folder)


def _valid(node: Any, key: str, fields: dict[str, Field], default: Any = None) -> Any:
    """The value of *key* when it passed its check (the problem is already recorded)."""
    value = node.get(key, default) if isinstance(node, dict) else default
    if value is default or fields[key].check(value) is not None:
        return default
    return value


def _required_broken(checker: _Checker, fields: dict[str, Field]) -> bool:
    """True when a required field is missing or wrong: nothing further can be checked."""
    required = {name for name, field in fields.items() if field.required}
    return any(problem.field in required for problem in checker.problems)


def _meta(doc: Any, checker: _Checker) -> Meta:
    contacts = []
    for index, node in enumerate(items := _valid(doc, "contacts", RELEASE_FIELDS, [])):
        if checker.mapping(node, CONTACT_FIELDS, f"contacts[{index}]", line_of(items, index)):
            names = _valid(node, "name", CONTACT_FIELDS, {})
            contacts.append(Contact(name={str(k): str(v) for k, v in names.items()},
                                    email=_valid(node, "email", CONTACT_FIELDS),
                                    phone=_valid(node, "phone", CONTACT_FIELDS)))
    corrections = []
    for index, node in enumerate(items := _valid(doc, "corrections", RELEASE_FIELDS, [])):
        if checker.mapping(node, CORRECTION_FIELDS, f"corrections[{index}]", line_of(items, index)):
            note = _valid(node, "note", CORRECTION_FIELDS, {})
            if (day := _valid(node, "date", CORRECTION_FIELDS)) is not None:
                corrections.append(Correction(date=day, note={str(k): str(v) for k, v in note.items()}))
    meta = Meta(
        id=str(doc["id"]), date=doc["date"], dateline=str(doc["dateline"]),
        brand=str(doc["brand"]), source_lang=str(doc["source_lang"]),
        target_langs=[str(lang) for lang in doc["target_langs"]],
        tags=[str(t) for t in _valid(doc, "tags", RELEASE_FIELDS, [])], contacts=contacts,
        embargo=_valid(doc, "embargo", RELEASE_FIELDS), corrections=corrections,
        synthetic=bool(_valid(doc, "synthetic", RELEASE_FIELDS, False)),
    )
    if meta.source_lang in meta.target_langs:
        checker.add(line_of(doc, "target_langs"), "target_langs",
                    f"{meta.source_lang} is the source language; list only the others")
    return meta


def _facts(node: Any, checker: _Checker) -> dict[str, Fact]:
    facts: dict[str, Fact] = {}
    for key, value in node.items():
        where = f"facts.{key}"
        if not checker.mapping(value, FACT_FIELDS, where, line_of(node, key)):
            continue
        kind = value.get("kind")
        needs = {"event": "date", "figure": "value", "founding": "year"}.get(kind)
        if needs and needs not in value:
            article = "an" if str(kind)[0] in "aeiou" else "a"
            checker.add(line_of(node, key), f"{where}.{needs}", f"missing ({article} {kind} needs a {needs})")
        facts[str(key)] = Fact(
            id=str(key), kind=str(kind), date=_valid(value, "date", FACT_FIELDS),
            value=_valid(value, "value", FACT_FIELDS), unit=_valid(value, "unit", FACT_FIELDS),
            year=_valid(value, "year", FACT_FIELDS), about=_valid(value, "about", FACT_FIELDS),
            entities=[str(e) for e in _valid(value, "entities", FACT_FIELDS, [])],
            line=line_of(node, key),
        )
    return facts


def _check_references(doc: Any, meta: Meta, entities: set[str],
                      facts: dict[str, Fact], checker: _Checker) -> None:
    def unknown(entity_id: str, line: int, field: str) -> None:
        if entity_id not in entities:
            hint = did_you_mean(entity_id, entities)
            checker.add(line, field, f"unknown entity {entity_id!r}{hint}")

    unknown(meta.dateline, line_of(doc, "dateline"), "dateline")
    for fact in facts.values():
        for entity_id in fact.entities:
            unknown(entity_id, fact.line, f"facts.{fact.id}.entities")


def _versions(folder: Path, meta: Meta, release_doc: Any) -> tuple[dict[str, Version], list[Problem]]:
    versions: dict[str, Version] = {}
    problems: list[Problem] = []
    for lang in meta.langs:
        path = folder / f"{lang}.yaml"
        if not path.exists():
            field = "source_lang" if lang == meta.source_lang else "target_langs"
            problems.append(Problem(folder / RELEASE_FILE, line_of(release_doc, field),
                                    f"language {lang} is listed but {path.name} is missing", field))
            continue
        try:
            versions[lang] = load_version(path, lang, is_source=lang == meta.source_lang)
        except SourceError as exc:
            problems.extend(exc.problems)
    source = versions.get(meta.source_lang)
    if source is not None:
        for version in versions.values():
            for seg in version.segments.values():
                if seg.id not in source.segments:
                    problems.append(Problem(version.path or folder, seg.line,
                                            f"segment {seg.id!r} is not in {meta.source_lang}.yaml"
                                            + did_you_mean(seg.id, list(source.segments)),
                                            "segments"))
    return versions, problems


def load_version(path: Path, lang: str, is_source: bool) -> Version:
    """One language file; the source language's segments need only text."""
    doc = load_yaml(path)
    checker = _Checker(path)
    segments: dict[str, Segment] = {}
    if checker.mapping(doc, VERSION_FIELDS) and doc.get("lang") not in (None, lang):
        checker.add(line_of(doc, "lang"), "lang", f"file is {path.name} but says lang: {doc['lang']}")
    nodes = doc.get("segments") if isinstance(doc, dict) else None
    for key, node in (nodes or {}).items() if isinstance(nodes, dict) else []:
        known = len(checker.problems)
        where, line = f"segments.{key}", line_of(nodes, key)
        if key is None or isinstance(key, bool) or not SAFE_ID.fullmatch(str(key)):
            what = "a segment needs an id of" if key is None else f"segment id {str(key)!r} may hold only"
            checker.add(line, where, f"{what} Latin letters, digits, '-', '_' and '.' (like p1)")
            continue
        if not checker.mapping(node, SEGMENT_FIELDS, where, line) or len(checker.problems) > known:
            continue  # the problems are recorded; a segment is built only from valid fields
        default = Status.APPROVED if is_source else Status.UNTRANSLATED
        changed_at = node.get("changed_at")
        segments[str(key)] = Segment(
            id=str(key), text=str(node["text"]), status=Status(node.get("status", default)),
            source_hash=node.get("source_hash"), changed_by=node.get("changed_by"),
            changed_at=str(changed_at) if changed_at is not None else None,
            engine=node.get("engine"), note=node.get("note"), kind=node.get("kind", "p"),
            source_text=node.get("source_text"), line=line_of(nodes, key),
        )
    if checker.problems:
        raise SourceError(checker.problems)
    version = Version(lang=lang, segments=segments, path=path)
    version.doc = doc  # type: ignore[attr-defined]  # kept so that saving keeps comments
    return version


_SEGMENT_KEYS = ("text", "kind", "status", "source_hash", "source_text", "engine",
                 "changed_by", "changed_at", "note")


def version_yaml(version: Version, is_source: bool) -> str:
    """The YAML text of a version, updating the loaded document so comments survive."""
    from ruamel.yaml.comments import CommentedMap

    doc = getattr(version, "doc", None)
    if not isinstance(doc, CommentedMap):
        doc = CommentedMap(lang=version.lang, segments=CommentedMap())
    old = doc.get("segments") if isinstance(doc.get("segments"), CommentedMap) else CommentedMap()
    new = CommentedMap()
    for seg in version.segments.values():
        node = old.get(seg.id) if isinstance(old.get(seg.id), CommentedMap) else CommentedMap()
        for key in _SEGMENT_KEYS:
            value = _segment_value(seg, key, is_source)
            if value is None:
                node.pop(key, None)
            else:
                node[key] = value
        new[seg.id] = node
    doc["lang"] = version.lang
    doc["segments"] = new
    return dump_yaml(doc)


def _segment_value(seg: Segment, key: str, is_source: bool) -> Any:
    value = getattr(seg, key)
    if key == "kind" and value == "p":
        return None
    if key == "status":
        return None if is_source else str(value)
    return value


def save_version(release: Release, lang: str) -> None:
    """Write one language file atomically (temporary file, fsync, rename)."""
    from press.atomic import write_text

    version = release.versions[lang]
    path = version.path or release.folder / f"{lang}.yaml"
    write_text(path, version_yaml(version, is_source=lang == release.meta.source_lang))
