"""Classes of checker failure left after the real-news runs (issue 12, helper checker12r), each
with cases written here (own sentences) in both directions: the error is found at error level,
the harmless variant is not flagged.

All in-process: plain texts through `check_texts` with no register (as `press check --text`
with no glossary reads them).
"""

from __future__ import annotations

import datetime as dt

from press.check import check_texts, lexicon

DAY = dt.date(2026, 11, 25)


def _script(kk: str) -> list[tuple[str, str]]:
    """(excerpt, severity) of the look-alike findings of a Kazakh text beside plain en/ru ones."""
    texts = {"en": "The meeting was held.", "ru": "Встреча состоялась.", "kk": kk}
    return [(f.excerpt, f.severity) for f in check_texts(texts, {}, DAY).findings
            if f.rule == "script.lookalike"]


# --- 1. a stem the dictionary spells with п or к, voiced before a vowel ending ----------------

def _voiced_forms() -> list[str]:
    """Possessives (-ы/-і) of dictionary nouns written without a Kazakh letter whose final п or к
    is voiced before the vowel (мансап → мансабы), as Kazakh spelling makes them."""
    words = lexicon.kazakh_all_words() - lexicon.kazakh_words()
    plain = sorted(w for w in words if len(w) >= 5 and w[-1] in "пк" and not w.endswith("ып")
                   and not w.endswith("іп") and w[-2] in "аеоыіуә")
    forms = []
    for word in plain[::max(1, len(plain) // 25)]:
        front = any(ch in "еіәөү" for ch in word)
        forms.append(word[:-1] + {"п": "б", "к": "г"}[word[-1]] + ("і" if front else "ы"))
    return forms


def test_a_voiced_stem_of_a_dictionary_word_is_no_lookalike() -> None:
    """мансабы (мансап 'career' + its possessive) is Kazakh as written; «мәнсабы» is no word."""
    assert _script("Оның мансабы тез өсті.") == []
    forms = _voiced_forms()
    assert len(forms) >= 10
    flagged = [w for w in forms if _script(f"Бұл {w} туралы айтылды.")]
    assert len(flagged) <= len(forms) // 10, flagged


def test_a_russian_letter_in_a_voiced_stem_is_still_a_slip() -> None:
    """A Kazakh word typed with Russian letters stays a finding, voiced or not."""
    assert ("жумысы", "error") in _script("Оның жумысы тез өсті.")
    assert any(e == "кұрлыгы" for e, _ in _script("Бұл кұрлыгы туралы айтылды."))


def test_a_one_letter_initial_is_no_lookalike() -> None:
    """А. of А.Қадыри (Абдулла) is a name's initial, not Ә of Ә.Науаи typed in Russian."""
    assert _script("Ташкентте ақындар Ә.Науаи мен А.Қадыри еске алынды.") == []
    assert _script("Ташкентте ақындар Ә. Науаи мен А. Қадыри еске алынды.") == []
    assert ("Казакстан", "error") in _script("Ташкентте Ә.Науаи мен Қазақстан, Казакстан еске алынды.")

