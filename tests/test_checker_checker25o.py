"""Organisations and places swapped in one version (task checker25o): a UN agency named by its
initials, which each language writes its own way (WFP, ВПП, ДАБ); a federation for an
association; a corporation of shipping for one of logistics; an airline kept in Latin letters
for another though the city of the first is named too; a town after its kind of place (the State
of Puebla) before a person's name; the last name of a list of places; a place of three words
with a title inside (Bandar Seri Begawan); "the capital of" another country, which says no
home capital; a state enterprise's name each language writes in its own words (Kazvodkhoz,
«Қазсушар»); an English institute's name that runs into its owner's.

The sentences are written here (no corpus text)."""

from __future__ import annotations

import datetime as dt

import pytest

from press.check import check_texts, recognise
from press.lang import names
from press.lang.read_organisations import find_organisations, own_name
from press.model import Entity
from tests.edits import edited

DAY = dt.date(2026, 4, 14)


def _names(texts: dict[str, str]) -> list[tuple[str, str, tuple[str, ...], str]]:
    return [(f.rule, f.severity, tuple(f.langs), f.excerpt) for f in check_texts(texts, {}, DAY).findings
            if f.rule.startswith("names.")]


def _found(texts: dict[str, str], lang: str, excerpt: str) -> bool:
    return any(rule == "names.missing" and langs == (lang,) and excerpt in found
               for rule, _, langs, found in _names(texts))


# --- a UN agency by its initials -------------------------------------------------------------

_AID = {
    "en": "Kazakhstan will deliver 500 tonnes of flour to Tajikistan through the World Food Programme "
          "(WFP) in May.",
    "ru": "Казахстан поставит Таджикистану 500 тонн муки через Всемирную продовольственную программу "
          "(ВПП) в мае.",
    "kk": "Қазақстан мамырда Тәжікстанға Дүниежүзілік азық-түлік бағдарламасы (ДАБ) арқылы 500 тонна ұн "
          "жеткізеді.",
}


def test_an_agency_and_its_initials_in_brackets_are_one_body() -> None:
    assert _names(_AID) == []
    assert _names(edited(_AID, "kk", " (ДАБ)", "", 1)) == []  # the initials left out: the same body


@pytest.mark.parametrize(("lang", "find", "replace", "excerpt"), [
    ("en", "through the World Food Programme (WFP)", "through UNICEF", "UNICEF"),
    ("ru", "через Всемирную продовольственную программу (ВПП)", "через ЮНИСЕФ", "ЮНИСЕФ"),
    ("ru", "Всемирную продовольственную программу (ВПП)", "Программу развития ООН", "Программу развития"),
])
def test_another_agency_in_one_version_is_a_swap(lang: str, find: str, replace: str, excerpt: str) -> None:
    assert _found(edited(_AID, lang, find, replace, 1), lang, excerpt)


@pytest.mark.parametrize(("text", "lang", "head", "fields", "count"), [
    ("UNICEF and WHO", "en", "fund", ("children",), 2),
    ("ЮНИСЕФ и ВОЗ", "ru", "fund", ("children",), 2),
    ("ДДСҰ мен ЮНЕСКО", "kk", "organisation", ("health",), 2),
    ("the United Nations Development Programme (UNDP) office", "en", "programme", ("development",), 1),
])
def test_initials_of_agencies_are_read(text: str, lang: str, head: str, fields: tuple[str, ...],
                                       count: int) -> None:
    found = find_organisations(text, lang)
    assert (found[0].head, found[0].fields) == (head, fields)
    assert len(found) == count  # initials in brackets after the name: the name once more


# --- a federation, a corporation of logistics ------------------------------------------------

_CLIMB = {
    "en": "The Mountaineering Association of Kyrgyzstan will host ten Kazakh climbers in Bishkek in July, "
          "and Uzbekistan's National Logistics Corporation will carry their equipment.",
    "ru": "Ассоциация альпинизма Кыргызстана примет в Бишкеке в июле десять казахстанских альпинистов, а "
          "Национальная логистическая корпорация Узбекистана доставит их снаряжение.",
    "kk": "Қырғызстан альпинизм қауымдастығы шілдеде Бішкекте он қазақстандық альпинисті қабылдайды, ал "
          "Өзбекстанның Ұлттық логистикалық корпорациясы олардың жабдығын жеткізеді.",
}


def test_the_bodies_named_alike_are_no_swap() -> None:
    assert _names(_CLIMB) == []


@pytest.mark.parametrize(("lang", "find", "replace", "excerpt"), [
    ("ru", "Ассоциация альпинизма", "Федерация альпинизма", "Федерация альпинизма"),
    ("kk", "альпинизм қауымдастығы", "альпинизм федерациясы", "федерациясы"),
    ("ru", "Национальная логистическая корпорация", "Национальная судоходная корпорация", "судоходная"),
])
def test_another_kind_or_trade_of_body_is_a_swap(lang: str, find: str, replace: str, excerpt: str) -> None:
    assert _found(edited(_CLIMB, lang, find, replace, 1), lang, excerpt)


def test_the_russian_federation_is_a_state_no_federation() -> None:
    assert find_organisations("делегация Российской Федерации", "ru") == ()
    assert find_organisations("Ресей Федерациясының делегациясы", "kk") == ()


# --- an airline in Latin letters, its city named too ----------------------------------------

_FLIGHT = {
    "en": "Air Astana will open a flight from Astana to Antalya on 2 June, and a programme of SkyRoute "
          "will train its pilots through the United Nations Development Programme.",
    "ru": "Авиакомпания Air Astana 2 июня откроет рейс из Астаны в Анталью, а программа SkyRoute "
          "подготовит ее пилотов через Программу развития ООН.",
    "kk": "Air Astana әуе компаниясы 2 маусымда Астанадан Анталияға рейс ашады, ал SkyRoute "
          "бағдарламасы БҰҰ Даму бағдарламасы арқылы оның ұшқыштарын даярлайды.",
}


def test_an_airline_and_its_city_named_alike_are_no_swap() -> None:
    assert _names(_FLIGHT) == []


@pytest.mark.parametrize(("lang", "find", "replace", "excerpt"), [
    ("ru", "Авиакомпания Air Astana", "Авиакомпания FlyArystan", "FlyArystan"),  # Астаны: the city
    ("en", "a flight from Astana", "a flight from Shymkent", "Shymkent"),  # not the Astana of Air Astana
    ("ru", "через Программу развития ООН", "через Детский фонд ООН", "Детский фонд"),  # программа SkyRoute
])
def test_an_airline_city_or_fund_swapped_is_reported(lang: str, find: str, replace: str,
                                                     excerpt: str) -> None:
    assert _found(edited(_FLIGHT, lang, find, replace, 1), lang, excerpt)


def test_a_registered_city_inside_the_airline_s_name_is_the_airline_s() -> None:
    astana = Entity("astana", "place", {"en": ["Astana"], "ru": ["Астана"], "kk": ["Астана"]})
    texts = edited(_FLIGHT, "en", "a flight from Astana", "a flight from Shymkent", 1)
    report = check_texts(texts, {"astana": astana}, DAY)
    found = [(f.rule, tuple(f.langs), f.excerpt) for f in report.findings]
    assert ("names.missing", ("en",), "Shymkent") in found


# --- places -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "place"), [
    ("the Secretary of Tourism of the State of Puebla Maria Lopez Garcia said", "en", "G:Puebla"),
    ("министр туризма штата Пуэбла Мария Лопес Гарсия заявила", "ru", "G:Puebla"),
    ("the fair opens in Bandar Seri Begawan on Monday", "en", "G:Bandar Seri Begawan"),
])
def test_a_town_after_its_kind_or_with_a_title_inside_is_the_town(text: str, lang: str, place: str) -> None:
    assert place in {w.place for m in recognise.find_names(text, lang) for w in m.words}


def test_the_last_name_of_a_list_of_places_is_a_place() -> None:
    text = "Мектептер Дили, Ликиса және Викеке муниципалитеттерінде жөнделеді."
    assert "Викеке" in [m.text for m in recognise.find_names(text, "kk")]
    assert "Ұлттық" not in [m.text for m in recognise.find_names("Алматы, Астана және Ұлттық банк", "kk")]


def test_another_country_s_capital_says_no_home_capital() -> None:
    assert not names.home_implied("C:Astana", "to Vientiane, the capital of Laos", "en", swapped=True)
    assert not names.home_implied("C:Astana", "рейс во Вьентьян – столицу Лаоса", "ru", swapped=True)
    assert names.home_implied("C:Astana", "a flight from the capital to Vientiane", "en", swapped=True)
    assert names.home_implied("C:Astana", "в столице Лаос откроет посольство", "ru", swapped=True)
    assert names.home_implied("T:KZ", "Биыл елордада Лаостың елшілігі ашылады", "kk")  # the owner goes first


@pytest.mark.parametrize(("word", "lang"), [("Мальдивте", "kk"), ("Мальдив", "kk"), ("Мальдивской", "ru")])
def test_the_maldives_by_their_state_names(word: str, lang: str) -> None:
    assert names.place_id(word, lang) == "T:MV"


# --- a body's own name in each language's words; a name that runs into its owner's -----------

def test_a_state_enterprise_by_its_own_name_in_each_language() -> None:
    assert own_name("Қазсушардың", "kk") == own_name("Казводхозом", "ru") == own_name("Kazvodkhoz", "en")
    assert own_name("Қазгидромет", "kk") is None
    texts = {"en": "A memorandum was signed between Kazvodkhoz and the Water Institute of Tajikistan.",
             "ru": "Меморандум подписали «Казводхоз» и Институт водных проблем Таджикистана.",
             "kk": "Меморандумға «Қазсушар» мен Тәжікстанның Су проблемалары институты қол қойды."}
    assert _names(texts) == []


def test_an_institute_s_name_ends_where_its_owner_s_begins() -> None:
    found = find_organisations("the Soil Research Institute of the National Agrarian Research Centre", "en")
    assert [(o.text, o.head) for o in found] == [("Soil Research Institute", "institute"),
                                                 ("National Agrarian Research Centre", "centre")]
    assert found[0].fields == ("science",)
    agency = find_organisations("the Financial Monitoring Agency", "en")[0]
    assert set(agency.fields) == {"finance", "monitoring"}


def test_a_kazakh_field_with_its_final_consonant_voiced() -> None:
    found = find_organisations("Көлік қауіпсіздігі жөніндегі ұлттық орталығы ашылды", "kk")
    assert set(found[0].fields) == {"transport", "security"}


def test_a_name_listed_before_another_body_keeps_its_own_words() -> None:
    found = find_organisations("the Kuwait Fund for Development and the Arab Center for Water Studies", "en")
    assert [(o.text, o.fields) for o in found][0] == ("Kuwait Fund for Development", ("development",))


def test_a_company_kept_in_latin_letters_with_its_head_is_no_body_of_that_head() -> None:
    texts = {"en": "Marubeni Corporation and the Japan Foundation supported the exhibition in Almaty.",
             "ru": "Корпорация Marubeni и Японский фонд поддержали выставку в Алматы.",
             "kk": "Marubeni корпорациясы мен Жапония қоры Алматыдағы көрмені қолдады."}
    assert _names(texts) == []
