"""Numerals, units and relative dates as a reader means them (issue 12, helper checker20d): days
named back from the release ("two days ago", «позавчера», «екі күн бұрын»), Kazakh collective
numerals that count a part of a whole (профессорлардың екеуі), units of mass and volume by their
CLDR names (grams against kilograms), numeral-prefixed adjectives (двадцатифутовый, twenty-foot,
жиырма футтық, one-week, бір апталық), the scope of Kazakh «дейін» (it follows its figure), a
span of months as a count of months (қаңтар–шілде: 7 months) and weekdays of every week compared
as sets ("on Tuesdays and Fridays"). Each case is written here (own people, places, figures);
every class has its error found (error level) and its harmless variant left alone.

Word forms come from independent sources: the Kazakh collective numerals from a table written
once from the grammar (the numeral + -еу/-ау, then the possessive and case endings), the units'
names from CLDR through Babel, the Russian adjectives' case forms from pymorphy3.

Each class's key line was planted back and its tests failed: the days-back rows (6 fail), the
genitive test of the collective (16), the gram row (3), `_own_figure` in `_after` (1), the unit
stems of `_ru_compound_unit` (7), `_kk_same_noun` (2), `_months_spanned` (2), `_first_months`
(2), the English plural weekdays (2), `_weekdays_every` (3), the ablative lookbehind (2).
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel.units import format_unit

from press.check import check_texts
from press.lang.read_dates import find_dates, find_relative, find_weekdays, first_months, month_spans
from press.lang.read_numbers import find_numbers, unit_of
from press.lang.russian import parses
from tests.edits import DAY, edited, packaged_termbase


def _errors(texts: dict[str, str], day: dt.date = DAY) -> list[tuple[str, list[str]]]:
    return [(f.rule, f.langs) for f in check_texts(texts, packaged_termbase(), day).findings
            if f.severity == "error" and f.rule.split(".")[0] in ("numbers", "dates")]


def _found(texts: dict[str, str], lang: str, old: str, new: str, rule: str) -> None:
    """Nothing is found on *texts*; with *old* made *new* in *lang*, *rule* names *lang*."""
    assert _errors(texts) == []
    assert (rule, [lang]) in _errors(edited(texts, lang, old, new, 1))


# --- 1. days named back from the release ------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "offset"), [
    ("en", "The day before yesterday the envoy arrived.", -2),
    ("en", "Two days ago the envoy arrived.", -2),
    ("en", "Three days ago the envoy arrived.", -3),
    ("en", "The day after tomorrow the envoy arrives.", 2),
    ("ru", "Позавчера посол прибыл.", -2),
    ("ru", "Третьего дня посол прибыл.", -2),
    ("ru", "Два дня назад посол прибыл.", -2),
    ("ru", "Три дня назад посол прибыл.", -3),
    ("kk", "Екі күн бұрын елші келді.", -2),
    ("kk", "Үш күн бұрын елші келді.", -3),
])
def test_days_back_are_read(lang: str, text: str, offset: int) -> None:
    assert [(m.unit, m.offset) for m in find_relative(text, lang)] == [("day", offset)]


def test_a_limit_before_days_back_is_a_figure_of_time() -> None:
    assert find_relative("Өтініш кемінде екі күн бұрын беріледі.", "kk") == []


@pytest.mark.parametrize(("text", "read"), [
    ("Құжаттар 1 наурыздан үш күн бұрын тапсырылды.", []),  # three days before 1 March
    ("Келісім 2019 жылдан екі жыл бұрын жасалды.", []),
    ("Осыдан үш күн бұрын құжаттар тапсырылды.", [("day", -3)]),  # three days ago: from now
    ("Бұдан екі жыл бұрын келісім жасалды.", [("year", -2)]),
])
def test_days_back_from_a_thing_named_are_no_relative_date(text: str, read: list) -> None:
    assert [(m.unit, m.offset) for m in find_relative(text, "kk")] == read


RELATIVE = {  # released 10 July 2026: 8 July is two days back
    "en": "Two days ago, 8 July, Ambassador Nurlan Abenov met the mayor of Gdansk.",
    "ru": "Позавчера, 8 июля, посол Нурлан Абенов встретился с мэром Гданьска.",
    "kk": "Екі күн бұрын, 8 шілдеде, елші Нұрлан Әбенов Гданьск мэрімен кездесті.",
}


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("en", "Two days ago", "Yesterday"), ("ru", "Позавчера", "Вчера"), ("kk", "Екі күн бұрын", "Кеше"),
    ("en", "Two days ago", "Three days ago"),
])
def test_another_day_back_beside_the_date_is_found(lang: str, old: str, new: str) -> None:
    _found(RELATIVE, lang, old, new, "dates.mismatch")


# --- 2. Kazakh collective numerals --------------------------------------------------------------

KK_COLLECTIVES = {2: "екеу", 3: "үшеу", 4: "төртеу", 5: "бесеу", 6: "алтау", 7: "жетеу"}
"""The collective numerals (ұжымдық сан): the cardinal + -еу/-ау (екі → екеу, алты → алтау)."""
KK_POSSESSED = {"екеу": ("екеуі", "екеуін", "екеуіне", "екеуінің"), "үшеу": ("үшеуі", "үшеуін", "үшеуіне"),
                "төртеу": ("төртеуі", "төртеуін"), "бесеу": ("бесеуі", "бесеуіне"),
                "алтау": ("алтауы", "алтауын", "алтауына"), "жетеу": ("жетеуі", "жетеуін")}
"""Their third-person possessive (-і after е, -ы after а) and the cases on it (-н, -не/-на, -нің)."""


@pytest.mark.parametrize(("value", "form"), [(v, f) for v, base in KK_COLLECTIVES.items()
                                             for f in KK_POSSESSED[base]])
def test_a_collective_after_a_genitive_counts(value: int, form: str) -> None:
    found = find_numbers(f"Мамандардың {form} Ақтауға барады.", "kk")
    assert [(int(n.value), n.soft) for n in found] == [(value, False)]


def test_a_collective_alone_is_a_pronoun() -> None:
    assert [n.soft for n in find_numbers("Екеуі де Ақтауға барады.", "kk")] == [True]


COLLECTIVE = {
    "en": "Two of the engineers from Pavlodar will visit the plant in Ulsan.",
    "ru": "Двое из инженеров из Павлодара посетят завод в Ульсане.",
    "kk": "Инженерлердің екеуі Павлодардан Ульсандағы зауытқа барады.",
}


def test_a_changed_collective_is_found() -> None:
    _found(COLLECTIVE, "kk", "екеуі", "төртеуі", "numbers.mismatch")


# --- 3. units of mass and volume by their CLDR names -----------------------------------------

CLDR_UNITS = {"mass-gram": "gram", "mass-milligram": "milligram", "mass-kilogram": "kg",
              "volume-liter": "litre", "volume-milliliter": "millilitre", "length-kilometer": "km"}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
@pytest.mark.parametrize(("cldr", "unit"), CLDR_UNITS.items())
def test_cldr_unit_names_are_read(cldr: str, unit: str, lang: str) -> None:
    for count in (1, 2, 5):
        noun = format_unit(count, cldr, locale=lang, length="long").split()[-1]
        assert unit_of(noun, lang) == unit, (count, noun)


def test_a_one_letter_symbol_is_no_unit() -> None:
    assert unit_of("г", "ru") is None and unit_of("л", "ru") is None


UNITS = {
    "en": "Each pilgrim may carry 2.5 kilograms of dates and 3 litres of water.",
    "ru": "Каждый паломник может провезти 2,5 килограмма фиников и 3 литра воды.",
    "kk": "Әр қажы 2,5 килограмм құрма және 3 литр су алып жүре алады.",
}


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("en", "kilograms", "grams"), ("ru", "килограмма", "грамма"), ("kk", "килограмм", "грамм"),
    ("en", "litres", "millilitres"),
])
def test_the_same_figure_in_another_unit_is_found(lang: str, old: str, new: str) -> None:
    _found(UNITS, lang, old, new, "numbers.unit")


# --- 4. numeral-prefixed adjectives ---------------------------------------------------------------

@pytest.mark.parametrize(("word", "value", "unit"), [
    ("двадцатифутовый", 20, "foot"), ("пятитонный", 5, "tonne"), ("двадцатиметровый", 20, "metre"),
    ("трёхкилометровый", 3, "km"), ("пятилитровый", 5, "litre"), ("двухдневный", 2, "day"),
])
def test_russian_compound_adjectives_in_every_form(word: str, value: int, unit: str) -> None:
    forms = {form.word for form in parses(word)[0].lexeme if form.tag.POS == "ADJF"}
    assert len(forms) > 10
    for form in forms:
        found = find_numbers(f"Был закуплен {form} образец.", "ru")
        assert [(int(n.value), n.unit) for n in found] == [(value, unit)], form


def test_a_side_or_a_time_is_no_unit_of_a_compound() -> None:
    assert [n.unit for n in find_numbers("одноразовый шприц", "ru")] == []


@pytest.mark.parametrize(("lang", "text", "read"), [
    ("en", "to 12,000 twenty-foot equivalent units", [(12000, None), (20, "foot")]),
    ("ru", "до 12 тысяч двадцатифутовых эквивалентов", [(12000, None), (20, "foot")]),
    ("kk", "12 мың жиырма футтық баламаға дейін", [(12000, None), (20, "foot")]),
    ("en", "a one-week course", [(1, "week")]),
    ("ru", "однонедельный курс", [(1, "week")]),
    ("kk", "бір апталық курс", [(1, "week")]),
    ("kk", "екі мың жиырма бес адам", [(2025, None)]),
])
def test_a_compound_is_a_figure_of_its_own(lang: str, text: str, read: list) -> None:
    assert [(int(n.value), n.unit) for n in find_numbers(text, lang)] == read


def test_one_in_a_compound_is_soft() -> None:
    assert [n.soft for n in find_numbers("a one-week course", "en")] == [True]


CONTAINERS = {
    "en": "The port of Aktau handled 9,000 twenty-foot equivalent units (TEU) in June.",
    "ru": "В июне порт Актау обработал 9 000 двадцатифутовых эквивалентов (ДФЭ).",
    "kk": "Маусымда Ақтау порты 9 мың жиырма футтық баламаны (TEU) өңдеді.",
}
COURSE = {
    "en": "In May, 14 diplomats will attend a one-week course in Vienna.",
    "ru": "В мае 14 дипломатов пройдут однонедельный курс в Вене.",
    "kk": "Мамырда 14 дипломат Венада бір апталық курстан өтеді.",
}


def test_a_compound_of_another_figure_is_found() -> None:
    _found(CONTAINERS, "ru", "двадцатифутовых", "сорокафутовых", "numbers.mismatch")
    _found(COURSE, "kk", "бір апталық", "екі апталық", "numbers.mismatch")


def test_a_course_said_without_a_numeral_is_no_mismatch() -> None:
    assert _errors(edited(COURSE, "ru", "однонедельный", "недельный")) == []


# --- 5. Kazakh «дейін» qualifies the figure it follows -----------------------------------------

CHOIRS = {
    "en": "The festival in Turkistan will bring together up to 30 choirs from 9 countries.",
    "ru": "Фестиваль в Туркестане объединит до 30 хоров из 9 стран.",
    "kk": "Түркістандағы фестиваль 9 елден 30-ға дейін хорды біріктіреді.",
}


def test_the_ablative_of_where_from_opens_no_range() -> None:
    assert [n.qualifier for n in find_numbers(CHOIRS["kk"], "kk")] == [None, "to"]
    assert [n.qualifier for n in find_numbers("5 жастан 10 жасқа дейінгі балалар", "kk")] == [None, None]


def test_up_to_against_dein_is_no_qualifier_clash() -> None:
    _found(CHOIRS, "en", "up to 30", "more than 30", "numbers.qualifier")


# --- 6. a span of months is a count of months --------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "months"), [
    ("kk", "2025 жылдың қаңтар-шілде айларында", 7), ("ru", "за январь–июль 2025 года", 7),
    ("en", "from November to February", 4), ("en", "in May and July", None),
])
def test_month_spans(lang: str, text: str, months: int | None) -> None:
    spans = month_spans(text, find_dates(text, lang))
    assert [count for _, _, count in spans] == ([months] if months else [])


@pytest.mark.parametrize(("lang", "text", "months"), [
    ("en", "in the first seven months of 2025", (1, 7)), ("ru", "за 7 месяцев 2025 года", (1, 7)),
    ("kk", "2025 жылдың жеті айында", (1, 7)), ("ru", "за 7 месяцев работы", ()),
    ("en", "in 7 months", ()),
])
def test_first_months(lang: str, text: str, months: tuple) -> None:
    assert tuple(m.month for m in first_months(text, lang)) == months


TRADE = {
    "en": "In the first seven months of 2025, trade with Oman grew by 12% to 41 million US dollars.",
    "ru": "За 7 месяцев 2025 года товарооборот с Оманом вырос на 12% и составил 41 млн долларов США.",
    "kk": "2025 жылдың қаңтар-шілде айларында Оманмен тауар айналымы 12%-ға өсіп, 41 млн АҚШ долларын "
          "құрады.",
}


@pytest.mark.parametrize(("lang", "old", "new", "rule"), [
    ("kk", "шілде", "маусым", "dates.mismatch"), ("ru", "7 месяцев", "8 месяцев", "numbers.mismatch"),
])
def test_a_changed_span_of_months_is_found(lang: str, old: str, new: str, rule: str) -> None:
    _found(TRADE, lang, old, new, rule)


# --- 7. weekdays of every week compared as sets ---------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "on Tuesdays and Fridays"), ("ru", "по вторникам и пятницам"),
    ("kk", "әр сейсенбі мен әр жұма"), ("kk", "сейсенбі сайын және жұма сайын"),
    ("en", "every Tuesday and every Friday"), ("ru", "каждый вторник и каждую пятницу"),
])
def test_every_week_weekdays(lang: str, text: str) -> None:
    found = find_weekdays(text, lang, [])
    assert [(m.offset, m.tense) for m in found] == [(1, 3), (4, 3)]


def test_two_days_in_kazakh_are_no_days_of_every_week() -> None:
    assert [m.tense for m in find_weekdays("сейсенбі және сәрсенбі күндері", "kk", [])] == [0, 0]


FLIGHTS = {
    "en": "Flights from Almaty to Batumi will operate on Mondays and Thursdays.",
    "ru": "Рейсы из Алматы в Батуми будут выполняться по понедельникам и четвергам.",
    "kk": "Алматыдан Батумиге рейстер дүйсенбі және бейсенбі күндері орындалады.",
}


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("kk", "бейсенбі күндері", "жұма күндері"), ("en", "Thursdays", "Fridays"),
    ("ru", "четвергам", "пятницам"),
])
def test_another_weekday_of_every_week_is_found(lang: str, old: str, new: str) -> None:
    _found(FLIGHTS, lang, old, new, "dates.mismatch")
    changed = check_texts(edited(FLIGHTS, lang, old, new), packaged_termbase(), DAY).findings
    message = next(f.message for f in changed if f.rule == "dates.mismatch")
    assert "every" in message
