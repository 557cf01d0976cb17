"""Kazakh hyphenation: press's own syllable patterns, so the Kazakh PDF is justified like ru/en."""

from __future__ import annotations

from pathlib import Path

import pytest

from press.lang.kazakh import hyphenation_patterns

DIC = Path(__file__).resolve().parent.parent / "press" / "lang" / "hyph_kk.dic"
SYLLABLES = {
    "ынтымақтастық": "ын-ты-мақ-тас-тық", "министрлігінің": "ми-нистр-лі-гі-нің",
    "Байқоңыр": "Бай-қо-ңыр", "Қазақстанның": "Қа-зақ-стан-ның", "стратегиясы": "стра-те-гия-сы",
    "сауда": "сау-да", "оқушылар": "оқу-шы-лар", "мүмкіндіктер": "мүм-кін-дік-тер",
    "айтты": "айт-ты", "Жезқазғаннан": "Жез-қаз-ған-нан", "халықаралық": "ха-лы-қа-ра-лық",
    "Астана": "Ас-та-на", "жарияланды": "жа-рия-лан-ды",
}
"""Written by hand from the rule (a syllable starts with one consonant); not an outside oracle."""


def test_the_shipped_dictionary_is_the_patterns() -> None:
    assert DIC.read_text(encoding="utf-8").split("\n")[1:-1] == hyphenation_patterns()


@pytest.mark.parametrize(("word", "expected"), sorted(SYLLABLES.items()))
def test_words_break_at_syllables(word: str, expected: str) -> None:
    import pyphen

    assert pyphen.Pyphen(filename=str(DIC)).inserted(word) == expected
