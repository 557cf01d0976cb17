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


_CAPITALISED = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]*"
_PART_LINK = r"(?:\s*,\s*|\s+(?:and|&|и|және|мен|of(?:\s+the)?)\s+|\s+)"
_PART_WORDS = 3
"""Capitalised words at most between a part's name word and the name checked (Asia and Africa)."""


@cache
def _part_patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(what stands before, what stands after) a name inside the name of a part of a body
    ("subdivision"): English and Kazakh put the part's place words before the
    part (Europe Department, Азия және Африка департаменті) and English its body after "of the"
    (the Europe Department of the Ministry of Foreign Affairs); Russian puts them after it in
    the genitive (Департамента Азии и Африки МИД) or before it as an adjective (Европейского
    департамента)."""
    head = pattern("subdivision", lang)
    if head is None:
        return None, None
    run = rf"(?:{_CAPITALISED}{_PART_LINK}){{0,{_PART_WORDS}}}"
    before = {"en": rf"(?:{head.pattern})\s+(?:of|for)\s+(?:the\s+)?{run}\Z",
              "ru": rf"(?:{head.pattern})\s+{run}\Z"}.get(lang)
    after = rf"(?:{_PART_LINK}{_CAPITALISED}){{0,{_PART_WORDS}}}\s+(?:{head.pattern})" if lang != "ru" \
        else rf"\s+(?:{head.pattern})"
    return (re.compile(before) if before else None), re.compile(after)


def names_a_part(text: str, start: int, end: int, lang: str) -> bool:
    """The name at *start*:*end* of *text* is in the name of a part of a body (Europe in the
    Europe Department, Азии in «Департамента Азии и Африки»), is the body whose part it
    names ("the Europe Department of the Ministry of Foreign Affairs", «Департамента Европы
    МИД», «СІМ Еуропа департаменті») or the place of an envoy's title (Ambassador to Japan):
    a part of a title, which a version may shorten."""
    before, after = _part_patterns(lang)
    return bool(after and after.match(text, end) and _bare(text[start:end], lang)) \
        or bool(before and before.search(text[max(0, start - 80):start])) or _envoy_place(text, start, lang) \
        or _envoy_sender(text, end, lang)


def _envoy_place(text: str, start: int, lang: str) -> bool:
    """The name at *start* is the place an envoy's title names ("envoy"): English and Russian
    write it after the title (Ambassador to Japan, Посол в Японии), Kazakh before the title as a
    locative attribute (Жапониядағы Елшісі)."""
    envoy = pattern("envoy", lang)
    if envoy is None:
        return False
    if lang == "kk":
        return bool(envoy.match(text, start))
    return bool(envoy.search(text[max(0, start - 80):start]))


_TO_PLACE = {"en": re.compile(r"\s+(?:to|in)\s+(?:the\s+)?(?=[A-Z])"),
             "ru": re.compile(r"\s+(?:в|во|при)\s+(?=[А-ЯЁ])"),
             "kk": re.compile(r"\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])")}
"""What stands between the country an envoy represents and the place of his title (Ambassador
of Kazakhstan to Japan, Посол Казахстана в Японии, Қазақстанның Жапониядағы Елшісі)."""


def _envoy_sender(text: str, end: int, lang: str) -> bool:
    """The name ending at *end* is the country an envoy's title says he represents: the place of
    the title follows it."""
    to = _TO_PLACE[lang].match(text, end) if lang in _TO_PLACE else None
    return to is not None and _envoy_place(text, to.end(), lang)


def _bare(name: str, lang: str) -> bool:
    """A Kazakh place word before a part's name is in the nominative (Еуропа департаменті), one
    with a case ending is not in it (Астанада департамент директоры: in Astana); a word the
    gazetteer does not know is taken as it is."""
    if lang != "kk":
        return True
    from press.lang.names import place_id, place_names

    last = name.split()[-1] if name.split() else name
    place = place_id(last, lang)
    return place is None or any(form.split()[-1] == last.lower() for form in place_names(place, lang))
