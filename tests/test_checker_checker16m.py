"""Swapped and dropped names hidden by another mention (issue 12, checker16m): a full name is
one unit (another first name before the same surname is another person), and a name one
version says in a paragraph where the others name another one is a swap even when that
version names it elsewhere too. Each class in both directions, on sentences written for
these tests, in-process through `check_texts` with no termbase (`press check --text`).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from press.check import check_texts
from press.lang import names
from press.lang.names import NameWord

DAY = dt.date(2026, 10, 14)


@cache
def _termbase() -> dict:
    """The project's termbase, which `press check --text` reads when run in the project."""
    from press.source import load_termbase

    return load_termbase(Path(__file__).resolve().parent.parent / "locales" / "termbase.yaml")


def _errors(texts: dict[str, str], prefix: str = "names", date: dt.date = DAY,
            registered: bool = False) -> list[str]:
    report = check_texts(texts, _termbase() if registered else {}, date)
    return [f"{f.rule} {f.langs} {f.excerpt}" for f in report.findings
            if f.severity == "error" and f.rule.startswith(prefix)]


def _word(text: str, lang: str) -> NameWord:
    return NameWord(text, lang, 0, len(text), names.place_id(text, lang))


def _edit(texts: dict[str, str], lang: str, old: str, new: str) -> dict[str, str]:
    assert old in texts[lang]
    return {**texts, lang: texts[lang].replace(old, new, 1)}


# --- an English broad a before l (Caldwell, Колдуэлл) ----------------------------------------

def test_broad_a_before_l_reads_as_o() -> None:
    for latin, cyrillic in (("Caldwell", "Колдуэлл"), ("Caldwell", "Колдуэллом"), ("Hall", "Холл")):
        assert names.compare_words(_word(latin, "en"), _word(cyrillic, "ru")).status == "same", latin
    # the reading only finds the same name: a surname with another consonant stays another
    assert names.compare_words(_word("Caldwell", "en"), _word("Колдуэй", "ru")).status == "none"


# --- another first name before the same surname ----------------------------------------------

DEAN = {
    "en": "On 3 October, Ambassador Aibek Nurlanov met the rector of the Midland State University "
          "Gregory Caldwell in Columbus.\n\nThe head of Midland State University Gregory Caldwell said "
          "that twelve Kazakh students would receive grants.\n",
    "ru": "3 октября посол Айбек Нурланов встретился в Колумбусе с ректором Мидлендского университета "
          "Грегори Колдуэллом.\n\nРектор Грегори Колдуэлл сообщил, что двенадцать казахстанских студентов "
          "получат гранты.\n",
    "kk": "3 қазанда Елші Айбек Нұрланов Колумбус қаласында Мидленд университетінің ректоры Грегори "
          "Колдуэллмен кездесті.\n\nРектор Грегори Колдуэлл он екі қазақстандық студент грант "
          "алатынын айтты.\n",
}


def test_clean_full_names_are_clean() -> None:
    assert _errors(DEAN) == []


def test_another_first_name_before_the_surname_is_found() -> None:
    swapped = _edit(DEAN, "ru", "Ректор Грегори Колдуэлл", "Ректор Патрик Колдуэлл")
    assert any("['ru']" in e and "Патрик" in e for e in _errors(swapped)), _errors(swapped)


def test_kazakh_first_name_unlike_the_russian_is_another_person() -> None:
    texts = {
        "en": "Deputy Minister Timur Abenov opened the session.\n\nTimur Abenov noted the growth of trade.\n",
        "ru": "Заседание открыл заместитель министра Тимур Абенов.\n\nТимур Абенов отметил рост торговли.\n",
        "kk": "Отырысты вице-министр Тимур Әбенов ашты.\n\nТимур Әбенов сауданың өскенін атап өтті.\n",
    }
    assert _errors(texts) == []
    swapped = _edit(texts, "kk", "Тимур Әбенов сауданың", "Темірлан Әбенов сауданың")
    assert any("['kk']" in e for e in _errors(swapped)), _errors(swapped)
    # the Kazakh spelling of the same first name is no other person
    respelt = _edit(texts, "kk", "Тимур Әбенов сауданың", "Тимұр Әбенов сауданың")
    assert not any("Тимұр" in e and "spelling" in e and "another" in e for e in _errors(respelt))


# --- a place named in a paragraph where the others name another, itself named elsewhere -----

MEMORANDUM = {
    "en": "The delegation of Kenya arrived in Astana on 12 October.\n\n"
          "The memorandum on air services, initialled in Astana last spring, was signed by the "
          "ministers, and the parties agreed to open a direct flight between Astana and Nairobi in 2027.\n\n"
          "The guests from Nairobi also visited Almaty.\n",
    "ru": "Делегация Кении прибыла в Астану 12 октября.\n\n"
          "Меморандум о воздушном сообщении, парафированный в Астане прошлой весной, подписали министры, "
          "а стороны договорились открыть в 2027 году прямой рейс между Астаной и Найроби.\n\n"
          "Гости из Найроби также посетили Алматы.\n",
    "kk": "Кения делегациясы 12 қазанда Астанаға келді.\n\n"
          "Өткен көктемде Астанада парафталған әуе қатынасы туралы меморандумға министрлер қол қойды, "
          "ал тараптар 2027 жылы Астана мен Найроби арасында тікелей рейс ашуға келісті.\n\n"
          "Найробиден келген қонақтар Алматыға да барды.\n",
}


@pytest.mark.parametrize("registered", [False, True])
def test_a_place_swapped_for_one_named_elsewhere_is_found(registered: bool) -> None:
    assert _errors(MEMORANDUM, registered=registered) == []
    # Almaty is named in another paragraph of every version; here only English names it
    swapped = _edit(MEMORANDUM, "en", "initialled in Astana", "initialled in Almaty")
    found = _errors(swapped, registered=registered)
    assert any("['en']" in e and "Almaty" in e for e in found), found
    swapped = _edit(MEMORANDUM, "kk", "көктемде Астанада", "көктемде Алматыда")
    found = _errors(swapped, registered=registered)
    assert any("['kk']" in e and "Алматы" in e for e in found), found


@pytest.mark.parametrize("registered", [False, True])
def test_a_repeated_place_said_as_the_capital_is_clean(registered: bool) -> None:
    reworded = _edit(MEMORANDUM, "ru", "парафированный в Астане", "парафированный в столице")
    assert _errors(reworded, registered=registered) == []
    reworded = _edit(MEMORANDUM, "en", "initialled in Astana last spring", "initialled last spring")
    assert _errors(reworded, registered=registered) == []


# --- the capital is implied by "the capital", not by "the Kazakh side" ------------------------

RECEPTION = {
    "en": "On 12 October, the Embassy of Kazakhstan held a reception in Nairobi.\n\n"
          "The Kenyan minister thanked the Kazakh side for the agreement on air services, signed in Astana "
          "last year, and for the invitation to visit Astana in spring.\n",
    "ru": "12 октября Посольство Казахстана провело приём в Найроби.\n\n"
          "Кенийский министр поблагодарил казахстанскую сторону за соглашение о воздушном сообщении, "
          "подписанное в Астане в прошлом году, и за приглашение посетить Астану весной.\n",
    "kk": "12 қазанда Қазақстан Елшілігі Найробиде қабылдау өткізді.\n\n"
          "Кения министрі қазақстандық тарапқа былтыр Астанада қол қойылған әуе қатынасы туралы келісім "
          "және көктемде Астанаға келу туралы шақыру үшін алғыс айтты.\n",
}


@pytest.mark.parametrize("registered", [False, True])
def test_a_city_for_the_capital_beside_the_kazakh_side_is_found(registered: bool) -> None:
    assert _errors(RECEPTION, registered=registered) == []
    swapped = _edit(RECEPTION, "en", "signed in Astana", "signed in Nairobi")
    found = _errors(swapped, registered=registered)
    assert any("['en']" in e and "Nairobi" in e for e in found), found
    reworded = _edit(RECEPTION, "en", "to visit Astana in spring", "to visit the capital in spring")
    assert _errors(reworded, registered=registered) == []


# --- a country dropped from a list the source gives ------------------------------------------

FORUM = {
    "en": "On 5 November, the Foreign Ministry hosted a water forum in Astana.\n\n"
          "The forum was attended by experts from Turkmenistan, Tajikistan and Kyrgyzstan, who discussed "
          "the shared use of transboundary rivers.\n",
    "ru": "5 ноября МИД провёл в Астане водный форум.\n\n"
          "В форуме приняли участие эксперты из Туркменистана, Таджикистана и Кыргызстана, обсудившие "
          "совместное использование трансграничных рек.\n",
    "kk": "5 қарашада СІМ Астанада су форумын өткізді.\n\n"
          "Форумға Түрікменстан, Тәжікстан және Қырғызстан сарапшылары қатысып, трансшекаралық "
          "өзендерді бірлесіп пайдалануды талқылады.\n",
}


@pytest.mark.parametrize("registered", [False, True])
def test_a_country_dropped_from_a_list_is_found(registered: bool) -> None:
    day = dt.date(2026, 11, 6)
    assert _errors(FORUM, date=day, registered=registered) == []
    dropped = _edit(FORUM, "en", "from Turkmenistan, Tajikistan and Kyrgyzstan",
                    "from Turkmenistan and Tajikistan")
    found = _errors(dropped, date=day, registered=registered)
    assert any("['en']" in e for e in found), found
    # the same list in another order drops nothing
    reordered = _edit(FORUM, "en", "from Turkmenistan, Tajikistan and Kyrgyzstan",
                      "from Kyrgyzstan, Tajikistan and Turkmenistan")
    assert _errors(reordered, date=day, registered=registered) == []
