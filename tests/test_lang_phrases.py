"""The first-letter guard of phrase tables: it must never change what a table finds, only how fast."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from press.lang import read_dates, read_numbers
from press.lang.tokens import _first_letters, find_phrases, phrase_pattern

CORPUS = Path(__file__).parent / "checker"


def _unguarded(phrases: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<p{i}>{p})" for i, p in enumerate(phrases)), re.IGNORECASE)


def _tables() -> list[tuple[str, list[str]]]:
    tables = []
    for lang in ("en", "ru", "kk"):
        for name, rows in read_dates._TABLES.items():
            tables.append((f"{name}-{lang}", [pattern for _, _, pattern in rows.get(lang, ())]))
        tables.append((f"implied-{lang}", [row[0] for row in read_numbers._implied_rows(lang)]))
    return tables


@cache
def _corpus_text(lang: str) -> str:
    """Every paragraph of the seen checker corpora in one language: real variety of word forms."""
    import yaml

    parts = []
    for path in sorted(CORPUS.glob("blind*/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        parts.extend(str(p) for p in data.get(lang, []))
    return "\n\n".join(parts)


@pytest.mark.parametrize(("name", "phrases"), _tables(), ids=[name for name, _ in _tables()])
def test_guard_finds_what_the_plain_alternation_finds(name: str, phrases: list[str]) -> None:
    text = _corpus_text(name.rsplit("-", 1)[1])
    guarded = [(row, m.span()) for row, m in find_phrases(phrase_pattern(phrases), text)]
    plain = [(int(m.lastgroup[1:]), m.span()) for m in _unguarded(phrases).finditer(text)]  # type: ignore[index]
    assert guarded == plain
    assert plain, f"{name}: the corpus should exercise the table"


def test_tables_are_guarded() -> None:
    """Every table of the readers gets the guard, and the word-start look-behind as each of
    its phrases begins a word (else the speed-up silently goes away)."""
    for name, phrases in _tables():
        assert phrase_pattern(phrases).pattern.startswith(r"(?<!\w)(?=["), name


@pytest.mark.parametrize(
    ("regex", "letters"),
    [
        (r"\btoday\b", {"t"}),
        (r"(?<![\w-])(?:on )?\bday\b", {"o", "d"}),  # an optional start adds what follows it
        (r"\b(?:this|that) day|\bnext\b", {"t", "n"}),
        (r"[Нн]акануне", {"Н", "н"}),
        (r"(?:екі|үш)+жақты", {"е", "ү"}),
        (r"x*y", {"x", "y"}),
    ],
)
def test_first_letters(regex: str, letters: set[str]) -> None:
    assert _first_letters(regex) == letters


@pytest.mark.parametrize("regex", [r"\w+ago", r"(?:on )?", r"[^a]b", r"\d+ days", r"a?"])
def test_open_starts_are_not_guarded(regex: str) -> None:
    assert _first_letters(regex) is None
