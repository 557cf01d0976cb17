"""Organisations and abbreviations as phrases (task checker20o): an acronym and the phrase
whose initials it spells are the same body or term, in any language; an organisation's name
is read as a phrase, its owner where the language puts it.

The sentences are written here (no corpus text)."""

from __future__ import annotations

import datetime as dt

import pytest

from press.check import check_texts
from press.lang.acronyms import abbreviated, expansion
from press.lang.read_numbers import find_numbers
from press.lang.read_organisations import find_organisations
from tests.edits import edited, packaged_termbase

DAY = dt.date(2026, 9, 21)


def _findings(texts: dict[str, str], termbase: bool = False) -> list[tuple[str, str, tuple[str, ...], str]]:
    entities = packaged_termbase() if termbase else {}
    return [(f.rule, f.severity, tuple(f.langs), f.excerpt)
            for f in check_texts(texts, entities, DAY).findings]


@pytest.mark.parametrize(("acronym", "text", "lang", "phrase"), [
    ("МИД", "сообщило Министерство иностранных дел страны", "ru", "Министерство иностранных дел"),
    ("СІМ", "Қазақстан Сыртқы істер министрлігі хабарлады", "kk", "Сыртқы істер министрлігі"),
    ("MFA", "the Ministry of Foreign Affairs said", "en", "Ministry of Foreign Affairs"),
    ("G2G", "a government-to-government contract", "en", "government-to-government"),
    ("TEU", "9,000 twenty-foot equivalent units a year", "en", "twenty-foot equivalent units"),
    ("ДФЭ", "9 тысяч двадцатифутовых эквивалентов в год", "ru", "двадцатифутовых эквивалентов"),
    ("ЕЭК", "решение Евразийской экономической комиссии", "ru", "Евразийской экономической комиссии"),
    ("ГЭС", "гидроэлектрическая станция", "ru", "гидроэлектрическая станция"),
])
def test_an_acronym_stands_for_the_phrase_whose_initials_it_spells(acronym: str, text: str, lang: str,
                                                                    phrase: str) -> None:
    span = expansion(acronym, text, lang)
    assert span is not None and text[span[0]:span[1]] == phrase


@pytest.mark.parametrize(("acronym", "text", "lang"), [
    ("МИД", "мы и дом", "ru"),  # a small word gives no initial
    ("G2G", "a government contract", "en"),  # the digit's word is not there
    ("MFA", "the Ministry of Finance", "en"),  # one letter short
    ("СІМ", "Сыртқы саяси ведомство", "kk"),  # another phrase
    ("TEU", "teu", "en"),  # one word is no acronym of itself
])
def test_an_acronym_is_no_other_phrase(acronym: str, text: str, lang: str) -> None:
    assert not abbreviated(acronym, text, lang)


_TRADE_EN = ("Astana, 21 September 2026 – Kazakh exporters held a government-to-government meeting and a "
             "business-to-business session with 40 buyers in Riga.")
_TRADE_RU = ("Астана, 21 сентября 2026 года – Казахстанские экспортёры провели встречу в формате G2G и "
             "деловую сессию в формате B2B с 40 покупателями в Риге.")
_TRADE_KK = ("Астана, 2026 жылғы 21 қыркүйек – Қазақстандық экспорттаушылар Ригада G2G форматындағы кездесу "
             "және 40 сатып алушымен B2B форматында іскерлік сессия өткізді.")
_TRADE = {"en": _TRADE_EN, "ru": _TRADE_RU, "kk": _TRADE_KK}


def test_an_acronym_with_a_digit_written_out_in_one_version_is_the_same_term() -> None:
    assert [f for f in _findings(_TRADE) if f[0].startswith("designations.")] == []


@pytest.mark.parametrize(("find", "replace"), [
    ("business-to-business session", "B3B session"),  # another designation instead
    ("business-to-business session", "business session"),  # the term dropped: no B2B at all in en
])
def test_a_designation_the_version_does_not_write_out_is_still_wanted(find: str, replace: str) -> None:
    found = [f for f in _findings(edited(_TRADE, "en", find, replace)) if f[0] == "designations.mismatch"]
    assert [f[2] for f in found] == [("en",)]


_BOX_EN = ("Astana, 21 September 2026 – The parties intend to carry 9,000 twenty-foot equivalent units (TEU) "
           "on the route in 2027, against 6,100 TEU this year.")
_BOX_RU = ("Астана, 21 сентября 2026 года – Стороны намерены перевезти по маршруту в 2027 году 9 тысяч "
           "двадцатифутовых эквивалентов (ДФЭ) против 6 100 ДФЭ в этом году.")
_BOX_KK = ("Астана, 2026 жылғы 21 қыркүйек – Тараптар 2027 жылы бағыт бойынша биылғы 6 100 жиырма футтық "
           "баламаға (TEU) қарсы 9 мың TEU тасымалдауды көздейді.")
_BOX = {"en": _BOX_EN, "ru": _BOX_RU, "kk": _BOX_KK}


@pytest.mark.parametrize(("text", "lang"), [(_BOX_EN, "en"), (_BOX_RU, "ru"), (_BOX_KK, "kk")])
def test_a_unit_named_then_abbreviated_counts_the_figure_and_its_number_word_is_its_own_figure(
        text: str, lang: str) -> None:
    body = text.partition(" – ")[2]  # the dateline's day is no figure of the body
    found = {(int(m.value), m.unit) for m in find_numbers(body, lang) if m.kind != "calendar year"}
    assert found == {(9000, "teu"), (6100, "teu"), (20, "foot")}  # twenty-foot: 20 feet, no 9,020


def test_the_clean_container_release_has_no_number_finding() -> None:
    assert [f for f in _findings(_BOX) if f[0].startswith("numbers.")] == []


@pytest.mark.parametrize(("lang", "find", "replace"), [
    ("en", "9,000 twenty-foot", "8,000 twenty-foot"),
    ("ru", "9 тысяч", "8 тысяч"),
    ("kk", "9 мың TEU", "8 мың TEU"),
])
def test_a_changed_container_figure_is_still_found(lang: str, find: str, replace: str) -> None:
    found = _findings(edited(_BOX, lang, find, replace))
    assert any(f[0] == "numbers.mismatch" and f[1] == "error" and f[2] == (lang,) for f in found)


_MFA_EN = ("Astana, 21 September 2026 – The delegation was headed by Director of the Asia Department of the "
           "Ministry of Foreign Affairs Aigerim Seitkali.")
_MFA_RU = ("Астана, 21 сентября 2026 года – Делегацию возглавила директор Департамента Азии МИД Казахстана "
           "Айгерим Сейткали.")
_MFA_KK = ("Астана, 2026 жылғы 21 қыркүйек – Делегацияны ҚР СІМ Азия департаментінің директоры Айгерім "
           "Сейтқали басқарды.")
_MFA = {"en": _MFA_EN, "ru": _MFA_RU, "kk": _MFA_KK}


def test_a_russian_genitive_place_before_a_ministry_is_the_department_s_not_the_ministry_s_owner() -> None:
    assert [f for f in _findings(_MFA, termbase=True) if f[0].startswith("names.")] == []


def test_a_foreign_ministry_in_russian_is_still_foreign() -> None:
    found = _findings(edited(_MFA, "ru", "МИД Казахстана", "МИД Турции"), termbase=True)
    assert any(f[0] == "names.missing" and f[2] == ("ru",) for f in found)


_UNI_EN = ("Astana, 21 September 2026 – On Monday the Kazakh quartet gave a master class at the "
           "Tulane University School of Music and met students of the Jagiellonian University choir.")
_UNI_RU = ("Астана, 21 сентября 2026 года – В понедельник казахстанский квартет провёл мастер-класс в "
           "Школе музыки Тулейнского университета и встретился со студентами хора Ягеллонского "
           "университета.")
_UNI_KK = ("Астана, 2026 жылғы 21 қыркүйек – Дүйсенбі күні қазақстандық квартет Тулейн университетінің "
           "Музыка мектебінде шеберлік сабағын өткізіп, Ягеллон университеті хорының студенттерімен "
           "кездесті.")
_UNI = {"en": _UNI_EN, "ru": _UNI_RU, "kk": _UNI_KK}


def _names(texts: dict[str, str]) -> list[tuple[str, str, tuple[str, ...], str]]:
    return [f for f in _findings(texts) if f[0].startswith("names.")]


def test_a_university_named_by_an_adjective_of_its_name_is_the_same_university() -> None:
    assert _names(_UNI) == []  # Jagiellonian, Ягеллонского, Ягеллон


@pytest.mark.parametrize(("lang", "find", "replace", "excerpt"), [
    ("en", "Tulane University", "Loyola University", "Loyola University"),  # kk's word is a common one
    ("en", "Jagiellonian University", "Warsaw University", "Warsaw University"),
])
def test_a_university_swapped_in_one_version_is_found(lang: str, find: str, replace: str,
                                                      excerpt: str) -> None:
    found = _names(edited(_UNI, lang, find, replace))
    assert ("names.missing", "error", (lang,), excerpt) in found


_BODY_EN = ("Astana, 21 September 2026 – The forum was organised by the Ministry of Digital "
            "Development, Innovations and Aerospace Industry and the National Export Development Board, "
            "with experts of the Data Protection Authority. Head of the MFA Representation in Almaty "
            "Arman Seitov opened it. Among the exhibitors was Orbis Holdings.")
_BODY_RU = ("Астана, 21 сентября 2026 года – Форум организовали Министерство цифрового развития, "
            "инноваций и аэрокосмической промышленности и Национальный совет по развитию экспорта при "
            "участии экспертов Департамента защиты данных. Его открыл глава Представительства МИД в "
            "Алматы Арман Сейтов. Среди участников выставки была Orbis Holdings.")
_BODY_KK = ("Астана, 2026 жылғы 21 қыркүйек – Форумды Цифрлық даму, инновациялар және аэроғарыш "
            "өнеркәсібі министрлігі мен Ұлттық экспортты дамыту кеңесі Деректерді қорғау "
            "департаментінің сарапшыларының қатысуымен ұйымдастырды. Оны СІМ-нің Алматыдағы "
            "өкілдігінің басшысы Арман Сейтов ашты. Көрмеге қатысушылардың арасында Orbis Holdings "
            "болды.")
_BODY = {"en": _BODY_EN, "ru": _BODY_RU, "kk": _BODY_KK}


def test_bodies_named_by_a_list_of_fields_a_board_an_authority_and_a_unit_before_a_head_agree() -> None:
    assert [f for f in _names(_BODY) if f[0] == "names.missing"] == []


@pytest.mark.parametrize(("lang", "find", "replace"), [
    ("ru", "аэрокосмической промышленности", "атомной промышленности"),  # another field of the ministry
    ("kk", "аэроғарыш өнеркәсібі", "атом өнеркәсібі"),
])
def test_a_ministry_with_another_field_in_one_version_is_found(lang: str, find: str, replace: str) -> None:
    found = _names(edited(_BODY, lang, find, replace))
    assert any(f[0] == "names.missing" and f[2] == (lang,) for f in found)


@pytest.mark.parametrize(("text", "lang", "bodies"), [
    ("the National Export Development Board said", "en", [("committee", ("development",))]),
    ("Head of the MFA Representation in Almaty", "en", [("ministry", ("foreign",)), ("mission", ())]),
    ("глава Представительства МИД в Алматы", "ru", [("mission", ()), ("ministry", ("foreign",))]),
    ("the United Nations Office in Geneva", "en", []),  # a part of a longer name: no unit alone
    ("Аэроғарыш өнеркәсібі министрлігі", "kk", [("ministry", ("aerospace", "industry"))]),  # п → б
])
def test_a_body_is_read_by_its_head_its_fields_and_its_unit(
        text: str, lang: str, bodies: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(o.head, tuple(sorted(o.fields))) for o in find_organisations(text, lang)] == bodies


_BRAND_EN = ("Astana, 21 September 2026 – Representatives of EuroChem and Kazakhtelecom took part in the "
             "meeting with Deputy Minister Yerlan Sadykov.")
_BRAND_RU = ("Астана, 21 сентября 2026 года – Во встрече с заместителем министра Ерланом Садыковым приняли "
             "участие представители компаний «ЕвроХим» и «Казахтелеком».")
_BRAND_KK = ("Астана, 2026 жылғы 21 қыркүйек – Министрдің орынбасары Ерлан Садықовпен кездесуге «ЕвроХим» "
             "және «Қазақтелеком» компанияларының өкілдері қатысты.")
_BRAND = {"en": _BRAND_EN, "ru": _BRAND_RU, "kk": _BRAND_KK}


def test_a_brand_written_part_by_part_in_cyrillic_is_the_same_name() -> None:
    assert _names(_BRAND) == []  # EuroChem = ЕвроХим, Kazakhtelecom = Казахтелеком = Қазақтелеком


@pytest.mark.parametrize(("lang", "find", "replace"), [
    ("ru", "«ЕвроХим»", "«ЕвроГаз»"),  # another part
    ("kk", "«Қазақтелеком»", "«Қазақфильм»"),
])
def test_a_brand_with_another_part_in_one_version_is_found(lang: str, find: str, replace: str) -> None:
    found = _names(edited(_BRAND, lang, find, replace))
    assert any(f[1] == "error" and lang in f[2] for f in found)


_SATBAYEV_EN = ("Astana, 21 September 2026 – Rector Meiram Begentayev of the Satbayev University signed the "
                "agreement.")
_SATBAYEV_RU = ("Астана, 21 сентября 2026 года – Соглашение подписал ректор университета имени Сатпаева "
                "Мейрам Бегентаев.")
_SATBAYEV_KK = ("Астана, 2026 жылғы 21 қыркүйек – Келісімге Сәтбаев университетінің ректоры Мейрам "
                "Бегентаев қол қойды.")
_SATBAYEV = {"en": _SATBAYEV_EN, "ru": _SATBAYEV_RU, "kk": _SATBAYEV_KK}


@pytest.mark.parametrize(("kazakh", "russian"), [("Сәтбаев", "Сатпаев"), ("Сәтбаева", "Сатпаева")])
def test_russian_may_write_p_for_a_kazakh_b_after_t(kazakh: str, russian: str) -> None:
    from press.lang.kazakh import russian_spelling_of

    assert russian_spelling_of(kazakh, russian)
    assert not russian_spelling_of(kazakh.replace("б", "м"), russian)  # another letter is no spelling


@pytest.mark.parametrize(("kazakh", "russian"), [("Бөлекбаев", "Булекпаев"), ("Ақбота", "Акпота")])
def test_after_other_voiceless_consonants_p_for_b_is_no_russian_spelling(kazakh: str, russian: str) -> None:
    """Russian keeps б there (Акбота), so a Kazakh б against a Russian п is a slip in one of them
    (the Kazakh Бөлекпаев written Бөлекбаев)."""
    from press.lang.kazakh import russian_spelling_of

    assert not russian_spelling_of(kazakh, russian)


def test_the_russian_spelling_of_a_name_with_p_for_b_is_no_misspelling() -> None:
    assert _names(_SATBAYEV) == []


def test_a_name_misspelt_otherwise_in_russian_is_still_found() -> None:
    found = _names(edited(_SATBAYEV, "ru", "Сатпаева", "Сатмаева"))
    assert any(f[1] == "error" and "ru" in f[2] for f in found)


_ZONE_EN = ("Kokshetau, 21 September 2026 – The industrial zone AQMOLA in Arshaly district of Akmola Region "
            "has attracted 12 investors.")
_ZONE_RU = ("Кокшетау, 21 сентября 2026 года – Индустриальная зона AQMOLA в Аршалынском районе Акмолинской "
            "области привлекла 12 инвесторов.")
_ZONE_KK = ("Көкшетау, 2026 жылғы 21 қыркүйек – Ақмола облысы Аршалы ауданындағы AQMOLA индустриялық "
            "аймағы 12 инвесторды тартты.")
_ZONE = {"en": _ZONE_EN, "ru": _ZONE_RU, "kk": _ZONE_KK}


def _registered_spelling(texts: dict[str, str]) -> list[tuple[str, str, tuple[str, ...], str]]:
    return [f for f in _findings(texts, termbase=True) if f[0] == "names.spelling"]


def test_a_latin_brand_every_version_keeps_is_no_misspelt_registered_name() -> None:
    assert _registered_spelling(_ZONE) == []


def test_a_registered_name_misspelt_in_latin_in_one_version_is_still_found() -> None:
    found = _registered_spelling(edited(_ZONE, "en", "of Akmola Region", "of Akmolla Region"))
    assert [f[2] for f in found] == [("en",)]


_PLACE_UNI = {
    "en": "London, 21 September 2026 – The evening was opened by Liu Fang, a researcher from the "
          "University of Cambridge.",
    "ru": "Лондон, 21 сентября 2026 года – Вечер открыла исследователь Кембриджского университета Лю Фан.",
    "kk": "Лондон, 2026 жылғы 21 қыркүйек – Кешті Кембридж университетінің зерттеушісі Лю Фан ашты.",
}


def test_a_university_named_after_a_place_is_compared_as_the_place() -> None:
    """Cambridge and «Кембридж» are one city however far apart their letters: the looser reading
    of the third version's word is for a name of its own, not for a place."""
    assert [f for f in _names(_PLACE_UNI) if f[0] == "names.missing"] == []


def test_a_company_s_board_of_is_its_management_not_a_council() -> None:
    assert find_organisations("Deputy Chairman of the Board of KTZ Express Serik Baimukhanov", "en") == ()
