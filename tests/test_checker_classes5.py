"""Classes of checker failure seen on the blind3 and blind4 sets (issue 12, fifth round), each
with a case written here (own names, places and figures) that fails without its rule.

All in-process: plain texts through `check_texts` with the toolkit's termbase (as `press check
--text` reads it), no build, no subprocess.
"""

from __future__ import annotations

import test_checker_classes3 as classes3

from press.check import check_texts

DAY = classes3.DAY
"""14 May 2026, a Thursday."""
termbase = classes3.termbase


def _found(texts: dict[str, str], termbase: dict) -> list[tuple[str, list[str]]]:
    return [(f.rule, f.langs) for f in check_texts(texts, termbase, DAY).findings]


def _each_flagged(texts: dict[str, str], edits: tuple[tuple[str, str, str], ...], rule: str,
                  termbase: dict) -> None:
    """Each edit (language, old, new) alone makes *rule* flag that language and nothing else."""
    for lang, old, new in edits:
        assert old in texts[lang], old
        edited = dict(texts, **{lang: texts[lang].replace(old, new)})
        assert _found(edited, termbase) == [(rule, [lang])], (lang, new)


# --- dates: seasons, halves, weekdays and relative years ---------------------------------------

def test_a_season_is_a_date_the_versions_agree_on(termbase: dict) -> None:
    """"in the spring", «весной», «көктемде» name one season; «осенью» where the others say spring
    says another time, in any case form and as an adjective (весенней, көктемгі)."""
    texts = {"en": "On 14 May the sides agreed to open the air route in the spring of 2027 and to hold "
                   "the spring fair in Shymkent.",
             "kk": "14 мамырда тараптар әуе бағытын 2027 жылдың көктемінде ашуға және Шымкентте көктемгі "
                   "жәрмеңке өткізуге келісті.",
             "ru": "14 мая стороны договорились открыть авиамаршрут весной 2027 года и провести в Шымкенте "
                   "весеннюю ярмарку."}
    assert _found(texts, termbase) == []
    _each_flagged(texts, (("ru", "весной", "осенью"), ("kk", "көктемінде", "күзінде"),
                          ("en", "in the spring", "in the winter")), "dates.mismatch", termbase)
    from press.lang.read_dates import find_periods

    assert find_periods("по 5-летнему плану, 10 лет", "ru") == []  # «летнему» after a hyphen: no summer
    two = {"en": texts["en"], "ru": texts["ru"].replace("весной", "летом").replace("весеннюю", "летнюю")}
    assert _found(two, termbase) == [("dates.mismatch", ["ru"])]  # two versions: the source decides


def test_a_half_of_the_year_is_a_period_not_the_number_two(termbase: dict) -> None:
    """"the second half of the year", «во втором полугодии», «жылдың екінші жартысында» name a
    half; "first" against "second" differs even where a 2 stands elsewhere in the text, and a
    version that says "late in the year" instead lacks no number 2."""
    texts = {"en": "On 14 May the two ministers signed 2 agreements and agreed to meet again in the "
                   "second half of the year.",
             "kk": "14 мамырда екі министр 2 келісімге қол қойып, жылдың екінші жартысында қайта "
                   "кездесуге уағдаласты.",
             "ru": "14 мая два министра подписали 2 соглашения и договорились вновь встретиться во "
                   "втором полугодии."}
    assert _found(texts, termbase) == []
    first = dict(texts, en=texts["en"].replace("second half", "first half"))
    assert _found(first, termbase) == [("dates.mismatch", ["en"])]
    three = {lang: text.replace("2 ", "3 ") for lang, text in texts.items()}
    late = dict(three, en=three["en"].replace("in the second half of the year", "later in the year"))
    assert _found(late, termbase) == []


def test_a_weekday_is_compared_paragraph_by_paragraph(termbase: dict) -> None:
    """Paragraph by paragraph, a weekday one version names where both others agree on another is
    reported even when its own weekday stands in another paragraph ("on Tuesday and Wednesday"
    where the others say Wednesday and Thursday); a date given instead of a weekday is no error."""
    texts = {"en": ["On 14 May the ministry said that two flights had brought 212 citizens home on "
                    "Tuesday and Wednesday.",
                    "Since Monday the embassy's hotline has received 640 calls."],
             "kk": ["14 мамырда министрлік екі рейс сейсенбі және сәрсенбі күндері 212 азаматты елге "
                    "жеткізгенін хабарлады.",
                    "Дүйсенбіден бері елшіліктің жедел желісіне 640 қоңырау түсті."],
             "ru": ["14 мая министерство сообщило, что два рейса во вторник и среду доставили домой 212 "
                    "граждан.",
                    "С понедельника на горячую линию посольства поступило 640 звонков."]}

    def joined(version: dict[str, list[str]]) -> dict[str, str]:
        return {lang: "\n\n".join(paras) for lang, paras in version.items()}

    assert _found(joined(texts), termbase) == []
    shifted = dict(texts, en=[texts["en"][0].replace("Tuesday and Wednesday", "Monday and Tuesday"),
                              texts["en"][1]])
    assert _found(joined(shifted), termbase) == [("dates.mismatch", ["en"])]
    dated = dict(texts, kk=[texts["kk"][0].replace("сейсенбі және сәрсенбі күндері", "13 мамырда"),
                            texts["kk"][1]])
    assert _found(joined(dated), termbase) == []


def test_a_relative_year_is_compared_paragraph_by_paragraph(termbase: dict) -> None:
    """«биыл» (this year) where the others say "last year" is another year, even when the text
    names this year in another paragraph too."""
    texts = {"en": ["On 14 May the ministry said that this year 35 students would go to Latvia.",
                    "Last year trade grew by 12 per cent."],
             "kk": ["14 мамырда министрлік биыл Латвияға 35 студент баратынын хабарлады.",
                    "Былтыр тауар айналымы 12 пайызға өсті."],
             "ru": ["14 мая министерство сообщило, что в этом году в Латвию поедут 35 студентов.",
                    "В прошлом году товарооборот вырос на 12 процентов."]}

    def joined(version: dict[str, list[str]]) -> dict[str, str]:
        return {lang: "\n\n".join(paras) for lang, paras in version.items()}

    assert _found(joined(texts), termbase) == []
    this_year = dict(texts, kk=[texts["kk"][0], texts["kk"][1].replace("Былтыр", "Биыл")])
    assert _found(joined(this_year), termbase) == [("dates.mismatch", ["kk"])]


# --- numbers: the unit of a figure ------------------------------------------------------------

def test_a_currency_is_a_unit_even_after_the_word_that_says_whose_it_is(termbase: dict) -> None:
    """"US dollars", «долларов США», «АҚШ долларын» are one unit and euros, dinars, crowns are
    others: the noun may follow a word that says whose the money is (Qatari riyals, чешских
    крон, АҚШ)."""
    from press.lang.read_numbers import find_numbers

    def units(text: str, lang: str) -> list[str | None]:
        return [m.unit for m in find_numbers(text, lang)]

    assert units("grants of 30,000 Kuwaiti dinars and €4 million", "en") == ["currency:dinar", "eur"]
    assert units("гранты на 30 тысяч кувейтских динаров и 4 млн евро", "ru") == ["currency:dinar", "eur"]
    assert units("30 мың кувейт динары мен 4 млн еуро грант", "kk") == ["currency:dinar", "eur"]


def test_units_of_money_mass_and_length_are_told_apart(termbase: dict) -> None:
    """A figure in US dollars is not one in euros or riyals, kilograms are not tonnes or
    centners, miles are not kilometres (in any case form: километрах)."""
    money = {"en": "On 14 May the fund granted a loan of 42 million US dollars for the Aral ferry line.",
             "kk": "14 мамырда қор Арал паром желісіне 42 миллион АҚШ доллары көлемінде несие берді.",
             "ru": "14 мая фонд выделил кредит в размере 42 миллионов долларов США на паромную линию Арала."}
    mass = {"en": "On 14 May the farm shipped 800 kilograms of seed to a village 35 kilometres away.",
            "kk": "14 мамырда шаруашылық 800 килограмм тұқымды 35 шақырым жердегі ауылға жеткізді.",
            "ru": "14 мая хозяйство доставило 800 килограммов семян в село в 35 километрах."}
    assert _found(money, termbase) == _found(mass, termbase) == []
    _each_flagged(money, (("en", "US dollars", "euros"), ("ru", "долларов США", "катарских риялов"),
                          ("kk", "АҚШ доллары", "еуро")), "numbers.unit", termbase)
    _each_flagged(mass, (("ru", "килограммов", "центнеров"), ("kk", "килограмм", "тонна"),
                         ("en", "kilometres", "miles")), "numbers.unit", termbase)


# --- qualifiers: a dropped limit, and qualifiers compared paragraph by paragraph ---------------

def test_a_figure_stated_bare_where_the_others_give_a_limit(termbase: dict) -> None:
    """"up to 45 days", «до 45 дней», «45 күнге дейін» give a limit; a version that says "45
    days" drops it. «до» after a change or a verb of reaching is a plain "to" (выросла до 18
    процентов, довести до 10 млрд), which a version may say without a preposition."""
    texts = {"en": "From 14 May citizens of Peru may stay in Kazakhstan without a visa for up to 45 days.",
             "kk": "14 мамырдан бастап Перу азаматтары Қазақстанда визасыз 45 күнге дейін бола алады.",
             "ru": "С 14 мая граждане Перу могут находиться в Казахстане без визы до 45 дней."}
    assert _found(texts, termbase) == []
    _each_flagged(texts, (("en", "up to 45 days", "45 days"), ("kk", "45 күнге дейін", "45 күн"),
                          ("ru", "до 45 дней", "45 дней")), "numbers.qualifier", termbase)
    reached = {"en": "On 14 May the ministry said the share of exports rose to 18 per cent and trade is "
                     "to be brought to 10 billion dollars.",
               "kk": "14 мамырда министрлік экспорт үлесі 18 пайызға дейін өскенін және тауар айналымын "
                     "10 млрд долларға дейін жеткізу көзделгенін хабарлады.",
               "ru": "14 мая министерство сообщило, что доля экспорта выросла до 18 процентов, а "
                     "товарооборот планируется довести до 10 млрд долларов."}
    code = {"en": "From 14 May the fine is up to SAR 5,000.", "kk": "14 мамырдан бастап айыппұл 5 000 "
            "сауд риалына дейін.", "ru": "С 14 мая штраф составляет до 5 000 саудовских риалов."}
    assert _found(reached, termbase) == _found(code, termbase) == []
    extended = {"en": "From 14 May visa-free stays are extended from 30 to 60 days.",
                "kk": "14 мамырдан бастап визасыз болу мерзімі 30 күннен 60 күнге дейін ұзартылады.",
                "ru": "С 14 мая безвизовое пребывание – до 60 дней вместо 30."}
    assert _found(extended, termbase) == []  # the Kazakh «дейін» is the verb's: no limit dropped
    extended = dict(extended, kk="14 мамырдан бастап визасыз болу мерзімі 30 күннің орнына 60 күнге дейін.",
                    ru="С 14 мая срок безвизового пребывания продлевается с 30 до 60 дней.")
    assert _found(extended, termbase) == []  # the Russian «до» is the verb's, two words back


def test_a_qualifier_is_compared_in_its_paragraph(termbase: dict) -> None:
    """"almost three times" against «более чем в три раза» differs even when the text states
    three elsewhere without a qualifier (three agreements)."""
    texts = {"en": ["On 14 May the two ministers signed three agreements in Astana.",
                    "Grain exports to Oman grew almost three times as much as in 2024."],
             "kk": ["14 мамырда екі министр Астанада үш келісімге қол қойды.",
                    "Оманға астық экспорты 2024 жылмен салыстырғанда үш есеге жуық өсті."],
             "ru": ["14 мая два министра подписали в Астане три соглашения.",
                    "Экспорт зерна в Оман вырос почти в три раза по сравнению с 2024 годом."]}
    joined = {lang: "\n\n".join(paras) for lang, paras in texts.items()}
    assert _found(joined, termbase) == []
    _each_flagged(joined, (("ru", "почти в три раза", "более чем в три раза"),
                           ("en", "almost three times", "more than three times")),
                  "numbers.qualifier", termbase)


def test_three_times_and_three_flights_are_two_figures(termbase: dict) -> None:
    """A multiple (three times, втрое, үш есе) and a count (three flights) in one paragraph
    each keep their own qualifier: "up to three flights" does not excuse «три рейса»."""
    texts = {"en": "On 14 May the ministry said grain exports had grown almost three times and that "
                   "up to three flights a week would be opened.",
             "kk": "14 мамырда министрлік астық экспорты үш есеге жуық өскенін және аптасына үш рейске "
                   "дейін ашылатынын хабарлады.",
             "ru": "14 мая министерство сообщило, что экспорт зерна вырос почти втрое и что будет открыто "
                   "до трёх рейсов в неделю."}
    assert _found(texts, termbase) == []
    _each_flagged(texts, (("ru", "до трёх рейсов", "три рейса"),
                          ("en", "almost three times", "over three times")), "numbers.qualifier", termbase)


def test_half_and_n_and_a_half_are_figures(termbase: dict) -> None:
    """"almost half", «без малого половина», «жартысына жуығы» are nearly 0.5; "more than half"
    is not. "two and a half times" is 2.5 as «в два с половиной раза» and «екі жарым есе» are,
    not a half; the second half of the year is a period, no figure."""
    texts = {"en": "On 14 May the fund said almost half of its 90 grants went to schools, two and a half "
                   "times more than in 2024.",
             "kk": "14 мамырда қор 90 грантының жартысына жуығы мектептерге берілгенін, бұл 2024 жылғыдан "
                   "екі жарым есе көп екенін хабарлады.",
             "ru": "14 мая фонд сообщил, что без малого половина из 90 его грантов досталась школам – в два "
                   "с половиной раза больше, чем в 2024 году."}
    assert _found(texts, termbase) == []
    assert _found(dict(texts, en=texts["en"].replace("two and a half", "2.5")), termbase) == []
    _each_flagged(texts, (("en", "almost half", "more than half"),
                          ("kk", "жартысына жуығы", "жартысынан астамы")), "numbers.qualifier", termbase)
    _each_flagged(texts, (("ru", "два с половиной", "три с половиной"),), "numbers.mismatch", termbase)


# --- names: demonyms and the spellings of one place in three scripts ---------------------------

def test_an_adjective_made_from_a_place_is_no_misspelt_place(termbase: dict) -> None:
    """"the Ligurian coast", "the Moravian hills" where the others write «Лигурия», «Моравия»;
    "Kuwaiti dinars" beside a Kuwait the others name: the English adjective of the name,
    neither the name misspelt nor missing."""
    texts = {"en": "On 14 May Minister Aidos Serikbayev said most tourists stayed in Split, Zadar and the "
                   "Ligurian coast, and paid in Kuwaiti dinars.",
             "kk": "14 мамырда министр Айдос Серікбаев туристердің көбі Сплит, Задар және Лигурия "
                   "жағалауында болып, кувейт динарымен төлегенін айтты.",
             "ru": "14 мая министр Айдос Серикбаев сообщил, что большинство туристов останавливались в "
                   "Сплите, Задаре и на побережье Лигурии и платили в кувейтских динарах."}
    assert _found(texts, termbase) == []
    moravian = {lang: text.replace("Ligurian coast", "Moravian hills").replace("Лигурия жағалауында",
                                                                              "Моравия төбелерінде")
                .replace("побережье Лигурии", "холмах Моравии") for lang, text in texts.items()}
    assert _found(moravian, termbase) == []



def test_days_listed_before_a_date_share_its_month(termbase: dict) -> None:
    """"on 11 and 12 March", «11 и 12 марта», «11, 12 және 13 наурызда»: every listed day is a
    date of that month, as in a range (11–12 March), not a bare number."""
    from press.lang.read_dates import find_dates

    assert [d.day for d in find_dates("11, 12 және 13 наурызда", "kk")] == [11, 12, 13]
    texts = {"en": "On 14 May the ministry said two flights had brought 212 citizens home on 11–12 March.",
             "kk": "14 мамырда министрлік екі рейс 11–12 наурызда 212 азаматты елге жеткізгенін хабарлады.",
             "ru": "14 мая министерство сообщило, что два рейса 11–12 марта доставили домой 212 граждан."}
    assert _found(texts, termbase) == []
    for lang, old, new in (("en", "11–12 March", "11 and 12 March"), ("ru", "11–12 марта", "11 и 12 марта"),
                           ("kk", "11–12 наурызда", "11 және 12 наурызда")):
        assert _found(dict(texts, **{lang: texts[lang].replace(old, new)}), termbase) == [], lang


def test_a_fraction_before_a_preposition_verb_or_stop(termbase: dict) -> None:
    """"a fifth from Turkey", "a quarter were women", "by nearly a quarter," are fractions as
    «бестен бірі», «четверть» are; "the fifth round" stays an ordinal."""
    from press.lang.read_numbers import find_numbers

    def read(text: str) -> list[str]:
        return [str(m.value) for m in find_numbers(text, "en")]

    assert read("a fifth from Turkey") == read("a fifth, and") == ["0.200"]
    assert read("a quarter were women") == ["0.250"]
    assert read("the fifth round") == ["5"]
    texts = {"en": "On 14 May the ministry said 600 students came, a fifth from Turkey.",
             "kk": "14 мамырда министрлік 600 студент келгенін, олардың бестен бірі Түркиядан екенін "
                   "хабарлады.",
             "ru": "14 мая министерство сообщило, что приехали 600 студентов, пятая часть из них – "
                   "из Турции."}
    assert _found(texts, termbase) == []
    _each_flagged(texts, (("en", "a fifth from", "a quarter from"),), "numbers.mismatch", termbase)
