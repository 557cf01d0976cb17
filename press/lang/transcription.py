"""English names as Russian and Kazakh transcribe them: the sound, not the letters.

Russian (and Kazakh after it) writes an English name as it is said (practical transcription):
Trump is Трамп (a closed u says a), Mike Майк and Jake Джейк (a vowel before a consonant and a
silent e says its letter's name), Pete Пит, Keir Кир, Vance Вэнс (the a of cat, э), Biden
Байден, Chuck Чак, Witkoff Уиткофф. Compared letter by letter with the state romanisation
those are "Tramp", "Mayk", "Vens": another name. `english_readings` gives the spellings an
English name is read as (reversing the transcription), so that the alignment in
`press.lang.names` compares the sounds. A reading only ever finds the same name: a name
it brings near but not the same is judged by its letters, as before (Friedrich is no
English spelling of Фридрих, nor Hegsat of Хегсет).

An initial is spelt out by the name of its letter: J.D. Vance is Джей Ди Вэнс
(`spells_initial`).
"""

from __future__ import annotations

import re
from functools import lru_cache

_CONSONANT = "bcdfgklmnprstvxz"
_C = f"[{_CONSONANT}]"
_SPELLINGS = (("sch", "sh"), ("tch", "ch"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("wh", "w"), ("qu", "kv"))
"""English consonant spellings and the sound Russian writes (Schumer Шумер, Hegseth Хегсет)."""
_MAGIC_E = re.compile(rf"([aeiou])((?:ch|sh|{_C}))e(s?)\Z")
_LONG = {"a": "ey", "e": "i", "i": "ay", "o": "o", "u": "yu"}
"""A vowel before one consonant and a silent final e says its letter's name (Jake, Pete, Mike)."""
_DIGRAPHS = ((re.compile(r"ee|ea|ie(?!\Z)|ei"), "i"), (re.compile(r"ey\Z"), "i"),
             (re.compile(r"ay|ai"), "ey"), (re.compile(r"oo"), "u"), (re.compile(r"ew"), "yu"))
"""Vowel digraphs (Keen, Keir Кир, Lindsey Линдси, Clay Клэй, Moon Мун, Matthew Мэттью)."""
_CLOSED_U = re.compile(rf"u(?!ng)(?={_C}{_C}|{_C}\Z)")
"""A u in a closed syllable says a (Trump Трамп, Hunter Хантер, Chuck Чак, Sullivan Салливан);
not before ng, where the u of a Vietnamese, Chinese or Korean syllable is u (Hung is no Ханг)."""
_SHORT_A = re.compile(rf"a(?={_C})")
"""The a of cat, which Russian writes э (Vance Вэнс, Jackson Джэксон) as often as а."""
_OPEN_I = re.compile(rf"(?<=.)i(?={_C}[aeiou])")
"""An i in an open syllable says its letter's name (Biden Байден, Tiler), as often as i."""


@lru_cache(maxsize=8192)
def english_readings(latin: str, cyrillic: str) -> tuple[str, ...]:
    """The spellings the English *latin* is read as, to compare with its transcription
    *cyrillic*: letters said as usual, with an open i as ay, and — only when *cyrillic*
    writes э, the letter Russian keeps for it — with the a of cat as e (else an a misspelt
    e, Hegsath for Хегсет, would pass). Only those that differ from *latin* (lower case)."""
    parts = [_readings(part) for part in latin.lower().split("-")]
    found = ["-".join(words) for words in zip(*parts, strict=True)]
    if "э" not in cyrillic.lower():
        found.pop(1)
    return tuple(r for r in dict.fromkeys(found) if r != latin.lower())


def _readings(word: str) -> tuple[str, str, str]:
    """(as usual, the a of cat as e, an open i as ay)."""
    for old, new in _SPELLINGS:
        word = word.replace(old, new)
    word = re.sub(r"c(?=[eiy])", "s", word)
    for pattern, sound in _DIGRAPHS:
        word = pattern.sub(sound, word)
    word = _MAGIC_E.sub(lambda m: _LONG[m.group(1)] + m.group(2) + m.group(3), word)
    if len(word) > 3:
        word = re.sub(rf"(?<={_C})e\Z", "", word)  # a silent final e (Vance)
    word = _CLOSED_U.sub("a", word)
    word = re.sub(rf"(?<={_C})y\Z", "i", word).replace("j", "dzh")
    word = re.sub(r"w(?=[aeiouy])", "u", word)  # Witkoff Уиткофф, Waltz Уолтц
    return word, _SHORT_A.sub("e", word), _OPEN_I.sub("ay", word)


_LETTER_NAMES = {
    "a": "эй", "b": "би", "c": "си", "d": "ди", "e": "и", "f": "эф", "g": "джи", "h": "эйч", "i": "ай",
    "j": "джей", "k": "кей", "l": "эл", "m": "эм", "n": "эн", "o": "оу", "p": "пи", "q": "кью",
    "r": "ар", "s": "эс", "t": "ти", "u": "ю", "v": "ви", "w": "дабл-ю", "x": "экс", "y": "уай",
    "z": "зи|зед",
}
"""The English letters' names as Russian and Kazakh write them (Джей Ди for J.D., Эйч for H)."""


def spells_initial(latin: str, cyrillic_stems: tuple[str, ...]) -> bool:
    """The one Latin capital *latin* (an initial: the J of J.D. Vance) is spelt out by the
    Cyrillic word whose stems (lower case, any case form) are *cyrillic_stems* (Джей, Джея)."""
    if len(latin) != 1 or not latin.isupper() or not latin.isascii():
        return False
    names = _LETTER_NAMES.get(latin.lower(), "").split("|")
    return any(stem in names for stem in cyrillic_stems)
