"""A dotted initialism (the U.S., the U.K.) names what its undotted acronym names; a person's
initials before a surname (J.D. Vance) stay initials. Own sentences, both directions."""

from __future__ import annotations

import pytest

from press.lang.names import name_tokens
from tests.edits import found_on, packaged_termbase

_RU = "Казахстанская сборная выступит против спортсменов из {} и Канады."


@pytest.mark.parametrize(("en", "ru"), [("the U.S.", "США"), ("the U.K.", "Великобритании")])
def test_a_dotted_initialism_is_its_country(en: str, ru: str) -> None:
    texts = {"en": f"The Kazakh team will compete against athletes from {en} and Canada.",
             "ru": _RU.format(ru)}
    assert found_on(texts, packaged_termbase()) == []


def test_another_country_than_the_initialism_is_still_missing() -> None:
    texts = {"en": "The Kazakh team will compete against athletes from the U.K. and Canada.",
             "ru": _RU.format("США")}
    assert [rule for rule, _, _ in found_on(texts, packaged_termbase())] == ["names.missing", "names.missing"]


@pytest.mark.parametrize("text", ["J.D. Vance spoke.", "Mr A.B. Smith said so.", "the U.S. President"])
def test_initials_before_a_capitalised_word_stay_letters(text: str) -> None:
    assert not any(t.text in ("JD", "AB", "US") for t in name_tokens(text, "en"))


_SKATERS = {"en": "Three skaters from Norway and Canada completed the podium.",
            "ru": "Тройку призёров замкнули конькобежцы из Норвегии и Канады.",
            "kk": "Норвегиялық және канадалық Валери Мальте алдыңғы үштікті түйіндеді. "
                  "Ксения Шалыгина да жарысқа шықты."}
"""Kazakh names persons the others leave out: their words are no misspelt countries."""


def test_a_first_name_and_the_surname_after_it_are_no_misspelt_country() -> None:
    """Ксения is a first name, not Кения; Мальте after the first name Валери is a surname, not
    Malta in the locative."""
    assert found_on(_SKATERS, packaged_termbase()) == []


def test_a_country_misspelt_outside_a_persons_name_is_still_found() -> None:
    texts = {"en": "The team flew from Kenya to Malta.", "ru": "Команда вылетела из Кении на Мальту.",
             "kk": "Команда Ксениядан Мальтеге ұшты."}
    assert ("names.spelling", ["kk"], "Мальтеге") in found_on(texts, packaged_termbase())
