"""The first check's cheaper paths give what the plain ones gave: `names.distance` (prices read
once per row, swaps tried only where they can be) against the textbook dynamic programme over
`_CHEAP_PAIRS`, and `read_numbers.unit_of` (Kazakh stems by their first letter) against a scan
of every stem."""

from __future__ import annotations

import random

import pytest

from press.lang import kazakh, read_numbers
from press.lang import names as free_names


def _reference_distance(a: str, b: str) -> float:
    """The weighted edit distance cell by cell: change, gap, and two letters swapped."""
    gaps_a, gaps_b = free_names._gaps(a), free_names._gaps(b)
    rows = [[float(j) for j in range(len(b) + 1)]]
    for i in range(1, len(a) + 1):
        row = [rows[-1][0] + gaps_a[i - 1]]
        for j in range(1, len(b) + 1):
            sub = 0.0 if a[i - 1] == b[j - 1] else free_names._CHEAP_PAIRS.get((a[i - 1], b[j - 1]), 1.0)
            cell = min(rows[-1][j - 1] + sub, rows[-1][j] + gaps_a[i - 1], row[-1] + gaps_b[j - 1])
            if i >= 2 and j >= 2 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1] and a[i - 1] != a[i - 2]:
                cell = min(cell, rows[-2][j - 2] + 1.0)
            row.append(cell)
        rows.append(row)
    return rows[-1][-1]


_WORDS = ["Zhaksybekov", "Жақсыбеков", "Tulegenova", "Төлегенова", "Vassilenko", "Василенко", "Nahyan",
          "Нахайян", "Karaganda", "Қарағанды", "Deube", "Дуебе", "Деубе", "Hoffer", "Хоффер", "Jinping",
          "Цзиньпин", "Piraeus", "Пирей", "Mohamed", "Мухаммед", "Aliyev", "Алиев"]


def test_distance_is_the_plain_weighted_edit_distance() -> None:
    """Equal, to the last bit, on names of both scripts, their swaps of two letters and random
    strings of their letters."""
    random.seed(23)
    skeletons = [free_names.skeleton(w) for w in _WORDS]
    letters = sorted(set("".join(skeletons)))
    for word in list(skeletons):
        for i in range(len(word) - 1):
            skeletons.append(word[:i] + word[i + 1] + word[i] + word[i + 2:])
    skeletons += ["".join(random.choice(letters) for _ in range(random.randint(0, 8))) for _ in range(150)]
    for a in skeletons:
        for b in random.sample(skeletons, 40):
            assert free_names.distance(a, b) == _reference_distance(a, b), (a, b)


def _reference_unit(word: str) -> str | None:
    """A Kazakh word's unit by a scan of every unit's and currency's stem."""
    lower = word.lower().strip("-")
    for unit, forms in read_numbers._UNITS.items():
        if any(kazakh.matches_stem(lower, f) for f in forms.get("kk", ())) and not lower.startswith("айт"):
            return unit
    currencies = read_numbers._cldr_currencies().get("kk", {})
    return next((unit for base, unit in currencies.items() if kazakh.matches_stem(lower, base)), None)


def _kazakh_forms() -> list[str]:
    stems = [f for forms in read_numbers._UNITS.values() for f in forms.get("kk", ())]
    stems += list(read_numbers._cldr_currencies().get("kk", {}))
    endings = ("", "ы", "ға", "ге", "дан", "ден", "тан", "ның", "нің", "лар", "тар")
    forms = [stem + ending for stem in stems for ending in endings]
    voicing = (("к", "г"), ("қ", "ғ"), ("п", "б"))
    forms += [stem[:-1] + voiced + "ы" for stem in stems for plain, voiced in voicing if stem.endswith(plain)]
    return forms + [f.capitalize() for f in forms[::7]] + ["", "-", "айтты", "жыл", "күні", "апта"]


@pytest.mark.parametrize("chunk", range(4))
def test_unit_of_a_kazakh_word_is_the_unit_of_the_first_stem_it_is_a_form_of(chunk: int) -> None:
    """Every unit's and currency's stem under endings, voiced, capitalised, and words of no unit:
    the unit a scan of every stem gives."""
    forms = _kazakh_forms()[chunk::4]
    assert any(_reference_unit(f) for f in forms)
    for form in forms:
        assert read_numbers.unit_of.__wrapped__(form, "kk") == _reference_unit(form), form
