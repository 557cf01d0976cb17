"""Numbers in each language's CLDR format (ru/kk group thousands with a no-break space).

Russian typography leaves four-digit numbers unspaced (4000, but 12 000): CLDR's minimum
grouping digits for ru is 1, so the ministry's style is applied here.
"""

from __future__ import annotations

from decimal import Decimal

UNGROUPED_BELOW: dict[str, int] = {"ru": 10_000}
"""Numbers below this are written without a thousands separator ("4000 раз")."""


def format_number(value: int | float | Decimal, lang: str) -> str:
    """4,000 in English, 4 000 (NBSP) in Kazakh, 4000 and 12 000 in Russian; decimal comma in kk/ru."""
    from babel.numbers import format_decimal

    from press.lang.dates import _locale

    grouped = abs(value) >= UNGROUPED_BELOW.get(lang, 0)
    return format_decimal(value, locale=_locale(lang), group_separator=grouped)
