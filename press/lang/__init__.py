"""Per-language formatting of dates, numbers and names: the one place that knows them.

Everything that *writes* a date or a number into a release (renderers, machine-translation
fill-in) and everything that *reads* one back (the consistency checker) goes through this
package, so that what is written is exactly what is checked.
"""

from press.lang.dates import (
    MONTHS,
    format_date,
    format_dateline,
    format_datetime,
    format_day_month,
)
from press.lang.numbers import format_number

LANGS: tuple[str, ...] = ("en", "kk", "ru")
"""The languages of a release, in the order the ministry lists them."""

BABEL_LOCALES: dict[str, str] = {"en": "en_GB", "kk": "kk_KZ", "ru": "ru_RU"}
"""CLDR locale per language: the ministry writes British English."""

WORD_LANG: dict[str, str] = {"en": "en-GB", "kk": "kk-KZ", "ru": "ru-RU"}
"""The w:lang tag Word uses to pick its spell-checker."""

LANG_NAMES: dict[str, str] = {"en": "English", "kk": "Қазақша", "ru": "Русский"}
"""Each language's name in itself, for language switchers."""

__all__ = [
    "BABEL_LOCALES",
    "LANGS",
    "LANG_NAMES",
    "MONTHS",
    "WORD_LANG",
    "format_date",
    "format_dateline",
    "format_datetime",
    "format_day_month",
    "format_number",
]
