"""Numbers as a reader means them (issue 12, helper checker13n): ordinals in digits and words,
counts and frequencies, the next day against "two days later", number words that are not the
figure they look like, qualifiers written as verbs, approximations of one span from either end.
Each case is written here (own people, places and figures); every class has its error found
(error level) and its harmless variant left alone.

In-process, as tests/test_checker_realnews.py: plain texts through `check_texts` with the
toolkit's termbase (what `press check --text` reads).
"""

from __future__ import annotations

import pytest

from press.check import check_texts
from press.lang.read_numbers import find_numbers
from tests.edits import DAY, edited


def _findings(texts: dict[str, str], termbase: dict) -> list[tuple[str, str, list[str]]]:
    return [(f.rule, f.severity, f.langs) for f in check_texts(texts, termbase, DAY).findings]


def _numbers(texts: dict[str, str], termbase: dict) -> list[tuple[str, str, list[str]]]:
    return [found for found in _findings(texts, termbase) if found[0].startswith(("numbers.", "facts."))]


def _assert_found(texts: dict[str, str], lang: str, old: str, new: str, termbase: dict,
                  rule: str = "numbers.mismatch") -> None:
    """Nothing is found on *texts*; once *old* becomes *new* in *lang*, *rule* names *lang* as an error."""
    assert _numbers(texts, termbase) == []
    assert (rule, "error", [lang]) in _numbers(edited(texts, lang, old, new, 1), termbase)


# --- 1. ordinals in digits and words ---------------------------------------------------------

_ELSEWHERE = {"en": "In 2 years, 3 new routes will open.", "ru": "За 2 года откроются 3 новых маршрута.",
              "kk": "2 жылда 3 жаңа бағыт ашылады."}
"""A paragraph that states 2 and 3 in every version: a figure changed elsewhere into one of
them is then found only in its own paragraph."""


def _with_elsewhere(texts: dict[str, str]) -> dict[str, str]:
    return {lang: f"{text}\n\n{_ELSEWHERE[lang]}" for lang, text in texts.items()}


_MEETING = {
    "en": "On 12 May in Doha, Minister Arman Seitov and his counterpart agreed to prepare the third "
          "ministerial meeting of the dialogue.",
    "ru": "12 мая в Дохе министр Арман Сейтов и его коллега договорились готовить третью министерскую "
          "встречу диалога.",
    "kk": "12 мамырда Дохада министр Арман Сейтов пен оның әріптесі диалогтың үшінші министрлік "
          "кездесуін дайындауға келісті.",
}


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("kk", "үшінші министрлік", "екінші министрлік"),  # read as the sides of a meeting before
    ("ru", "третью министерскую", "четвёртую министерскую"),
    ("en", "third ministerial", "fourth ministerial"),
])
def test_an_ordinal_of_a_meeting_must_agree(termbase: dict, lang: str, old: str, new: str) -> None:
    """«үшінші министрлік кездесу» is the third ministerial meeting (no count of ministers), and
    «третью министерскую встречу» the ordinal, not a third of anything."""
    _assert_found(_with_elsewhere(_MEETING), lang, old, new, termbase)


def test_third_countries_are_no_third_of_a_row(termbase: dict) -> None:
    """"Transit to third countries", «в третьи страны», «үшінші елдерге»: other countries, soft;
    a version that leaves the phrase out lacks no 3."""
    texts = dict(_NEXT_DAY)
    texts["en"] += " Gas transit to third countries was discussed."
    assert _numbers(texts, termbase) == []


def test_the_third_part_is_still_a_fraction() -> None:
    """«третью часть» (a third) and «третью долю» are a fraction; «в третью очередь» an ordinal."""
    fraction = find_numbers("третью часть бюджета", "ru")
    assert [(float(n.value), n.ordinal) for n in fraction] == [(0.333, False)]
    assert [(int(n.value), n.ordinal) for n in find_numbers("в третью очередь", "ru")] == [(3, True)]


_ARSENAL = {
    "en": "Kazakhstan renounced the world's fourth-largest nuclear arsenal.",
    "ru": "Казахстан отказался от четвёртого по величине ядерного арсенала в мире.",
    "kk": "Қазақстан әлемдегі төртінші ірі ядролық арсеналдан бас тартты.",
}


def test_a_rank_joined_by_a_hyphen_is_an_ordinal(termbase: dict) -> None:
    _assert_found(_ARSENAL, "en", "fourth-largest", "fifth-largest", termbase)


_ORDER = {
    "en": "The President awarded Ambassador Lena Moreau the Order of Dostyk, 1st class.",
    "ru": "Президент наградил посла Лену Моро орденом «Достық» I степени.",
    "kk": "Президент елші Лена Мороны I дәрежелі «Достық» орденімен марапаттады.",
}


@pytest.mark.parametrize(("lang", "old", "new"), [("en", "1st class", "2nd class"),
                                                   ("ru", "I степени", "II степени")])
def test_the_class_of_an_order_must_agree(termbase: dict, lang: str, old: str, new: str) -> None:
    """A lone Latin I before a Cyrillic word is a Roman numeral (I степени, I дәрежелі): the 1
    of "1st class" has its counterpart, and another class is another figure."""
    _assert_found(_with_elsewhere(_ORDER), lang, old, new, termbase)


def test_a_roman_one_has_no_counterpart_in_english_first(termbase: dict) -> None:
    """«по I технической категории», «I техникалық санат»: English writes "the first technical
    category", and "first" is left unread; the I is no figure the English lacks."""
    texts = {"en": "The 74-kilometre section will be rebuilt to the first technical category.",
             "ru": "Участок протяжённостью 74 километра будет реконструирован по I технической категории.",
             "kk": "Ұзындығы 74 шақырым учаске I техникалық санат бойынша қайта жаңартылады."}
    assert _numbers(texts, termbase) == []


_FORUM = {
    "en": "The third Astana International Forum opened today; the two-day forum gathered 900 guests.",
    "ru": "Сегодня открылся III Астанинский международный форум; двухдневный форум собрал 900 гостей.",
    "kk": "Бүгін III Астана халықаралық форумы ашылды; екі күндік форумға 900 қонақ жиналды.",
}


def test_an_edition_counts_in_its_paragraph(termbase: dict) -> None:
    """«III … форум» (an edition, soft) still counts in its paragraph: «үш күндік форум»
    (three-day) in place of «екі күндік» says 3 once more than "the third … Forum" does, and
    another edition is still found."""
    texts = _with_elsewhere(_FORUM)
    _assert_found(texts, "kk", "екі күндік", "үш күндік", termbase)
    _assert_found(texts, "en", "The third Astana", "The fourth Astana", termbase)


# --- 2. counted nouns and frequencies --------------------------------------------------------

_FLIGHTS = {
    "en": "Four documents were signed. Qazaq Air will fly from Aktau to Baku three times a week "
          "and will use the third terminal.",
    "ru": "Подписаны четыре документа. Qazaq Air будет летать из Актау в Баку три раза в неделю и "
          "использовать третий терминал.",
    "kk": "Төрт құжатқа қол қойылды. Qazaq Air Ақтаудан Бакуге аптасына үш рет ұшып, үшінші "
          "терминалды пайдаланады.",
}


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("ru", "четыре документа", "пять документов"),
    ("en", "three times a week", "twice a week"),
    ("ru", "три раза в неделю", "дважды в неделю"),
    ("kk", "аптасына үш рет", "аптасына екі рет"),
])
def test_a_count_or_a_frequency_must_agree(termbase: dict, lang: str, old: str, new: str) -> None:
    _assert_found(_FLIGHTS, lang, old, new, termbase)


@pytest.mark.parametrize(("lang", "old", "new"), [("en", "three times a week", "thrice weekly"),
                                                   ("ru", "три раза в неделю", "трижды в неделю")])
def test_a_frequency_said_another_way_is_the_same(termbase: dict, lang: str, old: str, new: str) -> None:
    assert _numbers(edited(_FLIGHTS, lang, old, new), termbase) == []


_ONCE = {
    "en": "On 3 June, Minister Arman Seitov said that flights from Aktau to Tabriz will run once a week.",
    "ru": "3 июня министр Арман Сейтов сообщил, что рейсы из Актау в Тебриз будут выполняться раз в неделю.",
    "kk": "3 маусымда министр Арман Сейтов Ақтаудан Тебризге рейстер аптасына бір рет орындалатынын айтты.",
}


@pytest.mark.parametrize(("lang", "old", "new"), [("en", "once a week", "twice a week"),
                                                   ("ru", "раз в неделю", "два раза в неделю"),
                                                   ("kk", "аптасына бір рет", "аптасына екі рет")])
def test_once_a_week_is_not_twice(termbase: dict, lang: str, old: str, new: str) -> None:
    """"Once a week", «раз в неделю», «аптасына бір рет» count one a week (soft: "once" says no
    figure alone), and another frequency in its place is found; «пять раз в неделю» is five."""
    _assert_found(_with_elsewhere(_ONCE), lang, old, new, termbase)
    assert [int(n.value) for n in find_numbers("пять раз в неделю", "ru")] == [5]


# --- 3. the next day against a count of days --------------------------------------------------

_NEXT_DAY = {
    "en": "The delegation arrived in Hanoi on 4 March. The next day it met the Deputy Prime Minister.",
    "ru": "Делегация прибыла в Ханой 4 марта. На следующий день она встретилась с вице-премьером.",
    "kk": "Делегация 4 наурызда Ханойға келді. Келесі күні ол вице-премьермен кездесті.",
}


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("en", "The next day", "Two days later"),
    ("ru", "На следующий день", "Через два дня"),
    ("kk", "Келесі күні", "Екі күннен кейін"),
])
def test_the_next_day_is_not_two_days_later(termbase: dict, lang: str, old: str, new: str) -> None:
    _assert_found(_with_elsewhere(_NEXT_DAY), lang, old, new, termbase)


def test_the_morrow_in_kazakh_is_the_next_day(termbase: dict) -> None:
    """«Ертеңіне» (on its morrow) is the next day as «келесі күні» is: "two days later" in its
    place in another version is found."""
    texts = edited(_with_elsewhere(_NEXT_DAY), "kk", "Келесі күні", "Ертеңіне")
    _assert_found(texts, "en", "The next day", "Two days later", termbase)


@pytest.mark.parametrize(("lang", "old", "new"), [("en", "The next day", "The following day"),
                                                   ("ru", "На следующий день", "На другой день"),
                                                   ("kk", "Келесі күні", "Ертеңіне"),
                                                   ("en", "The next day", "The day after")])
def test_the_next_day_said_another_way_is_the_same(termbase: dict, lang: str, old: str, new: str) -> None:
    assert _numbers(edited(_NEXT_DAY, lang, old, new), termbase) == []


_TRAIN = {
    "en": "The train left Lanzhou on 2 May and crossed the border at Khorgos three days later. "
          "The next train leaves on 20 May.",
    "ru": "Поезд вышел из Ланьчжоу 2 мая и через три дня пересёк границу на Хоргосе. Следующий "
          "поезд отправится 20 мая.",
    "kk": "Пойыз 2 мамырда Ланьчжоудан шығып, үш күннен кейін Қорғаста шекарадан өтті. Келесі "
          "пойыз 20 мамырда жүреді.",
}


def test_days_later_to_an_event_no_version_dates_is_no_interval(termbase: dict) -> None:
    """"Three days later" counts from 2 May to a crossing no version dates: the dates given
    (2 and 20 May) do not measure it. A term with a date near its end still is measured."""
    assert _numbers(_TRAIN, termbase) == []
    moved = {lang: text.replace("20 ", "6 ", 1) if lang == "en" else text.replace("20 мая", "6 мая")
             .replace("20 мамырда", "6 мамырда") for lang, text in _TRAIN.items()}
    assert ("facts.interval", "error", ["en"]) in _numbers(moved, termbase)


# --- 4. number words that are not the figure they look like -----------------------------------

_EXPEDITIONS = {
    "en": "About a dozen expeditions have worked in Turkistan, the largest project in three decades; "
          "the medicine helped in nine cases out of ten.",
    "ru": "В Туркестане работали около десятка экспедиций, это крупнейший проект за три десятилетия; "
          "препарат помог в девяти случаях из десяти.",
    "kk": "Түркістанда он шақты экспедиция жұмыс істеді, бұл отыз жылдағы ең ірі жоба; препарат он "
          "жағдайдың тоғызында көмектесті.",
}


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("kk", "жағдайдың тоғызында", "жағдайдың сегізінде"),
    ("kk", "отыз жылдағы", "жиырма жылдағы"),
    ("en", "three decades", "two decades"),
])
def test_tens_decades_and_parts_read_as_their_figures(termbase: dict, lang: str, old: str, new: str) -> None:
    """«он шақты» is about ten («около десятка», "about a dozen"); "three decades" and «три
    десятилетия» are «отыз жыл»; «он жағдайдың тоғызында» counts nine of ten cases."""
    _assert_found(_EXPEDITIONS, lang, old, new, termbase)


_HOTLINE = {
    "en": "The Embassy opened a 24-hour hotline for the 12 stranded citizens.",
    "ru": "Посольство открыло круглосуточную горячую линию для 12 застрявших граждан.",
    "kk": "Елшілік қиын жағдайда қалған 12 азаматқа тәулік бойы жұмыс істейтін жедел желі ашты.",
}


def test_a_24_hour_line_is_round_the_clock(termbase: dict) -> None:
    """"24-hour" is «круглосуточную», «тәулік бойы»: no figure the others lack; a changed count
    beside it is still found."""
    _assert_found(_HOTLINE, "ru", "для 12", "для 21", termbase)


_STATION = {
    "en": "Cargo goes through the Altynkol – Zhetygen stations; the decision was discussed at the "
          "National Kurultai.",
    "ru": "Грузы везут через станции Алтынколь – Жетыген; решение обсуждали на V заседании курултая.",
    "kk": "Жүктер Алтынкөл – Жетіген станциялары арқылы тасымалданады; шешім V Ұлттық құрылтайда "
          "талқыланды.",
}


def test_a_capitalised_number_word_is_a_name(termbase: dict) -> None:
    """The station Жетіген (жеті, seven) is a name: Kazakh and Russian write no numeral with a
    capital inside a sentence; a lone V before a name is the edition of the event (soft)."""
    assert _numbers(_STATION, termbase) == []
    assert find_numbers("Алтынкөл – Жетіген учаскесі", "kk") == []
    assert [int(n.value) for n in find_numbers("Екі ел келісті.", "kk")] == [2]
    dateline = "Астана, 2026 жылғы 27 қараша – Екі гляциолог экспедицияға қатысады."
    assert [int(n.value) for n in find_numbers(dateline, "kk")] == [2026, 27, 2]


# --- 5. qualifiers written as verbs, and of a term in parts -----------------------------------------

_TERM = {
    "en": "Workers may stay in Korea for up to four years and ten months.",
    "ru": "Работники могут находиться в Корее сроком до четырёх лет и десяти месяцев.",
    "kk": "Жұмысшылар Кореяда төрт жыл он айға дейін бола алады.",
}


def test_the_qualifier_of_a_term_in_parts_is_each_parts(termbase: dict) -> None:
    """«төрт жыл он айға дейін» is up to four years and ten months: «дейін» after the months is
    the whole term's, as "up to" before the years is; a term with no limit at all is found."""
    _assert_found(_TERM, "en", "for up to four", "for four", termbase, "numbers.qualifier")


_COSTS = {
    "en": "The costs of a candidate will not exceed USD 1,100.",
    "ru": "Расходы кандидата не превысят 1100 долларов США.",
    "kk": "Үміткердің шығыны 1 100 АҚШ долларынан аспайды.",
}


def test_will_not_exceed_is_up_to(termbase: dict) -> None:
    """«не превысят» (will not exceed) is "up to", as «аспайды»; a bare figure says otherwise."""
    _assert_found(_COSTS, "ru", "не превысят 1100", "составят 1100", termbase, "numbers.qualifier")


# --- 6. one span approximated from either end ----------------------------------------------------

_YEARS = {
    "ru": "Более семи лет Арман Сейтов руководил консульской службой министерства.",
    "kk": "Сегіз жылға жуық уақыт бойы Арман Сейтов министрліктің консулдық қызметін басқарды.",
}


def test_more_than_seven_is_nearly_eight(termbase: dict) -> None:
    """"More than seven years" and «сегіз жылға жуық» (close to eight years) say the same span;
    «алты жылға жуық» (close to six) does not."""
    assert _numbers(_YEARS, termbase) == []
    with_en = dict(_YEARS, en="For more than seven years Arman Seitov headed the consular service.")
    _assert_found(with_en, "kk", "Сегіз жылға", "Алты жылға", termbase)


_CARGO = {
    "ru": "В 2026 году планируется открыть новые маршруты. За прошлый год в аэропорту обработано "
          "1736 тысячи тонн грузов, а тонна авиатоплива стоила 890 долларов. Перевозчики просят "
          "правительство снизить сборы и упростить таможенные процедуры для транзитных грузов. "
          "По мнению экспертов, без субсидий новые маршруты будут убыточными в первые годы работы, "
          "а авиакомпаниям придётся искать партнёров среди крупных логистических операторов региона.",
    "kk": "Былтыр әуежайда жүк өңдеу 173 мың тоннаға жетті.",
}
"""Versions by different hands (the Russian one much longer): what kk leaves out is a warning."""


def test_a_contradicted_figure_is_paired_with_the_figure_like_it(termbase: dict) -> None:
    """kk 173 мың against ru 1736 тысячи is a contradiction of that figure (an error), not of
    the year 2026 said before it; 2026 and 890 are what kk leaves out (a warning)."""
    found = check_texts(_CARGO, termbase, DAY).findings
    [mismatch] = [f for f in found if f.rule == "numbers.mismatch"]
    assert (mismatch.severity, mismatch.langs, mismatch.excerpt) == ("error", ["ru"], "1736 тысячи")
    [omitted] = [f for f in found if f.rule == "content.omitted"]
    assert "1,736,000" not in omitted.message and "2026" in omitted.message
