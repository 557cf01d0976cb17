"""More classes of checker failure on text it was never tuned on (issue 12, third round), each
with a case written here (own names, places and figures) that fails without its rule.

All in-process: plain texts through `check_texts`, no build, no subprocess.
"""

from __future__ import annotations

import datetime as dt

import pytest

from press.check import check_texts

DAY = dt.date(2026, 5, 14)


@pytest.fixture(scope="module")
def termbase() -> dict:
    """The toolkit's own termbase: `press check --text` reads it in any folder without one."""
    from press.project import TOOLKIT_ROOT
    from press.source import load_termbase

    return load_termbase(TOOLKIT_ROOT / "locales" / "termbase.yaml")


def _found(texts: dict[str, str], termbase: dict) -> list[tuple[str, list[str], str]]:
    return [(f.rule, f.langs, f.location) for f in check_texts(texts, termbase, DAY).findings]


# --- names --------------------------------------------------------------------------------

def test_a_currency_name_is_no_mention_of_its_country(termbase: dict) -> None:
    """CLDR's currency names hold a place (US dollars, АҚШ доллары, долларов США): a version
    that writes USD names no country the others name."""
    from press.lang.names import in_currency_name

    texts = {"en": "Trade with Chile exceeded USD 140 million in 2025.",
             "kk": "2025 жылы Чилимен сауда көлемі 140 миллион АҚШ долларынан асты.",
             "ru": "В 2025 году товарооборот с Чили превысил 140 миллионов долларов США."}
    assert _found(texts, termbase) == []
    text = "визит в США и 5 млн долларов США"
    assert [in_currency_name(text, i, i + 3, "ru") for i in (9, 29)] == [False, True]


def test_a_place_two_versions_name_is_missing_from_the_third_whichever_it_is(termbase: dict) -> None:
    """Plain texts have no known source: a place kk and ru name where en names another is a
    swap in en, not a place the translations added."""
    texts = {"en": "Ministers of Georgia, Romania and Mongolia arrived in Aktau on 14 May.",
             "kk": "14 мамырда Ақтауға Грузия, Румыния және Моңғолия министрлері келді.",
             "ru": "14 мая в Актау прибыли министры Грузии, Румынии и Монголии."}
    assert _found(texts, termbase) == []
    swapped = dict(texts, en=texts["en"].replace("Romania", "Bulgaria"))
    assert [(rule, langs) for rule, langs, _ in _found(swapped, termbase)] == [("names.missing", ["en"])]


def test_a_missing_name_is_located_in_the_paragraph_that_lacks_it(termbase: dict) -> None:
    """Texts with as many paragraphs: the finding points at the paragraph where the name was
    dropped, not at the first line that names it."""
    texts = {"en": "The delegation arrived on 14 May.\n\nFlights Doha – Almaty start in June.",
             "kk": "Делегация 14 мамырда келді.\n\nДоха – Алматы рейстері маусымда басталады.",
             "ru": "Делегация прибыла 14 мая.\n\nРейсы Доха – Алматы начнутся в июне."}
    assert _found(texts, termbase) == []
    swapped = dict(texts, ru=texts["ru"].replace("Алматы", "Шымкент"))
    assert _found(swapped, termbase) == [("names.missing", ["ru"], "ru.txt:3")]


# --- numbers ------------------------------------------------------------------------------

def test_a_count_of_times_in_one_word_is_a_number() -> None:
    """twice, дважды, вдвое say 2 as «екі рет» and «два раза» do: no stray number, and three
    times against twice is a mismatch."""
    texts = {"en": "Flights to Ulaanbaatar will run twice a week from 1 June.",
             "kk": "1 маусымнан бастап Ұлан-Баторға рейстер аптасына екі рет орындалады.",
             "ru": "С 1 июня рейсы в Улан-Батор будут выполняться дважды в неделю."}
    found = check_texts(texts, {}, DAY).findings
    assert [(f.rule, f.langs) for f in found] == []
    wrong = dict(texts, ru=texts["ru"].replace("дважды", "трижды"))
    assert [(f.rule, f.langs) for f in check_texts(wrong, {}, DAY).findings] == [("numbers.mismatch", ["ru"])]


def test_kazakh_one_after_tens_is_part_of_the_number() -> None:
    """«он бір» is 11 and «жиырма бірінші» the 21st; «бір» alone is the article and unread."""
    from press.lang.read_numbers import find_numbers

    text = "Соңғы он бір жылда жиырма бірінші рет бір кездесу өтті."
    assert [(int(n.value), n.ordinal) for n in find_numbers(text, "kk")] == [(11, False), (21, True)]
