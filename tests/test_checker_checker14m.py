"""Numbers, qualifiers and designations as a reader means them (issue 12, helper checker14m):
Kazakh numeral words in their real inflection (the pronoun «оның» is no «он»), proportions
(nine in ten, «девять из десяти», «оннан тоғызы») as one figure, ranges and the qualifier of
the right figure, units of area, designations read whole. Each case is written here (own
people, places and figures); every class has its error found (error level) and its harmless
variant left alone.

In-process, as tests/test_checker_realnews.py: plain texts through `check_texts` with the
toolkit's termbase (what `press check --text` reads).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from press.check import check_texts
from press.lang import kazakh
from press.lang.read_numbers import find_numbers
from tests.edits import DAY, edited


def _numbers(texts: dict[str, str], termbase: dict) -> list[tuple[str, str, list[str]]]:
    return [(f.rule, f.severity, f.langs) for f in check_texts(texts, termbase, DAY).findings
            if f.rule.startswith(("numbers.", "facts.", "designations."))]


def _assert_found(texts: dict[str, str], lang: str, old: str, new: str, termbase: dict,
                  rule: str = "numbers.mismatch") -> None:
    """Nothing is found on *texts*; once *old* becomes *new* in *lang*, *rule* names *lang* as an error."""
    assert _numbers(texts, termbase) == []
    found = _numbers(edited(texts, lang, old, new, 1), termbase)
    assert any(r == rule and sev == "error" and lang in langs for r, sev, langs in found), found


def _values(text: str, lang: str) -> list[Decimal]:
    return [n.value for n in find_numbers(text, lang) if not n.soft]


# --- 1. Kazakh numeral words in their real inflection -------------------------------------

_FORMS = {
    # written from a grammar's rules (the ending follows the numeral's last sound), not from the code
    "он": {"онның", "онға", "онды", "онда", "оннан", "онмен", "оны", "онына", "онының", "онынан"},
    "үш": {"үштің", "үшке", "үшті", "үште", "үштен", "үшпен", "үші", "үшіне"},
    "екі": {"екінің", "екіге", "екіні", "екіде", "екіден", "екімен", "екісі", "екісіне", "екісінен"},
    "тоғыз": {"тоғыздың", "тоғызға", "тоғызды", "тоғыздан", "тоғызбен", "тоғызы", "тоғызына"},
    "қырық": {"қырықтың", "қырыққа", "қырықтан", "қырықпен", "қырқы", "қырқына"},
    "елу": {"елудің", "елуге", "елуден", "елумен", "елуі", "елуіне"},
    "жиырма": {"жиырманың", "жиырмаға", "жиырмадан", "жиырмасы", "жиырмасына"},
}
_NOT_FORMS = {"он": {"оның", "оған", "одан", "ондай", "ондаған"}, "үш": {"үшке.", "үшбу"},
              "екі": {"екіншіден", "екеуі"}}


@pytest.mark.parametrize("numeral", sorted(_FORMS))
def test_a_numeral_takes_the_endings_of_its_last_sound(numeral: str) -> None:
    forms = kazakh.numeral_forms(numeral)
    assert _FORMS[numeral] <= set(forms)
    assert not _NOT_FORMS.get(numeral, set()) & set(forms)


def test_the_pronoun_its_after_a_genitive_is_no_ten() -> None:
    """«оның» is «ол» in the genitive ("its"); ten in the genitive is «онның». After another
    genitive it is still the pronoun, not a part of a whole."""
    text = "Қауымдастықтың басшылығымен университеттердің оның Бакудегі форумына қатысуы жоспарланды."
    assert Decimal(10) not in _values(text, "kk")
    assert _values("Делегацияның онның біреуі ғана келді.", "kk")[:1] == [Decimal(10)]


_ITS = {
    "en": "The rectors agreed that Kazakh universities will take part in the association's annual "
          "conference in Perth, and 12 students will attend it.",
    "ru": "Ректоры договорились, что казахстанские вузы примут участие в ежегодной конференции "
          "ассоциации в Перте, и на ней будут 12 студентов.",
    "kk": "Ректорлар қазақстандық жоғары оқу орындарының оның Перттегі жыл сайынғы конференциясына "
          "қатысатынына, оған 12 студент баратынына келісті.",
}
"""No version lacks a 10 for «оның»; a Kazakh ten in words said where the others say 12 is
found (the table `_ERRORS` at the end)."""


# --- 2. Proportions: nine in ten is one figure ---------------------------------------------

_SHARE = {
    "en": "In 2025, 52,300 Kazakh citizens visited Vietnam, and nearly nine in ten of them travelled "
          "to Nha Trang.",
    "ru": "В 2025 году Вьетнам посетили 52 300 граждан Казахстана, причём почти девять из десяти "
          "из них побывали в Нячанге.",
    "kk": "2025 жылы Вьетнамға 52 300 Қазақстан азаматы барған, олардың оннан тоғызына жуығы "
          "Нячангқа сапар шеккен.",
}


def test_a_proportion_is_one_figure_with_its_qualifier(termbase: dict) -> None:
    """«оннан тоғызына жуығы» is nearly nine out of ten, as "nearly nine in ten": «жуығы» is
    the proportion's qualifier, not the ten's."""
    assert _numbers(_SHARE, termbase) == []
    assert Decimal("0.9") in _values(_SHARE["kk"], "kk")


_PART = {
    "en": "At present, 64 of the region's 81 schools are connected to the network.",
    "ru": "В настоящее время к сети подключены 64 из 81 школы региона.",
    "kk": "Қазіргі уақытта өңірдегі 81 мектептің 64-і желіге қосылған.",
}
"""«64 из 81 школы» names what is counted: a part and a whole, as the English and Kazakh say
them (no proportion lacking); a changed part is still found."""


# --- 3. Ranges and the figure a qualifier belongs to ---------------------------------------

_AGES = {
    "en": "About 2,000 children aged from seven to 15 took part in the chess festival in Taraz.",
    "ru": "В шахматном фестивале в Таразе приняли участие около 2000 детей в возрасте от семи до 15 лет.",
    "kk": "Тараздағы шахмат фестиваліне жеті жастан 15 жасқа дейінгі 2 000-ға жуық бала қатысты.",
}
"""«от семи до 15 лет», «жеті жастан 15 жасқа дейін»: a range, not "up to 15" against a bare 15
in English; a changed bound is still found."""


def test_up_to_inside_a_range_is_no_qualifier(termbase: dict) -> None:
    texts = edited(_AGES, "en", "from seven to 15", "from seven up to 15", 1)
    assert _numbers(texts, termbase) == []


def test_a_limit_said_alone_is_still_a_limit() -> None:
    """«до 15 детей» with no lower bound is "up to 15"."""
    found = {n.value: n.qualifier for n in find_numbers("Группа объединяет до 15 детей.", "ru")}
    assert found[Decimal(15)] == "to"


_RUN = {
    "en": "The programme included a charity run over 10 kilometres along the Ishim embankment.",
    "ru": "В программу вошёл благотворительный забег на 10 километров по набережной Ишима.",
    "kk": "Бағдарламаға Есіл жағалауы бойымен 10 шақырымдық қайырымдылық жүгірісі енгізілді.",
}
""""A run over 10 kilometres" is the run's distance, «забег на 10 километров»; "more than 10
kilometres" said of it contradicts."""


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Over 10 kilometres of roads were repaired.", "more"),  # no race: more than
    ("The games were played over nine rounds at a rapid time control.", None),  # в девять туров
    ("Over nine countries took part.", "more"),
])
def test_over_is_more_than_unless_it_spans_a_race_or_its_rounds(text: str, qualifier: str | None) -> None:
    assert [n.qualifier for n in find_numbers(text, "en")] == [qualifier]


# --- 4. Designations read whole ----------------------------------------------------------

_CLEARED = {
    "en": "Since 1995, NDMA has cleared more than 1,400 square kilometres of land.",
    "ru": "С 1995 года NDMA очистил более 1400 квадратных километров территории.",
    "kk": "1995 жылдан бері NDMA 1 400 шаршы шақырымнан астам аумақты тазартты.",
}
"""«NDMA 1 400 шаршы шақырым» is the agency and 1,400, not the designation NDMA-1."""


def test_an_acronym_before_a_figure_in_thousands_is_no_designation() -> None:
    from press.lang.read_designations import find_designations

    assert find_designations(_CLEARED["kk"]) == []


_NOTICE = {
    "en": "A suspect in a fraud case subject to Red Notice B-20583/07-2024 was extradited from Spain.",
    "ru": "Из Испании экстрадирован фигурант дела о мошенничестве, в отношении которого выпущена "
          "«красная карточка» B-20583/07-2024.",
    "kk": "B-20583/07-2024 «қызыл хабарламасы» жарияланған алаяқтық ісі бойынша күдікті Испаниядан "
          "экстрадицияланды.",
}
"""A compound designation: a digit swapped anywhere inside it differs."""


def test_a_slashed_resolution_keeps_its_numbers() -> None:
    """A/RES/76/300 is still 76/300, as «резолюция 76/300»; 11/12/2025 and 24/7 are no compounds."""
    from press.lang.read_designations import find_designations

    assert [key for *_, key in find_designations("resolution A/RES/76/300 of 2022")] == ["76/300"]
    assert [key for *_, key in find_designations("Notice A-10427/11-2025 and case ВС-1234/2026-2")] \
        == ["A-10427/11-2025", "VS-1234/2026-2"]
    assert [key for *_, key in find_designations("on 11/12/2025, 24/7")] == ["11/12/2025", "24/7"]


# --- 5. A unit changed, the figure the same ------------------------------------------------

_AREA = {
    "en": "Since 2012, Kazakh engineers have cleared more than 9,000 hectares of former firing ranges.",
    "ru": "С 2012 года казахстанские инженеры очистили более 9 тысяч гектаров бывших полигонов.",
    "kk": "2012 жылдан бері қазақстандық инженерлер бұрынғы полигондардың 9 мың гектардан астам "
          "аумағын тазартты.",
}
"""The same 9,000 in hectares and in square kilometres (a hundred times more) differs."""


def test_square_kilometres_in_every_language_agree(termbase: dict) -> None:
    texts = {lang: text.replace(old, new) for (lang, text), (old, new) in zip(_AREA.items(), (
        ("9,000 hectares", "9,000 square kilometres"), ("9 тысяч гектаров", "9 тысяч кв. км"),
        ("9 мың гектардан", "9 мың км²-ден")), strict=True)}
    assert _numbers(texts, termbase) == []
    assert [n.unit for n in find_numbers(texts["ru"], "ru") if n.value == 9000] == ["square km"]


# --- 6. An ordinal that opens a name still counts ------------------------------------------

_PROGRAMME = {
    "en": "The participants reviewed the third Caspian Basin Programme and its funding in 2027.",
    "ru": "Участники рассмотрели ход реализации Третьей программы Каспийского бассейна и её "
          "финансирование в 2027 году.",
    "kk": "Қатысушылар Каспий бассейні бойынша үшінші бағдарламаның іске асырылуын және оны 2027 "
          "жылы қаржыландыруды қарады.",
}
"""«Третьей программы Каспийского бассейна»: the capital opens the name, the ordinal counts."""


# --- 7. Figures glued to a word: a Roman numeral with a Kazakh ending, the mid-1960s --------

_POPES = {
    "en": "The Minister recalled the visit of Pope Benedict XVI in 2009 and conveyed greetings to "
          "Pope Leo XIV.",
    "ru": "Министр напомнил о визите Папы Бенедикта XVI в 2009 году и передал приветствие Папе Льву XIV.",
    "kk": "Министр Рим Папасы Бенедикт XVI-ның 2009 жылғы сапарын еске алып, Рим Папасы Лев XIV-ке "
          "сәлем жолдады.",
}
"""«Лев XIV-ке», «Бенедикт XVI-ның»: the ending after a hyphen, the numeral still XIV, XVI."""

_DECADE = {
    "en": "The glaciers have shrunk by nearly 40 per cent since the mid-1960s.",
    "ru": "С середины 1960-х годов площадь ледников сократилась почти на 40 процентов.",
    "kk": "1960 жылдардың ортасынан бері мұздықтар аумағы 40 пайызға жуық қысқарды.",
}
""""The mid-1960s" states 1960, as «середины 1960-х»."""


_RETURNED = {
    "en": "Since 1991, more than 1.27 million ethnic Kazakhs have returned to their historical homeland.",
    "ru": "С 1991 года на историческую родину вернулись более 1 миллиона 273 тысяч этнических казахов.",
    "kk": "1991 жылдан бері тарихи отанына 1 миллион 273 мыңнан астам этникалық қазақ оралды.",
}
""""More than 1.27 million" rounds «более 1 миллиона 273 тысяч» (itself said to the thousand),
with the same qualifier."""


# --- each class: nothing on the texts as written, the error found in the language changed ---

_ERRORS = [
    (_ITS, "kk", "оған 12 студент", "оған он студент", "numbers.mismatch"),
    (_SHARE, "en", "nine in ten", "eight in ten", "numbers.mismatch"),
    (_SHARE, "ru", "девять из десяти", "восемь из десяти", "numbers.mismatch"),
    (_SHARE, "kk", "оннан тоғызына", "оннан сегізіне", "numbers.mismatch"),
    (_SHARE, "en", "nearly nine in ten", "more than nine in ten", "numbers.qualifier"),
    (_PART, "ru", "64 из 81", "46 из 81", "numbers.mismatch"),
    (_AGES, "ru", "до 15 лет", "до 16 лет", "numbers.mismatch"),
    (_RUN, "en", "run over 10", "run of more than 10", "numbers.qualifier"),
    (_CLEARED, "kk", "1 400", "1 500", "numbers.mismatch"),
    (_NOTICE, "kk", "B-20583/07-2024", "B-20538/07-2024", "designations.mismatch"),
    (_NOTICE, "en", "B-20583/07-2024", "B-20583/01-2024", "designations.mismatch"),
    (_NOTICE, "ru", "B-20583/07-2024", "B-20583/07-2025", "designations.mismatch"),
    (_AREA, "en", "9,000 hectares", "9,000 square kilometres", "numbers.unit"),
    (_AREA, "ru", "9 тысяч гектаров", "9 тысяч квадратных километров", "numbers.unit"),
    (_AREA, "kk", "9 мың гектардан", "9 мың шаршы шақырымнан", "numbers.unit"),
    (_PROGRAMME, "kk", "үшінші бағдарламаның", "екінші бағдарламаның", "numbers.mismatch"),
    (_PROGRAMME, "ru", "Третьей программы", "Второй программы", "numbers.mismatch"),
    (_POPES, "kk", "XVI-ның", "XV-тің", "numbers.mismatch"),
    (_DECADE, "en", "mid-1960s", "mid-1970s", "numbers.mismatch"),
    (_RETURNED, "ru", "273 тысяч", "293 тысяч", "numbers.mismatch"),
    (_RETURNED, "en", "1.27 million", "1.29 million", "numbers.mismatch"),
]


@pytest.mark.parametrize(("texts", "lang", "old", "new", "rule"), _ERRORS)
def test_each_class_error_is_found(termbase: dict, texts: dict[str, str], lang: str, old: str, new: str,
                                   rule: str) -> None:
    _assert_found(texts, lang, old, new, termbase, rule=rule)
