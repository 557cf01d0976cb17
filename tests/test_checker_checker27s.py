"""The first check of new text (issue 12, Done-when: speed; helper checker27s): the distances a
first check computes for thousands of new pairs of words are computed faster, with the same
values — `cyr_distance` reads a letter's prices once per row and tests a swap of two letters
only where there is one, `levenshtein` is rapidfuzz's. Each is held here against the plain
dynamic programme it replaced, on pairs written for the test (Kazakh and Russian letters, the
regular correspondences, swapped and doubled letters, hyphens, empty words): a price table or a
swap test that differs from the cell-by-cell one fails."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from press.lang import names
from press.lang.names import (
    _CHEAP,
    _CYR_CHEAP,
    _CYR_CHEAP_FOREIGN,
    _CYR_CHEAP_MARKED,
    _SOFT_SIGN_GLIDE,
    _cyr_fold,
    _cyr_gap,
    cyr_distance,
    is_kazakh_name,
    levenshtein,
)


def _swapped(a: str, b: str, i: int, j: int, before: list[float]) -> float:
    if i < 2 or j < 2 or a[i - 1] != b[j - 2] or a[i - 2] != b[j - 1] or a[i - 1] == a[i - 2]:
        return float("inf")
    return before[j - 2] + 1.0


def _reference_cyr_distance(a: str, b: str, foreign: bool = False) -> float:
    """`cyr_distance` cell by cell, as it was written before it was made faster."""
    kazakh_a, kazakh_b = is_kazakh_name(a), is_kazakh_name(b)
    cheap = _CYR_CHEAP_MARKED if kazakh_a or kazakh_b else _CYR_CHEAP_FOREIGN if foreign else _CYR_CHEAP
    if kazakh_a != kazakh_b:
        a, b = (a, _SOFT_SIGN_GLIDE.sub("и", b)) if kazakh_a else (_SOFT_SIGN_GLIDE.sub("и", a), b)
    a, b = _cyr_fold(a), _cyr_fold(b)
    prev_row = [float(x) for x in range(len(b) + 1)]
    before: list[float] = []
    for i, ca in enumerate(a, 1):
        row = [float(i)]
        for j, cb in enumerate(b, 1):
            pair = frozenset((ca, cb))
            sub = 0.0 if ca == cb else cheap.get(pair, _CHEAP.get(pair, 1.0))
            row.append(min(prev_row[j - 1] + sub, prev_row[j] + _cyr_gap(ca), row[j - 1] + _cyr_gap(cb),
                           _swapped(a, b, i, j, before)))
        before, prev_row = prev_row, row
    return prev_row[-1]


def _reference_levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            row.append(min(prev[j - 1] + (ca != cb), prev[j] + 1, row[j - 1] + 1))
        prev = row
    return prev[-1]


_CYRILLIC = ["Жұмабекова", "Жумабекова", "Жмуабекова", "Ерғалиев", "Ергалиев", "Ергалеив", "Өскемен",
             "Усть-Каменогорск", "Оскемен", "Марьям", "Мәриям", "Дарья", "Дария", "Сейітжан", "Сейтжан",
             "Гутерреш", "Гутерриш", "Саиф", "Сайф", "Ясави", "Ясауи", "Қызылорда", "Кызылорда",
             "Аппақ", "Аппак", "Апак", "Тоқтаров", "Токтаров", "Токтраов", "Дж", "Ж", "Ньюман", "Нюман", ""]


@pytest.mark.parametrize("foreign", [False, True])
def test_cyr_distance_is_the_cell_by_cell_distance(foreign: bool) -> None:
    for a, b in itertools.product(_CYRILLIC, repeat=2):
        names.cyr_distance.cache_clear()
        assert cyr_distance(a, b, foreign) == _reference_cyr_distance(a, b, foreign), (a, b, foreign)


def test_cyr_distance_prices_a_swap_as_one_change() -> None:
    assert cyr_distance("Токтаров", "Токтраов") == 1.0  # ар/ра: one keystroke


_LATIN = ["Zhumabekova", "Zhumabekov", "Zhmuabekova", "Ji-hoon", "Ji-hun", "Whitby", "Whitbey", "Witby",
          "Dalton", "Daltno", "Ағай", "агай", "", "a"]


def test_levenshtein_is_the_unit_cost_edit_distance() -> None:
    from press.lang.names import _compiled_levenshtein, _levenshtein_rows

    compiled = _compiled_levenshtein()
    for a, b in itertools.product(_LATIN, repeat=2):
        assert _levenshtein_rows(a, b) == compiled(a, b) == _reference_levenshtein(a, b), (a, b)
        assert levenshtein(a, b) == _reference_levenshtein(a, b)


def test_levenshtein_goes_compiled_after_its_python_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """A one-off check asks a few tens of pairs in Python; past `_PYTHON_LEVENSHTEINS` the
    process imports rapidfuzz's."""
    monkeypatch.setattr(names, "_LEVENSHTEIN", {"asked": 0, "compiled": None})
    for _ in range(names._PYTHON_LEVENSHTEINS):
        assert levenshtein("Whitby", "Witby") == 1
    assert names._LEVENSHTEIN["compiled"] is None
    assert levenshtein("Whitby", "Witby") == 1
    assert names._LEVENSHTEIN["compiled"] is not None


def test_levenshtein_is_no_import_of_the_names_module() -> None:
    """rapidfuzz is imported when a distance is first asked (or at warm-up), not with the
    module: `press check` of a release that asks none does not pay its import."""
    source = Path(names.__file__).read_text(encoding="utf-8")
    head = source[:source.index("\ndef ")]
    assert "rapidfuzz" not in head


_FRESH_RUSSIAN = ["жаксыбаевой", "кенжетаевой", "далтоном", "колумбии", "уитби", "сарысу-дорожной"]


def test_inflect_is_pymorphy3s_inflection() -> None:
    from press.lang import russian

    for word in _FRESH_RUSSIAN:
        for parse in russian.parses(word):
            for required in (frozenset({"nomn"}), frozenset({"gent"}), frozenset({"nomn", "plur"})):
                ours, theirs = russian.inflect(parse, required), parse.inflect(set(required))
                same = (ours and (ours.word, ours.tag)) == (theirs and (theirs.word, theirs.tag))
                assert same, (word, parse, required)


def test_a_names_cases_inflect_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Жаксыбаевой is one surname's genitive, dative, instrumental and prepositional: its
    nominative is worked out once, not once per case."""
    import pymorphy3.analyzer

    from press.lang import russian

    names._proper_inflected.cache_clear()
    russian._INFLECTED.clear()
    built = []
    original = pymorphy3.analyzer.MorphAnalyzer._inflect
    monkeypatch.setattr(pymorphy3.analyzer.MorphAnalyzer, "_inflect",
                        lambda self, form, required: built.append(form) or original(self, form, required))
    assert names._proper_inflected("жаксыбаевой") == ("жаксыбаева",) * 4
    assert len(built) == 1


def test_warm_up_reads_the_kazakh_hunspell_dictionary() -> None:
    """Start-up work that no text's words decide: a first check of new text no longer pays it."""
    from press.check import hunspell, warm_up

    hunspell._dictionary.cache_clear()
    warm_up()
    assert hunspell._dictionary.cache_info().currsize == 1


# --- a name's spellings letter by letter, not a pattern compiled per word ---------------------

_RUSSIAN_SPELLINGS = [
    ("Тұйықсу", "Туюксу"), ("Тұйықсу", "Туйыксу"), ("Айагөз", "Аягоз"), ("Айагөз", "Айагоз"),
    ("Қожықов", "Ходжиков"), ("Қожықов", "Кожыков"), ("Сейіт", "Сейт"), ("Тереңгану", "Теренггану"),
    ("Тереңгану", "Теренгану"), ("Жүніс", "Жунус"), ("Жүніс", "Жунес"), ("Бауыржан", "Бауржан"),
    ("Сәтбаев", "Сатпаев"), ("Сәтбаев", "Сатбаев"), ("Өлгий", "Улги"), ("Шыңғыс", "Шынгыс"),
    ("Көкшетау", "Кокшетав"), ("Әуезов", "Ауезов")]
"""Kazakh names and Russian spellings of them: a glide written ю, я with the й (Туюксу), дж for ж,
і or ы left out (Сейт, Бауржан), нг for ң, у for a rounded і, п for б after т."""
_NO_RUSSIAN_SPELLINGS = [("Тұйықсу", "Туюкса"), ("Айагөз", "Аягаз"), ("Қожықов", "Ходжаков"),
                         ("Шыңғыс", "Чингис"), ("Тереңгану", "Теренкану"), ("Жүніс", "Жанис"),
                         ("Әуезов", "Аузов")]


def test_russian_spelling_of_a_kazakh_name() -> None:
    from press.lang.kazakh import russian_spelling_of

    assert [pair for pair in _RUSSIAN_SPELLINGS if not russian_spelling_of(*pair)] == []
    assert [pair for pair in _NO_RUSSIAN_SPELLINGS if russian_spelling_of(*pair)] == []


_ROMANISED = [("Auezov", "Әуезов"), ("Yerlan", "Ерлан"), ("Erlan", "Ерлан"), ("Zhaksybekov", "Жақсыбеков"),
              ("Jaksybekov", "Жақсыбеков"), ("Zhaqsybekov", "Жақсыбеков"), ("Tengiz", "Теңіз"),
              ("Tenggiz", "Теңіз"), ("Tokayev", "Тоқаев"), ("Tokaev", "Тоқаев"), ("Tokaiev", "Тоқаев")]


def test_state_and_usual_romanisations() -> None:
    from press.lang.names import follows_a_romanisation, follows_state_romanisation

    assert [pair for pair in _ROMANISED if follows_state_romanisation(*pair)] == [
        ("Auezov", "Әуезов"), ("Yerlan", "Ерлан"), ("Erlan", "Ерлан"), ("Zhaksybekov", "Жақсыбеков"),
        ("Jaksybekov", "Жақсыбеков"), ("Zhaqsybekov", "Жақсыбеков"), ("Tengiz", "Теңіз"),
        ("Tokayev", "Тоқаев"), ("Tokaiev", "Тоқаев")]
    assert follows_a_romanisation("Likhachev", "Лихачёв") and follows_a_romanisation("Mikaev", "Микаев")
    assert not follows_a_romanisation("Ryzhykov", "Рыжиков")


def test_spellings_compile_no_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new name's spellings are no pattern compiled for it: asked of names no text had."""
    import re._compiler

    from press.lang import kazakh
    from press.lang.names import follows_a_romanisation, follows_state_romanisation

    compiled = []
    original = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", lambda *args: compiled.append(args[0]) or original(*args))
    kazakh.russian_spelling_of("Сарыжазықов", "Сарыжазыков")
    follows_state_romanisation("Saryzhazykov", "Сарыжазықов")
    follows_a_romanisation("Sarizhazikov", "Сарыжазыков", True)
    assert compiled == []


# --- a distance asked only under a bound stops when no alignment can come back under it -------

_SKELETON_PAIRS = [("dalton", "далтон"), ("whitby", "уитби"), ("zhaksybekova", "жаксыбекова"),
                   ("sarysu", "сарысу"), ("ab", "ba"), ("abcd", "badc"), ("tramp", "трамп"),
                   ("hoeffner", "хёфнер"), ("caldwell", "колдуэлл"), ("xiaoming", "сяомин"), ("", "а"),
                   ("mm", "м")]


@pytest.mark.parametrize("limit", [0.0, 0.15, 0.4, 0.75, 1.0, 2.0, 3.5])
def test_distance_within_is_the_distance_under_the_limit(limit: float) -> None:
    from press.lang.names import distance, distance_within, skeleton

    for a, b in _SKELETON_PAIRS:
        a, b = skeleton(a), skeleton(b)
        whole = distance(a, b)
        assert distance_within(a, b, limit) == (whole if whole <= limit else float("inf")), (a, b, limit)
        assert distance_within(a, b, whole) == whole
