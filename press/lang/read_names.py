"""Is a word in running text a form of a registered name? One answer for writers and the checker.

The checker (press.check.names) finds the registered names of each version with it, and the
draft importer (press.draft.anchors) anchors paragraphs on the same names. What counts as a
form is the language's grammar (`is_form_of` in the module its row names): Russian through
pymorphy3 and a stem + ending table, Kazakh through endings in vowel harmony, English with
possessives, a language without a grammar of its own by the name exactly as registered.
"""

from __future__ import annotations

import re
from functools import cache

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
    «Об этом сообщает пресс-служба МИД», «…, деп хабарлайды ҚР СІМ баспасөз қызметі»)."""
    if lang not in _ATTRIBUTION:
        return []
    pattern = _attribution_pattern(lang)
    return [(m.start(), m.end()) for m in _CLAUSE.finditer(text) if pattern.search(m.group())]
