"""The checker's view of a release or of plain texts: paragraphs per language, registers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TypeVar

from press.lang.names import capital_gloss, seat_of_a_title, skeleton
from press.lang.read_dates import (
    DateMention,
    RelativeMention,
    find_anaphoric,
    find_dates,
    find_periods,
    find_relative,
    find_weekdays,
)
from press.lang.read_designations import find_designations
from press.lang.read_names import attribution_spans
from press.lang.read_numbers import NumberMention, find_numbers
from press.model import Entity, Fact

T = TypeVar("T")


def _six_months(number: NumberMention) -> bool:
    """The six months a half of the year implies (press.lang.read_numbers `_IMPLIED`)."""
    return number.soft and number.unit == "month" and number.value == 6


@dataclass
class Para:
    """One paragraph (segment) of one language version."""

    id: str
    lang: str
    text: str
    location: str

    @cached_property
    def dates(self) -> list[DateMention]:
        return list(_dates(self.text, self.lang))

    @cached_property
    def relative(self) -> list[RelativeMention]:
        """Dates named from the release date (today, в прошлом году, былтыр)."""
        return list(_relative(self.text, self.lang))

    @cached_property
    def attributions(self) -> list[tuple[int, int]]:
        """Clauses that say where the news comes from ("reports Kazinform", «сообщает пресс-служба»)."""
        return list(_attributions(self.text, self.lang))

    @cached_property
    def this_day(self) -> list[tuple[int, int]]:
        """Where the paragraph names a day as "this day" («в этот день», осы күні)."""
        return list(_anaphoric(self.text, self.lang, "day"))

    @cached_property
    def day_before(self) -> list[tuple[int, int]]:
        """Where the paragraph names the day before that one («накануне», the day before)."""
        return list(_anaphoric(self.text, self.lang, "eve"))

    @cached_property
    def weekdays(self) -> list[RelativeMention]:
        """Weekdays named without a date ("on Wednesday"): unit "weekday", offset the weekday."""
        return list(_weekdays(self.text, self.lang))

    @cached_property
    def periods(self) -> list[RelativeMention]:
        """Seasons and halves named without a date (in the spring, во втором полугодии)."""
        return list(_periods(self.text, self.lang))

    @cached_property
    def designations(self) -> list[tuple[int, int, str]]:
        """Designations (Союз МС-28, № 715); an abbreviation before a date is none («ООН 23
        сентября»: the 23 is the date's day)."""
        return list(_designations(self.text, self.lang))

    @cached_property
    def numbers(self) -> list[NumberMention]:
        """Numbers outside dates, designations, halves, quarters and relative dates (the 9 of "9
        December" is a date, the second half of the year is no 2, the third quarter no 3, "two
        years ago" a year, the second ten days of April no 2); a half of the year is six months
        all the same, softly («за 6 месяцев 2024 года» for "in the first half of this year")."""
        return list(_numbers(self.text, self.lang))

    @cached_property
    def anchors(self) -> set[Hashable]:
        """What the paragraph states, written the same in every language: numbers, dates,
        places and the sound of names (for pairing the paragraphs of plain texts)."""
        from press.check.recognise import find_names

        found: set[Hashable] = {("n", n.value.normalize()) for n in self.numbers if not n.soft}
        found |= {("d", d.month, d.day) for d in self.dates}
        for m in find_names(self.text, self.lang, speakers=False):
            found |= {("p", w.place) if w.place else ("w", sound(w.text)) for w in m.words}
        return found

    def in_passing(self, start: int, end: int) -> bool:
        """The name at *start*..*end* is said in passing: a country as the gloss of its capital
        («Оман астанасы Маскат»), the seat inside a title («Папа Римский», the Pope) or the source
        the news is attributed to ("reports Kazinform", «сообщает пресс-служба МИД»). A version that
        leaves it out lacks nothing."""
        return capital_gloss(self.text, start, end, self.lang) or seat_of_a_title(self.text, start, end) \
            or any(s <= start and end <= e for s, e in self.attributions)

    def figures_in_a_row(self) -> list[tuple[NumberMention, NumberMention]]:
        """Each two stated figures said as a pair, one right after the other with no digit and
        at most a word or two between («с 237 до 897», "from 50 to 100,000", «237-ден 897-ге
        дейін»): the bounds of a range, a from/to pair."""
        stated = [n for n in self.numbers if not n.soft]
        return [(a, b) for a, b in zip(stated, stated[1:], strict=False)
                if b.start - a.end <= IN_A_ROW and not any(ch.isdigit() for ch in self.text[a.end:b.start])]

    def excerpt(self, start: int, end: int, margin: int = 0) -> str:
        return self.text[max(0, start - margin):end + margin].strip()


IN_A_ROW = 16
"""Characters at most between two figures said as a pair (`Para.figures_in_a_row`): a longer gap
is two figures of their own."""


# What a paragraph's text says, read once per text and language: a process that checks a text
# again (an editor's hook, a server, the next check of a release) reads only the paragraphs
# that changed. The readers are functions of the text and the language alone; the tuples are
# shared, each `Para` gets lists of its own.

_READ_CACHE = 4096


@lru_cache(maxsize=_READ_CACHE)
def _dates(text: str, lang: str) -> tuple[DateMention, ...]:
    return tuple(find_dates(text, lang))


@lru_cache(maxsize=_READ_CACHE)
def _relative(text: str, lang: str) -> tuple[RelativeMention, ...]:
    return tuple(find_relative(text, lang))


@lru_cache(maxsize=_READ_CACHE)
def _attributions(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    return tuple(attribution_spans(text, lang))


@lru_cache(maxsize=_READ_CACHE)
def _anaphoric(text: str, lang: str, kind: str) -> tuple[tuple[int, int], ...]:
    return tuple(find_anaphoric(text, lang, kind))


@lru_cache(maxsize=_READ_CACHE)
def _weekdays(text: str, lang: str) -> tuple[RelativeMention, ...]:
    return tuple(find_weekdays(text, lang, list(_dates(text, lang))))


@lru_cache(maxsize=_READ_CACHE)
def _periods(text: str, lang: str) -> tuple[RelativeMention, ...]:
    return tuple(find_periods(text, lang))


@lru_cache(maxsize=_READ_CACHE)
def _designations(text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    found = find_designations(text, terms=True)
    if not found:
        return tuple(found)
    starts = [d.start for d in _dates(text, lang)]
    return tuple((s, e, key) for s, e, key in found if not any(s < start < e for start in starts))


@lru_cache(maxsize=_READ_CACHE)
def _numbers(text: str, lang: str) -> tuple[NumberMention, ...]:
    taken = [(d.start, d.end) for d in _dates(text, lang)] \
        + [(s, e) for s, e, _ in _designations(text, lang)] \
        + [(m.start, m.end) for m in _relative(text, lang)]
    periods = [(p.start, p.end) for p in _periods(text, lang) if p.unit in ("half", "quarter", "decade")]
    return tuple(n for n in find_numbers(text, lang) if not any(s < n.end and n.start < e for s, e in taken)
                 and (_six_months(n) or not any(s < n.end and n.start < e for s, e in periods)))


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

    def location(self, group: dict[str, list[Para]], lang: str, default: str = "") -> str:
        paras = group.get(lang) or next((ps for ps in group.values() if ps), [])
        return paras[0].location if paras else default or self.name


_VOWELS = frozenset("aeiouyjwαθυψιω'")


def sound(word: str) -> str:
    """The first two consonants of a name, in any script and case form (Тоқаев, Tokayev,
    Тоқаевпен: tk): a coarse key for pairing paragraphs, not for judging names."""
    consonants = [ch for ch in skeleton(word.rpartition("-")[2]).lower() if ch not in _VOWELS]
    return "".join(ch for i, ch in enumerate(consonants) if not i or ch != consonants[i - 1])[:2]


ALIGNED = 0.5
"""Share of what two paragraphs state (Jaccard: names, numbers, dates) from which they are taken
for translations of each other; below it they are two hands' different paragraphs."""


def paragraph_groups(bundle: Bundle) -> list[tuple[str, dict[str, list[Para]]]]:
    """Plain texts with as many paragraphs (two or more) in every version, paired by what the
    paragraphs state (`Para.anchors`) rather than by position: each paragraph of the first
    version with the paragraph of each other version that is its best match and it theirs (a
    swapped pair of paragraphs is found swapped back), when they share at least ALIGNED of
    what they state. A version with no such paragraph is left out of that group: versions
    written by different hands do not map paragraph to paragraph, and what one says in
    another paragraph is not dropped. A headline is paired with nothing. [] for releases
    (compared segment by segment) and other texts."""
    counts = {len(paras) for paras in bundle.paras.values()}
    if bundle.aligned or len(counts) != 1 or counts in ({0}, {1}):
        return []
    if "paragraph_groups" not in bundle.memo:
        langs, start = bundle.langs, int(_titled(bundle))
        first = bundle.paras[langs[0]][start:]
        pairs = {lang: _pairs(first, bundle.paras[lang][start:]) for lang in langs[1:]}
        bundle.memo["paragraph_groups"] = [
            (str(i + start + 1), {langs[0]: [para]} | {
                lang: [bundle.paras[lang][start + pairs[lang][i]]] if i in pairs[lang] else []
                for lang in langs[1:]})
            for i, para in enumerate(first)]
    return bundle.memo["paragraph_groups"]


def translated_share(bundle: Bundle, a: str, b: str) -> tuple[int, int]:
    """(the paragraphs of version *a* but a headline that the paragraph of *b* at the same
    place translates, all those paragraphs), as `paragraph_groups` pairs them: for two
    versions with as many paragraphs, whether they are translations paragraph by paragraph."""
    start = int(_titled(bundle))
    left, right = bundle.paras[a][start:], bundle.paras[b][start:]
    return sum(i == j for i, j in _pairs(left, right).items()), len(left)


def _pairs(left: list[Para], right: list[Para]) -> dict[int, int]:
    """i → j: paragraph j of *right* translates paragraph i of *left* (`_mutual_best` by what
    they state, then what stays unpaired at the same place if `_alike`)."""
    pairs = _mutual_best([p.anchors for p in left], [p.anchors for p in right])
    taken = set(pairs.values())
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        if i not in pairs and i not in taken and _alike(a, b):
            pairs[i] = i
    return pairs


def body(bundle: Bundle, lang: str) -> list[Para]:
    """The paragraphs of version *lang* but a headline: where a version states its facts, and
    how often."""
    paras = bundle.paras[lang]
    return paras[1:] if len(paras) > 1 and _titled(bundle) else paras


def _titled(bundle: Bundle) -> bool:
    """Plain texts whose first paragraph is a headline in some version."""
    return not bundle.aligned and any(paras and _headline(paras[0]) for paras in bundle.paras.values())


def _headline(para: Para) -> bool:
    """A first paragraph that is a title (twenty words at most, no full stop at its end): what
    it names, each hand chooses («Мемлекет басшысы … қабылдады», "President Tokayev receives
    …"); the body states the facts."""
    return len(para.text.split()) <= 20 and not para.text.rstrip().endswith((".", "!", "?", "…", ";"))


def _alike(a: Para, b: Para) -> bool:
    """Two paragraphs at the same place that no better pairing claims are taken for a
    translation when of a like length and either stating nothing to pair by, or each stating
    something the other does not beside what they share (a figure or name replaced: «Шымкент»
    for Almaty), or as many things with none shared (the one figure of a short paragraph
    replaced: «Эти 2 соглашения» for "The 3 agreements"). One that only lacks most of what the
    other states (the names replaced by "the heads of state") is another hand's paragraph."""
    if not 0.6 <= len(a.text) / max(1, len(b.text)) <= 1.67:
        return False
    x, y = a.anchors, b.anchors
    if not x and not y:
        return True
    if not (x - y and y - x):
        return False
    return len(x & y) / len(x | y) >= 0.25 if x & y else len(x) == len(y)


def _mutual_best(left: list[set[Hashable]], right: list[set[Hashable]]) -> dict[int, int]:
    """i → j where paragraph j of *right* is the best match of paragraph i of *left* and i the
    best of j (ties to the same position), sharing at least ALIGNED of what they state."""
    def score(a: set[Hashable], b: set[Hashable]) -> float:
        return len(a & b) / len(a | b) if a or b else 0.0

    table = [[score(a, b) for b in right] for a in left]
    best_j = [max(range(len(right)), key=lambda j: (row[j], j == i)) for i, row in enumerate(table)]
    best_i = [max(range(len(left)), key=lambda i: (table[i][j], i == j)) for j in range(len(right))]
    return {i: j for i, j in enumerate(best_j) if best_i[j] == i and table[i][j] >= ALIGNED}


_REGISTERS: dict[tuple, tuple[tuple, object]] = {}
"""(what, termbase entity ids and identities) → (the entities, kept alive so that no identity
is reused while cached; the value)."""


def per_registers(bundle: Bundle, what: tuple, build: Callable[[Bundle], T]) -> list[T]:
    """What a rule builds from the registers (*what* names it: rule and language), as one value
    for the termbase's entities — built once per process and shared by every release, the
    termbase being hundreds of names — and, when the release has names of its own, one for
    those (a handful: built per check)."""
    if what not in bundle.memo:
        shared, own, identity = _registers_split(bundle)
        key = (what, identity)
        if key not in _REGISTERS:
            if len(_REGISTERS) >= 64:
                _REGISTERS.pop(next(iter(_REGISTERS)))
            _REGISTERS[key] = (tuple(shared.values()), build(Bundle("termbase", {}, shared)))
        values = [_REGISTERS[key][1]]
        if own:
            values.append(build(Bundle("registers", {}, own)))
        bundle.memo[what] = values
    return bundle.memo[what]  # type: ignore[return-value]


def _registers_split(bundle: Bundle) -> tuple[dict[str, Entity], dict[str, Entity], tuple]:
    """The bundle's termbase entities, its own, and the termbase's identity (ids and objects),
    read once per check: every rule asks `per_registers`, and the termbase has hundreds."""
    if ("registers.split",) not in bundle.memo:
        shared = {k: e for k, e in bundle.entities.items() if e.origin == "termbase"}
        own = {k: e for k, e in bundle.entities.items() if e.origin != "termbase"}
        bundle.memo[("registers.split",)] = (shared, own, tuple((e.id, id(e)) for e in shared.values()))
    return bundle.memo[("registers.split",)]  # type: ignore[return-value]
