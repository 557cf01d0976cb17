"""Classes of checker failure in dates, numbers, qualifiers and designations (issue 12, helper
checker11d), each with cases written here (own sentences and figures) in both directions: the
error is found at error level, the harmless variant is not flagged.

All in-process: plain texts through `check_texts` with no register (as `press check --text`
with no glossary reads them).
"""

from __future__ import annotations

import datetime as dt

from press.check import check_texts

DAY = dt.date(2026, 11, 25)
"""The release date of the texts: Wednesday, 25 November 2026."""


def _found(texts: dict[str, str], date: dt.date = DAY) -> list[tuple[str, str, list[str], str]]:
    """(rule, severity, langs, excerpt) of each finding of the dates, numbers, designations and
    facts rules."""
    return [(f.rule, f.severity, f.langs, f.excerpt) for f in check_texts(texts, {}, date).findings
            if f.rule.split(".")[0] in ("dates", "numbers", "designations", "facts")]


def _new(texts: dict[str, str], lang: str, edits: list[tuple[str, str]],
         date: dt.date = DAY) -> list[tuple[str, str, list[str], str]]:
    """The findings the edits (old, new) of one version add to those of the clean texts."""
    clean = _found(texts, date)
    edited = texts[lang]
    for old, new in edits:
        assert old in edited, old
        edited = edited.replace(old, new, 1)
    return [f for f in _found(dict(texts, **{lang: edited}), date) if f not in clean]


# --- masking: one finding per differing item, never one per rule and language ---------------

MASKING = {
    "en": "On 3 March 2026 the two ministers signed 14 agreements worth 620 million US dollars.\n\n"
          "The next round will be held on 18 June 2026 in Almaty with 45 companies.",
    "ru": "3 марта 2026 года два министра подписали 14 соглашений на 620 млн долларов США.\n\n"
          "Следующий раунд пройдёт 18 июня 2026 года в Алматы с участием 45 компаний.",
    "kk": "2026 жылғы 3 наурызда екі министр 620 млн АҚШ доллары көлеміндегі 14 келісімге қол қойды.\n\n"
          "Келесі раунд 2026 жылғы 18 маусымда Алматыда 45 компанияның қатысуымен өтеді.",
}


def test_a_second_changed_figure_in_one_version_is_a_finding_of_its_own() -> None:
    """Two figures changed in the Russian version (or one date, then another) are two findings,
    each showing its own figure: a finding already standing for one item (a false alarm, or
    another error) must not hide another."""
    assert _found(MASKING) == []
    one = _new(MASKING, "ru", [("14 соглашений", "12 соглашений")])
    both = _new(MASKING, "ru", [("14 соглашений", "12 соглашений"), ("45 компаний", "54 компаний")])
    assert [f[3] for f in one] == ["12"]
    assert [(f[0], f[1], f[2]) for f in both] == [("numbers.mismatch", "error", ["ru"])] * 2
    assert {f[3] for f in both} == {"12", "54"}
    dates = _new(MASKING, "kk", [("3 наурызда", "4 наурызда"), ("18 маусымда", "19 маусымда")])
    assert [(f[0], f[1], f[2]) for f in dates] == [("dates.mismatch", "error", ["kk"])] * 2


def test_a_changed_figure_beside_a_dropped_one_is_still_shown() -> None:
    """A version that lacks one figure in one paragraph and changes another in the next gives
    two findings: the lack, and the changed figure."""
    found = _new(MASKING, "en", [(" worth 620 million US dollars", ""), ("45 companies", "44 companies")])
    assert sorted(f[3] for f in found) == ["44", "620 млн"]
