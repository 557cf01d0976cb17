"""A figure one version gives bare drops a limit only when every other version gives it only as a
limit. realnews27 said "up to 3,500 meters" and later "at 2,000–3,500 meters"; the Kazakh version
had only the range, and its bare 3,500 was reported as a dropped "up to". Sentences written anew."""

from __future__ import annotations

import datetime as dt

from press.check import check_texts

_DAY = dt.date(2025, 12, 4)


def _qualifier_findings(en: list[str], ru: list[str], kk: list[str]) -> list[tuple[str, ...]]:
    texts = {"en": "\n\n".join(en), "ru": "\n\n".join(ru), "kk": "\n\n".join(kk)}
    return [tuple(f.langs) for f in check_texts(texts, {}, _DAY).findings if f.rule == "numbers.qualifier"]


def test_a_figure_also_stated_bare_is_no_dropped_limit() -> None:
    assert _qualifier_findings(
        ["The saker falcon hunts at heights of up to 4,000 metres.",
         "It nests on cliffs at 2,500–4,000 metres above sea level."],
        ["Балобан охотится на высоте до 4000 метров.",
         "Гнездится на скалах на высоте 2500–4000 метров над уровнем моря."],
        ["Ителгі теңіз деңгейінен 2500-4000 метр биіктіктегі жартастарда ұя салады."]) == []


def test_a_limit_dropped_is_still_found() -> None:
    assert _qualifier_findings(
        ["Visitors may stay up to 45 days without a visa."],
        ["Гости могут находиться в стране без визы до 45 дней."],
        ["Қонақтар елде визасыз 45 күн бола алады."]) == [("kk",)]
