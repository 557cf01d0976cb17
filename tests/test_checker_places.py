"""Places and organisations (issue 12, checker8): a place or organisation swapped in one version
without a cue word, former names, Russian place adjectives, organisations by their head noun
and field, Latin company names. Each case is written here (own sentences) and fails without
its rule.

All in-process: plain texts through `check_texts` with the toolkit's termbase (as `press check
--text` reads it).
"""

from __future__ import annotations

import test_checker_classes3 as classes3

from press.check import check_texts

DAY = classes3.DAY
termbase = classes3.termbase


def _found(texts: dict[str, str], termbase: dict) -> list[tuple[str, list[str]]]:
    return [(f.rule, f.langs) for f in check_texts(texts, termbase, DAY).findings]


def _each_flagged(texts: dict[str, str], edits: tuple[tuple[str, str, str], ...], termbase: dict) -> None:
    """Each edit (language, old, new) alone makes names.missing flag that language, nothing else."""
    assert _found(texts, termbase) == []
    for lang, old, new in edits:
        assert old in texts[lang], old
        edited = dict(texts, **{lang: texts[lang].replace(old, new)})
        assert _found(edited, termbase) == [("names.missing", [lang])], (lang, new)


def test_a_city_swapped_where_the_paragraph_names_it_again_is_found(termbase: dict) -> None:
    """The others name Atyrau twice; a version with Atyrau once and Tashkent instead swapped one
    (the one Atyrau left masks the swap from a check of presence alone)."""
    texts = {"en": "The forum opened in Atyrau on 14 May. In June it will again be held in Atyrau, "
                   "the organisers said.",
             "kk": "Форум 14 мамырда Атырауда ашылды. Маусымда ол тағы да Атырауда өтеді, деді "
                   "ұйымдастырушылар.",
             "ru": "Форум открылся в Атырау 14 мая. В июне он вновь пройдёт в Атырау, "
                   "сообщили организаторы."}
    _each_flagged(texts, (("en", "again be held in Atyrau", "again be held in Tashkent"),
                          ("kk", "тағы да Атырауда", "тағы да Бішкекте"),
                          ("ru", "вновь пройдёт в Атырау", "вновь пройдёт в Актау")), termbase)


def test_border_crossings_rivers_and_reservoirs_are_places(termbase: dict) -> None:
    """Places CLDR does not know (a border crossing, a reservoir, a town of a neighbour) are in
    the gazetteer's data with their Kazakh and Russian forms, in any case form."""
    texts = {"en": "On 14 May trucks crossed at the Dostyk checkpoint, and water from the Bukhtarma "
                   "reservoir reached Ganja farmers.",
             "kk": "14 мамырда жүк көліктері Достық өткізу пунктінен өтті, ал Бұқтырма су қоймасының "
                   "суы Гәнжә фермерлеріне жетті.",
             "ru": "14 мая грузовики прошли через пункт пропуска Достык, а вода Бухтарминского "
                   "водохранилища дошла до фермеров Гянджи."}
    _each_flagged(texts, (("kk", "Достық өткізу", "Алтынкөл өткізу"),
                          ("en", "the Bukhtarma reservoir", "the Kapshagay reservoir"),
                          ("ru", "фермеров Гянджи", "фермеров Сумгаита")), termbase)


def test_a_former_name_is_the_same_place() -> None:
    """Semipalatinsk and Семей, Гурьев and Atyrau: old and new names of one city."""
    from press.lang.names import place_id

    assert place_id("Semipalatinsk", "en") == place_id("Семейде", "kk") == place_id("Семипалатинске", "ru") \
        is not None
    assert place_id("Гурьева", "ru") == place_id("Atyrau", "en")
    assert place_id("Ust-Kamenogorsk", "en") == place_id("Өскеменде", "kk")


def test_a_russian_place_adjective_names_the_place(termbase: dict) -> None:
    """«Женевской конвенции», «Каспийского моря»: the place a capitalised adjective is made
    from, by the usual rules (Женева → женевский) or listed (Баку → бакинский); another one in
    the same slot is a swap."""
    from press.lang.names import place_id

    assert place_id("Бакинскую", "ru") == place_id("Baku", "en")
    assert place_id("Токийской", "ru") == place_id("Tokyo", "en")
    assert place_id("черноморских", "ru") == place_id("Черноморского", "ru") is not None  # any case
    sea = {"en": "On 14 May the first train from Aktau reached the Black Sea ports in nine days.",
           "kk": "14 мамырда Ақтаудан шыққан алғашқы пойыз Қара теңіз порттарына тоғыз күнде жетті.",
           "ru": "14 мая первый поезд из Актау дошёл до черноморских портов за девять дней."}
    assert _found(sea, termbase) == []
    texts = {"en": "On 14 May the diplomats discussed the Geneva Conventions and the Caspian Sea.",
             "kk": "14 мамырда дипломаттар Женева конвенцияларын және Каспий теңізін талқылады.",
             "ru": "14 мая дипломаты обсудили Женевские конвенции и Каспийское море."}
    _each_flagged(texts, (("ru", "Женевские конвенции", "Венские конвенции"),), termbase)


def test_short_and_compound_place_names_in_case_forms(termbase: dict) -> None:
    """Ош in the Kazakh locative (Ошта: a name of two letters, which stems keep whole); a
    compound of two places (Нарын-Сырдария каскады) names both, which English writes apart,
    and a bilateral compound (Қазақстан-Жапония) is no one place."""
    from press.lang.names import place_id

    assert place_id("Ошта", "kk") == place_id("Оше", "ru") == place_id("Osh", "en") is not None
    assert place_id("Қазақстан-Жапония", "kk") is None
    texts = {"en": "On 14 May the sides agreed on the water of the Naryn–Syr Darya cascade.",
             "kk": "14 мамырда тараптар Нарын-Сырдария каскадының суы туралы келісті.",
             "ru": "14 мая стороны договорились о воде Нарын-Сырдарьинского каскада."}
    assert _found(texts, termbase) == []


def test_a_ministry_swapped_for_another_is_found(termbase: dict) -> None:
    """A ministry is its head noun and its field in every language; another field or another
    head in one version, the others agreeing, is another body."""
    texts = {"en": "On 14 May the Ministry of Health and the Tax Committee of the Ministry of Finance "
                   "signed the plan.",
             "kk": "14 мамырда Денсаулық сақтау министрлігі мен Қаржы министрлігінің Салық комитеті "
                   "жоспарға қол қойды.",
             "ru": "14 мая Министерство здравоохранения и Комитет государственных доходов Министерства "
                   "финансов подписали план."}
    _each_flagged(texts, (("en", "Ministry of Health", "Ministry of Culture"),
                          ("kk", "Салық комитеті", "Салық департаменті"),
                          ("ru", "Министерство здравоохранения", "Министерство энергетики")), termbase)


def test_an_organisation_swapped_by_its_initials_is_found(termbase: dict) -> None:
    """Registered organisations by initials (OSCE/ЕҚЫҰ/ОБСЕ, CIS/ТМД/СНГ): a version naming
    another where the others name this one twice swapped it."""
    texts = {"en": "On 14 May the OSCE mission met the students. The OSCE grants will be paid in June.",
             "kk": "14 мамырда ЕҚЫҰ миссиясы студенттермен кездесті. ЕҚЫҰ гранттары маусымда төленеді.",
             "ru": "14 мая миссия ОБСЕ встретилась со студентами. Гранты ОБСЕ будут выплачены в июне."}
    _each_flagged(texts, (("kk", "ЕҚЫҰ гранттары", "ТМД гранттары"),), termbase)


def test_a_latin_company_name_is_kept_and_compared(termbase: dict) -> None:
    """A company's Latin name in the Kazakh and Russian versions is no untranslated English,
    and another company's in its place is a swap."""
    texts = {"en": "On 14 May the first turbines built together with General Electric arrived in Aktobe.",
             "kk": "14 мамырда General Electric компаниясымен бірлесіп жасалған алғашқы турбиналар "
                   "Ақтөбеге жетті.",
             "ru": "14 мая первые турбины, созданные совместно с General Electric, прибыли в Актобе."}
    _each_flagged(texts, (("ru", "General Electric", "Siemens Energy"),), termbase)
    kept = {lang: text.replace("General Electric", "Leonardo Defence and Security")
            for lang, text in texts.items()}
    assert _found(kept, termbase) == []


def test_a_gloss_swaps_nothing(termbase: dict) -> None:
    """"Zagreb, Croatia … there" adds a country and names the city once where the others name it
    twice: a deficit and a surplus, but of two kinds (a city, a country), no swap."""
    texts = {"en": "On 14 May the delegation arrived in Zagreb, Croatia, and held talks there.",
             "kk": "14 мамырда делегация Загребке келіп, Загребте келіссөздер жүргізді.",
             "ru": "14 мая делегация прибыла в Загреб и провела переговоры в Загребе."}
    assert _found(texts, termbase) == []


def test_a_company_name_in_its_own_spelling_is_no_place_spelt_two_ways(termbase: dict) -> None:
    """«Казакстан Темир Жолы» keeps the Kazakh spelling inside the quotation marks; Казахстан
    elsewhere in the Russian text is the country, not the same name spelt two ways."""
    texts = {"en": "On 14 May Kazakhstan Temir Zholy opened a depot in Kazakhstan's north.",
             "kk": "14 мамырда «Қазақстан Темір Жолы» Қазақстанның солтүстігінде депо ашты.",
             "ru": "14 мая АО «Казакстан Темир Жолы» открыло депо на севере Казахстана."}
    assert _found(texts, termbase) == []


def test_a_place_no_gazetteer_knows_in_a_known_one_s_slot_is_a_swap(termbase: dict) -> None:
    """"held in Kobe" where the others say Osaka (named again elsewhere): an unknown name the
    words around it make a place, in the slot of a known place; a Latin name two versions
    write and the third lacks altogether is dropped."""
    texts = {"en": "On 14 May the commission met in Osaka. The next meeting will be held in Osaka, "
                   "with Mitsui, Marubeni and Sojitz.",
             "kk": "14 мамырда комиссия Осакада жиналды. Келесі отырыс Mitsui, Marubeni және Sojitz "
                   "компанияларының қатысуымен Осакада өтеді.",
             "ru": "14 мая комиссия собралась в Осаке. Следующее заседание пройдёт в Осаке с участием "
                   "Mitsui, Marubeni и Sojitz."}
    _each_flagged(texts, (("en", "be held in Osaka", "be held in Kobe"),
                          ("ru", "Mitsui, Marubeni и Sojitz", "Mitsui и Marubeni")), termbase)


def test_a_company_in_quotation_marks_swapped_for_another_is_found(termbase: dict) -> None:
    """«ҚазАвтоЖол», «КазАвтоЖол» and KazAvtoZhol are one company in three scripts; another
    quoted name in one version where it lacks the first in every script is another company."""
    texts = {"en": "On 14 May the national company KazAvtoZhol and Equinor agreed to extend their work "
                   "until 2030.",
             "kk": "14 мамырда «ҚазАвтоЖол» ұлттық компаниясы мен Equinor жұмысты 2030 жылға дейін "
                   "ұзартуға келісті.",
             "ru": "14 мая национальная компания «КазАвтоЖол» и Equinor договорились продлить работу "
                   "до 2030 года."}
    _each_flagged(texts, (("ru", "«КазАвтоЖол»", "«Самрук-Энерго»"),
                          ("kk", "«ҚазАвтоЖол»", "«Қазақтелеком»"),
                          ("en", "KazAvtoZhol", "Kazakhtelecom")), termbase)


def test_a_registered_region_named_by_another_form_is_not_missing(termbase: dict) -> None:
    """The termbase registers область Жетысу and Мангистауская область; a version that says
    «Жетысуской области» or «полуострова Мангистау» names the same place (the gazetteer's)."""
    texts = {"en": "On 14 May new rail lines were opened in Zhetisu Region and Mangystau Region.",
             "kk": "14 мамырда Жетісу облысы мен Маңғыстау облысында жаңа темір жол желілері ашылды.",
             "ru": "14 мая новые железнодорожные линии открыты в Жетысуской области и на полуострове "
                   "Мангистау."}
    assert _found(texts, termbase) == []


def test_a_city_is_no_replacement_of_a_region(termbase: dict) -> None:
    """Two versions: the one lacking the registered Central Asia («China-Central Asia» does not
    match its form) names a city the other lacks (Chengdu): a city does not replace a region."""
    texts = {"en": "On 14 May the fifth China-Central Asia ministerial meeting was held in Chengdu.",
             "kk": "14 мамырда «Орталық Азия – Қытай» форматындағы министрлердің бесінші кездесуі өтті."}
    assert _found(texts, termbase) == []


def test_a_chamber_or_a_committee_swapped_is_found(termbase: dict) -> None:
    """The Senate for the Mazhilis, a Border Service for a Revenue Committee: heads and fields of
    organisations' names; the Tax Committee is the State Revenue Committee (one field)."""
    texts = {"en": "On 14 May the Senate approved the agreement, and the Tax Committee will apply it.",
             "kk": "14 мамырда Сенат келісімді мақұлдады, оны Мемлекеттік кірістер комитеті қолданады.",
             "ru": "14 мая Сенат одобрил соглашение, его будет применять Налоговый комитет."}
    _each_flagged(texts, (("en", "the Senate approved", "the Mazhilis approved"),
                          ("kk", "Мемлекеттік кірістер комитеті", "Шекара қызметі комитеті")), termbase)


def test_an_airline_swapped_in_english_is_found(termbase: dict) -> None:
    """Air Astana in the Kazakh and Russian versions, SCAT in the English one, which still names
    Astana the city: a company's own name in English that no other version writes."""
    texts = {"en": "On 14 May flights of Air Astana from Astana to Manama resumed.",
             "kk": "14 мамырда Air Astana әуе компаниясының Астанадан Манамаға рейстері қайта басталды.",
             "ru": "14 мая возобновились рейсы Air Astana из Астаны в Манаму."}
    _each_flagged(texts, (("en", "Air Astana", "SCAT"), ("en", "Air Astana", "Qazaq Air")), termbase)


def test_a_place_swapped_for_one_the_paragraph_already_names_is_found(termbase: dict) -> None:
    """Kurchatov swapped for Semey where the paragraph names Semey once already: the version names
    Semey once more than the others and Kurchatov once less."""
    texts = {"en": "On 14 May the delegation arrived in Semey and then visited the museum in Kurchatov.",
             "kk": "14 мамырда делегация Семейге келіп, содан кейін Курчатовтағы мұражайға барды.",
             "ru": "14 мая делегация прибыла в Семей, а затем посетила музей в Курчатове."}
    _each_flagged(texts, (("ru", "музей в Курчатове", "музей в Семее"),), termbase)


def test_a_region_named_without_its_word_is_that_region(termbase: dict) -> None:
    """East Kazakhstan, Шығыс Қазақстан, Восточно-Казахстанская область: one region, not the country
    its last word names (no Kazakhstan missing from the Russian version)."""
    texts = {"en": "On 14 May zinc from East Kazakhstan and copper from Karaganda reached the port.",
             "kk": "14 мамырда Шығыс Қазақстаннан мырыш және Қарағандыдан мыс портқа жетті.",
             "ru": "14 мая цинк из Восточно-Казахстанской области и медь из Караганды прибыли в порт."}
    assert _found(texts, termbase) == []


def test_a_dateline_place_and_counts_off_on_both_sides_swap_nothing(termbase: dict) -> None:
    """"New York, 14 May" opens the English text (a sentence-initial place of two words); a
    version saying Kazakhstan where another says "Kazakh" and Lebanon once where another says it
    twice is off by one on both sides, which is style, not a swap."""
    texts = {"en": "New York, 14 May 2026 – The Ministry of Foreign Affairs of Kazakhstan informs that "
                   "Kazakh peacekeepers left for Lebanon to serve in the UN Interim Force in Lebanon, in the "
                   "Asia-Pacific Group.",
             "kk": "Нью-Йорк, 2026 жылғы 14 мамыр – Қазақстан Сыртқы істер министрлігі Қазақстан "
                   "бітімгерлерінің БҰҰ-ның Ливандағы уақытша күштерінде қызмет ету үшін аттанғанын "
                   "хабарлайды.",
             "ru": "Нью-Йорк, 14 мая 2026 года – МИД Казахстана сообщает, что казахстанские миротворцы "
                   "отправились в Ливан для службы во Временных силах ООН в Ливане, в "
                   "Азиатско-Тихоокеанской группе."}
    assert _found(texts, termbase) == []


def test_a_head_inside_a_latin_name_and_a_representative_office(termbase: dict) -> None:
    """"a representative office of Qatar National Bank": the Kazakh and Russian versions keep the
    bank's Latin name (no «банк» to count) and call the office «өкілдігі», «представительство»."""
    texts = {"en": "On 14 May a memorandum was signed on opening a representative office of Qatar National "
                   "Bank in Astana.",
             "kk": "14 мамырда Астанада Qatar National Bank өкілдігін ашу туралы меморандумға қол қойылды.",
             "ru": "14 мая подписан меморандум об открытии представительства Qatar National Bank в Астане."}
    assert _found(texts, termbase) == []
