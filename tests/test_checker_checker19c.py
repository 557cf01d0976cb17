"""A foreign name's Cyrillic forms agree with each other (issue 12, checker19c).

Kazakh writes a foreign name with the letters Russian writes it with; only their case endings
differ (ru Вильясеньором, kk Вильясеньормен). The shared stem (`names.cyrillic_consensus`) is
what the English form is compared with, two full names whose Kazakh and Russian forms agree are
one person, and where the two Cyrillic stems differ by a letter or two one of them is misspelt.

Russian case forms come from pymorphy3's `inflect` (an oracle independent of press.lang);
Kazakh case forms from the table below, written once from a grammar of Kazakh (the
instrumental -мен/-бен/-пен, the dative -ға/-ге/-қа/-ке, the locative -да/-де/-та/-те, by the
last sound of the stem and the harmony of its last vowel). All texts are written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from press.check import check_texts
from press.lang import names
from tests.edits import edited as edit

DAY = dt.date(2026, 5, 14)
_VOICELESS = set("кқпстфхцчшщ")
_BACK = set("аоұы")


def _kazakh_forms(name: str) -> list[str]:
    """The instrumental, dative and locative of a foreign name, by the rules of Kazakh grammar:
    the ending's first consonant follows the stem's last sound, its vowel the last vowel."""
    last = name[-1].lower()
    vowels = [ch for ch in name.lower() if ch in "аәеиоөұүыіэюя"]
    back = bool(vowels) and vowels[-1] in _BACK | {"я", "ю"}
    vowel_end = last in "аәеиоөұүыіэюя"
    if vowel_end or last in "млнңрйу":
        instrumental = "мен"
    elif last in "жз":
        instrumental = "бен"
    else:
        instrumental = "пен"
    voiceless = last in _VOICELESS
    dative = ("қ" if voiceless else "ғ") + "а" if back else ("к" if voiceless else "г") + "е"
    locative = ("т" if last in _VOICELESS else "д") + ("а" if back else "е")
    return [name + instrumental, name + dative, name + locative]


def _russian_forms(name: str) -> list[str]:
    """The singular case forms pymorphy3 gives the proper-name reading of *name*."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    parse = next(p for p in morph.parse(name.lower())
                 if {"Name", "Surn", "Geox"} & p.tag.grammemes and "nomn" in p.tag)
    forms = [parse.inflect({case}) for case in ("gent", "datv", "accs", "ablt", "loct")]
    return [f.word for f in forms if f is not None]


_FOREIGN = ("Гонсалес", "Мендоса", "Кастилья", "Эшворт", "Кикнадзе", "Родригес", "Фернандес", "Шивон")


@pytest.mark.parametrize("name", _FOREIGN)
def test_every_russian_and_kazakh_case_form_share_the_name(name: str) -> None:
    """Each Russian case form (pymorphy3) against each Kazakh one (the grammar table) reads the
    nominative: the consensus is the name, whatever the endings."""
    for russian in [name] + _russian_forms(name):
        for kazakh in [name] + _kazakh_forms(name):
            shared = names.cyrillic_consensus(russian, kazakh)
            assert shared == name.lower().replace("ё", "е"), (russian, kazakh)


def test_a_hyphenated_surname_declined_in_both_parts_and_in_the_last():
    """Russian declines both parts of a double surname, Kazakh only the last."""
    assert names.cyrillic_consensus("Эшвортом-Хейлом", "Эшворт-Хейлмен") == "эшворт-хейл"
    assert names.cyrillic_consensus("Эшворту-Хейлу", "Эшворт-Хейлге") == "эшворт-хейл"
    assert names.cyrillic_consensus("Эшвортом-Хейлом", "Эшфорт-Хейлмен") is None


def test_a_foreign_name_takes_no_possessive_in_kazakh() -> None:
    """An ending opening with a vowel after a consonant would be a possessive: not on a name."""
    assert names.kazakh_stems("циклауримен") == ("циклауримен", "циклауриме", "циклаури")
    assert names.cyrillic_consensus("Циклаура", "Циклауримен") is None


@pytest.mark.parametrize(("russian", "kazakh"), [
    ("Кикнадзи", "Кикнадземен"), ("Молья", "Мольнамен"), ("Гонсалеса", "Гонсалаксқа"),
    ("Мендосой", "Мендозамен"), ("Кастильей", "Кастилиямен")])
def test_a_slip_in_one_version_leaves_no_shared_name(russian: str, kazakh: str) -> None:
    """A letter changed in one version is no case ending: the two forms share no name."""
    assert names.cyrillic_consensus(russian, kazakh) is None


def _found(texts: dict[str, str]) -> list[tuple[str, str, list[str]]]:
    return [(f.rule, f.severity, f.langs) for f in check_texts(texts, {}, DAY).findings]


_SPANISH = {
    "en": "On 14 May the ambassador met the Director of Cultural Affairs, Ignacio Castillo Peñalver.",
    "ru": "14 мая посол встретился с директором по культурным вопросам Игнасио Кастильо Пеньяльвером.",
    "kk": "14 мамырда елші мәдени мәселелер жөніндегі директор Игнасио Кастильо Пеньяльвермен кездесті.",
}


def test_a_spanish_name_in_case_forms_is_one_name() -> None:
    """ll and ñ, which Russian and Kazakh write ль and нь, in the Russian instrumental and the
    Kazakh -мен: no version misspells the name."""
    assert _found(_SPANISH) == []


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("kk", "Пеньяльвермен", "Пеньяльвармен"), ("ru", "Пеньяльвером", "Пеньяльфером"),
    ("kk", "Пеньяльвермен", "Пеньяльбермен")])
def test_a_slip_in_one_cyrillic_version_of_a_foreign_name_is_an_error(lang: str, old: str, new: str) -> None:
    """A letter changed in an inflected form of one Cyrillic version: that version is reported,
    at error level, once."""
    edited = edit(_SPANISH, lang, old, new)
    assert _found(edited) == [("names.spelling", "error", [lang])]


def test_two_case_forms_of_a_foreign_name_are_no_two_spellings() -> None:
    """ru «Промоэспаньи» (genitive) and kk «Промоэспанья» (nominative) are one name: no
    'one of them is misspelt'; Лусией Ортегой and Лусия Ортегамен are one person."""
    texts = {"en": "On 14 May the ambassador met the head of Promoespaña, Lucía Ortega, in Madrid.",
             "ru": "14 мая посол встретился в Мадриде с главой «Промоэспаньи» Лусией Ортегой.",
             "kk": "14 мамырда елші Мадридте «Промоэспанья» басшысы Лусия Ортегамен кездесті."}
    assert _found(texts) == []


_VILLANUEVA = {
    "en": "On 14 May the ambassador met the Director of Cultural Affairs of Spain, Ignacio Villanueva.",
    "ru": "14 мая посол встретился с директором по культурным вопросам Испании Игнасио Вильянуэвой.",
    "kk": "14 мамырда елші Испанияның мәдени мәселелер жөніндегі директоры Игнасио Вильянуэвамен кездесті.",
}


def test_a_spanish_double_l_is_one_sound_not_a_doubled_letter() -> None:
    """Villanueva, Вильянуэвой, Вильянуэвамен: the Spanish ll is ль, so English doubles no
    letter the transcription writes once; a letter dropped from the Kazakh stem is found there."""
    assert _found(_VILLANUEVA) == []
    edited = edit(_VILLANUEVA, "kk", "Вильянуэвамен", "Вильнуэвамен")
    assert _found(edited) == [("names.spelling", "error", ["kk"])]


_GEORGIAN = {
    "en": "The minister also discussed the transit corridor with the Deputy Minister of Economy of Georgia, "
          "Nodar Tsiklauri.",
    "ru": "Министр также обсудил транзитный коридор с заместителем министра экономики Грузии "
          "Нодаром Циклаури.",
    "kk": "Министр сондай-ақ транзиттік дәлізді Грузияның экономика министрінің орынбасары Нодар Циклауримен "
          "талқылады.",
}


_MIKELADZE = edit(edit(edit(_GEORGIAN, "en", "Nodar Tsiklauri", "Zurab Mikeladze"),
                       "ru", "Нодаром Циклаури", "Зурабом Микеладзе"),
                  "kk", "Нодар Циклауримен", "Зураб Микеладземен")
"""Микеладзи for Микеладзе: е and и are cheap in a foreign name, so only the learnt
correspondence's preference for the other version's form tells the slip."""


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("ru", "Циклаури", "Циклаура"), ("ru", "Циклаури", "Цихлаури"), ("kk", "Циклауримен", "Циклаудимен"),
    ("ru", "Микеладзе", "Микеладзи"), ("kk", "Микеладземен", "Микеладзимен")])
def test_a_slip_in_a_name_russian_does_not_decline_is_found(lang: str, old: str, new: str) -> None:
    """Циклаури is not declined in Russian and takes -мен in Kazakh: Циклаура is no case form of
    it (nor is Циклаур with a possessive -і- a reading of the Kazakh form), so a letter changed
    at its end in one version is a slip, found in that version."""
    texts = _GEORGIAN if old in _GEORGIAN[lang] else _MIKELADZE
    assert _found(texts) == []
    edited = edit(texts, lang, old, new)
    assert _found(edited) == [("names.spelling", "error", [lang])]


_DOUBLE = {
    "en": "The delegation met the deputy governor of the centre, Richard Ashworth-Hale, on 14 May.",
    "ru": "14 мая делегация встретилась с заместителем управляющего центра Ричардом Эшвортом-Хейлом.",
    "kk": "14 мамырда делегация орталық басқарушысының орынбасары Ричард Эшворт-Хейлмен кездесті.",
}


def test_a_hyphenated_surname_in_case_forms_is_present_and_a_slip_in_it_is_found() -> None:
    """A double surname declined in Russian (both parts) and in Kazakh (the last) has its
    English counterpart; a letter changed in one part of the Kazakh form is an error."""
    assert _found(_DOUBLE) == []
    edited = edit(_DOUBLE, "kk", "Эшворт-Хейлмен", "Эшфорт-Хейлмен")
    assert _found(edited) == [("names.spelling", "error", ["kk"])]


_IRISH = {
    "en": "The memorandum was signed by Professor Niamh McDonagh and Rector Yerlan Sydykov.",
    "ru": "Меморандум подписали профессор Нив Макдонах и ректор Ерлан Сыдыков.",
    "kk": "Меморандумға профессор Нив Макдонах пен ректор Ерлан Сыдықов қол қойды.",
}


def test_a_name_no_rule_transcribes_is_the_one_person_the_others_name() -> None:
    """Irish spelling no rule reads (Niamh, Нив): the only unmatched full name of English and the
    one the Kazakh and Russian versions agree on are one person, not another in the role."""
    assert _found(_IRISH) == []


def test_another_person_in_english_is_still_found() -> None:
    """Another name in English is no transcription of the surname the others agree on: it is
    still another person in the role."""
    edited = edit(_IRISH, "en", "Niamh McDonagh", "Helen Parker")
    assert _found(edited) == [("names.missing", "error", ["en"])]


_PRODUCER = {
    "en": "The round table was opened by the Minister of Trade of Manitoba, Duncan McTavish, and by the "
          "producer of Redwood Pictures Michael O'Shaughnessy.",
    "ru": "Круглый стол открыли министр торговли Манитобы Дункан Мактавиш и продюсер компании Redwood "
          "Pictures Майкл О'Шонесси.",
    "kk": "Дөңгелек үстелді Манитобаның сауда министрі Дункан Мактавиш пен Redwood Pictures компаниясының "
          "продюсері Майкл О'Шонесси ашты.",
}


def test_the_one_person_is_found_behind_a_company_name_and_by_the_surname_alone() -> None:
    """The Russian name runs on from the company's (Redwood Pictures Майкл О'Шонесси), the
    English one is recognised by its surname alone (Michael is also a word): still one person
    whose Kazakh and Russian forms agree; another surname in English is still another person."""
    assert _found(_PRODUCER) == []
    edited = edit(_PRODUCER, "en", "Michael O'Shaughnessy", "Michael Fitzgerald")
    assert ("names.missing", "error", ["en"]) in _found(edited)
