"""Release sources on disk: one folder per release, YAML with line numbers.

    releases/2025/2025-12-10-baikonur/
        release.yaml   metadata, entity register, fact register
        en.yaml        the body in the source language
        kk.yaml        the Kazakh version: segments with status and source hash
        ru.yaml        the Russian version

The schema is data (the FIELDS tables below, checked by press.schema); every problem is reported as
`file:line: field: what is wrong`, all problems of a release at once.
"""

from __future__ import annotations

import datetime as dt
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
    Photo,
    Release,
    Segment,
    Status,
    Version,
)
from press.schema import (
    SAFE_ID,
    Checker,
    Field,
    as_datetime,
    is_bool,
    is_brand,
    is_date,
    is_datetime,
    is_id,
    is_lang,
    is_lang_list,
    is_list,
    is_map,
    is_number,
    is_publication_date,
    is_str,
    is_str_list,
    is_str_or_list,
    is_text,
    is_text_per_lang,
    is_year,
    one_of,
    valid,
)
from press.yamlio import decode_source, dump_yaml, line_of, load_yaml, read_source_text

RELEASE_FILE = "release.yaml"
ENTITY_TYPES = ("person", "place", "organisation", "craft", "event", "programme", "other")
FACT_KINDS = ("event", "figure", "founding")
SEGMENT_KINDS = ("p", "h2", "quote", "li", "ol")
"""li is an item of a bulleted list, ol an item of a numbered list."""


RELEASE_FIELDS: dict[str, Field] = {
    "id": Field(is_id, required=True),
    "date": Field(is_publication_date, required=True),
    "dateline": Field(is_str, required=True),
    "brand": Field(is_brand, required=True),
    "source_lang": Field(is_lang, required=True),
    "target_langs": Field(is_lang_list, required=True),
    "tags": Field(is_str_list),
    "contacts": Field(is_list),
    "embargo": Field(is_datetime),
    "corrections": Field(is_list),
    "entities": Field(is_map),
    "facts": Field(is_map),
    "synthetic": Field(is_bool),
    "photo": Field(is_map),
}


def entity_fields() -> dict[str, Field]:
    """An entity's fields: its type, its form in every language of the table, a note; words
    that name it too (adjectives), when a person confirmed it, which forms are not yet
    confirmed, and the ISO code of a state."""
    forms = {lang: Field(is_str_or_list, required=True) for lang in LANGS}
    return {"type": Field(one_of(*ENTITY_TYPES), required=True), **forms, "note": Field(is_str),
            "adjectives": Field(is_forms_per_lang), "confirmed": Field(is_date),
            "unconfirmed": Field(is_lang_list), "iso": Field(is_str)}


def is_forms_per_lang(value: Any) -> str | None:
    """{en: Hungarian, ru: [венгерский]}: a name or a list of names per language of the table."""
    if not isinstance(value, dict):
        return f"expected a mapping of languages to words, got {type(value).__name__}"
    for lang, words in value.items():
        if lang not in LANGS:
            return f"{lang}: not a language of the table ({', '.join(LANGS)})"
        if (problem := is_str_or_list(words)) is not None:
            return f"{lang}: {problem}"
    return None


FACT_FIELDS: dict[str, Field] = {
    "kind": Field(one_of(*FACT_KINDS), required=True),
    "date": Field(is_date),
    "value": Field(is_number),
    "unit": Field(is_str),
    "year": Field(is_year),
    "about": Field(is_str),
    "entities": Field(is_str_list),
}
CONTACT_FIELDS: dict[str, Field] = {
    "name": Field(is_text_per_lang, required=True),
    "email": Field(is_str),
    "phone": Field(is_str),
}
PHOTO_FIELDS: dict[str, Field] = {
    "file": Field(is_str, required=True),
    "alt": Field(is_text_per_lang, required=True),
    "caption": Field(is_text_per_lang),
    "credit": Field(lambda v: is_str(v) if isinstance(v, str) else is_text_per_lang(v)),
}
PHOTO_FORMATS = {"JPEG": (".jpg", ".jpeg"), "PNG": (".png",)}
"""Image formats every output takes (HTML, WeasyPrint's PDF and PDF/A, Word)."""
CORRECTION_FIELDS: dict[str, Field] = {
    "date": Field(is_publication_date, required=True),
    "note": Field(is_text_per_lang, required=True),
}
VERSION_FIELDS: dict[str, Field] = {
    "lang": Field(is_lang, required=True),
    "segments": Field(is_map, required=True),
}
SEGMENT_FIELDS: dict[str, Field] = {
    "text": Field(is_text, required=True),
    "status": Field(one_of(*Status)),
    "source_hash": Field(is_str),
    "changed_by": Field(is_str),
    "changed_at": Field(lambda v: None if isinstance(v, str | dt.date) else "expected a time"),
    "engine": Field(is_str),
    "note": Field(is_str),
    "kind": Field(one_of(*SEGMENT_KINDS)),
    "source_text": Field(is_str),
    "approved_hash": Field(is_str),
}


TERMBASE_CACHE_VERSION = "termbase-1"
"""Bump when Entity or the termbase schema changes: every compiled termbase is read afresh."""


def load_termbase(path: Path) -> dict[str, Entity]:
    """The ministry-wide entity register shared by every release.

    The starter termbase has hundreds of entries; checking them with line numbers through
    ruamel takes a second or more, on every command. So the checked result is kept as JSON in
    the user's cache folder, keyed by the SHA-256 of the file's bytes: an unchanged termbase
    is read back in milliseconds, an edited one is checked again.
    """
    try:
        data = path.read_bytes()
    except OSError:
        data = read_source_text(path).encode("utf-8")  # raises the SourceError that says why
    cache = _termbase_cache(path, data)
    if (cached := _read_compiled(cache)) is not None:
        return cached
    entities = _parse_termbase(path, decode_source(path, data))
    _write_compiled(cache, entities)
    return entities


def _termbase_cache(path: Path, data: bytes) -> Path:
    """Where the compiled form of these bytes is kept: the user's cache folder, shared by
    every project (the key is the content, so a copy of the termbase is compiled once)."""
    import hashlib
    import os

    digest = hashlib.sha256(TERMBASE_CACHE_VERSION.encode() + b"\0" + data).hexdigest()[:32]
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "press" / f"termbase-{digest}.json"


def _read_compiled(cache: Path) -> dict[str, Entity] | None:
    import json

    try:
        rows = json.loads(cache.read_text(encoding="utf-8"))
        return {row["id"]: Entity(**{**row, "confirmed": dt.date.fromisoformat(row["confirmed"])
                                     if row.get("confirmed") else None}) for row in rows}
    except (OSError, ValueError, TypeError, KeyError):
        return None  # absent, or written by another version: check the YAML again


def _write_compiled(cache: Path, entities: dict[str, Entity]) -> None:
    import dataclasses
    import json

    from press.atomic import write_text

    rows = [{**dataclasses.asdict(e), "confirmed": e.confirmed.isoformat() if e.confirmed else None}
            for e in entities.values()]
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_text(cache, json.dumps(rows, ensure_ascii=False))
    except OSError:
        pass  # no writable cache folder: every run checks the YAML, which is only slower


def _parse_termbase(path: Path, text: str) -> dict[str, Entity]:
    doc = load_yaml(path, text)
    checker = Checker(path)
    entities: dict[str, Entity] = {}
    if checker.mapping(doc, {"entities": Field(is_map, required=True)}) and isinstance(
        doc.get("entities"), dict
    ):
        entities = _entities(doc["entities"], checker, "termbase")
        for entity in entities.values():
            if entity.unconfirmed:  # it would hold every release that names it, unseen
                checker.add(entity.line, f"entities.{entity.id}.unconfirmed",
                            "a termbase entry is confirmed: check the forms, then delete this field")
    if checker.problems:
        raise SourceError(checker.problems)
    return entities


def _entities(node: Any, checker: Checker, origin: str) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    fields = entity_fields()
    for key, value in node.items():
        if not checker.mapping(value, fields, f"entities.{key}", line_of(node, key)):
            continue
        if any(valid(value, lang, fields) is None for lang in LANGS):
            continue
        forms = {lang: _as_list(value[lang]) for lang in LANGS}
        adjectives = valid(value, "adjectives", fields, {})
        entities[str(key)] = Entity(
            id=str(key), type=str(value.get("type", "other")), forms=forms,
            note=valid(value, "note", fields), origin=origin, line=line_of(node, key),
            adjectives={str(lang): _as_list(words) for lang, words in adjectives.items()},
            unconfirmed=[str(lang) for lang in valid(value, "unconfirmed", fields, [])],
            confirmed=valid(value, "confirmed", fields),
        )
    return entities


def _as_list(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def edit_entities(folder: Path, edit: Any) -> tuple[str, str]:
    """Apply *edit* (a function of the `entities:` mapping) to a release's register; the rest
    of release.yaml, comments included, is kept byte for byte. The result is checked like any
    source before it is written atomically; (text before, text after) is returned, for a diff.

    Only the register's own lines are parsed and written again: the comment lines before the
    next field belong to that field, and a YAML round trip of the whole file would move them.
    Import writes proposed names with it, `press glossary confirm` confirms them and
    `press glossary promote` takes them out once they are in the termbase.
    """
    import re

    from ruamel.yaml.comments import CommentedMap

    from press.atomic import write_text

    path = folder / RELEASE_FILE
    before = read_source_text(path)
    lines = before.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(r"entities\s*:", line)), None)
    if start is None:
        # a file that does not end its last line gets its line break first (start is then one later)
        lines = [*lines, *([] if before.endswith("\n") else ["\n"]), "entities: {}\n"]
        start = len(lines) - 1
    end = start
    for i in range(start + 1, len(lines)):
        if re.match(r"[^\s#]", lines[i]):
            break  # the next field
        if lines[i].strip() and lines[i][0] in " \t":
            end = i
    block = load_yaml(path, "".join(lines[start:end + 1]))
    entities = block.get("entities")
    if not isinstance(entities, CommentedMap):
        entities = block["entities"] = CommentedMap()
    entities.fa.set_block_style()  # `entities: {}` as press new writes it becomes a block
    edit(entities)
    written = dump_yaml(block) if entities else "entities: {}\n"
    after = "".join(lines[:start]) + written + "".join(lines[end + 1:])
    checker = Checker(path)
    _entities(load_yaml(path, after).get("entities") or {}, checker, "release")
    if checker.problems:
        raise SourceError(checker.problems)
    write_text(path, after)
    return before, after


def entity_node(forms: dict[str, Any], kind: str, unconfirmed: list[str] | None = None,
                note: str | None = None) -> Any:
    """A register entry as release.yaml and the termbase write it: type, a form per language
    (one name, or a list), then what is not yet confirmed and a note."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    node = CommentedMap(type=kind)
    for lang in LANGS:
        value = forms[lang]
        if isinstance(value, list) and len(value) > 1:
            value = CommentedSeq(value)
            value.fa.set_flow_style()
        node[lang] = value[0] if isinstance(value, list) else value
        if isinstance(value, CommentedSeq):
            node[lang] = value
    if unconfirmed:
        node["unconfirmed"] = CommentedSeq(unconfirmed)
        node["unconfirmed"].fa.set_flow_style()
    if note:
        node["note"] = note
    return node


def find_release_folders(root: Path) -> list[Path]:
    """Every folder below *root* that holds a release.yaml, sorted by path (oldest first).

    os.walk, not Path.rglob: an archive of thousands of releases is listed on every export.
    """
    import os

    return sorted(Path(folder) for folder, _, names in os.walk(root) if RELEASE_FILE in names)


def load_release(folder: Path, termbase: dict[str, Entity] | None = None) -> Release:
    """Read, validate and assemble one release; all its problems in one SourceError."""
    path = folder / RELEASE_FILE
    doc = load_yaml(path)
    checker = Checker(path)
    if not checker.mapping(doc, RELEASE_FIELDS) or checker.required_broken(RELEASE_FIELDS):
        raise SourceError(checker.problems)
    entities = dict(termbase or {})
    declared = valid(doc, "entities", RELEASE_FIELDS, {})
    entities.update(_entities(declared, checker, "release"))
    facts = _facts(valid(doc, "facts", RELEASE_FIELDS, {}), checker)
    meta = _meta(doc, checker)
    meta.photo = _photo(doc, folder, meta.langs, checker)
    # an entity declared with an error is reported once, not again at every reference to it
    _check_references(doc, meta, set(entities) | {str(key) for key in declared}, facts, checker)
    versions, version_problems = _versions(folder, meta, doc)
    problems = checker.problems + version_problems
    if problems:
        raise SourceError(problems)
    return Release(meta=meta, entities=entities, facts=facts, versions=versions, folder=folder)


def _meta(doc: Any, checker: Checker) -> Meta:
    contacts = []
    for index, node in enumerate(items := valid(doc, "contacts", RELEASE_FIELDS, [])):
        if checker.mapping(node, CONTACT_FIELDS, f"contacts[{index}]", line_of(items, index)):
            names = valid(node, "name", CONTACT_FIELDS, {})
            contacts.append(Contact(name={str(k): str(v) for k, v in names.items()},
                                    email=valid(node, "email", CONTACT_FIELDS),
                                    phone=valid(node, "phone", CONTACT_FIELDS)))
    corrections = []
    for index, node in enumerate(items := valid(doc, "corrections", RELEASE_FIELDS, [])):
        if checker.mapping(node, CORRECTION_FIELDS, f"corrections[{index}]", line_of(items, index)):
            note = valid(node, "note", CORRECTION_FIELDS, {})
            if (day := valid(node, "date", CORRECTION_FIELDS)) is not None:
                corrections.append(Correction(date=day, note={str(k): str(v) for k, v in note.items()}))
    meta = Meta(
        id=str(doc["id"]), date=doc["date"], dateline=str(doc["dateline"]),
        brand=str(doc["brand"]), source_lang=str(doc["source_lang"]),
        target_langs=[str(lang) for lang in doc["target_langs"]],
        tags=[str(t) for t in valid(doc, "tags", RELEASE_FIELDS, [])], contacts=contacts,
        embargo=as_datetime(valid(doc, "embargo", RELEASE_FIELDS)), corrections=corrections,
        synthetic=bool(valid(doc, "synthetic", RELEASE_FIELDS, False)),
    )
    if meta.source_lang in meta.target_langs:
        checker.add(line_of(doc, "target_langs"), "target_langs",
                    f"{meta.source_lang} is the source language; list only the others")
    return meta


def _photo(doc: Any, folder: Path, langs: list[str], checker: Checker) -> Photo | None:
    """The lead photo, checked like the rest of the source: a JPEG or PNG inside the release
    folder (never a path out of it: the file is copied beside the outputs and read by
    WeasyPrint), with alt text in every language of the release."""
    node = valid(doc, "photo", RELEASE_FIELDS)
    line = line_of(doc, "photo")
    if node is None or not checker.mapping(node, PHOTO_FIELDS, "photo", line):
        return None
    alt = {str(k): str(v) for k, v in valid(node, "alt", PHOTO_FIELDS, {}).items()}
    for lang in langs:
        if not alt.get(lang, "").strip():
            checker.add(line_of(node, "alt"), "photo.alt", f"no alt text in {lang}: say what the photo shows")
    credit = valid(node, "credit", PHOTO_FIELDS, {})
    name = valid(node, "file", PHOTO_FIELDS)
    size = _photo_size(folder, name, checker, line_of(node, "file")) if name is not None else None
    if size is None:
        return None
    return Photo(file=str(name), alt=alt,
                 caption={str(k): str(v) for k, v in valid(node, "caption", PHOTO_FIELDS, {}).items()},
                 credit=dict.fromkeys(langs, credit) if isinstance(credit, str)
                 else {str(k): str(v) for k, v in credit.items()},
                 width=size[0], height=size[1])


def _photo_size(folder: Path, name: str, checker: Checker, line: int) -> tuple[int, int] | None:
    """(width, height) of the photo file, or None with the problem recorded."""
    path = folder / name
    inside = not Path(name).is_absolute() and ".." not in Path(name).parts and \
        path.resolve().is_relative_to(folder.resolve())
    if not inside:
        checker.add(line, "photo.file",
                    f"{name!r} is outside the release folder; put the photo beside release.yaml")
        return None
    if not path.is_file():
        checker.add(line, "photo.file", f"{name!r} is not a file in {folder.name}/")
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            kind, size = image.format, image.size
    except (UnidentifiedImageError, OSError):
        kind, size = None, (0, 0)
    if kind not in PHOTO_FORMATS or path.suffix.lower() not in PHOTO_FORMATS[kind]:
        checker.add(line, "photo.file", f"{name!r} is not a JPEG (.jpg) or PNG (.png) image")
        return None
    return size


def _facts(node: Any, checker: Checker) -> dict[str, Fact]:
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
            id=str(key), kind=str(kind), date=valid(value, "date", FACT_FIELDS),
            value=valid(value, "value", FACT_FIELDS), unit=valid(value, "unit", FACT_FIELDS),
            year=valid(value, "year", FACT_FIELDS), about=valid(value, "about", FACT_FIELDS),
            entities=[str(e) for e in valid(value, "entities", FACT_FIELDS, [])],
            line=line_of(node, key),
        )
    return facts


def _check_references(doc: Any, meta: Meta, entities: set[str],
                      facts: dict[str, Fact], checker: Checker) -> None:
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


def load_version(path: Path, lang: str, is_source: bool, text: str | None = None) -> Version:
    """One language file (or *text* as that file); the source language's segments need only text."""
    doc = load_yaml(path, text)
    checker = Checker(path)
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
            approved_hash=node.get("approved_hash"),
        )
    if checker.problems:
        raise SourceError(checker.problems)
    version = Version(lang=lang, segments=segments, path=path)
    version.doc = doc  # type: ignore[attr-defined]  # kept so that saving keeps comments
    return version


_SEGMENT_KEYS = ("text", "kind", "status", "source_hash", "source_text", "engine",
                 "changed_by", "changed_at", "approved_hash", "note")


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


HISTORY_FILE = "review-history.yaml"
"""Per release: approved texts replaced or hand-edited, and each approval, oldest first."""


def read_history(folder: Path) -> list[dict[str, Any]]:
    path = folder / HISTORY_FILE
    return list(load_yaml(path) or []) if path.exists() else []


def append_history(folder: Path, entries: list[dict[str, Any]]) -> None:
    """Add *entries* to the release's review history (written atomically)."""
    from press.atomic import write_text

    if entries:
        write_text(folder / HISTORY_FILE, dump_yaml(read_history(folder) + entries,
                                                    "# Review history: approvals, replaced and hand-edited "
                                                    "approved translations.\n"))


def demote_hand_edits(release: Release, lang: str) -> list[str]:
    """Approved segments whose text changed outside press go back to `translated`; the change
    (who approved, when it was found, the approved text as recorded) goes to the history."""
    version = release.versions[lang]
    entries = []
    approved = {(e.get("segment"), e.get("lang"), e.get("approved_hash")): e.get("text")
                for e in read_history(release.folder) if e.get("event") == "approved"}
    for seg in version.segments.values():
        if not seg.hand_edited:
            continue
        entries.append({"event": "hand edit", "segment": seg.id, "lang": lang,
                        "found_at": dt.datetime.now().astimezone().replace(microsecond=0).isoformat(),
                        "approved_by": seg.changed_by, "approved_at": seg.changed_at,
                        "approved_hash": seg.approved_hash,
                        "old_text": approved.get((seg.id, lang, seg.approved_hash), "(not recorded)"),
                        "text": seg.text})
        seg.status, seg.approved_hash = Status.TRANSLATED, None
        seg.changed_by = "edited outside press (found at save)"
    append_history(release.folder, entries)
    return [entry["segment"] for entry in entries]


def save_version(release: Release, lang: str) -> None:
    """Write one language file atomically (temporary file, fsync, rename); approved text edited
    by hand is demoted first (`demote_hand_edits`)."""
    from press.atomic import write_text

    if lang != release.meta.source_lang:
        demote_hand_edits(release, lang)
    version = release.versions[lang]
    path = version.path or release.folder / f"{lang}.yaml"
    is_source = lang == release.meta.source_lang
    text = version_yaml(version, is_source)
    # the last guard of every door: what is written must load again under the loader's rules
    load_version(path, lang, is_source, text=decode_source(path, text.encode("utf-8")))
    write_text(path, text)
