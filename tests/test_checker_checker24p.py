"""Kazakhstan's districts by their official names (task checker24p): a district or town named in
one version and another of the same kind in its stead in another version is a swap, though the
swapped-in name is a common word elsewhere (тайынша, a heifer; жақсы, good; май, May) and opens
the sentence; a district named with and without its kind noun, or by its Russian adjective, is
the same district.

The sentences are written here (no corpus text)."""

from __future__ import annotations

import datetime as dt

import pytest

from press.check import check_texts
from press.lang import kind_places, names
from tests.edits import edited

DAY = dt.date(2026, 5, 20)
_EN = ("Petropavl, 20 May 2026 – Akim of North Kazakhstan Region Gauez Nurmukhambetov visited the "
       "Aiyrtau and Akkaiyn districts, where two new grain elevators with a capacity of 40,000 tonnes were "
       "opened. Farmers of Aiyrtau District will ship wheat to Uzbekistan through the Maktaaral cotton and "
       "grain terminal.")
_RU = ("Петропавловск, 20 мая 2026 года – Аким Северо-Казахстанской области Гауез Нурмухамбетов посетил "
       "Айыртауский и Аккайынский районы, где открыты два новых элеватора вместимостью 40 тысяч тонн. "
       "Фермеры Айыртауского района будут отгружать пшеницу в Узбекистан через Мактааральский хлопковый "
       "и зерновой терминал.")
_KK = ("Петропавл, 2026 жылғы 20 мамыр – Солтүстік Қазақстан облысының әкімі Ғауез Нұрмұхамбетов Айыртау "
       "және Аққайың аудандарында болып, сыйымдылығы 40 мың тонна болатын екі жаңа элеватор ашылды. Айыртау "
       "ауданының фермерлері бидайды Өзбекстанға Мақтаарал мақта және астық терминалы арқылы жөнелтеді.")
_TEXTS = {"en": _EN, "ru": _RU, "kk": _KK}


def _names(texts: dict[str, str]) -> list[tuple[str, str, tuple[str, ...], str]]:
    return [(f.rule, f.severity, tuple(f.langs), f.excerpt) for f in check_texts(texts, {}, DAY).findings
            if f.rule.startswith("names.")]


def test_the_clean_text_names_every_district_alike() -> None:
    assert _names(_TEXTS) == []


@pytest.mark.parametrize(("lang", "find", "replace", "excerpt"), [
    ("kk", "Айыртау және Аққайың", "Айыртау және Тайынша", "Тайынша"),  # a heifer too: a district here
    ("kk", "Айыртау ауданының", "Тайынша ауданының", "Тайынша"),  # opening the sentence, one of two
    ("en", "Aiyrtau District", "Zhaksy District", "Zhaksy"),  # "good" in Kazakh
    ("ru", "Айыртауского района", "Майского района", "Майского"),  # of May
    ("ru", "Мактааральский хлопковый", "Сайрамский хлопковый", "Сайрамский"),  # no kind noun: the gazetteer
])
def test_a_district_swapped_for_another_is_reported(lang: str, find: str, replace: str, excerpt: str) -> None:
    found = _names(edited(_TEXTS, lang, find, replace, 1))
    assert ("names.missing", "error", (lang,), excerpt) in found


@pytest.mark.parametrize(("lang", "find", "replace"), [
    ("en", "Aiyrtau District", "Aiyrtau"),  # no kind noun
    ("kk", "Айыртау ауданының", "Айыртау өңірінің"),  # another noun for the district
    ("ru", "Айыртауского района", "района Айыртау"),  # the name, not the adjective
])
def test_a_district_named_otherwise_is_the_same(lang: str, find: str, replace: str) -> None:
    assert _names(edited(_TEXTS, lang, find, replace, 1)) == []


@pytest.mark.parametrize(("name", "lang", "adjective"), [
    ("Mamlyut", "en", False), ("Mamlyutka", "en", False), ("Мамлют", "kk", False),
    ("Мамлютского", "ru", True), ("Мамлютском", "ru", True),
])
def test_a_district_is_one_place_by_its_name_and_its_adjective(name: str, lang: str, adjective: bool) -> None:
    assert kind_places.known_place(name, lang, adjective) == "K:mamlyut"


def test_a_district_named_by_a_common_word_is_a_place_only_by_its_kind() -> None:
    assert kind_places.known_place("Тайыншинского", "ru", adjective=True) == "K:taiynsha"
    assert kind_places.known_place("Тайынша", "kk") == "K:taiynsha"
    assert names.place_id("Тайынша", "kk") is None  # alone, a heifer
    assert names.place_id("Май", "ru") is None  # alone, May
    assert names.place_id("Келесі", "kk") is None  # next, not Келес with a possessive ending
    assert names.place_id("Мактааральский", "ru") == "K:maktaaral"  # a district of a name of its own


def test_the_districts_file_is_well_formed() -> None:
    rows = names._place_rows(names.DISTRICTS_FILE)
    assert len(rows) > 150
    assert {reading for _, reading in rows} == {"name", "kind"}
    ids = [row[0] for row, _ in rows]
    assert len(ids) == len(set(ids))
    assert all(forms["en"] and forms["kk"] and forms["ru"] for (_, forms, _), _ in rows)


# --- organisations told apart by ordinary words of their names ---------------------------------

_ORG = {
    "en": "Aigerim Sadykova, President of the Kazakhstan Nurses Association, met students of "
          "Karaganda Medical University. Professor Petar Ivanov of the Institute of Roses and "
          "Aromatic Plants in Kazanlak gave a lecture.",
    "ru": "Президент Казахстанской ассоциации медсестер Айгерим Садыкова встретилась со студентами "
          "Карагандинского медицинского университета. Профессор Института розы и эфиромасличных "
          "культур в Казанлыке Петар Иванов прочитал лекцию.",
    "kk": "Қазақстан медбикелер қауымдастығының президенті Айгерім Садықова Қарағанды медицина "
          "университетінің студенттерімен кездесті. Қазанлықтағы Раушан және эфир майлы өсімдіктер "
          "институтының профессоры Петар Иванов дәріс оқыды.",
}


def test_the_clean_text_names_every_body_alike() -> None:
    assert _names(_ORG) == []


@pytest.mark.parametrize(("lang", "find", "replace"), [
    ("en", "Kazakhstan Nurses Association", "Kazakhstan Medical Association"),
    ("en", "Institute of Roses and Aromatic Plants", "Institute of Plant Genetic Resources"),
    ("ru", "ассоциации медсестер", "ассоциации врачей"),
])
def test_a_body_swapped_for_another_of_its_kind_is_reported(lang: str, find: str, replace: str) -> None:
    found = _names(edited(_ORG, lang, find, replace, 1))
    assert any(rule == "names.missing" and langs == (lang,) for rule, _, langs, _ in found)


_BOARDS = {
    "en": "The delegation included officials of the Kenya Sisal Board and the Kenya Cotton Board.",
    "ru": "В состав делегации вошли представители Совета по сизалю Кении и Совета по хлопку Кении.",
    "kk": "Делегация құрамында Кения сизаль кеңесі мен Кения мақта кеңесінің өкілдері бар.",
}


def test_a_board_of_one_crop_swapped_for_another_is_reported() -> None:
    assert _names(_BOARDS) == []
    found = _names(edited(_BOARDS, "ru", "Совета по сизалю", "Совета по чаю"))
    assert any(rule == "names.missing" and langs == ("ru",) for rule, _, langs, _ in found)


def test_artificial_is_no_art() -> None:
    from press.lang.read_organisations import find_organisations

    assert [o.fields for o in find_organisations("построить центр искусственного осеменения", "ru")] == [()]
    assert [o.fields for o in find_organisations("в Казахском университете искусств", "ru")] == [("art",)]


_UNIVERSITY = {
    "en": "Trade grew by 10 per cent. Professor Anna Berg of Monash University gave a lecture on irrigation.",
    "ru": "Товарооборот вырос на 10 процентов. Профессор Университета Монаша Анна Берг прочитала лекцию "
          "об орошении.",
    "kk": "Тауар айналымы 10 пайызға өсті. Монаш университетінің профессоры Анна Берг суару туралы дәріс "
          "оқыды.",
}


def test_a_university_swapped_is_reported_where_kazakh_opens_the_sentence_with_its_name() -> None:
    assert _names(_UNIVERSITY) == []
    found = _names(edited(_UNIVERSITY, "en", "Monash University", "Deakin University"))
    assert ("names.missing", "error", ("en",), "Deakin University") in found


def test_a_kazakh_surname_opening_the_sentence_before_a_head_is_no_body_name() -> None:
    from press.check.document import Para
    from press.check.slots import _own_words

    text = ("Кездесу Астанада өтті. Жұмағұлова министрлік атынан сөз сөйледі. "
            "Монаш университетінің өкілі келді.")
    assert [w.text for _, w, _ in _own_words(Para("p1", "kk", text, "x"))] == ["Монаш"]


def test_the_districts_tables_are_built_at_start_up() -> None:
    from press.check import recognise

    kind_places._kind_adjectives.cache_clear()
    recognise.warm_up()
    assert kind_places._kind_adjectives.cache_info().currsize == 1


def test_a_town_russian_reads_as_an_adjective_is_the_same_town() -> None:
    texts = {"en": "Sprayers will be assembled at an industrial site in Rudny from 2027.",
             "ru": "Сборка опрыскивателей начнется с 2027 года на промышленной площадке в Рудном.",
             "kk": "Бүріккіштер 2027 жылдан бастап Рудный қаласындағы өнеркәсіптік алаңда құрастырылады."}
    assert _names(texts) == []
