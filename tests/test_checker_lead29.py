"""Classes of checker false alarm seen on blind34 after its second score (issue 12, session 23):
an agency's initials before an amount in thousands («через ЮНИСЕФ 250 тысяч долларов»), an
English double consonant before another one that the transcription writes once (Hattley,
Хатли), a Kazakh day range whose first day is in the ablative («наурыздың 3-інен 5-іне дейін»),
the Kazakh word кен (ore) with its endings, and an English "chamber" in lower case. Each case is
written here (own names, places and figures), fails without its rule, and its counterpart with a
real error is still found.
"""

from __future__ import annotations

import datetime as dt

from press.check import check_texts
from press.check.recognise import find_names
from press.lang.names import doubled_letters, is_demonym
from press.lang.read_designations import find_designations
from press.lang.read_organisations import find_organisations
from tests.edits import DAY, edited, found_on, found_only_when_edited, rules_found


def test_initials_before_an_amount_in_thousands_are_no_designation(termbase: dict) -> None:
    """«ЮНИСЕФ 250» reads as a designation (as «COP 29» does) unless a scale word follows the
    number: then it is the agency and an amount, which the other versions give as a figure."""
    assert find_designations("Казахстан выделил через ЮНИСЕФ 250 тысяч долларов США.") == []
    assert find_designations("через ВОЗ 2 млн долларов") == []
    assert [key for _, _, key in find_designations("на конференции COP 29 в Баку")] == ["COP-29"]
    texts = {"en": "Kazakhstan allocated 250,000 US dollars through UNICEF to repair schools in Tonga.",
             "ru": "Казахстан выделил через ЮНИСЕФ 250 тысяч долларов США на ремонт школ в Тонге.",
             "kk": "Қазақстан ЮНИСЕФ арқылы Тонгадағы мектептерді жөндеуге 250 мың АҚШ долларын бөлді."}
    assert "designations.mismatch" not in rules_found(texts, termbase)
    found_only_when_edited(texts, termbase, "numbers.mismatch", "ru", "250 тысяч", "260 тысяч")


def test_a_double_consonant_before_a_consonant_is_written_once(termbase: dict) -> None:
    """English Hattley, Russian and Kazakh Хатли: the transcription writes tt before l once (as
    Pittsburgh is Питсбург), so English doubling it is no slip; a double between vowels still
    is (Hoffer where both write Хофер is found by the same rule)."""
    texts = {"en": "Prime Minister Jane Hattley met the delegation in Bridgetown.",
             "ru": "Премьер-министр Джейн Хатли встретилась с делегацией в Бриджтауне.",
             "kk": "Премьер-министр Джейн Хатли Бриджтаунда делегацияны қабылдады."}
    found_only_when_edited(texts, termbase, "names.spelling", "ru", "Джейн Хатли", "Джейн Хартли")
    doubled = {"en": "Minister Hans Hoffer met the delegation in Bridgetown.",
               "ru": "Министр Ханс Хофер встретился с делегацией в Бриджтауне.",
               "kk": "Министр Ханс Хофер Бриджтаунда делегацияны қабылдады."}
    assert "names.spelling" in rules_found(doubled, termbase)


def test_a_kazakh_day_range_from_the_ablative_to_the_dative(termbase: dict) -> None:
    """«Наурыздың 3-інен 5-іне дейін» is 3 to 5 March: the second day with its dative ending is
    the range's end, not a stray number; a changed end day is still found."""
    texts = {"en": "From 3 to 5 March a delegation of engineers visited the plant in Ekibastuz.",
             "ru": "С 3 по 5 марта делегация инженеров посетила станцию в Экибастузе.",
             "kk": "Наурыздың 3-інен 5-іне дейін инженерлер делегациясы Екібастұздағы станцияға барды."}
    found_only_when_edited(texts, termbase, "dates.mismatch", "kk", "5-іне", "6-сына")
    assert "numbers.mismatch" not in rules_found(texts, termbase)


def test_the_kazakh_word_for_ore_is_no_lookalike(termbase: dict) -> None:
    """кен (ore), кені, кеніш are Kazakh words of their own, not кең (wide) typed with н; a
    Russian letter in another word of the same text is still found."""
    texts = {"en": "The largest copper ore deposit of the region employs 900 people.",
             "ru": "На крупнейшем в регионе месторождении медной руды работают 900 человек.",
             "kk": "Өңірдегі ең ірі мыс кені кенішінде 900 адам жұмыс істейді."}
    assert "script.lookalike" not in rules_found(texts, termbase)
    assert "script.lookalike" in rules_found(edited(texts, "kk", "жұмыс", "жумыс"), termbase)


def test_an_english_chamber_in_lower_case_is_a_room() -> None:
    """"47 refuge chambers" are rooms, no body (the table writes Chamber capitalised, so it
    matches only so); "the Chamber of Commerce" is still read, and a lower-case plural head
    of another kind ("the two ministries") too, as Russian «министерствами» is."""
    assert find_organisations("the mine has 47 refuge chambers, each for 20 people", "en") == ()
    assert [o.head for o in find_organisations("the Chamber of Commerce of Sweden", "en")] == ["chamber"]
    assert [o.head for o in find_organisations("a plan between the two ministries", "en")] == ["ministry"]


# --- seen on realnews36 and blind35 after their FIRST ------------------------------------------


def test_a_russian_month_as_an_adjective_is_no_date_against_the_day(termbase: dict) -> None:
    """«итоги мартовского тестирования» names the March session; the other versions give the
    day it began: Russian leaves the day out (as a translation it lacks it), but its month is
    no other date. With another month's adjective Russian still lacks the date."""
    texts = {"en": "The results of the testing that began on 2 March 2026 were published.",
             "ru": "Опубликованы итоги мартовского тестирования.",
             "kk": "2026 жылғы 2 наурызда басталған тестілеудің қорытындысы жарияланды."}
    said = [excerpt for rule, _, excerpt in found_on(texts, termbase, dt.date(2026, 3, 11))
            if rule == "dates.mismatch"]
    assert "мартовского" not in said
    edited_said = [excerpt for rule, _, excerpt in found_on(edited(texts, "ru", "мартовского", "апрельского"),
                                                             termbase, dt.date(2026, 3, 11))
                   if rule == "dates.mismatch"]
    assert edited_said


def test_nearly_and_more_than_round_figures_of_one_exact_value(termbase: dict) -> None:
    """36,818 marriages: «почти 37 тысяч» (nearly 37 thousand) and «36 мыңнан астам» (more
    than 36 thousand) both round it; each is read as the exact figure, not as the other's
    round one. A round figure that is off still is found."""
    texts = {"en": "In January–April 2025, 36,818 marriages were registered in the country.",
             "ru": "В январе–апреле 2025 года в стране зарегистрировано почти 37 тысяч браков.",
             "kk": "2025 жылғы қаңтар–сәуірде елде 36 мыңнан астам неке тіркелді."}
    assert not {"numbers.mismatch", "numbers.qualifier"} & rules_found(texts, termbase)
    assert {"numbers.mismatch", "numbers.qualifier"} & rules_found(
        edited(texts, "ru", "почти 37 тысяч", "почти 39 тысяч"), termbase)


def test_a_kazakh_verb_of_more_shared_by_two_figures(termbase: dict) -> None:
    """«мектептер 90%-дан, ауруханалар 83%-дан асады»: «асады» (exceeds) says "more than" of
    both figures; the first is no plain 90 against «более 90%». A figure with no verb after
    its comma keeps no qualifier."""
    texts = {"en": "Schools are more than 90% ready and hospitals more than 83% ready.",
             "ru": "Готовность школ превышает 90%, больниц – 83%.",
             "kk": "Мектептердің дайындығы 90%-дан, ауруханалардың дайындығы 83%-дан асады."}
    texts["ru"] = "Готовность школ составляет более 90%, больниц – более 83%."
    assert "numbers.qualifier" not in rules_found(texts, termbase)
    assert "numbers.qualifier" in rules_found(
        edited(texts, "kk", "90%-дан, ауруханалардың дайындығы 83%-дан асады",
               "90%, ауруханалардың дайындығы 83%-дан асады"), termbase)


def test_the_tenge_written_t_before_an_amount(termbase: dict) -> None:
    """"About T1.5 billion" (English papers in Kazakhstan write the tenge sign T) is about 1.5
    billion, as «около 1,5 млрд тенге»; T1 or T-34 stays a designation's."""
    texts = {"en": "About T1.5 billion is allocated for the hub's rent each year.",
             "ru": "На аренду хаба ежегодно выделяется около 1,5 млрд тенге.",
             "kk": "Хабты жалға алуға жыл сайын шамамен 1,5 млрд теңге бөлінеді."}
    assert not {"numbers.mismatch", "numbers.qualifier", "content.omitted"} & rules_found(texts, termbase)
    assert "numbers.mismatch" in rules_found(edited(texts, "en", "T1.5", "T2.5"), termbase)
    assert [key for _, _, key in find_designations("Terminal T1 and the T-34 tank")] == ["T-1", "T-34"]


def test_embassies_in_the_plural_are_embassies(termbase: dict) -> None:
    """"the embassies of Kazakhstan in Egypt and Jordan", «в посольствах», «елшіліктерінде»:
    one mention of the head in each version, not a swap for the next body named."""
    texts = {"en": "He worked at the embassies of Kazakhstan in Egypt and Jordan and at the Permanent "
                   "Mission of Kazakhstan to the United Nations in New York.",
             "ru": "Он работал в посольствах Казахстана в Египте и Иордании, а также в Постоянном "
                   "представительстве Казахстана при ООН в Нью-Йорке.",
             "kk": "Ол Қазақстанның Мысыр мен Иорданиядағы елшіліктерінде, сондай-ақ Қазақстанның "
                   "Нью-Йорктегі БҰҰ жанындағы Тұрақты өкілдігінде жұмыс істеді."}
    assert "names.missing" not in rules_found(texts, termbase)
    assert [o.head for o in find_organisations("the embassies of Kazakhstan", "en")] == ["embassy"]


def test_a_russian_adjective_of_a_place_s_surroundings(termbase: dict) -> None:
    """«прикаспийские государства» are the Caspian States (при-: beside); a version naming
    another sea is still found."""
    texts = {"en": "The initiative was supported by the Caspian States.",
             "ru": "Инициативу поддержали прикаспийские государства.",
             "kk": "Бастаманы Каспий маңы мемлекеттері қолдады."}
    assert "names.missing" not in rules_found(texts, termbase)
    assert {"names.missing", "names.spelling"} & rules_found(
        edited(texts, "ru", "прикаспийские", "причерноморские"), termbase)


# --- seen on blind34 after its second score: a miss --------------------------------------------


def test_one_consonant_off_in_a_name_in_its_own_spelling(termbase: dict) -> None:
    """Anil Mehra where Russian and Kazakh both write Анил Мехта: English names in their own
    spelling are read by sound, yet r for t is no way of writing т, and changing that one letter
    makes the name they transcribe (Mehta). A spelling that transcribes as it stands
    (Mehta) is not flagged."""
    texts = {"en": "The plant was opened by Anil Mehta, chairman of the Indian company.",
             "ru": "Завод открыл Анил Мехта, председатель индийской компании.",
             "kk": "Зауытты үнділік компанияның төрағасы Анил Мехта ашты."}
    found_only_when_edited(texts, termbase, "names.spelling", "en", "Anil Mehta", "Anil Mehra")
    slipped = check_texts(edited(texts, "en", "Anil Mehta", "Anil Mehra"), termbase, DAY).findings
    assert any("expected «Mehta»" in f.message for f in slipped if f.rule == "names.spelling")


# --- seen on blind33 after its final score: a miss ---------------------------------------------


def test_a_dateline_every_version_prints_is_a_date_to_agree_on(termbase: dict) -> None:
    """The release day in a dateline is soft only where some version prints none (one outlet's
    «Алматы. 10 июля.»); when every version prints one, as a translation does, the one dated
    otherwise is a slip, even the day after, which "tomorrow" names too."""
    texts = {"en": "Astana, 10 July 2026 – The President received the Ambassador of Botswana. "
                   "Their talks will continue tomorrow.",
             "ru": "Астана, 10 июля 2026 года – Президент принял посла Ботсваны. "
                   "Переговоры продолжатся завтра.",
             "kk": "Астана, 2026 жылғы 10 шілде – Президент Ботсвана елшісін қабылдады. "
                   "Келіссөздер ертең жалғасады."}
    found_only_when_edited(texts, termbase, "dates.mismatch", "ru", "10 июля 2026 года", "11 июля 2026 года")
    undated = dict(texts, ru="Президент принял посла Ботсваны. Переговоры продолжатся завтра.")
    assert "dates.mismatch" not in rules_found(undated, termbase)


# --- seen on realnews37 after its FIRST ---------------------------------------------------------


def test_a_russian_decimal_comma_before_a_scale_word(termbase: dict) -> None:
    """«2,365 млн гектаров» is 2.365 million (Russian writes thousands with a space, never a
    comma, before «млн»), the rounded «2365,3 мың»; «4,000 раз» alone stays ambiguous."""
    from press.lang.read_numbers import find_numbers

    assert [n.value for n in find_numbers("на площади 2,365 млн гектаров", "ru")] == [2365000]
    texts = {"en": "The survey covered 2.365 million hectares of irrigated land.",
             "ru": "Обследование охватило 2,365 млн гектаров орошаемых земель.",
             "kk": "Зерттеу 2365,3 мың гектар суармалы жерді қамтыды."}
    found_only_when_edited(texts, termbase, "numbers.mismatch", "ru", "2,365 млн", "2,565 млн")


def test_a_cyrillic_brand_with_its_country_code_is_no_mixed_script(termbase: dict) -> None:
    """«КамлитKZ»: a brand's Latin capitals after a Cyrillic word, on purpose; a Latin K typed
    into a Cyrillic word (Kазақстан) is still a slip."""
    texts = {"en": "The KamlitKZ project was launched in Almaty.",
             "ru": "В Алматы запущен проект КамлитKZ.",
             "kk": "Алматыда КамлитKZ жобасы іске қосылды."}
    assert "script.mixed" not in rules_found(texts, termbase)
    assert "script.mixed" in rules_found(edited(texts, "kk", "Алматыда", "Aлматыда"), termbase)


def test_kyrgyzstan_and_the_kyrgyz_republic_are_one_country(termbase: dict) -> None:
    """Russian in Kazakhstan writes «Кыргызстан» (CLDR has «Киргизия») and «Кыргызская
    Республика»: two names of one country, not one name spelt two ways; a misspelt one is
    still found."""
    texts = {"en": "The Minister visited Kyrgyzstan. The Kyrgyz Republic is a key partner.",
             "ru": "Министр посетил Кыргызстан. Кыргызская Республика является ключевым партнером.",
             "kk": "Министр Қырғызстанға барды. Қырғыз Республикасы негізгі серіктес."}
    assert "names.inconsistent" not in rules_found(texts, termbase)
    assert "names.inconsistent" not in rules_found(texts, {})
    assert {"names.inconsistent", "names.spelling"} & rules_found(
        edited(texts, "ru", "посетил Кыргызстан", "посетил Кыргызтан"), {})


# --- seen on blind36 after its FIRST ------------------------------------------------------------


def test_a_kazakh_surname_closes_a_name_before_a_foreign_one() -> None:
    """«Марат Бейсенбаев Сукунмен кездесті» is Marat Beisenbayev meeting Sookun: after a given
    name and a surname only a patronymic goes on; after a Kazakh surname alone only a Kazakh
    given name (lists write «Жұмабеков Ерлан Серікұлы»)."""
    assert [m.text for m in find_names("Елші Марат Бейсенбаев Сукунмен кездесті.", "kk")] \
        == ["Марат Бейсенбаев", "Сукунмен"]
    assert [m.text for m in find_names("Бұдан соң Жұмабеков Лабонн ханымды шақырды.", "kk")] \
        == ["Жұмабеков", "Лабонн"]
    assert [m.text for m in find_names("Бұдан соң Жұмабеков Ерлан Серікұлы сөйледі.", "kk")] \
        == ["Жұмабеков Ерлан Серікұлы"]


def test_nigerien_and_mauritian_are_demonyms() -> None:
    """Demonyms in -ien and of a place in -us (Nigerien, Mauritian) are no names of a place."""
    assert is_demonym("Nigerien", "en") and is_demonym("Mauritians", "en")
    assert not is_demonym("Mauritius", "en") and not is_demonym("Niger", "en")


def test_a_double_consonant_before_a_silent_final_e(termbase: dict) -> None:
    """Labonne, Лабонн (and Sorbonne, Сорбонна): the double before a silent final e is at the
    word's end as it is said, which Russian writes once or twice; a double between vowels is
    still judged (Hoffer)."""
    assert doubled_letters("Hoffer") == frozenset("f")
    texts = {"en": "Minister Priscilla Labonne opened the forum in Ebene.",
             "ru": "Форум в Эбене открыла министр Присцилла Лабонн.",
             "kk": "Эбенедегі форумды министр Присцилла Лабонн ашты."}
    assert "names.spelling" not in rules_found(texts, termbase)


def test_registered_names_and_their_neighbours(termbase: dict) -> None:
    """With the ministry's termbase: Mauritian is a demonym, no misspelt Mauritania; «БҰҰДБ-мен»
    (with UNDP) is a body's initials, no misspelt БҰҰБА. A misspelt registered name, and a
    misspelt demonym (Europian), are still found."""
    texts = {"en": "The Mauritian side thanked UNDP and the Ministry of Foreign Affairs.",
             "ru": "Маврикийская сторона поблагодарила ПРООН и Министерство иностранных дел.",
             "kk": "Маврикий тарапы БҰҰДБ-мен ынтымақтастық үшін Сыртқы істер министрлігіне алғыс айтты."}
    assert "names.spelling" not in rules_found(texts, termbase)
    assert "names.spelling" in rules_found(edited(texts, "en", "Foreign Affairs", "Foreign Afairs"), termbase)
