"""Designations (MS-28, МС-28, Су-35, COVID-19): equal across scripts, never mixed in one.

They are read by press.lang.read_designations, which machine translation uses to keep them.
"""

from __future__ import annotations

import re

from press.check.compare import Item, compare
from press.check.document import Bundle, Para
from press.check.findings import Finding
from press.lang.acronyms import abbreviated
from press.lang.read_designations import lookalike_key, named_number, serial_number, spaced_designations
from press.lang.read_numbers import NumberMention


def _scripts(word: str) -> set[str]:
    return {"latin" if ch.isascii() else "cyrillic" for ch in word if ch.isalpha()}


def _said_in_words(key: object, lang: str, items: dict[str, list[Item]],
                   group: dict[str, list[Para]]) -> bool:
    """A designation that every other version names by its number instead: one letter and a
    number by the number in words (G20: «Группа двадцати», «Үлкен жиырмалық») or after the
    number sign (ILO C189: «Конвенция МОТ № 189»); a body's symbol by its serial number
    (S/RES/2231: "resolution 2231")."""
    number, serial = named_number(str(key)), serial_number(str(key))
    if number is None and serial is None:
        return False
    others = [o for o in items if o != lang]

    def says(para: Para, n: NumberMention) -> bool:
        if serial is not None:
            return n.value == serial and not n.spelled
        return n.value == number and (n.spelled or bool(_NUMBER_SIGN.search(para.text, 0, n.start)))

    letters = str(key).rpartition("-")[0]
    return bool(others) and all(
        all(i.key != key and not (letters and str(i.key).rpartition("-")[0] == letters) for i in items[o])
        and any(says(p, n) for p in group[o] for n in p.numbers)
        for o in others)  # A-2 where this version has A-3: another number, not the number in words


_NUMBER_SIGN = re.compile(r"(?:№|\bNo\.?)[\s\u00a0]*\Z")


_BARE_PAIR = re.compile(r"(\d+)/(\d+)")


def figure_pair(key: object, lang: str, group: dict[str, list[Para]]) -> bool:
    """A designation of two bare numbers joined by a slash («(237/897)») that another version
    lacking it states as those two figures in a row («с 237 до 897»): a from/to pair of
    figures written with a slash, as Kazakh and Russian statistics write them, not a
    resolution's number (64/35), which every version writes alike."""
    pair = _BARE_PAIR.fullmatch(str(key))
    if pair is None:
        return False
    low, high = (int(n) for n in pair.groups())
    return any(all(k != key for _, _, k in para.designations)
               and any(a.value == low and b.value == high for a, b in para.figures_in_a_row())
               for other, paras in group.items() if other != lang for para in paras)


def _written_out(items: dict[str, list[Item]], group: dict[str, list[Para]]) -> dict[str, list[Item]]:
    """An acronym with a digit (B2B, G2G) that every version lacking it writes out in full
    ("business-to-business session" where the others say «в формате B2B»): a term, said by
    each version in its own way, not a designation one of them dropped."""
    keys = {lang: {i.key for i in found} for lang, found in items.items()}
    spelt = {i.key for found in items.values() for i in found if _DIGIT_INSIDE.fullmatch(i.excerpt)
             and (lacking := [o for o in group if group[o] and i.key not in keys.get(o, set())])
             and all(any(abbreviated(i.excerpt, p.text, o) for p in group[o]) for o in lacking)}
    return {lang: [i for i in found if i.key not in spelt] for lang, found in items.items()}


_DIGIT_INSIDE = re.compile(r"[^\W\d_]+\d+[^\W\d_]+")
"""A term's acronym with its digit inside (B2B, G2G), which a version writes out; not a letter
and a number (A2, a road: "and two" is no writing out of it)."""


def _number(key: object) -> str:
    return str(key).rpartition("-")[2]


def _translated_letters(items: dict[str, list[Item]]) -> dict[str, list[Item]]:
    """A designation whose letters the languages translate (HPP-1, ГЭС-1, СЭС-1: the letters
    are words of each language) agrees by its number: an item no other version states is keyed
    by its number alone when another version has one (not stated by every other version either)
with that number and other letters, unless both
    are in Latin letters (A321LR and A321XLR, written the same in every language, differ)."""
    keys = {lang: {i.key for i in found} for lang, found in items.items()}
    alone = {lang: [i for i in found if not all(i.key in keys[o] for o in items if o != lang)]
             for lang, found in items.items()}

    def partnered(item: Item, lang: str) -> bool:
        return any(_number(o.key) == _number(item.key) and o.key != item.key
                   and not (_scripts(item.excerpt) == _scripts(o.excerpt) == {"latin"})
                   for other in items if other != lang for o in alone[other])

    return {lang: [Item(f"…-{_number(i.key)}", f"…-{_number(i.key)}", i.para, i.excerpt)
                   if i in alone[lang] and "-" in str(i.key) and partnered(i, lang) else i for i in found]
            for lang, found in items.items()}


def spaced_in(lang: str, para: Para, group: dict[str, list[Para]]) -> list[tuple[int, int, str]]:
    """The designations of the other versions (of words and a number: «Кайрат-2») that *para*
    writes with a space ("the Kairat 2 zone") and does not read as designations itself."""
    mine = {key for _, _, key in para.designations}
    theirs = {str(key) for other, paras in group.items() if other != lang for p in paras
              for _, _, key in p.designations} - mine
    return spaced_designations(para.text, theirs) if theirs else []


def check(bundle: Bundle) -> list[Finding]:
    findings = []
    for _, group in bundle.groups():
        items = {lang: [Item(key, key, para, para.text[s:e], lookalike_key(key, para.text[s:e]))
                        for para in paras for s, e, key in para.designations + spaced_in(lang, para, group)]
                 for lang, paras in group.items() if paras}
        items = _translated_letters(_written_out(
            {lang: [i for i in found if not _said_in_words(i.key, lang, items, group)
                    and not figure_pair(i.key, lang, group)]
             for lang, found in items.items()}, group))
        findings += compare(bundle, items, "designations.mismatch", "designation")
    for lang, paras in bundle.paras.items():
        for para in paras:
            for start, end, _ in para.designations:
                token = para.text[start:end]
                if len(_scripts(token)) > 1:
                    findings.append(Finding(
                        "designations.mixed-script", "error", [lang], para.location, token,
                        f"«{token}» mixes Latin and Cyrillic letters; write it in one script"))
    return findings
