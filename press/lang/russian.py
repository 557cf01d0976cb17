"""Russian morphology for reading: is a word in running text a form of a known name?

pymorphy3 (imported lazily, its dictionary loads once) gives the lemma of dictionary words
(Земли → земля, Рыжиковым → рыжиков); names it does not know (Кудь-Сверчкова, Уильямса) are
matched by stem and a table of case endings, which also admits adjectives derived from a
place name (Казахстан → казахстанский, Россия → российский).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from press.lang.kazakh import Case
from press.lang.tokens import DAY, alternation

NOUN_ENDINGS = frozenset((  # noqa: SIM905
    "а я у ю о е ё и ы ь й ом ем ём ой ей ою ею ам ям ами ями ах ях ов ев ёв ого его ому ему ым "
    "им ых их ую юю ая яя ое ее ые ие ыми ими"
).split())
"""Case endings of nouns, surnames and adjectives (the part after the stem)."""

_ADJ = ("ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "их", "ую", "ими", "ом")
DERIVED_ENDINGS = frozenset(f"{suffix}{adj}" for suffix in ("ск", "йск", "ск") for adj in _ADJ)
"""Adjectives made from a place name: казахстанский, российских."""
ADJECTIVE_ENDINGS = ("ими", "ыми", "ого", "его", "ому", "ему", "ий", "ый", "ой", "ая", "яя", "ое", "ее",
                     "ую", "юю", "им", "ым", "ом", "ем", "ие", "ые", "их", "ых")
"""The endings of a Russian adjective in every case, gender and number (Турецким, исторических)."""
RELATIONAL_ENDING = r"(?:ск|цк)(?:ая|ой|ую|ий|ого|ому|им|ом|ое|ие|их|ими|ых|ым|ыми)"
"""The end of a Russian adjective made from a name, in any case (Улытауской, Тайыншинского,
Каракорумским): a regex fragment for the readers that find such adjectives."""


_NSKY = re.compile(r"[аеи]нский$")
_SKY = re.compile(r"(?<=ц)кий\Z|ский\Z")
"""An adjective of a people: in -анский, -енский, -инский (`people_noun_stem`); its -ский ending."""

def people_noun_stem(adjective: str) -> str:
    """The stem of the people's noun a place adjective in -анский/-енский/-инский gives
    (казахстанский → казахстанц-: казахстанцы, казахстанцам; американский → американц-),
    or "" for other adjectives."""
    if _NSKY.search(adjective):
        return adjective[:-4] + "ц"
    return ""


@cache
def people_noun(adjective: str) -> str:
    """The people's noun of a place adjective, as pymorphy3's dictionary has it (шведский → швед,
    кенийский → кениец, чешский → чех, немецкий → немец), or "": a version may say «кениец»
    where another writes "Kenyan", and Kazakh borrows many of these nouns (швед, чех)."""
    base = _SKY.sub("", adjective.lower())
    if base == adjective.lower():
        return ""
    candidates = [base, base + "ец"] + ([base[:-1] + "ец"] if base.endswith("й") else []) \
        + ([base[:-1] + "х"] if base.endswith("ш") else [])
    return next((c for c in candidates if _analyzer().word_is_known(c) and any(
        p.normal_form == c and p.tag.POS == "NOUN" and "anim" in p.tag
        and not {"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses(c))), "")


@cache
def people_noun_stem_oblique(adjective: str) -> str:
    """The stem the people's noun of *adjective* takes in its other forms (кениец → кенийц-а,
    немец → немц-ы, швед → швед-ы), four letters at least (not чех-: чехол is no Czech), or ""."""
    noun = people_noun(adjective)
    genitive = next((p.inflect({"gent"}) for p in parses(noun) if p.normal_form == noun
                     and p.tag.POS == "NOUN"), None) if noun else None
    stem = genitive.word[:-1] if genitive is not None else ""
    return stem if len(stem) >= 4 else ""


def stem(word: str) -> str:
    """*word* without its case ending (the longest one that leaves at least three letters)."""
    lower = word.lower()
    for size in (3, 2, 1):
        if len(lower) - size >= 3 and lower[-size:] in NOUN_ENDINGS:
            return lower[:-size]
    return lower


@cache
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def analyzer() -> Any:
    """The shared pymorphy3 analyzer (its dictionary loads once), for readers that need more
    than lemmas and parses (word_is_known)."""
    return _analyzer()


@cache
def lemmas(word: str) -> frozenset[str]:
    """Every normal form pymorphy3 proposes for *word* (lower case)."""
    return frozenset(p.normal_form.replace("ё", "е") for p in _parses(word.lower()))


def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's analyses of *word*, for readers that need its grammemes (numerals)."""
    return _parses(word.lower())


@lru_cache(maxsize=16384)
def _parses(lower: str) -> tuple[Any, ...]:
    """Once per word form: the number readers, the name recogniser and `lemmas` ask pymorphy3
    about the same words (a first check parsed a fifth of its new words twice or more)."""
    return tuple(_analyzer().parse(lower))


def inflect(parse: Any, required: frozenset[str]) -> Any:
    """*parse* (a pymorphy3 analysis) inflected to the *required* grammemes, as
    `parse.inflect(required)` gives it, worked out once per lexeme and grammemes: pymorphy3
    builds the analysis's whole lexeme for each inflection, and a name's analyses are mostly
    one lexeme in several cases (Тулегеновой: genitive, dative, instrumental, prepositional),
    which all inflect to one nominative (the demo release's first check inflected 88 times, 33
    of them different)."""
    key = (parse.word, parse.normal_form, _lexeme_of(parse.methods_stack),
           parse.tag.updated_grammemes(required), required)
    if key not in _INFLECTED:
        if len(_INFLECTED) >= _INFLECTED_KEPT:
            _INFLECTED.clear()  # a long-lived process: kept as the word caches are, bounded
        _INFLECTED[key] = parse.inflect(set(required))
    return _INFLECTED[key]


_INFLECTED_KEPT = 16384
_INFLECTED: dict[tuple, Any] = {}
"""`inflect`'s answers. What pymorphy3's inflection reads of an analysis: the lexeme — its
word's analysis (`_lexeme_of`: the paradigm, not the form's index in it, from which with the
word and its normal form the lexeme's stem follows) — and the grammemes wanted, the analysis's
own with the required ones put in their place (`updated_grammemes`); it then takes the
lexeme's form nearest to those."""


def _lexeme_of(stack: tuple) -> tuple:
    """A pymorphy3 analysis's methods with the index of the form in its paradigm left out (the
    fourth field of a dictionary method: (unit, word, paradigm, index)), nested analyses of a
    hyphenated word's parts alike: the methods two forms of one lexeme share."""
    return tuple(_method_of_lexeme(method) for method in stack)


def _method_of_lexeme(method: tuple) -> tuple:
    fields = tuple(_lexeme_of(field) if isinstance(field, tuple) else field for field in method)
    dictionary = len(fields) == 4 and isinstance(fields[2], int) and isinstance(fields[3], int)
    return fields[:3] if dictionary else fields


@cache
def verb_tense(word: str) -> str | None:
    """pymorphy3's tense (pres, past, futr) of *word* when its likeliest reading is a verb."""
    found = parses(word)
    tag = found[0].tag if found else None
    return tag.tense if tag is not None and tag.POS == "VERB" else None


def lexeme(word: str) -> list[str]:
    """Every inflected form of the dictionary word *word* (два → двух, двум, двумя …)."""
    return [form.word for form in _analyzer().parse(word)[0].lexeme]


# --- The grammar interface (press.lang.grammar): names, dates and numbers in a role ----------

CASE_ROLES: dict[str, Case] = {"nomn": Case.NOMINATIVE, "gent": Case.GENITIVE, "loct": Case.LOCATIVE,
                               "accs": Case.ACCUSATIVE, "datv": Case.DATIVE, "ablt": Case.INSTRUMENTAL}
"""pymorphy3 case → role; where two cases share a form the earlier wins (в Астане: locative)."""
ROLE_CASES: dict[Case, str] = {**{case: tag for tag, case in CASE_ROLES.items()}, Case.ABLATIVE: "gent"}
PREPOSITIONS: dict[str, Case] = {
    "с": Case.ABLATIVE, "со": Case.ABLATIVE, "из": Case.ABLATIVE, "от": Case.ABLATIVE,
    "в": Case.LOCATIVE, "во": Case.LOCATIVE, "на": Case.LOCATIVE, "до": Case.DATIVE, "к": Case.DATIVE,
}
DATE_PREPOSITIONS: dict[str, Case] = {
    "с": Case.ABLATIVE, "со": Case.ABLATIVE, "до": Case.DATIVE, "к": Case.DATIVE, "на": Case.DATIVE,
}
"""Prepositions that make a date something other than a time adverbial (3 марта)."""


def name_forms(form: str, entity_type: str) -> list[tuple[str, Case]]:
    return [(inflect_name(form, tag, name_kind(entity_type)), case) for tag, case in CASE_ROLES.items()]


def name_in_role(form: str, role: Case, entity_type: str) -> str:
    return inflect_name(form, ROLE_CASES[role], name_kind(entity_type))


def name_kind(entity_type: str) -> str:
    """How a name of this entity type declines (NAME_KINDS): a person's name word by word, any
    other name as a phrase."""
    return "person" if entity_type == "person" else "phrase"


def refine_role(role: Case, preposition: str) -> Case:
    """The role of a name after a preposition, from the preposition and the name's own case."""
    given = PREPOSITIONS.get(preposition.lower())
    if given is None:
        return role
    if role is Case.NOMINATIVE and preposition.lower() in ("с", "со"):
        return Case.INSTRUMENTAL  # с + an indeclinable name (с ЕКА) is "with" far more often than "from"
    if role is Case.NOMINATIVE:
        return given  # an indeclinable name: the preposition alone tells (в NASA)
    if role is Case.GENITIVE and given in (Case.ABLATIVE, Case.DATIVE):
        return given  # с/из/от + genitive = from; до + genitive = up to
    if role is Case.LOCATIVE and given is Case.DATIVE:
        return given  # к Земле
    if role is Case.ACCUSATIVE and given is Case.LOCATIVE:
        return Case.DATIVE  # в/на + accusative = direction
    return role


def date_role(text: str, start: int, ending: str | None, previous_word: str) -> Case | None:
    """A bare date (27 ноября) is a time adverbial: Kazakh says it in the locative."""
    return DATE_PREPOSITIONS.get(previous_word.lower()) or Case.LOCATIVE


def is_form_of(word: str, base: str) -> bool:
    return matches_stem(word, base)


def name_nominative(word: str) -> str:
    """A word of a name back in the nominative (Рыжиковым → Рыжиков), to register it."""
    parts = []
    for part in word.split("-"):
        found = parses(part)
        if any(p.tag.case == "nomn" for p in found):
            parts.append(part)  # already the form to register (Рыжиков, not Рыжик)
            continue
        parse = next((p for p in found if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)), None)
        normal = parse.inflect({"nomn", "sing"}) if parse is not None else None
        if normal is not None:
            parts.append(normal.word.capitalize())
        else:  # a surname the dictionary lacks: the masculine instrumental is unambiguous
            parts.append(re.sub(r"(?<=[оеёи]в|ин)ым$", "", part))
    return "-".join(parts)


@lru_cache(maxsize=65536)
def matches_stem(word: str, base: str, derived: bool = True) -> bool:
    """True when *word* is an inflected form of *base* (or, with *derived*, its adjective).
    Cached per pair: the name finder asks it of each registered form at each word it may begin."""
    word_l, base_l = _plain(word), _plain(base)
    if word_l == base_l:
        return True
    for root in {base_l, stem(base_l)}:
        if word_l.startswith(root):
            tail = word_l[len(root):]
            if tail in NOUN_ENDINGS or (derived and tail in DERIVED_ENDINGS):
                return True
    if word_l[:2] != base_l[:2] or "-" in word_l:
        return False
    return bool(lemmas(word_l) & lemmas(base_l))


def _plain(word: str) -> str:
    return word.lower().replace("ё", "е")


NAME_KINDS = ("person", "phrase")
"""How a name declines: a person's first name and surname each decline (Сергея Рыжикова); any
other name declines as a phrase, its leading adjectives and head noun only (Соединённых Штатов
Америки, Министерства иностранных дел Республики Казахстан, города Астана)."""

_MODEL_SURNAMES = {"masc": (("ов", "Иванов"), ("ев", "Иванов"), ("ёв", "Иванов"), ("ин", "Пушкин"),
                            ("ын", "Пушкин")),
                   "femn": (("ова", "Иванова"), ("ева", "Иванова"), ("ина", "Пушкина"), ("ына", "Пушкина"))}
"""Surnames pymorphy3 does not know (Рыжиков, Микаев) decline like the dictionary's model surname."""


def inflect_name(name: str, case_tag: str, kind: str = "phrase", yo: bool | None = None) -> str:
    """A Russian name put in a pymorphy3 case ("gent", "datv" …).

    *kind* is "person" (every word declines, the surname agreeing with the first name's
    gender) or "phrase" (leading adjectives and the head noun decline; what follows the head —
    a genitive (дел Республики Казахстан) or a name in apposition (Республика Казахстан,
    город Астана) — stays as written). Words inside «» (names of craft and programmes),
    Latin words and abbreviations (МИД, МКС, НАСА) never decline. *yo* is the house style:
    True writes ё, False е (gov.kz), None keeps ё only where the name is written with it.
    """
    words = name.split(" ")
    out: list[str] = []
    quoted = head_done = False
    gender = _gender(words) if kind == "person" else None
    number = None
    animacy = "anim" if kind == "person" else _head_animacy(words)
    for word in words:
        quoted = quoted or word.startswith("«")
        fixed = quoted or head_done or case_tag == "nomn" or not _declinable(word)
        if fixed:
            out.append(word)
        else:
            new, is_noun, number = _inflect_word(word, case_tag, gender, number, animacy)
            out.append(new)
            head_done = kind != "person" and is_noun
        quoted = quoted and not word.endswith("»")
    text = " ".join(out)
    return house_spelling(text, "ё" in name if yo is None else yo)


def house_spelling(text: str, yo: bool) -> str:
    """*text* written with ё (yo=True) or with е in its place, as gov.kz writes Russian."""
    return text if yo else text.replace("ё", "е").replace("Ё", "Е")


def _declinable(word: str) -> bool:
    """False for Latin words, numbers and abbreviations, which Russian leaves as written."""
    letters = word.replace("-", "")
    if word.isascii() or not letters.isalpha():
        return False
    return not (len(letters) > 1 and letters.isupper())


def _head_animacy(words: list[str]) -> str:
    """Animacy of a phrase's head noun: an adjective in the accusative agrees with it
    (Соединённые Штаты, not Соединённых Штаты)."""
    for word in words:
        nouns = [p for p in _analyzer().parse(word.rpartition("-")[2]) if p.tag.POS == "NOUN"]
        if nouns:
            return str(nouns[0].tag.animacy or "inan")
    return "inan"


def _gender(words: list[str]) -> str | None:
    """The gender of a person's first name (Сергей → masc), for the surname to agree with it."""
    for word in words:
        for parse in _analyzer().parse(word):
            if "Name" in parse.tag and "nomn" in parse.tag and parse.tag.gender:
                return str(parse.tag.gender)
    return None


def _inflect_word(word: str, case_tag: str, gender: str | None, number: str | None,
                  animacy: str) -> tuple[str, bool, str | None]:
    """One word in *case_tag*: (form, whether it was a noun, its number for the words after).

    In a hyphenated word only the last part declines (Кудь-Сверчкова); a word pymorphy3 cannot
    put in the case is left as it is.
    """
    head, _, last = word.rpartition("-")
    parse = _nominative(last, gender, number)
    if parse is None:
        new = _like_model_surname(last, case_tag, gender)
        is_noun, found_number = new is not None, "sing"
    else:
        wanted = {case_tag, str(parse.tag.number or "sing")}
        if case_tag == "accs" and parse.tag.POS != "NOUN" and (parse.tag.number == "plur"
                                                               or parse.tag.gender == "masc"):
            wanted.add(animacy)
        inflected = parse.inflect(wanted) or parse.inflect({case_tag})
        new = inflected.word if inflected else None
        is_noun, found_number = parse.tag.POS == "NOUN", str(parse.tag.number or "sing")
    if new is None:
        return word, True, number
    new = new[:1].upper() + new[1:] if last[:1].isupper() else new
    return (f"{head}-{new}" if head else new), is_noun, found_number


def _nominative(word: str, gender: str | None, number: str | None) -> Any:
    """pymorphy3's best nominative reading of *word*: a first name or surname of *gender* when a
    gender is given (a person), else a noun or adjective in *number*."""
    candidates = [p for p in _analyzer().parse(word) if "nomn" in p.tag and p.tag.POS in
                  ("NOUN", "ADJF", "PRTF") and "Fixd" not in p.tag]
    if gender:
        named = [p for p in candidates if p.tag.gender in (gender, None) and
                 ({"Name", "Surn", "Patr"} & set(p.tag.grammemes) or p.tag.POS != "NOUN")]
        named.sort(key=lambda p: ("Surn" not in p.tag and "Name" not in p.tag))
        return named[0] if named else None
    if number:
        candidates = [p for p in candidates if p.tag.number in (number, None)] or candidates
    return candidates[0] if candidates else None


def _like_model_surname(word: str, case_tag: str, gender: str | None) -> str | None:
    """A surname in -ов/-ев/-ин (Рыжиков, Микаев; Жумабекова) declined like Иванов or Пушкин
    (Иванова): the word keeps its suffix (-ов, -ев, -ин) and takes the model's case ending after
    it (Жумабековой, not Жумабековай: the feminine -а is part of the ending)."""
    for ending, model in _MODEL_SURNAMES.get(gender or "masc", ()):
        if word.lower().endswith(ending) and len(word) > len(ending) + 1:
            surname = next(p for p in _analyzer().parse(model) if "Surn" in p.tag and "nomn" in p.tag)
            form = surname.inflect({case_tag}).word
            suffix = ending.removesuffix("а")
            tail = form[len(model) - len(ending) + len(suffix):]
            return word[: -len(ending)] + suffix.replace("ё", "е") + tail
    return None


def date_reading(patterns: tuple[str, str], months: dict[str, int],
                 abbreviated: dict[str, int]) -> tuple[str, int]:
    """How Russian running text writes a date: «27 ноября 2025 года», «в декабре 2025 г.»,
    «8–9 декабря», «22 окт.»; the months in every case (press.lang.read_dates.month_forms)."""
    with_day = alternation({**months, **abbreviated})
    body = (rf"{DAY}\s+(?P<month>{with_day})(?:\s+(?P<year>\d{{4}})(?:\s*(?:года|году|г\.))?)?"
            rf"|(?P<month3>{alternation(months)})(?:\s+(?P<year3>\d{{4}})(?:\s*(?:года|году|г\.))?)?")
    return body, re.IGNORECASE
