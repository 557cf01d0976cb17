"""Names: every registered name in one version is in the others, in its approved form.

Matching is inflection-aware: Russian through `press.lang.russian` (pymorphy3 and a stem +
ending table), Kazakh through `press.lang.kazakh.matches_stem` (endings in vowel harmony,
к/қ/п voicing), English with possessives. Tokens close to a registered name but not a form
of it are spelling drift. Names in no register are found and aligned across the versions by
`press.check.recognise` and `press.lang.names` and judged by `press.check.unregistered`
(misspelt, missing, spelt two ways).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache, partial
from itertools import product

from press.check import lexicon, recognise, slots
from press.check.document import Bundle, Para, body, paragraph_groups, per_registers
from press.check.findings import Finding, Lack
from press.check.unregistered import RU_COMPASS, RU_RELATIONAL, FreeNames, adjective_of, title_places
from press.lang import acronyms, endonyms, home_words, kazakh, languages, russian
from press.lang import names as free_names
from press.lang.kind_places import kind_at
from press.lang.read_names import any_dateline, in_dateline, word_matches
from press.lang.read_organisations import find_organisations, table_word
from press.lang.tokens import Token, previous_word, sentence_initial, tokens

_GAP_CHARS = set(" \u00a0«»\"“”„'’()")


@dataclass(frozen=True)
class Mention:
    entity: str
    start: int
    end: int
    text: str
    aside: bool = False
    """Named so that another version naming it is matched, not so that every version must
    (a language: `_languages_aside`)."""
    part: bool = False
    """Named in the name of a part of a body, or as the body it is a part of, in a title (the
    Europe Department, «Департамент Азии и Африки МИД»): `_names_a_part`."""


def _form_words(form: str) -> list[str]:
    return [t.text for t in tokens(form)]


@dataclass(frozen=True)
class _LangIndex:
    """The registers' names of one language, looked up by the first letters of a word.

    A starter termbase has hundreds of entities with several forms and adjectives each;
    trying every form on every paragraph cost seconds. Built once per set of entities and
    language (see `_lang_index`), it makes a paragraph's look-up proportional to its words.
    """

    forms: dict[str, list[tuple[tuple[int, int, int], str, tuple[str, ...]]]]
    """First KEY letters (lower case) of a form's first word → (order, entity id, words);
    order: longest form first, the termbase's before the release's, then register order."""
    adjectives: dict[str, list[tuple[tuple[int, int], str, str]]]
    """First two letters of an adjective prefix → (entity order, entity id, prefix)."""
    bases: dict[str, list[tuple[str, str, str]]]
    """First folded letter → (registered word, its folded form, entity id), for drift."""
    designations: tuple[tuple[str, str], ...]
    places: dict[str, str]
    """CLDR place id → the place entity whose one-word form names it, for a word that names
    the place in another usual spelling (Тайланд for the registered Таиланд)."""


KEY = 3
"""Letters of a word the form index is keyed on: inflection changes a name's end, never its
first three letters (Венгрии, Венгриялық; an abbreviation of two letters is its own key)."""

def _lang_indexes(bundle: Bundle, lang: str) -> list[_LangIndex]:
    """The registers' indexes for *lang*: the termbase's (built once) and the release's own."""
    return per_registers(bundle, ("names.index", lang), lambda part: _build_index(part, lang))


def _build_index(bundle: Bundle, lang: str) -> _LangIndex:
    forms: dict[str, list[tuple[tuple[int, int, int], str, tuple[str, ...]]]] = defaultdict(list)
    own = int(bundle.name != "termbase")  # the release's own names after the termbase's
    for order, (entity_id, form) in enumerate(_forms(bundle, lang)):
        parts = tuple(_form_words(form))
        if parts:
            forms[parts[0].lower()[:KEY]].append(((-len(form), own, order), entity_id, parts))
    adjectives: dict[str, list[tuple[tuple[int, int], str, str]]] = defaultdict(list)
    for order, (entity_id, prefixes) in enumerate(_demonyms(bundle, lang)):
        for prefix in prefixes:
            adjectives[_adjective_key(prefix)].append(((own, order), entity_id, prefix))
    bases: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    seen = set()
    for entity_id, form in _forms(bundle, lang):
        for word in _form_words(form):
            if word[:1].isupper() and len(word) >= 4 and (word, entity_id) not in seen:
                seen.add((word, entity_id))
                folded = _fold(word)
                bases[folded[:1]].append((word, folded, entity_id))
    places = {}
    for entity_id, form in _forms(bundle, lang):
        if bundle.entities[entity_id].type == "place" and len(_form_words(form)) == 1:
            place = free_names.gazetteer(lang).get(form.lower().replace("ё", "е"))  # forms are nominative
            if place:
                places.setdefault(place, entity_id)
    return _LangIndex(dict(forms), dict(adjectives), dict(bases),
                      _designated_forms(bundle, lang), places)


def find_mentions(para: Para, bundle: Bundle) -> list[Mention]:
    """Registered names in *para*, longest form first, non-overlapping; each place of a route
    written with hyphens a word of its own (`name_tokens`)."""
    words = free_names.name_tokens(para.text, para.lang)
    indexes = _lang_indexes(bundle, para.lang)
    forms, adjectives = [x.forms for x in indexes], [x.adjectives for x in indexes]
    candidates = []
    for i, word in enumerate(words):
        key = word.text.lower()[:KEY]
        for table in forms:  # the termbase's first; most words begin no name (no row)
            for order, entity_id, parts in table.get(key, ()):
                if span := _registered_at(bundle, para, words, i, entity_id, parts):
                    candidates.append((order, i, span, entity_id))
    found: list[Mention] = []
    taken: set[int] = set()
    for _, i, span, entity_id in sorted(candidates):
        if not taken.intersection(range(i, span)):
            taken.update(range(i, span))
            found.append(Mention(entity_id, words[i].start, words[span - 1].end,
                                 para.text[words[i].start:words[span - 1].end]))
    found += _places_spelt_otherwise(para, words, indexes, taken)
    by_adjective = set()
    for i, word in enumerate(words):
        if i in taken:
            continue
        for key, table in product(_adjective_keys(word.text), adjectives):
            for order, entity_id, prefix in table.get(key, ()):
                if _demonym(word.text, prefix, para.lang) and not _hyphenated_place(word.text, para.lang) \
                        and not _people_and_city(word.text, para.lang) \
                        and not free_names.in_currency_name(para.text, word.start, word.end, para.lang) \
                        and not _language_named(para.text, word, para.lang) \
                        and not languages.names_language(para.text, word.start, word.end, para.lang):
                    by_adjective.add((order, i, entity_id))
    found += [Mention(entity_id, words[i].start, words[i].end, words[i].text)
              for _, i, entity_id in sorted(by_adjective)]
    found = _languages_aside(found, bundle, para.lang)
    found = [replace(m, aside=True) if _between_bodies(bundle, m, para) else m for m in found]
    found = [replace(m, part=True) if _names_a_part(bundle, m, para) else m for m in found]
    keys = {key: (s, e) for s, e, key in para.designations}
    for entity_id, form in (d for x in indexes for d in x.designations):
        if form in keys:
            start, end = keys[form]
            found.append(Mention(entity_id, start, end, para.text[start:end]))
    return found


def _registered_at(bundle: Bundle, para: Para, words: tuple[Token, ...], i: int, entity_id: str,
                   parts: tuple[str, ...]) -> int:
    """The end (a word index) of the registered form *parts* of *entity_id* read at word *i*,
    else 0: its words there, as a name, not a common noun opening a sentence, a first name of
    another person, a place phrase, a place's adjective or a currency's name."""
    span = _match_at(para.text, words, i, list(parts), para.lang)
    if span and not _foreign(bundle, entity_id, para, words, i, span) \
            and not any(_plural_of(bundle, entity_id, w.text, part, para.lang)
                        for w, part in zip(words[i:span], parts, strict=True)) \
            and not (span == i + 1 and _common_noun_at_start(bundle, entity_id, para, words[i])) \
            and not (span == i + 1 and _first_name(bundle, entity_id, para, words, span)) \
            and not (span == i + 1 and _in_place_phrase(para, words, i)) \
            and not (span == i + 1 and bundle.entities[entity_id].type == "place"
                     and after_place_adjective(para.text, words[i].start, para.lang)) \
            and not free_names.in_currency_name(para.text, words[i].start, words[span - 1].end, para.lang):
        return span
    return 0


def _names_a_part(bundle: Bundle, mention: Mention, para: Para) -> bool:
    """A place or body named in the name of a part of a body, or as the body whose part a title
    names (Europe in the Europe Department; the Ministry of Foreign Affairs in "Director of the
    Europe Department of the Ministry of Foreign Affairs"): it names a part of an organisation,
    which a version that shortens the title ("Director") leaves out without leaving out a place."""
    if bundle.entities[mention.entity].type not in ("place", "organisation"):
        return False
    return free_names.names_a_part(para.text, mention.start, mention.end, para.lang)


def _hyphenated_place(word: str, lang: str) -> bool:
    """*word* is a place whose name has a hyphen (Сантьяго-де-Чилиде): the city, not an
    adjective of the country its last part names."""
    return "-" in word and free_names.place_id(word, lang) is not None


def _people_and_city(word: str, lang: str) -> bool:
    """*word* joins a people's word to a city's (грек-рим, греко-римской, Graeco-Roman): a
    style or an era named after both (Greco-Roman wrestling), not the country of the first —
    unlike қазақ-қытай, Kazakh–Chinese, whose parts are two countries."""
    parts = word.split("-")
    return len(parts) > 1 and all(
        (free_names.place_id(part.capitalize(), lang) or "").startswith("C:") for part in parts[1:])


_IN_LANGUAGES = re.compile(r"\bin\s+(?:[A-Z]\w+,?\s+(?:and\s+|or\s+)?)*\Z")
_LANGUAGE_AFTER = re.compile(r"\s+languages?\b|\s+(?:or|and)\s+(?:[A-Z]\w+\s+(?:or|and)\s+)*English\b")
"""After an English language name: "language(s)", or a list of them that ends in English."""


_BETWEEN_BEFORE = {"ru": re.compile(r"\bмежду\s+\Z", re.IGNORECASE)}
_BETWEEN_AFTER = {"kk": re.compile(r"\s+арасында\w*", re.IGNORECASE)}


def _between_bodies(bundle: Bundle, mention: Mention, para: Para) -> bool:
    """A ministry's initials said of the two countries' ministries («консультации между МИД»,
    «СІМ арасындағы консультациялар»: between the foreign ministries), the registered one among
    them: aside, matched where another version names it, wanting it in none."""
    if bundle.entities[mention.entity].type != "organisation" or not _initials(mention.text):
        return False
    before, after = _BETWEEN_BEFORE.get(para.lang), _BETWEEN_AFTER.get(para.lang)
    return bool(before and before.search(para.text[max(0, mention.start - 20):mention.start])) \
        or bool(after and after.match(para.text, mention.end))


def _language_named(text: str, word: Token, lang: str) -> bool:
    """An English language name used as one ("in German and Kazakh", "Czech or English", "the
    Kazakh language"): a language, not its country, which the other versions name by their own
    words for the language (казахском языке, қазақ тілінде)."""
    if lang != "en" or word.lower not in free_names.language_words("en"):
        return False
    return bool(_IN_LANGUAGES.search(text[:word.start]) or _LANGUAGE_AFTER.match(text, word.end))


def _languages_aside(found: list[Mention], bundle: Bundle, lang: str) -> list[Mention]:
    """Mentions of registered languages, aside: a language one version adds to a list, or a
    list of languages one version leaves out, contradicts nothing (a language is neither a
    person nor a place that every version must name)."""
    ids = _registered_languages(bundle, lang)
    return [replace(m, aside=True) if m.entity in ids else m for m in found]


def _registered_languages(bundle: Bundle, lang: str) -> set[str]:
    """The entities whose form names a language "X language" (Kazakh language, қазақ тілі)."""
    return set().union(*per_registers(bundle, ("names.languages", lang),
                                      lambda part: _language_entities(part, lang)))


def _language_entities(bundle: Bundle, lang: str) -> frozenset[str]:
    return frozenset(entity_id for entity_id, form in _forms(bundle, lang)
                     if bundle.entities[entity_id].type == "other" and languages.language_form(form, lang))


def _plural_of(bundle: Bundle, entity_id: str, word: str, part: str, lang: str) -> bool:
    """A word of an organisation's name in the plural where the register's is singular
    («внешнеполитическими ведомствами», «министерствами иностранных дел», «сыртқы саяси
    ведомстволары»: the ministries of two countries): several bodies, not the registered one."""
    if bundle.entities[entity_id].type != "organisation" or word.lower() == part.lower():
        return False
    if lang == "ru":
        numbers = {p.tag.number for p in russian.parses(word) if p.tag.POS in ("NOUN", "ADJF")}
        return numbers == {"plur"} and "sing" in {p.tag.number for p in russian.parses(part)}
    if lang == "kk":
        lower, base = word.lower(), part.lower()
        shared = next((k for k in range(min(len(lower), len(base)), 0, -1) if lower[:k] == base[:k]), 0)
        return bool(_KK_PLURAL.match(lower, shared)) and not _KK_PLURAL.search(base)
    return False


_KK_PLURAL = re.compile(r"[кқгғпб]?(?:лар|лер|дар|дер|тар|тер)")
"""The Kazakh plural after a stem (its last consonant voiced or not: министрліктері)."""


def _common_noun_at_start(bundle: Bundle, entity_id: str, para: Para, word: Token) -> bool:
    """A name that is a common noun in every language (Earth, Жер, Земля: the planet, land) at
    the start of a Kazakh or Russian sentence, where its capital says nothing: «Жер сілкінісі»
    is an earthquake. Mid-sentence the capital makes it the name."""
    if para.lang not in ("kk", "ru") or not sentence_initial(para.text, word.start) \
            or not lexicon.is_common(word.text, para.lang):
        return False
    english = bundle.entities[entity_id].forms.get("en", [])
    return bool(english) and all(" " not in f and lexicon.is_common(f, "en") for f in english)


def _first_name(bundle: Bundle, entity_id: str, para: Para, words: tuple[Token, ...], after: int) -> bool:
    """A place's word right before a surname is a person's first name (Алмат Кебиспаев, which
    Russian reads as a form of Алматы). The city's own spelling before a surname («в Алматы
    Токаев») is still found as a place of the gazetteer (`_places_spelt_otherwise`)."""
    if bundle.entities[entity_id].type != "place" or after >= len(words):
        return False
    surname = words[after]
    return surname.text[:1].isupper() and not para.text[words[after - 1].end:surname.start].strip() \
        and free_names.is_surname(surname.text, para.lang)


def _in_place_phrase(para: Para, words: tuple[Token, ...], i: int) -> bool:
    """Word *i* ends a place of two or three words (East Kazakhstan, Шығыс Қазақстаннан,
    Santiago de Chile): the region or the city, not the country its last word names."""
    table = free_names.gazetteer(para.lang) if para.lang in ("en", "kk", "ru") else {}
    for size in (1, 2):
        first = i - size
        if first < 0 or not words[first].text[:1].isupper() \
                or any(para.text[words[k].end:words[k + 1].start].strip() for k in range(first, i)):
            continue
        head = " ".join(w.lower for w in words[first:i])
        if any(f"{head} {stem}" in table for stem in free_names.stems(words[i].text, para.lang)):
            return True
    return False


_NAME_BEFORE = re.compile(r"([^\W\d_][\w-]*)[ \u00a0]+\Z")


def _name_before(text: str, start: int) -> re.Match[str] | None:
    """`_NAME_BEFORE` searched in the text before *start*, from where the run of word
    characters and hyphens before the spaces at *start* begins: no match can begin earlier
    (its word runs unbroken up to the spaces), and a search from the paragraph's start read
    all of it again at every name the rules ask about."""
    end = start
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "_-"):  # \w is isalnum() or _
        begin -= 1
    return _NAME_BEFORE.search(text, begin, start)


_WORD_RUN = re.compile(r"[\w-]+")
"""The word (with its hyphens) a name begins with."""


def after_place_adjective(text: str, start: int, lang: str) -> bool:
    """The name at *start* follows, within one name, a capitalised adjective made from another
    place or people (British Columbia, Британской Колумбии, Британдық Колумбия): a place of
    two words, a province, not the country its last word names or resembles (Colombia). Not
    a common word after it: the Kazakh Earth observation satellite observes the Earth."""
    before = _name_before(text, start)
    if before is None or not before.group(1)[:1].isupper() or sentence_initial(text, before.start(1)) \
            or lexicon.is_common(_WORD_RUN.match(text, start).group(), lang):
        return False
    word = before.group(1)
    if lang == "en":
        return free_names.is_demonym(word, lang)
    if lang == "kk":
        return word.lower().endswith(_KK_ADJECTIVE_ENDINGS[2:])
    return lang == "ru" and bool(RU_RELATIONAL.search(word.lower()))


def _places_spelt_otherwise(para: Para, words: tuple[Token, ...], indexes: list[_LangIndex],
                            taken: set[int]) -> list[Mention]:
    """Registered places written in another usual spelling (Тайланд for Таиланд): the words
    no form matched that name the registered place's CLDR place (*taken* grows)."""
    found = []
    for i, word in enumerate(words):
        if i in taken or not word.text[:1].isupper():
            continue
        place = free_names.place_id(word.text, para.lang)
        entity_id = next((x.places[place] for x in indexes if place in x.places), None) if place else None
        if entity_id and not free_names.in_currency_name(para.text, word.start, word.end, para.lang) \
                and not _in_place_phrase(para, words, i) \
                and not after_place_adjective(para.text, word.start, para.lang):
            taken.add(i)
            found.append(Mention(entity_id, word.start, word.end, word.text))
    return found


def _owner_case(word: str, place: str, lang: str) -> bool:
    """A Kazakh place before a body owns it bare or in the genitive (Үндістан СІМ, Үндістанның
    СІМ); in another case it is the object of the sentence (Сан-Мариноны ЕҚЫҰ мен БҰҰ-дағы
    серіктес ретінде қарастырады: regards San Marino as a partner in the OSCE)."""
    if lang != "kk":
        return True
    return not any(word.lower().endswith(ending) and free_names.place_id(word[:-len(ending)], lang) == place
                   for ending in kazakh.OBLIQUE_ENDINGS)


def _foreign(bundle: Bundle, entity_id: str, para: Para, words: tuple[Token, ...], i: int,
             end: int) -> bool:
    """The organisation form at words *i*..*end* belongs to another country: a place the
    entity's own forms do not name stands right before it (Үндістан Сыртқы істер министрлігі
    is India's ministry, not the registered Kazakh one that Сыртқы істер министрлігі names at
    home), or right after it (Министерство иностранных дел Венгрии, Ministry of Foreign
    Affairs of Hungary). Not before it in Russian, whose owner is a genitive after the body: a
    place before it is the genitive of the noun before that («директор Департамента Америки
    МИД Казахстана» is the director of the Americas department of Kazakhstan's ministry)."""
    entity = bundle.entities[entity_id]
    if entity.type != "organisation":
        return False
    own = _entity_places(bundle, entity_id)
    if own & _SUPRANATIONAL and not any(_COUNTRY.fullmatch(place) for place in own - _SUPRANATIONAL):
        return False  # an international body (the UN): Mongolia's mission to the UN is at the UN
    k = i - 1 if para.lang != "ru" else -1  # Russian puts the owner after: «Департамента Америки МИД»
    while k >= 0 and i - k <= 3 and words[k].text[:1].isupper() \
            and not para.text[words[k].end:words[k + 1].start].strip():
        place = free_names.place_id(words[k].text, para.lang)
        if place:
            return _other_country(place, own) and _owner_case(words[k].text, place, para.lang)
        k -= 1
    if i and not para.text[words[i - 1].end:words[i].start].strip() \
            and _adjective_of_other(bundle, words[i - 1].text, para.lang, own):
        return True  # the Russian Foreign Ministry, турецкого МИД
    if para.lang == "kk":
        return False  # Kazakh puts the owner first: «СІМ Ирандағы қазақстандықтар туралы» is ours
    k = end + (end < len(words) and words[end].text in ("of", "the"))
    k += k < len(words) and words[k].text == "the"
    if k < len(words) and words[k].text[:1].isupper() \
            and not para.text[words[k - 1].end:words[k].start].strip():
        place = free_names.place_id(words[k].text, para.lang)
        return bool(place) and _other_country(place, own)
    owner = _owner_after_list(para.text[words[end - 1].end:], para.lang)
    place = free_names.place_id(owner, para.lang) if owner else None
    return bool(place) and _other_country(place, own)


_FIELDS_THEN_OWNER = {
    "en": re.compile(r"(?:,\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|&))*)+"
                     r"\s+of\s+(?:the\s+)?([A-Z][\w-]*)"),
    "ru": re.compile(r"(?:,\s+[а-яё]+(?:\s+[а-яё]+){0,3})+\s+([А-ЯЁ][\w-]*)"),
}
"""A name continued past the registered form by a list of its other fields, then its owner:
"Ministry of Foreign Affairs, International Trade and Worship of Argentina", «Министерство
иностранных дел, международной торговли и культа Аргентины»."""


_RU_WORD = re.compile(r"[а-яё]+")

def _owner_after_list(after: str, lang: str) -> str | None:
    """The owner's word of a name that goes on after a registered form with more of its
    fields (`_FIELDS_THEN_OWNER`), else None; in Russian every field word is a genitive or и
    (not «МИД, посольство Аргентины»: two bodies)."""
    pattern = _FIELDS_THEN_OWNER.get(lang)
    match = pattern.match(after) if pattern else None
    if match is None:
        return None
    if lang == "ru":
        fields = _RU_WORD.findall(after, 0, match.start(1))
        if not all(w == "и" or any("gent" in p.tag for p in russian.parses(w)) for w in fields):
            return None
    return match.group(1)


def _adjective_of_other(bundle: Bundle, word: str, lang: str, own: set[str]) -> bool:
    """*word* is the adjective of a country other than the organisation's own (Russian,
    турецкого; not Kazakh, казахстанского): a registered country's adjective, or an English
    people's name no registered adjective of the own country is."""
    places = {slots.entity_place(bundle, entity_id) for x in _lang_indexes(bundle, lang)
              for order, entity_id, prefix in x.adjectives.get(word.lower()[:2], ())
              if bundle.entities[entity_id].type == "place" and _demonym(word, prefix, lang)}
    if places:
        return any(place and _other_country(place, own) for place in places) \
            and not any(place in own for place in places)
    return lang == "en" and word[:1].isupper() and free_names.is_demonym(word, lang)


def _other_country(place: str, own: set[str]) -> bool:
    return _COUNTRY.fullmatch(place) is not None and place not in _SUPRANATIONAL \
        and place not in own and place not in free_names.HOME_PLACES


_COUNTRY = re.compile(r"T:[A-Z]{2}")
_SUPRANATIONAL = frozenset({"T:UN", "T:EU", "T:EZ", "T:QO"})
"""CLDR territories that are no country: the UN General Assembly is the registered one."""


def _entity_places(bundle: Bundle, entity_id: str) -> set[str]:
    """The places named inside the entity's own forms in any language (T:KZ for the Ministry
    of Foreign Affairs of Kazakhstan)."""
    key = ("names.places", entity_id)
    if key not in bundle.memo:
        entity = bundle.entities[entity_id]
        bundle.memo[key] = {place for lang, forms in entity.forms.items() for form in forms
                            for t in tokens(form) if (place := free_names.place_id(t.text, lang))}
    return bundle.memo[key]


@lru_cache(maxsize=256)
def _form_keys(form: str) -> tuple[str, ...]:
    from press.lang.read_designations import find_designations

    return tuple(key for _, _, key in find_designations(form))


def _adjective_key(prefix: str) -> str:
    """The index key of a demonym prefix: its first four letters when the word must begin with
    them whatever its ending (a Kazakh stem may voice its last letter: қазақстандық), else two."""
    core = prefix.lower().removesuffix(_WHOLE)
    return core[:4] if len(core) > 4 else core[:2]


@lru_cache(maxsize=16384)
def _adjective_keys(word: str) -> frozenset[str]:
    """The keys (`_adjective_key`) under which the prefixes a word may begin with are filed
    (cached per word form: asked of every word of every paragraph)."""
    parts = word.lower().split("-")
    return frozenset({part[:2] for part in parts} | {part[:4] for part in parts if len(part) >= 4})


def _designated_forms(bundle: Bundle, lang: str) -> tuple[tuple[str, str], ...]:
    """Registered names carrying a designation (Soyuz MS-28): found by designation key."""
    return tuple((e.id, key) for e in bundle.entities.values() for form in e.forms.get(lang, [])
                 for key in _form_keys(form))


def _demonym(word: str, prefix: str, lang: str) -> bool:
    lower = word.lower()
    if lang == "en":  # Swedish-German: each people of a compound
        return word in (prefix, prefix + "s") or prefix.lower() in lower.split("-")
    if prefix.endswith(_WHOLE):
        return any(kazakh.matches_stem(part, prefix[:-1]) for part in lower.split("-"))
    return any(part.startswith(prefix) for part in lower.split("-"))


def _match_at(text: str, words: tuple[Token, ...], i: int, parts: list[str], lang: str) -> int:
    if i + len(parts) > len(words):
        return 0
    for k, part in enumerate(parts):
        word = words[i + k]
        if k and not set(text[words[i + k - 1].end:word.start]) <= _GAP_CHARS:
            return 0
        if not (word_matches(word.text, part, lang) or k and word_matches(word.text, part.lower(), lang)):
            return 0  # after the first word, a capital is a matter of house style (Еуропалық одақ)
    return i + len(parts)


def _forms(bundle: Bundle, lang: str) -> list[tuple[str, str]]:
    """(entity id, form) to look for, longest first; persons also by surname alone."""
    key = ("names.forms", lang)
    if key not in bundle.memo:
        bundle.memo[key] = _register_forms(bundle, lang)
    return bundle.memo[key]


def _register_forms(bundle: Bundle, lang: str) -> list[tuple[str, str]]:
    pairs = []
    for entity in bundle.entities.values():
        forms = [f for f in entity.forms.get(lang, []) if not any(ch.isdigit() for ch in f)]
        if entity.type == "person":
            forms += [f.split()[-1] for f in forms if " " in f]
        if entity.type == "organisation":
            forms += [a for f in forms if (a := acronym(f, lang)) and a not in forms]
        if lang == "ru":
            forms += [solid for f in forms if (solid := _RU_JOINED.sub(_join, f)) != f]
        pairs += [(entity.id, form) for form in forms]
    return sorted(pairs, key=lambda pair: -len(pair[1]))


_RU_JOINED = re.compile(r"(?<=[а-яё]о)-([А-ЯЁ])")
_ACRONYM_SKIP = frozenset({"of", "and", "for", "the", "on", "in", "и", "по", "в", "на", "және"})


def acronym(form: str, lang: str) -> str | None:
    """The initials an organisation's name is written as (Сыртқы істер министрлігі → СІМ,
    Министерство иностранных дел → МИД, Ministry of Foreign Affairs → MFA): three words or more
    and no place among them (МИД РК is МИД and the country, each found as such)."""
    words = [w for w in form.split() if w.lower() not in _ACRONYM_SKIP]
    if len(words) < 3 or len(words) > 6 or not all(w[:1].isalpha() for w in words) \
            or any(free_names.place_id(w, lang) for w in words if w[:1].isupper()):
        return None
    return "".join(w[0] for w in words).upper()


def _join(match: re.Match[str]) -> str:
    """Центрально-Африканская → Центральноафриканская: a Russian compound adjective that usage
    also writes as one word (южноафриканский, центральноазиатский)."""
    return match.group(1).lower()


def _demonyms(bundle: Bundle, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    """(entity id, word prefixes) of the registers' adjectives (Hungarian, венгерск, венгриялық):
    a word that begins with one names the entity (US–Russian → американо-российских)."""
    return [(entity.id, prefixes) for entity in bundle.entities.values()
            if (prefixes := _adjective_prefixes(tuple(entity.adjectives.get(lang, ())), lang)
                + _people_of(tuple(entity.forms.get(lang, ())) if entity.type == "place" else (), lang)
                + (_people_nouns(tuple(entity.adjectives.get("ru", ())), lang)
                   if entity.type == "place" else ())
                + (_place_adjectives_made(tuple(entity.forms.get(lang, ())), lang)
                   if entity.type == "place" else ()))]


@lru_cache(maxsize=4096)
def _place_adjectives_made(forms: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """The adjectives a place's forms make (`names.place_adjectives`, the one table the reading
    of a text uses too) as prefixes of the words that name the place: English whole (Slovenian),
    Kazakh -лық/-лік whole (астаналық, мароккалық) and a language's word with Kazakh endings at
    most (словен, моңғол of «словен тілі»), Russian as a stem (шымкентск-, словенск-: any case).
    «астаналық ансамбль», «шымкентский дистрибьютор», «Словенские гости» name the place, and a
    register need not list the adjective of every town."""
    made = free_names.place_adjectives(forms, lang)
    if lang == "en":
        return tuple(a.title() for a in made)
    if lang == "kk":
        return tuple(a if a.endswith(_KK_ADJECTIVE_ENDINGS) else a + _WHOLE for a in made if len(a) >= 3)
    if lang == "ru":
        return tuple(a[:-2] for a in made if len(a) >= 8 and a.endswith("ий"))  # шымкентск-ими
    return ()


@lru_cache(maxsize=4096)
def _people_nouns(russian_adjectives: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """The people's noun of a country, from its Russian adjective through pymorphy3's dictionary
    (шведский → швед, кенийский → кениец, чешский → чех), in Russian and in Kazakh, which
    borrows it (швед капиталы, чех тілі, «швед-герман компаниясы»): the whole word (with
    Kazakh endings at most) and, in Russian, the stem of its other forms (кенийцы, шведов)."""
    if lang not in ("ru", "kk"):
        return ()
    found = []
    for adjective in russian_adjectives:
        if noun := russian.people_noun(adjective):
            found.append(noun + _WHOLE)
            if lang == "ru" and (oblique := russian.people_noun_stem_oblique(adjective)):
                found.append(oblique)
    return tuple(found)


@lru_cache(maxsize=4096)
def _people_of(forms: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """The Russian people's noun of a country named after it in -стан (Казахстан → казах:
    казахи, казахов; Узбекистан → узбек), which pymorphy3 knows as an animate noun: a
    version may say "Kazakhs and Uzbeks" where another writes «казахи и узбеки»."""
    if lang != "ru":
        return ()
    roots = {form[:-len(end)].lower() for form in forms if " " not in form
             for end in ("истан", "стан") if form.endswith(end) and len(form) - len(end) >= 4}
    return tuple(sorted(root for root in roots if any(
        p.tag.POS == "NOUN" and "anim" in p.tag and p.normal_form == root for p in free_names.parses(root))))


@lru_cache(maxsize=4096)
def _adjective_prefixes(words: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """A Russian adjective's stem without its ending (венгерский → венгерск); other words whole."""
    if lang == "ru":  # and the first part of a compound: американо-российских
        stems = [w[:-2] if w.endswith(("ий", "ый", "ой")) else w for w in words]
        return tuple(stems + [w[:-4] + "о" for w in words if w.endswith("ский")]
                     + [russian.people_noun_stem(w) for w in words if russian.people_noun_stem(w)])
    if lang == "kk":  # чехиялық → чех, үндістандық → үнді: the people's name, also the adjective
        roots = [w[:-len(end)] for w in words for end in _KK_ADJECTIVE_ENDINGS
                 if w.endswith(end) and len(w) - len(end) >= 4]  # not кен (Кения), ore
        return tuple(words) + tuple(root + _WHOLE for root in roots)
    return words


_KK_ADJECTIVE_ENDINGS = ("иялық", "стандық", *kazakh.ADJECTIVE_SUFFIXES)
"""A Kazakh adjective of a country made from its name (Чехия → чехиялық, Үндістан →
үндістандық); less this ending it is the people's name, used as the adjective too (чех тілі,
үнді батальоны), or the name itself, which Kazakh writes in lower case as an attribute
(палестина халқы for палестиналық)."""
_WHOLE = "="
"""Marks a prefix that must be the whole word, with Kazakh endings at most (чех, чехтер; not чехол)."""


def check(bundle: Bundle) -> list[Finding]:
    mentions = {(p.lang, p.location, p.id): find_mentions(p, bundle)
                for paras in bundle.paras.values() for p in paras}
    # plain texts paragraph by paragraph: the first paragraph lacking a name says where it is
    # missing better than the whole document's first line does
    by_paragraph = dict(reversed(_presence(bundle, mentions, paragraph_groups(bundle))))
    findings = list(by_paragraph.values()) + [
        f for key, f in _presence(bundle, mentions) if key not in by_paragraph]
    named = {lang: {m.entity for p in paras for m in mentions[(lang, p.location, p.id)]}
             for lang, paras in bundle.paras.items()}
    for lang, paras in bundle.paras.items():
        others = tuple(named[o] for o in named if o != lang and bundle.paras[o])
        for para in paras:
            findings += _spelling(bundle, para, mentions[(lang, para.location, para.id)], others)
    drift = {(f.langs[0], f.excerpt) for f in findings}
    lacks = frozenset((lang, f.location) for f in findings if f.rule == "names.missing" for lang in f.langs)
    findings += [f for f in _unregistered(bundle, mentions, lacks)
                 if not any((lang, t.text) in drift for lang in f.langs for t in tokens(f.excerpt))]
    reported: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in findings:
        for lang in f.langs if f.rule == "names.missing" else ():
            reported[(lang, f.location)].add(f.excerpt)
    swapped = slots.swaps(bundle, mentions, reported)
    instead = {f.excerpt for f in swapped}  # the swapped-in name is the error, not the others' lack of it
    return [f for f in findings if f.rule != "names.extra" or f.excerpt not in instead] + swapped


def _presence(bundle: Bundle, mentions: dict, groups: list | None = None
              ) -> list[tuple[tuple[str, str, str], Finding]]:
    """A registered name some version of a unit lacks, keyed by (rule, entity, language)."""
    findings = []
    for _, group in bundle.groups() if groups is None else groups:
        present: dict[str, dict[str, list[Mention]]] = defaultdict(dict)
        said: set[str] = set()  # entities named at least once other than in passing
        in_body: set[str] = set()  # entities named other than in a dateline
        inside: set[tuple[str, str]] = set()  # (place, lang): МИД Казахстана names Kazakhstan
        whole: set[str] = set()  # entities named other than in the name of a part of a body
        first: dict[str, str] = {}  # entity → where it is first named
        for lang, paras in group.items():
            for para in paras:
                for m in mentions[(lang, para.location, para.id)]:
                    present[m.entity].setdefault(lang, []).append(m)
                    first.setdefault(m.entity, para.location)
                    if not m.aside and not para.in_passing(m.start, m.end):
                        said.add(m.entity)
                        if not m.part:
                            whole.add(m.entity)
                        if not in_dateline(para.text, m.start, m.end, lang):
                            in_body.add(m.entity)
                    inside.update((place, lang) for place in _places_inside(bundle, m, lang))
        langs = [lang for lang, paras in group.items() if paras]
        for entity_id, by_lang in present.items():
            entity = bundle.entities[entity_id]
            if entity_id not in said:
                continue  # «Оман астанасы Маскат», "reports Kazinform": said only in passing
            version = group if bundle.aligned else bundle.paras  # plain texts: home said anywhere
            missing = [lang for lang in langs if lang not in by_lang and (entity_id, lang) not in inside
                       and (entity_id in in_body or any_dateline([p.text for p in version[lang]], lang))
                       and not _home_implied(bundle, entity_id, version[lang])
                       and not _region_implied(bundle, entity_id, version[lang], mentions)
                       and not _ministry_implied(bundle, entity_id, by_lang, version[lang])
                       and not _titled(bundle, entity_id, version[lang])
                       and not _named_otherwise(bundle, entity_id, group[lang])
                       and not _named_in_its_own_language(bundle, entity_id, group[lang])
                       and not _named_by_initials(bundle, entity_id, group[lang])
                       and not _region_of_that_name(bundle, entity_id, by_lang, group[lang])
                       and (entity_id in whole or _title_swapped(bundle, group, present, entity_id, lang))
                       and not (groups and _said_as_often(bundle, mentions, entity_id, lang, by_lang))
                       and not (groups and _pronoun_for(bundle, mentions, entity_id, lang, group))
                       and not _head_for(bundle, entity_id, by_lang, group.get(lang, []))
                       and not (entity.type == "organisation"
                                and _inside_longer_name(entity_id, group, mentions))
                       and not (groups and _parties_said(bundle, entity_id, group[lang]))]
            if not missing:
                continue
            in_source = bundle.source_lang in by_lang or bundle.source_lang not in langs \
                or _replaced(bundle, group, present, entity_id, missing) \
                or _dropped_from_list(bundle, group, present, entity_id, missing)
            majority = in_source and (len(by_lang) > len(missing) or len(langs) == 2)
            if not majority and entity.type == "place":
                continue  # a translation may name a place the source leaves implicit
            seen = next(iter(by_lang.values()))[0]
            for lang in missing:
                forms = [f for f in entity.forms.get(lang, [])[:2] if f != seen.text]
                expected = f"; expected a form of «{' / '.join(forms)}»" if forms else ""
                rule = "names.missing" if majority else "names.extra"
                findings.append(((rule, entity_id, lang), Finding(
                    rule, "error" if majority else "warning", [lang],
                    bundle.location(group, lang), seen.text,
                    f"«{seen.text}» ({', '.join(by_lang)}) has no counterpart in {lang}{expected}",
                    Lack((lang,), ((seen.text, tuple(by_lang), first[entity_id]),)))))
    return findings


def _said_as_often(bundle: Bundle, mentions: dict, entity_id: str, lang: str, by_lang: dict) -> bool:
    """Version *lang* names the entity in as many paragraphs as each version that names it in
    this one: it says it in another paragraph (versions by different hands), it drops nothing."""
    key = ("names.times",)
    if key not in bundle.memo:
        times: dict[tuple[str, str], int] = defaultdict(int)
        for version in bundle.paras:
            for para in body(bundle, version):
                for entity in {m.entity for m in mentions[(para.lang, para.location, para.id)]}:
                    times[(entity, para.lang)] += 1
        bundle.memo[key] = times
    times = bundle.memo[key]
    return times[(entity_id, lang)] >= max(times[(entity_id, other)] for other in by_lang)


def _head_for(bundle: Bundle, entity_id: str, by_lang: dict[str, list[Mention]], paras: list[Para]) -> bool:
    """The organisation is said in *paras* by its head noun alone, capitalised as English
    writes a body it means ("Today the Organization has become …", where Kazakh names the
    Organization of Turkic States in full, seen on real news), and so Russian inside a sentence
    («Сегодня Организация стала …», realnews50): the noun stands for the body.
    "The ministry" in lower case may be any ministry: still a name the version lacks."""
    if bundle.entities[entity_id].type != "organisation":
        return False
    heads = {org.head for lang, found in by_lang.items() for m in found
             for org in find_organisations(m.text, lang)}
    return any(org.head in heads and not org.fields and org.text[:1].isupper() and " " not in org.text
               and (para.lang == "en" or not sentence_initial(para.text, org.start))
               for para in paras if para.lang in ("en", "ru")
               for org in find_organisations(para.text, para.lang))


def _inside_longer_name(entity_id: str, group: dict[str, list[Para]], mentions: dict) -> bool:
    """Russian names the organisation only as the start of a longer name that goes on with «и»
    and a field in lower case («Министерством иностранных дел и внешней торговли Барбадоса»,
    the Ministry of Foreign Affairs and Foreign Trade): another body, of its own name, which a
    version that never writes the registered name ("Сыртқы істер және сыртқы сауда
    министрлігі") does not lack."""
    found = [(para, m) for para in group.get("ru", []) for m in mentions[("ru", para.location, para.id)]
             if m.entity == entity_id]
    return bool(found) and all(_NAME_GOES_ON.match(para.text, m.end) for para, m in found)


_NAME_GOES_ON = re.compile(r"\s+и\s+[а-яё]")
"""A Russian body's name going on with another of its fields («… иностранных дел и внешней
торговли»); «МИД и Минфин» names two bodies."""


_SUBJECT_PRONOUN = {"en": re.compile(r"(?:\A|[.!?]\s+)(?:He|She)\b"),
                    "ru": re.compile(r"(?:\A|[.!?]\s+)(?:Он|Она)\b"),
                    "kk": re.compile(r"(?:\A|[.!?]\s+)Ол\b")}
"""A personal pronoun opening a sentence, its subject (He noted, Он отметил, Ол атап өтті)."""


def _pronoun_for(bundle: Bundle, mentions: dict, entity_id: str, lang: str,
                 group: dict[str, list[Para]]) -> bool:
    """Version *lang* says the person by a pronoun opening a sentence of this paragraph where
    another version names them as the subject of one ("Tokayev noted", «Он отметил»), and names
    them elsewhere in its text: the pronoun stands for the name said before. A name reworded
    away (in the presence of Kazakh diplomats) leaves no such pronoun."""
    if bundle.entities[entity_id].type != "person":
        return False
    sites = [(para.text, m.start) for other, paras in group.items() if other != lang for para in paras
             for m in mentions[(para.lang, para.location, para.id)] if m.entity == entity_id]
    named = any(m.entity == entity_id for para in body(bundle, lang)
                for m in mentions[(para.lang, para.location, para.id)])
    return named and pronoun_stands_for(group.get(lang, []), lang, sites)


def pronoun_stands_for(paras: list[Para], lang: str, sites: list[tuple[str, int]]) -> bool:
    """One of *paras* opens a sentence with a personal pronoun and one of the other versions'
    mentions (text, start) opens one, past a title at most (President Tokayev noted)."""
    pattern = _SUBJECT_PRONOUN.get(lang)
    return pattern is not None and any(pattern.search(p.text) for p in paras) \
        and any(_opens_sentence(text, start) for text, start in sites) \
        and _pronouns(p.text for p in paras) > max(_pronouns([text]) for text in {t for t, _ in sites})


_ANY_PRONOUN = re.compile(r"(?:\A|[.!?]\s+)(?:He|She|It|They|Он|Она|Оно|Они|Ол|Олар)\b")
"""A pronoun opening a sentence, of a person or a thing, in any of the three languages: «Он
вступит в силу» is the memorandum, as "It will enter into force" is."""


def _pronouns(texts: Iterable[str]) -> int:
    """The sentences of *texts* opened by a pronoun (`_ANY_PRONOUN`): a version stands a
    pronoun for a name only if it has one more than the version that names (Он for the
    memorandum where English says It stands for no one)."""
    return sum(len(_ANY_PRONOUN.findall(text)) for text in texts)


_SENTENCE_HEAD = re.compile(r"(?:\A|[.!?]\s+)((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*\s+){0,2})\Z")


def _opens_sentence(text: str, start: int) -> bool:
    """The name at *start* opens its sentence, after two capitalised words at most (a title)."""
    return _SENTENCE_HEAD.search(text[max(0, start - 60):start]) is not None


_PARTIES = {"en": re.compile(r"\b(?:[Tt]he (?:sides|parties|interlocutors)|[Bb]oth (?:sides|ministers))\b"),
            "ru": re.compile(r"\b(?:[Сс]тороны|[Сс]обеседники|[Оо]ба министра)\b"),
            "kk": re.compile(r"\b(?:[Тт]араптар|[Сс]ұхбаттастар|[Ее]кі министр)\w*")}
"""The parties to a meeting said together (the sides, стороны, тараптар, сұхбаттастар)."""


def _parties_said(bundle: Bundle, entity_id: str, paras: list[Para]) -> bool:
    """A person this paragraph says with the other party as "the sides", «собеседники»,
    «сұхбаттастар» («Сұхбаттастар саммиттің маңызын атап өтті» for "Nurtleu and Zhang noted"):
    one paragraph against another's names, no name lacking. A version that never names the
    person is still reported, over the whole document."""
    if bundle.entities[entity_id].type != "person" or not paras or paras[0].lang not in _PARTIES:
        return False
    return any(_PARTIES[para.lang].search(para.text) for para in paras)


def _said_as_often_free(bundle: Bundle, mention: free_names.NameMention, lang: str,
                        stating: list[str]) -> bool:
    """`_said_as_often` for a name no register knows: paragraphs with a name word the same as
    the mention's last one (Бақаевтың for Bakayev), in any case form and script."""
    word = mention.words[-1]

    def names_it(para: Para) -> bool:
        return any(free_names.compare_words(word, w).status == free_names.SAME
                   for m in recognise.find_names(para.text, para.lang) for w in m.words)

    times = {o: sum(names_it(p) for p in body(bundle, o)) for o in [lang, *stating]}
    return times[lang] >= max(times[o] for o in stating)


def _said_elsewhere_free(bundle: Bundle, group: dict[str, list[Para]], free: FreeNames,
                         mention: free_names.NameMention, lang: str, stating: list[str]) -> bool:
    """A name no register knows that version *lang* says elsewhere: as often, or by a pronoun."""
    return _said_as_often_free(bundle, mention, lang, stating) \
        or _pronoun_for_free(bundle, group, free, mention, lang) \
        or _quoted_speaker_free(bundle, group, free, mention, lang)


def _pronoun_for_free(bundle: Bundle, group: dict[str, list[Para]], free: FreeNames,
                      mention: free_names.NameMention, lang: str) -> bool:
    """`_pronoun_for` for a person no register knows: version *lang* names them in another
    paragraph and opens a sentence of this one with a pronoun where *mention* opens one."""
    return _person_named_in(bundle, free, mention, lang) \
        and pronoun_stands_for(group.get(lang, []), lang, [(free.para_of[id(mention)].text, mention.start)])


def _quoted_speaker_free(bundle: Bundle, group: dict[str, list[Para]], free: FreeNames,
                         mention: free_names.NameMention, lang: str) -> bool:
    """A person no register knows whom version *lang* names in another paragraph, and whose
    words this paragraph of it quotes as direct speech, opened by a dash («— В этом году
    планируется …» where English writes "Nuralkhan Kusherov said this year …"): the speaker
    is the one named before, the quote needs no name (realnews48)."""
    return _person_named_in(bundle, free, mention, lang) \
        and any(_DIRECT_SPEECH.match(para.text) for para in group.get(lang, []))


_DIRECT_SPEECH = re.compile(r"\s*[—–-]\s")
"""A paragraph of direct speech, opened by a dash (— В этом году …)."""


def _person_named_in(bundle: Bundle, free: FreeNames, mention: free_names.NameMention, lang: str) -> bool:
    """*mention* is a person's, and version *lang* names that person somewhere in its text."""
    if any(w.place for w in mention.words) or id(mention) not in free.para_of:
        return False
    word = mention.words[-1]
    return any(free_names.compare_words(word, w).status == free_names.SAME
               for para in body(bundle, lang) for m in recognise.find_names(para.text, lang)
               for w in m.words)


def _places_inside(bundle: Bundle, mention: Mention, lang: str) -> list[str]:
    """The registered places a name of several words names inside it (Kazakhstan in МИД
    Казахстана, in the Ministry of Foreign Affairs of Kazakhstan): said in that version too."""
    if " " not in mention.text or bundle.entities[mention.entity].type == "place":
        return []
    indexes = _lang_indexes(bundle, lang)
    found = []
    for t in tokens(mention.text):
        place = free_names.place_id(t.text, lang) if t.text[:1].isupper() else None
        entity_id = next((x.places[place] for x in indexes if place in x.places), None) if place else None
        if entity_id and entity_id != mention.entity:
            found.append(entity_id)
    return found


def _replaced(bundle: Bundle, group: dict[str, list[Para]], present: dict[str, dict[str, list[Mention]]],
              entity_id: str, missing: list[str]) -> bool:
    """Plain texts (no version known to be the source): the one version lacking the name
    names another of its kind that the others do not (Bulgaria where they name Romania; a
    country or region for a country or region, a city for a city: Chengdu is no replacement
    of Central Asia), a swap rather than a name the translations added (Жердің for "the first
    satellite")."""
    return not bundle.aligned and len(missing) == 1 \
        and _instead(bundle, group, present, entity_id, missing[0])


def _title_swapped(bundle: Bundle, group: dict[str, list[Para]], present: dict[str, dict[str, list[Mention]]],
                   entity_id: str, lang: str) -> bool:
    """Version *lang* lacks a name the others give only as a part of a title (the Europe
    Department, Ambassador to Japan) and names another in its stead, or its titles name a place
    the others' do not (the Asia Department; «МИД Турции» for «МИД Казахстана»): a swap, not a
    shortened title."""
    others = [p for o, paras in group.items() if o != lang for p in paras]
    return _instead(bundle, group, present, entity_id, lang) \
        or not title_places(group.get(lang, [])) <= title_places(others)


def _instead(bundle: Bundle, group: dict[str, list[Para]], present: dict[str, dict[str, list[Mention]]],
             entity_id: str, lang: str) -> bool:
    """Version *lang*, which lacks the name, names another of its kind that the others do not
    (`_replaced`): a name only the others give in a title a version shortened ("Director" for
    "Director of the Europe Department") is left out, one the version gives instead (the Asia
    Department) is a swap."""
    kind = bundle.entities[entity_id].type
    if any(set(by_lang) == {lang} and bundle.entities[other].type == kind
           for other, by_lang in present.items()):
        return True
    if kind != "place":
        return False
    places = {x: _places_named(paras) for x, paras in group.items() if paras}
    others = set().union(*(ids for x, ids in places.items() if x != lang))
    country = (slots.entity_place(bundle, entity_id) or "T:").startswith("T:")
    return any(place.startswith("T:") == country for place in places.get(lang, set()) - others)


_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|и\s+)?|\s(?:and|и|или|or|және|мен|пен|бен|немесе)\s)\s*\Z")
"""What stands between two items of a list (", ", " and ", ", and ", «, », « и », « мен »)."""


def _dropped_from_list(bundle: Bundle, group: dict[str, list[Para]],
                       present: dict[str, dict[str, list[Mention]]], entity_id: str,
                       missing: list[str]) -> bool:
    """The versions that name the country list it beside another name (Pakistan, Egypt and
    Uzbekistan) that every version lacking it names too: the lacking one shortened the list.
    A translation may name a place its source leaves implicit ("in the capital"), but it does
    not add an item to a list the source gives. Countries only: a region is as often said by
    its adjective (the five Central Asian states, Azerbaijan and Russia)."""
    place = slots.entity_place(bundle, entity_id) or ""
    if not place.startswith("T:") or free_names.is_region(place):
        return False
    for lang, mentions in present[entity_id].items():
        text = group[lang][0].text if len(group.get(lang, [])) == 1 else ""
        for m in mentions:
            for other, by_lang in present.items():
                if other == entity_id or not all(lacking in by_lang for lacking in missing):
                    continue
                if any(_LIST_LINK.fullmatch(text[n.end:m.start]) or _LIST_LINK.fullmatch(text[m.end:n.start])
                       for n in by_lang.get(lang, []) if text):
                    return True
    return False


def _named_otherwise(bundle: Bundle, entity_id: str, paras: list[Para]) -> bool:
    """A registered place *paras* name in a form its register lacks (Жетысуской области for
    область Жетысу, полуострова Мангистау, Алматыда for Алматы облысы): the gazetteer's place
    of the entity is named there."""
    place = slots.entity_place(bundle, entity_id) if bundle.entities[entity_id].type == "place" else None
    return place is not None and (place in _places_named(paras) or _people_named(place, paras))


def _people_named(place: str, paras: list[Para]) -> bool:
    """*paras* name the country *place* by a lower-case word of its people (колумбийку, a woman
    of Colombia; венгры): Russian and Kazakh write them in lower case; or by a Russian compound
    adjective of a part of it, which opens a name in a capital (Западнокитайская ярмарка); or,
    in English, by its people's word (Filipino citizens, «граждане Филиппин»)."""
    if not place.startswith("T:"):
        return False
    probe = free_names.NameWord("", paras[0].lang if paras else "", 0, 0, place)
    names_en = free_names.place_names(place, "en")[:1]
    return any((t.text.islower() or (para.lang == "ru" and RU_COMPASS.match(t.lower)))
               and adjective_of(probe, t.text, para.lang)
               or (para.lang == "en" and any(free_names.demonym_of(t.text, name) for name in names_en))
               for para in paras for t in tokens(para.text))


def _named_in_its_own_language(bundle: Bundle, entity_id: str, paras: list[Para]) -> bool:
    """*paras* name the registered place by its own language's name (`endonyms.named_in`)."""
    place = slots.entity_place(bundle, entity_id) if bundle.entities[entity_id].type == "place" else None
    return place is not None and any(endonyms.named_in(place, para.text) for para in paras)


def _named_by_initials(bundle: Bundle, entity_id: str, paras: list[Para]) -> bool:
    """*paras* name the registered place by the initials of one of its forms in their language
    (стран ЦА for Центральная Азия)."""
    entity = bundle.entities[entity_id]
    lang = paras[0].lang if paras else ""
    return entity.type == "place" and any(acronyms.initials_written(form, [p.text for p in paras])
                                          for form in entity.forms.get(lang, []))


def _region_of_that_name(bundle: Bundle, entity_id: str, by_lang: dict[str, list[Mention]],
                         paras: list[Para]) -> bool:
    """The versions that name the registered place call it by a word CLDR gives to another
    territory too, which *paras* name (Америка: the United States, and CLDR's Russian and
    Kazakh name of the Americas, T:019, which "the Americas Department" names): they meant
    that one, and nothing is missing."""
    place = slots.entity_place(bundle, entity_id)
    named = _places_named(paras) - {place}
    return bool(named) and any(territory in named for lang, found in by_lang.items() for m in found
                               for stem in free_names.stems(m.text, lang)
                               if (territory := _territories(lang).get(stem)))


def warm_up() -> None:
    """Read CLDR's names of the territories in each language (start-up, not per check: the
    first check of a release that names a registered place in a word of another territory
    read them, some ten milliseconds of Babel's locale data)."""
    for lang in ("en", "kk", "ru"):
        _territories(lang)


@lru_cache(maxsize=8)
def _territories(lang: str) -> dict[str, str]:
    """CLDR's names of the territories and world regions in *lang*, lower case → T:code."""
    from babel import Locale

    try:
        locale = Locale.parse(lang)
    except (ValueError, LookupError):
        return {}
    return {name.lower(): f"T:{code}" for code, name in locale.territories.items()}


def _places_named(paras: list[Para]) -> set[str]:
    """The CLDR places the capitalised words of *paras* name, registered or not."""
    return {place for para in paras for t in tokens(para.text)
            if t.text[:1].isupper() and (place := free_names.place_id(t.text, para.lang))}


def _home_implied(bundle: Bundle, entity_id: str, paras: list[Para]) -> bool:
    """The home country or capital, registered as a place, is referred to in *paras* without
    its name (елордада, the Kazakh side): not missing."""
    if bundle.entities[entity_id].type != "place":
        return False
    return any(free_names.home_implied(place, para.text, para.lang)
               for place in _entity_places(bundle, entity_id) for para in paras)


_REGION_WORD = {"en": re.compile(r"\b[Rr]egion(?:['’]s)?\b"), "ru": re.compile(r"\b[Оо]бласт\w*"),
                "kk": re.compile(r"\b[Оо]блыс\w*")}
"""The word for a region of the country (облыс, область, region), a registered region's head."""
_WORD_BEFORE = re.compile(r"(?:^|(?P<stop>[.!?]\s+)|\s)[«\"]?(?P<word>\w[\w-]*)[\s«»\"]*\Z")
_REGION_ANAPHOR = {"en": _REGION_WORD["en"],
                   "ru": re.compile(r"\b[Оо]бласт(?:ь|и|ью)\b|\b[Рр]егион(?:а|у|е|ом)?\b"),
                   "kk": re.compile(r"\b[Оо]блыс(?!тар)\w*|\b[Өө]ңір(?!лер)\w*")}
"""The common words that stand for a region of the country, in the singular: its head word,
and «регион», «өңір» (акима региона, өңір басшысы); not «облыстар әкімдері» (the regions')."""


def _is_region(bundle: Bundle, entity_id: str) -> bool:
    entity = bundle.entities[entity_id]
    return entity.type == "place" and any(
        _REGION_WORD[lang].search(form) for lang, forms in entity.forms.items() if lang in _REGION_WORD
        for form in forms)


def _region_implied(bundle: Bundle, entity_id: str, paras: list[Para], mentions: dict) -> bool:
    """A region the version says by the common word alone («акима области», «облыстың елді
    мекендері», "the region's akim"), naming no other region: the only region it can mean."""
    if not paras or paras[0].lang not in _REGION_WORD or not _is_region(bundle, entity_id):
        return False
    if any(m.entity != entity_id and _is_region(bundle, m.entity)
           for para in paras for m in mentions[(para.lang, para.location, para.id)]):
        return False
    return any(_bare(para.text, m.start(), para.lang)
               for para in paras for m in _REGION_ANAPHOR[para.lang].finditer(para.text))


def _bare(text: str, start: int, lang: str) -> bool:
    """The word at *start* follows no capitalised word (акима области, not Алматинской области)
    but one that a sentence begins with (Аким области) or a surname, the subject before the
    title in Kazakh (Ерлан Қарин Мемлекет басшысының бастамалары), and that names no place (not
    «Өзбекстан Президенті» at the start of a sentence)."""
    before = _WORD_BEFORE.search(text[:start])
    if before is None or not before.group("word")[:1].isupper():
        return True
    word = before.group("word")
    initial = before.group("stop") is not None or before.start("word") == 0
    subject = lang == "kk" and free_names.is_surname(word)
    return (initial or subject) and not free_names.place_id(word, lang)


def _ministry_implied(bundle: Bundle, entity_id: str, by_lang: dict[str, list[Mention]],
                      paras: list[Para]) -> bool:
    """A ministry the others name only by its initials or a short name (МИД, СІМ, the Foreign
    Ministry, «внешнеполитическое ведомство»), which any country's ministry shares, and this
    version by its common noun alone ("the Foreign Ministry", «министрліктің хабарламасында»,
    "the ministry's press service"): the same ministry, no missing name."""
    pattern = home_words.pattern("ministry", paras[0].lang) if paras else None
    if pattern is None or bundle.entities[entity_id].type != "organisation" \
            or not all(_short(m.text) for found in by_lang.values() for m in found):
        return False
    return any(_bare(para.text, m.start(), para.lang) for para in paras for m in pattern.finditer(para.text))


_NAME_AFTER = re.compile(r"(?:\s+of(?:\s+the)?)?[\s«\"]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")


def _titled(bundle: Bundle, entity_id: str, paras: list[Para]) -> bool:
    """The country's President or Prime Minister (as the register's note says), whom this
    version calls by the title alone ("The President noted", «Мемлекет басшысы қабылдады»): not
    a title of another country's (Түркия Президенті, Президент Турции, the US President)."""
    entity = bundle.entities[entity_id]
    note = entity.note or ""
    title = next((t for t in home_words.titles() if note.startswith(f"{t} of the Republic of Kazakhstan")),
                 None)
    if entity.type != "person" or title is None or not paras:
        return False
    pattern = home_words.title_pattern(title, paras[0].lang)
    return pattern is not None and any(
        (_bare(para.text, m.start(), para.lang)
         or free_names.home_word(_word_before(para.text, m.start()), para.lang))
        and (not _NAME_AFTER.match(para.text, m.end()) or _home_after(para.text, m.end(), para.lang))
        for para in paras for m in pattern.finditer(para.text))


def _word_before(text: str, start: int) -> str:
    before = _WORD_BEFORE.search(text[:start])
    return before.group("word") if before else ""


_OF_WORD = re.compile(r"(?:\s+of(?:\s+the)?)?[\s«\"]+(?P<word>[\w’'-]+)")


def _home_after(text: str, end: int, lang: str) -> bool:
    after = _OF_WORD.match(text, end)
    return bool(after) and free_names.home_word(after.group("word"), lang)


def _short(text: str) -> bool:
    """A name any country's body may go by: its initials or two words (the Foreign Ministry)."""
    return _initials(text) or len(text.split()) <= 2


_INITIALS_END = re.compile(r"[-’']")
"""Where an ending joins initials (СІМ-нің, MFA's)."""


def _initials(text: str) -> bool:
    """МИД, СІМ-нің, MFA's: a name written as its capital initials, with an ending at most."""
    head = _INITIALS_END.split(text, maxsplit=1)[0]
    return " " not in text and len(head) >= 2 and head.isupper()


_SPELT_OUT = re.compile(r"((?:[\w’'-]+\s+){1,8})\((\w+)\)")


def _spelt_out(bundle: Bundle, lang: str, word: str) -> bool:
    """The initials *word* (БҰҰДБ-ның) are spelt out somewhere in the *lang* text, «БҰҰ Даму
    бағдарламасы (БҰҰДБ)»: a body of its own, not a registered body's initials misspelt. Its
    letters must follow the initials of the words before the brackets, so a slip in the
    bracket itself («Бас Ассамблеясы (БҰҰБӘ)») is not taken for a definition."""
    head = _INITIALS_END.split(word, maxsplit=1)[0]
    return any(m.group(2) == head and _initials_follow(head, m.group(1).split())
               for p in bundle.paras.get(lang, ()) for m in _SPELT_OUT.finditer(p.text))


def _initials_follow(acronym: str, words: list[str]) -> bool:
    """*acronym* is read, in order, from the initials of *words* (all the letters of a word
    that is itself initials, БҰҰ), starting at the initial of one of them."""
    letters = "".join(w if w.isupper() else w[:1] for w in words).lower()
    rest = iter(letters[letters.find(acronym[0].lower()):]) if acronym[0].lower() in letters else iter(())
    return all(c in rest for c in acronym.lower())


def _fold(word: str) -> str:
    return kazakh.fold_lookalikes(word).replace("ё", "е")


@lru_cache(maxsize=16384)
def _stems(word: str, lang: str) -> frozenset[str]:
    """The word and its possible stems once an ending is taken off (once per word form: the
    spelling check asks it of every capitalised word of every paragraph)."""
    lower = _fold(word)
    stems = {lower}
    if lang == "ru":
        stems.add(_fold(russian.stem(word)))
    elif lang == "kk":
        low = word.lower()
        stems |= {_fold(low[:i]) for i in range(3, len(low)) if kazakh.is_ending_chain(low[i:])}
    else:
        stems.add(lower.removesuffix("’s").removesuffix("'s"))
    return frozenset(stems)


def _similar(stems: frozenset[str], base_f: str) -> bool:
    """One of a word's stems (`_stems`) is close to the folded registered word *base_f*."""
    for stem in stems:
        if stem[:1] != base_f[:1] or abs(len(stem) - len(base_f)) > 2:
            continue
        # SequenceMatcher's quick_ratio, on letter counts kept per word: most pairs stop here
        if 5 * _shared_letters(stem, base_f) < 2 * (len(stem) + len(base_f)):
            continue
        if SequenceMatcher(None, stem, base_f).ratio() >= 0.8:
            return True
    return False


def _shared_letters(a: str, b: str) -> int:
    """How many letters *a* and *b* have in common, counted with repeats."""
    counts_b = _letter_counts(b)
    return sum(min(n, counts_b.get(letter, 0)) for letter, n in _letter_counts(a).items())


@lru_cache(maxsize=8192)
def _letter_counts(word: str) -> dict[str, int]:
    return dict(Counter(word))


_SURNAME_SUFFIX = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|ом|е|ы|ых)?\Z", re.IGNORECASE)
"""A Russian-type surname's suffix and case ending (Асанбаев, Асанбаеву): a person's name,
whose stem the stemmer cuts short (асанба), no slip for a registered name that has none, a place
(Астана) or a first name (Мурадов is no Мурат)."""


def _spelling(bundle: Bundle, para: Para, found: list[Mention],
              others: tuple[set[str], ...] = ()) -> list[Finding]:
    """Tokens that look like a registered name but are not one of its forms (Ryzhykov), where
    another version names it (*others*: the ids each other version names; `_named_by_others`).

    A token that is itself a common word of the language (Minister next to the registered
    Ministry, Министр, министрлік) is another word, not drift; names are not common words,
    so Ryzhykov, Камахарой and Есетовты are still caught.
    """
    covered = [(m.start, m.end) for m in found]
    indexes = _lang_indexes(bundle, para.lang)
    findings = []
    for token in tokens(para.text):
        if not token.text[:1].isupper() or len(token.text) < 4:
            continue
        if any(s <= token.start < e for s, e in covered):
            continue
        stems = _stems(token.text, para.lang)
        # Organisation is the British spelling of the registered Organization, not drift
        british = {stem.replace("isation", "ization") for stem in stems} if para.lang == "en" else set()
        initial = _fold(token.text)[:1]
        close = [(base, entity_id) for base, folded, entity_id in
                 (b for x in indexes for b in x.bases.get(initial, ()))
                 if folded not in british and _similar(stems, folded)]
        if not close or any(_form_of_word(token.text.replace("-", ""), base.replace("-", ""), para.lang)
                            or _patronymic_of(token.text, base, para.lang) for base, _ in close) \
                or lexicon.is_common(token.text, para.lang) \
                or free_names.is_demonym(token.text, para.lang, silent_e=False) \
                or table_word(token.text.partition("-")[0], para.lang):
            continue  # Mauritian is no Mauritania; БҰҰДБ-мен (UNDP) is a body's initials, no БҰҰБА
        base, entity_id = close[0]
        if (not _named_by_others(entity_id, others) and _written_alike_elsewhere(bundle, para, token.text)) \
                or _truncated_in_a_name(para.text, token, base) \
                or (_initials(token.text) and _spelt_out(bundle, para.lang, token.text)) \
                or after_place_adjective(para.text, token.start, para.lang) \
                or _another_name(bundle, para, token.text, base, entity_id) \
                or (bundle.entities[entity_id].type == "place" and free_names.demonym_of(token.text, base)) \
                or (para.lang != "en" and not token.text.isupper() and not _SURNAME_SUFFIX.search(base)
                    and _SURNAME_SUFFIX.search(token.text)
                    and free_names.is_surname(token.text, para.lang)) \
                or _word_of_another_name(bundle, para, token, base, entity_id) \
                or _latin_in_another_version(bundle, para, token.text) \
                or _small_place_of_its_own(para, token, base):
            continue  # Kuwaiti of the registered Kuwait: an adjective made from the name
        rule = "names.spelling"
        if para.lang == "kk" and _fold(token.text).startswith(_fold(base)):
            rule = "script.lookalike"
        findings.append(Finding(
            rule, "error", [para.lang], para.location, token.text,
            f"«{token.text}» ({para.lang}) is not a form of the registered name «{base}» "
            f"({entity_id})"))
    return findings


def _named_by_others(entity_id: str, others: tuple[set[str], ...]) -> bool:
    """The registered name *entity_id* is named by another version (*others*: the ids each
    other version names)."""
    return not others or any(entity_id in named for named in others)


def _written_alike_elsewhere(bundle: Bundle, para: Para, word: str) -> bool:
    """Another version writes a name that is *word* in its script (Штирия for Styria, Кушербаев
    for Күшербаев): where no other version names the registered name *word* is near, *word* is
    that other name, written alike in every version, not this version's slip for the registered
    one (Syria, the minister Көшербаев). A slip no other version can vouch for (Europian, where
    the others leave the Union out) is still one."""
    probe = free_names.NameWord(word, para.lang, 0, len(word), None)
    return any(free_names.compare_words(probe, free_names.NameWord(t.text, lang, t.start, t.end, None)).status
               == free_names.SAME for lang, paras in bundle.paras.items() if lang != para.lang
               for p in paras for t in tokens(p.text) if t.text[:1].isupper() and len(t.text) >= 4)


def _small_place_of_its_own(para: Para, token: Token, base: str) -> bool:
    """*token* names a village or a street by its kind noun (в селе Алмалы, Алмалы ауылында)
    and the registered *base* is a town or country the gazetteer knows (Алматы): a village
    named like a city is another place, not the city misspelt."""
    return free_names.place_id(base, para.lang) is not None \
        and kind_at(para.text, token.start, para.lang) in _SMALL_PLACE_KINDS


_SMALL_PLACE_KINDS = frozenset({"village", "street", "avenue", "station"})


def _latin_in_another_version(bundle: Bundle, para: Para, word: str) -> bool:
    """*word* is in Latin letters and a Cyrillic version writes it so too (the industrial zone
    AQMOLA, «индустриальная зона AQMOLA»): a brand both keep as it is, no slip of one version
    from a registered name (Akmola)."""
    if not free_names.is_latin(word):
        return False
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    return any(pattern.search(p.text) for lang, paras in bundle.paras.items()
               if lang in ("ru", "kk") and lang != para.lang for p in paras)


def _in_person_name(para: Para, token: Token) -> bool:
    """*token* is a word of a person's name, not a place misspelt: a first name that
    pymorphy3 reads as nothing but a name (Ксения, not Кения), or the word right after one
    (Валери Мальте, the skater Maltais, not Malta)."""
    if para.lang not in ("ru", "kk"):
        return False
    before = previous_word(para.text, token.start)
    return _given_name_only(token.text) or (before[:1].isupper() and _given_name_only(before))


_NAME_WORD_BEFORE = re.compile(r"([^\W\d_][\w’'-]*)[ \u00a0]+\Z")
_NAME_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_][\w’'-]*)")


def _in_another_name(bundle: Bundle, para: Para, token: Token, base: str, entity_id: str) -> bool:
    """A place's name is matched whole. *token*, close to the word *base* of the place's name,
    is no slip of it when it stands next to a capitalised word that is neither a word of the
    place's own name nor an ordinary word of the language: it is a word of another name (the
    person Lucía Fernández, the reserve Semey Ormany; not Oman: in English, where the words of
    one name stand uninflected side by side; `_in_person_name` reads Kazakh and Russian); nor
    when *base* is only ever one word of a name of several and no other word of that name stands
    beside it (the Committee on Relations and Emigrants, not the United Arab Emirates). A place misspelt
    beside its own words (Saint Lucía, Arab Emirrates) or an ordinary one (Omann Airlines, the
    Republic of Kazakstan) is still the place misspelt."""
    own = {w.lower() for lang_forms in bundle.entities[entity_id].forms.values()
           for form in lang_forms for w in _form_words(form)}
    before = _NAME_WORD_BEFORE.search(para.text[max(0, token.start - 40):token.start])
    after = _NAME_WORD_AFTER.match(para.text, token.end)
    near = [m.group(1) for m in (before, after) if m]
    if para.lang == "en" and any(word[:1].isupper() and not word.isupper() and word.lower() not in own
                                 and not lexicon.is_common(word, para.lang) for word in near):
        return True  # Kazakh and Russian inflect the words of a name apart: Ксениядан Мальтеге
    holding = [words for f in bundle.entities[entity_id].forms.get(para.lang, ())
               if base in (words := _form_words(f))]
    others = {w.lower() for words in holding for w in words if w != base}
    return bool(holding) and all(len(words) > 1 for words in holding) \
        and not any(word.lower() in others for word in near)


def _word_of_another_name(bundle: Bundle, para: Para, token: Token, base: str, entity_id: str) -> bool:
    """*token* is a word of another name than the registered *entity_id*'s: of a person's name
    or another name beside it, for a place or an organisation (Ксения, not Кения; Ingrid Solheim
    Aasen, not ASEAN); another person's first name before a surname not the person's own."""
    if bundle.entities[entity_id].type == "person":
        return _before_another_surname(bundle, para, token, entity_id)
    return _in_person_name(para, token) or _in_another_name(bundle, para, token, base, entity_id)


def _before_another_surname(bundle: Bundle, para: Para, token: Token, entity_id: str) -> bool:
    """*token*, close to a registered person's name, stands before a Russian or Kazakh surname
    that is none of that person's (Марат Султангазиев, not Мурат Нуртлеу): another person's first
    name. Beside the person's own surname (Марат Нуртлеу) it is still the name misspelt."""
    after = _NAME_WORD_AFTER.match(para.text, token.end)
    if para.lang not in ("ru", "kk") or after is None or not after.group(1)[:1].isupper() \
            or not free_names.is_surname(after.group(1), para.lang):
        return False
    own = {_fold(w) for forms in bundle.entities[entity_id].forms.values() for form in forms
           for w in _form_words(form)}
    return not (_stems(after.group(1), para.lang) & own)


@lru_cache(maxsize=4096)
def _given_name_only(word: str) -> bool:
    """pymorphy3's likeliest reading of *word* is a first name and none is a place."""
    found = free_names.parses(word)
    return bool(found) and "Name" in found[0].tag.grammemes \
        and not any("Geox" in p.tag.grammemes for p in found)


_PATRONYMIC = re.compile(r"(\w+?)(ұлы|қызы)(\w*)", re.IGNORECASE)


def _patronymic_of(word: str, base: str, lang: str) -> bool:
    """*word* is a Kazakh patronymic made from the name *base* (Абайұлы, Мұратқызының of Абай,
    Мұрат): another word of a person's name, not the name misspelt."""
    from press.lang.kazakh import is_ending_chain

    match = _PATRONYMIC.fullmatch(word) if lang == "kk" else None
    return match is not None and match.group(1).lower() == base.lower() and is_ending_chain(match.group(3))


def _form_of_word(word: str, base: str, lang: str) -> bool:
    """*word* is a form of the registered word *base*, or of its stem where Kazakh drops the
    possessive ending inside a name (Бас Ассамблеяның 83-сессиясы, registered Бас Ассамблеясы)."""
    if word_matches(word, base, lang) or (lang == "en" and _unmarked(word) == _unmarked(base)):
        return True  # Turkiye, Cote: the registered Türkiye, Côte without their marks
    return lang == "kk" and base.endswith(("сы", "сі")) and word_matches(word, base[:-2], lang)


def _unmarked(word: str) -> str:
    """*word* in lower case without its letters' diacritics (Türkiye → turkiye)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))


_NEIGHBOUR_AFTER = re.compile(r"[ \u00a0]+([^\W\d_][\w-]*)")
_NEIGHBOUR_BEFORE = re.compile(r"([^\W\d_][\w-]*)[ \u00a0]+\Z")
"""The word right after a token, and the word right before it."""

def _truncated_in_a_name(text: str, token: Token, base: str) -> bool:
    """*token* is the registered word *base* cut short (Cong of Congo, Burun of Burundi) and
    stands beside another capitalised word of one name (Ambassador Cong Peiwu, Incheh Burun):
    a word of a name of its own, not the country misspelt, which keeps its own letters."""
    lower, full = _fold(token.text), _fold(base)
    if not (full.startswith(lower) and len(lower) < len(full)):
        return False
    after = _NEIGHBOUR_AFTER.match(text, token.end)
    before = _NEIGHBOUR_BEFORE.search(text, 0, token.start)
    return bool(after and after.group(1)[:1].isupper()) or bool(
        before and before.group(1)[:1].isupper() and not sentence_initial(text, before.start(1)))


def _another_name(bundle: Bundle, para: Para, word: str, base: str, entity_id: str) -> bool:
    """*word* is a name in its own right, not a slip for the registered *base* it resembles:
    a place the gazetteer knows (Берлин, not Белиз; Korea), a syllable of an East Asian name
    (Chinh, not China), or a word that another version of
    the text spells the same way in its own script, closer than *base* is, and which is no
    nearer *base* or no nearer the entity's own name in that language (Malatya/Малатья, not
    Malaysia; Malaya/Малайя, not Малайзия; but Ryzhykov is as close to Рыжиков as to the
    registered Ryzhikov). The entity's own form in another script is no other name:
    Kosherbaev, spelt as the registered Кошербаев reads, is still the registered Kosherbayev
    misspelt; the same script may quote it (АО «Қазақстан темір жолы» in Russian)."""
    if free_names.place_id(word, para.lang):
        return True
    if any(free_names.east_asian_surname(m.words[0].text) and word in m.text
           for m in recognise.find_names(para.text, para.lang)):
        return True  # Pham Minh Chinh: a syllable of an East Asian name, not China misspelt
    mine = {free_names.skeleton(stem) for stem in free_names.stems(word, para.lang)}
    to_base = min(free_names.distance(a, free_names.skeleton(base)) for a in mine)
    for lang in bundle.paras:
        if lang != para.lang:
            theirs = _capitalised_skeletons(bundle, lang)
            own = _entity_skeletons(bundle, entity_id, lang)
            romanised = free_names.is_latin(word) != (lang == "en")
            if any(free_names.distance(a, b) <= min(_SHARED_SPELLING, to_base - 0.1)
                   and not (romanised and b in own)
                   and (free_names.distance(b, free_names.skeleton(base)) >= to_base
                        or min((free_names.distance(b, o) for o in own), default=0.0) >= to_base)
                   for a in mine for b in theirs if abs(len(a) - len(b)) <= 1):
                return True
    return False


def _entity_skeletons(bundle: Bundle, entity_id: str, lang: str) -> set[str]:
    """The skeletons of the capitalised words of the entity's forms in *lang* (Малайзия)."""
    return {free_names.skeleton(word) for form in bundle.entities[entity_id].forms.get(lang, ())
            for word in _form_words(form) if word[:1].isupper()}


_SHARED_SPELLING = 0.45
"""How far another version's spelling may be from the word and still be the same name in its
own script: Spanish z is Russian с (Valenzuela, Валенсуэла), one transcription step."""


def _capitalised_skeletons(bundle: Bundle, lang: str) -> set[str]:
    key = ("names.capitalised", lang)
    if key not in bundle.memo:
        bundle.memo[key] = {free_names.skeleton(stem) for para in bundle.paras[lang]
                            for t in tokens(para.text) if t.text[:1].isupper() and len(t.text) >= 4
                            for stem in free_names.stems(t.text, lang) if t.lower.startswith(stem)}
        # the word as written, less an ending; not a nominative guessed from it (Мисгану → Мисгана)
    return bundle.memo[key]


def _unregistered(bundle: Bundle, mentions: dict,
                  lacks: frozenset[tuple[str, str]] = frozenset()) -> list[Finding]:
    """Names in no register, found and aligned across the versions by `press.lang.names`:
    per unit of comparison, and over the whole document for a name spelt two ways. *lacks*:
    (language, location) of the registered names found missing, whose swap is reported there."""
    findings: list[Finding] = []
    for _, group in bundle.groups():
        found = unregistered_names(group, mentions)
        if len(found) >= 2:
            free = FreeNames(bundle, group, found, registered_names(group, mentions))
            findings += free.findings(inconsistent=not bundle.aligned)
    seen = {(f.langs[0], f.excerpt) for f in findings}
    for _, group in paragraph_groups(bundle):
        found = unregistered_names(group, mentions)
        if len(found) >= 3:
            free = FreeNames(bundle, group, found, registered_names(group, mentions))
            free.reported |= {(f.langs[0], f.excerpt) for f in findings if f.rule != "names.missing"}
            often = partial(_said_elsewhere_free, bundle, group, free)
            swaps = free.swapped_places(frozenset(seen))
            swaps += [f for f in free.swapped_in_paragraph(_near(bundle, group), frozenset(seen))
                      if (f.langs[0], f.location) not in lacks]
            findings += [f for f in swaps + free.missing(often) if _not_said(f, seen)]
            findings += [f for f in free.swapped_people() if (f.langs[0], f.excerpt) not in seen]
            seen |= {(f.langs[0], f.excerpt) for f in findings}
    whole = FreeNames(bundle, bundle.paras, unregistered_names(bundle.paras, mentions),
                      registered_names(bundle.paras, mentions))
    whole.reported |= seen
    units = [group for _, group in (bundle.groups() if bundle.aligned else paragraph_groups(bundle))]
    findings += [f for f in whole.swapped_by_count(units) if _not_said(f, seen)]
    findings += [f for f in whole.people_swapped_by_count(units) if _not_said(f, seen)]
    if bundle.aligned:
        findings += [f for f in whole.inconsistent() if (f.langs[0], f.excerpt) not in seen]
    return findings


def _near(bundle: Bundle, group: dict[str, list[Para]]) -> dict[str, list[Para]]:
    """Each version's paragraphs before and after its paragraph of *group*."""
    out = {}
    for lang, paras in group.items():
        version = bundle.paras[lang]
        i = version.index(paras[0]) if paras and paras[0] in version else -1
        out[lang] = [version[j] for j in (i - 1, i + 1) if i >= 0 and 0 <= j < len(version)]
    return out


def _not_said(finding: Finding, seen: set[tuple[str, str]]) -> bool:
    """*finding* is no finding of *seen* (language, excerpt) again: neither its name nor the
    name it says the version lacks (a paragraph's «Қарасай» in place of Talgar, where the whole
    text's finding already says Talgar is missing)."""
    lang = finding.langs[0]
    lacked = [fact[0] for fact in finding.lack.facts] if finding.lack else []
    return (lang, finding.excerpt) not in seen and not any((lang, name) in seen for name in lacked)


def registered_names(group: dict[str, list[Para]], mentions: dict) -> dict:
    """The registered names of each version of *group* as name mentions: partners for the
    alignment of the names no register knows, never reported themselves."""
    out: dict[str, list] = {}
    for lang, paras in group.items():
        for para in paras:
            for m in mentions[(para.lang, para.location, para.id)]:
                words = tuple(free_names.NameWord(t.text, lang, m.start + t.start, m.start + t.end,
                                                  free_names.place_id(t.text, lang))
                              for t in tokens(m.text) if t.text[:1].isupper())
                if words:
                    out.setdefault(lang, []).append(
                        (para, free_names.NameMention(lang, m.start, m.end, m.text, words)))
    return out


def unregistered_names(group: dict[str, list[Para]], mentions: dict) -> dict:
    """The names of each version of *group* that no register knows, with their paragraphs."""
    return {lang: [(para, m) for para in paras
                   for m in recognise.find_names(para.text, lang, _taken(mentions, para))]
            for lang, paras in group.items() if paras}


def _taken(mentions: dict, para: Para) -> tuple[tuple[int, int], ...]:
    return tuple((m.start, m.end) for m in mentions[(para.lang, para.location, para.id)])

