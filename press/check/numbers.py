"""Numbers and units: the same values in every version, per segment, with the same units."""

from __future__ import annotations

from decimal import Decimal

from press.check.compare import Item, compare
from press.check.document import Bundle
from press.check.findings import Finding


def _show(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return f"{int(value):,}" if value == value.to_integral_value() else text


def check(bundle: Bundle) -> list[Finding]:
    findings = []
    for _, group in bundle.groups():
        items = {lang: [Item(n.value.normalize(), _show(n.value), para, n.text,
                             n.alt.normalize() if n.alt is not None else None)
                        for para in paras for n in para.numbers]
                 for lang, paras in group.items() if paras}
        findings += compare(bundle, items, "numbers.mismatch", "number")
        findings += _units(bundle, group)
    return findings


def _units(bundle: Bundle, group: dict) -> list[Finding]:
    """245 days in one version and 245 hours in another: same value, different unit."""
    units: dict[Decimal, dict[str, set[str]]] = {}
    where: dict[tuple[Decimal, str], tuple[str, str]] = {}
    for lang, paras in group.items():
        for para in paras:
            for n in para.numbers:
                if n.unit:
                    units.setdefault(n.value.normalize(), {}).setdefault(lang, set()).add(n.unit)
                    where[(n.value.normalize(), lang)] = (para.location, n.text)
    findings = []
    for value, per_lang in units.items():
        if len(per_lang) < 2 or len(set.union(*per_lang.values())) < 2:
            continue
        votes: dict[frozenset[str], list[str]] = {}
        for lang, found in per_lang.items():
            votes.setdefault(frozenset(found), []).append(lang)
        agreed = max(votes, key=lambda k: (len(votes[k]), bundle.source_lang in votes[k]))
        for found, langs in votes.items():
            if found == agreed:
                continue
            for lang in langs:
                location, excerpt = where[(value, lang)]
                findings.append(Finding(
                    "numbers.unit", "error", [lang], location, excerpt,
                    f"{lang} counts {_show(value)} in {', '.join(sorted(found))} where "
                    f"{', '.join(votes[agreed])} count it in {', '.join(sorted(agreed))}"))
    return findings
