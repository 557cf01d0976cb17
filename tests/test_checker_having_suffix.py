"""The Kazakh adjective of having, -лы/-лі/-ды/-ді/-ты/-ті on a noun (тауар-лы, білім-ді,
қуат-ты), in the look-alike check (issue 12; a false alarm judged on real news, realnews19:
«тауарлы-сүт» was "corrected" to «тәуарлы», the lexicon stem тәу claiming a word whose own stem
тауар is written as it should be). The inflected forms come from press.lang.kazakh.inflect."""

from __future__ import annotations

import datetime as dt

import pytest

from press.check import check_texts
from press.lang import kazakh

DAY = dt.date(2026, 12, 1)

# noun + the suffix of having, in both harmonies and after a vowel, a voiced and a voiceless consonant
_AS_WRITTEN = ("тауарлы", "сапалы", "білімді", "қуатты", "қасиетті")


def _lookalikes(kk: str) -> list[tuple[str, str]]:
    texts = {"en": "The farms were built.", "ru": "Фермы построены.", "kk": kk}
    return [(f.excerpt, f.severity) for f in check_texts(texts, {}, DAY).findings
            if f.rule == "script.lookalike"]


def _forms(words: tuple[str, ...]) -> list[str]:
    return sorted({kazakh.inflect(word, case) for word in words for case in kazakh.Case})


@pytest.mark.parametrize("form", _forms(_AS_WRITTEN))
def test_an_adjective_of_having_written_right_is_no_lookalike(form: str) -> None:
    assert _lookalikes(f"Облыста {form} фермалар салынды.") == []


@pytest.mark.parametrize("form", [f for f in _forms(("қуатты", "қасиетті")) if f.startswith("қ")])
def test_an_adjective_of_having_typed_with_a_russian_letter_is_found(form: str) -> None:
    typed = "к" + form[1:]
    assert (typed, "error") in _lookalikes(f"Облыста {typed} фермалар салынды.")
