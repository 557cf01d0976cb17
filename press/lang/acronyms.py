"""An abbreviation and the phrase it abbreviates: the same name or term.

A release names a body or a term in full in one version and by its initials in another
(Министерство иностранных дел and МИД, Сыртқы істер министрлігі and СІМ, business-to-business
and B2B, twenty-foot equivalent units and TEU, двадцатифутовых эквивалентов and ДФЭ). An
acronym stands for the words of its language whose initials it spells, in order:

    expansion("МИД", "Министерство иностранных дел сообщило", "ru")   # (0, 28)
    expansion("B2B", "held a business-to-business session", "en")      # (7, 27)

Each word of the phrase gives the initial of its first part and may give the initials of its
other hyphenated parts (business-to-business: B, 2, B) or skip them (twenty-foot equivalent
units: T, E, U); a Russian compound written as one word may give the letter of its next stem,
after the linking vowel (двадцатифутовых: Д and Ф); a digit stands for the word it sounds like
(2: to, 4: for); the small words of a name (of, and, и, по, мен) may be skipped. At least two
initials of parts are spelt, so that no single word is taken for an acronym of itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORDS = re.compile(r"[^\W\d_]+(?:[-‐][^\W_]+)*")
_JOINERS = frozenset({"of", "and", "for", "the", "on", "in", "to", "и", "по", "в", "на", "при", "с",
                      "мен", "пен", "бен", "және", "жөніндегі"})
_DIGIT_WORDS = {"en": {"2": ("to", "two"), "4": ("for", "four")}}
"""Digits an English acronym writes for a word that sounds like them (B2B, G2G, P4P)."""
_INSIDE = 1
"""Letters at most a part of a word may give from inside it (a compound written as one word)."""


def _parts(phrase: str) -> list[tuple[str, int, int, bool]]:
    """The parts of *phrase*'s words: (text, start, end, first part of its word)."""
    found = []
    for word in _WORDS.finditer(phrase):
        offset = word.start()
        for i, part in enumerate(re.split(r"[-‐]", word.group())):
            found.append((part, offset, offset + len(part), i == 0))
            offset += len(part) + 1
    return found


def _initial(letter: str, part: str, lang: str) -> bool:
    """*part* begins with the acronym's *letter* and is no small word of a name (of, и), or is the
    word its digit stands for."""
    if letter.isdigit():
        return part.lower() in _DIGIT_WORDS.get(lang, {}).get(letter, ())
    return part[:1].lower() == letter.lower() and part.lower() not in _JOINERS


_LINKS = {"ru": "оеи", "kk": "оеи"}
"""The linking vowels of a compound written as one word, after which its next stem begins
(двадцат-и-футовых, газ-о-проводный, водн-о-энергетический)."""


def _inside(letters: str, rest: str, lang: str) -> bool:
    """*letters* begin, in order, stems of the compound whose first stem's letter is spelt:
    each right after a linking vowel of *lang* (none in English)."""
    links = _LINKS.get(lang, "")
    position = 0
    for letter in letters.lower():
        position = next((k + 1 for k in range(position, len(rest))
                         if rest[k].lower() == letter and k and rest[k - 1].lower() in links), 0)
        if not position:
            return False
    return True


def _gives(more: str, inner: int, part: str, lang: str) -> bool:
    """*part*, whose initial is spelt, spells the *inner* letters *more* from inside it too."""
    return len(more) == inner and (not inner or (more.isalpha() and _inside(more, part[1:], lang)))


@lru_cache(maxsize=4096)
def expansion(acronym: str, text: str, lang: str) -> tuple[int, int] | None:
    """Where *text* writes out the phrase *acronym* abbreviates in *lang* (start, end), or None."""
    letters = re.sub(r"[\W_]", "", acronym)
    if len(letters) < 2 or not any(ch.isalpha() for ch in letters):
        return None
    parts = _parts(text)

    def ends(a: int, p: int, spelt: int) -> int | None:
        """The end of the phrase when acronym letter *a* is to be spelt from part *p* on."""
        if a == len(letters):
            done = p == len(parts) or parts[p][3]
            return parts[p - 1][2] if done and spelt >= 2 else None
        if p == len(parts):
            return None
        part, _, _, first = parts[p]
        if _initial(letters[a], part, lang):
            for inner in range(_INSIDE + 1):
                more = letters[a + 1:a + 1 + inner]
                end = ends(a + 1 + inner, p + 1, spelt + 1) if _gives(more, inner, part, lang) else None
                if end is not None:
                    return end
        if not first or (a and part.lower() in _JOINERS and first
                         and (p + 1 == len(parts) or parts[p + 1][3])):
            return ends(a, p + 1, spelt)  # a later part of a word, or a small word of a name
        return None

    for p, (_, start, _, first) in enumerate(parts):
        if first and (end := ends(0, p, 0)) is not None:
            return start, end
    return None


def abbreviated(acronym: str, text: str, lang: str) -> bool:
    """*text* writes out the phrase *acronym* abbreviates."""
    return expansion(acronym, text, lang) is not None


def initials_written(name: str, texts: list[str]) -> bool:
    """One of *texts* writes *name*, a name of two words or more, by its initials alone, as a
    word of capitals (стран ЦА for Центральная Азия, ЕАЭС): the name is said there."""
    words = [w for w in _WORDS.findall(name) if w.lower() not in _JOINERS]
    if len(words) < 2:
        return False
    initials = "".join(w[0].upper() for w in words)
    return any(re.search(rf"(?<![\w-]){initials}(?![\w-])", text) for text in texts)

