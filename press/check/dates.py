"""Dates: every version states the same dates (as multisets), and weekdays agree with them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable

from press.check.compare import Item, compare
from press.check.document import Bundle, Para
from press.check.findings import Finding
from press.lang import format_date
from press.lang.dates import month_name, weekday_name
from press.lang.read_dates import weekday_before


def label(year: int | None, month: int, day: int | None) -> str:
    """A date in English words, the same for every language's message."""
    if day is not None and year is not None:
        try:
            return format_date(dt.date(year, month, day), "en")
        except ValueError:
            pass
    parts = [str(day) if day else "", month_name(month, "en"), str(year) if year else ""]
    return " ".join(p for p in parts if p)


def check(bundle: Bundle) -> list[Finding]:
    findings = _weekdays(bundle)
    for _, group in bundle.groups():
        items = {lang: [Item(key := m.resolved(bundle.reference), label(*key), para, m.text)
                        for para in paras for m in para.dates] + _relative(bundle, paras)
                 for lang, paras in group.items() if paras}
        findings += compare(bundle, items, "dates.mismatch", "date", render=_expected)
    return findings


def _relative(bundle: Bundle, paras: list[Para]) -> list[Item]:
    """"Yesterday", «в прошлом месяце» as the day or month they name, and a weekday named
    alone as that day of the release's week (soft: a translation may give the date instead, or
    leave the word out)."""
    if bundle.date is None:
        return []
    items = []
    for para in paras:
        for mention in para.relative:
            if mention.unit == "year":
                continue  # a year is a number: press.check.numbers reads it
            key = mention.resolve(bundle.date)
            items.append(Item(key, label(*key), para, mention.text, soft=True, kind=mention.unit))
        for mention in para.weekdays:
            day = weekday_before(bundle.date, mention.offset)
            key = (day.year, day.month, day.day)
            items.append(Item(key, label(*key), para, mention.text, soft=True, kind="weekday"))
    return items


def _expected(key: Hashable, lang: str) -> str | None:
    """The date as *lang* writes it in press style, for the message."""
    year, month, day = key  # type: ignore[misc]
    if year is None or day is None:
        return None
    try:
        return format_date(dt.date(year, month, day), lang)
    except ValueError:
        return None


def _weekdays(bundle: Bundle) -> list[Finding]:
    findings = []
    for lang, paras in bundle.paras.items():
        for para in paras:
            for mention in para.dates:
                day = mention.as_date(bundle.reference)
                if mention.weekday is None or day is None or day.weekday() == mention.weekday:
                    continue
                findings.append(Finding(
                    "dates.weekday", "error", [lang], para.location,
                    para.excerpt(mention.start, mention.end, 14),
                    f"{label(day.year, day.month, day.day)} is a {weekday_name(day.weekday(), 'en')}, "
                    f"but the text says {weekday_name(mention.weekday, 'en')}"))
    return findings
