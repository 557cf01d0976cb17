"""A name found where there is none (issue 12, checker21a): an adjective or a demonym names its
place in all three languages, tied to it by one mechanism (`names.place_adjectives`: CLDR's
name of the country's own language through Babel, Russian -ский and Kazakh -лық made from the
name and from its gazetteer names), the Russian при-…-ье
land around a place names that place, and a place's name is matched whole (a word beside a
capitalised word of another name is that name's, not the place misspelt). Each class in both
directions, on sentences written for these tests (countries and places other than the
corpus'), in-process through `check_texts` as `press check --text` runs it (the packaged
termbase); word forms from Babel and pymorphy3.
"""

from __future__ import annotations

import pytest
from babel import Locale
from babel.languages import get_official_languages

from press.check import check_texts
from press.lang import names, russian
from tests.edits import DAY, edited, packaged_termbase


def _names(texts: dict[str, str]) -> list[tuple[str, list[str], str]]:
    """(rule, langs, excerpt) of the error-level name findings, as `press check --text` reports them."""
    return [(f.rule, f.langs, f.excerpt) for f in check_texts(texts, packaged_termbase(), DAY).findings
            if f.rule.startswith("names.") and f.severity == "error"]


def _flags(texts: dict[str, str], lang: str) -> bool:
    return any(lang in langs for _, langs, _ in _names(texts))


# --- the mechanism: every adjective from independent data ---------------------------------

@pytest.mark.parametrize("territory", ["DK", "EE", "HU"])
def test_cldr_language_name_is_the_adjective_of_its_own_country(territory: str) -> None:
    """Babel's Russian language name IS the Russian adjective (датский), the Kazakh one's first
    word the attribute (дат of «дат тілі»), the English one the demonym (Danish)."""
    language = get_official_languages(territory)[0]
    for lang in ("ru", "kk", "en"):
        word = Locale.parse(lang).languages[language].split()[0].lower()
        assert word in names.place_adjectives((Locale.parse(lang).territories[territory],), lang)


@pytest.mark.parametrize("country", ["Австрия", "Боливия", "Гвинея", "Румыния"])
def test_russian_adjective_made_of_a_country_is_a_word_pymorphy3_knows(country: str) -> None:
    made = names.place_adjectives((country,), "ru")
    assert any(russian.analyzer().word_is_known(adjective) for adjective in made), made


# --- an adjective names its place: no finding; another place's adjective: an error ---------

DELEGATION = {
    "en": "A Namibian delegation of 12 mining engineers arrived in Pavlodar yesterday.",
    "ru": "Вчера в Павлодар прибыла намибийская делегация из 12 горных инженеров.",
    "kk": "Кеше Павлодарға 12 тау-кен инженерінен тұратын намибиялық делегация келді.",
}


def test_the_russian_ija_adjective_names_its_country_in_any_case() -> None:
    assert _names(DELEGATION) == []
    for case in ("намибийской делегации", "намибийскую делегацию"):
        moved = edited(DELEGATION, "ru", "прибыла намибийская делегация", f"встретили {case}")
        assert not _flags(moved, "ru"), _names(moved)
    swapped = edited(DELEGATION, "ru", "намибийская", "боливийская")
    assert _flags(swapped, "ru"), _names(swapped)


ENGINEERS = {
    "en": "Danish wind engineers presented the Ereymentau project in Astana.",
    "ru": "Датские инженеры-ветроэнергетики представили в Астане проект «Ерейментау».",
    "kk": "Дат жел энергетикасы инженерлері Астанада «Ерейментау» жобасын таныстырды.",
}


def test_the_kazakh_word_of_a_countrys_language_names_the_country() -> None:
    """«дат» of CLDR's «дат тілі» is the Danish of Danish engineers: no version lacks Denmark."""
    assert not _flags(ENGINEERS, "kk"), _names(ENGINEERS)
    swapped = edited(ENGINEERS, "kk", "Дат жел", "Венгр жел")
    assert _flags(swapped, "kk"), _names(swapped)


# --- the land around a place: при- + the name + -ье ----------------------------------------

SHORE = {
    "en": "The Balkhash Region Fisheries project received 300 million tenge in Almaty on Monday.",
    "ru": "Проект «Рыбное хозяйство Прибалхашья» получил 300 млн тенге в Алматы в понедельник.",
    "kk": "«Балқаш өңірінің балық шаруашылығы» жобасы дүйсенбіде Алматыда 300 млн теңге алды.",
}


def test_the_russian_land_around_a_place_names_the_place() -> None:
    for form in ("Прибалхашье", "Прибалхашья", "Прибалхашьем"):
        assert names.place_id(form, "ru") == names.place_id("Балхаш", "ru") is not None
    assert names.place_id("Приятель", "ru") is None and names.place_id("Приморье", "ru") is None
    assert not _flags(SHORE, "ru"), _names(SHORE)
    swapped = edited(SHORE, "ru", "Прибалхашья", "Приаралья")
    assert _flags(swapped, "ru"), _names(swapped)


# --- a place's name is matched whole ------------------------------------------------------

VISIT = {
    "en": "Director Jordana Ruiz of the Spanish olive exporters visited Taraz on Monday.",
    "ru": "В понедельник директор испанских экспортёров оливок Хордана Руис посетила Тараз.",
    "kk": "Дүйсенбіде испаниялық зәйтүн экспорттаушыларының директоры Хордана Руис Таразға барды.",
}


def test_a_given_name_is_no_country_misspelt() -> None:
    """Jordana of Jordana Ruiz (Хордана) is a person's name beside her surname, not Jordan misspelt;
    the country misspelt beside ordinary words (the Ambassador of Jordon) is still an error."""
    assert not _flags(VISIT, "en"), _names(VISIT)
    slip = {"en": "The Ambassador of Jordon met the Director of Shalkar in Taraz.",
            "ru": "Посол Иордании встретился с директором Шалкара в Таразе.",
            "kk": "Иордания елшісі Таразда Шалқар директорымен кездесті."}
    assert _flags(slip, "en"), _names(slip)
    visit = edited(VISIT, "en", "visited Taraz", "visited Jordon")
    assert _flags(visit, "en"), _names(visit)


# --- the World is no place ----------------------------------------------------------------

CUP = {
    "en": "A stage of the Freestyle World Cup will be held in Almaty on 14 February 2027.",
    "ru": "Этап Кубка мира по фристайлу пройдёт в Алматы 14 февраля 2027 года.",
    "kk": "Фристайлдан Әлем кубогының кезеңі 2027 жылғы 14 ақпанда Алматыда өтеді.",
}


def test_the_world_of_a_world_cup_is_no_place() -> None:
    """CLDR's region 001 (World, Весь мир, Әлем) is the whole: a common word inside a name,
    which no version lacks; a town swapped beside it is still found."""
    assert names.place_id("World", "en") is None and names.place_id("Әлем", "kk") is None
    assert _names(CUP) == []
    swapped = edited(CUP, "ru", "в Алматы", "в Шымкенте")
    assert _flags(swapped, "ru"), _names(swapped)


COMMITTEE = {
    "en": "She chairs the Committee on International Relations and Emigrants in Podgorica.",
    "ru": "Она возглавляет Комитет по международным отношениям и эмигрантам в Подгорице.",
    "kk": "Ол Подгорицада Халықаралық қатынастар және эмигранттар комитетін басқарады.",
}


def test_a_lone_word_of_a_name_of_several_words_is_no_slip_of_it() -> None:
    """Emigrants is close to the Emirates of the United Arab Emirates, but no other word of that
    name stands beside it; the name misspelt beside its own words is still an error."""
    assert not _flags(COMMITTEE, "en"), _names(COMMITTEE)
    slip = {"en": "The United Arab Emirrates sent a delegation to Taraz.",
            "ru": "Объединённые Арабские Эмираты направили делегацию в Тараз.",
            "kk": "Біріккен Араб Әмірліктері Таразға делегация жіберді."}
    assert _flags(slip, "en"), _names(slip)


def test_the_language_of_several_countries_or_of_a_people_names_no_one_country() -> None:
    """Babel's language names tie no country where the word is wider than the state: a language
    several countries share (Arabic), a language of several words (Southern Sotho), a country
    named by several words (Macedonian of North Macedonia), the people of a -stan country
    (Kazakh, not Kazakhstani)."""
    for lang, form, word in (("en", "Lesotho", "southern"), ("en", "North Macedonia", "macedonian"),
                             ("en", "Kazakhstan", "kazakh"), ("kk", "Қазақстан", "қазақ"),
                             ("ru", "Египет", "арабский")):
        assert word not in names.place_adjectives((form,), lang)
