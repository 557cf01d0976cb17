"""Names across scripts: is a written form, in any case form, the same name as another?

A press release names people, places and organisations that no register lists. This module
says whether two written forms in English, Kazakh or Russian are the same name, the same name
misspelt, or different names, and how a name is romanised:

    compare_words(ru_word, en_word)   # Verdict("same" | "near" | "none", cost)
    romanise("Тоқаев")                 # "Tokayev", the state's English romanisation
    place_id("Венгрии", "ru")          # "T:HU", from CLDR (Babel)

Alignment compares stems (case endings off) by a weighted edit distance over a phonetic
skeleton, in which the ordinary variation between the scripts (х/kh/h, ж/zh/j, ө/o/u, doubled
s, the glide y, the vowels Russian writes for Kazakh ones) costs little and a real change of a
letter costs one. Kazakh surnames romanised in English are held to the state's romanisation,
Russian ones to any usual romanisation. Places are CLDR territories and time-zone cities and
Kazakhstan's regional centres; demonyms and language names (Hungarian, Kazakhstanis) are not
places.

`press.check.recognise` finds the names of a text; the checker and the termbase tools align
them with this module.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import product
from pathlib import Path

from press.lang import home_words, kazakh, practical, russian, transcription, transcription_model
from press.lang.tokens import Spelling, Token, spelt, tokens

# --- Transliteration ---------------------------------------------------------------------

FOREIGN_NAME_LINKS = frozenset({
    "de", "du", "des", "la", "le", "les", "et",  # French
    "do", "da", "dos", "das", "e",  # Portuguese
    "del", "della", "delle", "dei", "di", "y", "el", "los", "las",  # Spanish, Italian
    "van", "von", "der", "den", "het", "und", "zu",  # Dutch, German
    "och", "og", "ve"})  # Swedish, Danish and Norwegian, Turkish "and" (Stockholm Vatten och Avfall)
"""Articles and prepositions inside a name kept in its own language (Cité de la Musique, a
company's Portuguese name with do/da, Banco del Sur): the words of such a name are that
language's, not English or Russian spellings of a place (Alta Genetics do Brasil)."""

_FOREIGN_NAME_TAIL = re.compile(r"[A-Z][\w'’-]*\s+(?:" + "|".join(sorted(FOREIGN_NAME_LINKS)) + r")\s+\Z")


def in_foreign_name(text: str, start: int) -> bool:
    """The word at *start* follows a capitalised Latin word and a foreign link word (Genetics
    do │Brasil): a word of a name in its own language."""
    return bool(_FOREIGN_NAME_TAIL.search(text, max(0, start - 60), start))


FOREIGN_KIND_HEADS = frozenset({
    "palazzo", "piazza", "teatro", "museo", "castello", "villa", "via",  # Italian
    "palais", "place", "rue", "château", "musée",  # French
    "palacio", "plaza", "calle", "museu", "praça", "palácio",  # Spanish, Portuguese
    "schloss", "haus", "platz"})  # German
"""Kind words that open a building's, a square's or a street's name in its own language
(Palazzo Lombardia, Place de la Concorde, Schloss Bellevue): the name after one is that
language's word, no English spelling of the place (Lombardy) the text writes elsewhere."""

_FOREIGN_HEAD_TAIL = re.compile(r"\b([A-ZÀ-Þ][\w'’]*)\s+\Z")


def after_foreign_kind(text: str, start: int) -> bool:
    """The word at *start* follows a capitalised kind word of `FOREIGN_KIND_HEADS` (Palazzo
    │Lombardia)."""
    head = _FOREIGN_HEAD_TAIL.search(text, max(0, start - 30), start)
    return head is not None and head.group(1).lower() in FOREIGN_KIND_HEADS


_CYR_LATIN = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
    "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
_VOWELS_LATIN = frozenset("aeiouy")


def romanise(word: str) -> str:
    """*word* in the Latin spelling Kazakhstan's state bodies use in English (Тоқаев →
    Tokayev, Жақсыбеков → Zhaksybekov, Ерлан → Yerlan): е is ye at the start of a word and
    after a vowel, every other letter as in `_CYR_LATIN`."""
    out: list[str] = []
    for i, ch in enumerate(word):
        low = ch.lower()
        latin = _CYR_LATIN.get(low, ch)
        prev = word[i - 1].lower() if i else ""
        if low == "е" and (not prev or prev in "-" or prev in kazakh.VOWELS or prev in "ьъ"):
            latin = "ye"
        if ch.isupper() and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
    return "".join(out)


_STATE_LETTERS: dict[str, str] = {
    "а": "a", "ә": "a|ae|e", "б": "b", "в": "v", "г": "g", "ғ": "g|gh", "д": "d", "ж": "zh|j",
    "з": "z", "и": "i", "й": "y|i|", "к": "k", "қ": "k|q", "л": "l", "м": "m", "н": "n",
    "ң": "n|ng", "о": "o", "ө": "o|u|oe|e", "п": "p", "р": "r", "с": "s|ss", "т": "t",
    "у": "u|w", "ұ": "u", "ү": "u|ue|y", "ф": "f", "х": "kh|h", "һ": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ь": "", "ы": "y|i|u", "і": "i|y|e", "э": "e", "ю": "yu|iu|u",
    "я": "ya|ia|a", "ё": "yo|e",
}
"""Each Cyrillic letter and the spellings the state's romanisation admits for it."""

_USUAL_LETTERS: dict[str, str] = {
    **_STATE_LETTERS, "е": "e|ye|ie", "ё": "yo|e|io|jo|o", "ж": "zh|j|dj", "й": "y|i|j|",
    "х": "kh|h|ch", "ц": "ts|tz|c|z", "ч": "ch|tch", "щ": "shch|sch|sh", "ю": "yu|iu|ju|u",
    "я": "ya|ia|ja|a", "ы": "y|i", "ь": "|'", "э": "e", "г": "g|h",
}
"""The spellings any usual romanisation of a Russian name admits (Mikaev and Mikayev, Likhachev
for Лихачёв): only a letter none of them gives (Ryzhykov for Рыжиков) is a misspelling. The i
for ы is a Turkic name's own Latin letter ı written without its mark (Azerbaijani Qasımov,
Gasimov, Гасымов; Turkish Yıldız, Yildiz). The h for г is the name's own letter where Russian
writes г for it: Azerbaijani h (Hüseynov, Huseynov, Гусейнов; Həsənov, Гасанов — the
Azerbaijani-Russian practical transcription writes г), Ukrainian and Belarusian г, which their
national romanisations write h (Hryhorenko, Григоренко)."""

_KAZAKH_NAME_LETTERS: dict[str, str] = {**_USUAL_LETTERS, "ы": "y", "г": "g"}
"""The usual spellings of the Russian form of a KAZAKH name: its ы is y, as in the state's and
the passports' romanisation and in every romanisation of Russian (BGN/PCGN, ISO 9, GOST 7.79):
no Latin spelling of the name writes ı for it to lose a mark (Zhaksylikova is no romanisation of
Жаксылыкова, Temirkhanov none of Темырханов)."""


@lru_cache(maxsize=2048)
def _state_spelling(word: str, usual: bool = False, kazakh_name: bool = False) -> Spelling:
    """*word*'s Latin spellings letter by letter: the state's romanisation, or with *usual*
    any usual one (`_USUAL_LETTERS`, of a Kazakh name's Russian form `_KAZAKH_NAME_LETTERS`)."""
    parts = []
    letters = (_KAZAKH_NAME_LETTERS if kazakh_name else _USUAL_LETTERS) if usual else _STATE_LETTERS
    for i, ch in enumerate(word.lower()):
        prev = word[i - 1].lower() if i else ""
        if ch == "е" and not usual:
            alt = "ye|e" if not prev or prev == "-" or prev == "у" \
                else ("ye|ie" if prev in kazakh.VOWELS else "e")  # у a glide: Әуезов, Auezov
        else:
            alt = letters.get(ch, ch)
        parts.append(frozenset(alt.split("|")))
    return tuple(parts)


def follows_state_romanisation(latin: str, cyrillic: str) -> bool:
    """True when *latin* is one of the state's romanisations of *cyrillic* (both stems), or of
    the usual Russian form of its root (Urazalin for Оразалин: `kazakh.russian_forms`)."""
    plain = _plain_latin(latin)
    return any(spelt(plain, _state_spelling(form)) for form in kazakh.russian_forms(cyrillic.lower()))


def follows_a_romanisation(latin: str, cyrillic: str, kazakh_name: bool = False) -> bool:
    """True when *latin* is a usual romanisation of the Russian *cyrillic* (both stems), or of
    the usual Russian form of a Kazakh root in it (Urazalin for Оразалин); with *kazakh_name*,
    of the Russian form of a Kazakh name (`_KAZAKH_NAME_LETTERS`)."""
    plain = _plain_latin(latin)
    return any(spelt(plain, _state_spelling(form, True, kazakh_name))
               for form in kazakh.russian_forms(cyrillic.lower()))


def romanised_from(latin: NameWord, cyrillic: NameWord, state: bool = False,
                   kazakh_name: bool = False) -> bool:
    """True when the English *latin* romanises *cyrillic* in some case form of each, by the
    state's rules for a Kazakh name (or with *state*), by any usual ones for another
    (Sadvakassov of Садвакасова); with *kazakh_name*, the Russian *cyrillic* writes a Kazakh
    name (`_KAZAKH_NAME_LETTERS`)."""
    if state or is_kazakh_name(cyrillic.text):
        return any(follows_state_romanisation(a, b) for a in latin.stems for b in cyrillic.stems)
    return any(follows_a_romanisation(a, b, kazakh_name) for a in latin.stems for b in cyrillic.stems)


def english_pins_kazakh_letter(english: NameWord, native: NameWord, russian: NameWord) -> bool:
    """English settles which of the Russian spellings of a Kazakh name is the bearer's, and the
    Russian form is not it: English romanises the Kazakh form by the state's rules and no usual
    romanisation of the Russian form gives it (en Tursynbekov, kk Тұрсынбеков: ru Турсунбеков,
    a Russian spelling of Тұрсынбеков, is a slip for Турсынбеков; en Zhunusbekov would have
    pinned Жунусбеков). Russian spells Kazakh ұ ү і ы қ several ways (`kazakh.RUSSIAN_SPELLINGS`),
    and a passport romanises one of them: the version whose letter no other version writes is
    the odd one. Only a vowel written for a vowel: the consonants the practice writes otherwise
    (Сатпаев of Сәтбаев, Satbayev) and the vowels it leaves out (Тлеуберди of Тілеуберді,
    Tileuberdi) make a name's traditional Russian form, which English need not follow. English
    i still reads as Russian ы here: a Turkic neighbour's name, which Kazakh writes with its
    own letters, keeps its own romanisation (Berdimuhamedov, Бердімұхамедов, Бердымухамедов)."""
    return romanised_from(english, native, state=True) \
        and not romanised_from(english, russian) \
        and any(_vowels_only(r, kazakh.russian_letters(k)) for r in russian.stems for k in native.stems) \
        and not letter_for_letter(russian, native)


def letter_for_letter(russian: NameWord, native: NameWord) -> bool:
    """The Russian form writes the Kazakh one letter for letter (Жаксылыкова of Жақсылықова):
    no Russian spelling of a Kazakh letter for English to settle."""
    return any(r == kazakh.russian_letters(k) for r in russian.stems for k in native.stems)


_RUSSIAN_FOR_KAZAKH: dict[str, str] = {
    "а": "ая", "ә": "аяеэ", "е": "еэё", "ё": "ёе", "и": "ий", "й": "йи", "і": "иыеу", "ы": "ыиу",
    "о": "оа", "ө": "оуеёю", "ұ": "уо", "ү": "ую", "у": "ув", "э": "эе", "ю": "юу", "я": "яа",
    "ғ": "гх", "қ": "кх", "ң": "н", "һ": "хг", "ь": "ь", "ъ": "ъ",
}
"""The letters a Russian spelling of a Kazakh name writes for each Kazakh one, in the same
place (Булекпаев, Умирзаков, Абылкасымова of Бөлекпаев, Өмірзақов, Әбілқасымова); a consonant
not listed is written as it is."""
_KAZAKH_VOWELS = frozenset("аәеёиіоөұүуыэюя")


def russian_letter_off(russian: NameWord, native: NameWord) -> bool:
    """The Russian form of a Kazakh name, as long as the Kazakh one, writes exactly one letter
    no Russian spelling gives for the Kazakh letter in its place (Сейткалы of Сейтқали: ы for
    и), and no reading of the two is a usual spelling: a slip, not a tradition. Forms of
    another length (Садвакасов of Садуақасов) are not judged."""
    pairs = [(r, k) for r in russian.stems for k in native.stems if len(r) == len(k)]
    offs = [[(x, y) for x, y in zip(r, k, strict=True) if x not in _RUSSIAN_FOR_KAZAKH.get(y, y)]
            for r, k in pairs]
    best = min(offs, key=len, default=None)
    # a vowel only: a consonant may follow the Russian tradition (Сатпаев of Сәтбаев)
    return best is not None and len(best) == 1 and all(c in _KAZAKH_VOWELS for c in best[0])


def _vowels_only(a: str, b: str) -> bool:
    """Two Russian words (lower case) of one length with the same consonants in the same places."""
    return len(a) == len(b) and _consonants(a) == _consonants(b) \
        and all(x == y or (x in _VOWELS_RU and y in _VOWELS_RU) for x, y in zip(a, b, strict=True))


def english_off_agreed_form(english: NameWord, native: NameWord, russian: NameWord) -> bool:
    """The Russian form writes the Kazakh one letter for letter (`kazakh.russian_letters`:
    Турсынбеков of Тұрсынбеков) and no usual romanisation of it gives the English form
    (Tursunbekov): English is the odd one, though the state's letters admit u for a Kazakh ы
    (Bozum for Бозым, as Russian may write it), since the Russian form shows that no other
    spelling is meant."""
    return letter_for_letter(russian, native) and not romanised_from(english, russian, kazakh_name=True)


_VOWELS_RU = frozenset("аеёиоуыэюя")
_VOWEL_LETTERS = re.compile("[аеёиоуыэюяйь]")


def _consonants(russian: str) -> str:
    """The consonants of a Russian word (lower case), й and ь left out with the vowels."""
    return _VOWEL_LETTERS.sub("", russian)


def is_kazakh_name(word: str) -> bool:
    """A Kazakh-language name: spelt with a Kazakh letter (Бақаев, Әлімбаев, Тоқаев). The
    Arabic article Kazakh writes with its own ә (әл-Маджали, әр-Рашид) opens a foreign name,
    so its letter does not count."""
    return not kazakh.KAZAKH_LETTERS.isdisjoint(word[len(article_of(word)):])


def is_surname(word: str, lang: str = "") -> bool:
    """A surname of the -ов/-ев/-ин/-ұлы kind (Рыжиков, Жаксыбекова); with *lang*, in any
    case form (Бақаевпен)."""
    return any(_SURNAME.search(form) for form in (stems(word, lang) if lang else (word.lower(),)))


def is_kazakh_surname(word: str) -> bool:
    """A Kazakh surname (Бақаев, Жақсыбекова, Төлегенұлы): the names whose English form the
    state's romanisation fixes. Places and given names keep traditional English spellings
    (Baikonur for Байқоңыр, Murat Nurtleu), and Russian surnames are romanised in many ways
    (Mikaev, Mikayev), so only Kazakh surnames are held to it."""
    return is_kazakh_name(word) and bool(_SURNAME.search(word.lower()))


# --- The phonetic skeleton and the edit distance --------------------------------------------

_HACEK = str.maketrans({"ř": "rzh", "š": "sh", "č": "ch", "ž": "zh"})
"""The Czech, Slovak, Slovene, Croatian and Baltic letters with a háček, which Russian and Kazakh
write рж, ш, ч, ж (Dvořák Дворжак, Kolářová Коларжова, Šefčovič Шефчович): not the bare letter
that dropping the mark leaves (Дворак is a slip)."""


def _plain_latin(word: str) -> str:
    lower = word.lower().replace("ı", "i").replace("ł", "l").translate(_HACEK)
    decomposed = unicodedata.normalize("NFKD", lower)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


_GRAPHEMES = (("chzh", "J"), ("tsz", "J"), ("pkh", "f"), ("kkh", "H"), ("shch", "Щ"), ("dzh", "J"),
              ("dz", "J"), ("zh", "J"), ("kh", "H"), ("sh", "S"), ("ch", "C"),
              ("tts", "Z"), ("ts", "Z"), ("tz", "Z"), ("sz", "s"), ("cs", "C"), ("ph", "f"), ("w", "v"),
              ("x", "ks"), ("q", "k"), ("ck", "k"), ("'", ""), ("-", ""))


@lru_cache(maxsize=8192)
def skeleton(word: str) -> str:
    """*word* (either script) as a string of sound symbols for `distance`. Russian writes the
    aspirated p of Thai, Greek or Khmer names that English spells ph as пх (Пхукет, Phuket),
    the j of Chinese, Korean and Japanese names as цз, чж, дз (Цзиньпин, Чжи Хун, Кэндзи), the
    German tz as тц (Pritzker, Притцкер), and an English oo is the u it says (Ji-hoon, Хун); the
    aspirated k of a Khmer or Thai name, kh in English, is кх (Sokhom, Сокхом)."""
    lower = word.lower()
    if is_kazakh_name(lower):
        lower = _kazakh_marked(lower)
    if any("а" <= ch <= "я" or ch in "ёәғқңөұүһі" for ch in lower):
        lower = "".join(_CYR_LATIN.get(ch, ch) for ch in lower)
    else:
        lower = lower.replace("oo", "u")  # English only: Cyrillic оо is two vowels (ООН)
    lower = _plain_latin(lower)
    if lower.endswith("eus") and len(lower) > 5:  # Greek -eus is Russian -ей: Piraeus/Пирей, Orpheus/Орфей
        lower = lower[:-4 if lower.endswith("aeus") else -3] + "ey"
    for old, new in _GRAPHEMES:
        lower = lower.replace(old, new)
    return lower


_SKELETON_VOWELS = re.compile("[aeiouyαθυψιωζ]")
"""The vowels of a skeleton (`skeleton`), the Kazakh ones marked (`_KAZAKH_VOWEL_MARKS`)."""


def consonants(word: str) -> str:
    """The consonants of *word*'s skeleton (`skeleton`), in order."""
    return _SKELETON_VOWELS.sub("", skeleton(word))


def consonant_distance(a: str, b: str) -> float:
    """`distance` of the consonants of two words (either script): what the letters of two
    spellings say of a transcription when vowels are read many ways (Moujahid and Mujahid
    for Муджахид alike), but a consonant is its letter in most (Musonda, not Muzonda, for
    Мусонда: z is з but in a Spanish, Portuguese or Swedish reading)."""
    return distance(consonants(a), consonants(b))


def doubled_letters(word: str) -> frozenset[str]:
    """The consonants *word* (either script) writes doubled, as sounds (Hoffer: f; Маммадли:
    m; Mecca and Мекке alike: k). Vowels, the glides and s are left out: English writes ss for
    a single Kazakh or Russian с (Issetov, Vassilenko), Hungarian jj for й (Szijjártó); a
    double at the end, which Russian often writes once (Kellogg, Келлог), or before another
    consonant, which the transcription writes once (Mottley, Мотли; Pittsburgh, Питсбург);
    and two letters either side of a hyphen (Minh-Hang)."""
    sounds = [skeleton(part).replace("c", "k") for part in _PARTS.split(word)]
    return frozenset(m.group(1) for sound in sounds for m in _DOUBLED.finditer(sound)
                     if m.group(1) not in "aeiouyjsS")


def doubled_as_said(latin: str, cyrillic: str) -> frozenset[str]:
    """The consonants the Latin *latin* doubles as it is said where *cyrillic* transcribes it:
    a Spanish ll is one sound, ль or й (Mollá, Молья; Villaseñor, Вильясеньор), when the
    Spanish reading (`_spanish_reading`) says *cyrillic*, and closer than the letters do; else
    `doubled_letters` (Callaghan, Каллаган; Bellan, Беллан: two l). A ck is one k or two as
    *cyrillic* writes it: кк by the German tradition (Becker, Беккер; Dickens, Диккенс), к by
    the English (Jackson, Джексон)."""
    reading, target = _spanish_reading(latin), skeleton(cyrillic)
    said = distance(skeleton(reading), target)
    if reading != latin.lower() and said <= _SOUNDED and said < distance(skeleton(latin), target):
        return doubled_letters(reading)
    if "ck" in latin.lower() and "k" in doubled_letters(cyrillic):
        return doubled_letters(latin) | {"k"}
    return doubled_letters(latin)


_DOUBLED = re.compile(r"(.)\1(?!\Z|[^aeiouyаеёиоуыэюяәөұүі])")
_PARTS = re.compile(r"[-\s]+")


_CHEAP: dict[frozenset[str], float] = {}
for _group, _cost in ((("i", "y", "j"), 0.2), (("o", "u"), 0.35), (("a", "e"), 0.5), (("e", "i"), 0.5),
                      (("k", "H", "h", "g"), 0.35), (("J", "j", "Z", "C", "c", "z"), 0.35),
                      (("s", "S", "z"), 0.4), (("u", "v"), 0.4), (("k", "c"), 0.3), (("Z", "c", "s"), 0.3),
                      (("C", "S", "Щ"), 0.35), (("y", "J"), 0.35)):
    for _a in _group:
        for _b in _group:
            if _a != _b:
                _CHEAP[frozenset((_a, _b))] = min(_cost, _CHEAP.get(frozenset((_a, _b)), 9.0))
_CHEAP[frozenset(("h", "H"))] = 0.15
"""Latin h is Cyrillic х, Russian and Kazakh having no h (Mohamed/Мухаммед, Hamad/Хамад): the
regular correspondence of the scripts, not a change of sound."""
_SOFT_GAPS = {"y": 0.2, "h": 0.3, "j": 0.3, "i": 0.6, "e": 0.8, "ι": 0.4, "ω": 0.4, "ζ": 0.4, "υ": 0.4}
"""Letters that one script writes and another leaves out (Aliyev/Алиев, Rahmon/Рахмон)."""


@lru_cache(maxsize=65536)
def distance(a: str, b: str) -> float:
    """Weighted edit distance of two skeletons: 1 per changed letter, less for the usual
    variation between scripts and for doubled letters (Vassilenko/Василенко), and for the
    vowels Kazakh names are romanised or russified with (Samruk/Самұрық, Nurtleu/Нұртілеу,
    Karaganda/Қарағанды, Tulegenova/Төлегенова).

    The costs of leaving out each letter are read once per word, and the prices of a letter
    against the others once per row (`_CHEAP_BY_LETTER`: no pair built per cell). Two letters
    swapped (Дуебе for Деубе), a slip of one keystroke, cost one change, not two: tried only in
    a row whose letter differs from the one before, against the row two letters back. The first
    check of a release compares hundreds of new words."""
    return _distance_rows(a, b, _NO_LIMIT)


_NO_LIMIT = float("inf")


@lru_cache(maxsize=65536)
def distance_within(a: str, b: str, limit: float) -> float:
    """`distance(a, b)` when it is at most *limit*, else infinity: for a caller that takes a
    distance only under a bound (a reading that sounds as the name, a nearer form than the
    one it has), the rows stop as soon as no alignment can come back under it. Exact: the
    costs are never negative, so an alignment costs at least the cheapest cell of each row it
    passes, and a swap of two letters skips one row, never two."""
    return _distance_rows(a, b, limit)


def _distance_rows(a: str, b: str, limit: float) -> float:
    gaps_a, gaps_b = _gaps(a), _gaps(b)
    prev_row = [float(x) for x in range(len(b) + 1)]
    before: list[float] = []
    last_a = ""
    beyond = False  # the row before passed the limit in every cell
    for ca, gap_a in zip(a, gaps_a, strict=True):
        left = prev_row[0] + gap_a
        row = [left]
        prices = _CHEAP_BY_LETTER.get(ca, _NO_PRICES)
        swap = last_a if last_a and ca != last_a else ""
        for j, cb in enumerate(b, 1):
            sub = 0.0 if ca == cb else prices.get(cb, 1.0)
            left = min(prev_row[j - 1] + sub, prev_row[j] + gap_a, left + gaps_b[j - 1])
            if cb == swap and j >= 2 and b[j - 2] == ca:
                left = min(left, before[j - 2] + 1.0)
            row.append(left)
        if limit < _NO_LIMIT:
            if min(row) > limit and beyond:
                return _NO_LIMIT
            beyond = min(row) > limit
        before, prev_row = prev_row, row
        last_a = ca
    return prev_row[-1] if prev_row[-1] <= limit else _NO_LIMIT


_KAZAKH_VOWEL_MARKS = str.maketrans("әөұүіы", "αθυψιω")
"""Kazakh vowels kept apart from the Russian and Latin ones they are written with elsewhere
(Greek letters, which no name of a release has, so that `distance` can price them)."""
_FINAL_Y = re.compile(r"ω(?=-|\Z)")


def _kazakh_marked(lower: str) -> str:
    """A Kazakh word (lower case) with its Kazakh vowels marked, a final ы apart (ζ): Russian
    and English write a place's final ы as a (Қарағанды, Karaganda), never one inside a name
    (Сыдықова is not Садыкова)."""
    return _FINAL_Y.sub("ζ", lower.translate(_KAZAKH_VOWEL_MARKS))
_KAZAKH_VOWEL_COSTS = {
    "α": {"a": 0.0, "e": 0.3, "а": 0.0, "е": 0.3, "я": 0.3},
    "θ": {"o": 0.0, "u": 0.2, "e": 0.4, "о": 0.0, "у": 0.3, "ё": 0.3},
    "υ": {"u": 0.0, "o": 0.4, "у": 0.0, "о": 0.4},
    "ψ": {"u": 0.0, "y": 0.3, "i": 0.4, "у": 0.0, "ю": 0.3},
    "ι": {"i": 0.0, "y": 0.2, "e": 0.3, "и": 0.0, "ы": 0.2, "е": 0.3},
    "ω": {"y": 0.0, "i": 0.2, "u": 0.3, "ы": 0.0, "и": 0.2, "у": 0.3},
    "ζ": {"y": 0.0, "i": 0.2, "u": 0.3, "a": 0.4, "ы": 0.0, "и": 0.2, "у": 0.3, "а": 0.4, "ω": 0.0},
}
for _mark, _costs in _KAZAKH_VOWEL_COSTS.items():
    for _letter, _cost in _costs.items():
        _CHEAP[frozenset((_mark, _letter))] = _cost
_CHEAP_PAIRS: dict[tuple[str, str], float] = {
    (x, y): cost for pair, cost in _CHEAP.items() for x in pair for y in pair if x != y}
"""`_CHEAP` by ordered pairs of letters."""
_CHEAP_BY_LETTER: dict[str, dict[str, float]] = {}
for (_x, _y), _price in _CHEAP_PAIRS.items():
    _CHEAP_BY_LETTER.setdefault(_x, {})[_y] = _price
"""`_CHEAP_PAIRS` by the first letter: the prices of one letter against the others, which
`distance` reads once per row."""
_NO_PRICES: dict[str, float] = {}


@lru_cache(maxsize=16384)
def _gaps(word: str) -> tuple[float, ...]:
    """The cost of leaving out each letter of *word* (`_gap`), once per word: a word of a
    release is compared with many."""
    return tuple(_gap(word, i) for i in range(len(word)))


def _gap(word: str, i: int) -> float:
    ch = word[i]
    if (i and word[i - 1] == ch) or (i + 1 < len(word) and word[i + 1] == ch):
        return 0.15
    if ch == "g" and i + 1 == len(word) and word[i - 1:i] == "n":
        return 0.3  # a Chinese or Korean final ng Russian writes н (Jinping/Цзиньпин, Kang/Кан)
    if ch in "ae" and word[i + 1:i + 2] == "y" and i and word[i - 1] not in "aeiouy":
        return 0.4  # the vowel Russian puts before a glide after a consonant (Nahyan/Нахайян)
    return _SOFT_GAPS.get(ch, 1.0)


_CYR_FOLD = str.maketrans("ғқңһёэ", "гкнхее")
"""Kazakh consonants to their Russian counterparts (the vowels are marked, see
`_KAZAKH_VOWEL_MARKS`), ё and э to е."""


@lru_cache(maxsize=8192)
def _cyr_fold(word: str) -> str:
    lower = word.lower()
    if is_kazakh_name(lower):
        lower = _kazakh_marked(lower)
    return lower.translate(_CYR_FOLD).replace("дж", "ж").replace("ь", "").replace("ъ", "").replace("-", "")


_CYR_CHEAP = {frozenset(pair): cost for pair, cost in (
    (("и", "ы"), 0.2), (("о", "у"), 0.35), (("у", "в"), 0.4), (("υ", "в"), 0.4),
    (("е", "и"), 0.5), (("ы", "у"), 0.5))}
"""Cheap Kazakh ↔ Russian vowels (Бозымбаев/Бозумбаев: official variants of one surname)."""
_CYR_CHEAP_FOREIGN = {frozenset(pair): cost for pair, cost in (
    (("и", "ы"), 0.2), (("й", "и"), 0.2), (("у", "в"), 0.2), (("е", "и"), 0.5))}
"""The Kazakh ↔ Russian letters of a foreign name, which Kazakh otherwise writes as Russian does:
и or ы, the й Kazakh writes for Russian и after a vowel (Сайф/Саиф), у for в (Ясауи/Ясави), an
unstressed е Kazakh writes as said (Гутерриш/Гутерреш). Not о for у nor а for о (Сантусо,
Сантоса for Сантосо), nor a letter more or less (Дворак for Дворжак)."""
_CYR_CHEAP_MARKED = {pair: cost for pair, cost in _CYR_CHEAP.items() if "в" in pair or pair == {"о", "у"}}
"""The cheap pairs when a word is spelt with Kazakh letters: its vowels are marked then, and
the ones Kazakh shares with Russian are written so in Russian (Есімова is Есимова, never
Исимова), but for у as в (Садуақасов/Садвакасов) and о as у (Болат/Булат)."""


def _cyr_prices(cheap: dict[frozenset[str], float]) -> dict[str, dict[str, float]]:
    """A letter's prices against the other letters in `cyr_distance`: *cheap*'s pair, else
    `_CHEAP`'s (the scripts' usual variation), by the first letter of the ordered pair."""
    prices: dict[str, dict[str, float]] = {}
    for pair, cost in (*_CHEAP.items(), *cheap.items()):  # cheap's price wins
        for x in pair:
            for y in pair:
                if x != y:
                    prices.setdefault(x, {})[y] = cost
    return prices


_CYR_PRICES = {"marked": _cyr_prices(_CYR_CHEAP_MARKED), "foreign": _cyr_prices(_CYR_CHEAP_FOREIGN),
               "plain": _cyr_prices(_CYR_CHEAP)}
"""`cyr_distance`'s three price tables: a word in Kazakh letters, a foreign name's forms, other."""


_SOFT_SIGN_GLIDE = re.compile(r"[ьЬ](?=[яюеёЯЮЕЁ])")
"""Russian ь before я, ю, е, which Kazakh, writing no soft sign, spells и (Ильяс/Ілияс,
Марьям/Мәриям, Дарья/Дария): compared with a name in Kazakh letters, the Russian form's ь is и."""


@lru_cache(maxsize=65536)
def cyr_distance(a: str, b: str, foreign: bool = False) -> float:
    """Edit distance of two Cyrillic stems after Kazakh letters are folded to Russian ones,
    with the regular Kazakh ↔ Russian correspondences cheap (Төлеген/Тулеген, Садуақасов/
    Садвакасов, Бердімұхамедов/Бердымухамедов, Әзербайжан/Азербайджан).

    A word spelt with Kazakh letters is a Kazakh name, whose Russian form often has other
    vowels or fewer of them (Қарағанды/Караганда, Түркістан/Туркестан, Самұрық/Самрук):
    vowels then cost little. With *foreign*, a foreign name's forms, only the letters Kazakh
    writes for Russian ones in any name are cheap (`_CYR_CHEAP_FOREIGN`).

    As `distance`, the prices of a letter against the others are read once per row
    (`_CYR_PRICES`) and two letters swapped are tried only where they are, as there: a first
    check of new text compares thousands of Cyrillic stems."""
    kazakh_a, kazakh_b = is_kazakh_name(a), is_kazakh_name(b)
    table = "marked" if kazakh_a or kazakh_b else "foreign" if foreign else "plain"
    if kazakh_a != kazakh_b:  # the Russian form's ь before a vowel is the Kazakh one's и
        a, b = (a, _SOFT_SIGN_GLIDE.sub("и", b)) if kazakh_a else (_SOFT_SIGN_GLIDE.sub("и", a), b)
    a, b = _cyr_fold(a), _cyr_fold(b)
    return _cyr_rows(a, b, _CYR_PRICES[table])


def _cyr_rows(a: str, b: str, prices_of: dict[str, dict[str, float]]) -> float:
    """The weighted edit distance of folded stems *a* and *b* under *prices_of* (a letter's
    prices against others; 1 for a pair not in it), leaving out a letter as `_cyr_gap` says."""
    gaps_b = [_cyr_gap(cb) for cb in b]
    prev_row = [float(x) for x in range(len(b) + 1)]
    before: list[float] = []
    last_a = ""
    for i, ca in enumerate(a, 1):
        gap_a = _cyr_gap(ca)
        left = float(i)
        row = [left]
        prices = prices_of.get(ca, _NO_PRICES)
        swap = last_a if last_a and ca != last_a else ""
        for j, cb in enumerate(b, 1):
            sub = 0.0 if ca == cb else prices.get(cb, 1.0)
            left = min(prev_row[j - 1] + sub, prev_row[j] + gap_a, left + gaps_b[j - 1])
            if cb == swap and j >= 2 and b[j - 2] == ca:
                left = min(left, before[j - 2] + 1.0)
            row.append(left)
        before, prev_row = prev_row, row
        last_a = ca
    return prev_row[-1]


def _cyr_gap(ch: str) -> float:
    """What leaving out a letter of a folded Cyrillic stem costs: little for a Kazakh vowel
    Russian does not write (Қарағанды/Караганда), one for any other letter (й too: Сиярто is
    a slip for Сийярто)."""
    return 0.3 if ch in "ιωζυ" else 1.0


# --- East Asian names ----------------------------------------------------------------------

_EAST_ASIAN = (
    # Russian (and Kazakh) spelling: the English romanisations of the surname
    "ким kim|пак park pak bak|ли lee li yi rhee ly|чхве choi choe|чон jung jeong chung jeon chun|"
    "кан kang|чо cho jo|юн yoon yun|хан han|сон song sung sohn|мун moon mun|ан ahn an|хван hwang|"
    "квон kwon|рю ryu yoo|хон hong|нам nam|ко ko go|со seo suh|шин shin|син shin xin|ча cha|"
    "си xi|ван wang van|чжан zhang|лю liu|чэнь chen|ян yang|хуан huang|чжао zhao|чжоу zhou|"
    "сюй xu|сунь sun|ху hu|чжу zhu|гао gao|линь lin|хэ he|го guo|ма ma|ло luo|лян liang|"
    "чжэн zheng|се xie|тан tang|фэн feng|дэн deng|цай cai|цзян jiang|вэй wei|"
    "нгуен nguyen|чан tran|ле le|фам pham|хоанг hoang|фан phan|ву vu|во vo|данг dang|"
    "буй bui|до do|нго ngo|зыонг duong|чыонг truong"
)
"""The commonest Korean, Chinese and Vietnamese surnames: Russian and Kazakh write them as
Kontsevich's and Palladius's transcriptions (Пак, Чжан, Нгуен) that share few letters with the
English romanisation (Park, Zhang), and they open a name of short syllables (Пак Чжи Хун)."""


@cache
def _east_asian() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for entry in _EAST_ASIAN.split("|"):
        cyrillic, *latin = entry.split()
        table.setdefault(cyrillic, set()).update(latin)
        for form in latin:
            table.setdefault(form, set()).add(cyrillic)
    return {key: frozenset(value) for key, value in table.items()}


def east_asian_surname(word: str) -> bool:
    """*word* is a common Korean, Chinese or Vietnamese surname in any script (Пак, Park), a
    Vietnamese one with its marks too (Nguyễn, Trần, Đặng)."""
    return _unmarked(word) in _east_asian()


def _unmarked(word: str) -> str:
    """*word* in lower case without its Latin diacritics (Nguyễn nguyen, Đặng dang): the
    surname table writes Vietnamese names as English does, without the marks."""
    lower = word.lower()
    if lower.isascii() or not is_latin(lower):
        return lower
    bare = "".join(ch for ch in unicodedata.normalize("NFD", lower) if not unicodedata.combining(ch))
    return bare.replace("đ", "d")


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _east_asian_pair(a: str, b: str) -> bool:
    """*a* and *b* are one East Asian surname in two scripts (Park/Пак, Tran/Чан)."""
    return _unmarked(b) in _east_asian().get(_unmarked(a), ())


# --- Gazetteer: CLDR territories, cities and language names (Babel) ------------------------

_BABEL = {"en": "en", "kk": "kk", "ru": "ru"}


@cache
def gazetteer(lang: str) -> dict[str, str]:
    """Lower-case territory and city names of *lang* → a place id shared by the languages.

    Cities are CLDR's exemplar cities of the time zones; a zone whose city a locale does not
    translate is named as in its id (English: Asia/Almaty → Almaty). Deriving CLDR's part takes
    a large part of a second per language: it is kept in the user's cache (press.usercache),
    keyed by the versions of Babel and Python (its time-zone list)."""
    import sys

    import babel

    from press.usercache import cached

    key = f"babel {babel.__version__}, python {sys.version}, {_BABEL.get(lang, lang)}, rule {_GAZETTEER_RULE}"
    table = dict(cached(f"gazetteer-{lang}", key, lambda: _cldr_places(lang)))
    table.update(_EXTRA_PLACES.get(lang, {}))
    _add_data_places(table, lang)
    # Keys are looked up with ё read as е (text rarely prints ё) and the apostrophe straight (CLDR's
    # «Сёва», «Кот-д’Ивуар»; `stems` reads a word's ’ as '): keep them so.
    return {name.replace("ё", "е").replace("’", "'"): place for name, place in table.items()}


_GAZETTEER_RULE = 2
"""Bumped when `_cldr_places` changes, so that a kept table is derived again."""

_NO_PLACE = frozenset({"001"})
"""CLDR's region 001, the World (Весь мир, Әлем): the whole, which no version can lack, and a
common word inside other names (the Alpine Ski World Cup, Әлем кубогы, the World Bank)."""


def _cldr_places(lang: str) -> dict[str, str]:
    from babel import Locale

    locale = Locale.parse(_BABEL.get(lang, lang))
    table: dict[str, str] = {}
    for code, name in locale.territories.items():
        if code in _NO_PLACE:
            continue
        for variant in (name, name.split(" (")[0]):
            table.setdefault(variant.lower(), f"T:{code}")
    zones = locale.time_zones
    for zone in _zones():
        city = (zones.get(zone) or {}).get("city") or zone.rsplit("/", 1)[1].replace("_", " ")
        if city[:1].isupper():
            table.setdefault(city.lower(), f"C:{zone.rsplit('/', 1)[1]}")
    return table


@cache
def _zones() -> tuple[str, ...]:
    import zoneinfo

    return tuple(sorted(z for z in zoneinfo.available_timezones()
                        if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/", "Brazil/",
                                                          "Canada/", "Chile/", "Mexico/"))))


_EXTRA_PLACES = {
    "en": {"un": "T:UN", "eu": "T:EU", "us": "T:US", "usa": "T:US", "uk": "T:GB", "astana": "C:Astana",
           "turkey": "T:TR", "türkiye": "T:TR", "kyrgyz republic": "T:KG", "russia": "T:RU",
           "korea": "T:KR", "united states": "T:US", "america": "T:US"},
    "ru": {"оон": "T:UN", "ес": "T:EU", "евросоюз": "T:EU", "сша": "T:US", "астана": "C:Astana",
           "турция": "T:TR", "кыргызская республика": "T:KG", "корея": "T:KR", "америка": "T:US"},
    "kk": {"бұұ": "T:UN", "ео": "T:EU", "ақш": "T:US", "астана": "C:Astana", "түркия": "T:TR",
           "қырғыз республикасы": "T:KG", "корея": "T:KR", "америка": "T:US"},
}
"""Short forms CLDR lists under another name (Türkiye for Turkey; Республика Корея), the usual
abbreviations of its supranational names (UN, ООН, БҰҰ) and the capital, which has no time
zone of its own."""

PLACES_FILE = Path(__file__).resolve().parent / "places.txt"
"""The places CLDR does not give (Kazakhstan's cities and regions, neighbours' cities, border
crossings, rivers and reservoirs, former names), one a line: id | en | kk | ru | ru adjectives."""
DISTRICTS_FILE = Path(__file__).resolve().parent / "districts.txt"
"""Kazakhstan's districts and their towns by their official names, as `PLACES_FILE` with a
reading: "name" (a place's wherever it stands: the gazetteer has it) or "kind" (a place's only
where a kind noun governs it: `press.lang.kind_places`)."""

PlaceRow = tuple[str, dict[str, tuple[str, ...]], tuple[str, ...] | None]
"""(id, {lang: forms}, Russian adjectives or None for "make none") of one place."""


@cache
def _data_places() -> tuple[PlaceRow, ...]:
    """The places of `PLACES_FILE`, and those of `DISTRICTS_FILE` that are named so wherever
    they stand (not a district whose name is a common word or a person's: Тайынша, Абай)."""
    return tuple(row for row, _ in _place_rows(PLACES_FILE)) \
        + tuple(row for row, reading in _place_rows(DISTRICTS_FILE) if reading == "name")


@cache
def kind_place_rows() -> tuple[PlaceRow, ...]:
    """Every place of `DISTRICTS_FILE`, whatever its reading: where a kind noun governs a name
    («Тайынша ауданы»), the district's name is its, a common word or not."""
    return tuple(row for row, _ in _place_rows(DISTRICTS_FILE))


def _place_rows(path: Path) -> list[tuple[PlaceRow, str]]:
    """The rows of a places file, each with its reading ("name" when the file gives none)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        place, en, kk, ru, adjectives, *reading = (part.strip() for part in line.split("|"))
        forms = {lang: tuple(f.strip() for f in column.split(";") if f.strip())
                 for lang, column in (("en", en), ("kk", kk), ("ru", ru))}
        rows.append(((place, forms, None if adjectives == "-" else
                      tuple(a.strip() for a in adjectives.split(";") if a.strip())),
                     reading[0] if reading else "name"))
    return rows


def _add_data_places(table: dict[str, str], lang: str) -> None:
    for place, forms, _ in _data_places():
        for form in forms.get(lang, ()):
            table[form.lower().replace("’", "'")] = place  # ё is read as е by `gazetteer`


_RU_ADJECTIVE_ENDINGS = russian.ADJECTIVE_ENDINGS
_RU_ADJECTIVE_ENDINGS_LONGEST = tuple(sorted(_RU_ADJECTIVE_ENDINGS, key=len, reverse=True))


def adjectives_made(name: str) -> tuple[str, ...]:
    """The adjectives Russian usually makes from the place name *name* (Вена → венский,
    Сеул → сеульский, Караганда → карагандинский, Алматы → алматинский, Баку → бакинский,
    Брюссель → брюссельский, Казань → казанский, Нигерия → нигерийский, Словения → словенский,
    Мексика → мексиканский, Марокко → марокканский). Of the candidates one is the word; the
    others are stems no word begins with, which cost nothing where a word is matched by its stem
    (`_ru_place_adjectives` keeps only those pymorphy3 knows)."""
    last = name[-1:]
    if name.endswith("ск"):
        return (name + "ий",)
    if name.endswith(("ия", "ея")):  # the -ия of a country goes: нигерийский, словенский, корейский
        return (name[:-1] + "йский", name[:-2] + "ский")
    if last in "уо":  # Атырау → атырауский, Улытау → улытауский, Баку → бакинский
        return (name + "ский", name[:-1] + "инский", name[:-1] + "анский")
    if last in "аяыиеэ":
        return (name[:-1] + "ский", name[:-1] + "инский", name[:-1] + "анский")
    if last == "ь":
        return (name[:-1] + ("ьский" if name[-2:-1] == "л" else "ский"),)  # брюссельский, казанский
    return (name + ("ьский" if last == "л" else "ский"),)


_SPACES_HYPHENS = re.compile(r"[\s-]+")


def place_adjectives(forms: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """The adjectives (lower case, nominative) *lang* makes from a place named by *forms*: the
    one mechanism by which both the reading of a text and the check of a register tie an
    adjective or a demonym to its place.

    - CLDR (Babel): the language name of the territory's own language (`_own_language_words`:
      Slovenian, словенский, словен of «словен тілі» for Slovenia), which is the people's
      adjective in all three languages;
    - Russian -ский by `adjectives_made` (Шымкент → шымкентский, Словения → словенский);
    - Kazakh -лық/-лік by `kazakh.relational_adjective` of the name written as one word
      (Жаңа Зеландия → жаңазеландиялық), and with a final о read as а, as Kazakh adapts it
      (Марокко → мароккалық);
    - of every name the gazetteer gives the place besides *forms* (АҚШ is also Америка:
      америкалық).
    """
    found: list[str] = []
    table = gazetteer(lang)
    places = {p for form in forms if (p := table.get(form.lower().replace("ё", "е")))}
    names = [form.lower().replace("ё", "е") for form in forms if not form.isupper()]
    for form in dict.fromkeys(names + [n for p in sorted(places) for n in place_names(p, lang)]):
        if len(form) < 4:
            continue
        found += _own_language_words(lang).get(table.get(form, ""), ())
        if lang == "ru" and " " not in form:  # Усть-Каменогорск → усть-каменогорский
            found += adjectives_made(form)
        elif lang == "kk":
            joined = _SPACES_HYPHENS.sub("", form)
            found += [kazakh.relational_adjective(joined)]
            found += [kazakh.relational_adjective(joined[:-1] + "а")] if joined.endswith("о") else []
    return tuple(dict.fromkeys(found))


@cache
def _own_language_words(lang: str) -> dict[str, tuple[str, ...]]:
    """Territory id → the CLDR name in *lang* of its own language, one word (Kazakh: the word
    before тілі): the first official language of that territory and of no other (Slovenia's
    Slovenian, словенский, словен тілі; Mongolia's Mongolian, монгольский, моңғол тілі). Not
    Arabic, English or Greek, which several countries share; not a language of several words
    (Southern Sotho); not of a country named by several words, whose people's word is wider
    than the state (Macedonian of North Macedonia); not the people's word of a -stan country,
    which names the people, not the state (Kazakh, not Kazakhstani; қазақ, not қазақстандық).
    Asking Babel about every territory takes a tenth of a second: kept in the user's cache,
    keyed by Babel's version."""
    import babel

    from press.usercache import cached

    key = f"babel {babel.__version__}, {_BABEL.get(lang, lang)}, rule {_OWN_LANGUAGE_RULE}"
    return {place: tuple(words) for place, words in
            cached(f"own-language-{lang}", key, lambda: _cldr_own_language_words(lang)).items()}


_OWN_LANGUAGE_RULE = 1
"""Bumped when `_cldr_own_language_words` changes, so that a kept table is derived again."""


def _cldr_own_language_words(lang: str) -> dict[str, list[str]]:
    from babel import Locale
    from babel.languages import get_official_languages

    locale = Locale.parse(_BABEL.get(lang, lang))
    owners: dict[str, list[str]] = {}
    for code in Locale.parse("en").territories:
        if code.isalpha() and (official := get_official_languages(code)):
            owners.setdefault(official[0], []).append(code)
    table = {}
    for language, codes in owners.items():
        words = locale.languages.get(language, "").lower().removesuffix(" тілі").split()
        country = locale.territories.get(codes[0], "").lower()
        if len(codes) == 1 and len(words) == 1 and " " not in country \
                and not (country.endswith(("stan", "стан")) and country.startswith(words[0][:4])):
            table[f"T:{codes[0]}"] = [words[0]]
    return table


@cache
def _ru_place_adjectives() -> dict[str, str]:
    """Stems of Russian place adjectives (венск, бакинск) → place id: the gazetteer's data places'
    (made by the rules or listed), and CLDR cities' whose made adjective pymorphy3 knows
    (женевский, ташкентский; not a made word no one writes). A stem two places share is left out.
    Asking pymorphy3 about every city takes a fifth of a second: kept in the user's cache, keyed by
    the versions of Babel and pymorphy3 and the data file."""
    import hashlib

    import babel
    import pymorphy3

    from press.usercache import cached

    data = hashlib.sha256(PLACES_FILE.read_bytes() + DISTRICTS_FILE.read_bytes()).hexdigest()[:16]
    key = f"babel {babel.__version__}, pymorphy3 {pymorphy3.__version__}, places {data}, " \
          f"rule {_ADJECTIVE_RULE}"
    return dict(cached("ru-place-adjectives", key, _derive_ru_place_adjectives))


_ADJECTIVE_RULE = 3
"""Bumped when `adjectives_made` or `_derive_ru_place_adjectives` changes, so that a kept table
is derived again."""


def _derive_ru_place_adjectives() -> dict[str, str]:
    known = russian.analyzer().word_is_known
    found: dict[str, set[str]] = {}
    data = set()
    for place, forms, listed in _data_places():
        made = list(place_adjectives(forms.get("ru", ()), "ru"))
        for adjective in (list(listed) + made if listed is not None else []):
            found.setdefault(adjective[:-2], set()).add(place)
        data.update(f.lower() for f in forms.get("ru", ()))
    for name, place in gazetteer("ru").items():
        if place.startswith("C:") and " " not in name and name not in data:
            for adjective in adjectives_made(name):
                if known(adjective):
                    found.setdefault(adjective[:-2], set()).add(place)
    return {stem: next(iter(places)) for stem, places in found.items() if len(places) == 1}


@lru_cache(maxsize=4096)
def _ru_place_adjective(word: str) -> str | None:
    """The place a capitalised Russian adjective is made from, in any case form (Венской →
    Vienna, Бакинскую → Baku, Нарын-Сырдарьинского → the Syr Darya), else None."""
    lower = word.lower().replace("ё", "е")
    table = _ru_place_adjectives()
    for ending in _RU_ADJECTIVE_ENDINGS:
        stem = lower[:-len(ending)]
        if lower.endswith(ending) and stem.endswith("ск"):
            for key in (stem, stem.rpartition("-")[2]):
                if key in table:
                    return table[key]
    return None


@cache
def language_words(lang: str) -> frozenset[str]:
    """First words of CLDR language names in *lang* (Hungarian, венгерский, венгр)."""
    from babel import Locale

    names = Locale.parse(_BABEL.get(lang, lang)).languages.values()
    return frozenset(n.split()[0].lower() for n in names if n)


@cache
def _currency_nouns(lang: str) -> dict[str, tuple[str, ...]]:
    """Beginnings of the nouns CLDR's currency names put after a place or its adjective
    ("after": US dollar, АҚШ доллары, Saudi riyal, саудовский риял) or before a place
    ("before": доллар США). Deriving them takes a third of a second: kept in the user's cache."""
    import babel

    from press.usercache import cached

    key = f"babel {babel.__version__}, {_BABEL.get(lang, lang)}, rule {_CURRENCY_RULE}"
    return {side: tuple(nouns) for side, nouns in
            cached(f"currency-nouns-{lang}", key, lambda: _cldr_currency_nouns(lang)).items()}


_CURRENCY_RULE = 2
"""Bumped when `_cldr_currency_nouns` changes, so that a kept table is derived again."""


def _cldr_currency_nouns(lang: str) -> dict[str, list[str]]:
    from babel import Locale

    sides: dict[str, set[str]] = {"after": set(), "before": set()}
    for name in Locale.parse(_BABEL.get(lang, lang)).currencies.values():
        words = name.split(" (")[0].split()
        if len(words) < 2:
            continue
        if (len(words) == 2 and place_id(words[-1], lang)) or phrase_place(words[1:], lang):
            sides["before"].add(_noun_stem(words[0]))
        elif (len(words) == 2 and place_id(words[0], lang)) or phrase_place(words[:-1], lang):
            sides["after"].add(_noun_stem(words[-1]))
        elif len(words) == 2 and len(words[-1]) >= 4 and not words[-1].isupper():
            sides["after"].add(_noun_stem(words[-1]))  # after an adjective: Saudi riyal, саудовский риял
    return {side: sorted(n for n in nouns if len(n) >= 4) for side, nouns in sides.items()}


def _noun_stem(noun: str) -> str:
    """A currency noun without the Kazakh possessive ending its name gives it (доллары →
    доллар, теңгесі → теңге), so that every case form of it begins so. Stems shorter than
    four letters are left out by the caller: сол (Peru's sol) is also "that", "left"."""
    lower = noun.lower()
    bare = re.sub(r"(?<=[аәеиоөуұүыіэюя])с[ыі]$|(?<=[^аәеиоөуұүыіэюя])[ыі]$", "", lower)
    return bare if len(bare) >= 3 else lower


_NEXT_WORD = re.compile(r"[\s\u00a0]+(\w+)")
_PREVIOUS_WORD = re.compile(r"(\w+)[\s\u00a0]+\Z")


def in_currency_name(text: str, start: int, end: int, lang: str) -> bool:
    """The place at text[start:end] is part of a currency's name (US dollars, АҚШ доллары,
    долларов США): it names money, not the place, so no version must name the place."""
    if lang not in _BABEL:
        return False
    nouns = _currency_nouns(lang)
    after = _NEXT_WORD.match(text, end)
    before = _PREVIOUS_WORD.search(text[max(0, start - 40):start])
    return any(match and _currency_form(match.group(1).lower(), nouns[side])
               for match, side in ((after, "after"), (before, "before")))


def _currency_form(word: str, stems: tuple[str, ...]) -> bool:
    """*word* is a case form of a currency noun: its stem and an ending of four letters at
    most (долларынан, not солтүстігінде after Перу's сол)."""
    return word.startswith(stems) and any(word.startswith(stem) and len(word) - len(stem) <= 4
                                          for stem in stems)


_EN_DEMONYM_ENDINGS = ("is", "i", "iens", "ien", "ians", "ian", "ans", "an", "ese", "ish", "ers", "er",
                       "ns", "n", "s")
"""English demonym endings, the longest first (Nigeriens, Mauritians, Kuwaitis, Maltese, New
Zealanders, Icelanders)."""


HOME_PLACES = frozenset({"T:KZ", "C:Astana"})
"""The ministry's own country and capital: a version may leave them implied."""
def home_implied(place: str, text: str, lang: str, swapped: bool = False) -> bool:
    """*text* refers to the home place *place* without naming it (the capital, еліміз, the
    Government). With *swapped* (the version names another city where the others name the
    capital), only the capital's own words say Astana: "the Kazakh side" says the country."""
    pattern = home_words.pattern("capital" if swapped and place == "C:Astana" else "home", lang)
    return place in HOME_PLACES and (bool(pattern and _said_at_home(pattern, text, lang))
                                     or (place == "T:KZ" and _home_government(text, lang)))


_REST_OF_WORD = re.compile(r"\w*")


def _said_at_home(pattern: re.Pattern[str], text: str, lang: str) -> bool:
    """*pattern* (the home words) is in *text* as no word of a foreign place's: "the capital of
    the Maldives", «столицу Мальдивской Республики» (the owner after the word, in English with
    "of", in Russian in the genitive) name another country's capital, which says nothing of
    Astana. Kazakh puts the owner before («Мальдив астанасы»): «елордада Мексиканың елшілігі» is
    Mexico's embassy in the capital."""
    return any(not _of_foreign_place(text, match.end(), lang) for match in pattern.finditer(text))


def _of_foreign_place(text: str, end: int, lang: str) -> bool:
    """A foreign place owns the word ending at *end*: "of" and its name (English), its name
    in an oblique case or its adjective (Russian)."""
    after = _CAPITAL_WORD_AFTER.match(text, _REST_OF_WORD.match(text, end).end())
    if after is None or lang not in ("en", "ru") or not _foreign_place(after.group(1), lang):
        return False
    if lang == "en":
        return after.group().lstrip().startswith("of")
    return not any("nomn" in found.tag for found in parses(after.group(1))[:2])


_CAPITAL_WORD_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]*)")
_CAPITAL_WORD_BEFORE = re.compile(r"(^|[.!?]\s+)?([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]*)\s+\Z")
_HOME_ADJECTIVES = frozenset({"kazakh", "kazakhstani", "казахстанский", "казахстанского", "казахстанское",
                              "казахстанской"})


def home_word(word: str, lang: str) -> bool:
    """The home country or its adjective (Kazakhstan's, Kazakh, «Қазақстан», «Казахстана»): a
    title or body it qualifies is the home one (the Kazakh President, Қазақстан Үкіметі)."""
    return bool(word) and (word.lower() in _HOME_ADJECTIVES or place_id(word, lang) in HOME_PLACES)


def _home_government(text: str, lang: str) -> bool:
    """The Government said without a country ("the Government", «Правительство выделило»,
    «Үкімет бөлді») or with the home one («Қазақстан Үкіметі», "the Kazakh Government"): in a
    release of the ministry it is the home country's. Not "the Government of Pakistan",
    «Правительство Узбекистана», «Түркия Үкіметі», "the Pakistani Government"."""
    pattern = home_words.pattern("government", lang)
    return bool(pattern) and any(_government_at_home(text, m.start(), m.end(), lang)
                                 for m in pattern.finditer(text))


def _government_at_home(text: str, start: int, end: int, lang: str) -> bool:
    after = _CAPITAL_WORD_AFTER.match(text, end)
    if after and _foreign_place(after.group(1), lang):
        return False  # the Government of Pakistan, Правительство Узбекистана
    before = _CAPITAL_WORD_BEFORE.search(text[max(0, start - 40):start])
    if before is None or home_word(before.group(2), lang):
        return True
    word, opens_sentence = before.group(2), before.group(1) is not None
    if _foreign_place(word, lang):
        return False  # Түркия Үкіметі
    # the Pakistani Government: an English adjective of another country, not in the gazetteer
    return not (lang == "en" and not opens_sentence and place_id(word, lang) is None)


def _foreign_place(word: str, lang: str) -> bool:
    place = place_id(word, lang)
    return place is not None and place not in HOME_PLACES


_CAPITAL_AFTER = {
    "en": re.compile(r"(?:['’]s)?\s+capital\b", re.IGNORECASE),
    "kk": re.compile(r"\s+(?:астана|бас қала)\w*", re.IGNORECASE),
}
_CAPITAL_BEFORE = {
    "en": re.compile(r"\bcapital\s+of\s+(?:the\s+)?\Z", re.IGNORECASE),
    "ru": re.compile(r"\bстолиц\w*\s+\Z", re.IGNORECASE),
}
"""The words that make a country the gloss of its capital: Oman's capital, the capital of
Oman, Оман астанасы, столица Омана."""


def capital_gloss(text: str, start: int, end: int, lang: str) -> bool:
    """The country at *start*..*end* is said as the gloss of its capital («Оман астанасы Маскат»,
    "Muscat, the capital of Oman"): a version that names only the city says as much."""
    after, before = _CAPITAL_AFTER.get(lang), _CAPITAL_BEFORE.get(lang)
    return bool(after and after.match(text, end)) \
        or bool(before and before.search(text[max(0, start - 30):start])) \
        or _city_gloss(text, start, end, lang)


def seat_of_a_title(text: str, start: int, end: int) -> bool:
    """The place at *start*..*end* is the seat inside a title («Папа Римский», «Рим Папасы»,
    the Pope): the office, not the city, which another version names as "the Pope" alone."""
    return any(m.start() <= start and end <= m.end() for m in _SEAT_TITLE.finditer(text))


_SEAT_TITLE = re.compile(r"(?i:Пап[аыеуой]\w*\s+)Римск\w*|Римск\w+\s+(?i:пап)\w*|Рим\s+(?i:Папа)\w*"
                         r"|Roman\s+Pontiff|Bishop\s+of\s+Rome")
"""The Pope by his see: «Папа Римский», «Римский папа», «Рим Папасы», "Bishop of Rome"."""


_CITY_BEFORE = re.compile(r"(\w[\w-]*),\s*\Z")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*[^\W\d_]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]|(?:and|и|және|or|или)\b)")


def _city_gloss(text: str, start: int, end: int, lang: str) -> bool:
    """"Zagreb, Croatia": the country after a comma as the gloss of the city before it, not an
    item of a list (Tashkent, Uzbekistan and Kyrgyzstan; Almaty, Croatia, Serbia)."""
    city = _CITY_BEFORE.search(text[max(0, start - 40):start])
    return city is not None and (place_id(city.group(1), lang) or "").startswith("C:") \
        and _LIST_GOES_ON.match(text, end) is None


_EN_PLACE_COMPOUNDS = frozenset({"based", "born", "made", "headquartered", "registered", "owned", "grown"})
"""What English joins to a place's name to make an adjective of where (a Neuchâtel-based centre:
Russian «из Невшателя», Kazakh «Нёвшательдегі»)."""


KK_ADJECTIVE = re.compile(r"(\w{4,}?)(?:лық|лік|дық|дік|тық|тік)(?:\w{0,6})\Z")
"""A Kazakh adjective in -лық/-дық/-тық made from a name (доминикандық, ленинградтық) and the
name's root it is made from (group 1), under endings."""


def _kk_adjective_of_first_word(lower: str) -> str | None:
    """The place a Kazakh adjective in -лық/-дық/-тық names by the first word of the place's
    name of several words (доминикандық тарап: the Dominican side, «Доминикан Республикасы»),
    when that word opens one such name only and is no place's name alone."""
    match = KK_ADJECTIVE.match(lower)
    return _kk_first_words().get(match.group(1)) if match else None


@cache
def _kk_first_words() -> dict[str, str]:
    """First word → place of the Kazakh names of several words whose first word opens no other
    and names no place alone."""
    table = gazetteer("kk")
    firsts: dict[str, set[str]] = {}
    for name, place in table.items():
        if " " in name:
            firsts.setdefault(name.split()[0], set()).add(place)
    # a foreign name has no Kazakh letter: белгісіз, қызыл, әулие open names but are Kazakh words
    return {word: next(iter(places)) for word, places in firsts.items()
            if len(places) == 1 and word not in table and len(word) >= 5
            and kazakh.KAZAKH_LETTERS.isdisjoint(word)}


@lru_cache(maxsize=16384)
def place_id(word: str, lang: str) -> str | None:
    """The CLDR id of the territory or city *word* names in any case form, else None (cached:
    the rules ask about every word of a paragraph)."""
    if lang not in _BABEL:
        return None  # a language the gazetteer does not cover
    head, _, tail = word.rpartition("-")
    if lang == "en" and tail in _EN_PLACE_COMPOUNDS and head[:1].isupper():
        return place_id(head, lang)  # Neuchâtel-based, Almaty-born: the place, in an adjective
    if lang == "ru" and not kazakh.KAZAKH_LETTERS.isdisjoint(word):
        lang = "kk"  # «Қазақстан темір жолы» in Russian text: a Kazakh name kept in its own letters
    tables = [gazetteer(lang)] + ([gazetteer("ru")] if lang == "kk" else [])
    for stem in stems(word, lang):  # the longest reading first: Шушада is Шуша, not Шу with -ша
        for table in tables:  # Kazakh text often writes a foreign place as Russian does
            if stem.replace("ё", "е") in table:
                return table[stem.replace("ё", "е")]
    if lang == "ru":  # a name in -ь the stemmer leaves without it: Сиане, Тюмени (Сиань, Тюмень)
        for stem in stems(word, lang)[1:]:
            if stem + "ь" in tables[0]:
                return tables[0][stem + "ь"]
    short = word[:2].lower()
    if lang == "kk" and short in tables[0] and kazakh.is_ending_chain(word[2:].lower()):
        # Ошта: a name of two letters, which `stems` keeps whole; but a town of the longer
        # reading is that town (Шуша, Шушада are no Шу with the equative -ша)
        return geonames_place(word, lang) or tables[0][short]
    if lang == "kk" and (place := _kk_adjective_of_first_word(word.lower())):
        return place  # доминикандық: of the Dominican Republic, «Доминикан Республикасы»
    if lang == "ru" and (place := _ru_place_adjective(word) or _ru_land_around(word)):
        return place  # the Вена of «Венской дипломатической академии», the sea of черноморских портов
    if lang in _CYRILLIC_LOOSE:
        loose = _loose_places(lang)
        for stem in stems(word, lang):
            for key in kazakh.foreign_place_keys(stem) if lang == "kk" else (stem,):
                if len(key) >= 5 and _loose_key(key) in loose and not _lookalike_of_name(stem, lang):
                    return loose[_loose_key(key)]
    return geonames_place(word, lang)


_RU_LAND_AROUND = re.compile(r"При([а-яё]{3,}?)(?:ь(?:е|я|ю|ем|и)|ь?ск[а-яё]+)")


def _ru_land_around(word: str) -> str | None:
    """The place whose land around a Russian word at- names (при- + the name + -ье, in any case or
    as its -ский adjective: Приаралье, Приаралья, Приамурье, Прибайкальский of Арал, Амур,
    Байкал; a name in -й makes its adjective without the soft sign: Прикаспийская низменность,
    the Caspian Depression, of Каспий): a version that says "the Aral region" or «Арал өңірі»
    names that place too."""
    match = _RU_LAND_AROUND.fullmatch(word)
    return place_id(match.group(1).capitalize(), "ru") if match else None


def geonames_place(word: str, lang: str) -> str | None:
    """The GeoNames town *word* names in any case form (Topeka, Топикада, Уичито), as the
    gazetteer's id when the gazetteer knows the town by another name (G:Almaty is C:Almaty),
    else G: and its GeoNames name. None for a word that reads likelier as something else
    (`_maybe_town`, `_town_key`, `_near_known`) or names several towns (`_likeliest`). Asked
    only after the gazetteer, so the index is opened only for capitalised words nothing else
    names."""
    if lang not in _BABEL or not _maybe_town(word, lang):
        return None
    from press.lang import geonames

    lang = "en" if is_latin(word) else lang  # The Wichita Eagle keeps its Latin letters in Russian
    readings = stems(word, lang)
    if not geonames.names_any(tuple(k for s in readings for k in _kazakhised(s, lang)), lang):
        return None  # no reading names a town: no stem need be parsed for `_town_key`
    keys = tuple(s for s in readings if _town_key(s, lang))
    found = geonames.lookup(tuple(k for s in keys for k in _kazakhised(s, lang)), lang) if keys else ()
    if not found or _near_known(keys, lang):
        return None
    town = _likeliest(found)
    if town is None:
        return None
    known = _gazetteer_town(town)
    if known and place_names(known, lang):
        return None  # Ашгабад for the gazetteer's Ашхабад: a spelling the spelling rules judge
    return known or f"G:{town}"


def _kazakhised(stem: str, lang: str) -> tuple[str, ...]:
    """*stem*, and in Kazakh also its Kazakh letters folded to the Russian ones: Kazakh respells
    a foreign town's к, у next to back vowels as қ, ұ (Қазанлық for Казанлык, Kazanlak), and
    GeoNames writes few such spellings, so the town is found by its Russian key, the longer
    reading first (Қазанлықтағы is Kazanlak before it is Қазан, Kazan, with -лық). Only a
    spelling Kazakh throughout: a к or г beside a back vowel (Карабұлақ) is a Kazakh name half
    typed on the Russian layout, a slip the script check reports, not a foreign town."""
    if lang != "kk" or kazakh.KAZAKH_LETTERS.isdisjoint(stem) or _HALF_TYPED.search(stem):
        return (stem,)
    return stem, kazakh.fold_lookalikes(stem)


_HALF_TYPED = re.compile(r"[кг][аоұы]|[аоұы][кг]")


def _gazetteer_town(town: str) -> str | None:
    """The gazetteer's id of the GeoNames town *town* (its English name, with or without its
    diacritics, or without the article English names it with: The Hague, Гаага, is the
    gazetteer's Hague), when the gazetteer knows it: one place has one id whichever list names it."""
    from press.lang import geonames

    table = gazetteer("en")
    keys = (town.lower(), geonames.fold(town).lower())
    return next((table[k] for key in keys for k in (key, key.removeprefix("the ")) if k in table), None)


def _likeliest(towns: tuple[str, ...]) -> str | None:
    """The town of the towns one key names (GeoNames' names, the most populous first): the
    towns of one name are one (Lawrence, Kansas and Lawrence, Massachusetts; Halle and Halle
    (Saale)); a key that names towns of different names (Галле: Halle and Galle; Канди: Kandi
    and Kandy) names none for sure, and another version may name the other: None."""
    names = {town.split(" (")[0] for town in towns}
    return towns[0] if len(names) == 1 else None


def _near_known(keys: tuple[str, ...], lang: str) -> bool:
    """One of *keys* is a letter off a name of *lang*'s gazetteer (Columbia, Colombia): likelier
    the known place misspelt than a town of the same sound, which the spelling rules judge."""
    near = _gazetteer_by_initial(lang)
    return any(levenshtein(key, name) <= 1 for key in keys if len(key) >= 5
               for name in near.get(key[:1], ()) if abs(len(name) - len(key)) <= 1)


@cache
def _gazetteer_by_initial(lang: str) -> dict[str, tuple[str, ...]]:
    """The gazetteer's one-word names of *lang* (and Russian's, which Kazakh reads too) by first letter."""
    by_initial: dict[str, set[str]] = {}
    for source in dict.fromkeys((lang, "ru") if lang == "kk" else (lang,)):
        for name in gazetteer(source):
            if " " not in name:
                by_initial.setdefault(name[:1], set()).add(name)
    return {initial: tuple(sorted(names)) for initial, names in by_initial.items()}


def geonames_phrase(words: list[str], lang: str) -> str | None:
    """The GeoNames town English names in two or three capitalised words (Kansas City, Santa
    Cruz, Grand Forks: common words, but a town's name together), or with a particle between
    (San Salvador de Jujuy); Russian and Kazakh join such a name with hyphens into one word
    (Канзас-Сити, Сан-Сальвадор-де-Жужуй)."""
    if lang != "en" or not all((w[:1].isupper() or (0 < k < len(words) - 1 and w.islower() and len(w) <= 3))
                               and is_latin(w) for k, w in enumerate(words)):
        return None
    from press.lang import geonames

    lower = [w.lower().replace("’", "'") for w in words]
    if len(words) == 2 and lower[0] in _EN_COMPASS and (city := place_id(words[1], lang)) \
            and city.startswith("C:"):
        return city  # East Jerusalem: a part of the city, «Шығыс Иерусалим», «Восточный Иерусалим»
    key = " ".join(lower[:-1] + [lower[-1].removesuffix("'s")])
    found = geonames.lookup((key,), lang)
    return (_gazetteer_town(found[0]) or f"G:{found[0]}") if found else None


_EN_COMPASS = frozenset({"east", "west", "north", "south"})
"""Compass points before a city's name make a part of it (East Jerusalem, West Berlin), which
Russian and Kazakh write with an adjective before the city's name: the city, for comparing."""


def _maybe_town(word: str, lang: str) -> bool:
    """*word* may name a town: capitalised, no abbreviation, in the script of *lang*, and not
    shaped as a surname (Пушкин, Королёв, Чехов are towns too; a release means the person).
    A town that is a first name or surname too (Lawrence, Лоуренс) is a person's next to
    another word of the name (`press.check.recognise`)."""
    if len(word) < 4 or not word[:1].isupper() or word.isupper() or not (is_latin(word) or is_cyrillic(word)):
        return False
    return is_latin(word) or not is_surname(word, lang)


def _town_key(stem: str, lang: str) -> bool:
    """*stem* may be looked up as a town's name: in English no common word (Reading, Mobile,
    Victoria, Jackson: English's frequent words hold the frequent first names too); in Russian
    and Kazakh no name pymorphy3 reads first as a person's (Абай, Лоуренс). A Russian town
    that is a common noun too (Зима, Топика) is told by its capital letter mid-sentence
    (`press.check.recognise`)."""
    if lang != "en":
        found = parses(stem)[:1]
        return not any(({"Name", "Surn", "Patr"} & p.tag.grammemes or (p.is_known and p.tag.POS != "NOUN"))
                       and "Geox" not in p.tag for p in found)  # a town is a noun: not Этот, Даже
    from press.lang import english

    return stem not in english.common_words()


_UNHYPHENED = re.compile(r"[^-‐]+")


@lru_cache(maxsize=1024)
def name_tokens(text: str, lang: str) -> tuple[Token, ...]:
    """The words of *text* as names are read: places joined by hyphens into a route or a
    border (Алматы-Масқат-Алматы бағыты, Иран-Түрікменстан шекарасы, the Almaty-Muscat route)
    taken apart, each part a place of its own, as a dash between them (Астана–Доха) already
    keeps them. Of a route of three stops or more one may be a place the gazetteer lacks
    (Масқат). A place whose own name has a hyphen (Гвинея-Бисау, Нур-Султан, Эр-Рияд) and a
    word with a part that names no place (Усть-Каменогорск) stay whole."""
    out: list[Token] = []
    for token in tokens(text):
        if "-" not in token.text and "‐" not in token.text:
            out.append(token)  # one part: the whole word
            continue
        parts = list(_UNHYPHENED.finditer(token.text))
        if len(parts) < 2 or not all(p.group()[:1].isupper() for p in parts) or place_id(token.text, lang):
            out.append(token)
            continue
        places = sum(bool(place_id(p.group(), lang)) for p in parts)
        if places < 2 or places < len(parts) - (len(parts) >= 3):
            out.append(token)
            continue
        out += [Token(p.group(), token.start + p.start(), token.start + p.end()) for p in parts]
    return _dotted_initialisms(text, out)


_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}(?=\s+[a-z]|\s*[,;:)–—-]|\s*\Z)")
"""A dotted initialism (U.S., U.K., U.N.) followed by a lower-case word, punctuation, a dash
(the U.S. - 2.2fold, in a list of figures) or the end: not a person's initials, which a
capitalised surname follows (J.D. Vance)."""


def _dotted_initialisms(text: str, words: list[Token]) -> tuple[Token, ...]:
    """*words* with each dotted initialism one word of its letters (the U.S. as US), so that a
    register's or the gazetteer's acronym names it as in the undotted spelling."""
    spans = {m.start(): m.end() for m in _DOTTED.finditer(text)}
    if not spans:
        return tuple(words)
    out: list[Token] = []
    end = -1
    for word in words:
        if word.start < end:
            continue
        if word.start in spans:
            end = spans[word.start]
            out.append(Token(text[word.start:end].replace(".", ""), word.start, end))
            continue
        out.append(word)
    return tuple(out)


def named_with_lookalikes(place: str, text: str) -> bool:
    """The Kazakh *text* names *place* typed with Russian look-alikes for its Kazakh letters
    (Кара теңізден for Қара теңіз): the place is there, misspelt (the script check says so)."""
    folded, lower = kazakh.fold_lookalikes(text), text.lower()
    return any(len(name) >= 4 and folded.count(kazakh.fold_lookalikes(name)) > lower.count(name)
               for name in place_names(place, "kk"))


def _lookalike_of_name(stem: str, lang: str) -> bool:
    """*stem* is a name of *lang*'s gazetteer typed with Russian look-alikes for its Kazakh
    letters (Казақстан): a slip the script check reports, not another spelling."""
    return lang == "kk" and kazakh.fold_lookalikes(stem) in _folded_kazakh_places()


def lookalike_place_name(word: str) -> str | None:
    """The Kazakh gazetteer name (lower case) that a stem of the Kazakh *word* is, typed with
    one or more Russian look-alikes for its Kazakh letters (Талдыкорғанда, Талдықорғанда
    half typed on the Russian layout, which no table holds as written); None when a stem is a
    name as written (Актау is a name of its own besides Ақтау)."""
    found = None
    for stem in stems(word, "kk"):
        if stem in gazetteer("kk") or stem in gazetteer("ru"):
            return None
        found = found or next((name for name in _folded_kazakh_places().get(kazakh.fold_lookalikes(stem), ())
                               if name != stem), None)
    return found


@cache
def _folded_kazakh_places() -> dict[str, tuple[str, ...]]:
    """The Kazakh gazetteer's names by their folded spelling (талдыкорган: талдықорған)."""
    folded: dict[str, list[str]] = {}
    for name in gazetteer("kk"):
        folded.setdefault(kazakh.fold_lookalikes(name), []).append(name)
    return {key: tuple(names) for key, names in folded.items()}


_CYRILLIC_LOOSE = ("kk", "ru")
_LOOSE = str.maketrans("әғқңөұүһіёйэ", "агкноуухиеиа", "- ")
"""What Kazakh and Russian spellings of one foreign place differ by (Тайланд, Таиланд;
Ұлан-Батор, Улан-Батор, Ұланбатыр's hyphen): Kazakh letters as Russian writes them, й as и,
э as the ә Kazakh writes for it (Шарм-әш-Шейх, Шарм-эш-Шейх), no hyphen or space."""


def _loose_key(name: str) -> str:
    return name.lower().translate(_LOOSE)


@cache
def _loose_places(lang: str) -> dict[str, str]:
    """The places of *lang*'s and Russian's gazetteers by loose key; a key two places share
    is left out."""
    table: dict[str, str] = {}
    clashes = set()
    for source in dict.fromkeys((lang, "ru")):
        for name, place in gazetteer(source).items():
            key = _loose_key(name)
            if table.setdefault(key, place) != place:
                clashes.add(key)
    return {key: place for key, place in table.items() if key not in clashes}


_IRREGULAR_DEMONYMS = {
    "filipino": "T:PH", "filipina": "T:PH", "dutch": "T:NL", "swiss": "T:CH", "danish": "T:DK",
    "dane": "T:DK", "french": "T:FR", "thai": "T:TH", "greek": "T:GR", "british": "T:GB", "briton": "T:GB",
    "polish": "T:PL", "pole": "T:PL", "swedish": "T:SE", "swede": "T:SE", "finnish": "T:FI", "finn": "T:FI",
    "spanish": "T:ES", "spaniard": "T:ES", "irish": "T:IE", "lao": "T:LA", "malagasy": "T:MG",
    "monegasque": "T:MC", "icelandic": "T:IS", "portuguese": "T:PT", "czech": "T:CZ", "slovak": "T:SK",
    "croat": "T:HR", "croatian": "T:HR", "emirati": "T:AE", "saudi": "T:SA", "argentine": "T:AR",
    "kiwi": "T:NZ",
}
"""English demonyms whose root is not the place's name (Filipino citizens, «граждане Филиппин»;
Dutch, Swiss, Danish): by the gazetteer's id of the place they are the people of."""


def _irregular_country(lower: str) -> str | None:
    """The place the lower-case English demonym *lower* (or its plural) is of, by
    `_IRREGULAR_DEMONYMS`, else None."""
    return _IRREGULAR_DEMONYMS.get(lower, _IRREGULAR_DEMONYMS.get(lower.removesuffix("s")))


def demonym_of(word: str, name: str) -> bool:
    """The English *word* is the people's name or adjective of the place *name* in any script
    (Istrian of Истрия, Kuwaiti of Kuwait): its root less a demonym ending
    sounds as the name does (a final a, ia or y may go)."""
    if not is_latin(word) or not word[:1].isupper():
        return False
    lower = word.lower().replace("’", "'").removesuffix("'s")
    if (country := _irregular_country(lower)) is not None:
        return country in {place_id(name, lang) for lang in (("en",) if is_latin(name) else ("ru", "kk"))}
    target = skeleton(name)
    roots = [lower[:-len(ending)] for ending in _EN_DEMONYM_ENDINGS
             if lower.endswith(ending) and len(lower) - len(ending) >= 4]
    return any(distance(skeleton(root + tail), target) <= 0.75
               for root in roots for tail in ("", "a", "ia", "y", "e", "us"))


def is_demonym(word: str, lang: str, silent_e: bool = True) -> bool:
    """A language name or a people's name (Hungarian, Kazakhstanis, Japanese), not a place.
    Without *silent_e*, a root that only names a place with an e added is none (Europian is
    no demonym of Europe, which writes European)."""
    if lang != "en":
        return False  # Kazakh and Russian write these in lower case (орыс тілі, венгерский)
    lower = word.lower().replace("’", "'").removesuffix("'s")
    if lower in language_words(lang) or lower.removesuffix("s") in language_words(lang) \
            or _irregular_country(lower) is not None:
        return True  # Hungarian, Kazakhs, Saudi
    table, last = gazetteer(lang), _last_words(lang)
    for ending in _EN_DEMONYM_ENDINGS:
        if lower.endswith(ending) and len(lower) > len(ending) + 3:
            root = lower[: -len(ending)]
            tails = ("", "a", "y", "e", "us") if silent_e else ("", "a", "y", "us")
            if any(name.startswith(root) for name in (root + tail for tail in tails)
                   if name in table) or root + "es" in last:
                return True  # Emirati of the United Arab Emirates
    return False


@cache
def _last_words(lang: str) -> frozenset[str]:
    """The last words of the gazetteer's names of several words (emirates, islands)."""
    return frozenset(name.split()[-1] for name in gazetteer(lang) if " " in name)


@cache
def _phrases(lang: str) -> dict[tuple[str, ...], str]:
    """Places of several words by the stems of their words, so that a Russian name is found
    in any case (Организации Объединённых Наций, Соединённых Штатов)."""
    return {_phrase_key([w for w in name.split() if w != "—"], lang): pid
            for name, pid in gazetteer(lang).items() if " " in name}  # Папуа — Новая Гвинея: three words


def _phrase_key(words: list[str], lang: str) -> tuple[str, ...]:
    """The words of a place's name less their case endings (Russian): the adjectives before
    its noun less an adjective's ending (Ближний, Ближнем Востоке: ближн), the noun less a
    noun's."""
    lower = [w.lower().replace("ё", "е") for w in words]
    if lang != "ru":
        return tuple(lower)
    return tuple(_adjective_stem(w) for w in lower[:-1]) + (russian.stem(lower[-1]),)


def _adjective_stem(word: str) -> str:
    from press.lang import russian

    ending = next((e for e in _RU_ADJECTIVE_ENDINGS_LONGEST
                   if word.endswith(e) and len(word) - len(e) >= 3), "")
    return word[:-len(ending)] if ending else russian.stem(word)


def phrase_place(words: list[str], lang: str) -> str | None:
    """The place id of the words *words* in any case form (Russian), else None. The first
    word's key is looked up first (`_phrase_heads`): the readers of names ask of every run of
    two to four capitalised words, and few open a place's name."""
    if words and (len(words), _phrase_key_head(words, lang)) not in _phrase_heads(lang):
        return None
    found = _phrases(lang).get(_phrase_key(words, lang))
    if found or lang != "ru" or not words:
        return found
    # the stemmer cuts a noun in -ея by its case (Гвинею: гвин; Гвинея: гвине): its nominatives
    return next((_phrases(lang)[key] for nominative in russian_nominatives(words[-1].lower())
                 if (key := _phrase_key([*words[:-1], nominative], lang)) in _phrases(lang)), None)


@cache
def _phrase_heads(lang: str) -> frozenset[tuple[int, str]]:
    """(words, first word's key) of each place of `_phrases`."""
    return frozenset((len(key), key[0]) for key in _phrases(lang))


def _phrase_key_head(words: list[str], lang: str) -> str:
    """The first element of `_phrase_key` of *words*, worked out alone."""
    lower = words[0].lower().replace("ё", "е")
    if lang != "ru":
        return lower
    from press.lang import russian

    return _adjective_stem(lower) if len(words) > 1 else russian.stem(lower)


def place_names(place: str, lang: str) -> list[str]:
    """The lower-case names of the place *place* (an id from `place_id`) in *lang*."""
    return list(_names_by_place(lang).get(place, ()))


@cache
def _names_by_place(lang: str) -> dict[str, tuple[str, ...]]:
    """The gazetteer turned round (place id → its names, in the gazetteer's order), built once."""
    by_place: dict[str, list[str]] = {}
    for name, pid in gazetteer(lang).items():
        by_place.setdefault(pid, []).append(name)
    return {pid: tuple(names) for pid, names in by_place.items()}


# --- Stems: a word with its case ending taken off ---------------------------------------

PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


_RU_IA_CASE = re.compile(r"(?<=\w\w)и(?:ей|ею|ии|ию)\Z")
_RU_FIRST_DECLENSION = re.compile(r"(?<=[^аеёиоуыэюяьй])(?:у|ы|е|ой|ою)\Z")
"""The case endings of a Russian noun in -а after a hard consonant (Додома: Додому, Додомы,
Додоме, Додомой), which the stemmer may read as an adjective's (-ому, -ое) and cut too deep."""
_RU_SOFT_CASE = re.compile(r"[аеоу](я|ю|ем|е)\Z")
"""The case endings of a Russian noun in -ай/-ей/-ой/-уй after its vowel (Шанхая, Шанхаю,
Шанхаем, Шанхае), as pymorphy3 declines the ones it knows."""
_RU_NEUTER_PLACE = re.compile(r"(?<=\w\w[еоиы][вн])(?:а|у|ом|е)\Z")
"""The case endings of a Russian place name in -ево, -ово, -ино, -ыно (Сараево, Косово, Пулково),
declined as a neuter noun (в Сараеве, из Сараева): pymorphy3 reads the forms as a surname's
(Сараев), and the name's nominative is wanted too. Tried after every other reading."""


_ARTICLE = re.compile(r"(?:[aeаэә](?:l|r|d|s|t|z|n|sh)|[аэә](?:ль|л|р|д|с|т|з|н|ш))-(?=[^\W\d_]{3})",
                      re.IGNORECASE)
"""The Arabic article before a name, as each script writes it and assimilated to the name's
first sound (al-Khatib, аль-Хатиб, әл-Хатиб; ar-Rashid, ар-Рашид, әр-Рашид; ad-Din)."""


@lru_cache(maxsize=16384)
def article_of(word: str) -> str:
    """The Arabic article *word* opens with ("al-", "әр-"), else ""."""
    match = _ARTICLE.match(word)
    return match.group() if match else ""


@lru_cache(maxsize=8192)
def stems(word: str, lang: str) -> tuple[str, ...]:
    """*word* (lower case) and its possible stems in *lang*: Russian proper names in the
    nominative (Тулегеновой → тулегенова, тулегенов) and the stem without a case ending,
    Kazakh stems without an ending chain, English without a possessive; of a name after the
    Arabic article, also the name's stems without it (the versions write the article each in
    its own way, or leave it out: al-Rashid, ар-Рашид, Рашид); of a place with a compass point
    hyphened to it, also the place's (`_COMPASS_PART`)."""
    article = article_of(word)
    found = _case_stems(word, lang) + (_case_stems(word[len(article):], lang) if article else ())
    if compass := _COMPASS_PART.search(word):  # Тенерифе-Север, Тенерифе-Солтүстік: Tenerife North
        found += _case_stems(word[:compass.start()], lang)
    return tuple(dict.fromkeys(found))


_COMPASS_PART = re.compile(r"[-‐](?:север|юг|восток|запад|солтүстік|оңтүстік|шығыс|батыс)\w*\Z",
                           re.IGNORECASE)
"""A compass point hyphened to a Cyrillic place's name (an airport, a district: Тенерифе-Юг,
Тенерифе-Оңтүстік): each language translates it, and the name is the part before it."""


_KK_BARE_GY = re.compile(r"[ғгқк][ыі]")
"""An ending chain that opens with -ғы/-гі/-қы/-кі: Kazakh puts it after the locative
(Сарандағы, Теміртаудағы: Саран-да-ғы) or after a word of time (жазғы, бүгінгі), never straight
after a name, so Сарандағы is no form of a name Саранда (Sarandë, Albania)."""


def _case_stems(word: str, lang: str) -> tuple[str, ...]:
    lower = word.lower().replace("’", "'")
    found = [lower]
    if lang == "ru":
        from press.lang import russian

        found += _proper_inflected(lower)
        found += [p.normal_form for p in parses(lower) if PROPER & p.tag.grammemes]
        stem = russian.stem(lower)
        found += [stem] + ([stem + "а"] if stem != lower and (lower[-1:] in "еиуы" or lower.endswith(
            ("ой", "ою"))) else [])  # Мориямой: the instrumental of a name in -а pymorphy3 does not know
        if (first := _RU_FIRST_DECLENSION.search(lower)) and len(lower) - len(first.group()) >= 3:
            found.append(lower[:first.start()] + "а")  # Додому, Додоме: the stemmer cuts -ому, -ое
        if stem[-1:] in "аеоу" and lower[len(stem):] in ("и", "е", "ю", "ей", "ею"):
            found.append(stem + "я")  # Сурабае, Сурабаю: a name in -ая, -ея (Сурабая) in a case form
        if _RU_IA_CASE.search(lower):  # Эчеверрией, Эчеверрии: a name in -ия pymorphy3 does not know
            found.append(_RU_IA_CASE.sub("ия", lower))
        soft = _RU_SOFT_CASE.search(lower)
        if soft:  # Кордая, Кордаю, Кордаем: a name in -ай, -ей, -ой, which pymorphy3 may not know
            found.append(lower[:soft.start(1)] + "й")
            if soft.group(1) in ("ю", "е"):  # Томою, Сурабае: a name in -оя, -ая (Томоя, Сурабая)
                found.append(lower[:soft.start(1)] + "я")
        if neuter := _RU_NEUTER_PLACE.search(lower):  # Сараеве, Косова: a place in -ево, -ово, -ино
            found.append(lower[:neuter.start()] + "о")
    elif lang == "kk":
        parts = lower.rsplit("-", 1)
        if len(parts) == 2 and kazakh.is_ending_chain(parts[1]):
            found.append(parts[0])
        found += [lower[:i] for i in range(len(lower) - 1, 2, -1)
                  if kazakh.is_ending_chain(lower[i:]) and not _KK_BARE_GY.match(lower[i:])]
        found += [stem[:-1] + {"г": "к", "ғ": "қ", "б": "п"}[stem[-1]] for stem in found
                  if stem[-1:] in "гғб"]
    else:
        bare = lower.removesuffix("'s").removesuffix("'")
        found += [bare, bare.removesuffix("s"), bare.removesuffix("es")]
    return tuple(dict.fromkeys(s for s in found if len(s) >= 2))


_MASCULINE_SURNAME = re.compile(r"\w{3}(?:ов|ев|ёв|ин|ын)\Z", re.IGNORECASE)
"""A Russian surname's masculine nominative (Садыкбеков, Сарсенбаев, Путин)."""


def nominative(word: str, lang: str, like: str = "") -> str:
    """*word* in the nominative, as written (Бақаевпен → Бақаев, Тулегеновой → Тулегенова).

    A Kazakh word may end in letters that read as an ending (Золтан, -тан): given *like*, the
    same name in Russian, the reading closest to it wins."""
    if lang == "kk" and like:
        readings = [word[:len(s)] for s in dict.fromkeys((word.lower(), *stems(word, "kk")))
                    if word.lower().startswith(s)]
        if is_latin(like):
            return min(readings, key=lambda r: (distance(skeleton(r), skeleton(like)), -len(r)))
        return min(readings, key=lambda r: (cyr_distance(r, like), -len(r)))
    if lang == "kk":
        lower = word.lower()
        for i in range(len(lower) - 1, 2, -1):
            tail = lower[i:].lstrip("-")
            vowel_first = tail[:1] in kazakh.VOWELS
            after_consonant = lower[i - 1] not in kazakh.VOWELS
            if len(tail) >= 2 and kazakh.is_ending_chain(tail) and not (vowel_first and after_consonant):
                return word[:i].rstrip("-")
        return word
    if lang == "ru":
        from press.lang import russian

        proper = [p for p in parses(word) if PROPER & p.tag.grammemes]
        if any("nomn" in p.tag and "sing" in p.tag for p in proper) or _MASCULINE_SURNAME.search(word):
            return word  # Садыкбеков is no genitive plural of a guessed «Садыкбеки»
        if _MASCULINE_SURNAME.search(word[:-2]) and word.endswith("ым"):
            return word[:-2]  # Сарсенбаевым: one person's instrumental, not «Сарсенбаевы»
        if proper and all(("plur" in p.tag or "voct" in p.tag) and "Geox" not in p.tag for p in proper):
            return word  # Маулен, Тодд: one person, no plural «Маулены» (a place may be: Афинах)
        for parse in proper:
            if PROPER & parse.tag.grammemes:
                form = russian.inflect(parse, _NOMINATIVE)
                if form is not None:
                    return "-".join(p[:1].upper() + p[1:] for p in form.word.split("-"))
        return word
    return word.removesuffix("’s").removesuffix("'s")


# --- Names as the checker holds them ----------------------------------------------------

@dataclass(frozen=True)
class NameWord:
    """One word of a name as written, with what it is compared by."""

    text: str
    lang: str
    start: int
    end: int
    place: str | None

    @property
    def stems(self) -> tuple[str, ...]:
        return stems(self.text, self.lang)


@dataclass(frozen=True)
class NameMention:
    """A run of name words: a person's full name, a place, an organisation's proper part."""

    lang: str
    start: int
    end: int
    text: str
    words: tuple[NameWord, ...]
    titled: bool = False
    """After a title (Minister, Елші) or a name's initial (А. Х. Маргулана): a person's name."""
    kind: str = ""
    """The kind of place a kind noun says the name is (district, port, village: `kind_places`),
    known to a gazetteer or not; "" when none governs it."""


_LATIN_CLASS = "A-Za-zÀ-ɏ"
_CYRILLIC_CLASS = "А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
_LATIN_LETTER = re.compile(f"[{_LATIN_CLASS}]")
_CYRILLIC = re.compile(f"[{_CYRILLIC_CLASS}]")


def _class_letters(spec: str) -> frozenset[str]:
    """The letters of a character class's body of single letters and ranges (A-Za-z), as a
    set: `is_latin` and `is_cyrillic` are asked of every word many times over, and a set
    look-up of its first letter costs a fraction of a regex match on it."""
    letters: set[str] = set()
    i = 0
    while i < len(spec):
        if spec[i + 1:i + 2] == "-" and i + 2 < len(spec):
            letters.update(map(chr, range(ord(spec[i]), ord(spec[i + 2]) + 1)))
            i += 3
        else:
            letters.add(spec[i])
            i += 1
    return frozenset(letters)


_LATIN_LETTERS = _class_letters(_LATIN_CLASS)
_CYRILLIC_LETTERS = _class_letters(_CYRILLIC_CLASS)
_SURNAME = re.compile(r"\w\w(?:ов|ев|ёв|ова|ева|ин|ина|ұлы|қызы|улы|кызы)$")
"""A surname's ending after a root of two letters at least: ұлы alone is a word (Ұлы Дала, the
Great Steppe), and Лев a given name."""


# --- Alignment -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Verdict:
    """How two written forms relate: the same name, the same name misspelt, or another name."""

    status: str  # "same" | "near" | "none"
    cost: float
    strict: bool = False
    """Near only because an English form of a Kazakh name breaks the state's romanisation."""

    @property
    def rank(self) -> tuple[int, float]:
        """Better verdicts sort first: same, off the romanisation only, near, none; then cost."""
        order = 1 if self.strict else {SAME: 0, NEAR: 2, NONE: 3}[self.status]
        return order, self.cost


SAME, NEAR, NONE = "same", "near", "none"


def is_region(place: str) -> bool:
    """A CLDR region (Asia, Central Asia, Eastern Africa): the versions may name a larger or a
    smaller one (Asia, Central Asia), so regions are compared by their words."""
    return place[2:].isdigit()


def spelt_as_russian_writes(a: NameWord, b: NameWord) -> bool:
    """One of *a*, *b* is Kazakh and the other the Russian spelling of it, in some case form
    (Бақыт/Бахыт, Өлгийде/Улгии): two usual spellings, neither misspelt."""
    if {a.lang, b.lang} != {"kk", "ru"}:
        return False
    kk, ru = (a, b) if a.lang == "kk" else (b, a)
    if not (is_kazakh_name(nominative(kk.text, "kk")) or kazakh.kazakh_spelling(kk.text)):
        return False  # a foreign name (Менсахтың: -тың is the ending) Kazakh writes as Russian does
    return any(kazakh.russian_spelling_of(k, r) for k in stems(kk.text, "kk")
               for r in _stems_against(ru.text, "ru", kk.text))


_RU_DECLENSION = {"а": (1, ("ы", "и", "е", "у", "ой", "ою", "ей", "ею")),
                  "я": (1, ("и", "е", "ю", "ей", "ею")), "й": (1, ("я", "ю", "ем", "е")),
                  "ь": (1, ("я", "ю", "ем", "е", "и", "ью"))}
"""The singular case endings of a Russian noun by the last letter of its nominative, which they
replace: a name in -а or -я (Молья: Мольи, Молье, Мольей; Милица: Милицей after ц, ж, ш, ч, щ),
in -й (Кордай: Кордаем) or in -ь."""
_RU_HARD = ("а", "у", "ом", "ем", "е")
"""The endings a Russian noun ending in a consonant adds (Вильясеньор: Вильясеньора, -у, -ом, -е;
-ем after ж, ш, ч, щ, ц); a surname in -ов, -ев, -ин, -ын has -ым in the instrumental."""
_RU_ADJECTIVE_NAME = re.compile(r"(?<=\w\w)(?:ий|ый|ой)\Z")
_RU_ADJECTIVE_CASES = ("ого", "его", "ому", "ему", "им", "ым", "ом", "ем")
"""The case endings of a surname of the adjective kind (Ковальский: Ковальского, Ковальским)."""


def russian_case_form(nominative: str, form: str) -> bool:
    """*form* is a singular case form of the name *nominative* as Russian declines it (both lower
    case): a vowel ending other than -а, -я (Кикнадзе, Гиоргобиани) is not declined, a consonant
    takes an ending, -а, -я, -й, -ь are replaced by one."""
    if form == nominative:
        return True
    adjective = _RU_ADJECTIVE_NAME.search(nominative)
    if adjective and form[:adjective.start()] == nominative[:adjective.start()] \
            and form[adjective.start():] in _RU_ADJECTIVE_CASES:
        return True
    last = nominative[-1:]
    if last in _RU_DECLENSION:
        drop, endings = _RU_DECLENSION[last]
        return any(form == nominative[:-drop] + e for e in endings)
    if last in "аеёиоуыэюя" or not last.isalpha():
        return False
    endings = _RU_HARD + (("ым",) if _SURNAME.search(nominative) else ())
    return any(form == nominative + e for e in endings)


@lru_cache(maxsize=16384)
def cyrillic_consensus(russian: str, kazakh_form: str) -> str | None:
    """The name a Russian and a Kazakh form of a FOREIGN name share, in the nominative (lower
    case), else None. Kazakh writes a foreign name with the letters Russian writes it with; only
    the case endings differ (ru Вильясеньором, kk Вильясеньормен: вильясеньор; ru Турэспаньи, kk
    Турэспанья: турэспанья): the Kazakh form is a stem and a chain of Kazakh endings, the
    Russian one a case form of that stem (`russian_case_form`). Of a hyphenated name Russian
    declines every part and Kazakh the last only (ru Эшвортом-Хейлом, kk Эшворт-Хейлмен)."""
    ru = russian.lower().replace("ё", "е")
    kk = kazakh_form.lower().replace("ё", "е")
    if is_latin(ru) or is_latin(kk) or not ru or not kk:
        return None
    if article_of(ru) and article_of(kk):  # аль-Джабири, әл-Джабири: each writes the article its way
        ru, kk = ru[len(article_of(ru)):], kk[len(article_of(kk)):]
    ru_parts, kk_parts = ru.split("-"), kk.split("-")
    if len(kk_parts) == len(ru_parts) + 1 and kazakh.is_ending_chain(kk_parts[-1]):
        kk_parts = kk_parts[:-2] + [kk_parts[-2] + kk_parts[-1]]  # Хейл-мен: an ending after a hyphen
    if len(ru_parts) != len(kk_parts):
        return None
    heads = [k for r, k in zip(ru_parts[:-1], kk_parts[:-1], strict=True) if russian_case_form(k, r)]
    if len(heads) != len(kk_parts) - 1:
        return None
    last = _shared_stem(ru_parts[-1], kk_parts[-1])
    return "-".join(heads + [last]) if last else None


def _shared_stem(ru: str, kk: str) -> str | None:
    """The longest stem of the Kazakh word *kk* (`kazakh_stems`) of which the Russian word
    *ru* is a case form, else None."""
    known = _proper_nominatives(ru)
    for stem in kazakh_stems(kk):
        for form in (stem, *_without_epenthesis(stem)):
            if russian_case_form(form, ru) or form in known:
                return form
    return None


_EPENTHESIS = re.compile(r"(?<=[бвгджзйклмнпрстфхцчшщ])[ыі](?=[бвгджзклмнпрстфхцчшщ]\Z)")
"""A Kazakh ы or і between the last two consonants of a stem: Kazakh breaks a final cluster of a
foreign name with a vowel that Russian does not write (Бейбарыс, Бейбарс)."""


def _without_epenthesis(stem: str) -> tuple[str, ...]:
    """*stem* without the vowel Kazakh puts in its final consonant cluster, if it has one."""
    found = _EPENTHESIS.search(stem)
    return (stem[:found.start()] + stem[found.end():],) if found else ()


def _proper_nominatives(word: str) -> frozenset[str]:
    """The nominatives pymorphy3 gives *word* read as a proper name, in its number (Карловых:
    Карловы, the plural name of Karlovy Vary), which `russian_case_form` (the singular) does not
    know. Not the lemma: Сейсенбаев is no form of the name Сейсенбай it is made from."""
    return frozenset(_proper_inflected(word.lower()))


_NOMINATIVE = frozenset({"nomn"})


@lru_cache(maxsize=16384)
def _proper_inflected(lower: str) -> tuple[str, ...]:
    """`_proper_nominatives` in pymorphy3's order, once per word: `_case_stems` asks it too."""
    from press.lang import russian

    proper = [p for p in parses(lower) if PROPER & p.tag.grammemes]
    return tuple(form.word for p in proper if (form := russian.inflect(p, _NOMINATIVE)) is not None)


def kazakh_stems(word: str) -> tuple[str, ...]:
    """*word* (lower case) and its stems less a chain of Kazakh endings, longest first. An ending
    opening with a vowel never follows a consonant here: a foreign name takes no possessive
    (Циклауримен is Циклаури with -мен, not Циклаур with -імен)."""
    return tuple(word[:size] for size in range(len(word), 2, -1)
                 if size == len(word)
                 or (kazakh.is_ending_chain(word[size:]) and not _possessive(word, size)))


def _possessive(word: str, size: int) -> bool:
    """The ending after *size* letters of *word* opens with a vowel after a consonant."""
    return word[size] in kazakh.VOWELS and word[size - 1] not in kazakh.VOWELS


@lru_cache(maxsize=16384)
def russian_nominatives(word: str) -> tuple[str, ...]:
    """The names (lower case) of which the Russian *word* is a singular case form
    (`russian_case_form`): Вильясеньором → вильясеньор; Мольей → молья; Кикнадзе → кикнадзе.
    Once per word: each comparison of a Cyrillic name with a Latin one asks it."""
    found = [word, *sorted(_proper_nominatives(word))]
    for size in (1, 2, 3):
        base = word[:-size]
        if len(base) >= 3:
            glide = ("й",) if base[-1] in "аеиоуыэюя" else ("ь",)
            found += [stem for stem in (base, base + "а", base + "я", *(base + g for g in glide), base + "ий",
                                        base + "ый", base + "ой") if russian_case_form(stem, word)]
    return tuple(dict.fromkeys(found))


def in_case_of(word: str, lang: str, model: str) -> str | None:
    """The name of *model*, the other Cyrillic version's form of a foreign name, in the case form
    of *word* (its version *lang*): what *word* should read when it misspells the name
    (Эшфорт-Хейлмен against ru Эшвортом-Хейлом: Эшворт-Хейлмен; Кикнадзи against kk
    Кикнадземен: Кикнадзе). None when no form of the name shares it with *model*
    (`cyrillic_consensus`)."""
    lower, other = word.lower().replace("ё", "е"), model.lower().replace("ё", "е")
    if lang == "kk":
        heads, last = other.split("-")[:-1], other.split("-")[-1]
        own_last = lower.split("-")[-1]
        tails = [own_last[len(stem):] for stem in kazakh_stems(own_last)]
        names_ = ["-".join((*combination, n)) for combination in product(*map(russian_nominatives, heads))
                  for n in russian_nominatives(last)]
        found = [n + t for n in names_ for t in tails if cyrillic_consensus(other, n + t)]
    else:
        found = [form for stem in kazakh_stems(other) for form in _russian_forms(stem)
                 if cyrillic_consensus(form, other)]
    if not found:
        return None
    best = min(found, key=lambda f: (levenshtein(f, lower), -len(f)))
    return "-".join(p[:1].upper() + p[1:] for p in best.split("-")) if word[:1].isupper() else best


def _russian_forms(name: str) -> tuple[str, ...]:
    """The singular case forms of *name* (`russian_case_form`), the nominative first."""
    bases = (name, name[:-1], name[:-2])
    declined = tuple(e for _, es in _RU_DECLENSION.values() for e in es)
    endings = _RU_HARD + ("ым",) + declined + _RU_ADJECTIVE_CASES
    found = [name] + [base + e for base in bases for e in endings if russian_case_form(name, base + e)]
    return tuple(dict.fromkeys(found))


def compare_words(a: NameWord, b: NameWord) -> Verdict:
    """Compare two name words in any languages and case forms."""
    if a.place and b.place and not (is_region(a.place) or is_region(b.place)):
        return Verdict(SAME, 0.0) if a.place == b.place else Verdict(NONE, 9.0)
    if a.place and a.place == b.place:
        return Verdict(SAME, 0.0)
    if _acronym(a.text) != _acronym(b.text):
        return Verdict(NONE, 9.0)  # ООН is no Yoon: an abbreviation against a word
    if {a.lang, b.lang} == {"kk", "ru"} and not (a.place or b.place):
        ru, kk = (a, b) if a.lang == "ru" else (b, a)
        if cyrillic_consensus(ru.text, kk.text):
            return Verdict(SAME, 0.0)  # Турэспаньи and Турэспанья: one name, two case forms
    verdict = _compare(a.text, a.lang, b.text, b.lang)
    if verdict.strict and (a.place or b.place):
        return Verdict(SAME, verdict.cost)  # a place keeps its traditional English name
    if verdict.status == NEAR and not (a.place or b.place) and spelt_as_russian_writes(a, b):
        return Verdict(SAME, verdict.cost)  # Жүнісбекова/Жунусбекова: the Russian spelling
    return verdict


@lru_cache(maxsize=65536)
def _compare(a: str, lang_a: str, b: str, lang_b: str) -> Verdict:
    if is_latin(a) != is_latin(b) and (_east_asian_pair(a, b) or _initial_spelt(a, lang_a, b, lang_b)):
        return Verdict(SAME, 0.0)
    best = Verdict(NONE, 9.0)
    for sa in _stems_against(a, lang_a, b):
        for sb in _stems_against(b, lang_b, a):
            verdict = _compare_parts(sa, lang_a, sb, lang_b)
            if verdict.rank < best.rank:
                best = verdict
            if best.status == SAME:
                return best
    return _compare_brand_parts(a, lang_a, b, lang_b) or best


_BRAND_PART = re.compile(r"(?<=[a-zа-яёәғқңөұүһі])(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
"""Where a brand written as one word begins its next part with a capital (EuroChem, ЕвроХим,
КазМунайГаз)."""
_BRAND_HEADS = ("kazakh", "казах", "қазақ", "euro", "евро", "еуро")
"""Words a brand begins with, written together with the next part in lower case (Kazakhconcert,
Казахконцерт, Қазақконцерт; Eurotrans): the country's word and Europe's."""


def _brand_parts(word: str) -> list[str]:
    """The parts of a brand written as one word: at its inner capitals, else after a head of
    `_BRAND_HEADS`."""
    parts = _BRAND_PART.split(word)
    if len(parts) == 1:
        head = next((h for h in _BRAND_HEADS if word.lower().startswith(h) and len(word) - len(h) >= 4), None)
        if head:
            parts = [word[:len(head)], word[len(head):]]
    return parts


def _compare_brand_parts(a: str, lang_a: str, b: str, lang_b: str) -> Verdict | None:
    """A brand written in two scripts part by part (EuroChem, «ЕвроХим»; Kazakhconcert,
    «Қазақконцерт»): each part is transcribed or translated by itself (Chem as Хим, concert as
    концерт), so the whole is the same when every part is, in order; None otherwise."""
    parts_a, parts_b = _brand_parts(a), _brand_parts(b)
    if is_latin(a) == is_latin(b) or len(parts_a) < 2 or len(parts_a) != len(parts_b):
        return None
    verdicts = [_compare(x, lang_a, y, lang_b) for x, y in zip(parts_a, parts_b, strict=True)]
    if all(v.status == SAME and not v.strict for v in verdicts):
        return Verdict(SAME, sum(v.cost for v in verdicts))
    return None


def _compare_parts(a: str, lang_a: str, b: str, lang_b: str) -> Verdict:
    """`_compare_stems`, and of two hyphenated names in two scripts with as many parts, part by
    part (Ashworth-Hale, Эшворт-Хейл: each part is transcribed by itself, and a reading of one
    part, Hale as Хейл, is no reading of the whole): the same when every part is, their costs
    added; else the verdict on the whole."""
    verdict = _compare_stems(a, lang_a, b, lang_b)
    parts_a, parts_b = a.split("-"), b.split("-")
    if verdict.status == SAME or len(parts_a) < 2 or len(parts_a) != len(parts_b) \
            or is_latin(a) == is_latin(b):
        return verdict
    verdicts = [_compare_stems(x, lang_a, y, lang_b) for x, y in zip(parts_a, parts_b, strict=True)]
    if all(v.status == SAME and not v.strict for v in verdicts):
        return Verdict(SAME, sum(v.cost for v in verdicts))
    return verdict  # a part near is no nearer whole: Jean-Baptiste, Жан-Батист is read whole


def _compare_stems(a: str, lang_a: str, b: str, lang_b: str) -> Verdict:
    size = min(len(a), len(b))
    if is_latin(a) != is_latin(b) and size >= 3 and _read_as_its_language(a, b):
        return Verdict(SAME, 0.0)  # Jagiellonian/Ягеллон: as its language's rules write it
    if abs(len(a) - len(b)) > 4 or size < 3:
        return Verdict(NONE, 9.0)
    if lang_a == lang_b or a == b:
        if a == b:
            return Verdict(SAME, 0.0)
        if a.startswith(b) or b.startswith(a):
            return Verdict(NONE, 9.0)  # another word made from it (Africa, African)
        cost = float(levenshtein(a, b))
        if is_latin(a) and cost <= 2 and skeleton(a) == skeleton(b):
            return Verdict(NEAR, cost)  # Ji-hoon/Ji-hun: one sound spelt two ways
        patronymic = next((e for e in _PATRONYMIC_ENDINGS if a.endswith(e) and b.endswith(e)), "")
        size -= len(patronymic)  # Baibekuly, Alibekuly: two fathers' names, -uly no part of either
        limit = 1 if size < 8 else 2
        return Verdict(NEAR if cost <= limit and size >= 5 else NONE, cost)
    latin_a, latin_b = is_latin(a), is_latin(b)
    if not latin_a and not latin_b:
        surnames = bool(_SURNAME.search(a) and _SURNAME.search(b))
        foreign = not (is_kazakh_name(a) or is_kazakh_name(b) or surnames)
        cost = cyr_distance(a, b, foreign)
        same = 0.75 if is_kazakh_name(a) or is_kazakh_name(b) else 0.55 if surnames else _FOREIGN_CYRILLIC
        return Verdict(SAME if cost <= same else NEAR if cost <= min(2.0, 0.3 * size) and size >= 4
                       else NONE, cost)
    latin, cyr = (a, b) if latin_a else (b, a)
    if not is_kazakh_name(cyr):
        forms = russian_nominatives(cyr) if (lang_b if latin_a else lang_a) == "ru" else (cyr,)
        if practical.slip_of_claimed(latin, forms) and not follows_a_romanisation(latin, cyr):
            return Verdict(NEAR, 1.0)  # Вежбецкий, Onodara/Онодэра: a letter off its readings
    elif practical.kazakh_reads(latin, cyr):
        return Verdict(SAME, 0.0)  # Gökçe, Гөкче: its language's reading as Kazakh writes it
    elif practical.kazakh_slip_of_claimed(latin, cyr):
        return Verdict(NEAR, 1.0)  # Бозкыртоғлу for Bozkurtoğlu: Kazakh letters hide no slip
    cost = distance(skeleton(latin), skeleton(cyr))
    if "ң" in cyr:  # ң is n or ng in the state's romanisation (_STATE_LETTERS): Tengiz, Zhanatas
        cost = min(cost, distance_within(skeleton(latin), skeleton(cyr.replace("ң", "нг")), cost))
    by_sound = False
    if not is_kazakh_name(cyr):
        for reading in _foreign_readings(latin):  # only a nearer reading counts
            cost = min(cost, distance_within(skeleton(reading), skeleton(cyr), cost))
        readings = transcription.english_readings(latin, cyr) + _said_readings(latin, cyr)  # Trump as Трамп
        sounded = min([distance_within(skeleton(r), skeleton(cyr), _SOUNDED) for r in readings], default=9.0)
        by_sound = sounded <= _SOUNDED and sounded < cost
        cost = min(cost, sounded) if sounded <= _SOUNDED else cost  # the same name; never a nearer slip
    same = 0.8 if is_kazakh_name(cyr) else 0.75
    if same < cost <= _LEARNT_REACH and not is_kazakh_surname(cyr) and not _romanised_surname(latin, cyr) \
            and transcription_model.same_name(latin, cyr):
        return Verdict(SAME, cost)  # Caldwell/Колдуэлл, Hoeffner/Хёфнер: as place names are transcribed
    if cost <= same:
        if _pinyin_of(latin, cyr):
            return Verdict(SAME, cost)  # Xiaoming/Сяомин: Chinese, no Russian surname in -ин
        if is_kazakh_surname(cyr) and not follows_state_romanisation(latin, cyr):
            return Verdict(NEAR, cost, strict=True)
        if is_surname(cyr) and not is_kazakh_name(cyr) and not follows_a_romanisation(latin, cyr) \
                and not (by_sound and transcription_model.same_name(latin, cyr)):
            return Verdict(NEAR, cost, strict=True)  # Baldwin/Болдуин: read by sound, and the model agrees
        return Verdict(SAME, cost)
    return Verdict(NEAR if cost <= min(1.6, 0.3 * size) and size >= 4 else NONE, cost)


_PATRONYMIC_ENDINGS = ("uly", "uli", "ұлы", "улы", "kyzy", "qyzy", "қызы", "кызы")
"""The Kazakh patronymic's endings (son of, daughter of): two names in -uly share them whoever
their fathers are, so a name's length for its one-letter slips is counted without them."""


_LATIN_VOWELS = "aeiou"


def vowel_slip(latin: NameWord, cyrillic: NameWord) -> str | None:
    """The Latin *latin* with one vowel letter changed for another when that makes it the
    name *cyrillic* transcribes and as written it is none (Sounthavang for Сунтхавонг: a for
    the о the model reads as o, Sounthavong): in a name's own spelling, which no
    romanisation table judges, a vowel no transcription gives for the Cyrillic one. The
    comparison (`compare_words`) must not read them as one name already: English vowels are
    said many ways (Murphy, Мерфи: Merphy is no nearer a transcription, so no slip), and a
    vowel a spelling tradition writes for another is read there (Shehbaz, Шахбаз). None
    when no such vowel is found."""
    if not is_latin(latin.text) or is_latin(cyrillic.text) or latin.place or cyrillic.place \
            or compare_words(latin, cyrillic).status != NEAR:
        return None
    forms = russian_nominatives(cyrillic.text.lower()) if cyrillic.lang == "ru" \
        else kazakh_stems(cyrillic.text.lower())
    for stem in latin.stems:
        for form in forms:
            fixed = _one_vowel_fixed(stem, form) or _one_consonant_fixed(stem, form)
            if fixed is not None:
                return fixed
    return None


_CONSONANTS = "bcdfgklmnprstvz"
_DIGRAPH_PARTS = frozenset({"ch", "sh", "th", "kh", "zh", "ph", "gh", "ck", "ts", "tz", "dz", "sz", "cz",
                            "rz"})
"""Consonant pairs that spell one sound (Mehta's h after a vowel is its own letter, Chaudhry's
ch is not): a letter of one is no consonant to change alone."""


def _one_consonant_fixed(stem: str, form: str) -> str | None:
    """*stem* with one consonant letter standing alone changed for another so that the
    transcription model reads *form* as it, as `_one_vowel_fixed` does for a vowel (Mehra for
    Мехта, Anil Mehta: r for t, which no transcription writes for one another), else None."""
    written = transcription_model.cost(stem, form)
    for i, letter in enumerate(stem):
        if letter not in _CONSONANTS or {stem[i - 1:i + 1], stem[i:i + 2]} & _DIGRAPH_PARTS \
                or letter in (stem[i - 1:i], stem[i + 1:i + 2]):
            continue  # a letter of a digraph or of a double is no sound of its own
        for consonant in _CONSONANTS:
            fixed = stem[:i] + consonant + stem[i + 1:]
            if consonant != letter and transcription_model.misspelt_cost(
                    transcription_model.cost(fixed, form), written):
                return fixed
    return None


_FINAL_VOWEL_OTHERWISE = {"a": "еэ"}
"""The Cyrillic letters a final Latin vowel after a consonant is never transcribed with: Russian
and Kazakh write a name's last a as а (я after a soft consonant: Costa, Коста; Garcia, Гарсия),
never as the е, э they write for e (Almonte, Альмонте). Not e, which French leaves unsaid and
Russian may end with the feminine а (Charlotte, Шарлотта), nor o, u, i, whose Portuguese
readings are у and и (Pedro, Педру; Vicente, Висенти)."""


def final_vowel_changed(latin: NameWord, russian: NameWord, kazakh_form: NameWord) -> bool:
    """The English *latin* ends in a vowel (a) after a consonant which the name the Russian
    and Kazakh forms share (`cyrillic_consensus`, in the nominative) ends otherwise (Almonta
    where both write Альмонте): one vowel changed, which a transcription never does
    (`_FINAL_VOWEL_OTHERWISE`). Not a place, whose English name is traditional."""
    lower = latin.text.lower()
    if latin.place or len(lower) < 4 or lower[-1] not in _FINAL_VOWEL_OTHERWISE \
            or lower[-2] in _LATIN_VOWELS or not lower[-2].isalpha():
        return False
    shared = cyrillic_consensus(russian.text, kazakh_form.text)
    if lower[-2] == "y" and (shared or "")[-2:-1] != "й":
        return False  # ya is я; a y the Cyrillic forms write й (Tesfaye, Тесфайе) is a consonant
    return bool(shared) and shared == russian.text.lower().replace("ё", "е") \
        and shared[-1] in _FINAL_VOWEL_OTHERWISE[lower[-1]]


_KEPT_FINAL_VOWELS = "уиое"
"""The final vowels of a foreign name that Kazakh, whose case endings are never a vowel alone,
shows to be the name's own where the Russian form could be a case form of a shorter one (Чокану,
a Romanian surname, or the dative of Чокан; Росси, Карбоне): the Romanian -u, the Italian -i, -o,
-e. Not а, which Russian may add to a woman's name."""


def final_vowel_dropped(latin: NameWord, russian: NameWord, kazakh_form: NameWord) -> bool:
    """The English *latin* ends in a consonant where the name the Russian and Kazakh forms share
    (`cyrillic_consensus`: the Kazakh form is the nominative) ends in a vowel after it, the
    rest being the same name (Ciocan where both write Чокану): a final vowel left out, which a
    transcription never does — though read against the Russian form alone, Чокану is the dative
    of Чокан. Not a place, whose English name is traditional."""
    lower = latin.text.lower()
    if latin.place or russian.place or kazakh_form.place or len(lower) < 4 \
            or not lower[-1].isalpha() or _vowel_letter(lower[-1]):
        return False
    shared = cyrillic_consensus(russian.text, kazakh_form.text)
    if not shared or len(shared) < 5 or shared != russian.text.lower().replace("ё", "е") \
            or shared[-1] not in _KEPT_FINAL_VOWELS or shared[-2] in _VOWELS_RU or shared[-2] in "йь":
        return False
    return _compare(latin.text, latin.lang, shared[:-1], kazakh_form.lang).status == SAME


def romanises_v_for_u(latin: str, russian: str) -> bool:
    """The English *latin* romanises the Russian *russian* with в for one у between a consonant
    and a vowel, not *russian* as written (Sadvakassov for Садуакасов): English keeps the
    Russian tradition of a Kazakh name (Садвакасов for Садуақасов, `_CYR_CHEAP_MARKED`), so
    it attests the form the Russian text had, which a Kazakh form re-lettered replaced."""
    lower = russian.lower()
    if follows_a_romanisation(latin, lower):
        return False
    return any(follows_a_romanisation(latin, lower[:i] + "в" + lower[i + 1:])
               for i in range(1, len(lower) - 1)
               if lower[i] == "у" and lower[i - 1] not in _VOWELS_RU and lower[i + 1] in _VOWELS_RU)


_SLIPPED_VOWEL = {"a": "o", "o": "a"}
"""The vowel a slip may have put for another: a and o, which no English spelling of a name
says alike (Sounthavang for Сунтхавонг). Not e for i (Jasem and Jasim, Hamed and Hamid are
one Arabic name's usual spellings) nor u for e (Curtin, Кертин: English says ur as ер)."""


def _vowel_letter(letter: str) -> bool:
    """*letter* is a Latin vowel letter, with or without a diacritic (á, ö), or y."""
    base = unicodedata.normalize("NFKD", letter)[:1]
    return bool(base) and base in _LATIN_VOWELS + "y"


def _one_vowel_fixed(stem: str, form: str) -> str | None:
    """*stem* with one vowel changed so that the transcription model reads *form* as it
    (`transcription_model.misspelt_cost`: the change makes it the name, the stem as written
    is none or clearly worse), else None. Only a vowel standing alone: a vowel digraph is
    said as one sound, which its own language's spelling decides (O'Shaughnessy, О'Шонесси)."""
    written = transcription_model.cost(stem, form)
    for i, letter in enumerate(stem):
        if letter not in _LATIN_VOWELS or _vowel_letter(stem[i - 1:i]) or _vowel_letter(stem[i + 1:i + 2]):
            continue  # a letter of a vowel digraph is no vowel of its own (O'Shaughnessy, Ciarán)
        for vowel in _SLIPPED_VOWEL.get(letter, ""):
            fixed = stem[:i] + vowel + stem[i + 1:]
            if transcription_model.misspelt_cost(transcription_model.cost(fixed, form),
                                                                     written):
                return fixed
    return None


def _romanised_surname(latin: str, cyr: str) -> bool:
    """*cyr* is a surname of the -ов, -ин kind and *latin* in no foreign orthography: a name
    romanised from Cyrillic (Mukhamedzhanov from Мухамеджанов, д always d), which the rules of
    romanisation judge, not the correspondence learnt from foreign place names (which reads
    Mukhametzhanov as a transcription too); one a usual romanisation gives (Rachmaninov, ch for
    х) stays the same name."""
    return is_surname(cyr) and not own_orthography(latin) and not follows_a_romanisation(latin, cyr)


def _read_as_its_language(a: str, b: str) -> bool:
    """Of the stems *a* and *b*, one Latin and one Cyrillic in no Kazakh letter, the Cyrillic one
    (or a Russian name it is a case form of) is a practical transcription of the Latin one by its
    language's rules (`press.lang.practical`: Wierzbicki, Вежбицкий; Bunkacho, Бункатё)."""
    latin, cyr = (a, b) if is_latin(a) else (b, a)
    if is_kazakh_name(cyr) or not practical.readable(latin):
        return False
    claimed = practical.claimed(latin)
    # a word in a spelling of its own, no romanised surname, by any language whose letters fit
    # (Jagiellonian, Ягеллонский): Saidow, one letter from Saidov, is no Polish reading of Саидов
    own = own_orthography(latin) and not is_surname(cyr)
    if not (claimed or own):
        return False  # no reading to find among the forms: the names they may be cases of unasked
    forms = (cyr, *russian_nominatives(cyr))
    if claimed and any(practical.reads(latin, form) for form in forms):
        return True
    return own and any(practical.reads_any(latin, form) for form in forms)


def transcribed_otherwise(latin: NameWord, word: NameWord, other: NameWord) -> bool:
    """The Cyrillic *word* is a misspelt transcription of the Latin *latin* which the other
    Cyrillic version's *other* transcribes. Kazakh writes a foreign name with Russian's letters,
    so when the two forms share no name (`cyrillic_consensus`) but their names differ by a letter
    or two (Кикнадзи, Кикнадземен; Мольнамен, Молья), one of them is misspelt: the one the
    correspondence learnt from independent names (`press.lang.transcription_model`) clearly
    prefers less for *latin* (read as written, or as Spanish spelling is said: the model learnt
    no ll for ль), while it reads the other as the name — or, before it, the one that is no
    practical transcription of *latin*'s language (`press.lang.practical`) where the other is.
    Forms further apart are two ways of transcribing, not a slip; a place is judged by its
    place; a Kazakh name is left to the rules (Садуақасов, Садвакасов): the model knows places,
    not the state's romanisation."""
    if word.place or other.place or not is_latin(latin.text) or is_latin(word.text) \
            or is_latin(other.text) or {word.lang, other.lang} != {"kk", "ru"} \
            or is_kazakh_name(word.text) or is_kazakh_name(other.text):
        return False
    ru, kk = (word, other) if word.lang == "ru" else (other, word)
    if cyrillic_consensus(ru.text, kk.text):
        return False  # one name in two case forms
    names_of = {"ru": russian_nominatives(ru.text.lower().replace("ё", "е")),
                "kk": kazakh_stems(kk.text.lower().replace("ё", "е"))}
    pairs = [(b, c) for b in names_of[word.lang] for c in names_of[other.lang] if levenshtein(b, c) <= 2]
    if not pairs:
        return False  # two transcriptions, or another name
    if any(_epenthetic(b if word.lang == "kk" else c, c if word.lang == "kk" else b) for b, c in pairs):
        return False  # Kazakh breaks a cluster of consonants with ы or і: Маркыс for Маркс
    if any(_kazakh_convention(b, c) for b, c in pairs):
        return False  # Жейхун for Джейхун, Ясауи for Ясави, Амангелдиев: as Kazakh writes them
    mine = any(practical.reads_any(stem, b) for stem in latin.stems for b in names_of[word.lang])
    theirs = any(practical.reads_any(stem, c) for stem in latin.stems for _, c in pairs)
    if mine != theirs:  # one is its language's transcription (Вежбицкий for Wierzbicki), the
        return theirs   # other a letter or two off it (Вежбецкий; Дудик for Дудек)
    readings = {r for stem in latin.stems for r in (stem, _spanish_reading(stem))}
    costs = [_differing_costs(a, b, c) for a in readings for b, c in pairs]
    right, wrong = min(c[0] for c in costs), min(c[1] for c in costs)
    return transcription_model.misspelt_cost(right, wrong)


def kazakh_letters_slip(latin: NameWord, kk: NameWord, ru: NameWord) -> bool:
    """The Kazakh *kk*, written with Kazakh letters, misspells the foreign name *latin* (in
    letters of its own language, `practical.kazakh_slip_of_claimed`) which the Russian *ru*
    writes as its language's transcription: Бозкыртоғлу against Бозкуртоглу for Bozkurtoğlu.
    Compared as Kazakh names, the two differ by a vowel the scripts often trade (Тұрсын,
    Турсун: `spelt_as_russian_writes`), which a foreign name's own letters leave no room for."""
    if kk.place or ru.place or not is_kazakh_name(kk.text) or not is_latin(latin.text):
        return False
    kazakh = kazakh_stems(kk.text.lower())
    if any(practical.kazakh_reads(stem, form) for stem in latin.stems for form in kazakh):
        return False  # a case form of the reading (Бозкуртоғлуға)
    return any(practical.kazakh_slip_of_claimed(stem, form) for stem in latin.stems for form in kazakh) \
        and any(practical.reads(stem, form) for stem in latin.stems
                for form in (ru.text.lower(), *russian_nominatives(ru.text.lower())))


def _differing_costs(latin: str, wrong: str, right: str) -> tuple[float, float]:
    """The model's costs of *right* and *wrong* for *latin*; of a hyphenated name with as many
    parts each, of the part where they differ only (Hale as Хейл is no concern of Эшфорт)."""
    parts = [latin.split("-"), wrong.split("-"), right.split("-")]
    if len(parts[0]) > 1 and len({len(p) for p in parts}) == 1:
        differ = [(a, b, c) for a, b, c in zip(*parts, strict=True) if b != c]
        if len(differ) == 1:
            latin, wrong, right = differ[0]
    return transcription_model.cost(latin, right), transcription_model.cost(latin, wrong)


def _kazakh_convention(a: str, b: str) -> bool:
    """Two Cyrillic forms of a foreign name that differ only as Kazakh writes Russian letters:
    ж for дж (Жейхун, Джейхун), у for в (Ясауи, Ясави), no soft sign (Амангелдиев)."""
    def fold(form: str) -> str:
        return form.replace("дж", "ж").replace("ь", "").replace("в", "у")
    return a != b and fold(a) == fold(b)


def _epenthetic(kazakh_form: str, russian_form: str) -> bool:
    """The Kazakh form is the Russian one with a ы or і put between two consonants, as Kazakh
    breaks a foreign cluster (Маркыс for Маркс): a Kazakh spelling, no slip."""
    return len(kazakh_form) == len(russian_form) + 1 and any(
        kazakh_form[i] in "ыі" and kazakh_form[:i] + kazakh_form[i + 1:] == russian_form
        for i in range(1, len(kazakh_form)))


_LEARNT_REACH = 2.0
"""How far by the rules a Latin and a Cyrillic form may be for the learnt correspondence
(`press.lang.transcription_model`) to be asked whether they are one name: a pair the rules find
further apart is another name (and asking about every such pair of a text would be slow). A
Kazakh surname stays held to the state's romanisation, which the model knows nothing of."""


_FOREIGN_CYRILLIC = 0.5
"""How far the Kazakh and the Russian form of a foreign name in no Kazakh letter may be apart and
still be the same, by `_CYR_CHEAP_FOREIGN`: Kazakh writes a foreign name as Russian does, so
Дворжак/Дворак and Сантоса/Сантосо are slips. A surname of the -ов, -ин kind keeps the Kazakh ↔
Russian vowels (Тезымбеков/Тезумбеков), a Kazakh name in Kazakh letters all the regular
correspondences."""


_FRENCH = (("ieu", "yo"), ("eau", "o"), ("aux", "o"), ("au", "o"), ("oi", "ua"), ("ou", "u"), ("ai", "e"),
           ("ei", "e"), ("qu", "k"), ("ch", "sh"), ("gn", "ny"), ("ge", "zhe"), ("gi", "zhi"))
_FRENCH_ENT = re.compile(r"ent\Z")
_FRENCH_END = re.compile(r"(?<=..[^aeiouy])e\Z|(?<=[nr])[tdsx]\Z|(?<=[aeiou])[tdsx]\Z")


_GERMANIC = {"tsch": "ch", "sch": "sh", "ch": "kh", "ei": "ai", "ey": "ai", "ij": "ey", "ie": "i"}
_GERMANIC_LETTERS = re.compile("|".join(_GERMANIC) + r"|(?:^|(?<=-))s(?=[tp])")
_GERMANIC_V = re.compile(r"(?:^|(?<=-))v")
"""German and Dutch spelling as it is said, which Russian and Kazakh transcribe: sch, ch, ei and
ey (Schneider → Шнайдер, Friedrich → Фридрих), st and sp opening a word (Steinmeier → Штайнмайер), the long ie
(Pieter → Питер, de Vries → де Врис), Dutch ij (Dijk → Дейк); and, in a reading of its own,
the v opening a word said f (Vogel → Фогель, Vogt → Фогт), which Russian writes в as often
(Врис). Not elsewhere: the v of a romanised -ev is в (Bakayev; Бакаеф is a slip)."""


_SUN_LETTER_ARTICLE = re.compile(r"(?<=[a-z][aeu])l(sh|th|dh|[tdrzsn])")
"""The Arabic article al (ul, el) inside a name before a sun letter (t, th, d, dh, r, z, s, sh,
n), which takes its sound: Abd al-Rahman is said Abdur-Rahman, and Russian and Kazakh write it
so (Abdulrahman, Абдуррахман; Abdulsalam, Абдуссалам), as the article before a name is written
ar-, as- (`article_of`). The rule of Arabic orthography (the "sun letters")."""


@lru_cache(maxsize=4096)
def _foreign_readings(latin: str) -> tuple[str, ...]:
    """*latin* read as French and as German or Dutch spelling is said, and with the th and dh
    of an Arabic name said s and z as Russian and Kazakh write them (Al-Harthi, аль-Харси), its
    article inside the name said as the sun letter after it (`_SUN_LETTER_ARTICLE`):
    a foreign name in its own spelling is transcribed by its sounds, so the nearest reading
    is the one to compare (only the readings that differ from the word)."""
    germanic = _GERMANIC_LETTERS.sub(lambda m: _GERMANIC.get(m.group(), "sh"), latin.lower())
    arabic = _SUN_LETTER_ARTICLE.sub(r"\1\1", latin.lower()).replace("th", "s").replace("dh", "z")
    readings = (_french_reading(latin), germanic, _GERMANIC_V.sub("f", germanic), arabic)
    return tuple(r for r in dict.fromkeys(readings) if r != latin.lower())


def _said_readings(latin: str, cyr: str) -> tuple[str, ...]:
    """*latin* read as Spanish spelling and as pinyin are said (Guadalajara, Гвадалахара; Cong
    Peiwu, Цун Пэйу), and as a Korean name (`_korean_reading`). Only a reading that comes as close
    as the same name counts (`_SOUNDED`): Palacios read Palasios is one letter from the slip
    Паласеос, which its letters keep apart."""
    lower = latin.lower()
    found = (_spanish_reading(latin), transcription.pinyin_reading(latin) or "", _korean_reading(lower, cyr),
             _armenian_reading(lower))
    return tuple(r for r in dict.fromkeys(found) if r and r != lower)


_ARMENIAN_SURNAME = re.compile(r"(?<=\w{3})[iy]an\Z")
"""An Armenian surname's patronymic ending (Hakobyan, Petrosian), which Russian writes -ян."""
_ARMENIAN_OPENING_H = re.compile(r"\Ah(?=[aeiou])")
_ARMENIAN_STOPS = re.compile(r"b|d|g(?!h)")
_ARMENIAN_DEVOICED = {"b": "p", "d": "t", "g": "k"}


def _armenian_reading(lower: str) -> str:
    """*lower* as the Russian tradition writes an Armenian surname, "" for a word of another
    shape: the h opening it left out and its stops b, d, g said p, t, k as Western Armenian and
    the older Russian forms say them (Hakobyan, Акопян; Hambardzumyan, Амбарцумян; Sargsyan,
    Саркисян) — the English spelling romanises the Eastern Armenian letters (հ, բ, դ, գ). From
    the Armenian-Russian practical transcription's traditional forms."""
    if not _ARMENIAN_SURNAME.search(lower):
        return ""
    unaspirated = _ARMENIAN_OPENING_H.sub("", lower)
    return _ARMENIAN_STOPS.sub(lambda m: _ARMENIAN_DEVOICED[m.group()], unaspirated)


_KOREAN_NG = re.compile(r"(?<=[aeiou])ng(?![aeiouy])")


def _korean_reading(lower: str, cyr: str) -> str:
    """*lower* read as a Korean name in the Revised Romanisation, as Kontsevich's transcription
    writes it: eo is о (Hwaseong, Хвасон; Jeong, Чон), oo у (Woo, У), a syllable's final ng
    is н (Хвасон, Сон Хо), the aspirated ch чх where *cyr* writes so (Cheongju, Чхонджу), and,
    where *cyr* writes э, ae is э (Gimhae, Кимхэ), an opening g said к where *cyr*
    opens so (Gimhae, Кимхэ). "" when nothing reads otherwise."""
    korean = _KOREAN_NG.sub("n", lower.replace("eo", "o").replace("oo", "u"))
    if "э" in cyr.lower():
        korean = korean.replace("ae", "e")
    if "чх" in cyr.lower():
        korean = korean.replace("ch", "chkh")
    if korean != lower and korean[:1] == "g" and cyr[:1].lower() == "к":
        korean = "k" + korean[1:]
    return korean if korean != lower else ""


_SPANISH = ((re.compile(r"\Ah(?=[aeiou])"), ""), (re.compile(r"gu(?=[ei])"), "g"),
            (re.compile(r"gu(?=[ao]\w)"), "gv"), (re.compile(r"j"), "kh"),
            (re.compile(r"ll(?=[aeiou])"), "ly"), (re.compile(r"qu(?=[ei])"), "k"),
            (re.compile(r"c(?=[ei])"), "s"), (re.compile(r"z"), "s"))


def _spanish_reading(latin: str) -> str:
    """*latin* read as Spanish spelling is said, which Russian and Kazakh transcribe: j as х
    (Guadalajara Гвадалахара, Juárez Хуарес), gua as гва before a vowel's syllable, ll as ль
    (Sevilla Севилья), the silent h opening a word (Hernández Эрнандес), qu, c and z as к, с."""
    parts = []
    for part in _plain_latin(latin).split("-"):
        for pattern, sound in _SPANISH:
            part = pattern.sub(sound, part)
        parts.append(part)
    return "-".join(parts)


@lru_cache(maxsize=4096)
def _french_reading(latin: str) -> str:
    """*latin* read as French spelling is said, which is what Russian and Kazakh transcribe
    (Dubois-Laurent → dubua-loran, Дюбуа-Лоран; Claire → kler, Клер; Lemieux → lemyo, Лемьё;
    Eurimages → eurimazhe, Евримаж): the vowel digraphs, ch, qu, gn, g before e and i, and the
    silent final e, t, d, s, x. The same word when nothing is read otherwise."""
    parts = []
    for part in latin.lower().split("-"):
        for old, new in _FRENCH:
            part = part.replace(old, new)
        parts.append(_FRENCH_END.sub("", _FRENCH_ENT.sub("an", part)))
    return "-".join(parts)


def _pinyin_of(latin: str, cyr: str) -> bool:
    """*cyr* is the Palladius transcription of the pinyin *latin*, but for the soft sign and
    usual variation (Jinping, Цзиньпин; Xiaoming, Сяомин)."""
    reading = transcription.pinyin_reading(latin)
    return reading is not None and distance(skeleton(reading), skeleton(cyr)) <= 0.15


_SOUNDED = 0.4
"""How close an English reading must come to the transcription to count: the same sounds but
for a usual variation (h/х). A reading that only brings a name near (Friedrich read Fridrich
for Фридрих) or leaves a cheap vowel apart (Palacios read Palasios, one letter from Паласеос)
leaves the name to its letters: a reading never makes a slip pass."""


def _initial_spelt(a: str, lang_a: str, b: str, lang_b: str) -> bool:
    """One of *a*, *b* is an initial and the other its letter's name in Cyrillic (J, Джей)."""
    latin, cyrillic, lang = (a, b, lang_b) if is_latin(a) else (b, a, lang_a)
    return transcription.spells_initial(latin, stems(cyrillic, lang))


def _stems_against(word: str, lang: str, other: str) -> tuple[str, ...]:
    """The stems of *word* to compare with *other*: a Kazakh company's name with the word it
    translates as the Russian part of the name (Қазатомөнеркәсіп as Казатомпром) against a form
    in no Kazakh letters; a Latin name less the Arabic article written
    joined to it, against a Cyrillic form without one (Albusaidi, Бусаиди); a declined Russian
    form itself is left out against a Latin word (Варгой is Варга, so Vargo is not the same
    name), and a Russian surname is compared as a surname (Кенжебаев, not the name Кенжебай
    pymorphy3 derives it from)."""
    found = stems(word, lang)
    if lang == "kk" and not is_kazakh_name(other):
        found += kazakh.abbreviated_compounds(found)
    if is_latin(word) and not is_latin(other) and _JOINED_ARTICLE.match(word) and not article_of(other):
        found += tuple(stem[2:] for stem in found if _JOINED_ARTICLE.match(stem))
    if lang == "ru" and is_latin(other) and not is_latin(word) and len(found) > 1 and _declined(found[0]) \
            and _FINAL_READS.get(word[-1:].lower()) != other[-1:].lower():
        found = found[1:]  # but Алему for Alemu: the ending is the name's own last letter
    if lang == "ru" and found and other[:1].isupper() and any(_SURNAME.search(stem) for stem in found):
        # Оразовым: Оразов, not the plural Оразовы pymorphy3 guesses; Пассерини itself stays
        # and a town in -ово, -ево (Легионове of Легионово, Polish Legionowo) keeps its nominative
        return tuple(stem for stem in found if _SURNAME.search(stem) or stem == word.lower()
                     or stem.endswith(("ово", "ево")))
    return found


_FINAL_READS = {"у": "u", "ю": "u", "о": "o", "е": "e", "и": "i", "а": "a"}
"""The Latin letter a Russian word's last letter transcribes: a word that reads as a declined
form (Алему, dative of Алем) is the name itself when the Latin form ends so too (Alemu)."""
_JOINED_ARTICLE = re.compile(r"[Aa]l[^\W\daeiouy]\w{3}")
"""An Arabic name with its article written joined in English (Albusaidi, Albudaiwi), which the
Cyrillic versions may write as a word of its own (Аль Бусаиди, Әл Бусаидиді)."""


_OBLIQUE = ("ой", "ым", "им", "ом", "ем", "ою", "ей", "ами", "ями", "ам", "ям", "ах", "ях", "ого", "ому",
            "ему")
"""Russian case endings no nominative name ends in (-ов and -а end surnames too)."""


def _declined(lower: str) -> bool:
    """A Russian word pymorphy3 reads as a case form of a proper name other than itself
    (Варгой of Варга): the English form is compared with the name, not with the case form."""

    if not lower.endswith(_OBLIQUE):
        return False
    proper = [p for p in parses(lower) if PROPER & p.tag.grammemes]
    return bool(proper) and not any("nomn" in p.tag for p in proper)


def parses(word: str) -> tuple:
    """pymorphy3's analyses of *word*, once per word (`russian.parses`: the checker asks about a
    name often)."""
    from press.lang import russian

    return russian.parses(word)


def is_cyrillic(word: str) -> bool:
    """True when *word* is written in Cyrillic letters (Russian or Kazakh)."""
    return word[:1] in _CYRILLIC_LETTERS


def is_latin(word: str) -> bool:
    """True when *word* is written in Latin letters."""
    return word[:1] in _LATIN_LETTERS


_OWN_ORTHOGRAPHY = re.compile(r"sch|ph|th|w|x|q|c(?![hk])|gh|ee|oo|eh|[aeiou]h\Z|'|’|dd|tt|ll|nn|ff|ng\Z"
                              r"|[^\x00-\x7f]")
"""Letters the state romanisation of a Kazakh or Russian form never writes (Laschet, Canesse,
Shehbaz, Jeddah, Xi'an, Zhang): the English form is the name's own spelling in its own
language, of which the Cyrillic forms are a transcription."""


def own_orthography(name: str) -> bool:
    """*name* is in Latin letters and in a foreign orthography, not romanised from Cyrillic:
    how far it is from the Kazakh and Russian forms says nothing about a slip."""
    return is_latin(name) and bool(_OWN_ORTHOGRAPHY.search(name.lower()))


def levenshtein(a: str, b: str) -> int:
    """The number of letters changed, added or left out from *a* to *b* (unit costs). The
    first `_PYTHON_LEVENSHTEINS` pairs a process asks are worked out by rows of a Python loop,
    the rest by rapidfuzz's compiled Levenshtein: a first check of new text asks thousands
    (~25 µs each in Python), a one-off check of a release some tens, fewer than rapidfuzz's
    import (~10 ms) would save. `warm_up` imports it for a process that checks many texts."""
    compiled = _LEVENSHTEIN["compiled"]
    if compiled is None:
        _LEVENSHTEIN["asked"] += 1
        if _LEVENSHTEIN["asked"] <= _PYTHON_LEVENSHTEINS:
            return _levenshtein_rows(a, b)
        compiled = _compiled_levenshtein()
    return compiled(a, b)


_PYTHON_LEVENSHTEINS = 400
"""About as many Python rows as rapidfuzz's import costs."""
_LEVENSHTEIN: dict = {"asked": 0, "compiled": None}
"""How many pairs the process asked in Python, and rapidfuzz's distance once imported."""


def _compiled_levenshtein() -> Callable[[str, str], int]:
    from rapidfuzz.distance import Levenshtein

    _LEVENSHTEIN["compiled"] = Levenshtein.distance
    return Levenshtein.distance


def _levenshtein_rows(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            row.append(min(prev[j - 1] + (ca != cb), prev[j] + 1, row[j - 1] + 1))
        prev = row
    return prev[-1]


def warm_up() -> None:
    """Load the gazetteers and the tables derived from them (start-up, not per check)."""
    for lang in ("en", "kk", "ru"):
        gazetteer(lang)
        _phrases(lang)
        _phrase_heads(lang)
        _currency_nouns(lang)
    for lang in _CYRILLIC_LOOSE:
        _loose_places(lang)
    _ru_place_adjectives()
    _folded_kazakh_places()
    home_words.warm_up()
    transcription_model.warm_up()
    _compiled_levenshtein()


_CAPITALISED = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]*"
_PART_LINK = r"(?:\s*,\s*|\s+(?:and|&|и|және|мен|of(?:\s+the)?)\s+|\s+)"
_PART_WORDS = 3
"""Capitalised words at most between a part's name word and the name checked (Asia and Africa)."""


@cache
def _part_patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(what stands before, what stands after) a name inside the name of a part of a body
    (`home_words` "subdivision"): English and Kazakh put the part's place words before the
    part (Europe Department, Азия және Африка департаменті) and English its body after "of the"
    (the Europe Department of the Ministry of Foreign Affairs); Russian puts them after it in
    the genitive (Департамента Азии и Африки МИД) or before it as an adjective (Европейского
    департамента)."""
    head = home_words.pattern("subdivision", lang)
    if head is None:
        return None, None
    run = rf"(?:{_CAPITALISED}{_PART_LINK}){{0,{_PART_WORDS}}}"
    before = {"en": rf"(?:{head.pattern})\s+(?:of|for)\s+(?:the\s+)?{run}\Z",
              "ru": rf"(?:{head.pattern})\s+{run}\Z"}.get(lang)
    after = rf"(?:{_PART_LINK}{_CAPITALISED}){{0,{_PART_WORDS}}}\s+(?:{head.pattern})" if lang != "ru" \
        else rf"\s+(?:{head.pattern})"
    return (re.compile(before) if before else None), re.compile(after)


def names_a_part(text: str, start: int, end: int, lang: str) -> bool:
    """The name at *start*:*end* of *text* is in the name of a part of a body (Europe in the
    Europe Department, Азии in «Департамента Азии и Африки»), is the body whose part it
    names ("the Europe Department of the Ministry of Foreign Affairs", «Департамента Европы
    МИД», «СІМ Еуропа департаменті») or the place of an envoy's title (Ambassador to Japan):
    a part of a title, which a version may shorten."""
    before, after = _part_patterns(lang)
    return bool(after and after.match(text, end) and _bare(text[start:end], lang)) \
        or bool(before and before.search(text[max(0, start - 80):start])) or _envoy_place(text, start, lang) \
        or _envoy_sender(text, end, lang)


def _envoy_place(text: str, start: int, lang: str) -> bool:
    """The name at *start* is the place an envoy's title names (`home_words` "envoy"): English and Russian
    write it after the title (Ambassador to Japan, Посол в Японии), Kazakh before the title as a
    locative attribute (Жапониядағы Елшісі)."""
    envoy = home_words.pattern("envoy", lang)
    if envoy is None:
        return False
    if lang == "kk":
        return bool(envoy.match(text, start))
    return bool(envoy.search(text[max(0, start - 80):start]))


_TO_PLACE = {"en": re.compile(r"\s+(?:to|in)\s+(?:the\s+)?(?=[A-Z])"),
             "ru": re.compile(r"\s+(?:в|во|при)\s+(?=[А-ЯЁ])"),
             "kk": re.compile(r"\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])")}
"""What stands between the country an envoy represents and the place of his title (Ambassador
of Kazakhstan to Japan, Посол Казахстана в Японии, Қазақстанның Жапониядағы Елшісі)."""


def _envoy_sender(text: str, end: int, lang: str) -> bool:
    """The name ending at *end* is the country an envoy's title says he represents: the place of
    the title follows it."""
    to = _TO_PLACE[lang].match(text, end) if lang in _TO_PLACE else None
    return to is not None and _envoy_place(text, to.end(), lang)


def _bare(name: str, lang: str) -> bool:
    """A Kazakh place word before a part's name is in the nominative (Еуропа департаменті), one
    with a case ending is not in it (Астанада департамент директоры: in Astana); a word the
    gazetteer does not know is taken as it is."""
    if lang != "kk":
        return True
    last = name.split()[-1] if name.split() else name
    place = place_id(last, lang)
    return place is None or any(form.split()[-1] == last.lower() for form in place_names(place, lang))
