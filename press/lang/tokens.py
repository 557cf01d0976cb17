"""Words of running text with their positions: the unit every reader in press.lang works on."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

WORD_RE = re.compile(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*|\d+(?:[-‐][^\W\d_]+)+")
"""A word: letters, joined by hyphens or apostrophes (Кудь-Сверчков, NASA-ның, 74-й)."""


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def alternation(words: object) -> str:
    """A regex alternation of *words* (any iterable of strings), the longest first."""
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


DAY = r"(?P<day>[0-3]?\d)(?:-?(?:st|nd|rd|th|го|е))?(?:\s*[–—-]\s*(?P<day2>[0-3]?\d))?"
"""A day of the month in a date reader's pattern, with its ordinal ending and a range's second day."""


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Token, ...]:
    """The words of *text* in order (cached: every rule family reads the same text)."""
    return tuple(Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text))


def sentence_initial(text: str, start: int) -> bool:
    """True when the word at *start* opens a sentence (its capital says nothing)."""
    before = text[:start].rstrip(" \u00a0«\"“(—–-")
    return not before or before[-1] in ".!?:;\n"


def previous_word(text: str, start: int) -> str:
    """The word right before *start* when only spaces and punctuation lie between, else ""."""
    m = re.search(r"(\w+)\W*$", text[:start])
    return m.group(1) if m and text[m.end(1):start].strip() == "" else ""


def phrase_pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    """One case-insensitive pattern for a table of phrase patterns, so text is read in one pass."""
    return re.compile("|".join(f"(?P<p{i}>{phrase})" for i, phrase in enumerate(phrases)), re.IGNORECASE)


def find_phrases(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Each match of a `phrase_pattern` in *text*, with the index of the table row it matched."""
    for match in pattern.finditer(text):
        yield int(match.lastgroup[1:]), match  # type: ignore[index]
