"""Names RECALL (issue 12, helper checker13c): a city the gazetteer lacks swapped in one version,
a Korean or Chinese surname swapped, a person swapped where the others repeat them — each class
with sentences written here (not the corpus's), in both directions: the error is found at error
level, the harmless text is not flagged.

All in-process: plain texts through `check_texts` with no register (as `press check --text`
with no glossary reads them).
"""

from __future__ import annotations

import datetime as dt

from press.lang import names
from press.lang.names import SAME, NameWord
from tests.edits import edited, name_error_in, name_errors

DAY = dt.date(2026, 10, 12)


# --- a place the gazetteer lacks, in a list with a known city ------------------------------------

_CHARTER = {
    "en": "The airline will open a seasonal route between Trinidad and Almaty next spring.",
    "ru": "Следующей весной авиакомпания откроет сезонный рейс между Тринидадом и Алматы.",
    "kk": "Келесі көктемде әуекомпания Тринидад пен Алматы арасында маусымдық рейс ашады.",
}


def test_a_listed_place_the_gazetteer_lacks_is_clean() -> None:
    assert name_errors(_CHARTER) == []


def test_a_listed_place_swapped_in_russian_is_found() -> None:
    swapped = edited(_CHARTER, "ru", "между Тринидадом и Алматы", "между Камагуэем и Алматы")
    assert name_error_in(swapped, "ru"), name_errors(swapped)


def test_a_listed_place_swapped_in_english_is_found() -> None:
    swapped = edited(_CHARTER, "en", "between Trinidad and Almaty", "between Holguin and Almaty")
    assert name_error_in(swapped, "en"), name_errors(swapped)


# --- a Korean place in the Revised Romanisation against Kontsevich's transcription ---------------

def test_a_korean_place_name_reads_as_transcribed() -> None:
    for latin, cyrillic, lang in (("Hwaseong", "Хвасоне", "ru"), ("Cheongju", "Чхонджу", "ru"),
                                  ("Gimhae", "Кимхэде", "kk"), ("Yeosu", "Ёсу", "ru")):
        verdict = names.compare_words(NameWord(latin, "en", 0, 0, None), NameWord(cyrillic, lang, 0, 0, None))
        assert verdict.status == SAME, (latin, cyrillic, verdict)
    other = names.compare_words(NameWord("Hwaseong", "en", 0, 0, None), NameWord("Сувоне", "ru", 0, 0, None))
    assert other.status != SAME


_FACTORIES = {
    "en": "Kazakh workers are employed at factories in Ansan, Hwaseong and Gimhae.",
    "ru": "Казахстанские работники трудятся на предприятиях в Ансане, Хвасоне и Кимхэ.",
    "kk": "Қазақстандық жұмысшылар Ансанда, Хвасонда және Кимхэде кәсіпорындарда еңбек етеді.",
}


def test_korean_cities_are_clean() -> None:
    assert name_errors(_FACTORIES) == []


def test_a_korean_city_swapped_in_russian_is_found() -> None:
    swapped = edited(_FACTORIES, "ru", "Хвасоне", "Чханвоне")
    assert name_error_in(swapped, "ru"), name_errors(swapped)


# --- a hyphenated Cyrillic place against two Latin words ------------------------------------------

_CAMPUS = {
    "en": "The students will spend a semester at the campus in Kota Kinabalu.",
    "ru": "Студенты проведут семестр в кампусе в Кота-Кинабалу.",
    "kk": "Студенттер Кота-Кинабалудағы кампуста бір семестр өткізеді.",
}


def test_a_hyphenated_place_against_two_words_is_clean() -> None:
    assert name_errors(_CAMPUS) == []


def test_a_hyphenated_place_dropped_for_another_is_found() -> None:
    swapped = edited(_CAMPUS, "ru", "в Кота-Кинабалу", "в Кучинге")
    assert name_error_in(swapped, "ru"), name_errors(swapped)


# --- a surname-first name with another surname ---------------------------------------------------

_CURATOR = {
    "en": "The exhibition was opened by the Korean curator Choi Min-jun, who thanked the museum.",
    "ru": "Выставку открыл корейский куратор Чхве Мин Джун, который поблагодарил музей.",
    "kk": "Көрмені корей кураторы Чхве Мин Джун ашып, музейге алғыс айтты.",
}


def test_a_korean_name_is_clean() -> None:
    assert name_errors(_CURATOR) == []


def test_a_korean_surname_swapped_in_english_is_found() -> None:
    swapped = edited(_CURATOR, "en", "Choi Min-jun", "Jung Min-jun")
    assert ("names.spelling", ["en"], "Jung Min-jun") in name_errors(swapped)


def test_a_korean_surname_swapped_in_kazakh_is_found() -> None:
    swapped = edited(_CURATOR, "kk", "Чхве Мин Джун", "Хан Мин Джун")
    assert name_error_in(swapped, "kk"), name_errors(swapped)


# --- a person the others repeat, swapped in one version -------------------------------------------

_TALKS = {
    "en": "Ambassador Nurlan Seitkali met the Vice Minister of Trade Cho Hyun-woo in Seoul. "
          "Vice Minister Cho Hyun-woo welcomed the proposal.",
    "ru": "Посол Нурлан Сейткали встретился с заместителем министра торговли Чо Хён У в Сеуле. "
          "Заместитель министра Чо Хён У приветствовал предложение.",
    "kk": "Елші Нұрлан Сейтқали Сеулде сауда вице-министрі Чо Хён Умен кездесті. "
          "Вице-министр Чо Хён У ұсынысты құптады.",
}


def test_a_repeated_korean_name_is_clean() -> None:
    assert name_errors(_TALKS) == []


def test_a_repeated_person_swapped_once_is_found() -> None:
    swapped = edited(_TALKS, "en", "Vice Minister Cho Hyun-woo welcomed",
                      "Vice Minister Yoon Sang-hoon welcomed")
    assert name_error_in(swapped, "en"), name_errors(swapped)


# --- a company by its initials: Latin initials of three letters, a Cyrillic acronym ---------------

_SMELTER = {
    "en": "The smelter will be financed by the Kazakh company ERG and completed in 2028.",
    "ru": "Завод будет профинансирован казахстанской компанией ERG и достроен в 2028 году.",
    "kk": "Зауытты қазақстандық ERG компаниясы қаржыландырады, ол 2028 жылы салынып бітеді.",
}


def test_three_latin_initials_are_clean() -> None:
    assert name_errors(_SMELTER) == []


def test_three_latin_initials_swapped_in_english_are_found() -> None:
    swapped = edited(_SMELTER, "en", "company ERG", "company Kazzinc")
    assert name_error_in(swapped, "en"), name_errors(swapped)


_TERMINAL = {
    "en": "This year Kazakhstan Temir Zholy will modernise its container terminal at the port.",
    "ru": "В этом году КТЖ модернизирует свой контейнерный терминал в порту.",
    "kk": "Биыл ҚТЖ порттағы өз контейнер терминалын жаңғыртады.",
}


def test_an_acronym_against_the_full_name_is_clean() -> None:
    assert name_errors(_TERMINAL) == []


def test_a_body_named_by_initials_swapped_in_english_is_found() -> None:
    swapped = edited(_TERMINAL, "en", "Kazakhstan Temir Zholy", "Baiterek")
    assert name_error_in(swapped, "en"), name_errors(swapped)
