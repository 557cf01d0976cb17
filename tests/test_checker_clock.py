"""A time of day printed with a point (в 8.10 утра, «сағат 8.10-да», "8.10 am") is a time, not
the decimal 8.1, and "2.30 pm" is 14:30 (issue 12: realnews24 showed a birth time as the
figure "8.1"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from press.check import check_texts
from press.lang.read_numbers import find_numbers, find_times
from tests.edits import DAY, edited, findings, packaged_termbase

TEXTS = {
    "en": "The delegation's train arrived in Turkistan at 7:40 am, and the talks began at 2:30 pm.",
    "ru": "Поезд делегации прибыл в Туркестан в 7.40 утра, а переговоры начались в 14.30.",
    "kk": "Делегация пойызы Түркістанға таңғы сағат 7.40-та келді, ал келіссөздер сағат 14.30-да басталды.",
}


@pytest.mark.parametrize(("text", "clock"), [
    ("в 8.10 утра 14 ноября", "08:10"), ("таңғы сағат 8.10-да", "08:10"), ("at 8.10 a.m.", "08:10"),
    ("в 12.00 по времени Астаны", "12:00"), ("в 8.30 вечера", "20:30"), ("at 2.30 pm", "14:30"),
    ("at 2:30 p.m.", "14:30"), ("сағ. 9.15-те", "09:15"),
])
def test_a_time_of_day_with_a_point_is_a_time(text: str, clock: str) -> None:
    assert [key for _, _, key in find_times(text)] == [clock]


@pytest.mark.parametrize(("text", "lang"), [("born at 8.10 a.m. on Monday", "en"),
                                            ("родились в 8.10 утра", "ru"), ("сағат 8.10-да туды", "kk")])
def test_a_time_of_day_is_no_figure(text: str, lang: str) -> None:
    assert find_numbers(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "value"), [("рост составил 8.10 процента", "ru", "8.10"),
                                                     ("grew by 2.30 per cent", "en", "2.30"),
                                                     ("версия 8.10 утверждена", "ru", "8.10")])
def test_a_decimal_without_a_clock_word_stays_a_figure(text: str, lang: str, value: str) -> None:
    assert find_times(text) == []
    assert [str(m.value) for m in find_numbers(text, lang)] == [value]


def test_the_same_times_written_three_ways_are_clean() -> None:
    assert findings(TEXTS["en"], TEXTS["ru"], TEXTS["kk"], prefix="numbers.") == []


@pytest.mark.parametrize(("lang", "old", "new"), [("ru", "в 7.40 утра", "в 8.40 утра"),
                                                 ("kk", "сағат 14.30-да", "сағат 15.30-да"),
                                                 ("en", "2:30 pm", "3:30 pm")])
def test_a_changed_time_is_an_error(lang: str, old: str, new: str) -> None:
    texts = edited(TEXTS, lang, old, new)
    found = findings(texts["en"], texts["ru"], texts["kk"], prefix="numbers.")
    assert any(severity == "error" for _, severity, _, _ in found), found


@pytest.mark.parametrize(("text", "times"), [("переговоры начались в 14.30.", ["14:30"]),
                                             ("начались в 14.30, а завершились", ["14:30"]),
                                             ("выросла в 2.50 раза", [])])
def test_a_russian_time_after_v_ends_its_phrase(text: str, times: list[str]) -> None:
    assert [key for _, _, key in find_times(text)] == times


def test_an_omitted_time_is_named_as_a_time_of_day() -> None:
    texts = {"en": "The five children were born on 14 November 2023 in Astana.",
             "ru": "Пятеро детей родились в 8.10 утра 14 ноября 2023 года в Астане.",
             "kk": "Бес бала 2023 жылғы 14 қарашада таңғы сағат 8.10-да Астанада дүниеге келді."}
    messages = [f.message for f in check_texts(texts, packaged_termbase(), DAY).findings]
    assert messages == ["en lacks the time of day 08:10 that kk, ru state"], messages
