"""False alarms of the names and script rules on clean text (issue 12, helper checker13p), each
class with cases written here (own sentences) in both directions: the harmless text is not
flagged, the error is still found.

All in-process: plain texts through `check_texts` with the packaged termbase and no glossary
(as `press check --text` reads them in a project-less folder).
"""

from __future__ import annotations

from press.check import check_texts, script, unregistered
from press.check import names as check_names
from press.lang import kazakh, transcription
from press.lang import names as N
from press.lang.tokens import tokens as _tokens
from tests.edits import DAY, findings, packaged_termbase


def _word(text: str, lang: str) -> N.NameWord:
    return N.NameWord(text, lang, 0, 0, N.place_id(text, lang))


def _same(a: str, lang_a: str, b: str, lang_b: str) -> str:
    return N.compare_words(_word(a, lang_a), _word(b, lang_b)).status


# --- 1. Latin names against their transcriptions -------------------------------------------

def test_pinyin_is_read_as_russian_writes_it() -> None:
    """Palladius writes c as ц, ong as ун, ei as эй, x as с, q as ц, zh as чж, j as цз."""
    pairs = (("Sun", "Сунь"), ("Weidong", "Вэйдун"), ("Xiaoming", "Сяомин"), ("Qiang", "Цян"),
             ("Zhongshan", "Чжуншань"), ("Jinhua", "Цзиньхуа"), ("Cong", "Цун"), ("Wenjun", "Вэньцзюнь"))
    assert [a for a, b in pairs if _same(a, "en", b, "ru") != N.SAME] == []
    assert transcription.pinyin_reading("Marat") is None  # no pinyin: read by its letters
    assert transcription.pinyin_reading("Sabora") is None  # ra is no syllable of Mandarin
    assert _same("Sabora", "en", "Сабоя", "ru") != N.SAME  # so no reading makes Saboia's slip pass
    assert _same("Weidong", "en", "Вэйдан", "ru") != N.SAME  # a slip is no reading


def test_spanish_and_korean_spelling_is_read_as_said() -> None:
    """Spanish j is х, gua is гва, ll is ль, an opening h is silent; Korean ae is э."""
    pairs = (("Jalisco", "Халиско"), ("Juárez", "Хуарес"), ("Guanajuato", "Гуанахуато"),
             ("Hidalgo", "Идальго"), ("Haeundae", "Хэундэ"))
    assert [a for a, b in pairs if _same(a, "en", b, "ru") != N.SAME] == []
    assert _same("Jalisco", "en", "Халиска", "ru") != N.SAME
    assert _same("Haeundae", "en", "Хаундо", "ru") != N.SAME  # э is what ae may be read as


def test_kazakh_ng_is_russian_ng() -> None:
    """Kazakh writes ң where Russian writes нг in a foreign name (Пеңгераң, Пенгеранг)."""
    assert N.spelt_as_russian_writes(_word("Пеңгераң", "kk"), _word("Пенгеранг", "ru"))
    assert not N.spelt_as_russian_writes(_word("Пеңгераң", "kk"), _word("Пенгерант", "ru"))


CHINA = (
    "Consul General Cong Wenjun and Vice Minister Sun Weidong visited Almaty on Monday.\n\n"
    "Sun Weidong met the akim, and Cong Wenjun opened an exhibition.",
    "Генеральный консул Цун Вэньцзюнь и заместитель министра Сунь Вэйдун посетили Алматы в понедельник.\n\n"
    "Сунь Вэйдун встретился с акимом, а Цун Вэньцзюнь открыл выставку.",
    "Бас консул Цун Вэньцзюнь мен министр орынбасары Сунь Вэйдун дүйсенбіде Алматыға барды.\n\n"
    "Сунь Вэйдун әкіммен кездесті, ал Цун Вэньцзюнь көрме ашты.",
)


def test_a_pinyin_name_is_no_country_cut_short() -> None:
    """Cong of Cong Wenjun is no Congo misspelt, and Цун Вэньцзюнь is him; a slip in one
    version's syllable is still found."""
    assert findings(*CHINA) == []
    en, ru, kk = CHINA
    found = findings(en, ru.replace("Сунь Вэйдун встретился", "Сунь Вэйдан встретился"), kk)
    assert any(f[2] == "ru" and "Вэйдан" in f[3] for f in found), found


def test_an_arabic_article_written_joined_is_the_article() -> None:
    """Alnuaimi is Аль Нуайми with the article a word apart: Нуайми alone is the name."""
    assert _same("Alnuaimi", "en", "Нуайми", "ru") == N.SAME
    assert _same("Alnuaimi", "en", "Нуайминің", "kk") == N.SAME
    assert _same("Alnuaimi", "en", "Нуайни", "ru") != N.SAME  # a slip in the name is still one
    assert _same("Alimov", "en", "Имов", "ru") == N.NONE  # al before a vowel is no article


def test_a_country_cut_short_alone_is_still_a_slip() -> None:
    """Only a word beside another capitalised word of one name is read as that name's."""
    text = "Kazakhstan and Cong signed a memorandum, and Ambassador Cong Wenjun and Incheh Burun were named."
    tokens = {t.start: t for t in _tokens(text)}
    alone, named = (tokens[text.index("Cong")], tokens[text.index("Cong Wenjun")])
    assert not check_names._truncated_in_a_name(text, alone, "Congo")
    assert check_names._truncated_in_a_name(text, named, "Congo")
    assert check_names._truncated_in_a_name(text, tokens[text.index("Burun")], "Burundi")
    assert not check_names._truncated_in_a_name(text, named, "Cong")  # the whole word is the name


PERSON = (
    "On Tuesday, 8 September 2026, the Director General of the agency, Rafael Andrés Castro, visited the "
    "plant in Oskemen, and the Secretary General, Khalid Mohamed Alnuaimi, met the akim.\n\n"
    "On Wednesday, Rafael Castro called the plant unique.",
    "Во вторник, 8 сентября 2026 года, Генеральный директор агентства Рафаэль Андрес Кастро посетил завод в "
    "Усть-Каменогорске, а Генеральный секретарь Халид Мухаммед Аль Нуайми встретился с акимом.\n\n"
    "В среду Р. Кастро назвал завод уникальным.",
    "2026 жылғы 8 қыркүйекте, сейсенбі күні, агенттіктің Бас директоры Рафаэль Андрес Кастро Өскемендегі "
    "зауытта болды, ал Бас хатшы Халид Мұхаммед Әл Нуайми әкіммен кездесті.\n\n"
    "Сәрсенбіде Р. Кастро зауытты бірегей деп атады.",
)


def test_a_second_given_name_and_a_fathers_name_are_the_same_person() -> None:
    """Rafael Castro is Rafael Andrés Castro (Андрес is no other first name); Mohamed for
    Мухаммед before the surname doubles no letter that matters; Alnuaimi is Аль Нуайми."""
    assert findings(*PERSON) == []


def test_another_first_name_and_a_surname_doubled_otherwise_are_still_found() -> None:
    en, ru, kk = PERSON
    found = findings(en.replace("Rafael Castro", "Pedro Castro"), ru, kk)
    assert any(f[2] == "en" and "Pedro" in f[3] for f in found), found
    found = findings(en.replace("Alnuaimi", "Alnuaimmi"), ru, kk)
    assert any(f[2] == "en" and "Alnuaimmi" in f[3] for f in found), found


def test_a_hyphenated_title_is_no_first_name() -> None:
    assert unregistered._title_like(N.NameWord("Vice-Rector", "en", 0, 0, None))
    assert not unregistered._title_like(N.NameWord("Abdul-Rahman", "en", 0, 0, None))


MALAYA = (
    "The University of Malaya and Kazakhstan signed an agreement in Kuala Lumpur. "
    "Malaysia will host the fair.",
    "Университет Малайя и Казахстан подписали соглашение в Куала-Лумпуре. Малайзия примет выставку.",
    "Малайя университеті мен Қазақстан Куала-Лумпурда келісімге қол қойды. Малайзия көрмені қабылдайды.",
)


def test_a_name_the_others_spell_so_is_no_registered_country_misspelt() -> None:
    """Malaya (Малайя in the others) is not Malaysia misspelt."""
    assert findings(*MALAYA) == []
    en, ru, kk = MALAYA
    found = findings(en.replace("Malaysia will", "Malaisia will"), ru, kk)
    assert any(f[3] == "Malaisia" for f in found), found


def test_a_peoples_name_is_no_country_spelt_two_ways() -> None:
    """Kazakh «Корей тарабы» (the Korean side) beside «Корея» is not Korea spelt two ways."""
    en = "Korea and Kazakhstan met in Seoul. The Korean side proposed a new programme."
    ru = "Корея и Казахстан провели встречу в Сеуле. Корейская сторона предложила новую программу."
    kk = "Корея мен Қазақстан Сеулде кездесті. Корей тарабы жаңа бағдарлама ұсынды."
    assert findings(en, ru, kk) == []


# --- 3. Kazakh words from a known stem by regular suffixes ----------------------------------

def test_kazakh_compound_of_countries_is_no_lookalike() -> None:
    """Kazakh writes the adjective of two countries in lower case: қазақстан-куба, ирак-иран,
    whose parts are no Kazakh words typed in Russian letters (құба, ірән)."""
    kk = "Қазақстан-куба сауда айналымы мен ирак-иран шекарасы талқыланды."
    assert findings("Cooperation was discussed.", "Сотрудничество обсудили.", kk, "script.") == []
    kk = "Казакстан-куба сауда айналымы талқыланды."
    assert any(f[3].lower().startswith("казакстан") for f in
               findings("Cooperation was discussed.", "Сотрудничество обсудили.", kk, "script."))


def test_kazakh_possessive_before_sha_and_glided_verb_stems() -> None:
    """-ынша after a possessive (болжауынша: by its forecast) and a verb stem in й with the
    ending's vowel written я (жоятынын: жой-атын-ын) are Kazakh as written."""
    assert kazakh.is_ending_chain("ынша") and kazakh.is_ending_chain("інше")
    kk = "Министрліктің болжауынша, есептеуінше де, ол кедергілерді жоятынын және қоятынын айтты."
    assert findings("He said so.", "Он так сказал.", kk, "script.") == []
    assert script._ending_slip("қоятыннын") == "қоятынның"  # a slip in the ending is still one


# --- 2. organisation names as a whole ---------------------------------------------------------

def test_a_foreign_ministry_with_more_fields_is_that_countrys() -> None:
    """Ministry of Foreign Affairs, Trade and Development of Canada is Canada's ministry, the
    fields listed after a comma (also in Russian and Kazakh), not the registered Kazakh one."""
    en = "The delegation met officials of the Ministry of Foreign Affairs, Trade and Development of Canada."
    ru = "Делегация встретилась с представителями Министерства иностранных дел, торговли и развития Канады."
    kk = "Делегация Канаданың Сыртқы істер, сауда және даму министрлігінің өкілдерімен кездесті."
    assert findings(en, ru, kk) == []
    from press.lang.read_organisations import find_organisations

    assert [set(o.fields) for o in find_organisations(kk, "kk")] == [{"trade", "foreign", "development"}]
    assert [set(o.fields) for o in find_organisations(ru, "ru")] == [{"trade", "foreign", "development"}]


QUOTED = (
    "The parties discussed the transfer of technology for the medicine Vaxiflor-K.\n\n"
    "Vaxiflor-K was registered in Kazakhstan in May, and 30 doctors will train at the Centre for "
    "Molecular Immunotherapy in Havana.",
    "Стороны обсудили передачу технологии производства препарата «Ваксифлор-К».\n\n"
    "«Ваксифлор-К» зарегистрирован в Казахстане в мае, а 30 врачей пройдут обучение в Центре "
    "молекулярной иммунотерапии в Гаване.",
    "Тараптар «Ваксифлор-К» препаратын өндіру технологиясын беруді талқылады.\n\n"
    "«Ваксифлор-К» Қазақстанда мамырда тіркелді, ал 30 дәрігер Гаванадағы Молекулалық иммунотерапия "
    "орталығында оқудан өтеді.",
)


def test_a_quoted_name_opening_a_sentence_is_there() -> None:
    """«Ваксифлор-К» is in English as Vaxiflor-K opening a sentence: no swap for Immunotherapy;
    another medicine there is still one."""
    assert findings(*QUOTED) == []
    en, ru, kk = QUOTED
    assert any(f[2] == "en" for f in findings(en.replace("Vaxiflor-K was", "Heberprot-P was"), ru, kk))


ATOM = (
    "On Monday the national company Kazatomprom said it would supply the fuel from 2027.\n\n"
    "The agency and Kazatomprom agreed on the terms.",
    "В понедельник национальная компания «Казатомпром» сообщила, что начнет поставки топлива с 2027 года."
    "\n\nАгентство и «Казатомпром» согласовали условия.",
    "Дүйсенбіде «Қазатомөнеркәсіп» ұлттық компаниясы отынды 2027 жылдан бастап жеткізетінін хабарлады."
    "\n\nАгенттік пен «Қазатомөнеркәсіп» шарттарды келісті.",
)


def test_a_kazakh_company_name_translating_its_russian_part_is_the_same() -> None:
    """Қазатомөнеркәсіп is Казатомпром (пром is өнеркәсіп, industry), Ақтөбеқұрылыс Актобестрой;
    another company in its place is still a swap."""
    assert findings(*ATOM) == []
    assert _same("Ақтөбеқұрылыс", "kk", "Актобестрой", "ru") == N.SAME
    assert _same("Ақтөбеқұрылыс", "kk", "Актобепром", "ru") != N.SAME
    en, ru, kk = ATOM
    found = findings(en, ru, kk.replace("Агенттік пен «Қазатомөнеркәсіп»", "Агенттік пен «Қазақтелеком»"))
    assert any(f[2] == "kk" and f[3] == "Қазақтелеком" for f in found), found


def test_initials_between_two_ministries_want_no_name_in_english() -> None:
    """«между МИД», «СІМ арасындағы»: the two countries' ministries, which English calls "the
    foreign ministries"."""
    en = "The parties agreed to hold consultations between the foreign ministries in Doha in 2027."
    ru = "Стороны договорились провести консультации между МИД в Дохе в 2027 году."
    kk = "Тараптар 2027 жылы Дохада СІМ арасындағы консультацияларды өткізуге келісті."
    assert findings(en, ru, kk) == []


def test_a_city_named_with_its_country_is_the_city() -> None:
    """Santiago de Chile, Сантьяго-де-Чили: the city, not Chile; left out, it is missing."""
    en = "Embassies of Kazakhstan operate in Santiago de Chile and Lima."
    ru = "Посольства Казахстана работают в Сантьяго-де-Чили и Лиме."
    kk = "Қазақстан елшіліктері Сантьяго-де-Чилиде және Лимада жұмыс істейді."
    assert findings(en, ru, kk) == []
    found = findings(en, ru.replace("Сантьяго-де-Чили и ", ""), kk)
    assert any(f[2] == "ru" and "Santiago" in f[3] for f in found), found
    from press.check import texts_bundle

    bundle = texts_bundle({"en": en, "ru": ru, "kk": kk}, packaged_termbase(), DAY)
    named = {lang: {m.entity for m in check_names.find_mentions(bundle.paras[lang][0], bundle)}
             for lang in ("en", "ru", "kk")}
    assert all("chile" not in entities for entities in named.values()), named


# --- 5. a pronoun for a name said before ------------------------------------------------------

TALKS = (
    "President Kassym-Jomart Tokayev thanked Prime Minister Luc Frieden for the invitation to visit "
    "Luxembourg.\n\nTokayev noted that he was visiting the country with great pleasure.",
    "Президент Касым-Жомарт Токаев поблагодарил премьер-министра Люка Фридена за приглашение посетить "
    "Люксембург.\n\nОн отметил, что с большим удовольствием посещает страну.",
)


def _two(en: str, ru: str) -> list[tuple[str, str, str]]:
    report = check_texts({"en": en, "ru": ru}, packaged_termbase(), DAY)
    return [(f.rule, ",".join(f.langs), f.excerpt) for f in report.findings if f.rule.startswith("names.")]


def test_a_pronoun_for_a_name_said_in_the_paragraph_before_is_no_lack() -> None:
    """«Он отметил» where English repeats "Tokayev noted": the person the text named before."""
    assert _two(*TALKS) == []


def test_a_name_reworded_away_is_still_missing() -> None:
    """No pronoun in its place («Было отмечено»), or a pronoun in a version that never names the
    person: the name is missing."""
    en, ru = TALKS
    found = _two(en, ru.replace("Он отметил, что с большим удовольствием посещает",
                                "Было отмечено, что делегация с большим удовольствием посещает"))
    assert any(rule == "names.missing" and langs == "ru" for rule, langs, _ in found), found
    found = _two(en, ru.replace("Президент Касым-Жомарт Токаев поблагодарил", "Глава делегации поблагодарил"))
    assert any(rule == "names.missing" and langs == "ru" for rule, langs, _ in found), found


MEETING = (
    "Minister Aidos Temirov met the Ambassador of Luxembourg in Astana on Monday.\n\n"
    "Minister Temirov noted that trade between the two countries had doubled.",
    "В понедельник в Астане министр Айдос Темиров встретился с послом Люксембурга.\n\n"
    "Темиров отметил, что товарооборот между двумя странами удвоился.",
    "Дүйсенбіде Астанада министр Айдос Темиров Люксембург елшісімен кездесті.\n\n"
    "Ол екі ел арасындағы тауар айналымы екі есе өскенін атап өтті.",
)


def test_a_pronoun_for_a_name_no_register_knows() -> None:
    """Kazakh «Ол … атап өтті» where the others repeat Temirov; a reworded sentence is a lack."""
    assert findings(*MEETING) == []
    en, ru, kk = MEETING
    found = findings(en, ru, kk.replace("Ол екі ел", "Кездесуде екі ел"))
    assert any(f[0] == "names.missing" and f[2] == "kk" for f in found), found


# --- 4. Kazakh case forms of foreign names --------------------------------------------------

_VOICELESS = "кқпстфхцчш"
_SONORANT = "мнң"


def _kazakh_forms(name: str) -> list[str]:
    """*name* in the accusative, dative, genitive, ablative, locative and instrumental, by the
    grammar's rules (written here, not read from the code): the harmony of the last vowel, and
    the ending's first sound after a vowel, a sonorant (м н ң), another voiced sound or a
    voiceless one (Бусаидиді is the spoken -ді after и; both it and -ні are written)."""
    vowels = "аәеэиоөұүыіяю"
    front = next(ch for ch in reversed(name.lower()) if ch in vowels) in "әеэиөүі"
    last = name[-1].lower()
    if last in vowels:
        endings = ["ны", "ға", "ның", "дан", "да", "мен", "ды"]
    elif last in _VOICELESS:
        endings = ["ты", "қа", "тың", "тан", "та", "пен"]
    elif last in _SONORANT:
        endings = ["ды", "ға", "ның", "нан", "да", "бен"]
    else:
        endings = ["ды", "ға", "дың", "дан", "да", "мен"]
    if front:
        endings = [e.replace("ға", "ге").replace("қа", "ке").replace("ы", "і").replace("а", "е")
                   for e in endings]
    return [name + ending for ending in endings]


def test_a_foreign_name_in_every_kazakh_case_is_the_same_name() -> None:
    """Бусаидиді, Кастроның, Мендестен, Кадирмен, Османнан: the English name in a case form."""
    pairs = (("Busaidi", "Бусаиди"), ("Castro", "Кастро"), ("Mendes", "Мендес"), ("Kadir", "Кадир"),
             ("Osman", "Осман"), ("Peiwu", "Пэйу"), ("Bustos", "Бустос"), ("Passerini", "Пассерини"))
    odd = [(en, form) for en, kk in pairs for form in _kazakh_forms(kk)
           if _same(en, "en", form, "kk") != N.SAME]
    assert odd == []
    slips = [form for form in _kazakh_forms("Каспро") if _same("Castro", "en", form, "kk") == N.SAME]
    assert slips == []
