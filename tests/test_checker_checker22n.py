"""A one-letter slip in a foreign name and a swapped person (issue 12, helper checker22n).

A person's name is of one language, though only some of its words show it: in «Søren Holm
Frederiksen» the ø makes the name Danish, and «Holm», which no table claims alone, is read by the
Danish transcription too (Хольм); a slip in it (Holn) is one letter off that reading, where the
tolerance of the scripts' usual variation let it pass. Each case is written here (own people, own
texts); every class has its error found at error level and its harmless variants left alone: the
name in another case form, a surname opening a sentence that the other versions share, the first
name left out.

A person swapped in one version (Zhou Mingde where the others name Ли Вэйго) is reported with the
name that stands at the missing one's spot in the paragraph, not with another name only that
version has (Serik Ospanov, who led the delegation, said in English only); an East Asian surname
before given names makes a person though English has the surname as a word (Chen, Li, Wang).

Each class's key line was planted back (the fellows of the full name not passed to `_claimed` in
`FreeNames._spelling`; the
candidates of `FreeNames._instead` taken in text order, not by `_spot`; the East Asian clause of
`_someone` removed) and its tests failed (see the commit messages).
"""

from __future__ import annotations

import pytest

from press.lang import practical
from tests.edits import edited, name_findings

TEXTS = {
    "en": ("On 3 March 2026, Deputy Minister of Foreign Affairs of Kazakhstan Yerlan Mukhtarov met in Astana "
           "Ambassador of Sweden to Kazakhstan Åsa Berglund and the director of the Swedish Energy Agency "
           "Søren Holm Frederiksen. Mukhtarov stressed that the two countries are ready to expand "
           "cooperation in wind energy.\n\n"
           "Åsa Berglund invited the Kazakh side to a conference in Malmö in May."),
    "ru": ("3 марта 2026 года заместитель министра иностранных дел Казахстана Ерлан Мухтаров "
           "встретился в Астане с Послом Швеции в Казахстане Осой Берглунд и директором "
           "Шведского энергетического агентства "
           "Сёреном Хольмом Фредериксеном. Мухтаров подчеркнул, что две страны готовы расширять "
           "сотрудничество в области ветроэнергетики.\n\n"
           "Оса Берглунд пригласила казахстанскую сторону на конференцию в Мальмё в мае."),
    "kk": ("2026 жылғы 3 наурызда Қазақстан Сыртқы істер министрінің орынбасары Ерлан Мұхтаров Астанада "
           "Швецияның Қазақстандағы елшісі Оса Берглундпен және Швеция энергетика агенттігінің директоры "
           "Сёрен Хольм Фредериксенмен кездесті. Мұхтаров екі елдің жел энергетикасы саласындағы "
           "ынтымақтастықты кеңейтуге дайын екенін атап өтті.\n\n"
           "Оса Берглунд қазақстандық тарапты мамырда Мальмёде өтетін конференцияға шақырды."),
}



def test_the_clean_texts_have_no_name_finding() -> None:
    assert name_findings(TEXTS) == []


def test_a_slip_in_a_word_of_a_foreign_name_that_another_word_makes_danish_is_found() -> None:
    found = name_findings(edited(TEXTS, "en", "Søren Holm Frederiksen", "Søren Holn Frederiksen"))
    assert any(rule == "names.spelling" and severity == "error" and langs == ["en"] and "Holn" in excerpt
               for rule, severity, langs, excerpt, _ in found), found


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("en", "Mukhtarov stressed", "Mukhtarov also stressed"),  # the surname opening a sentence, right
    ("en", "Åsa Berglund invited", "Berglund invited"),  # the first name left out
    ("ru", "Оса Берглунд пригласила", "По приглашению Осы Берглунд"),  # another case form
    ("kk", "Сёрен Хольм Фредериксенмен", "Сёрен Хольм Фредериксен мырзамен"),
])
def test_harmless_variants_are_not_flagged(lang: str, old: str, new: str) -> None:
    assert name_findings(edited(TEXTS, lang, old, new)) == []


@pytest.mark.parametrize(("word", "fellows", "reading"), [
    ("Holm", ("Søren", "Holm", "Frederiksen"), "хольм"),  # Danish by the ø of Søren
    ("Lund", ("Björn", "Lund"), "лунд"),  # Swedish by the ö of Björn
])
def test_a_word_is_read_by_the_language_of_its_full_name(word: str, fellows: tuple[str, ...],
                                                         reading: str) -> None:
    assert reading in practical.claimed_readings(word, slips=True, fellows=fellows)


SWAP = {
    "en": ("On 5 March 2026, the delegation led by Serik Ospanov visited the Karaganda plant of Qarmet. "
           "Li Weiguo, Vice President of the China Development Bank, who joined the meeting online, said "
           "that the bank was ready to finance the modernisation of the plant."),
    "ru": ("5 марта 2026 года делегация посетила карагандинский завод Qarmet. Вице-президент Китайского "
           "банка развития Ли Вэйго, принявший участие во встрече в онлайн-формате, заявил о готовности "
           "банка финансировать модернизацию завода."),
    "kk": ("2026 жылғы 5 наурызда делегация Qarmet компаниясының Қарағандыдағы зауытына барды. Кездесуге "
           "онлайн форматта қатысқан Қытай даму банкінің вице-президенті Ли Вэйго банктің зауытты "
           "жаңғыртуды қаржыландыруға дайын екенін мәлімдеді."),
}
"""Serik Ospanov is named in English only (more said, not a slip): no finding on the clean texts."""


def test_the_clean_swap_texts_have_no_name_finding() -> None:
    assert name_findings(SWAP) == []
    assert name_findings(edited(SWAP, "en", "led by Serik Ospanov ", "")) == []


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("en", "Li Weiguo", "Zhou Mingde"),
    ("en", "Li Weiguo", "Chen Xiaoping"),  # Chen is an English word too
    ("ru", "Ли Вэйго", "Чжоу Миндэ"),
    ("kk", "Ли Вэйго", "Ван Цзяньхуа"),
])
def test_a_swapped_person_is_reported_with_the_name_at_its_spot(lang: str, old: str, new: str) -> None:
    found = name_findings(edited(SWAP, lang, old, new))
    assert any(rule == "names.missing" and severity == "error" and langs == [lang] and excerpt == new
               and " where " in message for rule, severity, langs, excerpt, message in found), found


def test_an_east_asian_name_whose_surname_is_an_english_word_stands_in_for_a_person() -> None:
    alone = dict(SWAP, en=SWAP["en"].replace("led by Serik Ospanov ", ""))
    found = name_findings(edited(alone, "en", "Li Weiguo", "Chen Xiaoping"))
    assert any(rule == "names.missing" and langs == ["en"] and excerpt == "Chen Xiaoping"
               and " where " in message for rule, _, langs, excerpt, message in found), found


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("en", "Li Weiguo, Vice President", "Mr Li Weiguo, Vice President"),
    ("ru", "Ли Вэйго, принявший", "господин Ли Вэйго, принявший"),
])
def test_harmless_variants_of_the_person_are_not_flagged(lang: str, old: str, new: str) -> None:
    assert name_findings(edited(SWAP, lang, old, new)) == []


@pytest.mark.xfail(strict=True, reason="the only name of the version that no other has stands in, "
                   "wherever it stands: `_spot` orders the stand-ins, it sets no limit (a limit would lose "
                   "swaps where Kazakh word order puts the name late)")
def test_a_person_named_by_title_only_is_no_swap_for_another_name() -> None:
    """en leaves out Li Weiguo's name: at most the name is missing, never swapped for Serik
    Ospanov, who is named in English only."""
    found = name_findings(edited(SWAP, "en", "Li Weiguo, Vice President", "The Vice President"))
    assert not any("Ospanov" in excerpt for _, _, _, excerpt, _ in found), found
