"""Comparing what each language version says: the shared logic of the dates, numbers and
designations rules.

In each unit of comparison (a segment, or the whole document for unaligned texts) every
version's items are counted; the count most versions agree on is taken as right (the source
language breaks ties) and each version that has fewer or more is reported, once, with what
it lacks, what it has instead and the form expected in its language.

Whole documents are compared by presence, not by count: a figure stated at all is stated
(a repeat in a title or a quote is no mismatch). *Soft* items (a relative "today", "bilateral",
"both") support a match but are never reported on their own: a translation may leave them
out. Two soft items of the same kind that disagree (today against yesterday) are reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace

from press.check.document import Bundle, Para, paragraph_groups
from press.check.findings import Finding, Lack, Severity
from press.lang.read_numbers import FIRST, NEXT_DAY, ONCE


@dataclass(frozen=True)
class Item:
    """One thing read from one paragraph: the key that is compared and how to show it."""

    key: Hashable
    label: str
    """The key in words, the same in every language (9 December 2025, 4000 day)."""
    para: Para
    excerpt: str
    alt: Hashable | None = None
    """Another reading of an ambiguous item, used when only it has a counterpart."""
    alt_label: str | None = None
    """The other reading in words (4,000 read as 4 is "4" in a message, not "4,000")."""
    soft: bool = False
    """Counts for a match but is not reported alone (today, bilateral, both)."""
    kind: Hashable = None
    """What a soft item measures (day, side): soft items of one kind that differ are reported."""
    what: Hashable = None
    """What a stated item counts (kg, an ordinal, a calendar year, a count): two items are one
    fact stated differently only when what they count is the same; None: anything."""
    counted: frozenset[Hashable] = frozenset()
    """The things a count counts (people, schools, lessons): two counts whose things are known
    and share none are figures of different things; empty: unknown."""


Render = Callable[[Hashable, str], str | None]
"""How a key is written in a language (the expected form in a message), or None."""
Likeness = Callable[[Hashable, Hashable], tuple | None]
Mistyped = Callable[[Hashable, Hashable], bool]
"""Whether a key looks another one mistyped (1736 тысячи for 173 мың: a digit added)."""
"""How alike a key the others state and a key a version has instead are (greater: more alike);
None: they are never one fact stated differently."""


def compare(bundle: Bundle, items: dict[str, list[Item]], rule: str, what: str,
            severity: Severity = "error", render: Render | None = None,
            likeness: Likeness | None = None, written_apart: Mistyped | None = None) -> list[Finding]:
    """Findings for each version whose items differ from the agreed ones. *written_apart*:
    plain texts may be two hands' write-ups, whose items are paired only across paragraphs
    that translate each other (`_fits`), or when one looks the other mistyped."""
    langs = [lang for lang in bundle.langs if lang in items]
    if len(langs) < 2:
        return []
    items = _resolve_alternatives(items)
    presence = not bundle.aligned
    every = {lang: _count(items[lang], presence) for lang in langs}
    hard = {lang: _count([i for i in items[lang] if not i.soft], presence) for lang in langs}
    keys = {key for counter in every.values() for key in counter}
    findings: list[Finding] = []
    reported: set[tuple[str, Hashable]] = set()
    for lang in langs:
        others = [other for other in langs if other != lang]
        missing, extra = [], []
        for key in sorted(keys, key=repr):
            have = every[lang][key]
            if _agreed(key, hard, langs, bundle.source_lang) > have:
                missing.append(key)
            elif hard[lang][key] > _agreed(key, every, langs, bundle.source_lang):
                extra.append(key)
        soft_missing, soft_extra = _soft_conflicts(bundle, items, lang, others)
        missing += [k for k in soft_missing if k not in missing]
        extra += [k for k in soft_extra if k not in extra]
        for lacks, has in _pairs(bundle, items, lang, others, missing, extra, likeness, written_apart):
            findings.append(_finding(bundle, items, lang, others, lacks, has, rule, what, severity, render))
            reported.update((lang, key) for key in lacks + has)
    if not bundle.aligned and _same_shape(bundle, langs):
        for lang, others, missing, extra, paragraph in _substitutions(bundle, items, langs):
            for lacks, has in _pairs(bundle, paragraph, lang, others, missing, extra, likeness):
                replaced = lacks and has or likeness is None  # a figure of another kind replaces nothing
                if replaced and not any((lang, key) in reported for key in lacks + has):
                    findings.append(_finding(bundle, paragraph, lang, others, lacks, has, rule, what,
                                             severity, render))
    return findings


def _pairs(bundle: Bundle, items: dict[str, list[Item]], lang: str, others: list[str],
           missing: list[Hashable], extra: list[Hashable], likeness: Likeness | None = None,
           written_apart: Mistyped | None = None) -> list[tuple[list[Hashable], list[Hashable]]]:
    """The differences of one version, one finding per item it has instead: each is paired
    with the keys the others state in the same paragraph and it lacks (plain texts of the same
    shape; else anywhere), in the order they are said, the last taking those left over, or
    each with the item most like it (*likeness*: 1736 тысячи for 173 мың, not the year 2026
    said before it); a key lacking where the version has nothing instead stands alone. One
    finding per differing item, never one per version: a false alarm on a date of the text must
    not hide a changed date elsewhere, nor one changed figure another."""
    groups = {id(para): next(p for ps in group.values() for p in ps).id  # paired back, or in place
              for _, group in paragraph_groups(bundle) for paras in group.values() for para in paras}

    def where(key: Hashable, langs: list[str]) -> tuple[str, int]:
        """The paragraph group of the item a message shows for *key*, and its place."""
        found = [(n, i) for lg in langs for n, i in enumerate(items[lg]) if i.key == key]
        if not found:
            return "", 0
        n, item = next((f for f in found if f[1].soft), found[0]) if langs == [lang] else found[0]
        return groups.get(id(item.para), item.para.id) if groups else "", n

    lacking = sorted(missing, key=lambda k: where(k, others))
    having = sorted(extra, key=lambda k: where(k, [lang]))
    fits = _fits(bundle, items, written_apart if not (bundle.aligned or groups) else None)
    if likeness is not None:
        return _pairs_alike(lacking, having, lambda k, h: likeness(k, h) if fits(k, h) else None,
                            lambda k: where(k, others)[0], lambda k: where(k, [lang])[0])
    pairs: list[tuple[list[Hashable], list[Hashable]]] = []
    for n, key in enumerate(having):
        para = where(key, [lang])[0]
        last = all(where(k, [lang])[0] != para for k in having[n + 1:])
        matches = [k for k in lacking if where(k, others)[0] == para and fits(k, key)][:None if last else 1]
        lacking = [k for k in lacking if k not in matches]
        pairs.append((matches, [key]))
    return pairs + [([key], []) for key in lacking]


def _fits(bundle: Bundle, items: dict[str, list[Item]], apart: Mistyped | None) \
        -> Callable[[Hashable, Hashable], bool]:
    """Whether a key the others state and one a version has instead may be one fact stated
    differently: what they count (`Item.what`) is the same for some statement of each, or
    unknown for one of them. Two bronze medals are no weight class of 51 kg, a birth year no
    year of a title: a figure without such a partner is one the others do not state.
    A figure's identity is also the thing it counts (`Item.counted`): 713,000 residents are no
    1,5 тыс. уроков. And where the versions may be two hands' write-ups (*apart*: plain texts
    not paired paragraph by paragraph), the two are one fact only when their paragraphs
    translate each other (`_translates`) or one looks the other mistyped (*apart*): write-ups
    pick different facts, even of one thing (800 citizens to fly home, 84 still in Iran), and
    each figure only one states is an omission, not a figure changed."""
    whats: dict[Hashable, set[Hashable]] = {}
    things: dict[Hashable, set[Hashable]] = {}
    paras: dict[Hashable, list[Para]] = {}
    for group in items.values():
        for item in group:
            if item.what is not None:
                whats.setdefault(item.key, set()).add(item.what)
            things.setdefault(item.key, set()).update(item.counted)
            paras.setdefault(item.key, []).append(item.para)

    def fits(a: Hashable, b: Hashable) -> bool:
        if whats.get(a) and whats.get(b) and not whats[a] & whats[b]:
            return False
        if things.get(a) and things.get(b) and not things[a] & things[b]:
            return False
        return apart is None or apart(a, b) or any(_translates(bundle, p, q, {a, b}) for p in paras.get(a, ())
                                 for q in paras.get(b, ()) if p.lang != q.lang)
    return fits


TRANSLATED = 0.5
"""Share of what the shorter of two paragraphs states (names, numbers, dates; `Para.anchors`)
that the other states too, from which the two are taken for translations of each other."""


def _translates(bundle: Bundle, a: Para, b: Para, keys: set[Hashable]) -> bool:
    """Paragraphs *a* and *b* (of two versions) are translations of each other: beside the
    figures in question (*keys*), the one that states less states mostly what the other does.
    A paragraph that states nothing else is judged by the other: what that one states besides,
    the first version must state somewhere («четыре тысячи кубометров» against a paragraph of
    the 47 мың and 71 мың, of which the Russian says nothing, is another fact). Two that state
    nothing else give no evidence that they were written apart."""
    drop = {("n", key) for key in keys}
    x, y = a.anchors - drop, b.anchors - drop
    if not x and not y:
        return True
    if not x or not y:
        bare, rest = (a, y) if not x else (b, x)
        x, y = set().union(*(p.anchors for p in bundle.paras[bare.lang])) - drop, rest
        return len(x & y) >= TRANSLATED * len(y)
    return len(x & y) >= TRANSLATED * min(len(x), len(y))


def _pairs_alike(lacking: list[Hashable], having: list[Hashable], likeness: Likeness,
                 lacked_in: Callable[[Hashable], str], had_in: Callable[[Hashable], str]) \
        -> list[tuple[list[Hashable], list[Hashable]]]:
    """`_pairs` by likeness: in each paragraph the most alike lacking key and item had instead
    pair first, one to one (in the order said among equals); a lacking key left over goes to
    the item most like it (the last of equals), and one where the version has nothing instead
    stands alone. A pair *likeness* gives None never pairs (what they count differs)."""
    taken: dict[Hashable, list[Hashable]] = {key: [] for key in having}
    candidates = sorted(((k, h) for k in lacking for h in having
                         if lacked_in(k) == had_in(h) and likeness(k, h) is not None),
                        key=lambda pair: (tuple(-x for x in likeness(*pair)), lacking.index(pair[0]),
                                          having.index(pair[1])))
    paired: set[Hashable] = set()
    for lacked, had in candidates:
        if lacked not in paired and not taken[had]:
            taken[had].append(lacked)
            paired.add(lacked)
    alone = []
    for key in (k for k in lacking if k not in paired):
        there = [h for h in having if had_in(h) == lacked_in(key) and likeness(key, h) is not None]
        if there:
            taken[max(reversed(there), key=lambda h: likeness(key, h))].append(key)
        else:
            alone.append(key)
    return [(keys, [key]) for key, keys in taken.items()] + [([key], []) for key in alone]


def _same_shape(bundle: Bundle, langs: list[str]) -> bool:
    """Plain texts with as many paragraphs in every version: paragraph i translates paragraph i."""
    return len({len(bundle.paras.get(lang, [])) for lang in langs}) == 1


def _substitutions(bundle: Bundle, items: dict[str, list[Item]], langs: list[str]) \
        -> list[tuple[str, list[str], list[Hashable], list[Hashable], dict[str, list[Item]]]]:
    """In texts of the same shape, a figure replaced by another in one paragraph ("3 agreements"
    → «2 соглашения») even when both figures stand elsewhere in the text, or said once more in
    the paragraph than the others say it, in place of one said once less ("two years … three
    weeks" → "three years … three weeks"; "three years … three hours" → "five years … three
    hours"). Only a replacement counts: a paragraph that leaves a figure out (a title that does
    not repeat it) does not.
    Paragraphs are paired by what they state (`paragraph_groups`): two paragraphs in another
    order are compared swapped back, and one no paragraph of the others matches is left out.
    Returns (lang, others, missing, extra, the paragraph's items) of each."""
    found = []
    keys: dict[int, Counter[Hashable]] = {}
    softly: dict[int, set[Hashable]] = {}  # a month said softly: «маусымнан бері» may be June
    loose: dict[int, Counter[Hashable]] = {}  # a duration said as a fraction: полгода, six months
    for lang in langs:
        for item in items[lang]:
            if not item.soft or item.kind in _REPLACEABLE:
                keys.setdefault(id(item.para), Counter())[item.key] += 1
            elif item.kind in (SOFT_MONTH, None):  # also a figure said softly: «девять из десяти» is 0.9
                softly.setdefault(id(item.para), set()).add(item.key)
            elif item.kind in _FRACTION_DURATIONS:
                loose.setdefault(id(item.para), Counter())[item.key] += 1
    for _, group in paragraph_groups(bundle):
        paras = {lang: group[lang][0] for lang in langs if group.get(lang)}
        for lang, para in paras.items():
            others = [o for o in langs if o != lang]
            mine = keys.get(id(para), Counter())
            theirs = [_said(keys, loose, paras[o]) if o in paras else Counter() for o in others]
            if not mine or not all(theirs):
                continue
            said = _said(keys, loose, para)
            missing = {key for key in set.intersection(*(set(t) for t in theirs)) if all(said[key] < t[key]
                                                                                        for t in theirs)
                       and key not in softly.get(id(para), ())}
            extra = {key for key, n in mine.items() if all(n > t[key] for t in theirs)
                     and not all(key in softly.get(id(paras[o]), ()) for o in others if o in paras)}
            if _moved(bundle, items, missing, [paras[o] for o in others], [para]) \
                    and _moved(bundle, items, extra, [para], [paras[o] for o in others]):
                continue  # the break between two paragraphs moved: what each lacks, it says beside
            if missing and extra and not (len(others) == 1 and lang == bundle.source_lang):
                paragraph = {o: [i for i in items[o] if i.para is paras[o]] for o in langs}
                found.append((lang, others, sorted(missing, key=repr), sorted(extra, key=repr), paragraph))
    return found


def _moved(bundle: Bundle, items: dict[str, list[Item]], keys: set[Hashable], stated: list[Para],
           beside: list[Para]) -> bool:
    """Every one of *keys* (said in the paragraphs *stated*) each of the paragraphs *beside*
    has its next or previous paragraph say, of the same thing (`Item.counted`): where two hands
    break paragraphs at different places («27 жоба» at the end of one, "14 projects" at the
    start of the next), a paragraph whose every figure lacking it stands beside it, and whose
    every figure the others lack stands beside theirs, moved figures across the break; it
    replaced none. "Эти 2 соглашения" beside "2 проекта", "in three months" beside «трех
    этапов» are no such figures."""
    def said(key: Hashable, paras: list[Para]) -> list[Item]:
        return [i for p in paras for i in items.get(p.lang, ()) if i.para is p and i.key == key]

    def near(para: Para) -> list[Item]:
        own = bundle.paras[para.lang]
        at = next(n for n, p in enumerate(own) if p is para)
        around = [id(p) for p in own[max(0, at - 1):at + 2] if p is not para]
        return [i for i in items.get(para.lang, ()) if id(i.para) in around]

    return all(any(i.key == key and _same_thing(i, mine) for i in near(para) for mine in said(key, stated))
               for key in keys for para in beside)


def _same_thing(a: Item, b: Item) -> bool:
    """Two items of one key may state one fact: what they count is the same or unknown on a side."""
    return (a.what is None or b.what is None or a.what == b.what) \
        and (not a.counted or not b.counted or bool(a.counted & b.counted))


_FRACTION_DURATIONS = frozenset({"month"})
"""The kinds of soft items that are a duration said as a fraction of a larger unit (полгода,
six months): never a figure of their own, yet what a paragraph says in place of the figure,
so one that gives another in their place ("in three months") replaced it."""


def _said(keys: dict[int, Counter[Hashable]], loose: dict[int, Counter[Hashable]], para: object) \
        -> Counter[Hashable]:
    """What a paragraph states, its durations said as fractions counted."""
    return keys.get(id(para), Counter()) + loose.get(id(para), Counter())


SOFT_MONTH = "part of a month"
"""The kind of a month said softly (mid-November; Kazakh «маусым», also "season"): the month a
paragraph says so is not lacking there, though it replaces nothing either; nor is a figure
said softly with no kind (the 0.9 of «девять из десяти домов», the 9 and 10 of "nine out of
ten"), which no other version's figure is extra against. A weekday or
"yesterday" is no such statement of a date (it may be the very day a date replaced)."""
_REPLACEABLE = frozenset({"list", NEXT_DAY, ONCE, FIRST, "edition"})
"""Soft items that are still compared as replaced: a count its list spells out («трёх
аэропортов — …»), "the next day" (one day after), "once a week", a Roman I («I степени») or
the edition of an event («III … форумы»), which a version may leave out but not give as
another count ("two days later", «дважды в неделю», "2nd class"; «үш күндік» said once more
where the others say "the third … forum" and «екі күндік»)."""


def _soft_conflicts(bundle: Bundle, items: dict[str, list[Item]], lang: str,
                    others: list[str]) -> tuple[list[Hashable], list[Hashable]]:
    """Soft items of one kind that differ: «вчера» where the others say "today",
    «трёхсторонний» where they say "bilateral", "on Monday" where they say «вчера» and
    yesterday was a Sunday (a weekday is a day: either the one up to the release or the
    coming one). Item by item: reported when every other version with that kind says one this
    version does not, and this one says one none of them does ("last Friday … yesterday"
    against «в эту пятницу … вчера»), and, between two versions, against the source."""
    missing: list[Hashable] = []
    extra: list[Hashable] = []
    for kind in {_kind(i) for i in items[lang] if i.soft and i.kind is not None}:
        stating = [o for o in others if _readings(items[o], kind)]
        mine = _unmatched(items[lang], kind, [items[o] for o in stating])
        theirs = {o: _unmatched(items[o], kind, [items[lang]]) for o in stating}
        if not stating or not mine or not all(theirs.values()):
            continue
        if kind in _DAYS and set().union(*(theirs[o] for o in stating)) <= {i.key for i in items[lang]
                                                                            if not i.soft}:
            continue  # it gives their day as a date («21 апреля в Осаке» for "yesterday in Osaka")
        if any(i.kind == "weekday" for i in items[lang] if i.soft) \
                and any(_dated_instead(bundle, items, lang, o) for o in others):
            continue  # a weekday another version states as a date («сәрсенбі күні», "10 December")
        if len(stating) == 1:
            verdict = _third_says(bundle, items, lang, stating[0], kind)
            if verdict is False or (verdict is None and lang == bundle.source_lang):
                continue
        extra += sorted(mine, key=repr)
        missing += sorted(set().union(*(theirs[o] for o in stating)), key=repr)
    return missing, extra


def _unmatched(found: list[Item], kind: Hashable, others: list[list[Item]]) -> set[Hashable]:
    """The keys of the soft items of *kind* in *found* none of whose readings any of *others* has."""
    return {i.key for i in found if i.soft and _kind(i) == kind
            and all({i.key, i.alt}.isdisjoint(_readings(other, kind)) for other in others)}


def _kind(item: Item) -> Hashable:
    """A weekday named alone is a day like "yesterday": the two are compared as one kind."""
    return "day" if item.kind == "weekday" else item.kind


def _readings(found: list[Item], kind: Hashable) -> set[Hashable]:
    """The keys of the soft items of *kind*, with the other reading of each (the coming weekday)."""
    return {key for i in found if i.soft and _kind(i) == kind for key in (i.key, i.alt) if key is not None}


_DAYS = frozenset({"day", "week", "month", "weekday"})
"""Kinds of soft items that name a day or month, which a version may give as a date instead."""


def _third_says(bundle: Bundle, items: dict[str, list[Item]], lang: str, other: str,
                kind: str) -> bool | None:
    """Two versions disagree on a soft item ("today" against «кеше»): the third version's own
    statement of either day decides (True: *other* is right, False: *lang* is), in the
    paragraph that translates them when the texts have the same shape; None when it says
    neither or both."""
    third = [o for o in items if o not in (lang, other)]
    if len(third) != 1:
        return None
    soft = {o: [i for i in items[o] if i.soft and _kind(i) == kind] for o in (lang, other)}
    paragraph = not bundle.aligned and _same_shape(bundle, [lang, other, third[0]])
    where = {i.para.id for group in soft.values() for i in group} if paragraph else None
    stated = {i.key for i in items[third[0]] if not i.soft and (where is None or i.para.id in where)}
    mine = bool(stated & {i.key for i in soft[lang]})
    theirs = bool(stated & {i.key for i in soft[other]})
    return theirs if mine != theirs else None


def _dated_instead(bundle: Bundle, items: dict[str, list[Item]], lang: str, other: str) -> bool:
    """Every weekday *lang* names is a date *other* states; in plain texts of the same shape,
    in the paragraph that translates the weekday's (not a decree of that Saturday elsewhere)."""
    paragraph = not bundle.aligned and _same_shape(bundle, [lang, other])
    dated = {(i.key, i.para.id if paragraph else "") for i in items[other] if not i.soft}
    return all((i.key, i.para.id if paragraph else "") in dated
               for i in items[lang] if i.soft and i.kind == "weekday")


def _count(items: list[Item], presence: bool) -> Counter[Hashable]:
    counts = Counter(item.key for item in items)
    return Counter(dict.fromkeys(counts, 1)) if presence else counts


def _agreed(key: Hashable, counts: dict[str, Counter[Hashable]], langs: list[str], source: str) -> int:
    votes = Counter(counts[lang][key] for lang in langs)
    best = max(votes.values())
    tied = [count for count, n in votes.items() if n == best]
    if len(tied) == 1:
        return tied[0]
    return counts[source][key] if source in counts else max(tied)


def _resolve_alternatives(items: dict[str, list[Item]]) -> dict[str, list[Item]]:
    """Read an ambiguous item (4,000 in Russian: 4000 or 4) the way the other versions do."""
    keys = {lang: {item.key for item in group} for lang, group in items.items()}
    resolved: dict[str, list[Item]] = {}
    for lang, group in items.items():
        elsewhere = set().union(*(k for other, k in keys.items() if other != lang))
        resolved[lang] = [
            replace(item, key=item.alt, label=item.alt_label or item.label, alt=None, alt_label=None)
            if item.alt is not None and item.key not in elsewhere and item.alt in elsewhere else item
            for item in group
        ]
    return resolved


def _finding(bundle: Bundle, items: dict[str, list[Item]], lang: str, others: list[str],
             missing: list[Hashable], extra: list[Hashable], rule: str, what: str,
             severity: Severity, render: Render | None) -> Finding:
    def label(key: Hashable, langs: list[str], soft_first: bool = False) -> Item:
        found = [i for lg in langs for i in items[lg] if i.key == key]
        # what a version lacks is shown where the others state it, not where a word implies it
        # (the four of «төрттен бірі», a quarter, beside «төрт студент»)
        return next((i for i in found if i.soft == soft_first), found[0])

    lacks = [label(key, others) for key in missing]
    has = [label(key, [lang], soft_first=True) for key in extra]  # «в субботу», not a decree of that day
    stating = lambda key: [o for o in others if any(i.key == key for i in items[o])]  # noqa: E731
    where = ", ".join(sorted({o for key in missing for o in stating(key)})) or ", ".join(others)
    kinds = {i.what for i in lacks + has}
    noun = next(iter(kinds)) if len(kinds) == 1 and kinds <= SELF_NAMED else what  # "the time of day 08:10"
    if lacks and has:
        message = f"{lang} says {_join(has, True)} where {where} say {_join(lacks)}"
    elif lacks:
        message = f"{lang} lacks the {noun} {_join(lacks)} that {where} state"
    else:
        message = f"{lang} has the {noun} {_join(has, True)} that {', '.join(others)} do not state"
    expected = [form for key in missing if render and (form := render(key, lang))]
    if expected:
        message += f"; expected in {lang}: " + ", ".join(f"«{form}»" for form in expected)
    anchor = has[0] if has else lacks[0]
    if bundle.aligned or anchor.para.lang == lang:
        location = anchor.para.location
    elif _same_shape(bundle, [lang, anchor.para.lang]):  # the paragraph that translates the anchor's
        location = next(p.location for p in bundle.paras[lang] if p.id == anchor.para.id)
    else:
        location = bundle.paras[lang][0].location if bundle.paras.get(lang) else anchor.para.location
    excerpt = has[0].excerpt if has else lacks[0].excerpt
    return Finding(f"{rule}", severity, [lang], location, excerpt, message,
                   _lack(lang, others, lacks, has, stating, what))


def _lack(lang: str, others: list[str], lacks: list[Item], has: list[Item],
          stating: Callable[[Hashable], list[str]], what: str) -> Lack | None:
    """A finding that only lacks (or only adds) is an omission: *lang* does not state what
    the others state, or the others do not state what *lang* alone does."""
    if lacks and has:
        return None
    if lacks:
        return Lack((lang,), tuple((_named(i, what), tuple(stating(i.key)) or tuple(others), i.para.location)
                                   for i in lacks))
    return Lack(tuple(others), tuple((_named(i, what), (lang,), i.para.location) for i in has))


def _named(item: Item, what: str) -> str:
    """An omitted fact as the message names it: "306 (figure)", "08:10 (time of day)"."""
    if item.what in SELF_NAMED:
        return f"{item.label} ({item.what})"
    return item.label + (f" ({_FACT_WORDS[what]})" if what in _FACT_WORDS else "")


_FACT_WORDS = {"number": "figure", "designation": "designation"}
"""How an omission names a fact of a rule whose label alone does not say what it is (306)."""
CLOCK = "time of day"
"""What a time of day counts: never a figure of minutes or a count said instead of it."""
RACE = "race time"
SCORE = "score"
"""What a score or ratio counts (24:19, 16:9): two figures said as one result."""
SELF_NAMED = frozenset({CLOCK, RACE, SCORE})
"""Kinds of figure an omission names by what they are, not as a bare "figure"."""


def _join(items: list[Item], quote: bool = False) -> str:
    if quote:
        return ", ".join(f"«{i.excerpt}» ({i.label})" if i.excerpt != i.label else f"«{i.label}»"
                         for i in items)
    return ", ".join(i.label for i in items)
