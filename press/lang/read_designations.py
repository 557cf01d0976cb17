"""Designations (MS-28, МС-28, Су-35, COVID-19, ТУ-154М): read once, for writing and checking.

A designation names a craft, a programme or a standard and is written the same in every
language, transliterated between scripts (МС-28 is MS-28). The checker compares them across the
versions of a release (press.check.designations); machine translation keeps each one out of the
engine's reach (press.translate.protect). Both read them here, so what translation keeps is
exactly what the checker compares.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from press.lang.numbers import CURRENCY_CODES

DESIGNATION_RE = re.compile(
    r"(?:(?<![\w\-‐])|(?<=\b[aA]l[-‐])|(?<=\b[eE]l[-‐])|(?<=\b[аА]ль[-‐])|(?<=\b[әӘ]л[-‐])"
    r"|(?<=\b[эЭ]ль[-‐]))"
    r"([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІa-zа-яёәғқңөұүһі]{0,11})[-‐ ]?"
    r"(\d{1,4}(?:[A-ZА-Я]{1,3}|[a-zа-я]{1,3})?(?:-\d{3})?)(?::((?:19|20)\d{2}))?"
    r"(?![\w]|[.,:]\d|[ \u00a0\u202f\u2009]\d{3}(?!\d))"
)
"""Letters and a number: MS-28, Су-35, COVID-19, A321LR, A320neo (up to three letters after the
number), A350-900 (a series after it), KazEOSat-3 and a ship «Түркістан-2» (a capitalised word
hyphened to a small number, after an Arabic article too: al-Farabi-3, «әл-Фараби-3»); a
standard's edition year after a colon (PBD 24:2007), part of it. Not an acronym before a
figure grouped in thousands ("CMAC 1 200 шаршы шақырым": the subject, then 1,200)."""
_TRANSLIT = str.maketrans({
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "E", "Ж": "ZH", "З": "Z",
    "И": "I", "Й": "Y", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R",
    "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH",
    "Ы": "Y", "Э": "E", "Ю": "YU", "Я": "YA", "Ә": "A", "Ғ": "G", "Қ": "Q", "Ң": "N", "Ө": "O",
    "Ұ": "U", "Ү": "U", "Һ": "H", "І": "I",
})
"""Cyrillic → Latin as designations are transliterated: МС-28 is MS-28, Су-35 is Su-35."""


def _is_designation(letters: str, number: str, text: str, start: int) -> bool:
    """Upper-case letters (МС, COVID), or Су-35 style, or a capitalised word hyphened to a
    number of one to three digits (KazEOSat-3, «Түркістан-2»); not an ordinary word before a
    number, a currency code before an amount, or one capital letter spaced from a number (С 17
    по 23)."""
    if letters in CURRENCY_CODES:
        return False
    if len(letters) == 1 and text[start + 1:start + 2] == " ":
        return False
    if letters.isupper() and len(letters) <= 6:
        return True
    hyphened = text[start + len(letters):start + len(letters) + 1] in "-‐"
    return letters[0].isupper() and hyphened and (len(letters) <= 3 or number.isdigit() and len(number) <= 3)


def _age_band(text: str, start: int) -> bool:
    """An age group ("Under-8", "U16"): a limit read_numbers reads as a figure, no designation."""
    from press.lang.read_numbers import AGE_BAND_RE

    return bool(AGE_BAND_RE.match(text, start))


def _event_year(text: str, start: int) -> bool:
    """A name hyphened to a year («ЭКСПО-2027»): the event's year, which read_numbers reads."""
    from press.lang.read_numbers import EVENT_YEAR_RE

    return bool(EVENT_YEAR_RE.match(text, start))


_SPACE = "[ \u00a0\u202f\u2009]"
_SLASHED_RE = re.compile(rf"(?<![\w/.,])(?<!\d{_SPACE})(?:[A-Z]{{1,4}}/)*"
                         rf"(?P<key>\d{{1,4}}(?:/\d{{1,4}}){{1,2}})(?![\w/]|[.,]\d|{_SPACE}\d{{3}}(?!\d))")
"""Numbers joined by slashes: UN resolution 64/35, A/RES/76/300 (the key is the numbers). Not
where a number grouped in thousands is cut: «(1 245/5 887)» is a from/to pair of figures,
1,245 and 5,887, which read_numbers reads, not a designation 245/5."""
_SLASH_SYMBOL_RE = re.compile(r"(?<![\w/.\-])[A-Z][A-Za-z]*(?:\.[A-Z][A-Za-z]*)?"
                              r"(?:/[A-Za-z0-9]+(?:\.\d+)?){2,6}(?![\w/])")
"""A document or project symbol of slashed parts, letters and numbers (GCP/KAZ/011/GFF,
SUM.DOC/1/10/Corr.1), which no version translates: the whole symbol is its key."""
_DIGIT = re.compile(r"\d")
_TIEBREAK_BEFORE = re.compile(r"\d[-–:]\d\s*\(\Z")
"""A set score before a bracket: the tie-break's points follow (6-3, 7-6 (7/4)), no designation."""
STANDARD_BODIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ISO", ("ISO", "ИСО")),
    ("IEC", ("IEC", "МЭК", "ХЭК")),
    ("EN", ("EN", "ЕН")),
    ("GOST R", ("ГОСТ Р", "GOST R")),
    ("GOST", ("ГОСТ", "GOST", "МЕМСТ")),
    ("ST RK", ("СТ РК", "ST RK", "ҚР СТ")),
    ("ASTM", ("ASTM",)), ("DIN", ("DIN",)), ("BS", ("BS",)), ("MS", ("MS",)), ("ANSI", ("ANSI",)),
    ("IEEE", ("IEEE",)), ("NFPA", ("NFPA",)), ("JIS", ("JIS",)), ("GB/T", ("GB/T",)), ("OIML", ("OIML",)),
    ("SNI", ("SNI",)),
)
"""Bodies that publish standards, each with how the languages write it (ISO is ИСО, IEC МЭК in
Russian and ХЭК in Kazakh, ГОСТ is GOST and Kazakh МЕМСТ, a national standard of Kazakhstan СТ
РК, ST RK, Kazakh ҚР СТ), in the order in which one names a standard adopted by several (ISO/IEC
17025, EN ISO 13485 are ISO's). A standard is its first body in this order, its number, its part
and its edition year (ISO 9001:2015, IEC 60825-1:2014, ГОСТ Р 51074-2003, СТ РК 1613-2006)."""
_BODY_OF = {form: n for n, (_, forms) in enumerate(STANDARD_BODIES) for form in forms}
"""Each way of writing a body → its place in STANDARD_BODIES."""
_BODY = "|".join(sorted(map(re.escape, _BODY_OF), key=len, reverse=True))
_STANDARD_RE = re.compile(
    rf"(?<![\w\-‐/])(?P<bodies>(?:{_BODY})(?:[ /](?:{_BODY}))*)[ \u00a0]"
    r"(?P<number>[A-Z]?\d{3,6}(?:\.\d{1,3})?|\d{1,2}\.\d{1,3}(?=[:\-‐](?:19|20)\d{2}))"
    r"(?:[-‐](?P<part>\d{1,3}))?(?:[:\-‐](?P<year>(?:19|20)\d{2}))?"
    r"(?![\w‐]|-\d|[.,]\d)")
"""A standard: its bodies, its number (a letter before it: ASTM D6751; a short one with dots only
before its year: СТ РК 1.5-2004), part and edition year."""


def _standard_key(match: re.Match[str]) -> str:
    """The key of a standard, the same in every script: IEC 60825 part 1:2014."""
    body = STANDARD_BODIES[min(_BODY_OF[b] for b in re.findall(_BODY, match.group("bodies")))][0]
    part = f" part {match.group('part')}" if match.group("part") else ""
    year = f":{match.group('year')}" if match.group("year") else ""
    return f"{body} {match.group('number')}{part}{year}"


_REGISTRATION_RE = re.compile(r"(?<![\w\-‐/.,])\d{1,6}(?:[-‐](?:[A-Z]{1,6}|\d{1,6})){2,5}"
                              r"(?![\w\-‐/]|[.,]\d)")
"""A registration number that opens with digits, joined by dashes to letters and more digits (a
tender 2026-ALM-0417): read whole, a digit changed anywhere in it differs. With a slash it is a
symbol after a number's hyphen («№ 17-WHO/2019»), read as `_COMPOUND_RE` reads it."""


_CODE_RE = re.compile(r"(?<![\w\-‐/.,])(?P<key>\d{1,4}(?:[A-Z]{1,3}\d{1,8})+[A-Z]?"
                      r"|\d{1,4}-(?:X{0,3})(?:IX|IV|V?I{0,3})(?<!-))(?![\w\-‐])"
                      r"|\b[A-Z][a-z]{2,9} (?P<model>\d{3}-\d{1,2})(?![\w\-‐])")
"""Codes that begin with a digit: a programme 7M03103, a law 214-VIII (its number and the
convocation in Roman numerals), an aircraft model after its maker's name (Boeing 787-9; a
series of one or two digits, so that "May 120-150" stays a range): written the same in every
language."""


_SIGNED_CODE_RE = re.compile(r"(?:№|\bNo\.?)[ \u00a0]?(?P<key>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9]+"
                             r"(?:[.\-‐][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9]+)+)(?![\w\-‐/]|[.,]\d)")
"""A code after the number sign whose parts, letters and digits, are joined by dots or dashes
(certificate № LT.ATO.012, loan No. 9610-KZ): read whole, so a digit or a letter changed in any
part differs (a swapped 021, a KG for KZ); its Cyrillic letters transliterated (№ 1241-Н is No.
1241-N). Not a symbol with a slash (№ 17-WHO/2019), which `_SLASHED_RE` reads."""
_CAPITAL_ANY = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")
"""A capital letter of either script: a code after № has one (a plain № 715 is a number)."""


_MIXED_CODE_RE = re.compile(r"(?<![\w\-‐/.])(?P<key>[A-Z]{1,4}\d[A-Z0-9]{3,14})(?![\w\-‐/]|[.,]\d)")
"""A code of capitals and digits that opens with a letter: a research grant G0A1826N, a Kazakh
state grant AP19680143. Read whole (`_mixed_code`), so a digit or a letter changed anywhere in it
differs; shorter models (A321LR, TU154M) are read by `DESIGNATION_RE`."""


_DASHED_CODE_RE = re.compile(r"(?<![\w\-‐/.])(?P<key>[A-Z]{1,4}(?:[-‐][A-Z0-9]{1,8}){1,5})"
                             r"(?![\w\-‐/]|[.,]\d)")
"""A code that opens with capitals and joins its parts by dashes: an aircraft's registration
mark UP-E9501, a certificate RK-VP-3-1127. Read whole (`_dashed_code`), so a digit changed in a
middle part differs too."""


def _dashed_code(key: str) -> bool:
    """Three parts or more, or a part of letters and digits, with a digit: no plain letters and
    number (KC-931, COVID-19), which `DESIGNATION_RE` reads."""
    parts = re.split("[-‐]", key)
    return any(ch.isdigit() for ch in key) and (len(parts) >= 3 or any(
        any(ch.isdigit() for ch in part) and any(ch.isalpha() for ch in part) for part in parts))


_DIGITS_AGAIN = re.compile(r"\d[A-Z]+\d")
"""Digits, letters, digits again inside a code (G0A1826N)."""


def _mixed_code(token: str) -> bool:
    """Five digits or more (AP19680143), or digits again after letters that follow digits
    (G0A1826N): an identifier, not a model's number with a suffix."""
    return sum(ch.isdigit() for ch in token) >= 5 or _DIGITS_AGAIN.search(token) is not None


_SYMBOL_RE = re.compile(r"(?<![\w/.])(?P<key>[A-Z]{1,5}(?:-[A-Z]?\d{1,4}|-[A-Z]{1,3})*"
                        r"(?:/[A-Z0-9]{1,6})*/(?:L\.|[A-Z]{2,4}\.)?\d{1,4}(?:\.\d{1,3})?)"
                        r"(?![\w/]|\.\d)")
"""Document symbols with a draft's L. number (A/HRC/61/L.7), a series (S/RES/2231) or a
decision of a numbered session (the OPCW's C-31/DEC.9, EC-105/DEC.1): the whole symbol is the
key, so another decision of the same session differs."""


_SESSION_SYMBOL_RE = re.compile(r"(?<![\w/.\-‐])(?P<key>[A-Z]{2,6}\.\d{1,4}"
                                r"(?:/(?:[A-Z][A-Za-z]{1,3}\.)?\d{1,4})+)(?![\w/]|\.\d)")
"""A UN body's document symbol of its session and a number, or a decision or resolution of it:
UNIDO's Industrial Development Board IDB.54/12, its decision IDB.54/Dec.7, the General
Conference's GC.20/Res.2. The whole symbol is the key, so the session or the number changed
differs."""


_DOTTED_RE = re.compile(r"(?<![\w/.\-‐])(?P<key>[A-Z]{2,6}(?:\.\d{1,4}|\d{1,4}\.[A-Z]?\d{1,4})"
                        r"(?:\.[A-Z]?\d{1,4})*(?:\(\d{1,3}\))?)(?![\w/]|[.,]\d)")
"""A body's symbol whose numbers are joined by dots: a World Health Assembly resolution WHA72.2
(session 72, resolution 2), an Executive Board one EB154.R5, an IMO committee's MSC.416(97) (and
its session in brackets). Written the same in every language; the whole symbol is the key, so a
digit changed anywhere in it differs (a decimal would read WHA72.2 as 72.2 beside letters)."""


NUMBERED_TERMS_FILE = Path(__file__).resolve().parent / "numbered_terms.txt"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_N = r"(\d{1,2}|[IVX]{1,5})"


def _form_pattern(form: str) -> str:
    """One form of a numbered term as a pattern: any case, a capital kept (Euro 5, not «евро 5»);
    a space is any space, a hyphen any hyphen."""
    head, rest = (re.escape(form[0]), form[1:]) if form[0].isupper() else ("", form)
    body = "".join(_N if part == "{n}" else r"[\s\u00a0]+" if part == " " else "[-‐]" if part == "-"
                   else re.escape(part) for part in re.split(r"(\{n\}| |-)", rest) if part)
    return f"{head}(?i:{body})"


@cache
def _numbered_terms() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(key, pattern) of each line of numbered_terms.txt, its forms longest first."""
    terms = []
    for line in NUMBERED_TERMS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, forms = (part.strip() for part in line.partition("|"))
        ordered = sorted((f.strip() for f in forms.split(";") if f.strip()), key=len, reverse=True)
        alternatives = "|".join(_form_pattern(form) for form in ordered)
        terms.append((key, re.compile(rf"(?<![\w\-‐])(?:{alternatives})(?![\w‐]|[.,:]\d|-\d)")))
    return tuple(terms)


def _roman_or_digits(number: str) -> int:
    """12 or XII as a number (Euro V is Euro 5)."""
    if number.isdigit():
        return int(number)
    values = [_ROMAN_VALUES[ch] for ch in number]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))


def find_numbered_terms(text: str) -> list[tuple[int, int, str]]:
    """Common nouns named with a number (numbered_terms.txt): an emission standard «Евро-5»,
    a sport's variant «регби-7», "rugby sevens"; each span once, the first line's key. Compared
    as designations, yet words each language translates: machine translation does not keep them
    verbatim as it keeps `find_designations`."""
    found: list[tuple[int, int, str]] = []
    for key, pattern in _numbered_terms():
        for m in pattern.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, _ in found):
                n = next((g for g in m.groups() if g), None)
                found.append((m.start(), m.end(), key.replace("{n}", str(_roman_or_digits(n))) if n else key))
    return found


_CAPITAL = re.compile(r"[A-Z]")
_AMOUNT = re.compile(rf"(?:{'|'.join(sorted(CURRENCY_CODES))})\d")


def _amount(token: str) -> bool:
    """A currency's code glued to a figure (USD1.2 million, KZT143600): an amount read_numbers
    reads, not a symbol of letters and numbers (WHA72.2, AP19680143)."""
    return _AMOUNT.match(token) is not None


def find_designations(text: str, terms: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, key) of each designation; the key is the same in every script. With
    *terms*, also the numbered common nouns (`find_numbered_terms`), which the checker compares
    and translation translates."""
    from press.lang.read_numbers import CUP_ROUND_RE  # a round of a cup is a figure read there

    signed = [(m.start("key"), m.end("key"), m.group("key").translate(_TRANSLIT))
              for m in _SIGNED_CODE_RE.finditer(text)
              if _DIGIT.search(m.group("key")) and _CAPITAL_ANY.search(m.group("key"))]
    found = signed + (find_numbered_terms(text) if terms else []) \
        + [(m.start(), m.end(), m.group("key")) for m in _SLASHED_RE.finditer(text)
           if not CUP_ROUND_RE.match(text, m.start("key"))
           and not _TIEBREAK_BEFORE.search(text, 0, m.start())]
    found += [(m.start(), m.end(), m.group().upper()) for m in _SLASH_SYMBOL_RE.finditer(text)
              if _DIGIT.search(m.group()) and not any(s < m.end() and m.start() < e for s, e, _ in found)]
    for m in _STANDARD_RE.finditer(text):
        found.append((m.start(), m.end(), _standard_key(m)))
    found += [(m.start(), m.end(), m.group().replace("‐", "-")) for m in _REGISTRATION_RE.finditer(text)
              if _CAPITAL.search(m.group())
              and not any(s < m.end() and m.start() < e for s, e, _ in found)]
    patterns = (_SESSION_SYMBOL_RE, _DOTTED_RE, _CODE_RE, _SYMBOL_RE, _MIXED_CODE_RE, _DASHED_CODE_RE)
    for pattern in patterns:
        for m in pattern.finditer(text):
            if pattern is _MIXED_CODE_RE and not _mixed_code(m.group("key")) or _amount(m.group()) \
                    or pattern is _DASHED_CODE_RE and not _dashed_code(m.group("key")):
                continue
            key = m.lastgroup if m.lastgroup in ("key", "model") else "key"
            if not any(s < m.end(key) and m.start(key) < e for s, e, _ in found):
                found.append((m.start(key), m.end(key), m.group(key)))
    taken = [(s, e) for s, e, _ in found]
    for match in DESIGNATION_RE.finditer(text):
        letters, number = match.group(1), match.group(2)
        if not _is_designation(letters, number, text, match.start()) or _age_band(text, match.start()) \
                or number.isdigit() \
                and len(number) == 4 and " " in match.group() or _event_year(text, match.start()):
            continue
        if " " in match.group() and (not letters.isupper() or _measured(text, match.end())
                                     or _counts_next(text, match.end())) \
                or any(s < match.end() and match.start() < e for s, e in taken):
            continue
        edition = f":{match.group(3)}" if match.group(3) else ""
        key = f"{letters.upper().translate(_TRANSLIT)}-{number.upper().translate(_TRANSLIT)}{edition}"
        found.append((match.start(), match.end(), key))
    return sorted(_with_compounds(text, found))


def _with_compounds(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """*found* with each compound designation read whole: one of slashes and dashes (A-10427/11-2025)
    in place of the parts read inside it (11-2025, 10427/11), one of slashes alone (A/RES/76/300
    stays its numbers, 76/300, as a version that writes «резолюция 76/300») only where nothing is."""
    compounds = [(m.start(), m.end(), m.group().upper().translate(_TRANSLIT))
                 for m in _COMPOUND_RE.finditer(text) if _compound(m.group())]
    whole = [c for c in compounds if re.search("[-‐]", c[2])]
    kept = [f for f in found if not any(s <= f[0] and f[1] <= e for s, e, _ in whole)]
    return kept + [c for c in compounds if c in whole
                   or not any(s < c[1] and c[0] < e for s, e, _ in kept)]


_PART = "[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9]{1,12}"
_COMPOUND_RE = re.compile(rf"(?<![\w\-‐/.])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{{1,6}}(?:[-‐/]{_PART}){{2,5}}"
                          r"(?![\w\-‐/]|[.,]\d)")
"""A compound designation that opens with its letters, then numbers and letters joined by slashes
and dashes (a notice A-10427/11-2025, a case ВС-1234/2026-2): read whole, so a digit swapped
anywhere in it differs. After a number («№ 17-WHO/2019») the symbol is read as one still."""


def _compound(token: str) -> bool:
    """Slashes and a letter or a long number: not a date (11/12/2025) nor a ratio (24/7)."""
    return "/" in token and (any(ch.isalpha() for ch in token) or re.search(r"\d{5}", token) is not None) \
        and sum(part.isdigit() for part in re.split(r"[-‐/]", token)) >= 2


_LATIN_AS_CYRILLIC = str.maketrans("ABCEHKMOPTXY", "АВСЕНКМОРТХУ")


def lookalike_key(key: str, token: str) -> str | None:
    """The key of a Latin designation read as the Cyrillic letters it looks like (C5+1 is
    «С5+1», the Central Asia format Russian and Kazakh write with a Cyrillic С: key S-5);
    None when its letters are not all look-alikes or the reading is the same."""
    letters, sep, number = key.partition("-")
    if not sep or not token[:1].isascii() or not letters.isascii() \
            or set(letters) - set("ABCEHKMOPTXY"):
        return None
    other = letters.translate(_LATIN_AS_CYRILLIC).translate(_TRANSLIT)
    return f"{other}-{number}" if other != letters else None


_SERIES_NUMBER = re.compile(r"[A-Z]{1,5}(?:/[A-Z]{1,6})+/(\d{1,5})")


def serial_number(key: str) -> int | None:
    """The number of a document symbol made of a body's letters and one number (S/RES/2231: the
    Security Council's resolution 2231), which another version may give alone ("resolution 2231",
    «резолюция 2231»); else None."""
    match = _SERIES_NUMBER.fullmatch(key)
    return int(match.group(1)) if match else None


def named_number(key: str) -> int | None:
    """The number of a designation of one letter and a number (G-20, G-7), which the other
    languages write as the number in words («Группа двадцати», «Үлкен жиырмалық»); else None."""
    letters, _, number = key.partition("-")
    return int(number) if len(letters) == 1 and number.isdigit() else None


_NEXT_WORD = re.compile(r"\s*(%|[^\W\d_]+)")


def _measured(text: str, end: int) -> bool:
    """True when a unit or a scale word follows the number (ЖІӨ 6 пайыздан, GDP 6 per cent,
    «через ПРООН 300 тысяч долларов»): an abbreviation spaced from an amount, not a
    designation (COP 29)."""
    from press.lang.read_numbers import is_scale_word, unit_of
    from press.lang.table import LANGS

    word = _NEXT_WORD.match(text, end)
    return word is not None and (word.group(1) == "%" or any(
        unit_of(word.group(1), lang) or is_scale_word(word.group(1), lang) for lang in LANGS))



_KK_COUNTED = re.compile(r"(?:да|де|та|те|дағы|дегі|тағы|тегі|ға|ге|қа|ке|дың|дің|тың|тің|ның|нің)\Z")
"""Case endings (and -ғы) on a Kazakh noun a numeral counts: «46 елдегі», «30 қаладағы», «12 елдің»
(not the accusative -ды/-ді, which a verb's past tense shares: «COP 29 өтті»; nor the ablative,
which a designation's own complement takes: «МС 21 сынақтан өтті», MS-21 passed its tests)."""
_KK_POSSESSED = re.compile(r"(?:ы|і)н(?:да|де|дағы|дегі|ан|ен|нан|нен|а|е)\Z|(?:ы|і)(?:ның|нің)\Z")
"""A case ending after the third-person possessive (саммит-і-нде, ая-сы-нда, конференция-сы-ның):
the noun is the head of a name before it («COP 29 саммитінде», the COP 29 summit), no count."""


def _counts_next(text: str, end: int) -> bool:
    """True when the number is the count of the lower-case Kazakh noun after it, so that the
    capitals before it are the clause's subject, not the number's letters: Kazakh puts the
    numeral before the noun it counts («JAKIM 46 елдегі 84 органды таниды», JAKIM recognises 84
    bodies in 46 countries), and a counted noun takes a case ending without the possessive a
    name's head takes («COP 29 саммитінде», «KC 982 рейсімен»). In Russian, where the genitive
    a numeral governs is also a flight's owner's («рейсом TK 33 авиакомпании»), only a noun of
    the things figures count is counted («в компоновке SCAT 136 пассажиров»)."""
    from press.lang.read_numbers import counted_noun

    word = _NEXT_WORD.match(text, end)
    if word is None or not word.group(1).islower() or not word.group(1).isalpha():
        return False
    if _RUSSIAN_WORD.fullmatch(word.group(1)) and counted_noun(word.group(1), "ru"):
        return True
    return bool(_KK_COUNTED.search(word.group(1))) and not _KK_POSSESSED.search(word.group(1))


_RUSSIAN_WORD = re.compile(r"[а-яё]+")
"""A lower-case word of Russian letters only (none of Kazakh's ә ғ қ ң ө ұ ү һ і)."""


_SPACED_RE = re.compile(r"(?<![\w\-‐])([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]{2,11})[ \u00a0](\d{1,3})"
                        r"(?![\w\-‐]|[.,:]\d)")
"""A capitalised word spaced from a small number (Kairat 2, Terminal 3)."""


def _same_letters(word: str, letters: str) -> bool:
    """A word transliterated is the letters of a designation, allowing one letter written
    otherwise between scripts (Kairat is Кайрат, KAYRAT)."""
    from press.lang.practical import one_edit

    latin = word.upper().translate(_TRANSLIT)
    return latin == letters or len(letters) > 3 and one_edit(latin, letters)


def spaced_designations(text: str, keys: set[str]) -> list[tuple[int, int, str]]:
    """The designations among *keys* (another version's, «Кайрат-2») that *text* writes with a
    space, as English writes a numbered name ("the Kairat 2 zone"): a capitalised word and a
    number, which alone read as no designation (Level 2, June 5) but as the one the other
    version names."""
    wanted = [(k.rpartition("-")[0], k.rpartition("-")[2], k) for k in keys if "-" in k]
    return [(m.start(), m.end(), key) for m in _SPACED_RE.finditer(text)
            for letters, number, key in wanted if m.group(2) == number and _same_letters(m.group(1), letters)]
