"""The words that name the ministry's own country, government, ministry and leaders without
their names ("the capital", «еліміз», «глава МИД», «Мемлекет басшысы»).

They are data (`home_words.toml`, one regular expression per language and meaning), read once
here and shared by the name recogniser (press.lang.names: a home place left implied) and the
name check (press.check.names: a ministry or leader called by the common noun or title).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

HOME_WORDS_FILE = Path(__file__).resolve().parent / "home_words.toml"


@cache
def _tables() -> dict[str, object]:
    with HOME_WORDS_FILE.open("rb") as stream:
        return tomllib.load(stream)


@cache
def pattern(meaning: str, lang: str) -> re.Pattern[str] | None:
    """The words of *meaning* (home, government, ministry) in *lang*, or None where the file
    has none for that language."""
    words = _tables().get(meaning, {})
    assert isinstance(words, dict)
    return re.compile(words[lang]) if lang in words else None


def warm_up() -> None:
    """Compile every meaning's and title's pattern in each language (start-up, not per check):
    which of them a check asks for depends on its text."""
    for meaning, words in _tables().items():
        for lang in ("en", "kk", "ru"):
            if meaning == "titles":
                for title in titles():
                    title_pattern(title, lang)
            elif isinstance(words, dict):
                pattern(meaning, lang)


@cache
def titles() -> tuple[str, ...]:
    """The leaders' titles a register note can begin with (President, Prime Minister)."""
    table = _tables().get("titles", {})
    assert isinstance(table, dict)
    return tuple(table)


@cache
def title_pattern(title: str, lang: str) -> re.Pattern[str] | None:
    """The words that stand for the holder of *title* in *lang* (the President, «Мемлекет
    басшысы»)."""
    table = _tables().get("titles", {})
    assert isinstance(table, dict)
    words = table.get(title, {})
    return re.compile(words[lang]) if lang in words else None
