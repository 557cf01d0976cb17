"""A bare scale word that says one of it: Kazakh «мың» alone (Kazakh counts with a bare
numeral: «мың орынға» = for 1,000 seats), Russian «тысяча» in the singular, English "a thousand".
realnews26 printed «Мың орынға арналған … орталығы» for "an Arts Center for 1,000 seats", and the
thousand was reported missing. Plurals («тысячи», «мыңдаған», "thousands") count nothing."""

from __future__ import annotations

import pymorphy3
import pytest

from press.lang.read_numbers import find_numbers

_MORPH = pymorphy3.MorphAnalyzer()


def _values(text: str, lang: str) -> list[str]:
    return [str(m.value) for m in find_numbers(text, lang)]


@pytest.mark.parametrize("case", ["nomn", "accs", "datv", "ablt", "loct"])
def test_a_singular_thousand_is_one_thousand(case: str) -> None:
    word = _MORPH.parse("тысяча")[0].inflect({case, "sing"}).word
    assert _values(f"Вместе с {word} гостей.", "ru") == ["1000"]


@pytest.mark.parametrize("text,lang", [("Мың орынға арналған зал ашылды.", "kk"),
                                       ("Зал мың орынға арналған.", "kk"),
                                       ("Залға мың адам сыяды.", "kk"),
                                       ("A thousand guests came.", "en")])
def test_a_bare_thousand_is_read(text: str, lang: str) -> None:
    assert _values(text, lang) == ["1000"]


@pytest.mark.parametrize("text,lang", [("Тысячи гостей пришли.", "ru"),
                                       ("Мыңдаған адам келді.", "kk"),
                                       ("Thousands of guests came.", "en"),
                                       ("The thousand-year-old city.", "en")])
def test_thousands_count_nothing(text: str, lang: str) -> None:
    assert _values(text, lang) == []


def test_a_thousand_after_digits_is_one_figure() -> None:
    assert _values("Биыл 5 мың тонна астық жөнелтілді.", "kk") == ["5000"]
    assert _values("Отправлено 5 тысяч тонн и 2 тысячи вагонов.", "ru") == ["5000", "2000"]


def test_the_thousand_matches_the_figure_in_another_version() -> None:
    import datetime as dt

    from press.check import check_texts
    texts = {"en": "The Arts Center for 1,000 seats was opened last year.",
             "ru": "Центр искусств на 1000 мест был открыт в прошлом году.",
             "kk": "Мың орынға арналған Өнер орталығы былтыр ашылған."}
    found = check_texts(texts, {}, dt.date(2025, 10, 30)).findings
    assert [f.rule for f in found if f.rule.startswith("numbers")] == []
