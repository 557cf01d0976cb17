"""A shortened title is no missing name (issue 12, helper checker21r): the place words of the
name of a part of a body (the Department of Asia and Africa, «Департамент Азии и Африки»,
«Азия және Африка департаменті», the Middle East Desk), the body whose part a title names (the
Ministry of Foreign Affairs, МИД, СІМ after or before the department) and the places of an
envoy's title (Ambassador of Kazakhstan to Brazil, «Посол Казахстана в Бразилии», «Қазақстанның
Бразилиядағы Елшісі») are parts of the title. A version that shortens the title ("Director",
«директор департамента», «департамент директоры», "Ambassador") leaves out no name, and its
lack of the ministry pairs it with no other ministry of the paragraph; a different place in the
title (the Department of Europe) or another ministry (the Ministry of Energy) is still an error.

The texts are written here (own officials, departments, ministries and countries). Planted back:
without `_names_a_part` in `find_mentions` 11 tests fail (the registered MFA, Europe, Kazakhstan,
Brazil), without `_part_left_out` 8 (the free Asia, Africa, Middle East), without
`instead.part or not k.part` in slots the 2 ministry-pairing tests, without `title_places` in
`_part_left_out` 3 (the Department of Europe for that of Asia and Africa passes unnoticed), without
`title_places` in `_title_swapped` 1 («МИД Узбекистана» for «МИД Казахстана»).
"""

from __future__ import annotations

import pytest

from press.lang.names import names_a_part
from tests.edits import edited, findings

ASIA = {
    "en": "On 8 July 2026 in Astana, Director of the Department of Asia and Africa of the Ministry of "
          "Foreign Affairs Yerbol Sarsenbayev met a delegation of the Ministry of Industry and Trade of "
          "Vietnam. The sides discussed rice supplies, which reached 120,000 tonnes in 2025.",
    "ru": "8 июля 2026 года в Астане директор Департамента Азии и Африки МИД Казахстана Ербол Сарсенбаев "
          "встретился с делегацией Министерства промышленности и торговли Вьетнама. Стороны обсудили "
          "поставки риса, которые в 2025 году достигли 120 тысяч тонн.",
    "kk": "2026 жылғы 8 шілдеде Астанада ҚР СІМ Азия және Африка департаментінің директоры Ербол "
          "Сәрсенбаев Вьетнамның Өнеркәсіп және сауда министрлігінің делегациясымен кездесті. Тараптар 2025 "
          "жылы 120 мың тоннаға жеткен күріш жеткізілімдерін талқылады.",
}
ENVOY = {
    "en": "On 9 July 2026, Ambassador of Kazakhstan to Brazil Askar Temirov met the Governor of the State of "
          "Parana in Curitiba. The parties discussed soybean trade, which grew by 14 per cent in 2025.",
    "ru": "9 июля 2026 года Посол Казахстана в Бразилии Аскар Темиров встретился с губернатором штата Парана "
          "в Куритибе. Стороны обсудили торговлю соей, которая в 2025 году выросла на 14 процентов.",
    "kk": "2026 жылғы 9 шілдеде Қазақстанның Бразилиядағы Елшісі Асқар Теміров Куритиба қаласында Парана "
          "штатының губернаторымен кездесті. Тараптар 2025 жылы 14 пайызға өскен соя саудасын талқылады.",
}
DESK = {
    "en": "On 7 July 2026, Head of the Middle East Desk of the Foreign Ministry Marat Zhunusov held "
          "consultations with a delegation of Oman in Astana. The sides agreed to open 2 new flights.",
    "ru": "7 июля 2026 года руководитель Ближневосточного департамента МИД Марат Жунусов провел консультации "
          "с делегацией Омана в Астане. Стороны договорились открыть 2 новых рейса.",
    "kk": "2026 жылғы 7 шілдеде СІМ Таяу Шығыс департаментінің басшысы Марат Жүнісов Астанада Оман "
          "делегациясымен консультациялар өткізді. Тараптар 2 жаңа рейс ашуға келісті.",
}
EUROPE = {"en": ASIA["en"].replace("Department of Asia and Africa", "Department of Europe"),
          "ru": ASIA["ru"].replace("Департамента Азии и Африки", "Департамента Европы"),
          "kk": ASIA["kk"].replace("Азия және Африка", "Еуропа")}
"""A department whose place is registered (Europe)."""
WATER = {
    "en": ASIA["en"].replace("Ministry of Industry and Trade of Vietnam",
                             "Ministry of Agriculture and Water Resources of Uzbekistan"),
    "ru": ASIA["ru"].replace("Министерства промышленности и торговли Вьетнама",
                             "Министерства сельского и водного хозяйства Узбекистана"),
    "kk": ASIA["kk"].replace("Вьетнамның Өнеркәсіп және сауда министрлігінің",
                             "Өзбекстанның Ауыл және су шаруашылығы министрлігінің"),
}
"""Another ministry whose fields only en reads (ru and kk share «хозяйства», «шаруашылығы»)."""
TEXTS = {"asia": ASIA, "envoy": ENVOY, "desk": DESK, "europe": EUROPE, "water": WATER}


def _names(texts: dict[str, str]) -> list[tuple[str, str, str, str]]:
    return findings(texts["en"], texts["ru"], texts["kk"])


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_clean_texts_have_no_names_finding(name: str) -> None:
    assert _names(TEXTS[name]) == []


@pytest.mark.parametrize(("name", "lang", "old", "new"), [
    ("asia", "en", "Director of the Department of Asia and Africa of the Ministry of Foreign Affairs",
     "Director"),
    ("asia", "en", "Director of the Department of Asia and Africa of the Ministry of Foreign Affairs",
     "Asia and Africa Department Director"),
    ("asia", "ru", "директор Департамента Азии и Африки МИД Казахстана", "директор департамента"),
    ("asia", "ru", "директор Департамента Азии и Африки МИД Казахстана", "директор"),
    ("asia", "kk", "ҚР СІМ Азия және Африка департаментінің директоры", "департамент директоры"),
    ("asia", "kk", "ҚР СІМ Азия және Африка департаментінің директоры", "директоры"),
    ("europe", "en", "Director of the Department of Europe of the Ministry of Foreign Affairs", "Director"),
    ("europe", "ru", "директор Департамента Европы МИД Казахстана", "директор"),
    ("europe", "kk", "ҚР СІМ Еуропа департаментінің директоры", "директоры"),
    ("desk", "en", "Head of the Middle East Desk of the Foreign Ministry", "Head of Desk"),
    ("desk", "ru", "руководитель Ближневосточного департамента МИД", "руководитель департамента"),
    ("desk", "kk", "СІМ Таяу Шығыс департаментінің басшысы", "департамент басшысы"),
    ("envoy", "en", "Ambassador of Kazakhstan to Brazil", "Ambassador"),
    ("envoy", "ru", "Посол Казахстана в Бразилии", "Посол"),
    ("envoy", "kk", "Қазақстанның Бразилиядағы Елшісі", "Елші"),
])
def test_a_shortened_title_is_no_finding(name: str, lang: str, old: str, new: str) -> None:
    assert _names(edited(TEXTS[name], lang, old, new)) == []


@pytest.mark.parametrize(("name", "lang", "old", "new"), [
    ("asia", "en", "Department of Asia and Africa", "Department of Europe"),
    ("asia", "ru", "Департамента Азии и Африки", "Департамента Европы"),
    ("asia", "kk", "Азия және Африка департаментінің", "Еуропа департаментінің"),
    ("europe", "en", "Department of Europe", "Department of Asia"),
    ("europe", "ru", "Департамента Европы", "Департамента Азии"),
    ("europe", "kk", "Еуропа департаментінің", "Азия департаментінің"),
    ("asia", "en", "of the Ministry of Foreign Affairs", "of the Ministry of Energy"),
    ("water", "en", "of the Ministry of Foreign Affairs", "of the Ministry of Energy"),
    ("asia", "ru", "МИД Казахстана", "Министерства энергетики Казахстана"),
    ("asia", "ru", "МИД Казахстана", "МИД Узбекистана"),
    ("envoy", "en", "Ambassador of Kazakhstan to Brazil", "Ambassador of Uzbekistan"),
    ("asia", "kk", "ҚР СІМ", "ҚР Энергетика министрлігінің"),
    ("envoy", "en", "to Brazil", "to Argentina"),
    ("envoy", "ru", "в Бразилии", "в Аргентине"),
    ("envoy", "kk", "Бразилиядағы", "Аргентинадағы"),
    ("envoy", "en", "of Kazakhstan", "of Kyrgyzstan"),
    ("envoy", "ru", "Посол Казахстана", "Посол Киргизии"),
])
def test_another_place_or_ministry_in_the_title_is_an_error(name: str, lang: str, old: str, new: str) -> None:
    assert any(rule == "names.missing" and severity == "error" and langs == lang
               for rule, severity, langs, _ in _names(edited(TEXTS[name], lang, old, new)))


@pytest.mark.parametrize("new", ["Asia and Africa Department Director", "Director"])
def test_a_dropped_ministry_pairs_with_no_other_ministry(new: str) -> None:
    """The title shortened in en drops the Ministry of Foreign Affairs; ru and kk name МИД, СІМ
    and the Uzbek ministry, whose fields only en reads: no swap of МИД for it."""
    old = "Director of the Department of Asia and Africa of the Ministry of Foreign Affairs"
    assert _names(edited(WATER, "en", old, new)) == []


@pytest.mark.parametrize(("lang", "text", "name", "part"), [
    ("en", "the Europe Department of the Ministry", "Europe", True),
    ("en", "the Europe Department of the Ministry", "Ministry", True),
    ("en", "Department of Asia and Africa", "Africa", True),
    ("en", "the Latin America Desk", "America", True),
    ("en", "Ambassador of Kazakhstan to Brazil", "Brazil", True),
    ("en", "Ambassador of Kazakhstan to Brazil", "Kazakhstan", True),
    ("en", "the delegation of Europe arrived", "Europe", False),
    ("en", "trade with Brazil grew", "Brazil", False),
    ("ru", "директора Департамента Европы МИД", "Европы", True),
    ("ru", "директора Департамента Европы МИД", "МИД", True),
    ("ru", "Департамента Азии и Африки", "Африки", True),
    ("ru", "Европейского департамента", "Европейского", True),
    ("ru", "Посол Казахстана в Бразилии", "Бразилии", True),
    ("ru", "делегация Европы прибыла в Бразилию", "Европы", False),
    ("ru", "после визита в Бразилию", "Бразилию", False),
    ("kk", "СІМ Еуропа департаментінің", "Еуропа", True),
    ("kk", "СІМ Еуропа департаментінің", "СІМ", True),
    ("kk", "Азия және Африка департаментінің", "Азия", True),
    ("kk", "Қазақстанның Бразилиядағы Елшісі", "Бразилиядағы", True),
    ("kk", "Астанада департамент директоры", "Астанада", False),
    ("kk", "Бразилиядағы кездесуде", "Бразилиядағы", False),
])
def test_names_a_part(lang: str, text: str, name: str, part: bool) -> None:
    start = text.index(name)
    assert names_a_part(text, start, start + len(name), lang) is part
