"""A sum written partly in words and partly in digits is one number (issue 12: "composite
numbers"): «три триллиона 100 миллиардов» is 3.1 trillion, as «3 триллиона 100 миллиардов» is.
Real Russian news writes sums so (a region's GRP in a briefing) while the Kazakh and English
versions give them in digits; read as two numbers, each version "lacked" the other's figures.
Sentences written here; the Russian case forms of the numeral come from pymorphy3."""

from __future__ import annotations

import pymorphy3
import pytest

from press.lang.read_numbers import find_numbers
from tests.edits import DAY, edited

_MORPH = pymorphy3.MorphAnalyzer()


def _three_trillion(case: str) -> str:
    """«три триллиона» in *case* (pymorphy3's inflection, not the code under test)."""
    three = _MORPH.parse("три")[0].inflect({case}).word
    trillion = _MORPH.parse("триллион")[0].inflect({case, "plur" if case != "nomn" else "sing"})
    noun = trillion.word if case != "nomn" else "триллиона"
    return f"{three} {noun}"


@pytest.mark.parametrize("case", ["nomn", "gent", "datv", "ablt", "loct"])
def test_words_then_digits_are_one_sum_in_every_case(case: str) -> None:
    words = _three_trillion(case)
    (found,) = find_numbers(f"Речь шла о {words} 700 миллиардов тенге.", "ru")
    assert (found.value, found.text) == (3_700_000_000_000, f"{words} 700 миллиардов")


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Өңірдің ЖӨӨ үш триллион 100 миллиард теңгеге жетті.", "kk", 3_100_000_000_000),
    ("Exports reached two billion 400 million dollars.", "en", 2_400_000_000),
    ("Туристов было две тысячи 350 человек.", "ru", 2_350),
])
def test_other_languages_and_scales(text: str, lang: str, value: int) -> None:
    assert [m.value for m in find_numbers(text, lang)] == [value]


@pytest.mark.parametrize("text", [
    "В 2026 году приедут три тысячи гостей, 200 из них впервые.",   # a comma: two figures
    "Было выделено пять миллионов тенге и 20 грантов.",            # a noun between: two figures
])
def test_separate_figures_stay_apart(text: str) -> None:
    assert len([m for m in find_numbers(text, "ru") if m.value not in (2026,)]) == 2


_GRP = {"en": "In 2025 the region's GRP reached 3.1 trillion tenge, the governor said on Monday.",
        "ru": "В 2025 году ВРП области достиг трех триллионов 100 миллиардов тенге, сообщил аким "
              "в понедельник.",
        "kk": "2025 жылы облыстың ЖӨӨ 3,1 триллион теңгеге жетті, деді әкім дүйсенбі күні."}


def test_a_sum_in_words_and_digits_matches_its_digits(termbase: dict) -> None:
    from press.check import check_texts

    report = check_texts(_GRP, termbase, DAY)
    assert not [f for f in report.findings if f.rule.startswith("numbers.")]
    changed = edited(_GRP, "ru", "100 миллиардов", "200 миллиардов")
    found = [f for f in check_texts(changed, termbase, DAY).findings if f.rule == "numbers.mismatch"]
    assert found and found[0].langs == ["ru"] and found[0].severity == "error"
