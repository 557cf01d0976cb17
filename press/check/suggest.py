"""Termbase suggestions: names in no register, aligned across versions by transliteration."""

from __future__ import annotations

from difflib import SequenceMatcher

from press.check.document import Bundle
from press.check.names import _candidates, _stems, find_mentions, latin_key
from press.lang import LANGS, russian
from press.lang.tokens import tokens


def suggest_entries(bundle: Bundle) -> list[dict[str, str]]:
    """One {id, en, kk, ru} per unregistered ru/kk name with a transliterated counterpart."""
    entries: dict[str, dict[str, str]] = {}
    for _, group in bundle.groups():
        words = {lang: [t.text for p in paras for t in tokens(p.text)] for lang, paras in group.items()}
        for lang in ("ru", "kk"):
            for para in group.get(lang, []):
                for token in _candidates(bundle, para, find_mentions(para, bundle)):
                    entry = _align(token.text, lang, words)
                    if entry and entry["id"] not in entries:
                        entries[entry["id"]] = entry
    return list(entries.values())


def _align(word: str, lang: str, words: dict[str, list[str]]) -> dict[str, str] | None:
    mine = {latin_key(s) for s in _stems(word, lang)}
    entry = {lang: _nominative(word, lang)}
    for other, candidates in words.items():
        if other == lang:
            continue
        best = max(((max(SequenceMatcher(None, m, latin_key(s)).ratio() for m in mine
                         for s in _stems(c, other)), c) for c in candidates if c[:1].isupper()),
                   default=(0.0, ""))
        if best[0] >= 0.72:
            entry[other] = _nominative(best[1], other)
    if "en" not in entry:
        return None
    entry["id"] = entry["en"].lower().replace(" ", "-")
    return entry


def _nominative(word: str, lang: str) -> str:
    if lang == "ru":
        forms = russian.lemmas(word)
        return next(iter(sorted(forms))).title() if forms else word
    if lang == "en":
        return word.removesuffix("’s").removesuffix("'s")
    return word  # Kazakh: the form as written; the reviewer sets the nominative


def render_yaml(entries: list[dict[str, str]]) -> str:
    lines = ["# Suggested termbase entries: check each form, then add them to locales/termbase.yaml",
             "entities:"]
    for entry in entries:
        lines.append(f"  {entry['id']}:")
        lines.append("    type: other")
        for lang in LANGS:
            if lang in entry:
                lines.append(f"    {lang}: {entry[lang]}")
    return "\n".join(lines)
