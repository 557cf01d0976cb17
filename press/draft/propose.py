"""Register entries proposed from a draft: the names, dates and figures it states.

A new release's registers start empty, yet the draft already names the people and craft
and states the dates and figures the checker will hold every version to. Proposals are
written as comments under release.yaml's `entities:` and `facts:`: the officer confirms
them by uncommenting, so nothing unverified reaches the registers.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from press.draft.anchors import is_form_of, names, transliterate
from press.lang import LANGS, grammar_of
from press.markup import to_plain
from press.model import Entity

_CAPITAL = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+(?:-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+)?"
_NAME = re.compile(rf"{_CAPITAL}(?:\s+{_CAPITAL}){{1,2}}")
_QUOTED = re.compile(r"«([^»]{2,40}\d[^»]{0,10})»|“([^”]{2,40}\d[^”]{0,10})”")
_FOUNDING = re.compile(r"основан|создан|учрежд|founded|established|құрыл", re.I)
_ANNIVERSARY = re.compile(r"(\d+)(?:-лети[еяюй]|-летием|(?:st|nd|rd|th) anniversary| жылдығ)", re.I)


@dataclass
class Proposals:
    termbase: set[str] = field(default_factory=set)
    """Registered entities the draft names: nothing to add, listed for the officer."""
    entities: dict[str, dict[str, str]] = field(default_factory=dict)
    facts: dict[str, dict[str, Any]] = field(default_factory=dict)


def propose(texts: list[str], lang: str, entities: dict[str, Entity], day: dt.date) -> Proposals:
    """Proposals from the plain text of every paragraph; the year comes from the release date."""
    result = Proposals()
    for text in map(to_plain, texts):
        result.termbase |= names(text, lang, entities)
        _propose_names(text, lang, entities, result)
        _propose_facts(text, lang, day, result)
    return result


def _known_word(word: str, lang: str, entities: dict[str, Entity]) -> bool:
    return any(is_form_of(word, part, lang)
               for entity in entities.values() for form in entity.forms.get(lang, [])
               for part in form.split())


_TITLE_WORDS = frozenset(["minister", "president", "ambassador", "deputy", "secretary-general",
                          "chairman", "head", "prime", "министрі", "президенті", "елшісі", "төрағасы",
                          "басшысы"])
"""Words that open a name without being part of it, for languages pymorphy3 does not read."""


def _ordinary_word(word: str, lang: str) -> bool:
    """A title or common word next to a name (Министр Сийярто, Глава МИД): not the name.
    Russian by pymorphy3's dictionary (a known word with no proper-name reading)."""
    if lang == "ru":
        from press.lang.russian import parses

        found = parses(word.lower())
        return bool(found) and found[0].is_known and not any(
            {"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes for p in found)
    return word.lower() in _TITLE_WORDS


def _propose_names(text: str, lang: str, entities: dict[str, Entity], result: Proposals) -> None:
    for match in _NAME.finditer(text):
        words = match.group().split()
        while words and (_known_word(words[0], lang, entities) or _ordinary_word(words[0], lang)):
            words.pop(0)
        while words and (_known_word(words[-1], lang, entities) or _ordinary_word(words[-1], lang)):
            words.pop()
        if len(words) >= 2:
            nominative = grammar_of(lang).name_nominative
            base = [nominative(w) for w in words]
            if lang == "ru":
                base = _russian_full_name(words, base)
            if len(base) >= 2:
                _add_entity(result, "person", " ".join(base), lang)
    for match in _QUOTED.finditer(text):
        name = match.group(1) or match.group(2)
        if not names(name, lang, entities):
            _add_entity(result, "craft", f"«{name}»" if lang != "en" else name, lang)


def _russian_full_name(words: list[str], base: list[str]) -> list[str]:
    """A Russian name as a release registers it: first name, surname; the patronymic left out
    (Лаврова Сергея Викторовича → Сергей Лавров), and a man's surname in the masculine
    (Кайрата Абдрахманова → Кайрат Абдрахманов: -ова is his genitive, not a woman's name;
    Марию Кузнецову → Мария Кузнецова)."""
    from press.lang.russian import parses

    def tagged(word: str, grammemes: set[str]) -> bool:
        return any(grammemes <= set(p.tag.grammemes) for p in parses(word))

    keep = [i for i, word in enumerate(words) if not tagged(word, {"Patr"})]
    words, base = [words[i] for i in keep], [base[i] for i in keep]
    first = next((i for i, word in enumerate(words) if tagged(word, {"Name"})), None)
    if first is None:
        return base
    if first > 0:  # surname first, as in an official list: the first name goes first
        words.insert(0, words.pop(first))
        base.insert(0, base.pop(first))
    if tagged(base[0], {"Name", "femn"}):  # Марию Кузнецову: Мария Кузнецова
        return [base[0], *(re.sub(r"([оеё]в|[иы]н)$", r"\1а", w) for w in base[1:])]
    if words[0] != base[0]:  # the man is named in an oblique case: so is his surname
        base = [base[0], *(re.sub(r"(?<=[оеё]в|[иы]н)а$", "", w) for w in base[1:])]
    return base


def _add_entity(result: Proposals, kind: str, form: str, lang: str) -> None:
    """The entry under an id and an English form in the state's romanisation (Ермек
    Кошербаев → yermek-kosherbayev, Yermek Kosherbayev), to be confirmed by a person."""
    from press.lang.names import romanise

    latin = " ".join(romanise(word) for word in form.split()) if lang != "en" else form
    key = re.sub(r"[^a-z0-9]+", "-", transliterate(latin).lower()).strip("-")
    if key and key not in result.entities:
        entry = {"type": kind, "en": latin.strip("«»")}
        for other in LANGS:
            if other != "en":
                entry[other] = form if lang != "en" else "?"
        entry[lang] = form
        result.entities[key] = entry


def _propose_facts(text: str, lang: str, day: dt.date, result: Proposals) -> None:
    """Dated mentions become events, counted numbers figures, years near "founded" foundings."""
    from press.lang.read_dates import find_dates
    from press.lang.read_numbers import find_numbers

    _propose_anniversaries(text, day.year, result)
    spans = []
    for mention in find_dates(text, lang):
        spans.append(range(mention.start, mention.end))
        when = mention.as_date(day)
        if when is not None:
            result.facts.setdefault(f"event-{when.isoformat()}", {"kind": "event", "date": when})
    for number in find_numbers(text, lang):
        numbered = text[:number.start].rstrip().endswith(("№", "No.", "Site", "site"))
        if any(number.start in span for span in spans) or number.ordinal or numbered:
            continue
        if number.soft or number.spelled and number.unit is None:
            continue  # «двумя столицами», "two sides", bilateral: a count in words is prose, not a key figure
        value = int(number.value) if number.value == number.value.to_integral() else float(number.value)
        if isinstance(value, int) and 1800 <= value <= 2100 and number.unit in (None, "year"):
            near = text[max(0, number.start - 40): number.end + 40]
            if _FOUNDING.search(near) and not _ANNIVERSARY.search(near):
                result.facts.setdefault(f"founding-{value}", {"kind": "founding", "year": value})
            continue
        unit = number.unit or _next_word(text, number.end)
        if unit:
            result.facts.setdefault(f"figure-{value}", {"kind": "figure", "value": value, "unit": unit})


def _next_word(text: str, end: int) -> str | None:
    """The counted thing when the reader knows no unit for it ("4 000 раз", "1 250 000 евро")."""
    match = re.match(r"\s+([^\W\d_]{3,})", text[end:])
    return match.group(1).lower() if match else None


def _propose_anniversaries(text: str, year: int, result: Proposals) -> None:
    """"70-летие" in a release of 2025 states a founding in 1955."""
    for match in _ANNIVERSARY.finditer(text):
        founded = year - int(match.group(1))
        result.facts.setdefault(f"founding-{founded}", {"kind": "founding", "year": founded})


def as_yaml_comment(proposals: Proposals, source: str) -> str:
    """The proposals as commented YAML for release.yaml: uncomment what is right."""
    from press.yamlio import dump_yaml

    lines = [f"\n# Proposed by `press import` from {source}: check each entry and move it under",
             "# facts: above. (Names are written under entities: with their unconfirmed forms.)"]
    if proposals.termbase:
        lines.append(f"# Named and already in the registers: {', '.join(sorted(proposals.termbase))}.")
    for title, entries in (("entities", proposals.entities), ("facts", proposals.facts)):
        if entries:
            text = dump_yaml({title: entries}).rstrip("\n")
            lines.extend(f"#   {line}" for line in text.split("\n"))
    return "\n".join(lines) + "\n"
