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
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from press.errors import Problem, did_you_mean
from press.yamlio import line_of, unprintable

Check = Callable[[Any], str | None]


@dataclass(frozen=True)
class Field:
    """One key of a YAML mapping: its check and whether it must be there."""

    check: Check
    required: bool = False


SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
"""Release and segment ids: they become folder names, HTML ids and XLIFF unit ids (NMTOKEN)."""
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


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


def bad_character(text: str) -> str | None:
    """YAML escapes ("\\v", "\\x07", "\\ud800") can smuggle characters no page, PDF or Word
    file may hold; they are refused here rather than crash a renderer."""
    match = _BAD_CHARACTER.search(text)
    if match is None:
        return None
    return unprintable(ord(match.group()), match.start() + 1)


def is_str(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"expected text, got {kind(value)}"
    return bad_character(value) or (None if value.strip() else "must not be empty")


def is_text(value: Any) -> str | None:
    """Segment text: may be empty (not yet translated), never a control character."""
    return bad_character(value) if isinstance(value, str) else f"expected text, got {kind(value)}"


def is_id(value: Any) -> str | None:
    """A release id names its output folder (dist/<id>/): no "/", no "..", no hidden name."""
    if (problem := is_str(value)) is not None:
        return problem
    if SAFE_ID.fullmatch(value) and ".." not in value:
        return None
    return f"{value!r} cannot name a folder; use Latin letters, digits and hyphens, like 2025-12-10-baikonur"


def is_date(value: Any) -> str | None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return None
    return f"expected a date like 2025-12-10, got {shown(value)}"


def is_datetime(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return f"expected a date and time like 2025-12-10T10:00:00+05:00, got a date without a time ({value})"
    return f"expected a date and time like 2025-12-10T10:00:00+05:00, got {shown(value)}"


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
    return is_str(value) if not isinstance(value, list) else is_str_list(value)


def is_number(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"expected a number, got {kind(value)}"
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
    """Text per key, like a brand's name per language."""
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        return "expected a mapping of names to text, like {en: …, kk: …, ru: …}"
    return None


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
