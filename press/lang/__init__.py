"""Per-language formatting of dates, numbers and names: the one place that knows them.

The language table (press.lang.table) has one row per language: its locale, names, Word tag,
script, engine name and grammar module (press.lang.grammar). Every other module asks it.

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
from press.lang.table import (
    BABEL_LOCALES,
    ENGINE_CODES,
    ENGLISH_NAMES,
    LANG_NAMES,
    LANGS,
    OG_LOCALES,
    SCRIPTS,
    WORD_LANG,
    Language,
    grammar_of,
    in_order,
    language,
    register,
    unregister,
)

__all__ = [
    "in_order",
    "BABEL_LOCALES",
    "ENGINE_CODES",
    "ENGLISH_NAMES",
    "LANGS",
    "LANG_NAMES",
    "MONTHS",
    "OG_LOCALES",
    "SCRIPTS",
    "WORD_LANG",
    "Language",
    "format_date",
    "format_dateline",
    "format_datetime",
    "format_day_month",
    "format_number",
    "grammar_of",
    "language",
    "register",
    "unregister",
]
