"""Foreign names read by the Russian practical transcription of their own language.

Russian writes a Polish, Czech, Lithuanian, Hungarian, Italian or Japanese name by the published
rules of that language's transcription, not letter by letter: Wierzbicki is Вежбицкий (rz ж,
ie е, -cki -цкий), Krzysztof Кшиштоф, Bunkacho Бункатё (Polivanov: cho тё), Klaipėda Клайпеда,
Szijjártó Сийярто; an Indian name in its English spelling is read as said (Rajesh Раджеш, Iyer
Айер). Kazakh writes a foreign name with Russian's letters. Compared letter by letter, or by a
correspondence learnt from place names, such a name looks far from its transcription (a false
alarm on a right text) while a one-letter slip in it (Вежбецкий, Заводский, Onodara) looks no
further than the usual variation of the scripts (a miss).

The rules are data (`practical_transcription.toml`, a table per language), read here: a Latin
word gets the readings of every table whose letters it is spelt in (`readings`), and a word in
a language's own orthography (its letters or syllable shape: `claim`) is claimed by it
(`claimed_readings`): its Cyrillic form must then be one of that language's readings, and a form
one letter from all of them is a slip.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import product
from pathlib import Path

TABLES_FILE = Path(__file__).resolve().parent / "practical_transcription.toml"
MAX_READINGS = 256
"""Readings kept of one word (a rule with several Cyrillic forms multiplies them)."""


@dataclass(frozen=True)
class _Rule:
    spelling: str
    before: str
    """"" any, "^" the word's start, "V" after a vowel, "C" after a consonant."""
    after: str
    """"" any, "$" the word's end, "V" before a vowel, "C" before a consonant, or letters."""
    cyrillic: tuple[str, ...]


@dataclass(frozen=True)
class _Table:
    name: str
    letters: frozenset[str]
    vowels: frozenset[str]
    claim: re.Pattern[str] | None
    rules: dict[str, tuple[_Rule, ...]]
    """The rules by their spelling's first letter, the longest and the most specific first."""
    cyrillic: frozenset[str]
    """The Cyrillic letters its rules write (Polivanov's Japanese writes no л, ы)."""
    foreign: re.Pattern[str] | None
    """Cyrillic its transcription never writes (a ж but in дж, for Japanese)."""
    slips: bool
    """A claimed word a letter off all its readings is a slip (not for Indian names)."""


def _parse_rule(line: str) -> _Rule:
    """One line of a table: SPELLING CYRILLIC[|OTHER] with the contexts of the file's header."""
    left, right = line.split()
    before = after = ""
    if left.startswith("^"):
        before, left = "^", left[1:]
    elif left[:2] in ("V:", "C:"):
        before, left = left[0], left[2:]
    if left.endswith("$"):
        after, left = "$", left[:-1]
    elif ":" in left:
        left, after = left.split(":")
    return _Rule(left, before, after, tuple("" if c == "-" else c for c in right.split("|")))


def _specificity(rule: _Rule) -> tuple[int, int]:
    return -len(rule.spelling), -(bool(rule.before) + bool(rule.after))


@cache
def tables() -> tuple[_Table, ...]:
    """The transcription tables of `TABLES_FILE`, read once."""
    with TABLES_FILE.open("rb") as stream:
        data = tomllib.load(stream)
    found = []
    for name, table in data.items():
        rules = sorted((_parse_rule(line) for line in table["rules"].splitlines() if line.strip()),
                       key=_specificity)
        by_first: dict[str, list[_Rule]] = {}
        for rule in rules:
            by_first.setdefault(rule.spelling[0], []).append(rule)
        found.append(_Table(name, frozenset(table["letters"]), frozenset(table["vowels"]),
                            re.compile(table["claim"]) if table["claim"] else None,
                            {k: tuple(v) for k, v in by_first.items()},
                            frozenset(_fold("".join(c for r in rules for c in r.cyrillic))),
                            re.compile(table["foreign"]) if table.get("foreign") else None,
                            table.get("slips", True)))
    return tuple(found)


def _applies(rule: _Rule, word: str, i: int, vowels: frozenset[str]) -> bool:
    end = i + len(rule.spelling)
    if word[i:end] != rule.spelling:
        return False
    prev = word[i - 1] if i else ""
    if rule.before == "^" and i or rule.before == "V" and prev not in vowels \
            or rule.before == "C" and (not prev or prev in vowels):
        return False
    nxt = word[end:end + 1]
    return not (rule.after == "$" and nxt or rule.after == "V" and nxt not in vowels
                or rule.after == "C" and (not nxt or nxt in vowels)
                or rule.after not in ("", "$", "V", "C") and not word.startswith(rule.after, end))


def _read(table: _Table, word: str) -> tuple[str, ...]:
    """The Cyrillic readings of *word* (one part of a name, lower case) by *table*; none when a
    letter of it no rule reads."""
    pieces: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        rule = next((r for r in table.rules.get(word[i], ()) if _applies(r, word, i, table.vowels)), None)
        if rule is None:
            return ()
        pieces.append(rule.cyrillic)
        i += len(rule.spelling)
    found: list[str] = []
    for combination in product(*pieces):
        found.append("".join(combination))
        if len(found) >= MAX_READINGS:
            break
    return tuple(found)


def _plain(latin: str) -> str:
    return unicodedata.normalize("NFC", latin.lower()).replace("’", "").replace("'", "")


def _fits(table: _Table, word: str) -> bool:
    return all(ch in table.letters or ch == "-" for ch in word)


def _table_readings(table: _Table, word: str) -> tuple[str, ...]:
    parts = [_read(table, part) for part in word.split("-")]
    if not all(parts):
        return ()
    return tuple("-".join(c) for c in product(*parts))[:MAX_READINGS]


_ENGLISH_ADJECTIVE = re.compile(r"(?<=\w{5})(?:ian|ean)\Z")
"""English makes an adjective of a foreign name with -ian (Jagiellonian of Jagiellon), which
Russian makes with -ский and Kazakh writes as the name itself (Ягеллонский, Ягеллон)."""


@lru_cache(maxsize=8192)
def readings(latin: str) -> frozenset[str]:
    """The Cyrillic forms (lower case, ё as е) the Latin name word *latin* is written in by the
    transcription of every language whose letters spell it, whether or not its spelling is that
    language's (Dudek: Polish and Czech alike); of an English adjective in -ian, those of its
    name and their adjective in -ский."""
    word = _plain(latin)
    found = {_fold(r) for t in tables() if _fits(t, word) for r in _table_readings(t, word)}
    base = _ENGLISH_ADJECTIVE.sub("", word)
    if base != word:
        names = {_fold(r) for t in tables() if _fits(t, base) for r in _table_readings(t, base)}
        found |= names | {name + "ский" for name in names}
    return frozenset(found)


@lru_cache(maxsize=8192)
def _claiming(latin: str) -> tuple[_Table, ...]:
    """The tables that claim *latin* and read it."""
    word = _plain(latin)
    return tuple(t for t in tables() if t.claim is not None and _fits(t, word) and t.claim.search(word)
                 and _table_readings(t, word))


@lru_cache(maxsize=8192)
def claimed_readings(latin: str, cyrillic: str = "", slips: bool = False) -> frozenset[str]:
    """The readings of *latin* by the languages that claim it (their letters or syllables:
    Wierzbicki by Polish rz and -cki, Onodera by Japanese syllables): its Cyrillic form must be
    one of them. With *cyrillic*, only the languages whose rules could write it: all its letters,
    none of what they never write (Wanjiru, a Kenyan name of Japanese syllables, is no Japanese
    name in Ванжиру: Japanese transcription writes ж only in дж).
    With *slips*, only the languages whose slips are told (`_Table.slips`). Empty when no
    language claims it."""
    word, form = _plain(latin), _fold(cyrillic)
    return frozenset(_fold(r) for t in _claiming(latin)
                     if (not form or _writes(t, form)) and (t.slips or not slips)
                     for r in _table_readings(t, word))


def _writes(table: _Table, form: str) -> bool:
    """*table*'s rules could write the Cyrillic *form*: its letters, none of its `foreign`."""
    return set(form) - {"-"} <= table.cyrillic and not (table.foreign and table.foreign.search(form))


def _fold(cyrillic: str) -> str:
    return cyrillic.lower().replace("ё", "е")


def reads(latin: str, cyrillic: str) -> bool:
    """*cyrillic* (a stem, no case ending) is the practical transcription of *latin* by a
    language that claims it (Вежбицкий of Wierzbicki, Айер of Iyer). Not by any table whose
    letters merely fit: Saidow is no Polish name, and Саидов no reading of it."""
    return _fold(cyrillic) in claimed_readings(latin)


def reads_any(latin: str, cyrillic: str) -> bool:
    """*cyrillic* is a practical transcription of *latin* by any language whose letters spell
    it (`readings`): of two Cyrillic forms that disagree, the one that is tells the slip."""
    return _fold(cyrillic) in readings(latin)


def slip_of_claimed(latin: str, forms: tuple[str, ...]) -> bool:
    """*latin* is claimed by a language whose readings of it all miss the Cyrillic *forms* (a
    stem and the names it may be a case form of), one of them by a single letter: one of the two
    is misspelt (Onodara for Онодэра, Вежбецкий for Wierzbicki), where the usual variation of
    the scripts would pass both."""
    if not any(t.slips for t in _claiming(latin)):
        return False
    targets = [_fold(form) for form in forms]
    claimed = [claimed_readings(latin, t, slips=True) for t in targets]
    return not any(t in readings_ for t, readings_ in zip(targets, claimed, strict=True)) \
        and any(len(t) >= 4 and one_edit(reading, t)
                for t, readings_ in zip(targets, claimed, strict=True) for reading in readings_)


def one_edit(a: str, b: str) -> bool:
    """*a* and *b* differ by one letter changed, added or left out (also two figures' digits:
    `press.check.numbers`)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
