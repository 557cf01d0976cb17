"""Numbers in each language's CLDR format (ru/kk group thousands with a no-break space).

Russian typography leaves four-digit numbers unspaced (4000, but 12 000): CLDR's minimum
grouping digits for ru is 1, so the ministry's style is applied here.
"""

from __future__ import annotations

from decimal import Decimal

CURRENCY_CODES = frozenset({"USD", "EUR", "KZT", "RUB", "GBP", "CNY", "JPY", "CHF", "TRY", "KRW"})
"""ISO codes written before an amount (USD 1.2 billion, KZT143,600): an amount, not a
designation; the number reader reads the figure glued to one."""

UNGROUPED_BELOW: dict[str, int] = {"ru": 10_000}
"""Numbers below this are written without a thousands separator ("4000 раз")."""


def format_number(value: int | float | Decimal, lang: str) -> str:
    """4,000 in English, 4 000 (NBSP) in Kazakh, 4000 and 12 000 in Russian; decimal comma in kk/ru."""
    from babel.numbers import format_decimal

    from press.lang.dates import _locale

    grouped = abs(value) >= UNGROUPED_BELOW.get(lang, 0)
    return format_decimal(value, locale=_locale(lang), group_separator=grouped)


_QUALIFIED: dict[str, dict[str, str]] = {
    "en": {"more": "more than {n}", "least": "at least {n}", "less": "less than {n}", "approx": "about {n}",
           "upto": "up to {n}", "to": "up to {n}", "nearly": "nearly {n}", "close": "close to {n}"},
    "ru": {"more": "более {n}", "least": "не менее {n}", "less": "менее {n}", "approx": "около {n}",
           "upto": "не более {n}", "to": "до {n}", "nearly": "почти {n}", "close": "около {n}"},
    "kk": {"more": "{abl} астам", "least": "кемінде {n}", "less": "{abl} кем", "approx": "шамамен {n}",
           "upto": "{abl} аспайтын", "to": "{dat} дейін", "nearly": "{dat} жуық", "close": "{dat} жуық"},
}
"""A figure with its qualifier as each language writes it (Kazakh puts the ending on the number)."""


def format_qualified(value: int | float | Decimal, qualifier: str | None, lang: str) -> str:
    """"more than 6", «более 6», «6-дан астам»; the bare number when *qualifier* is None."""
    from press.lang.kazakh import Case, inflect

    number = format_number(value, lang)
    pattern = _QUALIFIED.get(lang, {}).get(qualifier or "")
    if pattern is None:
        return number
    return pattern.format(n=number, abl=inflect(number, Case.ABLATIVE), dat=inflect(number, Case.DATIVE))
