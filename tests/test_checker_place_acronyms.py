"""A region written as its abbreviation (СҚО, СКО, ВКО, ШҚО: the initials of its name and of the
region noun) is the region named, not a missing name. realnews26 printed «СҚО мәдениет …
басқармасы» where English said "North Kazakhstan"; the sentences here are written anew."""

from __future__ import annotations

import datetime as dt

import pytest

from press.check import check_texts

_DAY = dt.date(2025, 10, 24)


def _missing(en: str, ru: str, kk: str) -> list[tuple[str, ...]]:
    found = check_texts({"en": en, "ru": ru, "kk": kk}, {}, _DAY).findings
    return [tuple(f.langs) for f in found if f.rule == "names.missing"]


@pytest.mark.parametrize("en,ru,kk", [
    ("Farmers of North Kazakhstan harvested 5 million tonnes of grain.",
     "Аграрии Северо-Казахстанской области собрали 5 миллионов тонн зерна.",
     "СҚО диқандары 5 миллион тонна астық жинады."),
    ("A new bridge was opened in East Kazakhstan.",
     "В Восточно-Казахстанской области открыли новый мост.",
     "ШҚО-да жаңа көпір ашылды."),
])
def test_a_region_abbreviated_is_named(en: str, ru: str, kk: str) -> None:
    assert _missing(en, ru, kk) == []


def test_the_russian_abbreviation_too() -> None:
    assert _missing("Farmers of North Kazakhstan harvested 5 million tonnes of grain.",
                    "Аграрии СКО собрали 5 миллионов тонн зерна.",
                    "Солтүстік Қазақстан облысының диқандары 5 миллион тонна астық жинады.") == []


def test_another_regions_abbreviation_does_not_stand_in() -> None:
    assert ("kk",) in _missing("A new bridge was opened in North Kazakhstan.",
                               "В Северо-Казахстанской области открыли новый мост.",
                               "ШҚО-да жаңа көпір ашылды.")


# --- a version's own name for a thing, glossed once in brackets ---------------------------------

def test_a_name_glossed_in_brackets_stands_for_it_later() -> None:
    """realnews27: «Кертағы (Пржевальский) жылқысы», then «14 Кертағы жылқысы» for "14
    Przewalski's horses". Here another animal and another gloss."""
    en = ("The park is restoring the Bukhara deer and the Przewalski's horse.\n\n"
          "Twelve Przewalski's horses arrived from Prague this year.")
    ru = ("В парке восстанавливают бухарского оленя и лошадь Пржевальского.\n\n"
          "В этом году из Праги прибыли двенадцать лошадей Пржевальского.")
    kk = ("Саябақ бұқар бұғысы мен Кертағы (Пржевальский) жылқысын қалпына келтіріп жатыр.\n\n"
          "Биыл Прагадан он екі Кертағы жылқысы келді.")
    assert _missing(en, ru, kk) == []
    dropped = kk.replace("Биыл Прагадан он екі Кертағы жылқысы келді.", "Биыл Прагадан он екі жылқы келді.")
    assert ("kk",) in _missing(en, ru, dropped)
