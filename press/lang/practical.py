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
    patterns: dict[str, re.Pattern[str]]
    """Per first letter, its rules as one pattern, a group per rule in their order
    (`_rule_pattern`): the first that applies at a place is the group that matches there."""
    cyrillic: frozenset[str]
    """The Cyrillic letters its rules write (Polivanov's Japanese writes no л, ы)."""
    foreign: re.Pattern[str] | None
    """Cyrillic its transcription never writes (a ж but in дж, for Japanese)."""
    slips: bool
    """A claimed word a letter off all its readings is a slip (not for Indian names)."""
    claimed_only: bool
    """Reads only the words it claims (French letters spell every English word, whose French
    readings are no transcription of it: Fairbairn is no Фэрберн)."""


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
        vowels = frozenset(table["vowels"])
        found.append(_Table(name, frozenset(table["letters"]), vowels,
                            re.compile(table["claim"]) if table["claim"] else None,
                            {k: tuple(v) for k, v in by_first.items()},
                            {k: _rule_pattern(v, vowels) for k, v in by_first.items()},
                            frozenset(_fold("".join(c for r in rules for c in r.cyrillic))),
                            re.compile(table["foreign"]) if table.get("foreign") else None,
                            table.get("slips", True), table.get("claimed_only", False)))
    return tuple(found)


def _rule_pattern(rules: list[_Rule], vowels: frozenset[str]) -> re.Pattern[str]:
    """*rules* as one pattern of a group per rule, in order, each with its contexts (`_Rule`) as
    lookarounds: "C" is a letter that is no vowel, so neither "V" nor "C" holds at the word's
    edge. Matched at a place of a word, the group that matches is the first rule that applies
    there, found in one match instead of a test per rule (the first check of a release reads
    every new Latin name word by every table)."""
    vowel = "[" + "".join(re.escape(v) for v in sorted(vowels)) + "]"
    consonant = "[^" + vowel[1:]
    before = {"": "", "^": r"(?<![\s\S])", "V": f"(?<={vowel})", "C": f"(?<={consonant})"}
    after = {"": "", "$": r"(?![\s\S])", "V": f"(?={vowel})", "C": f"(?={consonant})"}
    return re.compile("|".join(
        f"({before[r.before]}{re.escape(r.spelling)}{after.get(r.after, f'(?={re.escape(r.after)})')})"
        for r in rules))


def _read(table: _Table, word: str) -> tuple[str, ...]:
    """The Cyrillic readings of *word* (one part of a name, lower case) by *table*; none when a
    letter of it no rule reads."""
    pieces: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        pattern = table.patterns.get(word[i])
        match = pattern.match(word, i) if pattern else None
        if match is None:
            return ()
        rule = table.rules[word[i]][match.lastindex - 1]  # type: ignore[operator]
        pieces.append(rule.cyrillic)
        i += len(rule.spelling)
    found: list[str] = []
    for combination in product(*pieces):
        found.append("".join(combination))
        if len(found) >= MAX_READINGS:
            break
    return tuple(found)


def _reads_through(table: _Table, word: str) -> bool:
    """*table* has a rule for every place of *word* (one part of a name, lower case): `_read`
    finds readings of it, none of which need be written out to know (every rule writes at
    least one form, so the walk alone decides)."""
    i = 0
    while i < len(word):
        pattern = table.patterns.get(word[i])
        match = pattern.match(word, i) if pattern else None
        if match is None:
            return False
        i += len(table.rules[word[i]][match.lastindex - 1].spelling)  # type: ignore[operator]
    return True


def _plain(latin: str) -> str:
    return unicodedata.normalize("NFC", latin.lower()).replace("’", "").replace("'", "")


def _fits(table: _Table, word: str) -> bool:
    """Every letter of *word* is one of *table*'s (or a hyphen)."""
    return set(word) - table.letters <= _HYPHEN


_HYPHEN = frozenset("-")


def _spells(table: _Table, word: str) -> bool:
    """*table* may read *word*: its letters, and its claim where it reads only what it claims."""
    return _fits(table, word) and not (table.claimed_only and not (table.claim and table.claim.search(word)))


def _table_readings(table: _Table, word: str) -> tuple[str, ...]:
    parts = [_read(table, part) for part in word.split("-")]
    if not all(parts):
        return ()
    return tuple("-".join(c) for c in product(*parts))[:MAX_READINGS]


def _table_reads(table: _Table, word: str) -> bool:
    """`_table_readings` finds any: asked of every table for most Latin name words, which
    spell out up to `MAX_READINGS` readings per table and part only to be tested for none."""
    return all(_reads_through(table, part) for part in word.split("-"))


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
    found = {_fold(r) for t in tables() if _spells(t, word) for r in _table_readings(t, word)}
    base = _ENGLISH_ADJECTIVE.sub("", word)
    if base != word:
        names = {_fold(r) for t in tables() if _spells(t, base) for r in _table_readings(t, base)}
        found |= names | {name + "ский" for name in names}
    return frozenset(found)


@lru_cache(maxsize=8192)
def readable(latin: str) -> bool:
    """`readings` of *latin* are not none: a table whose letters spell it (or, of an English
    adjective in -ian, its name) reads every part of it. Most words compared are asked only
    this (`press.lang.names._read_as_its_language`), not their readings."""
    word = _plain(latin)
    base = _ENGLISH_ADJECTIVE.sub("", word)
    return any(_spells(t, w) and _table_reads(t, w) for w in dict.fromkeys((word, base)) for t in tables())


@lru_cache(maxsize=8192)
def _claiming(latin: str) -> tuple[_Table, ...]:
    """The tables that claim *latin* and read it."""
    word = _plain(latin)
    return tuple(t for t in tables() if t.claim is not None and _fits(t, word) and t.claim.search(word)
                 and _table_reads(t, word))


@lru_cache(maxsize=8192)
def claimed_readings(latin: str, cyrillic: str = "", slips: bool = False,
                     fellows: tuple[str, ...] = ()) -> frozenset[str]:
    """The readings of *latin* by the languages that claim it (their letters or syllables:
    Wierzbicki by Polish rz and -cki, Onodera by Japanese syllables): its Cyrillic form must be
    one of them. With *cyrillic*, only the languages whose rules could write it: all its letters,
    none of what they never write (Wanjiru, a Kenyan name of Japanese syllables, is no Japanese
    name in Ванжиру: Japanese transcription writes ж only in дж).
    With *slips*, only the languages whose slips are told (`_Table.slips`). *fellows*: the
    other words of the full name *latin* is part of (`mention_tables`). Empty when no
    language claims it."""
    word, form = _plain(latin), _fold(cyrillic)
    return frozenset(_fold(r) for t in mention_tables(latin, fellows)
                     if (not form or _writes(t, form)) and (t.slips or not slips)
                     for r in _table_readings(t, word))


def claimed(latin: str) -> bool:
    """A language claims *latin* and reads it: `reads` (without *fellows*) can hold of some
    Cyrillic form, so a caller need not work out the forms to try when it cannot."""
    return bool(_claiming(latin))


def mention_tables(latin: str, fellows: tuple[str, ...] = ()) -> tuple[_Table, ...]:
    """The tables that claim *latin* or another word of its full name (*fellows*), by that
    word's own letters and only by languages whose slips are told, and read *latin*: one
    person's name is of one language, though only some of its words show it
    (Mette Kjærsgaard Lindholm is Danish by its æ, Rocío Quispe Huamán Spanish by its í), and a
    word read by its name's language is held to that reading (Lindhom reads Линдхом, not the
    Линдхольм of the other versions)."""
    found = list(_claiming(latin))
    word = _plain(latin)
    for fellow in fellows:
        claims = _claiming(fellow)
        if fellow == latin or fellow.isascii() or not all(t.slips for t in claims):
            continue  # a language shown by letters (Yerzhan's syllables show none), beyond doubt
            # (the ó of António is Polish, Spanish or Portuguese: none reads Guterres as said)
        found += [t for t in claims if all(t is not f for f in found)
                  and _fits(t, word) and _table_reads(t, word)]
    return tuple(found)


def _writes(table: _Table, form: str) -> bool:
    """*table*'s rules could write the Cyrillic *form*: its letters, none of its `foreign`."""
    return set(form) - {"-"} <= table.cyrillic and not (table.foreign and table.foreign.search(form))


def _fold(cyrillic: str) -> str:
    return cyrillic.lower().replace("ё", "е")


def reads(latin: str, cyrillic: str, fellows: tuple[str, ...] = ()) -> bool:
    """*cyrillic* (a stem, no case ending) is the practical transcription of *latin* by a
    language that claims it or its full name's *fellows* (Вежбицкий of Wierzbicki, Айер of
    Iyer). Not by any table whose letters merely fit: Saidow is no Polish name, and Саидов no
    reading of it."""
    return _fold(cyrillic) in claimed_readings(latin, fellows=fellows)


def reads_in_name(latin: str, cyrillic: str, fellows: tuple[str, ...]) -> bool:
    """*cyrillic* is a reading of *latin* by a language that claims it or another word of its
    full name (*fellows*), whether or not that language's slips are told: Rebolledo is
    Ребольедо in Andrés Rebolledo, Spanish by its é. A reading only excuses: a letter off it is
    judged as before."""
    word, form = _plain(latin), _fold(cyrillic)
    claimants = [t for name in (latin, *fellows) if not name.isascii() or name == latin
                 for t in _claiming(name)]
    return any(_fits(t, word) and _table_reads(t, word)
               and form in {_fold(r) for r in _table_readings(t, word)} for t in claimants)


def reads_any(latin: str, cyrillic: str) -> bool:
    """*cyrillic* is a practical transcription of *latin* by any language whose letters spell
    it (`readings`): of two Cyrillic forms that disagree, the one that is tells the slip."""
    return _fold(cyrillic) in readings(latin)


def slip_of_claimed(latin: str, forms: tuple[str, ...]) -> bool:
    """*latin* is claimed by a language whose readings of it all miss the Cyrillic *forms* (a
    stem and the names it may be a case form of), one of them by a single letter: one of the two
    is misspelt (Onodara for Онодэра, Вежбецкий for Wierzbicki), where the usual variation of
    the scripts would pass both. Not when the Cyrillic form is the reading of *latin* by another
    language whose letters spell it: letters claim a name for a language, they do not prove it."""
    if not any(t.slips for t in _claiming(latin)):
        return False
    targets = [_fold(form) for form in forms]
    if any(t in readings(latin) for t in targets):
        return False  # another language spells it so (Tayyip, Тайип: Turkish, though Finnish yy claims it)
    claimed = [claimed_readings(latin, t, slips=True) for t in targets]
    return not any(t in readings_ for t, readings_ in zip(targets, claimed, strict=True)) \
        and any(len(t) >= 4 and one_edit(reading, t)
                for t, readings_ in zip(targets, claimed, strict=True) for reading in readings_)


_KAZAKH_FOLD = str.maketrans({"ө": "о", "ё": "о", "ү": "у", "ұ": "у", "ю": "у", "ғ": "г", "қ": "к",
                              "ә": "а", "я": "а", "і": "и", "ң": "н", "һ": "х", "э": "е",
                              "ь": None, "ъ": None})
"""What Kazakh and Russian spellings of one foreign name may differ by: Kazakh writes the ö, ü,
ğ, ı of a Turkish name with its own ө, ү, ғ, ы (Bozkurtoğlu Бозкуртоғлу, Öztürk Өзтүрк) where
Russian practice writes ё|о, ю|у, г, ы (Бозкуртоглу, Озтюрк), дж ж, э е, and no soft sign
(Kazakh orthography of foreign names; the Russian side is the practical tables' own)."""


_OGLU = re.compile(r"огл[ыи]\Z")
"""The Turkish -oğlu ("son of") that Kazakh also writes as its own -оғлы (Караосманоғлы, the
genitive Караосманоғлының)."""


def _kazakh_fold(form: str) -> str:
    return _OGLU.sub("оглу", _fold(form).replace("дж", "ж").translate(_KAZAKH_FOLD))


def kazakh_slip_of_claimed(latin: str, kazakh: str) -> bool:
    """The Kazakh form *kazakh* (a stem in Kazakh letters) of *latin*, a name in letters of its
    own language that tells slips (Bozkurtoğlu by its ğ), is a letter off every reading of it,
    once the letters Kazakh writes its own way are set aside (`_KAZAKH_FOLD`): Бозкыртоғлу
    for Бозкуртоғлу. A Kazakh-lettered form is otherwise judged as a Kazakh name, whose
    vowels vary between the scripts, so the slip passed as a usual variation."""
    if latin.isascii() or not any(t.slips for t in _claiming(latin)):
        return False  # Asema, Amina: a Kazakh name in English letters is no Japanese one
    target = _kazakh_fold(kazakh)
    if target in {_kazakh_fold(r) for r in readings(latin)}:
        return False  # Akgündüz, Ақгүндүз: the Turkish reading, though German claims the ü
    folded = {_kazakh_fold(r) for r in claimed_readings(latin, slips=True)}
    return len(target) >= 4 and any(one_edit(r, target) for r in folded)


def kazakh_reads(latin: str, kazakh: str) -> bool:
    """The Kazakh form *kazakh* (a stem in Kazakh letters) is a reading of *latin*, a name in
    letters of its own language that claims it, as Kazakh writes it (`_KAZAKH_FOLD`: Gökçe
    Гөкче, the Russian Гёкче)."""
    if latin.isascii() or not _claiming(latin):
        return False
    return _kazakh_fold(kazakh) in {_kazakh_fold(r) for r in claimed_readings(latin)}


def one_edit(a: str, b: str) -> bool:
    """*a* and *b* differ by one letter changed, added or left out (also two figures' digits:
    `press.check.numbers`)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
