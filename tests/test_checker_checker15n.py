"""Names on blind10 (issue 12, checker15n): initials spelt out in the text are a body of their
own, not a registered body's initials misspelt. Own sentences, both directions.

All in-process: plain texts through `check_texts` with the toolkit's termbase.
"""

from __future__ import annotations

import test_checker_classes3 as classes3

from press.check import check_texts, slots

DAY = classes3.DAY
termbase = classes3.termbase


def _found(texts: dict[str, str], termbase: dict) -> list[tuple[str, list[str]]]:
    return [(f.rule, f.langs, f.excerpt) for f in check_texts(texts, termbase, DAY).findings]


_FUND = {"en": "On 14 May the ministry signed an agreement with the UN Peace Fund (UNPF) in Astana. "
               "The UNPF will finance two schools.",
         "kk": "14 мамырда министрлік Астанада БҰҰ Бейбітшілік қорымен (БҰҰБҚ) келісімге қол қойды. "
               "БҰҰБҚ-ның қаражатына екі мектеп салынады.",
         "ru": "14 мая министерство подписало в Астане соглашение с Фондом мира ООН (ФМООН). "
               "ФМООН профинансирует две школы."}


def test_initials_spelt_out_in_the_text_are_not_a_registered_acronym_misspelt(termbase: dict) -> None:
    """БҰҰБҚ, spelt out as «БҰҰ Бейбітшілік қоры», is one letter off the registered БҰҰБА (the
    General Assembly) but names another body: with or without an ending, nothing is flagged."""
    assert _found(_FUND, termbase) == []


def test_a_registered_acronym_misspelt_is_still_found(termbase: dict) -> None:
    """Initials that nothing in the text spells out, one letter off the registered БҰҰБА, are
    the registered name misspelt; and brackets whose letters do not follow the words before
    them («Бас Ассамблеясы (БҰҰБӘ)») define nothing."""
    for new in ("БҰҰБӘ", "Бас Ассамблеясы (БҰҰБӘ)"):
        kk = _FUND["kk"].replace("БҰҰ Бейбітшілік қорымен (БҰҰБҚ)", "БҰҰ Бейбітшілік қорымен")
        kk = kk.replace("БҰҰБҚ-ның", new + "-ның")
        found = _found(dict(_FUND, kk=kk), termbase)
        assert any(rule in ("names.spelling", "script.lookalike") and langs == ["kk"]
                   for rule, langs, _ in found), (new, found)


_PEOPLE = {"en": "On 14 May Deputy Minister Arman Tuyukbayev met Director Serik Khodzhibekov in Astana.",
           "kk": "14 мамырда Астанада вице-министр Арман Тұйықбаев директор Серік Қожыбековпен кездесті.",
           "ru": "14 мая в Астане заместитель министра Арман Туюкбаев встретился с директором "
                 "Сериком Ходжибековым."}


def test_russian_spellings_of_kazakh_names_are_not_misspellings(termbase: dict) -> None:
    """Russian writes йы as ю (Тұйықбаев/Туюкбаев), ж as дж and жы as жи (Қожыбеков/
    Ходжибеков): the usual Russian spelling of a Kazakh name, nothing to flag."""
    assert _found(_PEOPLE, termbase) == []


def test_a_letter_off_the_russian_spelling_is_still_found(termbase: dict) -> None:
    """A letter outside those spellings (Туякбаев, Ходжабеков) is a slip."""
    for old, new in (("Туюкбаев", "Туякбаев"), ("Ходжибековым", "Ходжабековым")):
        found = _found(dict(_PEOPLE, ru=_PEOPLE["ru"].replace(old, new)), termbase)
        assert any(rule == "names.spelling" and "ru" in langs for rule, langs, _ in found), (new, found)


_ARABIC = {"en": "On 14 May Minister Ahmad Al-Jabiri visited Astana.",
           "kk": "14 мамырда министр Ахмад әл-Джабири Астанаға келді.",
           "ru": "14 мая министр Ахмад аль-Джабири посетил Астану."}


def test_an_arabic_name_after_the_kazakh_article_is_not_a_kazakh_name(termbase: dict) -> None:
    """Kazakh writes the Arabic article with its own letter (әл-Джабири): the name is still
    foreign, so English may write j for дж (Al-Jabiri) rather than the state's romanisation."""
    assert _found(_ARABIC, termbase) == []


def test_an_arabic_name_misspelt_in_english_is_still_found(termbase: dict) -> None:
    found = _found(dict(_ARABIC, en=_ARABIC["en"].replace("Al-Jabiri", "Al-Jabari")), termbase)
    assert any(rule == "names.spelling" and langs == ["en"] for rule, langs, _ in found), found


_ROAD = {"en": "On 14 May the parties agreed to use the TIR system. Kazakh carriers may also use "
               "the Khunjerab Highway.",
         "kk": "14 мамырда тараптар ХЖТ (TIR) жүйесін пайдалануға келісті. Қазақстандық "
               "тасымалдаушылар Хунджераб тас жолын да пайдалана алады.",
         "ru": "14 мая стороны договорились использовать систему МДП. Казахстанские перевозчики "
               "могут также пользоваться Хунджерабским трактом."}

_SCHOOL = {"en": "On 14 May the Embassy held a seminar with SOAS in London. SOAS has taught Kazakh "
                 "since 2019. A researcher from the University of Oxford also spoke.",
           "kk": "14 мамырда елшілік Лондонда SOAS-пен семинар өткізді. SOAS-та қазақ тілі 2019 "
                 "жылдан бері оқытылады. Оксфорд университетінің зерттеушісі де сөз сөйледі.",
           "ru": "14 мая посольство провело в Лондоне семинар с SOAS. В SOAS казахский язык "
                 "преподается с 2019 года. Выступил также исследователь Оксфордского университета."}


def test_a_russian_place_adjective_is_no_name_in_another_bodys_stead(termbase: dict) -> None:
    """Russian names the TIR system by its own initials (МДП) and the road by an adjective
    (Хунджерабским трактом): the adjective is the others' Khunjerab, not a body named instead of TIR."""
    assert _found(_ROAD, termbase) == []


def test_initials_with_a_kazakh_ending_name_the_body(termbase: dict) -> None:
    """SOAS-пен, SOAS-та are SOAS with a case ending: Kazakh names SOAS as the others do, and
    Оксфорд there is no body named in its stead; initials in a hyphened name (ЭКСПО-2027,
    NATO-Russia) are not initials with an ending."""
    assert _found(_SCHOOL, termbase) == []
    assert slots._names_by_initials("soas", "Оқулар SOAS-та өтті.")
    assert slots._names_by_initials("soas", "Оны SOAS-пен бірлесіп ұйымдастырды.")
    assert not slots._names_by_initials("nato", "The NATO-Russia Council met.")


def test_a_body_swapped_for_another_is_still_found(termbase: dict) -> None:
    """Where Kazakh names another body in SOAS's place, the swap is found."""
    kk = _SCHOOL["kk"].replace("SOAS-пен", "Самұрық-Қазынамен").replace("SOAS-та", "Онда")
    found = _found(dict(_SCHOOL, kk=kk), termbase)
    assert any(rule.startswith("names.") and "kk" in langs for rule, langs, _ in found), found


_PRESIDENT = {"en": "On 14 May President Kassym-Jomart Tokayev received the delegation in Astana. "
                    "Tokayev noted the growth of trade.",
              "kk": "14 мамырда Президент Қасым-Жомарт Тоқаев Астанада делегацияны қабылдады. "
                    "Тоқаев сауданың өскенін атап өтті.",
              "ru": "14 мая Президент Касым-Жомарт Токаев принял в Астане делегацию. Токаев "
                    "отметил рост товарооборота."}


def test_a_registered_name_misspelt_as_the_russian_form_reads_is_found(termbase: dict) -> None:
    """Tokaev for the registered Tokayev reads as the registered Russian Токаев does: that
    form is the entity's own, no other name the text shares, so the slip is found."""
    assert _found(_PRESIDENT, termbase) == []
    edited = dict(_PRESIDENT, en=_PRESIDENT["en"].replace("Tokayev noted", "Tokaev noted"))
    found = _found(edited, termbase)
    assert any(rule.startswith("names.") and langs == ["en"] for rule, langs, _ in found), found


def test_a_kazakh_company_name_quoted_in_russian_is_no_slip(termbase: dict) -> None:
    """Russian may keep a company's Kazakh name (АО «Қазақстан инжиниринг»): the registered
    country's Kazakh form in the same script is quoted, not Казахстан misspelt."""
    texts = {"en": "On 14 May Kazakhstan Engineering JSC delivered 40 vehicles to the army of Kazakhstan.",
             "kk": "14 мамырда «Қазақстан инжиниринг» АҚ Қазақстан армиясына 40 көлік жеткізді.",
             "ru": "14 мая АО «Қазақстан инжиниринг» поставило армии Казахстана 40 машин."}
    assert _found(texts, termbase) == []
