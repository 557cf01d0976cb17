"""Comparing what each language version says as multisets: the shared logic of the dates,
numbers and designations rules.

In each unit of comparison (a segment, or the whole document for unaligned texts) every
version's items are counted; the count most versions agree on is taken as right (the source
language breaks ties) and each version that has fewer or more is reported, once, with what
it lacks and what it has instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass

from press.check.document import Bundle, Para
from press.check.findings import Finding, Severity


@dataclass(frozen=True)
class Item:
    """One thing read from one paragraph: the key that is compared and how to show it."""

    key: Hashable
    label: str
    """The key in words, the same in every language (9 December 2025, 4000 day)."""
    para: Para
    excerpt: str
    alt: Hashable | None = None
    """Another reading of an ambiguous item, used when only it has a counterpart."""


def compare(bundle: Bundle, items: dict[str, list[Item]], rule: str, what: str,
            severity: Severity = "error") -> list[Finding]:
    """Findings for each version whose multiset of items differs from the agreed one."""
    langs = [lang for lang in bundle.langs if lang in items]
    if len(langs) < 2:
        return []
    items = _resolve_alternatives(items)
    counts = {lang: Counter(item.key for item in items[lang]) for lang in langs}
    keys = {key for counter in counts.values() for key in counter}
    findings = []
    for lang in langs:
        others = [other for other in langs if other != lang]
        missing, extra = [], []
        for key in keys:
            agreed = _agreed(key, counts, langs, bundle.source_lang)
            have = counts[lang][key]
            if have < agreed:
                missing.append(key)
            elif have > agreed:
                extra.append(key)
        if missing or extra:
            findings.append(_finding(bundle, items, lang, others, missing, extra, rule, what, severity))
    return findings


def _agreed(key: Hashable, counts: dict[str, Counter[Hashable]], langs: list[str], source: str) -> int:
    votes = Counter(counts[lang][key] for lang in langs)
    best = max(votes.values())
    tied = [count for count, n in votes.items() if n == best]
    if len(tied) == 1:
        return tied[0]
    return counts[source][key] if source in counts else max(tied)


def _resolve_alternatives(items: dict[str, list[Item]]) -> dict[str, list[Item]]:
    """Read an ambiguous item (4,000 in Russian: 4000 or 4) the way the other versions do."""
    keys = {lang: {item.key for item in group} for lang, group in items.items()}
    resolved: dict[str, list[Item]] = {}
    for lang, group in items.items():
        elsewhere = set().union(*(k for other, k in keys.items() if other != lang))
        resolved[lang] = [
            Item(item.alt, item.label, item.para, item.excerpt)
            if item.alt is not None and item.key not in elsewhere and item.alt in elsewhere else item
            for item in group
        ]
    return resolved


def _finding(bundle: Bundle, items: dict[str, list[Item]], lang: str, others: list[str],
             missing: list[Hashable], extra: list[Hashable], rule: str, what: str,
             severity: Severity) -> Finding:
    def label(key: Hashable, langs: list[str]) -> Item:
        return next(i for lg in langs for i in items[lg] if i.key == key)

    lacks = [label(key, others) for key in missing]
    has = [label(key, [lang]) for key in extra]
    where = ", ".join(others)
    if lacks and has:
        message = (f"{lang} says {_join(has, True)} where {where} say {_join(lacks)}")
    elif lacks:
        message = f"{lang} lacks the {what} {_join(lacks)} that {where} state"
    else:
        message = f"{lang} has the {what} {_join(has, True)} that {where} do not state"
    anchor = has[0] if has else lacks[0]
    if bundle.aligned or anchor.para.lang == lang:
        location = anchor.para.location
    else:
        location = bundle.paras[lang][0].location if bundle.paras.get(lang) else anchor.para.location
    excerpt = has[0].excerpt if has else lacks[0].excerpt
    return Finding(f"{rule}", severity, [lang], location, excerpt, message)


def _join(items: list[Item], quote: bool = False) -> str:
    if quote:
        return ", ".join(f"«{i.excerpt}» ({i.label})" if i.excerpt != i.label else f"«{i.label}»"
                         for i in items)
    return ", ".join(i.label for i in items)
