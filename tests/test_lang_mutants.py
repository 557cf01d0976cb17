"""press.lang reads numbers, dates, places and names as a ministry editor writes them.

Written against mutants of press/lang that bench/mutation.py found surviving (issue 19): each
case states a value or a word form, checked where one applies against an oracle the code does
not own (pymorphy3's paradigms, CLDR via Babel), not merely that a function runs.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any

import pytest

from press.lang import kazakh
from press.lang.names import _cldr_places
from press.lang.read_dates import find_dates
from press.lang.read_numbers import find_numbers
from press.lang.russian import inflect_name


def numbers(text: str, lang: str) -> list[tuple[Decimal, str]]:
    return [(m.value, m.text) for m in find_numbers(text, lang)]


# --- spelled-out English numbers with "and" ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("two hundred and fifty delegates", [(250, "two hundred and fifty")]),
    ("three thousand two hundred and five", [(3205, "three thousand two hundred and five")]),
    ("two thousand and twenty-five", [(2025, "two thousand and twenty-five")]),
    ("five hundred and sixty-two thousand and ten",
     [(562010, "five hundred and sixty-two thousand and ten")]),
    ("two hundred and three million", [(203_000_000, "two hundred and three million")]),
    # an "and" between two numbers stays a list
    ("between two hundred and three hundred", [(200, "two hundred"), (300, "three hundred")]),
    ("two thousand and three thousand", [(2000, "two thousand"), (3000, "three thousand")]),
    ("twenty and thirty", [(20, "twenty"), (30, "thirty")]),
    ("between a hundred and two hundred", [(100, "a hundred"), (200, "two hundred")]),  # "a hundred" is 100
    ("two hundred and three hundred and four hundred",
     [(200, "two hundred"), (300, "three hundred"), (400, "four hundred")]),
    ("two hundred and more", [(200, "two hundred")]),
])
def test_an_english_and_inside_a_numeral_joins_it(text: str, expected: list[tuple[int, str]]) -> None:
    assert numbers(text, "en") == [(Decimal(value), words) for value, words in expected]


@pytest.mark.parametrize(("text", "lang"), [("two hundred fifty delegates", "en"),
                                            ("двести пятьдесят делегатов", "ru"),
                                            ("екі жүз елу делегат", "kk")])
def test_number_words_side_by_side_are_one_number(text: str, lang: str) -> None:
    assert [m.value for m in find_numbers(text, lang)] == [250]


# --- digits: separators, scales, currency --------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "value", "alt"), [
    ("4.000 человек", "ru", "4000", "4.000"),  # a dot before three digits groups in Russian …
    ("4.500 people", "en", "4.500", "4500"),  # … and is the decimal point in English
    ("4,000 people", "en", "4000", None),  # an English comma groups: no other reading
    ("4,000 человек", "ru", "4000", "4.000"),  # a Russian comma may be the decimal one
    ("2,500 млн тенге", "ru", "2500000", "2500000000"),  # before a scale word the comma is decimal
    # first (Russian groups «2 500 млн» with a space); the other reading is scaled too
])
def test_an_ambiguous_separator_keeps_both_readings(text: str, lang: str, value: str,
                                                     alt: str | None) -> None:
    [mention] = find_numbers(text, lang)
    assert mention.value == Decimal(value)
    assert mention.alt == (Decimal(alt) if alt is not None else None)


def test_a_dollar_sign_makes_the_unit_dollars() -> None:
    [mention] = find_numbers("a loan of $5 million", "en")
    assert (mention.value, mention.unit) == (Decimal(5_000_000), "usd")


# --- Kazakh numerals and qualifiers -----------------------------------------------------

@pytest.mark.parametrize("text", ["Оның жүзі жарқырап тұр", "Сегізі де келді"])
def test_a_kazakh_numeral_with_a_possessive_ending_is_not_a_count(text: str) -> None:
    """жүзі is "his face", сегізі "the eight of them": a possessive makes a pronoun or a noun."""
    assert find_numbers(text, "kk") == []


def test_a_kazakh_qualifier_belongs_to_the_number_right_before_it() -> None:
    """«100-ден 200-ге дейін» is a range: дейін closes it at 200 (no qualifier of either bound,
    as "from 100 to 200"); alone, «200-ге дейін» qualifies 200 ("up to"), never the 100 before."""
    first, second = find_numbers("100-ден 200-ге дейін", "kk")
    assert (first.value, first.qualifier) == (100, None)
    assert (second.value, second.qualifier) == (200, None)
    first, second = find_numbers("100 адам, 200-ге дейін", "kk")
    assert (first.value, first.qualifier) == (100, None)
    assert (second.value, second.qualifier) == (200, "to")


@pytest.mark.parametrize(("word", "base"), [
    ("кітабы", "кітап"),  # п → б before a vowel
    ("құлағы", "құлақ"),  # қ → ғ
    ("көгі", "көк"),  # к → г
])
def test_a_kazakh_final_consonant_voices_before_a_vowel(word: str, base: str) -> None:
    assert kazakh.matches_stem(word, base)
    assert not kazakh.matches_stem(word[:-1] + "ке", base)  # not an ending chain after the voicing


# --- dates -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("01.12.2025", "ru", [(12, 1, 2025)]),
    ("31.12.2025", "ru", [(12, 31, 2025)]),
    ("32.12.2025", "ru", []),
    ("2025-12-01", "en", [(12, 1, 2025)]),
    ("2025-13-01", "en", []),
    ("1 December 2025", "en", [(12, 1, 2025)]),
    ("1–2 декабря 2025 года", "ru", [(12, 1, 2025), (12, 2, 2025)]),
])
def test_the_first_and_last_days_of_a_month_are_dates(text: str, lang: str,
                                                      expected: list[tuple[int, int, int]]) -> None:
    assert [(m.month, m.day, m.year) for m in find_dates(text, lang)] == expected


def test_a_holiday_named_after_a_month_does_not_hide_the_dates_after_it() -> None:
    """Наурыз (the spring holiday) inside a sentence is a proper noun; the date after it is read
    (with the year of the date before it in its sentence)."""
    text = "Биыл Наурыз мейрамы 2025 жылғы 10 желтоқсанда, ал сапар 12 желтоқсанда өтеді"
    assert [(m.month, m.day, m.year) for m in find_dates(text, "kk")] == [(12, 10, 2025), (12, 12, 2025)]


# --- places (CLDR) -----------------------------------------------------------------------

def test_cldr_places_name_cities_by_the_last_part_of_their_zone() -> None:
    """The gazetteer derived from CLDR (not its cached copy): a three-part zone's city is its last
    part (America/Argentina/Buenos_Aires → Buenos Aires), and CLDR's translations are used."""
    from babel import Locale

    english = _cldr_places("en")
    assert english["buenos aires"] == "C:Buenos_Aires"
    assert english["san juan"] == "C:San_Juan"  # no two-part alias (America/San_Juan) to fall back on
    assert english["ushuaia"] == "C:Ushuaia"
    assert english["argentina"] == "T:AR"
    russian = _cldr_places("ru")
    tokyo = Locale.parse("ru").time_zones["Asia/Tokyo"]["city"].lower()
    assert russian[tokyo] == "C:Tokyo"
    assert russian[Locale.parse("ru").territories["KZ"].lower()] == "T:KZ"


# --- Russian surnames agree with the first name's gender ---------------------------------

@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _pymorphy_surname(surname: str, gender: str, case: str) -> str:
    """The oracle: pymorphy3's own surname paradigm of that gender (Fixd: not declined)."""
    parse = next(p for p in _morph().parse(surname)
                 if "Surn" in p.tag and p.tag.gender == gender and "nomn" in p.tag)
    form = surname if "Fixd" in parse.tag else parse.inflect({case}).word
    return form[:1].upper() + form[1:]


@pytest.mark.parametrize(("first", "surname", "gender"), [
    ("Ирина", "Шмидт", "femn"),
    ("Елена", "Ковальчук", "femn"),
    ("Анна", "Петрова", "femn"),
    ("Иван", "Шмидт", "masc"),
    ("Олег", "Ковальчук", "masc"),
])
@pytest.mark.parametrize("case", ["gent", "datv", "ablt"])
def test_a_surname_declines_as_its_bearer_s_gender(first: str, surname: str, gender: str, case: str) -> None:
    """A woman's consonant-final surname does not decline (Ирине Шмидт), a man's does (Ивану Шмидту)."""
    inflected = inflect_name(f"{first} {surname}", case, "person")
    assert inflected.split(" ")[1] == _pymorphy_surname(surname, gender, case)


# --- second round: the survivors of the first mutmut run of this session ----------------

@pytest.mark.parametrize(("text", "lang", "value"), [
    ("9 миллионов 127 тысяч 192 человека", "ru", 9_127_192),
    ("2 миллиона и 300 тысяч тенге", "ru", 2_300_000),
    ("2 million 300 thousand people", "en", 2_300_000),
])
def test_a_number_in_several_groups_is_one_number(text: str, lang: str, value: int) -> None:
    [mention] = find_numbers(text, lang)
    assert mention.value == value


@pytest.mark.parametrize(("text", "lang", "value", "unit"), [
    ("one and a half hours", "en", "1.5", "hour"),
    ("полтора часа", "ru", "1.5", "hour"),
    ("бір жарым сағат", "kk", "1.5", "hour"),
    ("5 млн тенге", "ru", "5000000", "kzt"),
    ("5 thousand people", "en", "5000", None),
])
def test_halves_and_scale_words(text: str, lang: str, value: str, unit: str | None) -> None:
    [mention] = find_numbers(text, lang)
    assert (mention.value, mention.unit) == (Decimal(value), unit)


@pytest.mark.parametrize(("text", "qualifier"), [
    ("over five years", None),  # during five years, not more than five
    ("over 5 years", None),
    ("for over 30 years", "more"),
    ("over 300 delegates", "more"),
])
def test_over_a_duration_is_not_more_than(text: str, qualifier: str | None) -> None:
    [mention] = find_numbers(text, "en")
    assert mention.qualifier == qualifier


def dates(text: str, lang: str) -> list[tuple[int, int | None, int | None]]:
    return [(m.month, m.day, m.year) for m in find_dates(text, lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("2026 жылғы наурыздың 19-ы", "kk", [(3, 19, 2026)]),  # the month in the genitive, then the day
    ("наурыздың 19-ы", "kk", [(3, 19, None)]),
    ("December 9, 2025", "en", [(12, 9, 2025)]),  # month first (American order)
    ("December 9–10, 2025", "en", [(12, 9, 2025), (12, 10, 2025)]),
    ("from 1 to 5 December", "en", [(12, 1, None), (12, 5, None)]),
    ("с 1 по 5 декабря", "ru", [(12, 1, None), (12, 5, None)]),
    # a month alone shares no year with a date: December is the year before 9 January 2026
    ("в декабре и 9 января 2026 года", "ru", [(12, None, None), (1, 9, 2026)]),
])
def test_dates_in_every_written_order(text: str, lang: str,
                                      expected: list[tuple[int, int | None, int | None]]) -> None:
    assert dates(text, lang) == expected


@pytest.mark.parametrize(("text", "offset"), [
    ("in March of last year", -1),
    ("in March last year", -1),
    ("in March 2024, last year", None),  # a stated year wins
])
def test_a_relative_year_after_a_month(text: str, offset: int | None) -> None:
    [mention] = find_dates(text, "en")
    assert mention.year_offset == offset


@pytest.mark.parametrize(("text", "lang", "weekday"), [("on Wednesday", "en", 2), ("в среду", "ru", 2),
                                                       ("сәрсенбі күні", "kk", 2)])
def test_a_weekday_alone_is_read_with_its_number(text: str, lang: str, weekday: int) -> None:
    from babel.dates import get_day_names

    from press.lang.read_dates import find_weekdays

    [mention] = find_weekdays(text, lang, [])
    assert mention.offset == weekday
    assert get_day_names("wide", "format", "en")[weekday] == "Wednesday"  # CLDR: 0 is Monday


@pytest.mark.parametrize(("text", "keys"), [
    ("a USD 100 loan for the MS-21", ["MS-21"]),  # a currency before an amount is not one
    ("GDP 6 per cent; MS-21 and Su-35", ["MS-21", "SU-35"]),  # nor an abbreviation before a unit
])
def test_designations_after_lookalikes_are_read(text: str, keys: list[str]) -> None:
    from press.lang.read_designations import find_designations

    assert [key for _, _, key in find_designations(text)] == keys


def test_names_keep_their_hyphens_and_polish_letters() -> None:
    from press.lang import english
    from press.lang.names import follows_a_romanisation, romanise

    assert romanise("Нұр-Сұлтан") == "Nur-Sultan"  # the capital's official English name, 2019–2022
    assert follows_a_romanisation("Michał", "Михал")  # ł is an l
    assert english.is_form_of("Baikonur’s", "Baikonur") and english.is_form_of("Baikonur's", "Baikonur")


def test_a_kazakh_name_is_held_to_the_state_romanisation() -> None:
    """Тоқаев (with қ) is a Kazakh name: only the state's spelling (Tokayev) romanises it; the
    Russian Токаев may also be Tokaev."""
    from press.lang.names import NameWord, romanised_from

    def word(text: str, lang: str) -> NameWord:
        return NameWord(text, lang, 0, len(text), None)

    assert romanised_from(word("Tokayev", "en"), word("Тоқаев", "kk"))
    assert not romanised_from(word("Tokaev", "en"), word("Тоқаев", "kk"))
    assert romanised_from(word("Tokaev", "en"), word("Токаев", "ru"))


@pytest.mark.parametrize(("name", "model"), [("Ерлан Сарсенбаев", "Иванов"), ("Ерлан Шайхын", "Пушкин")])
@pytest.mark.parametrize("case", ["gent", "datv", "ablt"])
def test_an_unknown_surname_declines_like_its_model(name: str, model: str, case: str) -> None:
    """pymorphy3 does not know Сарсенбаев or Шайхын: they take the endings of its Иванов and Пушкин."""
    surname = name.split(" ")[1]
    parse = next(p for p in _morph().parse(model) if "Surn" in p.tag and "nomn" in p.tag)
    expected = surname + parse.inflect({case}).word[len(model):]
    assert inflect_name(name, case, "person").split(" ")[1] == expected


def test_a_name_in_a_role_takes_the_role_s_case() -> None:
    from press.lang.kazakh import Case
    from press.lang.russian import name_in_role

    petrova = _pymorphy_surname("Петрова", "femn", "datv")
    assert name_in_role("Анна Петрова", Case.DATIVE, "person") == f"Анне {petrova}"
    assert name_in_role("Министерство иностранных дел", Case.GENITIVE, "organization") \
        == "Министерства иностранных дел"
