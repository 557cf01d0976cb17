"""The home words are data (press/lang/home_words.toml): every table speaks the three languages
and finds what a release says of its own country, government, ministry and leaders."""

from __future__ import annotations

import pytest

from press.lang import home_words

SAID = {
    ("home", "en"): "The delegation arrived in the capital.",
    ("home", "ru"): "Делегация прибыла в столицу нашей страны.",
    ("home", "kk"): "Делегация елордаға келді.",
    ("government", "en"): "The Government allocated funds.",
    ("government", "ru"): "Правительство выделило средства.",
    ("government", "kk"): "Үкімет қаражат бөлді.",
    ("ministry", "en"): "The Foreign Minister said.",
    ("ministry", "ru"): "Министр отметил.",
    ("ministry", "kk"): "Министрліктің хабарламасында айтылды.",
}


@pytest.mark.parametrize(("meaning", "lang"), sorted(SAID))
def test_each_meaning_reads_its_words(meaning: str, lang: str) -> None:
    pattern = home_words.pattern(meaning, lang)
    assert pattern is not None and pattern.search(SAID[meaning, lang])


def test_plural_ministries_are_not_the_ministry() -> None:
    assert not home_words.pattern("ministry", "kk").search("Министрліктер өкілдері")  # type: ignore[union-attr]


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_titles_stand_for_the_leaders(lang: str) -> None:
    said = {"en": "The Head of State noted", "ru": "Глава государства отметил",
            "kk": "Мемлекет басшысы атап өтті"}
    assert home_words.titles() == ("President", "Prime Minister")
    assert home_words.title_pattern("President", lang).search(said[lang])  # type: ignore[union-attr]
    assert not home_words.title_pattern("Prime Minister", lang).search(said[lang])  # type: ignore[union-attr]


def test_a_language_without_words_has_none() -> None:
    assert home_words.pattern("home", "de") is None
