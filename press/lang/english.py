"""English grammar for filling in names and dates (press.lang.grammar's interface).

English marks a role with a preposition, not an ending: "from Baikonur" is ablative, "on 27
November" a time adverbial (Kazakh "27 қарашада"). Names take only the possessive "’s".
"""

from __future__ import annotations

import re
from functools import cache

from press.lang.kazakh import Case
from press.lang.tokens import DAY, alternation, previous_word

PREPOSITIONS: dict[str, Case] = {
    "from": Case.ABLATIVE, "since": Case.ABLATIVE, "in": Case.LOCATIVE, "at": Case.LOCATIVE,
    "on": Case.LOCATIVE, "to": Case.DATIVE, "until": Case.DATIVE, "by": Case.DATIVE,
    "with": Case.INSTRUMENTAL, "of": Case.GENITIVE,
}
DATE_PREPOSITIONS: dict[str, Case] = {
    "from": Case.ABLATIVE, "since": Case.ABLATIVE, "until": Case.DATIVE, "by": Case.DATIVE,
    "for": Case.DATIVE,
}
"""Prepositions that make a date something other than a time adverbial (on 3 March)."""


def name_forms(form: str, entity_type: str) -> list[tuple[str, Case]]:
    return [(form, Case.NOMINATIVE), (form + "’s", Case.GENITIVE), (form + "'s", Case.GENITIVE)]


def refine_role(role: Case, preposition: str) -> Case:
    """An English preposition alone says the role (a name has no case of its own)."""
    return PREPOSITIONS.get(preposition.lower(), role)


def date_role(text: str, start: int, ending: str | None, previous_word: str) -> Case | None:
    if after_on(text, start):
        return Case.LOCATIVE
    return DATE_PREPOSITIONS.get(previous_word.lower()) or Case.NOMINATIVE


def date_lead(text: str, start: int) -> int:
    """"on " belongs to the date it introduces: Kazakh says it with the date's ending."""
    return 3 if after_on(text, start) else 0


def date_phrase(text: str, role: Case) -> str:
    return f"on {text}" if role is Case.LOCATIVE else text


def is_form_of(word: str, base: str) -> bool:
    """The name itself or its possessive (Baikonur’s, the Emirates’)."""
    lower, base_l = word.lower(), base.lower()
    return lower == base_l or lower in (base_l + "’s", base_l + "'s", base_l + "s’", base_l + "s'")


def after_on(text: str, start: int) -> bool:
    """True when the date at *start* follows "on " (on 27 November: a time adverbial)."""
    return text[max(0, start - 3):start] in ("on ", "On ") and previous_word(text, start) in ("on", "On")


def date_reading(patterns: tuple[str, str], months: dict[str, int],
                 abbreviated: dict[str, int]) -> tuple[str, int]:
    """How English running text writes a date (press.lang.read_dates reads with it): "27
    November 2025", "November 27, 2025", "8–9 December", "Oct. 22", "October 22 to 31" (the second day
    in the same month, unless a month follows it), a month alone ("in
    December 2025"); month names capitalised, as English writes them."""
    titled = alternation([m.title() for m in months])
    titled_day = alternation([m.title() for m in {**months, **abbreviated}])
    body = (rf"{DAY}\s+(?P<month>{titled_day})(?:,?\s+(?P<year>\d{{4}}))?"
            rf"|(?P<month2>{titled_day})\s+(?P<dayb>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"(?:(?:\s*[–—-]\s*|\s+(?:to|through|until|till)\s+)(?P<dayb2>[0-3]?\d)"
            rf"(?!\d|[.,]\d|\s*(?:%|per\s?cent|{titled_day})\b))?(?:,\s*(?P<yearb>\d{{4}}))?"
            rf"|(?P<month3>{titled})(?:\s+(?P<year3>\d{{4}}))?")
    return body, 0


ENGLISH_COMMON_PER_MILLION = 0.2
"""An English word seen at least this often per million words is a word of the language, not a
misspelt name (minister 11, ministry 1.8, Africa 0.27; Marcos 0.03, Ryzhykov and Isetov 0)."""


_BRITISH = ((re.compile(r"(?<=[^aeiou])re(s|d)?$"), r"er\1"), (re.compile(r"mme(s)?$"), r"m\1"),
            (re.compile(r"our(s|ed|ing|able)?$"), r"or\1"),
            (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
            (re.compile(r"(?<=[fc])ence(s)?$"), r"ense\1"), (re.compile(r"ogue(s)?$"), r"og\1"))
"""British endings and their American spellings (centre, programme, colour, organisation,
defence, catalogue), which the frequency list counts under the American form."""


def american(lower: str) -> str:
    """*lower* in American spelling (centre → center, programmes → programs): the frequency
    list knows a British release's ordinary words under it."""
    for pattern, replacement in _BRITISH:
        lower = pattern.sub(replacement, lower)
    return lower


@cache
def common_words() -> frozenset[str]:
    """English words at least ENGLISH_COMMON_PER_MILLION per million in pyspellchecker's list
    (lower case: frequent first names and big cities are among them: Victoria, Jackson).
    Loading the list takes a second or two; the derived set is kept in the user's cache."""
    from importlib.metadata import version

    from press.usercache import cached

    key = f"pyspellchecker {version('pyspellchecker')}, {ENGLISH_COMMON_PER_MILLION} per million"
    return frozenset(cached("english-common", key, _english_common))


def _english_common() -> list[str]:
    from spellchecker import SpellChecker

    frequency = SpellChecker(language="en", distance=1).word_frequency
    least = ENGLISH_COMMON_PER_MILLION * frequency.total_words
    return sorted(word for word, count in frequency.dictionary.items() if count * 1e6 >= least)
