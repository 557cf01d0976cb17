"""Numbers and units: the same values in every version, per segment, with the same units and
the same qualifier ("more than 6%" is not «6 процентов»).

A rounded figure (7,9 млн, 8 million) stands for the exact value it rounds when a version
states one (7 954 667); a year named relatively ("last year", «в прошлом году», «былтыр»)
is that year.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass
from decimal import Decimal

from press.check.compare import CLOCK, RACE, SCORE, Item, compare
from press.check.document import IN_A_ROW, Bundle, Para, paragraph_groups
from press.check.findings import Finding
from press.lang import format_number, practical
from press.lang.numbers import format_qualified
from press.lang.read_dates import find_anaphoric, month_spans, previous_years
from press.lang.read_designations import named_number, serial_number
from press.lang.read_numbers import NumberMention, change_verb, find_race_times, find_scores, find_times
from press.lang.tokens import tokens


def _show(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    if _year_like(value):
        return text
    return f"{int(value):,}" if value == value.to_integral_value() else text


def _year_like(value: Decimal) -> bool:
    return 1800 <= value <= 2100 and value == value.to_integral_value()


def _expected(key: Hashable, lang: str) -> str | None:
    """The figure as *lang* writes it (7 954 667, 2,5), for the message."""
    if not isinstance(key, Decimal):
        return None
    return f"{key.normalize():f}" if _year_like(key) else format_number(key, lang)


def _likeness(lacked: Hashable, had: Hashable) -> tuple | None:
    """How alike a figure the others state and one a version has instead are, to pair them:
    both years or both not, then the leading digits they share (1736 тысячи against 173 мың
    share 173; the year 2026 beside them shares nothing). Two race times pair only within a
    second of each other: further apart they are the results of two racers, not one misstated."""
    if isinstance(lacked, tuple) and isinstance(had, tuple) and lacked[0] == had[0] == RACE:
        gap = abs(lacked[1] - had[1])  # 4:03.30 for 4:03.31; 3:54.28 is another skater's
        return (True, -gap) if gap < 1 else None
    if not isinstance(lacked, Decimal) or not isinstance(had, Decimal):
        return False, 0
    a, b = (f"{abs(v).normalize():f}".replace(".", "").lstrip("0") for v in (lacked, had))
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return _year_like(lacked) == _year_like(had), shared


def _mistyped(lacked: Hashable, had: Hashable) -> bool:
    """One figure looks the other mistyped: their digits (two or more each) one added, dropped
    or changed apart (552 for 52, 1736 for 173), or the first three the same. A figure of one
    significant digit is like any other; two write-ups' 800 and 84 are two figures."""
    if not isinstance(lacked, Decimal) or not isinstance(had, Decimal):
        return False
    a, b = (f"{abs(v).normalize():f}".replace(".", "").strip("0") for v in (lacked, had))
    if min(len(a), len(b)) < 2:
        return False
    return a[:3] == b[:3] and min(len(a), len(b)) >= 3 or practical.one_edit(a, b)


def check(bundle: Bundle) -> list[Finding]:
    findings = []
    for _, group in bundle.groups():
        exact = _exact_values(group)
        items = {lang: [_item(n, para, exact, _unscaled_elsewhere(n, para, group)) for para in paras
                        for n in _outside_designations(para.numbers, lang, para, group)]
                 + _relative_years(bundle, paras) + _dated_years(paras) + _years_before(bundle, paras)
                 + _designated(paras) + _slashed_pairs(lang, paras, group) + _times(paras)
                 + _race_times(paras) + _scores(paras) + _months_spanned(paras)
                 for lang, paras in group.items() if paras}
        findings += compare(bundle, items, "numbers.mismatch", "number", render=_expected, likeness=_likeness,
                            written_apart=_mistyped)
        findings += _units(bundle, group)
        findings += _directions(bundle, group, exact)
    for _, group in paragraph_groups(bundle) or bundle.groups():
        findings += _qualifiers(bundle, group, _exact_values(group))
    return findings


_ROUNDING = frozenset({"more", "least", "approx", "nearly", "close"})
"""Qualifiers that say a figure is rounded (more than, at least, about, almost, close to)."""
_OPPOSITE = {"up": "down", "down": "up"}
_CHANGE = {"up": "a rise", "down": "a fall"}


def _directions(bundle: Bundle, group: dict[str, list[Para]], exact: Exact) -> list[Finding]:
    """The same figure as a rise in one version and a fall in the others (an increase of 23%
    against «сократился на 23 процента»): a version is reported when every other version that
    says which way the figure went says the opposite."""
    said: dict[Decimal, dict[str, tuple[set[str], Para, NumberMention]]] = {}
    for lang, paras in group.items():
        for para in paras:
            for n in para.numbers:
                if n.direction:
                    entry = said.setdefault(_value(n, exact), {}).setdefault(lang, (set(), para, n))
                    entry[0].add(n.direction)
    findings = []
    for value, per_lang in said.items():
        for lang, (mine, para, n) in per_lang.items():
            others = {o: theirs for o, (theirs, _, _) in per_lang.items() if o != lang}
            if len(mine) != 1 or not others or (len(others) == 1 and lang == bundle.source_lang):
                continue
            way = next(iter(mine))
            if all(theirs == {_OPPOSITE[way]} for theirs in others.values()):
                findings.append(Finding(
                    "numbers.direction", "error", [lang], para.location, _around(para, n),
                    f"{lang} gives {_show(value)} as {_CHANGE[way]} where {', '.join(others)} give it as "
                    f"{_CHANGE[_OPPOSITE[way]]}"))
    return findings


def _outside_designations(numbers: list[NumberMention], lang: str, para: Para,
                          group: dict[str, list[Para]]) -> list[NumberMention]:
    """*numbers* but the number of a designation another version names, written here with a
    space ("the Kairat 2 zone" for «Кайрат-2»): the designations rule compares it, it is no figure
    of its own."""
    from press.check.designations import spaced_in

    spans = spaced_in(lang, para, group) if numbers else []
    return [n for n in numbers if n.spelled or not any(s <= n.start and n.end <= e for s, e, _ in spans)]


def _times(paras: list[Para]) -> list[Item]:
    """Times of day (17:00, «17:00-ге дейін»), compared as such: 17:00 is not the number 17."""
    return [Item(key, key, para, para.text[start:end], what=CLOCK) for para in paras
            for start, end, key in find_times(para.text)]


def _scores(paras: list[Para]) -> list[Item]:
    """Scores and ratios (24:19, «со счетом 24:19»), compared as one result each."""
    return [Item(key, key, para, para.text[start:end], what=SCORE) for para in paras
            for start, end, key in find_scores(para.text)]


def _race_times(paras: list[Para]) -> list[Item]:
    """Race times (4:03.31, «4 минут 03.30 секунд»), compared as one result each, in seconds."""
    return [Item((RACE, seconds), _race_label(seconds), para, para.text[start:end], what=RACE)
            for para in paras for start, end, seconds in find_race_times(para.text)]


def _race_label(seconds: Decimal) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)}:{rest:05.2f}"


def _designated(paras: list[Para]) -> list[Item]:
    """The number of a one-letter designation (G20) or a body's symbol (S/RES/2231), soft:
    another version may name the group by the number in words («Группа двадцати», «Үлкен
    жиырмалық»), the resolution by its number alone."""
    items = []
    for para in paras:
        for start, end, key in para.designations:
            number = named_number(key) or serial_number(key)
            if number is not None:
                items.append(Item(Decimal(number), str(number), para, para.text[start:end], soft=True))
    return items


def _slashed_pairs(lang: str, paras: list[Para], group: dict[str, list[Para]]) -> list[Item]:
    """The two figures of a from/to pair written with a slash («(237/897)»), soft, where another
    version states them as figures in a row («с 237 до 897», `figure_pair`): they support that
    version's figures, and are no figures a third version must state."""
    from press.check.designations import figure_pair

    return [Item(Decimal(number), number, para, para.text[start:end], soft=True)
            for para in paras for start, end, key in para.designations if figure_pair(key, lang, group)
            for number in key.split("/")]


def _months_spanned(paras: list[Para]) -> list[Item]:
    """The count of months a span of months names (January–July: 7), soft: another version
    may say "in 7 months" («за 7 месяцев») for «қаңтар–шілде айларында», or name the months."""
    return [Item(Decimal(count), str(count), para, para.text[start:end], soft=True)
            for para in paras for start, end, count in month_spans(para.text, para.dates)]


def _item(n: NumberMention, para: Para, exact: Exact, one_reading: bool = False) -> Item:
    value = _value(n, exact)
    alt = None if one_reading else n.alt.normalize() if n.alt is not None else _share(n) or _in_years(n)
    return Item(value, _show(value), para, n.text, alt, _show(alt) if alt is not None else None,
                soft=n.soft, kind=n.unit if n.soft else None, what=n.kind, counted=n.counted)


def _unscaled_elsewhere(n: NumberMention, para: Para, group: dict[str, list[Para]]) -> bool:
    """*n* is the bare lower bound of a range read at its upper bound's scale («от 50 до 100
    тысяч тонн»: 50,000, the bare 50 its other reading), and another version writes that range
    with the upper bound in full digits and the lower bound bare ("from 50 to 100,000 tons"):
    that version says 50, not 50,000, so the other reading is no match for it but the
    contradiction. Where the other version too writes a scale word («50-ден 100 мың тоннаға
    дейін») it may mean either, and the other reading stays."""
    if n.alt is None or not n.text.isdigit() or n.alt != int(n.text) or n.value == n.alt:
        return False
    high = next((m for m in para.numbers if m.start > n.end), None)
    if high is None or high.precision is None or high.start - n.end > IN_A_ROW:
        return False
    return any(a.value == n.alt and b.value == high.value and b.precision is None
               for other, paras in group.items() if other != para.lang for p in paras
               for a, b in p.figures_in_a_row())


def _share(n: NumberMention) -> Decimal | None:
    """A share's other reading: a fraction in per cent, a percentage as a fraction ("a fifth
    more" is «на 20% больше», «бестен бір бөлікке» is 20%), read so when only it has a
    counterpart."""
    if n.unit == "percent":
        return (n.value / 100).quantize(Decimal("0.001")).normalize()
    if n.spelled and 0 < n.value < 1:
        return (n.value * 100).normalize()
    return None


def _in_years(n: NumberMention) -> Decimal | None:
    """A span of months' other reading in years: eighteen months is a year and a half («около
    полутора лет», «бір жарым жыл»); read so when only it has a counterpart. One way only, so
    that of two versions each reading as the other, neither swaps."""
    if n.unit == "month" and n.value >= 12 and n.value % 6 == 0:
        return (n.value / 12).normalize()
    return None


@dataclass(frozen=True)
class Exact:
    """The exact values a group states: all, those said without a qualifier of rounding, and
    the figures only one version states as written (a headline's «почти 500»); and the figures
    read as another version's approximation of the same span (`_overlaps`)."""

    values: frozenset[Decimal]
    plain: frozenset[Decimal]
    alone: frozenset[Decimal]
    near: dict[int, tuple[Decimal, str]]
    """id of a mention → the value and qualifier of the figure it approximates."""
    finer: frozenset[tuple[Decimal, Decimal]] = frozenset()
    """(value, precision) of the figures said to a scale word («1 миллиона 164 тысяч»): what a
    figure rounded to a coarser step ("1.16 million") stands for, as an exact one is."""


def _exact_values(group: dict[str, list[Para]]) -> Exact:
    exact = [n for paras in group.values() for p in paras for n in p.numbers
             if n.precision is None and not n.soft]
    stated = Counter(v for paras in group.values() if paras
                     for v in {n.value.normalize() for p in paras for n in p.numbers})
    scaled = frozenset((n.value.normalize(), n.precision) for paras in group.values() for p in paras
                       for n in p.numbers if n.precision is not None and not n.soft)
    return Exact(frozenset(n.value.normalize() for n in exact),
                 frozenset(n.value.normalize() for n in exact if n.qualifier not in _ROUNDING),
                 frozenset(v for v, count in stated.items() if count == 1), _overlaps(group), scaled)


_BELOW = frozenset({"nearly", "close", "approx"})
"""Qualifiers of a figure that may stand for a little less than it (nearly, close to, about)."""


def _overlaps(group: dict[str, list[Para]]) -> dict[int, tuple[Decimal, str]]:
    """"More than seven years" against «сегіз жылға жуық» (close to eight years): more than N
    and nearly (close to, about) the next step up (N + 1; 70 and 80) say the same span, from
    either end. Each figure near the step up is read as the other versions' "more than N",
    when no version that says one states the other figure as well."""
    said = {lang: [n for p in paras for n in p.numbers if not n.soft] for lang, paras in group.items()}
    values = {lang: {n.value for n in found} for lang, found in said.items()}
    near: dict[int, tuple[Decimal, str]] = {}
    for lang, found in said.items():
        for low in found:
            if low.qualifier != "more" or (step := _step(low.value)) is None \
                    or low.value + step in values[lang]:
                continue
            for other, theirs in said.items():
                partners = [n for n in theirs if n.value == low.value + step and n.qualifier in _BELOW
                            and n.unit == low.unit]
                if other != lang and partners and low.value not in values[other]:
                    near.update((id(n), (low.value.normalize(), "more")) for n in partners)
    return near


def _step(value: Decimal) -> Decimal | None:
    """The step of the last non-zero digit of a whole figure (1 for 7, 10 for 70, 100 for
    1,500); None for a fraction."""
    if value != value.to_integral_value() or value <= 0:
        return None
    digits = str(int(value))
    return Decimal(10) ** (len(digits) - len(digits.rstrip("0")))


def _value(n: NumberMention, exact: Exact) -> Decimal:
    """The exact value a rounded figure stands for (7,9 млн → 7 954 667; «почти 500» → 467 when
    the other versions do not say 500), if one version gives exactly one value within a step of
    its last digit; else the figure another version approximates from the other end («сегіз
    жылға жуық» for «более семи лет»), unless a version gives the exact value both approximate
    («почти 37 тысяч», «36 мыңнан астам», 36,818); else the figure as written."""
    value = n.value.normalize()
    if n.precision is not None and value not in exact.values:
        near = {x for x in exact.values if abs(x - value) < n.precision and x != value} \
            | {x for x, step in exact.finer if step < n.precision and abs(x - value) < n.precision} \
            or _rounded_scaled(n, exact)
    elif n.qualifier in _ROUNDING and value in exact.alone and value not in exact.plain:
        near = {x for x in exact.plain if _rounds_to(n, x) and not _year_like(x)}
    else:
        near = set()
    if len(near) == 1:
        return near.pop()
    return exact.near[id(n)][0] if id(n) in exact.near else value


def _rounded_scaled(n: NumberMention, exact: Exact) -> set[Decimal]:
    """The figure a rounded figure said to a scale word stands for by its qualifier («более 300
    млрд» for «336 млрд»), as `_rounds_to` reads a round figure in digits: stated exactly, or to
    a finer step than the rounded one's last non-zero digit (more than 300 is 301 to 399)."""
    step = _step(n.value)
    if n.qualifier not in _ROUNDING or step is None:
        return set()
    finer = {x for x, precision in exact.finer if precision < step}
    return {x for x in exact.values | finer if x != n.value and _rounds_to(n, x) and not _year_like(x)}


def _rounds_to(n: NumberMention, exact: Decimal) -> bool:
    """A round figure with a qualifier stands for the exact value it rounds («почти 500» for
    467, "more than 1,200" for 1,236): within one step of its last non-zero digit, on the side
    the qualifier says. A round figure without one is a figure of its own."""
    value = n.value
    if n.qualifier not in _ROUNDING or value < 10 or n.soft:
        return False
    step = _step(value)
    if step is None or step == 1:
        return False
    if n.qualifier in ("more", "least"):
        return value < exact < value + step
    if n.qualifier == "approx":  # rounding half up: about 50 is 45 to 54.9…, not 55
        return value - step / 2 <= exact < value + step / 2
    return value - step <= exact < value


def _dated_years(paras: list[Para]) -> list[Item]:
    """The year a date states («2024 жылғы шілдеде», July 2024), soft: another version may give
    the bare year ("in 2024"), which states it as well; a date's year is the dates rule's."""
    return [Item(Decimal(m.year), str(m.year), para, m.text, soft=True)
            for para in paras for m in para.dates if m.year is not None]


def _years_before(bundle: Bundle, paras: list[Para]) -> list[Item]:
    """"The previous year", «годом ранее», «алдыңғы жылмен»: the year before the one the
    paragraph states last before it (2024 after «по итогам 2025 года»), soft: another version
    may write the year or leave it out."""
    items = []
    for para in paras:
        for start, end in find_anaphoric(para.text, para.lang, "year"):
            stated = [(m.end, m.year) for m in para.dates if m.year and m.end <= start] \
                + [(n.end, int(n.value)) for n in para.numbers if _year_like(n.value) and n.end <= start] \
                + [(m.end, m.resolve(bundle.date)[0]) for m in para.relative
                   if bundle.date and m.unit == "year" and m.end <= start]
            if stated:
                year = Decimal(max(stated)[1] - 1)
                items.append(Item(year, str(year), para, para.text[start:end], soft=True))
    return items


def _relative_years(bundle: Bundle, paras: list[Para]) -> list[Item]:
    """"Last year" in a 2026 release is 2025 (soft: another version may write the year or
    leave the phrase out)."""
    if bundle.date is None:
        return []
    years = [(para, m.text, Decimal(m.resolve(bundle.date)[0])) for para in paras for m in para.relative
             if m.unit == "year" and not _dates_year(para, m.start, m.end)]
    years += [(para, para.text[start:end], Decimal(year)) for para in paras
              for start, end, year in previous_years(para.text, para.lang, bundle.date)]
    return [Item(year, str(year), para, text, soft=True, kind="year") for para, text, year in years]


def _dates_year(para: Para, start: int, end: int) -> bool:
    """True when the phrase gives the year of a date beside it («в марте прошлого года»)."""
    return any(m.year_offset is not None and (0 <= start - m.end <= 4 or 0 <= m.start - end <= 2)
               for m in para.dates)


def _units(bundle: Bundle, group: dict) -> list[Finding]:
    """245 days in one version and 245 hours in another: same value, different unit."""
    units: dict[Decimal, dict[str, set[str]]] = {}
    where: dict[tuple[Decimal, str], tuple[str, str]] = {}
    for lang, paras in group.items():
        for para in paras:
            for n in para.numbers:
                if n.unit and not n.soft:
                    units.setdefault(n.value.normalize(), {}).setdefault(lang, set()).add(n.unit)
                    where[(n.value.normalize(), lang)] = (para.location, n.text)
    findings = []
    for value, per_lang in units.items():
        if len(per_lang) < 2 or len(set.union(*per_lang.values())) < 2:
            continue
        votes: dict[frozenset[str], list[str]] = {}
        for lang, found in per_lang.items():
            votes.setdefault(frozenset(found), []).append(lang)
        agreed = max(votes, key=lambda k: (len(votes[k]), bundle.source_lang in votes[k]))
        for found, langs in votes.items():
            if found == agreed or found & agreed:
                continue
            for lang in langs:
                location, excerpt = where[(value, lang)]
                findings.append(Finding(
                    "numbers.unit", "error", [lang], location, excerpt,
                    f"{lang} counts {_show(value)} in {', '.join(sorted(found))} where "
                    f"{', '.join(votes[agreed])} count it in {', '.join(sorted(agreed))}"))
    return findings


_WORDS = {"more": "more than", "least": "at least", "less": "less than", "approx": "about", "upto": "up to",
          None: "exactly",
          "to": "up to", "nearly": "nearly", "close": "close to"}
_WEAK = {None: {"to"}, "to": {None, "upto", "less", "nearly"}, "upto": {"to", "less", "nearly"},
         "less": {"to", "upto", "nearly"}, "nearly": {"to", "upto", "less", "close"},
         "approx": {"close"}, "close": {"approx", "nearly"}}
"""Qualifiers that do not contradict each other: Russian «до» and Kazakh «дейін» also mean a
plain "to" (довести до 10 млрд), "up to" is not "less than" only by one, and "nearly 40" is
less than 40. "Nearly" (почти) and "about" (около, шамамен) do contradict: one says below,
the other either side; Kazakh «-ға жуық» ("close to") is written for both."""


def _compatible(a: str | None, b: str | None) -> bool:
    return a == b or b in _WEAK.get(a, set())


def _limit_dropped(mine: dict, theirs: list[dict]) -> bool:
    """Every other version (two or more) gives the figure only as a limit and this one states
    it bare: "a stay of 30 days" against «до 30 дней» and «30 күнге дейін» drops the limit. A
    version that also states it bare somewhere ("up to 3,500 metres … at 2,000–3,500 metres")
    agrees with the bare one: a figure counts as stated if it is stated at all."""
    return len(theirs) >= 2 and set(mine) == {None} \
        and all(all(_limit(q, para, n) for q, (para, n) in t.items()) for t in theirs)


_GOVERNED = {"ru": ("дов", "дост", "продл", "расшир", "повыс", "подня"), "kk": ("жет", "ұзарт")}
"""Verbs that take a plain "to" (довести до, достичь, продлить до; 10 млрд-қа дейін жеткізу)."""


def _limit(qualifier: str | None, para: Para, n: NumberMention) -> bool:
    """"up to", or Russian «до» and Kazakh «дейін» that no verb of change or of reaching
    governs (без визы до 30 дней; not выросла до 18%, довести до 10 млрд, 18 күнге дейін
    қысқарды, продлён с 30 до 60): the verb stands before «до», after «дейін»."""
    if qualifier == "upto":
        return True
    if qualifier != "to" or para.lang not in _GOVERNED:
        return False
    if para.lang == "ru":
        clause = _CLAUSE_END.split(para.text[max(0, n.start - 100):n.start])[-1]
        verbs = [t.lower for t in tokens(clause)][-9:-1]  # увеличит взнос на четверть – до 250 000
    else:
        clause = _CLAUSE_END.split(para.text[n.end:n.end + 60], maxsplit=1)[0]
        verbs = [t.lower for t in tokens(clause)][1:5]  # 250 000 АҚШ долларына дейін ұлғайтады
    return not any(change_verb(w, para.lang) or w.startswith(_GOVERNED[para.lang]) for w in verbs)


_CLAUSE_END = re.compile(r"[.;:!?]\s")
"""Where a clause ends: a verb beyond it governs no «до» or «дейін» of this one."""


def _qualifiers(bundle: Bundle, group: dict[str, list[Para]], exact: Exact) -> list[Finding]:
    """The same figure with a qualifier that says otherwise: "more than 6%" against «6%»,
    «около 100» against «100-ден астам». A version contradicts when none of its readings
    of the figure fits any reading of the version(s) it is compared with."""
    said = [(lang, para, n, _value(n, exact)) for lang, paras in group.items() for para in paras
            for n in para.numbers if not n.soft]
    apart = _units_apart(said)
    per_value: dict[tuple[Decimal, str | None], dict[str, dict[str | None, tuple[Para, NumberMention]]]] = {}
    for lang, para, n, value in said:
        qualifier = exact.near[id(n)][1] if exact.near.get(id(n), (None,))[0] == value \
            else None if value != n.value.normalize() and _rounds_to(n, value) and value in exact.plain \
            else n.qualifier
        unit = n.unit if n.unit == "times" or value in apart else None  # three times, three flights
        per_value.setdefault((value, unit), {}).setdefault(lang, {}).setdefault(qualifier, (para, n))
    findings = []
    for (value, _), per_lang in per_value.items():
        langs = [lang for lang in bundle.langs if lang in per_lang]
        if len(langs) < 2:
            continue
        for lang in langs:
            others = [o for o in langs if o != lang]
            clash = [o for o in others if not any(_compatible(a, b) for a in per_lang[lang]
                                                  for b in per_lang[o])]
            if _limit_dropped(per_lang[lang], [per_lang[o] for o in others]):
                clash = others
            neutral = [o for o in others if o not in clash and clash and set(per_lang[o]) == {"close"}
                       and all(_fits_both(per_lang[o], per_lang[c]) for c in clash)]
            if len(clash) + len(neutral) < len(others) or not clash:
                continue
            if neutral and len(clash) == 1:  # «жуық» fits "about" and «почти»: which is wrong?
                if lang < clash[0]:
                    findings.append(_undecided(lang, clash[0], value, per_lang))
                continue
            if len(others) == 1 and lang == bundle.source_lang:
                continue
            theirs = _agreed([per_lang[o] for o in clash])
            if theirs is _APART:  # no two versions agree: one finding names them all
                if lang == langs[0]:
                    findings.append(_apart(langs, value, per_lang))
                continue
            para, n = next(iter(per_lang[lang].values()))
            ours = next(iter(per_lang[lang]))
            findings.append(Finding(
                "numbers.qualifier", "error", [lang], para.location, _around(para, n),
                f"{lang} says {_WORDS[ours]} {_show(value)} where {', '.join(clash)} say "
                f"{_WORDS[theirs]} {_show(value)}; expected in {lang}: "
                f"«{format_qualified(value, theirs, lang)}»"))
    return findings


_TIMES = frozenset({"hour", "day", "week", "month", "year"})


def _units_apart(said: list[tuple[str, Para, NumberMention, Decimal]]) -> set[Decimal]:
    """Values every version says of a period of time and some version of two things ("three
    years … at least three hours", «почти два года … двух библиотек»): there each unit, and the
    count of no unit, is a figure of its own, so the qualifier of the years is not read off the
    hours or off the two libraries."""
    units: dict[Decimal, dict[str, set[str | None]]] = {}
    for lang, _, n, value in said:
        units.setdefault(value, {}).setdefault(lang, set()).add(n.unit)
    return {value for value, per_lang in units.items() if len(per_lang) > 1
            and all(found <= _TIMES | {None} and found & _TIMES for found in per_lang.values())
            and any(len(found) > 1 for found in per_lang.values())}


_APART = "apart"
"""What `_agreed` says when the versions a version clashes with contradict each other too."""


def _agreed(readings: list[dict]) -> str | None:
    """The qualifier the versions in *readings* agree on (one reading of the first that fits
    some reading of each of the others), else `_APART`: the message then names the outlier
    with what the others say, never one of them as what all say."""
    return next((q for q in readings[0] if all(any(_compatible(q, b) for b in r) for r in readings[1:])),
                _APART)


def _apart(langs: list[str], value: Decimal, per_lang: dict) -> Finding:
    """Three versions, three qualifiers of one figure: which one is right is for a person."""
    said = [f"{lang} {_WORDS[next(iter(per_lang[lang]))]} {_show(value)}" for lang in langs]
    para, n = next(iter(per_lang[langs[0]].values()))
    return Finding("numbers.qualifier", "error", list(langs), para.location, _around(para, n),
                   f"the versions qualify {_show(value)} each otherwise ({', '.join(said)}); "
                   f"at most one of them is right")


def _fits_both(ours: dict, theirs: dict) -> bool:
    """Some reading of *ours* fits one of *theirs*: a version neither side contradicts."""
    return any(_compatible(a, b) for a in ours for b in theirs)


def _undecided(lang: str, other: str, value: Decimal, per_lang: dict) -> Finding:
    """Two versions contradict each other on a figure's qualifier and the third fits both."""
    para, n = next(iter(per_lang[lang].values()))
    ours, theirs = next(iter(per_lang[lang])), next(iter(per_lang[other]))
    return Finding("numbers.qualifier", "error", sorted([lang, other]), para.location, _around(para, n),
                   f"{lang} says {_WORDS[ours]} {_show(value)} where {other} says {_WORDS[theirs]} "
                   f"{_show(value)}; one of them is wrong")


def _around(para: Para, n: NumberMention) -> str:
    return para.excerpt(n.start, n.end, 16)
