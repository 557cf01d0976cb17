"""Script hygiene: Kazakh letters in Russian, Russian look-alikes in Kazakh, Latin letters
inside Cyrillic words, and English left untranslated in the Kazakh or Russian version."""

from __future__ import annotations

import re
from functools import lru_cache

from press.check import lexicon, recognise
from press.check.document import Bundle, Para, per_registers
from press.check.findings import Finding
from press.lang import names as free_names
from press.lang.kazakh import KAZAKH_LETTERS, fold_lookalikes, is_ending_chain, is_verb_tail
from press.lang.kazakh import VOWELS as kazakh_vowels
from press.lang.kazakh import is_front as kazakh_is_front
from press.lang.kind_places import kind_at
from press.lang.tokens import Token, sentence_initial, tokens

_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
_LATIN = re.compile(r"[a-zəöüı]", re.IGNORECASE)
"""Latin letters, also those that pass for Kazakh ones (ə for ә, ö for ө, ü for ү, ı for і)."""
_HYPHEN = re.compile(r"[-‐]")
_NUMBER_ENDING = re.compile(r"(\d+-)(\w+)")
"""A number and its hyphenated Kazakh ending (181-ин)."""
_LATIN_NAME_WORD = "[A-Za-zÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ž]*(?:[’'][A-Za-z][a-zß-öø-ÿĀ-ž]*)?[a-zß-öø-ÿĀ-ž]"
_LATIN_RUN = re.compile(rf"(?<![\w@/.\-]){_LATIN_NAME_WORD}(?:[ \u00a0]{_LATIN_NAME_WORD})+(?![\w@])")
"""A run of Latin words, their letters with diacritics too (Opéra de Lyon, Éditions du Seuil): a
name's first word with an accent belongs to it, or the rest would read as English words; an
apostrophe inside a word is its own (Xi’an Land Port Group, O’Brien)."""
_LATIN_WORD = re.compile(r"(?<![\w@/.\-])[a-z]{3,}(?![\w@/]|\.\w)")
"""An English word in lower case; a full stop may end the sentence after it (сахара и textiles.),
not a domain's (gov.kz)."""
_LATIN_LETTERS = re.compile(r"[A-Za-z]+")
_LATIN_HYPHENED = re.compile(r"(?<![\w@/.\-])[a-z]+(?:-[a-z]+)+(?![\w@/\-])(?!\.\w)")
"""A hyphenated English word in lower case (e-commerce, follow-up)."""
_PHRASE_GAP = re.compile(r"(?:[ \u00a0]+[a-z]{1,2})*[ \u00a0]*")
"""What may stand between two English words of one phrase left untranslated (made │a│ speech)."""
_NUMBER_SUFFIX = re.compile(r"(?<=\d)[ \u00a0](?:bis|ter|quater|quinquies)\b")
"""The Latin suffix of an inserted article's number (Article 83 bis of the Chicago Convention,
«статья 83 bis»): part of the number in every language, never English left untranslated."""
_URL = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_KK_IMPOSSIBLE = re.compile(r"[кг]ы|ы[кг]|[кг]ұ|ұ[кг]|н[гк](?=[аоұы])", re.IGNORECASE)
"""In a Kazakh word к and г go with front vowels; next to ы or ұ they must be қ and ғ."""
_KK_SUFFIXES = re.compile(r"(?:лык|дык|тык|лыгы|дыгы|тыгы|дагы|тагы|ндагы)$")
"""Back-vowel endings typed with Russian letters: -лык for -лық, -дагы for -дағы."""


def check(bundle: Bundle) -> list[Finding]:
    findings = []
    known, plain, elsewhere = _known_kazakh(bundle), _registered_plain(bundle), _names_elsewhere(bundle)
    places = _places_named(bundle.paras.get("kk", []))
    allowed = _registered_latin(bundle) | _lower_case_brands(bundle)
    russian_spelt = _russian_spellings(bundle.paras.get("ru", []))
    for lang, paras in bundle.paras.items():
        other = bundle.paras.get("kk" if lang == "ru" else "ru", [])
        for index, para in enumerate(paras):
            findings += _mixed(para)
            if lang == "ru":
                findings += _kazakh_in_russian(para, russian_spelt)
            if lang == "kk" and (russian := _russian_in_kazakh(para)):
                findings += russian  # its words are Russian, not Kazakh words with look-alikes
                continue
            if lang == "kk":
                findings += _lookalikes(para, known, plain, elsewhere, places)
            if lang == "kk" and _latin_kazakh(para.text):
                continue  # Kazakh in its Latin alphabet (2021): its words are no English left in it
            if lang in ("ru", "kk"):
                findings += _untranslated(para, allowed, _latin_beside(paras, other, index))
    return findings


_KAZAKH_LATIN_LETTERS = re.compile(r"[áǵıńóúýÁǴIŃÓÚÝ]|[qQ](?![uU])")
"""Letters of the Kazakh Latin alphabet of 2021 that English does not write (á ǵ ı ń ó ú ý, and
q not before u: Qazaqstan, Ortalyq)."""


_WORD_OF_LETTERS = re.compile(r"[^\W\d_]+")


def _latin_kazakh(text: str) -> bool:
    """The Kazakh *text* is written in the Latin alphabet: more Latin letters than Cyrillic, and
    Kazakh Latin letters in at least a tenth of its Latin words (Egemen publishes a Latin edition:
    «Ortalyq Azııa – Qytaı»), not a Cyrillic text quoting English."""
    latin = sum(map(len, _LATIN_LETTERS.findall(text)))
    words = [w for w in _WORD_OF_LETTERS.findall(text) if _LATIN.search(w)]
    marked = sum(bool(_KAZAKH_LATIN_LETTERS.search(w)) for w in words)
    return latin > len(_CYRILLIC.findall(text)) and bool(words) and marked * 10 >= len(words)


def _finding(rule: str, para: Para, excerpt: str, message: str, severity: str = "error") -> Finding:
    return Finding(rule, severity, [para.lang], para.location, excerpt, message)  # type: ignore[arg-type]


def _mixed(para: Para) -> list[Finding]:
    """A word with Latin and Cyrillic letters (Kазақстан with a Latin K): wrong in any language."""
    findings: list[Finding] = []
    if not (_LATIN.search(para.text) and _CYRILLIC.search(para.text)):
        return findings  # one script only: the usual case, no word to look at
    words = tokens(para.text)
    for at, token in enumerate(words):
        if any(ch.isdigit() for ch in token.text):
            continue  # designations: their own rule
        for part in _HYPHEN.split(token.text):
            if _CYRILLIC.search(part) and _LATIN.search(part) and not _BRAND_TAIL.fullmatch(part):
                latin = "".join(ch for ch in part if _LATIN.match(ch))
                findings.append(_finding("script.mixed", para, token.text,
                                         f"«{token.text}» mixes scripts: Latin {latin!r} inside a "
                                         "Cyrillic word"))
                break
        else:
            if script := _lone_lookalike(para, words, at):
                findings.append(_finding("script.mixed", para, token.text,
                                         f"«{token.text}» is typed in {script} letters between "
                                         f"{'English' if script == 'Cyrillic' else 'Cyrillic'} words"))
    return findings


_BRAND_TAIL = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}[A-Z]{2,4}")
"""A capitalised Cyrillic word with Latin capitals after it (КамлитKZ, a brand with its country's
code): written so on purpose, not a Latin look-alike typed into a word (Kазақстан)."""
_CYRILLIC_AS_LATIN = frozenset("аеорсухіАВЕКМНОРСТХУІ")
"""Cyrillic letters drawn like Latin ones (а a, е e, о o, р p, с c, у y, х x, і i; capitals А В Е К …)."""
_LATIN_AS_CYRILLIC = frozenset("aeopcxy")
"""Lower-case Latin letters drawn like Cyrillic ones (a а, c с, o о: the prepositions с, о, а)."""


def _lone_lookalike(para: Para, words: list[Token], at: int) -> str | None:
    """"Cyrillic" when the word at *at* of an English paragraph is Cyrillic letters that look
    Latin between two Latin words (а for the article a), "Latin" when a Russian or Kazakh one is
    such Latin letters between two Cyrillic words (c for the preposition с); None otherwise, and
    for a word quoted as such («с»)."""
    if at == 0 or at + 1 >= len(words):
        return None
    token, before, after = words[at], words[at - 1].text, words[at + 1].text
    if {para.text[token.start - 1:token.start], para.text[token.end:token.end + 1]} & set(_QUOTE_MARKS):
        return None
    if para.lang == "en" and set(token.text) <= _CYRILLIC_AS_LATIN \
            and all(w.isascii() and w.isalpha() for w in (before, after)):
        return "Cyrillic"
    if para.lang in ("ru", "kk") and set(token.text) <= _LATIN_AS_CYRILLIC \
            and all(_CYRILLIC.search(w) and not _LATIN.search(w) for w in (before, after)):
        return "Latin"
    return None


def _kazakh_in_russian(para: Para, russian_spelt: frozenset[str] = frozenset()) -> list[Finding]:
    """Kazakh letters in a Russian word; a Kazakh phrase quoted as such («Бірлік – күш көзі»,
    a saying, a motto) is Kazakh, not a misspelt Russian word; nor is a Kazakh person's name
    written the Kazakh way throughout (see `_kazakh_person`). *russian_spelt*: the text's
    capitalised words without Kazakh letters, from `_russian_spellings`."""
    findings = []
    words = tokens(para.text)
    for at, token in enumerate(words):
        if KAZAKH_LETTERS.isdisjoint(token.text):
            continue  # the most words
        letters = sorted({ch for ch in token.text if ch in KAZAKH_LETTERS})
        if not _kazakh_phrase(_quoted_around(para.text, token)) \
                and not _region_name(para.text, token) \
                and not _kazakh_name_word(token.text) \
                and not _in_kazakh_name(para.text, words, at) \
                and not _kazakh_person(para.text, words, at, russian_spelt):
            findings.append(_finding("script.kazakh-in-russian", para, token.text,
                                     f"Kazakh letter(s) {' '.join(letters)} in the Russian word "
                                     f"«{token.text}»"))
    return findings


def _kazakh_name_word(word: str) -> bool:
    """A capitalised Kazakh word of a name the Russian text keeps in Kazakh (the party «Ақ жол»
    in a list of parties, unquoted): a Kazakh lexicon word itself, no form of one (the town
    Қостанай, Russian Костанай, is a slip), which its Kazakh letters
    made Russian leave no Russian word («Ак»); a Russian word typed with a Kazakh letter
    («Қазахстанская») is still a slip."""
    from press.check.unregistered import kazakh_to_russian
    from press.lang.names import place_id
    from press.lang.russian import analyzer

    lower = word.lower()
    return word[:1].isupper() and lower in lexicon.kazakh_words() and place_id(word, "kk") is None \
        and not analyzer().word_is_known(kazakh_to_russian(lower))


def _in_kazakh_name(text: str, words: list[Token], at: int) -> bool:
    """Word *at*, in lower case, goes on a name the Russian text keeps in Kazakh after a
    capitalised Kazakh word of it (Народный совет — Халық кеңесі; «деятельность Халық кеңесі»):
    a Kazakh lexicon word or a form of one, right after such a word (or a word that goes on
    one, two at most)."""
    for back in range(at - 1, max(at - 3, -1), -1):
        word, after = words[back], words[back + 1]
        if text[word.end:after.start].strip() or lexicon.kazakh_stem(after.lower) is None:
            return False
        if word.text[:1].isupper():
            return _kazakh_name_word(word.text)
    return False


def _russian_spellings(paras: list[Para]) -> frozenset[str]:
    """The capitalised words of a Russian text that have no Kazakh letter, in lower case."""
    return frozenset(t.text.lower() for p in paras for t in tokens(p.text)
                     if t.text[:1].isupper() and KAZAKH_LETTERS.isdisjoint(t.text))


def _kazakh_person(text: str, words: list[Token], at: int, russian_spelt: frozenset[str]) -> bool:
    """The word at *at* belongs to a Kazakh person's name written the Kazakh way (Әлменбет
    Ерланұлы, Тілегенову): state media print names so for people who spell them so, and the
    Russian text is not wrong for it. A person's name: the word or a capitalised neighbour is a
    surname or patronymic (-ов, -ев, -ин, -ұлы, in any case); the place Қостанай is no such name.
    Not a Russian word typed with a Kazakh letter (Қазахстана, Ұндии: Russian words once their
    letters are read the Russian way), and not one name spelt two ways (Тоқаев beside Токаев)."""
    from press.check.unregistered import kazakh_to_russian
    from press.lang.russian import analyzer

    word = words[at].text
    if not word[:1].isupper():
        return False
    russian = kazakh_to_russian(word).lower()
    if analyzer().word_is_known(russian) or any(
            other.startswith(russian[:max(4, len(russian) - 2)]) for other in russian_spelt):
        return False
    return any(free_names.is_surname(part.text, "ru") for part in _capitalised_run(text, words[at]))



def _russian_in_kazakh(para: Para) -> list[Finding]:
    """A paragraph of the Kazakh version that is Russian: the Russian text pasted in, or left
    untranslated. Six Cyrillic words or more, four in five of them Russian words (pymorphy3's
    dictionary; a Kazakh word, with its own letters and endings, is almost never one, and a
    Kazakh name spelt the Kazakh way inside the Russian text does not hide it). Said once for
    the paragraph, instead of a look-alike finding per word, or nothing when it has no figure."""
    from press.lang.russian import analyzer

    words = [t.lower for t in tokens(para.text) if _CYRILLIC.search(t.text)]
    if len(words) < 6:
        return []
    # A word with a Kazakh letter is never a Russian word; only the others are looked up (slow),
    # and the count stops as soon as more than one word in five is not Russian.
    allowed = len(words) - (4 * len(words) + 4) // 5
    foreign = 0
    for word in words:
        if not KAZAKH_LETTERS.isdisjoint(word) or not analyzer().word_is_known(word):
            foreign += 1
            if foreign > allowed:
                return []
    russian = len(words) - foreign
    return [_finding("script.russian-in-kazakh", para, para.text[:60],
                     f"this paragraph of the Kazakh version is in Russian ({russian} of its {len(words)} "
                     "words are Russian words): translate it")]




def _region_name(text: str, token: Token) -> bool:
    """A capitalised name its kind noun governs (`kind_places`) where the kind is one whose
    Russian name may keep its Kazakh letters (`_OWN_SPELLING_KINDS`): a region formed in 2022
    (области Жетісу и Ұлытау), a village, a district, a street (в селе Қаражота) — the name, not
    a Russian word misspelt."""
    return token.text[:1].isupper() and kind_at(text, token.start, "ru") in _OWN_SPELLING_KINDS


_OWN_SPELLING_KINDS = frozenset({"region", "district", "village", "street", "avenue"})
"""Places whose Russian name a state body may write the Kazakh way after its kind noun: since
the regions formed in 2022 (Абай, Жетісу, Ұлытау) a region's official Russian name may keep its
Kazakh letters, and a village's or a street's name is often written as the onomastic commission
gave it in Kazakh (в селе Қаражота, на улице Қабанбай батыра), a village having no Russian name
to write instead. Not a town: Костанай has its Russian name."""


_QUOTE_MARKS = "«»\"“”„"


def _quoted_around(text: str, token: Token) -> str:
    """The text between the quotation marks on either side of *token* (nearest each way, so
    nested straight quotes work: "… выражение "Сыр - Алаштың анасы". …"), "" when unquoted."""
    before = max(text.rfind(mark, 0, token.start) for mark in _QUOTE_MARKS)
    afters = [i for mark in _QUOTE_MARKS if (i := text.find(mark, token.end)) >= 0]
    if before < 0 or not afters:
        return ""
    return text[before + 1:min(afters)]


def _russian_title(word: str) -> bool:
    """A Russian word that can stand alone in quotes as a name: a dictionary word in the
    nominative («Казахстанская»), not a case form that only happens to be spelt so («галам»,
    dative plural of гал, is the Kazakh «Ғалам» read with Russian letters)."""
    from press.lang.russian import analyzer, parses

    return analyzer().word_is_known(word) and any(
        p.tag.case in (None, "nomn") and p.score > 0 for p in parses(word))


def _kazakh_phrase(text: str) -> bool:
    """A quoted phrase written in Kazakh (a saying, a motto): two words or more, and at least
    half of its words with a Kazakh letter are Kazakh words (the lexicon) or stay no Russian
    word when their Kazakh letters are made Russian (Алаштың → Алаштын); or one word quoted
    alone (the order «Достық», a company «Ғалам») that is no Russian name-word so
    (`_russian_title`). A Russian word typed with one («Қазахстанская
    правда», «Қазахстанская») is still a slip."""
    from press.check.unregistered import kazakh_to_russian
    from press.lang.russian import analyzer

    words = [t.text.lower() for t in tokens(text) if _CYRILLIC.search(t.text)]
    lettered = [w for w in words if any(ch in KAZAKH_LETTERS for ch in w)]
    if len(words) == 1 and lettered:  # a name quoted alone: the order «Достық», the company «Ғалам»
        return not _russian_title(kazakh_to_russian(words[0]))
    kazakh = [w for w in lettered if lexicon.kazakh_stem(w) is not None
              or not analyzer().word_is_known(kazakh_to_russian(w))]
    return len(words) >= 2 and bool(kazakh) and 2 * len(kazakh) >= len(lettered)


def _known_kazakh(bundle: Bundle) -> dict[str, str]:
    """Words with Kazakh letters in this Kazakh version and its registers, by folded spelling."""
    known = _kazakh_words([p.text for p in bundle.paras.get("kk", [])])
    parts = per_registers(bundle, ("script.kazakh",), lambda part: _kazakh_words(
        [form for e in part.entities.values() for form in e.forms.get("kk", [])]))
    return {key: word for words in [*parts, known] for key, word in words.items()}


def _kazakh_words(texts: list[str]) -> dict[str, str]:
    known: dict[str, str] = {}
    for text in texts:
        for token in tokens(text):
            if any(ch in KAZAKH_LETTERS for ch in token.text):
                known.setdefault(_fold_typed(token.text), token.text)
    return known


def _fold_typed(word: str) -> str:
    """*word* folded as it may be typed on a Russian layout: its look-alikes (`fold_lookalikes`,
    which takes һ for the Latin h it looks like) and һ as the х typed for it by its sound (жихаз
    for жиһаз). Only for the text's own words: a lexicon word with һ (һәр) is too short a
    stem to respell a name by."""
    return fold_lookalikes(word).replace("h", "х")


def _registered_plain(bundle: Bundle) -> dict[str, set[str]]:
    """Words of the registers' Kazakh forms written without Kazakh letters (Катар, the
    country), by their first three letters: a form of one is the registered name, not a
    Russian-letter slip for the lexicon word it folds to (қатар, "row")."""
    merged: dict[str, set[str]] = {}
    for part in per_registers(bundle, ("script.kk-plain",), lambda regs: {
            t.lower for e in regs.entities.values() for form in e.forms.get("kk", [])
            for t in tokens(form) if _CYRILLIC.search(t.text) and not set(t.lower) & KAZAKH_LETTERS}):
        for word in part:
            merged.setdefault(word[:3], set()).add(word)
    return merged


def _is_registered(word: str, plain: dict[str, set[str]]) -> bool:
    from press.lang.kazakh import is_ending_chain

    lower = word.lower()
    return any(lower == base or (lower.startswith(base) and is_ending_chain(lower[len(base):]))
               for base in plain.get(lower[:3], ()))


def _places_named(paras: list[Para]) -> frozenset[str]:
    """The places the Kazakh version names with a capital (Катар, Катарға), lower case."""
    return frozenset(t.lower for para in paras for t in tokens(para.text)
                     if t.text[:1].isupper() and free_names.place_id(t.text, "kk"))


@lru_cache(maxsize=16384)
def _place_as_adjective(word: str, places: frozenset[str]) -> bool:
    """*word* is bare, in lower case, the name of a place this text names with a capital, with or
    without endings there (катар тарапы where the text has Катар or Катарға): a country's name
    made an adjective (the Qatari side; as «қазақ-катар семинары»), which stands bare before its
    noun, not a Kazakh word (қатар, "row") typed with Russian letters. катарында, with endings,
    is no adjective: that stays a slip for қатарында. Cached per word and places: asked of every
    word of the Kazakh version, each against every place it names."""
    from press.lang.kazakh import is_ending_chain

    named = any(other.startswith(word) and (other == word or is_ending_chain(other[len(word):]))
                for other in places)
    return word.islower() and named and free_names.place_id(word.capitalize(), "kk") is not None


def _names_elsewhere(bundle: Bundle) -> frozenset[str]:
    """Capitalised words of the other versions, lower case, Latin ones as written and Cyrillic
    ones as they are: a Kazakh word that begins a sentence and is one of them (Баткен, Batken,
    Баткенской) is a name, not a common word typed with Russian letters."""
    return frozenset(t.lower for lang, paras in bundle.paras.items() if lang != "kk"
                     for p in paras for t in tokens(p.text) if t.text[:1].isupper())


def _named_elsewhere(word: str, elsewhere: frozenset[str]) -> bool:
    """Another version names *word* so: with its letters, its Kazakh letters made Russian (Уәли,
    Russian Уали: a name its bearer spells with a final и), or romanised (Uali, Uali’s)."""
    heads = tuple({spelt[:max(4, len(spelt) - 2)] for spelt in (word.lower(), fold_lookalikes(word))})
    latin = free_names.romanise(word).lower()
    return any(other.startswith(heads) or _POSSESSIVE_S.sub("", other) == latin for other in elsewhere)


_POSSESSIVE_S = re.compile(r"[’']s\Z")


def _east_asian_name(text: str, token: Token) -> bool:
    """*token* is part of a run of capitalised words without a Kazakh letter that holds a Korean,
    Chinese or Vietnamese surname (Ким Сон Мин, Пак Чжи Хун): syllables of a foreign name."""
    if not KAZAKH_LETTERS.isdisjoint(token.text):
        return False
    run = [t.text for t in _capitalised_run(text, token)]
    return all(KAZAKH_LETTERS.isdisjoint(part) for part in run) and any(
        free_names.east_asian_surname(part) for part in run)


def _capitalised_run(text: str, token: Token) -> list[Token]:
    """The capitalised words next to each other (only spaces between) around *token*."""
    words = tokens(text)
    at = next(i for i, t in enumerate(words) if t.start == token.start)

    def joined(left: int) -> bool:  # words[left] and words[left + 1] are capitalised, spaces between
        return words[left].text[:1].isupper() and words[left + 1].text[:1].isupper() \
            and not text[words[left].end:words[left + 1].start].strip()

    first, last = at, at
    while first > 0 and joined(first - 1):
        first -= 1
    while last + 1 < len(words) and joined(last):
        last += 1
    return words[first:last + 1]


def _lookalikes(para: Para, known: dict[str, str], plain: dict[str, set[str]] | None = None,
                elsewhere: frozenset[str] = frozenset(),
                places: frozenset[str] = frozenset()) -> list[Finding]:
    """Russian letters typed where Kazakh ones belong (халыкаралык, Казакстан, жумыс).

    A word is checked against the Kazakh words of this version and its registers, then against
    the Kazakh lexicon (so a one-off word is caught too), then by the к/г-next-to-back-vowel
    rule, then a place by the gazetteer's Kazakh name (Оскемен) and a common word the lexicon
    cannot vouch for by hunspell-kk (турде, тур with an ending against its harmony). A word
    that is itself a lexicon form (он, тур) is never "corrected".
    """
    findings = []
    for token in tokens(para.text):
        word = token.text
        if _places_joined(word):
            continue  # қазақстан-куба ынтымақтастығы: Kazakh–Cuban, places as their names are written
        if (respelt := _front_u(word)) and _parses_better(word, respelt):
            findings.append(_finding("script.lookalike", para, word,
                                     f"«{word}»: a back vowel before a front one; Kazakh writes «{respelt}»"))
            continue
        named = word[:1].isupper() and not sentence_initial(para.text, token.start)
        if named and _east_asian_name(para.text, token):
            continue  # Ким Сон Мин: a name's syllables, whatever Kazakh words they fold to
        if not word[:1].isupper() and (respelt := _ending_slip(word)):
            findings.append(_finding("script.lookalike", para, word,
                                     f"«{word}»: an ending typed with Russian letters; Kazakh writes "
                                     f"«{respelt}»"))
            continue
        if _place_as_adjective(word, places):
            continue  # катар тарапы where the text names Катар: the place's name as an adjective
        if _CYRILLIC.search(word) and not named \
                and (respelt := _short_stem_respelt(word) or _loan_twin(word, known)):
            findings.append(_respelt(para, word, respelt))
            continue
        stem = lexicon.kazakh_stem(word.lower())
        if not _CYRILLIC.search(word) or (stem is not None and _in_harmony(word.lower(), stem)) \
                or _is_registered(word, plain or {}) or _kazakh_as_written(word.lower()):
            continue
        if stem is not None:  # тур-де: a lexicon stem, an ending against its harmony; hunspell decides
            if respelt := _oracle_respelling(word):
                findings.append(_respelt(para, word, respelt))
            continue
        right = known.get(_fold_typed(word)) if len(word) > 1 else None  # А. of А.Қадыри: an initial
        if (right is None or right.lower() == word.lower()) and not named:
            right = _known_stem_respelling(word, known) or right  # есирткі-лердің, the text has есірткі
        if right and named and not right[:1].isupper():
            right = None  # a name (Сон) is no second spelling of a common word of the text (соң)
        if right and right.lower() != word.lower():
            findings.append(_finding("script.lookalike", para, word,
                                     f"«{word}» is written with Russian letters; elsewhere «{right}»"))
        elif (respelt := _lexicon_respelling(para.text, token)) \
                and not (token.text[:1].isupper() and _named_elsewhere(token.text, elsewhere)):
            findings.append(_respelt(para, word, respelt))
        elif _impossible(word, para.text, token):
            findings.append(_finding("script.lookalike", para, word,
                                     f"«{word}»: к/г next to a back vowel; Kazakh writes қ/ғ here"))
        elif (respelt := _front_u(word) or _front_u_before_e(word)) \
                and not (word[:1].isupper() and _named_elsewhere(word, elsewhere)):
            findings.append(_finding("script.lookalike", para, word,
                                     f"«{word}»: a back vowel before a front one; Kazakh writes «{respelt}»"))
        elif respelt := _place_respelling(word) or _compound_name_respelling(word) \
                or _oracle_respelling(word) or _prefixed_respelling(word):
            findings.append(_respelt(para, word, respelt))
    return findings


_PREFIXES = ("кибер", "агро", "авиа", "био", "гидро", "теле", "радио", "электро", "инфра")
"""International prefixes Kazakh joins to its own words (киберқауіпсіздік, агроөнеркәсіп)."""


def _prefixed_respelling(word: str) -> str | None:
    """*word* an international prefix and a Kazakh word typed with Russian letters
    (киберкауіпсіздік): the prefix and the Kazakh word as it is spelt, else None."""
    lower = word.lower()
    prefix = next((p for p in _PREFIXES if lower.startswith(p) and len(lower) - len(p) >= 5), None)
    if prefix is None:
        return None
    rest = word[len(prefix):]
    token = next(iter(tokens(rest)), None)
    respelt = _lexicon_respelling(rest, token) if token is not None and token.text == rest else None
    slips = [(a.lower(), b.lower()) for a, b in zip(rest, respelt or rest, strict=False) if a != b]
    if not respelt or len(respelt) != len(rest) or not set(slips) <= _CONSONANT_SLIPS:
        return None  # only к, г for қ, ғ: a vowel respelt may be a loan's (экономике), н a Kazakh
        # verb's (радиоландырыл)
    return word[:len(prefix)] + respelt


_CONSONANT_SLIPS = frozenset({("к", "қ"), ("г", "ғ")})


def _loan_twin(word: str, known: dict[str, str]) -> str | None:
    """The spelling this Kazakh text gives *word* elsewhere with Kazakh letters, when *word* reads
    as written only as a Russian noun's loan with Kazakh endings (шок-тарын, катар-ында) and
    the text's spelling is a Kazakh word (шоқтарын, bouquets; қатарында, among): the same word
    typed once on the wrong layout. Not a verb's stem (бол-у, бөл-у are two Kazakh verbs), not
    a word of four letters or fewer (бас, бәс)."""
    lower = word.lower()
    if len(lower) < 5 or not word.islower() or not KAZAKH_LETTERS.isdisjoint(lower) \
            or lexicon.kazakh_stem(lower) is not None:
        return None  # турлары: тур is a Kazakh word itself (a tour), whatever тұр- the text has
    right = known.get(_fold_typed(lower), "").lower()
    right = right if right and right != lower else _known_stem_respelling(lower, known, 3)
    stem = lexicon.kazakh_written_stem(lower) if right else None
    if stem is None or _verb_stem(stem) or not _russian_noun(stem) or lexicon.kazakh_stem(right) is None:
        return None
    return right


def _known_stem_respelling(word: str, known: dict[str, str], shortest: int = 4) -> str | None:
    """*word* as a stem this Kazakh text writes with Kazakh letters elsewhere (есірткі, a word
    no dictionary here lists) and Kazakh endings, its Russian look-alikes restored
    (есирткілердің → есірткілердің); stems of *shortest* letters or more, the longest first."""
    lower = word.lower()
    if len(lower) < 5 or not set(lower) & _ORACLE_SWAPS.keys():
        return None
    folded = fold_lookalikes(lower)
    near = _known_by_head(tuple(known.values())).get(folded[:3], ())
    longest = len(lower) - 1
    stems = {(cut, other[:cut]) for other in near for cut in range(shortest, min(longest, len(other)) + 1)
             if fold_lookalikes(other[:cut]) == folded[:cut] and _stem_of_known(other, cut)}
    for cut, right in sorted(stems, reverse=True):
        tail = lexicon.ending_spelling(lower[cut:], kazakh_is_front(right), _RUSSIAN_IN_ENDING) \
            if right != lower[:cut] and _keeps(lower[:cut], right) else None
        if tail is not None:
            return right + tail
    return None


def _stem_of_known(word: str, cut: int) -> bool:
    """*word*'s first *cut* letters are a stem with a Kazakh letter, the rest its endings."""
    stem = word[:cut]
    return not KAZAKH_LETTERS.isdisjoint(stem) and (cut == len(word) or is_ending_chain(word[cut:],
                                                                                      kazakh_is_front(stem)))


@lru_cache(maxsize=8)
def _known_by_head(words: tuple[str, ...]) -> dict[str, list[str]]:
    """The text's Kazakh words, lower case, by the folded spelling of their first three letters."""
    table: dict[str, list[str]] = {}
    for word in {w.lower() for w in words}:
        table.setdefault(fold_lookalikes(word[:3]), []).append(word)
    return table


def _respelt(para: Para, word: str, respelt: str) -> Finding:
    """A look-alike finding with the Kazakh spelling to write instead."""
    return _finding("script.lookalike", para, word,
                    f"«{word}» is written with Russian letters; Kazakh writes «{respelt}»")


@lru_cache(maxsize=16384)
def _in_harmony(lower: str, stem: str) -> bool:
    """*lower* is *stem* with endings in its harmony (or one the lexicon reads otherwise: a
    voiced final, a shared т), as a Kazakh word is; not тур-де, where a slip for түрде is likelier.
    Cached per word form, as `_lookalikes` asks of every Kazakh word."""
    tail, front = lower[len(stem):], kazakh_is_front(stem)
    return not lower.startswith(stem) or is_ending_chain(tail, front) \
        or (stem.endswith("т") and is_ending_chain("т" + tail, front))  # турист-(т)ерге


_ORACLE_SWAPS = {**{k: v[1:] for k, v in lexicon.FOLD_VARIANTS.items()}, "и": "ій", "э": "ә"}
"""The Kazakh letters a Russian one may stand for (а for ә, у for ұ or ү), и for й as well:
the breve left off (беибітшілік), and э for ә, the Russian letter of its sound (эріптесі), which
hunspell tells from a Kazakh word as well as the rest (a loan keeps its э: экономика)."""


@lru_cache(maxsize=16384)
def _oracle_respelling(word: str) -> str | None:
    """The spelling of a Kazakh word the press lexicon cannot vouch for, by hunspell-kk
    (press.check.hunspell): the word as typed is no form it knows, and one with one or two
    Russian letters of its stem made their Kazakh look-alikes is (турде → түрде, беибітшілік →
    бейбітшілік). A Russian word or a loan with a Kazakh ending (pymorphy3 knows its stem)
    is left alone: the dictionary lacks many loans; so is a capitalised word (a name: Куруда,
    at Kourou, is no құруда). None without the dictionary."""
    from press.check import hunspell

    if len(word) < 4 or not word.isalpha() or not word.islower() or not set(word) & _ORACLE_SWAPS.keys() \
            or hunspell.accepts(word) is not False or _russian_stem(word) or _loanword(word):
        return None
    return next((c for last, c in _swapped(word) if hunspell.stem_letters(c) > last), None)


def _russian_stem(word: str) -> bool:
    """*word* is a Russian word of four letters or more, or one with Kazakh endings (турист-(т)ерге):
    a loan as Kazakh writes it, which hunspell-kk may lack."""
    from press.lang.russian import analyzer

    def ending(rest: str, shares_t: bool) -> bool:
        return not rest or is_ending_chain(rest) or (shares_t and is_ending_chain("т" + rest))

    return any(analyzer().word_is_known(word[:cut]) and ending(word[cut:], word[cut - 1] == "т")
               for cut in range(len(word), 3, -1))


def _swapped(word: str) -> list[tuple[int, str]]:
    """*word* with one, then two, of its Russian letters made a Kazakh letter they stand for,
    each with the place of the last letter changed. Never in its last two letters: hunspell-kk
    lists only some endings of a stem (иелерің, not иелерін), so a changed ending is no evidence.
    э only as the first letter, where native words have ә (әріптес, әлем); after a consonant it is
    a loan's (мэр, поэт)."""
    spots = [(i, alt) for i, ch in enumerate(word[:-2]) if ch != "э" or i == 0
             for alt in _ORACLE_SWAPS.get(ch, "")]
    ones = [(i, word[:i] + a + word[i + 1:]) for i, a in spots]
    twos = [(j, word[:i] + a + word[i + 1:j] + b + word[j + 1:]) for n, (i, a) in enumerate(spots)
            for j, b in spots[n + 1:] if j != i]
    return ones + twos


def _place_respelling(word: str) -> str | None:
    """A place of the gazetteer named mid-sentence with Russian look-alikes for the Kazakh
    letters of its Kazakh name (Оскемендегі for Өскемендегі), respelt; None when the word
    already begins with a Kazakh name of the place (Актау may be one as well as Ақтау)."""
    place, lower = free_names.place_id(word, "kk") if word[:1].isupper() else None, word.lower()
    if place is None:  # a name half typed on the Russian layout (Талдыкорғанда) is in no table
        name = free_names.lookalike_place_name(word) if word[:1].isupper() else None
        names = [name] if name else []
    else:
        names = free_names.place_names(place, "kk")
    if any(lower.startswith(name) for name in names) or _russian_u_of_foreign_city(place, lower):
        return None
    for name in names:
        head = lower[:len(name)]
        if len(name) >= 4 and set(name) & KAZAKH_LETTERS and fold_lookalikes(head) == fold_lookalikes(name) \
                and _keeps(head, name):
            return name[:1].upper() + name[1:] + word[len(name):]
    return None


def _russian_u_of_foreign_city(place: str | None, lower: str) -> bool:
    """*lower* begins with the Russian name of the foreign city *place* (a GeoNames city, "C:"),
    which its Kazakh name differs from by ұ or ү alone (Стамбул, Стамбұл): Kazakh writes a
    foreign у either way (press of the ministry and Kazinform use both), so the Russian form is
    no slip. Any other letter is one (Бишкек for Бішкек)."""
    if place is None or not place.startswith("C:"):
        return False
    for russian in free_names.place_names(place, "ru"):
        if lower.startswith(russian) and any(
                len(kazakh) == len(russian) and kazakh != russian
                and all(a == b or (a == "у" and b in "ұү") for a, b in zip(russian, kazakh, strict=True))
                for kazakh in free_names.place_names(place, "kk")):
            return True
    return False


def _compound_name_respelling(word: str) -> str | None:
    """A name made of two Kazakh words, as the country's place names are (Қара-сай, Талды-қорған,
    Көкше-тау), typed with Russian к or г for қ or ғ (Карасай ауданында): respelt, with its
    endings. The first word of four letters or more, the second of three, both common words of
    the lexicon once respelt, one of them changed; not a place of the gazetteers as typed
    (Канада, Каракас, whose letters fold to Kazakh words too), a Kazakh word as typed or a
    Russian loan with Kazakh endings (Республикасы)."""
    lower = word.lower()
    if not word[:1].isupper() or not lower.isalpha() or not set(lower) & set("кг"):
        return None
    respelt = _two_words_respelt(lower)
    if respelt is None or free_names.place_id(word, "kk") is not None or lexicon.kazakh_written_stem(lower) \
            or _russian_stem(lower) or _loanword(lower):
        return None
    return respelt.capitalize()


@lru_cache(maxsize=4096)
def _two_words_respelt(lower: str) -> str | None:
    """*lower* as two lexicon words and endings with some к/г made қ/ғ at back-vowel seams."""
    for cut in range(len(lower) - 3, 3, -1):
        for first in _word_spellings(lower[:cut]):
            for end in range(len(lower), cut + 2, -1):
                for second in _word_spellings(lower[cut:end]):
                    tail = lexicon.ending_spelling(lower[end:], kazakh_is_front(second), _RUSSIAN_IN_ENDING) \
                        if end < len(lower) else ""
                    if tail is not None and first + second != lower[:end] \
                            and _back_seams(lower, first + second + tail):
                        return first + second + tail
    return None


_BACK_VOWELS = "аоұыу"
"""Back vowels as a Russian layout may type them: у for ұ as well (not kazakh.BACK_VOWELS, whose
у is a glide taking either harmony)."""


def _back_seams(typed: str, respelt: str) -> bool:
    """Every к/г made қ/ғ stood before a back vowel, or after one and not before a vowel: where
    Kazakh cannot have к/г (Кара-, -кор-), not where a front vowel follows (Қара-кемер)."""
    def seam(i: int) -> bool:
        after, before = typed[i + 1:i + 2], typed[i - 1:i]
        return (bool(after) and after in _BACK_VOWELS) or (bool(before) and before in _BACK_VOWELS
                                                           and not (after and after in kazakh_vowels))

    return all(a == b or seam(i) for i, (a, b) in enumerate(zip(typed, respelt, strict=True)))


def _word_spellings(typed: str) -> list[str]:
    """The common Kazakh word *typed* is as written, else the back-vowel words it is with к and г
    made қ and ғ (a back-vowel native word has only these, кемер keeps its к before е: the surest
    sign of the Russian layout; a vowel or н respelt is met by chance in foreign names, Илинден,
    Мортенсен), of four letters or more."""
    if typed in lexicon.kazakh_all_words():
        return [typed]
    return [w for w in lexicon.kazakh_folded().get(fold_lookalikes(typed), ()) if len(w) >= 4
            and not kazakh_is_front(w)
            and all(a == b or a + b in ("кқ", "гғ") for a, b in zip(typed, w, strict=True))]


def _keeps(typed: str, right: str) -> bool:
    """*right* differs from *typed* only where *typed* has a Russian look-alike."""
    return all(a == b or a in _ORACLE_SWAPS for a, b in zip(typed, right, strict=True))


@lru_cache(maxsize=16384)
def _places_joined(word: str) -> bool:
    """*word* is places joined by hyphens, each in any case form (қазақстан-куба,
    қазақстан-иран, Қазақстан-Ганадағы): Kazakh writes the adjective of two countries so, in
    lower case, each as the gazetteer names it (Куба, Гана, Иран), which has no Kazakh letter to
    restore. A place typed with look-alikes (казакстан) is no place."""
    parts = word.split("-")
    return len(parts) >= 2 and all(len(part) >= 3 and free_names.place_id(part, "kk") for part in parts)


_RUSSIAN_IN_ENDING = re.compile(r"и|[гк][аыо]|[аыо][гк]|(?<!ға|ге|қа|ке)(?<!аты|еті|йты|йті)(?:нын|нін)\Z"
                                r"|(?<![аей])[дт][ыі]н\Z")
"""What Kazakh endings never have and a Russian layout makes of them: и for і (транзити,
университетинде), г/к beside a back vowel for ғ/қ (тазартуга, аудандык), and the genitive
-ның/-дың ending in н (форумнын, доллардын, шолудын: the loose readings ны + н, ды + н are
no Kazakh forms), but for a participle's -ған, -атын, -йтін with the accusative (орнатылғанын,
жасайтынын, келетінін)."""


@lru_cache(maxsize=16384)
def _ending_slip(word: str) -> str | None:
    """The word with its endings respelt, when a known stem — a Kazakh dictionary word, a Russian
    loanword or a number (транзит, форум, жоспарла-, 181-) — carries Kazakh endings typed with
    Russian look-alikes (транзити → транзиті, форумнын → форумның, 7-ши → 7-ші), else None.

    The stem's own letters are left alone (the lexicon respelling handles those); the ending
    must become a chain of Kazakh endings in the stem's harmony (either after a number), and
    the word as typed must have no reading as it stands: no Kazakh dictionary word, no stem
    with Kazakh endings as typed (жасайтынын: жаса-йтын-ын), no Russian word (дипломатка)."""
    from press.lang.russian import analyzer

    lower = word.lower()
    if not _RUSSIAN_IN_ENDING.search(lower, 2) or lower in lexicon.kazakh_all_words() \
            or not _CYRILLIC.search(lower) or (not lower[:1].isdigit() and analyzer().word_is_known(lower)):
        return None
    cuts = _stem_cuts(lower)
    if any(_as_typed(stem, tail) for stem, tail in cuts + _glide_cuts(lower)):
        return None
    found = []
    for stem, tail in cuts:
        verb = _verb_stem(stem)
        if not _russian_ending(stem, tail):
            continue
        rights = [_number_tail(tail)] if stem[:1].isdigit() else \
            [_respelt_tail(tail, _harmony(stem)), _verb_tail_respelt(tail) if verb else None]
        found += [(sum(a != b for a, b in zip(tail, right, strict=True)), word[:len(stem)] + right)
                  for right in rights if right and right != tail]
    return min(found, key=lambda f: f[0])[1] if found else None  # the fewest letters changed


def _russian_ending(stem: str, tail: str) -> bool:
    """*tail* after *stem* has what a Russian layout makes of Kazakh endings (the stem's last
    letters tell a participle's -етін from a genitive's -тін)."""
    return bool(_RUSSIAN_IN_ENDING.search(stem + tail, len(stem)))


def _as_typed(stem: str, tail: str) -> bool:
    """*tail* is Kazakh endings of *stem* as typed, clear of what a Russian layout makes of them:
    a verb's (жаса-йтынын) or a noun's, but for an accusative after a dictionary form that is one
    already (бағдарламасын-ын: the dictionary lists some inflected forms, not қазан-ын)."""
    if _russian_ending(stem, tail):
        return False
    if _verb_stem(stem) and is_verb_tail(tail):
        return True
    if (tail == "н" and not _possessive(stem)) or (tail in ("ын", "ін") and _accusative(stem)):
        return False
    return is_ending_chain(tail, _harmony(stem))


def _possessive(word: str) -> bool:
    """*word* is a dictionary word's possessive (жол-ы, жоба-сы), which the accusative -н
    follows; not its accusative (жоба-ны, порт-ты: жобанын is жобаның typed otherwise)."""
    words = lexicon.kazakh_all_words()
    return (word[-1:] in "ыі" and word[:-1] in words and word[-2:-1] not in kazakh_vowels) \
        or (word[-2:] in ("сы", "сі") and word[:-2] in words)


def _accusative(word: str) -> bool:
    """*word* is a dictionary word's possessive in the accusative (жыл-ы-н, бағдарлама-сы-н)."""
    words = lexicon.kazakh_all_words()
    return word[-2:] in ("ын", "ін") and word[:-1] in words \
        and (word[:-2] in words or (word[-3:-2] == "с" and word[:-3] in words))


def _harmony(stem: str) -> bool | None:
    """The harmony of *stem*'s endings: None (either) after a number or a Russian loan the Kazakh
    dictionary lacks (пункт-і, конгресс-і: a loan's is as it is read aloud)."""
    if stem[:1].isdigit() or (stem not in lexicon.kazakh_all_words() and not _verb_stem(stem)
                              and not _verbal_noun(stem)):
        return None
    return kazakh_is_front(stem)


_VERBAL_NOUN = re.compile(r"[^аәеиоөұүыіэюяу]у\Z")


def _verbal_noun(stem: str) -> bool:
    """*stem* is a Kazakh verbal noun the dictionaries lack: a derived verb's -у after a
    consonant, with a Kazakh letter to show the word is Kazakh (әртараптандыру, a causative
    of a causative). Its endings follow its own vowels (-ға, -ды, -дың)."""
    return len(stem) >= 6 and bool(_VERBAL_NOUN.search(stem)) and not set(stem).isdisjoint(KAZAKH_LETTERS)


_ORDINAL = re.compile(r"ыншы|інші|ншы|нші|шы|ші")


def _number_tail(tail: str) -> str | None:
    """The endings after a number, look-alikes restored: a case chain (10-га → 10-ға) or the
    ordinal -ші/-шы with or without one (7-ши → 7-ші, 5-шиге → 5-шіге)."""
    if (right := _respelt_tail(tail, None)) is not None:
        return right
    return next((c for c in lexicon.respellings(tail, 6) if not _RUSSIAN_IN_ENDING.search(c)
                 and (m := _ORDINAL.match(c)) and is_ending_chain(c[m.end():])), None)


def _stem_cuts(lower: str) -> list[tuple[str, str]]:
    """(stem, ending) splits of *lower*, longest stem first: a number and its hyphenated ending
    (181-ин), or a stem of three letters or more that is a word of the Kazakh dictionary, a
    verb's stem there (жоспарла of жоспарлау) or a Russian noun (a loan: пункт, транзит)."""
    if (digits := _NUMBER_ENDING.fullmatch(lower)) is not None:
        return [(digits.group(1), digits.group(2))]
    return [(lower[:cut], lower[cut:]) for cut in range(len(lower) - 1, 2, -1)
            if lower[:cut] in lexicon.kazakh_all_words() or _verb_stem(lower[:cut])
            or _russian_noun(lower[:cut]) or _verbal_noun(lower[:cut])]


def _glide_cuts(lower: str) -> list[tuple[str, str]]:
    """(verb stem, endings) splits of *lower* where the stem's final й and the ending's first
    vowel are written as one letter, я for й + а, ю for й + у (қой-атын-ын is қоятынын)."""
    return [(lower[:i] + "й", _GLIDED[lower[i]] + lower[i + 1:]) for i in range(2, len(lower) - 1)
            if lower[i] in _GLIDED and _verb_stem(lower[:i] + "й")]


_GLIDED = {"я": "а", "ю": "у"}


def _verb_stem(stem: str) -> bool:
    """*stem* is a verb's: its verbal noun, -у (жоспарла-у) or -ю after й (қой: қою), is a
    dictionary word."""
    return lexicon.verbal_noun_listed(stem, lexicon.kazakh_all_words())


def _russian_noun(stem: str) -> bool:
    """A Russian common noun in its nominative singular (a loan as Kazakh writes it: пункт,
    форум); not a name (Филипп of Филиппинде)."""
    from press.lang.names import parses

    return any(p.tag.POS == "NOUN" and p.normal_form == stem and p.score >= 0.1
               and not lexicon.PROPER & p.tag.grammemes for p in parses(stem) if p.is_known)


def _respelt_tail(tail: str, front: bool | None) -> str | None:
    """*tail* with its look-alike letters restored into a chain of Kazakh endings (None: either
    harmony), fewest letters changed."""
    found = [right for harmony in ((front,) if front is not None else (False, True))
             if (right := lexicon.ending_spelling(tail, harmony, _RUSSIAN_IN_ENDING))]
    return min(found, key=lambda right: sum(a != b for a, b in zip(tail, right, strict=True)), default=None)


def _verb_tail_respelt(tail: str) -> str | None:
    """A verb's endings typed with look-alikes (жоспарла-ган → -ған, рәсімдел-еди → -еді)."""
    return next((c for c in lexicon.respellings(tail, 6) if c != tail and is_verb_tail(c)
                 and not _RUSSIAN_IN_ENDING.search(c)), None)


def _parses_better(word: str, respelt: str | None) -> bool:
    """*word* is a lexicon form only by a stem of two or three letters (ол-ім, уле-сі) and
    *respelt* by a longer one (өлім, үлес-і): the slip, not a short word with an ending."""
    if respelt is None:
        return False
    stem = lexicon.kazakh_stem(word.lower()) or lexicon.kazakh_written_stem(word.lower())
    right = lexicon.kazakh_stem(respelt.lower())
    return stem is not None and len(stem) <= 3 and right is not None and len(right) > len(stem)


@lru_cache(maxsize=16384)
def _short_stem_respelt(word: str) -> str | None:
    """The lexicon respelling of a word written as a lexicon word of three letters or fewer
    with endings (улесі: уле-сі; үлесі: үлес-і), else None (cached per word form, a pure
    function of the word and the lexicon)."""
    lower = word.lower()
    stem = lexicon.kazakh_written_stem(lower)
    if stem is None or len(stem) > 3 or lexicon.kazakh_stem(lower) is not None:
        return None
    respelt = lexicon.kazakh_respelling(word)
    return respelt if respelt and _parses_better(word, respelt) else None


_CONSONANT = "бвгғджзйкқлмнңпрстфхһцчшщ"
_FRONT_U = re.compile(rf"^(?:[{_CONSONANT}]|[{_CONSONANT}]*[еәіөү])*[{_CONSONANT}][уо]"
                      rf"(?=[{_CONSONANT}]+[әіөү])|^[уо](?=[{_CONSONANT}]+[әіөү])", re.IGNORECASE)
"""у or о between consonants whose next vowel is a Kazakh front one, with no back vowel
before it (тусірілім, Туркістан, олім): the vowel ү or ө typed with the Russian у or о, which
a Kazakh word of front vowels cannot have there; a loan's root (округінде: о before the у)
keeps its vowel."""


_FRONT_OF = {"у": "ү", "о": "ө", "У": "Ү", "О": "Ө"}
"""The Kazakh front vowel a Russian у or о stands for when typed on the wrong layout."""


@lru_cache(maxsize=16384)
def _front_u(word: str) -> str | None:
    """The word with ү or ө for such an у or о, when it has a Kazakh letter besides, is no lexicon form
    (a loan with a Kazakh ending, пункті, is one) and the у does not end a verb noun
    (келушілер); None otherwise."""
    if not set(word.lower()) & KAZAKH_LETTERS or not _FRONT_U.search(word.lower()):
        return None
    match = _FRONT_U.search(word)
    assert match is not None
    u = match.end() - 1
    if u >= 3 and word[:u + 1].lower() in lexicon.kazakh_all_words():
        return None  # a verb noun and its ending: келу-шілер, жүргізу-ші, көму-сіз
    if _suffix_vowel(word.lower(), u) or _closed_compound(word.lower(), u):
        return None
    front = _FRONT_OF[word[u]]
    return word[:u] + front + word[u + 1:]


_FRONT_U_BEFORE_E = re.compile(rf"^[{_CONSONANT}]+[уо](?=[{_CONSONANT}]+е)", re.IGNORECASE)


def _front_u_before_e(word: str) -> str | None:
    """The word with ү or ө for the у or о of its first syllable before an е (тубегіне for
    түбегіне), when only that respelling is a form of a lexicon word of four letters or more:
    е follows back vowels in Russian loans too (студенттері), so the lexicon decides."""
    match = _FRONT_U_BEFORE_E.search(word)
    if match is None or not set(word.lower()) & KAZAKH_LETTERS:
        return None
    u = match.end() - 1
    respelt = word[:u] + _FRONT_OF[word[u]] + word[u + 1:]
    stem = lexicon.kazakh_stem(respelt.lower())
    return respelt if stem is not None and len(stem) >= 4 else None


_SURNAME_OV = re.compile(r"ова?")


def _suffix_vowel(lower: str, u: int) -> bool:
    """The у or о at *u*, after the first syllable, begins a suffix, which Kazakh writes so in a
    front word too (ө and ү stand in a first syllable): a verbal noun's -у with its endings
    (жүгір-у-ші-нің, whose stem the dictionary may lack) or a surname's Russian -ов/-ова with
    Kazakh endings of either harmony (Әбенов-тің, Кенжебеков-тің)."""
    if not any(ch in _SYLLABIC for ch in lower[:u]):
        return False
    if lower[u] == "у":
        return is_verb_tail(lower[u:])
    ov = _SURNAME_OV.match(lower, u)
    return ov is not None and (ov.end() == len(lower) or is_ending_chain(lower[ov.end():]))


_SYLLABIC = "аәеиоөұүыіэюяё"


def _kazakh_as_written(word: str) -> bool:
    """A Kazakh word as typed, or a hyphenated compound of such words (тау-кен: тау and кен,
    which the lexicon knows apart, not тәу-кен)."""
    return lexicon.kazakh_as_written(word) or ("-" in word and all(
        lexicon.kazakh_stem(part) is not None or lexicon.kazakh_as_written(part) for part in word.split("-")))


def _closed_compound(lower: str, u: int) -> bool:
    """A closed compound of two lexicon words as typed (оңтүстік+африкалық, "South African";
    солтүстік+шығыс): each part keeps its own vowel harmony, so a back vowel before a front one
    inside the first part (the о of оңтүстік, at *u*) is no look-alike. The first part is a
    dictionary word of four letters or more, the second a form of one of four or more as typed."""
    words = lexicon.kazakh_words()
    return any(lower[:cut] in words and len(lexicon.kazakh_written_stem(lower[cut:]) or "") >= 4
               for cut in range(max(4, u + 1), len(lower) - 3))


def _lexicon_respelling(text: str, token: Token) -> str | None:
    """The lexicon spelling of a common word typed with look-alikes; names (capitalised
    mid-sentence) are left to the register, but for a word that is itself a lexicon word once
    respelt (Кара теңіз, Black Sea: Қара), which the caller keeps when no other version names
    it."""
    place = free_names.place_id(token.text, "kk") if token.text[:1].isupper() else None
    if place and not place.startswith("G:"):
        return None  # a name, also at the start of a sentence (Берлин, not берлі-н); not a town
        # of GeoNames that a Kazakh word typed with look-alikes reads as (Кара теңіз: Kara, Togo)
    respelt = lexicon.kazakh_respelling(token.text)
    if respelt is None or respelt == token.text.lower() or _loanword(token.text.lower()) \
            or _loan_and_kazakh_word(token.text.lower()) or _NAME_AFTER_PARTICLE.search(token.text):
        return None
    if token.text[:1].isupper() and not sentence_initial(text, token.start) \
            and respelt not in lexicon.kazakh_words():
        return None  # a name mid-sentence, unless it is a Kazakh word itself (Кара теңіз: Қара)
    return respelt[:1].upper() + respelt[1:] if token.text[:1].isupper() else respelt


_NAME_AFTER_PARTICLE = re.compile(r"\w[-‐][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")
"""A capital after a hyphen inside a word: a name after its lower-case particle (әл-Мубарак,
ад-Дин, ибн-Сина as Arabic names are written), spelt as its bearer's, never a common word."""


def _loanword(lower: str) -> bool:
    """A Russian loanword with a Kazakh ending, as Kazakh writes loans (индексін: индекс + ін),
    whose stem is longer than the lexicon word it would be respelt to (індек + сін): the loan
    explains more of the word. Not қазақтың typed as казактың: қазақ covers the Russian казак."""
    from press.lang.kazakh import is_ending_chain
    from press.lang.russian import analyzer

    folded, table = fold_lookalikes(lower), lexicon.kazakh_folded()
    covered = max((cut for cut in range(3, len(lower) + 1) if folded[:cut] in table), default=0)
    return any((analyzer().word_is_known(lower[:cut]) or _misspelt_loan(lower[:cut])
                or _soft_sign_dropped(lower, cut) or _russian_compound(lower[:cut])
                or _adjective_loan(lower, cut))
               and (cut == len(lower) or is_ending_chain(lower[cut:]) or _loan_verb_tail(lower[cut:]))
               for cut in range(len(lower), max(covered, 3), -1))


_KK_ADJECTIVE_SUFFIX = re.compile(r"(?:лық|лік|дық|дік|тық|тік)")


def _adjective_loan(lower: str, cut: int) -> bool:
    """*lower* up to *cut* is the stem of a Russian adjective in -ный, -ьный, and the Kazakh
    adjective suffix follows it (унитарлық of унитарный, as мемлекеттік унитарлық кәсіпорын
    writes it; федералдық of федеральный)."""
    from press.lang.russian import analyzer

    stem = lower[:cut]
    return cut >= 4 and _KK_ADJECTIVE_SUFFIX.match(lower, cut) is not None \
        and any(analyzer().word_is_known(stem + ending) for ending in ("ный", "ьный"))


def _loan_and_kazakh_word(lower: str) -> bool:
    """A compound of a Russian loan and a Kazakh word written with its Kazakh letters
    (аминқышқылдар: амин, amine, and қышқылдар, acids): each part as typed, no slip. The loan
    is a Russian noun in the nominative (`_russian_noun`), so a Kazakh word typed with a
    look-alike is still one (онеркәсібі is өнеркәсібі, not a Russian word and кәсібі)."""
    return any(not KAZAKH_LETTERS.isdisjoint(lower[cut:]) and _russian_noun(lower[:cut])
               and lexicon.kazakh_stem(lower[cut:]) is not None for cut in range(4, len(lower) - 2))


_RUSSIAN_COMPOUND_HEADS = ("тур", "авиа", "авто", "агро", "гос", "спорт", "энерго", "электро", "теле", "фото",
                           "видео", "евро")
"""Heads Russian joins to a noun in one word (турагент, автопарк, госзаказ), which Kazakh
writes as a loan: the whole as written, no Kazakh word with a look-alike letter (түр-агент)."""


def _russian_compound(stem: str) -> bool:
    """*stem* is a head of `_RUSSIAN_COMPOUND_HEADS` and a Russian word of four letters or more
    (тур-агент): a Russian compound no dictionary here lists whole."""
    from press.lang.russian import analyzer

    return any(stem.startswith(head) and len(stem) - len(head) >= 4
               and analyzer().word_is_known(stem[len(head):]) for head in _RUSSIAN_COMPOUND_HEADS)


def _soft_sign_dropped(lower: str, cut: int) -> bool:
    """The loan before *cut* ended in ь, which Kazakh drops before an ending that begins with
    a vowel (кабель: кабелі, кабелінің; автомобиль: автомобилі)."""
    from press.lang.russian import analyzer

    return lower[cut:cut + 1] in ("і", "ы") and analyzer().word_is_known(lower[:cut] + "ь")


_RUSSIAN_VOWELS = "аоеиуыэяю"


def _misspelt_loan(stem: str) -> bool:
    """*stem*, of six Russian letters or more, is a loan of the Kazakh lexicon with one vowel
    misspelt (алгаритм for алгоритм, an unstressed vowel written as heard): its slip is no
    Kazakh letter typed on the Russian layout (алға + ритм is no word)."""
    if len(stem) < 6 or not KAZAKH_LETTERS.isdisjoint(stem):
        return False
    words = lexicon.kazakh_all_words()
    return any(stem[:i] + vowel + stem[i + 1:] in words
               for i, letter in enumerate(stem) if letter in _RUSSIAN_VOWELS
               for vowel in _RUSSIAN_VOWELS if vowel != letter)


_LOAN_VERB = re.compile(r"(?:ла|ле|да|де|та|те)(?:н|с|т|ндыр|ндір)?")
"""The suffix that makes a Kazakh verb of a noun, a loan's too (пастер-ле-у: to pasteurise,
вакцина-ла-у, сертификат-та-у), and its passive, reciprocal or causative (вакцина-ла-н-ды)."""


def _loan_verb_tail(rest: str) -> bool:
    """*rest* is the verb-making suffix and a verb's endings (-ле-у, -ла-н-ған): a verb Kazakh
    makes of the loan before it, as it writes every such loan."""
    from press.lang.kazakh import is_verb_tail

    return any(is_verb_tail(rest[m.end():]) for cut in range(2, min(len(rest), 6) + 1)
               if (m := _LOAN_VERB.fullmatch(rest[:cut])) and m.end() < len(rest))


def _impossible(word: str, text: str, token: Token) -> bool:
    """к/г beside a back vowel in a native-looking word, or a back-vowel ending typed with them.
    A name (capitalised mid-sentence: Янгонға, Конго) keeps its own spelling of the stem, and
    so does a place the gazetteer knows that opens a sentence (Анголаның Президенті …)."""
    if _KK_SUFFIXES.search(word.lower()):
        return True
    if word[:1].isupper() and (not sentence_initial(text, token.start)
                               or free_names.place_id(word, "kk")):
        return False
    seams = list(_KK_IMPOSSIBLE.finditer(word))
    return bool(seams) and _looks_native(word) and not all(_compound_seam(word, m.start() + 1)
                                                            for m in seams)


def _compound_seam(word: str, cut: int) -> bool:
    """True when к/г meets a back vowel only where two words are joined: тік+ұшақ,
    жалпы+командалық. One part must be a lexicon word; the other a word of three letters or
    more with a vowel and no such meeting of its own."""
    left, right = word[:cut].lower(), word[cut:].lower()
    if len(left) < 3 or len(right) < 3:
        return False
    for known, other in ((left, right), (right, left)):
        if lexicon.kazakh_stem(known) is not None and not _KK_IMPOSSIBLE.search(other) \
                and any(ch in "аоұыәөүіеиу" for ch in other):
            return True
    return False


def _looks_native(word: str) -> bool:
    """A Kazakh word (not a Russian loan): it has a Kazakh letter or typical Kazakh ending."""
    lower = word.lower()
    return any(ch in KAZAKH_LETTERS for ch in lower) or bool(_KK_SUFFIXES.search(lower))


def _lower_case_brands(bundle: Bundle) -> set[str]:
    """The English version's words (lower case) that are no English words, written in lower
    case as the brand writes itself (flynas, iPhone), and kept in Latin letters by every other
    version, as Air Astana is: one that a Cyrillic version translates is a word (telemedicine,
    «телемедицина»), which the version that keeps it left untranslated."""
    def latin(lang: str) -> set[str]:
        return {w.lower() for para in bundle.paras.get(lang, []) for w in _LATIN_LETTERS.findall(para.text)}

    english = {w.lower() for para in bundle.paras.get("en", []) for w in _LATIN_LETTERS.findall(para.text)
               if not w[:1].isupper() and len(w) >= 4 and not lexicon.is_common(w, "en")}
    return english.intersection(*(latin(lang) for lang in ("kk", "ru") if bundle.paras.get(lang)))


def _registered_latin(bundle: Bundle) -> set[str]:
    return set().union(*per_registers(bundle, ("script.latin",), lambda part: {
        t.lower for e in part.entities.values() for forms in e.forms.values()
        for form in forms for t in tokens(form) if t.text.isascii()}))


_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
_TITLE_LINKS = frozenset({"and", "of", "for", "the", "&"}) | free_names.FOREIGN_NAME_LINKS
"""Small words inside a name kept in its own language (Airbus Defence and Space, Bank of
America, Cité de la Musique, Alta Genetics do Brasil)."""


def _titled(words: list[str]) -> bool:
    """Capitalised words, maybe joined by small words, that begin and end capitalised: a name."""
    return words[0][:1].isupper() and words[-1][:1].isupper() \
        and all(w[:1].isupper() or w.lower() in _TITLE_LINKS for w in words)


def _inside_title(text: str, start: int, end: int) -> bool:
    """A small word (and, of) between two capitalised Latin words: part of such a name."""
    if text[start:end].lower() not in _TITLE_LINKS:
        return False
    before, after = text[:start].split()[-1:], text[end:].split()[:1]
    return bool(before and after) and before[0][:1].isupper() and after[0][:1].isupper() \
        and _latin_word(before[0]) and _latin_word(after[0])


def _latin_word(word: str) -> bool:
    """*word* is written in Latin letters, with diacritics or not (Éditions, Lyon)."""
    return bool(_LATIN.search(word)) and not _CYRILLIC.search(word)


_GLOSS = re.compile(r"(?<=[^\W\d_A-Za-z»\"]) ?\([A-Za-z][A-Za-z .,;'’-]*\)")
"""Latin words in brackets right after a Cyrillic word: the original term given beside its
translation (дикий кабан (Sus scrofa), зелёная экономика (green economy)), not left untranslated."""


_READ_IN_BRACKETS = re.compile(
    r"\b[A-Z][\w&'’-]*(?: [A-Za-z][\w&'’-]*){0,3} ?\([А-ЯЁӘҒҚҢӨҰҮҺІ][^()A-Za-z]*\)")
"""A Latin name with its reading in Cyrillic in brackets (Maersk (Маерск), Cosco shipping (Коско
шипинг)): a company's own name, kept and read out, not English left untranslated."""


def _latin_beside(paras: list[Para], other: list[Para], index: int) -> tuple[frozenset[str], int] | None:
    """The Latin words (lower case) and the number of capitalised Latin runs of the other
    Cyrillic version's paragraph in the place of paragraph *index*; None when the versions
    have not as many paragraphs."""
    if len(paras) != len(other):
        return None
    text = other[index].text
    runs = sum(_titled(m.group().split()) for m in _LATIN_RUN.finditer(text))
    return frozenset(w.lower() for w in _LATIN_LETTERS.findall(text)), runs


def _phrase_left(words: list[str], runs_here: int, beside: tuple[frozenset[str], int] | None) -> bool:
    """*words*, a capitalised Latin run, are common English words the other Cyrillic version
    translated (`_translated_beside`), two at least, and it has fewer such runs than this
    paragraph's *runs_here* (Permanent Mission, International Airport-тан where Russian writes
    Постоянное представительство; General Electric and Siemens Energy stay brands); a place or
    a people's word among two common words too (`_whose`)."""
    parts = [part for w in words for part in _LATIN_LETTERS.findall(w.lower()) if part not in _TITLE_LINKS]
    return _translated_beside(parts, beside) and beside is not None and runs_here > beside[1] \
        and sum(recognise.is_common(part, "en") for part in parts) >= 2


def _quoted_phrase_left(quoted: str, beside: tuple[frozenset[str], int] | None) -> bool:
    """*quoted* (with its quotation marks) is an English phrase in lower case, no title: two
    words or more the other Cyrillic version translated (`_translated_beside`), one of four
    letters or more not capitalised (a title keeps its small words in lower case: «Made in
    Kazakhstan»; «Shanghai spirit» where Kazakh writes «Шанхай рухы»). A title or a brand in
    quotation marks is capitalised throughout («Made in Kazakhstan», «Astana Hub»)."""
    words = _LATIN_LETTERS.findall(quoted[1:-1])
    content = [w for w in words if w.lower() not in _TITLE_LINKS]
    return len(content) >= 2 and any(w.islower() and len(w) >= 4 for w in content) \
        and _translated_beside([w.lower() for w in content], beside)


def _translated_beside(parts: list[str], beside: tuple[frozenset[str], int] | None) -> bool:
    """*parts* (lower case, no title links) are each a common English word or one that says
    whose (`_whose`), and the other Cyrillic version's paragraph (*beside*: its Latin words)
    keeps none of them in Latin: it translated them, so this version left them untranslated."""
    return beside is not None and not set(parts) & beside[0] \
        and all(recognise.is_common(part, "en") or _whose(part) for part in parts)


def _whose(word: str) -> bool:
    """*word* (lower case) says whose or where a body is (Kazakhstan, Kazakh, Eurasian): with two
    common words, a name a translation translates whole (Aviation Administration of Kazakhstan,
    «Авиационная администрация Казахстана»); Air Astana has one."""
    title = word.capitalize()
    return free_names.place_id(title, "en") is not None or free_names.is_demonym(title, "en") \
        or word in free_names.language_words("en")


def _untranslated(para: Para, allowed: set[str],
                  beside: tuple[frozenset[str], int] | None = None) -> list[Finding]:
    """English words left in the Kazakh or Russian version. Names are not: those from a
    register, a run of capitalised Latin words (Air Astana, New Silk Way) and Latin text in
    quotation marks («Made in Kazakhstan») are brands and titles kept in the original; nor is a
    term glossed in brackets after its translation (`_GLOSS`). A capitalised run of common
    English words the other Cyrillic version's paragraph translated (`_phrase_left`; *beside*:
    its Latin words and runs) is no brand both keep: a phrase left untranslated (Permanent
    Mission кандидатураны where Russian has Постоянное представительство)."""
    findings = []
    text = _URL.sub(lambda m: " " * len(m.group()), para.text)
    text = _GLOSS.sub(lambda m: " " * len(m.group()), text)
    text = _READ_IN_BRACKETS.sub(lambda m: " " * len(m.group()), text)
    text = _NUMBER_SUFFIX.sub(lambda m: " " * len(m.group()), text)
    text = _QUOTED.sub(lambda m: m.group() if _CYRILLIC.search(m.group())
                       or _quoted_phrase_left(m.group(), beside) else " " * len(m.group()), text)
    runs_here = sum(_titled(m.group().split()) for m in _LATIN_RUN.finditer(text))
    ends: list[int] = []  # where the English of each finding ends: the next word on is the same phrase
    for match in (*_LATIN_RUN.finditer(text), *_LATIN_WORD.finditer(text), *_LATIN_HYPHENED.finditer(text)):
        words = [w.lower() for w in match.group().split()]
        if all(w in allowed for w in words) or _inside_title(text, match.start(), match.end()) \
                or (_titled(match.group().split()) and not _phrase_left(words, runs_here, beside)):
            continue
        said = any(f.excerpt == match.group() or match.group() in f.excerpt for f in findings) \
            or any(_PHRASE_GAP.fullmatch(text, end, match.start()) for end in ends)
        ends.append(match.end())
        if said:
            continue
        findings.append(_finding("script.untranslated", para, match.group(),
                                 f"English «{match.group()}» left untranslated in {para.lang}"))
    return findings
