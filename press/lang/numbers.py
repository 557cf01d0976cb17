"""Numbers in each language's CLDR format (ru/kk group thousands with a no-break space)."""

from __future__ import annotations

from decimal import Decimal


def format_number(value: int | float | Decimal, lang: str) -> str:
    """4,000 in English, 4 000 (NBSP) in Kazakh and Russian, decimal comma in kk/ru."""
    from babel.numbers import format_decimal

    from press.lang.dates import _locale

    return format_decimal(value, locale=_locale(lang))
