"""Places and organisations swapped in one version: the same slot, another known name.

A paragraph names places and organisations; its translations name the same ones, as often.
When one version names a known place or organisation fewer times than every other version
does and, in their stead, one that no other version names (Tashkent where the others say
Astana twice, ШЫҰ where they say АӨСШК), the version swapped one for the other, even though
the first is still named elsewhere in the paragraph and no cue word says "a place" around
the second. Known: a place of the gazetteer (`press.lang.names.place_id`: CLDR, Kazakhstan's
cities and regions, neighbours' cities, former names, Russian place adjectives) or a
registered place or organisation.

Only a deficit and a surplus of the same kind together count: a version that leaves a place
implied (the capital) or adds a gloss ("Zagreb, Croatia") swaps nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from press.check import recognise
from press.check.document import Bundle, Para, paragraph_groups
from press.check.findings import Finding, Lack
from press.check.lexicon import english_names_only
from press.check.unregistered import RU_COMPASS, RU_RELATIONAL, adjective_of, joined_pairs, nouns_of_adjective
from press.lang import endonyms, kazakh
from press.lang import names as free_names
from press.lang.read_organisations import find_organisations, kin_heads, own_name, table_word
from press.lang.tokens import sentence_initial, tokens


@dataclass(frozen=True)
class Known:
    """One mention of a known place or organisation: what it is, its kind, how it is written."""

    key: str
    kind: str
    text: str
    fields: tuple[str, ...] = ()
    """An organisation's fields (its head's mention only), sorted: what the body deals with."""
    part: bool = False
    """Named in a title as a part of a body or as the body whose part it is (the Europe
    Department of the Ministry of Foreign Affairs, `names.names_a_part`): only a name in
    the same place of a title stands in its stead; a version that shortened the title lacks it
    and swaps nothing."""


def swaps(bundle: Bundle, mentions: dict, reported: dict[tuple[str, str], set[str]]) -> list[Finding]:
    """names.missing findings for a place or organisation swapped for another in one version
    of a paragraph, one per swap; *reported*: the excerpts of the findings that (language,
    location) already holds, whose names are not reported again (another name's finding there
    hides no swap)."""
    single = all(len(paras) == 1 for paras in bundle.paras.values())
    units = paragraph_groups(bundle) or (bundle.groups() if bundle.aligned or single else [])
    findings = []
    for _, group in units:
        paras = {lang: ps[0] for lang, ps in group.items() if len(ps) == 1}
        if len(paras) < 3:
            continue  # two versions: no majority says which of them swapped
        brands = _brands(paras.values())
        taken = {lang: tuple((m.start, m.end) for m in mentions[(p.lang, p.location, p.id)])
                 for lang, p in paras.items()}
        known = _one_head_per_fields({
            lang: _known(bundle, para, mentions[(para.lang, para.location, para.id)], taken[lang], brands)
            + _brand_mentions(para, brands) for lang, para in paras.items()})
        for lang, para in paras.items():
            found = _swaps(lang, paras, known, partial(_unknown_places, lang, paras, taken),
                           partial(_english_brands, paras))
            found = found or [swap for swap in [_quoted_swap(lang, paras, taken)] if swap] \
                or [swap for swap in [_initials_swap(lang, paras, taken)] if swap] \
                or [swap for swap in [_own_name_swap(lang, paras, taken)] if swap]
            excerpts = reported.get((lang, para.location), set())
            findings += [_finding(lang, para, *swap) for swap in found
                         if not _said_already(swap, known, excerpts)]
            if not found:
                findings += [f for f in _dropped_brands(lang, paras, known) if f.excerpt not in excerpts]
    return findings


def _one_head_per_fields(known: dict[str, list[Known]]) -> dict[str, list[Known]]:
    """A body one version names by a kin head of the others', with the same fields
    (Department of Education of Australia, «Министерство образования Австралии»), or with none
    (the European Affairs Bureau, «Европейский департамент»), is theirs:
    a translation names a foreign body by its own kind of body (`kin_heads`), and the fields
    say which body it is; a council made a corporation is still a swap. Only as many as this
    version names more by its head, and fewer by theirs, than every other version (a Ministry
    of Education and a Department of Education stay two)."""
    counts = {lang: Counter((k.key, k.fields) for k in found if k.kind == "head")
              for lang, found in known.items()}
    renamed = {}
    for lang, mine in counts.items():
        others = [counts[o] for o in counts if o != lang]
        surplus = {u: n - max(c[u] for c in others) for u, n in mine.items() if n > max(c[u] for c in others)}
        lacking = Counter({u: min(c[u] for c in others) - mine[u] for c in others for u in c
                           if mine[u] < min(c[u] for c in others)})
        renamed[lang] = {}
        for (head, fields), n in surplus.items():
            theirs = [u for u in lacking if u[1] == fields
                      and frozenset((head.partition(":")[2], u[0].partition(":")[2])) in kin_heads()]
            if len(theirs) == 1:
                renamed[lang][(head, fields)] = (theirs[0][0], min(n, lacking[theirs[0]]))

    def theirs(lang: str, found: list[Known]) -> list[Known]:
        left = {u: n for u, (_, n) in renamed[lang].items()}
        out = []
        for k in found:
            unit = (k.key, k.fields)
            if k.kind == "head" and left.get(unit):
                left[unit] -= 1
                k = replace(k, key=renamed[lang][unit][0])
            out.append(k)
        return out

    return {lang: theirs(lang, found) for lang, found in known.items()}


def _said_already(swap: tuple[Known, Known, list[str]], known: dict[str, list[Known]],
                  excerpts: set[str]) -> bool:
    """A finding of the version's paragraph already names the swapped-out name (as any version
    writes it: «Shymkent» (en, kk) has no counterpart in ru) or the swapped-in one."""
    replaced, instead, others = swap
    written = {k.text for o in others for k in known.get(o, []) if k.key == replaced.key} | {replaced.text}
    return instead.text in excerpts or any(e in w or w in e for e in excerpts for w in written)


def _dropped_brands(lang: str, paras: dict[str, Para], known: dict[str, list[Known]]) -> list[Finding]:
    """A company's Latin name every other version writes (Mitsui, Marubeni and Sojitz) and
    *lang* lacks with every word of it: the translation would write it as it is."""
    others = [o for o in known if o != lang]
    para = paras[lang]
    brands = {k.text for k in known[others[0]] if k.kind == "brand"}
    lower = para.text.lower()
    return [Finding("names.missing", "error", [lang], para.location, brand,
                    f"«{brand}» ({', '.join(others)}) has no counterpart in {lang}; expected «{brand}»",
                    Lack((lang,), ((brand, tuple(others), paras[others[0]].location),)))
            for brand in sorted(brands)
            if all(any(k.text == brand for k in known[o]) for o in others) and brand not in para.text
            and not any(w.lower() in lower for w in _WORDS.findall(brand)) and not _transcribed(brand, para)
            and not (brand.isupper() and _own_acronym(para))
            and not all(_said_in_passing(paras[o], brand) for o in others)]


def _said_in_passing(para: Para, text: str) -> bool:
    """Every occurrence of *text* in *para* is in passing: the agency of a dateline
    («АСТАНА. KAZINFORM –»), the source of an attribution ("reports Kazinform")."""
    starts = [m.start() for m in re.finditer(re.escape(text), para.text)]
    return bool(starts) and all(para.in_passing(start, start + len(text)) for start in starts)


def _own_acronym(para: Para) -> bool:
    """*para* has initials in Cyrillic (ВСООНЛ for UNIFIL): it may name the organisation by its
    own language's initials."""
    return any(t.text.isupper() and len(t.text) >= 3 and not t.text.isascii() for t in tokens(para.text))


def _transcribed(brand: str, para: Para, others: Iterable[Para] = ()) -> bool:
    """*para* writes a word of the Latin name *brand* in its own script (НАСА for NASA): a word
    of its own if it has one (Astana of Air Astana, not Air). The name kept in Latin letters is
    counted as such (`_brand_mentions`): IRCC once where the others write it twice is a lack.
    With the *others* versions, only as a word *para* writes more often than one of them writes
    it apart from the brand: Astana of a flight from Astana, which every version names, is the
    city, and the airline is not there."""
    own = [w for w in _WORDS.findall(brand) if w.isupper() or not _english_word(w)] or _WORDS.findall(brand)
    words = [free_names.NameWord(w, "en", 0, 0, None) for w in own]
    written = [free_names.NameWord(part, para.lang, t.start, t.end, None)
               for t in tokens(para.text) if t.text[:1].isupper() and not free_names.is_latin(t.text)
               for part in _capitalised_parts(t.text)]
    return any(_times(w, written) > min((_times_apart(w, brand, o) for o in others), default=0)
               for w in words)


def _capitalised_parts(word: str) -> list[str]:
    """*word*, and, of a foreign name of several words that Russian and Kazakh hyphenate with its
    particles («Порт-де-Версаль», Porte de Versailles; Сен-Жан-де-Люз), the capitalised parts
    (Порт, Версаль), which the English writes apart."""
    parts = word.split("-") if "-" in word else []
    capitalised = [p for p in parts if p[:1].isupper()]
    if len(capitalised) < 2 or not any(p[:1].islower() for p in parts):
        return [word]
    return [word, *capitalised]


def _times(word: free_names.NameWord, written: list[free_names.NameWord]) -> int:
    """How many of *written* are *word* in some script and form."""
    return sum(free_names.compare_words(word, t).status == free_names.SAME for t in written)


def _times_apart(word: free_names.NameWord, brand: str, para: Para) -> int:
    """How many times *para* writes *word* (of the Latin name *brand*) outside the brand."""
    written = [free_names.NameWord(t.text, para.lang, t.start, t.end, None)
               for t in tokens(para.text) if t.text[:1].isupper()]
    return _times(word, written) - para.text.count(brand)


_WORDS = re.compile(r"\w{3,}")


def _swaps(lang: str, paras: dict[str, Para], known: dict[str, list[Known]],
           unknown: Callable[[], list[Known]], english_brands: Callable[[], list[Known]]
           ) -> list[tuple[Known, Known, list[str]]]:
    """Each (name the others agree on, the one *lang* has instead, the others): a known name of
    the same kind, or a place no gazetteer knows (*unknown*) for a known place (Kyoto for
    Osaka); each name of either side in one swap at most. A place one version's gazetteer
    knows and another's does not is no swap where that other writes its name (ru Жанатас,
    a GeoNames town, kk Жаңатас, which none knows)."""
    para = paras[lang]
    others = [o for o in known if o != lang]
    counts = {o: Counter(k.key for k in known[o]) for o in known}
    lacking = [k for o in others for k in known[o]
               if counts[lang][k.key] < min(counts[x][k.key] for x in others)
               and not free_names.home_implied(k.key, para.text, lang, swapped=True)
               and not (k.kind == "brand" and lang != "en"
                        and _transcribed(k.text, para, [paras[o] for o in others]))]
    if not lacking:
        return []
    said: dict[str, bool] = {}

    def really(k: Known) -> bool:  # asked only of a candidate: reading every word costs
        if k.kind in ("place", "country") and k.key not in said:
            lack = min(counts[o][k.key] for o in others) - counts[lang][k.key]
            said[k.key] = _said_otherwise(k.key, para) >= lack or _named_by_word(k, paras, para)
        return not said.get(k.key, False)

    found: list[tuple[Known, Known, list[str]]] = []
    used: set[str] = set()

    def take(replaced: Known | None, instead: Known) -> None:
        if replaced is not None and instead.key not in used:
            found.append((replaced, instead, others))
            used.update((replaced.key, instead.key))

    extra = sorted((k for k in known[lang] if counts[lang][k.key] > max(counts[o][k.key] for o in others)
                    and not (k.kind == "place" and all(_named_by_word(k, paras, paras[o]) for o in others))),
                   key=lambda k: any(counts[o][k.key] for o in others))  # one no other version names first
    for instead in extra:
        named_there = any(counts[o][instead.key] for o in others)
        style = named_there and instead.kind == "country"
        take(next((k for k in lacking if k.kind == instead.kind and k.key not in used
                   and not (style and counts[lang][k.key]) and (instead.part or not k.part)
                   and not any(_one_name(k, e) for e in known[lang] if e.key == instead.key)
                   and really(k)), None), instead)
    if found:  # a country's count off on both sides is style (Kazakhstan for "Kazakh")
        return found
    place = next((k for k in lacking if k.kind == "place" and not k.part
                  and not any(_one_name(k, e) for e in known[lang] if e.key != k.key) and really(k)), None)
    if place is not None and (places := unknown()):
        return [(place, places[0], others)]
    brand = next((k for k in lacking if k.kind == "brand"), None)
    brands = english_brands() if brand is not None and lang == "en" else []
    return [(brand, brands[0], others)] if brand is not None and brands else []


def _one_name(replaced: Known, instead: Known) -> bool:
    """Two places of one name the gazetteers tell apart (Cebu City, a GeoNames town, and «Себу»,
    the province's city): one place as the versions name it, no swap."""
    if replaced.kind not in ("place", "country") or " " in replaced.text or " " in instead.text:
        return False
    return any(free_names.compare_words(a, b).status == free_names.SAME
               for a in _read_as(replaced.text) for b in _read_as(instead.text))


def _read_as(word: str) -> list[free_names.NameWord]:
    """A place's *word* as a name word of each language its letters may be (a Cyrillic word is
    Russian or Kazakh), with no gazetteer's place."""
    langs = ("en",) if free_names.is_latin(word) else ("ru", "kk")
    return [free_names.NameWord(word, lang, 0, 0, None) for lang in langs]


def _english_brands(paras: dict[str, Para]) -> list[Known]:
    """Names of the English version that look like a company's own (initials, or a word no
    English word list has: SCAT, Qazaq Air) and that no other version writes in any script."""
    found = []
    for m in _LATIN_RUN.finditer(paras["en"].text):
        words = _WORDS.findall(m.group())
        if not words or sentence_initial(paras["en"].text, m.start()) or free_names.place_id(words[0], "en") \
                or m.group() in _currency_codes() or free_names.is_demonym(m.group(), "en"):
            continue  # USD, Kazakh: a currency or a people, no company
        own = " ".join(w for w in words if w.isupper() or not _english_word(w))
        if own and not any(w in p.text or _transcribed(w, p) for o, p in paras.items() if o != "en"
                           for w in own.split()):
            found.append(Known("?" + m.group(), "brand", m.group()))
    return found


def _english_word(word: str, names: bool = True) -> bool:
    """An ordinary English word, a month or weekday among them (February, which English
    capitalises, is no company's name); *names*: also a name frequent enough to be among the
    common words (Hopkins, Smithsonian), which a body's own name may be."""
    common = recognise.is_common(word, "en") and (names or word.lower() not in english_names_only())
    return common or recognise.calendar_word(word, "en")


_EVERY_TIME = 10**9
"""As many mentions as any version can lack: the place is said every time it is meant."""


def _said_otherwise(place: str, para: Para) -> int:
    """How many times *para* names *place* by its adjective or its people (Japanese capital,
    жапондық, японских компаний, черноморских портов) where the other versions name the place:
    each such word stands for one of their mentions (костанайского хозяйства is one of three
    Kostanays, and the Костанае of the next sentence swapped for another town still lacks).
    Typed with look-alikes (Кара теңіз, which the script check reports), or by its own
    language's name in a body's name kept in that language (Wiener Staatsoper): as many as
    can be."""
    if (para.lang == "kk" and free_names.named_with_lookalikes(place, para.text)) \
            or endonyms.named_in(place, para.text):
        return _EVERY_TIME
    probe = free_names.NameWord("", para.lang, 0, 0, place)

    def names_it(word: str) -> bool:
        found = free_names.place_id(word, para.lang)
        return (found != place and bool(adjective_of(probe, word, para.lang))) \
            or (word.islower() and found == place)

    return sum(names_it(t.text) for t in tokens(para.text) if len(t.text) >= 4)


def _named_by_word(place: Known, paras: dict[str, Para], para: Para) -> bool:
    """*para* writes the *place* (of one word, as a version of *paras* writes it) by a word the
    gazetteer does not know in its language, as a name word of its own script or as the
    Russian adjective made from it (Каратауский of Karatau, Жаңатас of Жанатас): the place is
    there all the same, uncounted."""
    lang = next((p.lang for p in paras.values() if place.text in p.text), None)
    if lang is None or lang == para.lang or len(tokens(place.text)) != 1:
        return False
    probe = free_names.NameWord(place.text, lang, 0, 0, None)
    return any(free_names.compare_words(reading, probe).status == free_names.SAME
               for t in tokens(para.text) if t.text[:1].isupper() and len(t.text) >= 3
               and free_names.place_id(t.text, para.lang) is None
               for reading in _readings(free_names.NameWord(t.text, para.lang, t.start, t.end, None)))


def _unknown_places(lang: str, paras: dict[str, Para], taken: dict[str, tuple[tuple[int, int], ...]]
                    ) -> list[Known]:
    """Names of version *lang* that the words around them say are places ("held in Kyoto",
    Хошиминде) and that no other version names in any script."""
    theirs = [w for o, p in paras.items() if o != lang
              for m in recognise.find_names(p.text, o, taken[o]) for w in m.words]

    def named_there(m: free_names.NameMention) -> bool:
        return any(free_names.compare_words(w, t).status != free_names.NONE for w in m.words for t in theirs)

    para = paras[lang]
    return [Known("?" + m.text, "unknown", m.text) for m in recognise.find_names(para.text, lang, taken[lang])
            if not m.titled and not any(w.place for w in m.words) and recognise.place_cue(para.text, m)
            and not any(RU_RELATIONAL.search(w.text) for w in m.words) and not named_there(m)]




_QUOTED = re.compile(r"«([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^«»]{1,60})»")


def _quoted_swap(lang: str, paras: dict[str, Para], taken: dict[str, tuple[tuple[int, int], ...]]
                 ) -> tuple[Known, Known, list[str]] | None:
    """A company's name in «quotation marks» (КазМунайГаз, ҚазМұнайГаз, KazMunayGas) that the
    other versions name and *lang* names in no script, with, in *lang*, a quoted name none of
    them has (Самрук-Энерго): one company swapped for another."""
    if not any("«" in p.text for p in paras.values()):
        return None  # no name in quotation marks
    words = {o: _name_words(p, taken[o]) for o, p in paras.items()}
    others = [o for o in paras if o != lang]
    capitalised = [t for t in tokens(paras[lang].text) if t.text[:1].isupper()]
    written = [free_names.NameWord(t.text, lang, t.start, t.end, None) for t in capitalised] \
        + [free_names.NameWord(f"{a.text}-{b.text}", lang, a.start, b.end, None)
           for a, b in zip(capitalised, capitalised[1:], strict=False)
           if paras[lang].text[a.end:b.start] == " "]  # San Siro, «Сан-Сиро»

    def named(name: list[free_names.NameWord], where: str) -> bool:
        return any(free_names.compare_words(w, t).status != free_names.NONE or _one_own_name(w, t)
                   or _of_one_town(w, t) for w in name for t in words[where])

    def written_here(name: list[free_names.NameWord]) -> bool:
        """*name* is in *lang*'s paragraph, as a name or a capitalised word opening a sentence
        (Heberprot-P was registered …: the medicine «Геберпрот-П»)."""
        return named(name, lang) or any(free_names.compare_words(w, t).status == free_names.SAME
                                        for w in name for t in written)

    replaced = next((Known("", "quoted", _text(paras[o], quoted)) for o in others
                     for quoted in _quoted_names(paras[o])
                     if _proper(quoted) and named(quoted, next(x for x in others if x != o))
                     and not written_here(quoted)), None)
    if replaced is None:
        return None  # asked first: a quoted name the others share and this version lacks is rare,
        # and this version's every name against theirs is most of a first check's comparisons
    mine = _quoted_names(paras[lang])
    unquoted = [list(m.words) for m in recognise.find_names(paras[lang].text, lang, taken[lang])
                if not m.titled and not any(w.place for w in m.words)]
    if lang == "en":  # English writes a company's name without quotation marks
        mine += unquoted
    instead = next((q for q in mine if _proper(q) and not any(named(q, o) for o in others)), None)
    if instead is None and lang != "en":  # a body named in words of its own (Институт … имени Маргулана)
        instead = next((q for q in unquoted if _proper(q) and not any(named(q, o) for o in others)), None)
    return None if instead is None else (replaced, Known("", "quoted", _text(paras[lang], instead)), others)


def _one_own_name(a: free_names.NameWord, b: free_names.NameWord) -> bool:
    """*a* and *b* are one body's own name as their languages write it in their own words
    (Қазсушар, Kazvodkhoz: `read_organisations.own_name`)."""
    key = own_name(a.text, a.lang)
    return key is not None and key == own_name(b.text, b.lang)


_ACRONYM = re.compile(r"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{3,5}(?!\w|-[^\W\d_]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\d])")
"""Initials, with a Kazakh case ending at most (SOAS-пен), not a part of a hyphened name."""
_ACRONYM_ANY = re.compile(r"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}(?![\w-])")
_AFTER_FIGURE = re.compile(r"\d\s*\Z")
"""A figure right before initials: a unit (40 000 TEU), no body."""
_FUNCTION_WORDS = frozenset(("of", "and", "the", "for", "in", "on", "at",
                             "и", "по", "в", "на", "және", "мен"))


def _initials(words: Iterable[str]) -> str:
    """The first letters of *words* as the state romanises them (Қазақстан темір жолы, КТЖ,
    ҚТЖ and Kazakhstan Temir Zholy, KTZ: ktz)."""
    return "".join(free_names.romanise(w[:1])[:1].lower() for w in words)


@lru_cache(maxsize=1024)
def _named_initials(text: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The initials of each acronym of *text*, and those of each run of capitalised words and
    of each name in «quotation marks», function words left out: the initials of a part of a
    run (the Board of Kazakhstan Temir Zholy: ktz) are a part of the run's."""
    runs: list[list[str]] = [_WORDS.findall(m.group(1)) for m in _QUOTED.finditer(text)]
    run: list[str] = []
    for t in tokens(text):
        if t.text[:1].isupper() and not t.text.isupper():
            run.append(t.text)
        elif t.text.lower() not in _FUNCTION_WORDS:
            runs.append(run)
            run = []
    runs.append(run)
    found = frozenset(_initials(m.group()) for m in _ACRONYM.finditer(text))
    return found, tuple(_initials(w for w in words if w.lower() not in _FUNCTION_WORDS) for words in runs)


def _names_by_initials(key: str, text: str) -> bool:
    """*text* names a body by the initials *key* or in full."""
    acronyms, runs = _named_initials(text)
    return key in acronyms or any(key in run for run in runs)


def _initials_swap(lang: str, paras: dict[str, Para], taken: dict[str, tuple[tuple[int, int], ...]]
                   ) -> tuple[Known, Known, list[str]] | None:
    """A body the other versions name by its initials or in full (КТЖ, ҚТЖ and Kazakhstan Temir
    Zholy: the letters of the acronym open the words of the name) that *lang* names in neither
    way, naming instead a name no other version has (Samruk-Kazyna): one body swapped for
    another."""
    others = [o for o in paras if o != lang]
    for o in others:
        for m in _ACRONYM.finditer(paras[o].text):
            key = _initials(m.group())
            if _ROMAN.fullmatch(m.group()) or _AFTER_FIGURE.search(paras[o].text, 0, m.start()) \
                    or _names_by_initials(key, paras[lang].text) \
                    or not all(_names_by_initials(key, paras[x].text) for x in others) \
                    or _written_in(m.group(), paras[lang].text, lang):
                continue
            instead = _unmatched_name(lang, paras, taken) or _unmatched_initials(lang, paras, m.group())
            if instead is not None and not _initials_translated(m.group(), instead):
                return Known("", "initials", m.group()), Known("", "initials", instead), others
    return None


def _initials_translated(theirs: str, mine: str) -> bool:
    """*mine* may be the initials of the body *theirs* abbreviates, in another language's words
    and order: as many capitals, the same first (ИДБ, Ислам даму банкі; ИсБР, Исламский банк
    развития: the Islamic Development Bank, IsDB). Initials of another length or opening
    (ЮНИСЕФ for UNRWA) are another body's."""
    capitals = "".join(ch for ch in mine if ch.isupper())
    return len(capitals) == len(theirs) and mine != capitals and _initials([theirs]) == _initials([mine])


def _written_in(acronym: str, text: str, lang: str) -> bool:
    """*acronym* is among the acronyms of *text* in some spelling (ЮНЕСКО and UNESCO); Latin
    initials in Latin only as they are (IFU is not EIFO), while Russian and Kazakh initials
    differ by the words they stand for (АБР, АДБ)."""
    probe = free_names.NameWord(acronym, "ru" if not free_names.is_latin(acronym) else "en", 0, 0, None)
    words = {m.group() for m in _ACRONYM_ANY.finditer(text)}
    return any(w.isupper() and (w == acronym if free_names.is_latin(w) and free_names.is_latin(acronym)
                                else free_names.compare_words(probe, free_names.NameWord(w, lang, 0, 0, None)
                                                              ).status != free_names.NONE) for w in words)


def _unmatched_name(lang: str, paras: dict[str, Para], taken: dict[str, tuple[tuple[int, int], ...]]
                    ) -> str | None:
    """A name of one word in *lang*, no place nor person nor common word (Centre), that no
    other version names in any script (Samruk-Kazyna): what a version names in another's stead.
    A Russian adjective made from a name (Каракорумским шоссе) is named by its noun
    (Karakoram Highway, Қарақорым тас жолы)."""
    theirs = [w for o, p in paras.items() if o != lang for w in _name_words(p, taken[o])]
    for m in recognise.find_names(paras[lang].text, lang, taken[lang]):
        if m.titled or len(m.words) != 1 or m.words[0].place or recognise.is_person_word(m.text, lang) \
                or free_names.is_demonym(m.text, lang) or not _proper(list(m.words)):
            continue
        readings = [m.words[0], *nouns_of_adjective(m.words[0])]
        if not any(free_names.compare_words(w, t).status == free_names.SAME
                   for w in readings for t in theirs):
            return m.text  # Kazakhmys is only near Казахстан
    return None


_LEGAL_FORMS = frozenset({"ТОО", "ЖШС", "АО", "АҚ", "ПАО", "ООО", "LLP", "JSC", "LLC", "PLC", "GMBH"})
"""A company's legal form in initials (ТОО «СК-Фармация», SK-Pharmacia): a translation says it
or leaves it out, no body of its own."""


def _unmatched_initials(lang: str, paras: dict[str, Para], lacked: str) -> str | None:
    """Latin initials in *lang*, where the *lacked* ones are Latin too, that no other version
    writes in any spelling or spells out (IFU where the others write EIFO): a body named in
    another's stead. Not Cyrillic initials: Russian and Kazakh write some bodies by their own
    (БАПОР for UNRWA, АБР and АДБ)."""
    text = paras[lang].text
    for m in _ACRONYM.finditer(text):
        if _ROMAN.fullmatch(m.group()) or _AFTER_FIGURE.search(text, 0, m.start()) \
                or m.group().upper() in _LEGAL_FORMS \
                or not (free_names.is_latin(m.group()) and free_names.is_latin(lacked)):
            continue
        key = _initials(m.group())
        if not any(_written_in(m.group(), p.text, o) or _names_by_initials(key, p.text)
                   for o, p in paras.items() if o != lang):
            return m.group()
    return None


def _own_name_swap(lang: str, paras: dict[str, Para], taken: dict[str, tuple[tuple[int, int], ...]]
                   ) -> tuple[Known, Known, list[str]] | None:
    """A body of a head both other versions name by a word of its own (Lund of «Лундском
    университете», «Лунд университеті») that *lang* names fewer times, naming, in a body of
    the same head, a word of its own that no other version names (Linköping University): one
    university, bank or fund swapped for another of its kind. A name English writes in two
    words and the others as one (Cuu Long, Кыулонг) is named by the two words joined."""
    own = {o: _own_words(p) for o, p in paras.items()}
    if not own[lang]:
        return None
    words = {o: list({w.start: w for w in _name_words(p, taken[o]) + _capitalised(p)
                      + [w for _, w, _ in own[o]]}.values()) + joined_pairs(p.text, o)
             for o, p in paras.items()}
    others = [o for o in paras if o != lang]

    def count(word: free_names.NameWord, where: list[free_names.NameWord]) -> int:
        return sum(_same_name(word, w) for w in where)

    named = {o: [w for h, w, _ in _own_words(paras[o], _named_in_body)] for o in others}
    for head, word, unit in own[lang]:
        if any(count(word, words[o]) for o in others):
            continue  # Linköping: named nowhere else
        loose = free_names.place_id(word.text, lang) is None  # a place is compared as one elsewhere
        for o in others:
            third = next(x for x in others if x != o)
            for their_head, theirs, _ in own[o]:
                if their_head == head and count(theirs, [w for h, w, _ in own[third] if h == head]
                                                + (named[third] if loose else [])) \
                        and count(theirs, words[lang]) < min(count(theirs, [w for _, w, _ in own[o]]),
                                                             count(theirs, words[third])):
                    return Known(head, "own", theirs.text), Known(head, "own", unit), others
    return None


def _named_in_body(word: str, lang: str) -> bool:
    """*word* is capitalised and no word of what a body is: in the name of a body whose own word
    the other version names (Tulane of «Тулейнского университета»), the third version's word
    for it, even where its lexicon takes it for a common word («Тулейн университетінің»)."""
    return word[:1].isupper() and len(word) >= 3 and not word.isupper() and not table_word(word, lang)


def _same_name(a: free_names.NameWord, b: free_names.NameWord) -> bool:
    """*a* and *b* are one name in any script, a Russian adjective made from it counted as
    the name (Лундском, Лунд; Карловым, Карл)."""
    return any(free_names.compare_words(x, y).status != free_names.NONE
               for x in _readings(a) for y in _readings(b))


def _readings(word: free_names.NameWord) -> list[free_names.NameWord]:
    """*word*, and the name an adjective is made from: a Russian relational one (Азиатского →
    Азиат, Авазинской → Аваза) or possessive one (Карловым университетом → Карл), an English one
    in -ian, -ean, -an (Jagiellonian → Jagiellon)."""
    if word.lang == "ru" and (compass := RU_COMPASS.match(word.text.lower())):
        bare = word.text[compass.end():]  # Южноморавский: South Moravian, the Moravian of its name
        word = replace(word, text=bare[:1].upper() + bare[1:], start=word.start + compass.end())
    found: list[free_names.NameWord | None] = [word, *nouns_of_adjective(word)]
    if word.lang == "ru" and (m := _RU_POSSESSIVE.search(word.text)) and m.start() >= 3:
        found.append(replace(word, text=word.text[:m.start()], end=word.start + m.start()))
    if word.lang == "en":
        found += [replace(word, text=word.text[:-len(ending)] + base, end=word.end - len(ending) + len(base))
                  for ending, base in _EN_ADJECTIVE_OF_NAME
                  if word.text.endswith(ending) and len(word.text) - len(ending) >= 4]
    return [w for w in found if w is not None]


def _of_one_town(a: free_names.NameWord, b: free_names.NameWord) -> bool:
    """*a* and *b* are a town's people or adjective and the town, or two of them (Leningraders,
    «Ленинградцы», «Ленинградтық» in a quoted title): the town's name without the ending."""
    def town(word: free_names.NameWord) -> free_names.NameWord:
        if word.lang == "kk":
            adjective = free_names.KK_ADJECTIVE.match(word.text.lower())
            root = adjective.end(1) if adjective else 0
        else:
            people = _PEOPLE_OF[word.lang].search(word.text)
            root = people.start() if people else 0
        return replace(word, text=word.text[:root], end=word.start + root) if root >= 4 else word

    x, y = town(a), town(b)
    return (x is not a or y is not b) and free_names.compare_words(x, y).status != free_names.NONE


_PEOPLE_OF = {"en": re.compile(r"(?:er|ers)\Z"), "ru": re.compile(r"(?:цы|цев|цам|цами|цах|ец|ца)\Z")}
"""The endings of a town's people (Leningraders, «Ленинградцы»; Kazakh says it by the town's
adjective, «ленинградтық»: `names.KK_ADJECTIVE`): the quoted title of a poem names the town in
every version."""


_EN_ADJECTIVE_OF_NAME = (("ian", ""), ("ian", "ia"), ("ean", ""), ("ean", "ea"), ("an", "a"))
"""English endings that make an adjective of a name, and the name's ending (Jagiellonian →
Jagiellon, Bolivian → Bolivia, Korean → Korea, Victorian → Victoria): the name the other versions
write, as Russian writes its own adjective (Ягеллонский → Ягеллон)."""


_RU_POSSESSIVE = re.compile(r"(?:ов|ев|ин)(?:ым|ом|ой|ого|ому|а|у|ы|ых|ыми|ую)\Z")


def _own(word: str, lang: str) -> bool:
    """*word* can be a body's name of its own: capitalised, no initials (their swap is
    `_initials_swap`), no common word and no adjective, which a translation translates
    (National, World, Дүниежүзілік, Ұлттық), no word of what a body is (Ministries), no
    country (whose body, not which) and, in Kazakh, a place only in its bare form: «Прагадағы
    Карл университеті» is Charles University in Prague. A hyphenated word is one only when
    each of its parts is (Samruk-Kazyna; not Kazakh-American, «Казахско-американская»: two
    peoples' words)."""
    if "-" in word.strip("-"):
        return all(_own(part, lang) for part in word.strip("-").split("-"))
    if not word[:1].isupper() or len(word) < 3 or word.isupper() \
            or (lang != "en" and recognise.is_common(word, lang)) \
            or (lang == "en" and (_english_word(word, names=False) or free_names.is_demonym(word, lang))) \
            or table_word(word, lang):
        return False
    place = free_names.place_id(word, lang)
    if place and place.startswith("T:"):
        return False  # of Kazakhstan: whose body, not which
    return lang != "kk" or not word.lower().endswith(_KK_ADJECTIVE) and (
        not place or word.lower() in free_names.gazetteer(lang))


_KK_ADJECTIVE = kazakh.ADJECTIVE_SUFFIXES + kazakh.LOCATIVE_ADJECTIVE_SUFFIXES
"""Kazakh suffixes that make an adjective (Ұлттық, Дүниежүзілік, Прагадағы)."""


def _capitalised(para: Para) -> list[free_names.NameWord]:
    return [free_names.NameWord(t.text, para.lang, t.start, t.end, None)
            for t in tokens(para.text) if t.text[:1].isupper() and len(t.text) >= 3]


_RU_NAME_AFTER = re.compile(r"[ \u00a0]+[А-ЯЁ][а-яё-]+")
"""The name in the genitive after a Russian head (Университет Монаша)."""
_RU_ADJECTIVES_BEFORE = re.compile(
    r"(?:[А-ЯЁ][а-яё-]+(?:ск|цк)[а-яё]{2,3}(?:,|\s+и)?\s+)+\Z")
"""Capitalised adjectives listed before a Russian head (Уппсальском и Лундском университетах)."""


def _own_words(para: Para, own: Callable[[str, str], bool] | None = None
               ) -> list[tuple[str, free_names.NameWord, str]]:
    """(head, word, the body's name) for each word of its own in a body's name in *para*: a
    capitalised word no common word of the language (Lund, Queensland, Монаша) or a place or
    its people's word (Asian, Азиатского, Азия), not opening a sentence, with, in
    Russian, the name in the genitive after the head and the adjectives listed before it;
    *own*: another test of a word of its own than `_own`."""
    found = []
    for org in find_organisations(para.text, para.lang):
        start, end = org.start, org.end
        if para.lang == "ru":
            if after := _RU_NAME_AFTER.match(para.text, end):
                end = after.end()
            if before := _RU_ADJECTIVES_BEFORE.search(para.text, 0, start):
                start = before.start()
        for t in tokens(para.text[start:end]):
            opens = sentence_initial(para.text, start + t.start)
            if (own or _own)(t.text, para.lang) \
                    and (not opens or _names_the_head(para, t.text, start + t.end, org.end)):
                word = free_names.NameWord(t.text, para.lang, start + t.start, start + t.end, None)
                found.append((org.head, word, para.text[start:end]))
    return found


def _names_the_head(para: Para, word: str, end: int, head_end: int) -> bool:
    """In Kazakh, *word*, ending at *end*, stands right before the head ending at *head_end*
    («Саскачеван университетінің профессоры»): the body's own name, though it opens the
    sentence (a word of its own is no common word: `_own`), unless it is a surname, which ends
    the sentence's subject before the head (Жұмағұлова министрлік атынан)."""
    return para.lang == "kk" and bool(_ONE_WORD_AFTER.fullmatch(para.text, end, head_end)) \
        and not free_names.is_surname(word)


_ONE_WORD_AFTER = re.compile(r"[ \u00a0]+\w+")


def _quoted_names(para: Para) -> list[list[free_names.NameWord]]:
    """The words (three letters or more) of each capitalised name in «quotation marks»."""
    return [[free_names.NameWord(part, para.lang, m.start(1) + t.start, m.start(1) + t.end, None)
             for t in tokens(m.group(1)) if len(t.text) >= 3 for part in _capitalised_parts(t.text)]
            for m in _QUOTED.finditer(para.text) if len(m.group(1).split()) <= 5]


def _proper(name: list[free_names.NameWord]) -> bool:
    """A name of its own (КазМунайГаз, Samruk-Energy), not a title of ordinary words
    («Дала алтыны», Unity is strength, International Centre) that the versions translate."""
    return any(len(w.text) >= 4 and not recognise.is_common(w.text, w.lang) for w in name)


def _name_words(para: Para, taken: tuple[tuple[int, int], ...]) -> list[free_names.NameWord]:
    """Every name word of *para*, registered (the *taken* spans), found or quoted."""
    registered = [free_names.NameWord(t.text, para.lang, s + t.start, s + t.end, None)
                  for s, e in taken for t in tokens(para.text[s:e]) if t.text[:1].isupper()]
    return registered + [w for m in recognise.find_names(para.text, para.lang, taken) for w in m.words] \
        + [w for q in _quoted_names(para) for w in q]


def _text(para: Para, name: list[free_names.NameWord]) -> str:
    return para.text[name[0].start:name[-1].end] if name else ""


def _finding(lang: str, para: Para, replaced: Known, instead: Known, others: list[str]) -> Finding:
    message = f"{lang} names «{instead.text}» where {', '.join(others)} name «{replaced.text}»"
    if replaced.kind in ("head", "field"):  # a ministry of ecology, not of emergency situations
        message += (f" ({', '.join(others)}: {replaced.key.partition(':')[2]}; "
                    f"{lang}: {instead.key.partition(':')[2]})")
    elif replaced.kind in ("place", "country") and free_names.place_names(replaced.key, lang):
        message += f"; expected a form of «{free_names.place_names(replaced.key, lang)[0].title()}»"
    elif replaced.kind == "own":  # Linköping University where the others name Lund's
        message += f"; expected the same {replaced.key} in {lang}"
    elif replaced.kind == "quoted":
        message += f"; expected the same name in {lang}"
    else:
        message += f"; expected «{replaced.text}» in {lang} too"
    return Finding("names.missing", "error", [lang], para.location, instead.text, message)


def _known(bundle: Bundle, para: Para, registered: list, taken: tuple[tuple[int, int], ...],
           brands: set[str]) -> list[Known]:
    """The known places and organisations *para* names, once per mention, not in passing; no
    organisation's head inside one of the Latin *brands*."""
    found = []
    kept = [span for run in _LATIN_RUN.finditer(para.text) for span in _brand_spans(run, brands)]

    def in_brand(start: int) -> bool:  # Astana of Air Astana: the brand's word, no place
        return any(begin <= start < end for begin, end in kept)

    for m in registered:
        entity = bundle.entities[m.entity]
        if entity.type not in ("place", "organisation") or para.in_passing(m.start, m.end) \
                or (entity.type == "place" and in_brand(m.start)):
            continue
        place = entity_place(bundle, m.entity) if entity.type == "place" else None
        kind = _kind(place) if place else entity.type
        found.append(Known(place or m.entity, kind, m.text, part=m.part))
    for mention in recognise.find_names(para.text, para.lang, taken):
        place = next((w.place for w in mention.words if w.place), None)
        if place and not free_names.is_region(place) and not para.in_passing(mention.start, mention.end) \
                and not in_brand(mention.start):
            part = free_names.names_a_part(para.text, mention.start, mention.end, para.lang)
            found.append(Known(place, _kind(place), mention.text, part=part))
    for org in find_organisations(para.text, para.lang):
        if in_brand(org.start) or any(org.end <= start and not para.text[org.end:start].strip()
                                      for start, _ in kept) \
                or any(re.fullmatch(re.escape(brand) + r" \w+", org.text) for brand in brands):
            continue  # Bank of Qatar National Bank, «корпорация Mitsubishi», Mitsubishi Corporation (not
            # SOAS University of London, a longer name the brand is in)
        part = free_names.names_a_part(para.text, org.start, org.end, para.lang)
        found.append(Known(f"head:{org.head}", "head", org.text, tuple(sorted(set(org.fields))), part))
        found += [Known(f"field:{field}", "field", org.text, part=part) for field in org.fields]
    return found


def _brand_spans(run: re.Match[str], brands: set[str]) -> list[tuple[int, int]]:
    """The spans of *run* (a Latin run of capitalised words) that are one of *brands*: the whole
    run (New Zealand Trade and Enterprise), or each name of a list the run joins with "and"
    (MAS Holdings and Brandix); a brand inside a longer name is not one (SOAS University)."""
    if run.group() in brands:
        return [run.span()]
    spans, start = [], run.start()
    for part in _LIST_JOIN.split(run.group()):
        begin = run.string.index(part, start)
        start = begin + len(part)
        if part in brands:
            spans.append((begin, start))
    return spans


_LIST_JOIN = re.compile(r" (?:and|&) ")


def entity_place(bundle: Bundle, entity_id: str) -> str | None:
    """The gazetteer's id of a registered place, from its forms in any language (Addis Ababa,
    Аддис-Абеба), so that a version naming it unregistered names the same place."""
    forms = bundle.entities[entity_id].forms
    return _place_of_forms(tuple((lang, tuple(fs)) for lang, fs in forms.items() if lang in _GAZETTEER_LANGS))


_GAZETTEER_LANGS = ("en", "kk", "ru")


@lru_cache(maxsize=4096)
def _place_of_forms(forms: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    """The place a form names whole, or less its first or last word (East Kazakhstan of East
    Kazakhstan Region, not Kazakhstan), or, for a form of one word, by that word in any form."""
    for lang, fs in forms:
        for form in fs:
            words = form.lower().replace("ё", "е").split()
            for part in (words, words[:-1], words[1:]):
                if part and (place := free_names.gazetteer(lang).get(" ".join(part))
                             or (len(part) == 1 and free_names.place_id(part[0], lang))):
                    return place
    return next((p for lang, fs in forms for form in fs if len(tokens(form)) == 1
                 if (p := free_names.place_id(form, lang))), None)


_LATIN_RUN = re.compile(r"(?<!\w)[A-Z][\w&’'-]*(?:(?: and | of | & | )[A-Z][\w&’'-]*)*")


def _brands(paras: Iterable[Para]) -> set[str]:
    """The names in Latin letters that the Kazakh and Russian versions write as they are
    (Airbus Defence and Space, Thales Alenia Space, JBIC): the English version writes them so too.
    Initials of three letters are more often a unit or a code (TEU, LNG, USD) than a company:
    such a company (ERG) is found by the swap of its initials (`_initials_swap`)."""
    return {m.group() for para in paras if para.lang in ("kk", "ru")
            for m in _LATIN_RUN.finditer(para.text)
            if not any(ch.isdigit() for ch in m.group()) and not _ROMAN.fullmatch(m.group())
            and len(m.group()) >= (4 if m.group().isupper() else 3)}


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """The ISO 4217 codes CLDR knows (USD, EUR, KZT)."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


_ROMAN = re.compile(r"[IVXLCDM]+")
"""A Roman numeral (the III forum): a number, which the versions may write otherwise."""


def _brand_mentions(para: Para, brands: set[str]) -> list[Known]:
    """Each of *brands* as often as *para* writes it."""
    return [Known(f"latin:{brand}", "brand", brand) for brand in sorted(brands)
            for _ in range(para.text.count(brand))]


def _kind(place: str) -> str:
    """"country" for a CLDR territory, "place" for a city, region, river or the like."""
    return "country" if place.startswith("T:") else "place"
