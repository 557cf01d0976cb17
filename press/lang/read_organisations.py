"""Organisations named by what they are: a head noun and the words of its name that say what
it deals with (Ministry of Emergency Situations, Төтенше жағдайлар министрлігі, Министерство
по чрезвычайным ситуациям: head "ministry", field "emergency").

    find_organisations("Министерство юстиции и Генеральная прокуратура", "ru")
    # (OrgMention(head="ministry", fields=("justice",), …), OrgMention(head="prosecutor", …))

The words are data (`organisations.txt`, word beginnings per language). A field counts only
inside a head's name: after the head in Russian (Министерство экологии), before it in
Kazakh (Экология министрлігі), and in English before it or after "of" in the name's capitalised
words (Consular Service Department, Ministry of Ecology).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from press.lang.kazakh import ADJECTIVE_SUFFIXES
from press.lang.russian import ADJECTIVE_ENDINGS
from press.lang.tokens import Token, tokens

ORGANISATIONS_FILE = Path(__file__).resolve().parent / "organisations.txt"

_EN_JOINERS = frozenset({"of", "for", "and", "the", "on", "in"})
_JOINERS = _EN_JOINERS | {"и", "по", "в", "на", "с", "при", "мен", "пен", "бен", "және"}
_WINDOW = 5
"""Words of a name on either side of its head, at most; a comma that lists another of its
fields (Ministry of Foreign Affairs, International Trade and Worship) counts them again from
there: the fields of one body, not a second name."""


@dataclass(frozen=True)
class OrgMention:
    """One organisation: where its name is, its head and its fields."""

    start: int
    end: int
    text: str
    head: str
    fields: tuple[str, ...]


@cache
def _table(lang: str) -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """One pattern for every word beginning of *lang*, each beginning's "kind:key" (the longest
    beginnings first, as `_key_of` tries them), and the case of the beginnings the table writes
    in capitals ("upper": initials, МИД, UN) or capitalised ("title": Chamber, which in lower
    case is a room, "refuge chambers"), which match only so."""
    columns = {"en": 1, "kk": 2, "ru": 3}
    keys: dict[str, str] = {}
    cased: dict[str, str] = {}
    for line in ORGANISATIONS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith(("#", "kin:", "state:", "name:")):
            parts = [part.strip() for part in line.split("|")]
            for stem in parts[columns[lang]].split(";"):
                if stem.strip():
                    keys[stem.strip().lower()] = parts[0]
                    if stem.strip().rstrip("=").isupper():
                        cased[stem.strip().lower()] = "upper"
                    elif stem.strip()[:1].isupper():
                        cased[stem.strip().lower()] = "title"
    alternatives = sorted(keys, key=len, reverse=True)
    longest_first = {stem: keys[stem] for stem in alternatives}
    return _beginnings_pattern(alternatives), longest_first, cased


def _cased_otherwise(word: str, case: str | None) -> bool:
    """*word* is not written in the *case* its table beginning asks for (`_table`)."""
    return case == "upper" and not word.isupper() or case == "title" and not word[:1].isupper()


def _beginnings_pattern(stems: list[str]) -> re.Pattern[str]:
    """A word that begins with one of *stems*, tried in their order ("=": the whole word)."""
    pattern = "|".join(re.escape(s[:-1]) + r"(?!\w)" if s.endswith("=") else re.escape(s) + r"[\w-]*"
                       for s in stems)
    return re.compile(rf"(?<!\w)(?:{pattern})", re.IGNORECASE)


@cache
def _patterns_by_initial(lang: str) -> dict[str, re.Pattern[str]]:
    """`_table`'s pattern cut by the first letter of its beginnings (lower case), each part in
    the whole's order: at a word that begins with a letter only that letter's beginnings can
    match, and trying the few instead of every one of the table's ~200 at each word was most
    of the time the first read of a text took."""
    by_initial: dict[str, list[str]] = {}
    for stem in _table(lang)[1]:
        by_initial.setdefault(stem[:1], []).append(stem)
    return {initial: _beginnings_pattern(stems) for initial, stems in by_initial.items()}


_WORD = re.compile(r"\w+")


def _table_matches(text: str, lang: str) -> Iterator[re.Match[str]]:
    """`_table`'s pattern's matches in *text*, as its `finditer` finds them (left to right, none
    overlapping), each tried only at a word's start and with the beginnings of its first letter
    (`_patterns_by_initial`). A letter whose case folding is no plain Latin or Cyrillic letter
    (ſ, ı, ᲀ, İ: the regular expression folds them to s, i, в) is tried with the whole pattern;
    a table with a beginning that is no such letter is read with the whole pattern throughout."""
    pattern, by_initial = _table(lang)[0], _patterns_by_initial(lang)
    if not all(_plain_initial(initial) for initial in by_initial):
        yield from pattern.finditer(text)  # a beginning with a sign or a letter folded otherwise
        return
    end = 0
    for word in _WORD.finditer(text):
        start = word.start()
        if start < end:
            continue
        initial = text[start].lower()
        part = by_initial.get(initial) if _plain_initial(initial) else pattern
        if part is not None and (match := part.match(text, start)):
            end = match.end()
            yield match


def _plain_initial(lower: str) -> bool:
    """One lower-case letter of the Latin alphabet or of the Cyrillic block, which the regular
    expressions' case folding keeps apart from every other such letter."""
    return len(lower) == 1 and ((lower.isascii() and lower.isalpha()) or "\u0400" <= lower <= "\u04ff")


@cache
def _states(lang: str) -> re.Pattern[str] | None:
    """The names of states built on a head (Soviet Union, Кеңес Одағы), from the table's
    "state" lines: their head names a country, no body."""
    columns = {"en": 1, "kk": 2, "ru": 3}
    lines = ORGANISATIONS_FILE.read_text(encoding="utf-8").splitlines()
    names = [name.strip() for line in lines if line.startswith("state:")
             for name in line.split("|")[columns[lang]].split(";") if name.strip()]
    return re.compile("|".join(rf"(?<!\w){re.escape(n)}" for n in names), re.IGNORECASE) if names else None


def warm_up() -> None:
    """Build the table's patterns and indexes for every language (start-up, not per check)."""
    for lang in ("en", "kk", "ru"):
        _patterns_by_initial(lang)
        _keys_by_initial(lang)


def _key_of(word: str, lang: str) -> tuple[str, str]:
    """The table's (beginning, "kind:key") of *word*: its longest beginning."""
    lower = word.lower()
    return next((stem, key) for stem, key in _keys_by_initial(lang).get(lower[:1], ())
                if (lower == stem[:-1] if stem.endswith("=") else lower.startswith(stem)))


@cache
def _keys_by_initial(lang: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """`_table`'s (beginning, "kind:key") pairs by the beginning's first letter, the longest
    first: a word is tried against the beginnings of its own first letter only."""
    found: dict[str, list[tuple[str, str]]] = {}
    for stem, key in _table(lang)[1].items():
        found.setdefault(stem[:1], []).append((stem, key))
    return {initial: tuple(pairs) for initial, pairs in found.items()}


_FOLLOWED_BY_NAME = re.compile(r"[ \u00a0]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\w")
"""A capitalised word right after an English name: the name is a part of a longer one (Russian
puts its genitive there: МИД Норвегии)."""
_TITLE_AFTER = re.compile(r"[ \u00a0]+(?:Resident|Permanent|Special|Regional|Country|Executive|Deputy|Head"
                          r"|Director|Representative|Administrator|Coordinator|Chief|Secretary|Goodwill)\b")
"""A title after initials (UNDP Resident Representative, UNICEF Executive Director): the
person is the body's, whose initials name it whole."""


def _head_word(text: str, start: int, pattern: re.Pattern[str], lang: str) -> bool:
    """The word at *start* is a head of the table: after a unit, the unit is its owner, no part of
    a longer name (the MFA Representation in Almaty: «Представительство МИД»)."""
    match = pattern.match(text, start)
    return match is not None and _key_of(match.group(), lang)[1].startswith("head:")


_EN_ADJECTIVE = ("ary", "al", "ial", "ic")
"""English suffixes that make an adjective of a head (parliamentary, departmental); Kazakh makes
one with `ADJECTIVE_SUFFIXES` (академиялық, университеттік)."""


def _adjective(word: str, stem: str, lang: str) -> bool:
    """*word*, which begins with a head's *stem*, is no head noun but an adjective made of it
    (академических, академиялық, парламентский, parliamentary) or, in English, a verb in -ing
    in lower case ("holding talks"): it says what something is like, it names no body."""
    if stem.endswith("="):
        return False
    if lang == "kk":
        return word.lower()[len(stem):].startswith(ADJECTIVE_SUFFIXES)
    if lang == "en":
        return (word.islower() and word.endswith("ing")) or word.lower()[len(stem):] in _EN_ADJECTIVE
    from press.lang.names import parses

    found = parses(word.lower())
    return bool(found) and found[0].tag.POS == "ADJF"


def table_word(word: str, lang: str) -> bool:
    """*word* is a head, a field or a unit of the table (Ministries, Affairs' Foreign, МИД): a
    word of what a body is, not of its own name."""
    if lang not in ("en", "kk", "ru"):
        return False
    match = _table(lang)[0].match(word)
    return match is not None and match.end() == len(word)


@cache
def _own_names(lang: str) -> tuple[tuple[str, str], ...]:
    """(word beginning, key) of each body's own name in *lang*, from the table's "name" lines."""
    columns = {"en": 1, "kk": 2, "ru": 3}
    return tuple((stem.strip().lower(), line.split("|")[0].partition(":")[2].strip())
                 for line in ORGANISATIONS_FILE.read_text(encoding="utf-8").splitlines()
                 if line.startswith("name:") for stem in line.split("|")[columns[lang]].split(";")
                 if stem.strip())


def own_name(word: str, lang: str) -> str | None:
    """The key of the body *word* names by its own name in any case form (Қазсушар, «Казводхоза»,
    Kazvodkhoz: "kazvodkhoz"), which each language writes in its own words; else None."""
    lower = word.lower()
    return next((key for stem, key in _own_names(lang) if lower.startswith(stem)), None) \
        if lang in ("en", "kk", "ru") else None


@cache
def kin_heads() -> frozenset[frozenset[str]]:
    """Pairs of heads a translation exchanges for a foreign body when its fields stay
    (department and ministry: «Министерство образования Австралии»), from the table's "kin"
    lines."""
    return frozenset(frozenset((line.split("|")[0].partition(":")[2].strip(), line.split("|")[1].strip()))
                     for line in ORGANISATIONS_FILE.read_text(encoding="utf-8").splitlines()
                     if line.startswith("kin:"))


_EN_BOARDS_OF = frozenset({"board"})
"""English heads that, before "of", name a company's management ("Chairman of the Board of KTZ
Express": «Басқарма төрағасы», «Председатель правления»), not a council of the state (the Tea
Board, the supervisory board: «Совет», «кеңесі»)."""

_EN_VERB_BEFORE = frozenset({"to", "will", "would", "shall", "should", "can", "could", "may", "might",
                             "must"})
"""Words after which an English head noun is a verb ("will fund internships", "to bank on")."""


@lru_cache(maxsize=1024)
def find_organisations(text: str, lang: str) -> tuple[OrgMention, ...]:
    """The organisations *text* names by a head noun of `organisations.txt`, with their fields."""
    if lang not in ("en", "kk", "ru"):
        return ()
    pattern, _, cased = _table(lang)
    words = tokens(text)
    index = {t.start: i for i, t in enumerate(words)}
    kinds: dict[int, str] = {}
    units: dict[int, re.Match[str]] = {}
    for match in _table_matches(text, lang):
        if match.start() in index:
            i = index[match.start()]
            stem, key = _key_of(match.group(), lang)
            if (lang == "en" and i and words[i - 1].lower in _EN_VERB_BEFORE) \
                    or (lang == "en" and words[i].lower in _EN_BOARDS_OF and i + 1 < len(words)
                        and words[i + 1].lower == "of") \
                    or _cased_otherwise(match.group(), cased.get(stem)) \
                    or (key.startswith("head:") and _adjective(words[i].text, stem, lang)) \
                    or (key == "head:court" and lang == "ru" and i and _RU_VESSELS.match(words[i - 1].lower)):
                continue
            if key.startswith("unit:"):
                if lang == "en" and (after := _FOLLOWED_BY_NAME.match(text, match.end())) \
                        and not _head_word(text, after.end() - 2, pattern, lang) \
                        and not _TITLE_AFTER.match(text, match.end()):
                    continue  # United Nations Office on Drugs and Crime: «Управление ООН»
                units[i] = match
            kinds[i] = key
    if (states := _states(lang)) is not None:  # the Soviet Union: a country, no union
        for state in states.finditer(text):
            for i in [i for i in kinds if state.start() <= words[i].start < state.end()]:
                del kinds[i]
    compound = _compound_fields(text, words, pattern, lang)
    found = []
    for i, key in sorted(kinds.items()):
        kind, _, name = key.partition(":")
        if kind == "unit":  # МИД: the ministry of foreign affairs, in one word
            head, _, field = name.partition("/")
            unit = units[i]
            if not _initials_of_name_before(text, unit.start(), head, found):
                found.append(OrgMention(unit.start(), unit.end(), unit.group(), head,
                                        (field,) if field else ()))
        if kind != "head" or _kazakh_attribute(text, words, i, lang) or _ministerial(words, i, lang) \
                or (lang == "kk" and _kazakh_compound(text, words, i, kinds)):
            continue
        span = _name_span(text, words, i, lang, kinds)
        fields = tuple(kinds[k].partition(":")[2] for k in span if kinds.get(k, "").startswith("field:")) \
            + tuple(field for k in span for field in compound.get(k, ()))
        ends = sorted(span + [i])
        while ends[-1] != i and words[ends[-1]].lower in _JOINERS:
            ends.pop()  # "Ministry of Emergency Situations and the": the name ends before "and"
        while ends[0] != i and words[ends[0]].lower in _JOINERS:
            ends.pop(0)
        first, last = words[ends[0]], words[ends[-1]]
        found.append(OrgMention(first.start, last.end, text[first.start:last.end], name, fields))
    return tuple(found)


_BRACKET_AFTER_NAME = re.compile(r"(?:[ \u00a0]+[\w-]+)?[ \u00a0]*\([ \u00a0]*\Z")
"""What stands between a body's name and its initials in brackets: the owner's name in the
genitive at most (Национальная корпорация Пакистана (NLC)) and the bracket."""


def _initials_of_name_before(text: str, start: int, head: str, found: list[OrgMention]) -> bool:
    """The unit at *start* is in brackets right after a name of the same *head* (World Food
    Programme (WFP), «Всемирная продовольственная программа (ВПП)»): the same body once more,
    which a version may leave out or write by initials the table does not know; counted once."""
    return bool(found) and found[-1].head == head \
        and _BRACKET_AFTER_NAME.fullmatch(text, found[-1].end, start) is not None


def _compound_fields(text: str, words: tuple[Token, ...], pattern: re.Pattern[str], lang: str
                     ) -> dict[int, tuple[str, ...]]:
    """The fields of the later parts of hyphenated words (торгово-экономическому, сауда-
    экономикалық: trade and economy), by word index: one word, two fields."""
    found = {}
    for i, word in enumerate(words):
        if "-" not in word.text:
            continue  # the most words
        starts = [word.start + i + 1 for i, ch in enumerate(word.text) if ch == "-"]
        fields = tuple(key.partition(":")[2] for start in starts if (m := pattern.match(text, start))
                       and (key := _key_of(m.group(), lang)[1]).startswith("field:"))
        if fields:
            found[i] = fields
    return found


def _kazakh_attribute(text: str, words: tuple[Token, ...], i: int, lang: str) -> bool:
    """The Kazakh head word *i* is capitalised, bare (no ending) and stands before a lower-case
    noun with no capitalised word of a name before it: an attribute (Кеңес жауынгерлері, Soviet
    soldiers), not an organisation's name, whose head ends it (Қауіпсіздік Кеңесі)."""
    if lang != "kk" or i + 1 >= len(words) or not words[i].text[:1].isupper():
        return False
    bare = words[i].lower == "кеңес"
    after = text[words[i].end:words[i + 1].start].strip() == "" and words[i + 1].text[:1].islower()
    before = i > 0 and words[i - 1].text[:1].isupper() \
        and text[words[i - 1].end:words[i].start].strip() == ""
    return bare and after and not before


_RU_VESSELS = re.compile(r"(?:воздушн|морск|речн|рыболовн|грузов|пассажирск|торгов|надводн|подводн|"
                         r"маломерн|круизн|наливн|сухогрузн|парусн|военн\w+-морск)\w*\Z")
"""Adjectives of craft before суда, судов (the plural of судно, a vessel, which «суд», a court,
shares): «воздушных судов на сумму» names aircraft, no court."""


_MINISTERIAL_OF = ("отырыс", "деңгей", "кездесу", "конференция", "мәжіліс", "форум")
"""Kazakh nouns the bare «министрлік» makes ministerial (министрлік отырысы, a ministerial
meeting; министрлік деңгейде, at ministerial level)."""


def _ministerial(words: tuple[Token, ...], i: int, lang: str) -> bool:
    """The Kazakh word *i* is «министрлік» as an attribute: bare, before a noun of `_MINISTERIAL_OF`
    (Стратегиялық диалогтың төртінші министрлік отырысы), no ministry."""
    return lang == "kk" and words[i].lower == "министрлік" and i + 1 < len(words) \
        and words[i + 1].lower.startswith(_MINISTERIAL_OF)


def _kazakh_compound(text: str, words: tuple[Token, ...], i: int, kinds: dict[int, str]) -> bool:
    """The Kazakh head word *i*, bare, stands right before the head it makes a compound noun with
    (`_KAZAKH_COMPOUNDS`): not a body of its own (қор биржасы, a stock exchange: «Лондон қор
    биржасы» is no fund)."""
    nxt = i + 1
    return nxt < len(words) and (kinds[i], kinds.get(nxt, "")) in _KAZAKH_COMPOUNDS \
        and _key_of(words[i].text, "kk")[0].rstrip("=") == words[i].lower \
        and text[words[i].end:words[nxt].start].strip() == ""


_KAZAKH_COMPOUNDS = {("head:fund", "head:exchange")}
"""The heads a bare head opens a compound noun with (қор биржасы, a stock exchange). Not any two
heads: «музей қорынан», from the museum's collection, names the museum, whose қоры (holdings)
is no body."""


def _ru_adjectives_before(words: tuple[Token, ...], i: int, joined: Callable[[int, int], bool],
                          free: Callable[[int], bool], field: Callable[[int], bool]) -> list[int]:
    """The indexes of the Russian adjectives of a name before its head, word *i* (Консульский
    департамент, Верховный суд, Центральный государственный музей): up to three, joined, the
    outermost capitalised or a field; a lower-case adjective inside the name («государственный»)
    belongs to it, one before the name («в крупнейшем музее») does not."""
    chain, k = [], i - 1
    while k >= 0 and i - k <= 3 and joined(k, k + 1) and free(k) \
            and words[k].lower.endswith(ADJECTIVE_ENDINGS) \
            and (words[k].text[:1].isupper() or field(k) or _ru_adjective(words[k].text)):
        chain.append(k)
        k -= 1
    named = [k for k in chain if words[k].text[:1].isupper() or field(k)]
    return [k for k in chain if k >= min(named)] if named else []


def _name_span(text: str, words: tuple[Token, ...], i: int, lang: str, kinds: dict[int, str]) -> list[int]:
    """The indexes of the words of the name whose head is word *i* (the head left out)."""
    def joined(a: int, b: int, comma: bool = False) -> bool:
        gap = text[words[a].end:words[b].start].strip()
        return gap in ("", "’", "'") or (comma and gap == ",")  # Foreign Investors’ Council

    def free(k: int) -> bool:
        return not kinds.get(k, "").startswith("head:")

    def field(*ks: int) -> bool:
        return any(kinds.get(k, "").startswith("field:") for k in ks)

    span = []
    if lang in ("en", "kk"):  # Consular Service Department, Консулдық қызмет департаменті
        k, anchor = i - 1, i
        while k >= 0 and free(k) and (lang == "kk" or words[k].text[:1].isupper()):
            if not joined(k, k + 1):
                if lang != "kk" or not joined(k, k + 1, comma=True) or not field(k, k - 1):
                    break
                anchor = k + 1  # Сыртқы істер, халықаралық сауда және дін істері министрлігі
            if anchor - k > _WINDOW:
                break
            span.append(k)
            k -= 1
        capitals = [k for k in span if words[k].text[:1].isupper()]
        if lang == "kk" and capitals:  # the name opens with a capital: not «мамырда» before it
            span = [k for k in span if k >= min(capitals)]
    if lang == "ru":  # Консульский департамент, Министерство по чрезвычайным ситуациям
        span += _ru_adjectives_before(words, i, joined, free, field)
        k, anchor = i + 1, i
        while k < len(words) and free(k) and not _ru_predicate(words[k].text) \
                and (not words[k].text[:1].isupper() or _owner_before_field(words, i, k)):
            if not joined(k - 1, k):
                if not joined(k - 1, k, comma=True) or not field(k, k + 1):
                    break
                anchor = k - 1  # Министерство иностранных дел, международной торговли и культа
            if k - anchor > _WINDOW:
                break
            span.append(k)
            k += 1
    if lang == "en" and i + 1 < len(words) and words[i + 1].lower in ("of", "for", "on"):
        k, anchor = i + 1, i
        while k < len(words) and joined(k - 1, k, comma=True) and free(k) \
                and (words[k].text[:1].isupper() or words[k].lower in _EN_JOINERS):
            if not joined(k - 1, k) and field(k, k + 1):
                anchor = k - 1  # Ministry of Foreign Affairs, International Trade and Worship
            if k - anchor > _WINDOW + 1:
                break
            span.append(k)
            k += 1
        if span and k < len(words) and not free(k) and joined(k - 1, k):
            _cut_at_last_of(span, words)  # of the National Water Research Center: another body's name
    return span


def _owner_before_field(words: tuple[Token, ...], i: int, k: int) -> bool:
    """Word *k*, capitalised, is the owner in the genitive right after the Russian head *i*, with
    «по» and the field after it («комиссия Сейма по иностранным делам»): a word of the name."""
    return k == i + 1 and k + 1 < len(words) and words[k + 1].lower == "по"


def _cut_at_last_of(span: list[int], words: tuple[Token, ...]) -> None:
    """Leave out of an English name's *span* its last "of" or "and" and the words after it,
    which open the name of another body, whose head follows: its owner (Water Management
    Research Institute of the National Water Research Center) or the next of a list (the Qatar
    Fund for Development and the International Center): that body's words, not this one's."""
    while span and words[span[-1]].lower not in ("of", "for", "on", "and"):
        span.pop()
    if span:
        span.pop()


def _ru_adjective(word: str) -> bool:
    """A Russian adjective (аудиовизуальным центром), no participle (финансируемый фондом): a
    field in lower case before a head is a word of its name only so."""
    from press.lang.names import parses

    found = parses(word.lower())
    return bool(found) and found[0].tag.POS == "ADJF"


def _ru_predicate(word: str) -> bool:
    """A Russian verb, participle or adverb: the sentence goes on after the name (Министерство
    юстиции сообщило)."""
    from press.lang.names import parses

    found = parses(word.lower())
    return bool(found) and found[0].tag.POS in _RU_PREDICATES


_RU_PREDICATES = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB"})
