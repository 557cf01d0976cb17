"""Dates: every version states the same dates (as multisets), and weekdays agree with them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Hashable
from dataclasses import replace

from press.check.compare import SOFT_MONTH, Item, compare
from press.check.document import Bundle, Para, paragraph_groups
from press.check.findings import Finding
from press.lang import format_date
from press.lang.dates import month_name, weekday_name
from press.lang.read_dates import (
    SEASONS,
    WEEKDAY_EVERY,
    WEEKDAY_NEXT,
    WEEKDAY_PAST,
    WEEKDAY_THIS,
    DateMention,
    RelativeMention,
    also_a_noun,
    first_months,
    month_adjective,
    present_time_words,
    weekday_before,
)


def label(year: int | None, month: int, day: int | None) -> str:
    """A date in English words, the same for every language's message."""
    if day is not None and year is not None:
        try:
            return format_date(dt.date(year, month, day), "en")
        except ValueError:
            pass
    parts = [str(day) if day else "", month_name(month, "en"), str(year) if year else ""]
    return " ".join(p for p in parts if p)


def check(bundle: Bundle) -> list[Finding]:
    findings = _weekdays(bundle) + _relative_by_paragraph(bundle) + _named_by_paragraph(bundle)
    for _, group in bundle.groups():
        items = {lang: [Item(key := m.resolved(bundle.reference), label(*key), para, m.text,
                             soft=(vague := _vague(para, m)) or _dateline(bundle, para, m, key),
                             kind=SOFT_MONTH if vague else None)
                        for para in paras for m in para.dates] + _relative(bundle, paras) + _periods(paras)
                 + _first_months(bundle, paras)
                 for lang, paras in group.items() if paras}
        items = _month_ends(items)
        findings += compare(bundle, _weekdays_every(_weekdays_dated(items)), "dates.mismatch", "date",
                            render=_expected)
    return findings


_VAGUE_BEFORE = {
    "en": re.compile(r"(?:\bmid-?|\b(?:early|late|the (?:middle|end|beginning|start) of)\s+)\Z",
                     re.IGNORECASE),
    "ru": re.compile(r"\b(?:середин\w*|начал[оауе]?|конц[ае]|конец)\s+\Z", re.IGNORECASE),
}
_VAGUE_AFTER = {"kk": re.compile(r"\s+(?:айының\s+)?(?:ортасы|басы|аяғы|соңы)(?:нда|на|нан)?\b",
                                 re.IGNORECASE)}
"""A part of a month (mid-November, в начале ноября, қараша айының ортасында): not a day."""


def _vague(para: Para, mention: DateMention) -> bool:
    """A month said with the part of it (in mid-November, қараша айының ортасында), soft: another
    version may give the day instead ("on 14 November"); two versions' months still differ. So
    is a month whose name may be a common noun (Kazakh «маусым», also "season"), and a Russian
    month as an adjective (`read_dates.month_adjective`), for which another version may
    give the day the event began."""
    if mention.day is not None:
        return False
    if also_a_noun(para.text, mention, para.lang) or (para.lang == "ru" and month_adjective(mention.text)):
        return True
    before, after = _VAGUE_BEFORE.get(para.lang), _VAGUE_AFTER.get(para.lang)
    return bool(before and before.search(para.text[max(0, mention.start - 30):mention.start])) \
        or bool(after and after.match(para.text, mention.end))


_DATELINE_PLACE = re.compile(r"\s*[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,2}\s*[.,]\s*\Z")
"""What stands before the date of a dateline: a place of up to three words and a full stop or
comma (Алматы. 18 июля; Astana, 10 December 2025)."""


def _dateline(bundle: Bundle, para: Para, mention: DateMention, key: Key) -> bool:
    """The release's own date in the dateline that opens a version (Алматы. 18 июля. …), soft
    when some version prints no dateline: one outlet prints one and another does not, and the
    release date is no fact of the text. A dateline whose date is not the release day stays a
    date to agree on, and so do datelines every version prints (a translation's: one of them
    dated otherwise is a slip)."""
    return bundle.date is not None and key == (bundle.date.year, bundle.date.month, bundle.date.day) \
        and _opens_dateline(para, mention) and para is bundle.paras[para.lang][0] \
        and not all(any(_opens_dateline(paras[0], m) for m in paras[0].dates)
                    for paras in bundle.paras.values() if paras)


def _opens_dateline(para: Para, mention: DateMention) -> bool:
    return bool(_DATELINE_PLACE.match(para.text[:mention.start]))


def _relative(bundle: Bundle, paras: list[Para]) -> list[Item]:
    """"Yesterday", «в прошлом месяце» as the day or month they name, and a weekday named
    alone as that day of the release's week (soft: a translation may give the date instead, or
    leave the word out)."""
    if bundle.date is None:
        return []
    items = []
    for para in paras:
        for mention in para.relative:
            if mention.unit == "year" and mention.offset == 0 and _YEAR_BEGUN.search(mention.text):
                key = (bundle.date.year, 1, None)  # since the start of the year: since January
                items.append(Item(key, label(*key), para, mention.text, soft=True, kind=mention.unit))
            if mention.unit in ("year", "campaign"):
                continue  # a year is a number: press.check.numbers reads it; a season has no date
            key = mention.resolve(bundle.date)
            items.append(Item(key, label(*key), para, mention.text, soft=True, kind=mention.unit))
        for back, spans in ((0, para.this_day), (1, para.day_before)):
            for start, end in spans:  # the date just named, or the release day; or the day before
                named = [m for m in para.dates if m.end <= start and m.day is not None]
                key = _day_back(bundle.date, named, back)
                if key is not None:
                    items.append(Item(key, label(*key), para, para.text[start:end], soft=True))
        for mention in para.weekdays:  # the day of the week up to the release, or the coming one
            if mention.tense == WEEKDAY_EVERY:  # on Tuesdays, по вторникам: no one day
                key, name = _every_week(mention.offset)
                items.append(Item(key, name, para, mention.text, soft=True, kind="weekday"))
                continue
            day = weekday_before(bundle.date, mention.offset)
            coming = day + dt.timedelta(days=7) if day < bundle.date else day
            if mention.tense == WEEKDAY_PAST and day == bundle.date:  # "last Friday" on a Friday
                day -= dt.timedelta(days=7)
            elif mention.tense == WEEKDAY_THIS:  # of the release's week, before it or after
                day = coming = bundle.date + dt.timedelta(days=mention.offset - bundle.date.weekday())
            key, alt = (day.year, day.month, day.day), (coming.year, coming.month, coming.day)
            if mention.tense:  # said which one: "last Friday", «в эту пятницу»
                key, alt = (alt if mention.tense == WEEKDAY_NEXT else key), None
            items.append(Item(key, label(*key), para, mention.text, alt, label(*alt) if alt else None,
                              soft=True, kind="weekday"))
    return items


Key = tuple[int | None, int, int | None]
_YEAR_BEGUN = re.compile(r"beginning|start|начала|басынан", re.IGNORECASE)
"""A year so far («с начала года», «жыл басынан бері», "since the start of the year"), which
names its January as "since January 2025" does."""


def _day_back(release: dt.date, before: list[DateMention], back: int) -> Key | None:
    """The day *back* days before the last date of *before* (or the release day), as a key."""
    key = before[-1].resolved(release) if before else (release.year, release.month, release.day)
    if not back:
        return key
    day = before[-1].as_date(release) if before else release
    if day is None:
        return None
    day -= dt.timedelta(days=back)
    return day.year, day.month, day.day


_END_OF_MONTH = {
    "en": re.compile(r"\bthe end of\s+\Z", re.IGNORECASE),
    "ru": re.compile(r"\b(?:конц[ае]|конец)\s+\Z", re.IGNORECASE),
    "kk": re.compile(r"\A\s+(?:айының\s+)?(?:аяғы|соңы)", re.IGNORECASE),
}
"""The end of a month said with it: "by the end of October", «до конца октября», «қазанның соңына
дейін» (Kazakh says it after the month)."""


def _month_ends(items: dict[str, list[Item]]) -> dict[str, list[Item]]:
    """The end of a month («до конца октября») is its last day where another version states that
    day as a date ("until 31 October"): one deadline said two ways. Else it stays the month, soft,
    as any part of a month."""
    stated = {lang: {i.key for i in found if not i.soft} for lang, found in items.items()}
    result = {}
    for lang, found in items.items():
        theirs = set().union(*(keys for other, keys in stated.items() if other != lang))
        result[lang] = [_as_last_day(i, theirs) if i.kind == SOFT_MONTH else i for i in found]
    return result


def _as_last_day(item: Item, stated: set[Hashable]) -> Item:
    """*item*, a month said softly, as its last day when it is said as the month's end and that day
    is in *stated*; else *item*."""
    year, month, _ = item.key
    if year is None or not _said_as_end(item):
        return item
    key = (year, month, calendar.monthrange(year, month)[1])
    return replace(item, key=key, label=label(*key)) if key in stated else item


def _said_as_end(item: Item) -> bool:
    """The month of *item* is said with its end (`_END_OF_MONTH`)."""
    pattern = _END_OF_MONTH.get(item.para.lang)
    if pattern is None:
        return False
    text = item.para.text
    for mention in item.para.dates:
        if mention.text == item.excerpt and mention.day is None:
            window = text[mention.end:mention.end + 30] if item.para.lang == "kk" \
                else text[max(0, mention.start - 30):mention.start]
            if pattern.search(window):
                return True
    return False


def _weekdays_dated(items: dict[str, list[Item]]) -> dict[str, list[Item]]:
    """A weekday a version names is the coming one when a version gives that day as a date and
    none gives the past one ("on Friday the seafarers will fly", «13 қарашада» in a release of
    Thursday 12 November)."""
    hard = {i.key for found in items.values() for i in found if not i.soft}
    return {lang: [replace(i, key=i.alt, label=i.alt_label or i.label, alt=None)
                   if i.kind == "weekday" and i.key not in hard and i.alt in hard else i for i in found]
            for lang, found in items.items()}


def _first_months(bundle: Bundle, paras: list[Para]) -> list[Item]:
    """"The first seven months of 2025", «за 7 месяцев 2025 года», «2025 жылдың 7 айында» as
    January and July (soft): what another version says by naming the months («январь–июль»)."""
    return [Item(key := m.resolved(bundle.reference), label(*key), para, m.text, soft=True)
            for para in paras for m in first_months(para.text, para.lang)]


def _every_week(weekday: int) -> tuple[Hashable, str]:
    """The key and label of a weekday of every week (on Tuesdays, по вторникам)."""
    return ("every", weekday), f"every {weekday_name(weekday, 'en')}"


def _weekdays_every(items: dict[str, list[Item]]) -> dict[str, list[Item]]:
    """When a version names weekdays of every week ("on Tuesdays and Fridays"), a weekday
    another version names as no particular one (Kazakh «сейсенбі және жұма күндері», which says
    either) is of every week too: the weekdays are then compared as sets of days of the week."""
    if not any(i.kind == "weekday" and i.key[0] == "every" for found in items.values() for i in found):
        return items
    return {lang: [replace(i, key=(key := _every_week(dt.date(*i.key).weekday()))[0], label=key[1], alt=None,
                           alt_label=None)
                   if i.kind == "weekday" and i.key[0] != "every" else i for i in found]
            for lang, found in items.items()}


def _periods(paras: list[Para]) -> list[Item]:
    """Seasons and halves (in the spring, во втором полугодии), soft: a translation may give
    the months instead or leave the word out, but spring where the others say autumn differs."""
    return [Item((m.unit, m.offset), _period_label(m.unit, m.offset), para, m.text, soft=True, kind=m.unit)
            for para in paras for m in para.periods]


def _period_label(unit: str, offset: int) -> str:
    if unit == "quarter":
        return ("the first", "the second", "the third", "the fourth")[offset - 1] + " quarter"
    if unit == "decade":
        return ("the first", "the second", "the last")[offset - 1] + " ten days of the month"
    return SEASONS[offset] if unit == "season" else ("the first half", "the second half")[offset - 1]


def _expected(key: Hashable, lang: str) -> str | None:
    """The date as *lang* writes it in press style, for the message."""
    if len(key) != 3:  # type: ignore[arg-type]
        return None  # a period: ("season", 1)
    year, month, day = key  # type: ignore[misc]
    if year is None or day is None:
        return None
    try:
        return format_date(dt.date(year, month, day), lang)
    except ValueError:
        return None


def _weekdays(bundle: Bundle) -> list[Finding]:
    findings = []
    for lang, paras in bundle.paras.items():
        for para in paras:
            for mention in para.dates:
                day = mention.as_date(bundle.reference)
                if mention.weekday is None or day is None or day.weekday() == mention.weekday:
                    continue
                findings.append(Finding(
                    "dates.weekday", "error", [lang], para.location,
                    para.excerpt(mention.start, mention.end, 14),
                    f"{label(day.year, day.month, day.day)} is a {weekday_name(day.weekday(), 'en')}, "
                    f"but the text says {weekday_name(mention.weekday, 'en')}"))
    return findings


def _relative_by_paragraph(bundle: Bundle) -> list[Finding]:
    """Plain texts of the same shape, paragraphs paired by what they state: where two versions
    or more name a day or month relative to the release in one paragraph ("tomorrow", «завтра»,
    «ертең»), a version that names another one there ("today") says something else, even when
    that other day is stated elsewhere in it (the dateline's day)."""
    if bundle.date is None:
        return []
    findings = []
    for _, group in paragraph_groups(bundle):  # paired by what they state, not by position
        paras = {lang: group_paras[0] for lang, group_paras in group.items() if group_paras}
        said = _present_for_today({lang: {(m.unit, m.offset) for m in para.relative}
                                   for lang, para in paras.items()}, paras)
        for unit in ("day", "week", "month"):  # a year is a number: press.check.numbers compares it
            named = {lang: frozenset(o for u, o in pairs if u == unit) for lang, pairs in said.items()}
            named = {lang: offsets for lang, offsets in named.items() if offsets}
            if len(named) < 2 or len(set(named.values())) == 1:
                continue
            common, votes = Counter(named.values()).most_common(1)[0]
            if votes * 2 <= len(named) and bundle.source_lang in named:
                common = named[bundle.source_lang]
            for lang, offsets in named.items():
                if offsets != common and not _dated_instead_of(bundle, paras[lang], unit, common - offsets,
                                                               offsets <= common) \
                        and not _dated_by_the_others(bundle, paras, named, lang, unit, common):
                    findings.append(_relative_finding(bundle, paras[lang], unit, offsets, common, named))
    return findings


def _present_for_today(said: dict[str, set[tuple[str, int]]],
                       paras: dict[str, Para]) -> dict[str, set[tuple[str, int]]]:
    """A version's "today" («сегодня численность породы составляет») where every other version
    names the present time ("currently", «қазір») more often than it does, as many times more
    as it says today, translates that "now": it is no date."""
    present = {lang: present_time_words(para.text, lang) for lang, para in paras.items()}
    out = {}
    for lang, pairs in said.items():
        todays = sum(m.unit == "day" and m.offset == 0 for m in paras[lang].relative)
        more = min((present[o] - present[lang] for o in said if o != lang), default=0)
        out[lang] = pairs - {("day", 0)} if todays and more >= todays else pairs
    return out


def _dated_instead_of(bundle: Bundle, para: Para, unit: str, lacking: frozenset[int], subset: bool) -> bool:
    """A version that names only some of the days the others name relatively, and gives each
    of the rest as a date instead («21 апреля в Осаке» for "yesterday in Osaka"), says the
    same."""
    assert bundle.date is not None
    stated = {m.resolved(bundle.date) for m in para.dates}
    if unit == "day":  # "On Tuesday": the day of that name in the week up to the release
        stated |= {(day.year, day.month, day.day) for day in
                   (weekday_before(bundle.date, w.offset) for w in para.weekdays if w.unit == "weekday")}
    return subset and all(RelativeMention(unit, o, 0, 0, "").resolve(bundle.date) in stated for o in lacking)


def _dated_by_the_others(bundle: Bundle, paras: dict[str, Para], named: dict[str, frozenset[int]],
                         lang: str, unit: str, common: frozenset[int]) -> bool:
    """Version *lang* names relatively every day the others do and more, and each other
    version gives the extra days as dates or weekdays («Вчера, во вторник, самолёт вылетел»
    where the others say "On Tuesday"): the same days."""
    extra = named[lang] - common
    return named[lang] >= common and bool(extra) and all(
        _dated_instead_of(bundle, paras[o], unit, extra, True) for o, offsets in named.items() if o != lang)


def _relative_finding(bundle: Bundle, para: Para, unit: str, offsets: frozenset[int],
                      common: frozenset[int], named: dict) -> Finding:
    lang = para.lang
    ours = [m for m in para.relative if m.unit == unit]
    mention = next((m for m in ours if m.offset not in common), ours[0])  # or it lacks one of them
    others = [o for o, v in named.items() if v == common]
    expected = ", ".join(_named(RelativeMention(unit, o, 0, 0, ""), bundle.date) for o in sorted(common))
    return Finding("dates.mismatch", "error", [lang], para.location, mention.text,
                   f"{lang} «{mention.text}» names {_named(mention, bundle.date)} where "
                   f"{', '.join(others)} name {expected} in the same paragraph")


def _named(mention: RelativeMention, release: dt.date) -> str:
    year, month, day = mention.resolve(release)
    return str(year) if month is None else label(year, month, day)


_NAMED_UNITS = ("year", "weekday", "season", "half", "quarter", "decade", "period", "relative")
_PERIOD_UNITS = ("season", "half", "quarter", "period")
_RELATIVE_UNITS = ("day", "week", "month", "year", "campaign")


def _named_by_paragraph(bundle: Bundle) -> list[Finding]:
    """Releases segment by segment, plain texts paragraph by paragraph (paired by what they state, when
    they have the same shape; else as whole documents): a relative year, a weekday, a season, a
    half or a quarter of the year that one version names where the other two name other ones
    ("on Tuesday and Wednesday" where both say Wednesday and Thursday), even when the version
    names theirs too, or elsewhere, or names one of them once more than they do ("this year …
    this spring" where the others say next year and this spring). A year or a weekday only in
    place of one the others name: a version may leave one out, or name a day the others give as
    a date; a period none of them names is another time. Periods of any kind are compared
    together too (a quarter where the others name a half), and so are days, weeks, months and
    years named from the release (next month where the others say next week)."""
    if len(bundle.paras) < 3:
        return []
    groups = bundle.groups() if bundle.aligned else paragraph_groups(bundle)  # paired by what they state
    units = [group for _, group in groups] or [bundle.paras]
    findings = []
    for unit_paras in units:
        said = {lang: [named for para in paras for named in _named_in(para)]
                for lang, paras in unit_paras.items()}
        for unit in _NAMED_UNITS:
            named = {lang: counts for lang, mentions in said.items()
                     if (counts := Counter(key for u, key, _, _ in mentions if u == unit))}
            for lang, counts in named.items():
                others = [v for o, v in named.items() if o != lang]
                if len(others) < 2:
                    continue
                common = set.intersection(*(set(v) for v in others))
                extra = {k for k in counts if all(counts[k] > v[k] for v in others)
                         and not _year_written_by_the_others(bundle, unit_paras, named, lang, unit, k)}
                missing = {k for k in common if all(counts[k] < v[k] for v in others)
                           and not _year_given_instead(bundle, unit_paras, named, lang, unit, k)}
                unnamed = set(counts) - set().union(*others)
                agreed = all(set(v) == common for v in others)
                if not (extra and missing or unit in (*_PERIOD_UNITS, "decade") and unnamed and agreed):
                    continue
                para, mention = next((p, m) for u, key, p, m in said[lang] if u == unit and key in extra)
                findings.append(Finding(
                    "dates.mismatch", "error", [lang], para.location, mention.text,
                    f"{lang} «{mention.text}» names another {_UNIT_WORDS[unit]} than "
                    f"{', '.join(o for o in named if o != lang)} do here"))
    return findings


def _year_given_instead(bundle: Bundle, unit_paras: dict[str, list[Para]], named: dict[str, Counter],
                        lang: str, unit: str, key: Hashable) -> bool:
    """A relative year the version gives as the year itself instead ("five more farms next
    year" where Kazakh writes «2026 жылы тағы 5 ферма»): counted with the year written out, the
    version names it as often as another version does, so its other "this year" («Биыл … Осы
    жылы») is no year in its place. A version that also writes the year where the others do
    still lacks it (a swapped "next year" stays found)."""
    year = _year_of(bundle, unit, key)
    if year is None:
        return False
    ours = named[lang][key] + _written(unit_paras[lang], year)
    return ours >= min(v[key] + _written(unit_paras[o], year) for o, v in named.items() if o != lang)


def _year_written_by_the_others(bundle: Bundle, unit_paras: dict[str, list[Para]], named: dict[str, Counter],
                                lang: str, unit: str, key: Hashable) -> bool:
    """Version *lang* names a year relatively that every other version writes out, each as
    often as *lang* names it and writes it together ("five more to be built next year" where
    Russian writes «в 2026 году» and Kazakh «2026 жылы»): the same year, no other one."""
    year = _year_of(bundle, unit, key)
    if year is None:
        return False
    ours = named[lang][key] + _written(unit_paras[lang], year)
    return all(_written(unit_paras[o], year) >= ours for o in named if o != lang)


def _year_of(bundle: Bundle, unit: str, key: Hashable) -> int | None:
    """The calendar year a relative year's *key* names, else None."""
    offset = key if unit == "year" else key[1] if unit == "relative" and key[0] == "year" else None
    return bundle.date.year + offset if bundle.date is not None and isinstance(offset, int) else None


def _written(paras: list[Para], year: int) -> int:
    """How often *paras* write *year* out as a figure."""
    return sum(n.value == year for para in paras for n in para.numbers)


_UNIT_WORDS = {"year": "year", "weekday": "day of the week", "season": "season", "half": "half",
               "quarter": "quarter", "decade": "ten days of the month", "period": "time of the year",
               "relative": "time"}


def _named_in(para: Para) -> list[tuple[str, Hashable, Para, RelativeMention]]:
    """(unit, key, paragraph, mention) of what the paragraph names: each relative year, weekday
    and period under its own unit, each period under "period" as well, and each day, week,
    month or year named from the release under "relative"."""
    found: list[tuple[str, Hashable, Para, RelativeMention]] = []
    for m in [m for m in para.relative if m.unit == "year"] + para.weekdays + para.periods:
        found.append((m.unit, m.offset, para, m))
        if m.unit in _PERIOD_UNITS:
            found.append(("period", (m.unit, m.offset), para, m))
    found += [("relative", (m.unit, m.offset), para, m) for m in para.relative if m.unit in _RELATIVE_UNITS]
    return found
