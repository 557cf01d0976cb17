"""A name that is there is found (issue 12, checker20m): a month is no name, a kind noun in the
plural governs every name listed before it, a Kazakh place is read whole before a short one
with endings, a place written by a word no gazetteer knows in that language is there all the
same, a registered place is named by its Kazakh -лық adjective, two words that are one
demonym are no name, a brand the others keep is no body's head in a list, a word CLDR gives to
a world region names that region, a town of four words with a particle is one place — and the
misses of the same mechanisms: a district swapped in a list, a surname swapped after two given
names. Each class in both directions, on sentences written for these tests, in-process through
`check_texts` as `press check --text` runs it (the packaged termbase).
"""

from __future__ import annotations

from press.check import check_texts, recognise
from press.check.unregistered import _named_by_another, adjective_of
from press.lang import kazakh, kind_places, names
from press.lang.read_dates import find_dates
from tests.edits import DAY, edited, packaged_termbase


def _rules(texts: dict[str, str], prefix: str) -> list[tuple[str, list[str], str]]:
    """(rule, langs, excerpt) of the error-level findings of rules *prefix*, as `press check
    --text` reports them."""
    return [(f.rule, f.langs, f.excerpt) for f in check_texts(texts, packaged_termbase(), DAY).findings
            if f.rule.startswith(prefix) and f.severity == "error"]


def _names(texts: dict[str, str]) -> list[tuple[str, list[str], str]]:
    return _rules(texts, "names.")


# --- a month is no company's name --------------------------------------------------------

EXPO = {
    "en": "Almaty, 2 June 2026 – The Kazakh Pharmaceutical Union (KPU) and the Vietnam Pharmaceutical "
          "Association (VNPCA) signed a memorandum in Almaty.\n\n"
          "Chairman Nguyen Van Hai invited Kazakh companies to the Pharma Expo, which will be held in Hanoi "
          "in February 2027.",
    "ru": "Алматы, 2 июня 2026 года – Казахстанский фармацевтический союз (KPU) и Фармацевтическая "
          "ассоциация Вьетнама (VNPCA) подписали меморандум в Алматы.\n\n"
          "Председатель VNPCA Нгуен Ван Хай пригласил казахстанские компании на выставку Pharma Expo, "
          "которая пройдёт в Ханое в феврале 2027 года.",
    "kk": "Алматы, 2026 жылғы 2 маусым – Қазақстан фармацевтика одағы (KPU) мен Вьетнам фармацевтика "
          "қауымдастығы (VNPCA) Алматыда меморандумға қол қойды.\n\n"
          "VNPCA төрағасы Нгуен Ван Хай қазақстандық компанияларды 2027 жылғы ақпанда Ханойда өтетін "
          "Pharma Expo көрмесіне шақырды.",
}


def test_a_month_is_no_brand_in_the_place_of_initials() -> None:
    # February is the one month the English word list lacks: no company's name all the same
    assert not any(excerpt == "February" for _, _, excerpt in _names(EXPO)), _names(EXPO)
    assert recognise.calendar_word("February", "en") and recognise.calendar_word("Friday", "en")
    assert not recognise.calendar_word("Octavia", "en")


# --- names listed before one kind noun in the plural -------------------------------------

FARMERS = {
    "en": "On Friday, the Dutch guests will meet farmers from Zhelezin and Akkuly districts at a round table "
          "organised together with the Zhelezin Agro company.",
    "ru": "В пятницу нидерландские гости встретятся с фермерами Железинского и Аккулинского районов за "
          "круглым столом, организованным совместно с компанией «Железин Агро».",
    "kk": "Жұма күні нидерландтық қонақтар «Железин Агро» компаниясымен бірлесіп ұйымдастырылған дөңгелек "
          "үстелде Железин және Аққулы аудандарының фермерлерімен кездеседі.",
}


def test_a_plural_kind_noun_governs_every_name_listed_before_it() -> None:
    for text, lang, listed in (
            ("farmers from Zhelezin and Akkuly districts", "en", ["Zhelezin", "Akkuly"]),
            ("farmers from Zhelezin, Akkuly and Irtysh districts", "en", ["Zhelezin", "Akkuly", "Irtysh"]),
            ("фермерами Железинского и Аккулинского районов", "ru", ["Железинского", "Аккулинского"]),
            ("Железин және Аққулы аудандарының фермерлері", "kk", ["Железин", "Аққулы"]),
            ("Железин, Аққулы және Ертіс аудандарында", "kk", ["Железин", "Аққулы", "Ертіс"]),
            ("the akims of East Kazakhstan and Abai regions", "en", ["East Kazakhstan", "Abai"])):
        assert [p.name for p in kind_places.kind_places(text, lang)] == listed, text
    # a kind noun in the singular governs only the name right before it
    assert [p.name for p in kind_places.kind_places("Kazakhstan and Akkuly district", "en")] == ["Akkuly"]
    assert [p.name for p in kind_places.kind_places("Қазақстан мен Аққулы ауданы", "kk")] == ["Аққулы"]


def test_districts_listed_under_one_kind_noun_are_there() -> None:
    assert _names(FARMERS) == []


def test_a_district_swapped_in_a_list_is_found_though_a_company_bears_its_name() -> None:
    swapped = edited(FARMERS, "en", "Zhelezin and Akkuly districts", "Akkuly and Zhelezin districts")
    assert _names(swapped) == []  # the same two districts in another order
    swapped = edited(FARMERS, "ru", "Железинского и Аккулинского", "Аккулинского и Щербактинского")
    assert any(langs == ["ru"] for _, langs, _ in _names(swapped)), _names(swapped)
    # the district swapped in is named elsewhere only inside the «quoted» company's name
    texts = edited(FARMERS, "en", "Zhelezin Agro", "Uspen Agro")
    texts = edited(texts, "ru", "«Железин Агро»", "«Успен Агро»")
    texts = edited(texts, "kk", "«Железин Агро»", "«Успен Агро»")
    assert _names(texts) == []
    swapped = edited(texts, "en", "Zhelezin and Akkuly districts", "Uspen and Akkuly districts")
    found = _names(swapped)
    assert any(langs == ["en"] and "Uspen" in excerpt for _, langs, excerpt in found), found


def test_a_place_another_listed_name_matches_is_not_the_counterpart_of_a_near_one() -> None:
    def mention(text: str, lang: str) -> names.NameMention:
        return names.NameMention(lang, 0, len(text), text, (names.NameWord(text, lang, 0, len(text), None),),
                                 False, "district")
    own, same, other = mention("Akkuly", "en"), mention("Аққулы", "kk"), mention("Ертіс", "kk")
    assert _named_by_another(own, other, [same, other])
    assert not _named_by_another(own, other, [other])
    assert not _named_by_another(own, same, [same, other])


# --- ң romanised n or ng ------------------------------------------------------------------

def test_the_kazakh_ng_is_n_or_ng_in_english() -> None:
    def same(latin: str, kazakh_word: str) -> str:
        return names.compare_words(names.NameWord(latin, "en", 0, len(latin), None),
                                   names.NameWord(kazakh_word, "kk", 0, len(kazakh_word), None)).status
    for latin, kazakh_word in (("Tengiz", "Теңіз"), ("Zhanakorgan", "Жаңақорған"),
                               ("Zhangakorgan", "Жаңақорған"), ("Koktenkol", "Көктеңкөл")):
        assert same(latin, kazakh_word) == "same", latin
    assert same("Tegiz", "Теңіз") != "same"  # a letter lost is still a slip


# --- a Kazakh place read whole before a place of two letters with endings -----------------

def test_a_town_of_the_whole_word_before_a_two_letter_place() -> None:
    shusha = names.place_id("Shusha", "en")
    assert shusha is not None
    for form in ("Шуша", "Шушада", "Шушаға", "Шушадан"):
        assert names.place_id(form, "kk") == shusha, form
    chu = names.place_id("Шу", "kk")
    for form in ("Шуда", "Шуға", "Шудағы"):  # the Chu valley with its endings stays itself
        assert names.place_id(form, "kk") == chu, form


# --- a place written by a word no gazetteer knows in that language ------------------------

PLANT = {
    "en": "The day before, the delegation visited the Karatau phosphate plant and the town of Zhanatas, "
          "and met the workers.",
    "ru": "Накануне делегация посетила Каратауский фосфорный завод и город Жанатас и встретилась с рабочими.",
    "kk": "Бір күн бұрын делегация Қаратау фосфор зауыты мен Жаңатас қаласында болып, жұмысшылармен "
          "кездесті.",
}


def test_a_place_adjective_and_a_kazakh_spelling_are_no_swap() -> None:
    assert _names(PLANT) == []
    # either reading alone clears it: the Russian adjective names the English town, and the
    # Russian town is written by the other versions in spellings their gazetteers lack
    only_town = edited(PLANT, "ru", "Каратауский фосфорный завод", "фосфорный завод в Каратау")
    assert _names(only_town) == []
    swapped = edited(PLANT, "kk", "Жаңатас қаласында", "Шардара қаласында")
    assert any(langs == ["kk"] for _, langs, _ in _names(swapped)), _names(swapped)


# --- a capitalised month before a name is a person --------------------------------------

TALK = {
    "en": "The workshop was held on 12 March 2026. Mart Tamm of Nortal spoke about data protection.",
    "ru": "Семинар прошёл 12 марта 2026 года. Март Тамм из компании Nortal рассказал о защите данных.",
    "kk": "Семинар 2026 жылғы 12 наурызда өтті. Nortal компаниясының өкілі Март Тамм деректерді қорғау "
          "туралы айтты.",
}


def test_a_month_opening_a_sentence_before_a_name_is_no_date() -> None:
    assert find_dates("Март Тамм из компании Nortal рассказал о защите данных.", "ru") == []
    assert [d.month for d in find_dates("Март стал рекордным месяцем.", "ru")] == [3]
    assert _rules(TALK, "dates") == []
    moved = edited(TALK, "ru", "12 марта 2026 года", "12 апреля 2026 года")
    assert any(langs == ["ru"] for _, langs, _ in _rules(moved, "dates")), _rules(moved, "dates")


# --- a registered place by its Kazakh -лық adjective --------------------------------------

ENSEMBLE = {
    "en": "The Astana dombra ensemble and the New Zealand guests performed together in Kyoto.",
    "ru": "Ансамбль домбристов из Астаны и гости из Новой Зеландии выступили вместе в Киото.",
    "kk": "Киотода астаналық домбырашылар ансамблі мен жаңазеландиялық қонақтар бірге өнер көрсетті.",
}


def test_the_kazakh_adjective_of_a_place_names_it() -> None:
    for place, adjective in (("Астана", "астаналық"), ("Жаңа Зеландия", "жаңазеландиялық"),
                             ("Мәскеу", "мәскеулік"), ("Шымкент", "шымкенттік"), ("Ақтөбе", "ақтөбелік")):
        assert kazakh.relational_adjective(place.replace(" ", "")) == adjective
    new_zealand = names.place_id("New Zealand", "en")
    probe = names.NameWord("Zealand", "en", 0, 7, new_zealand)
    assert adjective_of(probe, "жаңазеландиялық", "kk")  # a name of two words, its adjective one word
    assert not adjective_of(probe, "жаңа", "kk")
    assert _names(ENSEMBLE) == []
    swapped = edited(ENSEMBLE, "kk", "астаналық", "алматылық")
    assert any(langs == ["kk"] for _, langs, _ in _names(swapped)), _names(swapped)


DISTRIBUTOR = {
    "en": "The Georgian winery signed a contract with the Shymkent distributor Batys Trade yesterday.",
    "ru": "Вчера грузинская винодельня подписала контракт с шымкентским дистрибьютором «Батыс Трейд».",
    "kk": "Кеше грузиялық шарап зауыты шымкенттік «Батыс Трейд» дистрибьюторымен келісімшартқа қол қойды.",
}


def test_the_russian_adjective_of_a_place_names_it_in_any_case() -> None:
    """A lower-case Russian -ский adjective of a registered town (шымкентским, the instrumental)
    names it as the Kazakh -лық one does: no version lacks the town."""
    assert _names(DISTRIBUTOR) == []
    swapped = edited(DISTRIBUTOR, "ru", "шымкентским", "таразским")
    assert any(langs == ["ru"] for _, langs, _ in _names(swapped)), _names(swapped)


# --- a surname swapped after two given names ---------------------------------------------

PROFESSOR = {
    "en": "Professor Maria Luisa Ferreira of the University of Porto proposed a joint laboratory in Taraz.",
    "ru": "Профессор Университета Порту Мария Луиза Феррейра предложила открыть совместную лабораторию "
          "в Таразе.",
    "kk": "Порту университетінің профессоры Мария Луиза Феррейра Таразда бірлескен зертхана ашуды ұсынды.",
}


def test_a_surname_swapped_after_two_given_names_is_found() -> None:
    assert _names(PROFESSOR) == []
    swapped = edited(PROFESSOR, "kk", "Мария Луиза Феррейра", "Мария Луиза Сантуш")
    assert any(langs == ["kk"] for _, langs, _ in _names(swapped)), _names(swapped)
    swapped = edited(PROFESSOR, "en", "Maria Luisa Ferreira", "Maria Luisa Pereira")
    assert any(langs == ["en"] for _, langs, _ in _names(swapped)), _names(swapped)


# --- a demonym of two words, a brand in a list, a region's name, a town with a particle ------

FAIR = {
    "en": "The fair brings together 30 Costa Rican companies, among them Dos Pinos, Alpha Holdings and "
          "Zenit. Trade between Kazakhstan and Costa Rica grew. Director of the Americas Department Aliya "
          "Serikova invited them to the Expo in Santiago del Estero.",
    "ru": "На ярмарке представлены 30 костариканских компаний, в том числе Dos Pinos, Alpha Holdings и "
          "Zenit. Товарооборот между Казахстаном и Коста-Рикой вырос. Директор Департамента Америки МИД Алия "
          "Серикова пригласила их на выставку в Сантьяго-дель-Эстеро.",
    "kk": "Жәрмеңкеде Коста-Риканың 30 компаниясы, соның ішінде Dos Pinos, Alpha Holdings және Zenit бар. "
          "Қазақстан мен Коста-Рика арасындағы тауар айналымы өсті. СІМ Америка департаментінің директоры "
          "Әлия Серікова оларды Сантьяго-дель-Эстерода өтетін көрмеге шақырды.",
}


def test_names_there_in_a_list_a_demonym_a_region_and_a_compound_town() -> None:
    assert _names(FAIR) == []
    assert recognise.find_names("30 Costa Rican companies", "en") == ()
    for town, cyrillic in (("Santiago del Estero", "Сантьяго-дель-Эстеро"),
                           ("Santa Cruz de Tenerife", "Санта-Крус-де-Тенерифеде")):
        found = recognise.find_names(f"the Expo in {town} opened.", "en")
        assert [m.text for m in found] == [town]
        assert found[0].words[0].place == names.place_id(cyrillic, "kk") is not None


def test_a_brand_inside_a_body_s_longer_name_leaves_the_body_counted() -> None:
    texts = {
        "en": "The SOAS University of London hosted the readings. The centrepiece of the evening was a "
              "concert.",
        "ru": "Чтения прошли в Школе востоковедения Лондонского университета (SOAS). Центральным событием "
              "вечера стал концерт.",
        "kk": "Оқулар Лондон университетінің Шығыстану мектебінде (SOAS) өтті. Кештің басты оқиғасы концерт "
              "болды.",
    }
    assert _names(texts) == []


def test_a_town_or_a_country_swapped_beside_them_is_still_found() -> None:
    swapped = edited(FAIR, "kk", "Сантьяго-дель-Эстерода", "Мендосада")
    assert any(langs == ["kk"] for _, langs, _ in _names(swapped)), _names(swapped)
    swapped = edited(FAIR, "en", "Kazakhstan and Costa Rica", "Kazakhstan and Panama")
    assert any(langs == ["en"] for _, langs, _ in _names(swapped)), _names(swapped)
