"""Person names no register lists (issue 12, checker11p): foreign names in their own spelling,
the Arabic article and name particles, Kazakh vowels a Kazakh spelling keeps, and a first name
English gives after a comma. A release written here (own people), checked as plain texts.

Each class has both directions: the slip is found, at error level, in its version; the
harmless variant (the usual transcription of a German, Dutch or Arabic name; the Kazakh and
the Russian spelling of a Kazakh name) is not flagged.
"""

from __future__ import annotations

import test_checker_classes3 as classes3

from press.check import check_texts, recognise
from press.lang import names

DAY = classes3.DAY
termbase = classes3.termbase

TEXTS = {
    "en": ["Astana, 14 May 2026 – Minister of Foreign Affairs Talgat Zhaksylykov received the Ambassador "
           "of Egypt, Omar al-Rashid, and the Director of the German Academic Exchange Service, Wolfgang "
           "Vogt. Vice Minister Aigul Yessengaliyeva and Ambassador Nurlan Karatayev also took part in "
           "the talks.",
           "Omar al-Rashid said that Egypt would open a cultural centre in Almaty in 2027. Wolfgang Vogt "
           "announced 40 new scholarships, and Pieter van Dijk of the Embassy of the Netherlands presented "
           "a water project. The Consul General of Kazakhstan in Frankfurt, Sultan Zhakenov, will "
           "coordinate the programme. Adviser Mohamed bin Saif also attended the meeting."],
    "ru": ["Астана, 14 мая 2026 года – Министр иностранных дел Талгат Жаксылыков принял посла Египта "
           "Омара ар-Рашида и директора Германской службы академических обменов Вольфганга Фогта. В "
           "переговорах также приняли участие вице-министр Айгуль Сериковна Есенгалиева и посол Нурлан "
           "Каратаев.",
           "Омар ар-Рашид сообщил, что в 2027 году Египет откроет культурный центр в Алматы. Вольфганг "
           "Фогт объявил о 40 новых стипендиях, а Питер ван Дейк из посольства Нидерландов представил "
           "проект в области водных ресурсов. Программу будет координировать Генеральный консул "
           "Казахстана во Франкфурте Султан Болатович Жакенов. На встрече также присутствовал советник "
           "Мухаммед бин Саиф."],
    "kk": ["Астана, 2026 жылғы 14 мамыр – Сыртқы істер министрі Талғат Жақсылықов Мысыр елшісі Омар "
           "әр-Рашидті және Германия академиялық алмасу қызметінің директоры Вольфганг Фогтты қабылдады. "
           "Келіссөзге вице-министр Айгүл Серікқызы Есенғалиева мен елші Нұрлан Қаратаев та қатысты.",
           "Омар әр-Рашид Мысыр 2027 жылы Алматыда мәдени орталық ашатынын айтты. Вольфганг Фогт 40 жаңа "
           "стипендия туралы хабарлады, ал Нидерланды елшілігінен Питер ван Дейк су ресурстары саласындағы "
           "жобаны таныстырды. Бағдарламаны Қазақстанның Франкфурттегі Бас консулы Сұлтан Болатұлы "
           "Жәкенов үйлестіреді. Кездесуге сондай-ақ кеңесші Мұхаммед бин Сайф қатысты."],
}
"""A German name (Vogt/Фогт: v said f), a Dutch one (van Dijk/ван Дейк: ij said ей), Arabic
ones (al-Rashid/ар-Рашид/әр-Рашид: the article assimilated; Mohamed/Мухаммед: h is х, one m
in English), Kazakh ones spelt with Kazakh letters (Есенғалиева/Есенгалиева, Қаратаев/
Каратаев) and a first name English writes as a common word after a comma (Sultan)."""


def _texts(edit: tuple[str, str, str] | None = None) -> dict[str, str]:
    texts = {lang: "\n\n".join(paras) for lang, paras in TEXTS.items()}
    if edit:
        lang, old, new = edit
        assert texts[lang].count(old) == 1, old
        texts[lang] = texts[lang].replace(old, new)
    return texts


def _found(texts: dict[str, str], termbase: dict) -> list[tuple[str, str, list[str]]]:
    return [(f.rule, f.severity, f.langs) for f in check_texts(texts, termbase, DAY).findings]


def _one_error(texts: dict[str, str], termbase: dict, lang: str) -> None:
    assert _found(texts, termbase) == [("names.spelling", "error", [lang])]


def test_foreign_names_transcribed_by_their_sounds_are_no_slips(termbase: dict) -> None:
    """Vogt/Фогт, Pieter van Dijk/Питер ван Дейк, Mohamed/Мухаммед/Мұхаммед, al-Rashid/
    ар-Рашид/әр-Рашид: no finding; nor another usual spelling of the Arabic name or article."""
    assert _found(_texts(), termbase) == []
    for edit in (("en", "Mohamed bin Saif", "Muhammad bin Saif"),
                 ("en", "Omar al-Rashid said", "Omar Al-Rashid said"),
                 ("ru", "Омар ар-Рашид сообщил", "Омар аль-Рашид сообщил")):
        assert _found(_texts(edit), termbase) == [], edit


def test_german_and_dutch_spelling_is_read_as_it_is_said() -> None:
    """The readings behind the above, against the Russian transcription (an oracle of usual
    Russian forms of German and Dutch names): the same name; a letter changed is not."""
    def verdict(latin: str, cyrillic: str) -> str:
        return names.compare_words(names.NameWord(latin, "en", 0, 0, None),
                                   names.NameWord(cyrillic, "ru", 0, 0, None)).status

    for latin, cyrillic in (("Vogel", "Фогель"), ("Vries", "Врис"), ("Vries", "Фриса"),
                            ("Schneider", "Шнайдер"), ("Steinmeier", "Штайнмайером"), ("Dijk", "Дейк"),
                            ("Friedrich", "Фридрих"), ("Pieter", "Питер"), ("Mohamed", "Мухаммеда"),
                            ("Hamad", "Хамад"), ("Al-Harthi", "аль-Харси")):
        assert verdict(latin, cyrillic) == names.SAME, (latin, cyrillic)
    for latin, cyrillic in (("Vogel", "Фогер"), ("Schneider", "Шнайгер"), ("Vries", "Брис"),
                            ("Bakayev", "Бакаефа")):  # the v of a romanised -ev is в
        assert verdict(latin, cyrillic) != names.SAME, (latin, cyrillic)


def test_a_vowel_a_kazakh_spelling_shares_with_russian_is_not_a_russian_variant(termbase: dict) -> None:
    """In a name spelt with Kazakh letters, е, и and a are written so in Russian too: Исенғалиева
    for Есенғалиева, Қыратаев for Қаратаев are slips (a final ы is Russian а only in a place:
    Қарағанды, Караганда); Russian Исенгалиева is the odd one against Есенғалиева, Yessengaliyeva."""
    for edit in (("kk", "Есенғалиева", "Исенғалиева"), ("kk", "Қаратаев", "Қыратаев"),
                 ("ru", "Есенгалиева", "Исенгалиева")):
        _one_error(_texts(edit), termbase, edit[0])

    def status(kazakh: str, other: str, lang: str) -> str:
        return names.compare_words(names.NameWord(kazakh, "kk", 0, 0, None),
                                   names.NameWord(other, lang, 0, 0, None)).status

    assert status("Қарағанды", "Караганда", "ru") == status("Қарағанды", "Karaganda", "en") == names.SAME
    assert status("Есімова", "Есимова", "ru") == status("Сыздықова", "Сыздыкова", "ru") == names.SAME
    assert status("Исімова", "Есимова", "ru") == status("Сыдықова", "Садыкова", "ru") == names.NEAR


def test_a_name_after_the_arabic_article_is_compared_without_it(termbase: dict) -> None:
    """әр-Рашидті, ар-Рашид, al-Rashid: the name after the lower-case article is a name word in
    every version, in any case form, so a letter changed in one is found there."""
    for edit in (("kk", "әр-Рашидті", "әр-Рамидті"), ("ru", "Омар ар-Рашид сообщил", "Омар ар-Рамид сообщил"),
                 ("en", "Omar al-Rashid said", "Omar al-Ramid said")):
        _one_error(_texts(edit), termbase, edit[0])
    assert "рашид" in names.stems("әр-Рашидті", "kk") and "рашид" in names.stems("ар-Рашида", "ru")
    assert names.article_of("Ар-Рашид") == "Ар-" and names.article_of("Алматы") == ""


def test_a_first_name_after_a_comma_ties_the_full_names_together(termbase: dict) -> None:
    """"…in Frankfurt, Sultan Zhakenov": Sultan is an English word, but after a comma it opens a
    name, so a surname changed in one Cyrillic version (first name and patronymic the same) is
    that version's slip, not a person missing from English."""
    for edit in (("ru", "Султан Болатович Жакенов", "Султан Болатович Жакибаев"),
                 ("kk", "Сұлтан Болатұлы Жәкенов", "Сұлтан Болатұлы Жәкібаев")):
        _one_error(_texts(edit), termbase, edit[0])
    without_first_name = _texts(("en", "Frankfurt, Sultan Zhakenov,", "Frankfurt, Mr Zhakenov,"))
    assert _found(without_first_name, termbase) == []
    changed = dict(without_first_name, ru=without_first_name["ru"].replace("Жакенов", "Жакибаев"))
    _one_error(changed, termbase, "ru")


def test_particles_hold_a_name_together() -> None:
    """de, van, von der, bin: one person's name in each script; Kazakh бен is "and"."""
    for text, lang, words in (
            ("They met Hendrik de Vries and Ursula von der Leyen.", "en",
             [["Hendrik", "Vries"], ["Ursula", "Leyen"]]),
            ("Они встретили Хендрика де Вриса и Мухаммеда бин Заида.", "ru",
             [["Хендрика", "Вриса"], ["Мухаммеда", "Заида"]]),
            ("Олар Хендрик де Врис пен Мұхаммед бин Зайдпен кездесті.", "kk",
             [["Хендрик", "Врис"], ["Мұхаммед", "Зайдпен"]]),
            ("Кеше Ержан бен Марат келді.", "kk", [["Ержан"], ["Марат"]])):
        found = recognise.find_names(text, lang)
        assert [[w.text for w in m.words] for m in found] == words, text


TUSSUPBEKOVA = {
    "en": "On 14 May Ambassador Gulnar Tussupbekova met the delegation of Kyrgyzstan in Astana.",
    "kk": "14 мамырда елші Гүлнар Түсіпбекова Астанада Қырғызстан делегациясымен кездесті.",
    "ru": "14 мая посол Гульнар Тусупбекова встретилась в Астане с делегацией Кыргызстана.",
}
"""English romanises the Russian spelling (Тусупбекова: і said rounded after ү, written у)."""


def test_a_russian_u_after_a_front_kazakh_vowel_is_a_slip(termbase: dict) -> None:
    """Түсупбекова in a Kazakh text: у between consonants after ү is the Russian spelling,
    which vowel harmony makes ү or і in Kazakh; English and Russian write u/у, rightly."""
    assert _found(TUSSUPBEKOVA, termbase) == []
    slip = dict(TUSSUPBEKOVA, kk=TUSSUPBEKOVA["kk"].replace("Түсіпбекова", "Түсупбекова"))
    _one_error(slip, termbase, "kk")


def test_a_capitalised_word_after_a_comma_may_open_a_name() -> None:
    """"…in Frankfurt, Sultan Zhakenov": after a comma or a dash a capitalised common word opens a
    name; right after a title's last word it does not (Minister of National Economy Serik …)."""
    found = recognise.find_names(TEXTS["en"][1], "en")
    assert ["Sultan", "Zhakenov"] in [[w.text for w in m.words] for m in found]
    found = recognise.find_names("The Minister of National Economy Serik Zhumangarin arrived.", "en")
    assert [[w.text for w in m.words] for m in found] == [["Serik", "Zhumangarin"]]


def test_a_surname_after_a_russian_first_name_is_a_name_though_it_reads_as_a_word() -> None:
    """Алмазов (also «of diamonds»), Сайдовым (also an adjective's form) after a first name
    pymorphy3 tags Name are the surname of that person, not common words."""
    for text, words in (("Посол Нурлан Алмазов прибыл вчера.", ["Нурлан", "Алмазов"]),
                        ("Министр встретился с Бахтиёром Сайдовым.", ["Бахтиёром", "Сайдовым"])):
        assert [[w.text for w in m.words] for m in recognise.find_names(text, "ru")] == [words], text


def test_two_letters_swapped_are_one_slip(termbase: dict) -> None:
    """Рашди for Рашид: one keystroke, one change (not two), so a short name with two letters
    swapped is the same name misspelt, not another name."""
    _one_error(_texts(("ru", "Омар ар-Рашид сообщил", "Омар ар-Рашди сообщил")), termbase, "ru")
    assert names.cyr_distance("рашди", "рашид") == names.distance("rashdi", "rashid") == 1.0


NAHYAN = {
    "en": "On 14 May Minister Arman Issetov met Sheikh Tahnoun bin Zayed Al Nahyan in Abu Dhabi.",
    "ru": "14 мая министр Арман Исетов встретился в Абу-Даби с шейхом Тахнуном бен Заидом Аль Нахайяном.",
    "kk": "14 мамырда министр Арман Исетов Әбу-Дабиде шейх Тахнун бин Зайд Әл Нахайянмен кездесті.",
}
"""An Arabic name as English and the transcription write it: Nahyan and Нахайян (Russian and
Kazakh put a vowel before the glide after a consonant: -хай-)."""


def test_an_arabic_name_romanised_each_version_its_own_way_is_no_slip(termbase: dict) -> None:
    """Al Nahyan, Аль Нахайян, Әл Нахайян; bin, бен; Zayed, Заид, Зайд: no finding; a letter of
    the first name changed in Kazakh is found there."""
    assert _found(NAHYAN, termbase) == []
    _one_error(dict(NAHYAN, kk=NAHYAN["kk"].replace("Тахнун", "Тахмун")), termbase, "kk")
