"""Classes of checker failure seen on the blind5 set (issue 12, session 8: dates, numbers,
designations, script), each with a case written here (own sentences and figures) that fails
without its rule.

All in-process: plain texts through `check_texts` with the toolkit's termbase (as `press check
--text` reads it), no build, no subprocess.
"""

from __future__ import annotations

import test_checker_classes5 as classes5

termbase = classes5.termbase
_found = classes5._found
"""(rule, langs) of each finding on plain texts dated 14 May 2026, a Thursday."""


def _each_flagged(texts: dict[str, str], edits: tuple[tuple[str, str, str], ...], rule: str,
                  termbase: dict) -> None:
    """The clean texts pass, and each edit (language, old, new) alone makes *rule* flag that
    language and nothing else."""
    assert _found(texts, termbase) == []
    classes5._each_flagged(texts, edits, rule, termbase)


# --- numbers: units, decades, ratios, a figure said once more in a paragraph -------------------

def test_power_energy_metres_and_containers_are_units(termbase: dict) -> None:
    """Megawatts against kilowatts, kilowatt-hours against megawatt-hours (the hours of a
    kilowatt-hour are no unit of their own), metres against kilometres and TEU against tonnes
    are different figures, in digits and glued to a hyphen (a 240-megawatt plant)."""
    texts = {"en": "The 240-megawatt wind farm will deliver 0.9 billion kilowatt-hours a year over a "
                   "line of 75 kilometres, and the port will handle 40,000 TEU.",
             "kk": "Қуаты 240 мегаватт жел электр станциясы 75 шақырымдық желі арқылы жылына 0,9 млрд "
                   "киловатт-сағат береді, ал порт 40 000 TEU өңдейді.",
             "ru": "Ветровая электростанция мощностью 240 мегаватт будет давать 0,9 млрд киловатт-часов в "
                   "год по линии длиной 75 километров, а порт обработает 40 000 TEU."}
    _each_flagged(texts, (("en", "240-megawatt", "240-kilowatt"), ("ru", "240 мегаватт", "240 киловатт"),
                          ("en", "kilowatt-hours", "megawatt-hours"),
                          ("kk", "75 шақырымдық", "75 метрлік"), ("ru", "40 000 TEU", "40 000 тонн")),
                  "numbers.unit", termbase)
    from press.lang.read_numbers import find_numbers

    assert [n.unit for n in find_numbers("0,9 млрд кВт·ч и 40 МВт", "ru")] == ["kilowatt-hour", "megawatt"]


def test_a_decade_is_ten_years(termbase: dict) -> None:
    """"Over the past decade", «за последнее десятилетие» and «соңғы он жылда» say one figure:
    the Kazakh «он» is no number the others lack; «бес жылда» says another."""
    texts = {"en": "Over the past decade the centre has trained more than 900 interpreters.",
             "kk": "Соңғы он жылда орталық 900-ден астам аудармашы даярлады.",
             "ru": "За последнее десятилетие центр подготовил более 900 переводчиков."}
    assert _found(texts, termbase) == []
    edited = dict(texts, kk=texts["kk"].replace("он жылда", "бес жылда"))
    assert _found(edited, termbase) == [("numbers.mismatch", ["kk"])]


def test_half_the_figure_is_two_times_less_and_one_third_each_a_fraction(termbase: dict) -> None:
    """"Half the previous 40 days" is «вдвое меньше», «екі есе аз»; "one third each" is a
    fraction (по одной трети, үштен бір), not the ordinal "third"."""
    texts = {"en": "The new rules set a limit of 20 days, half the previous 40 days, and the three "
                   "partners will hold one third each.",
             "kk": "Жаңа ережелер 20 күн мерзім белгілейді, бұл бұрынғы 40 күннен екі есе аз, ал үш "
                   "серіктестің әрқайсысы үштен бір үлеске ие болады.",
             "ru": "Новые правила устанавливают срок в 20 дней — вдвое меньше прежних 40 дней, а три "
                   "партнёра получат по одной трети."}
    _each_flagged(texts, (("en", "limit of 20 days", "limit of 25 days"),
                          ("ru", "по одной трети", "по одной четверти")), "numbers.mismatch", termbase)


def test_a_figure_said_once_more_in_its_paragraph_replaces_another(termbase: dict) -> None:
    """In texts of the same shape, "lasts three years and includes three weeks" where the
    others say two years and three weeks replaces the 2, although 3 stands in the paragraph and
    2 elsewhere in the text."""
    texts = {"en": "Two institutes opened the course on 14 May.\n\nThe course lasts two years and includes "
                   "three weeks of practice abroad.",
             "kk": "Екі институт курсты 14 мамырда ашты.\n\nКурс екі жылға созылады және шетелде үш апталық "
                   "тәжірибені қамтиды.",
             "ru": "Два института открыли курс 14 мая.\n\nКурс длится два года и включает три недели "
                   "практики за рубежом."}
    _each_flagged(texts, (("en", "lasts two years", "lasts three years"),
                          ("ru", "длится два года", "длится три года")), "numbers.mismatch", termbase)


# --- dates: weeks, years of other kinds, the year so far, quarters, ranges of months ---------

def test_a_week_named_from_the_release_is_not_a_month(termbase: dict) -> None:
    """"Next week", «на следующей неделе», «келесі аптада» name one week; "next month" where
    the other two say next week names another time, and so does «с начала месяца» where they
    say since the start of the year (с начала года, жыл басынан)."""
    texts = {"en": "The commission will meet next week. Since the start of the year it has received "
                   "48 requests.",
             "kk": "Комиссия келесі аптада жиналады. Жыл басынан бері ол 48 өтінім алды.",
             "ru": "Комиссия соберётся на следующей неделе. С начала года она получила 48 обращений."}
    _each_flagged(texts, (("en", "next week", "next month"), ("kk", "келесі аптада", "келесі айда"),
                          ("ru", "С начала года", "С начала месяца")), "dates.mismatch", termbase)


def test_a_year_of_another_kind_and_this_years_season_are_years(termbase: dict) -> None:
    """"From the next academic year" (со следующего учебного года, келесі оқу жылынан) names
    next year; "this spring" (этой весной) is this year's spring as «биылғы көктемде» says, so
    "this year" in place of "next year" beside it is another year."""
    texts = {"en": "From the next academic year the school will admit 30 students. This spring 12 of them "
                   "passed the test, and the new building will open next year.",
             "kk": "Келесі оқу жылынан бастап мектеп 30 оқушы қабылдайды. Биылғы көктемде олардың 12-сі "
                   "сынақтан өтті, ал жаңа ғимарат келесі жылы ашылады.",
             "ru": "Со следующего учебного года школа примет 30 учеников. Этой весной 12 из них сдали "
                   "экзамен, а новое здание откроется в следующем году."}
    _each_flagged(texts, (("en", "From the next academic year", "From this academic year"),
                          ("en", "open next year", "open this year"),
                          ("kk", "Келесі оқу жылынан", "Осы оқу жылынан")), "dates.mismatch", termbase)


def test_a_quarter_is_a_period_like_a_half(termbase: dict) -> None:
    """«в третьем квартале» where the others say "in the second half" names another period."""
    texts = {"en": "In the second half of the year the office will issue visas online.",
             "kk": "Жылдың екінші жартысында кеңсе визаларды онлайн береді.",
             "ru": "Во втором полугодии представительство будет выдавать визы онлайн."}
    _each_flagged(texts, (("ru", "Во втором полугодии", "В третьем квартале"),), "dates.mismatch", termbase)
    from press.lang.read_dates import find_periods

    assert [(m.unit, m.offset) for m in find_periods("үшінші тоқсанда, in the fourth quarter", "kk")] \
        == [("quarter", 3)]


def test_two_months_of_a_range_share_its_year(termbase: dict) -> None:
    """"January–June last year", «в январе–июне прошлого года» and «өткен жылдың
    қаңтар–маусымы» name the same two months, January too of last year; a night "of 3 to 4
    May" (с 3 на 4 мая) names the 3rd as «3 мамырдан 4 мамырға қараған түні» does."""
    texts = {"en": "Exports grew by 14% against January–June last year. The cargo left on the night of "
                   "3 to 4 May.",
             "kk": "Экспорт өткен жылдың қаңтар–маусымымен салыстырғанда 14%-ға өсті. Жүк 3 мамырдан "
                   "4 мамырға қараған түні жөнелтілді.",
             "ru": "Экспорт вырос на 14% по сравнению с январём–июнем прошлого года. Груз отправили в ночь "
                   "с 3 на 4 мая."}
    assert _found(texts, termbase) == []


def test_every_monday_is_a_weekday_in_the_plural_too(termbase: dict) -> None:
    """«по понедельникам» (every Monday, әр дүйсенбіде) names Monday: "every Friday" differs."""
    texts = {"en": "The hotline answers every Monday.",
             "kk": "Жедел желі әр дүйсенбіде жауап береді.",
             "ru": "Горячая линия отвечает по понедельникам."}
    _each_flagged(texts, (("en", "every Monday", "every Friday"),), "dates.mismatch", termbase)


# --- designations: letters after the number, codes, brand names, ships, translated letters -----

def test_designations_of_every_shape_agree_across_versions(termbase: dict) -> None:
    """An aircraft with letters after its number (B737MAX, A330neo), a programme code that
    begins with a digit (6B04105), a law with its convocation in Roman numerals (No. 117-VIII),
    a satellite named in CamelCase (KazSat-2R is KazSat-2 here) and a ship's number (the
    «Жұлдыз-3») are written the same in every version: another one in one version differs."""
    texts = {"en": "The carrier will lease two A330neo aircraft for the 6B04105 programme under Law "
                   "No. 117-VIII, and the satellite KazSat-2 will guide the ferry Zhuldyz-3.",
             "kk": "Тасымалдаушы № 117-VIII Заңға сәйкес 6B04105 бағдарламасы үшін екі A330neo ұшағын "
                   "жалға алады, ал KazSat-2 спутнигі «Жұлдыз-3» паромын бағыттайды.",
             "ru": "Перевозчик возьмёт в лизинг два самолёта A330neo для программы 6B04105 по Закону "
                   "№ 117-VIII, а спутник KazSat-2 будет вести паром «Жулдыз-3»."}
    _each_flagged(texts, (("en", "A330neo", "A330ceo"), ("kk", "6B04105", "6B04150"),
                          ("ru", "№ 117-VIII", "№ 117-VII"), ("en", "KazSat-2", "KazSat-3"),
                          ("ru", "«Жулдыз-3»", "«Жулдыз-4»")), "designations.mismatch", termbase)


def test_translated_letters_of_a_designation_agree_by_its_number(termbase: dict) -> None:
    """HPP-2, ГЭС-2 and СЭС-2 name one plant: each language writes the letters in its own words,
    so the number is what must agree; Latin letters (B737MAX, B737) are written alike."""
    texts = {"en": "The sides discussed the new HPP-2 and the B737MAX fleet.",
             "kk": "Тараптар жаңа СЭС-2 және B737MAX паркін талқылады.",
             "ru": "Стороны обсудили новую ГЭС-2 и парк B737MAX."}
    _each_flagged(texts, (("en", "HPP-2", "HPP-3"), ("kk", "СЭС-2", "СЭС-1"),
                          ("ru", "B737MAX", "B737")), "designations.mismatch", termbase)


# --- script: Latin look-alikes of Kazakh letters, у for ү, Kazakh words in names, brand names --

def test_kazakh_letters_typed_wrong_in_words_and_names(termbase: dict) -> None:
    """A Latin ə for ә (тəулік), у for ү where the next vowel is a front one (тусірілім,
    Туркістан: no Kazakh word of front vowels has у there), and a name made of Kazakh words
    typed with Russian letters (Кара теңіз for Қара теңіз, the Black Sea) are slips; «пункті»
    (a loan with its ending) and a name another version writes alike (Канат) are not."""
    texts = {"en": "The ferry crossed the Black Sea in two days, and the filming at the checkpoint in "
                   "Turkistan was led by Kanat Omarov.",
             "kk": "Паром Қара теңізден екі тәулікте өтті, ал Түркістандағы өткізу пунктіндегі "
                   "түсірілімдерді Канат Омаров басқарды.",
             "ru": "Паром пересёк Черное море за двое суток, а съёмками на пропускном пункте в Туркестане "
                   "руководил Канат Омаров."}
    _each_flagged(texts, (("kk", "тәулікте", "тəулікте"),), "script.mixed", termbase)
    _each_flagged(texts, (("kk", "түсірілімдерді", "тусірілімдерді"),
                          ("kk", "Түркістандағы", "Туркістандағы"), ("kk", "Қара теңізден", "Кара теңізден")),
                  "script.lookalike", termbase)


def test_a_loan_root_and_a_verb_noun_keep_their_u() -> None:
    """у before a front vowel is no slip in a loan's root after a back vowel (округінде) nor
    at the end of a verb noun before its ending (келушілер, тексерушілер)."""
    from press.check.script import _front_u

    words = ("округінде", "келушілер", "тексерушілер", "тусті")
    assert [_front_u(w) for w in words] == [None, None, None, "түсті"]

def test_a_latin_name_with_small_words_is_no_untranslated_english(termbase: dict) -> None:
    """"Airbus Defence and Space" or "Bank of America" kept in Latin letters in the Kazakh and
    Russian versions is a company's name; "shipping and logistics" is English left there."""
    texts = {"en": "The satellite was built with Airbus Defence and Space and insured by Bank of America.",
             "kk": "Спутник Airbus Defence and Space компаниясымен бірге жасалып, Bank of America "
                   "банкінде сақтандырылды.",
             "ru": "Спутник создан совместно с Airbus Defence and Space и застрахован в Bank of America."}
    untranslated = "застрахован в Bank of America по shipping and logistics"
    _each_flagged(texts, (("ru", "застрахован в Bank of America", untranslated),),
                  "script.untranslated", termbase)


# --- facts: a term counted from an event no version dates ------------------------------------

def test_a_term_after_an_undated_event_is_no_interval_between_dates(termbase: dict) -> None:
    """"Thirty days after the parties exchanged instruments" counts from an event no version
    dates (its Kazakh «алмасқаннан бастап отыз күн» stands after the signing date): the dates
    given are not its ends. "Twelve days later" after two dates is still measured by them."""
    texts = {"en": "The agreement signed on 3 March entered into force on 14 May, thirty days after the "
                   "parties exchanged notes.",
             "kk": "3 наурызда қол қойылған келісім тараптар ноталар алмасқаннан бастап отыз күн өткен "
                   "соң, 14 мамырда күшіне енді.",
             "ru": "Соглашение, подписанное 3 марта, вступило в силу 14 мая, через тридцать дней после "
                   "обмена нотами."}
    assert _found(texts, termbase) == []
    later = {"en": "The crew left on 2 May and landed on 14 May, twelve days later.",
             "ru": "Экипаж вылетел 2 мая и приземлился 14 мая, спустя двенадцать дней."}
    assert _found(later, termbase) == []
    moved = {lang: text.replace("2 мая", "4 мая").replace("2 May", "4 May") for lang, text in later.items()}
    assert _found(moved, termbase) == [("facts.interval", ["en"]), ("facts.interval", ["ru"])]


# --- harmless rewordings: the same figure or time said another way --------------------------

def test_a_figure_said_another_way_is_the_same_figure(termbase: dict) -> None:
    """A fifth is 20%, «полмиллиона» is 500,000, «полгода» is six months, and «400 мыңнан
    артады» (after the ablative) says "more than 400,000" as «асады» does."""
    texts = {"en": "Imports grew by a fifth, aid reached 500,000 dollars over six months, and arrivals "
                   "will exceed 400,000.",
             "kk": "Импорт бестен бір бөлікке өсті, көмек алты ай ішінде 500 мың долларға жетті, ал "
                   "келушілер саны 400 мыңнан асады.",
             "ru": "Импорт вырос на пятую часть, помощь за шесть месяцев достигла 500 тысяч долларов, а "
                   "число прибытий превысит 400 тысяч."}
    assert _found(texts, termbase) == []
    for lang, old, new in (("en", "by a fifth", "by 20%"), ("kk", "бестен бір бөлікке", "20%-ға"),
                           ("ru", "500 тысяч", "полмиллиона"), ("ru", "за шесть месяцев", "за полгода"),
                           ("kk", "400 мыңнан асады", "400 мыңнан артады")):
        assert _found(dict(texts, **{lang: texts[lang].replace(old, new)}), termbase) == [], new


def test_a_time_said_another_way_is_the_same_time(termbase: dict) -> None:
    """"Two years ago" in a 2026 release is 2024; "the first six months" is the first half;
    a version that gives yesterday as a date (13 May) or the coming Friday as one (15 May,
    the release being of Thursday 14 May) says what the others say relatively."""
    texts = {"en": "Yesterday the council met in Oral. The office opened in 2024 and in the first half of "
                   "2026 served 900 visitors. On Friday the delegation will fly home.",
             "kk": "Кеше кеңес Оралда жиналды. Кеңсе 2024 жылы ашылып, 2026 жылдың бірінші жартысында "
                   "900 келушіге қызмет көрсетті. Жұма күні делегация елге ұшады.",
             "ru": "Вчера совет собрался в Уральске. Офис открылся в 2024 году и в первом полугодии "
                   "2026 года обслужил 900 посетителей. В пятницу делегация вылетит домой."}
    assert _found(texts, termbase) == []
    for lang, old, new in (("en", "opened in 2024", "opened two years ago"),
                           ("en", "in the first half of", "in the first six months of"),
                           ("ru", "Вчера совет", "13 мая совет"), ("kk", "Жұма күні", "15 мамырда")):
        assert _found(dict(texts, **{lang: texts[lang].replace(old, new)}), termbase) == [], new


def test_a_day_named_relatively_and_a_weekday_are_one_kind(termbase: dict) -> None:
    """"On Monday" where the others say «вчера» and «кеше» names another day when yesterday
    (the release being of Thursday 14 May) was a Wednesday; «до конца месяца» where the others
    say by the end of the year names another time."""
    texts = {"en": "Yesterday the council met in Oral. The report will be ready by the end of the year.",
             "kk": "Кеше кеңес Оралда жиналды. Баяндама жыл соңына дейін дайын болады.",
             "ru": "Вчера совет собрался в Уральске. Доклад будет готов до конца года."}
    _each_flagged(texts, (("en", "Yesterday the council", "On Monday the council"),
                          ("ru", "до конца года", "до конца месяца")), "dates.mismatch", termbase)
    assert _found(dict(texts, en=texts["en"].replace("Yesterday", "On Wednesday")), termbase) == []
    from press.lang.read_numbers import find_numbers

    assert [(n.value, n.unit) for n in find_numbers("двухгодичный курс", "ru")] == [(2, "year")]

def test_a_verb_form_and_o_before_a_front_vowel() -> None:
    """«танысады» is the verb таныс- with its ending, a Kazakh word as written; «олім» has о
    where the next vowel is a front one: Kazakh writes «өлім»."""
    from press.check import lexicon
    from press.check.script import _front_u

    assert lexicon.kazakh_as_written("танысады")
    assert [_front_u(w) for w in ("олім", "отінімдер")] == ["өлім", "өтінімдер"]
    from press.check.document import Para
    from press.check.script import _lookalikes

    para = Para("1", "kk", "Кеңес олім жазасы туралы баяндаманы талқылады, делегаттар онымен "
                "танысады.", "kk:1")
    assert [f.excerpt for f in _lookalikes(para, {})] == ["олім"]  # ол-ім parses, өлім parses better
    share = Para("1", "kk", "Елдің улесі өсті, ал оның үлесі туралы айтылды.", "kk:1")
    assert [f.excerpt for f in _lookalikes(share, {})] == ["улесі"]  # уле-сі parses, үлес-і better


def test_a_month_named_last_or_next_and_a_month_as_an_adjective() -> None:
    """"Last December" in a release of 15 October 2026 is December 2025 (as «өткен желтоқсанда»,
    «в декабре прошлого года»), "next March" March 2027; «қыркүйектегіден» ("than in
    September") names September; "seven days a week" is no count of days the others lack."""
    import datetime as dt

    from press.check import check_texts
    from press.lang.read_dates import find_dates

    day = dt.date(2026, 10, 15)
    assert [m.resolved(day) for m in find_dates("last December and next March", "en")] \
        == [(2025, 12, None), (2027, 3, None)]
    assert [m.resolved(day) for m in find_dates("өткен желтоқсанда", "kk")] == [(2025, 12, None)]
    assert [m.month for m in find_dates("бұл қыркүйектегіден екі есе көп", "kk")] == [9]
    texts = {"en": "The office works round the clock, seven days a week.",
             "kk": "Кеңсе тәулік бойы жұмыс істейді.", "ru": "Офис работает круглосуточно."}
    assert check_texts(texts, {}, day).findings == []


def test_a_un_document_symbol_is_one_designation() -> None:
    """A/HRC/61/L.7 (a draft resolution) and S/RES/2231 are read whole: L.17 is another draft."""
    from press.lang.read_designations import find_designations

    keys = [key for _, _, key in find_designations("drafts A/HRC/61/L.7 and S/RES/2231, A/RES/76/300")]
    assert keys == ["A/HRC/61/L.7", "S/RES/2231", "76/300"]
    models = "a Boeing 787-9, an Airbus A350-900; in May 120-150 people, on 10-12 May"
    assert [key for _, _, key in find_designations(models)] == ["787-9", "A-350-900"]


def test_a_hyphen_inside_a_designation_is_no_dash_before_a_list(termbase: dict) -> None:
    """"Two Il-76 aircraft … to A and B" is a count, not one a list spells out ("two cities:
    A and B" is): «три самолёта» where the others say two is reported."""
    texts = {"en": "Two Il-76 aircraft delivered 84 tonnes of aid to Kandy and Galle.\n\nThe aid includes "
                   "3 field hospitals.",
             "kk": "Екі Ил-76 ұшағы Канди мен Галлеге 84 тонна көмек жеткізді.\n\nКөмекке 3 далалық "
                   "госпиталь кіреді.",
             "ru": "Два самолёта Ил-76 доставили 84 тонны помощи в Канди и Галле.\n\nВ состав помощи "
                   "входят 3 полевых госпиталя."}
    _each_flagged(texts, (("ru", "Два самолёта", "Три самолёта"),), "numbers.mismatch", termbase)


def test_a_figure_said_once_less_in_its_paragraph_is_replaced(termbase: dict) -> None:
    """"Stored for five years … three hours" where the others say three years and three hours
    replaces one of the 3s, although a 3 stands in the paragraph and a 5 elsewhere."""
    texts = {"en": "Five officers joined on 14 May.\n\nData are stored for three years and checks take "
                   "three hours.",
             "kk": "14 мамырда бес офицер қосылды.\n\nДеректер үш жыл сақталады, ал тексеру үш сағатқа "
                   "созылады.",
             "ru": "14 мая к работе приступили пять офицеров.\n\nДанные хранятся три года, а проверка длится "
                   "три часа."}
    _each_flagged(texts, (("en", "for three years", "for five years"),), "numbers.mismatch", termbase)


def test_this_week_in_plain_texts_covers_the_dates_of_its_clause(termbase: dict) -> None:
    """Plain texts have no register: "this week" covers the dates of its own clause, not the
    detention «3 мамырда» before the comma nor every date of the text."""
    texts = {"en": "The sailors, detained on 3 May, will return home this week. This week the Ministry "
                   "also sends 12 doctors.",
             "kk": "3 мамырда ұсталған теңізшілер осы аптада елге оралады. Осы аптада министрлік 12 "
                   "дәрігер жібереді.",
             "ru": "Моряки, задержанные 3 мая, вернутся домой на этой неделе. На этой неделе министерство "
                   "также направит 12 врачей."}
    assert _found(texts, termbase) == []
    moved = dict(texts, en=texts["en"].replace("home this week", "home this week, on 3 May"))
    assert ("facts.this-week", ["en"]) in _found(moved, termbase)


def test_no_later_than_before_is_at_least(termbase: dict) -> None:
    """«не позднее чем за три часа до вылета» is "at least three hours before" (кемінде үш
    сағат), «не позднее чем через 30 дней» "within 30 days" (up to)."""
    texts = {"en": "Travellers should arrive at least three hours before departure.",
             "kk": "Саяхатшылар ұшудан кемінде үш сағат бұрын келуі тиіс.",
             "ru": "Путешественникам следует прибывать не позднее чем за три часа до вылета."}
    _each_flagged(texts, (("en", "at least three hours", "three hours"),), "numbers.qualifier", termbase)
    from press.lang.read_numbers import find_numbers

    assert [n.qualifier for n in find_numbers("ответить не позднее чем через 30 дней", "ru")] == ["upto"]


def test_a_qualifier_belongs_to_the_period_it_is_said_of(termbase: dict) -> None:
    """"Three years … at least three hours" in every version: the hours' qualifier is not read
    off the years, so "three hours" in one version drops it."""
    texts = {"en": "Data are stored for three years, and travellers should arrive at least three hours "
                   "before departure.",
             "kk": "Деректер үш жыл сақталады, ал саяхатшылар ұшудан кемінде үш сағат бұрын келуі тиіс.",
             "ru": "Данные хранятся три года, а путешественникам следует прибывать не позднее чем за три "
                   "часа до вылета."}
    _each_flagged(texts, (("en", "at least three hours", "three hours"),), "numbers.qualifier", termbase)
