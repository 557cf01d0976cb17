"""Helper 25d: designations, dates and numbers.

Each class with fresh example text: the number of a numbered common noun (an emission standard
Euro 6, a sport's variant регби-7 / sevens), a standard's edition year after a colon and a short
dotted standard number, a score, a digit that closes a capitalised name (Phase 1 plan), a Kazakh
particle hyphened to «маусым» (the season, no range of months), a designation one version writes
with a space (the Zhetysu 3 park, «Жетысу-3»), and the year of a multi-sport Games, which another
version may name by its edition (XXVI)."""

from __future__ import annotations

import datetime as dt

from press.check import check_texts
from press.lang.read_dates import also_a_noun, find_dates
from press.lang.read_designations import find_designations
from press.lang.read_numbers import GAMES_YEAR, find_numbers, find_scores

_DAY = dt.date(2026, 5, 14)


def _found(texts: dict[str, str], prefix: str) -> list[tuple[str, str, str]]:
    return [(f.rule, ",".join(f.langs), f.excerpt) for f in check_texts(texts, {}, _DAY).findings
            if f.rule.startswith(prefix)]


def _keys(text: str) -> list[str]:
    return [key for _, _, key in find_designations(text, terms=True)]


# --- numbered common nouns (press/lang/numbered_terms.txt) --------------------------------------

def test_an_emission_standard_is_a_designation_in_every_script() -> None:
    assert _keys("The city bought 40 buses that meet the Euro 6 standard.") == ["EURO-6"]
    assert _keys("Город закупил 40 автобусов стандарта «Евро-6».") == ["EURO-6"]
    assert _keys("Қала «Еуро-6» стандартына сай 40 автобус сатып алды.") == ["EURO-6"]
    assert _keys("Engines of the Euro VI class.") == ["EURO-6"]
    assert _keys("Фонд выделил 30 млн евро 6 лет назад.") == []  # the currency, no standard
    assert find_designations("buses of the Euro 6 class") == []  # translated, not kept verbatim


def test_a_changed_emission_standard_differs_and_its_number_is_no_figure() -> None:
    texts = {"en": "The city bought 40 buses that meet the Euro 6 standard.",
             "ru": "Город закупил 40 автобусов стандарта «Евро-6».",
             "kk": "Қала «Еуро-6» стандартына сай 40 автобус сатып алды."}
    assert _found(texts, "designations.") + _found(texts, "numbers.") == []
    texts["ru"] = texts["ru"].replace("Евро-6", "Евро-4")
    assert [f[:2] for f in _found(texts, "designations.")] == [("designations.mismatch", "ru")]


def test_a_sports_variant_said_in_words_is_its_number() -> None:
    assert _keys("The national sevens squad trained in Almaty.") == ["RUGBY-7"]
    assert _keys("Сборная по регби-7 тренировалась в Алматы.") == ["RUGBY-7"]
    assert _keys("Регби-7 құрамасы Алматыда жаттықты.") == ["RUGBY-7"]
    texts = {"en": "The national rugby sevens squad trained in Almaty.",
             "ru": "Сборная по регби-7 тренировалась в Алматы.",
             "kk": "Регби-7 құрамасы Алматыда жаттықты."}
    assert _found(texts, "designations.") == []
    texts["ru"] = texts["ru"].replace("регби-7", "регби-15")
    assert [f[:2] for f in _found(texts, "designations.")] == [("designations.mismatch", "ru")]


# --- standards with an edition year --------------------------------------------------------------

def test_a_standards_edition_year_after_a_colon_is_part_of_it() -> None:
    assert _keys("The dairy is certified under GSO 993:2015 rules.") == ["GSO-993:2015"]
    assert _keys("СТ РК 1.5-2004 бойынша") == ["ST RK 1.5:2004"]
    texts = {"en": "The dairy is certified under GSO 993:2015 rules.",
             "ru": "Молочный завод сертифицирован по GSO 993:2019.",
             "kk": "Сүт зауыты GSO 993:2015 бойынша сертификатталған."}
    assert [f[:2] for f in _found(texts, "designations.")] == [("designations.mismatch", "ru")]


# --- scores -------------------------------------------------------------------------------------

def test_a_score_is_read_whole_and_a_time_of_day_is_no_score() -> None:
    assert [key for _, _, key in find_scores("Ордабасы обыграл Тобол со счетом 3:1 в 18:30.")] == ["3:1"]
    texts = {"en": "Ordabasy beat Tobol 3:1 in the semi-final.",
             "ru": "В полуфинале Ордабасы обыграл Тобол со счетом 3:2.",
             "kk": "Жартылай финалда Ордабасы Тоболды 3:1 есебімен жеңді."}
    assert [f[:2] for f in _found(texts, "numbers.")] == [("numbers.mismatch", "ru")]


# --- a digit that closes a capitalised name ------------------------------------------------------

def test_one_after_a_capitalised_word_is_a_name_s_number_not_an_article() -> None:
    assert [m.soft for m in find_numbers("Officials said the Phase 1 plan was approved.", "en")] == [False]
    assert [m.soft for m in find_numbers("Farmers bought 1 tractor.", "en")] == [True]
    texts = {"en": "Graduates received the Coaching Level 1 certificate.",
             "ru": "Выпускники получили сертификат Coaching Level 3.",
             "kk": "Түлектер Coaching Level 3 сертификатын алды."}
    assert ("numbers.mismatch", "en", "1") in _found(texts, "numbers.")


# --- Kazakh «маусым», the season -----------------------------------------------------------------

def test_a_particle_hyphened_to_mausym_is_no_range_of_months() -> None:
    text = "Жаңа соқпақтар осы маусымда-ақ ашылады."
    mention = find_dates(text, "kk")[0]
    assert also_a_noun(text, mention, "kk")
    ranged = "Маусым-шілде айларында жөндеу жүргізіледі."
    assert not also_a_noun(ranged, find_dates(ranged, "kk")[0], "kk")
    texts = {"en": "The new trails open this season; the season lasts until the end of October.",
             "ru": "Новые тропы откроются уже в этом сезоне; сезон продлится до конца октября.",
             "kk": "Жаңа соқпақтар осы маусымда-ақ ашылады, маусым қазанның соңына дейін созылады."}
    assert _found(texts, "dates.") == []


# --- a designation written with a space ----------------------------------------------------------

def test_a_designation_one_version_writes_with_a_space_is_the_same() -> None:
    texts = {"en": "Four firms will build plants in the Zhetysu 3 industrial park.",
             "ru": "Четыре компании построят заводы в индустриальном парке «Жетысу-3».",
             "kk": "Төрт компания «Жетісу-3» индустриялық паркінде зауыт салады."}
    assert _found(texts, "designations.") + _found(texts, "numbers.") == []
    texts["ru"] = texts["ru"].replace("Жетысу-3", "Жетысу-4")
    assert [f[:2] for f in _found(texts, "designations.")] == [("designations.mismatch", "ru")]


# --- the year of a Games -------------------------------------------------------------------------

def test_the_year_of_a_games_is_soft_against_its_edition() -> None:
    assert [(m.unit, m.soft) for m in find_numbers("She won gold at the 2030 Asian Games.", "en")] \
        == [(GAMES_YEAR, True)]
    assert [m.soft for m in find_numbers("In 2030 Olympic champion Ivanov retired.", "en")] == [False]
    texts = {"en": "She won gold at the 2030 Winter Games in the French Alps.",
             "kk": "Ол Француз Альпісіндегі XXVI Қысқы Олимпиада ойындарында алтын алды."}
    assert _found(texts, "numbers.") == []


def test_two_years_of_the_games_still_differ() -> None:
    texts = {"en": "She won gold at the 2030 Winter Games.",
             "ru": "Она завоевала золото на зимних Олимпийских играх 2034 года.",
             "kk": "Ол 2030 жылғы Қысқы Олимпиада ойындарында алтын алды."}
    assert [f[:2] for f in _found(texts, "numbers.")] == [("numbers.mismatch", "ru")]
