"""Alphabetical order in each language, by CLDR's collation rules through ICU (PyICU).

Kazakh puts its own letters after their base letters (А Ә Б … Ғ … О Ө … Ұ Ү … Ы І), Russian
sorts Ё with Е: code-point or English order gets both wrong, so lists shown to readers
(tags, keywords) are sorted here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache


@cache
def sort_key(lang: str) -> Callable[[str], bytes]:
    """A key function that sorts text alphabetically in *lang* (en, kk, ru)."""
    import icu

    from press.lang import BABEL_LOCALES

    collator = icu.Collator.createInstance(icu.Locale(BABEL_LOCALES.get(lang, lang)))
    return collator.getSortKey


def label_key(lang: str, labels: dict[str, str]) -> Callable[[str], bytes]:
    """A key that sorts ids (tags) by their *labels* in *lang*'s order; an id without a label
    sorts as written."""
    key = sort_key(lang)
    return lambda ident: key(labels.get(ident, ident))
