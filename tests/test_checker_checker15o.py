"""Dates, numbers, qualifiers and script (issue 12, checker15o): classes of false alarm and
miss seen on blind10, each tested in both directions on sentences written for these tests.

In-process through `check_texts` with no termbase, as `press check --text` without a glossary.
"""

from __future__ import annotations

import datetime as dt

import pytest

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




# --- Russian nouns of a set (пятёрка, десятка) ---------------------------------------------

TOP_FIVE = {
    "en": "Germany is among the five largest trading partners of Kazakhstan in Europe, the minister said.",
    "ru": "Германия входит в пятёрку крупнейших торговых партнёров Казахстана в Европе, отметил министр.",
    "kk": "Министрдің айтуынша, Германия Еуропадағы Қазақстанның ең ірі бес сауда серіктесінің қатарында.",
}


def test_a_set_noun_counts_its_members() -> None:
    assert [(m.value, m.soft) for m in find_numbers(TOP_FIVE["ru"], "ru")] == [(5, True)]
    assert find_numbers("десятки стран", "ru") == []  # tens of countries: a plural, no set of ten




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




def test_as_of_today_is_no_day() -> None:
    """«на сегодня» (as of now) before a participle, with no verb of a day's event: not the release
    day; «сегодня» with a past verb, and «на сегодня» with one, still are."""
    from press.lang.read_dates import find_relative

    assert find_relative("Из двенадцати станций на сегодня пять уже введены в эксплуатацию.", "ru") == []
    assert find_relative("На сегодня введены пять станций, остальные достроят к концу года.", "ru") == []
    assert find_relative("Сегодня министр открыл выставку.", "ru") != []
    assert find_relative("Встреча на сегодня перенесена, а на сегодня министр назначил брифинг.", "ru") != []


# --- Kazakh class nouns of a numeral (сегіз мыңдық: an eight-thousander) ----------------------

PEAKS = {
    "en": "The Nepalese guide Pasang Sherpa, who has climbed all 14 eight-thousanders, trained the rescuers "
          "at an altitude of 6,000 metres.",
    "ru": "Непальский гид Пасанг Шерпа, покоривший все 14 восьмитысячников, обучал спасателей на высоте "
          "6000 метров.",
    "kk": "Барлық 14 сегіз мыңдықтың басына шыққан непалдық гид Пасанг Шерпа құтқарушыларды 6 000 метр "
          "биіктікте оқытты.",
}


def test_a_class_noun_after_a_numeral_is_no_count() -> None:
    (peaks,) = [m for m in find_numbers(PEAKS["kk"], "kk") if m.value == 8000]
    assert peaks.soft
    assert not find_numbers("бестікке кірді", "kk")[0].soft  # alone: the top five, a count
    assert _errors(PEAKS, "numbers") == []



# --- Russian «не реже» (at least, of how often) and «не чаще» (at most) ----------------------

TWICE = {
    "en": "The parties agreed to hold meetings of the working group at least twice a year.",
    "ru": "Стороны договорились проводить заседания рабочей группы не реже двух раз в год.",
    "kk": "Тараптар жұмыс тобының отырыстарын жылына кемінде екі рет өткізуге келісті.",
}




# --- an event hyphened to its year (ЭКСПО-2027) is a year, not a designation -----------------

EXPO = {
    "en": "Kazakhstan will take part in the specialised exhibition Expo 2027 Belgrade with a pavilion.",
    "ru": "Казахстан примет участие в специализированной выставке «ЭКСПО-2027 Белград» с павильоном.",
    "kk": "Қазақстан «ЭКСПО-2027 Белград» мамандандырылған көрмесіне ұлттық павильонмен қатысады.",
}




# --- the official Russian name of a region with Kazakh letters (область Жетісу) ----------------

REGION = {
    "en": "The project will cover about 1.3 million people in the Almaty and Zhetysu regions.",
    "ru": "Проект охватит около 1,3 млн человек в Алматинской области и области Жетісу.",
    "kk": "Жоба Алматы облысы мен Жетісу облысындағы шамамен 1,3 млн адамды қамтиды.",
}




# --- units: a cube or square of a length, feet ----------------------------------------------

GLACIERS = {
    "en": "Since 1955 the glaciers of the Ile Alatau have lost about 12 cubic kilometres of ice, and the "
          "rescuers will train at altitudes of up to 7,000 metres.",
    "ru": "С 1955 года ледники Иле Алатау потеряли около 12 кубических километров льда, а спасатели "
          "пройдут подготовку на высоте до 7000 метров.",
    "kk": "1955 жылдан бері Іле Алатауының мұздықтары шамамен 12 текше шақырым мұзынан айырылды, ал "
          "құтқарушылар 7 000 метрге дейінгі биіктікте даярлықтан өтеді.",
}




# --- a look-alike in a verb made of a lexicon noun (шөлейт → шөлейттену) ----------------------

DESERT = {
    "en": "The deputy minister discussed with Ngozi Okafor the use of Kazakhstan's experience in combating "
          "desertification in the Sahel countries.",
    "ru": "Вице-министр обсудил с Нгози Окафор использование опыта Казахстана по борьбе с опустыниванием "
          "в странах Сахеля.",
    "kk": "Вице-министр Нгози Окаформен Қазақстанның шөлейттенуге қарсы күрес тәжірибесін Сахель елдерінде "
          "пайдалану жөнінде келіссөз жүргізді.",
}


# --- each class both ways: the clean texts pass, each planted error is found ----------------

CASES = {
    "one million": (ONE_MILLION, "numbers", [("ru", "один миллион", "два миллиона")]),
    "top five": (TOP_FIVE, "numbers", [("en", "five", "three")]),
    "today as currently": (NOWADAYS, "dates", [("en", "Yesterday", "Today"), ("ru", "Вчера", "Сегодня")]),
    "eight-thousanders": (PEAKS, "numbers", [("kk", "6 000 метр", "жеті мың метр")]),
    "at least twice": (TWICE, "numbers", [("en", "at least", "up to"), ("ru", "не реже", "не чаще")]),
    "event year": (EXPO, "numbers", [("ru", "ЭКСПО-2027", "ЭКСПО-2028")]),
    "official region name": (REGION, "script", [("ru", "Алматинской", "Алматинсқой"),
                                                ("ru", "охватит", "охватіт")]),
    "units": (GLACIERS, "numbers", [("ru", "кубических километров", "кубических метров"),
                                    ("en", "cubic kilometres", "cubic metres"),
                                    ("en", "7,000 metres", "7,000 feet"),
                                    ("ru", "7000 метров", "7000 футов")]),
    "derived verb": (DESERT, "script", [("kk", "шөлейттенуге", "шолейттенуге")]),
}


@pytest.mark.parametrize("case", CASES)
def test_the_clean_texts_raise_no_error(case: str) -> None:
    texts, prefix, _ = CASES[case]
    assert _errors(texts, prefix) == [] and (prefix != "numbers" or _errors(texts, "designations") == [])


@pytest.mark.parametrize(("case", "lang", "find", "replace"),
                         [(case, *edit) for case, (_, _, edits) in CASES.items() for edit in edits])
def test_a_planted_error_is_found(case: str, lang: str, find: str, replace: str) -> None:
    texts, prefix, _ = CASES[case]
    assert find in texts[lang]
    assert _errors({**texts, lang: texts[lang].replace(find, replace)}, prefix)
