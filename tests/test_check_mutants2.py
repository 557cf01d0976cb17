"""The checker's behaviour where the mutation run of press/check of session 7 (bench/mutation.py
check, seed 19, issue 19) found no test that would notice a change: each test states what a
press officer gets (a message, a severity, a location, a suggested spelling, no crash) on
sentences written for it, and fails on the mutant named in its docstring.

All in-process, plain texts through `check_texts`: milliseconds each, no build.
"""

from __future__ import annotations

import datetime as dt

from press.check import check_texts
from press.check.recognise import find_names
from press.model import Entity, Fact

MARCH = dt.date(2025, 3, 1)


def _found(texts: dict[str, str], entities: dict[str, Entity] | None = None,
           date: dt.date | None = MARCH, facts: dict[str, Fact] | None = None) -> list[tuple]:
    report = check_texts(texts, entities or {}, date, facts)
    return [(f.rule, f.severity, f.langs, f.message) for f in report.findings]


# --- messages -------------------------------------------------------------------------------

def test_a_missing_designation_is_named_as_a_designation() -> None:
    """designations.check passes "designation" to compare (mutant: "DESIGNATION")."""
    texts = {"en": "The C-130 aircraft landed in Astana.", "ru": "Самолёт приземлился в Астане.",
             "kk": "C-130 ұшағы Астанаға қонды."}
    assert _found(texts) == [("designations.mismatch", "error", ["ru"],
                              "ru lacks the designation C-130 that en, kk state")]


def test_days_later_against_three_dates_lists_every_distance() -> None:
    """facts._intervals joins the distances with ", " (mutant: "XX, XX")."""
    texts = {"en": "The crew launched on 1 March, docked on 5 March and returned on 20 March, 10 days later.",
             "ru": "Экипаж стартовал 1 марта, пристыковался 5 марта и вернулся 20 марта, спустя 10 дней."}
    messages = {message for *_, message in _found(texts)}
    assert messages == {"10 days between events, but the dates given are 15, 19, 4 days apart"}


def test_a_rise_against_a_fall_counts_as_an_error() -> None:
    """numbers._directions reports at error level (mutant: severity "XXerrorXX", which the
    report counts neither as an error nor as a warning)."""
    texts = {"en": "Trade grew by 12 per cent in 2025.", "kk": "2025 жылы сауда 12 пайызға өсті.",
             "ru": "В 2025 году товарооборот сократился на 12 процентов."}
    report = check_texts(texts, {}, MARCH)
    assert [(f.rule, f.severity, f.langs) for f in report.findings] \
        == [("numbers.direction", "error", ["ru"])]
    assert report.errors == 1


def test_an_english_name_unlike_the_others_expects_their_romanisation_with_nothing_after() -> None:
    """unregistered._spelling_finding: an English form comes from no version (it is the state
    romanisation), so nothing follows it (mutant: "XXXX" after «Karabayev»)."""
    texts = {"en": "Marat Zholdasov met the ambassador in Astana on 3 March.",
             "ru": "Марат Карабаев встретился с послом в Астане 3 марта.",
             "kk": "Марат Қарабаев 3 наурызда Астанада елшімен кездесті."}
    assert _found(texts) == [("names.spelling", "error", ["en"],
                              "«Marat Zholdasov» (en) names someone or somewhere else than kk «Қарабаев» "
                              "and ru «Карабаев»; expected «Karabayev»")]


# --- no crash -------------------------------------------------------------------------------

def test_an_anniversary_without_a_release_date_or_a_year_is_not_judged() -> None:
    """facts._anniversaries takes the release year only when there is a date (mutant: always,
    an AttributeError on None when `press check --text` runs without --date)."""
    facts = {"founding": Fact("founding", "founding", year=1955)}
    texts = {"en": "The institute marks its 70th anniversary.", "ru": "Институт отмечает 70-летие.",
             "kk": "Институт 70 жылдығын атап өтеді."}
    assert _found(texts, date=None, facts=facts) == []
    assert [rule for rule, *_ in _found(texts, date=dt.date(2026, 3, 1), facts=facts)] \
        == ["facts.anniversary"] * 3


def test_a_misspelt_name_in_texts_without_russian_is_reported() -> None:
    """FreeNames.best looks up a version with no names as none (mutants 10 and 12: .get(lang,
    None) and .get(lang) without a default, a TypeError for English and Kazakh texts only,
    where the finding asks for the Russian form)."""
    texts = {"en": "Minister Yerlan Bakaev met the ambassador in Astana.",
             "kk": "Министр Ерлан Бақаев Астанада елшімен кездесті."}
    assert ("names.spelling", "error", ["en"],
            "«Yerlan Bakaev» (en) does not romanise kk «Бақаев»; expected «Bakayev»") in _found(texts)


# --- where and what ---------------------------------------------------------------------------

def test_a_name_missing_from_a_text_of_another_shape_is_located_at_the_like_paragraph() -> None:
    """unregistered._para_like: the last paragraph of one version is like the last of another
    (mutant: len(theirs) - 2, the paragraph before it)."""
    texts = {"en": "The forum opened in Astana on 3 March.\n\nThe ministers met.\n\n"
                   "Minister Alibek Bakayev spoke at the forum.",
             "ru": "Форум открылся в Астане 3 марта. Министры встретились.\n\nНа форуме выступил министр.",
             "kk": "Форум 3 наурызда Астанада ашылды. Министрлер кездесті.\n\n"
                   "Форумда министр Әлібек Бақаев сөз сөйледі."}
    found = check_texts(texts, {}, MARCH).findings
    assert [(f.rule, f.langs, f.location, f.excerpt) for f in found] \
        == [("names.missing", ["ru"], "ru.txt:3", "Alibek Bakayev")]


def test_a_place_the_gazetteer_knows_is_no_slip_for_a_registered_one() -> None:
    """names._another_name asks the gazetteer in the paragraph's language (mutant: in None,
    which knows no place): Австралия, said in one version only, is not a misspelt Австрия."""
    austria = {"at": Entity("at", "place", {"en": ["Austria"], "ru": ["Австрия"], "kk": ["Австрия"]})}
    texts = {"en": "The minister met the ambassador of Austria in Astana.",
             "ru": "Министр встретился с послом Австрии в Астане. Посол прилетел из Австралии.",
             "kk": "Министр Астанада Австрия елшісімен кездесті."}
    assert _found(texts, austria) == []
    texts = {"en": texts["en"], "ru": "Министр встретился с послом Австрии в Астане.",
             "kk": "Министр Астанада Австрия елшісімен кездесті. Елші Австралиядан келді."}
    assert _found(texts, austria) == []


def test_a_place_of_two_words_does_not_swallow_the_name_before_it() -> None:
    """recognise._marks marks only the words of the place (mutant: range(end), every word from
    the text's start, so Alibek Bakayev becomes part of New York and is never missing)."""
    texts = {"en": "Minister Alibek Bakayev arrived in New York on 3 March.",
             "ru": "Министр прибыл в Нью-Йорк 3 марта.",
             "kk": "Министр Әлібек Бақаев 3 наурызда Нью-Йоркке келді."}
    assert [(rule, langs) for rule, _, langs, _ in _found(texts)] == [("names.missing", ["ru"])]
    assert "«Alibek Bakayev» (en, kk) has no counterpart in ru" in _found(texts)[0][3]


def test_a_russian_first_name_opening_a_sentence_is_a_name() -> None:
    """recognise._proper_tagged trusts pymorphy3's Name tag from a score of 0.3 (mutant: 1.3,
    never): Марат at a sentence's start is only a name by that tag."""
    assert [m.text for m in find_names("Марат прибыл в Астану.", "ru")] == ["Марат", "Астану"]


def test_a_lone_name_pymorphy_reads_as_a_place_is_missing_from_the_version_without_it() -> None:
    """recognise.is_place_word: a word pymorphy3 reads as a place (Geox) that CLDR does not list
    (Тенгри) is somewhere, so a version without it lacks a name (mutant: a reading that is not
    Geox, none here: the lone capitalised word proves nothing and the finding is lost)."""
    texts = {"en": "The forum opened in Astana with Tengri.",
             "ru": "Форум открылся в Астане с компанией Тенгри.", "kk": "Форум Астанада ашылды."}
    assert [(rule, langs) for rule, _, langs, _ in _found(texts)] == [("names.missing", ["kk"])]


# --- script -----------------------------------------------------------------------------------

def test_a_kazakh_saying_quoted_at_the_start_of_a_russian_text_is_kazakh() -> None:
    """script._quoted_around: a quotation mark at offset 0 opens the quote (mutant: before < 1,
    so the saying is read as Russian words with Kazakh letters, three errors)."""
    texts = {"en": "«Unity is strength», the minister said.", "ru": "«Бірлік – күш көзі», – сказал министр.",
             "kk": "«Бірлік – күш көзі», – деді министр."}
    assert _found(texts) == []


def test_a_look_alike_word_opening_a_sentence_is_respelt_with_its_capital() -> None:
    """script._lexicon_respelling keeps the capital of the typed word (mutants 24: lower(),
    27: text[:2].isupper(), both «жұмыс»)."""
    texts = {"en": "Work started in spring.", "ru": "Работа началась весной.",
             "kk": "Жумыс көктемде басталды."}
    assert _found(texts) == [("script.lookalike", "error", ["kk"],
                              "«Жумыс» is written with Russian letters; Kazakh writes «Жұмыс»")]


def _respelt(word: str) -> list[str]:
    texts = {"ru": "Министр выступил на форуме в Астане.",
             "kk": f"Министр Астанадағы форумда {word} туралы сөз сөйледі."}
    return [f.message for f in check_texts(texts, {}, MARCH).findings if f.excerpt == word]


def test_a_look_alike_respelling_keeps_the_vowel_harmony_of_the_ending() -> None:
    """lexicon._ending_spelling accepts an ending in the harmony of the respelt stem (mutant 4:
    in either harmony, «көнға», «сүттан»)."""
    assert _respelt("конға") == ["«конға» is written with Russian letters; Kazakh writes «қонға»"]
    assert _respelt("суттан") == []


def test_a_russian_loanword_in_a_kazakh_text_is_not_respelt_as_a_kazakh_verb() -> None:
    """lexicon.kazakh_respelling takes a verb stem only with a verb's ending and the Kazakh
    letters kept (mutant 57: `or`, so культура is «күльтура» after күлу, бульварда «бүльварда»)."""
    assert _respelt("культура") == []
    assert _respelt("бульварда") == []


def test_a_name_missing_in_russian_is_asked_for_in_russian_letters() -> None:
    """A Kazakh name missing from the Russian version is asked for as Russian writes it
    (Алибек Бакаев), not in Kazakh letters no Russian text uses (Әлібек Бақаев)."""
    texts = {"en": "Minister Alibek Bakayev arrived in New York on 3 March.",
             "ru": "Министр прибыл в Нью-Йорк 3 марта.",
             "kk": "Министр Әлібек Бақаев 3 наурызда Нью-Йоркке келді."}
    assert _found(texts)[0][3].endswith("expected a form of «Алибек Бакаев»")
