"""The declarative schema of every YAML file press reads: fields, their checks, one collector.

A file's shape is data: a table of `Field`s (a check and whether the key must be there) per
mapping. `Checker` walks a loaded document against such a table and collects every problem as
`file:line: field: what is wrong`, all of a file at once, so the writer fixes them in one go.
Release sources (press.source), brands (press.brand), the termbase and locales/tags.yaml use it.

A check takes the value and returns None when it is right, else the message in the words of the
person who wrote the YAML: never a class name, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from press.errors import Problem, did_you_mean
from press.gate import bad_character, text_problem
from press.yamlio import Unreadable, line_of

Check = Callable[[Any], str | None]


@dataclass(frozen=True)
class Field:
    """One key of a YAML mapping: its check and whether it must be there."""

    check: Check
    required: bool = False


SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
"""Release and segment ids: they become folder names, HTML ids and XLIFF unit ids (NMTOKEN)."""


def kind(value: Any) -> str:
    """What a value is, in the words of the person who wrote the YAML (never a class name)."""
    kinds: tuple[tuple[type | tuple[type, ...], str], ...] = (
        (type(None), "nothing"), (bool, "true/false"), (dict, "a mapping"), (list, "a list"),
        (str, "text"), ((int, float), "a number"), (dt.datetime, "a date and time"), (dt.date, "a date"),
    )
    return next((name for cls, name in kinds if isinstance(value, cls)), type(value).__name__)


def shown(value: Any) -> str:
    """A wrong value as the writer typed it: text quoted, dates in ISO form, else its kind."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return repr(value)
    return f"{kind(value)} ({value.isoformat()})" if isinstance(value, dt.date) else kind(value)


def is_str(value: Any) -> str | None:
    """Text under the gate's rules (press.gate: no control character, a size limit, bounded
    markup), and not empty. Every door into a release applies the same rules."""
    if not isinstance(value, str):
        return f"expected text, got {kind(value)}"
    return text_problem(value) or (None if value.strip() else "must not be empty")


def is_text(value: Any) -> str | None:
    """Segment text: may be empty (not yet translated); otherwise the gate's rules."""
    return text_problem(value) if isinstance(value, str) else f"expected text, got {kind(value)}"


def is_id(value: Any) -> str | None:
    """A release id names its output folder (dist/<id>/): no "/", no "..", no hidden name."""
    return _is_folder_name(value, "cannot name a folder; use Latin letters, digits and hyphens, "
                                  "like 2025-12-10-baikonur")


def is_brand(value: Any) -> str | None:
    """A brand names a folder under templates/brands/: never a path that leaves it."""
    return _is_folder_name(value, "is not a brand name; a brand is a folder under templates/brands/, "
                                  "like mfa-kz")


def _is_folder_name(value: Any, otherwise: str) -> str | None:
    if (problem := is_str(value)) is not None:
        return problem
    return None if SAFE_ID.fullmatch(value) and ".." not in value else f"{value!r} {otherwise}"


def is_date(value: Any) -> str | None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return None
    return f"expected a date like 2025-12-10, got {shown(value)}"


def is_publication_date(value: Any) -> str | None:
    """A release or correction date: it dates files in zips and feeds (zip holds 1980–2107)."""
    if (problem := is_date(value)) is not None:
        return problem
    return None if 1980 <= value.year <= 2107 else f"{value} is not a plausible date (1980–2107)"


_LOCAL_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?")
"""A date and time as people write it; YAML reads 2027-01-01 10:00 (no seconds) as a string."""


def as_datetime(value: Any) -> dt.datetime | None:
    """*value* as a date and time (naive when written without a zone), or None."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and _LOCAL_TIME.fullmatch(value.strip()):
        try:
            return dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def is_datetime(value: Any) -> str | None:
    """A date and time; without a zone (2027-01-01 10:00) it is read in the brand's zone."""
    example = "expected a date and time like 2025-12-10 10:00 or 2025-12-10T10:00:00+05:00"
    if as_datetime(value) is not None:
        return None
    if isinstance(value, dt.date):
        return f"{example}, got a date without a time ({value})"
    if isinstance(value, str) and _LOCAL_TIME.fullmatch(value.strip()):
        return f"{value.strip()} is not a real date and time"
    return f"{example}, got {shown(value)}"


def is_lang(value: Any) -> str | None:
    """A language of the table in press.lang (read at call time: a registered row counts)."""
    from press.lang import LANGS

    if value in LANGS:
        return None
    if not isinstance(value, str):
        return f"expected a language ({', '.join(LANGS)}), got {shown(value)}"
    return f"unknown language {value!r}; expected one of {', '.join(LANGS)}" + did_you_mean(
        str(value), LANGS
    )


def is_lang_list(value: Any) -> str | None:
    if not isinstance(value, list) or not value:
        return "expected a list of languages, like [kk, ru]"
    return next(filter(None, map(is_lang, value)), None)


def is_str_list(value: Any) -> str | None:
    if not isinstance(value, list) or any(not isinstance(v, str) for v in value):
        return "expected a list of text items"
    return next(filter(None, map(bad_character, value)), None)


def is_str_or_list(value: Any) -> str | None:
    if isinstance(value, list) and not value:
        return "expected a name or a list of names, got an empty list"
    return is_str(value) if not isinstance(value, list) else is_str_list(value)


MAX_FIGURE = 10**15
"""Figures a release states (budgets, distances): larger ones are a typing mistake."""


def is_number(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"expected a number, got {kind(value)}"
    if not math.isfinite(value) or abs(value) >= MAX_FIGURE:
        return f"{value!r} is not a number a release can state (finite, below 10^15)"
    return None


def is_year(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9999:
        return None
    return f"expected a year like 1955, got {shown(value)}"


def is_bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"expected true or false, got {shown(value)}"


def one_of(*choices: str) -> Check:
    """A check that accepts exactly *choices* and suggests the closest one otherwise."""

    def check(value: Any) -> str | None:
        if value in choices:
            return None
        return f"{value!r} is not one of {', '.join(choices)}" + did_you_mean(str(value), choices)

    return check


def is_map(value: Any) -> str | None:
    return None if isinstance(value, dict) else f"expected a mapping, got {kind(value)}"


def is_list(value: Any) -> str | None:
    return None if isinstance(value, list) else f"expected a list, got {kind(value)}"


def is_text_map(value: Any) -> str | None:
    """Text per key, like a brand's name per language, each under the gate's rules."""
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        return "expected a mapping of names to text, like {en: …, kk: …, ru: …}"
    return next((f"{key}: {problem}" for key, text in value.items()
                 if (problem := text_problem(text)) is not None), None)


def is_text_per_lang(value: Any) -> str | None:
    """{en: …, kk: …, ru: …} of a release (a contact's name, a correction note): text, never a
    list or nothing, which would be printed on the page as "[1, 2]" or "None"."""
    if not isinstance(value, dict):
        return f"expected a mapping, got {kind(value)}"
    return next((f"{key}: {problem}" for key, text in value.items()
                 if (problem := is_str(text)) is not None), None)


def valid(node: Any, key: str, fields: dict[str, Field], default: Any = None) -> Any:
    """The value of *key* when it passed its check (the problem is already recorded)."""
    value = node.get(key, default) if isinstance(node, dict) else default
    if value is default or fields[key].check(value) is not None:
        return default
    return value


class Checker:
    """Collects problems of one file while its mappings are checked against their fields."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[Problem] = []

    def add(self, line: int, field: str | None, message: str) -> None:
        self.problems.append(Problem(self.path, line, message, field))

    def mapping(self, node: Any, fields: dict[str, Field], where: str = "", line: int = 1) -> bool:
        """Check *node* against *fields*; False when it is not a mapping at all.

        *line* is where the node's key is (a scalar node knows no line of its own).
        """
        if not isinstance(node, dict):
            self.add(line_of(node) or line, where or None, f"expected a mapping, got {kind(node)}")
            return False
        prefix = f"{where}." if where else ""
        for key, value in node.items():
            name = f"{prefix}{key}"
            field = fields.get(str(key))
            if field is None:
                hint = did_you_mean(str(key), list(fields))
                self.add(line_of(node, key), name, f"unknown field{hint}")
            elif isinstance(value, Unreadable):
                self.add(line_of(node, key), name, value.problem)
            elif (message := field.check(value)) is not None:
                self.add(line_of(node, key), name, message)
        for key, field in fields.items():
            if field.required and key not in node:
                self.add(line_of(node), f"{prefix}{key}", "missing (required)")
        return True

    def required_broken(self, fields: dict[str, Field]) -> bool:
        """True when a required field is missing or wrong: nothing further can be checked."""
        required = {name for name, field in fields.items() if field.required}
        return any(problem.field in required for problem in self.problems)
