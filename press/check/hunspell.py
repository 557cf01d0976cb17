"""The Kazakh hunspell dictionary (Debian hunspell-kk) as a spelling oracle: is a word form spelt right?

The dictionary's authors wrote its 54,000 stems and the suffix rules that inflect them
(kk_KZ.aff: suffixes only, one per word, no prefixes, no compounds, one-letter flags). The
look-alike rule asks it about a word the press lexicon cannot vouch for: a form it rejects,
one or two Russian look-alikes away from a form it accepts (турде → түрде), was typed on the
wrong layout.

Why not a hunspell library: spylls (pure Python) took 11 s to load this dictionary, and the C
binding needs a compiler and headers; this reader does the one thing the rule needs, a
single suffix stripped under its condition, and loads in a few tens of milliseconds, lazily, once
per process. Without the dictionary files (hunspell-kk not installed) `accepts` answers None
and the rule runs without the oracle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

DICTIONARY = Path("/usr/share/hunspell/kk_KZ")
"""The .dic and .aff of hunspell-kk, without their suffix."""


@dataclass(frozen=True)
class _Rule:
    flag: str
    strip: str
    condition: tuple[tuple[frozenset[str], bool], ...]
    """The letters the stem must end in, one set per letter, True where the set is negated."""

    def allows(self, stem: str) -> bool:
        if len(stem) < len(self.condition):
            return False
        tail = stem[len(stem) - len(self.condition):]
        return all((ch in letters) != negated
                   for ch, (letters, negated) in zip(tail, self.condition, strict=True))


_ELEMENT = re.compile(r"\[(\^?)([^\]]*)\]|(.)")


def _condition(text: str) -> tuple[tuple[frozenset[str], bool], ...]:
    """A hunspell condition ([аоуұыэ]ву, [^й]) read as letter sets; "." (any letter) as an
    empty negated set."""
    if text == ".":
        return ()
    return tuple((frozenset(m.group(2)), bool(m.group(1))) if m.group(3) is None
                 else (frozenset() if m.group(3) == "." else frozenset(m.group(3)), m.group(3) == ".")
                 for m in _ELEMENT.finditer(text))


@dataclass(frozen=True)
class _Dictionary:
    flags: dict[str, str]
    """Each stem (as written, proper names capitalised) and its suffix flags."""
    rules: dict[str, list[_Rule]]
    """Suffix rules by the suffix they add ("" for none)."""
    longest: int


@cache
def _dictionary() -> _Dictionary | None:
    dic, aff = DICTIONARY.with_suffix(".dic"), DICTIONARY.with_suffix(".aff")
    try:
        dic_lines = dic.read_text(encoding="utf-8-sig").splitlines()[1:]
        aff_lines = aff.read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return None
    flags: dict[str, str] = {}
    for stem, _, flag in (line.rstrip().partition("/") for line in dic_lines):
        flags[stem] = flags[stem] + flag if stem in flags else flag  # a homonym's flags join
    rules: dict[str, list[_Rule]] = {}
    for line in aff_lines:
        fields = line.split()
        if len(fields) < 4 or fields[0] != "SFX" or fields[2] in ("Y", "N"):
            continue  # a header (SFX A N 45) or another setting
        strip, add = ("" if f == "0" else f for f in fields[2:4])
        condition = fields[4] if len(fields) > 4 else "."
        rules.setdefault(add.split("/")[0], []).append(
            _Rule(fields[1], strip, _condition(condition)))
    return _Dictionary(flags, rules, max(map(len, rules), default=0))


def available() -> bool:
    """The dictionary files are installed."""
    return _dictionary() is not None


def accepts(word: str) -> bool | None:
    """True when hunspell-kk spells *word* so (as a stem or a stem with one suffix; a
    capitalised word also when its lower-case form is), False when not, None without the
    dictionary."""
    kept = stem_letters(word)
    return None if kept is None else kept > 0


@lru_cache(maxsize=65536)
def stem_letters(word: str) -> int | None:
    """How many of *word*'s first letters hunspell-kk reads as a stem, the suffix stripped
    (5 for бейбіт-ке; all for a word the dictionary lists whole), 0 when it does not know the
    word, None without the dictionary."""
    found = _dictionary()
    if found is None:
        return None
    forms = {word, word.lower()} if word[:1].isupper() else {word}
    return max(_stem_letters(found, form) for form in forms)


def _stem_letters(found: _Dictionary, word: str) -> int:
    if word in found.flags:
        return len(word)
    for size in range(min(found.longest, len(word) - 1) + 1):  # the shortest suffix first
        head = word[:len(word) - size]
        for rule in found.rules.get(word[len(word) - size:], ()):
            stem = head + rule.strip
            if rule.flag in found.flags.get(stem, "") and rule.allows(stem):
                return len(head)
    return 0
