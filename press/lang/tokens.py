"""Words of running text with their positions: the unit every reader in press.lang works on."""

from __future__ import annotations

import re
import re._parser as _regex_parser  # reads a phrase's first letters (see phrase_pattern)
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

WORD_RE = re.compile(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*|\d+(?:[-‐][^\W\d_]+)+")
"""A word: letters, joined by hyphens or apostrophes (Кудь-Сверчков, NASA-ның, 74-й)."""


class _LowerOnce:
    """`Token.lower`: the word in lower case, worked out at the first asking and kept in the
    token's own attributes, which a non-data descriptor gives way to from then on (the readers
    ask a word's lower case some ten times each: `_spelled` asks every word of a paragraph
    whether it is "бір" or "and"). No lock, as `functools.cached_property` takes in 3.11: a
    race computes the same string twice."""

    def __get__(self, token: Token | None, owner: type | None = None) -> str:
        if token is None:
            return self  # type: ignore[return-value]
        lower = token.text.lower()
        token.__dict__["lower"] = lower
        return lower


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    lower = _LowerOnce()


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
    """One case-insensitive pattern for a table of phrase patterns, so text is read in one pass.

    The alternation is guarded by a look-ahead on the letters a phrase can begin with: the regex
    engine then tries the phrases only where one can start, instead of all of them at every
    position of the text (about four times faster on a paragraph of news).
    """
    body = "|".join(f"(?P<p{i}>{phrase})" for i, phrase in enumerate(phrases))
    starts = [_first_letters(phrase) for phrase in phrases]
    if not phrases or any(start is None for start in starts):
        return re.compile(body, re.IGNORECASE)
    letters = {case for start in starts for char in start for case in (char, char.lower(), char.upper())}
    guard = "".join(re.escape(char) for char in sorted(letters))
    lead = r"(?<!\w)" if all(char.isalnum() for char in letters) and all(map(_opens_word, phrases)) else ""
    return re.compile(f"{lead}(?=[{guard}])(?:{body})", re.IGNORECASE)


def _opens_word(phrase: str) -> bool:
    """The regex *phrase* begins with a word boundary (\\b) or a look-behind for no word
    character: begun by a letter, it matches only where a word begins. When every phrase of a
    table does, `phrase_pattern` says so once before the alternation (no word character
    before), and the engine skips the letters inside words instead of trying every phrase at
    each of them (a Russian table's guard letters are in most words)."""
    ops = _regex_parser
    try:
        items = _regex_parser.parse(phrase)
    except Exception:  # a private module's shape changed: no claim
        return False
    for op, arg in items:  # type: ignore[attr-defined]
        if op is ops.AT:
            return arg is ops.AT_BOUNDARY
        if op is ops.ASSERT_NOT and arg[0] == -1 and len(arg[1]) == 1 and arg[1][0][0] is ops.IN \
                and (ops.CATEGORY, ops.CATEGORY_WORD) in arg[1][0][1]:
            return True
        if op not in (ops.ASSERT, ops.ASSERT_NOT):
            return False  # other assertions are zero-width: the next item says (`(?<!інші )\bжарты`)
    return False


def _first_letters(phrase: str) -> frozenset[str] | None:
    """The characters a match of the regex *phrase* can begin with, or None when that is open."""
    try:
        letters, can_be_empty = _first_of(_regex_parser.parse(phrase))
    except Exception:  # a private module's shape changed: read without the guard
        return None
    return None if letters is None or can_be_empty else frozenset(letters)


_CATEGORY_ESCAPES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}
"""The categories `first_class` keeps in a class, as the escapes that write them."""


def first_class(pattern: str, flags: int = 0) -> str | None:
    """The body of a character class (for `[...]`) holding every character a match of the regex
    *pattern* can begin with — letters, ranges and the digit, word and space categories, which
    a class of the same flags matches as the pattern does — or None when that is open (a
    match may be empty or begin with any character). A look-ahead on it before a long
    alternation lets the engine leave a position after one test (`press.lang.read_dates`:
    hundreds of month forms tried case-insensitively, one by one, at every position)."""
    try:
        items, can_be_empty = _first_of(_regex_parser.parse(pattern, flags), categories=True)
    except Exception:  # a private module's shape changed: no claim
        return None
    if items is None or can_be_empty:
        return None
    return "".join(sorted(item if item.startswith("\\") else re.escape(item) for item in items))


def _first_of(items: object, categories: bool = False) -> tuple[set[str] | None, bool]:
    """(first characters, can match empty) of a parsed regex sequence; None for "any". With
    *categories*, a class's digit, word and space categories are kept as their escapes."""
    ops = _regex_parser  # LITERAL, IN, … are the parser's opcode constants
    found: set[str] = set()
    for op, arg in items:  # type: ignore[attr-defined]
        if op in (ops.AT, ops.ASSERT, ops.ASSERT_NOT):
            continue  # zero-width: the next item gives the first character
        if op is ops.LITERAL:
            return found | {chr(arg)}, False
        if op is ops.IN:
            chars = _class_chars(arg, categories)
            return (None if chars is None else found | chars), False
        if op is ops.SUBPATTERN:
            letters, can_be_empty = _first_of(arg[3], categories)
        elif op is ops.BRANCH:
            letters, can_be_empty = _first_of_branches(arg[1], categories)
        elif op in (ops.MAX_REPEAT, ops.MIN_REPEAT):
            letters, can_be_empty = _first_of(arg[2], categories)
            can_be_empty = can_be_empty or arg[0] == 0
        else:
            return None, False
        if letters is None:
            return None, False
        found |= letters
        if not can_be_empty:
            return found, False
    return found, True


def _first_of_branches(branches: object, categories: bool = False) -> tuple[set[str] | None, bool]:
    found: set[str] = set()
    can_be_empty = False
    for branch in branches:  # type: ignore[attr-defined]
        letters, empty = _first_of(branch, categories)
        if letters is None:
            return None, False
        found |= letters
        can_be_empty = can_be_empty or empty
    return found, can_be_empty


def _class_chars(items: object, categories: bool = False) -> set[str] | None:
    """The characters of a class [...]; None for a category (a word character) or a negation,
    unless *categories* keeps the digit, word and space categories as their escapes."""
    ops = _regex_parser
    chars: set[str] = set()
    for op, arg in items:  # type: ignore[attr-defined]
        if op is ops.LITERAL:
            chars.add(chr(arg))
        elif op is ops.RANGE and arg[1] - arg[0] < 256:
            chars.update(chr(code) for code in range(arg[0], arg[1] + 1))
        elif categories and op is ops.CATEGORY and str(arg) in _CATEGORY_ESCAPES:
            chars.add(_CATEGORY_ESCAPES[str(arg)])
        else:
            return None
    return chars


Spelling = tuple[frozenset[str], ...]
"""A word's spellings letter by letter: the strings each of its letters may be written as, in
order ("" where it may go unwritten)."""


def spelt(text: str, spelling: Spelling) -> bool:
    """*text* is, whole, one of each letter's strings of *spelling* after another. What a
    pattern of alternatives per letter would match, without compiling one per word: the
    readers of names ask it of each new name they meet (a first check of new text compiled
    ~60 such patterns, a third of a millisecond each)."""
    ends = {0}
    for choices in spelling:
        ends = {end + len(choice) for end in ends for choice in choices if text.startswith(choice, end)}
        if not ends:
            return False
    return len(text) in ends


def find_phrases(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Each match of a `phrase_pattern` in *text*, with the index of the table row it matched."""
    for match in pattern.finditer(text):
        yield int(match.lastgroup[1:]), match  # type: ignore[index]
