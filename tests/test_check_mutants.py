"""The checker's behaviour where a mutation run of press/check (bench/mutation.py check, issue 19)
found no test that would notice a change: each test states what a press officer gets (a finding
at error level, a name's expected form, a suggested termbase entry) and fails on the mutant.

All in-process, plain texts through `check_texts` or a bundle: milliseconds each, no build.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from press.check import check_release, check_texts, texts_bundle
from press.check.suggest import render_yaml, suggest_entries
from press.model import Entity, Meta, Release, Segment, Status, Version, source_hash

MARCH = dt.date(2025, 3, 1)


# --- glossary suggest (press glossary suggest runs it in a child process the run cannot see) ---

def test_suggested_entries_give_each_name_in_the_nominative_in_every_language() -> None:
    """Names in no register, read from inflected Russian and Kazakh, come back as termbase
    entries in the nominative; with no English version the English form is the state
    romanisation, marked unconfirmed."""
    texts = {"ru": "Министр встретился с Алибеком Бакаевым в Будапеште.",
             "kk": "Министр Әлібек Бақаевпен Будапештте кездесті."}
    entries = {entry["id"]: entry for entry in suggest_entries(texts_bundle(texts, {}))}
    assert entries["alibek-bakayev"] == {"id": "alibek-bakayev", "type": "person", "en": "Alibek Bakayev",
                                         "unconfirmed": "[en]", "ru": "Алибек Бакаев", "kk": "Әлібек Бақаев"}
    assert entries["budapest"]["type"] == "place" and entries["budapest"]["en"] == "Budapest"


def test_suggested_entries_are_termbase_yaml_that_asks_for_a_check() -> None:
    texts = {"en": "Minister Alibek Bakayev arrived in Budapest.",
             "ru": "Министр Алибек Бакаев прибыл в Будапешт.",
             "kk": "Министр Әлібек Бақаев Будапештке келді."}
    shown = render_yaml(suggest_entries(texts_bundle(texts, {})))
    assert shown.splitlines()[0].startswith("# Suggested termbase entries: check each form")
    entity = yaml.safe_load(shown)["entities"]["alibek-bakayev"]
    assert entity == {"type": "person", "en": "Alibek Bakayev", "kk": "Әлібек Бақаев", "ru": "Алибек Бакаев"}



def test_a_title_before_a_name_is_not_part_of_the_suggested_name() -> None:
    """"received Ambassador Alibek Bakayev": the entry is Alibek Bakayev, the title left out."""
    texts = {"en": "On 20 March the President received Ambassador Alibek Bakayev in Astana.",
             "ru": "20 марта Президент принял в Астане посла Алибека Бакаева.",
             "kk": "20 наурызда Президент Астанада елші Әлібек Бақаевты қабылдады."}
    people = [e for e in suggest_entries(texts_bundle(texts, {})) if e["type"] == "person"]
    assert [(e["id"], e["en"]) for e in people] == [("alibek-bakayev", "Alibek Bakayev")]


# --- figures -------------------------------------------------------------------------------

def test_a_count_of_two_thousand_and_more_is_expected_with_the_english_separator() -> None:
    """2,101 is a count, not a year: the English form expected is «2,101», as press style
    writes it."""
    texts = {"en": "The forum gathered 2,110 participants.", "ru": "Форум собрал 2101 участника.",
             "kk": "Форумға 2101 қатысушы жиналды."}
    found = check_texts(texts, {}, MARCH).findings
    assert [(f.rule, f.langs) for f in found] == [("numbers.mismatch", ["en"])]
    assert "expected in en: «2,101»" in found[0].message


# --- names no register knows ---------------------------------------------------------------

@pytest.mark.parametrize("texts", [
    {"en": "The Italian side proposed to hold the talks in Astana on 20 March.",
     "ru": "Италия предложила провести переговоры в Астане 20 марта.",
     "kk": "Италия келіссөздерді 20 наурызда Астанада өткізуді ұсынды."},
    {"en": "Italy proposed to hold the talks in Astana on 20 March.",
     "ru": "Итальянская сторона предложила провести переговоры в Астане 20 марта.",
     "kk": "Италия келіссөздерді 20 наурызда Астанада өткізуді ұсынды."},
], ids=["en", "ru"])
def test_a_country_named_by_its_adjective_is_not_missing(texts: dict[str, str]) -> None:
    """"The Italian side" for Италия (and «Итальянская сторона» for Italy) names the country:
    no names.missing error."""
    report = check_texts(texts, {}, MARCH)
    assert report.findings == [], report.to_text()



@pytest.mark.parametrize(("en", "ru", "kk"), [
    ("Saudi Arabia", "Саудовскую Аравию", "Сауд Арабиясына"),
    ("New Zealand", "Новую Зеландию", "Жаңа Зеландияға"),
])
def test_a_country_of_two_words_after_commas_is_one_place(en: str, ru: str, kk: str) -> None:
    """A two-word country late in a sentence with commas before it is still read as one place
    in every language: no names.missing or names.spelling error."""
    texts = {"en": f"On 20 March, in Astana, the Minister said he would visit {en} soon.",
             "ru": f"20 марта, в Астане, министр сказал, что скоро посетит {ru}.",
             "kk": f"20 наурызда, Астанада, министр жақында {kk} баратынын айтты."}
    report = check_texts(texts, {}, MARCH)
    assert report.findings == [], report.to_text()


def test_a_country_whose_russian_name_differs_is_not_missing() -> None:
    """«Белоруссии» names the Belarus that en and «Беларусьтің» state (through its English
    counterpart): no names.missing error in Russian."""
    texts = {"en": "The Minister met the Ambassador of Belarus in Astana on 20 March.",
             "ru": "Министр встретился с послом Белоруссии в Астане 20 марта.",
             "kk": "Министр 20 наурызда Астанада Беларусьтің елшісімен кездесті."}
    report = check_texts(texts, {}, MARCH)
    assert report.findings == [], report.to_text()


def test_a_misspelt_russian_surname_expects_the_cyrillic_form() -> None:
    """«Корабаев» against Karabayev and Қарабаев: one error in Russian, and the form it
    expects is the Russian spelling of the Kazakh one (Карабаев), not the English."""
    texts = {"en": "Minister Marat Karabayev arrived in Astana on 20 March.",
             "kk": "Министр Марат Қарабаев 20 наурызда Астанаға келді.",
             "ru": "Министр Марат Корабаев прибыл в Астану 20 марта."}
    found = check_texts(texts, {}, MARCH).findings
    assert [(f.rule, f.severity, f.langs, f.excerpt) for f in found] == [
        ("names.spelling", "error", ["ru"], "Марат Корабаев")]
    assert "expected «Карабаев» (from kk)" in found[0].message

# --- plain texts and releases: where a finding is, and which version is wrong ------------------

def test_a_plain_text_finding_is_located_in_its_language_s_file_and_line() -> None:
    texts = {"en": "The talks were held on 9 December 2025.\n\nThe sides signed 3 agreements.",
             "ru": "Переговоры прошли 9 декабря 2025 года.\n\nСтороны подписали 2 соглашения."}
    found = check_texts(texts, {}, dt.date(2025, 12, 10)).findings
    assert [(f.rule, f.langs, f.location) for f in found] == [("numbers.mismatch", ["ru"], "ru.txt:3")]


def test_a_date_without_its_year_takes_the_year_the_texts_name() -> None:
    """With no release date, "10 December" is read in the year the texts give (2024): the
    same date as «10 декабря 2024 года», and against «11 декабря» the message gives the full
    expected form."""
    texts = {"en": "The sides met on 9 December 2024 and signed the treaty on 10 December.",
             "ru": "Стороны встретились 9 декабря 2024 года и подписали договор 10 декабря 2024 года."}
    assert check_texts(texts, {}, None).findings == []
    texts["ru"] = "Стороны встретились 9 декабря 2024 года и подписали договор 11 декабря."
    found = check_texts(texts, {}, None).findings
    assert [(f.rule, f.langs) for f in found] == [("dates.mismatch", ["ru"])]
    assert "expected in ru: «10 декабря 2024 года»" in found[0].message


def _kazakh_source_release(kk: str, ru: str) -> Release:
    meta = Meta("2026-03-01-talks", dt.date(2026, 3, 1), "astana", "mfa", "kk", ["ru"])
    versions = {lang: Version(lang, {"p1": Segment("p1", text, Status.APPROVED, source_hash(kk))})
                for lang, text in (("kk", kk), ("ru", ru))}
    return Release(meta, {}, {}, versions, Path("."))


def test_in_a_kazakh_source_release_the_translation_that_differs_is_wrong() -> None:
    """Two versions disagree on a figure: the source (here Kazakh) breaks the tie, so the one
    error is on the Russian translation, with the Kazakh figure expected."""
    report = check_release(_kazakh_source_release("Тараптар 3 келісімге қол қойды.",
                                                  "Стороны подписали 2 соглашения."))
    assert [(f.rule, f.severity, f.langs) for f in report.findings] == [("numbers.mismatch", "error", ["ru"])]
    assert "expected in ru: «3»" in report.findings[0].message



# --- figures, intervals, designations, registered names ---------------------------------------

DECEMBER = dt.date(2025, 12, 20)


@pytest.mark.parametrize(("texts", "wrong"), [
    ({"en": "The 3 ministers noted exports of 6%.", "ru": "Министры отметили экспорт более 6%."}, "6"),
    ({"en": "Exports reached 6% and 100 tonnes.", "ru": "Экспорт достиг 6% и более 100 тонн.",
      "kk": "Экспорт 6%-ға және 100 тоннаға жетті."}, "100"),
], ids=["after-a-figure-one-version-lacks", "second-figure"])
def test_more_than_a_figure_the_others_state_exactly_is_an_error(texts: dict[str, str], wrong: str) -> None:
    """«более N» where the other versions say exactly N is reported in Russian, whatever other
    figures come before it."""
    found = [f for f in check_texts(texts, {}, DECEMBER).findings if f.rule == "numbers.qualifier"]
    assert [(f.severity, f.langs) for f in found] == [("error", ["ru"])]
    assert found[0].message.startswith(f"ru says more than {wrong} where ")


def test_days_later_must_be_the_distance_between_the_dates() -> None:
    texts = {"en": "The crew launched on 27 November and docked on 9 December, 12 days later.",
             "ru": "Экипаж стартовал 27 ноября и пристыковался 9 декабря, спустя 12 дней."}
    assert check_texts(texts, {}, DECEMBER).findings == []
    for lang, (old, new) in {"en": ("12 days", "10 days"), "ru": ("12 дней", "10 дней")}.items():
        texts[lang] = texts[lang].replace(old, new)
    found = check_texts(texts, {}, DECEMBER).findings
    assert [(f.rule, f.severity, f.langs) for f in found] == [("facts.interval", "error", ["en"]),
                                                              ("facts.interval", "error", ["ru"])]
    assert found[0].message == "10 days between events, but the dates given are 12 days apart"


def test_a_designation_typed_in_two_scripts_is_an_error() -> None:
    texts = {"en": "The Soyuz MS-28 crew returned.", "ru": "Экипаж «Союз МС-28» вернулся.",
             "kk": "«Союз MС-28» экипажы оралды."}  # a Latin M in the Kazakh МС-28
    found = [(f.rule, f.severity, f.langs, f.excerpt) for f in check_texts(texts, {}, DECEMBER).findings]
    assert ("designations.mixed-script", "error", ["kk"], "MС-28") in found


def test_a_misspelt_registered_name_of_four_letters_is_found() -> None:
    china = {"cn": Entity("cn", "place", {"en": ["China"], "ru": ["Китай"], "kk": ["Қытай"]})}
    texts = {"en": "The Minister visited Chna in December.", "ru": "Министр посетил Китай в декабре.",
             "kk": "Министр желтоқсанда Қытайда болды."}
    found = check_texts(texts, china, DECEMBER).findings
    assert [(f.rule, f.severity, f.langs, f.excerpt) for f in found] == [
        ("names.spelling", "error", ["en"], "Chna")]


def test_a_missing_name_is_located_at_the_matching_paragraph() -> None:
    """Versions with different paragraph counts (not translations paragraph by paragraph): a
    name missing from the Russian is an omission, said once, where the others state it."""
    texts = {"en": "The talks were held in Astana.\n\nMinister Alibek Bakayev and Marat Karabayev met "
                   "Hakan Fidan.",
             "kk": "Келіссөздер Астанада өтті.\n\nМинистр Әлібек Бақаев пен Марат Қарабаев Хакан Фиданмен "
                   "кездесті.",
             "ru": "Переговоры прошли в Астане.\n\nОни были долгими.\n\nМинистр Алибек Бакаев и Марат "
                   "Карабаев встретились."}
    found = check_texts(texts, {}, DECEMBER).findings
    assert [(f.rule, f.severity, f.langs, f.location, f.excerpt) for f in found] == [
        ("content.omitted", "warning", ["ru"], "en.txt:3", "Hakan Fidan")]


def test_texts_of_different_shapes_are_not_compared_paragraph_by_paragraph() -> None:
    """A translation that reorders and splits paragraphs states the same figures: no
    mismatch, although its first paragraph is not the English first paragraph."""
    texts = {"en": "The sides signed 3 agreements.\n\nThey also signed 5 memoranda.",
             "ru": "Подписаны 5 меморандумов.\n\nСтороны подписали 3 соглашения.\n\n"
                   "Переговоры прошли в Астане."}
    report = check_texts(texts, {}, DECEMBER)
    assert report.findings == [], report.to_text()


def test_a_kazakh_word_typed_with_russian_letters_is_found_from_its_spelling_elsewhere() -> None:
    """«Нурсултан» where the same version writes «Нұрсұлтан»: a script.lookalike error that
    names the right spelling (a capitalised name: the lexicon does not know it)."""
    texts = {"kk": "Нұрсұлтан Назарбаевтың кітабы шықты. Кітапта Нурсултан туралы айтылады.",
             "ru": "Вышла книга Нурсултана Назарбаева."}
    found = [f for f in check_texts(texts, {}, DECEMBER).findings if f.rule == "script.lookalike"]
    assert [(f.severity, f.langs, f.excerpt) for f in found] == [("error", ["kk"], "Нурсултан")]
    assert "elsewhere «Нұрсұлтан»" in found[0].message


def test_an_ambiguous_figure_that_agrees_in_its_other_reading_is_no_error_of_its_own() -> None:
    """Kazakh «4,000 есе» agrees with «в 4 раза» (read as 4): only English, with 5, is wrong."""
    texts = {"en": "Exports grew 5 times.", "kk": "Экспорт 4,000 есе өсті.", "ru": "Экспорт вырос в 4 раза."}
    found = check_texts(texts, {}, DECEMBER).findings
    assert [(f.rule, f.severity, f.langs) for f in found] == [("numbers.mismatch", "error", ["en"])]
    assert "expected in en: «4»" in found[0].message


def test_a_registered_name_missing_from_one_version_names_the_form_expected_there() -> None:
    china = {"cn": Entity("cn", "place", {"en": ["China"], "ru": ["Китай"], "kk": ["Қытай"]})}
    texts = {"en": "The Minister visited China in December.", "ru": "Министр посетил Китай в декабре.",
             "kk": "Министр желтоқсанда Жапонияда болды."}
    found = [f for f in check_texts(texts, china, DECEMBER).findings if f.rule == "names.missing"]
    assert [(f.severity, f.langs) for f in found] == [("error", ["kk"])]
    assert found[0].message.endswith("has no counterpart in kk; expected a form of «Қытай»")


def test_a_latin_title_in_quotation_marks_is_not_untranslated_english() -> None:
    texts = {"en": "The exhibition Made in Kazakhstan opened.",
             "ru": "Открылась выставка «Made in Kazakhstan».", "kk": "«Made in Kazakhstan» көрмесі ашылды."}
    report = check_texts(texts, {}, DECEMBER)
    assert report.findings == [], report.to_text()


def test_a_name_spelt_two_ways_in_two_versions_without_english_is_the_translation_s_error() -> None:
    """Kazakh (the source when there is no English) and Russian only: «Сиярто» against the
    Kazakh «Сийярто» is one names.spelling error in Russian."""
    texts = {"kk": "Министр 20 наурызда Сийярто мырзамен кездесті.",
             "ru": "Министр встретился с Сиярто 20 марта."}
    found = check_texts(texts, {}, MARCH).findings
    assert [(f.rule, f.severity, f.langs, f.excerpt) for f in found] == [
        ("names.spelling", "error", ["ru"], "Сиярто")]
    assert "expected «Сийярто»" in found[0].message
