"""Language names: «орыс тілі», «на английском», "speaks French" name a language, not a country.

A country's adjective is also the name of its language in each of the three languages (French,
французский, француз). Said of a language it names no country, so no other version need name
that country: followed by the word for language, with any number of language names listed
before it («ағылшын, орыс және поляк тілдерін», «английским и французским языками», "English
and Russian languages"), or where the language is understood — after "speak" or "in" in
English ("speaks English, French and Polish", "published in Kazakh"), a Russian adjective in
the masculine singular with no noun after it («на английском, французском»).

The language names and the word for language are CLDR's (Babel): the one-word names of
`Locale(lang).languages` (English, английский; Kazakh «ағылшын тілі» less «тілі») and the last
word of the name of an unknown language ("Unknown language", «неизвестный язык», «белгісіз тіл»).

    names_language(text, start, end, "kk")   # the word at start..end is said of a language
"""

from __future__ import annotations

import re
from functools import cache

from press.lang import kazakh, russian
from press.lang.tokens import Token, tokens

_BABEL = {"en": "en", "kk": "kk", "ru": "ru"}


@cache
def _cldr_names(lang: str) -> tuple[str, ...]:
    from babel import Locale

    return tuple(name for name in Locale.parse(_BABEL[lang]).languages.values() if name)


@cache
def language_names(lang: str) -> frozenset[str]:
    """The lower-case one-word names of languages in *lang* (english, английский, ағылшын):
    Kazakh names a language «X тілі», the noun after the name."""
    noun = language_noun(lang)
    words = [name.split() for name in _cldr_names(lang) if "(" not in name]
    if lang == "kk":
        return frozenset(w[0].lower() for w in words if len(w) == 2 and w[1].startswith(noun))
    return frozenset(w[0].lower() for w in words if len(w) == 1)


@cache
def language_noun(lang: str) -> str:
    """The word for language: the last word of CLDR's name of an unknown language (language,
    язык, тіл)."""
    from babel import Locale

    return Locale.parse(_BABEL[lang]).languages["und"].split()[-1].lower()


def language_key(word: str, lang: str) -> str | None:
    """The language name (lower case, as in `language_names`) *word* is a form of (French →
    french, английском → английский, ағылшын), else None."""
    if lang not in _BABEL or lang == "en" and not word[:1].isupper():
        return None
    lower = word.lower()
    if lang == "ru":
        return min(russian.lemmas(lower) & language_names(lang), default=None)
    return lower if lower in language_names(lang) else None


def is_language_name(word: str, lang: str) -> bool:
    """*word* is a form of a language's name (French, английском, ағылшын)."""
    return language_key(word, lang) is not None


def language_form(form: str, lang: str) -> str | None:
    """The language a register's form names as "X language" (Kazakh language, казахский язык,
    қазақ тілі): the key of X, else None."""
    words = form.split()
    if len(words) != 2 or not _is_language_noun(words[1], lang):
        return None
    return language_key(words[0], lang)


def _is_language_noun(word: str, lang: str) -> bool:
    """A form of the word for language (languages, языками, тілдерін, тілінде) or of a noun
    said of a language (`_OF_LANGUAGE`)."""
    lower = word.lower()
    nouns = (language_noun(lang), *_OF_LANGUAGE.get(lang, ()))
    if lang == "ru":
        return bool(russian.lemmas(lower).intersection(nouns))
    if lang == "kk":
        return any(lower.startswith(noun) and kazakh.is_ending_chain(lower[len(noun):]) for noun in nouns)
    return any(lower in (noun, noun + "s") for noun in nouns)


_JOIN = re.compile(r"\s*,\s*(?:(?:and|or|и|или|және|немесе)\s+)?"
                   r"|\s+(?:and|or|и|или|және|немесе|мен|бен|пен)\s+", re.IGNORECASE)
"""What stands between two language names of a list (", ", " and ", ", and ", «мен»)."""
_EN_HYPHENED = re.compile(r"-(?:speaking|speakers?|language)\b", re.IGNORECASE)
"""An English compound said of the language (Russian-speaking, English-language)."""
_EN_AFTER = re.compile(r"\b(?:speak(?:s|ing)?|spoke|spoken|fluent(?:ly)?|in|into|from|know(?:s|ing)?|"
                       r"learn(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|teach(?:es|ing)?|taught)\s+\Z",
                       re.IGNORECASE)
"""English words after which a language name stands for the language: "speaks English",
"published in Kazakh", "translated into Russian"."""
_EN_NOT_NOUN = frozenset({"and", "or", "but", "as", "with", "at", "for", "to", "in", "on", "by", "is", "are",
                          "was", "were", "fluently", "well", "too", "also", "which", "that", "while",
                          "from", "among", "besides", "alongside"})
"""Lower-case English words after a language name that are not the noun it would qualify."""
_OF_LANGUAGE = {"en": ("translation", "version", "edition", "text", "speaker", "dub", "subtitle"),
                "ru": ("перевод", "версия", "текст", "издание", "озвучка", "субтитр"),
                "kk": ("аударма", "нұсқа", "мәтін")}
"""Nouns a language name qualifies as a language, as the word for language itself: the Spanish
translation, русская версия, ағылшын нұсқасы."""


def names_language(text: str, start: int, end: int, lang: str) -> bool:
    """The language name at text[start:end] is said of the language, not of its country or
    people (see the module's docstring)."""
    words = tokens(text)
    i = next((k for k, t in enumerate(words) if t.start == start), None)
    if i is None or lang not in _BABEL:
        return False
    head = words[i].text.split("-")[0]
    if lang == "en" and is_language_name(head, lang) and _EN_HYPHENED.match(words[i].text, len(head)):
        return True  # Russian-speaking, English-language
    if not is_language_name(words[i].text, lang):
        return False
    first, last = _listed(text, words, i, lang)
    after = words[last + 1] if last + 1 < len(words) else None
    if after is not None and _is_language_noun(after.text, lang) \
            and not text[words[last].end:after.start].strip():
        return True
    if lang == "en":
        return bool(_EN_AFTER.search(text[max(0, words[first].start - 20):words[first].start])) \
            and not _noun_follows(text, words[last], after)
    if lang == "ru":
        listed = [w for w in words[first:last + 1] if is_language_name(w.text, lang)]
        return all(_masculine_singular(w.text) for w in listed) \
            and not _noun_follows(text, words[last], after)
    return False


def _listed(text: str, words: tuple[Token, ...], i: int, lang: str) -> tuple[int, int]:
    """The first and last word of the list of language names word *i* stands in."""
    first = last = i
    while (k := _neighbour(text, words, first, -1, lang)) is not None:
        first = k
    while (k := _neighbour(text, words, last, 1, lang)) is not None:
        last = k
    return first, last


def _neighbour(text: str, words: tuple[Token, ...], i: int, step: int, lang: str) -> int | None:
    """The language name listed right before (*step* -1) or after (1) word *i*, with a comma
    or a conjunction between, else None."""
    for k in (i + step, i + 2 * step):
        if not 0 <= k < len(words):
            return None
        a, b = sorted((words[i], words[k]), key=lambda t: t.start)
        if _JOIN.fullmatch(text[a.end:b.start]) and is_language_name(words[k].text, lang):
            return k
    return None


_RU_LETTER = re.compile(r"[а-яё]")

def _noun_follows(text: str, word: Token, after: Token | None) -> bool:
    """The word right after *word* (spaces only between) could be the noun an adjective
    qualifies: «французской стороны», "Russian side", "Kazakh Foreign Ministry"."""
    if after is None or text[word.end:after.start].strip():
        return False
    if after.text[:1].isupper():
        return True
    if _RU_LETTER.search(after.lower):
        return any({"NOUN", "ADJF"} & set(p.tag.grammemes) for p in russian.parses(after.text)[:1])
    return after.lower not in _EN_NOT_NOUN and not after.lower.endswith("ly")


def _masculine_singular(word: str) -> bool:
    """A Russian adjective in the masculine singular, as a language's name is when «язык» is
    understood (на английском, владеет французским)."""
    return any({"ADJF", "masc", "sing"} <= set(p.tag.grammemes) for p in russian.parses(word))
