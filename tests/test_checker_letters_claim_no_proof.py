"""Letters claim a Latin name for a language (Finnish yy, Polish rz); they do not prove it. A
Cyrillic form that another language whose letters spell the name writes is its transcription,
no slip (realnews29: Recep Tayyip Erdogan, «Реджеп Тайип Эрдоган»: Turkish y is й, though the
double y made it Finnish ü). A form no language writes, one letter off the claiming language's
reading, is still a slip (Onodara for Онодэра, Вежбецкий for Wierzbicki)."""

from __future__ import annotations

import datetime as dt

import pytest

from press.check import check_texts
from press.lang import practical


@pytest.mark.parametrize("latin,cyrillic", [("Tayyip", "Тайип")])
def test_another_languages_reading_is_no_slip(latin: str, cyrillic: str) -> None:
    assert not practical.slip_of_claimed(latin, (cyrillic,))


@pytest.mark.parametrize("latin,cyrillic", [("Onodara", "Онодэра"), ("Wierzbicki", "Вежбецкий")])
def test_a_slip_off_every_reading_is_still_found(latin: str, cyrillic: str) -> None:
    assert practical.slip_of_claimed(latin, (cyrillic,))


def test_erdogan_in_three_languages() -> None:
    texts = {"en": "President Tokayev sent condolences to President of Türkiye Recep Tayyip Erdogan.",
             "ru": "Президент Токаев направил соболезнования Президенту Турции Реджепу Тайипу Эрдогану.",
             "kk": "Президент Тоқаев Түркия Президенті Режеп Тайип Ердоғанға көңіл айтты."}
    report = check_texts(texts, {}, dt.date(2023, 2, 6))
    assert [f for f in report.findings if f.rule.startswith("names")] == []
