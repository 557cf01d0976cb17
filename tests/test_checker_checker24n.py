"""Names (issue 12, round 24): foreign names the practical tables covered badly, and a slip in a
Kazakh spelling of a foreign name.

- French spelling, and the names of francophone West Africa in it (Ndoye, Mbengue, Diomaye,
  Bassirou), as Russian writes them (Ндойе, Мбенге, Диомай, Бассиру); Bhutanese names in their
  usual romanisation (Tshewang Цеванг, Gyeltshen Гьелцен): read, a right text is no slip.
- A French table reads only what it claims: Scottish Blair is no French name.
- A body's English name ending in an ordinary word (… Agronomic [Station]) is not a person's
  name whose surname must be there: Kazakh opening a sentence with its proper name has it.
- A Kazakh spelling in Kazakh letters of a Turkish name one letter off its reading is a slip,
  which the usual vowel variation of Kazakh names (Тұрсын, Турсун) let pass.
Names and sentences written here."""

from __future__ import annotations

import pytest

from tests.edits import edited, findings


@pytest.mark.parametrize(("latin", "cyrillic", "lang"), [
    ("Ndoye", "Ндойе", "ru"), ("Mbengue", "Мбенге", "ru"), ("Diomaye", "Диомай", "ru"),
    ("Bassirou", "Бассиру", "kk"), ("Ousmane", "Усман", "ru"), ("Niasse", "Ниасс", "ru"),
    ("Tshewang", "Цеванг", "ru"), ("Tshomo", "Цомо", "kk"), ("Gyeltshen", "Гьелцен", "ru"),
])
def test_west_african_and_bhutanese_names_read_as_russian_writes_them(latin: str, cyrillic: str,
                                                                      lang: str) -> None:
    from press.lang.names import SAME, NameWord, compare_words

    verdict = compare_words(NameWord(latin, "en", 0, len(latin), None),
                            NameWord(cyrillic, lang, 0, len(cyrillic), None))
    assert verdict.status == SAME, verdict


@pytest.mark.parametrize(("latin", "reading"), [
    ("Ndoye", "ндойе"), ("Ndoye", "ндой"), ("Mbengue", "мбенг"), ("Diomaye", "диомай"),
    ("Tshewang", "цеванг"), ("Gyeltshen", "гьелцен"),
])
def test_the_tables_claim_and_read_them(latin: str, reading: str) -> None:
    from press.lang import practical

    assert reading in practical.claimed_readings(latin)


def test_a_table_that_reads_only_what_it_claims_reads_no_english_name() -> None:
    from press.lang import practical

    french = next(t for t in practical.tables() if t.name == "french")
    assert french.claimed_only
    assert not practical._spells(french, "blair") and practical._spells(french, "ndoye")


# --- a body's name whose proper name alone opens a Kazakh sentence ------------------------------

_STATION = {
    "en": "The seminar was held in Atyrau on 3 June 2026. Researchers of the Ndiaganiao-Mbour Agronomic "
          "Station presented a new drip irrigation system, and Ousmane Ndoye of the station spoke "
          "about seed banks.",
    "ru": "Семинар прошел в Атырау 3 июня 2026 года. Сотрудники Агрономической станции Ндиаганиао-Мбур "
          "представили новую систему капельного орошения, а Усман Ндойе рассказал о семенных банках.",
    "kk": "Семинар 2026 жылғы 3 маусымда Атырауда өтті. Ндиаганиао-Мбур агрономиялық станциясының "
          "қызметкерлері тамшылатып суарудың жаңа жүйесін таныстырды, ал Усман Ндойе тұқым банктері "
          "туралы айтты.",
}


def test_a_body_named_by_its_proper_name_alone_is_not_missing() -> None:
    assert not findings(_STATION["en"], _STATION["ru"], _STATION["kk"])


def test_a_person_swapped_beside_it_is_still_found() -> None:
    texts = edited(_STATION, "kk", "Усман Ндойе", "Мамаду Диуф")
    found = findings(texts["en"], texts["ru"], texts["kk"])
    assert any(severity == "error" and "kk" in langs for _, severity, langs, _ in found), found


# --- a slip in a Kazakh spelling, in Kazakh letters, of a Turkish name ---------------------------

_MEETING = {
    "en": "On 3 June 2026 the delegation met Deputy Governor Levent Akbulutoğlu in Bursa. "
          "Akbulutoğlu said the province would open a trade office in Shymkent.",
    "ru": "3 июня 2026 года делегация встретилась в Бурсе с заместителем губернатора Левентом "
          "Акбулутоглу. По словам Акбулутоглу, провинция откроет торговое представительство в Шымкенте.",
    "kk": "2026 жылғы 3 маусымда делегация Бурсада губернатордың орынбасары Левент Ақбұлұтоғлумен "
          "кездесті. Ақбұлұтоғлудың айтуынша, провинция Шымкентте сауда өкілдігін ашады.",
}


def test_a_turkish_name_in_kazakh_letters_is_clean() -> None:
    assert not findings(_MEETING["en"], _MEETING["ru"], _MEETING["kk"])


@pytest.mark.parametrize("slip", ["Левент Ақбұлытоғлумен", "Левент Ақбылұтоғлумен"])
def test_a_vowel_slip_in_its_kazakh_spelling_is_found(slip: str) -> None:
    texts = edited(_MEETING, "kk", "Левент Ақбұлұтоғлумен", slip)
    found = findings(texts["en"], texts["ru"], texts["kk"])
    assert any(severity == "error" and "kk" in langs for _, severity, langs, _ in found), found


@pytest.mark.parametrize(("latin", "kazakh"), [
    ("Akbulutoğlu", "Ақбұлұтоғлы"), ("Gökçe", "Гөкче"), ("Köseoğlu", "Көсеоғлу"),
])
def test_kazakh_letters_for_turkish_ones_are_no_slip(latin: str, kazakh: str) -> None:
    from press.lang import practical

    assert practical.kazakh_reads(latin, kazakh)
    assert not practical.kazakh_slip_of_claimed(latin, kazakh)


@pytest.mark.parametrize(("latin", "kazakh"), [("Asema", "Әсема"), ("Amina", "Әмина")])
def test_a_kazakh_name_in_english_letters_is_judged_as_kazakh(latin: str, kazakh: str) -> None:
    from press.lang import practical

    assert not practical.kazakh_slip_of_claimed(latin, kazakh)
