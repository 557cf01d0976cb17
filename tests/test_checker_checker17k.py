"""Kazakh officials' full names and Kazakh exonyms across the three versions (issue 12, helper
checker17k). Own sentences, not the corpora's, in both directions: the Kazakh spelling of a
name (a patronymic only in Kazakh, the ы Kazakh writes after a glide у that Russian drops,
Бауыржан/Бауржан) and the Kazakh spelling of a foreign city (a vowel before an opening
cluster and н before б: Ыстанбұл for Стамбул) are clean; another surname, another given name,
another city are still errors.

In-process: plain texts through `check_texts` with no register (`press check --text`, no glossary).
"""

from __future__ import annotations

import datetime as dt

import pytest

from press.check import check_texts
from press.lang import kazakh
from tests.edits import edited

DAY = dt.date(2026, 12, 1)


def _names(texts: dict[str, str]) -> list[tuple[str, list[str]]]:
    """(rule, langs) of the error-level names findings on *texts*."""
    return [(f.rule, f.langs) for f in check_texts(texts, {}, DAY).findings
            if f.rule.startswith("names.") and f.severity == "error"]


_DEPUTY = {
    "en": "Deputy Minister Daniyar Sarsenbayev received the Ambassador of Japan in Astana on Tuesday.",
    "ru": "Во вторник заместитель министра Данияр Сарсенбаев принял в Астане посла Японии.",
    "kk": "Сейсенбі күні министрдің орынбасары Данияр Ержанұлы Сәрсенбаев Астанада Жапония елшісін "
          "қабылдады.",
}

_FATHER_NAMED = {
    "en": "Deputy Minister Nurlan Sarsenov opened the forum. Deputy Akim Yerzhan Tulegenov presented "
          "the projects of the region.",
    "ru": "Форум открыл заместитель министра Нурлан Ержанович Сарсенов. Заместитель акима Ержан "
          "Тулегенов представил проекты региона.",
    "kk": "Форумды министр орынбасары Нұрлан Ержанұлы Сәрсенов ашты. Әкімнің орынбасары Ержан "
          "Төлегенов өңір жобаларын таныстырды.",
}
"""A patronymic (Ержанұлы) whose root is another person's given name (Ержан Төлегенов)."""

_AMBASSADOR = {
    "en": "Ambassador Baurzhan Mukanov handed a letter of the Minister to the Foreign Minister of Oman.",
    "ru": "Посол Бауржан Муканов передал письмо министра министру иностранных дел Омана.",
    "kk": "Елші Бауыржан Мұқанов министрдің хатын Оман Сыртқы істер министріне табыстады.",
}

_AMBASSADOR_GENITIVE = {
    "en": "The report of Ambassador Baurzhan Mukanov was heard at the board of the Ministry.",
    "ru": "На коллегии министерства был заслушан доклад посла Бауржана Муканова.",
    "kk": "Министрлік алқасында Елші Бауыржан Мұқановтың баяндамасы тыңдалды.",
}

_CONSUL = {
    "en": "The Consul General met students from Kazakhstan in Istanbul and invited them to a concert.",
    "ru": "Генеральный консул встретился в Стамбуле со студентами из Казахстана и пригласил их на концерт.",
    "kk": "Бас консул Ыстанбұлда Қазақстаннан келген студенттермен кездесіп, оларды концертке шақырды.",
}


@pytest.mark.parametrize("texts", [_DEPUTY, _FATHER_NAMED, _AMBASSADOR, _AMBASSADOR_GENITIVE, _CONSUL])
def test_the_kazakh_spelling_of_a_name_or_a_city_is_clean(texts: dict[str, str]) -> None:
    assert _names(texts) == []


@pytest.mark.parametrize(("texts", "lang", "old", "new"), [
    (_DEPUTY, "kk", "Сәрсенбаев", "Сәрсенбеков"),  # another surname after the patronymic
    (_DEPUTY, "kk", "Данияр Ержанұлы", "Дәурен Ержанұлы"),
    (_AMBASSADOR, "kk", "Бауыржан", "Бақытжан"),
    (_FATHER_NAMED, "kk", "Ержанұлы Сәрсенов", "Ержанұлы Сәрсенбеков"),  # another given name
    (_AMBASSADOR, "kk", "Мұқанов", "Мұқашев"),  # another surname
    (_CONSUL, "kk", "Ыстанбұлда", "Анкарада"),  # another city
    (_CONSUL, "ru", "в Стамбуле", "в Анкаре"),
])
def test_another_name_or_city_is_still_an_error(texts: dict[str, str], lang: str, old: str, new: str) -> None:
    found = _names(edited(texts, lang, old, new, 1))
    assert any(lang in langs for _, langs in found), found


@pytest.mark.parametrize(("kazakh_form", "russian_form", "same"), [
    ("Бауыржан", "Бауржан", True), ("Сауытбек", "Саутбек", True), ("Тәуірбек", "Таурбек", True),
    ("Бауыржан", "Бауржн", False), ("Қасымов", "Касмов", False),  # ы between consonants is written
])
def test_the_glide_vowel_russian_drops(kazakh_form: str, russian_form: str, same: bool) -> None:
    assert kazakh.russian_spelling_of(kazakh_form, russian_form) is same


def test_kazakh_prothesis_keys() -> None:
    assert "стамбұл" in kazakh.foreign_place_keys("ыстанбұл")
    assert kazakh.foreign_place_keys("ыдырыс") == ("ыдырыс",)  # no cluster after the vowel
