"""Is a word in running text a form of a registered name? One answer for writers and the checker.

The checker (press.check.names) finds the registered names of each version with it, and the
draft importer (press.draft.anchors) anchors paragraphs on the same names. What counts as a
form is the language's grammar (`is_form_of` in the module its row names): Russian through
pymorphy3 and a stem + ending table, Kazakh through endings in vowel harmony, English with
possessives, a language without a grammar of its own by the name exactly as registered.
"""

from __future__ import annotations

from press.lang.table import grammar_of


def word_matches(word: str, base: str, lang: str) -> bool:
    """True when text *word* is a form of registered *base* in *lang*."""
    if base[:1].isupper() and not word[:1].isupper():
        return False
    return grammar_of(lang).is_form_of(word, base)
