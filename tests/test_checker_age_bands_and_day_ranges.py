"""Real news (realnews29/30, judged after their first score) classes:
- an age group as sport writes it in English ("Under-8 World Champion", "U16", "the under-21
  team") is the age limit, which Russian and Kazakh write «в категории до 8 лет», «8 жасқа
  дейінгі»: a figure (less than 8), never a designation "UNDER-8" the others lack;
- an English day range written month first with "to" ("held from Oct. 22 to 31", "October 3
  through 7") gives both days, as «с 22 по 31 октября» does; a month after the second number
  starts a date of its own, and a number with a unit after it is no day."""

from __future__ import annotations

import datetime as dt

import pytest

from press.check import check_texts
from press.lang.read_dates import find_dates
from press.lang.read_designations import find_designations
from press.lang.read_numbers import find_numbers


@pytest.mark.parametrize("text,value", [("The Under-9 World Champion Dana Omarova.", 9),
                                        ("Their U17 squad won.", 17), ("The under-21 team trained.", 21),
                                        ("The U-19 players arrived.", 19)])
def test_an_age_band_is_a_limit_not_a_designation(text: str, value: int) -> None:
    assert [(int(m.value), m.qualifier) for m in find_numbers(text, "en")] == [(value, "less")]
    assert find_designations(text) == []


@pytest.mark.parametrize("text", ["The U2 concert was sold out.", "Unit 4 of the plant."])
def test_not_an_age_band(text: str) -> None:
    assert all(m.qualifier is None for m in find_numbers(text, "en"))


def test_age_bands_agree_with_russian_and_kazakh_limits() -> None:
    texts = {"en": "Under-10 World Champion Aruzhan Seitkali and Under-14 silver medalist Nurlan Zhaksylyk "
                         "met the Minister.",
             "ru": "С министром встретились чемпионка мира в категории до 10 лет Аружан Сейткали и "
                         "серебряный призёр в категории до 14 лет Нурлан Жаксылык.",
             "kk": "Министрмен 10 жасқа дейінгі санатта әлем чемпионы Аружан Сейітқали және 14 жасқа дейінгі "
                         "санатта күміс жүлдегер Нұрлан Жақсылық кездесті."}
    report = check_texts(texts, {}, dt.date(2025, 11, 28))
    assert [f for f in report.findings if f.rule.startswith(("numbers", "designations"))] == []


@pytest.mark.parametrize("text,days", [("The games were held from Oct. 22 to 31 in Manama.",
                                        [(22, 10), (31, 10)]),
                                       ("The fair runs from March 3 through 7, 2026.", [(3, 3), (7, 3)]),
                                       ("The talks lasted from May 28 to 2 June.", [(28, 5), (2, 6)]),
                                       ("Prices rose from October 22 to 31 percent.", [(22, 10)])])
def test_an_english_day_range_with_to(text: str, days: list[tuple[int, int]]) -> None:
    assert [(m.day, m.month) for m in find_dates(text, "en")] == days
