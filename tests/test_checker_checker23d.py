"""Dates, designations, numbers and qualifiers of round 23 (issue 12, helper checker23d): the
out-of-sample misses of blind20/21 as classes, with this file's own sentences (other places,
numbers, seasons and standards than the corpus).

- A season named from the release ("last autumn", «прошлой осенью», «өткен күзде») is a season of
  a year, as "this spring" already was: a version that says this spring where the others say last
  spring names another year. A season of a stated year in Kazakh takes the possessive and a case
  (2028 жылдың күзінде, көктеміне), which the season pattern now reads from the grammar.
- A Russian «сегодня» that translates "currently" («сегодня музей хранит», en "currently holds",
  kk «қазір») is no date: when every other version names the present time more often, the today
  is taken out of the paragraph's relative days, so a changed "yesterday" in another version is
  blamed on that version, not on the two that agree.

Planted back: with `_present_for_today` returning *said* unchanged the today-as-now row blames
ru and kk; with the Kazakh season patterns back to their old endings the «күзінде» rows are not
read; with the last/next season rows taken out of `_RELATIVE` the season-of-year rows pass clean.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.edits import edited, findings

DAY = dt.date(2026, 5, 20)
"""A Wednesday in spring: last autumn is 2025's, this autumn 2026's."""


def _dates(texts: dict[str, str]) -> list[tuple[str, str, str, str]]:
    return [f for f in findings(texts["en"], texts["ru"], texts["kk"], "dates.", DAY) if f[1] == "error"]


# --- a season named from the release ----------------------------------------------------------

ORCHARD = {
    "en": "The vineyard near Turkestan was planted last autumn with 3,400 vines from Georgia.",
    "ru": "Виноградник под Туркестаном был заложен прошлой осенью, высажено 3 400 лоз из Грузии.",
    "kk": "Түркістан маңындағы жүзімдікке өткен күзде Грузиядан әкелінген 3 400 түп жүзім отырғызылды.",
}
SUMMER = {
    "en": "The second stage of the pipeline will be laid next summer between Shieli and Zhanakorgan.",
    "ru": "Второй этап трубопровода будет проложен следующим летом между Шиели и Жанакорганом.",
    "kk": "Құбырдың екінші кезеңі келесі жазда Шиелі мен Жаңақорған арасында төселеді.",
}


@pytest.mark.parametrize("texts", [ORCHARD, SUMMER])
def test_the_same_season_of_the_same_year_is_clean(texts: dict[str, str]) -> None:
    assert _dates(texts) == []


@pytest.mark.parametrize(("texts", "lang", "old", "new"), [
    (ORCHARD, "en", "last autumn", "this autumn"),
    (ORCHARD, "ru", "прошлой осенью", "этой осенью"),
    (ORCHARD, "kk", "өткен күзде", "осы күзде"),
    (SUMMER, "en", "next summer", "this summer"),
    (SUMMER, "ru", "следующим летом", "прошлым летом"),
    (SUMMER, "kk", "келесі жазда", "өткен жазда"),
])
def test_a_season_of_another_year_is_an_error(texts: dict[str, str], lang: str, old: str, new: str) -> None:
    assert any(lang in langs.split(",") for _, _, langs, _ in _dates(edited(texts, lang, old, new)))


SESSION = {
    "en": "The next session of the commission is planned for the autumn of 2028 in Almaty.",
    "ru": "Следующее заседание комиссии запланировано на осень 2028 года в Алматы.",
    "kk": "Комиссияның келесі отырысы 2028 жылдың күзіне Алматыда жоспарланған.",
}
HARVEST = {
    "en": "In the winter of 2027 the greenhouses in Kentau will supply 600 tonnes of cucumbers.",
    "ru": "Зимой 2027 года теплицы Кентау поставят 600 тонн огурцов.",
    "kk": "2027 жылдың қысында Кентаудағы жылыжайлар 600 тонна қияр жеткізеді.",
}


@pytest.mark.parametrize("texts", [SESSION, HARVEST])
def test_a_kazakh_season_of_a_stated_year_is_the_same_season(texts: dict[str, str]) -> None:
    assert _dates(texts) == []


@pytest.mark.parametrize(("texts", "old", "new"), [
    (SESSION, "күзіне", "көктеміне"),
    (HARVEST, "қысында", "жазында"),
])
def test_another_kazakh_season_of_a_stated_year_is_an_error(texts: dict[str, str], old: str,
                                                           new: str) -> None:
    assert any("kk" in langs.split(",") for _, _, langs, _ in _dates(edited(texts, "kk", old, new)))


# --- a "today" that says "now" ------------------------------------------------------------------

_MUSEUM_END = {
    "en": "The director, Aigerim Sultanbekova, said the hall of coins would open in October 2026.",
    "ru": "Директор музея Айгерим Султанбекова сообщила, что зал монет откроется в октябре 2026 года.",
    "kk": "Музей директоры Әйгерім Сұлтанбекова тиындар залы 2026 жылғы қазанда ашылатынын айтты.",
}
MUSEUM = {
    "en": "Yesterday, the mission visited the regional museum in Taraz. The museum currently holds about "
          "900 items of the Karakhanid period.",
    "ru": "Вчера миссия посетила областной музей в Таразе. Сегодня музей хранит около 900 предметов "
          "караханидского периода.",
    "kk": "Кеше миссия Тараздағы облыстық музейде болды. Музейде қазір Қарахан дәуірінің 900-ге жуық "
          "жәдігері сақтаулы.",
}
MUSEUM = {lang: f"{text}\n\n{_MUSEUM_END[lang]}" for lang, text in MUSEUM.items()}
"""Two paragraphs: relative days are compared paragraph by paragraph."""


def test_a_today_that_translates_currently_is_no_date() -> None:
    assert _dates(MUSEUM) == []


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("en", "Yesterday, the mission", "Today, the mission"),
    ("kk", "Кеше миссия", "Бүгін миссия"),
])
def test_a_changed_yesterday_is_blamed_on_its_version(lang: str, old: str, new: str) -> None:
    found = _dates(edited(MUSEUM, lang, old, new))
    assert found and all(langs == lang for _, _, langs, _ in found), found


# --- designations: standards and registration numbers -----------------------------------------

STANDARDS = {
    "en": "The batteries meet IEC 62133-2, the road signs GOST R 52289-2019, the diesel ASTM D975 and the "
          "bitumen ST RK 3412-2019; the tender was registered as No. 2025-TRZ-1186.",
    "ru": "Аккумуляторы соответствуют стандарту МЭК 62133-2, дорожные знаки — ГОСТ Р 52289-2019, "
          "дизельное топливо — ASTM D975, битум — СТ РК 3412-2019; тендер зарегистрирован "
          "под № 2025-TRZ-1186.",
    "kk": "Аккумуляторлар IEC 62133-2 стандартына, жол белгілері ГОСТ Р 52289-2019 стандартына, дизель "
          "отыны ASTM D975 стандартына, битум ҚР СТ 3412-2019 стандартына сәйкес келеді; тендер "
          "№ 2025-TRZ-1186 нөмірімен тіркелді.",
}


def _designation_findings(texts: dict[str, str]) -> list[tuple[str, str, str, str]]:
    return [f for f in findings(texts["en"], texts["ru"], texts["kk"], "", DAY)
            if f[0].startswith(("designations.", "numbers."))]


def test_standards_written_in_each_script_are_the_same() -> None:
    assert _designation_findings(STANDARDS) == []


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("ru", "МЭК 62133-2", "МЭК 62133-1"),
    ("en", "IEC 62133-2", "IEC 62113-2"),
    ("kk", "ГОСТ Р 52289-2019", "ГОСТ Р 52289-2004"),
    ("en", "ASTM D975", "ASTM D976"),
    ("ru", "СТ РК 3412-2019", "СТ РК 3412-2018"),
    ("kk", "ҚР СТ 3412-2019", "ҚР СТ 3421-2019"),
    ("ru", "2025-TRZ-1186", "2025-TRZ-1168"),
    ("en", "2025-TRZ-1186", "2024-TRZ-1186"),
])
def test_a_standard_or_registration_number_changed_is_one_designation_error(lang: str, old: str,
                                                                            new: str) -> None:
    found = _designation_findings(edited(STANDARDS, lang, old, new))
    assert [(rule, severity, langs) for rule, severity, langs, _ in found] \
        == [("designations.mismatch", "error", lang)], found
