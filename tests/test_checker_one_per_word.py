"""One defect, one finding: a name typed with a letter of the other script (issue 12, item 7;
realnews23 printed "Yermeк" with a Cyrillic к and the checker reported it twice, as a
misspelt name and as mixed script). Sentences written for this test."""

from __future__ import annotations

from tests.edits import edited, findings

EN = "Deputy Foreign Minister Yermek Kosherbayev met the delegation of Belgium in Astana on Monday."
RU = ("Заместитель министра иностранных дел Ермек Кошербаев встретился с делегацией Бельгии "
      "в Астане в понедельник.")
KK = ("Сыртқы істер министрінің орынбасары Ермек Көшербаев дүйсенбі күні Астанада Бельгия "
      "делегациясымен кездесті.")


def test_a_name_typed_with_a_cyrillic_letter_is_one_finding() -> None:
    en = edited({"en": EN}, "en", "Yermek", "Yermeк")["en"]
    found = findings(en, RU, KK, prefix="")
    assert [(rule, langs) for rule, _, langs, _ in found] == [("script.mixed", "en")], found


def test_a_name_misspelt_in_its_own_script_is_still_a_names_error() -> None:
    en = edited({"en": EN}, "en", "Kosherbayev", "Kosherbaiyev")["en"]
    found = findings(en, RU, KK, prefix="")
    assert ("names.spelling", "error", "en", "Kosherbaiyev") in found, found
