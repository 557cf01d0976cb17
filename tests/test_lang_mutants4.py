"""Tests for press/lang mutants that survived the seed-11 sample of issue 19 (bench/mutation.py).

Each reads sentences a user would write and checks what a user would notice; each was watched
failing with its mutant planted by hand.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from press.lang import english, kazakh
from press.lang.grammar import date_reading
from press.lang.names import place_id
from press.lang.read_dates import find_dates
from press.lang.read_numbers import find_numbers
from press.lang.russian import Case
from press.lang.table import LANGS


@pytest.mark.parametrize(("text", "value"), [("The IV forum opened in Astana.", 4),
                                             ("The XIX congress met in Almaty.", 19)])
def test_a_smaller_roman_letter_before_a_larger_one_subtracts(text: str, value: int) -> None:
    (number,) = find_numbers(text, "en")
    assert number.value == Decimal(value)


@pytest.mark.parametrize("text", ["Форум пройдёт 32–31 мая 2026 года.",
                                  "Форум пройдёт с 32 по 31 мая 2026 года."])
def test_a_range_start_past_the_31st_is_not_a_day(text: str) -> None:
    assert [m.day for m in find_dates(text, "ru")] == [31]


def test_a_number_before_a_month_without_a_day_is_no_range_start() -> None:
    found = find_dates("Скидки действуют с 5 по июнь 2026 года.", "ru")
    assert [(m.day, m.month) for m in found] == [(None, 6)]


def test_a_range_start_is_a_day_of_the_same_month() -> None:
    days = [m.day for m in find_dates("Форум пройдёт 30–31 мая 2026 года.", "ru")]
    assert days == [30, 31]


@pytest.mark.parametrize(("word", "base"), [("Бакуде", "Баку"), ("Сеулда", "Сеул")])
def test_a_name_ending_in_u_takes_either_harmony_in_kazakh(word: str, base: str) -> None:
    assert kazakh.is_form_of(word, base)


@pytest.mark.parametrize(("text", "lang"), [("План рассчитан до 2100 года.", "ru"),
                                            ("The plan runs until 2100.", "en")])
def test_the_year_2100_takes_no_qualifier(text: str, lang: str) -> None:
    (year,) = find_numbers(text, lang)
    assert (year.value, year.qualifier) == (Decimal(2100), None)


@pytest.mark.parametrize("word", ["from", "From"])
def test_a_date_after_from_is_ablative(word: str) -> None:
    text = f"The rate applies {word} 3 March 2026."
    assert english.date_role(text, text.index("3"), None, word) is Case.ABLATIVE


def test_a_russian_month_in_the_instrumental_with_yo_is_a_date() -> None:
    found = find_dates("Заседания назначены между январём и мартом.", "ru")
    assert [(m.month, m.text) for m in found] == [(1, "январём"), (3, "мартом")]


def test_a_possessed_kazakh_month_in_the_locative_is_a_date() -> None:
    found = find_dates("2026 жылдың 19 наурызында форум өтті.", "kk")
    assert [(m.day, m.month, m.year) for m in found] == [(19, 3, 2026)]


@pytest.mark.parametrize("word", ["Семёй", "Пхёньян"])
def test_a_place_written_with_yo_is_the_place_written_with_e(word: str) -> None:
    assert place_id(word, "ru") == place_id(word.replace("ё", "е"), "ru") is not None


def test_the_language_codes_equal_a_list_of_them() -> None:
    assert LANGS == ["en", "kk", "ru"]
    assert LANGS == ("en", "kk", "ru")


@pytest.mark.parametrize(("text", "value", "unit"), [("Подписан трёхлетний договор.", 3, "year"),
                                                     ("Начат четырёхмесячный курс.", 4, "month")])
def test_a_russian_compound_with_yo_carries_its_unit(text: str, value: int, unit: str) -> None:
    (number,) = find_numbers(text, "ru")
    assert (number.value, number.unit) == (Decimal(value), unit)


@pytest.mark.parametrize(("loose", "usual"), [("Дубаи", "Дубай"), ("Қытаи", "Қытай")])
def test_a_five_letter_place_spelled_loosely_in_kazakh_is_found(loose: str, usual: str) -> None:
    """«Дубаи» for «Дубай»: the й/и spelling differs, the place is the same."""
    assert place_id(loose, "kk") == place_id(usual, "kk") is not None


@pytest.mark.parametrize(("text", "lang"), [("Жалақы 5 мың теңгеге өсті.", "kk"),
                                            ("В объявлении написано «5 мың теңге».", "ru")])
def test_myn_scales_a_figure_by_a_thousand(text: str, lang: str) -> None:
    """«мың» is read as a thousand in Kazakh text and where Russian text quotes it."""
    (number,) = find_numbers(text, lang)
    assert (number.value, number.text) == (Decimal(5000), "5 мың")


def test_a_day_and_month_without_a_year_reads_its_day_as_dayb() -> None:
    """A language without a grammar of its own reads "5 March" from its CLDR pattern "d MMMM"."""
    regex, flags = date_reading(("d MMMM y", "d MMMM"), {"march": 3}, {})
    match = re.search(regex, "The forum opens on 5 March.", flags)
    assert match is not None
    assert (match.group("dayb"), match.group("month2")) == ("5", "March")
