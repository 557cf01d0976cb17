"""Classes of checker false alarm and miss seen on real news and blind40/41 after their first
scores (issue 12, session 25). Each case is written here (own names, places and figures), fails
without its rule, and its harmless counterpart stays clean."""

from __future__ import annotations

from tests.edits import edited, found_in_only, rules_found

_DECADE = {
    "en": "At the close of the 1990s, Kazakhstan chose a multi-vector foreign policy.",
    "ru": "В конце 1990-х годов Казахстан избрал многовекторную внешнюю политику.",
    "kk": "1990 жылдардың соңында Қазақстан көпвекторлы сыртқы саясатты таңдады.",
}


def test_a_decade_in_two_digits_is_the_decade_in_four() -> None:
    """"The 90s", «конца 90-х», «90-жылдардың» (seen on realnews41: «конца 1990-х годов»
    against "the close of the 90s") name the decade the other versions write in four digits;
    another decade is still another."""
    short = {"en": ("1990s", "90s"), "ru": ("1990-х", "90-х"), "kk": ("1990 жылдардың", "90-жылдардың")}
    for lang, (old, new) in short.items():
        assert "numbers.mismatch" not in rules_found(edited(_DECADE, lang, old, new), {}), lang
    found_in_only(edited(_DECADE, "ru", "1990-х", "90-х"), "numbers.mismatch", "en", "1990s", "80s")
    found_in_only(_DECADE, "numbers.mismatch", "kk", "1990 жылдардың", "80-жылдардың")
