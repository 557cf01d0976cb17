"""Dates in the ministry's press style, on top of Babel/CLDR.

CLDR gives month names and the base patterns; the ministry's style differs from CLDR's
defaults in two places: Russian writes "года" in full ("10 декабря 2025 года", CLDR has
"г."), and Kazakh writes "жылғы" in full and no abbreviation ("2025 жылғы 10 желтоқсан",
CLDR has "2025 ж. 10 желтоқсан"). The patterns are columns of the language table
(press.lang.table); a case is put on by the language's grammar. The checker reads dates with
the month tables built here.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from press.lang.kazakh import Case
from press.lang.table import language


def _locale(lang: str) -> str:
    return language(lang).babel


def format_date(day: dt.date, lang: str, case: Case = Case.NOMINATIVE) -> str:
    """A full date in press style; Kazakh can be put in a case ("… 10 желтоқсанда")."""
    from babel.dates import format_date as babel_format_date

    text = babel_format_date(day, language(lang).date_pattern, locale=_locale(lang))
    return _in_case(text, lang, case)


def format_day_month(day: dt.date, lang: str, case: Case = Case.NOMINATIVE) -> str:
    """A date without its year, as running text uses it ("27 November", "27 қарашада")."""
    from babel.dates import format_date as babel_format_date

    text = babel_format_date(day, language(lang).day_month_pattern, locale=_locale(lang))
    return _in_case(text, lang, case)


def format_datetime(moment: dt.datetime, lang: str) -> str:
    """A date and time, for embargoes and corrections ("10 December 2025, 10:00")."""
    from babel.dates import format_time

    time = format_time(moment, "HH:mm", locale=_locale(lang))
    return f"{format_date(moment.date(), lang)}, {time}"


def embargo_parts(moment: dt.datetime, lang: str, zone: str = "Asia/Almaty") -> dict[str, str]:
    """The date and the time (HH:mm in the brand's *zone*, zoneinfo) of an embargo, for the
    catalog's sentence "Embargoed until %(time)s Astana time, %(date)s"; a naive time is
    already local."""
    from zoneinfo import ZoneInfo

    from babel.dates import format_time

    local = moment.astimezone(ZoneInfo(zone)) if moment.tzinfo else moment
    return {"date": format_date(local.date(), lang),
            "time": format_time(local, "HH:mm", locale=_locale(lang))}


def format_dateline(place: str, day: dt.date, lang: str) -> str:
    """The dateline that opens a release: "Astana, 10 December 2025"."""
    return f"{place}, {format_date(day, lang)}"


def month_name(month: int, lang: str) -> str:
    """The month's name as it stands alone in *lang* ("January", "январь", "қаңтар")."""
    from babel.dates import get_month_names

    return get_month_names("wide", "stand-alone", _locale(lang))[month]


def weekday_name(weekday: int, lang: str) -> str:
    """The weekday's name in *lang* (0 = Monday), for messages."""
    from babel.dates import get_day_names

    return get_day_names("wide", "format", _locale(lang))[weekday]


def _in_case(text: str, lang: str, case: Case) -> str:
    """The date in *case*, as the language's grammar writes it (only Kazakh inflects a date)."""
    if case is Case.NOMINATIVE:
        return text
    from press.lang.table import grammar_of

    return grammar_of(lang).date_in_case(text, case)


@cache
def _month_table(lang: str) -> dict[int, tuple[str, ...]]:
    from babel.dates import get_month_names

    locale = _locale(lang)
    table: dict[int, tuple[str, ...]] = {}
    for number in range(1, 13):
        forms = {
            get_month_names("wide", context, locale)[number].lower()
            for context in ("format", "stand-alone")
        }
        table[number] = tuple(sorted(forms))
    return table


class _Months:
    """Month names per language and month number, lower case, every CLDR form (lazy)."""

    def __getitem__(self, lang: str) -> dict[int, tuple[str, ...]]:
        return _month_table(lang)


MONTHS = _Months()
