"""Classes of checker failure in dates, numbers, qualifiers and designations (issue 12, helper
checker11d), each with cases written here (own sentences and figures) in both directions: the
error is found at error level, the harmless variant is not flagged.

All in-process: plain texts through `check_texts` with no register (as `press check --text`
with no glossary reads them).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from press.check import check_texts

DAY = dt.date(2026, 11, 25)
"""The release date of the texts: Wednesday, 25 November 2026."""


def _found(texts: dict[str, str], date: dt.date = DAY) -> list[tuple[str, str, list[str], str]]:
    """(rule, severity, langs, excerpt) of each finding of the dates, numbers, designations and
    facts rules."""
    return [(f.rule, f.severity, f.langs, f.excerpt) for f in check_texts(texts, {}, date).findings
            if f.rule.split(".")[0] in ("dates", "numbers", "designations", "facts")]


def _new(texts: dict[str, str], lang: str, edits: list[tuple[str, str]],
         date: dt.date = DAY) -> list[tuple[str, str, list[str], str]]:
    """The findings the edits (old, new) of one version add to those of the clean texts."""
    clean = _found(texts, date)
    edited = texts[lang]
    for old, new in edits:
        assert old in edited, old
        edited = edited.replace(old, new, 1)
    return [f for f in _found(dict(texts, **{lang: edited}), date) if f not in clean]


def _each_error(texts: dict[str, str], edits: tuple[tuple[str, str, str], ...], rule: str,
                date: dt.date = DAY) -> None:
    """The clean texts pass, and each edit (language, old, new) alone adds one *rule* error for
    that language and nothing else."""
    assert _found(texts, date) == []
    for lang, old, new in edits:
        assert [(f[0], f[1], f[2]) for f in _new(texts, lang, [(old, new)], date)] \
            == [(rule, "error", [lang])], (lang, new)


# --- masking: one finding per differing item, never one per rule and language ---------------

MASKING = {
    "en": "On 3 March 2026 the two ministers signed 14 agreements worth 620 million US dollars.\n\n"
          "The next round will be held on 18 June 2026 in Almaty with 45 companies.",
    "ru": "3 марта 2026 года два министра подписали 14 соглашений на 620 млн долларов США.\n\n"
          "Следующий раунд пройдёт 18 июня 2026 года в Алматы с участием 45 компаний.",
    "kk": "2026 жылғы 3 наурызда екі министр 620 млн АҚШ доллары көлеміндегі 14 келісімге қол қойды.\n\n"
          "Келесі раунд 2026 жылғы 18 маусымда Алматыда 45 компанияның қатысуымен өтеді.",
}


def test_a_second_changed_figure_in_one_version_is_a_finding_of_its_own() -> None:
    """Two figures changed in the Russian version (or one date, then another) are two findings,
    each showing its own figure: a finding already standing for one item (a false alarm, or
    another error) must not hide another."""
    assert _found(MASKING) == []
    one = _new(MASKING, "ru", [("14 соглашений", "12 соглашений")])
    both = _new(MASKING, "ru", [("14 соглашений", "12 соглашений"), ("45 компаний", "54 компаний")])
    assert [f[3] for f in one] == ["12"]
    assert [(f[0], f[1], f[2]) for f in both] == [("numbers.mismatch", "error", ["ru"])] * 2
    assert {f[3] for f in both} == {"12", "54"}
    dates = _new(MASKING, "kk", [("3 наурызда", "4 наурызда"), ("18 маусымда", "19 маусымда")])
    assert [(f[0], f[1], f[2]) for f in dates] == [("dates.mismatch", "error", ["kk"])] * 2


def test_a_changed_figure_beside_a_dropped_one_is_still_shown() -> None:
    """A version that lacks one figure in one paragraph and changes another in the next gives
    two findings: the lack, and the changed figure."""
    found = _new(MASKING, "en", [(" worth 620 million US dollars", ""), ("45 companies", "44 companies")])
    assert sorted(f[3] for f in found) == ["44", "620 млн"]


# --- dates: the ten-day thirds of a month, a month that is also a noun, a year in the sentence --

THIRDS = {
    "en": "Charter flights will run from the second ten days of April, and the counters open on "
          "14 April 2027.",
    "ru": "Чартерные рейсы будут выполняться со второй декады апреля, а стойки откроются "
          "14 апреля 2027 года.",
    "kk": "Чартерлік рейстер сәуірдің екінші онкүндігінен бастап орындалады, ал тіркеу 2027 жылғы "
          "14 сәуірде ашылады.",
}


def test_a_third_of_a_month_is_a_date_not_an_ordinal() -> None:
    """«второй декады апреля», «сәуірдің екінші онкүндігі», "the second ten days of April" name
    a part of April, not the number 2; another third in one version is a date error."""
    _each_error(THIRDS, (("kk", "екінші онкүндігінен", "үшінші онкүндігінен"),
                         ("ru", "второй декады", "первой декады"),
                         ("en", "second ten days", "last ten days")), "dates.mismatch")


SEASON = {
    "en": "Last season 2,900 pilgrims travelled, and the summer season will open on 18 June.",
    "ru": "В прошлом сезоне выехали 2 900 паломников, а летний сезон откроется 18 июня.",
    "kk": "Өткен маусымда 2 900 қажы барды, ал жазғы маусым 18 маусымда ашылады.",
}


def test_kazakh_mausym_alone_may_be_the_season() -> None:
    """Kazakh «маусым» is June and "season": «өткен маусымда», «жазғы маусым» said with no day
    or year state no June (nor lack one); «18 маусымда» is still 18 June."""
    assert _found(SEASON) == []
    assert [(f[0], f[1], f[2]) for f in _new(SEASON, "kk", [("18 маусымда", "18 шілдеде")])] \
        == [("dates.mismatch", "error", ["kk"])]


ARAFAT = {
    "en": "The forum will be held on 10–12 March 2027, opening on Wednesday, 10 March.",
    "ru": "Форум пройдёт 10–12 марта 2027 года и откроется в среду, 10 марта.",
    "kk": "Форум 2027 жылғы 10–12 наурызда өтеді және 10 наурыз, сәрсенбі күні ашылады.",
}


def test_a_day_without_its_year_takes_the_year_of_its_sentence() -> None:
    """10 March after «10–12 марта 2027 года» in the same sentence is 10 March 2027 (a
    Wednesday), not of the release's year; a wrong weekday there is still an error."""
    assert _found(ARAFAT) == []
    assert [(f[0], f[1], f[2]) for f in _new(ARAFAT, "ru", [("в среду", "в четверг")])] \
        == [("dates.weekday", "error", ["ru"])]


# --- qualifiers: deadlines, ages, at most -----------------------------------------------------

LIMITS = {
    "en": "Flights run from 1 June 2027 to 20 June 2027. "
          "Applicants must submit documents no later than 5 days before departure; the certificate must "
          "be issued no more than two years before entry. Persons over 70 must present a medical note.",
    "ru": "Рейсы выполняются с 1 июня 2027 года по 20 июня 2027 года. "
          "Заявители должны подать документы не позднее чем за 5 дней до вылета; сертификат должен быть "
          "выдан не более чем за два года до въезда. Лица старше 70 лет должны представить справку.",
    "kk": "Рейстер 2027 жылғы 1 маусымнан 2027 жылғы 20 маусымға дейін орындалады. "
          "Өтініш берушілер құжаттарды ұшудан кемінде 5 күн бұрын тапсыруы тиіс; сертификат елге кіруден "
          "көп дегенде екі жыл бұрын берілуі керек. 70 жастан асқан адамдар анықтама ұсынуы тиіс.",
}


def test_a_deadline_an_age_and_at_most_are_qualifiers() -> None:
    """"No later than 5 days before" is at least 5 days before («не позднее чем за 5 дней до»,
    «кемінде 5 күн бұрын»), and no interval between two dates; «старше 70 лет» is over 70;
    «көп дегенде екі жыл бұрын» is at most two years before, not "two years ago". Another
    qualifier in one version is an error."""
    _each_error(LIMITS, (("en", "5 days before", "5 days after"), ("ru", "старше 70 лет", "моложе 70 лет"),
                         ("kk", "көп дегенде екі жыл", "кемінде екі жыл")), "numbers.qualifier")


# --- numbers: a noun that is a numeral's form, a scale with a case ending ---------------------

FAMILY = {
    "en": "Each family received 1.2 million tenge; talks with nine countries continue. Of the "
          "3.4 million dollars, Kazakhstan gave 1.5 million.",
    "ru": "На каждую семью выделено по 1,2 млн тенге; переговоры с девятью странами продолжаются. Из "
          "3,4 млн долларов 1,5 млн выделил Казахстан.",
    "kk": "Әр отбасыға 1,2 млн теңгеден бөлінді; тоғыз елмен келіссөздер жалғасуда. 3,4 млн доллардың "
          "1,5 млн-ын Қазақстан бөлді.",
}


def test_the_family_is_no_seven_and_a_scale_keeps_its_case_ending() -> None:
    """«на каждую семью» is the family (pymorphy3 reads the noun first), «с семью странами» seven
    countries (where the others say nine); «1,5 млн-ын» is 1.5 million with a Kazakh case
    ending after the hyphen."""
    assert _found(FAMILY) == []
    assert [(f[0], f[2]) for f in _new(FAMILY, "ru", [("с девятью странами", "с семью странами")])] \
        == [("numbers.mismatch", ["ru"])]
    assert [(f[0], f[2]) for f in _new(FAMILY, "kk", [("1,5 млн-ын", "2,5 млн-ын")])] \
        == [("numbers.mismatch", ["kk"])]


# --- numbers: counts of times in one word, small units; designations: document symbols ------

TIMES = {
    "en": "Exports grew almost threefold, to 14 million dollars; the two-time champion measured the "
          "ice at 34 centimetres under decision C-31/DEC.9.",
    "ru": "Экспорт вырос почти в три раза, до 14 млн долларов; двукратный чемпион измерил лёд толщиной "
          "34 сантиметра по решению C-31/DEC.9.",
    "kk": "Экспорт үш есеге жуық өсіп, 14 млн долларға жетті; екі дүркін чемпион C-31/DEC.9 шешіміне "
          "сәйкес мұздың қалыңдығын 34 сантиметр деп өлшеді.",
}


def test_counts_of_times_small_units_and_session_decisions_agree() -> None:
    """"Threefold" is three times (with its qualifier: almost, more than), "two-time" and
    «двукратный» twice; centimetres are not millimetres; the OPCW's decision C-31/DEC.9 is not
    C-31/DEC.6."""
    _each_error(TIMES, (("en", "almost threefold", "more than threefold"),), "numbers.qualifier")
    _each_error(TIMES, (("en", "threefold", "fourfold"), ("ru", "двукратный", "трёхкратный"),
                        ("en", "two-time", "three-time")), "numbers.mismatch")
    _each_error(TIMES, (("ru", "34 сантиметра", "34 миллиметра"),), "numbers.unit")
    _each_error(TIMES, (("en", "C-31/DEC.9", "C-31/DEC.6"),), "designations.mismatch")
    from press.lang.read_designations import find_designations

    assert [key for _, _, key in find_designations("№ 17-WHO/2019, EC-M-55/DEC.2")] \
        == ["WHO/2019", "EC-M-55/DEC.2"]  # a symbol after a number's hyphen is one still


# --- dates named from the release: which weekday, the season of a yearly event, two days back --

RELATIVE = {
    "en": "Last Friday the delegation visited Abu Dhabi. Last season 2,100 pilgrims travelled; the "
          "budget is 3% more than this year. Yesterday the group returned.",
    "ru": "В прошлую пятницу делегация посетила Абу-Даби. В прошлом сезоне выехали 2 100 паломников; "
          "бюджет на 3% больше, чем в этом году. Вчера группа вернулась.",
    "kk": "Өткен жұмада делегация Абу-Дабиге барды. Өткен маусымда 2 100 қажы барды; бюджет "
          "биылғыдан 3%-ға көп. Кеше топ оралды.",
}


def test_which_weekday_season_and_day_a_version_names() -> None:
    """«в эту пятницу» is the Friday of the release's week (27 November), not last Friday;
    «в позапрошлом сезоне» is not last season; «биылғыдан» (than this year) is this year, so
    "last year" alone differs; Kazakh «алдыңғы күні» alone is the day before yesterday."""
    _each_error(RELATIVE, (("ru", "В прошлую пятницу", "В эту пятницу"),
                           ("ru", "В прошлом сезоне", "В позапрошлом сезоне"),
                           ("kk", "Кеше", "Алдыңғы күні")), "dates.mismatch")
    found = _new(RELATIVE, "en", [("this year", "last year")])
    assert found and all(f[1] == "error" and f[2] == ["en"] for f in found)


CREW = {
    "en": "The 14 seafarers were released in Lagos.\n\n"
          "On Friday the crew will fly home. They have not been paid since June.",
    "ru": "14 моряков освобождены в Лагосе.\n\n"
          "В пятницу экипаж вылетит домой. Зарплату они не получали с июня.",
    "kk": "14 теңізші Лагоста босатылды.\n\n"
          "Жұма күні экипаж үйге ұшады. Олар маусымнан бері жалақы алмаған.",
}


def test_a_month_said_softly_is_not_lacking_beside_a_weekday_given_as_a_date() -> None:
    """Kazakh «маусымнан бері» (since June, or since the season) is soft, yet it states June
    as the others do: the paragraph that gives Friday as «27 қарашада» lacks nothing."""
    assert _found(CREW) == []
    assert _new(CREW, "kk", [("Жұма күні", "27 қарашада")]) == []


# --- numbers in words: every case of every Russian cardinal, from pymorphy3 as the oracle ------

_RU_UNITS = ("", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_RU_TEENS = ("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
             "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать")
_RU_TENS = ("", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
            "восемьдесят", "девяносто")
_RU_HUNDREDS = ("", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
                "восемьсот", "девятьсот")
_PARTICIPANTS = {"nomn": "участников", "gent": "участников", "datv": "участникам", "accs": "участников",
                 "ablt": "участниками", "loct": "участниках"}


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _ru_cardinal(n: int, case: str) -> str:
    """*n* (below 1,000) in Russian words in *case*, each word inflected by pymorphy3."""
    morph = _morph()
    hundreds, rest = divmod(n, 100)
    words = [_RU_HUNDREDS[hundreds]]
    words += [_RU_TEENS[rest - 10]] if 10 <= rest < 20 else [_RU_TENS[rest // 10], _RU_UNITS[rest % 10]]
    out = []
    for word in filter(None, words):
        parse = next((p for p in morph.parse(word) if "NUMR" in p.tag), morph.parse(word)[0])
        out.append(form.word if (form := parse.inflect({case})) else word)
    return " ".join(out)


def test_russian_cardinals_in_every_case_are_read() -> None:
    """Cardinals up to 999 in all six cases (двадцати одного, шестистам семидесяти восьми,
    ста сорока пятью), generated by pymorphy3's inflect, read as their value."""
    from press.lang.read_numbers import find_numbers

    wrong = []
    for n in (*range(2, 30), 31, 45, 99, 100, 101, 145, 200, 399, 555, 678, 721, 999):
        for case, noun in _PARTICIPANTS.items():
            text = f"Всего {_ru_cardinal(n, case)} {noun}."
            if [int(m.value) for m in find_numbers(text, "ru")] != [n]:
                wrong.append(text)
    assert wrong == []


def test_compound_ordinals_and_anniversaries_in_words() -> None:
    """"Twenty-first", «пятидесятилетие» (the 50th anniversary) are numbers: 21, 50."""
    from press.lang.read_numbers import find_numbers

    found = find_numbers("the twenty-first session, twenty-one states", "en")
    assert [int(m.value) for m in found] == [21, 21]
    assert [int(m.value) for m in find_numbers("к пятидесятилетию Декларации", "ru")] == [50]


DENIED = {
    "en": "The visa is issued for a stay of at least 10 days and at most 5 years; a minimum of 3 "
          "documents is required.",
    "ru": "Виза выдаётся на срок пребывания не менее 10 дней и максимум 5 лет; требуется минимум 3 "
          "документа.",
    "kk": "Виза 10 күннен кем емес және 5 жылдан артық емес болу мерзіміне беріледі; кемінде 3 құжат "
          "талап етіледі.",
}


def test_a_kazakh_qualifier_denied_and_english_at_most() -> None:
    """«10 күннен кем емес» (not less than 10) is at least 10, «5 жылдан артық емес» at most 5;
    "at most" is up to, "a minimum of" and «минимум» at least. Dropping «емес» or saying
    "at least" for "at most" is an error."""
    _each_error(DENIED, (("kk", "10 күннен кем емес", "10 күннен кем"),
                         ("kk", "5 жылдан артық емес", "5 жылдан артық"),
                         ("en", "at most 5 years", "at least 5 years"),
                         ("ru", "минимум 3", "максимум 3")), "numbers.qualifier")


def test_a_weekday_does_not_excuse_the_date_a_range_lost() -> None:
    """A weekday said in the paragraph («в среду», 14 October) is no statement of the date a
    changed range end dropped (с 12 по 15 октября for 12 to 14 October, 15 October being the
    Thursday all say): only a month said softly (Kazakh «маусым») stands in for a date there."""
    texts = {"en": "Astana, 16 October 2026.\n\nFlights were closed from 12 to 14 October, and 296 "
                   "citizens flew home on Wednesday and Thursday.",
             "ru": "Астана, 16 октября 2026 года.\n\nПолёты были закрыты с 12 по 14 октября, и 296 граждан "
                   "вылетели домой в среду и четверг.",
             "kk": "Астана, 2026 жылғы 16 қазан.\n\nРейстер 12–14 қазанда жабылды, ал 296 азамат "
                   "сәрсенбі және бейсенбі күндері үйге ұшты."}
    release = dt.date(2026, 10, 16)  # a Friday: Wednesday was 14 October
    _each_error(texts, (("ru", "с 12 по 14 октября", "с 12 по 15 октября"),), "dates.mismatch", release)
