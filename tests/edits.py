"""Shared by the checker's tests: a text of three versions with one version edited, and what
`press check --text` finds on it. Every test module takes these from here, none from another
test module, so that a module can be read (and run) on its own."""

from __future__ import annotations

import datetime as dt
from functools import cache

from press.check import check_texts

DAY = dt.date(2026, 7, 10)
"""The release day of the shared tests' texts (relative dates are read against it)."""


def edited(texts: dict[str, str], lang: str, old: str, new: str, count: int = -1) -> dict[str, str]:
    """*texts* with *old* replaced by *new* in version *lang* (every occurrence, or the first
    *count*); *old* must be there, so that an edit cannot silently miss and leave a test green."""
    assert old in texts[lang], old
    return dict(texts, **{lang: texts[lang].replace(old, new, count)})


@cache
def packaged_termbase() -> dict:
    """The entities `press check --text` reads with no glossary in a folder of no project."""
    from press.commands.check import load_entities

    return load_entities(None, None)


def found_on(texts: dict[str, str], termbase: dict, day: dt.date = DAY) -> list[tuple[str, list[str], str]]:
    """(rule, langs, excerpt) of every finding on *texts*."""
    return [(f.rule, f.langs, f.excerpt) for f in check_texts(texts, termbase, day).findings]


def rules_found(texts: dict[str, str], termbase: dict) -> set[str]:
    """The rules that find something on *texts*."""
    return {rule for rule, _, _ in found_on(texts, termbase)}


def found_only_when_edited(texts: dict[str, str], termbase: dict, rule: str,
                           lang: str, old: str, new: str) -> None:
    """*rule* finds nothing on the clean *texts*, and finds the edit of *old* to *new* in *lang*."""
    assert rule not in rules_found(texts, termbase)
    assert rule in rules_found(edited(texts, lang, old, new), termbase)


def found_in_only(texts: dict[str, str], rule: str, lang: str, old: str, new: str,
                  termbase: dict | None = None) -> None:
    """*rule* finds nothing on the clean *texts*, and finds the edit of *old* to *new* once,
    in version *lang* alone (with no register unless *termbase*)."""
    assert rule not in rules_found(texts, termbase or {})
    assert [langs for found, langs, _ in found_on(edited(texts, lang, old, new), termbase or {})
            if found == rule] == [[lang]], (rule, lang)


def name_errors(texts: dict[str, str], day: dt.date = DAY) -> list[tuple[str, list[str], str]]:
    """(rule, langs, excerpt) of the error-level names findings on *texts*, with no register."""
    return [(f.rule, f.langs, f.excerpt) for f in check_texts(texts, {}, day).findings
            if f.rule.startswith("names.") and f.severity == "error"]


def name_error_in(texts: dict[str, str], lang: str) -> bool:
    """A names error on *texts* names version *lang*."""
    return any(lang in langs for _, langs, _ in name_errors(texts))


def findings(en: str, ru: str, kk: str, prefix: str = "names.",
             day: dt.date = DAY) -> list[tuple[str, str, str, str]]:
    """(rule, severity, langs joined by commas, excerpt) of the findings whose rule starts with
    *prefix*, with the packaged termbase (as `press check --text` reads them)."""
    report = check_texts({"en": en, "ru": ru, "kk": kk}, packaged_termbase(), day)
    return [(f.rule, f.severity, ",".join(f.langs), f.excerpt) for f in report.findings
            if f.rule.startswith(prefix)]


def name_findings(texts: dict[str, str]) -> list[tuple[str, str, list[str], str, str]]:
    """(rule, severity, langs, excerpt, message) of every names finding on *texts*, with the
    packaged termbase: the message too, so a test can say which stand-in a swap names."""
    return [(f.rule, f.severity, f.langs, f.excerpt, f.message)
            for f in check_texts(texts, packaged_termbase(), DAY).findings if f.rule.startswith("names.")]
