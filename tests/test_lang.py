"""Dates and numbers in the ministry's press style, through Babel/CLDR."""

from __future__ import annotations

import datetime as dt

import pytest

from press.lang import format_date, format_dateline, format_day_month, format_number
from press.lang.kazakh import KAZAKH_LETTERS, Case, inflect


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "10 December 2025"),
    ("ru", "10 декабря 2025 года"),
    ("kk", "2025 жылғы 10 желтоқсан"),
])
def test_press_style_dates(lang: str, expected: str) -> None:
    assert format_date(dt.date(2025, 12, 10), lang) == expected


def test_kazakh_dates_take_case_endings() -> None:
    assert format_day_month(dt.date(2025, 11, 27), "kk", Case.LOCATIVE) == "27 қарашада"
    assert format_date(dt.date(2025, 12, 9), "kk", Case.LOCATIVE) == "2025 жылғы 9 желтоқсанда"
    assert format_day_month(dt.date(2025, 4, 8), "kk", Case.ABLATIVE) == "8 сәуірден"
    assert format_day_month(dt.date(2025, 12, 9), "kk", Case.DATIVE) == "9 желтоқсанға"


def test_russian_month_is_genitive_after_a_day() -> None:
    assert format_day_month(dt.date(2025, 11, 27), "ru") == "27 ноября"


def test_dateline() -> None:
    assert format_dateline("Астана", dt.date(2025, 12, 10), "ru") == "Астана, 10 декабря 2025 года"


@pytest.mark.parametrize(("lang", "expected"), [("en", "4,000"), ("ru", "4000"), ("kk", "4\u00a0000")])
def test_numbers_group_thousands_per_locale(lang: str, expected: str) -> None:
    assert format_number(4000, lang) == expected


@pytest.mark.parametrize(("word", "case", "expected"), [
    ("Байқоңыр", Case.ABLATIVE, "Байқоңырдан"),
    ("Жезқазған", Case.GENITIVE, "Жезқазғанның"),
    ("Астана", Case.LOCATIVE, "Астанада"),
    ("Рыжиков", Case.GENITIVE, "Рыжиковтың"),
    ("Ресей", Case.DATIVE, "Ресейге"),
    ("NASA", Case.GENITIVE, "NASA-ның"),
    ("Жапония", Case.ABLATIVE, "Жапониядан"),
    ("Кудь-Сверчков", Case.INSTRUMENTAL, "Кудь-Сверчковпен"),
])
def test_kazakh_case_endings_follow_harmony_and_final_sound(word: str, case: Case, expected: str) -> None:
    assert inflect(word, case) == expected


def test_kazakh_endings_use_kazakh_letters() -> None:
    assert set(inflect("Жезқазған", Case.GENITIVE)) & KAZAKH_LETTERS


@pytest.mark.parametrize(("name", "case", "expected"), [
    ("Байқоңыр ғарыш айлағы", Case.ABLATIVE, "Байқоңыр ғарыш айлағынан"),
    ("Байқоңыр ғарыш айлағы", Case.GENITIVE, "Байқоңыр ғарыш айлағының"),
    ("Еуропа ғарыш агенттігі", Case.LOCATIVE, "Еуропа ғарыш агенттігінде"),
    ("Еуропа ғарыш агенттігі", Case.DATIVE, "Еуропа ғарыш агенттігіне"),
    ("ЕҒА", Case.INSTRUMENTAL, "ЕҒА-мен"),
    ("ХҒС", Case.DATIVE, "ХҒС-қа"),
    ("Жезқазған", Case.GENITIVE, "Жезқазғанның"),
    ("Джонни Ким", Case.INSTRUMENTAL, "Джонни Киммен"),
    ("Байқоңыр ғарыш айлағы", Case.NOMINATIVE, "Байқоңыр ғарыш айлағы"),
])
def test_kazakh_names_possessive_compounds_and_abbreviations(name: str, case: Case, expected: str) -> None:
    from press.lang.kazakh import inflect_name

    assert inflect_name(name, case) == expected


def test_a_quoted_name_is_not_a_possessive_compound() -> None:
    from press.lang.kazakh import inflect_name

    quoted = "«Ғарыш сапары»"
    assert inflect_name(quoted, Case.ABLATIVE) == inflect(quoted, Case.ABLATIVE)
    assert not inflect_name(quoted, Case.ABLATIVE).endswith("нан")


def test_kazakh_endings_are_read_back_as_cases() -> None:
    from press.lang.kazakh import case_of_ending, inflect_name

    assert case_of_ending("дан") is Case.ABLATIVE
    assert case_of_ending("нан") is Case.ABLATIVE
    assert case_of_ending("да") is Case.LOCATIVE
    assert case_of_ending("ға") is Case.DATIVE
    assert case_of_ending("дағы") is None
    for case in Case:
        if case is not Case.NOMINATIVE:
            written = inflect_name("Байқоңыр ғарыш айлағы", case)
            assert case_of_ending(written.removeprefix("Байқоңыр ғарыш айлағы")) is case


@pytest.mark.parametrize(("name", "tag", "expected"), [
    ("космодром «Байконур»", "gent", "космодрома «Байконур»"),
    ("Европейское космическое агентство", "ablt", "Европейским космическим агентством"),
    ("Жезказган", "gent", "Жезказгана"),
    ("Айдар Сейткали", "datv", "Айдару Сейткали"),
    ("NASA", "gent", "NASA"),
    ("Байконур", "nomn", "Байконур"),
])
def test_russian_names_are_declined_word_by_word(name: str, tag: str, expected: str) -> None:
    from press.lang.russian import inflect_name

    assert inflect_name(name, tag) == expected


def test_date_spans_give_writers_one_replaceable_span_per_date() -> None:
    from press.lang.read_dates import date_spans

    text = "On 27 November and 8–9 December 2025; December 8–9, 2025; 09.12.2025; in December"
    spans = [(s.text, s.day, s.month, s.year, s.numeric) for s in date_spans(text, "en")]
    assert spans == [("27 November", 27, 11, None, False), ("9 December 2025", 9, 12, 2025, False),
                     ("December 8", 8, 12, None, False), ("09.12.2025", 9, 12, 2025, True)]
    kk = date_spans("2025 жылғы 9 желтоқсанда, 27 қарашадағы, 8 сәуірден", "kk")
    assert [(s.text, s.year, s.ending) for s in kk] == [
        ("2025 жылғы 9 желтоқсанда", 2025, "да"), ("27 қарашадағы", None, "дағы"),
        ("8 сәуірден", None, "ден")]
    ru = date_spans("намеченному на 14 апреля 2026 года", "ru")[0]
    assert (ru.text, ru.day, ru.month, ru.year) == ("14 апреля 2026 года", 14, 4, 2026)


def test_date_spans_agree_with_the_writer() -> None:
    from press.lang.kazakh import case_of_ending
    from press.lang.read_dates import date_spans

    for case in Case:
        written = format_date(dt.date(2025, 12, 9), "kk", case)
        (span,) = date_spans(f"Сапар {written} өтті.", "kk")
        assert (span.text, span.day, span.month, span.year) == (written, 9, 12, 2025)
        assert (case_of_ending(span.ending) or Case.NOMINATIVE) is case


def test_digit_spans_are_the_digits_alone_with_what_is_glued_on() -> None:
    from decimal import Decimal

    from press.lang.read_numbers import digit_spans

    kk = digit_spans("Жерді 4\u00a0000-ға жуық, 2,5 млн, 245 тәулік", "kk")
    assert [(s.text, s.value, s.suffix) for s in kk] == [
        ("4\u00a0000", Decimal(4000), "-ға"), ("2,5", Decimal("2.5"), ""), ("245", Decimal(245), "")]
    en = digit_spans("4 million, 4,000 and 12 500 tonnes, 5km, 74th, 10:00", "en")
    assert [(s.text, s.value, s.suffix) for s in en] == [
        ("4", Decimal(4), ""), ("4,000", Decimal(4000), ""), ("12 500", Decimal(12500), ""),
        ("5", Decimal(5), "km"), ("74", Decimal(74), "th")]


@pytest.mark.parametrize(("number", "case", "expected"), [
    ("245", Case.ABLATIVE, "245-тен"),      # бес → бестен
    ("40", Case.ABLATIVE, "40-тан"),        # қырық → қырықтан
    ("20", Case.ABLATIVE, "20-дан"),        # жиырма → жиырмадан
    ("20", Case.ACCUSATIVE, "20-ны"),       # жиырманы
    ("50", Case.DATIVE, "50-ге"),           # елу → елуге
    ("80", Case.LOCATIVE, "80-де"),         # сексен → сексенде
    ("100", Case.ABLATIVE, "100-ден"),      # жүз → жүзден
    ("12\u00a0500", Case.DATIVE, "12\u00a0500-ге"),  # бес жүз → бес жүзге
    ("4\u00a0000", Case.DATIVE, "4\u00a0000-ға"),    # мың → мыңға
    ("10", Case.ABLATIVE, "10-нан"),        # он → оннан
    ("2,5", Case.LOCATIVE, "2,5-те"),       # бес → бесте
])
def test_a_numeral_takes_the_endings_of_its_last_spoken_word(number: str, case: Case, expected: str) -> None:
    assert inflect(number, case) == expected


def test_a_spaced_abbreviation_before_an_amount_is_no_designation() -> None:
    """ЖІӨ 6 пайыздан (GDP by 6 per cent, held-out corpus) hid the 6 from the numbers rule and,
    once translation kept what the checker reads, would have reached Russian as «ЖІӨ 6»."""
    from press.lang.read_designations import find_designations

    for text in ("елдің ЖІӨ 6 пайыздан астам өсіп", "GDP grew by 6 per cent", "ВВП вырос на 6 процентов",
                 "ВВП 6 процентов", "USD 5 billion"):
        assert find_designations(text) == [], text
    assert [key for _, _, key in find_designations("COP 29, Ил-76, Су-35 and МС-28")] == \
        ["COP-29", "IL-76", "SU-35", "MS-28"]
