"""Is a word in running text a form of a registered name? One answer for writers and the checker.

The checker (press.check.names) finds the registered names of each version with it, and the
draft importer (press.draft.anchors) anchors paragraphs on the same names. What counts as a
form is the language's grammar (`is_form_of` in the module its row names): Russian through
pymorphy3 and a stem + ending table, Kazakh through endings in vowel harmony, English with
possessives, a language without a grammar of its own by the name exactly as registered.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from press.lang.table import grammar_of


def word_matches(word: str, base: str, lang: str) -> bool:
    """True when text *word* is a form of registered *base* in *lang*."""
    if base[:1].isupper() and not word[:1].isupper():
        return False
    return grammar_of(lang).is_form_of(word, base)


_ATTRIBUTION = {
    "en": r"\breports\b|\baccording to\b|\bpress (?:service|office)\b|\bciting\b",
    "ru": r"\bсообща(?:ет|ют)\b|\bпереда[её]т\b|\bпо (?:данным|информации|сообщению)\b"
          r"|\bсо ссылкой на\b|\bпресс-служб\w*",
    "kk": r"\bхабарлайды\b|\bбаспасөз қызмет\w*|\bмәліметінше\b|\bсілтеме жаса\w*",
}
"""Words that attribute the text to its source (reports Kazinform, сообщает пресс-служба,
деп хабарлайды): who reports is no fact the other versions must state."""
_CLAUSE = re.compile(r"[^.;!?,()«»\n]+")


@cache
def _attribution_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(_ATTRIBUTION[lang], re.IGNORECASE)


def attribution_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of each clause that says where the news comes from ("…, reports Kazinform",
    «Об этом сообщает пресс-служба МИД», «…, деп хабарлайды ҚР СІМ баспасөз қызметі»), and
    the agency and date of a dateline after its place («АСТАНА. KAZINFORM –»)."""
    span = dateline_span(text, lang)
    agency = [(_DATELINE.match(text).end("place"), span[1])] if span else []  # type: ignore[union-attr]
    if lang not in _ATTRIBUTION:
        return agency
    pattern = _attribution_pattern(lang)
    return agency + [_source_part(text, clause, said, lang) for clause in _CLAUSE.finditer(text)
                     if (said := pattern.search(text, clause.start(), clause.end()))]


_SOURCE_REACH = 8
"""Words at most on either side of the reporting word that name who reports."""
_REPORTED_ENDS = {
    "en": re.compile(r"\bthat\b"),
    "ru": re.compile(r"\bчто\b|\bо том\b"),
    "kk": re.compile(r"\w+(?:ған|ген|қан|кен|тан|тен)(?:ын|ін|ы|і|дығын|дігін|дықтарын)\b"),
}
"""Where the news reported in the same clause as its source begins ("reports that …", «сообщает
о том») or, in Kazakh, ends (a participle in the accusative before the verb: «…
эвакуацияланғанын хабарлайды»)."""


def _source_part(text: str, clause: re.Match[str], said: re.Match[str], lang: str) -> tuple[int, int]:
    """The part of an attributing *clause* that names the source around the reporting word
    *said*: at most `_SOURCE_REACH` words either side, and none of the news it reports in the
    same clause («Министрлік ... эвакуацияланғанын хабарлайды», "The Ministry reports that a
    climber was evacuated to Skardu": Skardu is the news, said in every version)."""
    before = [m.start() for m in _WORD.finditer(text, clause.start(), said.start())]
    after = [m.end() for m in _WORD.finditer(text, said.end(), clause.end())]
    start = before[-_SOURCE_REACH] if len(before) >= _SOURCE_REACH else clause.start()
    end = after[_SOURCE_REACH - 1] if len(after) >= _SOURCE_REACH else clause.end()
    reported = _REPORTED_ENDS[lang]
    if lang == "kk":
        start = max([start] + [m.end() for m in reported.finditer(text, start, said.start())])
    else:
        end = next((m.start() for m in reported.finditer(text, said.end(), end)), end)
    return start, end


_WORD = re.compile(r"\w+")


def any_dateline(texts: list[str], lang: str) -> bool:
    """A paragraph of *texts* (a version) opens with a dateline: its place is one the other
    versions' datelines must name the same."""
    return any(dateline_span(text, lang) for text in texts)


def in_dateline(text: str, start: int, end: int, lang: str) -> bool:
    """The name at *start*..*end* is the place of the dateline *text* opens with: a version
    with no dateline need not name it; a version with a dateline of another place does."""
    span = dateline_span(text, lang)
    return span is not None and span[0] <= start and end <= span[1]


_DATELINE = re.compile(r"\s*(?P<place>[^\W\d_][\w’'-]*(?:[ \t][^\W\d_][\w’'-]*){0,2})"
                       r"(?P<rest>[^\n!?;:«»\"—–]{0,60}?)[ \t]+(?:[—–]|-{1,2})[ \t]")
"""A paragraph that opens with a place, what follows it up to 60 characters and a dash set
apart (ASTANA — …; «АСТАНА. KAZINFORM – …»; «Астана, 25 ноября 2026 года – …»)."""
_DATELINE_REST = re.compile(r"[.,(][^\n]*?(?:\d|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{3})")
"""What makes the opening a dateline when the place is not in capitals: a date or an
agency's name in capitals (KAZINFORM, BAQ.KZ, ТАСС) after a full stop, comma or bracket."""


@lru_cache(maxsize=4096)
def dateline_span(text: str, lang: str) -> tuple[int, int] | None:
    """(start, end) of the dateline *text* opens with, if any: the place of publication, in
    capitals or followed by the date or the agency, then a dash ("ASTANA —", «АСТАНА.
    KAZINFORM –», «Астана, 25 ноября 2026 года –», "ALMATY (Kazinform) -"). Where the news was
    written is no fact of the news: another version need not say it. A sentence that opens
    with a place and a dash («Астана – столица …») is none. Once per text: the rules ask it of
    every name of a paragraph."""
    from press.lang.names import place_id

    m = _DATELINE.match(text)
    if m is None:
        return None
    place = m.group("place")
    words = place.split()
    if not any(place_id(word, lang) for word in words):
        return None
    capitals = place.upper() == place and sum(ch.isalpha() for ch in place) >= 3
    if not capitals and not _DATELINE_REST.match(m.group("rest")):
        return None
    return m.start("place"), m.end("rest")
