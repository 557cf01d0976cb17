"""Numbers as real news writes them (issue 12, round 20): a number word before an abbreviated
scale («два млрд», «бір трлн»), a bare scale word («миллиону», «полумиллиона»), a Kazakh
qualifier after the abbreviated scale («1 млн астам»), cubic metres written «м3», and a rounded
"more than" headline figure against the exact figure of another version. Sentences written
here; the Russian case forms come from pymorphy3, not from the code under test."""

from __future__ import annotations

import pymorphy3
import pytest

from press.check import check_texts
from press.lang.read_numbers import find_numbers
from tests.edits import DAY

_MORPH = pymorphy3.MorphAnalyzer()
_CASES = ["nomn", "gent", "datv", "accs", "ablt", "loct"]


def _form(word: str, *grammemes: str) -> str:
    """*word* inflected by pymorphy3 (the oracle, not the code under test)."""
    parsed = next(p for p in _MORPH.parse(word) if p.tag.POS in ("NUMR", "NOUN"))
    return parsed.inflect(set(grammemes)).word


def _numbers(texts: dict[str, str], termbase: dict) -> list:
    return [f for f in check_texts(texts, termbase, DAY).findings if f.rule.startswith("numbers.")]


# --- 1. a number word before an abbreviated scale ------------------------------------------

@pytest.mark.parametrize("case", _CASES)
@pytest.mark.parametrize(("word", "value"), [("два", 2), ("три", 3), ("пять", 5), ("сорок", 40)])
@pytest.mark.parametrize(("scale", "size"), [("млн", 10**6), ("млрд", 10**9), ("трлн", 10**12)])
def test_a_russian_word_and_an_abbreviated_scale_are_one_figure(case: str, word: str, value: int,
                                                                 scale: str, size: int) -> None:
    words = _form(word, case)
    (found,) = find_numbers(f"Объём составил {words} {scale} тенге за год.", "ru")
    assert (found.value, found.text, found.unit) == (value * size, f"{words} {scale}", "kzt")


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Бюджет жылына бір трлн теңгеге жетеді.", "kk", 10**12),
    ("Экспорт екі млрд долларды құрады.", "kk", 2 * 10**9),
    ("Планируется собрать одного млн тонн зерна.", "ru", 10**6),
    ("Exports reached two bn dollars.", "en", 2 * 10**9),
])
def test_other_words_before_an_abbreviated_scale(text: str, lang: str, value: int) -> None:
    assert [m.value for m in find_numbers(text, lang)] == [value]


_TRILLION = {"en": "The region's output will reach 1 trillion tenge next year, the governor said.",
             "ru": "Объём продукции региона в следующем году достигнет отметки в один трлн тенге, "
                   "сообщил аким.",
             "kk": "Келесі жылы өңір өнімінің көлемі 1 трлн теңгеге жетеді, деді әкім."}


def test_one_trillion_in_words_matches_its_digits(termbase: dict) -> None:
    assert not _numbers(_TRILLION, termbase)


def test_two_trillion_in_words_against_one_is_still_found(termbase: dict) -> None:
    texts = {**_TRILLION, "ru": _TRILLION["ru"].replace("один трлн", "два трлн")}
    assert [f.langs for f in _numbers(texts, termbase) if f.severity == "error"] == [["ru"]]


# --- 2. a bare scale word as a figure ------------------------------------------------------

@pytest.mark.parametrize("case", _CASES)
@pytest.mark.parametrize(("scale", "size"), [("миллион", 10**6), ("миллиард", 10**9)])
def test_a_bare_singular_scale_word_is_one_of_it(case: str, scale: str, size: int) -> None:
    word = _form(scale, case, "sing")
    (found,) = find_numbers(f"Помощь оказана почти {word} семей.", "ru")
    assert (found.value, found.text) == (size, word)


@pytest.mark.parametrize("case", _CASES)
def test_a_plural_scale_word_counts_nothing(case: str) -> None:
    word = _form("миллион", case, "plur")
    assert not find_numbers(f"Это затронуло {word} людей.", "ru")


@pytest.mark.parametrize("case", ["nomn", "gent", "datv", "ablt", "loct"])
@pytest.mark.parametrize("prefix", ["полу", "пол-"])
def test_half_a_scale_word_is_half_of_it(case: str, prefix: str) -> None:
    word = prefix + _form("миллион", case, "sing")
    (found,) = find_numbers(f"Выплаты получили более {word} жителей.", "ru")
    assert (found.value, found.qualifier) == (500_000, "more")


_VICTIMS = {"en": "Over the years rescuers helped nearly one million victims and saved over 500,000 people.",
            "ru": "За эти годы спасатели помогли почти миллиону пострадавших и спасли более "
                  "полумиллиона человек.",
            "kk": "Осы жылдары құтқарушылар миллионға жуық зардап шегушіге көмектесіп, жарты "
                  "миллионнан астам адамды құтқарды."}


def test_a_million_and_half_a_million_in_words_match(termbase: dict) -> None:
    assert not [f for f in _numbers(_VICTIMS, termbase) if "ru" in f.langs]


def test_half_a_million_against_three_hundred_thousand_is_found(termbase: dict) -> None:
    texts = {**_VICTIMS, "en": _VICTIMS["en"].replace("500,000", "300,000")}
    assert [f for f in _numbers(texts, termbase) if f.severity == "error"]


# --- 3. a Kazakh qualifier after an abbreviated scale ---------------------------------------

@pytest.mark.parametrize(("word", "qualifier"), [("астам", "more"), ("артық", "more"), ("жуық", "close"),
                                                 ("шамасында", "approx"), ("дейін", "to")])
@pytest.mark.parametrize("scale", ["млн", "млрд", "мың"])
def test_a_qualifier_after_an_abbreviated_scale(word: str, qualifier: str, scale: str) -> None:
    (found,) = find_numbers(f"Жыл сайын 3 {scale} {word} адам келеді.", "kk")
    assert found.qualifier == qualifier


def test_a_bare_figure_before_the_qualifier_still_needs_its_ending() -> None:
    (found,) = find_numbers("Жыл сайын 300 астам адам келеді.", "kk")
    assert found.qualifier is None


_PILGRIMS = {"en": "Each year over 1 million people visit the mausoleum, the minister said.",
             "ru": "Ежегодно мавзолей посещают более 1 млн человек, сообщил министр.",
             "kk": "Жыл сайын кесенеге 1 млн астам адам келеді, деді министр."}


def test_over_a_million_in_kazakh_matches(termbase: dict) -> None:
    assert not _numbers(_PILGRIMS, termbase)


def test_about_a_million_against_over_is_still_found(termbase: dict) -> None:
    texts = {**_PILGRIMS, "kk": _PILGRIMS["kk"].replace("астам", "шамасында")}
    assert [f.rule for f in _numbers(texts, termbase)] == ["numbers.qualifier"]


# --- 4. cubic metres written м3 --------------------------------------------------------------

@pytest.mark.parametrize(("written", "unit"), [("м3", "cubic metre"), ("м³", "cubic metre"),
                                               ("км2", "square km"), ("куб. м", "cubic metre")])
def test_a_power_written_as_a_digit(written: str, unit: str) -> None:
    (found,) = find_numbers(f"Мощность достигла 45 600 {written} в сутки.", "ru")
    assert (found.value, found.unit) == (45_600, unit)


_WATER = {"en": "The plant now supplies 45,600 cubic meters of water a day.",
          "ru": "Сейчас станция подаёт 45 600 м3 воды в сутки.",
          "kk": "Қазір станция тәулігіне 45 600 текше метр су береді."}


def test_cubic_metres_written_m3_match(termbase: dict) -> None:
    assert not _numbers(_WATER, termbase)


def test_metres_against_cubic_metres_are_still_found(termbase: dict) -> None:
    texts = {**_WATER, "ru": _WATER["ru"].replace("м3", "м")}
    assert [f.rule for f in _numbers(texts, termbase)] == ["numbers.unit"]


# --- 5. a rounded "more than" figure against the exact one -----------------------------------

_INVESTED = {"ru": "Более 400 млрд тенге вложили инвесторы в область\n\nАким сообщил, что за год "
                   "подписано 12 соглашений на общую сумму 472 миллиарда тенге.",
             "kk": "Инвесторлар облысқа қаржы салды\n\nӘкімнің айтуынша, бір жылда жалпы сомасы 472 "
                   "млрд теңге болатын 12 келісімге қол қойылды."}


def test_a_rounded_headline_figure_matches_the_exact_one(termbase: dict) -> None:
    assert not _numbers(_INVESTED, termbase)


@pytest.mark.parametrize("headline", ["Более 500 млрд", "Более 300 млрд", "Почти 400 млрд", "400 млрд"])
def test_a_headline_figure_the_exact_one_does_not_round_to_is_found(headline: str, termbase: dict) -> None:
    texts = {**_INVESTED, "ru": _INVESTED["ru"].replace("Более 400 млрд", headline)}
    assert [f for f in _numbers(texts, termbase) if "ru" in f.langs]


@pytest.mark.parametrize(("qualifier", "exact"), [("более", "436"), ("около", "396"), ("почти", "386")])
def test_each_qualifier_rounds_from_its_side(qualifier: str, exact: str, termbase: dict) -> None:
    texts = {"ru": _INVESTED["ru"].replace("Более", qualifier.capitalize()).replace("472", exact),
             "kk": _INVESTED["kk"].replace("472", exact)}
    assert not _numbers(texts, termbase)


# --- 1b. exceeding a mark: a qualifier of the number word after it ---------------------------

_MARK = {"en": "By the year-end the output is projected to surpass 1 trillion tenge, the governor said.",
         "ru": "По итогам года ожидается превышение отметки в один трлн тенге, сообщил аким.",
         "kk": "Жыл қорытындысы бойынша өнім көлемі 1 трлн теңгеден асады, деді әкім."}


@pytest.mark.parametrize("noun", ["превышение отметки в", "превысит отметку в", "превышения рубежа в"])
def test_exceeding_a_mark_is_more_than_it(noun: str) -> None:
    (found,) = find_numbers(f"Ожидается {noun} один трлн тенге.", "ru")
    assert (found.value, found.qualifier) == (10**12, "more")


def test_exceeding_the_trillion_mark_matches_surpass(termbase: dict) -> None:
    assert not _numbers(_MARK, termbase)


def test_reaching_the_mark_against_exceeding_it_is_still_found(termbase: dict) -> None:
    texts = {**_MARK, "ru": _MARK["ru"].replace("превышение отметки", "достижение отметки")}
    assert [f.rule for f in _numbers(texts, termbase)] == ["numbers.qualifier"]
