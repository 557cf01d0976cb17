"""Internal facts: figures and anniversaries against the fact register, intervals against the
dates the text gives, and "this month" / "this week" against the release date."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from itertools import combinations

from press.check.document import Bundle, Para
from press.check.findings import Finding
from press.lang import format_date, format_number
from press.lang.read_numbers import NumberMention
from press.model import Fact


def _per_language(pattern: str = "{}", **words: str) -> dict[str, re.Pattern[str]]:
    """One compiled pattern per language, *words* put into *pattern*, case ignored."""
    return {lang: re.compile(pattern.format(said), re.IGNORECASE) for lang, said in words.items()}


_ANNIVERSARY = _per_language(r"(?:st|nd|rd|th|-?[а-я]{{1,2}}\b)?[\s-]*(?:{})", en=r"anniversary",
                             ru=r"-?лети[еяю]|годовщин", kk=r"жылдығ|жылдық мерейтой")
"""An anniversary after a number, its ordinal ending between (25th anniversary, 25-летие, 25 жылдығы)."""
_THIS_SAID = {
    "month": {"en": r"\bthis month\b", "ru": r"\b(?:этого|этом|текущего|текущем) месяц",
              "kk": r"\b(?:осы|ағымдағы) ай(?:да|дағы|ы|дың)?\b"},
    "week": {"en": r"\bthis week\b", "ru": r"\b(?:этой|текущей) недел|\bна этой неделе",
             "kk": r"\b(?:осы|ағымдағы) апта"},
}
_THIS = {period: _per_language(**said) for period, said in _THIS_SAID.items()}
"""Words that say this month or this week, compiled once at import (a check reads every paragraph
with them)."""
_ORBIT = _per_language(en=r"orbit", ru=r"орбит", kk=r"орбита")
_LATER = _per_language(en=r"\blater\b(?! than)|\bafter\b", ru=r"спустя|через", kk=r"кейін|өткен соң")
_FROM_THE_DAY_OF = _per_language(en=r"\bdays? (?:after|from) the (?:date|day) of\b",
                                 ru=r"\bс (?:даты|дня|момента)\b", kk=r"күн(?:і)?нен (?:бастап|кейін)")
"""A term counted from the day something will happen (a treaty "enters into force 30 days
after the date of receipt of the last notification", «с даты получения», «алынған күннен
бастап»): that day is named, never given, so no two dates of the release measure it."""
_FORECAST = _per_language(en=r"\b(?:expected|will|is to|are to|scheduled)\b",
                          ru=r"\b(?:ожида\w*|прибуд\w*|будет|будут|планиру\w*|должн\w*)",
                          kk=r"(?:күтіл\w*|жоспарла\w*|тиіс)")
"""Words of an event still to come in the sentence before a term (a train "expected to reach
Germany in 16 days", «прибудет в Германию через 16 дней»): a forecast from today, measured by no
two dates of the release."""


_ANCHORED = _per_language(en=r"\bafter\b", ru=r"\bпосле\b", kk=r"\bкейін\b")
"""A term counted from a named event ("twelve days after the flights", «через 12 дней после»),
which the release may date, however far ahead both lie."""


def _sentence_before(text: str, at: int) -> str:
    """The text of the sentence containing *at*, up to *at*."""
    return text[_sentence_start(text, at):at]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence containing position *at* of *text* begins."""
    return max((m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= at), default=0)


_AFTER_EVENT = {"en": re.compile(r"[\w\s-]{0,12}?\b(?:after|from)\s", re.IGNORECASE),
                "ru": re.compile(r"[\w\s]{0,14}?\bпосле\s", re.IGNORECASE)}
"""What follows a term counted from an event: "thirty days after the parties exchanged …",
«через тридцать дней после обмена …»."""


def check(bundle: Bundle) -> list[Finding]:
    findings = _this_period(bundle) + _register(bundle)
    dates = {}
    for lang, paras in bundle.paras.items():
        dates[lang] = sorted({d for p in paras for m in p.dates if (d := m.as_date(bundle.reference))})
        dates[lang] += sorted(f.date for f in bundle.facts.values() if f.date)
    undated = _undated_terms(bundle, dates)
    for lang, paras in bundle.paras.items():
        for para in paras:
            findings += _anniversaries(bundle, para)
            findings += _intervals(para, dates[lang], undated, bundle.reference)
    return findings


def _undated_terms(bundle: Bundle, dates: dict[str, list[dt.date]]) -> set[Decimal]:
    """The terms in days some version counts from an event it names and does not date
    ("thirty days after the parties exchanged instruments", no date in the rest of the
    sentence), when no term of the release is the distance between two of its dates: then no
    two dates measure them, in that version or another (the Kazakh «алмасқаннан бастап отыз
    күн» puts the event before the term, where a date of another event may stand). A release
    whose dates measure a term ("twelve days after the flights" of 15 September) dates its
    events, and each term is checked."""
    terms, measured = set(), False
    for lang, paras in bundle.paras.items():
        gaps = {abs((b - a).days) for a, b in combinations(sorted(set(dates[lang])), 2)}
        for para in paras:
            for number in _terms(para):
                measured |= int(number.value) in gaps
                after = _AFTER_EVENT.get(para.lang)
                match = after.match(para.text, number.end) if after else None
                if match is None:
                    continue
                stop = _SENTENCE_END.search(para.text, match.end())
                end = stop.start() if stop else len(para.text)
                if not any(match.end() <= m.start < end for m in para.dates):
                    terms.add(number.value)
    return set() if measured else terms


def _terms(para: Para) -> list[NumberMention]:
    """The numbers of days the paragraph counts between events ("12 days later", «через 12 дней»).
    A term with a qualifier is a limit, not the distance between two events ("no later than 10
    days before the rites", «не позднее чем за 10 дней», «кемінде 10 күн бұрын»)."""
    return [n for n in para.numbers if n.unit == "day" and n.qualifier is None
            and _LATER[para.lang].search(para.text[max(0, n.start - 12):n.end + 16])
            and not _LASTING.match(para.text, n.end)]


_LASTING = re.compile(r"[\s\u00a0]?-?(?:day\b|дневн|күндік)", re.IGNORECASE)
"""A number of days made an adjective: how long something lasted ("after a 17-day ascent",
«после 17-дневного восхождения», «17 күндік өрлеуден кейін»), no term between two events."""


def _register(bundle: Bundle) -> list[Finding]:
    """Every fact of the register stated, equal, in each version that states it at all.

    A version states an event when it gives a date one part off the register's (another day
    of the month, another month, another year) and never the register's date; it states a
    figure when it gives a number in the fact's unit within a factor of two of it and never
    the figure itself (a rounded 7,9 млн states 7 954 667). Both are errors: the release
    contradicts its own register, even when every version says the same wrong thing.
    """
    events = {f.date for f in bundle.facts.values() if f.kind == "event" and f.date}
    findings = []
    for lang, paras in bundle.paras.items():
        for fact in bundle.facts.values():
            if fact.kind == "event" and fact.date:
                findings += _event_stated(bundle, lang, paras, fact, events)
            elif fact.kind == "figure" and fact.value and fact.unit:
                findings += _figure_stated(lang, paras, fact)
    return findings


def _event_stated(bundle: Bundle, lang: str, paras: list[Para], fact: Fact,
                  events: set[dt.date]) -> list[Finding]:
    stated = [(p, m, d) for p in paras for m in p.dates if (d := m.as_date(bundle.reference))]
    if any(d == fact.date for _, _, d in stated):
        return []
    off = [(p, m, d) for p, m, d in stated if d not in events and _one_part_off(d, fact.date)]
    if not off:
        return []
    para, mention, day = off[0]
    return [Finding("facts.register", "error", [lang], para.location, mention.text,
                    f"{lang} gives {day:%-d %B %Y} where the fact register has "
                    f"{fact.about or fact.id} on {fact.date:%-d %B %Y}; expected in {lang}: "
                    f"«{format_date(fact.date, lang)}»")]


def _one_part_off(day: dt.date, other: dt.date) -> bool:
    return sum(a != b for a, b in zip((day.year, day.month, day.day),
                                      (other.year, other.month, other.day), strict=True)) == 1


def _figure_stated(lang: str, paras: list[Para], fact: Fact) -> list[Finding]:
    value = Decimal(str(fact.value))
    numbers = [(p, n) for p in paras for n in p.numbers if not n.soft]
    if any(n.value == value or n.precision is not None and abs(n.value - value) < n.precision
           for _, n in numbers):
        return []
    off = [(p, n) for p, n in numbers if n.unit == fact.unit and value / 2 < n.value < value * 2]
    if not off:
        return []
    para, number = off[0]
    return [Finding("facts.register", "error", [lang], para.location, number.text,
                    f"{lang} gives {number.text} where the fact register has "
                    f"{fact.about or fact.id}: {fact.value:g} {fact.unit}; expected in {lang}: "
                    f"«{format_number(value, lang)}»")]


def _this_period(bundle: Bundle) -> list[Finding]:
    """"The events of this month" must be events of the release's month (a warning: the
    phrase may mean the last weeks loosely, but the reader takes it literally).

    The events a phrase covers are the dates of its own sentence ("this month, on 22
    December"); a sentence without a date covers the release's dated events (the register's).
    Plain texts have no register: there a phrase covers only the dates right beside it
    ("detained on 3 November, have been released and will return home this week" dates the
    detention, not the return), and a phrase with none covers nothing. One finding per
    segment, naming every language whose phrase reaches outside the period.
    """
    if bundle.date is None:
        return []
    register = {f.date for f in bundle.facts.values() if f.kind == "event" and f.date}
    findings = []
    for period, patterns in _THIS.items():
        groups: dict[str, tuple[list[str], Para, re.Pattern[str], set[dt.date]]] = {}
        for lang, paras in bundle.paras.items():
            for para in paras:
                for match in patterns[lang].finditer(para.text) if lang in patterns else ():
                    covered = _sentence_dates(bundle, para, match.start()) or register if bundle.aligned \
                        else _clause_dates(bundle, para, match.start(), match.end())
                    outside = {d for d in covered if not _same(period, d, bundle.date)}
                    if not outside:
                        continue
                    langs, first, pattern, dates = groups.setdefault(
                        para.id if bundle.aligned else "", ([], para, patterns[lang], set()))
                    langs.append(lang)
                    dates |= outside
        for langs, first, pattern, outside in groups.values():
            listed = ", ".join(d.strftime("%-d %B %Y") for d in sorted(outside))
            findings.append(Finding(
                f"facts.this-{period}", "warning", sorted(set(langs)), first.location,
                _phrase(first.text, pattern),
                f"“this {period}” (release date {bundle.date:%-d %B %Y}) but the events it "
                f"covers include {listed}, outside that {period}"))
    return findings


_SENTENCE_END = re.compile(r"[.!?](?=\s+[^\s\d])")


def _sentence_dates(bundle: Bundle, para: Para, at: int) -> set[dt.date]:
    """The full dates stated in the sentence of *para* that contains position *at*."""
    start = _sentence_start(para.text, at)
    after = _SENTENCE_END.search(para.text, at)
    end = after.start() if after else len(para.text)
    return {d for m in para.dates if start <= m.start < end and (d := m.as_date(bundle.reference))}


def _clause_dates(bundle: Bundle, para: Para, start: int, end: int) -> set[dt.date]:
    """The full dates stated right beside the phrase at *start*..*end* of *para* ("this month,
    on 22 December", «в этом месяце, 27 ноября»), a dozen characters at most away."""
    text = para.text
    beside = [m for m in para.dates if 0 <= m.start - end <= 12 and not _STOP.search(text, end, m.start)
              or 0 <= start - m.end <= 12 and not _STOP.search(text, m.end, start)]
    return {d for m in beside if (d := m.as_date(bundle.reference))}


_STOP = re.compile(r"[.!?;]")


def _same(period: str, day: dt.date, release: dt.date) -> bool:
    if period == "month":
        return (day.year, day.month) == (release.year, release.month)
    return day.isocalendar()[:2] == release.isocalendar()[:2]


def _phrase(text: str, pattern: re.Pattern[str]) -> str:
    match = pattern.search(text)
    return text[max(0, match.start() - 20):match.end() + 20].strip() if match else ""


def _anniversaries(bundle: Bundle, para: Para) -> list[Finding]:
    """"70th anniversary" in 2025 needs a founding year 1955 in the register."""
    foundings = [f for f in bundle.facts.values() if f.kind == "founding" and f.year]
    if not foundings:
        return []
    findings = []
    years = [int(n.value) for n in para.numbers if 1800 <= n.value <= 2100 and n.value == int(n.value)]
    for number in para.numbers:
        after = para.text[number.end:number.end + 16]
        if not _ANNIVERSARY[para.lang].match(after):
            continue
        founded = {f.year for f in foundings}
        ref_years = [y for y in years if y != number.value and y not in founded]
        ref_years += [bundle.date.year] if bundle.date else []
        if not ref_years:
            continue
        ok = any(int(number.value) == year - f.year for f in foundings for year in ref_years)
        if not ok:
            expected = ", ".join(f"{year - f.year}" for f in foundings for year in ref_years[:1])
            findings.append(Finding(
                "facts.anniversary", "error", [para.lang], para.location, number.text + after.rstrip(),
                f"anniversary {number.text} in {ref_years[0]} does not fit the founding year(s) "
                f"{', '.join(str(f.year) for f in foundings)} in the register (expected {expected})"))
    return findings


def _intervals(para: Para, dates: list[dt.date], undated: set[Decimal], reference: dt.date | None) \
        -> list[Finding]:
    """"12 days later" must be the distance between two dates the release gives, unless a
    version counts that term from an event it does not date (*undated*).

    The term counts from a date of its own paragraph when it has one ("left Xi'an on 18 June
    and crossed the border three days later"); when no date of the release lies within twice
    the term of it, the event the term counts to is dated nowhere, and nothing measures it."""
    own = {d for m in para.dates if (d := m.as_date(reference))}
    gaps = {abs((b - a).days) for a, b in combinations(sorted(set(dates)), 2)
            if not own or a in own or b in own}
    if not gaps:
        return []
    findings = []
    for number in _terms(para):
        around = para.text[max(0, number.start - 12):number.end + 16]
        if int(number.value) in gaps or number.value in undated \
                or own and not any(0 < gap < 2 * number.value for gap in gaps):
            continue
        if _ORBIT[para.lang].search(para.text[number.end:number.end + 30]):
            continue
        if _FROM_THE_DAY_OF[para.lang].search(para.text[max(0, number.start - 40):number.end + 30]):
            continue
        if _FORECAST[para.lang].search(_sentence_before(para.text, number.start)) \
                and not _ANCHORED[para.lang].search(para.text[number.end:number.end + 30]):
            continue
        findings.append(Finding(
            "facts.interval", "error", [para.lang], para.location, around.strip(),
            f"{number.text} days between events, but the dates given are "
            f"{', '.join(sorted(str(g) for g in gaps))} days apart"))
    return findings
