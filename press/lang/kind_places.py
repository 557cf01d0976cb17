"""A place by its kind: a name that a place-kind noun governs is a place's, known or not.

No gazetteer lists every district, village, port, station or street a release names (GeoNames'
cities15000 holds towns of 15,000 people and more), but the grammar says which words name one:
the kind of place governs the name, in each language's own word order —

    ru  «Тайыншинского района» (an adjective made from the name), «порт Бар», «в селе Карабулак»
    kk  «Тайынша ауданында», «Бар порты», «Қарабұлақ ауылы» (the bare name before its kind)
    en  "Taiynsha District", "the port of Bar", "Karabulak village", "Lake Balkhash"

`kind_places` reads them; `place_keys` gives the words a name is compared by (the noun a
Russian place adjective is made from: Тайыншинского → Тайынша, Мамлютского → Мамлютка), so
that the versions of a paragraph can be aligned by kind and name (`press.check.unregistered`).
An organisation named after a place («Карагандинский университет», "Qaragandy Pharm") has no
place-kind noun and is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from press.lang.russian import RELATIONAL_ENDING

KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    "district": {"ru": ("район", "округ"), "kk": ("аудан", "округ"), "en": ("district",)},
    "region": {"ru": ("област",), "kk": ("облыс",), "en": ("region", "oblast")},
    "province": {"ru": ("провинци",), "kk": ("провинция",), "en": ("province",)},
    "village": {"ru": ("село", "сел", "посёл", "посел", "аул"), "kk": ("ауыл", "кент"),
                "en": ("village", "settlement")},
    "town": {"ru": ("город",), "kk": ("қала",), "en": ("town", "city")},
    "port": {"ru": ("порт",), "kk": ("порт",), "en": ("port",)},
    "station": {"ru": ("станци",), "kk": ("станция",), "en": ("station",)},
    "street": {"ru": ("улиц",), "kk": ("көше",), "en": ("street",)},
    "avenue": {"ru": ("проспект",), "kk": ("даңғыл",), "en": ("avenue",)},
    "field": {"ru": ("месторождени",), "kk": ("кен орн",), "en": ("field", "deposit")},
    "pass": {"ru": ("перевал",), "kk": ("асу",), "en": ("pass",)},
    "lake": {"ru": ("озер", "озёр"), "kk": ("көл",), "en": ("lake",)},
    "river": {"ru": ("рек",), "kk": ("өзен",), "en": ("river",)},
}
"""The kinds of place and the nouns (stems) that name them in each language; the languages'
nouns of one kind are one kind (a village is село or посёлок, ауыл or кент)."""

_RU_ENDINGS = (r"(?:[аяуюеоиыёь]|ом|ем|ой|ей|ью|ам|ям|ах|ях|ами|ями|ов|ев|ок|ка|ке|ку|ком|ки"
               r"|ия|ии|ию|ией|ие|ий|ием)?")
_KK_PLURAL = r"(?:[лдт][ае]р)"
_KK_ENDINGS = rf"{_KK_PLURAL}?(?:[ыі]|с[ыі])?(?:н(?:[ыі]ң|а|е|да|де|дағы|дегі|нан|нен|ан|ен|ы|і|мен)?)?"
"""What follows a kind noun: Russian case endings (района, районе, селе, посёлка, станции),
Kazakh plural, possessive and case endings (ауданы, ауданында, ауданындағы, қаласының,
көшесінде, аудандарының)."""
_PLURAL = {"en": re.compile(r"s\Z", re.I), "kk": re.compile(rf"\w{_KK_PLURAL}"),
           "ru": re.compile(r"(?:ов|ев|ей|ам|ям|ах|ях|ами|ями|[ыи])\Z")}
"""A kind noun in the plural (districts, аудандары, районов): it may govern several names."""
_AND = {"en": r"(?:,[ \t]+|[ \t]+and[ \t]+|,[ \t]+and[ \t]+)",
        "ru": r"(?:,[ \t]+|[ \t]+и[ \t]+)",
        "kk": r"(?:,[ \t]+|[ \t]+(?:және|мен|пен|бен)[ \t]+)"}
"""What joins names listed before one kind noun (Mamlyut and Taiynsha districts)."""

_CAP_WORD = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]+(?!\.\w)"
"""A capitalised word of two letters or more, no initial (областей М. Айтенову: the akim's)."""
_NAME = rf"{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}}"
_RU_ADJ = rf"[А-ЯЁ][\w-]*?{RELATIONAL_ENDING}"


@dataclass(frozen=True)
class KindPlace:
    """One place a kind noun names: its kind, where its name stands in the text, and whether
    the name is a Russian adjective made from it (Тайыншинского района)."""

    kind: str
    start: int
    end: int
    name: str
    adjective: bool = False


def _nouns(lang: str, after: str) -> str:
    """An alternation of the kind nouns of *lang*, each named group being its kind."""
    parts = []
    for kind, by_lang in KINDS.items():
        stems = "|".join(re.escape(s) for s in by_lang.get(lang, ()))
        if stems:
            parts.append(f"(?P<{kind}>(?:{stems}){after})")
    return "|".join(parts)


_RU_ABBREVIATED = r"(?P<avenue>пр\.|пр-т|просп\.)|(?P<street>ул\.)"
"""The abbreviated kind nouns of an address (пр. Тұран, ул. Кенесары): an avenue, a street."""


@lru_cache(maxsize=4)
def _patterns(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The word orders of *lang* in which a kind noun governs a name, each with its order:
    "adjective" (a Russian adjective made from the name before the noun), "after" (the name
    before the noun), "before" (the noun, or "kind of", before the name)."""
    if lang == "ru":
        nouns = _nouns("ru", _RU_ENDINGS)
        return ((re.compile(rf"(?<![\w-])(?P<name>{_RU_ADJ})[ \t]+(?:{nouns})(?!\w)"), "adjective"),
                (re.compile(rf"(?<![\w-])(?i:{nouns})[ \t]+(?P<name>{_NAME})"), "before"),
                (re.compile(rf"(?<![\w-])(?:{_RU_ABBREVIATED})[ \t\u00a0]*(?P<name>{_NAME})"), "before"))
    if lang == "kk":
        nouns = _nouns("kk", _KK_ENDINGS)
        return ((re.compile(rf"(?<![\w-])(?P<name>{_NAME})[ \t]+(?:{nouns})(?!\w)"), "after"),)
    if lang == "en":
        nouns = _nouns("en", "s?")
        return ((re.compile(rf"(?<![\w-])(?P<name>{_NAME})[ \t]+(?i:{nouns})(?!\w)"), "after"),
                (re.compile(rf"(?<![\w-])(?i:(?P<port>port)|(?P<village>village)|(?P<town>town|city)"
                            rf"|(?P<province>province))[ \t]+of[ \t]+(?P<name>{_NAME})"), "before"),
                (re.compile(rf"(?<![\w-])(?:(?P<lake>Lake)|(?P<river>River))[ \t]+(?P<name>{_NAME})"),
                 "before"))
    return ()


@lru_cache(maxsize=1024)
def kind_places(text: str, lang: str) -> tuple[KindPlace, ...]:
    """The places of *text* that a kind noun governs, in the order they stand."""
    found: dict[int, KindPlace] = {}
    for pattern, order in _patterns(lang):
        for m in pattern.finditer(text):
            kind = next(k for k, v in m.groupdict().items() if v is not None and k != "name")
            start, name = _trimmed(text, m.start("name"), m.group("name"), lang, order)
            if order == "before" and lang == "ru":
                name = _less_next_kind_adjective(text, start, name)
            if not name or start in found \
                    or order == "before" and _governed_otherwise(text, start, name, lang):
                continue
            found[start] = KindPlace(kind, start, start + len(name), name, order == "adjective")
            if _PLURAL[lang].search(_noun_of(m)) or _noun_of(m).endswith("."):  # пр. Ұлы Дала, Тұран
                listed = _listed_after(text, start + len(name), kind, lang) if order == "before" \
                    else _listed_before(text, start, kind, lang, order == "adjective")
                for place in listed:
                    found.setdefault(place.start, place)
    return tuple(found[s] for s in sorted(found))


def kind_at(text: str, position: int, lang: str) -> str | None:
    """The kind of the place whose name a kind noun governs at *position* of *text* (village
    for Қаражота of «в селе Қаражота»), else None."""
    return next((place.kind for place in kind_places(text, lang) if place.start <= position < place.end),
                None)


def _noun_of(match: re.Match[str]) -> str:
    """The kind noun a pattern matched, as written."""
    return next(v for k, v in match.groupdict().items() if v is not None and k != "name")


_LISTED_BEFORE = {(lang, adjective): re.compile(rf"(?<![\w-])(?P<name>{name}){joined}\Z")
                  for lang, joined in _AND.items() for adjective, name in ((False, _NAME), (True, _RU_ADJ))}
"""A name (or a Russian adjective of one) listed before another (`_listed_before`), by language."""
_LISTED_AFTER = {lang: re.compile(rf"{joined}(?P<name>{_NAME})") for lang, joined in _AND.items()}
"""A name listed after another (`_listed_after`), by language."""


def _listed_before(text: str, start: int, kind: str, lang: str, adjective: bool) -> list[KindPlace]:
    """The names listed before the name at *start* that one plural kind noun governs with it:
    Mamlyut of "Mamlyut and Taiynsha districts", Мамлют of «Мамлют және Тайынша аудандарының»,
    Мамлютского of «Мамлютского и Тайыншинского районов» (a Russian list of adjectives), a name
    of two words whole (North Kazakhstan and Akmola regions)."""
    listed = _LISTED_BEFORE[(lang, adjective)]
    found = []
    while m := listed.search(text, 0, start):
        start, name = _trimmed(text, m.start("name"), m.group("name"), lang, "after")
        if not name:
            break
        found.append(KindPlace(kind, start, start + len(name), name, adjective))
    return found


def _listed_after(text: str, end: int, kind: str, lang: str) -> list[KindPlace]:
    """The names listed after the name ending at *end* that one plural kind noun before them
    governs with it: Төңкеріс of «в селах Жалғамыс и Төңкеріс», "the villages of A and B"."""
    listed = _LISTED_AFTER[lang]
    found = []
    while m := listed.match(text, end):
        start, name = _trimmed(text, m.start("name"), m.group("name"), lang, "before")
        if lang == "ru":
            name = _less_next_kind_adjective(text, start, name)
        if not name or _governed_otherwise(text, start, name, lang):
            break
        found.append(KindPlace(kind, start, start + len(name), name))
        end = start + len(name)
    return found


def _less_next_kind_adjective(text: str, start: int, name: str) -> str:
    """A Russian name after its kind noun, less a last word that is the adjective of the next
    kind noun: Қаражота of «в селе Қаражота Енбекшиказахского района» (the village, then its
    district)."""
    words = name.split()
    if len(words) > 1 and _RU_ADJECTIVE_END.search(words[-1]) \
            and _kind_noun_next("ru").match(text, start + len(name)):
        return name[:len(name) - len(words[-1])].rstrip()
    return name


def _governed_otherwise(text: str, start: int, name: str, lang: str) -> bool:
    """The name after a kind noun belongs to another: a kind noun of its own follows it ("the
    district of Akmola region", «района Северо-Казахстанской области»), or it is a Russian
    adjective, which governs no noun before it."""
    after = _kind_noun_next(lang).match(text, start + len(name))
    return after is not None or (lang == "ru" and bool(_RU_ADJECTIVE_END.search(name.split()[0])))


_EN_LEAD = re.compile(r"(?:(?:The|A|An|In|At|From|Of|To|On|By|For|And|Near|With)[ \t]+)+")


def _trimmed(text: str, start: int, name: str, lang: str, order: str) -> tuple[int, str]:
    """The name less what only looks like a part of it: English articles and prepositions
    that open the sentence (The, In), and nothing at all for a people's word (the Kazakh
    port, an Irish village: a demonym, no place's name) or initials (в области ИИ). A
    capitalised common word opening a sentence is left to the reader of names
    (`press.check.recognise`)."""
    from press.lang import english, names

    if lang == "en":
        lead = _EN_LEAD.match(name + " ")
        if lead:
            cut = min(lead.end(), len(name))
            start, name = start + cut, name[cut:]
        if name and (names.is_demonym(name.split()[-1], lang) or _POSSESSIVE.search(name)):
            return start, ""  # the Kazakh port, Kazakhstan's regions: a people's, a country's
        if order == "after":  # Free Port, Independence Avenue: translated words (the port of Bar is not)
            while name and name.split()[-1].lower() in english.common_words():
                name = name[:len(name) - len(name.split()[-1])].rstrip()
    if lang == "kk":
        owners = [m.end() for m in _KK_GENITIVE.finditer(name)]
        if owners and owners[-1] < len(name):  # Англияның Ливерпуль қаласы, Кеше Иранның Горган қаласында
            start, name = start + owners[-1], name[owners[-1]:]
    if any(w.isupper() and len(w) >= 2 for w in name.split()):
        return start, ""  # в области ИИ, the IT field: «область» is a field of knowledge too
    words = list(_WORD.finditer(name))
    person = [i for i, w in enumerate(words[:-1]) if names.is_surname(w.group(), lang)
              or (i == 0 and _INITIAL_BEFORE.search(text, 0, start))]
    if person:  # М.Радулович-Перович Бар порты, Президент Тоқаев Бар портына: a person, then the port
        cut = words[person[-1] + 1].start()
        start, name = start + cut, name[cut:]
    return start, name


_POSSESSIVE = re.compile(r"['’]s?\Z")
_KK_GENITIVE = re.compile(r"\S+(?:ның|нің|дың|дің|тың|тің)[ \t]+")
"""A Kazakh word in the genitive before a name: its owner (Англияның Ливерпуль қаласы, the city
of Liverpool of England), no part of it."""
_WORD = re.compile(r"\S+")
_INITIAL_BEFORE = re.compile(r"(?:^|[\s.])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s*\Z")


@lru_cache(maxsize=4)
def _kind_noun_next(lang: str) -> re.Pattern[str]:
    return re.compile(rf"[ \t]+(?i:{_nouns(lang, _RU_ENDINGS if lang == 'ru' else 's?')})(?!\w)")


_RU_ADJECTIVE_END = re.compile(rf"{RELATIONAL_ENDING}\Z")
_RU_LINKS = ("ин", "ен", "ов", "ев", "н", "й", "")
_RU_NOUN_ENDS = ("", "а", "я", "ы", "и", "ь", "ка", "о", "е")


@lru_cache(maxsize=4096)
def place_keys(name: str, lang: str, adjective: bool = False) -> tuple[str, ...]:
    """The words the place *name* is compared by: the name itself, or of a Russian place
    adjective the nouns it may be made from (Тайыншинского → Тайынша, Тайыншин…; Мамлютского →
    Мамлютка; Алматинской → Алматы; Есильского → Есиль): the link -ин-, -ов- and the noun's
    ending go, as Russian word formation drops them."""
    word = name.split()[-1]
    match = _RU_ADJECTIVE_END.search(word) if adjective and lang == "ru" else None
    if match is None:
        return (name,)
    root = word[:match.start()]
    keys = [name] + [root[:len(root) - len(link)] + end for link in _RU_LINKS if root.endswith(link)
            and len(root) - len(link) >= 3 for end in _RU_NOUN_ENDS]
    return tuple(dict.fromkeys(keys))


@lru_cache(maxsize=4096)
def known_place(name: str, lang: str, adjective: bool = False) -> str | None:
    """The id of the district or town *name* names where a kind noun governs it (the
    gazetteer's districts, `names.kind_place_rows`, whether or not their names are common words
    elsewhere: Тайынша of «Тайынша ауданы», Тайыншинского of «Тайыншинского района»), else the
    gazetteer's place (`names.place_id`), else None. Two versions that name districts of
    different ids name two districts, however near their names are (Mamlyut, Тайынша); one
    that names the district by its Russian adjective names the same one."""
    from press.lang import names

    if adjective and lang == "ru":
        stem = _RU_ADJECTIVE_END.sub("", name.split()[-1].lower().replace("ё", "е"))
        return _kind_adjectives().get(stem) or names.place_id(name.split()[-1], lang)
    table = _kind_names(lang)
    words = name.split()
    head = " ".join(words[:-1]).lower()
    for stem in names.stems(words[-1], lang):
        key = f"{head} {stem}".strip().replace("ё", "е")
        if key in table:
            return table[key]
    return names.place_id(name, lang) if len(words) == 1 else None


@lru_cache(maxsize=4)
def _kind_names(lang: str) -> dict[str, str]:
    """Lower-case names of the gazetteer's districts and towns in *lang* → their ids (Kazakh
    reads the Russian forms too, as it writes many a name as Russian does)."""
    from press.lang import names

    table: dict[str, str] = {}
    for place, forms, _ in names.kind_place_rows():
        for source in (("kk", "ru") if lang == "kk" else (lang,)):
            for form in forms.get(source, ()):
                table.setdefault(form.lower().replace("ё", "е"), place)
    return table


@lru_cache(maxsize=1)
def _kind_adjectives() -> dict[str, str]:
    """Stems of the Russian adjectives that name the gazetteer's districts (мамлютск of
    «Мамлютский район») → their ids; a stem two districts share is left out."""
    from press.lang import names

    found: dict[str, set[str]] = {}
    for place, forms, listed in names.kind_place_rows():
        made = names.adjectives_made(forms["ru"][0]) if forms.get("ru") else ()
        for adjective in (*(listed or ()), *made):
            found.setdefault(_RU_ADJECTIVE_END.sub("", adjective.lower().replace("ё", "е")), set()).add(place)
    return {stem: next(iter(places)) for stem, places in found.items() if len(places) == 1}


def warm_up() -> None:
    """Build the districts' tables `known_place` reads and the kind nouns' patterns (start-up, not
    in the first check)."""
    for lang in ("en", "kk", "ru"):
        _kind_names(lang)
    _kind_adjectives()
    for lang in ("en", "kk", "ru"):
        _kind_noun_next(lang)
