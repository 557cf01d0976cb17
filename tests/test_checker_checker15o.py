"""Dates, numbers, qualifiers and script (issue 12, checker15o): classes of false alarm and
miss seen on blind10, each tested in both directions on sentences written for these tests.

In-process through `check_texts` with no termbase, as `press check --text` without a glossary.
"""

from __future__ import annotations

import datetime as dt

from press.check import check_texts
from press.lang.read_numbers import find_numbers

DAY = dt.date(2026, 11, 18)


def _errors(texts: dict[str, str], prefix: str, date: dt.date = DAY) -> list[str]:
    report = check_texts(texts, {}, date)
    return [f"{f.rule} {f.langs} {f.excerpt}" for f in report.findings
            if f.severity == "error" and f.rule.startswith(prefix)]


# --- "one million" is 1 million ------------------------------------------------------------

def test_one_before_a_scale_word_is_a_count() -> None:
    for text, lang in (("to handle one million tonnes a year", "en"),
                       ("до одного миллиона тонн в год", "ru"),
                       ("жылына бір миллион тонна жүк", "kk")):
        assert [m.value for m in find_numbers(text, lang)] == [1_000_000], text
    assert find_numbers("one of the partners", "en") == []  # alone, "one" stays unread


ONE_MILLION = {
    "en": "The new terminal in Gwadar will handle 1 million tonnes of grain a year.",
    "ru": "Новый терминал в Гвадаре будет перерабатывать один миллион тонн зерна в год.",
    "kk": "Гвадардағы жаңа терминал жылына бір миллион тонна астық өңдейді.",
}


def test_one_million_in_words_agrees_with_the_digit() -> None:
    assert _errors(ONE_MILLION, "numbers") == []


def test_one_million_against_two_million_is_found() -> None:
    texts = {**ONE_MILLION, "ru": ONE_MILLION["ru"].replace("один миллион", "два миллиона")}
    assert _errors(texts, "numbers")


# --- Russian nouns of a set (пятёрка, десятка) ---------------------------------------------

TOP_FIVE = {
    "en": "Germany is among the five largest trading partners of Kazakhstan in Europe, the minister said.",
    "ru": "Германия входит в пятёрку крупнейших торговых партнёров Казахстана в Европе, отметил министр.",
    "kk": "Министрдің айтуынша, Германия Еуропадағы Қазақстанның ең ірі бес сауда серіктесінің қатарында.",
}


def test_a_set_noun_counts_its_members() -> None:
    assert [(m.value, m.soft) for m in find_numbers(TOP_FIVE["ru"], "ru")] == [(5, True)]
    assert find_numbers("десятки стран", "ru") == []  # tens of countries: a plural, no set of ten


def test_top_five_as_a_set_noun_agrees() -> None:
    assert _errors(TOP_FIVE, "numbers") == []


def test_top_five_against_top_three_is_found() -> None:
    texts = {**TOP_FIVE, "en": TOP_FIVE["en"].replace("five", "three")}
    assert _errors(texts, "numbers")


# --- «сегодня» as "currently", not the release day -----------------------------------------

NOWADAYS = {
    "en": "Yesterday, on Tuesday, 17 November, Minister Yerlan Karin opened a trade mission in Rome. "
          "Italian firms have invested 6 billion dollars in Kazakhstan since 2010, and more than 300 "
          "companies with Italian capital currently operate in the country.",
    "ru": "Вчера, во вторник, 17 ноября, министр Ерлан Карин открыл в Риме торговую миссию. С 2010 года "
          "итальянские компании вложили в Казахстан 6 млрд долларов, а сегодня в стране работают более "
          "300 компаний с итальянским капиталом.",
    "kk": "Кеше, 17 қараша, сейсенбі күні министр Ерлан Карин Римде сауда миссиясын ашты. 2010 жылдан "
          "бері итальян компаниялары Қазақстанға 6 млрд доллар салды, ал қазір елде итальян капиталы "
          "бар 300-ден астам компания жұмыс істейді.",
}


def test_today_in_a_present_clause_is_not_the_release_day() -> None:
    assert _errors(NOWADAYS, "dates") == []


def test_yesterday_turned_today_is_still_found() -> None:
    texts = {**NOWADAYS, "en": NOWADAYS["en"].replace("Yesterday", "Today")}
    assert _errors(texts, "dates")
    texts = {**NOWADAYS, "ru": NOWADAYS["ru"].replace("Вчера", "Сегодня")}
    assert _errors(texts, "dates")
