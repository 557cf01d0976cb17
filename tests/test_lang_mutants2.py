"""press.lang where the mutation run of press/lang of session 7 (bench/mutation.py lang, seed 19,
issue 19) found no test that would notice a change: dates and numbers as Kazakh, Russian and
English writers put them, name spellings at the edge of the same name, and the Kazakh endings
of names written in Latin letters. Each test fails on the mutant its docstring names.

In-process, milliseconds each.
"""

from __future__ import annotations

import datetime as dt

import pytest

from press.check import check_texts
from press.lang import kazakh
from press.lang.names import NEAR, SAME, NameWord, compare_words, in_currency_name
from press.lang.read_dates import find_dates, find_weekdays
from press.lang.read_designations import find_designations
from press.lang.read_numbers import find_numbers, qualifier_of, unit_of
from press.lang.table import grammar_of
from press.model import Fact


def dates(text: str, lang: str) -> list[tuple]:
    return [(d.day, d.month, d.year, d.text) for d in find_dates(text, lang)]


# --- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("2026 жылдың 19 наурызында форум өтті.", [(19, 3, 2026, "2026 жылдың 19 наурызында")]),
    ("2026 жылдың 5 қаңтарында", [(5, 1, 2026, "2026 жылдың 5 қаңтарында")]),
    ("Қаңтарының 5-і", [(5, 1, None, "Қаңтарының 5-і")]),
    ("2026 жылғы 19 наурызындағы шешім.", [(19, 3, 2026, "2026 жылғы 19 наурызындағы")]),
])
def test_a_kazakh_month_possessed_is_read(text: str, expected: list[tuple]) -> None:
    """read_dates._kazakh_possessed: наурыз ends in a consonant, so its possessive is наурызы
    (mutant 3: the second letter decides, наурызсы, and no such date is read); the -ғы form is
    written in lower case like the others (mutant 65: ҒЫ, a KeyError on наурызындағы)."""
    assert dates(text, "kk") == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The talks on 22 Oct. 2025 ended.", "en", [(22, 10, 2025, "22 Oct. 2025")]),
    ("Переговоры 22 окт. 2025 г. завершились.", "ru", [(22, 10, 2025, "22 окт. 2025 г.")]),
])
def test_an_abbreviated_month_with_its_point_keeps_the_year_after_it(text: str, lang: str,
                                                                     expected: list[tuple]) -> None:
    """tokens.alternation puts the longest form first (mutant 11: the shortest, so «Oct» is read
    without its point and the year after it is lost)."""
    assert dates(text, lang) == expected


def test_a_weekday_mention_spans_its_word() -> None:
    """read_dates.find_weekdays gives the weekday's end (mutant 27: None, a span with no end for
    a writer that replaces it)."""
    found = find_weekdays("Министр сейсенбі күні келді.", "kk", [])
    assert [(w.offset, w.start, w.end, w.text) for w in found] == [(1, 8, 16, "сейсенбі")]
    assert [(w.start, w.end) for w in find_weekdays("It opened on Sunday.", "en", [])] == [(13, 19)]


def test_an_english_weekday_is_capitalised() -> None:
    """read_dates._is_weekday: English writes weekdays with a capital; «sunday» in lower case
    (a brand, a web address) is no weekday (mutant 6: any case in English)."""
    assert find_weekdays("The sunday market opened.", "en", []) == []


def test_on_before_an_english_date_belongs_to_it() -> None:
    """english.date_lead: "on " is part of the date a translation placeholder replaces (mutants:
    after_on 5 looks at the whole text before the date, date_lead 1 never counts it)."""
    grammar = grammar_of("en")
    text = "The treaty was signed on 27 November."
    assert grammar.date_lead(text, text.index("27")) == 3
    assert grammar.date_lead("Signed 27 November.", 7) == 0


# --- numbers --------------------------------------------------------------------------------

def test_a_percentage_is_exact_so_a_register_figure_it_rounds_is_wrong() -> None:
    """read_numbers._after: a percent sign gives no scale (mutant 9: scale 1, which makes 12%
    a figure rounded to a unit, so 12% would pass for the register's 12.4%)."""
    facts = {"growth": Fact("growth", "figure", value=12.4, unit="percent", about="trade growth")}
    texts = {"en": "Trade grew by 12% in 2025.", "ru": "В 2025 году товарооборот вырос на 12%.",
             "kk": "2025 жылы сауда 12%-ға өсті."}
    found = check_texts(texts, {}, dt.date(2025, 3, 1), facts).findings
    assert [(f.rule, f.langs) for f in found] == [("facts.register", [lang]) for lang in ("en", "kk", "ru")]
    assert [n.precision for n in find_numbers("Товарооборот вырос на 12,4%.", "ru")] == [None]


def test_a_hundred_odd_in_russian_is_more_than_a_hundred() -> None:
    """read_numbers.qualifier_of: «100 с лишним» is read in lower case, as written (mutant 53:
    only «С ЛИШНИМ» in capitals)."""
    text = "Собралось 100 с лишним человек."
    assert [qualifier_of(text, n, "ru") for n in find_numbers(text, "ru")] == ["more"]


def test_forms_of_aitu_to_say_are_no_months() -> None:
    """read_numbers.unit_of: айта and айтар (forms of айту, to say) begin like ай (month) with an
    ending, but are no unit (mutant 21: the айт guard never holds)."""
    assert [unit_of(word, "kk") for word in ("айта", "айтар", "айға", "айдан")] \
        == [None, None, "month", "month"]


@pytest.mark.parametrize("text", ["EXPO 2017 opened in Astana.", "The COP 2026 summit.",
                                  "Форум ЭКСПО 2017 открылся."])
def test_a_year_after_an_event_s_name_is_no_designation(text: str) -> None:
    """read_designations.find_designations: four digits after a space are a year (mutant 39:
    five digits, so EXPO 2017 becomes the designation EXPO-2017 every version must write)."""
    assert find_designations(text) == []


# --- names ----------------------------------------------------------------------------------

def _word(text: str, lang: str) -> NameWord:
    return NameWord(text, lang, 0, len(text), None)


def test_a_latin_name_at_the_same_name_threshold_is_the_same_name() -> None:
    """names._compare_stems: a cost of exactly 0.75 is still the same name (mutant 107: `<`,
    only near)."""
    verdict = compare_words(_word("Madrdd", "en"), _word("Мадрид", "ru"))
    assert (verdict.status, verdict.cost) == (SAME, 0.75)


@pytest.mark.parametrize(("latin", "cyrillic", "cost"), [("Bondreniko", "Бондаренко", 1.6),
                                                          ("Prego", "Прага", 1.5)])
def test_a_latin_name_at_the_near_threshold_is_near(latin: str, cyrillic: str, cost: float) -> None:
    """names._compare_stems: a cost of exactly min(1.6, 0.3 × length) is still near, a misspelt
    name to report (mutant 155: `<`, another name)."""
    verdict = compare_words(_word(latin, "en"), _word(cyrillic, "ru"))
    assert (verdict.status, verdict.cost) == (NEAR, pytest.approx(cost))


@pytest.mark.parametrize(("a", "b", "lang"), [("Vargo", "Varga", "en"), ("Vasilenko", "Vassilenko", "en"),
                                              ("Жумангарен", "Жумангарин", "ru")])
def test_one_letter_off_in_the_same_script_is_near(a: str, b: str, lang: str) -> None:
    """names._compare_stems: two spellings in one language a letter apart are near (a name
    spelt two ways; mutant 52: never near)."""
    assert compare_words(_word(a, lang), _word(b, lang)).status == NEAR


@pytest.mark.parametrize(("text", "place"), [("Сумма составила 500 дирхамов ОАЭ.", "ОАЭ"),
                                             ("Сумма составила 500 франков Джибути.", "Джибути"),
                                             ("Оплата в патаках Макао.", "Макао")])
def test_a_place_after_its_currency_noun_names_money(text: str, place: str) -> None:
    """names._cldr_currency_nouns: CLDR's «дирхам ОАЭ» puts дирхам before the place (mutant 20:
    only names of three words and more, so ОАЭ here would be a place every version must name)."""
    start = text.index(place)
    assert in_currency_name(text, start, start + len(place), "ru")


# --- Kazakh ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "base"), [("ХҒС-тің", "ХҒС"), ("Google-дың", "Google"),
                                            ("NASA-ның", "NASA")])
def test_an_abbreviation_or_a_latin_name_takes_the_harmony_it_is_read_with(word: str, base: str) -> None:
    """kazakh.matches_stem: a Cyrillic abbreviation (ХҒС, read хэ-ғэ-эс) or a Latin name takes
    the harmony of how it is said, either one (mutant 9: only a Latin abbreviation does)."""
    assert kazakh.matches_stem(word, base)


def test_the_relational_adjective_of_a_place_follows_its_last_sound() -> None:
    """kazakh.relational_adjective: -лық after a vowel and р, й, у; -дық after a sonorant;
    -тық after a voiceless consonant (mutant 12: `not in`, ресейтік and қатартық)."""
    assert [kazakh.relational_adjective(w) for w in ("Ресей", "Қатар", "Перу", "Берлин", "Лаос")] \
        == ["ресейлік", "қатарлық", "перулік", "берлиндік", "лаостық"]
