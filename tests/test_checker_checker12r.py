"""Classes of checker failure left after the real-news runs (issue 12, helper checker12r), each
with cases written here (own sentences) in both directions: the error is found at error level,
the harmless variant is not flagged.

All in-process: plain texts through `check_texts` with no register (as `press check --text`
with no glossary reads them).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from press.check import check_texts, lexicon

DAY = dt.date(2026, 11, 25)


def _script(kk: str) -> list[tuple[str, str]]:
    """(excerpt, severity) of the look-alike findings of a Kazakh text beside plain en/ru ones."""
    texts = {"en": "The meeting was held.", "ru": "Встреча состоялась.", "kk": kk}
    return [(f.excerpt, f.severity) for f in check_texts(texts, {}, DAY).findings
            if f.rule == "script.lookalike"]


# --- 1. a stem the dictionary spells with п or к, voiced before a vowel ending ----------------

def _voiced_forms() -> list[str]:
    """Possessives (-ы/-і) of dictionary nouns written without a Kazakh letter whose final п or к
    is voiced before the vowel (мансап → мансабы), as Kazakh spelling makes them."""
    words = lexicon.kazakh_all_words() - lexicon.kazakh_words()
    plain = sorted(w for w in words if len(w) >= 5 and w[-1] in "пк" and not w.endswith("ып")
                   and not w.endswith("іп") and w[-2] in "аеоыіуә")
    forms = []
    for word in plain[::max(1, len(plain) // 25)]:
        front = any(ch in "еіәөү" for ch in word)
        forms.append(word[:-1] + {"п": "б", "к": "г"}[word[-1]] + ("і" if front else "ы"))
    return forms


def test_a_voiced_stem_of_a_dictionary_word_is_no_lookalike() -> None:
    """мансабы (мансап 'career' + its possessive) is Kazakh as written; «мәнсабы» is no word."""
    assert _script("Оның мансабы тез өсті.") == []
    forms = _voiced_forms()
    assert len(forms) >= 10
    flagged = [w for w in forms if _script(f"Бұл {w} туралы айтылды.")]
    assert len(flagged) <= len(forms) // 10, flagged


def test_a_russian_letter_in_a_voiced_stem_is_still_a_slip() -> None:
    """A Kazakh word typed with Russian letters stays a finding, voiced or not."""
    assert ("жумысы", "error") in _script("Оның жумысы тез өсті.")
    assert any(e == "кұрлыгы" for e, _ in _script("Бұл кұрлыгы туралы айтылды."))


def test_a_one_letter_initial_is_no_lookalike() -> None:
    """А. of А.Қадыри (Абдулла) is a name's initial, not Ә of Ә.Науаи typed in Russian."""
    assert _script("Ташкентте ақындар Ә.Науаи мен А.Қадыри еске алынды.") == []
    assert _script("Ташкентте ақындар Ә. Науаи мен А. Қадыри еске алынды.") == []
    assert ("Казакстан", "error") in _script("Ташкентте Ә.Науаи мен Қазақстан, Казакстан еске алынды.")


# --- 2. a range of two number words joined by a hyphen -----------------------------------------

def _numbers(texts: dict[str, str]) -> list[tuple[str, str, list[str], str]]:
    return [(f.rule, f.severity, f.langs, f.excerpt) for f in check_texts(texts, {}, DAY).findings
            if f.rule.startswith("numbers.")]


RANGE_WORDS = {3: "үш", 4: "төрт", 5: "бес", 6: "алты", 7: "жеті", 8: "сегіз"}


def test_a_kazakh_range_in_words_matches_the_figures() -> None:
    """«үш-бес жыл» is "3-5 years"; each end changed is a finding of its own."""
    for low, high in ((3, 5), (4, 6), (6, 8)):
        en = f"The fund will be spent over the next {low}-{high} years."
        ru = f"Средства фонда будут освоены в ближайшие {low}–{high} лет."
        kk = f"Қор қаражаты алдағы {RANGE_WORDS[low]}-{RANGE_WORDS[high]} жылда игеріледі."
        assert _numbers({"en": en, "ru": ru, "kk": kk}) == [], (low, high)
        wrong = kk.replace(f"-{RANGE_WORDS[high]} ", f"-{RANGE_WORDS[high + 1] if high < 8 else 'жеті'} ")
        assert [(r, s, langs) for r, s, langs, _ in _numbers({"en": en, "ru": ru, "kk": wrong})] \
            == [("numbers.mismatch", "error", ["kk"])], wrong


def test_a_russian_range_in_words_and_a_compound_stay_as_they_are() -> None:
    """«два-три дня» is 2-3 days; "twenty-five" is one number, never 20 and 5."""
    en = "The talks took 2-3 days and 25 experts took part."
    ru = "Переговоры заняли два-три дня, в них участвовали 25 экспертов."
    kk = "Келіссөздер екі-үш күнге созылды, оған 25 сарапшы қатысты."
    assert _numbers({"en": en, "ru": ru, "kk": kk}) == []
    assert _numbers({"en": "The talks took two-three days and twenty-five experts took part.",
                     "ru": ru, "kk": kk}) == []
    assert [f[:3] for f in _numbers({"en": en, "ru": ru.replace("два-три", "два-четыре"), "kk": kk})] \
        == [("numbers.mismatch", "error", ["ru"])]


# --- 3. a people's name is the people's name in every version -----------------------------------

@cache
def _termbase() -> dict:
    """The toolkit's own termbase: `press check --text` reads it in any folder without one."""
    from press.project import TOOLKIT_ROOT
    from press.source import load_termbase

    return load_termbase(TOOLKIT_ROOT / "locales" / "termbase.yaml")


def _names(texts: dict[str, str]) -> list[tuple[str, str, list[str], str]]:
    return [(f.rule, f.severity, f.langs, f.excerpt) for f in check_texts(texts, _termbase(), DAY).findings
            if f.rule.startswith("names.")]


PEOPLES = [("Kazakhs", "Казахи", "Қазақтар"), ("Uzbeks", "Узбеки", "Өзбектер"),
           ("Kyrgyz", "Кыргызы", "Қырғыздар"), ("Tajiks", "Таджики", "Тәжіктер")]


def test_a_peoples_name_matches_the_peoples_name() -> None:
    """«Казахи» is "Kazakhs" and «қазақтар»; no version need name the country for it."""
    for en, ru, kk in PEOPLES:
        texts = {"en": f"{en} have long lived side by side with their neighbours, the speaker said.",
                 "ru": f"{ru} издавна живут бок о бок с соседями, отметил выступающий.",
                 "kk": f"{kk} ежелден көршілерімен қатар өмір сүріп келеді, деді баяндамашы."}
        assert _names(texts) == [], en


def test_a_missing_people_or_country_is_still_found() -> None:
    """The people's name dropped from one version, the others saying it, stays a finding."""
    texts = {"en": "Kazakhs and Uzbeks are brotherly peoples, the minister said in Tashkent.",
             "ru": "Казахи и узбеки — братские народы, заявил министр в Ташкенте.",
             "kk": "Қазақтар мен өзбектер — бауырлас халықтар, деді министр Ташкентте."}
    assert _names(texts) == []
    dropped = dict(texts, ru="Казахи — братский народ, заявил министр в Ташкенте.")
    assert [f[:3] for f in _names(dropped)] == [("names.missing", "error", ["ru"])]


# --- 4. an initial stands for the first name -----------------------------------------------------

BUST = {"en": "A bust of the poet Alisher Navoi was unveiled in Astana on Friday.",
        "ru": "В пятницу в Астане открыт бюст поэта Алишера Навои.",
        "kk": "Жұма күні Астанада ақын Әлішер Науаидың бюсті ашылды."}


@pytest.mark.parametrize(("lang", "full", "short"), [
    ("kk", "Әлішер ", "Ә."), ("kk", "Әлішер ", "Ә. "), ("en", "Alisher ", "A. ")])
def test_an_initial_matches_the_first_name(lang: str, full: str, short: str) -> None:
    """«Ә.Науаи», "A. Navoi" name Alisher Navoi: the initial is his first name."""
    assert _names(dict(BUST, **{lang: BUST[lang].replace(full, short)})) == []


@pytest.mark.parametrize("short", ["Б.", ""])
def test_another_initial_or_none_leaves_the_first_name_missing(short: str) -> None:
    """Б.Науаи is someone else's initial; Науаи alone drops the first name."""
    texts = dict(BUST, kk=BUST["kk"].replace("Әлішер ", short))
    assert [f[:3] for f in _names(texts)] == [("names.missing", "error", ["kk"])]


# --- 2b. a numeral that counts nothing new: a pronoun, "a second", an edition -------------------

ANAPHORA = {"en": "The presidents met in Astana. The two were also briefed on 12 joint projects.",
            "ru": "Президенты встретились в Астане. Главам государств доложили о 12 совместных проектах.",
            "kk": "Президенттер Астанада кездесті. Мемлекет басшыларына 12 жоба туралы баяндалды."}


def test_a_pronoun_numeral_need_not_be_stated_elsewhere() -> None:
    """"The two were briefed", «екеуі де»: the presidents again, no figure to agree on."""
    assert _numbers(ANAPHORA) == []
    kk = ANAPHORA["kk"].replace("Мемлекет басшыларына", "Екеуіне де")
    assert _numbers(dict(ANAPHORA, kk=kk)) == []
    wrong = dict(ANAPHORA, ru=ANAPHORA["ru"].replace("12", "13"))
    assert [f[:3] for f in _numbers(wrong)] == [("numbers.mismatch", "error", ["ru"])]


def test_a_count_without_the_article_must_still_agree() -> None:
    """"Two were injured" is a count: «трое» against it is a mismatch."""
    texts = {"en": "Two were injured in the accident, the embassy said.",
             "ru": "В аварии пострадали двое, сообщили в посольстве.",
             "kk": "Апатта екі адам жарақат алды, деп хабарлады елшілік."}
    assert _numbers(texts) == []
    wrong = dict(texts, ru=texts["ru"].replace("двое", "трое"))
    assert [f[:3] for f in _numbers(wrong)] == [("numbers.mismatch", "error", ["ru"])]


EDITION = {"en": "The III Steppe Forum will open in Kostanay, with a second session set for 40 farmers.",
           "ru": "В Костанае откроется III Степной форум, отдельная сессия пройдёт для 40 фермеров.",
           "kk": "Қостанайда III Дала форумы ашылады, 40 фермерге арналған жеке сессия өтеді."}


def test_an_edition_and_a_second_one_are_soft() -> None:
    """"a second session" is another one; III before a name is the edition: the others may
    leave it out, but not give another edition."""
    assert _numbers(EDITION) == []
    assert _numbers(dict(EDITION, kk=EDITION["kk"].replace("III ", ""))) == []
    wrong = dict(EDITION, ru=EDITION["ru"].replace("III", "IV"))
    assert [f[:3] for f in _numbers(wrong)][:1] == [("numbers.mismatch", "error", ["ru"])]
