"""Names (issue 12, round 23): places a Kazakh version names with -дағы (Хамадағы, "the … in
Hama"), and a Latin brand and the Cyrillic name after it.

Kazakh puts the adjectival -ғы/-гі/-қы/-кі after the locative (Хама-да-ғы) or after a word of
time (жаз-ғы), never straight after a name: read as Хамада + -ғы the word named another town
(Hamada, Japan), the Kazakh version "lacked" Hama and a real swap in another version hid.
Sentences written here, with towns of GeoNames whose locative spells another town."""

from __future__ import annotations

import pytest

from tests.edits import edited, findings

# (en town, ru locative, kk locative + -ғы, a town the Russian version may swap in): Shima's
# Kazakh Шимадағы read as Шимада + -ғы named Shimada, another town of Japan
_TOWNS = [
    ("Shima", "в Шиме", "Шимадағы", "в Рустави"),
    ("Shima", "в Шиме", "Шимадағы", "в Сетубале"),
]


@pytest.mark.parametrize(("word", "stem", "not_stem"), [
    ("Хамадағы", "хама", "хамада"), ("Шимадағы", "шима", "шимада"), ("Флорестағы", "флорес", "флореста"),
    ("Элистегі", "элис", "элисте"), ("Теміртаудағы", "теміртау", "теміртауда"),
])
def test_gy_follows_the_locative_not_the_name(word: str, stem: str, not_stem: str) -> None:
    from press.lang.names import stems

    assert stem in stems(word, "kk") and not_stem not in stems(word, "kk")


def _texts(town: str, ru: str, kk: str) -> dict[str, str]:
    return {
        "en": f"On 3 June 2026 the delegation visited a water treatment plant in {town}. "
              f"The plant in {town} serves some 40,000 residents, the director said.",
        "ru": f"3 июня 2026 года делегация посетила водоочистную станцию {ru}. "
              f"Станция {ru} обслуживает около 40 тысяч жителей, сообщил директор.",
        "kk": f"2026 жылғы 3 маусымда делегация {kk} су тазарту станциясында болды. "
              f"{kk} станция 40 мыңға жуық тұрғынға қызмет көрсетеді, деді директор.",
    }


@pytest.mark.parametrize(("town", "ru", "kk", "other"), _TOWNS)
def test_a_town_in_the_locative_with_gy_is_that_town(town: str, ru: str, kk: str, other: str) -> None:
    texts = _texts(town, ru, kk)
    assert not findings(texts["en"], texts["ru"], texts["kk"])


@pytest.mark.parametrize(("town", "ru", "kk", "other"), _TOWNS)
def test_another_town_in_russian_is_found(town: str, ru: str, kk: str, other: str) -> None:
    texts = edited(_texts(town, ru, kk), "ru", ru, other, 1)
    found = findings(texts["en"], texts["ru"], texts["kk"])
    assert any(severity == "error" and "ru" in langs for _, severity, langs, _ in found), found


# --- a Latin company name before a Cyrillic person's name: two names --------------------------

_DIRECTOR = {
    "en": "The memorandum was signed by Director General of {brand} {given} {surname}.",
    "ru": "Меморандум подписал генеральный директор {brand} {ru}.",
    "kk": "Меморандумға {brand} компаниясының бас директоры {kk} қол қойды.",
}

_DIRECTORS = [  # brand, en given and surname, ru (genitive-free here), kk, a slip of the ru surname
    ("Green Steppe Energy", "Nurlan", "Bekmukhambetov", "Нурлан Бекмухамбетов", "Нұрлан Бекмұхамбетов",
     "Нурлан Бекмухаметов"),
    ("Silk Way Logistics", "Gulnara", "Tokhtarova", "Гульнара Тохтарова", "Гүлнар Тоқтарова",
     "Гульнара Тахтарова"),
    ("Altyn Dala Foods", "Askar", "Ibrayev", "Аскар Ибраев", "Асқар Ибраев", "Аскар Ибриев"),
]


def _signing(brand: str, given: str, surname: str, ru: str, kk: str) -> dict[str, str]:
    keys = {"brand": brand, "given": given, "surname": surname, "ru": ru, "kk": kk}
    return {lang: text.format(**keys) for lang, text in _DIRECTOR.items()}


@pytest.mark.parametrize(("brand", "given", "surname", "ru", "kk", "slip"), _DIRECTORS)
def test_a_slip_in_a_name_after_a_latin_brand_is_found(brand, given, surname, ru, kk, slip) -> None:
    texts = _signing(brand, given, surname, slip, kk)
    found = findings(texts["en"], texts["ru"], texts["kk"])
    assert any(severity == "error" and "ru" in langs for _, severity, langs, _ in found), found


@pytest.mark.parametrize(("brand", "given", "surname", "ru", "kk", "slip"), _DIRECTORS)
def test_a_name_after_a_latin_brand_spelt_alike_is_clean(brand, given, surname, ru, kk, slip) -> None:
    texts = _signing(brand, given, surname, ru, kk)
    assert not findings(texts["en"], texts["ru"], texts["kk"])
