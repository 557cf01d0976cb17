"""Which words are ordinary words of a language, for rules that must not mistake one for a name.

A spelling-drift rule compares a word with registered names; a word that is itself a common
word of the language (English "Minister" next to the registered "Ministry", Russian "Министр",
Kazakh "министрлік") is a different word, not a misspelt name. The look-alike rule uses the
Kazakh lexicon the other way round: a word that is a lexicon word once Kazakh letters are
folded to their Russian look-alikes, but is spelt without them, was typed on the wrong layout.

English comes from pyspellchecker's frequency list, Russian from pymorphy3's dictionary, Kazakh
from `data/kazakh_words.txt` (common official-register words, no proper names). Each loads on
first use only.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache
from itertools import product
from pathlib import Path

from press.lang import english, kazakh

KAZAKH_WORDS = Path(__file__).resolve().parent / "data" / "kazakh_words.txt"

PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})
"""pymorphy3 grammemes of proper names: a known surname (Рыжков) can still be a misspelt one."""

FOLD_VARIANTS = {"а": "аә", "г": "гғ", "к": "кқ", "н": "нң", "о": "оө", "у": "уұү", "и": "иі",
                  "х": "хһ"}
"""Each Russian letter and the Kazakh letters that fold to it (kazakh.LOOKALIKES, inverted)."""


HUNSPELL_KAZAKH = Path("/usr/share/hunspell/kk_KZ.dic")
"""The Kazakh hunspell dictionary (Debian hunspell-kk): 54,000 stems and forms written by
Kazakh lexicographers, so that a common word this repository's texts never used (сақта,
қорғаныс, төтенше) is still known. Without it the kept list alone is the lexicon."""


def _english_dictionary_word(lower: str) -> bool:
    """*lower* (American spelling) is a word hunspell-en-us lists in lower case, or its plural
    (spaceport, spaceports): a word too rare for the frequency list is still no name. Eight
    letters or more: the dictionary's short words are surnames and syllables of names too
    (morel of Jean-Baptiste Morel, chi of Ho Chi Minh), where the frequency list is the better
    judge."""
    if len(lower) < 8:
        return False
    words = _english_lower_case()
    return lower in words or (lower.endswith("s") and (lower[:-1] in words
                                                       or (lower.endswith("es") and lower[:-2] in words)))


@cache
def _english_lower_case() -> frozenset[str]:
    return frozenset(_hunspell_words(HUNSPELL_ENGLISH))


HUNSPELL_ENGLISH = Path("/usr/share/hunspell/en_US.dic")
"""The English hunspell dictionary (Debian hunspell-en-us), which, unlike the frequency list
of `press.lang.english`, keeps a name's capital: Hopkins and Smithsonian are listed only as
names, john and national as words. Without it no English word is known as a name only."""


@cache
def english_names_only() -> frozenset[str]:
    """The English words, lower case, that hunspell-en-us lists capitalised and never in lower
    case (hopkins, smithsonian; not john, national): names, though frequent enough to be among
    the common words (`press.lang.english.common_words`)."""
    names = frozenset(_hunspell_words(HUNSPELL_ENGLISH, capitalised=True)) - _english_lower_case()
    return frozenset(word for word in names if not word.endswith(_ADJECTIVE_OF_A_NAME)) - _FAITHS


_ADJECTIVE_OF_A_NAME = ("ic", "ist", "ism", "ish", "ese")
"""Endings of the words English capitalises as made from a name (Islamic, Buddhist, Jewish,
Japanese): translated as adjectives («Исламская организация», «Ислам ұйымы»), no name of a
body's own."""
_FAITHS = frozenset({"muslim", "christian", "hindu", "sikh", "orthodox", "catholic", "protestant"})
"""Faiths' words English capitalises with no such ending: translated too."""


@cache
def kazakh_words() -> frozenset[str]:
    """The Kazakh lexicon, lower case: the kept list (one word per line, # comments) and the
    hunspell dictionary's words that have a Kazakh letter (the look-alike rule's lexicon)."""
    return frozenset(_kazakh_tables()["lettered"])


@cache
def kazakh_all_words() -> frozenset[str]:
    """Every common word of the lexicon, also those written without a Kazakh letter (сома,
    тер): words of the language, never names, though some are slips for another word too."""
    return frozenset(_kept_words().union(_hunspell_words(HUNSPELL_KAZAKH))) - set(_kazakh_tables()["typos"])


@cache
def kazakh_folded() -> dict[str, list[str]]:
    """Lexicon words that carry a Kazakh letter, by their folded spelling (жұмыс under жумыс)."""
    return _kazakh_tables()["folded"]


@cache
def _kazakh_tables() -> dict:
    """The look-alike rule's lexicon and its folded index, derived once per kept list and
    dictionary and kept in the user's cache (folding 37,000 words took a third of a second)."""
    from press.usercache import cached

    kept = KAZAKH_WORDS.read_text(encoding="utf-8")
    try:
        stat = HUNSPELL_KAZAKH.stat()
        dictionary = f"{HUNSPELL_KAZAKH} {stat.st_size} {stat.st_mtime_ns}"
    except OSError:
        dictionary = "none"
    key = f"{hashlib.sha256(kept.encode()).hexdigest()} {dictionary} {_DERIVATION}"
    return cached("kazakh-lexicon", key, _derive_kazakh_tables)


_DERIVATION = 3
"""The version of `_derive_kazakh_tables`, part of its cache key: a cached table of an older
derivation is derived again."""


def _derive_kazakh_tables() -> dict:
    lettered = sorted(_kept_words().union(w for w in _hunspell_words(HUNSPELL_KAZAKH)
                                          if set(w) & kazakh.KAZAKH_LETTERS))
    folded: dict[str, list[str]] = {}
    for word in lettered:
        if any(ch in kazakh.KAZAKH_LETTERS for ch in word):
            folded.setdefault(kazakh.fold_lookalikes(word), []).append(word)
    typos = {w for words in folded.values() for w in words if any(_typed_for(w, other) for other in words)}
    folded = {key: [w for w in words if w not in typos] for key, words in folded.items()}
    return {"lettered": [w for w in lettered if w not in typos], "folded": folded, "typos": sorted(typos)}


def _typed_for(word: str, other: str) -> bool:
    """*word* is *other* with its қ or ғ next to a back vowel typed as к or г: the dictionary's
    slip (hunspell-kk lists ұлттык beside ұлттық), no word of its own, as Kazakh writes к and г
    with front vowels only. Other look-alike pairs are words both (күн and күң, билік and білік)."""
    if word == other or len(word) != len(other):
        return False
    slips = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    return all(word[i] + other[i] in ("кқ", "гғ") and _BACK_VOWELS & {word[i - 1:i], word[i + 1:i + 2]}
               for i in slips)


_BACK_VOWELS = frozenset("аоұы")


def _kept_words() -> set[str]:
    lines = KAZAKH_WORDS.read_text(encoding="utf-8").splitlines()
    return {w.strip().lower() for w in lines if w.strip() and not w.startswith("#")}


def _hunspell_words(dic: Path, capitalised: bool = False) -> list[str]:
    """The common words of a hunspell .dic (flags dropped; no proper names, which the
    dictionary spells its own way: Берлін), kept in the user's cache; *capitalised*: its
    words listed with a capital first letter instead (its names), in lower case."""
    from press.usercache import cached

    try:
        stat = dic.stat()
    except OSError:
        return []

    def kept(word: str) -> bool:
        if not word.isalpha():
            return False
        return word[:1].isupper() and word[1:].islower() if capitalised else word.islower()

    def read() -> list[str]:
        lines = dic.read_text(encoding="utf-8-sig").splitlines()[1:]
        return sorted({w.lower() for line in lines if kept(w := line.split("/")[0].strip())})
    kind = "capitalised" if capitalised else "lower case"
    return cached("hunspell-words", f"{dic} {stat.st_size} {stat.st_mtime_ns}, {kind}", read)


def is_common(word: str, lang: str) -> bool:
    """True when *word* is an ordinary word of *lang* (any inflected form), not only a name."""
    lower = word.lower().replace("’", "'")
    if lang == "en":
        lower = lower.removesuffix("'s")
        if "-" in lower.strip("-"):  # Political-Security, Secretary-General: a compound of words
            return all(is_common(part, lang) for part in lower.split("-") if part)
        american = english.american(lower)
        return lower in english.common_words() or american in english.common_words() \
            or _english_dictionary_word(american)
    if lang == "ru":
        from press.lang.russian import parses

        found = parses(lower)
        return bool(found) and found[0].is_known and not any(PROPER & p.tag.grammemes for p in found)
    if lang == "kk":
        return kazakh_stem(lower) is not None or _stem_of(lower, kazakh_all_words(), 4) is not None
    return False


@lru_cache(maxsize=65536)
def kazakh_stem(lower: str) -> str | None:
    """The lexicon word *lower* is a form of (жұмысын → жұмыс), or None."""
    return _stem_of(lower, kazakh_words())


def _stem_of(lower: str, words: frozenset[str], shortest: int = 2) -> str | None:
    """The word of *words* that *lower* is a form of, at least *shortest* letters long
    (пе-тер is no form: a dictionary's two-letter words make a name like Петер look common)."""
    if lower in words:
        return lower
    for cut in range(len(lower) - 1, shortest - 1, -1):
        if lower[:cut] in words and kazakh.is_ending_chain(lower[cut:]):
            return lower[:cut]
        shared_t = lower[:cut].endswith("ст") and kazakh.is_ending_chain("т" + lower[cut:])
        if shared_t and lower[:cut] in words:
            return lower[:cut]  # a loanword in -ст shares its т with the ending: турист-(т)ер
        if (plain := _unvoiced(lower, cut, words)) and kazakh.is_ending_chain(lower[cut:]):
            return plain
    for cut in range(len(lower) - 1, shortest - 1, -1):  # a verb: сақта-лады, жоғалт-қанын
        if lower[:cut] in words and (_is_verb(lower[:cut]) or _verbal_noun_tail(lower[:cut], lower[cut:])) \
                and kazakh.is_verb_tail(lower[cut:]):
            return lower[:cut]
    return None


@lru_cache(maxsize=65536)
def kazakh_as_written(lower: str) -> bool:
    """*lower* is a dictionary word as it is typed, also without a Kazakh letter (шын "true",
    жан-ы-нан "from beside"), or one with noun endings in the harmony of its stem: then
    it is not a look-alike slip for another word (шың, жаңынан); or a verb's stem with a verb's
    ending (таныс-ады, "gets acquainted", not таңысады). Кун-нен is no such form (the ending
    breaks the harmony): күннен typed with у is still a slip."""
    return kazakh_written_stem(lower) is not None


@lru_cache(maxsize=65536)
def kazakh_written_stem(lower: str) -> str | None:
    """The longest dictionary word *lower* is as typed or with endings (`kazakh_as_written`)."""
    words = kazakh_all_words()
    if lower in words:
        return lower
    for cut in range(len(lower) - 1, 2, -1):
        if lower[:cut] in words and (kazakh.is_ending_chain(lower[cut:], kazakh.is_front(lower[:cut]))
                                     or (_is_verb(lower[:cut]) or _verbal_noun_tail(lower[:cut], lower[cut:]))
                                     and _verb_tail_of(lower[:cut], lower[cut:])):
            return lower[:cut]
        if (plain := _unvoiced(lower, cut, words)) \
                and kazakh.is_ending_chain(lower[cut:], kazakh.is_front(plain)):
            return plain  # мансаб-ы: мансап 'career', its п voiced before the vowel
    return None


_UNVOICED = {"г": "к", "ғ": "қ", "б": "п"}


def _unvoiced(lower: str, cut: int, words: frozenset[str]) -> str | None:
    """The word of *words* whose final п, к, қ is voiced (б, г, ғ) as *lower*'s stem of *cut*
    letters before a vowel ending (кітаб-ы, мансаб-ы, тілег-і), else None."""
    plain = _UNVOICED.get(lower[cut - 1:cut])
    if plain and lower[cut:cut + 1] in kazakh.VOWELS and lower[:cut - 1] + plain in words:
        return lower[:cut - 1] + plain
    return None


def _verb_tail_of(stem: str, tail: str) -> bool:
    """*tail* is a verb's endings in the harmony of *stem* (таныс-ады; бол-інді is no form)."""
    front = kazakh.is_front(stem)
    return kazakh.is_verb_tail(tail) and all((ch in "әеіөү") == front for ch in tail if ch in "аоұыәеіөү")


def _verbal_noun_tail(stem: str, tail: str) -> bool:
    """*tail* begins with the verbal noun's -у after a stem ending in a consonant (жүгір-у,
    жүгір-уші-лер-дің): a dictionary may list a verb's stem and not its -у (hunspell-kk has
    жүгір, no жүгіру), and no noun ending begins with у, so the stem is a verb's here. The stem
    has a Kazakh letter: корсет-у-ге is көрсетуге typed with о (корсет, a loan noun, has no -у)."""
    return tail[:1] == "у" and stem[-1:] not in kazakh.VOWELS and not kazakh.KAZAKH_LETTERS.isdisjoint(stem)


def _is_verb(stem: str) -> bool:
    """A dictionary lists a Kazakh verb by its infinitive in -у (сақтау, жоғалту): әлі is no
    verb, so Әлібек is no form of one. A stem in -й writes й + у as ю (азай-у is азаю, көбей-у
    көбею, ұлғай-у ұлғаю), so азайғанын is a form of a verb the dictionary lists as азаю."""
    words = kazakh_all_words()
    return stem + "у" in words or stem.endswith("й") and stem[:-1] + "ю" in words


def kazakh_respelling(word: str) -> str | None:
    """The lexicon spelling of a Kazakh *word* typed with Russian look-alikes (жумысы → жұмысы),
    or None when the word is a lexicon form as it stands or folds to none.

    Only Russian letters are respelt: a Kazakh letter the word already has stays (құны is not
    күн with an ending), and the ending must follow the harmony of the respelt stem.
    """
    lower = word.lower()
    if kazakh_stem(lower) is not None or _derived_as_written(lower) or _verb_form_as_written(lower):
        return None
    respelt = _whole_respelling(lower) or _compound_respelling(lower)
    return None if respelt is not None and respelt.startswith("ң") else respelt  # no Kazakh word opens with ң


def _verb_form_as_written(lower: str) -> bool:
    """*lower* is a verb's lexicon stem of five letters or more with a verb's endings, every
    letter as typed (безендіріл-генін, was decorated: -ген and the accusative -ін), which the
    nominal endings alone do not read: no slip for another ending (-нің) a respelling finds."""
    words = kazakh_words()
    return any(lower[:cut] in words and kazakh.is_verb_tail(lower[cut:])
               and _verb_stem(lower[:cut], words, four_letters=cut == 4)
               for cut in range(len(lower) - 2, 3, -1))


def _verb_stem(stem: str, words: frozenset[str], four_letters: bool = False) -> bool:
    """A verb's stem: its verbal noun is a word (`verbal_noun_listed`), or it is a passive in
    -ыл, -іл of six letters or more (безендіріл: the lexicon lists passives as stems), or one
    of a verb whose verbal noun is a word (егіл of егу: «егілгенін», that were planted). A stem
    of four letters (*four_letters*) is read only so: a short stem claims too much."""
    passive = stem.endswith(("ыл", "іл"))
    of_verb = passive and verbal_noun_listed(stem[:-2], kazakh_all_words())
    if four_letters:
        return of_verb
    return verbal_noun_listed(stem, words) or (len(stem) >= 6 and passive) or of_verb


def verbal_noun_listed(stem: str, words: frozenset[str]) -> bool:
    """The verbal noun of the verb stem *stem* is one of *words*: -у (жоспарла-у), or -ю, which
    Kazakh writes for йу after a stem in й (қой: қою)."""
    return stem + "у" in words or (stem[-1:] == "й" and stem[:-1] + "ю" in words)


def _derived_as_written(lower: str) -> bool:
    """*lower* is a lexicon word with derivational suffixes and endings, every letter as typed
    (тауар-лы, goods-having: «тауарлы-сүт»): a Kazakh word the lexicon does not hold whole, so
    no shorter lexicon stem (тәу) may claim it as a slip."""
    words = kazakh_words()
    return any(stem in words and _derived_spelling(lower[cut:], kazakh.is_front(stem)) == lower[cut:]
               for cut in range(len(lower) - 1, 2, -1) if (stem := lower[:cut]))


def _compound_respelling(lower: str) -> str | None:
    """A hyphenated compound with a part typed with look-alikes (кабылдау-тапсыру), part by part,
    when every part is a Kazakh word as typed or respelt; not a number's or initials' ending
    (40-тан, ХҒС-қа)."""
    parts = lower.split("-")
    if len(parts) < 2 or any(not part.isalpha() for part in parts) \
            or any(kazakh.is_ending_chain(part) for part in parts[1:]):
        return None
    respelt = [kazakh_respelling(part) for part in parts]
    if any(r is None and kazakh_stem(part) is None for part, r in zip(parts, respelt, strict=True)):
        return None  # a part no Kazakh word: a foreign term (вадза-ари, a judo score), not a slip
    joined = "-".join(r or part for part, r in zip(parts, respelt, strict=True))
    return joined if joined != lower else None


def _whole_respelling(lower: str) -> str | None:
    """The word respelt as one stem with endings (жумысы → жұмысы, сондай-ак → сондай-ақ)."""
    folded_word = kazakh.fold_lookalikes(lower)
    table = kazakh_folded()
    for cut in range(len(lower), 2, -1):
        for right in _folded_stems(table, folded_word, cut):
            if not _keeps_kazakh_letters(lower[:cut], right):
                continue
            tail = next((t for t in (ending_spelling(lower[cut:], kazakh.is_front(right)),
                                     _derived_spelling(lower[cut:], kazakh.is_front(right)),
                                     _compound_tail(right, lower[cut:], right == lower[:cut]))
                         if t is not None), None)
            if tail is not None:
                return right + tail
    for cut in range(len(lower) - 1, 2, -1):  # a verb form: карастырып → қарастыр(у) + ып
        for right in table.get(folded_word[:cut] + "у", ()):
            stem = right[:-1]
            if right.endswith("у") and _keeps_kazakh_letters(lower[:cut], stem) \
                    and kazakh.is_verb_tail(lower[cut:]):
                return stem + lower[cut:]
    return None


_VERBAL = {False: ("лан", "дан", "тан", "ландыр", "дандыр", "тандыр"),
           True: ("лен", "ден", "тен", "лендір", "дендір", "тендір")}
_NOUN_MAKING = {False: ("лық", "дық", "тық", "шылық", "дама", "тама", "лама", "сыз", "гер", "лы", "ды", "ты"),
                True: ("лік", "дік", "тік", "шілік", "деме", "теме", "леме", "сіз", "гер", "лі", "ді", "ті")}
"""Suffixes that make a noun or an adjective of a noun, in either harmony, each after a vowel
or sonorant, a voiced or a voiceless consonant: the abstract noun -лық/-лік (мүше-лік), the
noun of a process -дама/-деме (тағылым-дама, internship; баян-дама), -сыз/-сіз (without),
-лы/-лі (with, having: тауар-лы, білім-ді),
-гер (one who does: сарапшы, бітім-гер)."""

_DERIVED = {front: (*agent, *(verb + "у" for verb in _VERBAL[front]), *_NOUN_MAKING[front])
            for front, agent in ((False, ("шы", "ырақ", "рақ")), (True, ("ші", "ірек", "рек")))}
"""Suffixes that make a word of a word before its endings: the agent (бітімгер-ші), the
comparative (ұзағ-ырақ, жақсы-рақ), the verbal noun of a verb made of a noun with -лан/-лен and
its causative -ландыр (шөлейт-тену-ге: to become desert, жаңғыр-ту; өнеркәсіп-тендіру), and
the nouns and adjectives of `_NOUN_MAKING`."""


def _derived_spelling(tail: str, front: bool, depth: int = 2) -> str | None:
    """*tail* as up to *depth* derivational suffixes and endings, look-alikes restored
    (шилердиң → шілердің, дамадан → дамадан, шылыкка → шылыққа): a derived word the lexicon
    does not hold whole is its stem and its suffixes."""
    for suffix in _DERIVED[front]:
        if kazakh.fold_lookalikes(tail[:len(suffix)]) == kazakh.fold_lookalikes(suffix) \
                and _keeps_kazakh_letters(tail[:len(suffix)], suffix):
            rest = tail[len(suffix):]
            rest = ending_spelling(rest, front) if rest else ""
            if rest is None and depth > 1:
                rest = _derived_spelling(tail[len(suffix):], front, depth - 1)
            if rest is not None:
                return suffix + rest
    return None


def _compound_tail(first: str, tail: str, first_as_typed: bool = False) -> str | None:
    """*tail* as a second word written as typed, with endings (әуе-компаниясы, тік-ұшақ): the
    first word of a closed compound was the one respelt. Both words of three letters or more,
    the second's stem of four."""
    if len(first) < 3 or len(tail) < 4 or tail[:1] in "ыі":
        return None  # a suffix begins so, hardly a word (тәб-ысталды is табысталды)
    written = kazakh_written_stem(tail)
    if written is not None:
        return tail if len(written) >= 4 else None
    if not first_as_typed:
        return None  # one slip per compound: урбан-далу is no ұрбаң-дәлу
    respelt = _whole_respelling(tail)  # келісім-шартка: the second word's ending typed with look-alikes
    stem = kazakh_stem(respelt) if respelt else None
    return respelt if stem is not None and len(stem) >= 4 else None


_VOICED = {"б": "п", "г": "к"}
"""A final п, к, қ voiced before a vowel (өнеркәсіп → өнеркәсібі, құрлық → құрлығы), folded."""


def _folded_stems(table: dict[str, list[str]], folded_word: str, cut: int) -> list[str]:
    """The lexicon words whose folded spelling is *folded_word*'s first *cut* letters, also with
    their last consonant voiced as before a vowel ending (онеркәсіб-і: өнеркәсіп as өнеркәсіб)."""
    found = list(table.get(folded_word[:cut], ()))
    plain = _VOICED.get(folded_word[cut - 1:cut])
    if plain and folded_word[cut:cut + 1] in kazakh.VOWELS:
        found += [right[:-1] + {"п": "б", "к": "г", "қ": "ғ"}[right[-1]]
                  for right in table.get(folded_word[:cut - 1] + plain, ()) if right[-1] in "пкқ"]
    return found


def _keeps_kazakh_letters(typed: str, right: str) -> bool:
    return all(a == b for a, b in zip(typed, right, strict=True) if a in kazakh.KAZAKH_LETTERS)


def ending_spelling(tail: str, front: bool, never: re.Pattern[str] | None = None) -> str | None:
    """*tail* as a chain of Kazakh endings in *front* or back harmony, its look-alike letters
    restored (ындагы → ындағы); a spelling *never* matches is no such chain."""
    if kazakh.is_ending_chain(tail, front) and not (never and never.search(tail)):
        return tail
    return next((candidate for candidate in respellings(tail, 8) if kazakh.is_ending_chain(candidate, front)
                 and not (never and never.search(candidate))), None)


def respellings(typed: str, most: int) -> list[str]:
    """*typed* with Russian look-alikes made Kazakh letters in every way, fewest changes first
    (as typed first); none when more than *most* letters could change."""
    choices = [FOLD_VARIANTS.get(ch, ch) for ch in typed]
    if len(typed) > 12 or sum(len(c) > 1 for c in choices) > most:
        return []
    return sorted(("".join(letters) for letters in product(*choices)),
                  key=lambda c: sum(a != b for a, b in zip(c, typed, strict=True)))
