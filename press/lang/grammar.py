"""The grammar interface: how a language puts a name, a date or a number in a role.

Machine translation replaces every name, date and number by a placeholder and fills in the
approved form afterwards (press.translate.protect). What the placeholder stood for in the
source (its grammatical role) and how the target expresses that role are the language's
grammar, asked through the functions below. Roles are expressed as Kazakh cases (`Case`): the
language with the most of them.

A language's row (press.lang.table) names its grammar module; `press.lang.grammar_of(code)`
loads it. The module defines any of the functions below; what it leaves out behaves as here:
a language without inflection, whose names, dates and numbers are written the same in every
role. press.lang.english,
press.lang.kazakh and press.lang.russian are the real ones.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from press.lang.kazakh import Case

if TYPE_CHECKING:
    from collections.abc import Callable


def name_forms(form: str, entity_type: str) -> list[tuple[str, Case]]:
    """Every way *form* (a register entry) can stand in running text, with the role it plays."""
    return [(form, Case.NOMINATIVE)]


def name_in_role(form: str, role: Case, entity_type: str) -> str:
    """*form* written in *role* (Kazakh "Астанада", Russian "в Астане")."""
    return form


def refine_role(role: Case, preposition: str) -> Case:
    """The role a preceding *preposition* gives a name whose own form is ambiguous or bare."""
    return role


def date_role(text: str, start: int, ending: str | None, previous_word: str) -> Case | None:
    """The role of the date at *start* of *text* (read with *ending* attached, after
    *previous_word*); None when the date must not be replaced."""
    return Case.NOMINATIVE


def date_lead(text: str, start: int) -> int:
    """How many characters before a date belong to it in a placeholder (English "on ")."""
    return 0


def date_in_case(text: str, case: Case) -> str:
    """A formatted date put in *case* (Kazakh inflects its last word)."""
    return text


def date_phrase(text: str, role: Case) -> str:
    """A date in *role* as running text writes it (English "on 27 November")."""
    return text


def number_in_role(text: str, role: Case) -> str:
    """A formatted number in *role* (Kazakh "4 000-ға")."""
    return text


def all_case_endings() -> frozenset[str]:
    """Endings an engine may attach to a placeholder (⟦2⟧-дан) that name a role."""
    return frozenset()


def case_of_ending(ending: str) -> Case | None:
    """The role an attached ending names, or None."""
    return None


def date_reading(patterns: tuple[str, str], months: dict[str, int],
                 abbreviated: dict[str, int]) -> tuple[str, int]:
    """The regex (and its flags) of the dates running text in a language writes, for
    press.lang.read_dates: groups day/day2/month/year (a full date), dayb/month2/yearb (month
    first), month3/year3 (a month alone). *patterns*: the row's CLDR patterns of a full date and
    of a day and month; *months*: every form of every month, lower case; *abbreviated*: short
    forms, read next to a day only. Without a grammar of its own a language reads what its
    CLDR patterns write (Uzbek "2025-yil 10-dekabr", "10-dekabr")."""
    from press.lang.tokens import alternation

    with_day = alternation({**months, **abbreviated})
    full = _cldr_regex(patterns[0], with_day, ("day", "month", "year"))
    short = _cldr_regex(patterns[1], with_day, ("dayb", "month2", ""))
    alone = rf"(?P<month3>{alternation(months)})"
    return f"{full}|{short}|{alone}", re.IGNORECASE


def _cldr_regex(pattern: str, months: str, groups: tuple[str, str, str]) -> str:
    """A CLDR date pattern ("y-'yil' d-MMMM") as a regex with the named *groups* (day, month, year)."""
    day, month, year = groups
    out = []
    for field, literal in re.findall(r"(y+|d+|M+|L+)|('[^']*'|.)", pattern):
        if field[:1] == "y":
            out.append(rf"(?P<{year}>\d{{4}})" if year else r"\d{4}")
        elif field[:1] == "d":
            out.append(rf"(?P<{day}>[0-3]?\d)")
        elif field:
            out.append(rf"(?P<{month}>{months})")
        else:
            text = literal.strip("'") if literal.startswith("'") else literal
            out.append(r"\s+" if text.isspace() else re.escape(text))
    return "".join(out)


def is_form_of(word: str, base: str) -> bool:
    """True when *word* in running text is a form of the registered name word *base*."""
    return word.lower() == base.lower()


def name_nominative(word: str) -> str:
    """A word of a name found in running text, in the form to register (Russian Рыжиковым →
    Рыжиков); a Kazakh or English word is registered as written, the reviewer sets the rest."""
    return word


FUNCTIONS = ("is_form_of", "name_nominative", "name_forms", "name_in_role", "refine_role", "date_role",
             "date_lead", "date_in_case", "date_phrase", "number_in_role", "all_case_endings",
             "case_of_ending", "date_reading")


@dataclass(frozen=True)
class Grammar:
    """The grammar functions of one language (its module's, else the defaults above)."""

    is_form_of: Callable[[str, str], bool]
    name_nominative: Callable[[str], str]
    name_forms: Callable[[str, str], list[tuple[str, Case]]]
    name_in_role: Callable[[str, Case, str], str]
    refine_role: Callable[[Case, str], Case]
    date_role: Callable[[str, int, str | None, str], Case | None]
    date_lead: Callable[[str, int], int]
    date_in_case: Callable[[str, Case], str]
    date_phrase: Callable[[str, Case], str]
    number_in_role: Callable[[str, Case], str]
    all_case_endings: Callable[[], frozenset[str]]
    case_of_ending: Callable[[str], Case | None]
    date_reading: Callable[[tuple[str, str], dict[str, int], dict[str, int]], tuple[str, int]]


def load(module_name: str) -> Grammar:
    """The grammar functions of the module *module_name*, the defaults for those it lacks."""
    module: Any = importlib.import_module(module_name)
    defaults = globals()
    return Grammar(**{name: getattr(module, name, defaults[name]) for name in FUNCTIONS})
