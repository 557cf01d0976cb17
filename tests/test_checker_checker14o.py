"""Organisations, places and countries (issue 12, helper checker14o): an organisation's name is
one unit matched whole with its translation, a swap of one unit for another of its kind is found,
a country against its adjective is the same country. Each class with sentences written here, in
both directions: the harmless text is not flagged, the error is still found (error level).

All in-process: plain texts through `check_texts` with the packaged termbase and no glossary
(as `press check --text` reads them in a project-less folder; `findings` of checker13p).
"""

from __future__ import annotations

from press.lang.read_organisations import find_organisations
from tests.edits import findings


def _heads(text: str, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(o.head, o.fields) for o in find_organisations(text, lang)]


# --- 1. an organisation's name is one unit ------------------------------------------------

def test_initials_of_a_foreign_ministry_are_the_ministry() -> None:
    """МИД and СІМ are the ministry of foreign affairs with its field, as the English name is."""
    assert _heads("Делегация посетила МИД Норвегии.", "ru") == [("ministry", ("foreign",))]
    assert _heads("Делегация Норвегия СІМ-іне барды.", "kk") == [("ministry", ("foreign",))]
    assert _heads("Делегация посетила мид.", "ru") == []  # initials only in capitals


UN_EN = ("On 2 October 2026 the delegation of Kazakhstan held talks at the Norwegian Ministry of "
         "Foreign Affairs in Oslo. Director-General Ingrid Solberg of the Norwegian Ministry of Foreign "
         "Affairs spoke about the reform of the United Nations.")
UN_RU = ("2 октября 2026 года делегация Казахстана провела переговоры в МИД Норвегии в Осло. Генеральный "
         "директор МИД Норвегии Ингрид Сульберг рассказала о реформе Организации Объединённых Наций.")
UN_KK = ("2026 жылғы 2 қазанда Қазақстан делегациясы Ослодағы Норвегия СІМ-інде келіссөздер жүргізді. "
         "Норвегия СІМ-нің бас директоры Ингрид Сульберг Біріккен Ұлттар Ұйымын реформалау туралы айтты.")


def test_a_ministry_by_its_initials_and_the_united_nations_are_no_swap() -> None:
    assert findings(UN_EN, UN_RU, UN_KK) == []


def test_another_ministry_for_the_foreign_ministry_is_still_a_swap() -> None:
    en = UN_EN.replace("Solberg of the Norwegian Ministry of Foreign Affairs",
                       "Solberg of the Norwegian Ministry of Finance")
    assert ("names.missing", "error", "en", "Norwegian Ministry of Finance") in findings(en, UN_RU, UN_KK)


DEPT_EN = ("The memorandum was signed in Dublin by the Ministry of Health of Kazakhstan and the "
           "Department of Health of Ireland, with the Department of Foreign Affairs of Ireland present.")
DEPT_RU = ("Меморандум подписали в Дублине Министерство здравоохранения Казахстана и Министерство "
           "здравоохранения Ирландии в присутствии Министерства иностранных дел Ирландии.")
DEPT_KK = ("Меморандумға Дублинде Қазақстанның Денсаулық сақтау министрлігі мен Ирландияның Денсаулық сақтау "
           "министрлігі Ирландия Сыртқы істер министрлігінің қатысуымен қол қойды.")


def test_a_foreign_department_translated_as_a_ministry_is_the_same_body() -> None:
    """A body named by another kind of body in translation, with the same fields, is the same."""
    assert findings(DEPT_EN, DEPT_RU, DEPT_KK) == []


def test_a_department_of_another_field_is_still_a_swap() -> None:
    en = DEPT_EN.replace("Department of Health of Ireland", "Department of Transport of Ireland")
    found = findings(en, DEPT_RU, DEPT_KK)
    assert ("names.missing", "error", "en", "Department of Transport of Ireland") in found


def test_an_adjective_made_of_a_head_names_no_body() -> None:
    """академических, академиялық, университеттік, парламентский: no academy, university or
    parliament; "holding talks" names no holding, Baiterek Holding does."""
    assert _heads("Стороны обсудили признание академических степеней и парламентский контроль.", "ru") == []
    assert _heads("Тараптар академиялық дәрежелерді және университеттік алмасуды талқылады.", "kk") == []
    assert _heads("The sides are holding talks.", "en") == []
    assert _heads("The Baiterek Holding signed it.", "en") == [("holding", ())]
    assert _heads("Ректор Академии наук выступил.", "ru") == [("academy", ("science",))]


def test_a_bare_kazakh_kenes_is_no_council() -> None:
    """«Кеңес» with no possessive ending is Soviet or advice; a council's name ends in «кеңесі»."""
    assert _heads("Кеңес жауынгерлеріне арналған ескерткіш.", "kk") == []
    assert _heads("Кеңес Одағы ыдырағаннан кейін.", "kk") == []
    assert [h for h, _ in _heads("БҰҰ Қауіпсіздік Кеңесінің отырысы.", "kk")] == ["committee"]


def test_a_curriculum_a_kafedra_and_compound_fields() -> None:
    """A curriculum is the programme ru and kk name; a university's department is «кафедра»;
    «торгово-экономическому» names two fields, as "Trade and Economic" does."""
    assert [h for h, _ in _heads("The curriculum was agreed.", "en")] == ["programme"]
    assert [h for h, _ in _heads("Доцент кафедры казахского языкознания.", "ru")] == ["department"]
    assert _heads("комиссии по торгово-экономическому сотрудничеству", "ru") \
        == [("commission", ("trade", "economy"))]
    assert _heads("Сауда-экономикалық ынтымақтастық жөніндегі комиссия", "kk") \
        == [("commission", ("trade", "economy"))]
    assert _heads("The Kazakhstan parliamentary delegation arrived.", "en") == []


UNIV_EN = ("Students from Kazakhstan study at Australian universities, and the Otandastar Foundation "
           "supports the exchange. A lecturer from the Department of Turkic Studies of Gumilyov "
           "Eurasian National University will teach the course.")
UNIV_RU = ("Студенты из Казахстана обучаются в университетах Австралии, а фонд «Отандастар» "
           "поддерживает обмен. Курс будет вести преподаватель кафедры тюркологии Евразийского "
           "национального университета имени Гумилёва.")
UNIV_KK = ("Қазақстаннан келген студенттер Австралия университеттерінде оқиды, ал «Отандастар» қоры "
           "алмасуды қолдайды. Курсты Гумилев атындағы Еуразия ұлттық университетінің түркітану "
           "кафедрасының оқытушысы жүргізеді.")


def test_plural_universities_a_foundation_and_a_kafedra_are_no_swap() -> None:
    assert [f for f in findings(UNIV_EN, UNIV_RU, UNIV_KK) if f[0] == "names.missing"] == []


# --- 3. a country against its adjective or people ------------------------------------------

def test_the_peoples_noun_of_a_country_comes_from_pymorphy3() -> None:
    from press.lang import russian

    assert [russian.people_noun(a) for a in ("шведский", "кенийский", "чешский", "немецкий")] \
        == ["швед", "кениец", "чех", "немец"]
    assert russian.people_noun("польский") == ""  # поляк: no rule makes it, no guess either
    assert russian.people_noun_stem_oblique("кенийский") == "кенийц"
    assert russian.people_noun_stem_oblique("чешский") == ""  # чех-: чехол is no Czech


KENYA_EN = "The men's race was won by Peter Kiptoo of Kenya, and Swedish companies sponsored it."
KENYA_RU = "Мужской забег выиграл кениец Питер Киптоо, а спонсорами стали шведские компании."
KENYA_KK = "Ерлер жарысында кениялық Питер Киптоо жеңді, ал демеушілер швед компаниялары болды."


def test_a_country_against_its_people_in_russian_and_kazakh_is_the_same() -> None:
    """«кениец» is of Kenya, Kazakh «швед» (borrowed from Russian) is of Sweden."""
    assert findings(KENYA_EN, KENYA_RU, KENYA_KK) == []


def test_another_people_for_the_country_is_still_missing() -> None:
    ru = KENYA_RU.replace("кениец Питер", "эфиоп Питер")
    assert ("names.missing", "error", "ru", "Kenya") in findings(KENYA_EN, ru, KENYA_KK)
    kk = KENYA_KK.replace("швед компаниялары", "фин компаниялары")
    assert [f for f in findings(KENYA_EN, KENYA_RU, kk) if f[:3] == ("names.missing", "error", "kk")]


COMPOUND_EN = "The Swedish-German company Nordwind will build the plant, and a Czech translation was shown."
COMPOUND_RU = "Завод построит шведско-германская компания Nordwind, также был представлен чешский перевод."
COMPOUND_KK = "Зауытты швед-герман Nordwind компаниясы салады, сондай-ақ чех тіліндегі аударма таныстырылды."


def test_peoples_of_a_compound_and_a_kazakh_people_name_are_their_countries() -> None:
    """"Swedish-German" names Germany as «шведско-германская» and «швед-герман» do; «чех
    тілі» is Czech."""
    assert findings(COMPOUND_EN, COMPOUND_RU, COMPOUND_KK) == []


def test_another_people_in_a_compound_is_still_missing() -> None:
    en = COMPOUND_EN.replace("Swedish-German", "Swedish-French")
    assert [f for f in findings(en, COMPOUND_RU, COMPOUND_KK) if f[:3] == ("names.missing", "error", "en")]


PROVINCE_EN = ("Consular days were held in Vancouver, British Columbia, for citizens living in British "
               "Columbia.")
PROVINCE_RU = ("Консульские дни прошли в Ванкувере, Британская Колумбия, для граждан, живущих в "
               "Британской Колумбии.")
PROVINCE_KK = ("Консулдық күндер Британдық Колумбияда тұратын азаматтар үшін Ванкуверде, Британдық "
               "Колумбия провинциясында өтті.")


def test_a_province_named_after_a_people_is_no_country() -> None:
    """British Columbia is no misspelt Colombia, nor «Британская Колумбия» Colombia."""
    assert findings(PROVINCE_EN, PROVINCE_RU, PROVINCE_KK) == []


def test_the_country_misspelt_alone_is_still_found() -> None:
    en = "The Ambassador of Columbia attended the reception in Astana."
    ru = "На приёме в Астане присутствовал Посол Колумбии."
    kk = "Астанадағы қабылдауға Колумбия Елшісі қатысты."
    assert ("names.spelling", "error", "en", "Columbia") in findings(en, ru, kk)


# --- 2. one body swapped for another of its kind ---------------------------------------------

UNI_EN = ("On 5 October 2026 the Embassy signed a memorandum with Monash University in Melbourne "
          "and with Charles University in Prague on scholarships for Kazakh students.")
UNI_RU = ("5 октября 2026 года Посольство подписало меморандум о стипендиях для казахстанских студентов с "
          "Университетом Монаша в Мельбурне и с Карловым университетом в Праге.")
UNI_KK = ("2026 жылғы 5 қазанда Елшілік қазақстандық студенттерге арналған стипендиялар туралы меморандумға "
          "Мельбурндегі Монаш университетімен және Прагадағы Карл университетімен қол қойды.")


def test_a_university_named_in_each_version_by_its_own_name_is_no_swap() -> None:
    """Monash and «Монаша», Charles and «Карловым» (a possessive made from Карл): the same."""
    assert [f for f in findings(UNI_EN, UNI_RU, UNI_KK) if f[0] == "names.missing"] == []


def test_a_university_swapped_for_another_is_found() -> None:
    ru = UNI_RU.replace("Университетом Монаша", "Университетом Дикина")
    assert ("names.missing", "error", "ru", "Университетом Дикина") in findings(UNI_EN, ru, UNI_KK)
    en = UNI_EN.replace("Monash University", "Deakin University")
    assert [f for f in findings(en, UNI_RU, UNI_KK) if f[:3] == ("names.missing", "error", "en")]


IRCC_EN = ("Applications are submitted to IRCC (Immigration, Refugees and Citizenship Canada); the "
           "consul met the head of the IRCC office in Ottawa.")
IRCC_RU = ("Заявления подаются в IRCC (Министерство по делам иммиграции, беженцев и гражданства Канады); "
           "консул встретился с руководителем офиса IRCC в Оттаве.")
IRCC_KK = ("Өтініштер Канаданың иммиграция, босқындар және азаматтық істері министрлігіне (IRCC) "
           "беріледі; консул Оттавадағы IRCC кеңсесінің басшысымен кездесті.")


def test_initials_kept_in_latin_letters_are_counted_as_written() -> None:
    """A Latin name a Kazakh version writes once where the others write it twice, with another
    in its stead (CBSA), is a swap: writing it once is no transcription of the second."""
    assert [f for f in findings(IRCC_EN, IRCC_RU, IRCC_KK) if f[0] == "names.missing"] == []
    kk = IRCC_KK.replace("Оттавадағы IRCC", "Оттавадағы CBSA")
    assert ("names.missing", "error", "kk", "CBSA") in findings(IRCC_EN, IRCC_RU, kk)


# --- 4. places no gazetteer lists, and Russian case forms ----------------------------------

VENG_EN = ("On 6 October 2026 Kazakh deminers began clearing land in the province of Prey Veng, and next "
           "year they will work in Prey Veng again.")
VENG_RU = ("6 октября 2026 года казахстанские саперы начали разминирование земель в провинции Прейвенг; в "
           "следующем году они вновь будут работать в Прейвенге.")
VENG_KK = ("2026 жылғы 6 қазанда қазақстандық сапёрлар Прейвенг провинциясында жерді минадан "
           "тазартуды бастады, келесі жылы олар Прейвенгте тағы жұмыс істейді.")


def test_a_place_in_two_latin_words_and_one_cyrillic_word_is_the_same() -> None:
    """Prey Veng and «Прейвенг»: aligned by transcription with no gazetteer entry."""
    assert [f for f in findings(VENG_EN, VENG_RU, VENG_KK) if f[0] == "names.missing"] == []


def test_the_place_spelt_two_ways_is_still_found() -> None:
    ru = VENG_RU.replace("в Прейвенге", "в Прейванге")
    assert ("names.inconsistent", "error", "ru", "Прейванге") in findings(VENG_EN, ru, VENG_KK)


def test_a_russian_name_in_aya_in_its_case_forms() -> None:
    """Сурабае, Сурабаю, Сурабаи are forms of Сурабая (the oblique stem takes -я back)."""
    from press.lang import names as N

    assert {N.place_id(w, "ru") for w in ("Сурабая", "Сурабае", "Сурабаю", "Сурабаи")} == {"K:surabaya"}


MELB_EN = "Students of the University of Melbourne met the consul in Melbourne on 6 October 2026."
MELB_RU = "Студенты Мельбурнского университета встретились с консулом в Мельбурне 6 октября 2026 года."
MELB_KK = "Мельбурн университетінің студенттері 2026 жылғы 6 қазанда Мельбурнде консулмен кездесті."


def test_a_russian_adjective_of_a_city_is_no_second_spelling() -> None:
    assert [f for f in findings(MELB_EN, MELB_RU, MELB_KK) if f[0] == "names.inconsistent"] == []


def test_a_city_spelt_two_ways_in_russian_is_still_found() -> None:
    ru = MELB_RU.replace("в Мельбурне", "в Мельбарне")
    assert ("names.spelling", "error", "ru", "Мельбарне") in findings(MELB_EN, ru, MELB_KK)
