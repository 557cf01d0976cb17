"""What a paragraph states — numbers, day-and-month dates, registered names — as anchors.

Paragraphs of a draft and of the source are aligned by what they state, which survives
translation, rather than by their words, which do not. Dates are read with the month
tables of press.lang (the same ones the checker reads with), names with the entity
register's approved forms, allowing for case endings (Байконура, Байқоңырдан).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from press.model import Entity

_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f,.]\d{3})*(?:[.,]\d+)?")
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


def numbers(text: str) -> list[str]:
    """Every number, normalised: 4,000 / 4 000 / 4000 → "4000"; 1,5 and 1.5 → "1.5"."""
    found = []
    for match in _NUMBER.finditer(text):
        token = re.sub(r"[ \u00a0\u202f]", "", match.group())
        token = re.sub(r"[.,](?=\d{3}(?:\D|$))", "", token)
        found.append(token.replace(",", "."))
    return found


def month_of(word: str, lang: str) -> int | None:
    """The month a word names in *lang*, with case endings (ноября, желтоқсанда, декабре)."""
    from press.lang import MONTHS

    word = word.lower()
    for number, forms in MONTHS[lang].items():
        for form in forms:
            if word.startswith(form) or (len(form) > 3 and word.startswith(form[:-1])
                                         and len(word) <= len(form) + 1):
                return number
    return None


def dates(text: str, lang: str) -> list[tuple[int, int]]:
    """(month, day) of every "27 ноября" / "November 27" / "27 қарашада" in *text*."""
    tokens = re.findall(r"\d{1,2}(?!\d)|[^\W\d_]+", text)
    found = []
    for index, token in enumerate(tokens):
        if not token.isdigit() or not 1 <= int(token) <= 31:
            continue
        for neighbour in (index + 1, index - 1):
            if 0 <= neighbour < len(tokens) and (month := month_of(tokens[neighbour], lang)):
                found.append((month, int(token)))
                break
    return found


def _stem_match(word: str, form: str) -> bool:
    """A form matches a word that adds a case ending, allowing its last letter to alternate."""
    if word == form or word.startswith(form):
        return True
    return len(form) >= 4 and word.startswith(form[:-1]) and len(word) > len(form) - 1


def names(text: str, lang: str, entities: dict[str, Entity]) -> set[str]:
    """Ids of the registered entities that *text* names in any of their forms."""
    words = [w.lower() for w in _WORD.findall(text)]
    found = set()
    for entity in entities.values():
        for form in entity.forms.get(lang, []):
            form_words = [w.lower() for w in _WORD.findall(form)]
            if form_words and _contains(words, form_words):
                found.add(entity.id)
                break
    return found


def _contains(words: list[str], form_words: list[str]) -> bool:
    size = len(form_words)
    return any(all(_stem_match(words[i + k], form_words[k]) for k in range(size))
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
    return Anchors(frozenset(numbers(plain)), frozenset(dates(plain, lang)),
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
