"""Names (issue 12, round 23): places a Kazakh version names with -дағы (Хамадағы, "the … in
Hama"); a Latin brand and the Cyrillic name after it; a name run on into the next; Russian ы
for a Kazakh і.

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


# --- a university's name in the genitive run on into its professor's name ---------------------

_PROFESSOR = {
    "en": "The forum opened on 5 May 2026. Professor {en_person} of the University of {en_body} "
          "presented there new irrigation technology.",
    "ru": "Форум открылся 5 мая 2026 года. Профессор Университета {ru_body} {ru_person} представил там новые "
          "технологии орошения.",
    "kk": "Форум 2026 жылғы 5 мамырда ашылды. Онда {kk_body} университетінің профессоры {kk_person} суарудың "
          "жаңа технологияларын таныстырды.",
}

_PROFESSORS = [  # en body, ru genitive, kk; en person, ru, kk; a body English may name instead
    ("Waikato", "Вайкато", "Вайкато", "Graham Whitfield", "Грэм Уитфилд", "Грэм Уитфилд", "Otago"),
    ("Alberta", "Альберты", "Альберта", "Dieter Hallstein", "Дитер Хальштайн", "Дитер Хальштайн", "Ontario"),
    ("Nebraska", "Небраски", "Небраска", "Howard Finch", "Говард Финч", "Говард Финч", "Wyoming"),
]


def _lecture(row: tuple[str, ...], en_body: str = "") -> dict[str, str]:
    keys = {"en_body": en_body or row[0], "ru_body": row[1], "kk_body": row[2], "en_person": row[3],
            "ru_person": row[4], "kk_person": row[5]}
    return {lang: text.format(**keys) for lang, text in _PROFESSOR.items()}


@pytest.mark.parametrize("row", _PROFESSORS)
def test_a_university_named_before_its_professor_is_clean(row: tuple[str, ...]) -> None:
    texts = _lecture(row)
    assert not [f for f in findings(texts["en"], texts["ru"], texts["kk"]) if f[1] == "error"]


@pytest.mark.parametrize("row", _PROFESSORS)
def test_another_university_in_english_is_found(row: tuple[str, ...]) -> None:
    texts = _lecture(row, en_body=row[6])
    found = findings(texts["en"], texts["ru"], texts["kk"])
    assert any(severity == "error" and "en" in langs for _, severity, langs, _ in found), found


@pytest.mark.parametrize("row", _PROFESSORS)
def test_the_run_on_counterpart_is_cut_to_the_words_it_shares(row: tuple[str, ...]) -> None:
    """The Russian run-on (Университета Небраски Говард Финч is one mention) stands for the
    Kazakh Небраска by its shared word only: the professor's name, present in English, does not
    make the university present there too."""
    from press.check.recognise import find_names
    from press.check.unregistered import _aligned

    texts = _lecture(row)
    (ru,) = [m for m in find_names(texts["ru"], "ru") if row[4].split()[0] in m.text]
    (kk,) = [m for m in find_names(texts["kk"], "kk") if m.text == row[2]]
    assert [w.text for w in _aligned(ru, kk).words] == [row[1]]


# --- Russian ы for a Kazakh і: no transcription rule writes it --------------------------------

_OFFICIALS = [  # en, ru, kk of one Kazakh person's name; the Russian slip
    ("Yerlan Tileubayev", "Ерлан Тилеубаев", "Ерлан Тілеубаев", "Ерлан Тылеубаев"),
    ("Dauren Serikbayev", "Даурен Серикбаев", "Дәурен Серікбаев", "Даурен Серыкбаев"),
    ("Aidos Zhienbekov", "Айдос Жиенбеков", "Айдос Жиенбеков", None),
    ("Bolat Iskakov", "Болат Искаков", "Болат Ысқақов", None),
    ("Nurzhan Abilov", "Нуржан Абилов", "Нұржан Әбілов", "Нуржан Абылов"),
    ("Marat Zhetysbayev", "Марат Жетысбаев", "Марат Жетісбаев", None),  # English reads the ы too
]


def _visit(en: str, ru: str, kk: str) -> dict[str, str]:
    return {"en": f"On 12 March 2026 Deputy Akim of Turkistan Region {en} received a delegation "
                  f"from Bulgaria.",
            "ru": f"12 марта 2026 года заместитель акима Туркестанской области {ru} принял делегацию "
                  f"из Болгарии.",
            "kk": f"2026 жылғы 12 наурызда Түркістан облысы әкімінің орынбасары {kk} Болгариядан келген "
                  f"делегацияны қабылдады."}


@pytest.mark.parametrize(("en", "ru", "kk", "slip"), _OFFICIALS)
def test_a_kazakh_name_as_russian_writes_it_is_clean(en: str, ru: str, kk: str, slip: str | None) -> None:
    texts = _visit(en, ru, kk)
    assert not findings(texts["en"], texts["ru"], texts["kk"])


@pytest.mark.parametrize(("en", "ru", "kk", "slip"), [row for row in _OFFICIALS if row[3]])
def test_russian_yeru_for_a_kazakh_i_is_found(en: str, ru: str, kk: str, slip: str) -> None:
    texts = _visit(en, slip, kk)
    found = findings(texts["en"], texts["ru"], texts["kk"])
    assert ("names.spelling", "error", "ru", slip) in found, found
