"""Reading dates back out of running text, with the month tables the renderers write with.

English "27 November", "November 27, 2025", "8–9 December"; Russian "27 ноября",
"в декабре 2025 года", "с 8 апреля по 9 декабря"; Kazakh "27 қарашада", "2025 жылғы
9 желтоқсанда", "қараша айында", "8 сәуірден 9 желтоқсанға дейін"; numeric 09.12.2025 and
2025-12-09. Month names come from `press.lang.MONTHS` (CLDR) and Kazakh case forms from
`press.lang.kazakh.inflect`, so whatever `format_date` writes, this reads.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from press.lang import russian
from press.lang.dates import MONTHS, _locale, month_name
from press.lang.kazakh import POSSESSIVE_ENDINGS, Case, inflect, is_front, possessive
from press.lang.tokens import find_phrases, first_class, phrase_pattern, sentence_initial


@dataclass(frozen=True)
class DateMention:
    """A date (or a month: day is None) read from text; year None when the text gives none."""

    month: int
    start: int
    end: int
    text: str
    day: int | None = None
    year: int | None = None
    weekday: int | None = None
    """The weekday the text states next to the date (0 = Monday), to check agreement."""
    year_offset: int | None = None
    """The year named relatively next to it: -1 in «в марте прошлого года», «былтырғы наурызда»."""
    recent: int = 0
    """-1 for the month last past ("last December", «өткен желтоқсанда»), 1 for the one to
    come ("next March"), 0 when the text says neither."""

    def resolved(self, reference: dt.date | int | None) -> tuple[int | None, int, int | None]:
        """(year, month, day), a missing year taken from *reference* — never from the clock.

        A month more than six months after the reference month belongs to the year before
        (a January release recalling "28 December"), a day in the first months of the year
        named in November or December to the year after («1 қаңтардан бастап» in a release of
        29 December: the coming 1 January); «в марте прошлого года» is March of the
        year before the reference.
        """
        if self.year is not None or reference is None:
            return self.year, self.month, self.day
        if isinstance(reference, int):
            return reference + (self.year_offset or 0), self.month, self.day
        if self.year_offset is not None:
            return reference.year + self.year_offset, self.month, self.day
        if self.recent < 0:  # last December: of this year only when December is already past
            return reference.year - (self.month >= reference.month), self.month, self.day
        if self.recent > 0:  # next March: of this year only when March is still to come
            return reference.year + (self.month <= reference.month), self.month, self.day
        year = reference.year - 1 if self.month - reference.month > 6 else reference.year
        if self.day is not None and reference.month - self.month >= 10:
            year = reference.year + 1  # a late-December release: "from 1 January" is the coming one
        return year, self.month, self.day

    def as_date(self, reference: dt.date | int | None) -> dt.date | None:
        year, month, day = self.resolved(reference)
        if year is None or day is None:
            return None
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None


@cache
def month_forms(lang: str) -> dict[str, int]:
    """Every written form of every month in *lang*, lower case → month number."""
    forms: dict[str, int] = {}
    for number, names in MONTHS[lang].items():
        for name in names:
            forms[name] = number
            if lang == "ru":
                forms.update(dict.fromkeys(_russian_cases(name), number))
            if lang == "kk":
                for case in Case:
                    forms[inflect(name, case)] = number
                locative = inflect(name, Case.LOCATIVE)
                adjective = locative + ("гі" if is_front(name) else "ғы")  # желтоқсандағы
                forms.update(dict.fromkeys((inflect(adjective, case) for case in Case), number))
                forms[adjective] = number  # қыркүйектегіден: than (the one) in September
                forms.update(dict.fromkeys(_kazakh_possessed(name), number))
    if lang == "ru":
        for number, stem_ in enumerate(_RU_ADJECTIVES, 1):
            forms.update({stem_ + ending: number for ending in _RU_ADJ_ENDINGS})
    return forms


@cache
def abbreviated_forms(lang: str) -> dict[str, int]:
    """CLDR's abbreviated month names, with and without their dot (Oct, Oct., дек, дек.,
    жел.), lower case → month number; read only next to a day ("Oct. 22", «10 дек»), never
    alone, where a short word may be anything. Full forms are left out."""
    from babel.dates import get_month_names

    full = month_forms(lang)
    forms: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in get_month_names("abbreviated", context, _locale(lang)).items():
            bare = name.lower().rstrip(".")
            for form in (bare, bare + "."):
                if form not in full and len(form.rstrip(".")) >= 3:
                    forms[form] = number
    if lang == "en":
        forms["sep"] = forms["sep."] = 9  # as common as CLDR's Sept
    return forms


_RU_ADJECTIVES = ("январск", "февральск", "мартовск", "апрельск", "майск", "июньск", "июльск",
                  "августовск", "сентябрьск", "октябрьск", "ноябрьск", "декабрьск")
"""Adjectives of the months (мартовских наводнений, ноябрьский визит): a mention of the month."""


def month_adjective(text: str) -> bool:
    """The Russian month mention *text* is the month's adjective (`_RU_ADJECTIVES`: «мартовского
    ЕНТ»), an event named by its month, not a date."""
    return text.lower().startswith(_RU_ADJECTIVES)
_RU_ADJ_ENDINGS = ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими")


def _russian_cases(name: str) -> tuple[str, ...]:
    """A month name in every case from its nominative or genitive: к декабрю, в ноябре,
    мартом (the endings of the masculine nouns in -ь, -й and a consonant)."""
    if name == "мая":
        name = "май"
    elif name.endswith("я"):
        name = name[:-1] + "ь"
    elif name.endswith("а"):
        name = name[:-1]
    if name.endswith(("ь", "й")):
        root, soft = name[:-1], name[-1]
        endings = (soft, "я", "ю", "е", "ем") + (("ём",) if soft == "ь" else ())
        return tuple(root + e for e in endings)
    return tuple(name + e for e in ("", "а", "у", "е", "ом"))


def _kazakh_possessed(name: str) -> tuple[str, ...]:
    """The month with the 3rd-person possessive and a case after it: наурызы, наурызында,
    қыркүйегінде, шілдесінің ("2026 жылдың 19 наурызында", "наурыздың 19-ы")."""
    front = is_front(name)
    if name[-1] in "аеоөұүыіәуюя":
        possessed = name + ("сі" if front else "сы")
    else:
        stem_ = name[:-1] + {"к": "г", "қ": "ғ", "п": "б"}.get(name[-1], name[-1])
        possessed = stem_ + ("і" if front else "ы")
    tails = [ending[int(front)] for ending in POSSESSIVE_ENDINGS.values()]
    located = possessed + ("нде" if front else "нда")
    return (possessed, *(possessed + tail for tail in tails), located + ("гі" if front else "ғы"))


@cache
def weekday_forms(lang: str) -> dict[str, int]:
    """Weekday names in *lang* with their usual inflected forms → 0 (Monday) … 6."""
    from babel.dates import get_day_names

    forms: dict[str, int] = {}
    for number, name in get_day_names("wide", "format", _locale(lang)).items():
        name = name.lower()
        forms[name] = number
        if lang == "en":
            forms[name + "s"] = number  # on Tuesdays and Fridays: every Tuesday, as «по вторникам»
        if lang == "ru":
            root = name[:-1] if name[-1] in "аяье" else name
            for ending in ("а", "у", "ы", "е", "ой", "ом", "я", "ю", "ам", "ям", "ами", "ями", "ах", "ях"):
                forms[root + ending] = number  # по понедельникам, по средам: every Monday
        if lang == "kk":
            for case in Case:
                forms[inflect(name, case)] = number
    return forms


_NUMERIC = (r"(?P<nd>[0-3]?\d)\.(?P<nm>[01]?\d)\.(?P<ny>\d{4})"
            r"|(?P<iy>\d{4})-(?P<im>[01]\d)-(?P<id>[0-3]\d)")


@cache
def _pattern(lang: str) -> re.Pattern[str]:
    """Numeric dates, then the language's own ways of writing one (its grammar module's
    `date_reading`: press style and the usual variants; a language without one reads what its
    row's CLDR patterns write)."""
    from press.lang.table import grammar_of, language

    row = language(lang)
    body, flags = grammar_of(lang).date_reading((row.date_pattern, row.day_month_pattern),
                                                month_forms(lang), abbreviated_forms(lang))
    guard = first_class(body, flags)  # where a date can begin: the month forms are tried only there
    lead = f"(?=[{guard}])" if guard else ""
    return re.compile(rf"(?<![\w.,]){_NUMERIC}|(?<![\w.,]){lead}(?:{body})(?![\w])", flags)


def find_dates(text: str, lang: str) -> list[DateMention]:
    """Every date and month mention in *text*; a range "8–9 December" gives two dates."""
    found: list[DateMention] = []
    forms = {**month_forms(lang), **abbreviated_forms(lang)}
    for match in _pattern(lang).finditer(text):
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        start, end, raw = match.start(), match.end(), match.group()
        if "nd" in groups or "iy" in groups:
            day, month, year = ((groups["nd"], groups["nm"], groups["ny"]) if "nd" in groups
                                else (groups["id"], groups["im"], groups["iy"]))
            if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                found.append(DateMention(int(month), start, end, raw, int(day), int(year)))
            continue
        key = next(k for k in ("month", "month2", "month3", "month4") if k in groups)
        name = groups[key]
        month = forms[name.lower()]
        year_text = next((groups[k] for k in ("year", "yearb", "year3", "year4") if k in groups), None)
        year = int(year_text) if year_text else None
        days = [groups[k] for k in ("day", "day2", "dayb", "dayb2", "day4") if k in groups]
        if not days:
            month_at = match.start(key)  # after its year, a capitalised month is a name too
            named = _proper_noun(text, start, lang) if year is None \
                else month_at > start and _proper_noun(text, month_at, lang)
            if named:
                continue  # Наурыз the holiday; «1910 жылы Қазанда»: in Kazan in 1910, not in October
            found.append(DateMention(month, start, end, raw, None, year))
        for day in days:
            if 1 <= int(day) <= 31:
                found.append(DateMention(month, start, end, raw, int(day), year))
    found = _with_weekdays(text, lang, _share_range_years(text, lang, _range_starts(text, lang, found)))
    found = _with_relative_years(text, lang, _with_year_of(text, lang, found))
    found = _share_month_ranges(text, lang, found)
    return _with_recent(text, lang, _sentence_years(text, found))


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[^\W\d_])|(?<=[^\W\d_]{3})[.!?]\s+(?=\d)")
"""A sentence's end: a stop before a letter, or after a word (no abbreviation: No., г.) before a
figure («…көрмесін ашады. 14 желтоқсанда», a Kazakh sentence opening with its date)."""


def _sentence_years(text: str, found: list[DateMention]) -> list[DateMention]:
    """A day given without a year takes the year of the last date with a day and a year before
    it in the same sentence: "on 14–19 May 2027, the Day of Arafat falling on Saturday, 15 May"
    names 15 May 2027, whatever the release's date (the weekday is checked against it)."""
    result = []
    for mention in found:
        before = [m for m in result if m.year is not None and m.day is not None and m.end <= mention.start
                  and not _SENTENCE_END.search(text, m.end, mention.start + 1)]
        if mention.day is not None and mention.year is None and mention.year_offset is None and before:
            mention = replace(mention, year=before[-1].year)
        result.append(mention)
    return result


_RECENT = {"en": re.compile(r"\b(?:(?P<last>last|this past)|(?P<next>next|this coming))\s+\Z",
                            re.IGNORECASE),
           "kk": re.compile(r"(?<!\w)(?:(?P<last>өткен)|(?P<next>келесі|келер|алдағы))\s+\Z", re.IGNORECASE)}
"""A word before a month that says which one: "last December", «өткен желтоқсанда» (the one
before the release's month), "next March", «келесі наурызда» (the one after it)."""


def _with_recent(text: str, lang: str, found: list[DateMention]) -> list[DateMention]:
    """Mark the months a word before them places last past or to come (`_RECENT`)."""
    pattern = _RECENT.get(lang)
    said = {id(m): match for m in found if pattern and m.year is None
            and (match := pattern.search(text, max(0, m.start - 14), m.start))}
    return [replace(m, recent=-1 if said[id(m)].group("last") else 1) if id(m) in said else m for m in found]


def _share_month_ranges(text: str, lang: str, found: list[DateMention]) -> list[DateMention]:
    """The two months of a range share the year that one of them is given, in digits or
    relatively: "January–June last year", «в январе–июне прошлого года», «өткен жылдың
    қаңтар–маусымы» all name January and June of last year."""
    gap = _RANGE_GAP.get(lang)
    result = list(found)
    for i in range(len(result) - 1):
        first, second = result[i], result[i + 1]
        if gap is None or first.day is not None or second.day is not None or first.end > second.start \
                or not gap.match(text[first.end:second.start]):
            continue
        year, offset = first.year or second.year, first.year_offset if first.year_offset is not None \
            else second.year_offset
        result[i] = replace(first, year=first.year or year, year_offset=offset)
        result[i + 1] = replace(second, year=second.year or year, year_offset=offset)
    return result


_SPAN_GAP = re.compile(r"[\s\u00a0]*(?:[–—-]|to|until|till|through|по|до)[\s\u00a0]*\Z", re.IGNORECASE)


def month_spans(text: str, dates: list[DateMention]) -> list[tuple[int, int, int]]:
    """(start, end, months) of each span of whole months (January–July, «январь–июль»,
    «қаңтар–шілде айларында»): a count of months as well, as another version says "in 7
    months" or «за 7 месяцев» for it. Two months of no day joined by a dash or "to"; the
    count runs over the new year (November–February: 4)."""
    return [(first.start, second.end, (second.month - first.month) % 12 + 1)
            for first, second in zip(dates, dates[1:], strict=False)
            if first.day is None and second.day is None and first.end <= second.start
            and _SPAN_GAP.fullmatch(text, first.end, second.start) and first.month != second.month]


_N, _N2 = (rf"(?P<{group}>\d{{1,2}}|[^\W\d_]+)" for group in ("n", "n2"))
_YEAR_OF, _YEAR2 = (rf"(?P<{group}>\d{{4}})" for group in ("year", "y2"))
_FIRST_MONTHS = {
    "en": re.compile(rf"\b(?:the )?first {_N} months(?: of (?:the year|{_YEAR_OF}))?"
                     rf"|\b(?:in|for|over) {_N2} months of (?:the year|{_YEAR2})", re.IGNORECASE),
    "ru": re.compile(rf"\bза перв\w+ {_N} месяц\w*(?: {_YEAR_OF} года)?"
                     rf"|\bза {_N2} месяц\w* (?:{_YEAR2} года|(?:этого|текущего) года)", re.IGNORECASE),
    "kk": re.compile(rf"(?:{_YEAR_OF} )?(?:жылдың|жылғы) (?:алғашқы )?{_N} ай(?:ында|ы|да)\b"
                     rf"|\bалғашқы {_N2} ай(?:ында|ы|да)\b", re.IGNORECASE),
}
"""The first months of a year said as a count ("in the first seven months of 2025", «за 7
месяцев 2025 года», «2025 жылдың 7 айында»): the span from January that another version names
by its months («қаңтар–шілде», «январь–июль»)."""


def first_months(text: str, lang: str) -> list[DateMention]:
    """January and the last month of each count of a year's first months (`_FIRST_MONTHS`), as
    month mentions of the year it names, if any: what the span's months say."""
    from press.lang.read_numbers import find_numbers

    pattern = _FIRST_MONTHS.get(lang)
    found: list[DateMention] = []
    for match in pattern.finditer(text) if pattern else ():
        said = match.group("n") or match.group("n2")
        count = int(said) if said.isdigit() else next((int(n.value) for n in find_numbers(said, lang)), 0)
        year = next((int(y) for y in match.groupdict().values() if y and len(y) == 4 and y.isdigit()), None)
        if 2 <= count <= 12:
            found += [DateMention(1, match.start(), match.end(), match.group(), year=year),
                      DateMention(count, match.start(), match.end(), match.group(), year=year)]
    return found + _months_of_parts(text, lang)


_PART_MONTHS = {"half": 6, "quarter": 3}
"""Months in a half and in a quarter of a year."""
_PART_YEAR_AFTER = re.compile(r"[\s\u00a0]+(?:of[\s\u00a0]+)?(\d{4})\b")
_PART_YEAR_BEFORE = re.compile(r"\b(\d{4})[\s\u00a0]+(?:жылдың|жылғы)[\s\u00a0]+\Z")


def _months_of_parts(text: str, lang: str) -> list[DateMention]:
    """The first and last month of each half or quarter of a year named ("the first half of 2026",
    «в первом полугодии 2026 года», «2026 жылдың бірінші жартыжылдығында»: January and June), of
    the year written next to it, if any: what another version says by naming the months
    ("January–June 2026", «в январе–марте»), as `first_months` does for a count of months."""
    found: list[DateMention] = []
    for part in find_periods(text, lang):
        size = _PART_MONTHS.get(part.unit)
        if size is None:
            continue
        after = _PART_YEAR_AFTER.match(text, part.end)
        before = _PART_YEAR_BEFORE.search(text, max(0, part.start - 16), part.start)
        year = int(after.group(1)) if after else int(before.group(1)) if before else None
        last = size * part.offset
        found += [DateMention(month, part.start, part.end, part.text, year=year)
                  for month in (last - size + 1, last)]
    return found


_NOUN_MONTHS = {"kk": frozenset({6})}
"""Months whose name is also a common noun: Kazakh «маусым» is June and "season" (жазғы
маусым, the summer season; өткен маусымда, last season or last June)."""
_MONTH_WORD_AFTER = re.compile(r"\s*(?:[–—-](?![а-яәғқңөұүһі]{1,3}\b)|\s+ай)")
"""«маусым айы», or the dash of a range of months («маусым–шілде»); not the hyphen of a Kazakh
particle («осы маусымда-ақ», already this season: -ақ, -ау, -ай, shorter than any month's name)."""
_MONTH_BEFORE = re.compile(r"[–—-]\s*\Z")


def also_a_noun(text: str, mention: DateMention, lang: str) -> bool:
    """A month named with no day whose name is also a common noun (`_NOUN_MONTHS`), not as
    «маусым айы» or the end of a range of months: it may be the noun, so a version that says it
    does not state the month (nor lacks it). A year does not make it the month: «2027 жылғы
    маусымда» is "in the 2027 season" as well as "in June 2027"; a day does («14 маусымда»)."""
    return mention.month in _NOUN_MONTHS.get(lang, ()) and mention.day is None \
        and not _MONTH_WORD_AFTER.match(text, mention.end) \
        and not _MONTH_BEFORE.search(text, max(0, mention.start - 3), mention.start)


def _proper_noun(text: str, start: int, lang: str) -> bool:
    """A month name alone or after its year, capitalised inside a sentence in a language that
    writes its months in lower case, is a proper noun: the spring holiday Наурыз, not the month
    наурыз; «1910 жылы Қазанда», in Kazan, not in October. So is one opening a sentence before
    another capitalised word."""
    if not (text[start:start + 1].isupper() and _months_in_lower_case(lang)):
        return False
    if not sentence_initial(text, start):
        return True
    bare = _CAPITAL_NEXT.match(text, start)  # «Маусымда Ақтау порты»: an inflected month is the date
    return bool(bare) and bare.group("word").lower() in _bare_month_names(lang)


@cache
def _bare_month_names(lang: str) -> frozenset[str]:
    """The months' names in the nominative (CLDR's stand-alone wide names): the only form a
    first name like Март (the Estonian Mart) shares with a month."""
    return frozenset(month_name(month, lang).lower() for month in range(1, 13))


_CAPITAL_NEXT = re.compile(r"(?P<word>\w+)[ \u00a0]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]")
"""A capitalised word right after the month's: a name (Март Саарепера, the Estonian first name
Mart opening a sentence), not a date."""


@cache
def _months_in_lower_case(lang: str) -> bool:
    """CLDR writes the month in a date in lower case (ru, kk, fr; not en, de)."""
    from babel.dates import get_month_names

    return get_month_names("wide", "format", _locale(lang))[1].islower()


_OF_YEAR = re.compile(r"\s+of\s+(\d{4})\b")


def _with_year_of(text: str, lang: str, found: list[DateMention]) -> list[DateMention]:
    """A month of no year followed by "of 2021" ("January-October of 2021") is of that year."""
    if lang != "en":
        return found
    return [replace(m, year=int(said.group(1))) if m.year is None and m.day is None
            and (said := _OF_YEAR.match(text, m.end)) else m for m in found]


def _with_relative_years(text: str, lang: str, found: list[DateMention]) -> list[DateMention]:
    """Attach the year named relatively right after a date («марта прошлого года», "March
    last year") or, in Kazakh, right before it («өткен жылғы 5 наурызда», «биылғы наурызда»,
    «былтырғы жылдың қаңтарында»)."""
    if lang not in _RELATIVE or not found:
        return found
    years = [m for m in find_relative(text, lang) if m.unit == "year"]
    result = []
    for mention in found:
        near = next((y for y in years if 0 <= y.start - mention.end <= 4
                     and text[mention.end:y.start].strip(" ,") in ("", "of")
                     or lang == "kk" and 0 <= mention.start - y.end <= 9
                     and text[y.end:mention.start].strip() in ("", "жылдың", "жылғы")), None)
        result.append(replace(mention, year_offset=near.offset) if near and mention.year is None else mention)
    return result


_RANGE_START = {
    "en": re.compile(r"\b(?:[Ff]rom|[Bb]etween|of)\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
                     r"\s+(?:to|and|until|till)\s+\Z"),
    "ru": re.compile(r"(?:^|(?<=\W))[Сс]\s+(?P<day>[0-3]?\d)(?:-го)?\s+(?:по|до|на)\s+\Z"),
    "kk": re.compile(r"(?<![\w.,])(?P<day>[0-3]?\d)-(?:ден|нен|дан|нан|тен|тан)\s+\Z"),
}
"""A bare first day of a range that shares the month of the date after it: "from 17 to 23 June",
"с 17 по 23 июня", "17-ден 23 маусымға дейін"; a night "of 3 to 4 June", «с 3 на 4 июня»."""

_RANGE_GAP = {
    "en": re.compile(r"\s*(?:to|until|till|and|[–—-])\s*\Z"),
    "ru": re.compile(r"\s*(?:по|до|и|[–—-])\s*\Z"),
    "kk": re.compile(r"\s*(?:[–—-]\s*)?\Z"),  # the ablative ending says "from": «8 сәуірден 9 …»
}
"""What joins the two ends of a date range written in full ("8 April to 9 December 2025")."""


def _range_starts(text: str, lang: str, found: list[DateMention]) -> list[DateMention]:
    """Add the first day of ranges whose first end is a bare number sharing the month."""
    pattern = _RANGE_START.get(lang)
    if pattern is None:
        return found
    result = []
    for mention in found:
        match = pattern.search(text, max(0, mention.start - 24), mention.start) \
            if mention.day is not None else None
        if match and 1 <= int(match.group("day")) <= 31:
            start = match.start("day")
            result.append(DateMention(mention.month, start, mention.end, text[start:mention.end],
                                      int(match.group("day")), mention.year))
        elif mention.day is not None and _month_first(mention):
            days = _days_after(text, mention)
            year = days[-1].year if days else None
            result += [replace(m, year=m.year or year) for m in [mention, *days]]
            continue
        elif mention.day is not None:
            result += _listed_days(text, mention)
        result.append(mention)
    return result


_DAY_LIST = re.compile(r"(?<![\w.,])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*,\s*|\s+(?:and|и|және)\s+)\Z")
"""A bare day listed before a date, sharing its month: "on 14 and 15 October", «22 и 23
сентября», «14, 15 және 16 қазанда»."""


def _month_first(mention: DateMention) -> bool:
    """The date is written month first ("March 1", the US order): a list of days follows it
    ("March 1 and 2"), and a day before it closes the date before (February 28, March 1). So is a
    Kazakh month in the genitive before its day, its year before it or not («2026 жылғы мамырдың 18-і
    мен 19-ы»: the days follow it as a list)."""
    return mention.text[:1].isalpha() or bool(_KK_MONTH_OF_DAY.search(mention.text))


_KK_MONTH_OF_DAY = re.compile(r"(?<!жыл)(?:ның|нің|дың|дің|тың|тің)\s+[0-3]?\d")
"""A Kazakh month in the genitive before its day (мамырдың 18-і), not the year's genitive before a
day (жылдың 19 наурызында, where the month follows the day)."""


_DAY_AFTER = re.compile(r"(?:\s*,\s*(?P<and>and\s+)?|\s+(?P<and2>and|мен|және)\s+|(?<=[ндт][ае]н)\s+(?P<to>))"
                        r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|(?P<case>-[а-яәғқңөұүһі]+))?(?![\w.,]\d)\b")
"""A day listed after a date written month first: "May 5, 6 and 7"; in Kazakh after the month in the
genitive, each day with its ordinal's ending («мамырдың 18-і мен 19-ында»: on 18 and 19 May), or
ending a range the first day opens in the ablative («қарашаның 16-сынан 18-іне дейін»: from 16
to 18 November)."""
_YEAR_AFTER = re.compile(r",?\s*(?P<year>\d{4})\b")
_NOT_COUNTED = re.compile(r"\s*(?:[^\w\s]|\Z|(?:and|or|in|at|on|to|the|from|for|by|when|as|with|respectively|"
                          r"this|last|next|were|was|are|is|will|would)\b|[A-Z])")
"""After a list of days: punctuation, the end, a capital or a word no noun is (not "March 1
and 20 citizens", where 20 counts)."""


def _days_after(text: str, mention: DateMention) -> list[DateMention]:
    """The days listed after a date written month first, each in its month: "May 5, 6 and 7",
    "March 1 and 2, 2025" (the year after the last day is every day's). A list ends with
    "and" before its last day and goes up, else the number after the comma is no day."""
    days: list[DateMention] = []
    end, last = mention.end, mention.day or 0
    while (match := _DAY_AFTER.match(text, end)) and last < int(match.group("day")) <= 31:
        last, end = int(match.group("day")), match.end()
        days.append(DateMention(mention.month, mention.start, end, text[mention.start:end], last,
                                mention.year))
        if match.group("and") or match.group("and2") or match.group("to") is not None:
            break
    else:
        return []
    if match.group("to") is not None and not match.group("case"):
        return []  # «16-сынан 18 адам»: a range's end takes its case ending, a count does not
    if match.group("case"):
        return days  # a Kazakh day's case ending («19-ында») makes it a date, no count of things
    year = _YEAR_AFTER.match(text, end)
    if year and mention.year is None:
        end = year.end()
        days = [replace(d, year=int(year.group("year")), end=end) for d in days]
    return days if _NOT_COUNTED.match(text, end) else []


def _listed_days(text: str, mention: DateMention) -> list[DateMention]:
    days: list[DateMention] = []
    start = mention.start
    while (match := _DAY_LIST.search(text, max(0, start - 12), start)) and 1 <= int(match.group("day")) <= 31:
        start = match.start("day")
        days.insert(0, DateMention(mention.month, start, mention.end, text[start:mention.end],
                                   int(match.group("day")), mention.year))
    return days


def _share_range_years(text: str, lang: str, found: list[DateMention]) -> list[DateMention]:
    """The two ends of a range share the year that only one of them states: "from 8 April to
    9 December 2025", "2025 жылғы 8 сәуірден 9 желтоқсанға дейін"."""
    result = list(found)
    gap = _RANGE_GAP.get(lang)
    for i in range(len(result) - 1):
        first, second = result[i], result[i + 1]
        if gap is None or (first.year is None) == (second.year is None) or first.day is None \
                or second.day is None:
            continue
        between = text[first.end:second.start] if first.end <= second.start else ""
        if first.end > second.start or gap.match(between):
            year = first.year or second.year
            result[i] = _with_year(first, year)
            result[i + 1] = _with_year(second, year)
    return result


def _with_year(mention: DateMention, year: int | None) -> DateMention:
    return DateMention(mention.month, mention.start, mention.end, mention.text, mention.day, year,
                       mention.weekday)


_WORD = re.compile(r"[^\W\d_]+")
_GAP = re.compile(r"[\s,(—–-]*(?:on|во|в)?[\s,(]*\Z", re.IGNORECASE)


def _with_weekdays(text: str, lang: str, found: list[DateMention]) -> list[DateMention]:
    """Attach the weekday named right before a date ("Tuesday, 9 December", "во вторник,
    9 декабря") or right after it ("9 желтоқсан, сейсенбі", "9 декабря (вторник)")."""
    forms = weekday_forms(lang)
    starts = {m.start for m in found}
    paired = _range_weekdays(text, found, forms, lang)
    result = []
    for index, mention in enumerate(found):
        weekday = None
        if index in paired:
            weekday = paired[index]
        elif mention.day is not None:
            weekday = _weekday_near(text, mention, forms, starts, lang)
        result.append(DateMention(mention.month, mention.start, mention.end, mention.text,
                                  mention.day, mention.year, weekday))
    return result


_WEEKDAY_JOIN = re.compile(r"[\s,]*(?:and|to|through|till|until|и|по|до|және|мен|бен|пен|[–—-])?[\s,]*\Z",
                           re.IGNORECASE)
"""What joins the two weekdays of a range: "Saturday and Sunday", «с четверга по субботу»,
«сенбі және жексенбі», «бейсенбіден сенбіге дейін» (the endings say from and to)."""


def _range_weekdays(text: str, found: list[DateMention], forms: dict[str, int],
                    lang: str) -> dict[int, int]:
    """The weekdays of day ranges named as a pair ("Saturday and Sunday, 18–19 April",
    «18–19 сәуірде, сенбі және жексенбі»): the first for the range's first day, the second for
    its last, by their index in *found*. A range's two days share their mention's end."""
    paired: dict[int, int] = {}
    for index, (first, last) in enumerate(zip(found, found[1:], strict=False)):
        if first.end != last.end or first.day is None or last.day is None:
            continue
        pair = _weekday_pair(text, max(0, first.start - 45), first.start, forms, lang, before=True) \
            or _weekday_pair(text, last.end, last.end + 45, forms, lang, before=False)
        if pair:
            paired[index], paired[index + 1] = pair
    return paired


def _weekday_pair(text: str, start: int, end: int, forms: dict[str, int], lang: str,
                  before: bool) -> tuple[int, int] | None:
    """Two weekdays joined as a pair in text[start:end], right before the date (*before*) or
    right after it; None when there are not two."""
    days = [w for w in _WORD.finditer(text, start, end) if _is_weekday(w.group(), forms, lang)]
    for one, two in zip(days, days[1:], strict=False):
        if not _WEEKDAY_JOIN.match(text[one.end():two.start()]):
            continue
        edge = text[two.end():end] if before else text[start:one.start()]
        if (_GAP.match(edge) if before else edge.strip(" ,(") == ""):
            return forms[one.group().lower()], forms[two.group().lower()]
    return None


def _weekday_near(text: str, mention: DateMention, forms: dict[str, int], starts: set[int],
                  lang: str) -> int | None:
    for word in _WORD.finditer(text, max(0, mention.start - 20), mention.start):
        if _is_weekday(word.group(), forms, lang) and _GAP.match(text[word.end():mention.start]):
            return forms[word.group().lower()]
    after = _WORD.search(text, mention.end, mention.end + 16)
    if after and _is_weekday(after.group(), forms, lang):
        gap = text[mention.end:after.start()]
        follows_date = any(after.end() < s <= after.end() + 4 for s in starts)
        if gap.strip(" ,(") == "" and gap and not follows_date:
            return forms[after.group().lower()]
    return None


def _is_weekday(word: str, forms: dict[str, int], lang: str) -> bool:
    return word.lower() in forms and (lang != "en" or word[:1].isupper())


def find_weekdays(text: str, lang: str, dates: list[DateMention]) -> list[RelativeMention]:
    """Weekdays named without a date ("on Wednesday", «в среду», «сәрсенбі күні»), as days
    relative to the release: the offset is that weekday's distance back from the release day,
    filled in by `weekday_before`. A weekday next to a date of *dates* belongs to that date."""
    forms = weekday_forms(lang)
    found = []
    for word in _WORD.finditer(text):
        if not _is_weekday(word.group(), forms, lang) or lang == "ru" and _ru_medium(text, word.start()):
            continue
        if any(d.weekday is not None and d.start - 25 <= word.start() <= d.end + 25 for d in dates):
            continue
        tense = _WEEKDAY_TENSE[lang].search(text, max(0, word.start() - 16), word.start()) \
            if lang in _WEEKDAY_TENSE else None
        every = _every(text, word, forms, lang)
        found.append(RelativeMention("weekday", forms[word.group().lower()], word.start(), word.end(),
                                     word.group(), WEEKDAY_EVERY if every else _tense(tense)))
    return found


_RU_WHEN = frozenset({"следующий", "прошлый", "близкий", "будущий", "предстоящий", "минувший",
                      "нынешний", "текущий", "очередной", "последний", "ближайший", "великий", "чистый"})
"""Adjectives of time before a Russian weekday (в следующую среду, до ближайшей среды, Великая
среда of Holy Week); pronouns (эту, каждую, ту) are told by pymorphy3's Apro."""
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[\s\u00a0]+\Z")


def _ru_medium(text: str, start: int) -> bool:
    """The Russian weekday at *start* is «среда» the noun (medium, environment) after another
    adjective: «окружающей среды», «в деловой среде» (pymorphy3 reads the adjective), no
    Wednesday."""
    previous = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if previous is None or text[start:start + 3].lower() != "сре":
        return False
    found = russian.parses(previous.group(1))
    return bool(found) and found[0].tag.POS in ("ADJF", "PRTF") and "Apro" not in found[0].tag \
        and found[0].normal_form not in _RU_WHEN


_EVERY_BEFORE = re.compile(r"(?:\bevery|\bкажд\w+|(?<!\w)әр)\s+\Z", re.IGNORECASE)
_EVERY_AFTER = re.compile(r"\s+сайын\b", re.IGNORECASE)


def _every(text: str, word: re.Match[str], forms: dict[str, int], lang: str) -> bool:
    """A weekday said of every week, not of one day: "every Tuesday", "on Tuesdays", «по
    вторникам и пятницам» (the dative plural), «каждую пятницу», «әр жұма», «жұма сайын».
    Kazakh «сейсенбі және жұма күндері» is either (the plural is the two days'): the weekdays
    of a version that says neither are read as every week's when another version says so
    (press.check.dates)."""
    if _EVERY_BEFORE.search(text, max(0, word.start() - 12), word.start()) \
            or _EVERY_AFTER.match(text, word.end()):
        return True
    lower = word.group().lower()
    if lang == "en":
        return lower.endswith("s") and lower[:-1] in forms
    return lang == "ru" and lower.endswith(("ам", "ям"))


_WEEKDAY_TENSE = {
    "en": re.compile(r"\b(?:(?P<past>last|this past|previous)|(?P<this>this)|next|this coming|coming)\s+\Z",
                     re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:(?P<past>прошл\w+|минувш\w+)|(?P<this>эт[ауио]\w*)|следующ\w+|будущ\w+"
                     r"|ближайш\w+)\s+\Z", re.IGNORECASE),
    "kk": re.compile(r"(?<!\w)(?:(?P<past>өткен)|(?P<this>осы)|келесі|келер|алдағы)\s+\Z", re.IGNORECASE),
}
"""A word before a weekday that says which one: the past one ("last Friday", «в прошлую
пятницу», «өткен жұмада»), the one of the release's week ("this Friday", «в эту пятницу», «осы
жұмада») or the coming one ("next Friday", «в следующую пятницу», «келесі жұмада»)."""
WEEKDAY_PAST, WEEKDAY_THIS, WEEKDAY_NEXT, WEEKDAY_EVERY = -1, 2, 1, 3
"""The tense of a weekday: the past one, the release week's, the coming one, every one."""


def _tense(match: re.Match[str] | None) -> int:
    if match is None:
        return 0
    return WEEKDAY_PAST if match.group("past") else WEEKDAY_THIS if match.group("this") else WEEKDAY_NEXT


def weekday_before(release: dt.date, weekday: int) -> dt.date:
    """The day with *weekday* (0 = Monday) in the week up to *release*: news tells of the
    past days of its week by their names."""
    return release - dt.timedelta(days=(release.weekday() - weekday) % 7)


# --- spans for writers: where a date stands, to be replaced as one unit -------------------

@dataclass(frozen=True)
class DateSpan:
    """One written date as a writer replaces it (machine-translation placeholders)."""

    start: int
    end: int
    text: str
    month: int
    day: int
    year: int | None = None
    ending: str = ""
    """What the month carries after its nominative name: "да" in "27 қарашада", "" if nothing."""
    numeric: bool = False
    """Written 09.12.2025 or 2025-12-09."""


def date_spans(text: str, lang: str) -> list[DateSpan]:
    """Every date with a day in *text*, one span each, read with the same patterns as `find_dates`.

    A range gives one span, for the day that stands next to the month with it: "8–9 December"
    → "9 December", "December 8–9" → "December 8"; the other day is left as a number.
    Month-only mentions ("в декабре") are no span.
    """
    spans: list[DateSpan] = []
    for match in _pattern(lang).finditer(text):
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        if "nd" in groups or "iy" in groups:
            day, month, year = ((groups["nd"], groups["nm"], groups["ny"]) if "nd" in groups
                                else (groups["id"], groups["im"], groups["iy"]))
            if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                spans.append(DateSpan(match.start(), match.end(), match.group(), int(month), int(day),
                                      int(year), numeric=True))
            continue
        day_group = next((g for g in ("day2", "day", "dayb") if g in groups), None)
        if day_group is None or not 1 <= int(groups[day_group]) <= 31:
            continue
        start = match.start(day_group) if day_group == "day2" else match.start()
        end = match.end("dayb") if "dayb2" in groups else match.end()
        name = (groups.get("month") or groups.get("month2") or "").lower()
        month = {**month_forms(lang), **abbreviated_forms(lang)}[name]
        year_group = next((g for g in ("year", "yearb") if g in groups), None)
        inside = year_group is not None and start <= match.start(year_group) < end
        year_text = groups[year_group] if year_group and inside else None
        bases = [base for base in MONTHS[lang][month] if name.startswith(base)]
        ending = name[len(max(bases, key=len)):] if bases else ""
        spans.append(DateSpan(start, end, text[start:end], month, int(groups[day_group]),
                              int(year_text) if year_text else None, ending))
    return spans


# --- relative dates: today, yesterday, last year … against the release date ------------

@dataclass(frozen=True)
class RelativeMention:
    """A date named relative to the release: *unit* day, week, month or year, *offset* from it."""

    unit: str
    offset: int
    start: int
    end: int
    text: str
    tense: int = 0
    """Of a weekday: -1 the past one (last Friday), 1 the coming one (next Friday), 2 the one of
    the release's week (this Friday), 0 either the past or the coming one."""
    day: int | None = None
    """Of a month: the day of it the phrase names («осы айдың 30-ы», the 30th of this month)."""

    def resolve(self, release: dt.date) -> tuple[int, int | None, int | None]:
        """(year, month, day) of the day, the month or the year the phrase names."""
        if self.unit == "day":
            day = release + dt.timedelta(days=self.offset)
            return day.year, day.month, day.day
        if self.unit == "month":
            index = release.year * 12 + release.month - 1 + self.offset
            return index // 12, index % 12 + 1, self.day
        if self.unit == "week":  # the week's Monday
            day = release + dt.timedelta(days=7 * self.offset - release.weekday())
            return day.year, day.month, day.day
        return release.year + self.offset, None, None


_EN_YEAR = r"(?:(?:academic|school|financial|fiscal|calendar|budget) )?year"
_RU_KIND = r"(?:(?:учебн|финансов|бюджетн|календарн)\w+\s+)?"
_KK_YEAR = r"(?:(?:оқу|қаржы) )?жыл(?:ы|дың|ғы\w*|ға|да|дан|ынан|ына|ында|мен|ымен)"
_KK_MONTH = r"ай(?:да|дың|ғы|дағы|дан|ға)"
_KK_WEEK = r"апта(?:да|ның|ғы|дағы|дан|ға)"
"""A month or week in the cases a relative one is named in: өткен айда (last month), келесі
айдан бастап (from next month), өткен аптадан бері (since last week)."""
_KK_CAMPAIGN = r"маусым(?!\w*\s+ай)\w*"
"""«маусым» as a season of a yearly event, not before «айы» (month), which makes it June."""
_KK_NOT_OF = "".join(f"(?<!{ending} алдыңғы)" for ending in ("ның", "нің", "дың", "дің", "тың", "тің"))
"""Not after a genitive: «алдыңғы күні» alone is the day before yesterday, «форумның алдыңғы
күні» the eve of the forum."""


def _kk_ago(number: str, unit: str = "жыл") -> str:
    """«үш жыл бұрын» (three years ago), «екі күн бұрын» (two days ago), and the adjective
    «үш жыл бұрынғы(дан)» ((than) that of three years ago), not after a limit: «көп
    дегенде үш жыл бұрын» (at most three years before) is a figure of time, not a date; nor
    after an ablative (`_KK_ABLATIVE`). The lookbehinds follow the numeral, so the pattern
    costs nothing where the numeral is not."""
    limits = "".join(f"(?<!{word} {number})" for word in ("дегенде", "кемінде", "шамамен", "ішінде"))
    since = "".join(f"(?<!(?<!осы)(?<!бұ){ending} {number})" for ending in _KK_ABLATIVE)
    return rf"\b{number}{limits}{since} {unit} бұрын(?:ғы\w*)?\b"


_KK_ABLATIVE = ("дан", "ден", "тан", "тен", "нан", "нен")
"""The ablative after which «үш күн бұрын» counts back from the thing named («1 ақпаннан үш күн
бұрын»: three days before 1 February), not from the release; «осыдан», «бұдан» (from this,
from now) leave it relative to the release."""


_EN_SEASONS = r"(?:spring|summer|autumn|fall|winter)"
_RU_SEASON_NOUNS = r"(?:весн(?:а|ы|е|у|ой|ою)|осен(?:ь|и|ью)|зим(?:а|ы|е|у|ой|ою)|лет(?:о|а|ом))"


def _ru_season(adjectives: str) -> str:
    """A season named with a word that says which year's (этой весной, прошлым летом, следующей
    осенью, прошлой зимы): the adjective agrees with the noun in any case."""
    return rf"\b(?:{adjectives})(?:ой|ым|ую|ого|ей|им|юю|его) {_RU_SEASON_NOUNS}\b"


def _kk_season(stem: str, endings: str) -> str:
    """A Kazakh season's forms: *endings* (the cases that are not another word: «қысқа» is
    "short", «жазды» "wrote") and the possessive with every case after it, generated by the
    grammar (2027 жылдың көктеміне, күзінде: the spring, the autumn of 2027)."""
    owned = possessive(stem)[len(stem):]
    chain = "|".join(POSSESSIVE_ENDINGS[case][is_front(stem)] for case in Case if case in POSSESSIVE_ENDINGS)
    return rf"\b{stem}(?:{endings}|{owned}(?:{chain})?)?\b"


_KK_SEASONS = (_kk_season("қыс", r"та|тың|тан|қы\w*"), _kk_season("көктем", r"де|нің|нен|гі\w*|ге"),
               _kk_season("жаз", r"да|дың|дан|ғы\w*"), _kk_season("күз", r"де|дің|ден|гі\w*|ге"))
"""The forms of the Kazakh seasons, winter to autumn (the index is the season's offset)."""
_KK_SEASON = "(?:" + "|".join(pattern.removeprefix(r"\b") for pattern in _KK_SEASONS) + ")"


_RELATIVE: dict[str, tuple[tuple[str, int, str], ...]] = {
    "en": (
        ("day", 0, r"\btoday\b"), ("day", -1, r"\byesterday\b"), ("day", 1, r"\btomorrow\b"),
        ("day", 0, r"\bthis (?:morning|afternoon|evening)\b|\btonight\b"), ("day", -1, r"\blast night\b"),
        ("day", -2, r"\bthe day before yesterday\b|\btwo days ago\b"), ("day", -3, r"\bthree days ago\b"),
        ("day", 2, r"\bthe day after tomorrow\b"),
        ("year", 0, rf"\b(?:since|from) the (?:beginning|start) of (?:the|this) {_EN_YEAR}\b"
                    rf"|\b(?:by|until|before) the end of the {_EN_YEAR}\b"),
        ("month", 0, r"\b(?:since|from) the (?:beginning|start) of (?:the|this) month\b"
                     r"|\b(?:by|until|before) the end of the month\b"),
        ("year", -1, rf"\blast {_EN_YEAR}\b|\ba year ago\b"), ("year", -2, r"\btwo years ago\b"),
        ("year", -3, r"\bthree years ago\b"),
        ("year", 0, rf"\b(?:this|the current) {_EN_YEAR}\b|\bthis {_EN_SEASONS}\b"),
        ("year", -1, rf"\blast {_EN_SEASONS}\b"), ("year", 1, rf"\bnext {_EN_SEASONS}\b"),
        ("year", 1, rf"\bnext {_EN_YEAR}\b|\bof the following {_EN_YEAR}\b"),  # June of the following
        # year, as «до июня следующего года», «келесі жылдың маусымына»: the month's year, after "of"
        ("month", -1, r"\blast month\b"), ("month", 0, r"\bthis month\b"),
        ("month", 1, r"\bnext month\b"),
        ("week", -1, r"\blast week\b"), ("week", 0, r"\bthis week\b"), ("week", 1, r"\bnext week\b"),
        ("year", -2, r"\bthe year before last\b"),
        ("campaign", -1, r"\b(?:last|previous) season\b"), ("campaign", -2, r"\bthe season before last\b"),
        ("campaign", 0, r"\b(?:this|the current) season\b"), ("campaign", 1, r"\bnext season\b"),
    ),
    "ru": (
        ("day", 0, r"\bсегодня(?:шн\w+)?\b"), ("day", -1, r"\bвчера(?:шн\w+)?\b"),
        ("day", 1, r"\bзавтра(?:шн\w+)?\b"), ("day", -2, r"\bпозавчера\b"), ("day", 2, r"\bпослезавтра\b"),
        ("day", 0, r"\bэтим (?:утром|вечером)\b"), ("day", -1, r"\b(?:прошлой|минувшей) ночью\b"),
        # «третьего дня» is the day before yesterday; «два дня назад», «три дня назад» count back
        ("day", -2, r"\bтретьего дня\b|\bдва дня назад\b"), ("day", -3, r"\bтри дня назад\b"),
        # «накануне» alone is the day before the release; «накануне визита» is the eve of an event
        ("day", -1, r"\bнакануне\b(?=\s*[,.;:)–—]|\s+(?:в|во|на|с|со|у|по|при|из)\s)"),
        ("year", 0, rf"\b(?:с начала|до конца) (?:(?:этого|текущего|нынешнего)\s+)?{_RU_KIND}года\b"),
        ("month", 0, r"\b(?:с начала|до конца) (?:(?:этого|текущего)\s+)?месяца\b"),
        ("year", -1, rf"\b(?:в прошлом|в минувшем) {_RU_KIND}году\b|\b(?:прошлого|минувшего) {_RU_KIND}года\b"
                     r"|\bпрошлогодн\w+|\bгод назад\b"),
        ("year", -2, r"\bдва года назад\b"), ("year", -3, r"\bтри года назад\b"),
        ("year", 0, rf"\b(?:в этом|в текущем|в нынешнем) {_RU_KIND}году\b"
                    rf"|\b(?:этого|текущего|нынешнего) {_RU_KIND}года\b|{_ru_season('эт|текущ|нынешн')}"
                    rf"|\b(?:этот|текущий|нынешний) {_RU_KIND}год\b"
                    rf"|\b(?:этому|текущему|нынешнему) {_RU_KIND}году\b"
                    rf"|\b(?:этим|текущим|нынешним) {_RU_KIND}годом\b"),
        ("year", -1, _ru_season("прошл|минувш")), ("year", 1, _ru_season("следующ|будущ")),
        ("year", 1, rf"\b(?:в следующем|в будущем|в наступающем) {_RU_KIND}году\b"
                    rf"|\b(?:следующего|будущего) {_RU_KIND}года\b"),
        ("month", -1, r"\b(?:в прошлом|в минувшем) месяце\b|\b(?:прошлого|минувшего) месяца\b"),
        ("month", 0, r"\b(?:в этом|в текущем) месяце\b|\b(?:этого|текущего) месяца\b"),
        ("month", 1, r"\bв следующем месяце\b|\bследующего месяца\b"),
        ("week", -1, r"\bна (?:прошлой|минувшей) неделе\b|\b(?:прошлой|минувшей) недели\b"),
        ("week", 0, r"\bна (?:этой|текущей) неделе\b|\b(?:этой|текущей) недели\b"),
        ("week", 1, r"\bна (?:следующей|будущей) неделе\b|\b(?:следующей|будущей) недели\b"),
        ("year", -2, rf"\bв позапрошлом {_RU_KIND}году\b|\bпозапрошлого {_RU_KIND}года\b"),
        ("campaign", -1, r"\b(?:прошл|минувш)\w+ сезон\w*"), ("campaign", -2, r"\bпозапрошл\w+ сезон\w*"),
        ("campaign", 0, r"\b(?:эт|текущ|нынешн)\w+ сезон\w*"),
        ("campaign", 1, r"\b(?:следующ|будущ)\w+ сезон\w*"),
    ),
    "kk": (
        ("day", 0, r"\bбүгін(?:гі|де)?\b"), ("day", -1, r"\bкеше(?:гі)?\b"), ("day", 1, r"\bертең(?:гі)?\b"),
        ("year", -1, rf"\bбылтыр(?:ғы\w*)?\b|\bөткен {_KK_YEAR}\b|{_kk_ago('бір')}"),
        ("day", 2, r"\bбүрсігүні\b"), ("day", -2, _kk_ago("екі", "күн")),
        ("day", -3, _kk_ago("үш", "күн")),
        ("year", -2, _kk_ago("екі")), ("year", -3, _kk_ago("үш")),
        ("campaign", 0, rf"\bбиылғы {_KK_CAMPAIGN}"),  # before «биылғы» alone: the longer phrase
        ("year", 0, rf"\bбиыл(?:ғы\w*|дан)?\b|\b(?:осы|ағымдағы) {_KK_YEAR}\b|\bжыл (?:басынан|соңына)\b"),
        ("year", 1, rf"\b(?:келесі|келер|алдағы) {_KK_YEAR}\b"),
        ("year", -1, rf"\bөткен {_KK_SEASON}"), ("year", 0, rf"\bосы {_KK_SEASON}"),
        ("year", 1, rf"\b(?:келесі|келер|алдағы) {_KK_SEASON}"),
        ("month", -1, rf"\bөткен {_KK_MONTH}\b"),
        ("month", 0, rf"\bосы {_KK_MONTH}\b|\bай (?:басынан|соңына)\b"),
        ("month", 1, rf"\b(?:келесі|келер|алдағы) {_KK_MONTH}\b"),
        ("week", -1, rf"\bөткен {_KK_WEEK}\b"), ("week", 0, rf"\bосы {_KK_WEEK}\b"),
        ("week", 1, rf"\b(?:келесі|келер|алдағы) {_KK_WEEK}\b"),
        ("day", -2, rf"\bалдыңғы{_KK_NOT_OF} күні\b"),
        ("campaign", -1, rf"\bөткен {_KK_CAMPAIGN}"), ("campaign", 0, rf"\b(?:осы|ағымдағы) {_KK_CAMPAIGN}"),
        ("campaign", 1, rf"\b(?:келесі|келер|алдағы) {_KK_CAMPAIGN}"),
    ),
}
"""Phrases that name a day, week, month or year by its distance from the release date: also
a year of another kind (the next academic year, со следующего учебного года, келесі оқу
жылынан), the year or month so far or left (с начала года, жыл басынан, до конца года), this
year's season (this spring, этой весной, as «биылғы көктемде» says it), a year some
years ago (two years ago, два года назад, екі жыл бұрын) and a season of a yearly event named
from the current one (last season, в позапрошлом сезоне, өткен маусымда: unit "campaign")."""


_PREVIOUS_YEAR = {
    "en": re.compile(r"\bthe (?:previous|preceding|prior) year\b|\ba year (?:earlier|before)\b"
                     r"|\bthe year before\b|\b(?:than|over|compared (?:to|with)) last year\b", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:(?:предыдущ\w+|прошлым) год\w*|годом (?:ранее|раньше))", re.IGNORECASE),
    "kk": re.compile(r"(?<!\w)(?:алдыңғы жыл\w*|бір жыл бұрын\w*|өткен жылмен)", re.IGNORECASE),
}
_YEAR_IN_SENTENCE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SENTENCE_END = re.compile(r"[.!?]\s")


def previous_years(text: str, lang: str, release: dt.date) -> list[tuple[int, int, int]]:
    """(start, end, year) of each year named as the one before another ("an increase over the
    previous year", "than a year earlier", «по сравнению с предыдущим годом», «годом ранее»,
    «алдыңғы жылмен салыстырғанда», «өткен жылмен салыстырғанда»): the year
    before the last year the sentence names before it ("in 2025 … over the previous year" is
    2024), else before the release's ("this year … compared to the previous year")."""
    pattern = _PREVIOUS_YEAR.get(lang)
    found = []
    for m in pattern.finditer(text) if pattern else ():
        sentence = _SENTENCE_END.split(text[:m.start()])[-1]
        years = _YEAR_IN_SENTENCE.findall(sentence)
        found.append((m.start(), m.end(), (int(years[-1]) if years else release.year) - 1))
    return found


def find_relative(text: str, lang: str) -> list[RelativeMention]:
    """Every relative date in *text* ("yesterday", «в прошлом году», «былтыр»), in order."""
    found = [m for m in _read_table("relative", text, lang) if not _nowadays(text, m, lang)]
    days = _days_of_months(text, lang)
    if days:  # «осы айдың 30-ы»: the day, not the month the phrase also names
        found = [m for m in found if not any(d.start <= m.start < d.end for d in days)] + days
        found.sort(key=lambda m: (m.start, m.end))
    return _this_june(found) if lang == "kk" else found


_MONTH_OFFSETS = {"this": 0, "the current": 0, "next": 1, "the coming": 1, "last": -1, "the previous": -1,
                  "этого": 0, "текущего": 0, "следующего": 1, "будущего": 1, "прошлого": -1,
                  "осы": 0, "ағымдағы": 0, "келесі": 1, "келер": 1, "өткен": -1}
_DAY_OF_MONTH = {
    "en": re.compile(r"\b(?:on )?the (?P<day>[0-3]?\d)(?:st|nd|rd|th) of (?P<which>this|the current|next|"
                     r"the coming|last|the previous) month\b", re.IGNORECASE),
    "ru": re.compile(r"\b(?P<day>[0-3]?\d)(?:-?го)? числа (?P<which>этого|текущего|следующего|будущего|"
                     r"прошлого) месяца\b", re.IGNORECASE),
    "kk": re.compile(r"(?<!\w)(?P<which>осы|ағымдағы|келесі|келер|өткен) айдың (?P<day>[0-3]?\d)-"
                     r"(?:ы|і|сы|сі)(?:нда|нде|на|не|нан|нен|ндағы|ндегі)?(?!\w)", re.IGNORECASE),
}
"""A day of a month named from the release's («осы айдың 30-ында», «30-го числа этого
месяца», "on the 30th of this month"): a date, whose day is no figure of the text."""


def _days_of_months(text: str, lang: str) -> list[RelativeMention]:
    pattern = _DAY_OF_MONTH.get(lang)
    return [RelativeMention("month", _MONTH_OFFSETS[m.group("which").lower()], m.start(), m.end(), m.group(),
                            day=int(m.group("day")))
            for m in (pattern.finditer(text) if pattern else ()) if 1 <= int(m.group("day")) <= 31]


def _this_june(found: list[RelativeMention]) -> list[RelativeMention]:
    """Kazakh «биылғы маусымда» is both "this season" and "in June this year" (маусым is the
    month and the season): read as this season and as this year («биылғы»), so that a version
    saying either agrees with it. «биылғы маусым айында» is June (`_KK_CAMPAIGN`)."""
    years = [RelativeMention("year", 0, m.start, m.start + len("биылғы"), m.text[:len("биылғы")])
             for m in found if m.unit == "campaign" and m.text.lower().startswith("биыл")]
    return sorted(found + years, key=lambda m: (m.start, m.end))


_NOWADAYS = {
    "ru": re.compile(r"(?:\b[аи]|\bуже|\bещ[её]|\bна)\s+\Z", re.IGNORECASE),
    "kk": re.compile(r"\s+таңда\b", re.IGNORECASE),
}
"""What makes "today" the present time rather than the release day: Russian «а сегодня» (a
contrast with the past: since 2005 they invested…, and today … operate), «и сегодня», «уже
сегодня», «на сегодняшний день» (currently); Kazakh «бүгінгі таңда» (nowadays)."""
_CLAUSE_END = re.compile(r"[.;:!?,–—]")

_PRESENT_TIME = {
    "en": re.compile(r"\b(?:currently|now|nowadays|presently|at present|at the moment|to date)\b",
                     re.IGNORECASE),
    "ru": re.compile(r"\b(?:сейчас|ныне|нынче|в настоящее время|в настоящий момент|на данный момент"
                     r"|на сегодняшний день|на сегодня)\b", re.IGNORECASE),
    "kk": re.compile(r"\b(?:қазір(?:гі)?|бүгінгі таңда|осы уақытта)\b", re.IGNORECASE),
}
"""Words that name the present time, not a day: "currently", «в настоящее время», «қазір» —
what a translation says where another version writes «сегодня» or "today" for "now"."""


def present_time_words(text: str, lang: str) -> int:
    """How many times *text* names the present time (`_PRESENT_TIME`)."""
    pattern = _PRESENT_TIME.get(lang)
    return len(pattern.findall(text)) if pattern else 0


def _nowadays(text: str, mention: RelativeMention, lang: str) -> bool:
    """A Russian «сегодня» after one of `_NOWADAYS` whose clause states what is so now (a verb
    in the present tense and none in the past or future: «а сегодня в стране работают 170
    предприятий»), or that ends the clause («сохраняют актуальность и сегодня»), is "currently",
    as en "currently", kk «қазір» say; «а сегодня состоялась встреча» is the release day."""
    if mention.unit != "day" or mention.offset != 0 or lang not in _NOWADAYS:
        return False
    if lang == "kk":
        return bool(_NOWADAYS["kk"].match(text, mention.end))
    if not _NOWADAYS["ru"].search(text[max(0, mention.start - 8):mention.start]):
        return False
    if mention.text.lower().startswith("сегодняшн"):
        return True  # на сегодняшний день, и сегодняшний: the present, not a day's event
    end = _CLAUSE_END.search(text, mention.end)
    clause = text[mention.end:end.start() if end else len(text)]
    tenses = {tense for word in re.findall(r"[а-яё]+", clause.lower()) if (tense := russian.verb_tense(word))}
    if re.search(r"\bна\s+\Z", text[max(0, mention.start - 4):mention.start], re.IGNORECASE):
        return tenses <= {"pres"}  # «на сегодня четыре объекта введены» (as of now): no event of a day
    return tenses == {"pres"} or not clause.strip()


# --- periods named without a date: seasons and halves -------------------------------------

SEASONS = ("winter", "spring", "summer", "autumn")
"""A season's offset in the periods table is its index here (the label of a message)."""
_NOT_AFTER = r"(?<![\w‐-])"
"""No letter or hyphen before: «пятилетний» and «5-летний» are no summer (летний)."""
_PERIODS: dict[str, tuple[tuple[str, int, str], ...]] = {
    "en": (
        ("season", 0, r"\bwinter\b"), ("season", 1, r"\bspring\b"), ("season", 2, r"\bsummer\b"),
        ("season", 3, r"\bautumn\b|\b(?:the|this|next|last) fall\b"),
        ("half", 1, r"\bfirst half\b|\bfirst six months\b"),
        ("half", 2, r"\bsecond half\b|\blast six months\b"),
        *(("quarter", i, rf"\b{word} quarter\b")
          for i, word in enumerate(("first", "second", "third", "fourth"), 1)),
        *(("decade", i, rf"\b{word} (?:ten days|decade|ten-day period)(?= of\b)")
          for i, word in ((1, "first"), (2, "second"), (3, "third"), (3, "last"))),
    ),
    "ru": (
        ("season", 0, _NOT_AFTER + r"(?:зим(?:а|ы|е|у|ой|ою)|зимн\w+)\b"),
        ("season", 1, _NOT_AFTER + r"(?:весн(?:а|ы|е|у|ой|ою)|весенн\w+)\b"),
        ("season", 2, _NOT_AFTER + r"(?:лет(?:о|ом)|летн(?:ий|его|ему|им|ем|яя|ей|юю|ее|ие|их|ими))\b"),
        ("season", 3, _NOT_AFTER + r"(?:осен(?:ь|и|ью)|осенн\w+)\b"),
        ("half", 1, r"\bперв\w+\s+(?:полугоди\w+|половин\w+|шест\w+\s+месяц\w*)"),
        ("half", 2, r"\bвтор\w+\s+(?:полугоди\w+|половин\w+)"),
        *(("quarter", i, rf"\b{stem}\w*\s+квартал\w*")
          for i, stem in enumerate(("перв", "втор", "трет", "четв[её]рт"), 1)),
        *(("decade", i, rf"\b{stem}\w*\s+декад\w*")
          for i, stem in ((1, "перв"), (2, "втор"), (3, "трет"), (3, "последн"))),
    ),
    "kk": (
        *(("season", i, pattern) for i, pattern in enumerate(_KK_SEASONS)),
        ("half", 1, r"\bбірінші\s+жарты\w*|\bалғашқы\s+алты\s+ай\w*"), ("half", 2, r"\bекінші\s+жарты\w*"),
        *(("quarter", i, rf"\b{word}\s+тоқсан\w*")
          for i, word in enumerate(("бірінші", "екінші", "үшінші", "төртінші"), 1)),
        *(("decade", i, rf"\b{word}\s+он\s?күнді[кг]\w*")
          for i, word in ((1, "бірінші"), (2, "екінші"), (3, "үшінші"), (3, "соңғы"))),
    ),
}
"""Seasons (in the spring, осенью, күзде, the summer session), halves of a year or month
(the second half of the year, во втором полугодии, жылдың екінші жартысында) and quarters (the
third quarter, в третьем квартале, үшінші тоқсанда) and the ten-day thirds of a month ("the
second ten days of April", «второй декады апреля», «сәуірдің екінші онкүндігі»: the ordinal is
no number): what the text says of when, as a date says it; offset is the season's index in
SEASONS, the half (1, 2), the quarter (1 to 4) or the third of the month (1 to 3, the last)."""


def find_periods(text: str, lang: str) -> list[RelativeMention]:
    """Every season, half and quarter named in *text*, unit "season", "half" or "quarter", in order."""
    return _read_table("periods", text, lang)


_TABLES = {"relative": _RELATIVE, "periods": _PERIODS}
"""The tables of phrases read as (unit, offset) mentions, by name."""


@cache
def _table_pattern(table: str, lang: str) -> re.Pattern[str]:
    """All of a table's phrases of a language in one pattern, group p<i> for the i-th (one pass)."""
    return phrase_pattern([pattern for _, _, pattern in _TABLES[table][lang]])


def _read_table(table: str, text: str, lang: str) -> list[RelativeMention]:
    rows = _TABLES[table].get(lang)
    if rows is None:
        return []
    found = []
    for row, match in find_phrases(_table_pattern(table, lang), text):
        unit, offset, _ = rows[row]
        found.append(RelativeMention(unit, offset, match.start(), match.end(), match.group()))
    return found



_ANAPHORIC = {
    "day": {
        "en": r"\b(?:on )?(?:this|that|the same) day\b",
        "ru": r"\b(?:в )?(?:этот|тот|этот же|тот же) день\b",
        "kk": r"\b(?:осы|сол|бұл) күн(?:і|де)\b",
    },
    "eve": {
        "en": r"\b(?:the (?:day before|previous day|preceding day)|a day (?:earlier|before))\b",
        "ru": r"\b(?:[Нн]акануне|днём ранее|днем ранее|за день до этого)\b",
        "kk": r"\b(?:бір күн бұрын|\w+(?:ның|нің|дың|дің|тың|тің) алдыңғы күні)\b",
    },
    "year": {
        "en": r"\b(?:the (?:previous|preceding) year|a year (?:earlier|before))\b",
        "ru": r"\b(?:годом (?:ранее|раньше)|предыдущ\w+ год\w*)",
        "kk": r"\b(?:алдыңғы|бұған дейінгі) жыл\w*",
    },
}
"""Phrases that name a date from one stated before them: the day — «в этот день», "on this
day", «осы күні» (the date just named, or the release day) — and the year before — "the
previous year", «годом ранее», «алдыңғы жылмен» (the year before the one just stated); the eve
— «накануне», "the day before" (the day before the date just named, or the release day)."""


@cache
def _anaphoric_pattern(kind: str, lang: str) -> re.Pattern[str]:
    return re.compile(_ANAPHORIC[kind][lang], re.IGNORECASE)


def find_anaphoric(text: str, lang: str, kind: str) -> list[tuple[int, int]]:
    """(start, end) of each phrase of *kind* ("day" or "year", `_ANAPHORIC`) in *text*."""
    if lang not in _ANAPHORIC[kind]:
        return []
    return [(m.start(), m.end()) for m in _anaphoric_pattern(kind, lang).finditer(text)]
