"""Placeholders for what an engine must not touch, and their verified fill-in.

Before a segment goes to an engine, every entity mention (release register and termbase),
date, number, year, designation (MS-28, COP29) and link target becomes a token ⟦n⟧. Engines copy
digits and leave unknown bracketed symbols alone, and no release text contains ⟦ or ⟧, so a
half-kept token shows up as a stray bracket. On return each token must appear exactly once;
it is then filled with the approved form in the target language:

* entities: `Entity.form(lang)` (the variant at the same index when the register aligns them),
* dates: `press.lang.format_day_month` / `format_date`,
* numbers: `press.lang.format_number`,
* years, designations, links and numeric dates (09.12.2025): verbatim.

Dates and numbers are found with the checker's readers (`press.lang.read_dates.date_spans`,
`press.lang.read_numbers.digit_spans`), so what is protected here is what the checker reads.

The grammatical role of a mention is read in the source (a Russian or Kazakh case ending, a
preceding preposition) and expressed as a Kazakh `Case`: ru "27 ноября" used as a time adverbial
and en "on 27 November" become locative, so Kazakh gets "27 қарашада"; ru "с космодрома «Байконур»"
is ablative, so Kazakh gets "Байқоңыр ғарыш айлағынан" and Russian the genitive again. When the
engine itself attaches a Kazakh ending to a token (⟦2⟧-дан) that ending wins.

A dropped, duplicated or mangled token is reported, never repaired: the caller saves the draft
for the translator with the reason.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from press.lang import format_date, format_day_month, format_number
from press.lang.grammar import Grammar
from press.lang.kazakh import Case
from press.lang.read_dates import DateSpan, date_spans
from press.lang.read_designations import find_designations
from press.lang.read_numbers import digit_spans
from press.lang.table import grammar_of
from press.lang.tokens import previous_word
from press.model import Release

TOKEN = "⟦{}⟧"
TOKEN_RE = re.compile(r"⟦\s*(\d+)\s*⟧")
STRAY_RE = re.compile(r"[⟦⟧]")
SURNAME = -1
"""Mention.variant of a person named by surname alone ("Williams said"): filled with the surname."""


@dataclass(frozen=True)
class Mention:
    """One protected stretch of the source and what it stands for."""

    kind: str
    """entity, date, number, verbatim."""
    text: str
    role: Case = Case.NOMINATIVE
    entity: str | None = None
    variant: int = 0
    day: dt.date | None = None
    with_year: bool = False
    value: Decimal | None = None


@dataclass
class Protected:
    """The text to send and the mentions its tokens stand for (token n is mentions[n-1])."""

    text: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Filled:
    text: str
    problems: list[str] = field(default_factory=list)


# ---- recognising mentions in the source ----------------------------------------------------

_WORD_RE = re.compile(r"[^\W\d_]+")


def _key(word: str) -> str:
    """A name word without the letters inflection may change (Боливия → Боливии, Египет →
    Египта, Кошербаев → Кошербаева): all but the last two, at least three."""
    plain = word.lower().replace("ё", "е")
    return plain[:max(3, len(plain) - 2)]


def _prefixes(text: str) -> set[str]:
    """Every beginning of three letters or more of every word of *text* (and short words)."""
    out = set()
    for word in _WORD_RE.findall(text):
        plain = word.lower().replace("ё", "е")
        out.update(plain[:n] for n in range(min(3, len(plain)), len(plain) + 1))
    return out


def _selective_keys(entities: list, lang: str) -> dict[str, set[int]]:
    """Key (`_key`) → places in *entities*: each form under the key of its rarest word
    (Казахста for «Республика Казахстан»). A text names a form only if it has all its words,
    and inflection keeps a name's beginning, so a text with no word that begins with the key
    names no entity under it: those need not be inflected for it."""
    forms = [(place, [_key(w) for w in _WORD_RE.findall(form)])
             for place, entity in enumerate(entities) for form in entity.forms.get(lang, [])]
    counts = Counter(key for _, keys in forms for key in set(keys))
    by_key: dict[str, set[int]] = {}
    for place, keys in forms:
        if keys:
            by_key.setdefault(min(keys, key=lambda k: (counts[k], -len(k))), set()).add(place)
    return by_key


class Protector:
    """Finds and tokenises mentions in one source language of one release."""

    def __init__(self, release: Release, lang: str):
        self.release = release
        self.lang = lang
        self.grammar: Grammar = grammar_of(lang)
        self._entities = list(release.entities.values())
        self._by_key = _selective_keys(self._entities, lang)
        self._tables: dict[int, list[tuple[str, tuple[str, int, Case]]]] = {}
        self._patterns: dict[frozenset[int], tuple[re.Pattern[str] | None, dict]] = {}

    def _entity_surfaces(self, place: int) -> list[tuple[str, tuple[str, int, Case]]]:
        """Every written form of one entity in every case, once per Protector (the termbase has
        hundreds of entities; inflecting all of them for every release took seconds)."""
        if place not in self._tables:
            entity = self._entities[place]
            forms = list(enumerate(entity.forms.get(self.lang, [])))
            if entity.type == "person" and forms and " " in forms[0][1]:
                forms.append((SURNAME, forms[0][1].rsplit(" ", 1)[1]))
            table = []
            for variant, form in forms:
                for surface, role in self.grammar.name_forms(form, entity.type):
                    table.append((surface, (entity.id, variant, role)))
                    if surface[:1].islower():
                        table.append((surface[:1].upper() + surface[1:], (entity.id, variant, role)))
            self._tables[place] = table
        return self._tables[place]

    def _pattern(self, text: str) -> tuple[re.Pattern[str] | None, dict[str, tuple[str, int, Case]]]:
        """The surfaces of the entities *text* may name, and one pattern for them all; the
        first entity in register order keeps a surface two entities share."""
        places = frozenset(p for key in _prefixes(text) for p in self._by_key.get(key, ()))
        if places not in self._patterns:
            surfaces: dict[str, tuple[str, int, Case]] = {}
            for place in sorted(places):
                for surface, target in self._entity_surfaces(place):
                    surfaces.setdefault(surface, target)
            alternatives = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
            pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])") if alternatives else None
            self._patterns[places] = (pattern, surfaces)
        return self._patterns[places]

    def protect(self, text: str) -> Protected:
        spans = self._choose(self._candidates(text))
        parts, mentions, at = [], [], 0
        for start, end, mention in spans:
            parts.append(text[at:start])
            mentions.append(mention)
            parts.append(TOKEN.format(len(mentions)))
            at = end
        parts.append(text[at:])
        return Protected("".join(parts), mentions)

    def _candidates(self, text: str) -> list[tuple[int, int, Mention]]:
        found: list[tuple[int, int, Mention]] = []
        pattern, surfaces = self._pattern(text)
        if pattern:
            for m in pattern.finditer(text):
                entity, variant, role = surfaces[m.group()]
                role = self.grammar.refine_role(role, previous_word(text, m.start()))
                found.append((m.start(), m.end(), Mention("entity", m.group(), role, entity, variant)))
        found.extend(self._dates(text))
        found.extend(self._numbers(text))
        found.extend((start, end, Mention("verbatim", text[start:end]))
                     for start, end, _ in find_designations(text))
        found.extend((m.start(), m.end(), Mention("verbatim", m.group())) for m in _LINK_RE.finditer(text))
        return found

    @staticmethod
    def _choose(found: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
        """Longest mentions first, then no overlaps, in text order."""
        chosen: list[tuple[int, int, Mention]] = []
        for start, end, mention in sorted(found, key=lambda s: (s[0] - s[1], s[0])):
            if all(end <= s or start >= e for s, e, _ in chosen):
                chosen.append((start, end, mention))
        return sorted(chosen, key=lambda s: s[0])

    def _dates(self, text: str) -> list[tuple[int, int, Mention]]:
        """Dates as press.lang reads them; a numeric date (09.12.2025) is kept verbatim."""
        found = []
        for span in date_spans(text, self.lang):
            role = self._date_role(text, span)
            if span.numeric:
                found.append((span.start, span.end, Mention("verbatim", span.text)))
            elif role is not None and (day := self._date(span.day, span.month, span.year)):
                start = span.start - self.grammar.date_lead(text, span.start)
                found.append((start, span.end, Mention("date", text[start:span.end], role, day=day,
                                                       with_year=span.year is not None)))
        return found

    def _date_role(self, text: str, span: DateSpan) -> Case | None:
        """Kazakh says it with its ending; en/ru with a preposition, else it is a time adverbial.

        None for a Kazakh ending that is no case (желтоқсандағы): such a date is not protected.
        """
        return self.grammar.date_role(text, span.start, span.ending, previous_word(text, span.start))

    def _date(self, day: int, month: int, year: int | None) -> dt.date | None:
        """The date meant; without a year, the fact with that day or else the release's year."""
        if year is None:
            for fact in self.release.facts.values():
                if fact.date and (fact.date.month, fact.date.day) == (month, day):
                    return fact.date
            year = self.release.meta.date.year
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    def _numbers(self, text: str) -> list[tuple[int, int, Mention]]:
        """Numbers in digits as press.lang reads them; a Kazakh case ending may be hyphenated on."""
        found = []
        for span in digit_spans(text, self.lang):
            ending = span.suffix[1:] if span.suffix.startswith("-") else None
            if span.suffix and ending not in self.grammar.all_case_endings():
                continue  # 74-й, 5km, 5-6: not a bare number
            role = self.grammar.case_of_ending(ending or "") or Case.NOMINATIVE
            value = span.value
            is_year = value == value.to_integral() and 1000 <= value <= 2100 and span.text.isdigit()
            end = span.end + len(span.suffix)
            found.append((span.start, end, Mention("verbatim" if is_year else "number", text[span.start:end],
                                                   role, value=value)))
        return found


_LINK_RE = re.compile(r"(?<=\])\((?:https?|mailto):[^)\s]+\)")


# ---- filling in --------------------------------------------------------------------------

_FILL_RE = re.compile(r"⟦\s*(\d+)\s*⟧(?:(-?)(?P<end>[^\W\d_]+))?")
"""A token and the letters an engine may have attached to it (⟦2⟧-дан, ⟦2⟧дан): a case ending
in the target language's grammar says the mention's role there; anything else stays as written."""


def check_tokens(answer: str, protected: Protected) -> list[str]:
    """What is wrong with the tokens in an engine's answer: dropped, duplicated, unknown, mangled."""
    counts = Counter(int(n) for n in TOKEN_RE.findall(answer))
    problems = []
    for number, mention in enumerate(protected.mentions, 1):
        token = TOKEN.format(number)
        if counts[number] == 0:
            problems.append(f"placeholder {token} ({mention.text}) was dropped by the engine")
        elif counts[number] > 1:
            problems.append(f"placeholder {token} ({mention.text}) appears {counts[number]} times")
    unknown = sorted(n for n in counts if not 1 <= n <= len(protected.mentions))
    if unknown:
        problems.append("the engine invented placeholders " + ", ".join(TOKEN.format(n) for n in unknown))
    if STRAY_RE.search(TOKEN_RE.sub("", answer)):
        problems.append("a placeholder was mangled by the engine (a stray ⟦ or ⟧ is left)")
    return problems


def fill(answer: str, protected: Protected, release: Release, lang: str) -> Filled:
    """The engine's answer with every token replaced by its approved form in *lang*."""
    problems = check_tokens(answer, protected)
    target = grammar_of(lang)

    def replace(m: re.Match[str]) -> str:
        number = int(m.group(1))
        if not 1 <= number <= len(protected.mentions):
            return m.group()
        mention = protected.mentions[number - 1]
        attached = m.group("end")
        ending = attached if attached and attached in target.all_case_endings() else None
        role = (target.case_of_ending(ending) or mention.role) if ending else mention.role
        text = render(mention, release, lang, role)
        if attached and (ending is None or mention.kind == "verbatim"):
            text += m.group(2) + attached  # a kept designation or year keeps the engine's ending
        return _capitalise_at_start(text, answer, m.start())

    return Filled(_FILL_RE.sub(replace, answer), problems)


def render(mention: Mention, release: Release, lang: str, role: Case) -> str:
    """The approved form of one mention in *lang*, in the grammatical role it plays."""
    if mention.kind == "entity" and mention.entity in release.entities:
        forms = release.entities[mention.entity].forms[lang]
        form = forms[mention.variant] if 0 <= mention.variant < len(forms) else forms[0]
        if mention.variant == SURNAME:
            form = form.rsplit(" ", 1)[-1]
        return grammar_of(lang).name_in_role(form, role, release.entities[mention.entity].type)
    if mention.kind == "date" and mention.day:
        text = (format_date if mention.with_year else format_day_month)(mention.day, lang, role)
        return grammar_of(lang).date_phrase(text, role)
    if mention.kind == "number" and mention.value is not None:
        return grammar_of(lang).number_in_role(format_number(mention.value, lang), role)
    return mention.text


def _capitalise_at_start(text: str, answer: str, at: int) -> str:
    before = answer[:at].rstrip()
    return text[:1].upper() + text[1:] if not before or before[-1] in ".!?" else text
