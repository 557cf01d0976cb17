"""A half of the year is six months (realnews29: "19.2 million US dollars in the first half of
this year" where Russian says «за 6 месяцев 2024 года»): the 6 is stated softly by "the first
half", «первое полугодие», «бірінші жартыжылдық», so not lacking there; another count of months
(«за 7 месяцев») still differs, and "half" is no figure 0.5 there."""

from __future__ import annotations

import datetime as dt

import pytest

from press.check import check_texts
from press.lang.read_numbers import find_numbers

_RU = "Товарооборот за {n} месяцев 2024 года составил 19,2 млн долларов."


def _numbers(texts: dict[str, str]) -> list[str]:
    report = check_texts(texts, {}, dt.date(2024, 9, 10))
    return [f.excerpt for f in report.findings if f.rule == "numbers.mismatch"]


@pytest.mark.parametrize("other", [
    ("en", "Trade stood at 19.2 million US dollars in the first half of this year."),
    ("en", "Trade stood at 19.2 million US dollars in the first half of 2024."),
    ("kk", "Тауар айналымы 2024 жылғы бірінші жартыжылдықта 19,2 млн долларды құрады.")])
def test_six_months_are_a_half_of_the_year(other: tuple[str, str]) -> None:
    lang, text = other
    assert _numbers({lang: text, "ru": _RU.format(n=6)}) == []


def test_seven_months_are_not() -> None:
    en = "Trade stood at 19.2 million US dollars in the first half of this year."
    assert _numbers({"en": en, "ru": _RU.format(n=7)}) == ["7"]


def test_the_half_of_a_year_is_no_figure_half() -> None:
    values = [str(m.value) for m in find_numbers("Exports grew in the second half of the year.", "en")]
    assert values == ["6"]
