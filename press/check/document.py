"""The checker's view of a release or of plain texts: paragraphs per language, registers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from press.lang.read_dates import (
    DateMention,
    RelativeMention,
    find_dates,
    find_periods,
    find_relative,
    find_weekdays,
)
from press.lang.read_designations import find_designations
from press.lang.read_numbers import NumberMention, find_numbers
from press.model import Entity, Fact

T = TypeVar("T")


@dataclass
class Para:
    """One paragraph (segment) of one language version."""

    id: str
    lang: str
    text: str
    location: str

    @cached_property
    def dates(self) -> list[DateMention]:
        return find_dates(self.text, self.lang)

    @cached_property
    def relative(self) -> list[RelativeMention]:
        """Dates named from the release date (today, в прошлом году, былтыр)."""
        return find_relative(self.text, self.lang)

    @cached_property
    def weekdays(self) -> list[RelativeMention]:
        """Weekdays named without a date ("on Wednesday"): unit "weekday", offset the weekday."""
        return find_weekdays(self.text, self.lang, self.dates)

    @cached_property
    def periods(self) -> list[RelativeMention]:
        """Seasons and halves named without a date (in the spring, во втором полугодии)."""
        return find_periods(self.text, self.lang)

    @cached_property
    def designations(self) -> list[tuple[int, int, str]]:
        """Designations (Союз МС-28, № 715); an abbreviation before a date is none («ООН 23
        сентября»: the 23 is the date's day)."""
        found = find_designations(self.text)
        if not found:
            return found
        starts = [d.start for d in self.dates]
        return [(s, e, key) for s, e, key in found if not any(s < start < e for start in starts)]

    @cached_property
    def numbers(self) -> list[NumberMention]:
        """Numbers outside dates, designations and halves (the 9 of "9 December" is a date, the
        second half of the year is no 2)."""
        taken = [(d.start, d.end) for d in self.dates] + [(s, e) for s, e, _ in self.designations] \
            + [(p.start, p.end) for p in self.periods if p.unit == "half"]
        return [n for n in find_numbers(self.text, self.lang)
                if not any(s < n.end and n.start < e for s, e in taken)]

    def excerpt(self, start: int, end: int, margin: int = 0) -> str:
        return self.text[max(0, start - margin):end + margin].strip()


@dataclass
class Bundle:
    """Everything one check looks at.

    *aligned* is true when paragraphs with the same id are translations of each other
    (release segments); plain texts are compared as whole documents.
    """

    name: str
    paras: dict[str, list[Para]]
    entities: dict[str, Entity]
    facts: dict[str, Fact] = field(default_factory=dict)
    date: dt.date | None = None
    year: int | None = None
    aligned: bool = True
    source_lang: str = "en"
    memo: dict = field(default_factory=dict, repr=False, compare=False)
    """Work that depends only on the bundle (the register forms per language), done once a check."""

    @property
    def langs(self) -> list[str]:
        ordered = [self.source_lang] + sorted(lang for lang in self.paras if lang != self.source_lang)
        return [lang for lang in ordered if lang in self.paras]

    @property
    def reference(self) -> dt.date | int | None:
        """What a date without a year is read against: the release date, or the texts' year."""
        return self.date or self.year

    def groups(self) -> list[tuple[str, dict[str, list[Para]]]]:
        """Units of comparison: each segment id (aligned) or the whole document per language."""
        if not self.aligned:
            return [("", self.paras)]
        ids: list[str] = []
        for paras in self.paras.values():
            ids += [p.id for p in paras if p.id not in ids]
        return [(pid, {lang: [p for p in paras if p.id == pid] for lang, paras in self.paras.items()})
                for pid in ids]

    def paragraph_groups(self) -> list[tuple[str, dict[str, list[Para]]]]:
        """Plain texts with as many paragraphs (two or more) in every version are translations
        paragraph by paragraph: units of comparison finer than the whole document. [] for
        releases (already compared segment by segment) and other texts."""
        counts = {len(paras) for paras in self.paras.values()}
        if self.aligned or len(counts) != 1 or counts in ({0}, {1}):
            return []
        return [(str(i + 1), {lang: [paras[i]] for lang, paras in self.paras.items()})
                for i in range(counts.pop())]

    def location(self, group: dict[str, list[Para]], lang: str, default: str = "") -> str:
        paras = group.get(lang) or next((ps for ps in group.values() if ps), [])
        return paras[0].location if paras else default or self.name


_REGISTERS: dict[tuple, tuple[tuple, object]] = {}
"""(what, termbase entity ids and identities) → (the entities, kept alive so that no identity
is reused while cached; the value)."""


def per_registers(bundle: Bundle, what: tuple, build: Callable[[Bundle], T]) -> list[T]:
    """What a rule builds from the registers (*what* names it: rule and language), as one value
    for the termbase's entities — built once per process and shared by every release, the
    termbase being hundreds of names — and, when the release has names of its own, one for
    those (a handful: built per check)."""
    if what not in bundle.memo:
        shared = {k: e for k, e in bundle.entities.items() if e.origin == "termbase"}
        own = {k: e for k, e in bundle.entities.items() if e.origin != "termbase"}
        key = (what, tuple((e.id, id(e)) for e in shared.values()))
        if key not in _REGISTERS:
            if len(_REGISTERS) >= 64:
                _REGISTERS.pop(next(iter(_REGISTERS)))
            _REGISTERS[key] = (tuple(shared.values()), build(Bundle("termbase", {}, shared)))
        values = [_REGISTERS[key][1]]
        if own:
            values.append(build(Bundle("registers", {}, own)))
        bundle.memo[what] = values
    return bundle.memo[what]  # type: ignore[return-value]
