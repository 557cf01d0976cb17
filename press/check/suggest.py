"""Termbase suggestions: names in no register, aligned across versions by `press.lang.names`
(the same recognition and alignment the checker uses)."""

from __future__ import annotations

import re

from press.check import recognise
from press.check.document import Bundle
from press.check.names import find_mentions, unregistered_names
from press.check.unregistered import FreeNames
from press.lang import names
from press.lang.names import NameMention, NameWord


def suggest_entries(bundle: Bundle) -> list[dict[str, str]]:
    """One {id, type, en, kk, ru} per unregistered name with an English counterpart."""
    mentions = {(p.lang, p.location, p.id): find_mentions(p, bundle)
                for paras in bundle.paras.values() for p in paras}
    entries: dict[str, dict[str, str]] = {}
    for _, group in bundle.groups():
        found = unregistered_names(group, mentions)
        aligner = FreeNames(bundle, group, found)
        for lang in ("ru", "kk"):
            for _, mention in found.get(lang, []):
                entry = _entry(aligner, mention)
                if entry and entry["id"] not in entries:
                    entries[entry["id"]] = entry
    return list(entries.values())


def _entry(aligner: FreeNames, mention: NameMention) -> dict[str, str] | None:
    """The entry of one name; without an English version its English form is the state's
    romanisation of the Russian (or Kazakh) one, marked unconfirmed."""
    english = aligner.counterpart(mention, "en")
    if english is None:
        latin = " ".join(_latin(w, mention.lang) for w in mention.words)
        entry = {"id": re.sub(r"[^a-z0-9]+", "-", latin.lower()).strip("-"),
                 "type": _kind(mention, mention), "en": latin, "unconfirmed": "[en]"}
    else:
        entry = {"id": names.nominative(english.text, "en").lower().replace(" ", "-"),
                 "type": _kind(mention, english), "en": names.nominative(english.text, "en")}
    russian = aligner.counterpart(mention, "ru")
    if russian is not None:
        entry["ru"] = " ".join(names.nominative(w.text, "ru") for w in russian.words)
    kazakh = aligner.counterpart(mention, "kk")
    if kazakh is not None:
        like = entry.get("ru", "").split()
        if len(like) != len(kazakh.words):
            like = [""] * len(kazakh.words)
        entry["kk"] = " ".join(names.nominative(w.text, "kk", reading)
                               for w, reading in zip(kazakh.words, like, strict=True))
    return entry


def _latin(word: NameWord, lang: str) -> str:
    """CLDR's English name of a place (Будапешт → Budapest), else the state's romanisation."""
    known = names.place_names(word.place, "en") if word.place else []
    if known:
        return max(known, key=len).title()
    return names.romanise(names.nominative(word.text, lang))


def _kind(mention: NameMention, english: NameMention) -> str:
    if any(w.place for w in mention.words + english.words):
        return "place"
    if mention.titled or english.titled or any(recognise.is_person_word(w.text, w.lang)
                                               for w in mention.words):
        return "person"
    return "other"


def render_yaml(entries: list[dict[str, str]]) -> str:
    lines = ["# Suggested termbase entries: check each form, then add them to locales/termbase.yaml",
             "entities:"]
    for entry in entries:
        lines.append(f"  {entry['id']}:")
        lines.append(f"    type: {entry.get('type', 'other')}")
        for lang in ("en", "kk", "ru", "unconfirmed"):
            if lang in entry:
                lines.append(f"    {lang}: {entry[lang]}")
    return "\n".join(lines)
