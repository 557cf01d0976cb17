"""The comparison of a Latin name word with a Cyrillic one asks whether the Cyrillic one is the
practical transcription of the Latin by its language's rules (`names._read_as_its_language`):
for most words it is not, and the answer is known without writing out any reading
(`practical.readable`: a table reads every letter; `practical.claimed`: a language claims the
word) nor the names the Cyrillic word may be a case form of (`names.russian_nominatives`).

Same answers as the readings themselves (equal on the corpora's ~90k words, readable to
`bool(readings)`, claimed to `bool(claimed_readings)`); the tests below also hold that the
quick answers build none of what they spare. Planted back (`readable` as `bool(readings(…))`,
or the nominatives worked out before the claim is asked), they fail."""

from __future__ import annotations

import pytest

from press.lang import names, practical

_WORDS = ("Wierzbicki", "Jagiellonian", "Bunkacho", "Onodera", "Szijjártó", "Smith", "Iyer", "Kjærsgaard",
          "Ashworth-Hale", "Klaipėda", "NASA", "Xq", "Þór", "O'Brien", "Dubois-Laurent", "Nakamura")
"""Latin name words of several languages' letters, hyphenated, an -ian adjective, initials
and letters no table reads."""


@pytest.mark.parametrize("word", _WORDS)
def test_readable_and_claimed_agree_with_the_readings(word: str) -> None:
    assert practical.readable(word) == bool(practical.readings(word))
    assert practical.claimed(word) == bool(practical.claimed_readings(word))


def test_readable_writes_out_no_reading() -> None:
    practical.readable.cache_clear()
    practical.readings.cache_clear()
    assert practical.readable("Krzysztofowicz")
    assert practical.readings.cache_info().currsize == 0


def test_an_unclaimed_word_asks_no_case_of_the_cyrillic_one() -> None:
    """Baikonur is claimed by no language and in no orthography of its own: whatever names
    Байконуровой may be a case of, none can be its language's reading."""
    assert practical.readable("Baikonur") and not practical.claimed("Baikonur") \
        and not names.own_orthography("Baikonur")
    names.russian_nominatives.cache_clear()
    assert not names._read_as_its_language("Baikonur", "Байконуровой")
    assert names.russian_nominatives.cache_info().currsize == 0


def test_a_claimed_word_is_still_read_in_a_case_form() -> None:
    """Вежбицкого is a case of Вежбицкий, Wierzbicki's Polish reading: the forms are still asked."""
    assert names._read_as_its_language("Wierzbicki", "Вежбицкого")
    assert not names._read_as_its_language("Wierzbicki", "Вежбецкого")
