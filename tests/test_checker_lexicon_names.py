"""The Kazakh lexicon of the checker (issue 12, second round): common words only hunspell-kk
knows, and verb endings. The clean texts of the same round are in test_checker_classes.

In-process, through `check_texts` and the toolkit's termbase, as `press check --text` runs.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2026, 3, 20)


@pytest.mark.parametrize(("right", "slip"), [("ұзартылды", "узартылды"), ("бөлінді", "болінді"),
                                              ("төленеді", "толенеді")])
def test_a_common_word_only_the_dictionary_knows_is_respelt(right: str, slip: str) -> None:
    """Look-alike letters in a Kazakh word that no text of the repository used: found through
    the hunspell dictionary's words and the verb endings (ұзарт-ыл-ды, бөл-ін-ді, төле-н-еді)."""
    from press.check import check_texts
    from press.check.lexicon import HUNSPELL_KAZAKH
    from press.project import TOOLKIT_ROOT
    from press.source import load_termbase

    termbase = load_termbase(TOOLKIT_ROOT / "locales" / "termbase.yaml")
    if not HUNSPELL_KAZAKH.exists():
        pytest.skip("hunspell-kk is not installed (scripts/system-deps.sh)")
    texts = {"en": "The amount was set.", "kk": f"Сома {right}.", "ru": "Сумма установлена."}
    assert check_texts(texts, termbase, DAY).findings == []
    found = check_texts(dict(texts, kk=f"Сома {slip}."), termbase, DAY).findings
    assert [(f.rule, f.excerpt) for f in found] == [("script.lookalike", slip)]


def test_verb_endings() -> None:
    from press.lang.kazakh import is_verb_tail

    assert all(map(is_verb_tail, ["лады", "йді", "қанын", "уге", "етінін", "ып"]))
    assert not any(map(is_verb_tail, ["ен", "кенін"[1:] + "x", "ган"]))


def test_a_dictionary_word_without_kazakh_letters_is_not_respelt() -> None:
    """шын ("true") and жан-ы-нан ("from beside") are words as typed, though шың and жаңынан
    are words too; күннен typed as куннен is still a slip (кун with a front ending)."""
    from press.check.document import Para
    from press.check.lexicon import HUNSPELL_KAZAKH
    from press.check.script import _lookalikes

    if not HUNSPELL_KAZAKH.exists():
        pytest.skip("hunspell-kk is not installed (scripts/system-deps.sh)")
    text = "Бұл шын мәнінде маңызды. Елшілік жанынан орталық ашылды. Он куннен кейін оралды."
    assert [f.excerpt for f in _lookalikes(Para("p1", "kk", text, "kk.txt:1"), {})] == ["куннен"]


def test_a_kazakh_numeral_with_an_ending_closes_its_number() -> None:
    """«үштен беске дейін» is from three to five, not 8; «он екіден» is still 12."""
    from press.lang.read_numbers import find_numbers

    assert [m.value for m in find_numbers("Мерзім үштен беске дейін жыл.", "kk")] == [3, 5]
    assert [m.value for m in find_numbers("Он екіден астам жоба.", "kk")] == [12]


def test_a_relative_day_or_year_is_compared_paragraph_by_paragraph() -> None:
    """The dateline states today: "today" for "tomorrow" (or «бүгін» for «ертең») was hidden
    by it when whole texts were compared."""
    from press.check import check_texts

    texts = {"en": "Astana, 20 March 2026 – The forum opened today.\n\nIt closes tomorrow; the next one is "
                   "next year.",
             "kk": "Астана, 2026 жылғы 20 наурыз – Форум бүгін ашылды.\n\nОл ертең жабылады; келесісі "
                   "келесі жылы өтеді.",
             "ru": "Астана, 20 марта 2026 года – Форум открылся сегодня.\n\nОн закроется завтра; следующий "
                   "пройдёт в следующем году."}
    assert check_texts(texts, {}, DAY).findings == []
    for lang, old, new in (("kk", "Ол ертең", "Ол бүгін"), ("en", "closes tomorrow", "closes today")):
        found = check_texts(dict(texts, **{lang: texts[lang].replace(old, new)}), {}, DAY).findings
        assert [(f.rule, f.langs) for f in found] == [("dates.mismatch", [lang])], found
