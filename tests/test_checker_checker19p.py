"""A place by its kind (task checker19p): a name a place-kind noun governs is a place's, known
to a gazetteer or not, and a place of one kind that one version names otherwise is a swap.

The sentences are written here (no corpus text); Russian word forms come from pymorphy3's
`inflect`, an oracle independent of press.lang."""

from __future__ import annotations

import datetime as dt

import pytest

from press.check import check_texts
from press.lang.kind_places import kind_places, place_keys
from tests.edits import edited

DAY = dt.date(2026, 3, 14)
_EN = ("Astana, 14 March 2026 – Deputy Minister Yerlan Sadykov visited the Shieli district of Kyzylorda "
       "region, where a new irrigation canal was opened near the village of Akzhar. Grain from the district "
       "will be shipped through the port of Kuryk.")
_RU = ("Астана, 14 марта 2026 года – Заместитель министра Ерлан Садыков посетил Шиелийский район "
       "Кызылординской области, где у села Акжар открыт новый оросительный канал. Зерно района будут "
       "отгружать через порт Курык.")
_KK = ("Астана, 2026 жылғы 14 наурыз – Министрдің орынбасары Ерлан Садықов Қызылорда облысы Шиелі ауданында "
       "болды, онда Ақжар ауылының маңында жаңа суару каналы ашылды. Аудан астығы Құрық порты арқылы "
       "жөнелтіледі.")
_TEXTS = {"en": _EN, "ru": _RU, "kk": _KK}


def _names(texts: dict[str, str]) -> list[tuple[str, str, tuple[str, ...], str]]:
    return [(f.rule, f.severity, tuple(f.langs), f.excerpt) for f in check_texts(texts, {}, DAY).findings
            if f.rule.startswith("names.")]


def _swapped(lang: str, find: str, replace: str) -> dict[str, str]:
    return edited(_TEXTS, lang, find, replace, 1)


def test_the_clean_release_names_every_place_alike() -> None:
    assert _names(_TEXTS) == []


@pytest.mark.parametrize(("lang", "find", "replace", "excerpt"), [
    ("ru", "Шиелийский район", "Жалагашский район", "Жалагашский"),  # an adjective made from the name
    ("kk", "Ақжар ауылының", "Көктал ауылының", "Көктал"),  # the bare name before its kind noun
    ("ru", "порт Курык", "порт Баутино", "Баутино"),  # the kind noun before the name
    ("en", "the port of Kuryk", "the port of Bautino", "Bautino"),
    ("en", "the village of Akzhar", "the village of Koktal", "Koktal"),
])
def test_a_place_of_the_same_kind_named_otherwise_is_a_swap(lang: str, find: str, replace: str,
                                                            excerpt: str) -> None:
    found = _names(_swapped(lang, find, replace))
    assert ("names.missing", "error", (lang,), excerpt) in found
    assert len([f for f in found if f[2] == (lang,)]) == 1  # once, not per version that lacks it


@pytest.mark.parametrize(("lang", "find", "replace"), [
    ("ru", "у села Акжар", "у посёлка Акжар"),  # another noun of the same kind
    ("en", "the port of Kuryk", "Kuryk port"),  # another word order
    ("en", "near the village of Akzhar", "near Akzhar"),  # no kind noun at all
    ("kk", "Құрық порты арқылы", "Құрық арқылы"),
])
def test_the_same_place_by_another_word_is_no_swap(lang: str, find: str, replace: str) -> None:
    assert _names(_swapped(lang, find, replace)) == []


def test_a_place_said_once_only_as_an_adjective_is_still_said_twice() -> None:
    """kk «таразлық» (of Taraz) states the place; the version naming another town swapped it."""
    texts = {"en": "Chef Aidar Nurov from Taraz will cook at the festival in Madrid.",
             "ru": "Шеф-повар Айдар Нуров из Тараза приготовит блюда на фестивале в Мадриде.",
             "kk": "Мадридтегі фестивальде таразлық шеф-повар Айдар Нұров тағам әзірлейді."}
    assert _names(texts) == []
    swapped = edited(texts, "en", "from Taraz", "from Turkistan")
    assert ("names.missing", "error", ("en",), "Turkistan") in _names(swapped)


@pytest.mark.parametrize("adjective", ["шиелийский", "жалагашский", "тайыншинский", "карагандинский"])
@pytest.mark.parametrize("case", ["nomn", "gent", "datv", "ablt", "loct"])
def test_a_russian_place_adjective_in_every_case_names_a_district(adjective: str, case: str) -> None:
    from press.lang import russian

    analyzer = russian.analyzer()
    adj = analyzer.parse(adjective)[0].inflect({case, "masc", "sing"}).word
    noun = analyzer.parse("район")[0].inflect({case, "sing"}).word
    text = f"Делегация говорила о {adj.capitalize()} {noun} и его людях."
    found = kind_places(text, "ru")
    assert [(p.kind, p.name) for p in found] == [("district", adj.capitalize())]
    assert adjective.removesuffix("ский").removesuffix("инский").capitalize()[:5] in " ".join(
        place_keys(found[0].name, "ru", adjective=True))


def test_the_noun_a_russian_adjective_is_made_from() -> None:
    assert "Тайынша" in place_keys("Тайыншинского", "ru", adjective=True)
    assert "Алматы" in place_keys("Алматинской", "ru", adjective=True)
    assert "Шиели" in place_keys("Шиелийском", "ru", adjective=True)
    assert "Мамлютка" in place_keys("Мамлютского", "ru", adjective=True)


@pytest.mark.parametrize(("text", "lang"), [
    ("Студенты Карагандинского университета приехали в Астану.", "ru"),
    ("The guests toured the Qaragandy Pharm plant.", "en"),
    ("Қонақтар «Qaragandy Pharm» зауытымен танысады.", "kk"),
    ("The Irish port and the Kazakh village are twinned.", "en"),
    ("Стороны подготовят инженеров в области ИИ и в области IT.", "ru"),
])
def test_an_organisation_or_a_people_named_after_a_place_is_no_place(text: str, lang: str) -> None:
    assert kind_places(text, lang) == ()


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Delegates visited the Taiynsha District and Lake Balkhash.", "en",
     [("district", "Taiynsha"), ("lake", "Balkhash")]),
    ("М.Радулович-Перович Бар порты дайын екенін айтты.", "kk", [("port", "Бар")]),
    ("Делегация посетила месторождение Кашаган и станцию Достык.", "ru",
     [("field", "Кашаган"), ("station", "Достык")]),
    ("Қонақтар кеше Абай көшесінде, Мәңгілік Ел даңғылында болды.", "kk",
     [("street", "Абай"), ("avenue", "Мәңгілік Ел")]),
])
def test_each_language_s_word_order(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.kind, p.name) for p in kind_places(text, lang)] == expected


def test_a_sentence_s_first_word_before_a_kind_place_is_no_part_of_its_name() -> None:
    from press.check.recognise import find_names

    found = find_names("Қонақтар Абай көшесінде болды.", "kk")
    assert [(m.text, m.kind) for m in found] == [("Абай", "street")]
    found = find_names("Delegates then went to the port of Bar.", "en")
    assert [(m.text, m.kind) for m in found] == [("Bar", "port")]
    found = find_names("Осло, 14 мамыр – Кеше Осло қаласында форум өтті.", "kk")
    assert [(m.text, m.kind) for m in found] == [("Осло", ""), ("Осло", "town")]
    assert [(p.kind, p.name) for p in kind_places("Ships call at the Klaipėda Free Port.", "en")] \
        == [("port", "Klaipėda")]
    assert kind_places("The embassy is on Independence Avenue.", "en") == ()


def test_a_street_one_version_leaves_out_is_missing() -> None:
    """A kind-place no gazetteer knows, dropped from one version: the missing-name rule says so
    (the kind noun makes it somewhere, as a title makes a name someone)."""
    texts = {"en": "The new consulate opened on Syganak Street next to the park on 14 March.",
             "ru": "Новое консульство открылось 14 марта на улице Сыганак рядом с парком.",
             "kk": "Жаңа консулдық 14 наурызда Сығанақ көшесінде саябақтың жанында ашылды."}
    assert _names(texts) == []
    dropped = {**texts, "kk": "Жаңа консулдық 14 наурызда саябақтың жанында ашылды."}
    assert _names(dropped) == [("names.missing", "error", ("kk",), "Syganak")]


def test_an_initial_after_a_kind_noun_is_no_place() -> None:
    """«областей М. Айтенову»: the akim's initial, not a region named М."""
    found = kind_places("Выговоры объявлены акимам Атырауской областей М. Айтенову и Sh.Oralov.", "ru")
    assert [(p.kind, p.name) for p in found] == [("region", "Атырауской")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Команда Англияның Ливерпуль қаласында ойнайды.", "kk", [("town", "Ливерпуль")]),
    ("Кеше Иранның Горган қаласында кездесу өтті.", "kk", [("town", "Горган")]),
    ("Kazakhstan’s regions and the city of Shymkent took part.", "en", [("town", "Shymkent")]),
])
def test_an_owner_or_a_country_before_a_kind_noun_is_no_part_of_the_name(
        text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.kind, p.name) for p in kind_places(text, lang)] == expected
