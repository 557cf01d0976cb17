"""Number readers give the value, not only "a number": written after lang mutants survived
(tens words, billions, the decimal separator per language, ordinal tens)."""

from __future__ import annotations

import pytest

from press.lang.read_numbers import find_numbers


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("twenty-three", "en", 23),
    ("3.3 billion", "en", 3.3e9),
    ("2,1 млрд", "ru", 2.1e9),
    ("7,5 млрд", "kk", 7.5e9),
    ("the sixtieth anniversary", "en", 60),
])
def test_numbers_are_read_with_their_value(text: str, lang: str, value: float) -> None:
    assert [float(n.value) for n in find_numbers(text, lang)] == [pytest.approx(value)]
