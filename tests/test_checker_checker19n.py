"""Numbers are compared as what they count (issue 12, helper checker19n): a figure's kind (its
unit, an ordinal, an age, a calendar or birth year, a plain count) is read once per mention, and
a figure one version lacks pairs only with one of the same kind another version has instead.
Hedges («предварительно», "tentatively") read as "about", «N-ге жетпей» as "less than N",
"a third faster than" as a third, "first"/«первый»/«алғашқы» as ordinal 1, currency codes
before a figure and every CLDR currency name as a unit. Each case is written here (own people,
places and figures); every class has its error found (error level) and its harmless variant
left alone.

In-process, as tests/test_checker_realnews.py: plain texts through `check_texts` with the
toolkit's termbase (what `press check --text` reads).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from babel.numbers import get_currency_name

from press.check import check_texts
from press.lang import read_numbers
from press.lang.read_numbers import AGE, BIRTH_YEAR, CALENDAR_YEAR, COUNT, ORDINAL, find_numbers
from press.lang.russian import parses
from tests.edits import DAY, edited


def _findings(texts: dict[str, str], termbase: dict) -> list[tuple[str, str, list[str]]]:
    return [(f.rule, f.severity, f.langs) for f in check_texts(texts, termbase, DAY).findings]


def _number_errors(texts: dict[str, str], termbase: dict) -> list[tuple[str, str, list[str]]]:
    return [f for f in _findings(texts, termbase) if f[0].startswith("numbers.") and f[1] == "error"]


def _assert_found(texts: dict[str, str], lang: str, old: str, new: str, termbase: dict,
                  rule: str = "numbers.mismatch") -> None:
    """Nothing is found on *texts*; once *old* becomes *new* in *lang*, *rule* names *lang* as an error."""
    assert _number_errors(texts, termbase) == []
    assert (rule, "error", [lang]) in _number_errors(edited(texts, lang, old, new, 1), termbase)


# --- 1. what a figure counts, read once for the three languages -------------------------------

@pytest.mark.parametrize(("lang", "text", "value", "kind"), [
    ("ru", "30-летний Ержан Сапаров выступит в Осло.", 30, AGE),
    ("ru", "Тридцатилетний спортсмен выступит в Осло.", 30, AGE),
    ("ru", "Спортсмену в возрасте 30 лет вручили приз.", 30, AGE),
    ("kk", "30 жастағы Ержан Сапаров Ослода өнер көрсетеді.", 30, AGE),
    ("kk", "Ержан Сапаров 30 жасқа толды.", 30, AGE),
    ("en", "Yerzhan Saparov, aged 30, will compete in Oslo.", 30, AGE),
    ("en", "The 30-year-old skier will compete in Oslo.", 30, AGE),
    ("ru", "Принят пятилетний план развития.", 5, "year"),
    ("en", "Saparov was born in 1994 in Taraz.", 1994, BIRTH_YEAR),
    ("ru", "Сапаров родился в 1994 году в Таразе.", 1994, BIRTH_YEAR),
    ("ru", "Ержан Сапаров, 1994 года рождения, из Тараза.", 1994, BIRTH_YEAR),
    ("kk", "Ержан Сапаров 1994 жылы Таразда дүниеге келген.", 1994, BIRTH_YEAR),
    ("kk", "Ержан Сапаров 1994 жылы туған.", 1994, BIRTH_YEAR),
    ("ru", "В 2024 году он выиграл Кубок Азии.", 2024, CALENDAR_YEAR),
    ("kk", "Ол 2024 жылы Азия кубогын жеңіп алды.", 2024, CALENDAR_YEAR),
    ("en", "In 2024 he won the Asian Cup.", 2024, CALENDAR_YEAR),
    ("en", "About 1,800 people attended.", 1800, COUNT),
    ("ru", "Около 1800 человек пришли на матч.", 1800, COUNT),
    ("kk", "Ол 57 келі салмақта алтын алды.", 57, "kg"),
    ("ru", "Он победил в весе 57 кг.", 57, "kg"),
    ("ru", "Это его четвёртая медаль.", 4, ORDINAL),
    ("kk", "Бұл оның үшінші алтыны.", 3, ORDINAL),
    ("kk", "Үзіліс 15 минутқа созылды.", 15, "minute"),
    ("ru", "Перерыв длился 15 минут.", 15, "minute"),
])
def test_a_figure_is_read_with_what_it_counts(lang: str, text: str, value: int, kind: str) -> None:
    kinds = {m.kind for m in find_numbers(text, lang) if m.value == value}
    assert kinds == {kind}, (text, kinds)


def _ru_forms(word: str, gender: str) -> set[str]:
    """Every case form of a Russian ordinal in one gender, from pymorphy3 (an oracle of its own)."""
    parse = next(p for p in parses(word) if p.tag.POS == "ADJF")
    cases = ("nomn", "gent", "datv", "accs", "ablt", "loct")
    return {form.word for case in cases if (form := parse.inflect({gender, "sing", case}))}


@pytest.mark.parametrize("form", sorted(_ru_forms("четвёртый", "femn") | _ru_forms("четвёртый", "neut")))
def test_a_russian_ordinal_in_every_case_is_an_ordinal(form: str) -> None:
    found = [m for m in find_numbers(f"Это {form} попытка.", "ru") if m.value == 4]
    assert [m.kind for m in found] == [ORDINAL]


# --- 2. figures of different things are never paired ----------------------------------------

_BOXING = {
    "ru": "Аружан Темирова стала чемпионкой мира в Дохе 12 мая.\n\n"
          "В активе сборной Казахстана семь золотых медалей и две «бронзы».\n\n"
          "Ранее спортсменов поздравил министр спорта.",
    "kk": "Аружан Темирова 12 мамырда Дохада әлем чемпионы атанды.\n\n"
          "Қазақстан құрамасы жеті алтын медаль жеңіп алды: бұған дейін Дана Сейітова (57 келі) мен "
          "Әсем Нұрлан (63 келі) чемпион атанған.",
}
"""Two write-ups by different hands (their paragraphs differ), as news agencies publish them: ru
counts bronzes where kk gives the weight classes of two other champions, which ru does not state."""


def test_a_count_is_not_paired_with_a_weight_class(termbase: dict) -> None:
    found = _findings(_BOXING, termbase)
    assert not [f for f in found if f[0] == "numbers.mismatch"], found
    assert ("content.omitted", "warning", ["ru"]) in found  # kk's weight classes: what ru does not state


def test_a_changed_count_of_the_same_thing_is_still_an_error(termbase: dict) -> None:
    texts = edited(_BOXING, "kk", "жеті алтын", "алты алтын")
    assert ("numbers.mismatch", "error", ["kk"]) in _findings(texts, termbase) \
        or ("numbers.mismatch", "error", ["ru"]) in _findings(texts, termbase)  # two versions: either


_CHAMPION = {
    "ru": "Дана Сейтова снова победила в Дохе 12 мая.\n\n"
          "Сейтова уже выигрывала чемпионат мира в 2023 году по версии другой федерации.\n\n"
          "Следующий старт пройдёт в Астане.",
    "kk": "Дана Сейітова 12 мамырда Дохада тағы да жеңіске жетті.\n\n"
          "Сейітова 1999 жылы дүниеге келген, әлем чемпионатында алтын медаль алған.",
}
"""Two write-ups by different hands: ru gives the year of a title, kk the year of birth."""


def test_a_birth_year_is_not_the_year_of_a_title(termbase: dict) -> None:
    assert not [f for f in _findings(_CHAMPION, termbase) if f[0] == "numbers.mismatch"]


def test_a_changed_year_of_the_same_kind_is_still_an_error(termbase: dict) -> None:
    texts = {"en": "In 2023 Dana Seitova won the world title in Doha.",
             "ru": "В 2023 году Дана Сейтова выиграла чемпионат мира в Дохе.",
             "kk": "2023 жылы Дана Сейітова Дохада әлем чемпионатын жеңіп алды."}
    _assert_found(texts, "ru", "В 2023 году", "В 2022 году", {})


# --- 3. qualifiers: hedges and «N-ге жетпей» -----------------------------------------------------

_SQUAD = {
    "en": "The squad will be approximately five athletes, the coach said on 12 May.",
    "ru": "Сборную представят предварительно 5 спортсменов, сообщил тренер 12 мая.",
    "kk": "Құраманы шамамен 5 спортшы құрайды, деді бапкер 12 мамырда.",
}


def test_a_hedge_is_about(termbase: dict) -> None:
    _assert_found(_SQUAD, "ru", "предварительно 5", "более 5", termbase, "numbers.qualifier")


_ROUTE = {
    "en": "Cargo will reach Constanta in less than five days, about a third faster than by the northern "
          "route.",
    "ru": "Груз будет доставляться в Констанцу менее чем за пять суток, что примерно на треть быстрее, "
          "чем по северному маршруту.",
    "kk": "Жүк Констанцаға бес тәулікке жетпей жетеді, бұл солтүстік бағытқа қарағанда шамамен үштен "
          "бірге жылдам.",
}


def test_short_of_five_days_is_less_than_five(termbase: dict) -> None:
    _assert_found(_ROUTE, "kk", "бес тәулікке жетпей", "бес тәулікте", termbase, "numbers.qualifier")


def test_a_third_faster_is_a_third(termbase: dict) -> None:
    _assert_found(_ROUTE, "en", "about a third faster", "about a quarter faster", termbase)


# --- 4. ordinal one, currencies -------------------------------------------------------------------

_COUNCIL = {
    "en": "On 14 October 2026 in Dublin, Minister Arman Seitov and his counterpart agreed to hold the first "
          "meeting of the business council.\n\n"
          "In 2 years, 3 new flights will open.",
    "ru": "14 октября 2026 года в Дублине министр Арман Сейтов и его коллега договорились провести первое "
          "заседание делового совета.\n\n"
          "За 2 года откроются 3 новых рейса.",
    "kk": "2026 жылғы 14 қазанда Дублинде министр Арман Сейтов пен оның әріптесі іскерлік кеңестің алғашқы "
          "отырысын өткізуге келісті.\n\n"
          "2 жылда 3 жаңа рейс ашылады.",
}
"""The second paragraph states 2 and 3 in every version: "first" changed into one of them is found
only as what replaced "first" in its paragraph."""


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("kk", "алғашқы отырысын", "екінші отырысын"),
    ("ru", "первое заседание", "третье заседание"),  # a third (3) said once more than the others
    ("en", "the first meeting", "the second meeting"),
])
def test_first_is_ordinal_one(termbase: dict, lang: str, old: str, new: str) -> None:
    _assert_found(_COUNCIL, lang, old, new, termbase)


_PLANT = {
    "en": "The plant, worth about EUR 42 million, will open in Kostanay in 2027.",
    "ru": "Завод стоимостью около 42 млн евро откроется в Костанае в 2027 году.",
    "kk": "Құны шамамен 42 млн еуро болатын зауыт 2027 жылы Қостанайда ашылады.",
}


def test_a_currency_code_before_the_figure_is_its_unit(termbase: dict) -> None:
    _assert_found(_PLANT, "ru", "42 млн евро", "42 млн долларов", termbase, "numbers.unit")


@pytest.fixture(scope="module")
def derived_currencies(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The currency table derived afresh by the code under test, in an empty user cache, not read
    back from a table kept by an earlier run (which a planted bug would not change)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        _clear_currency_memos()
        yield
    _clear_currency_memos()


def _clear_currency_memos() -> None:
    for memo in (read_numbers._cldr_currencies, read_numbers._ru_units, read_numbers._ru_unit,
                 read_numbers.unit_of):
        memo.cache_clear()


@pytest.mark.usefixtures("derived_currencies")
@pytest.mark.parametrize("code", ["CZK", "KWD", "TRY", "CNY", "PLN", "HUF", "UAH", "THB", "GEL", "MNT",
                                  "VND"])
def test_every_cldr_currency_name_is_one_unit_in_three_languages(code: str) -> None:
    """The name of a currency as CLDR gives it in each language, after 1, 2 and 5 (Babel's data,
    read independently of the table under test), names one unit in all three."""
    units = set()
    for lang, counts in (("en", (1, 5)), ("ru", (1, 2, 5)), ("kk", (1,))):
        for count in counts:
            name = get_currency_name(code, count=count, locale=lang)
            found = find_numbers(f"Сумма: 5 млн {name}." if lang != "en" else f"Sum: 5 million {name}.", lang)
            units |= {m.unit for m in found}
    assert len(units) == 1 and None not in units, (code, units)


# --- 5. a noun with a numeral stem names a period --------------------------------------------------

def test_a_period_noun_is_no_figure_of_its_own(termbase: dict) -> None:
    texts = {"en": "Kazakhstan will send 12 athletes to the main event of the Olympic cycle in Milan.",
             "ru": "Казахстан отправит 12 спортсменов на главный старт четырёхлетия в Милан.",
             "kk": "Қазақстан төртжылдықтың басты додасына Миланға 12 спортшы жібереді."}
    assert _number_errors(texts, termbase) == []


# --- 6. race times ----------------------------------------------------------------------------------

_RACE = {
    "en": "In Inzell on 12 May, Aigerim Nurlanova finished the 3,000 m in 4:03.31, placing 10th.",
    "ru": "12 мая в Инцелле Айгерим Нурланова пробежала 3000 м за 4:03,31 и заняла 10-е место.",
    "kk": "12 мамырда Инцеллде Айгерім Нұрланова 3000 метрді 4 минут 03.31 секундта жүгіріп, 10-орын алды.",
}


def test_a_race_time_is_one_figure(termbase: dict) -> None:
    _assert_found(_RACE, "kk", "4 минут 03.31 секундта", "4 минут 03.13 секундта", termbase)


def test_another_racers_time_is_not_paired(termbase: dict) -> None:
    """Write-ups by different hands: kk adds the winner's time, which en does not give."""
    texts = {"en": "Aigerim Nurlanova finished the 3,000 m in Inzell in 4:03.31 on 12 May.",
             "kk": "12 мамырда Инцеллде Айгерім Нұрланова 3000 метрді 4 минут 03.31 секундта жүгірді.\n\n"
                   "Жеңімпаз Анна Рот 3 минут 54.28 секунд көрсетті."}
    assert not [f for f in _findings(texts, termbase) if f[0] == "numbers.mismatch"]


def test_one_russian_noun_is_one_unit(termbase: dict) -> None:
    """The rupiah is «рупия» in Russian and Kazakh, as the rupee: "500,000 rupiah" and «500 000
    рупий» are one sum, not two currencies."""
    texts = {"en": "A visa on arrival cost 500,000 rupiah in Denpasar on 12 May.",
             "ru": "12 мая виза по прибытии в Денпасаре стоила 500 000 рупий.",
             "kk": "12 мамырда Денпасарда келген кездегі виза 500 000 рупия тұрды."}
    assert _number_errors(texts, termbase) == []


def test_the_currency_table_is_kept_and_read_back(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Deriving every CLDR currency name costs a quarter of a second of a run's first check: the
    table is kept in the user cache and read back as derived; a change of the rule's own tables
    derives it again."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _clear_currency_memos()
    try:
        derived = read_numbers._cldr_currencies()
        assert list(tmp_path.glob("press/currency-units-*.json"))
        _clear_currency_memos()
        monkeypatch.setattr(read_numbers, "_derive_cldr_currencies", lambda: pytest.fail("derived again"))
        assert read_numbers._cldr_currencies() == derived
        _clear_currency_memos()
        monkeypatch.setattr(read_numbers, "_CURRENCY_RULE", read_numbers._CURRENCY_RULE + 1)
        monkeypatch.setattr(read_numbers, "_derive_cldr_currencies", lambda: {"en": {}, "ru": {}, "kk": {}})
        assert read_numbers._cldr_currencies() == {"en": {}, "ru": {}, "kk": {}}
    finally:
        _clear_currency_memos()
