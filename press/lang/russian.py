"""Russian morphology for reading: is a word in running text a form of a known name?

pymorphy3 (imported lazily, its dictionary loads once) gives the lemma of dictionary words
(Земли → земля, Рыжиковым → рыжиков); names it does not know (Кудь-Сверчкова, Уильямса) are
matched by stem and a table of case endings, which also admits adjectives derived from a
place name (Казахстан → казахстанский, Россия → российский).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from press.lang.kazakh import Case

NOUN_ENDINGS = frozenset((  # noqa: SIM905
    "а я у ю о е ё и ы ь й ом ем ём ой ей ою ею ам ям ами ями ах ях ов ев ёв ого его ому ему ым "
    "им ых их ую юю ая яя ое ее ые ие ыми ими"
).split())
"""Case endings of nouns, surnames and adjectives (the part after the stem)."""

_ADJ = ("ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "их", "ую", "ими", "ом")
DERIVED_ENDINGS = frozenset(f"{suffix}{adj}" for suffix in ("ск", "йск", "ск") for adj in _ADJ)
"""Adjectives made from a place name: казахстанский, российских."""


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


@cache
def lemmas(word: str) -> frozenset[str]:
    """Every normal form pymorphy3 proposes for *word* (lower case)."""
    return frozenset(p.normal_form.replace("ё", "е") for p in _analyzer().parse(word.lower()))


def parses(word: str) -> list[Any]:
    """pymorphy3's analyses of *word*, for readers that need its grammemes (numerals)."""
    return list(_analyzer().parse(word.lower()))


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
    return [(inflect_name(form, tag), case) for tag, case in CASE_ROLES.items()]


def name_in_role(form: str, role: Case, entity_type: str) -> str:
    return inflect_name(form, ROLE_CASES[role])


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


def matches_stem(word: str, base: str, derived: bool = True) -> bool:
    """True when *word* is an inflected form of *base* (or, with *derived*, its adjective)."""
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


def inflect_name(name: str, case_tag: str) -> str:
    """A Russian name put in a pymorphy3 case ("gent", "datv" …), word by word.

    Words inside «» (names of craft and programmes: «Союз МС-28») and Latin words stay as
    written; a word pymorphy3 cannot put in the case is left as it is.
    """
    if case_tag == "nomn":
        return name
    out, quoted = [], False
    for word in name.split(" "):
        quoted = quoted or word.startswith("«")
        out.append(word if quoted or word.isascii() else _inflect_word(word, case_tag))
        quoted = quoted and not word.endswith("»")
    return " ".join(out)


def _inflect_word(word: str, case_tag: str) -> str:
    """One word of a name in *case_tag*; in a hyphenated name only the last part declines."""
    head, _, last = word.rpartition("-")
    singular = [p for p in _analyzer().parse(last) if "nomn" in p.tag and "sing" in p.tag]
    inflected = singular[0].inflect({case_tag}) if singular else None
    if inflected is None:
        return word
    new = inflected.word if "ё" in last else inflected.word.replace("ё", "е")
    new = new[:1].upper() + new[1:] if last[:1].isupper() else new
    return f"{head}-{new}" if head else new
