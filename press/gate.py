"""The one gate for text that enters a release, whatever the door it comes through.

A release source is checked by the loader (press.source); every other way text reaches a
release — a returned XLIFF or review DOCX (targets, notes, comments, metadata), a machine
translation answer, a draft given to `press import`, a correction note, a brand value, a
command-line option — passes here first, under the same rules as the loader:

* text, not a number, a list or nothing;
* normalised to NFC (a decomposed й from a Mac or a PDF copy is the same letter as a composed
  one; the checker and the hashes compare code points);
* no control character, lone surrogate or non-character, which no page, PDF or Word file may
  hold (U+0085 and U+0086 included: YAML reads U+0085 as a line break);
* no more than MAX_TEXT_CHARS characters (a press release paragraph is a few hundred).

A violation is refused with `where:line: field: what is wrong` before anything is written, so
a bad answer or file never leaves a release that the loader then refuses.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from press.errors import Problem, SourceError

MAX_TEXT_CHARS = 20_000
"""Per text (segment, note, comment): a long paragraph is 1,500 characters; 20,000 is a mistake."""
MAX_MARKUP_RUNS = 200
"""Emphasis marks (`*`, `_` runs) and link brackets per text: a paragraph has a handful. Bounded
before any renderer sees the text: 300 KB of `**x` made PDF layout quadratic."""
_MARKUP_RUN = re.compile(r"[*_]+|\[")

BAD_CHARACTER = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""C0 (except tab and line feed) and C1 controls, DEL, lone surrogates, non-characters."""


def unprintable(code: int, position: int | None = None) -> str:
    """The one wording for a character no page, PDF or Word file may hold."""
    where = f" at position {position}" if position is not None else ""
    return f"holds the unprintable character U+{code:04X}{where}; remove it"


def bad_character(text: str) -> str | None:
    """What is wrong with the characters of *text*, or None."""
    match = BAD_CHARACTER.search(text)
    if match is None:
        return None
    return unprintable(ord(match.group()), match.start() + 1)


def text_problem(value: Any, limit: int = MAX_TEXT_CHARS, kind: str = "text") -> str | None:
    """Why *value* may not enter a release as text, or None (the loader's rule, in one place)."""
    if not isinstance(value, str):
        return f"expected {kind}, got {_kind(value)}"
    if len(value) > limit:
        return f"is {len(value):,} characters long; the limit is {limit:,}"
    return bad_character(value) or markup_problem(value)


def markup_problem(text: str) -> str | None:
    """Too much markup for one paragraph (nesting and repetition are bounded before rendering)."""
    runs = sum(1 for _ in _MARKUP_RUN.finditer(text)) if text.count("*") + text.count("_") \
        + text.count("[") > MAX_MARKUP_RUNS else 0
    if runs > MAX_MARKUP_RUNS:
        return f"holds {runs:,} emphasis marks or links; the limit is {MAX_MARKUP_RUNS} per paragraph"
    return None


def clean(value: Any, where: Path | str, line: int = 0, field: str | None = None,
          limit: int = MAX_TEXT_CHARS) -> str:
    """*value* as NFC text, or a SourceError naming where it came from."""
    if isinstance(value, str):
        value = unicodedata.normalize("NFC", value)
    problem = text_problem(value, limit)
    if problem is not None:
        raise SourceError(Problem(where, line, problem, field))
    return value


def clean_optional(value: Any, where: Path | str, line: int = 0, field: str | None = None,
                   limit: int = MAX_TEXT_CHARS) -> str | None:
    return None if value is None else clean(value, where, line, field, limit)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    names = {dict: "a mapping", list: "a list", int: "a number", float: "a number", bytes: "bytes"}
    return next((name for kind, name in names.items() if isinstance(value, kind)), type(value).__name__)
