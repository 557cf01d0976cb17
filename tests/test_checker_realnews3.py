"""Classes of checker false alarm seen on real news of the first session-10 sample (issue 12):
agency abbreviations of scale words, a yearless day in the first weeks of the coming year, the
Kazakh instrumental of "last year". Own sentences; each fails without its rule, and its
counterpart with a real error is still found."""

from __future__ import annotations

import datetime as dt

from press.lang.read_dates import find_dates, find_relative
from press.lang.read_numbers import find_numbers
from tests.edits import found_on


def test_agency_abbreviations_of_scale_words() -> None:
    """Kazinform's English writes "bln", "mln", "trln"; Russian and Kazakh «трлн»."""
    read = [n.value for n in find_numbers("It will channel 85 bln tenge and 1.2 trln tenge; "
                                          "two trillion dollars.", "en")]
    assert read == [85 * 10**9, 12 * 10**11, 2 * 10**12]
    kazakh = find_numbers("3,4 трлн теңге, екі триллион теңге", "kk")
    assert [n.value for n in kazakh] == [34 * 10**11, 2 * 10**12]
    assert [n.value for n in find_numbers("4 триллиона тенге", "ru")] == [4 * 10**12]


def test_a_figure_in_bln_matches_its_kazakh_milliard(termbase: dict) -> None:
    texts = {"en": "The Government will allocate 85 bln tenge for the new airport.",
             "kk": "Үкімет жаңа әуежайға 85 млрд теңге бөледі."}
    assert found_on(texts, termbase, dt.date(2026, 3, 2)) == []
    other = dict(texts, kk="Үкімет жаңа әуежайға 58 млрд теңге бөледі.")
    assert [r for r, _, _ in found_on(other, termbase, dt.date(2026, 3, 2))] == ["numbers.mismatch"]


def test_a_yearless_day_in_january_said_in_december_is_the_coming_one() -> None:
    release = dt.date(2026, 12, 28)
    for text, lang in (("2 қаңтардан бастап", "kk"), ("со 2 января", "ru"), ("from 2 January", "en")):
        assert [m.resolved(release) for m in find_dates(text, lang)] == [(2027, 1, 2)], text
    # a month alone ("since January") in December is still this year's, as is a day nine months back
    assert [m.resolved(release) for m in find_dates("since January", "en")] == [(2026, 1, None)]
    assert [m.resolved(dt.date(2026, 11, 20)) for m in find_dates("on 5 February", "en")] == [(2026, 2, 5)]
    # and a January release recalling late December keeps the year before
    assert [m.resolved(dt.date(2027, 1, 4)) for m in find_dates("on 28 December", "en")] == [(2026, 12, 28)]


def test_the_coming_new_year_date_agrees_across_versions(termbase: dict) -> None:
    texts = {"ru": "С 1 января 2027 года пособия будут повышены на 10%.",
             "kk": "1 қаңтардан бастап жәрдемақылар 10%-ға артады."}
    assert found_on(texts, termbase, dt.date(2026, 12, 28)) == []


def test_last_year_in_the_kazakh_instrumental() -> None:
    """«өткен жылмен салыстырғанда» (compared with last year) names last year."""
    found = find_relative("Бұл өткен жылмен салыстырғанда екі есе көп.", "kk")
    assert [(m.unit, m.offset) for m in found] == [("year", -1)]


def test_a_map_scale_is_neither_a_time_nor_loose_figures(termbase: dict) -> None:
    """1:50 000 (ru), 1:50,000 (en), 1:50.000 (kk) are one scale in three house styles."""
    from press.lang.read_numbers import find_times

    scales = (("в масштабе 1:50 000", "ru"), ("at a 1:50,000 scale", "en"), ("1:50.000 масштабта", "kk"))
    for text, lang in scales:
        assert find_numbers(text, lang) == [] and find_times(text) == [], text
    assert find_times("в 10:30 и в 9:00 100 человек") == [(2, 7, "10:30"), (12, 16, "09:00")]
    assert [n.value for n in find_numbers("в 9:00 100 человек", "ru")] == [100]
    texts = {"en": "Maps at a 1:50,000 scale will cover 30,000 square kilometres.",
             "ru": "Карты в масштабе 1:50 000 охватят 30 тыс. квадратных километров."}
    assert found_on(texts, termbase, dt.date(2026, 3, 2)) == []


def test_the_home_president_by_title_with_the_country(termbase: dict) -> None:
    """"the Kazakh President's", "the President of Kazakhstan", «Қазақстан Президентінің» stand
    for the President's name; another country's president does not."""
    kk = "Мемлекет басшысы Қасым-Жомарт Тоқаевтың тапсырмасы бойынша Үкімет жаңа әуежай салады."
    tail = ", the Government will build a new airport."
    for en in ("On the instructions of the Kazakh President" + tail,
               "On the instructions of the President of Kazakhstan" + tail):
        assert found_on({"en": en, "kk": kk}, termbase) == [], en
    other = "On the instructions of the President of Pakistan" + tail
    found = found_on({"en": other, "kk": kk}, termbase)
    assert ("names.extra", ["en"]) in [(r, langs) for r, langs, _ in found]
    ru = "По поручению Главы государства Касым-Жомарта Токаева Правительство построит новый аэропорт."
    assert found_on({"ru": ru, "kk": "Қазақстан Президентінің тапсырмасы бойынша Үкімет жаңа әуежай салады."},
                  termbase) == []


def test_the_government_without_a_country_is_the_home_one(termbase: dict) -> None:
    """"The Kazakh Government" against «Правительство», «Үкімет» names no other country: the
    version leaves its own country implied. «Правительство Узбекистана» is another's."""
    en = "The Kazakh Government approved the plan for the new airport on Monday."
    ru = "Правительство одобрило план строительства нового аэропорта."
    assert found_on({"en": en, "ru": ru}, termbase) == []
    assert found_on({"en": en, "kk": "Үкімет жаңа әуежай салу жоспарын мақұлдады."}, termbase) == []
    foreign = {"en": en, "ru": "Правительство Узбекистана одобрило план строительства нового аэропорта."}
    assert ("names.missing", ["ru"]) in [(r, langs) for r, langs, _ in found_on(foreign, termbase)]


def test_the_ministry_by_its_minister(termbase: dict) -> None:
    """«глава МИД Казахстана» in one version, "the Foreign Minister" in another: the same
    ministry, said by its minister; a version with neither ministry nor minister lacks it."""
    ru = ("Глава МИД Казахстана Ермек Кошербаев провёл переговоры в Маниле.\n\n"
          "Стороны обсудили торговлю и транспорт.")
    en = ("Foreign Minister Yermek Kosherbayev held talks in Manila.\n\n"
          "The sides discussed trade and transport.")
    assert found_on({"en": en, "ru": ru}, termbase) == []
    bare = ("Yermek Kosherbayev held talks in Manila.\n\nThe sides discussed trade and transport.")
    found = found_on({"en": bare, "ru": ru}, termbase)
    assert [(r, langs) for r, langs, _ in found] == [("names.extra", ["en"])]
