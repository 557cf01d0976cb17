"""Kazakh morphology for the few things press writes and reads: case endings of names and months.

Kazakh attaches case endings by vowel harmony (back а о ұ ы / front ә ө ү і е) and by the
last sound of the stem (vowel, sonorant, voiced or voiceless consonant). The rules here are
the school-grammar ones; they cover proper names, month names and numerals, which is what a
press release needs to inflect or recognise.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache, lru_cache

from press.lang.tokens import DAY, Spelling, alternation, spelt

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
"""The nine letters Kazakh adds to the Russian alphabet; none may appear in Russian text."""

FRONT_VOWELS = frozenset("әөүіеэиё")
BACK_VOWELS = frozenset("аоұыя")
GLIDES = frozenset("ую")
"""у and ю (ұw/үw, йұw/йүw) take the harmony of the vowel before them: Мәскеуге, тауға, Сеулде."""
VOWELS = FRONT_VOWELS | BACK_VOWELS | GLIDES
VOICELESS = frozenset("вкқпстфхцчшщ")  # в ends Russian surnames and is devoiced: Рыжиковтың
DEVOICED = frozenset("бгд")
"""Final б, г, д occur only in loanwords and names, and are said voiceless: Мадридке, Белградқа."""
NASALS = frozenset("мнң")
SONORANTS = frozenset("лрйуюи")
"""и is written for ій/ый and ю for йу: after them endings begin with д, as after й (бидің, Мәскеудің)."""
VOICED = frozenset("ғжз")

ADJECTIVE_SUFFIXES = ("лық", "лік", "дық", "дік", "тық", "тік")
"""The suffix that makes a Kazakh adjective of a noun (Ұлттық, Дүниежүзілік, қазақстандық)."""
LOCATIVE_ADJECTIVE_SUFFIXES = ("ғы", "гі", "қы", "кі")
"""The suffix that makes an adjective of a place in the locative (Прагадағы, Астанадағы)."""
SYLLABLE_VOWELS = "аәеёиоөұүыіэюя"
"""Letters that carry a syllable when hyphenating (у is the glide w in тау, ауыл: a consonant here)."""
SYLLABLE_CONSONANTS = "бвгғджзйкқлмнңпрстуфхһцчшщ"


def hyphenation_patterns() -> list[str]:
    """Liang patterns (Pyphen's hyph_*.dic format) for breaking Kazakh words at syllables.

    Pyphen ships no Kazakh dictionary, so the PDF could not justify Kazakh as it does Russian
    and English. A Kazakh syllable begins with at most one consonant, so a word breaks before
    the consonant that precedes a vowel (ба-ла, ын-ты-мақ, айт-ты); a loanword's initial
    cluster stays whole (стра-те-гия, not ст-ра-), and -стан keeps its st (Қа-зақ-стан).
    """
    onset = [f"1{c}{v}" for c in SYLLABLE_CONSONANTS for v in SYLLABLE_VOWELS]
    initial_cluster = [f".{a}{b}2" for a in SYLLABLE_CONSONANTS for b in SYLLABLE_CONSONANTS]
    stan = [f"{c}1с2т" for c in SYLLABLE_CONSONANTS]
    return onset + initial_cluster + stan

_LATIN_FRONT, _LATIN_BACK = frozenset("eiy"), frozenset("aou")
_LATIN_SOUND = {**dict.fromkeys("aeiouy", "vowel"), **dict.fromkeys("mn", "nasal"),
                **dict.fromkeys("lrw", "sonorant"), **dict.fromkeys("jz", "voiced")}
"""A Latin final letter as it is usually said; any other consonant (s, t, k, b, d, g …) is voiceless
at the end of a word: Artemis-ке, Boeing-ке, NASA-ның."""


class Case(StrEnum):
    """The seven Kazakh cases (септік)."""

    NOMINATIVE = "nom"
    GENITIVE = "gen"
    DATIVE = "dat"
    ACCUSATIVE = "acc"
    LOCATIVE = "loc"
    ABLATIVE = "abl"
    INSTRUMENTAL = "ins"


def is_front(word: str) -> bool:
    """True when the last vowel of *word* is a front vowel (it then takes front endings).

    у and ю follow the vowel before them (Мәскеу → Мәскеуге, тау → тауға); Latin letters are
    read as said (Artemis-ке). Russian surnames in -ев/-ёв follow the vowel before the suffix:
    Тоқаевтың, Микаевтың.
    """
    word = word.lower()
    if word.endswith(("ев", "ёв")) and len(word) > 3:
        word = word[:-2]
    for letter in reversed(word):
        if letter in _LATIN_BACK or letter in BACK_VOWELS:
            return False
        if letter in _LATIN_FRONT or letter in FRONT_VOWELS:
            return True
    return False


def _sound_class(word: str) -> str:
    """Class of the final sound as it is said: vowel, nasal, sonorant, voiced or voiceless."""
    plain = word.lower().rstrip("ьъ»\"'")
    last = plain[-1:]
    if last.isascii():
        return "nasal" if plain.endswith("ng") else _LATIN_SOUND.get(last, "voiceless")
    if last in NASALS:
        return "nasal"
    if last in SONORANTS:
        return "sonorant"
    if last in VOWELS:
        return "vowel"
    if last in VOICED:
        return "voiced"
    return "voiceless"  # voiceless letters, final б г д, and letters of abbreviations (ХҒС-қа)


# A numeral takes the endings of its last spoken word: the units (бір, екі, үш, төрт, бес, алты,
# жеті, сегіз, тоғыз), else the tens (он, жиырма, отыз, қырық, елу, алпыс, жетпіс, сексен,
# тоқсан), else жүз, мың, миллион, миллиард: 245-тен, 40-тан, 20-дан, 100-ден, 4 000-нан.
# Each as (sound class, front).
_UNITS_SOUND = {1: ("sonorant", True), 2: ("vowel", True), 3: ("voiceless", True), 4: ("voiceless", True),
                5: ("voiceless", True), 6: ("vowel", False), 7: ("vowel", True), 8: ("voiced", True),
                9: ("voiced", False)}
_TENS_SOUND = {1: ("nasal", False), 2: ("vowel", False), 3: ("voiced", False), 4: ("voiceless", False),
               5: ("sonorant", True), 6: ("voiceless", False), 7: ("voiceless", True), 8: ("nasal", True),
               9: ("nasal", False)}
_SCALE_SOUND = ((1000, ("voiced", True)), (10**6, ("nasal", False)), (10**9, ("nasal", False)))
_MILLIARD_SOUND = ("voiceless", False)
"""миллиард ends in a devoiced д: 1 миллиардтың, -қа, -тан, -пен."""
"""Below each bound, a round number ends in: жүз, мың, миллион; above them all, миллиард."""
_TRAILING_DIGITS = re.compile(r"\d[\d \u00a0\u202f]*\Z")


_NOT_DIGIT = re.compile(r"\D")

def _numeral_sound(word: str) -> tuple[str, bool] | None:
    """(sound class, front) of a number written in digits, from its last spoken word; else None."""
    digits = _TRAILING_DIGITS.search(word.rstrip("»\"'"))
    if digits is None:
        return None
    number = int(_NOT_DIGIT.sub("", digits.group()))
    if number % 10:
        return _UNITS_SOUND[number % 10]
    if number % 100:
        return _TENS_SOUND[number % 100 // 10]
    if number == 0:
        return ("sonorant", True)  # нөл
    return next((sound for bound, sound in _SCALE_SOUND if number % bound), _MILLIARD_SOUND)


# Endings as (back, front) pairs, chosen by the class of the final sound.
_ENDINGS: dict[Case, dict[str, tuple[str, str]]] = {
    Case.GENITIVE: {"vowel": ("ның", "нің"), "nasal": ("ның", "нің"),
                    "sonorant": ("дың", "дің"), "voiced": ("дың", "дің"),
                    "voiceless": ("тың", "тің")},
    Case.DATIVE: {"vowel": ("ға", "ге"), "nasal": ("ға", "ге"), "sonorant": ("ға", "ге"),
                  "voiced": ("ға", "ге"), "voiceless": ("қа", "ке")},
    Case.ACCUSATIVE: {"vowel": ("ны", "ні"), "nasal": ("ды", "ді"), "sonorant": ("ды", "ді"),
                      "voiced": ("ды", "ді"), "voiceless": ("ты", "ті")},
    Case.LOCATIVE: {"vowel": ("да", "де"), "nasal": ("да", "де"), "sonorant": ("да", "де"),
                    "voiced": ("да", "де"), "voiceless": ("та", "те")},
    Case.ABLATIVE: {"vowel": ("дан", "ден"), "nasal": ("нан", "нен"),
                    "sonorant": ("дан", "ден"), "voiced": ("дан", "ден"),
                    "voiceless": ("тан", "тен")},
    Case.INSTRUMENTAL: {"vowel": ("мен", "мен"), "nasal": ("мен", "мен"),
                        "sonorant": ("мен", "мен"), "voiced": ("бен", "бен"),
                        "voiceless": ("пен", "пен")},
}


GENITIVE_ENDINGS = tuple(sorted({e for pair in _ENDINGS[Case.GENITIVE].values() for e in pair}))
"""Every form of the genitive ending (-ның, -нің, -дың, -дің, -тың, -тің): an owner's case."""
OBLIQUE_ENDINGS = tuple(sorted({e for case, table in _ENDINGS.items() if case != Case.GENITIVE
                                for pair in table.values() for e in pair}, key=len, reverse=True))
"""Every form of the other case endings (-ны, -ға, -да, -дан, -мен …), the longest first."""


def case_ending(word: str, case: Case) -> str:
    """The ending *word* takes in *case* ("" for the nominative)."""
    if case is Case.NOMINATIVE:
        return ""
    sound, front = _numeral_sound(word) or (_sound_class(word), is_front(word))
    back_form, front_form = _ENDINGS[case][sound]
    return front_form if front else back_form


def inflect(word: str, case: Case) -> str:
    """*word* in *case*: after a numeral, a Latin name or a closing quote the ending is
    hyphenated (245-тен, Artemis-ке, «Союз МС-27»-нің)."""
    ending = case_ending(word, case)
    if not ending:
        return word
    last = word[-1:]
    if last.isdigit() or last.isascii() or last == "»":
        return f"{word}-{ending}"
    return word + ending


POSSESSIVE_ENDINGS: dict[Case, tuple[str, str]] = {
    Case.GENITIVE: ("ның", "нің"), Case.DATIVE: ("на", "не"), Case.ACCUSATIVE: ("н", "н"),
    Case.LOCATIVE: ("нда", "нде"), Case.ABLATIVE: ("нан", "нен"), Case.INSTRUMENTAL: ("мен", "мен"),
}
"""Case endings after a 3rd-person possessive (айлағы → айлағынан), as (back, front) pairs."""


def inflect_name(name: str, case: Case) -> str:
    """A Kazakh name of one or more words in *case*, as a release writes it.

    A compound ending in a possessive takes the -н- endings (Байқоңыр ғарыш айлағы →
    айлағынан), an abbreviation takes a hyphen (ЕҒА-мен, ХҒС-қа), anything else is `inflect`.
    A name closed by » («Союз МС-28») is not treated as a possessive compound.
    """
    if case is Case.NOMINATIVE:
        return name
    last = name.split(" ")[-1]
    if " " in name and last[-1:] in ("ы", "і") and not name.endswith("»"):
        back, front = POSSESSIVE_ENDINGS[case]
        return name + (front if last[-1] == "і" else back)
    if len(last) > 1 and last.isupper() and last.isalpha():
        return f"{name}-{case_ending(name, case)}"
    return inflect(name, case)


_ELIDED = {"қырық": "қырқ"}
"""Stems that lose their last vowel before a vowel-initial ending (қырық → қырқы, қырқыншы)."""


def possessive(word: str) -> str:
    """The third-person possessive: -сы/-сі after a vowel (екісі, жиырмасы), -ы/-і after a
    consonant or a final у (оны, үші, тоғызы, елуі; қырқы)."""
    lower = word.lower()
    front = is_front(lower)
    if lower[-1:] in VOWELS and lower[-1:] not in GLIDES:
        return word + ("сі" if front else "сы")
    return _ELIDED.get(lower, word) + ("і" if front else "ы")


_ORDINAL_BASE = {"жиырма": "жиырмас"}
"""Numerals whose ordinal keeps an old stem: жиырмасыншы (twentieth), the literary form, beside
the plain жиырманшы, which the ordinal ending after a vowel reads as well."""


def ordinal_stem(word: str) -> str:
    """The ordinal of a numeral: -ншы/-нші after a vowel (екінші, алтыншы), -ыншы/-інші after a
    consonant (үшінші, оныншы, қырқыншы, жиырмасыншы)."""
    word = _ORDINAL_BASE.get(word.lower(), word)
    lower = word.lower()
    front = is_front(lower)
    if lower[-1:] in VOWELS and lower[-1:] not in GLIDES:
        return word + ("нші" if front else "ншы")
    return _ELIDED.get(lower, word) + ("інші" if front else "ыншы")


@cache
def numeral_forms(numeral: str) -> dict[str, bool]:
    """The forms of a Kazakh numeral word, each with whether it is a possessive: the word and
    its cases (он, онның, онға, онды, онда, оннан, онмен: the number itself) and its
    third-person possessive with the cases after it (оны, онының, онына, онын, онында,
    онынан, онымен: a part of a whole, «оннан тоғызы», nine out of ten). The ending follows
    the numeral's last sound, so «оның» (the pronoun «ол» in the genitive, "its") is no form
    of «он», whose genitive is «онның»."""
    forms = {inflect(numeral, case): False for case in Case}
    owned = possessive(numeral)
    back, front = zip(*(POSSESSIVE_ENDINGS[case] for case in Case if case is not Case.NOMINATIVE),
                      strict=True)
    forms |= {owned + ending: True for ending in ("", *(front if is_front(owned) else back))}
    return forms


@cache
def _cases_by_ending() -> dict[str, Case]:
    """Ending → case, probed from the tables above over stems of every sound class."""
    probes = ("ата", "әке", "қан", "көң", "қол", "көл", "аз", "сөз", "ат", "іс", "1", "2", "3", "6", "9")
    table: dict[str, Case] = {}
    for case in Case:
        for probe in probes:
            if ending := case_ending(probe, case):
                table.setdefault(ending, case)
    for case, pair in POSSESSIVE_ENDINGS.items():
        for ending in pair:
            table.setdefault(ending, case)
    return table


def case_of_ending(ending: str) -> Case | None:
    """The case a bare ending marks ("дан" → ablative, "нда" → locative), None if it is none.

    Where two cases share an ending the one listed first in `Case` wins.
    """
    return _cases_by_ending().get(ending)


def all_case_endings() -> frozenset[str]:
    """Every case ending, for readers that strip endings to find the stem."""
    return frozenset(e for table in _ENDINGS.values() for pair in table.values() for e in pair)


# --- The grammar interface (press.lang.grammar): names, dates and numbers in a role ----------

def name_forms(form: str, entity_type: str) -> list[tuple[str, Case]]:
    """A register entry in every case: a Kazakh source says a name's role with its ending."""
    return [(inflect_name(form, case), case) for case in Case]


def name_in_role(form: str, role: Case, entity_type: str) -> str:
    return inflect_name(form, role)


def date_role(text: str, start: int, ending: str | None, previous_word: str) -> Case | None:
    """The date's own ending says it; an ending that is no case (желтоқсандағы) gives None."""
    return case_of_ending(ending) if ending else Case.NOMINATIVE


def date_in_case(text: str, case: Case) -> str:
    """A date whose last word is the month: the month takes the ending ("10 желтоқсанда")."""
    if case is Case.NOMINATIVE:
        return text
    head, _, month = text.rpartition(" ")
    return f"{head} {inflect(month, case)}"


def number_in_role(text: str, role: Case) -> str:
    return inflect(text, role)


def is_form_of(word: str, base: str) -> bool:
    """*word* is *base* under Kazakh endings, hyphenated on after an abbreviation (ХҒС-қа)."""
    return _kk_matches(word, base) or (
        "-" in word and _kk_matches(word.rsplit("-", 1)[0], base)
        and is_ending_chain(word.rsplit("-", 1)[1]))


def _kk_matches(word: str, base: str) -> bool:
    """A Kazakh form of *base*. After a final у/ю (a semivowel in Kazakh) a borrowed name takes
    the harmony it is read with, front or back (Сеулге, Бакуде): either is accepted."""
    if matches_stem(word, base):
        return True
    vowels = [ch for ch in base.lower() if ch in VOWELS]
    if not vowels or vowels[-1] not in "ую" or not word.lower().startswith(base.lower()):
        return False
    return is_ending_chain(word[len(base):], None)


# --- Reading: does a word in running text carry a known stem under Kazakh endings? ---------

_ALTERNATION = {"к": "г", "қ": "ғ", "п": "б"}
"""Voiceless finals that voice before a vowel-initial ending: Жезқазған, кітап → кітабы."""

_BACK_TAIL = (
    r"(?:лы[қғ]|ды[қғ]|ты[қғ])?(?:лар|дар|тар)?(?:сы|ы|ым|ың|ымыз|ыңыз)?"
    r"(?:ның|дың|тың|ға|қа|на|ны|ды|ты|н|да|та|нда|дан|тан|нан|мен|бен|пен|ша|нша)?"
    r"(?:ғы|қы|дағы|тағы|ндағы)?(?:ның|ға|на|да|ндағы|дан|нан|н)?"
)
_FRONT_TAIL = (
    r"(?:лі[кг]|ді[кг]|ті[кг])?(?:лер|дер|тер)?(?:сі|і|ім|ің|іміз|іңіз)?"
    r"(?:нің|дің|тің|ге|ке|не|ні|ді|ті|н|де|те|нде|ден|тен|нен|мен|бен|пен|ше|нше)?"
    r"(?:гі|кі|дегі|тегі|ндегі)?(?:нің|ге|не|де|ндегі|ден|нен|н)?"
)


_TAILS = {False: re.compile(_BACK_TAIL + r"\Z"), True: re.compile(_FRONT_TAIL + r"\Z")}
"""The case slot has the pronominal н after a third-person possessive before -ша/-ше as before
-да, -ға, -дан (айту-ы-нша, пікір-і-нше: "in his words, in her opinion")."""


_VOICE_NEGATION = r"(?:л|ыл|іл|н|ын|ін|с|ыс|іс|т|дыр|дір|тыр|тір|ғыз|гіз|қыз|кіз)?(?:ма|ме|ба|бе|па|пе)?"
_FINITE = re.compile(_VOICE_NEGATION + (
    r"(?:(?:а|е|й)(?:мын|мін|сың|сің|сыз|сіз|мыз|міз)?|ады|еді|йды|йді"
    r"|(?:ды|ді|ты|ті)(?:м|ң|қ|к|ңыз|ңіз)?|ып|іп|п|(?:са|се)(?:м|ң|қ|к|ңыз|ңіз)?"
    r"|ғалы|гелі|қалы|келі|уда|уде|айық|ейік|йық|йік|шы|ші)\Z"))
_NOMINAL = re.compile(_VOICE_NEGATION + (
    r"(?:ған|ген|қан|кен|атын|етін|йтын|йтін|у|ю|ушы|уші|мақ|мек|бақ|бек|пақ|пек|ар|ер|р"
    r"|мас|мес)"))
"""Verb endings after a stem, as a grammar lists them: voice and negation, then a finite
ending with its person (сақта-л-ады, көзде-йді, барды-қ) or a participle, infinitive or
agent noun (жоғалт-қан, ен-етін, көрсет-у), which then takes noun endings (-ын, -ге)."""


def is_verb_tail(tail: str) -> bool:
    """True when *tail* is the endings of a verb form (сақталады, жоғалтқанын, көрсетуге)."""
    tail = tail.lower()
    if _FINITE.match(tail):
        return True
    return any(m.end() == len(tail) or is_ending_chain(tail[m.end():])
               for cut in range(1, len(tail) + 1) if (m := _NOMINAL.fullmatch(tail[:cut])))


@lru_cache(maxsize=65536)
def is_ending_chain(tail: str, front: bool | None = None) -> bool:
    """True when *tail* is a chain of Kazakh endings (plural, possessive, case, -ғы, -лық).

    *front* picks the harmony; None accepts either (after a numeral or a Latin name, whose
    harmony depends on how it is read aloud). Cached: the readers ask it of every cut of
    every Kazakh word, the same tails over and over (a first check asked ~940 times of ~340).
    """
    tail = tail.lower().lstrip("-")
    if front is None:
        return bool(_TAILS[False].match(tail) or _TAILS[True].match(tail))
    return bool(_TAILS[front].match(tail))


def matches_stem(word: str, base: str) -> bool:
    """True when *word* is *base* with Kazakh endings in harmony with it.

    Байқоңырдан, Жезқазғанның, Астанада, Уильямсқа, NASA-ның; a final к/қ/п may voice
    (г/ғ/б) before an ending that starts with a vowel. The harmony of the ending must follow
    the stem's last vowel, so a misinflected form (Байқоңырден) does not match.
    """
    word_l, base_l = word.lower(), base.lower()
    if word_l == base_l:
        return True
    if word_l.startswith(base_l):
        return is_ending_chain(word_l[len(base_l):], _stem_harmony(base, base_l))
    voiced = _ALTERNATION.get(base_l[-1:])
    if voiced and word_l.startswith(base_l[:-1] + voiced):
        tail = word_l[len(base_l):]
        return tail[:1] in VOWELS and is_ending_chain(tail, _stem_harmony(base, base_l))
    return False


def _stem_harmony(base: str, base_l: str) -> bool | None:
    """Front or back harmony of a stem's endings; None for Latin names and abbreviations (NASA,
    ХҒС), which take the harmony of how they are read aloud."""
    return None if base[-1:].isascii() or base.isupper() else is_front(base_l)


POSTPOSITIONS: dict[str, Case] = {"дейін": Case.DATIVE, "шейін": Case.DATIVE, "бастап": Case.ABLATIVE,
                                  "кейін": Case.ABLATIVE, "бері": Case.ABLATIVE, "бұрын": Case.ABLATIVE}
"""Postpositions and the case they govern: 10 желтоқсанға дейін, 10:00-ден бастап."""


def governed(phrase: str, postposition: str) -> str:
    """*phrase* (a date, a time, a name) in the case *postposition* governs; its last word inflects.

    "2025 жылғы 10 желтоқсан" before дейін → "2025 жылғы 10 желтоқсанға"; "10:00" → "10:00-ге".
    """
    case = POSTPOSITIONS.get(postposition.lower())
    if case is None or not phrase:
        return phrase
    head, space, last = phrase.rpartition(" ")
    return f"{head}{space}{inflect(last, case)}"


LOOKALIKES = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноууhиАГКНОУУHИ")
"""Each Kazakh letter to the Russian letter typed in its place when the layout is wrong."""


def fold_lookalikes(word: str) -> str:
    """*word* with Kazakh letters replaced by their Russian look-alikes (for comparison)."""
    return word.translate(LOOKALIKES).lower()


def relational_adjective(name: str) -> str:
    """The -лық/-лік adjective of a one-word place name, in lower case: Венгрия → венгриялық,
    Қазақстан → қазақстандық, Ресей → ресейлік, Египет → египеттік.

    The suffix begins with л after a vowel and after р, й, у; with д after л, м, н, ң, з, ж;
    with т after a voiceless consonant (final б, г, д are said voiceless). Its vowel follows
    the last vowel of the name (ы back, і front).
    """
    word = name.lower()
    last = word.rstrip("ьъ")[-1:]  # Израиль → израильдік: the soft sign is not said
    if last in VOWELS or last in "рйуи":
        onset = "л"
    elif last in "лмнңзж":
        onset = "д"
    else:
        onset = "т"
    return f"{word}{onset}{'ік' if is_front(word) else 'ық'}"


def date_reading(patterns: tuple[str, str], months: dict[str, int],
                 abbreviated: dict[str, int]) -> tuple[str, int]:
    """How Kazakh running text writes a date: «2025 жылғы 9 желтоқсанда», «2026 жылдың 19
    наурызында», «наурыздың 19-ы», «қараша айында»; the months in every case and possessed."""
    year = r"(?:(?P<{0}>\d{{4}})\s*(?:жылғы|жылдың|жылы|ж\.)\s+)?"
    genitive = alternation([f for f in months if f.endswith(GENITIVE_ENDINGS)])
    body = (rf"{year.format('year')}{DAY}\s+(?P<month>{alternation({**months, **abbreviated})})"
            rf"|{year.format('year4')}(?P<month4>{genitive})\s+(?P<day4>[0-3]?\d)"
            r"(?:-[а-яәғқңөұүһі]+)?"
            rf"|{year.format('year3')}(?P<month3>{alternation(months)})(?:\s+ай[а-яәғқңөұүһі]*)?")
    return body, re.IGNORECASE


RUSSIAN_SPELLINGS = {
    "ә": "аяе", "ғ": "г", "қ": "кх", "ң": "н", "ө": "оеуё", "ұ": "у", "ү": "ую", "һ": "хг",
    "і": "иые", "й": "йи", "у": "ув", "е": "еэ",
}
"""How Russian spells a Kazakh name's letters (Бақыт/Бахыт, Әйгерім/Айгерим, Өлгий/Улгий,
Садуақасов/Садвакасов): the Kazakh letter → the Russian letters written for it."""


RUSSIAN_LETTERS = str.maketrans({**{k: v[0] for k, v in RUSSIAN_SPELLINGS.items() if k in KAZAKH_LETTERS},
                                 **{k.upper(): v[0].upper() for k, v in RUSSIAN_SPELLINGS.items()
                                    if k in KAZAKH_LETTERS}})
"""Each Kazakh letter as Russian practice first writes it (ә а, ғ г, қ к, ң н, ө о, ұ ү у, һ х, і и):
the Russian form of a Kazakh name letter by letter (Әлия Алия, Тұрсын Турсын), which pymorphy3's
list of first names can be asked about."""


def russian_letters(word: str) -> str:
    """*word* with its Kazakh letters as Russian practice first writes them (`RUSSIAN_LETTERS`)."""
    return word.translate(RUSSIAN_LETTERS)


_ROUNDED = frozenset("оөұүу")
_IOTATED = {"ы": "ю", "ұ": "ю", "у": "ю", "ү": "ю", "а": "я", "ә": "я"}
"""A vowel after й that Russian writes with the й as one letter (Тұйықсу/Туюксу, Айагөз/Аягоз)."""


_VOICELESS = "т"
"""The voiceless consonant after which Russian spelling of a Kazakh name writes the б said п
(progressive assimilation: Сәтбаев is said [сәтпайеф], written Сатпаев in Russian). Kazakh says
б as п after every voiceless consonant, but Russian spelling keeps б elsewhere, and a name whose
Kazakh form has п there (Бөлекпаев, ru Булекпаев) written Бөлекбаев in Kazakh is a slip."""


@lru_cache(maxsize=4096)
def _russian_spelling(word: str) -> Spelling:
    """Each letter as the class of its Russian spellings. A narrow і or ы after a rounded
    vowel is said rounded and Russian may write у (Жүніс/Жунус, Бозым/Бозум); і between
    consonants or after й, and ы after й or after the у a vowel makes a glide, are often not
    written (Тілеу/Тлеу, Сейіт/Сейт, Нұрпейісов/Нурпеисов, Құсайынов/Кусаинов, Бауыржан/Бауржан,
    Тауысбек/Таусбек). Kazakh writes ң for the ng of a foreign name
    that Russian spells нг (Тереңгану/Теренггану, Сиңгапур/Сингапур). Russian spells Kazakh
    ж as дж in many names (Қожықов/Ходжиков), writes и, never ы, after ж and ш by its own
    rule (жи, ши), and writes й with the vowel after it as one letter, ю or я (Тұйықсу/Туюксу,
    Айагөз/Аягоз)."""
    parts: list[frozenset[str]] = []
    rounded, previous, glide = False, "", False
    for ch in word.lower():
        letters = ch + RUSSIAN_SPELLINGS.get(ch, "") + ("у" if ch in "іы" and rounded else "") \
            + ("и" if ch == "ы" and previous in "жш" else "") \
            + ("п" if ch == "б" and previous in _VOICELESS else "")
        silent = ch == "і" or (ch == "ы" and (previous == "й" or glide))
        part = frozenset(letters) | ({""} if silent else set())
        if ch == "ң":
            part |= {"нг"}
        elif ch == "ж":
            part |= {"д" + letter for letter in part}
        elif previous == "й" and ch in _IOTATED:
            joined = {before + letter for before in parts[-1] for letter in part}
            parts[-1] = frozenset({_IOTATED[ch], *joined})
            part = frozenset({""})
        parts.append(part)
        glide = ch == "у" and previous in VOWELS and previous not in GLIDES
        previous = ch
        if ch in VOWELS and ch not in GLIDES:
            rounded = ch in _ROUNDED
    return tuple(parts)


def russian_spelling_of(kazakh_word: str, russian_word: str) -> bool:
    """*russian_word* is how Russian writes the Kazakh name *kazakh_word* (both in the same
    case form or both stems): a usual difference of the two spellings, not a misspelling."""
    russian = russian_word.lower().replace("ё", "е")
    if kazakh_word.lower() == russian or len(russian) < 4:
        return False
    return any(spelt(russian, _russian_spelling(kazakh_word[:size]))
               for size in (len(kazakh_word), len(kazakh_word) - 1))  # a stem: Улги(я) for Өлгий


_GLIDE_VOWEL = re.compile(r"[аәеоөұүыі]у[ыі]", re.IGNORECASE)


def kazakh_spelling(word: str) -> bool:
    """*word* is spelt by Kazakh orthography even with no Kazakh letter: a glide у followed by
    the ы or і Kazakh writes after it (Бауыржан, Сауытбек, Тәуірбек), which Russian spelling
    never has (Бауржан, Саутбек)."""
    return bool(_GLIDE_VOWEL.search(word))


_PROTHESIS = re.compile(r"\A[ыі](?=[бвгджзклмнпрстфхцчш]{2})")
_NASAL_BEFORE_LABIAL = re.compile(r"н(?=[бп])")


def foreign_place_keys(stem: str) -> tuple[str, ...]:
    """*stem* (lower case) and the foreign place name Kazakh spelling may make of it: Kazakh puts a
    vowel before a cluster a word may not open with (Ыстанбұл, Ыспан) and writes the н it says
    before б and п where the other languages write м (Ыстанбұл for Стамбул, Istanbul); the
    name as Russian writes it is then a key of the gazetteer."""
    bare = _PROTHESIS.sub("", stem)
    return tuple(dict.fromkeys((stem, bare, _NASAL_BEFORE_LABIAL.sub("м", bare))))


COMMON_RUSSIAN_FORMS = (("ораз", "ураз"), ("жұма", "джума"), ("жума", "джума"), ("бейбіт", "бейбут"))
"""Kazakh name roots whose usual Russian form is another word (Оразалин is often Уразалин,
Жұмабаев Джумабаев, Бейбіт Бейбут): an English form may romanise that one, as its bearer's
passport does."""


def russian_forms(word: str) -> tuple[str, ...]:
    """*word* (lower case, Kazakh or Russian letters) and its usual Russian forms by
    `COMMON_RUSSIAN_FORMS` (оразалин → уразалин)."""
    return (word, *(common + word[len(root):] for root, common in COMMON_RUSSIAN_FORMS
                    if word.startswith(root)))


ABBREVIATED_PARTS = {"өнеркәсіп": "пром", "құрылыс": "строй", "сауда": "торг", "байланыс": "связь"}
"""The Kazakh words that translate the Russian part of a compound company name (Казатомпром,
Қазатомөнеркәсіп: пром, "industry", is өнеркәсіп; -строй құрылыс, -торг сауда, -связь
байланыс): the Kazakh version writes the same company with the word."""


def abbreviated_compounds(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The Russian compound names that the Kazakh *stems* (lower case) translate part of
    (қазатомөнеркәсіп → қазатомпром): a beginning of three letters or more, then one of
    `ABBREVIATED_PARTS`."""
    return tuple(stem[:-len(word)] + part for stem in stems for word, part in ABBREVIATED_PARTS.items()
                 if stem.endswith(word) and len(stem) - len(word) >= 3)
