"""Misspelt Kazakh names (task checker21k): Russian spells a Kazakh name's ұ ү і ы қ several ways
(Жүніс: Жунис, Жунус), and English romanises one of them; a Russian form the English one does not
romanise, where English romanises the Kazakh form letter for letter, is a slip (en Tursynova, kk
Тұрсынова: ru Турсунова), while the Russian spelling English follows is none (en Tursunova). A
Kazakh surname that is also a Kazakh word (Тұрсын, "let it stand") is a name after a first name.

The names are made up here; the Russian forms follow the instruction on the Russian spelling of
Kazakh names (А, Ә → А; У, Ү, Ұ → У; И, І → И), the English ones ICAO Doc 9303's table, and the
Russian case forms are pymorphy3's (`inflect`), not press.lang's."""

from __future__ import annotations

import datetime as dt

import pymorphy3
import pytest

from press.check import check_texts
from press.check.recognise import find_names

DAY = dt.date(2026, 10, 14)
_MORPH = pymorphy3.MorphAnalyzer()


def _texts(en: str, ru: str, kk: str) -> dict[str, str]:
    return {"en": f"On 14 October 2026, Vice Minister {en} received the delegation in Astana.",
            "ru": f"14 октября 2026 года вице-министр {ru} принял делегацию в Астане.",
            "kk": f"2026 жылғы 14 қазанда вице-министр {kk} Астанада делегацияны қабылдады."}


def _name_errors(texts: dict[str, str]) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(f.langs), f.excerpt) for f in check_texts(texts, {}, DAY).findings
            if f.rule.startswith("names") and f.severity == "error"]


@pytest.mark.parametrize(("en", "ru", "kk"), [
    ("Saule Tursynova", "Сауле Турсунова", "Сәуле Тұрсынова"),      # ы written у after ұ
    ("Bolat Zhunisov", "Болат Жунусов", "Болат Жүнісов"),           # і written у after ү
    ("Marat Kuttybekov", "Марат Куттубеков", "Марат Құттыбеков"),    # ы written у after ұ
    ("Yerbol Kaisarov", "Ербол Кайсарув", "Ербол Қайсаров"),          # у for о, no Russian spelling
    ("Aliya Temirova", "Алия Темирува", "Әлия Темірова"),
])
def test_a_russian_spelling_english_does_not_follow_is_a_slip(en: str, ru: str, kk: str) -> None:
    found = _name_errors(_texts(en, ru, kk))
    assert any(langs == ("ru",) for langs, _ in found), found


@pytest.mark.parametrize(("en", "ru", "kk"), [
    ("Saule Tursunova", "Сауле Турсунова", "Сәуле Тұрсынова"),      # English follows the Russian form
    ("Saule Tursynova", "Сауле Турсынова", "Сәуле Тұрсынова"),      # all letter for letter
    ("Bolat Zhunusov", "Болат Жунусов", "Болат Жүнісов"),
    ("Bolat Zhunisov", "Болат Жунисов", "Болат Жүнісов"),
    ("Dana Kussainova", "Дана Кусаинова", "Дана Құсайынова"),        # йы as и, the instruction's rule
    ("Bakhyt Omarov", "Бахыт Омаров", "Бақыт Омаров"),               # қ as х, English with it
    ("Mukhtar Tileuberdi", "Мухтар Тлеуберди", "Мұхтар Тілеуберді"),  # і left out: a traditional form
    ("Aidar Satbayev", "Айдар Сатпаев", "Айдар Сәтбаев"),             # п for б after т: the same
])
def test_the_russian_spelling_english_follows_is_no_finding(en: str, ru: str, kk: str) -> None:
    assert _name_errors(_texts(en, ru, kk)) == []


@pytest.mark.parametrize(("en", "ru", "kk"), [
    ("Saule Tursunova", "Сауле Турсынова", "Сәуле Тұрсынова"),       # u for ы, which Russian writes ы
    ("Bolat Zhunusov", "Болат Жунисов", "Болат Жүнісов"),             # u for і, Russian и
])
def test_an_english_form_off_the_agreed_cyrillic_ones_is_a_slip(en: str, ru: str, kk: str) -> None:
    found = _name_errors(_texts(en, ru, kk))
    assert any(langs == ("en",) for langs, _ in found), found


@pytest.mark.parametrize("case", ["gent", "datv", "ablt"])
def test_the_case_ending_does_not_hide_the_slip(case: str) -> None:
    """The Russian slip in a case form pymorphy3 makes of the surname (Турсуновой)."""
    parse = next(p for p in _MORPH.parse("Турсунова") if "Surn" in p.tag and "femn" in p.tag)
    declined = parse.inflect({case, "sing"}).word.capitalize()
    texts = _texts("Saule Tursynova", "Сауле Турсунова", "Сәуле Тұрсынова")
    texts["ru"] = f"14 октября 2026 года делегация встретилась с вице-министром Сауле {declined} в Астане."
    assert any(langs == ("ru",) for langs, _ in _name_errors(texts))
    texts["ru"] = texts["ru"].replace(declined, declined.replace("Турсун", "Турсын"))
    assert _name_errors(texts) == []


@pytest.mark.parametrize(("text", "surname"), [
    ("Вице-министр Әлия Тұрсын делегацияны қабылдады.", "Тұрсын"),
    ("Актриса Әлмира Тұрсын көрермендермен кездесті.", "Тұрсын"),      # Ә as А: Алмира
    ("Кездесуге Айгүл Жақсы қатысты.", "Жақсы"),
])
def test_a_kazakh_word_after_a_kazakh_first_name_is_the_surname(text: str, surname: str) -> None:
    words = [w.text for m in find_names(text, "kk") for w in m.words]
    assert surname in words, words


def test_a_kazakh_surname_that_is_a_word_is_checked() -> None:
    """Әлия Тұрсын: ru Алия Турсун where en has Tursyn is found, Турсын is not."""
    found = _name_errors(_texts("Aliya Tursyn", "Алия Турсун", "Әлия Тұрсын"))
    assert any(langs == ("ru",) for langs, _ in found), found
    assert _name_errors(_texts("Aliya Tursyn", "Алия Турсын", "Әлия Тұрсын")) == []


def test_a_foreign_name_in_kazakh_is_not_read_as_a_kazakh_one() -> None:
    """Абду Фай (Senegalese, no Kazakh letter): the Kazakh rule for a surname that is a word
    does not take it, and the name is no finding."""
    texts = {"en": "On 14 October 2026, Senegal's Minister of Trade Abdou Faye visited Astana.",
             "ru": "14 октября 2026 года министр торговли Сенегала Абду Фай посетил Астану.",
             "kk": "2026 жылғы 14 қазанда Сенегалдың сауда министрі Абду Фай Астанаға келді."}
    assert _name_errors(texts) == []
