"""Numbers in separately written versions: a figure pairs only with a figure of the same thing.

A figure's identity is its value and what it counts (`counted_things`); two hands' write-ups
pick different facts, so a figure only one of them states is an omission (a warning), not a
changed figure (an error). A changed figure of the same thing stays an error.
"""

from __future__ import annotations

import datetime as dt

import pymorphy3
import pytest

from press.check import check_texts
from press.lang.read_numbers import counted_things, find_numbers

DAY = dt.date(2026, 3, 5)


def _numbers(texts: dict[str, str]) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(f.rule, f.severity, tuple(f.langs)) for f in check_texts(texts, {}, DAY).findings
            if f.rule.startswith("numbers") or f.rule == "content.omitted"]


def _errors(texts: dict[str, str]) -> list[tuple[str, str, tuple[str, ...]]]:
    return [f for f in _numbers(texts) if f[1] == "error"]


# --- what a count counts ----------------------------------------------------------------------

@pytest.mark.parametrize("case", ["nomn", "gent", "datv", "accs", "ablt", "loct"])
@pytest.mark.parametrize(("lemma", "thing"), [("урок", "lesson"), ("житель", "resident"),
                                              ("школа", "school"), ("проект", "project")])
def test_a_russian_noun_in_any_case_names_its_thing(lemma: str, thing: str, case: str) -> None:
    """Word forms from pymorphy3's own paradigm (not press.lang), plural, after a count."""
    form = pymorphy3.MorphAnalyzer().parse(lemma)[0].inflect({"plur", case}).word
    mention = find_numbers(f"Всего 37 {form} в районе.", "ru")[0]
    assert thing in mention.counted


@pytest.mark.parametrize(("text", "lang", "thing"), [
    ("Some 4,200 residents of the district were moved.", "en", "resident"),
    ("The region built 31 new schools.", "en", "school"),
    ("Ауданда 31 жаңа мектеп салынды.", "kk", "school"),
    ("Ауданда 31 мектепке жөндеу жүргізілді.", "kk", "school"),
    ("Су 48 тұрғын үйді басты.", "kk", "house"),
    ("Water flooded 48 homes.", "en", "house"),
])
def test_the_noun_after_a_count_names_its_thing(text: str, lang: str, thing: str) -> None:
    assert thing in find_numbers(text, lang)[0].counted


def test_an_unknown_noun_is_no_thing() -> None:
    text = "They inspected 12 boilers."
    assert counted_things(text, find_numbers(text, "en")[0], "en") == frozenset()


# --- the same thing with another number stays an error -----------------------------------------

_FLOOD = {
    "en": "Governor Arman Seitov reported that water reached 4 villages of Zhanakala district.\n\n"
          "In total, 37 houses and 219 garden plots were flooded, and 1,450 rescuers are at work.",
    "kk": "Облыс әкімі Арман Сейітов су Жаңақала ауданының 4 ауылына жеткенін айтты. Барлығы 37 тұрғын "
          "үйді және 219 саяжай телімін су басты, 1450 құтқарушы жұмыс істеп жатыр.",
}


def test_a_changed_count_of_the_same_thing_is_an_error_though_paragraphs_differ() -> None:
    """en in two paragraphs, kk in one: the paragraphs translate each other (they share the
    governor, the 4 villages, 219 plots), so 37 houses against «73 тұрғын үй» is one fact changed."""
    assert _errors(_FLOOD) == []
    changed = dict(_FLOOD, kk=_FLOOD["kk"].replace("37 тұрғын", "73 тұрғын"))
    assert ("numbers.mismatch", "error", ("kk",)) in _errors(changed)


# --- different things in separate write-ups: at most an omission -----------------------------

_BRIEFING = {
    "en": "Akim Bolat Nurlanov said 11 new schools will open by the end of the year.\n\n"
          "Earlier, Nurlanov said that more than 640,000 residents of the region have access to clean water.",
    "ru": "Аким Болат Нурланов сообщил, что до конца года откроются 11 новых школ.\n\n"
          "По его словам, учителя теперь проводят около 2,3 тыс. уроков в год вместо прежних 900.\n\n"
          "Ранее сообщалось, что в области открыли восемь поликлиник.",
}


def test_different_things_in_separate_write_ups_are_omissions() -> None:
    """en's residents and ru's lessons are different things: no figure changed."""
    found = _numbers(_BRIEFING)
    assert [f for f in found if f[1] == "error"] == []
    assert ("content.omitted", "warning", ("ru",)) in found


def test_a_changed_figure_of_the_shared_paragraph_is_still_found() -> None:
    changed = dict(_BRIEFING, ru=_BRIEFING["ru"].replace("11 новых школ", "12 новых школ"))
    assert ("numbers.mismatch", "error", ("ru",)) in _errors(changed)


_WATER = {
    "ru": "Аким Ержан Досов рассказал, что в Жанаозене запущена вторая очередь станции «Арна», её мощность "
          "выросла с 15 до 30 тысяч кубометров в сутки.\n\n"
          "Кроме того, в порту введена установка мощностью четыре тысячи кубометров в сутки.",
    "kk": "Ержан Досовтың айтуынша, «Арна» станциясының 2-кезеңі іске қосылып, қуаты 30 мың текше метрге "
          "жетті.\n\n"
          "– Порт аумағында жаңа қондырғы іске қосылып, қаланың ауыз су көлемі тәулігіне 47 мыңнан 71 мың "
          "текше метрге дейін артты, - деді әкім.\n\n"
          "Сонымен бірге Бейнеу ауданында тәулігіне 20 мың текше метр су тұщытатын зауыт салынды.",
}


def test_figures_of_one_unit_in_separate_write_ups_are_omissions() -> None:
    """ru's 15 → 30 thousand m³ is one plant; kk's 47 → 71 thousand the city's supply: two
    write-ups that share the 30 and little else pick different facts, which contradict nothing."""
    found = _numbers(_WATER)
    assert [f for f in found if f[1] == "error"] == []
    assert ("content.omitted", "warning", ("kk",)) in found


def test_a_changed_figure_in_paragraphs_that_translate_each_other_is_found() -> None:
    """Two versions: the finding goes to either (the source breaks the tie)."""
    changed = dict(_WATER, kk=_WATER["kk"].replace("қуаты 30 мың", "қуаты 35 мың"))
    assert [f[0] for f in _errors(changed)] == ["numbers.mismatch"]


# --- two hands break paragraphs at different places --------------------------------------------

_PROJECTS = {
    "en": "Over five years, 64 investment projects worth 1.9 trillion tenge will be carried out.\n\n"
          "This year, 19 projects worth over 210 billion tenge were launched. A cement plant "
          "costing 8 billion tenge opened in May; it makes 600,000 tonnes a year, 70% of local demand, "
          "Governor Aibek Tolegenov said.\n\n"
          "Construction of 9 large projects worth 415.2 billion tenge has also begun.",
    "ru": "За пять лет будет реализовано 64 инвестиционных проекта на 1,9 трлн тенге.\n\n"
          "В этом году запущено 19 проектов на сумму более 210 млрд тенге. В мае открыт цементный завод "
          "стоимостью 8 млрд тенге: 600 тысяч тонн в год, 70% местного спроса, сообщил аким Айбек "
          "Толегенов.\n\n"
          "Также начато строительство 9 крупных проектов на сумму 415,2 млрд тенге.",
    "kk": "Бес жылда 1,9 трлн теңгеге 64 инвестициялық жоба жүзеге асырылады. Биыл 210 млрд теңгеден астам "
          "19 жоба іске қосылды.\n\n"
          "Мамырда 8 млрд теңгеге цемент зауыты ашылды, ол жылына 600 мың тонна өнім береді, бұл жергілікті "
          "сұраныстың 70 пайызы. Сондай-ақ 415,2 млрд теңге болатын 9 ірі жобаның құрылысы басталды, деді "
          "әкім Айбек Төлегенов.\n\n"
          "Жобалар өңір экономикасын әртараптандыруға бағытталған.",
}


def test_figures_moved_across_a_paragraph_break_are_no_replacement() -> None:
    assert _errors(_PROJECTS) == []


def test_a_figure_replaced_beside_the_break_is_still_found() -> None:
    changed = dict(_PROJECTS, kk=_PROJECTS["kk"].replace("9 ірі", "11 ірі"))
    assert ("numbers.mismatch", "error", ("kk",)) in _errors(changed)


_TRANSLATED = {
    "en": "Minister Dana Serikova visited Taraz on 3 March.\n\n"
          "In 48 schools of the city, inspectors observed 2,300 lessons.",
    "ru": "Министр Дана Серикова 3 марта посетила Тараз.\n\n"
          "В 48 школах города обучаются 1,8 тыс. учеников.",
}


def test_different_things_in_paragraphs_that_translate_each_other_are_not_one_figure() -> None:
    """The paragraphs are paired (48 schools), yet 2,300 lessons and 1,8 тыс. pupils count
    different things: a translation that states each is wrong twice (one figure it lacks, one
    it adds), never "1,8 тыс. where en says 2,300", whose expected form would mislead."""
    def said(texts: dict[str, str]) -> list[str]:
        return [f.message for f in check_texts(texts, {}, DAY).findings if f.rule == "numbers.mismatch"]

    assert not any(" where " in m for m in said(_TRANSLATED))
    changed = dict(_TRANSLATED, ru=_TRANSLATED["ru"].replace("учеников", "уроков"))
    assert [m.split(";")[0] for m in said(changed)] == ["ru says «1,8 тыс» (1800) where en say 2,300"]


# --- one figure mistyped in two write-ups; words that are no figure to demand ------------------

def test_a_mistyped_figure_of_separate_write_ups_is_still_an_error() -> None:
    """Nothing else the paragraphs share, but 4172 against 417 is one figure, a digit added."""
    texts = {"ru": "В 2027 году откроются новые линии. За год порт перевалил 4172 тысячи тонн зерна, а цена "
                   "фрахта составила 640 долларов.",
             "kk": "Былтыр порт 417 мың тонна астық тиеді."}
    found = [f for f in check_texts(texts, {}, DAY).findings if f.rule == "numbers.mismatch"]
    assert [(f.severity, f.message.split(";")[0]) for f in found if f.excerpt == "4172 тысячи"] \
        == [("error", "ru says «4172 тысячи» (4,172,000) where kk say 417,000")]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("The region will double its milk output.", "en", 2),
    ("Exports are expected to triple by 2030.", "en", 3),
])
def test_a_verb_of_times_is_a_count_of_times(text: str, lang: str, value: int) -> None:
    found = [(int(n.value), n.unit) for n in find_numbers(text, lang) if n.unit == "times"]
    assert found == [(value, "times")]


def test_double_taxation_is_no_figure() -> None:
    assert find_numbers("a convention on the avoidance of double taxation", "en") == []


def test_handed_over_is_no_qualifier() -> None:
    assert find_numbers("The akim handed over 25 flats.", "en")[0].qualifier is None
    assert find_numbers("The akimat built over 25 flats.", "en")[0].qualifier == "more"


def test_quarterly_in_kazakh_is_no_ninety() -> None:
    assert find_numbers("Комиссия тоқсан сайын есеп береді.", "kk") == []
    assert [int(n.value) for n in find_numbers("Тоқсан адам қатысты.", "kk")] == [90]


def test_one_thing_in_digits_is_what_an_article_says() -> None:
    """«1 тікұшақ» against "a helicopter": no figure English lacks; «2 тікұшақ» is one."""
    texts = {"en": "Rescuers, 140 pumps and a helicopter are at work.",
             "kk": "Құтқарушылар, 140 сорғы және 1 тікұшақ жұмыс істеп жатыр."}
    assert _numbers(texts) == []
    changed = dict(texts, kk=texts["kk"].replace("1 тікұшақ", "2 тікұшақ"))
    assert ("numbers.mismatch", "error", ("kk",)) in _numbers(changed)
