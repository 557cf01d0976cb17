"""What a paragraph states — numbers, day-and-month dates, registered names — as anchors.

Paragraphs of a draft and of the source are aligned by what they state, which survives
translation, rather than by their words, which do not. Numbers and dates are read
with the checker's readers (press.lang.read_numbers / read_dates), names with the entity
register's forms through the checker's inflection-aware match (Байконура, Байқоңырдан).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from press.model import Entity

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CYRILLIC_LATIN = dict(zip(
    "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыьэюяәі",
    ["a", "b", "v", "g", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "q", "l", "m", "n", "ng",
     "o", "o", "p", "r", "s", "t", "u", "u", "u", "f", "kh", "h", "ts", "ch", "sh", "shch", "",
     "y", "", "e", "yu", "ya", "a", "i"], strict=True))


def transliterate(text: str) -> str:
    """Russian and Kazakh Cyrillic in Latin letters (for slugs and proposed ids)."""
    out = []
    for char in text:
        latin = _CYRILLIC_LATIN.get(char.lower())
        out.append(char if latin is None else latin.capitalize() if char.isupper() else latin)
    return "".join(out)


def numbers(text: str, lang: str) -> list[str]:
    """Every number the checker's reader finds, normalised: 4,000 / 4 000 → "4000"."""
    from press.lang.read_numbers import find_numbers

    return [format(mention.value.normalize(), "f") for mention in find_numbers(text, lang)]


def dates(text: str, lang: str) -> list[tuple[int, int]]:
    """(month, day) of every dated mention the checker's reader finds (ноября, қарашада …)."""
    from press.lang.read_dates import find_dates

    return [(m.month, m.day) for m in find_dates(text, lang) if m.day is not None]


def names(text: str, lang: str, entities: dict[str, Entity]) -> set[str]:
    """Ids of the registered entities that *text* names in any form, inflected or not."""
    words = _WORD.findall(text)
    found = set()
    for entity in entities.values():
        for form in entity.forms.get(lang, []):
            form_words = _WORD.findall(form)
            if form_words and _contains(words, form_words, lang):
                found.add(entity.id)
                break
    return found


def is_form_of(word: str, base: str, lang: str) -> bool:
    """The checker's inflection-aware match (Байконура ~ Байконур, Байқоңырдан ~ Байқоңыр)."""
    from press.lang.read_names import word_matches

    return word_matches(word, base, lang)


def _contains(words: list[str], form_words: list[str], lang: str) -> bool:
    size = len(form_words)
    return any(all(is_form_of(words[i + k], form_words[k], lang) for k in range(size))
               for i in range(len(words) - size + 1))


@dataclass(frozen=True)
class Anchors:
    """What one paragraph states, comparable across languages."""

    numbers: frozenset[str] = field(default_factory=frozenset)
    dates: frozenset[tuple[int, int]] = field(default_factory=frozenset)
    names: frozenset[str] = field(default_factory=frozenset)
    length: int = 0

    @property
    def items(self) -> set[object]:
        return {*self.numbers, *self.dates, *(("name", n) for n in self.names)}


def read(text: str, lang: str, entities: dict[str, Entity]) -> Anchors:
    from press.markup import to_plain

    plain = to_plain(text)
    return Anchors(frozenset(numbers(plain, lang)), frozenset(dates(plain, lang)),
                   frozenset(names(plain, lang, entities)), len(plain))


def similarity(a: Anchors, b: Anchors) -> float:
    """0…1: how likely two paragraphs in different languages say the same thing.

    Shared anchors weigh most; the length ratio (translations are within about ±40 % of
    each other) decides between paragraphs that state nothing checkable.
    """
    ratio = math.log(max(a.length, 1) / max(b.length, 1))
    length = math.exp(-1.5 * abs(ratio))
    union = a.items | b.items
    if not union:
        return length
    shared = len(a.items & b.items) / len(union)
    return 0.65 * shared + 0.35 * length
