"""Corrections after publication: a dated change note in every language, kept in release.yaml."""

from __future__ import annotations

import datetime as dt

from press.errors import PressError
from press.model import Release

KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def add_correction(release: Release, date: dt.date, notes: dict[str, str]) -> None:
    """Append {date, note: {lang: text}} to release.yaml's corrections, comments kept, atomically."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from press.atomic import write_text
    from press.yamlio import dump_yaml, load_yaml

    notes = _gated(notes)
    _check(release, date, notes)
    path = release.folder / "release.yaml"
    doc = load_yaml(path)
    if not isinstance(doc.get("corrections"), list):
        doc["corrections"] = CommentedSeq()
    entry = CommentedMap()
    entry["date"] = date
    entry["note"] = CommentedMap((lang, notes[lang].strip()) for lang in release.meta.langs)
    doc["corrections"].append(entry)
    write_text(path, dump_yaml(doc))


def _gated(notes: dict[str, str]) -> dict[str, str]:
    """Each note passes the loader's rules (press.gate): NFC, no control character, a size limit."""
    from press.gate import clean

    return {lang: clean(text, "--note", 0, lang) for lang, text in notes.items()}


def _check(release: Release, date: dt.date, notes: dict[str, str]) -> None:
    langs = release.meta.langs
    extra = sorted(set(notes) - set(langs))
    if extra:
        raise PressError(f"--note {extra[0]}=…: {release.id} has no language {extra[0]!r} "
                         f"(its languages: {', '.join(langs)})")
    missing = [lang for lang in langs if not notes.get(lang, "").strip()]
    if missing:
        raise PressError("a correction needs a note in every language; missing: "
                         + ", ".join(f"--note {lang}=…" for lang in missing))
    if date < release.meta.date:
        raise PressError(f"--date {date}: a correction cannot precede the release ({release.meta.date})")
    if "ru" in notes and KAZAKH_ONLY & set(notes["ru"]):
        raise PressError("--note ru=…: Russian text contains Kazakh letters "
                         + "".join(sorted(KAZAKH_ONLY & set(notes["ru"]))))
