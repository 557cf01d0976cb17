"""Places, organisations and script hygiene (issue 12, checker11o). Each case is written here
(own sentences and word forms, not the corpus'), with both directions: the error is found at
error level and the harmless variant is not flagged.

The Kazakh endings are a table written once from a grammar's rules (genitive -ның/-нің after a
vowel or м н ң, -дың/-дің after other voiced consonants, -тың/-тің after voiceless ones; dative
-ға/-ге, -қа/-ке; locative -да/-де, -та/-те, -нда/-нде after a possessive; the possessive -ы/-і,
-сы/-сі; the accusative -ын/-ін after a possessive, -ны/-ні, -ды/-ді, -ты/-ті otherwise), not from
the code under test.
"""

from __future__ import annotations

import pytest

from press.check import script
from press.check.document import Para

# (right, as a Russian layout types it): loans (no Kazakh letter in the stem) and Kazakh stems,
# nouns and verbs
SLIPS = [
    # the genitive typed with н
    ("парламенттің", "парламенттин"), ("бағдарламаның", "бағдарламанын"), ("жобаның", "жобанын"),
    ("елдердің", "елдердин"), ("кеңсесінің", "кеңсесінін"), ("порттың", "порттын"),
    ("министрліктің", "министрліктін"), ("жылының", "жылынын"),
    # і typed as и in an ending after a loan or a Kazakh stem
    ("офисі", "офиси"), ("банкінде", "банкинде"), ("институтының", "институтынын"),
    ("келеді", "келеди"), ("терминалдарында", "терминалдарында"),
    # ғ/қ typed as г/к in a back ending
    ("сессияға", "сессияга"), ("жоспарланған", "жоспарланган"), ("платформаға", "платформага"),
    ("ауылдық", "ауылдык"),
    # after a number
    ("12-сі", "12-си"), ("3-ші", "3-ши"), ("20-ға", "20-га"), ("40-ының", "40-ынын"),
]


def _flagged(text: str) -> list[str]:
    para = Para("1", "kk", text, "kk.txt:1")
    return [f.excerpt for f in script._lookalikes(para, {}, {}, frozenset()) if f.severity == "error"]


@pytest.mark.parametrize(("right", "typed"), [(r, t) for r, t in SLIPS if r != t])
def test_a_kazakh_ending_typed_with_russian_letters_is_found(right: str, typed: str) -> None:
    """A loan or Kazakh stem whose ending is typed on the Russian layout: the word is no form as
    typed, and its ending becomes Kazakh with the Kazakh letters restored."""
    assert _flagged(f"Бұл туралы {right} өкілі хабарлады.") == []
    assert _flagged(f"Бұл туралы {typed} өкілі хабарлады.") == [typed]


@pytest.mark.parametrize("word", [
    "болатын", "келетін", "жасайтынын", "келетінін", "орнатылғанын", "ұйымдастырылғанын",  # participles
    "жиынын", "қазанын", "орманын", "түйінін", "заманын", "жолын", "шартын",  # stems in -н with -ын
    "алдын", "жүзетін", "дипломатка", "транзит", "офис", "3-і", "12-сі", "20-ға",
])
def test_a_correct_kazakh_form_or_a_russian_word_is_no_ending_slip(word: str) -> None:
    """Participles with the accusative, stems ending in -н, a Russian word (дипломатка):
    none is a Kazakh ending typed with Russian letters."""
    assert script._ending_slip(word) is None, word
    assert _flagged(f"Бұл туралы {word} өкілі хабарлады.") == []


def test_the_slip_is_respelt_with_the_fewest_letters_changed() -> None:
    """орнатылганын is орнатылғанын (one letter), not орнатылғаның (two)."""
    assert script._ending_slip("орнатылганын") == "орнатылғанын"
    assert script._ending_slip("форумнын") == "форумның"
    assert script._ending_slip("7-ши") == "7-ші"
    assert script._ending_slip("тазартуга") == "тазартуға"


def test_a_stem_slip_before_a_voiced_final_or_in_a_compound_is_found() -> None:
    """A stem whose final п/к voices before the ending (өнеркәсіп → өнеркәсібі, typed
    онеркәсібі) and one part of a hyphenated compound (кабылдау-тапсыру) are respelt; a number's
    ending (40-тан) and initials' (ХҒС-қа) are no compound."""
    assert _flagged("Елдің онеркәсібі дамып келеді.") == ["онеркәсібі"]
    assert _flagged("Актінің кабылдау-тапсыру рәсімі 40-тан астам елдің ХҒС-қа қатысуымен өтті.") \
        == ["кабылдау-тапсыру"]
    assert _flagged("Актінің қабылдау-тапсыру рәсімі, тау-кен өнеркәсібі, 000-нан астам.") == []


def test_a_slip_before_a_derivational_suffix_or_in_a_closed_compound_is_found() -> None:
    """The agent -шы/-ші and the comparative -ырақ/-ірек stand between a stem and its endings
    (бітімгер-ші-лер-дің, ұзағ-ырақ); a closed compound's first word may be the one typed with
    Russian letters (ауекомпаниясы for әуе + компаниясы). Correct forms stay clean."""
    assert _flagged("Бүгін битімгершілердің саны артты.") == ["битімгершілердің"]
    assert _flagged("Бұл жол узағырақ болды.") == ["узағырақ"]
    assert _flagged("Бүгін ауекомпаниясы рейс ашты.") == ["ауекомпаниясы"]
    assert _flagged("Бүгін бітімгершілердің саны артты, жол ұзағырақ болды, әуекомпаниясы "
                    "тікұшақ сатып алды, мүлік табысталды.") == []


def test_a_kazakh_patronymic_of_a_registered_name_is_no_slip(termbase: dict) -> None:
    """Мұратұлы, Мұратқызының are patronymics made from the registered first name Мұрат: another
    word of a person's name, not that name typed with look-alikes."""
    texts = {"en": "On 2 March Deputy Minister Yerlan Sadykov met the delegation.",
             "kk": "2 наурызда вице-министр Ерлан Мұратұлы Садықов делегациямен кездесті.",
             "ru": "2 марта заместитель министра Ерлан Муратович Садыков встретился с делегацией."}
    assert [f for f in _missing(texts, termbase) if f[0].startswith("script")] == []
    from press.check.names import _patronymic_of

    assert _patronymic_of("Мұратқызының", "Мұрат", "kk") and not _patronymic_of("Мұрәт", "Мұрат", "kk")


# --- places and organisations -------------------------------------------------------------

@pytest.fixture(scope="module")
def termbase() -> dict:
    """The toolkit's own termbase: `press check --text` reads it in any folder without one."""
    from press.project import TOOLKIT_ROOT
    from press.source import load_termbase

    return load_termbase(TOOLKIT_ROOT / "locales" / "termbase.yaml")


def _missing(texts: dict[str, str], termbase: dict) -> list[tuple[str, list[str], str]]:
    import datetime as dt

    from press.check import check_texts

    return [(f.rule, f.langs, f.excerpt) for f in check_texts(texts, termbase, dt.date(2026, 3, 2)).findings]


def _swapped(texts: dict[str, str], lang: str, old: str, new: str, termbase: dict) -> list[str]:
    """The excerpts of the findings once *old* is *new* in version *lang*, each a names.missing
    error of that language."""
    assert old in texts[lang], old
    found = _missing(dict(texts, **{lang: texts[lang].replace(old, new)}), termbase)
    assert all(rule == "names.missing" and langs == [lang] for rule, langs, _ in found), found
    return [excerpt for _, _, excerpt in found]


def test_a_place_of_several_words_with_a_lower_case_one_is_one_place(termbase: dict) -> None:
    """Sharm el-Sheikh (a lower-case word inside), Шарм-эш-Шейх: one place in every version, no
    'Sharm' lacking; swapped for Hurghada in any version, found."""
    texts = {"en": "The summit on water security opened in Sharm el-Sheikh on 2 March.",
             "kk": "2 наурызда Шарм-эш-Шейх қаласында су қауіпсіздігі жөніндегі саммит ашылды.",
             "ru": "2 марта в Шарм-эш-Шейхе открылся саммит по водной безопасности."}
    assert _missing(texts, termbase) == []
    assert _swapped(texts, "en", "Sharm el-Sheikh", "Hurghada", termbase) == ["Hurghada"]
    assert _swapped(texts, "ru", "Шарм-эш-Шейхе", "Хургаде", termbase) == ["Хургаде"]
    assert _swapped(texts, "kk", "Шарм-эш-Шейх", "Хургада", termbase) == ["Хургада"]
    kazakh = dict(texts, kk=texts["kk"].replace("Шарм-эш-Шейх", "Шарм-әш-Шейх"))  # ә for Russian э
    assert _missing(kazakh, termbase) == []
    assert _swapped(kazakh, "en", "Sharm el-Sheikh", "Hurghada", termbase) == ["Hurghada"]


def test_an_agency_swapped_for_another_agency_is_found(termbase: dict) -> None:
    """Agencies told apart by what they deal with (strategic planning and reforms, competition,
    financial market regulation): one swapped in one version is found, in every language; the
    Kazakh name starts at its capital, not at the date before it."""
    texts = {"en": "On 2 March the Agency for Strategic Planning and Reforms sent the report to the Senate.",
             "kk": "2 наурызда Стратегиялық жоспарлау және реформалар агенттігі баяндаманы Сенатқа жіберді.",
             "ru": "2 марта Агентство по стратегическому планированию и реформам направило доклад в Сенат."}
    assert _missing(texts, termbase) == []
    competition = ("по защите и развитию конкуренции", "Protection and Development of Competition")
    assert _swapped(texts, "ru", "по стратегическому планированию и реформам", competition[0], termbase) \
        == [f"Агентство {competition[0]}"]
    kazakh = "Бәсекелестікті қорғау және дамыту"
    assert _swapped(texts, "kk", "Стратегиялық жоспарлау және реформалар", kazakh, termbase) \
        == [f"{kazakh} агенттігі"]
    assert _swapped(texts, "en", "Strategic Planning and Reforms", competition[1], termbase) \
        == [f"Agency for {competition[1]}"]
    market = "по регулированию и развитию финансового рынка"
    assert _swapped(texts, "ru", "по стратегическому планированию и реформам", market, termbase) \
        == ["Агентство по регулированию и развитию финансового"]  # five words of a name at most


def test_two_places_swapped_in_one_version_give_two_findings(termbase: dict) -> None:
    """One finding per swapped place, each paired with the place it replaced: the first swap
    found must not hide the second in the same paragraph and language."""
    texts = {"en": "On 2 March trains from Aktau reached Tashkent, and the ministers met in Bishkek.",
             "kk": "2 наурызда Ақтаудан шыққан пойыздар Ташкентке жетті, ал министрлер Бішкекте кездесті.",
             "ru": "2 марта поезда из Актау прибыли в Ташкент, а министры встретились в Бишкеке."}
    assert _missing(texts, termbase) == []
    edited = dict(texts, ru=texts["ru"].replace("в Ташкент", "в Самарканд").replace("в Бишкеке", "в Оше"))
    import datetime as dt

    from press.check import check_texts

    found = {(f.excerpt, f.message.split("name «")[1].split("»")[0])
             for f in check_texts(edited, termbase, dt.date(2026, 3, 2)).findings}
    assert found == {("Самарканд", "Tashkent"), ("Оше", "Bishkek")}


def test_a_swap_beside_another_finding_of_the_paragraph_is_still_found(termbase: dict) -> None:
    """Two ministries swapped in one version, or a person dropped and a ministry swapped in the
    same paragraph: one finding each (the first finding of the paragraph hid the others)."""
    texts = {"en": "On 2 March Nurlan Zhaksybekov briefed the Ministry of Energy and the Ministry of "
                   "Ecology.",
             "kk": "2 наурызда Нұрлан Жақсыбеков Энергетика министрлігі мен Экология министрлігіне "
                   "мәлімет берді.",
             "ru": "2 марта Нурлан Жаксыбеков проинформировал Министерство энергетики и Министерство "
                   "экологии."}
    assert _missing(texts, termbase) == []
    both = texts["ru"].replace("энергетики", "транспорта").replace("экологии", "культуры")
    assert sorted(_swapped(texts, "ru", texts["ru"], both, termbase)) \
        == ["Министерство культуры", "Министерство транспорта"]
    dropped = texts["ru"].replace("Нурлан Жаксыбеков проинформировал", "министр проинформировал") \
        .replace("экологии", "культуры")
    assert sorted(_swapped(texts, "ru", texts["ru"], dropped, termbase)) \
        == ["Nurlan Zhaksybekov", "Министерство культуры"]


def test_a_place_named_by_its_kind_is_a_place_and_turkic_is_not_turkistan(termbase: dict) -> None:
    """"the port of X", «через порт X», «X порты» say X is a place though no gazetteer knows it:
    swapped for a known port in one version, found. Түркі (Turkic) is no adjective of the city
    Түркістан (a -stan country's people only), so a city swapped beside it is found."""
    texts = {"en": "On 2 March grain left via the port of Lamu for Kenya.",
             "kk": "2 наурызда астық Ламу порты арқылы Кенияға жөнелтілді.",
             "ru": "2 марта зерно отправлено через порт Ламу в Кению."}
    assert _missing(texts, termbase) == []
    # Lamu is a GeoNames town (checker16g): the swap is told at the name that replaced it
    # («ru names Дар-эс-Салам where en, kk name Lamu»), no longer at the missing one
    assert _swapped(texts, "ru", "через порт Ламу", "через порт Дар-эс-Салам", termbase) == ["Дар-эс-Салам"]
    texts = {"en": "On 2 March the sides discussed the summit in Turkistan and the Turkic Academy.",
             "kk": "2 наурызда тараптар Түркістандағы саммитті және Түркі академиясын талқылады.",
             "ru": "2 марта стороны обсудили саммит в Туркестане и Тюркскую академию."}
    assert _missing(texts, termbase) == []
    assert _swapped(texts, "kk", "Түркістандағы", "Шымкенттегі", termbase) == ["Turkistan"]


def test_a_demonym_a_language_a_code_and_the_gulf_are_no_missing_place(termbase: dict) -> None:
    """A country's name as a Kazakh attribute in lower case (палестина халқы for палестиналық), a
    language named as one ("in Russian and Kazakh") and a code of Latin initials inside a number
    (No. 7/2026-KZ-AE): nothing lacks in any version. Emirati is a demonym of the United Arab
    Emirates, no place. («страны Залива» for "the Gulf countries" is left open: a lower-case
    «залив» would then name the Gulf and hide «Оманского залива» swapped in.)"""
    from press.lang.names import is_demonym

    texts = {"en": "On 2 March aid for the Palestinian people reached exporters from the Persian Gulf "
                   "countries; protocol No. 7/2026-KZ-AE was signed in Russian and Kazakh.",
             "kk": "2 наурызда палестина халқына арналған көмек Парсы шығанағы елдерінің экспорттаушыларына "
                   "жетті; № 7/2026-KZ-AE хаттамаға орыс және қазақ тілдерінде қол қойылды.",
             "ru": "2 марта помощь палестинскому народу дошла до экспортёров из стран Персидского залива; "
                   "протокол № 7/2026-KZ-AE подписан на русском и казахском языках."}
    assert [f for f in _missing(texts, termbase) if f[0] == "names.missing"] == []
    caspian = dict(texts, en=texts["en"].replace("Persian Gulf countries", "Caspian countries"))
    assert [f for f in _missing(caspian, termbase) if f[0] == "names.missing"] \
        == [("names.missing", ["en"], "Caspian")]
    assert is_demonym("Emirati", "en") and not is_demonym("Emirates", "en")
    oman = dict(texts, ru=texts["ru"].replace("Персидского залива", "Оманского залива"))
    assert [f for f in _missing(oman, termbase) if f[0] == "names.missing"] \
        == [("names.missing", ["ru"], "Persian Gulf")]
