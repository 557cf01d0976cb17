"""Reading numbers back out of running text in English, Kazakh and Russian.

Digits in any grouping (4,000 / 4 000 with a space, NBSP or narrow NBSP / 4000), decimal
point or comma, scale words (4 млн, 4 мыңға жуық), spelled-out cardinals and ordinals
(twelve, двенадцать, он екі; eighth, восьмое, сегізінші), numeral compounds (восьмимесячную)
and the unit that follows (days / дней / суток / күн / тәулік are all "day"). The value is
what is compared, so 9 never matches 19.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache, partial

from press.lang import kazakh, russian
from press.lang.numbers import CURRENCY_CODES
from press.lang.tokens import Token, alternation, find_phrases, phrase_pattern, sentence_initial, tokens

GROUP = "[ \u00a0\u202f\u2009]"
_GROUPED = rf"\d{{1,3}}(?:(?:{GROUP}|,)\d{{3}})+(?!\d)"
"""A number grouped in thousands: 5 887, 5,887."""
_AFTER_CODE = "|".join(rf"(?<=\b{code})" for code in sorted(CURRENCY_CODES))
_AFTER_TENGE = rf"(?<=\bT)(?={_GROUPED}|\d+(?:\.\d+)?[ \u00a0](?:million|billion|trillion)\b)"
"""The tenge sign written T, as English papers in Kazakhstan print it (T1.5 billion, T300,000):
an amount when the figure is grouped in thousands or a scale word follows (not T1, T-34)."""
DIGITS_RE = re.compile(  # (?=\d) first: no position but a digit's tries the lookbehinds (20× faster)
    rf"(?=\d)(?:(?<=\d[-‐])|(?<=\b(?:mid|pre)[-‐])|(?<=\bpost[-‐])|(?<=\bNo\.)|(?<=\d{GROUP}\d{{3}}/)"
    rf"|(?<=\d/)(?={_GROUPED})|{_AFTER_CODE}|{_AFTER_TENGE}|(?<![\w.,\-‐/:]))(?P<int>{_GROUPED}|\d+)"
    r"(?:(?P<sep>[.,])(?P<frac>\d+))?(?!\d|:\d|[.,]\d)"
)
"""A number in digits; after a hyphen only when a digit (2024-2025) or "mid", "pre", "post" stand
before it ("the mid-1950s", «середины 1950-х»; "pre-2020 levels"); after "No." written without
a space ("block No.6", as «№ 6»); glued to a currency's code (KZT143,600, USD1.2 million) or
to the tenge's T (`_AFTER_TENGE`); after
a slash when the slash joins a figure grouped in thousands to another, a from/to pair («(1 245/5
887)» is from 1,245 to 5,887: no designation 245/5 and no stray 887), while bare numbers after a
slash (64/35) are a designation's."""
RATIO_RE = re.compile(rf"(?<![\w.,:])1:\d{{1,3}}(?:(?:{GROUP}|[.,])\d{{3}})+(?!\d)")
"""A map scale or ratio with thousands (1:50 000, 1:50,000, 1:200.000): neither a time of day
nor figures of their own; the designation it names («ГС2-50») is read as a designation."""
ORDINAL_TAIL_RE = re.compile(
    r"(?:st|nd|rd|th|-?(?:й|я|е|го|му|м|х|ый|ой|ий|ая|ое|ые|ших|ші|шы|інші|ыншы|нші|ншы))\b", re.I
)


@dataclass(frozen=True)
class NumberMention:
    """A number read from text: its value, where it is, and what it counts."""

    value: Decimal
    start: int
    end: int
    text: str
    ordinal: bool = False
    spelled: bool = False
    unit: str | None = None
    alt: Decimal | None = None
    """The other reading of an ambiguous separator (4,000 in a Russian text: 4000 or 4), or of
    a decade in two digits (the 90s: 1990 or 90)."""
    precision: Decimal | None = None
    """The step of the last digit of a rounded figure (7,9 млн: 100000); None when exact."""
    qualifier: str | None = None
    """more, less, approx, upto or to: "more than 6%", «около 100», «100-ден астам»."""
    soft: bool = False
    """Implied rather than stated (bilateral, both, екіжақты): supports a match only."""
    direction: str | None = None
    """up or down: the change the figure measures (an increase of 23%, сократилось до 18 дней,
    14,5 пайызға артты); None when no word near it says."""
    kind: str | None = None
    """What the figure counts (`figure_kind`): its unit, an ordinal, an age, a calendar year, a
    birth year or a plain count; two figures of different kinds are never one figure changed."""
    counted: frozenset[str] = frozenset()
    """The things a plain count counts (`counted_things`: people, schools, lessons), the same
    in every language; empty when the noun after it is none the table knows."""


# --- units -------------------------------------------------------------------------------

SQUARE = "square"
"""«square», «квадратный», «шаршы»: the unit of area the next word's length makes (`_area`)."""
CUBIC = "cubic"
"""«cubic», «кубический», «текше»: the unit of volume the next word's length makes, the cubic
metre when none follows (`_area`)."""
_KK_BACK_CASES = ("тың", "қа", "ты", "та", "тан", "пен")
"""Case endings of «минут», «секунд» (минутқа, секундта): back, as the loanwords are said, where
the spelling's last vowel letter would ask for front ones."""
_UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "day": {"en": ("day", "days"), "ru": ("день", "дня", "дней", "дням", "днях", "сутки", "суток",
                                          "суткам", "сутках"), "kk": ("күн", "тәулік")},
    "week": {"en": ("week", "weeks"), "ru": ("неделя", "недели", "недель", "неделю", "неделям"),
             "kk": ("апта",)},
    "month": {"en": ("month", "months"), "ru": ("месяц", "месяца", "месяцев", "месяцам"),
              "kk": ("ай",)},
    "year": {"en": ("year", "years"), "ru": ("год", "года", "лет", "годы", "годам", "годах", "году"),
             "kk": ("жыл",)},
    "hour": {"en": ("hour", "hours"), "ru": ("час", "часа", "часов"), "kk": ("сағат",)},
    "minute": {"en": ("minute", "minutes", "min"), "ru": ("минута", "минуты", "минут", "минуту", "мин"),
               "kk": ("минут", *(f"минут{e}" for e in _KK_BACK_CASES))},
    "second": {"en": ("seconds", "sec"), "ru": ("секунда", "секунды", "секунд", "секунду", "сек"),
               "kk": ("секунд", *(f"секунд{e}" for e in _KK_BACK_CASES))},
    "km": {"en": ("km", "kilometre", "kilometres", "kilometer", "kilometers"),
           "ru": ("км", "километр", "километра", "километров"), "kk": ("км", "шақырым", "километр")},
    "tonne": {"en": ("tonne", "tonnes", "ton", "tons"), "ru": ("тонна", "тонны", "тонн", "тонну"),
              "kk": ("тонна",)},
    "percent": {"en": ("percent", "per"), "ru": ("процент", "процента", "процентов"),
                "kk": ("пайыз", "процент")},
    "usd": {"en": ("dollars", "dollar", "usd"), "ru": ("доллар", "доллара", "долларов", "долл"),
            "kk": ("доллар",)},
    "kzt": {"en": ("tenge", "kzt"), "ru": ("тенге",), "kk": ("теңге",)},
    "times": {"en": ("times",), "ru": ("раза", "раз"), "kk": ("есе", "рет", "мәрте")},
    "eur": {"en": ("euro", "euros", "eur"), "ru": ("евро",), "kk": ("еуро", "евро")},
    "kg": {"en": ("kg", "kilogram", "kilograms", "kilogramme", "kilogrammes"),
           "ru": ("кг", "килограмм", "килограмма", "килограммов", "килограммам"),
           "kk": ("кг", "килограмм", "келі")},
    "gram": {"en": ("gram", "grams", "gramme", "grammes"), "ru": ("грамм", "граммов", "грамма"),
             "kk": ("грамм",)},
    "milligram": {"en": ("milligram", "milligrams", "milligramme", "milligrammes", "mg"),
                  "ru": ("миллиграмм", "миллиграммов", "миллиграмма", "мг"), "kk": ("миллиграмм", "мг")},
    "litre": {"en": ("litre", "litres", "liter", "liters"), "ru": ("литр", "литра", "литров"),
              "kk": ("литр",)},
    "millilitre": {"en": ("millilitre", "millilitres", "milliliter", "milliliters", "ml"),
                   "ru": ("миллилитр", "миллилитра", "миллилитров", "мл"), "kk": ("миллилитр", "мл")},
    "centner": {"en": ("centner", "centners", "quintal", "quintals"),
                "ru": ("центнер", "центнера", "центнеров"), "kk": ("центнер",)},
    "mile": {"en": ("mile", "miles"), "ru": ("миля", "мили", "миль", "милю"), "kk": ("миля",)},
    "hectare": {"en": ("hectare", "hectares", "ha"), "ru": ("гектар", "гектара", "гектаров", "га"),
                "kk": ("гектар", "га")},
    "metre": {"en": ("metre", "metres", "meter", "meters"), "ru": ("метр", "метра", "метров", "м"),
              "kk": ("метр",)},
    "centimetre": {"en": ("centimetre", "centimetres", "centimeter", "centimeters", "cm"),
                   "ru": ("сантиметр", "см"), "kk": ("сантиметр", "см")},
    "millimetre": {"en": ("millimetre", "millimetres", "millimeter", "millimeters", "mm"),
                   "ru": ("миллиметр", "мм"), "kk": ("миллиметр", "мм")},
    "cubic metre": {"en": (), "ru": ("кубометр", "кубометра", "кубометров", "куб"), "kk": ()},
    CUBIC: {"en": ("cubic",), "kk": ("текше",),
            "ru": ("кубический", "кубических", "кубического", "кубическим", "кубическими", "кубическом",
                   "кубические")},
    "foot": {"en": ("foot", "feet", "ft"), "ru": ("фут", "фута", "футов"), "kk": ("фут",)},
    SQUARE: {"en": ("square", "sq"), "kk": ("шаршы",),
             "ru": ("квадратный", "квадратных", "квадратного", "квадратным", "квадратными", "квадратном",
                    "квадратные", "кв")},
    "teu": {"en": ("teu",), "ru": ("teu", "дфэ"), "kk": ("teu",)},
    "horsepower": {"en": ("horsepower", "hp"), "ru": ("лошадиная", "лошадиных", "лошадиной", "лошадиную",
                                                      "лошадиными"), "kk": ()},  # «ат күші»: `_PHRASE_UNITS`
    "seat": {"en": ("seat", "seats", "seater"), "ru": ("место", "места", "мест", "местам"), "kk": ("орын",)},
    "storey": {"en": ("storey", "storeys", "story"), "ru": ("этаж", "этажа", "этажей"), "kk": ("қабат",)},
    **{name: {"en": (name, name + "s", symbol.lower()), "ru": (ru, ru + "а", ru + "ов", ru_symbol),
              "kk": (ru, ru_symbol)}
       for name, symbol, ru, ru_symbol in (
           ("kilowatt", "kW", "киловатт", "квт"), ("megawatt", "MW", "мегаватт", "мвт"),
           ("gigawatt", "GW", "гигаватт", "гвт"))},
    **{f"{name}-hour": {"en": (f"{name}-hour", f"{name}-hours", symbol.lower()),
                        "ru": (*(f"{ru}-час{e}" for e in ("", "а", "ов", "ам", "ах")), short + "ч"),
                        "kk": (f"{ru}-сағат", short + "сағ")}
       for name, symbol, ru, short in (("kilowatt", "kWh", "киловатт", "квт"),
                                       ("megawatt", "MWh", "мегаватт", "мвт"),
                                       ("gigawatt", "GWh", "гигаватт", "гвт"))},
    **{f"currency:{noun}": forms for noun, forms in (
        ("dinar", {"en": ("dinar", "dinars"), "ru": ("динар", "динара", "динаров"), "kk": ("динар",)}),
        ("crown", {"en": ("koruna", "korunas", "koruny", "krona", "kronor", "krone", "kroner", "crowns"),
                   "ru": ("крона", "кроны", "крон"), "kk": ("крона",)}),
        ("pound", {"en": ("pound", "pounds"), "ru": ("фунт", "фунта", "фунтов"), "kk": ("фунт",)}),
        ("yuan", {"en": ("yuan", "renminbi"), "ru": ("юань", "юаня", "юаней"), "kk": ("юань",)}),
        ("rouble", {"en": ("rouble", "roubles", "ruble", "rubles"), "ru": ("рубль", "рубля", "рублей"),
                    "kk": ("рубль",)}),
        ("yen", {"en": ("yen",), "ru": ("иена", "иены", "иен", "йена", "йены", "йен"),
                 "kk": ("иена", "йена")}),
        ("riyal", {"en": ("riyal", "riyals", "rial", "rials"),
                   "ru": ("риял", "рияла", "риялов", "риал", "риала", "риалов"), "kk": ("риял", "риал")}),
        ("dirham", {"en": ("dirham", "dirhams"), "ru": ("дирхам", "дирхама", "дирхамов"), "kk": ("дирхам",)}),
        ("lira", {"en": ("lira", "liras", "lire"), "ru": ("лира", "лиры", "лир"), "kk": ("лира",)}),
        ("rupee", {"en": ("rupee", "rupees"), "ru": ("рупия", "рупии", "рупий"), "kk": ("рупия",)}),
        ("franc", {"en": ("franc", "francs"), "ru": ("франк", "франка", "франков"), "kk": ("франк",)}),
        ("manat", {"en": ("manat", "manats"), "ru": ("манат", "маната", "манатов"), "kk": ("манат",)}),
        ("som", {"en": ("som", "soms", "soum", "soums"),
                 "ru": ("сом", "сома", "сомов", "сум", "сума", "сумов"), "kk": ("сом", "сум")}),
    )},
}
"""Units of figures. Currencies other than the dollar, the euro and the tenge by their noun
(dinar, крона, юань): «20 млн кувейт динары» is no sum in US dollars, whichever dinar it is.
Power and energy (150 MW, 1860 мегаватт, 1,1 млрд киловатт-сағат; an engine's 150 horsepower,
«150 лошадиных сил», Kazakh «150 ат күші», read by `_PHRASE_UNITS`), metres and cubic metres
(«cubic» and «текше» stand for the cube of the length their next word names), feet (a height
given in feet is not the same figure in metres), containers (TEU), seats and storeys (what a
compound adjective counts: a ten-seat cabin, десятиместная, он орындық; a five-storey house,
пятиэтажный, бес қабатты — the numeral is the count in all three), and mass and volume by
their CLDR unit names (gram, грамм; litre, литр; their two-letter symbols mg, мг, ml, мл, but
not the one-letter г, л, which are also «год» and a page's «л.»): 4.5 grams in one version
against 4.5 kilograms in the others is the same figure of another unit."""
_CURRENCY_SIGNS = {"$": "usd", "€": "eur", "£": "currency:pound"}
_SKIP = frozenset((  # noqa: SIM905
    "nearly almost about over some approximately around почти около более свыше порядка жуық "
    "астам шамасында млн млрд трлн тыс mln bn bln trln"
).split())
_RU_CASE_TAILS = frozenset({"ти", "ми", "х", "ух", "ех", "ёх", "м", "й", "я", "е", "го", "му", "ю",
                            "ом", "ой", "ый", "ий", "ая", "ое", "ую", "ым"})
"""The case ending glued to Russian digits (20-ти миллионными, 2-х тысяч): the scale word follows
it; or an ordinal's ending (на 10-м этаже, 5-го числа, 3-й класс), never a unit: Russian writes a
unit apart from the figure (10 м), so «10-м» is the tenth, not ten metres."""
_COMPOUND_UNITS = {"месячн": "month", "летн": "year", "годичн": "year", "дневн": "day", "суточн": "day",
                   "недельн": "week", "часов": "hour", "лети": "year"}
"""Nouns and adjectives after a numeral's prefix (восьмимесячный, пятидесятилетие: the 50th
anniversary) and the unit they count."""


@lru_cache(maxsize=16384)
def unit_of(word: str, lang: str) -> str | None:
    """The unit *word* names ("day" for days, дней, суток, күн, тәулікке; a currency by any of
    its CLDR names, `_cldr_currencies`), or None. Cached per word form: a Kazakh word is tried
    against every unit's and currency's stem, and the readers ask of every word after a figure."""
    lower = word.lower().strip("-")
    if lang == "ru":
        return _ru_unit(lower)
    if lang == "kk":
        units, currencies = _kk_stems()
        unit = None if lower.startswith("айт") else _stem_unit(lower, units)  # айту: to say
        return unit or _stem_unit(lower, currencies)
    for unit, names in _UNITS.items():
        if lower in names.get(lang, ()):
            return unit
    return _cldr_currencies().get(lang, {}).get(lower)


Stems = dict[str, tuple[tuple[str, str], ...]]


@cache
def _kk_stems() -> tuple[Stems, Stems]:
    """The Kazakh stems of `_UNITS` and of the currencies (`_cldr_currencies`), each with its
    unit, in their order, by the letter a word of them begins with (`_by_initial`): `unit_of`
    tries a Kazakh word against the stems of its first letter, not against every stem."""
    units = [(form, unit) for unit, names in _UNITS.items() for form in names.get("kk", ())]
    return _by_initial(units), _by_initial(list(_cldr_currencies().get("kk", {}).items()))


def _stem_unit(word: str, stems: Stems) -> str | None:
    """The unit of the first of *stems* (`_kk_stems`) the lower-case Kazakh *word* is a form of."""
    candidates = stems.get(word[:1], stems[""])
    return next((unit for stem, unit in candidates if kazakh.matches_stem(word, stem)), None)


def _by_initial(stems: list[tuple[str, str]]) -> Stems:
    """*stems* (stem, unit) by the first letter of the stem, in their order: a word is a stem with
    endings (`kazakh.matches_stem`) only if it begins with the stem less its last letter (which may
    voice), so only with the stem's first letter when the stem has two letters or more. A shorter
    stem is under every letter, and alone under "" (a word of a letter no stem begins with)."""
    def short(stem: str) -> bool:
        return len(stem.lower()) < 2

    initials = {stem.lower()[0] for stem, _ in stems if not short(stem)}
    index = {i: tuple(p for p in stems if short(p[0]) or p[0].lower()[0] == i) for i in initials}
    index[""] = tuple(p for p in stems if short(p[0]))
    return index


_CODE_UNITS = {"USD": "usd", "EUR": "eur", "KZT": "kzt"}
_EN_HOMOGRAPHS = frozenset({"won", "real", "rand", "mark"})
"""English currency nouns that are also common words ("5 won", "2 real"): left to their codes."""
_NOT_MONEY = frozenset({"gold"})
"""Currencies whose noun names a thing counted in news (three golds, «үш алтын»): left out."""


@cache
def _cldr_currencies() -> dict[str, dict[str, str]]:
    """The noun of every currency in use, by its CLDR name in each language, and its unit
    (`_derive_cldr_currencies`). Deriving it reads every currency's names through Babel and
    pymorphy3, a quarter of a second of every run's first check: kept in the user's cache,
    keyed by the versions of both and by the rule's own tables."""
    import babel
    import pymorphy3

    from press.usercache import cached

    rule = json.dumps([_UNITS, sorted(_EN_HOMOGRAPHS), sorted(_NOT_MONEY), _CODE_UNITS], sort_keys=True)
    key = f"babel {babel.__version__}, pymorphy3 {pymorphy3.__version__}, rule {_CURRENCY_RULE} {rule}"
    return cached("currency-units", key, _derive_cldr_currencies)


_CURRENCY_RULE = 1
"""Bumped when `_derive_cldr_currencies` changes, so that a kept table is derived again."""


def _derive_cldr_currencies() -> dict[str, dict[str, str]]:
    """The noun of every currency in use, by its CLDR name in each language (US Dollar, доллар
    США, АҚШ доллары; Czech Koruna, чешская крона, Чехия кронасы), and its unit: the one of
    `_UNITS` its English noun names, else "currency:" and that noun. English: the noun and its
    plural; Russian: the name's noun (its first word that is no adjective or abbreviation) in
    the forms CLDR gives after 1, 2 and 5; Kazakh: the last word, and without its possessive
    ending (доллары, доллар), of four letters or more (сол, бат are words of their own)."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    codes = {code for territory in Locale("en").territories if territory.isalpha()
             for code in get_territory_currencies(territory, tender=True)}
    table: dict[str, dict[str, str]] = {"en": {}, "ru": {}, "kk": {}}
    for code in sorted(codes):
        noun = _currency_name(code, "en").split()[-1]
        if noun in _NOT_MONEY:
            continue
        unit = _currency_unit(code)
        if noun not in _EN_HOMOGRAPHS:
            table["en"].update(dict.fromkeys((noun, noun + "s"), unit))
        for form in _ru_currency_nouns(code):
            table["ru"].setdefault(form, unit)
        last = _currency_name(code, "kk").split()[-1]
        for base in {last, re.sub(r"(?:сы|сі|ы|і)\Z", "", last)}:
            if len(base) >= 4:
                table["kk"].setdefault(base, unit)
    return table


def _currency_name(code: str, lang: str, count: int | None = None) -> str:
    from babel.numbers import get_currency_name

    return get_currency_name(code, count=count, locale=lang).lower()


def _ru_currency_nouns(code: str) -> set[str]:
    """The Russian noun of a currency as CLDR writes it after 1, 2 and 5 (доллар, доллара,
    долларов США; казахский тенге: тенге), each form a noun first (not «так» of «така», «вон»)."""
    from press.lang.russian import parses

    words = _currency_name(code, "ru", 1).split()
    index = next((i for i, word in enumerate(words)
                  if word.isalpha() and not (parses(word) and parses(word)[0].tag.POS == "ADJF")), None)
    if index is None:
        return set()
    return {forms[index] for count in (1, 2, 5)
            if len(forms := _currency_name(code, "ru", count).split()) == len(words)
            and parses(forms[index]) and parses(forms[index])[0].tag.POS == "NOUN"}


def warm_up() -> None:
    """Build the tables read on first use (every CLDR currency name), at start-up, not in a check."""
    _cldr_currencies()
    _kk_stems()
    _ru_units()
    for lang in _SIDE_NOUNS:
        _side_pattern(lang)


def _known_unit(noun: str) -> str | None:
    """The unit of `_UNITS` an English currency noun names (ruble: currency:rouble)."""
    return _UNIT_FORMS["en"].get(noun)


_UNIT_FORMS = {lang: {form: unit for unit, names in _UNITS.items() for form in names.get(lang, ())}
               for lang in ("en", "ru", "kk")}


@cache
def _ru_units() -> dict[str, str]:
    return {**_cldr_currencies()["ru"], **_UNIT_FORMS["ru"]}


@lru_cache(maxsize=4096)
def _ru_unit(lower: str) -> str | None:
    """The unit a Russian word names in any case form (километрах, милями, кронам): a listed
    form, or a noun whose dictionary form pymorphy3 gives is one."""
    table = _ru_units()
    if lower in table:
        return table[lower]
    from press.lang.russian import parses

    return next((table[p.normal_form] for p in parses(lower)[:2]
                 if p.tag.POS == "NOUN" and p.normal_form in table), None)


# --- spelled-out numbers -----------------------------------------------------------------

_EN_UNITS = (  # noqa: SIM905
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_ORD = (  # noqa: SIM905
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}

_RU_CARDINALS = {
    2: "два", 3: "три", 4: "четыре", 5: "пять", 6: "шесть", 7: "семь", 8: "восемь",
    9: "девять", 10: "десять", 11: "одиннадцать", 12: "двенадцать", 13: "тринадцать",
    14: "четырнадцать", 15: "пятнадцать", 16: "шестнадцать", 17: "семнадцать",
    18: "восемнадцать", 19: "девятнадцать", 20: "двадцать", 30: "тридцать", 40: "сорок",
    50: "пятьдесят", 60: "шестьдесят", 70: "семьдесят", 80: "восемьдесят", 90: "девяносто",
    100: "сто", 200: "двести", 300: "триста", 400: "четыреста", 500: "пятьсот", 600: "шестьсот",
    700: "семьсот", 800: "восемьсот", 900: "девятьсот",
}
_RU_ORDINALS = {
    2: "второй", 3: "третий", 4: "четвёртый", 5: "пятый", 6: "шестой", 7: "седьмой",
    8: "восьмой", 9: "девятый", 10: "десятый", 11: "одиннадцатый", 12: "двенадцатый",
    13: "тринадцатый", 14: "четырнадцатый", 15: "пятнадцатый", 16: "шестнадцатый",
    17: "семнадцатый", 18: "восемнадцатый", 19: "девятнадцатый",
    20: "двадцатый", 25: "двадцать пятый", 30: "тридцатый", 40: "сороковой",
    50: "пятидесятый", 60: "шестидесятый", 70: "семидесятый", 80: "восьмидесятый",
    90: "девяностый", 100: "сотый",
}
_RU_COLLECTIVES = {2: "двое", 3: "трое", 4: "четверо", 5: "пятеро", 6: "шестеро", 7: "семеро",
                   8: "восьмеро", 9: "девятеро", 10: "десятеро"}
"""Collective numerals (двое граждан, трое из них): counts like два, три."""
_RU_SCALES = {"тысяча": 1000, "миллион": 10**6, "миллиард": 10**9, "триллион": 10**12}
_RU_HALF_PREFIXES = ("полу", "пол-", "пол")
"""«полумиллиона», «пол-миллиона», «полтысячи»: half of the scale word they are joined to."""
_RU_PREFIXES = {"одно": 1, "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5,
                "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "одиннадцати": 11,
                "двенадцати": 12, "тринадцати": 13, "четырнадцати": 14, "пятнадцати": 15,
                "шестнадцати": 16, "семнадцати": 17, "восемнадцати": 18, "девятнадцати": 19,
                "двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "шестидесяти": 60,
                "семидесяти": 70, "восьмидесяти": 80, "девяносто": 90, "ста": 100, "двухсот": 200,
                "трёхсот": 300, "трехсот": 300, "четырёхсот": 400, "четырехсот": 400, "пятисот": 500,
                "шестисот": 600, "семисот": 700, "восьмисот": 800, "девятисот": 900}
"""The first part of a Russian numeral-prefixed adjective: the numeral's genitive (Russian
grammar: сорокафутовый, шестидесятикилограммовый, двухсотметровый), but «одно-» for one and
«девяносто-» as the numeral is written (девяностолетний). A tens prefix may take a units one
after it: двадцатипятилетний (25)."""
_KK_CARDINALS = {
    2: "екі", 3: "үш", 4: "төрт", 5: "бес", 6: "алты", 7: "жеті", 8: "сегіз", 9: "тоғыз",
    10: "он", 20: "жиырма", 30: "отыз", 40: "қырық", 50: "елу", 60: "алпыс", 70: "жетпіс",
    80: "сексен", 90: "тоқсан",
}
_KK_COLLECTIVES = {2: "екеу", 3: "үшеу", 4: "төртеу", 5: "бесеу", 6: "алтау", 7: "жетеу",
                   8: "сегізеу", 9: "тоғызау", 10: "онау"}
"""Collective numerals (екеуі, үшеуі де, бесеуін): counts like екі, үш."""
_KK_SCALES = {"жүз": 100, "мың": 1000, "миллион": 10**6, "миллиард": 10**9, "триллион": 10**12}
_KK_NUMBER_START = re.compile(alternation({*_KK_COLLECTIVES.values(),
                                           *(base[:-1] for base in (*_KK_CARDINALS.values(), *_KK_SCALES))}))
"""What a Kazakh number word begins with: a collective's stem, or a cardinal's or a scale's less
its last letter (`_kk_word` tries no other word)."""
_RU_PREFIX_START = re.compile(alternation(_RU_PREFIXES))
"""What a Russian numeral-prefixed adjective begins with (`_ru_compound_parts`)."""
_RU_PREFIXES_LONGEST_FIRST = sorted(_RU_PREFIXES.items(), key=lambda item: -len(item[0]))
"""шестидесяти- before шести-: the longer numeral's prefix is the one the word has."""
_KK_BARE = frozenset({*_KK_CARDINALS.values(), *_KK_SCALES, "бір"})
_KK_NOT = frozenset({"онда", "оны", "онымен", "онын", "бесте", "үшін"})
"""Forms of a numeral that are also common words (онда: at ten, and there; оны, онымен: ten of
them, and it, with him; үшін: three of them, and "for"): read as the word, in any context."""
_KK_HOMONYMS = ("алтын", "жетім", "бесік")
"""Nouns that begin with a numeral's letters (gold, orphan, cradle): алтыны, алтынның, жетімдер
are their forms, not алты or жеті with an ending."""
_KK_ORDINAL = re.compile(r"(ыншы|інші|ншы|нші)")
_ROMAN = re.compile(r"[IVXL]+")
"""A Roman numeral as the readers take one (VII форум, the XXV Olympiad)."""


@cache
def _ru_words() -> dict[str, tuple[int, bool]]:
    """Every inflected form of the Russian numerals (via pymorphy3): word → (value, ordinal)."""
    from press.lang.russian import lexeme

    table: dict[str, tuple[int, bool]] = {}
    for value, word in _RU_CARDINALS.items():
        for form in lexeme(word):
            table.setdefault(form.replace("ё", "е"), (value, False))
    for value, word in _RU_ORDINALS.items():
        if " " in word:
            continue
        for form in lexeme(word):
            table.setdefault(form.replace("ё", "е"), (value, True))
    for value, word in _RU_COLLECTIVES.items():
        for form in lexeme(word):
            table.setdefault(form, (value, False))
    for word, scale in _RU_SCALES.items():
        for form in lexeme(word):
            table.setdefault(form, (scale, False))
            for half in _RU_HALF_PREFIXES:  # полумиллиона, пол-миллиона, полтысячи: half the scale
                table.setdefault(half + form, (scale // 2, False))
    table.setdefault("ста", (100, False))  # pymorphy3's lexeme of «сто» is the abbreviation СТО
    return table


@lru_cache(maxsize=16384)
def _word_value(word: str, lang: str) -> tuple[int, bool] | None:
    """(value, is_ordinal) of one number word, or None. "One"/"first" are idioms: not read."""
    lower = word.lower().replace("ё", "е")
    if lang == "en":
        return _en_word(lower)
    if lang == "ru":
        return _ru_words().get(lower) or _ru_compound(lower)
    if lang == "kk":
        return _kk_word(lower)
    return None


def _en_word(lower: str) -> tuple[int, bool] | None:
    lower = lower.removesuffix("’s").removesuffix("'s")
    if lower.endswith(("-year-old", "-month-old", "-day-old", "-week-old")):
        lower = lower.removesuffix("-old")  # a seven-year-old girl: seven years of age
    if "-" in lower:
        head, _, tail = lower.partition("-")
        if head in _EN_TENS and tail in ("one", "first"):  # twenty-one, twenty-first: "one" inside
            return (_EN_TENS.index(head) + 2) * 10 + 1, tail == "first"
        if head in _EN_TENS and (inner := _en_word(tail)) and inner[0] < 10:
            return (_EN_TENS.index(head) + 2) * 10 + inner[0], inner[1]
        if unit_of(tail, "en") and (inner := _en_word(head) or ((1, False) if head == "one" else None)):
            return inner  # eight-month, two-day, one-week
        if _EN_RANKED.fullmatch(tail) and (inner := _en_word(head)) and inner[1]:
            return inner  # fourth-largest, second-ranked: a rank
        return _en_counted(head, tail)
    if lower in _EN_UNITS[2:]:
        return _EN_UNITS.index(lower), False
    if lower in _EN_ORD[2:]:
        return _EN_ORD.index(lower), True
    if lower in _EN_TENS:
        return (_EN_TENS.index(lower) + 2) * 10, False
    if lower.endswith("ieth") and lower[:-4] + "y" in _EN_TENS:
        return (_EN_TENS.index(lower[:-4] + "y") + 2) * 10, True
    if lower in _SCALES:
        return _SCALES[lower], False
    return None


_EN_NOT_COUNTED = re.compile(r"way|time|fold|sided|thirds|halves|quarters|(?:hundred|thousand|million)\w*"
                             r"|[a-z]+(?:ed|ing|ly|ths|ish)")
"""Tails after a numeral and a hyphen that count nothing one names: two-way, two-time (twice),
two-thirds (a fraction), three-pronged, two-sided (bilateral), eight-thousanders (peaks of
8,000 metres: the scale is the figure's)."""


def _en_counted(head: str, tail: str) -> tuple[int, bool] | None:
    """A count made an adjective by a noun after a hyphen (ten-seat, two-semester, five-storey),
    as Russian «десятиместный», «двухсеместровый» and Kazakh «он орындық» say it: the count."""
    inner = _en_word(head)
    if inner is None or inner[1] or _is_scale(inner[0]) or not tail.isalpha() or _en_word(tail) is not None \
            or _EN_NOT_COUNTED.fullmatch(tail):
        return None
    return inner


_EN_RANKED = re.compile(r"[a-z]+est|most|ranked|placed|tier|class|grade|generation")
"""What an ordinal ranks when a hyphen joins them: fourth-largest, second-ranked, third-tier."""


def _ru_compound(lower: str) -> tuple[int, bool] | None:
    """Numeral-prefixed adjectives: восьмимесячный (8), пятилетний (5), двадцатифутовый (20),
    пятитонный (5); двусторонний is not (a side is no unit)."""
    parts = _ru_compound_parts(lower)
    return (parts[0], False) if parts else None


def _ru_compound_parts(lower: str) -> tuple[int, str] | None:
    """The numeral and the unit of a numeral-prefixed adjective (двадцатифутовых: 20, foot)."""
    if not _RU_PREFIX_START.match(lower):
        return None  # the most words: no numeral's prefix
    for prefix, value in _RU_PREFIXES_LONGEST_FIRST:
        if not lower.startswith(prefix) or lower.startswith("десятилети"):  # a decade: `_IMPLIED` reads it
            continue
        if value >= 20 and value % 10 == 0 and (inner := _ru_compound_parts(lower[len(prefix):])) \
                and inner[0] < (10 if value < 100 else 100):
            return value + inner[0], inner[1]  # двадцати-пяти-летний: 25
        if (unit := _ru_compound_unit(lower[len(prefix):])) is not None:
            return value, unit
        if value > 1 and len(prefix) > 3 and _ru_counted(lower, lower[len(prefix):]):
            return value, ""
    return None


_RU_NOT_COUNTED = frozenset({"сторон", "мер"})
"""Nouns whose count the other languages say with no numeral: двусторонний (bilateral,
екіжақты), трёхмерный (3D)."""


_NOT_A_THING = frozenset({"Name", "Surn", "Patr", "Abbr"})
"""pymorphy3 grammemes of a noun that names no counted thing (a name, an abbreviation)."""


def _ru_counted(lower: str, rest: str) -> bool:
    """A numeral-prefixed adjective of a noun pymorphy3's dictionary knows (десятиместных: seats,
    двухсеместровой: semesters, пятиэтажный: storeys), as "ten-seat", «он орындық» say it. Not
    after a prefix of three letters or less: «одно-» (однородный, одновременный: one-ness, no
    count) and «ста-» begin ordinary words (стартовый, стандартный, стальной)."""
    if not any(p.tag.POS == "ADJF" for p in russian.parses(lower)[:1]):
        return False
    for cut in range(len(rest) - 2, 2, -1):
        if _RU_ADJECTIVE_TAIL.fullmatch(rest, cut) and (stem := rest[:cut]) not in _RU_NOT_COUNTED \
                and any(p.is_known and p.tag.POS == "NOUN" and not _NOT_A_THING & p.tag.grammemes
                        for p in russian.parses(stem)):
            return True
    return False


_RU_ADJECTIVE_TAIL = re.compile(r"(?:ов|ев|н)?(?:ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ую|юю|ою|ею|"
                                r"ое|ее|ые|ие|ых|их|ыми|ими)")
"""A relational adjective's suffix and ending (футов-ых, тонн-ый, метров-ой, литров-ый)."""


def _ru_compound_unit(rest: str) -> str | None:
    """The unit the tail of a numeral-prefixed Russian adjective names: a stem of
    `_COMPOUND_UNITS` (дневн, летн, месячн), else a unit noun with the relational suffix -ов-/-н-
    and an adjective's ending (футовых: foot, тонный: tonne, метровой: metre)."""
    if (unit := next((u for stem, u in _COMPOUND_UNITS.items() if rest.startswith(stem)), None)):
        return unit
    for cut in range(len(rest) - 2, 2, -1):  # тонн-ый before тон-н-ый
        if _RU_ADJECTIVE_TAIL.fullmatch(rest, cut) and (unit := _UNIT_FORMS["ru"].get(rest[:cut])):
            return unit if unit != "times" else None  # одноразовый: disposable, no count of times
    return None


def _kk_word(lower: str) -> tuple[int, bool] | None:
    if not _KK_NUMBER_START.match(lower):
        return None  # the most words: no numeral's beginning (the tests below need one)
    if lower in _KK_NOT or any(kazakh.matches_stem(lower, noun) for noun in _KK_HOMONYMS):
        return None
    for value, base in _KK_COLLECTIVES.items():
        if lower.startswith(base) and kazakh.is_ending_chain(lower[len(base):]):
            return value, False
    for value, base in (*_KK_CARDINALS.items(), *((v, k) for k, v in _KK_SCALES.items())):
        if not lower.startswith(base[:-1]):
            continue
        if kazakh.numeral_forms(base).get(lower) is False or _derived(lower, base):
            return value, False
        stem = kazakh.ordinal_stem(base)
        rest = lower[len(base):]
        ordinal = _KK_ORDINAL.match(rest) if lower.startswith(base) else None
        if lower.startswith(stem) and kazakh.is_ending_chain(lower[len(stem):]) \
                or ordinal and kazakh.is_ending_chain(rest[ordinal.end():]):
            return value, True
    return None


_KK_DERIVED = re.compile(r"(?:лы|ды|ты|лі|ді|ті)[қғкг]")


def _derived(lower: str, base: str) -> bool:
    """A noun made of a numeral with -лық/-дық (ондық, жиырмалық, бестікке: a top ten, the
    Group of Twenty), with its endings: the count it names."""
    return lower.startswith(base) and bool(_KK_DERIVED.match(lower, len(base))) \
        and kazakh.matches_stem(lower, base)


_KK_CARDINAL_STARTS = tuple(_KK_CARDINALS.values())
_KK_GENITIVE_BEFORE = re.compile(r"(?:(?:ның|нің|дың|дің|тың|тің)[\s\u00a0]+"
                                 r"(?:(?:алғашқы|соңғы|кейінгі|үздік)[\s\u00a0]+)?|(?<!\w)тағы[\s\u00a0]+)\Z",
                                 re.IGNORECASE)
"""A genitive before a Kazakh numeral, and at most an adjective of order between them
(«зертханалардың алғашқы сегізі», the first eight of the laboratories); or «тағы» (another):
«тағы он екісі», another twelve of them, the whole named before."""


def _kk_partitive(token: Token, text: str, start: int) -> tuple[int, bool] | None:
    """«он жағдайдың тоғызында» (in nine of ten cases), «оның төртін» (four of them): a numeral
    with a possessive after a genitive counts a part of the whole, as the digits of «оның 32-сі»
    do; without the genitive it is a pronoun (сегізі де келді). Not «бірі» (one of) nor «жүзі»
    (a face), nor a word that only looks like a numeral's form: «орындарының оның конференциясы»
    (its conference) has the pronoun «ол», as «он» in the genitive is «онның»
    (`kazakh.numeral_forms`). The genitive stands before the whole numeral (*start*): «олардың
    он екісі», twelve of them."""
    lower = token.lower
    # after tens, «бірі» is the unit of the number (жолаушылардың он бірі: eleven of them)
    cardinals = _KK_CARDINALS if start == token.start else {1: "бір", **_KK_CARDINALS}
    if not lower.startswith(tuple(cardinals.values())) or lower in _KK_NOT \
            or not _KK_GENITIVE_BEFORE.search(text, max(0, start - 24), start):
        return None
    return next(((value, False) for value, base in cardinals.items()
                 if kazakh.numeral_forms(base).get(lower)), None)


def _is_possessive(lower: str, base: str) -> bool:
    """бірі, екеуі: a possessive ending on a numeral makes it a pronoun, not a count."""
    return lower[len(base):len(base) + 1] in ("ы", "і") or lower[len(base):] in ("да", "де")


def _is_scale(value: int) -> bool:
    return value in (100, 1000, 10**6, 10**9, 10**12)


# --- reading -----------------------------------------------------------------------------

_AND_A_HALF = {
    "en": re.compile(r"\b(?P<n>[A-Za-z]+) and a half\b"),
    "ru": re.compile(r"\b(?:(?P<n>[А-Яа-яЁё]+) с половиной|(?P<one>[Пп]олтор[аы]|[Пп]олутора))\b"),
    "kk": re.compile(r"\b(?P<n>[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]+) жарым\b"),
}
_ONE = frozenset({"one", "бір"})
"""N and a half in words (one and a half, two and a half; полтора, два с половиной; бір жарым,
екі жарым): N.5, as common as the digits."""


def _halves(text: str, lang: str) -> list[NumberMention]:
    pattern = _AND_A_HALF.get(lang)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        word = match.group("n")
        read = (1, False) if word is None or word.lower() in _ONE else _word_value(word, lang)
        if read is None or read[1] or _is_scale(read[0]):
            continue
        scale, unit, end = _after(text, match.end(), lang)  # полутора миллионов = 1,5 миллиона
        value = (read[0] + Decimal("0.5")) * (scale or 1)
        found.append(NumberMention(value, match.start(), end, text[match.start():end], spelled=True,
                                   unit=unit, precision=Decimal(scale) / 10 if scale else None))
    return found


_EN_DENOMINATORS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                    "ninth": 9, "tenth": 10}
_FRACTION_WORDS: dict[str, dict[str, int]] = {
    "en": {"a": 1, "an": 1, "one": 1, **{w: v for v, w in enumerate(_EN_UNITS) if 2 <= v <= 9},
           **_EN_DENOMINATORS, **{w + "s": v for w, v in _EN_DENOMINATORS.items()}},
    "ru": {"одна": 1, "одну": 1, "одной": 1, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3,
           "четыре": 4, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8,
           "девят": 9, "десят": 10},
    "kk": {"бір": 1, **{w: v for v, w in _KK_CARDINALS.items() if v <= 10}},
}
"""The words of fractions: numerators and denominators (a stem where the word inflects)."""
_BY_QUALIFIERS = ("", "almost ", "nearly ", "about ", "around ", "roughly ", "some ", "over ", "more than ",
                  "less than ", "up to ", "just over ", "just under ")
"""What may stand between "by" and a fraction (grew by almost a third): each a fixed-width
look-behind, so that the qualifier stays outside the fraction for the qualifier reader."""
_FRACTIONS = {
    "en": re.compile(r"(?:" + "|".join(rf"(?<=\bby {q})" for q in _BY_QUALIFIERS) + r")"
                     r"(?P<by>an?|one)\s+(?P<byden>third|quarter|fifth|sixth|seventh|eighth|ninth"
                     r"|tenth)\b(?!-)|"
                     r"\b(?P<num>an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
                     r"(?:(?P<den>third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)"
                     r"(?=\s+(?:of|more|less|fewer|higher|lower|from|in|at|to|were|was|are|is|came|went|each|apiece)\b"
                     r"|\s+[a-z]{2,}er\s+than\b|\s*[,.;:])"
                     r"|(?P<dens>(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s)\b)",
                     re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:(?P<num>одн(?:а|у|ой)|две|двух|три|тр[её]х|четыре)\s+)?"
                     r"(?:(?P<den>трет|четверт)(?:ь|и|ей|ью|ям|ями|ях)(?!\w)"
                     r"|(?P<dens>пят|шест|седьм|восьм|девят|десят)(?:ая|ую|ой)\s+част(?:ь|и|ью)(?!\w))",
                     re.IGNORECASE),
    "kk": re.compile(r"(?<!\w)(?P<den>екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)(?:ден|тен|нен|дан|тан|нан)\s+"
                     r"(?P<num>бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз)\w*", re.IGNORECASE),
}
"""Fractions in words: two thirds, a quarter of; две трети, треть, четверть; үштен екісі,
төрттен бір; пятая часть. English "a third", "a quarter" only before "of", a comparative, a
preposition or verb, a comparative with "than" (a third faster than), "each" or a stop (a third
more, a fifth from China, a quarter were women,
one third each; a third round is an ordinal) or after "by" (grew by a third, by almost a third);
halves are left out (the first half of the year is no figure)."""


_HALF = {
    "en": re.compile(r"(?<![\w-])(?<!and a )half\b"
                     r"(?!-|\s+(?:an?|the|of a)\s+(?:million|billion|thousand|dozen)\b)", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])половин(?:а|ы|е|у|ой|ою)(?!\w)", re.IGNORECASE),
    "kk": re.compile(r"(?<![\w-])жартыс(?:ы|ын)\w*", re.IGNORECASE),
}
"""Half of a whole (almost half of them, более половины, жартысынан астамы), 0.5 with the
qualifier a reader takes with it; "half a million" and "one and a half" are other figures and
the halves of a year are periods (press.lang.read_dates)."""


def _half(text: str, lang: str) -> list[NumberMention]:
    """Each half, with 2 as its other reading: "half the previous 120 days" is «вдвое меньше»,
    «екі есе аз» (two times less), read so when only that reading has a counterpart."""
    pattern = _HALF.get(lang)
    return [NumberMention(Decimal("0.5"), m.start(), m.end(), m.group(), spelled=True, alt=Decimal(2),
                          soft=bool(_FIGURE_GLOSSES.match(text, m.end())))
            for m in pattern.finditer(text)] if pattern else []


_FIGURE_GLOSSES = re.compile(r"\w*(?:[\s\u00a0]+[^\W\d_]+)?[\s\u00a0]*\([\s\u00a0]*\d")
"""A figure in brackets after a share in words («шамамен жартысы (41%)», «төрттен бірінде ғана
(26%)»): the figure says the share, which another version may give alone (soft)."""


def _fractions(text: str, lang: str) -> list[NumberMention]:
    pattern = _FRACTIONS.get(lang)
    if pattern is None:
        return []
    words = _FRACTION_WORDS[lang]
    found = []
    for match in pattern.finditer(text):
        if lang == "ru" and _ru_ordinal_third(match, text):
            continue
        num = match.group("num") or (match.groupdict().get("by") or "")
        numerator = words[num.lower()] if num else 1
        denominator = words[(match.group("den") or match.group("dens") or match.groupdict().get("byden")
                             or "").lower()]
        if numerator < denominator:
            value = (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("0.001"))
            glossed = bool(_FIGURE_GLOSSES.match(text, match.end()))
            found.append(NumberMention(value, match.start(), match.end(), match.group(), spelled=True,
                                       soft=glossed))
            if lang == "kk":  # «оннан тоғызы»: nine out of ten, whose numbers another version may name apart
                found += [NumberMention(Decimal(n), match.start(g), match.end(g), match.group(g),
                                        spelled=True, soft=True)
                          for g, n in (("den", denominator), ("num", numerator))]
    return found


_RU_SHARE_NOUNS = frozenset({"часть", "доля"})


def _ru_ordinal_third(match: re.Match[str], text: str) -> bool:
    """«третью» is both the instrumental of «треть» (a third) and the feminine accusative of
    «третий» (third): before a word in the feminine accusative («третью министерскую встречу»,
    «в третью очередь») it is the ordinal, except before the nouns of a share («третью часть»,
    «третью долю»: one third)."""
    from press.lang.russian import parses

    if match.group("num") or match.group().lower() != "третью":
        return False
    following = re.match(r"[\s\u00a0]+([^\W\d_]+)", text[match.end():match.end() + 40])
    if following is None:
        return False
    found = parses(following.group(1))
    return not any(p.normal_form in _RU_SHARE_NOUNS for p in found) \
        and any({"femn", "sing", "accs"} <= p.tag.grammemes for p in found)


def find_numbers(text: str, lang: str) -> list[NumberMention]:
    """Every number in *text*, in order: digits first, then spelled-out numbers, each with
    the qualifier a reader takes with it (more than, about, up to)."""
    ratios = _ratios_and_race_times(text) + [(start, end) for start, end, _, _ in _dotted_times(text)]
    found = _composites(text, [_digits(match, text, lang) for match in DIGITS_RE.finditer(text)
                               if not any(s <= match.start() < e for s, e in ratios)])
    found += _halves(text, lang) + _romans(text, lang) + _fractions(text, lang) + _cup_rounds(text)
    found += [m for m in _half(text, lang) if not any(h.start <= m.start < h.end for h in found)]
    implied = _implied(text, lang)
    found = [m for m in found if not _half_of_a_year(m, implied)]
    taken = [(m.start, m.end) for m in found]
    implied = [m for m in implied if not any(s < m.end and m.start < e for s, e in taken)]
    taken += [(m.start, m.end) for m in implied if m.soft]  # "seven days a week": no count of days
    found += implied + [_sides(m, text, lang) for m in _spelled(text, lang)
                        if not any(s < m.end and m.start < e for s, e in taken)
                        and not any(i.start <= m.start and m.end <= i.end for i in implied)]  # half a million
    found = _words_then_digits(text, sorted(found, key=lambda m: m.start), lang)
    found += [m for m in (*_tops(text), *_event_years(text), *_age_bands(text))
              if not any(s < m.end and m.start < e for s, e in taken)]
    if lang == "ru":
        found += [m for m in _ru_sets(text) if not any(s < m.end and m.start < e for s, e in taken)]
    found += [m for m in _firsts(text, lang) if not any(f.start < m.end and m.start < f.end for f in found)]
    found = [_round_the_clock(_listed(_in_groups(_century(_anaphoric(m, text, lang), text), text, lang),
                                      text, lang), text, lang) for m in found]
    found = [_games_year(_decade(m, text, lang), text) for m in found]
    found = _abbreviated_units(text, lang, _proportions(text, lang, sorted(found, key=lambda m: m.start)))
    found = _kk_partitives(text, found) if lang == "kk" else found
    found = _named_numbers(text, found)
    found = [_per_one_unit(text, _identified(text, m, lang), lang) for m in _ranges(text, lang, _bounds(
        text, lang, _shared_qualifiers(text, lang, [
            replace(m, qualifier=m.qualifier or qualifier_of(text, m, lang),
                    direction=direction_of(text, m, lang))
            if not m.soft else m for m in found if not _period_word(text, m, lang)])))]
    return _years_listed(text, _a_day_or_two(text, found))


def _a_day_or_two(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """A span of one or two, or two or three, days, weeks, months or years in digits («1-2 күн
    емес, біраз жыл», "within 1–2 weeks") made soft: "a day or two", which another version
    says as «несколько дней» or "a few weeks"; a version that writes the digits still agrees."""
    out = list(found)
    for i, (low, high) in enumerate(itertools.pairwise(found)):
        if high.unit in _SHORT_SPANS and low.value + 1 == high.value <= 3 and low.value >= 1 \
                and text[low.end:high.start] in ("-", "–", "‐") and not low.spelled and not high.spelled:
            out[i], out[i + 1] = replace(low, soft=True), replace(high, soft=True)
    return out


_SHORT_SPANS = frozenset({"day", "week", "month", "year", "hour"})


def _years_listed(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """*found* with the years inside a list of three or more years in a row made soft («Еще
    впереди 2026, 2027, 2028 год» for «Алда 2026-2028 жылдар бар»): the list is a span, whose
    inner years another version leaves implied; its ends stay figures."""
    years = [m for m in found if _is_year(m) and not m.soft]
    runs = [years[:1]]
    for before, after in itertools.pairwise(years):
        if after.value - before.value == 1 and _YEAR_LIST.fullmatch(text, before.end, after.start):
            runs[-1].append(after)
        else:
            runs.append([after])
    inner = {id(m) for run in runs for m in run[1:-1]}  # a run of two has no inner year
    return [replace(m, soft=True) if id(m) in inner else m for m in found]


_YEAR_LIST = re.compile(r"[\s\u00a0]*(?:,|\band\b|\bи\b|\bжәне\b)[\s\u00a0]*", re.IGNORECASE)


_QUOTED_NAME = re.compile(r"«[^«»\n]{1,40}»|“[^“”\n]{1,40}”|\"[^\"\n]{1,40}\"")
"""A short quotation: the name of a channel, a school, a ship in quotation marks."""
_NAME_WORDS = 4
_SIGN_BEFORE = re.compile(r"(?:№|\bNo\.?|#)[\s\u00a0]*\Z")


def _named_numbers(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """*found* with a number after a number sign inside a quoted name (the Telegram channel «БОРТ
    №1», the ship “Tulpar No. 3”) soft: it is the name's, which another version may give by its
    description alone ("the President's press service channel"); it still matches the number of
    a version that names it too."""
    names = [m.span() for m in _QUOTED_NAME.finditer(text) if len(m.group().split()) <= _NAME_WORDS]
    wars = [m.span() for m in _WORLD_WAR.finditer(text)]
    def named(m: NumberMention) -> bool:
        signed = any(s < m.start and m.end < e for s, e in names) \
            and _SIGN_BEFORE.search(text, max(0, m.start - 4), m.start)
        return bool(signed) or any(s <= m.start and m.end <= e for s, e in wars)

    return [replace(m, soft=True) if not m.soft and named(m) else m for m in found]


_WORLD_WAR = re.compile(r"\bWorld War (?:I|II|One|Two)\b|\b(?:First|Second) World War\b"
                        r"|(?<!\w)(?:Перв|Втор)\w+ миров\w+ войн\w*"
                        r"|(?<!\w)(?:Бірінші|Екінші) дүниежүзілік соғыс\w*", re.IGNORECASE)
"""A world war's name with its number (World War II, Вторая мировая война, Екінші дүниежүзілік
соғыс): the name's, which another version may leave out ("80 years of the Great Victory")."""


_PER_ONE = {"ru": re.compile(r"(?:\bс|\bна)[\s\u00a0]+\Z", re.IGNORECASE),
            "en": re.compile(r"\bper[\s\u00a0]+\Z", re.IGNORECASE)}
"""Before a 1 and its unit, what makes them a rate's denominator: «с 1 гектара», «на 1 тонну»,
"per 1 hectare"; Kazakh puts the unit in the ablative instead («1 гектардан», `_KK_ABLATIVE`)."""


def _per_one_unit(text: str, mention: NumberMention, lang: str) -> NumberMention:
    """A 1 that only names the unit of a rate («1 гектардан 15,4 центнер», «с 1 гектара», "per
    1 hectare", as another version says "per hectare", «с гектара»), or a bare scale word after
    «на», "per" (1,7 на миллион жителей): soft, no figure of its own."""
    if _scale_alone(mention) and lang in _PER_ONE \
            and _PER_ONE[lang].search(text[max(0, mention.start - 8):mention.start]):
        return replace(mention, soft=True)  # «1,7 на миллион жителей», "per million": per one million
    if mention.value != 1 or mention.unit is None or mention.soft or mention.qualifier:
        return mention  # «1 тоннадан астам» is more than a tonne: a figure
    if lang == "kk":
        after = tokens(text[mention.end:mention.end + 30])[:1]
        per = bool(after and _KK_ABLATIVE.search(after[0].lower))
    else:
        per = bool(lang in _PER_ONE and _PER_ONE[lang].search(text[max(0, mention.start - 8):mention.start]))
    return replace(mention, soft=True) if per else mention


def _scale_alone(mention: NumberMention) -> bool:
    """A scale word with no figure before it (миллион, thousand): one of that scale."""
    return mention.spelled and mention.value in (1000, 10**6, 10**9) and " " not in mention.text.strip()


def _half_of_a_year(mention: NumberMention, implied: list[NumberMention]) -> bool:
    """*mention* is the "half" of "the first half of the year", which `_IMPLIED` reads as six
    months: no figure 0.5."""
    return mention.value == Decimal("0.5") and any(
        i.unit == "month" and i.start <= mention.start < i.end for i in implied)


_PERIOD_WORDS = {"kk": re.compile(r"тоқсан(?:[\s\u00a0]+сайын|ын(?:а|да)[\s\u00a0]+бір[\s\u00a0]+рет)",
                                   re.IGNORECASE)}
"""A numeral that is a word of time in a phrase: Kazakh «тоқсан сайын», «тоқсанына бір рет» are
"quarterly", "once per quarter" (тоқсан: a quarter, and ninety), as «ежеквартально», never the
figure 90."""
_COUNTED_PERIOD = {"kk": re.compile(r"\b(?:[1-9]|1\d|20|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)"
                                    r"[\s\u00a0]+\Z", re.IGNORECASE)}
"""A count of quarters right before «тоқсан»: «алдағы 7 тоқсан» is the next seven quarters, no
90; «300 тоқсан килограмдық қап» (300 ninety-kilogram bags) counts bags."""


def _period_word(text: str, mention: NumberMention, lang: str) -> bool:
    """*mention* is a numeral in a phrase of time (`_PERIOD_WORDS`), or «тоқсан» after a count
    of them (`_COUNTED_PERIOD`): no figure."""
    if not mention.spelled or lang not in _PERIOD_WORDS:
        return False
    counted = mention.text.lower().startswith("тоқсан") \
        and _COUNTED_PERIOD[lang].search(text, max(0, mention.start - 12), mention.start)
    return bool(_PERIOD_WORDS[lang].match(text, mention.start) or counted)


_NAMED_THEN_ABBREVIATED = re.compile(r"((?:[\s\u00a0]+[^\W\d_][\w‐-]*){1,4})[\s\u00a0]*\(([^\W\d_]{2,6})\)")
"""Words after a figure, then in brackets the abbreviation of the unit or term they name: "12,000
twenty-foot equivalent units (TEU)", «12 тысяч двадцатифутовых эквивалентов (ДФЭ)»."""


def _abbreviated_units(text: str, lang: str, found: list[NumberMention]) -> list[NumberMention]:
    """A figure whose unit is named in words and then by its abbreviation in brackets counts
    in that unit ("12,000 twenty-foot equivalent units (TEU)", «12 тысяч двадцатифутовых
    эквивалентов (ДФЭ)»): the name is one of a known unit. A number word inside the name stays
    a figure of its own (`_own_figure`: twenty-foot is 20 feet in every version, and a version
    that writes сорокафутовых has changed it)."""
    units: dict[int, str] = {}
    for m in found:
        match = _NAMED_THEN_ABBREVIATED.match(text, m.end)
        if not m.spelled and match and (unit := unit_of(match.group(2), lang)):
            units[m.start] = unit
    return [replace(m, unit=units[m.start]) if m.start in units else m for m in found]


# --- what a figure counts ------------------------------------------------------------------

_NEVER = re.compile(r"(?!)")
ORDINAL = "ordinal"
AGE = "age"
CALENDAR_YEAR = "calendar year"
BIRTH_YEAR = "birth year"
COUNT = "count"
_AGE_AFTER = {"en": re.compile(r"[\s\u00a0-]*years?[\s\u00a0-]+old\b|-year-old\b", re.IGNORECASE),
              "ru": re.compile(r"[\s\u00a0]+(?:год|года|лет)[\s\u00a0]+от[\s\u00a0]+роду", re.IGNORECASE),
              "kk": re.compile(r"[\s\u00a0]+жас(?:та|қа|тағы|тан|ар|ында|ындағы)?(?![\w])|[-‐]?жастағы",
                               re.IGNORECASE)}
_AGE_BEFORE = {"en": re.compile(r"\b(?:aged?|at the age of|age of)[\s\u00a0]+\Z", re.IGNORECASE),
               "ru": re.compile(r"\bв[\s\u00a0]+возрасте(?:[\s\u00a0]+(?:от|до|старше|моложе))?[\s\u00a0]+\Z",
                                re.IGNORECASE)}
"""An age: "aged 30", "a 30-year-old", «в возрасте 30 лет», «30 жастағы», «30 жасқа»; Russian
«30-летний», «тридцатилетний» before a person (`_aged`)."""
_RU_YEARS_OLD = re.compile(r"(?:[-‐]?(?:ти|ми)?[-‐]?|\w*)летн\w*[\s\u00a0]+([^\W\d_]+)", re.IGNORECASE)


def _aged(text: str, mention: NumberMention, lang: str) -> bool:
    """The figure is an age said after it ("30 years old", «30 жастағы»); in Russian «30-летний»
    only before a name or a person («30-летний Денис», «тридцатилетний спортсмен»), not a
    «пятилетний план», which counts years."""
    if _AGE_AFTER.get(lang, _NEVER).match(text, mention.end):
        return True
    if lang != "ru":
        return False
    start = mention.start if mention.spelled else mention.end
    found = _RU_YEARS_OLD.match(text, start)
    if found is None:
        return False
    from press.lang.russian import parses

    word = found.group(1)
    return word[:1].isupper() or any(p.tag.POS == "NOUN" and "anim" in p.tag
                                     for p in parses(word.lower())[:2])


_S = r"[\s\u00a0]+"
_BORN = {"en": re.compile(rf"\bborn(?:{_S}(?:in|on))?{_S}(?:\w+{_S}){{0,2}}\Z|\(b\.[\s\u00a0]*\Z",
                          re.IGNORECASE),
         "ru": re.compile(r"\b(?:род(?:ил(?:ся|ась|ись)|ом)|появил(?:ся|ась) на свет)\b[^.;]{0,30}\Z",
                          re.IGNORECASE)}
_BORN_AFTER = {"ru": re.compile(rf"{_S}(?:г\.|года?){_S}рождения\b", re.IGNORECASE),
               "kk": re.compile(rf"{_S}жылы{_S}(?:\w+{_S})?(?:туған|дүниеге{_S}кел)", re.IGNORECASE)}
"""A birth year: "born in 1996", «родилась в 1996 году», «1996 года рождения», «1996 жылы туған»,
«1996 жылы дүниеге келген»."""
_COUNTED_NOUN = re.compile(r"[\s\u00a0]+(?!(?:the|and|in|to|of|at|on|for|by|with|from|was|were|is|are|и|в|на|"
                           r"с|по|для|за|был|была|были|және|мен)\b|жыл|год|лет|year)[a-zа-яёәғқңөұүһі]{3,}")
"""A lower-case word after a year-like figure that it counts (1800 people, 2000 адам): no year."""


def _identified(text: str, mention: NumberMention, lang: str) -> NumberMention:
    """*mention* with what it counts: its kind and, for a plain count, the things counted."""
    kind = figure_kind(text, mention, lang)
    counted = counted_things(text, mention, lang) if kind == COUNT else frozenset()
    single = kind == COUNT and mention.text == "1" and mention.qualifier is None \
        and bool(_WORD_AFTER.match(text, mention.end)) and not _numbered_name(text, mention.start)
    return replace(mention, kind=kind, counted=counted, soft=mention.soft or single)


_CAPITALISED_BEFORE = re.compile(r"(?<![\w\-‐])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]+[ \u00a0]\Z")


def _numbered_name(text: str, start: int) -> bool:
    """The digit closes a capitalised word inside a sentence (World Rugby Level 1 course,
    Terminal 1 building): the number of a name, not a count of the word after it."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and not sentence_initial(text, before.start())


_WORD_AFTER = re.compile(r"[\s\u00a0]+[a-zа-яёәғқңөұүһі]")
"""«1 тікұшақ», «1 автомобиль»: a count of one thing in digits, which English says with its
article ("a helicopter"): soft, a match when the others say one, never a figure they lack."""


_COUNTED_THINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "person": {"en": ("people", "person", "persons", "individual", "passenger"),
               "ru": ("человек", "люди", "лицо", "пассажир"), "kk": ("адам", "кісі", "жолаушы")},
    "resident": {"en": ("resident", "inhabitant", "dweller"), "ru": ("житель",), "kk": ("тұрғын",)},
    "citizen": {"en": ("citizen", "national", "compatriot"), "ru": ("гражданин", "соотечественник"),
                "kk": ("азамат", "отандас")},
    "house": {"en": ("house", "home", "dwelling", "housing", "apartment", "flat"),
              "ru": ("дом", "жильё", "жилье", "квартира"), "kk": ("үй", "пәтер", "баспана")},
    "school": {"en": ("school",), "ru": ("школа",), "kk": ("мектеп",)},
    "kindergarten": {"en": ("kindergarten",), "ru": ("сад", "детсад"), "kk": ("балабақша",)},
    "hospital": {"en": ("hospital", "clinic", "polyclinic"), "ru": ("больница", "поликлиника", "клиника"),
                 "kk": ("аурухана", "емхана", "клиника")},
    "project": {"en": ("project",), "ru": ("проект",), "kk": ("жоба",)},
    "job": {"en": ("job", "workplace"), "ru": ("место",), "kk": ("орын",)},
    "lesson": {"en": ("lesson", "class"), "ru": ("урок", "занятие"), "kk": ("сабақ",)},
    "camera": {"en": ("camera",), "ru": ("камера",), "kk": ("камера",)},
    "company": {"en": ("company", "enterprise", "business", "firm", "plant", "factory"),
                "ru": ("компания", "предприятие", "фирма", "завод", "фабрика"),
                "kk": ("компания", "кәсіпорын", "фирма", "зауыт", "фабрика")},
    "country": {"en": ("country", "state", "nation"), "ru": ("страна", "государство"),
                "kk": ("ел", "мемлекет")},
    "agreement": {"en": ("agreement", "document", "contract", "memorandum", "treaty", "deal"),
                  "ru": ("соглашение", "документ", "договор", "контракт", "меморандум"),
                  "kk": ("келісім", "құжат", "шарт", "келісімшарт", "меморандум")},
    "family": {"en": ("family", "household"), "ru": ("семья",), "kk": ("отбасы",)},
    "child": {"en": ("child", "children", "pupil", "student", "schoolchild", "kid"),
              "ru": ("ребёнок", "ребенок", "дети", "ученик", "студент", "школьник"),
              "kk": ("бала", "оқушы", "студент")},
    "participant": {"en": ("participant", "delegate", "guest", "visitor", "tourist"),
                    "ru": ("участник", "делегат", "гость", "посетитель", "турист"),
                    "kk": ("қатысушы", "делегат", "қонақ", "келуші", "турист")},
    "employee": {"en": ("employee", "worker", "specialist", "staff", "officer", "rescuer", "teacher"),
                 "ru": ("сотрудник", "работник", "специалист", "спасатель", "учитель", "педагог"),
                 "kk": ("қызметкер", "жұмысшы", "маман", "құтқарушы", "мұғалім", "педагог")},
    "vehicle": {"en": ("vehicle", "car", "truck", "bus", "equipment", "machine"),
                "ru": ("автомобиль", "машина", "автобус", "техника", "единица"),
                "kk": ("көлік", "автокөлік", "автобус", "техника")},
    "flight": {"en": ("flight",), "ru": ("рейс",), "kk": ("рейс", "әуерейс")},
    "event": {"en": ("event",), "ru": ("мероприятие",), "kk": ("іс-шара",)},
    "settlement": {"en": ("village", "settlement", "locality", "district", "region", "city", "town"),
                   "ru": ("село", "посёлок", "поселок", "пункт", "район", "область", "регион", "город",
                          "аул"),
                   "kk": ("ауыл", "кент", "мекен", "аудан", "облыс", "өңір", "аймақ", "қала")},
    "plot": {"en": ("plot",), "ru": ("участок",), "kk": ("телім", "учаске")},
    "pump": {"en": ("pump",), "ru": ("насос", "мотопомпа"), "kk": ("сорғы", "мотопомпа")},
    "medal": {"en": ("medal",), "ru": ("медаль",), "kk": ("медаль",)},
    "athlete": {"en": ("athlete", "sportsman", "sportswoman", "player"), "ru": ("спортсмен", "спортсменка"),
                "kk": ("спортшы",)},
    "brick": {"en": ("brick",), "ru": ("кирпич",), "kk": ("кірпіш",)},
    "tree": {"en": ("tree", "seedling"), "ru": ("дерево", "саженец"), "kk": ("ағаш", "көшет")},
    "head": {"en": ("cattle", "livestock"), "ru": ("голова", "скот"), "kk": ("мал",)},
    "book": {"en": ("book",), "ru": ("книга",), "kk": ("кітап",)},
    "case": {"en": ("case", "crime", "offence", "offense"), "ru": ("случай", "преступление", "дело"),
             "kk": ("жағдай", "қылмыс")},
    "language": {"en": ("language",), "ru": ("язык",), "kk": ("тіл",)},
}
"""Nouns a plain count counts in the ministry's news, grouped by the thing they name, in each
language (English singulars, Russian lemmas, Kazakh stems): a figure's identity is its value
and what it counts. Near synonyms a translator swaps (agreements and documents, pupils and
children, plants and enterprises) share one thing, so that a changed figure of a translation
still pairs; what the table leaves out is unknown, never another thing."""
_COUNTED_WORDS = re.compile(r"\.?(?:[\s\u00a0]+(?:[^\W\d_][\w‐-]*))")
_COUNTED_REACH = 3
"""The words after a count read for its noun: the noun with one or two words before it
("2,500 video surveillance cameras", «552 тұрғын үйге», «10 новых медицинских объектов»). A full
stop is crossed only right after the figure (the abbreviated scale of «356 850 тыс. россиян»):
after a word it ends the sentence, and the next sentence's words («Второе место …») are no
noun of this figure."""


def counted_things(text: str, mention: NumberMention, lang: str) -> frozenset[str]:
    """The things (`_COUNTED_THINGS`) the words right after *mention* name, up to the end of its
    clause: "713,000 residents" counts residents, «1,5 тыс. уроков» lessons, «552 тұрғын
    үйге» residential houses (resident and house both). Two figures whose things are known
    and share none count different things."""
    found: set[str] = set()
    end = mention.end
    for step in range(_COUNTED_REACH):
        word = _COUNTED_WORDS.match(text, end)
        if word is None or step and word.group().startswith("."):
            break
        end = word.end()
        found |= _things_of(word.group().strip(". \u00a0").lower(), lang)
    return frozenset(found)


def counted_noun(word: str, lang: str) -> bool:
    """*word* names one of the things figures count (`_COUNTED_THINGS`): passengers, tonnes."""
    return bool(_things_of(word.lower(), lang))


@lru_cache(maxsize=4096)
def _things_of(word: str, lang: str) -> frozenset[str]:
    """The things of `_COUNTED_THINGS` a word names: an English plural, a Russian word form by its
    pymorphy3 lemmas, a Kazakh word by its stem under endings."""
    if lang == "ru":
        from press.lang.russian import lemmas

        forms = lemmas(word) | {word}
        return frozenset(t for t, names in _COUNTED_THINGS.items() if forms & set(names["ru"]))
    if lang == "kk":
        return frozenset(t for t, names in _COUNTED_THINGS.items()
                         if any(kazakh.matches_stem(word, stem) for stem in names["kk"]))
    singular = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word,
                word[:-3] + "y" if word.endswith("ies") else word}
    return frozenset(t for t, names in _COUNTED_THINGS.items() if singular & set(names["en"]))


def figure_kind(text: str, mention: NumberMention, lang: str) -> str | None:
    """What *mention* counts, read once for all three languages: an age («30-летний», «30
    жастағы», "aged 30"), an ordinal (fifth, «четвертая», «үшінші»), a birth year, a calendar
    year, the unit it is in (kg, per cent, a currency, days), else a plain count. A weight class
    «51 келі» and «две бронзы», a birth year and a title's year, «четвертая медаль» and
    «51 кг» are figures of different things, never one figure stated two ways."""
    before = text[max(0, mention.start - 40):mention.start]
    if _AGE_BEFORE.get(lang, _NEVER).search(before) or _aged(text, mention, lang):
        return AGE
    if mention.ordinal or mention.unit in (FIRST, "edition"):
        return ORDINAL
    if mention.soft:
        return _SOFT_KINDS.get(mention.unit)
    if _is_year(mention) and not _COUNTED_NOUN.match(text, mention.end):
        if _BORN.get(lang, _NEVER).search(before) or _BORN_AFTER.get(lang, _NEVER).match(text, mention.end):
            return BIRTH_YEAR
        return CALENDAR_YEAR
    return mention.unit or COUNT



_FROM = {"en": re.compile(r"(?<!\w)(?:from|between)[\s\u00a0]+\Z", re.IGNORECASE),
         "ru": re.compile(r"(?<!\w)(?:от|с|со)[\s\u00a0]+\Z", re.IGNORECASE)}
_TO = {"en": re.compile(r"(?:[\s\u00a0]+[^\W\d_]+)?[\s\u00a0]+(?:to|and|until|till|through|up[\s\u00a0]+to)"
                        r"[\s\u00a0]+", re.IGNORECASE),
       "ru": re.compile(r"(?:[\s\u00a0]+[^\W\d_]+)?[\s\u00a0]+(?:до|по|вплоть[\s\u00a0]+до)[\s\u00a0]+",
                        re.IGNORECASE),
       "kk": re.compile(r"(?:-?(?:ден|дан|тен|тан|нен|нан)|[\s\u00a0]+[^\W\d_]+(?:ден|дан|тен|тан|нен|нан))"
                        r"[\s\u00a0]+", re.IGNORECASE)}
"""The gap between the bounds of a range: "from six to 14", "between 5 and 10 years", «от шести
до 14 лет», «с 3 по 7»; Kazakh puts the lower bound in the ablative, «алты жастан 14 жасқа
дейін», «5-тен 10-ға дейін»."""


def _bounds(text: str, lang: str, found: list[NumberMention]) -> list[NumberMention]:
    """The upper bound of a range ("from six to 14", «от шести до 14 лет», «алты жастан 14 жасқа
    дейін») takes no qualifier: its "to", «до», «дейін» (even "up to") close the range, and
    do not say "up to 14" where another version says "from six to 14"."""
    out = list(found)
    for i, (low, high) in enumerate(itertools.pairwise(found)):
        if high.qualifier not in ("to", "upto") or low.soft or high.soft or low.value >= high.value \
                or lang not in _TO or not (_TO[lang].fullmatch(text, low.end, high.start)
                                           or lang == "kk" and _kk_scale_from(text, low, high)):
            continue
        if lang in _FROM and not _FROM[lang].search(text, max(0, low.start - 12), low.start):
            continue
        if lang == "kk" and not _kk_same_noun(text, low, high):
            continue
        out[i + 1] = replace(high, qualifier=None)
    return out


def _kk_scale_from(text: str, low: NumberMention, high: NumberMention) -> bool:
    """The Kazakh lower bound's ablative is on its scale word, read with the figure («40 мыңнан
    300 мың тоннаға дейін»): only a space is left between the bounds."""
    return not text[low.end:high.start].strip() and _KK_ABLATIVE.search(low.text.lower()) is not None


_KK_ABLATIVE_NOUN = re.compile(r"[\s\u00a0]+([^\W\d_]+?)(?:ден|дан|тен|тан|нен|нан)[\s\u00a0]+\Z",
                               re.IGNORECASE)
_KK_NEXT_WORD = re.compile(r"(?:-?[^\W\d_]+)?[\s\u00a0]+([^\W\d_]+)")


def _kk_same_noun(text: str, low: NumberMention, high: NumberMention) -> bool:
    """A Kazakh range names its noun on both bounds or on neither («алты жастан 14 жасқа
    дейін», «5-тен 10-ға дейін»). A noun on the first figure only is a figure of its own, in
    the ablative of where from: «12 елден 40-қа дейін ұжым» is up to 40 bands from 12
    countries, its «дейін» qualifies the 40 alone (Kazakh puts a qualifier after its figure)."""
    noun = _KK_ABLATIVE_NOUN.search(text[low.end:high.start])
    if noun is None:
        return True
    after = _KK_NEXT_WORD.match(text, high.end)
    return after is not None and kazakh.matches_stem(after.group(1).lower(), noun.group(1).lower())


_PROPORTION_GAP = {"en": re.compile(r"[\s\u00a0]+(?:in|out[\s\u00a0]+of)[\s\u00a0]+", re.IGNORECASE),
                   "ru": re.compile(r"[\s\u00a0]+из[\s\u00a0]+", re.IGNORECASE)}
"""Between the two figures of a proportion: "nine in ten", "9 out of 10", «девять из десяти»
(Kazakh puts the whole first, in the ablative: «оннан тоғызы», read with the fractions)."""
_RANGE_BEFORE = re.compile(r"\d[\s\u00a0]*(?:[-–—]|\bto\b|\bдо\b)[\s\u00a0]*\Z", re.IGNORECASE)
"""A figure and a dash or "to" before a number: the number ends a range."""
_PART_OF = {"en": re.compile(r"[\s\u00a0]+of(?:[\s\u00a0]+the)?[\s\u00a0]+", re.IGNORECASE)}
"""A part named out of a whole that is not said as a proportion: "five of the ten regions"."""


def _proportions(text: str, lang: str, found: list[NumberMention]) -> list[NumberMention]:
    """A proportion ("nearly nine in ten", «почти девять из десяти», «оннан тоғызына жуығы») is
    one figure, 0.9 (90%, `_share`), which the qualifier before or after it qualifies; its two
    numbers are kept soft, as another version may name the part and the whole apart ("nine of
    the ten regions"), for which the proportion is kept soft in turn."""
    out: list[NumberMention] = []
    skip = False
    for part, whole in itertools.pairwise([*found, None]):
        if skip:
            skip = False
            continue
        if whole is None or not _proportion_pair(text, part, whole) \
                or _RANGE_BEFORE.search(text, max(0, part.start - 12), part.start):
            out.append(part)  # "aged 15 to 18 in 19 sports": the 18 ends a range, no part of the 19
            continue
        value = (part.value / whole.value).quantize(Decimal("0.001"))
        proportion = NumberMention(value, part.start, whole.end, text[part.start:whole.end], spelled=True)
        gap = _PROPORTION_GAP.get(lang)
        if gap and gap.fullmatch(text, part.end, whole.start) and not _counted_after(text, whole, lang):
            out += [proportion, replace(part, soft=True), replace(whole, soft=True)]
            skip = True
        elif gap and gap.fullmatch(text, part.end, whole.start) \
                or _PART_OF.get(lang) and _PART_OF[lang].fullmatch(text, part.end, whole.start):
            out += [part, replace(proportion, soft=True)]
        else:
            out.append(part)
    return out


_KK_PARTITIVE_GAP = re.compile(r"[\s\u00a0]+[^\W\d_]+(?:ның|нің|дың|дің|тың|тің)[\s\u00a0]+", re.IGNORECASE)
"""Between the whole and the part of a Kazakh partitive: the noun counted, in the genitive
(«әрбір он үйдің тоғызы», nine of every ten homes; «97 бекеттің 78-і»)."""


def _kk_partitives(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """*found* with a soft proportion (0.9) for each Kazakh partitive, the whole first and the
    part after the noun in the genitive: another version may say it as "nine out of ten"
    (`_proportions`), as well as name the part and the whole (both kept as read)."""
    added = [replace(_proportion(text, part, whole), soft=True) for whole, part in itertools.pairwise(found)
             if _proportion_pair(text, part, whole)
             and _KK_PARTITIVE_GAP.fullmatch(text, whole.end, part.start)]
    return sorted(found + added, key=lambda m: m.start)


def _proportion(text: str, part: NumberMention, whole: NumberMention) -> NumberMention:
    """The share *part* is of *whole*, spanning both (whichever comes first)."""
    start, end = min(part.start, whole.start), max(part.end, whole.end)
    return NumberMention((part.value / whole.value).quantize(Decimal("0.001")), start, end, text[start:end],
                         spelled=True)


def _counted_after(text: str, whole: NumberMention, lang: str) -> bool:
    """Russian «78 из 97 пунктов» names what is counted (a noun, adjective or participle in the
    genitive after the whole: «троим из 22 прибывших лидеров»): a part and a whole, as English
    "78 of the 97 checkpoints", not the proportion «девять из десяти»."""
    if lang != "ru":
        return False
    from press.lang.russian import parses

    word = re.match(r"[\s\u00a0]+([^\W\d_]+)", text[whole.end:whole.end + 40])
    found = parses(word.group(1)) if word else []
    return bool(found) and found[0].tag.POS in ("NOUN", "ADJF", "PRTF") \
        and any(p.tag.case == "gent" for p in found if p.tag.POS == found[0].tag.POS)


def _proportion_pair(text: str, part: NumberMention, whole: NumberMention) -> bool:
    """Two whole figures, the first smaller, neither a year, a rounded figure or one of a unit
    (not "5 in 10 days")."""
    return not (part.soft or whole.soft or part.ordinal or whole.ordinal or part.unit or whole.unit
                or part.precision is not None or whole.precision is not None
                or part.value != part.value.to_integral_value()
                or whole.value != whole.value.to_integral_value()
                or not 0 < part.value < whole.value <= 1000 or _is_year(whole))


_ROUND_THE_CLOCK = {"en": re.compile(r"-hour\b|\s+hours\s+a\s+day\b|/7\b", re.IGNORECASE),
                    "ru": re.compile(r"-?часов(?:ой|ая|ое|ые|ого|ую|ом|ых|ым)\b|\s+часа\s+в\s+сутки\b|/7\b",
                                     re.IGNORECASE),
                    "kk": re.compile(r"/7\b|(?<=тәулігіне )", re.IGNORECASE)}


def _round_the_clock(mention: NumberMention, text: str, lang: str) -> NumberMention:
    """"A 24-hour hotline", «24 часа в сутки», "24/7": round the clock (круглосуточно, тәулік
    бойы), soft of kind "round the clock": another version says it in a word."""
    pattern = _ROUND_THE_CLOCK.get(lang)
    if mention.value != 24 or mention.soft or mention.spelled or pattern is None:
        return mention
    if pattern.match(text, mention.end) or lang == "kk" and text[:mention.start].endswith("тәулігіне "):
        return replace(mention, soft=True, unit="hours a day")
    return mention


_TOP_RE = re.compile(r"(?<![\w-])(?:топ|top)-(\d{1,3})(?![\d,.]\d)", re.IGNORECASE)
"""«топ-25», "top-10": the digits after the hyphen are the count (English also writes "top 25")."""
AGE_BAND_RE = re.compile(r"(?<![\w\-‐])(?:[Uu]nder[-‐\s\u00a0]?(\d{1,2})|U[-‐]?([5-9]|1\d|2[0-3]))"
                         r"(?![\w\-‐]|[.,]\d)")
"""An age group as sport names it: "Under-8 World Champion", "U16", "U-21 team" — the age
limit, which Russian and Kazakh write «до 8 лет», «8 жасқа дейінгі»: a figure with "less than",
never a designation (press.lang.read_designations skips it)."""


CUP_ROUND_RE = re.compile(r"1/(?P<den>\d{1,2})[\s\u00a0]+(?:финал|final)\w*", re.IGNORECASE)
"""A round of a knockout tournament named by the share of the final it is, as Russian and Kazakh
name it (1/16 финала, 1/8 финал: the round of 32, of 16): a figure read here, no
document's designation (press.lang.read_designations skips it)."""


EVENT_YEAR_RE = re.compile(r"(?<![\w\-‐])(?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]{2,})[-‐](?P<year>(?:19|20)\d\d)"
                           r"(?![\w\-‐/]|[.,]\d)")
"""A name hyphened to a year is an event of that year («ЭКСПО-2027», EXPO-2017, «Астана-2025»),
written "Expo 2027" as well: the year is a number (read here, and compared as one), not a
designation that "Expo 2027" lacks (`press.lang.read_designations` skips it)."""


def _event_years(text: str) -> list[NumberMention]:
    """The year of an event hyphened to its name («ЭКСПО-2027»), as "Expo 2027" gives it."""
    return [NumberMention(Decimal(m.group("year")), m.start("year"), m.end(), m.group("year"))
            for m in EVENT_YEAR_RE.finditer(text)]


def _tops(text: str) -> list[NumberMention]:
    return [NumberMention(Decimal(m.group(1)), m.start(1), m.end(1), m.group(1))
            for m in _TOP_RE.finditer(text)]


def _age_bands(text: str) -> list[NumberMention]:
    """`AGE_BAND_RE`'s limits, each "less than" its figure; a limit in kilograms (the under-73 kg
    category, «до 73 кг») names a weight category, with no qualifier (`_CATEGORY`)."""
    return [NumberMention(Decimal(m.group(g)), m.start(g), m.end(g), m.group(g), unit="kg")
            if _KG_AFTER.match(text, m.end(g)) else
            NumberMention(Decimal(m.group(g)), m.start(g), m.end(g), m.group(g), qualifier="less")
            for m in AGE_BAND_RE.finditer(text) for g in (1, 2) if m.group(g)]


_KG_AFTER = re.compile(r"[\s\u00a0]?(?:kg|кг|келі)\b", re.IGNORECASE)


_RU_SETS = {2: "двойка", 3: "тройка", 4: "четвёрка", 5: "пятёрка", 6: "шестёрка", 7: "семёрка",
            8: "восьмёрка", 9: "девятка", 10: "десятка", 20: "двадцатка"}
"""Russian nouns of a set of N (входит в пятёрку крупнейших инвесторов: among the five largest,
kk «бес елдің қатарында»): the set's size, as "top 5" is."""


@cache
def _ru_set_forms() -> dict[str, int]:
    """The singular forms of `_RU_SETS` that are no plural of anything (десятки, пятёрки are
    also tens, fives: dozens of countries, not a set of ten)."""
    from press.lang.russian import parses

    table: dict[str, int] = {}
    for value, word in _RU_SETS.items():
        own = next((p for p in parses(word) if p.normal_form == word), None)
        for form in own.lexeme if own else ():
            if "sing" in form.tag and not any("plur" in q.tag for q in parses(form.word)):
                table[form.word.replace("ё", "е")] = value
    return table


def _ru_sets(text: str) -> list[NumberMention]:
    """«в пятёрку», «в первой десятке»: soft (it supports "five" in another version, never lacks
    on its own: "among the leading investors" says the same without a number)."""
    forms, words = _ru_set_forms(), tokens(text)
    return [NumberMention(Decimal(forms[word]), token.start, token.end, token.text, spelled=True, soft=True)
            for index, token in enumerate(words) if (word := token.lower.replace("ё", "е")) in forms
            and not (index and _counts(words[index - 1]))]


_FIRST_RE = {"en": re.compile(r"(?<![\w-])(?:first|inaugural)(?![\w-])", re.IGNORECASE),
             "kk": re.compile(r"(?<![\w-])(?:бірінші|алғашқы)\w*", re.IGNORECASE)}
"""The words for "first" (first, inaugural, бірінші, алғашқы; Russian «первый» in every form,
`_ru_one`): ordinal 1."""


def _firsts(text: str, lang: str) -> list[NumberMention]:
    """Each "first" alone (the first meeting, «первое заседание», «алғашқы отырысы»): ordinal 1,
    soft of kind `FIRST`, since "for the first time" and «впервые» say it without a word of
    order; replaced by «екінші» (second) it is a changed ordinal."""
    if lang == "ru":
        table = _ru_one()
        found = [(t.start, t.end, t.text) for t in tokens(text)
                 if table.get(t.lower.replace("ё", "е")) == (1, True)]
    else:
        pattern = _FIRST_RE.get(lang)
        found = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)] if pattern else []
    return [NumberMention(Decimal(1), start, end, word, ordinal=True, spelled=True, unit=FIRST, soft=True)
            for start, end, word in found]


def _counts(token: Token) -> bool:
    """A numeral before a set noun counts the sets (два десятка: twenty, `_in_groups`)."""
    return token.text.isdigit() or _word_value(token.text, "ru") is not None


_PRONOUN_AFTER = re.compile(r"\s*(?:[,.;:)]|(?:of|were|are|have|had|will|would|can|could|should|"
                            r"must|also|then|both|together|met|held|agreed|discussed|signed|noted|exchanged|expressed|"
                            r"reaffirmed|stressed|emphasi[sz]ed|welcomed)\b)", re.IGNORECASE)
_THE_BEFORE = re.compile(r"(?:^|\W)the\s+\Z", re.IGNORECASE)
_A_BEFORE = re.compile(r"(?:^|\W)an?\s+\Z", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")


def _anaphoric(mention: NumberMention, text: str, lang: str) -> NumberMention:
    """A numeral that counts nothing new, soft (supports a match, never lacking on its own): a
    pronoun, "the two [were told]", kk «екеуі» (the two of them, the collective with a
    possessive), yet not after a genitive: «профессорлардың екеуі» (two of the professors)
    counts a part of a whole, as `_kk_partitive` reads «оның төртін»; "a second [group]"
    (another); the edition of an event before its name (II AgriForum, «II Агрофорум»), soft of
    kind edition, so two editions that differ still do."""
    if mention.soft or mention.unit:
        return mention
    before = text[max(0, mention.start - 6):mention.start]
    if lang == "en" and mention.spelled and not mention.ordinal and mention.value <= 10 \
            and _THE_BEFORE.search(before) and _PRONOUN_AFTER.match(text, mention.end):
        return replace(mention, soft=True)
    if lang == "en" and mention.spelled and mention.ordinal and _A_BEFORE.search(before):
        return replace(mention, soft=True)
    if lang == "kk" and any(mention.text.lower().startswith(base) and len(mention.text) > len(base)
                            for base in _KK_COLLECTIVES.values()) \
            and not _KK_GENITIVE_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return replace(mention, soft=True)
    if mention.ordinal and not mention.spelled and _ROMAN.fullmatch(mention.text) \
            and _NAME_AFTER.match(text, mention.end):
        return replace(mention, soft=True, unit="edition")
    if mention.text == "I" and mention.ordinal:
        return replace(mention, soft=True, unit=FIRST)
    return mention


_CENTURY_RE = re.compile(r"(?:st|nd|rd|th|-?[а-яёіә]{1,3})?[\s\u00a0-]*"
                         r"(?:centur(?:y|ies)|век\w*|столети\w*|ғасыр\w*)", re.IGNORECASE)


def _century(mention: NumberMention, text: str) -> NumberMention:
    """"The 21st century", «XXI век», «XXI ғасыр»: soft of kind century, since another version
    may say the same thing another way ("for 26 years"); two different centuries still differ."""
    if mention.soft or not (mention.ordinal or mention.value < 30) \
            or not _CENTURY_RE.match(text, mention.end):
        return mention
    return replace(mention, soft=True, unit="century")


_GAMES = (r"(?:(?:Para)?[Oo]lympics\b|(?:(?:Para)?[Oo]lympic[\s\u00a0]+)?Games\b|Universiade|Олимпиад|Азиад"
          r"|[А-ЯЁ]\w*[\s\u00a0]+[Ии]гр(?:ы|ах|ам|ами)?\b|Универсиад|(?:[Оо]лимпиада|Универсиада)"
          r"[\s\u00a0]+ойындар|[Оо]йындар)")
_GAMES_AFTER = re.compile(rf"(?:[\s\u00a0]+(?:жылғы|жылы|года|году|г\.))?[\s\u00a0]+"
                          rf"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]*[\s\u00a0]+){{0,2}}{_GAMES}")
_GAMES_BEFORE = re.compile(rf"{_GAMES}[^\W\d_]*[\s\u00a0]+(?:[–—-][\s\u00a0]*)?\Z")
GAMES_YEAR = "year of the Games"
"""The kind of the year a multi-sport Games is named by (the 2026 Winter Games, «Олимпийских игр
2028 года», «2028 жылғы Олимпиада ойындары»): soft, as another version may name the same Games
by its edition (XXV Winter Olympic Games, «XXV Қысқы Олимпиада ойындары»), which is no year;
two versions' years of the Games still differ."""


def _games_year(mention: NumberMention, text: str) -> NumberMention:
    """The year of a multi-sport Games, soft of kind `GAMES_YEAR`."""
    if mention.soft or mention.unit not in (None, "year") or not 1896 <= mention.value <= 2100 \
            or mention.value != mention.value.to_integral_value() or mention.spelled:
        return mention
    if _GAMES_AFTER.match(text, mention.end) or _GAMES_BEFORE.search(text, max(0, mention.start - 40),
                                                                   mention.start):
        return replace(mention, soft=True, unit=GAMES_YEAR)
    return mention


_DECADE_AFTER = {"en": re.compile(r"['’]?s\b"),
                 "ru": re.compile(r"-(?:е|х|ми|м)\b(?=\s+год|\s+прошл|\s*[^\sа-яё]|\s*\Z)"),
                 "kk": re.compile(r"[-\s\u00a0](?:жылдар|жж\b)")}
"""What follows the two digits of a decade: the 90s, «90-е годы», «90-х», «90-жылдары»."""


def _decade(mention: NumberMention, text: str, lang: str) -> NumberMention:
    """A decade in two digits (the 90s, «конца 90-х», «90-жылдары») is the decade of the
    century a release names them in (1990: a press release writes the 2020s in full), with
    the two digits as the other reading: "the 90s" and «1990-х годов» are one decade."""
    value = mention.value
    if mention.spelled or mention.soft or value % 10 or not 30 <= value <= 90 \
            or len(mention.text) != 2 or lang not in _DECADE_AFTER \
            or not _DECADE_AFTER[lang].match(text, mention.end):
        return mention
    return replace(mention, value=value + 1900, alt=value)


_GROUPS = {"en": ((re.compile(r"[\s\u00a0-]+decades?\b", re.IGNORECASE), 10, "year"),
                  (re.compile(r"[\s\u00a0-]+dozens?\b", re.IGNORECASE), 12, None)),
           "ru": ((re.compile(r"[\s\u00a0]+десятилети(?:е|я|ю|ем|и|й|ям|ями|ях)\b", re.IGNORECASE), 10,
                   "year"),
                  (re.compile(r"[\s\u00a0]+десят(?:ок|ка|ку|ком|ке|ки|ков|кам|ками|ках)\b", re.IGNORECASE),
                   10, None)),
           "kk": ((re.compile(r"[\s\u00a0]+онжылдық\w*", re.IGNORECASE), 10, "year"),)}
"""Nouns that count in groups after a numeral: decades (years), dozens, десятки (tens)."""


def _in_groups(mention: NumberMention, text: str, lang: str) -> NumberMention:
    """"Three decades", «три десятилетия», «үш онжылдық» are thirty years («отыз жыл»), «два
    десятка» twenty, "two dozen" twenty-four: read as the whole, with the count of groups as
    the other reading."""
    if mention.soft or mention.ordinal or mention.unit and mention.unit != "year":
        return mention
    for pattern, size, unit in _GROUPS.get(lang, ()):
        if pattern.match(text, mention.end):
            return replace(mention, value=mention.value * size, unit=unit, alt=mention.value)
    return mention


_LIST_HEAD = re.compile(r"(?:\s+[^\W\d_]+){1,3}(?:\s*[—–:]|\s+-)\s+")
"""The noun of a listed count and the dash or colon before the list ("two cities: A and B",
«трёх аэропортов — в А»); a hyphen inside a word (two Il-76 aircraft) is none."""
_LIST_ITEM_WORDS = 4
"""A list's items are names of a few words (в Катон-Карагае, Зайсане и Кендерли), not clauses."""
_LIST_END = re.compile(r"[.;!?()]")
_LIST_JOIN = {lang: re.compile(joined) for lang, joined in (
    ("en", r",|\band\b|\bor\b"), ("ru", r",|\bи\b|\bили\b"), ("kk", r",|\bжәне\b|\bмен\b|\bнемесе\b"))}


def _listed(mention: NumberMention, text: str, lang: str) -> NumberMention:
    """«трёх аэропортов — в А, Б и В», "two cities: A and B": a count a list after it spells
    out, soft of kind "list", as another version may give the list alone (a count replaced by
    another is still reported: `press.check.compare` compares lists' counts paragraph by
    paragraph)."""
    if mention.soft or mention.ordinal or not 2 <= mention.value <= 10 or lang not in _LIST_JOIN:
        return mention
    head = _LIST_HEAD.match(text, mention.end)
    if head is None:
        return mention
    stop = _LIST_END.search(text, head.end())
    items = [i for i in _LIST_JOIN[lang].split(text[head.end():stop.start() if stop else len(text)])
             if i.strip()]
    if len(items) != mention.value or any(len(i.split()) > _LIST_ITEM_WORDS for i in items):
        return mention
    return replace(mention, soft=True, unit="list")


_TIME_ORDER = ("year", "month", "week", "day", "hour")
_PARTS_JOINED = re.compile(r"[\s\u00a0]*(?:[^\W\d_]+)?[\s,\u00a0]*(?:(?:and|и|және|мен)\s+)?", re.IGNORECASE)
"""Between the parts of a term: the unit of the first (years, лет, жыл) and "and", «и», «және»."""


def _shared_qualifiers(text: str, lang: str, found: list[NumberMention]) -> list[NumberMention]:
    """A term in parts ("up to four years and ten months", «до четырех лет и десяти месяцев»,
    «төрт жыл он айға дейін») is one figure: its qualifier, said before the first part or
    after the last, is each part's."""
    out = list(found)
    for i, (big, small) in enumerate(itertools.pairwise(found)):
        if big.unit not in _TIME_ORDER or small.unit not in _TIME_ORDER or big.soft or small.soft \
                or _TIME_ORDER.index(big.unit) >= _TIME_ORDER.index(small.unit) \
                or _PARTS_JOINED.fullmatch(text, big.end, small.start) is None \
                or (big.qualifier is None) == (small.qualifier is None):
            continue
        qualifier = big.qualifier or small.qualifier
        out[i], out[i + 1] = replace(out[i], qualifier=qualifier), replace(out[i + 1], qualifier=qualifier)
    return _limits_shared(text, lang, out)


def _limits_shared(text: str, lang: str, found: list[NumberMention]) -> list[NumberMention]:
    """Two counts of two things joined by "and" under one limit ("up to 1,500 vehicles and
    4,000 passengers a day", «до 1500 автомобилей и 4000 пассажиров», «1 500 көлік пен 4 000
    жолаушыға дейін», «150-ге дейін жолаушы мен 56 вагон»): the limit, said before the first
    in English and Russian and after either in Kazakh, is each count's. Only a limit: "more
    than" may be the first count's alone."""
    out = list(found)
    joined = _COUNTS_JOINED.get(lang)
    for i, (first, second) in enumerate(itertools.pairwise(found)):
        if joined is None or first.soft or second.soft or _is_year(first) or _is_year(second) \
                or (first.qualifier is None) == (second.qualifier is None) \
                or not joined.fullmatch(text, first.end, second.start):
            continue
        if first.qualifier in _LIMITS:
            out[i + 1] = replace(second, qualifier=first.qualifier)
        elif lang == "kk" and second.qualifier in _LIMITS:
            out[i] = replace(first, qualifier=second.qualifier)
    return out


_LIMITS = ("upto", "to")


_COUNTS_JOINED = {
    "en": re.compile(r"(?:[\s\u00a0]+[a-z]+){1,2}[\s\u00a0]+and[\s\u00a0]+"),
    "ru": re.compile(r"(?:[\s\u00a0]+[а-яё]+){1,2}[\s\u00a0]+и[\s\u00a0]+"),
    "kk": re.compile(r"(?:-[а-яәғқңөұүһі]+)?(?:[\s\u00a0]+[а-яәғқңөұүһі]+){1,3}"
                     r"[\s\u00a0]+(?:және|пен|мен|бен)[\s\u00a0]+"),
}
"""A count's noun, of a word or two, and "and" between it and the next count (1,500 vehicles
and │4,000; 900 жүк көлігі мен │2 500; 150-ге дейін жолаушы мен │56)."""


_RANGE_WORDS = {"en": "to|or|and|even|up|perhaps|possibly|maybe",
                "ru": "до|или|и|даже|а|то|может|быть|вплоть",
                "kk": "немесе|не|тіпті|және|әлде|әрі|бәлкім|мүмкін"}


@cache
def _range_gap(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?:[\s,\-–—‐]|(?<!\w)(?:{_RANGE_WORDS.get(lang, 'to')})(?!\w))+", re.IGNORECASE)


def _ranges(text: str, lang: str, found: list[NumberMention]) -> list[NumberMention]:
    """A range with one scale word («1,2–1,5 млрд», "34 or even 35 billion"): the first figure
    is read at the scale of the second (the bare figure is its other reading), and the second
    is its upper limit, as "up to" is."""
    out = list(found)
    for i, (low, high) in enumerate(itertools.pairwise(found)):
        if low.precision is not None or low.unit or low.soft or high.soft or high.precision is None \
                or _is_year(low) or high.end - low.end > 80 \
                or not _range_gap(lang).fullmatch(text, low.end, high.start):
            continue
        digits = DIGITS_RE.match(text, high.start)
        scale = _after(text, digits.end(), lang)[0] if digits else 0
        if not scale or low.value >= high.value / scale:
            continue
        out[i] = replace(low, value=low.value * scale, alt=low.value)
        out[i + 1] = replace(high, qualifier=high.qualifier or "to")
    return out


def _composites(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """9 миллионов 127 тысяч 192, 2 million 300 thousand: one number in several groups."""
    return _sums(text, found, _next_group)


def _next_group(text: str, last: NumberMention, mention: NumberMention) -> bool:
    """*mention* is the next group in digits of the sum *last* opens with a scale word: right
    after it (or after "and"), smaller than its step, which *last* is a whole multiple of."""
    return last.precision is not None and mention.value < last.precision \
        and last.value % last.precision == 0 and text[last.end:mention.start].strip() in ("", "и", "and") \
        and not _HYPHENED_WORD.match(text, mention.end)


_HYPHENED_WORD = re.compile(r"[-‐][^\W\d_]")
"""A figure joined to a word by a hyphen makes an adjective of its own (60-kilogram bags,
60-килограммовых): «6,1 млн 60-килограммовых мешков» is 6.1 million bags of 60 kg, no sum."""


def _sums(text: str, found: list[NumberMention],
          continues: Callable[[str, NumberMention, NumberMention], bool]) -> list[NumberMention]:
    """*found* with each mention that *continues* the one before it (text, that one, it) added
    to it: one number written in several groups."""
    merged: list[NumberMention] = []
    for mention in found:
        if merged and continues(text, merged[-1], mention):
            last = merged[-1]
            merged[-1] = replace(last, value=last.value + mention.value, end=mention.end,
                                 text=text[last.start:mention.end], alt=None,
                                 precision=mention.precision, unit=mention.unit or last.unit)
        else:
            merged.append(mention)
    return merged


def _words_then_digits(text: str, found: list[NumberMention], lang: str) -> list[NumberMention]:
    """«три триллиона 100 миллиардов», «үш триллион 700 миллиард»: a sum whose first group is
    written in words and the rest in digits is one number (3 100 000 000 000), as the same sum
    all in digits is (`_composites`); a later group must be smaller than the scale word that
    closes the words before it."""
    return _sums(text, found, partial(_continues, lang=lang))


def _continues(text: str, words: NumberMention, digits: NumberMention, lang: str) -> bool:
    """*digits* are the next group of the sum *words* opens: right after it (or after "and"),
    in digits, stated, and smaller than the scale word that closes *words*."""
    scale = _closing_scale(words, lang)
    return bool(scale) and text[words.end:digits.start].strip() in ("", "и", "және", "and") \
        and not (digits.spelled or digits.soft or digits.ordinal) and 0 < digits.value < (scale or 0)


def _closing_scale(mention: NumberMention, lang: str) -> int | None:
    """The scale word (thousand to trillion) that ends a number written in words, or None."""
    if not mention.spelled or mention.soft or mention.ordinal or mention.precision is not None:
        return None
    words = tokens(mention.text)
    read = _word_value(words[-1].text, lang) if words else None
    return read[0] if read is not None and not read[1] and _is_scale(read[0]) and read[0] >= 1000 else None


_CASE_TAIL = r"[-‐][а-яёәғқңөұүһі]{1,8}(?![\w\-‐])"
_ROMAN_RE = re.compile(rf"(?<![\w\-‐/.])(?=[IVXL]{{2,}}(?:(?![\w\-‐])|{_CASE_TAIL}))"
                       rf"(L?X{{0,3}})(IX|IV|V?I{{0,3}})(?:(?![\w\-‐])|(?={_CASE_TAIL}))")
"""Roman numerals of two letters or more (VII форум, XXI century, Kazakh «Лев XIV-тің», «Иоанн
Павел II-нің» with the case ending after a hyphen): single I, V, X are words."""
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


_ROMAN_ONE_RE = re.compile(r"(?<![\w\-‐/.])[IVX](?![\w\-‐])(?=[\s\u00a0]+[а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ])"
                           r"(?![\s\u00a0]+(?:әлеуметтік|желі|платформ|соцсет))")
"""A Roman numeral of one letter before a Cyrillic word (орден «Достық» I степени, I дәрежелі,
на V заседании, V Ұлттық құрылтай): in Russian or Kazakh text a lone Latin I, V or X is no word,
but for the X of the social network (X әлеуметтік желісі, formerly Twitter)."""


def _romans(text: str, lang: str) -> list[NumberMention]:
    found = []
    ones = _ROMAN_ONE_RE.finditer(text) if lang in ("ru", "kk") else ()
    for match in sorted((*_ROMAN_RE.finditer(text), *ones), key=lambda m: m.start()):
        total, previous = 0, 0
        for letter in reversed(match.group()):
            value = _ROMAN_VALUES[letter]
            total, previous = (total - value, previous) if value < previous else (total + value, value)
        if total:
            found.append(NumberMention(Decimal(total), match.start(), match.end(), match.group(),
                                       ordinal=True))
    return found


_SIDE_NOUNS = {
    "en": r"\s+(?:countries|sides|states|nations|parties|leaders|heads|presidents|ministers|ministries|"
          r"governments|delegations|neighbou?rs|capitals|peoples)\b",
    "ru": r"\s+(?:стран|сторон|государств|лидер|глав|президент|министр|правительств|делегаци|народ|столиц|"
          r"сосед)(?:а|ы|и|ов|ей|й|ам|ям|ами|ями|ах|ях)?\b",
    "kk": r"\s+(?:ел(?:дің|ге|де|ден|мен|ді|дер\w*)?|тарап\w*|мемлекет(?:тің|ке|те|тен|пен|ті|тер\w*)?|"
          r"көшбасшы\w*|басшы\w*|президент\w*|министр\w*|үкімет\w*|халық\w*|көрші\w*)\b",
}
"""The nouns of the parties to a meeting: «екі ел», "the two countries", «двух стран»."""


@cache
def _side_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(_SIDE_NOUNS[lang], re.IGNORECASE)


def _sides(mention: NumberMention, text: str, lang: str) -> NumberMention:
    """Two or three in words before the parties' noun ("the two countries", «екі ел», «двух
    стран») counts the sides, soft as "bilateral" is: another version says «между странами».
    An ordinal counts no sides: «үшінші министрлік кездесу» is the third ministerial meeting;
    "third countries" («третьи страны», «үшінші елдер») are others, soft of their own kind."""
    if not mention.spelled or mention.soft or mention.unit or mention.value not in (2, 3) \
            or lang not in _SIDE_NOUNS:
        return mention
    if mention.ordinal:
        third = mention.value == 3 and _THIRD_PARTIES[lang].match(text, mention.end)
        return replace(mention, soft=True, unit="third parties") if third else mention
    sides = _side_pattern(lang).match(text, mention.end)
    return replace(mention, soft=True, unit="side") if sides else mention


_THIRD_PARTIES = {
    "en": re.compile(r"[\s-]+(?:countr(?:y|ies)|states?|part(?:y|ies)|persons?|nations?)\b", re.IGNORECASE),
    "ru": re.compile(r"\s+(?:стран|государств|сторон|лиц)\w*", re.IGNORECASE),
    "kk": re.compile(r"\s+(?:ел|мемлекет|тарап|тұлға)\w*", re.IGNORECASE),
}
"""The nouns of "third countries", «третьи страны», «үшінші елдер»: not the third of a row."""


NEXT_DAY = "next day"
"""The kind of "the next day": soft, yet replaced by "two days later" it is a changed count."""
FIRST = "first"
"""The kind of a lone Roman I (орден I степени, I техникалық санат): soft, as English says
"first", which is left unread ("the first technical category"); replaced by "2nd class" it is a
changed figure."""
ONCE = "once"
"""The kind of "once a week" (раз в неделю, аптасына бір рет): soft, as "once" is also "one
time" said of no count; replaced by "twice a week" it is a changed count."""
_SOFT_KINDS = {ONCE: "times", NEXT_DAY: "day", "list": COUNT}
"""What the soft figures a version may give in another's place count ("once a week" against
"twice a week", "the next day" against "two days later", a list's count); any other soft
figure (bilateral, both, a decade) pairs with any figure, as before kinds."""


_PERIOD = {"en": r"(?:day|week|fortnight|month|quarter|year)",
           "ru": r"(?:день|сутки|неделю|месяц|квартал|год)",
           "kk": r"(?:күніне|тәулігіне|аптасына|айына|тоқсанына|жылына)"}
"""The periods of a frequency (a week, в неделю, аптасына)."""
_IMPLIED = {
    "en": ((r"\bbilateral\b", 2, "side"), (r"\b(?:trilateral|tripartite)\b", 3, "side"),
           (r"\bboth\b", 2, None), (r"\bdecade\b", 10, "decade"), (r"\ba dozen\b", 12, None),
           (r"\b(?:a|one) century\b|\bcentenary\b|\bcentennial\b", 100, "year"),
           (r"\bseven days a week\b", 7, "round the clock"),
           (r"\b(?:next|following) day\b|\bthe day after\b(?! tomorrow)|\ba day later\b", 1,
            NEXT_DAY), (r"\b(?:the|that) same day\b|\blater that day\b", 0, NEXT_DAY),
           (rf"\bonce (?:a|per|every) {_PERIOD['en']}\b", 1, ONCE),
           (r"\b(?:first|second) half of "
            r"(?=(?:the |this |last |next |the current |the previous )?year\b|\d{4}\b)", 6, "month")),
    "ru": ((r"\bдвусторонн\w+", 2, "side"), (r"\bтр[её]хсторонн\w+", 3, "side"),
           (r"\bчетыр[её]хсторонн\w+", 4, "side"), (r"\bоб(?:а|е|оих|еих|оим|еим|оими|еими)\b", 2, None),
           (r"\bдесятилети(?:е|я|ю|ем|и|й|ям|ями|ях)\b", 10, "decade"),
           (r"\bдесят(?:ок|ка|ку|ком|ке)\b", 10, None),
           (r"(?<![IVXLC] )\b(?:век|века|веку|веком|столети(?:е|я|ю|ем))\b(?! назад)", 100, "year"),
           (r"\bпол(?:года|угода|угоду)\b|\bполугоди(?:е|я|ю|ем|и)\b", 6, "month"),
           (r"\bсемь дней в неделю\b", 7, "round the clock"),
           (r"\b(?:следующий|другой) день\b|\bспустя (?:день|сутки)\b", 1, NEXT_DAY),
           (r"\bв (?:тот|этот) же день\b|\bтем же днём\b|\bтем же днем\b", 0, NEXT_DAY),
           (rf"\bраз в {_PERIOD['ru']}\b", 1, ONCE)),
    "kk": ((r"\bекіжақты\w*", 2, "side"), (r"\bүшжақты\w*", 3, "side"),
           (r"\bекі\s+[^\W\d]+\s+(?:да|де|та|те)\b", 2, None),
           (r"\bтөртжақты\w*", 4, "side"), (r"\bонжылдық\w*", 10, "decade"),
           (r"\bбір\s+ғасыр(?:ға|да|дан|ы|лық)?\b", 100, "year"),
           (r"\bқос\s+қабатты\w*", 2, "storey"), (r"\bқос\s+жақты\w*", 2, "side"),
           (r"\bқос\s+(?!қабат|жақ)[^\W\d]+(?:ты|ті|ды|ді|лы|лі)\b", 2, None),
           (r"\bаптасына жеті күн\b", 7, "round the clock"),
           (r"(?<!інші )(?<!ншы )\bжарты жыл(?:ға|да|дан|ы|дың|мен)?\b", 6, "month"),
           (r"\b(?:бірінші|екінші) жарты жыл\w*|\bжартыжылды[қғ]\w*", 6, "month"),
           (r"\b(?:келесі|ертесі) күн(?:і|інде)\b|\bерте(?:сі|ңі)(?:не|нде)\b", 1, NEXT_DAY),
           (r"\b(?:дәл )?сол күн(?:і|і-ақ)\b", 0, NEXT_DAY),
           (rf"\b{_PERIOD['kk']} бір рет\b", 1, ONCE)),
}
"""Numbers a word implies (bilateral, двусторонний, екіжақты, both, «екі компания да», «қос» of a
pair before an adjective: қос қабатты ғимарат, a two-storey building; a decade, десятилетие,
онжылдық, which another version writes «он жыл»; a century, век, бір ғасыр: a hundred years
(«бір ғасырға жуық» for "almost a hundred years"); полгода, жарты жыл: six months; "seven days a
week", which another writes «круглосуточно», «тәулік бойы»; the next day, на следующий день,
келесі күні: one day after, which another version may write as a date; "the same day", в тот
же день, сол күні: none after, so that one version's "same" against the others' "next" is a
changed count; the first or second half of a year, полугодие, жартыжылдық: six months, which
another version writes «за 6 месяцев 2024 года»): soft, since a translation
says "the two countries", "ten years" or nothing at all instead."""
_BY_PREFIX = -1
"""A row's value read from the numeral the word begins with (`_prefix_value`): one pattern
for threefold … tenfold keeps the pass over the text fast."""
_MULTIPLIERS = {
    "en": ((r"\btwice\b", 2, "times"), (r"\bthrice\b", 3, "times"), (r"\bdoubl(?:ed|es|ing)\b", 2, "times"),
           (r"\bdouble\b(?![-‐])", 2, "times"), (r"\btriple\b(?![-‐])", 3, "times"),
           (r"\bquadruple\b(?![-‐])", 4, "times"),
           (r"\bhalf a million\b", 500_000, None), (r"\bhalf a billion\b", 500_000_000, None),
           (r"\btripl(?:ed|es|ing)\b", 3, "times"), (r"\bquadrupl(?:ed|es|ing)\b", 4, "times"),
           (r"\b(?:two|three|four|five|six|seven|eight|nine|ten)(?:-?fold|-time)\b", _BY_PREFIX, "times")),
    "ru": ((r"\bудво\w+", 2, "times"), (r"\bутро[иеяюй]\w*", 3, "times"),
           (r"\bучетвер\w+", 4, "times"), (r"\bдважды\b", 2, "times"), (r"\bтрижды\b", 3, "times"),
           (r"\bполмиллиона\b", 500_000, None), (r"\bполмиллиарда\b", 500_000_000, None),
           (r"\bвдвое\b", 2, "times"),
           (r"\bвтрое\b", 3, "times"), (r"\bвчетверо\b", 4, "times"), (r"\bвпятеро\b", 5, "times"),
           (r"\bвдесятеро\b", 10, "times"),
           (r"\b(?:дву|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти)кратн\w*", _BY_PREFIX,
            "times")),
    "kk": ((r"\bжарты миллион\w*", 500_000, None), (r"\bжарты миллиард\w*", 500_000_000, None)),
}
"""Words that are a count of times (twice, дважды, вдвое, doubled, "will double", удвоился,
threefold, two-time, двукратный; a bare "double" only as a verb, never "double taxation"): as
exact as «екі рет»,
«екі есе», «в два раза»; and half a million (полмиллиона, жарты миллион): 500,000."""


@cache
def _implied_rows(lang: str) -> tuple[tuple[str, int, str | None, bool], ...]:
    """(pattern, value, unit, soft) of both tables, so that one pass reads them."""
    return tuple((pattern, value, unit, soft) for soft, table in ((True, _IMPLIED), (False, _MULTIPLIERS))
                 for pattern, value, unit in table.get(lang, ()))


@cache
def _implied_pattern(lang: str) -> re.Pattern[str]:
    return phrase_pattern([row[0] for row in _implied_rows(lang)])


def _implied(text: str, lang: str) -> list[NumberMention]:
    """The numbers words imply: soft ones (bilateral) and counts of times (twice)."""
    rows = _implied_rows(lang)
    if not rows:
        return []
    found = []
    for row, m in find_phrases(_implied_pattern(lang), text):
        _, value, unit, soft = rows[row]
        if value == _BY_PREFIX:
            value = _prefix_value(m.group().lower(), lang)
        if unit == ONCE and _after_a_number(text, m.start(), lang):
            continue  # «пять раз в неделю»: five times, not once
        if m.group().lower() in _BARE_VERBS and not _verb_before().search(text, 0, m.start()) \
                and not _COMPARED_AFTER.match(text, m.end()):
            continue  # "double taxation": an adjective, no count of times
        found.append(NumberMention(Decimal(value), m.start(), m.end(), m.group(), spelled=True,
                                   unit=unit, soft=soft))
    return found


_BARE_VERBS = frozenset({"double", "triple", "quadruple"})
_COMPARED_AFTER = re.compile(r"[\s\u00a0]+(?:the|that|those|what)\b", re.IGNORECASE)
"""What makes a bare "double" a count of times though no verb comes before it: a comparison
("double the number of three years ago", "triple that of 2020"), as «вдвое больше»."""


@cache
def _verb_before() -> re.Pattern[str]:
    """What makes "double" a verb, a count of times: a modal or "to" before it, maybe with an
    English qualifier between ("is expected to more than triple", "will nearly double"), which
    the qualifier reader then takes with the number as with «более чем втрое», «үш еседен астам»."""
    qualifiers = "|".join(words for _, words in _QUALIFIERS_BEFORE["en"])
    return re.compile(r"\b(?:will|would|to|could|can|should|may|might|must)[\s\u00a0]+"
                      rf"(?:(?:{qualifiers})[\s\u00a0]+)?\Z", re.IGNORECASE)


def _after_a_number(text: str, start: int, lang: str) -> bool:
    """A number (in digits or a word) is the word right before *start*."""
    word = re.search(r"([^\W_]+)[\s\u00a0]+\Z", text[max(0, start - 30):start])
    return word is not None and (word.group(1).isdigit() or _word_value(word.group(1), lang) is not None)


def _prefix_value(word: str, lang: str) -> int:
    """The numeral a word of times begins with: threefold, two-time (3, 2); двукратный (2)."""
    if lang == "en":
        return _EN_UNITS.index(re.split(r"-|fold", word)[0])
    stem = word.split("кратн")[0].replace("ё", "е")
    return 2 if stem == "дву" else _RU_PREFIXES[stem]


# --- qualifiers: "more than 6%" and «6%» do not say the same --------------------------------

_QUALIFIERS_BEFORE: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("more", r"more than|over|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|topp(?:ed|ing)|"
                 r"in excess of|upwards of|above|beyond|older than"),
        ("least", r"at least|no (?:less|fewer) than|no younger than|a minimum of|at minimum|not less than"),
        ("less", r"less than|fewer than|under|below|younger than"),
        ("nearly", r"nearly|almost|close to|just under|up to nearly"),
        ("approx", r"about|around|approximately|roughly|some|an estimated|circa|just over|tentatively"
                   r"|provisionally|a provisional|a tentative|a preliminary"),
        ("upto", r"up to|as (?:many|much) as|no more than|a maximum of|at most|(?:no|not) older than"
                 r"|no higher than"),
    ),
    "ru": (
        ("more", r"более|свыше|больше|выше|"
                 r"(?:превыс\w*|превыша\w*|превышени\w*)(?:\s+(?:отметк|рубеж|планк)\w*)?|"
                 r"превзош\w+|сверх|старше"),
        ("least", r"не позднее(?= (?:чем )?за\b)|не менее|не меньше|как минимум|не моложе|минимум|не реже"),
        ("less", r"менее|меньше|ниже|моложе|младше"),
        ("nearly", r"почти|практически|почти что|немногим менее|без малого"),
        ("approx", r"около|порядка|примерно|приблизительно|ориентировочно|немногим более|предварительно"
                   r"|предположительно|по предварительным (?:данным|оценкам)"),
        ("upto", r"не позднее(?= (?:чем )?через\b)|не более|не больше|вплоть до|максимум|не старше|не выше"
                 r"|не чаще"),
        ("to", r"до"),
    ),
    "kk": (
        ("least", r"кемінде|кем дегенде|тым құрығанда"),
        ("more", r"астам"),
        ("upto", r"көп дегенде|ең көбі|ең көп дегенде"),
        ("approx", r"шамамен|жуық шамамен|жуық|шамасы|алдын ала|болжаммен"),
    ),
}
_QUALIFIER_TAIL = (r"(?:\s+чем)?"
                   r"(?:\s+(?:(?:в|за)\s+(?:прошлом|этом|текущем|минувшем|позапрошлом|\d{4})\s+году"
                   r"|(?:в|за)\s+\d{4}\s+г\.|(?:last|this)\s+year|in\s+\d{4}))?"
                   r"(?:\s+(?:в|во|на|до|за|из|через|с|со|к|ко|от|по|для|of|by|in))?\s+(?:[$€£₸]|US\$|(?-i:[A-Z]{3}|T)\s?)?\s*\Z")
"""A preposition may stand between the qualifier and the figure: «не менее чем за шесть
месяцев», «почти из 50 компаний», «более чем со 180 государствами» ("in more than 40 countries"
is read elsewhere); and a currency's sign or code (up to SAR 10,000, KZT143,600, about T1.5
billion), in capitals even where the
qualifier is matched ignoring case: "under the 1997 Agreement" is no "less than 1997". So may the year of the
figure, after a verb of "more than" as the participle's adverbial: «превысивший в прошлом
году 5 млн» (which exceeded 5 million last year; the verb is the qualifier, the year only says when)."""
_KK_AFTER_SAID = (("upto", r"аспа\w*|артпа\w*"),
                  ("more", r"астам\w*|артық\w*|аса|ас(?:ты|қан|ып|ады|атын|қаны|қанын|уы)\w*|көп"
                           r"|асыр\w*|арт(?:ты|қан|ып|ады|атын|уы)\w*|үлкен\w*|жоғары\w*"),
                  ("less", r"кем|азы?|кіші\w*|жетпей\w*|төмен\w*"), ("close", r"жуы[қғ]\w*|таяу\w*"),
                  ("approx", r"шамасында|шамалы|төңірегінде"),
                  ("to", r"дейін\w*"), ("approx", r"шақты\w*"))
"""After the figure, the word also takes endings: «90 пайызға жуығын», «12 пайыздан астамға»,
«жартысынан азы» (less than half; «азы», the few of them), «65 жастан үлкендерге» (older than
65, as «старше 65 лет»), «14 жастан кіші» (younger), «50 пайыздан жоғары», «5 пайыздан төмен»
(above, below), «бес тәулікке жетпей» (not reaching five days: less than five, as «менее чем за
пять суток»);
«40 шақты» ("some 40") follows the bare number; «400 мыңнан артады» (exceeds, after the
ablative) is «асады», and «40 мың тоннадан асыру» (to raise to more than 40,000 tonnes) its
causative; «20%-ға артты» (grew by, after the dative) is no qualifier."""
_KK_AFTER = tuple((name, re.compile(said)) for name, said in _KK_AFTER_SAID)
"""`_KK_AFTER_SAID`, compiled once at import."""
_KK_ABLATIVE = re.compile(r"(?:ден|дан|нен|нан|тен|тан)\Z")
_KK_DATIVE = re.compile(r"(?:ға|ге|қа|ке|на|не|а|е)\Z")
_KK_ANY = re.compile("")
_KK_JOINED = {"more": _KK_ABLATIVE, "less": _KK_ABLATIVE, "upto": _KK_ABLATIVE, "approx": _KK_ANY}
"""The ending the word before the qualifier takes (ablative; dative for the others; none before
шақты, and «шамасында» follows a bare noun: «6 миллиард доллар шамасында», about 6 billion)."""
_KK_SHORT_OF = "жетпе"
"""«жетпей», «жетпейтін» (not reaching) takes the dative, not the ablative of «кем»: «бес тәулікке
жетпей» is less than five days."""
_KK_SLIGHTLY = {"more": "approx", "less": "nearly"}
"""«сәл» (slightly) before «асты», «кем»: «15 триллионнан сәл асты» is just over 15 (about, as
English "just over"), «сәл кем» just under (nearly)."""
_TIME_UNITS = frozenset({"day", "week", "month", "year", "hour"})


@cache
def _before_pattern(lang: str) -> re.Pattern[str]:
    groups = "|".join(f"(?P<{name}>{words})" for name, words in _QUALIFIERS_BEFORE[lang])
    return re.compile(rf"(?<![\w-])(?:{groups}){_QUALIFIER_TAIL}", re.IGNORECASE)


_DIRECTIONS: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "en": {"up": (("increas", "grew", "grow", "rise", "rose", "risen", "rising", "lengthen", "expand"),
                  ("more", "higher", "up")),
           "down": (("decreas", "declin", "fell", "fall", "drop", "cut", "reduc", "shorten", "lower"),
                    ("less", "fewer", "lower", "down"))},
    "ru": {"up": (("увелич", "вырос", "выросл", "возрос", "рост", "повыс", "повыш", "удлин"),
                  ("больше", "выше")),
           "down": (("уменьш", "сократ", "сокращ", "сниз", "сниж", "упал", "паден"),
                    ("меньше", "ниже"))},
    "kk": {"up": (("өсті", "өсу", "өскен", "өсіп", "өсім", "артт", "артқ", "артып", "арту",
                   "ұлғай", "көбей", "ұзар"), ("артық", "көп", "жоғары")),
           "down": (("азай", "төменде", "қысқар", "кеміт", "кемід", "кеміп", "кему"),
                    ("кем", "аз", "төмен"))},
}
"""Words that say a figure measures a rise or a fall: (verbs and nouns, near it on either side;
comparatives, only after it, since "more than 40" before a figure is a qualifier)."""


def change_verb(word: str, lang: str) -> bool:
    """*word* (lower case) is a verb or noun of change (grew, сократилось, өсті)."""
    table = _DIRECTIONS.get(lang, {})
    return any(word.startswith(verbs) for verbs, _ in table.values())


_CLAUSE_END = re.compile(r"[,;:.!?](?!\d)")
"""A clause's end: a comma, a stop (not the separator inside a figure, 14,5)."""


def direction_of(text: str, mention: NumberMention, lang: str) -> str | None:
    """up or down when a word within three words of the figure says it changed so (an increase
    of 23 per cent, на 14,5 процента больше, 18 күнге дейін қысқарды), else None; both: None."""
    table = _DIRECTIONS.get(lang)
    if table is None or _is_year(mention):
        return None
    before = [t.lower for t in tokens(text[max(0, mention.start - 40):mention.start])][-3:]
    clause = _CLAUSE_END.split(text[mention.end:mention.end + 40], maxsplit=1)[0]
    after = [t.lower for t in tokens(clause)][:3]
    # a verb past a comma after the figure opens another clause ("increase volumes fivefold, reduce
    # delivery times"): it says nothing of this figure
    found = {name for name, (verbs, comparatives) in table.items()
             if any(w.startswith(verbs) for w in before + after) or any(w in comparatives for w in after)}
    return found.pop() if len(found) == 1 else None


def qualifier_of(text: str, mention: NumberMention, lang: str) -> str | None:
    """What a reader takes with the number: more (more than, свыше, астам), less, approx
    (about, почти, шамамен, жуық), upto (up to, не более) or to (Russian до, Kazakh дейін,
    which also mean a plain "to"). A year (до 2030 года, until 2030) takes none."""
    if lang not in _QUALIFIERS_BEFORE or _SIGN_BEFORE.search(text, 0, mention.start):
        return None  # № 148: a designation's number, which a verb of "more" after it does not count
    if _is_year(mention):  # «шамамен 1800 адам» is about 1,800 people; «до 2030 года» is a year
        qualifier = _qualifier(text, mention, lang)
        counted = (lang in _YEAR_NAMED or _COUNTED.match(text, mention.end)) \
            and not _YEAR_WORD.match(text, mention.end)
        return qualifier if qualifier in _COUNT_ONLY and counted else None
    qualifier = _qualifier(text, mention, lang) or _glossed_qualifier(text, mention, lang)
    if qualifier in _UPPER_BOUNDS and mention.unit == "kg" and _names_a_category(text, mention):
        return None  # «в весовой категории до 52 кг» is the 52 kg category, no "up to 52"
    if qualifier in ("more", "less") and _PLANNED.search(text, max(0, mention.start - 30), mention.start):
        return None  # «жоспарланған 728 млн-нан жоғары»: another figure above the plan's, exact
    if qualifier == "to" and (mention.ordinal or _KK_DIGIT_ORDINAL.match(text, mention.end)):
        return None  # «до 15-й конференции», «15-министрлік конференцияға дейін»: before the 15th
    return qualifier


_KK_DIGIT_ORDINAL = re.compile(r"-(?!(?:ға|ге|қа|ке|на|не|а|е|дан|ден|тан|тен|нан|нен|да|де|та|те|ның|нің|дың"
                               r"|дің|тың|тің|ны|ні|ды|ді|ты|ті|мен|бен|пен|ші|шы|ыншы|інші|сы|сі|ы|і)\b)"
                               r"[а-яәғқңөұүһі]{4,}", re.IGNORECASE)
"""A Kazakh ordinal in digits before its noun, joined by a hyphen (15-министрлік конференция,
the 15th ministerial conference), not a case ending (15-ке дейін, up to 15)."""


def _glossed_qualifier(text: str, mention: NumberMention, lang: str) -> str | None:
    """The qualifier of the share in words a figure in brackets glosses («шамамен жартысы (41%)»,
    about half (41%)): the reader takes the figure as the share is qualified."""
    word = _GLOSSED_WORD.search(text, max(0, mention.start - 30), mention.start)
    if word is None or not _a_share(text, word.start(1), word.end(1), lang):
        return None  # «ең көбі Қытай (41 200)»: the figure glosses a country, not a share
    return _qualifier(text, replace(mention, start=word.start(1), end=word.end(1)), lang)


def _a_share(text: str, start: int, end: int, lang: str) -> bool:
    """The word at *start*..*end* says a share in words: a half (жартысы), or ends a fraction
    (төрттен бірі, a third)."""
    half, fraction = _HALF.get(lang), _FRACTIONS.get(lang)
    return bool(half and half.fullmatch(text, start, end)) or any(
        m.end() == end for m in (fraction.finditer(text, max(0, start - 20), end) if fraction else ()))


_GLOSSED_WORD = re.compile(r"(?<![\w-])([^\W\d_]+)[\s\u00a0]*\([\s\u00a0]*\Z")
"""A word and the opening bracket right before a figure."""


_PLANNED = re.compile(r"(?:\bplanned|\btarget(?:ed)?(?:\s+of)?|запланированн\w*|планов\w*|жоспарланған"
                      r"|жоспардағы)[\s\u00a0]+\Z", re.IGNORECASE)
"""A plan's figure (the planned 728 million, «жоспарланған 728 млн»): "more than" it compares
another figure with the plan, and the plan's figure is exact."""


_UPPER_BOUNDS = frozenset({"upto", "to", "less"})
"""The qualifiers that bound a figure from above (up to, до, дейін, under)."""
_CATEGORY = re.compile(r"categor|division|weight class|категори|дивизион|весов|дәреже|санат|салмақта(?!\w)"
                       r"|tournament|freestyle|wrestl|judo|boxing|турнир|борьб|дзюдо|бокс|күрес",
                       re.IGNORECASE)
"""The words that make a weight a sports category's name: "the 52 kg category", «в весовой
категории до 52 кг», «52 келіге дейінгі салмақ дәрежесі», "the under 52 kg category": a version
may name a category by its upper bound alone, so "up to", "under", «до», «дейін» are no qualifier
there (`_UPPER_BOUNDS`), nor in a combat sport's tournament ("won the freestyle tournament up to
65 kg"); the open top category keeps its "over" in every language ("the over 100
kg category", «свыше 100 кг», «100 келіден жоғары салмақта»). Kazakh may name the category by the
weight alone («салмақта», in the weight). An age group keeps its bound: English says it too
("Under-10", «до 10 лет»)."""


def _names_a_category(text: str, mention: NumberMention) -> bool:
    """A category word stands in the figure's clause, within a few words of it."""
    before = _CLAUSE_OR_FIGURE.split(text[max(0, mention.start - 40):mention.start])[-1]
    after = _CLAUSE_OR_FIGURE.split(text[mention.end:mention.end + 40], maxsplit=1)[0]
    return bool(_CATEGORY.search(before) or _CATEGORY.search(after))


_EN_TIMES = re.compile(r"\b(?:twice|thrice|half|times|fold)[\s\u00a0]+\Z", re.IGNORECASE)
"""A multiple before "as many as", "as much as": the figure after it is the one compared with
("twice as many as three years ago", «вдвое больше, чем три года назад»), not a maximum."""
_EN_HANDED = re.compile(r"\b(?:hand|turn|sign|pass)(?:s|ed|ing)?[\s\u00a0]+\Z", re.IGNORECASE)
"""English verbs whose particle is "over" ("handed over 25 flats", "signed over", "turned over"):
the figure after it is a count given, not "more than" it."""
_COUNT_ONLY = frozenset({"more", "least", "less", "approx", "nearly", "close"})
"""Qualifiers a year does not take (about 1800, почти 2000, 2000-нан астам are counts)."""
_COUNTED = re.compile(r"(?:-[^\W\d_]+)?[\s\u00a0]+(?!(?:the|an?|and|in|to|of|it|its|he|she|they|we|this|was|"
                      r"were|is|и|в|на|он|она|они|это|был|была|және|ол|бұл)\b)[^\W\d_]", re.IGNORECASE)
"""A word follows the figure (1800 адам): what is counted, not a year ending a phrase."""
_YEAR_NAMED = frozenset({"ru", "kk"})
"""Languages that name a year as such (около 2000 года, 2000 жылы): a figure «около 1950» in
Jeddah without the word counts people, not a year, as English "about 1,950 in Jeddah"."""
_YEAR_WORD = re.compile(r"[\s\u00a0-]*(?:жыл|год|г\.|year|yr)", re.IGNORECASE)


_RU_ODD = re.compile(r"\s+с (?:лишним|небольшим)\b")
"""«с лишним», «с небольшим» after a Russian figure: a little more than it."""


def _qualifier(text: str, mention: NumberMention, lang: str) -> str | None:
    before = text[max(0, mention.start - 40):mention.start]
    match = _before_pattern(lang).search(before)
    if match and lang == "kk" and _kk_postposed(before[:match.start()], match.group(match.lastgroup)):
        match = None  # «3 млрд долларға жуық 12 жоба»: the «жуық» closes the 3 billion, not opens the 12
    if match and lang == "kk" and match.group(match.lastgroup).lower() == "алдын ала" \
            and (after := _kazakh_after(text, mention)):
        return after  # «алдын ала 560-тан астам сұрақ алды»: received in advance more than 560
    if match:
        name = match.lastgroup
        word = match.group(name).lower()
        if word == "over" and _is_duration(text, mention) and not _EN_LASTING.search(before):
            return None  # "over five years": during, not more than
        if word == "over" and (mention.unit in _LENGTHS and _EN_RACE.search(before[:match.start()])
                               or _EN_STAGES.match(text, mention.end)
                               or (mention.value <= 3 and _EN_MEETINGS.match(text, mention.end))):
            return None  # "a run over 5 kilometres", "played over seven rounds": the distance, the rounds
        if word.startswith("as ") and _EN_TIMES.search(before[:match.start()]):
            return None  # "twice as many as three years ago": a comparison, no "up to"
        if word == "over" and _EN_HANDED.search(before[:match.start()]):
            return None  # "handed over 25 flats": the verb's particle, no "more than"
        if name == "more" and _NEGATED.search(before[:match.start()]):
            return "upto"  # "may not exceed 90 days", «не может превышать»
        return name
    if lang == "ru" and _RU_ODD.match(text, mention.end):
        return "more"
    if lang == "en" and _EN_PAST.search(before) and _EN_MARK.match(text, mention.end):
        return "more"
    if lang == "en" and _EN_DEADLINE.search(before):
        return _deadline(text, mention)
    if lang == "kk":
        return _kazakh_after(text, mention)
    return None


_KK_POSTPOSED = {"жуық": _KK_DATIVE, "астам": _KK_ABLATIVE}
"""Kazakh qualifiers that also follow the figure they qualify, a postposition after its case
(«3 млрд долларға жуық», close to 3 billion dollars; «100-ден астам», more than 100)."""


_LAST_WORD = re.compile(r"([^\W\d_]+)[\s\u00a0]*\Z")
"""The last word of a text, spaces after it."""

def _kk_postposed(before: str, word: str) -> bool:
    """*word* (a qualifier before a figure) follows a word in the case it governs as a
    postposition: it qualifies that word's figure, not the next one."""
    case = _KK_POSTPOSED.get(word.lower())
    previous = _LAST_WORD.search(before)
    return case is not None and previous is not None and bool(case.search(previous.group(1).lower()))


_LENGTHS = frozenset({"km", "mile", "metre"})
_EN_RACE = re.compile(r"\b(?:run|race|marathon|walk|ride|relay|swim|trek|course|stage|leg|route|distance)s?"
                      r"[\s\u00a0]+\Z", re.IGNORECASE)
"""A race or route before "over" and a length: "over" gives its distance, not "more than"."""
_EN_STAGES = re.compile(r"[\s\u00a0]+(?:rounds?|stages?|legs?|laps?|heats?|sessions?|phases?|innings)\b",
                        re.IGNORECASE)
"""The parts an event is held in: "played over seven rounds" (в семь туров, жеті тур бойынша)."""
_EN_MEETINGS = re.compile(r"[\s\u00a0]+(?:meetings|sittings)\b", re.IGNORECASE)
"""A few meetings an event is held in: "considered over two meetings" (в ходе двух заседаний,
екі отырыс барысында); "over 100 meetings" is more than a hundred."""
_EN_LASTING = re.compile(r"\b(?:for|last(?:s|ed|ing)?|t(?:ook|akes?|aking)|spen[dt]s?|spending|wait(?:s|ed)?"
                         r"|continu(?:ed|es)|ran|runs?|stayed|remained)\s+over\s", re.IGNORECASE)
"""A verb of lasting before "over" and a duration: "lasted over three hours", "for over a decade"
is more than it, where "grew 40% over five years" is during."""
_EN_PAST = re.compile(r"\b(?:exceed|surpass|top|pass|cross|break|broke)\w*\s+the\s+\Z", re.IGNORECASE)
_EN_MARK = re.compile(r"(?:\s+[a-z]+)?\s+(?:mark|milestone|threshold|barrier)\b", re.IGNORECASE)
"""A verb of going past and "the" before a figure that names a mark ("exceed the one-million
population mark", "passed the 100,000 milestone"): more than the figure, as Russian says
«превысил отметку в 1 млн», «более миллиона»; "reached the mark" is the figure itself."""
_EN_DEADLINE = re.compile(r"\b(?:no|not) later than\s*\Z", re.IGNORECASE)
_EN_AHEAD = re.compile(r"\s+(?:before|prior to|ahead of)\b", re.IGNORECASE)


def _deadline(text: str, mention: NumberMention) -> str | None:
    """"No later than 10 days before the rites": at least 10 days before (as Russian «не позднее
    чем за 10 дней до», Kazakh «кемінде 10 күн бұрын»); "no later than 30 days after" is within
    30 days (up to). A date after "no later than" is no figure of time (no qualifier)."""
    duration = _DURATION.match(text, mention.end)
    if not duration:
        return None
    return "least" if _EN_AHEAD.match(text, duration.end()) else "upto"


_NEGATED = re.compile(r"(?:\bnot|\bне|cannot)\b[\w ]{0,20}\Z", re.IGNORECASE)
_DURATION = re.compile(r"[\s-]*(?:\w+\s+)?(?:decades?|years?|months?|weeks?|days?|hours?|centur(?:y|ies))\b",
                       re.IGNORECASE)


def _is_duration(text: str, mention: NumberMention) -> bool:
    return mention.unit in _TIME_UNITS or bool(_DURATION.match(text, mention.end))


_CLAUSE_OR_FIGURE = re.compile(r"[.;:!?,]|\d")
"""Where the words after a figure stop being about it: the clause ends, or the next figure."""


def _kazakh_after(text: str, mention: NumberMention) -> str | None:
    """«100-ден астам», «11 млрд долларынан асты», «4 мыңға жуық», «10 млрд-қа дейін»;
    the search stops at the next number (екі елдің 200-ден астам: the 200 is "more")."""
    rest = _CLAUSE_OR_FIGURE.split(text[mention.end:mention.end + 60], maxsplit=1)[0]
    words = [t.lower for t in tokens(rest)][:5]
    words = words if "сәл" in words[:4] else words[:4]
    previous, slightly = mention.text.lower(), False
    for word in words:
        if _word_value(word, "kk") is not None or _HALF["kk"].fullmatch(word):
            return None
        if word == "сәл":
            slightly = True
            continue
        for name, pattern in _KK_AFTER:
            if pattern.fullmatch(word):
                if word.startswith("шақты"):
                    return name if previous == mention.text.lower() else None
                joined = _KK_DATIVE if word.startswith(_KK_SHORT_OF) else _KK_JOINED.get(name, _KK_DATIVE)
                if not joined.search(previous) and not _abbreviated_scale(previous, mention):
                    return None
                following = words[words.index(word) + 1:words.index(word) + 2]
                if following == ["емес"]:
                    return _KK_DENIED.get(name)  # «10 күннен кем емес»: not less, at least
                if word.startswith(("жоғары", "төмен")) and following and following[0].startswith(_KK_MOVED):
                    return None  # «22-орнынан жоғары көтерілді»: rose from 22nd place, which is exact
                return _KK_SLIGHTLY.get(name, name) if slightly else name
        previous = word
    return _kazakh_shared_verb(text, mention, rest, previous)


_SENTENCE_END = re.compile(r"[.;!?](?!\d)")
_KK_MOVED = ("көтерілді", "көтеріліп", "көтерілген", "көтеріледі", "түсті", "түсіп", "түскен", "шықты",
             "шығып", "шыққан")
"""Verbs of moving after «жоғары», «төмен» (up, down): the figure is where the move began («үш
метрден астам көтерілді», rose by more than three metres, keeps its «астам»)."""


def _kazakh_shared_verb(text: str, mention: NumberMention, rest: str, previous: str) -> str | None:
    """«орта есеппен 90%-дан, тұрғын үйлер дайындығы 83%-дан асады»: a figure in the ablative
    with no verb of its own before a comma shares the verb of "more" or "less" that the next
    figure of the sentence, in the ablative too, takes (more than 90%, more than 83%)."""
    after = mention.end + len(rest)
    if not text.startswith(",", after) or not _KK_ABLATIVE.search(previous):
        return None
    sentence = _SENTENCE_END.split(text[after + 1:after + 160], maxsplit=1)[0]
    figure = DIGITS_RE.search(sentence)
    if figure is None:
        return None
    start = after + 1 + figure.start()
    shared = _kazakh_after(text, replace(mention, start=start, end=start + len(figure.group()),
                                         text=figure.group()))
    return shared if shared in ("more", "less") else None


_KK_ABBREVIATED = ("млн", "млрд", "трлн", "мың")
"""Scale words news writes without the case ending the qualifier after them asks for: «1 млн
астам адам» is more than a million, as «1 млн-нан астам»."""


def _abbreviated_scale(previous: str, mention: NumberMention) -> bool:
    """*previous* is the figure itself, and it ends in a scale word written bare (`_KK_ABBREVIATED`)."""
    return previous == mention.text.lower() and previous.rstrip(".").endswith(_KK_ABBREVIATED)


_KK_DENIED = {"less": "least", "more": "upto"}
"""A Kazakh qualifier denied by «емес»: «кем емес» (not less than: at least), «артық емес», «көп
емес» (not more than: up to)."""


def _is_year(mention: NumberMention) -> bool:
    """A figure a year may be: 1800 to 2100, whole, no unit but years, not rounded, and written
    as years are, without a thousands separator ("1,800 in Saudi Arabia" counts people)."""
    return 1800 <= mention.value <= 2100 and mention.value == int(mention.value) \
        and mention.unit in (None, "year") and mention.precision is None \
        and not _GROUPED.search(mention.text)


_GROUPED = re.compile(r"\d[,.\s\u00a0\u202f]\d{3}")


_GROUPING = re.compile(r"[ \u00a0\u202f\u2009,]")
"""The thousands separators a figure's digits may be grouped by."""


def _digits(match: re.Match[str], text: str, lang: str) -> NumberMention:
    raw_int = match.group("int")
    grouped_by_comma = "," in raw_int
    value = Decimal(_GROUPING.sub("", raw_int))
    alt: Decimal | None = None
    sep, frac = match.group("sep"), match.group("frac")
    if frac is not None:
        as_decimal = Decimal(f"{value}.{frac}")
        thousands = Decimal(f"{value}{frac}") if len(frac) == 3 else None
        decimal_sep = "." if lang == "en" else ","
        if sep == decimal_sep or thousands is None:
            value, alt = as_decimal, thousands
        else:
            value, alt = thousands, as_decimal
    elif grouped_by_comma and lang != "en" and raw_int.count(",") == 1:
        alt = Decimal(raw_int.replace(",", "."))
    end = match.end()
    after = text[end:end + 12]
    ordinal = bool(ORDINAL_TAIL_RE.match(after)) and not after.startswith(("-летие", "-летия"))
    scale, unit, end = _after(text, end, lang)
    precision = None
    if scale and grouped_by_comma and alt is not None:  # «2,365 млн»: a decimal comma before a scale
        value, alt, frac = alt, value, raw_int.partition(",")[2]
    if scale:
        value *= scale
        alt = alt * scale if alt is not None else None
        precision = Decimal(scale).scaleb(-len(frac or ""))
    sign = text[max(0, match.start() - 2):match.start()].strip()
    code = _CODE_BEFORE.search(text, max(0, match.start() - 6), match.start())
    if sign in _CURRENCY_SIGNS:
        unit = _CURRENCY_SIGNS[sign]
    elif code and (named := _code_unit(code.group(1))):
        unit = named
    return NumberMention(value, match.start(), end, text[match.start():end], ordinal=ordinal,
                         unit=unit, alt=alt, precision=precision)


_CODE_BEFORE = re.compile(r"(?<![\w$])([A-Z]{3})[\s\u00a0]?\Z")
"""A currency's ISO code before a figure (EUR 38 million, USD 5 bn, KZT 3 billion)."""


@cache
def _code_unit(code: str) -> str | None:
    """The unit of a currency code CLDR knows (EUR: eur, KWD: currency:dinar), else None."""
    return _currency_unit(code) if _currency_name(code, "en") != code.lower() else None


def _currency_unit(code: str) -> str:
    """The unit of a currency: the dollar, the euro, the tenge; else the unit of `_UNITS` its
    English noun names, or its Russian noun does (the rupiah is «рупия», as the rupee: one
    noun, one unit, as in `_UNITS`), else "currency:" and its English noun."""
    noun = _currency_name(code, "en").split()[-1]
    forms = _UNIT_FORMS["ru"]
    russian = next((forms[form] for form in _ru_currency_nouns(code) if form in forms), None)
    return _CODE_UNITS.get(code) or _known_unit(noun) or russian or f"currency:{noun}"


_WATT_HOURS = re.compile(r"([кКМмГг][Вв]т)[·∙⋅.*]?(?=ч\b|сағ\b)")
"""Watt-hours written with a dot (кВт·ч, МВт∙ч, кВт·сағ): read as the one word кВтч."""


_POWER_DIGIT = re.compile(r"(?<![^\W\d_])(км|м|см|мм|km|m|cm|mm)([23])(?![\w²³])", re.IGNORECASE)
"""A length with the power as a plain digit (м3, км2, m3): written for м³, км² where the
superscript is not at hand; the digit is no figure of its own."""
_POWERS = {"2": "²", "3": "³"}


def _after(text: str, end: int, lang: str) -> tuple[int, str | None, int]:
    """The scale word (млн, thousand, мың) and the unit that follow a number."""
    rest = _WATT_HOURS.sub(r"\1", text[end:end + 60])  # кВт·ч is one word, кВтч
    rest = _POWER_DIGIT.sub(lambda m: m.group(1) + _POWERS[m.group(2)], rest)  # м3 is м³
    if rest.lstrip(" \u00a0").startswith("%"):
        return 0, "percent", end
    scale, unit = 0, None
    stop = _UNIT_STOP.search(rest)  # "in 2025, 11 per cent": the unit of the next figure
    words = [t for t in tokens(rest[:stop.start()] if stop else rest) if t.start < 40][:4]
    for token in words:
        word = token.lower.lstrip("-")
        if (value := _scale_word(word, lang)) and not scale and unit is None:
            scale, end = value, end + token.end
            continue
        if word in _SKIP or (lang == "ru" and token.start <= 1 and rest.startswith("-")
                             and word in _RU_CASE_TAILS):
            continue
        if _own_figure(word, lang):
            break  # "12,000 twenty-foot units": the compound counts feet of its own, not the 12,000
        if lang == "en" and word == "per" and not _CENT.match(rest, token.end):
            break  # "1.7 per million inhabitants": a rate's denominator follows, no per cent
        unit = _phrase_unit(words, token, lang) or unit_of(word, lang) \
            or "-" in word and unit_of(word.split("-")[-1], lang) \
            or _currency_after(words, token, lang, rest) or _squared(word, lang)
        if unit in (SQUARE, CUBIC):
            unit = _area(words, token, lang, unit)
        break
    if scale == 0:
        first = _first_word_tail(rest)
        ordinal_tail = lang == "ru" and first.rstrip(".,;:") in _RU_CASE_TAILS
        unit = unit or (unit_of(first, lang) if first and not ordinal_tail else None)
    return scale, unit, end


_CENT = re.compile(r"[\s\u00a0]*cent\b", re.IGNORECASE)


_PHRASE_UNITS = {"kk": (("ат", "күш", "horsepower"),)}
"""Units named by two words, the first of which alone is another word: Kazakh «ат күші» (a
horse's power: horsepower), whose «ат» is also a horse and a name."""


def _phrase_unit(words: list[Token], token: Token, lang: str) -> str | None:
    """The unit *token* and the word after it name together (`_PHRASE_UNITS`), else None."""
    index = words.index(token)
    following = words[index + 1].lower if index + 1 < len(words) else ""
    return next((unit for first, stem, unit in _PHRASE_UNITS.get(lang, ())
                 if token.lower == first and following.startswith(stem)), None)


def _own_figure(word: str, lang: str) -> bool:
    """A compound adjective that begins with a numeral (twenty-foot, one-week, двадцатифутовый):
    it states a figure of its own, so a figure before it takes no unit from it."""
    if lang == "en":
        head, dash, tail = word.partition("-")
        if not dash or _en_word(tail) is not None:
            return False  # twenty-five, sixty-two: one numeral written with a hyphen, not an adjective
        read = (1, False) if head == "one" else _en_word(head)
        return read is not None and not _is_scale(read[0])  # a million-tonne port: the unit is the figure's
    return lang == "ru" and _ru_compound(word.replace("ё", "е")) is not None


_LENGTH_UNITS = frozenset({"km", "metre", "mile", "centimetre", "millimetre"})


def _area(words: list[Token], token: Token, lang: str, power: str = SQUARE) -> str | None:
    """A unit of area or volume: "square kilometres", «квадратных километров», «шаршы шақырым»,
    "cubic kilometres", «кубических километров» (the length after the word of square or cube).
    18,000 hectares and 18,000 square kilometres are one figure in two units, which the units
    rule tells apart; so are 12 cubic kilometres and 12 cubic metres (a cube alone: metres)."""
    index = words.index(token)
    length = unit_of(words[index + 1].lower, lang) if index < len(words) - 1 else None
    if length in _LENGTH_UNITS:
        return f"{power} {length}"
    return "cubic metre" if power == CUBIC else None


def _squared(word: str, lang: str) -> str | None:
    """A length with ² or ³ (km², м³): a unit of area or volume."""
    power = {"²": SQUARE, "³": CUBIC}.get(word[-1:])
    length = unit_of(word[:-1], lang) if power else None
    return f"{power} {length}" if length in _LENGTH_UNITS else None


def _currency_after(words: list[Token], token: Token, lang: str, rest: str = "") -> str | None:
    """The currency of a figure whose noun follows one word that says whose it is (20 million
    Kuwaiti dinars, 15 000 чешских крон, 187,4 млн АҚШ долларын): no other unit is looked for
    past a word."""
    index = words.index(token)
    if index + 1 >= len(words) or _code_of_next(words[index + 1], rest):
        return None
    unit = unit_of(words[index + 1].lower, lang)
    return unit if unit is not None and (unit.startswith("currency:") or unit in _MONEY) else None


_FIGURE_NEXT = re.compile(r"[\s\u00a0]*\d")
"""A figure next, after spaces."""


def _code_of_next(word: Token, rest: str) -> bool:
    """*word* is a currency code in capitals right before the next figure in *rest* ("for
    2026–2027 worth USD 11.5 million"): the next figure's unit, written before it."""
    return word.text.isupper() and bool(_FIGURE_NEXT.match(rest, word.end))


_MONEY = frozenset({"usd", "eur", "kzt"})
_UNIT_STOP = re.compile(r"[,;:()]|\d")
"""No unit of a number stands after a comma or another figure."""


def _first_word_tail(rest: str) -> str:
    """The word glued to a number by a hyphen: eight-month, 245-day."""
    return rest[1:].split()[0] if rest.startswith("-") and len(rest) > 1 else ""


def is_scale_word(word: str, lang: str) -> bool:
    """True for a word that scales the number before it (thousand, тысяч, мың, млн, bn)."""
    return _scale_word(word.lower(), lang) > 0


def _scale_word(word: str, lang: str) -> int:
    head, _, tail = word.partition("-")
    if tail.isalpha() and len(tail) <= 4:  # 1,5 млн-ын, 10 млрд-қа: the case ending after a hyphen
        word = head
    if word in ("thousand", "тыс", "мың") or word.startswith("тысяч"):
        return 1000
    if word in ("million", "millionth", "млн", "mln") or word.startswith("миллион"):
        return 10**6
    if word in ("billion", "billionth", "млрд", "bn", "bln") or word.startswith("миллиард"):
        return 10**9
    if word in ("trillion", "trillionth", "трлн", "tn", "trln") or word.startswith("триллион"):
        return 10**12
    if lang == "kk" and kazakh.matches_stem(word, "мың"):
        return 1000
    return 0


def _spelled(text: str, lang: str) -> list[NumberMention]:
    """Runs of number words read as one number: twenty-five, две тысячи, он екі, екі жүз,
    two hundred and fifty (an English "and" after a scale word stays inside the run)."""
    found: list[NumberMention] = []
    run: list[tuple[Token, int, bool]] = []
    words = _range_parts(tokens(text), lang)
    for index, token in enumerate((*words, None)):
        read = _word_value(token.text, lang) if token is not None else None
        if read is None and token is not None and not run and index + 1 < len(words):
            read = _one_before_scale(token, words[index + 1], text, lang)
        if read is None and token is not None and token.lower == "бір" \
                and _compound_figure(token, text, lang):
            read = 1, False  # «бір апталық»: one-week
        if read is not None and not read[1] and _named(token, text, lang):
            read = None
        if read is None and token is not None and lang == "kk":
            joins = run and _adjacent(text, run[-1][0], token) and not _ends_a_number(run[-1][0], lang)
            read = _kk_partitive(token, text, run[0][0].start if joins else token.start)
        if read is None and token is not None and run and run[-1][1] >= 10:
            read = _one_after_tens(token.lower, lang)
        if read is not None and token is not None and (not run or _adjacent(text, run[-1][0], token)
                                                       and not _ends_a_number(run[-1][0], lang)
                                                       and not run[-1][2]  # an ordinal ends its number
                                                       and not (run[-1][1] >= 1000
                                                                and _compound_figure(token, text, lang))):
            run.append((token, *read))
            continue
        if token is not None and token.lower == "and" and run and _is_scale(run[-1][1]):
            continue  # "two hundred and": the next word decides
        for part in _split_at_and(text, run) if run else ():  # most words end no run
            found.extend(_from_run(text, part, lang))
        run = [(token, *read)] if read is not None and token is not None else []
    return found


_KK_ADJECTIVE_AFTER = re.compile(r"[\s\u00a0]+([^\W\d_]+?(?:лық|лік|дық|дік|тық|тік))(?![\w-])",
                                 re.IGNORECASE)


def _compound_figure(token: Token, text: str, lang: str) -> bool:
    """A numeral that makes an adjective of a unit (twenty-foot, двадцатифутовый, жиырма
    футтық): a figure of its own, never the next group of the number before it («12 тысяч
    двадцатифутовых», «12 мың жиырма футтық»: 12,000 units of twenty feet, not 12,020). After
    a scale word only: «он екі орындық» is one number, twelve seats."""
    if lang == "kk":
        after = _KK_ADJECTIVE_AFTER.match(text, token.end)
        return bool(after) and unit_of(after.group(1), lang) is not None
    return _own_figure(token.lower, lang)


_DASHED = re.compile(r"(\w+)[\s\u00a0]*[–—-][\s\u00a0]*\Z")


def _named(token: Token, text: str, lang: str) -> bool:
    """A Russian or Kazakh number word with a capital inside a sentence is a name (the station
    Алтынкөл – Жетіген, «Жеті» of a title), not a count: neither language capitalises numerals.
    After a dash it opens a sentence unless a name stands before the dash: «Астана, 27 ноября
    2026 года – Два гляциолога» (a dateline), but «Алтынкөл – Жетіген». An ordinal opening a
    name still counts (the caller asks only of cardinals): «Четвёртой программы бассейна
    Аральского моря» is the fourth programme, as "the fourth Aral Sea Basin Programme"."""
    if lang not in ("ru", "kk") or not token.text[:1].isupper() or token.text.isupper():
        return False
    if lang == "kk" and (after := _NEXT_WORD.match(text, token.end)) \
            and (unit := _word_value(after.group(1), lang) or _one_after_tens(after.group(1).lower(), lang)) \
            and unit[1]:
        return False  # «Он бірінші конференция»: the tens of an ordinal opening a title's name
    dashed = _DASHED.search(text, max(0, token.start - 40), token.start)
    if dashed:
        return dashed.group(1)[:1].isupper()
    return not sentence_initial(text, token.start) and not _opens_quoted_figure(token, text, lang)


_QUOTE_OPEN = re.compile(r"[«\"“][\s\u00a0]*\Z")
_NEXT_WORD = re.compile(r"[\s\u00a0]+(\w+)")


def _opens_quoted_figure(token: Token, text: str, lang: str) -> bool:
    """A number word opening a quotation is capitalised as the quotation's first word, and is a
    count when a scale word follows (the programme «Бір миллион гектар…», «Один миллион
    гектаров…», "one million hectares"); a numeral alone in a title («Жеті қазына») is its name."""
    after = _NEXT_WORD.match(text, token.end)
    return bool(_QUOTE_OPEN.search(text, max(0, token.start - 3), token.start)) and after is not None \
        and _scale_word(after.group(1).lower(), lang) > 0


def _range_parts(words: tuple[Token, ...], lang: str) -> list[Token]:
    """*words* with a range of two number words joined by a hyphen (үш-бес, екі-үш, два-три)
    cut in two, as the figures of "3-5" are: a rough count from the lower to the higher, never
    one number (twenty-five, a compound, reads whole and stays one word). The word for one
    hyphened to a scale word, as English makes an adjective of it ("the one-million mark"), is
    cut too: one and its scale, read as "one million" is (`_one_before_scale`), as "two-million"
    is two and its scale."""
    out: list[Token] = []
    for token in words:
        low, _, high = token.text.partition("-")
        if high and "-" not in high and _word_value(token.text, lang) is None \
                and ((a := _word_value(low, lang)) and (b := _word_value(high, lang))
                     and not a[1] and not b[1] and a[0] < b[0]
                     or lang == "en" and _one_before_scale(Token(low, 0, len(low)),
                                                           Token(high, len(low) + 1, len(token.text)),
                                                           token.text, lang)):
            out += [Token(low, token.start, token.start + len(low)),
                    Token(high, token.end - len(high), token.end)]
        else:
            out.append(token)
    return out


def _one_before_scale(token: Token, scale: Token, text: str, lang: str) -> tuple[int, bool] | None:
    """The word for one right before a scale word is a count (one million tonnes, одного
    миллиона тонн, бір миллион тонна = 1 million tonnes): alone "one" is an idiom and stays
    unread, but "one million" is the figure the other versions write "1 million" or «1 млн»."""
    lower = token.lower.replace("ё", "е")
    one = lower == "one" if lang == "en" else lower == "бір" if lang == "kk" else \
        _ru_one().get(lower) == (1, False)
    hyphened = text[token.end:scale.start] in ("-", "‐")  # the one-million mark
    return (1, False) if one and (_adjacent(text, token, scale) or hyphened) \
        and _is_scale(_scale_word(scale.lower, lang)) else None


_ONE_AFTER_TENS = {"kk": "бір"}
"""The word for one, a count only inside a number (он бір, жиырма бірінші; Russian двадцать
один, `_ru_one`): alone it is the article "a", which `_word_value` leaves unread."""


def _one_after_tens(lower: str, lang: str) -> tuple[int, bool] | None:
    if lang == "ru":
        return _ru_one().get(lower.replace("ё", "е"))
    one = _ONE_AFTER_TENS.get(lang)
    if one is None or not lower.startswith(one):
        return None
    rest = lower[len(one):]
    ordinal = _KK_ORDINAL.match(rest)
    if ordinal and kazakh.is_ending_chain(rest[ordinal.end():]):
        return 1, True
    return (1, False) if kazakh.is_ending_chain(rest) and not _is_possessive(lower, one) else None


@cache
def _ru_one() -> dict[str, tuple[int, bool]]:
    """Every form of Russian «один» and «первый» (двадцати одного, сто первом), read only after
    tens or hundreds: alone, «один» is "a" or "one of"."""
    from press.lang.russian import lexeme

    return {form.replace("ё", "е"): (1, ordinal) for word, ordinal in (("один", False), ("первый", True))
            for form in lexeme(word)}


def _ends_a_number(token: Token, lang: str) -> bool:
    """A Kazakh numeral with an ending closes its number: only the last word of a composite
    takes one (он екіден), so «үштен беске» is from three to five, not eight."""
    return lang == "kk" and token.lower not in _KK_BARE


def _adjacent(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end:right.start]
    return gap.strip() in ("", "and")


def _split_at_and(text: str, run: list[tuple[Token, int, bool]]) -> list[list[tuple[Token, int, bool]]]:
    """A run cut before an "and" that does not join the parts of one number. A numeral's "and"
    follows a scale word and comes before less than a hundred, which a larger scale may still
    multiply: two hundred and fifty (250), five hundred and sixty-two thousand (562,000); but
    two hundred and three hundred, two thousand and three thousand are two numbers."""
    for index in range(len(run) - 1, 0, -1):
        if text[run[index - 1][0].end:run[index][0].start].strip() != "and":
            continue
        tail = [value for _, value, _ in run[index:]]
        small = sum(itertools.takewhile(lambda value: not _is_scale(value), tail))
        scale = next((value for value in tail if _is_scale(value)), None)
        joins = small < 100 and (scale is None or scale > run[index - 1][1])
        if not joins:
            return [*_split_at_and(text, run[:index]), run[index:]]
    return [run] if run else []


def _run_value(values: list[int]) -> int:
    """The number a run of number words says: two hundred fifty → 250, две тысячи пять → 2005."""
    total = current = 0
    for value in values:
        if _is_scale(value):
            current = max(current, 1) * value
            if value >= 1000:
                total, current = total + current, 0
        else:
            current += value
    return total + current


def _from_run(text: str, run: list[tuple[Token, int, bool]], lang: str) -> list[NumberMention]:
    if all(_is_scale(value) for _, value, _ in run) and len(run) == 1 \
            and not (lang in ("ru", "kk") and run[0][1] == 100) \
            and not _one_of_scale(run[0][0], run[0][1], text, lang):
        return []  # "thousands", a bare "тысячи": not a count; «сто», «жүз» alone are 100
    if lang == "ru" and len(run) == 1 and _ru_noun_first(run[0][0].lower, text, run[0][0].end):
        return []  # «на каждую семью»: the family, not seven
    value = _run_value([value for _, value, _ in run])
    first, last = run[0][0], run[-1][0]
    scale, unit, end = _after(text, last.end, lang)
    if scale and not run[-1][2] and not (_is_scale(run[-1][1]) and run[-1][1] >= 1000):
        value *= scale  # «два млрд», «один трлн», «бір трлн»: the word and the abbreviated scale, one figure
    else:
        end = last.end
    compound = _ru_compound_parts(last.lower.replace("ё", "е")) if lang == "ru" else None
    if compound:
        unit = compound[1] or unit
    if "-" in last.text and lang == "en":
        unit = unit_of(last.text.split("-")[-1], lang) or unit
    start = _with_article(text, first.start, run[0][1], lang)
    # one-week, однодневный, бір апталық: soft, as another version says «недельный», «апталық»
    return [NumberMention(Decimal(value), start, end, text[start:end],
                          ordinal=run[-1][2], spelled=True, unit=unit,
                          soft=_kk_class(run, lang) or bool(compound) and _ru_period_noun(last.lower)
                          or value == 1 and _compound_figure(last, text, lang))]


def _with_article(text: str, start: int, value: int, lang: str) -> int:
    """Where an English figure opening with a scale word starts: at its article ("nearly a
    hundred guests", "a thousand"), which the qualifier before it stands before."""
    article = lang == "en" and _is_scale(value) and text[max(0, start - 2):start].lower() == "a "
    return start - 2 if article else start


def _one_of_scale(token: Token, value: int, text: str, lang: str) -> bool:
    """A bare scale word that is one of it: "a hundred", "a thousand" (the article), Kazakh «мың» alone
    («Мың орынға арналған орталық»: a centre for 1,000 seats; Kazakh counts with a bare numeral,
    «мыңдаған» is "thousands"), and a Russian «тысяча», «миллион», «миллиарда», «миллиону» in the
    singular only («почти миллиону пострадавших»: nearly one million, as "nearly one million"). A
    plural («миллионы») counts nothing, and «тысячи» (a thousand's, or thousands) may be either,
    so it stays unread (pymorphy3's parses decide the number) but after a qualifier that takes
    the genitive («свыше тысячи»: more than a thousand)."""
    from press.lang.russian import parses

    if lang == "en":
        return value >= 100 and text[max(0, token.start - 2):token.start].lower() == "a " \
            and token.lower in _SCALES
    if lang == "kk":
        return token.lower == "мың" or _kk_qualified_scale(token, text)
    if lang != "ru" or value < 1000:
        return False
    found = [p for p in parses(token.lower) if p.normal_form in _RU_SCALES]
    qualified = _RU_GENITIVE_QUALIFIER.search(text, max(0, token.start - 20), token.start) is not None
    return bool(found) and (all("sing" in p.tag.grammemes for p in found) or qualified)


_RU_GENITIVE_QUALIFIER = re.compile(r"(?<!\w)(?:свыше|более|около|порядка|почти|менее|до|не менее|не более)"
                                    r"[\s\u00a0]+\Z", re.IGNORECASE)
"""A qualifier that takes the genitive before «тысячи», «миллиона»: the singular's genitive (свыше
тысячи, more than a thousand), not the plural thousands."""


_KK_QUALIFIED_SCALE = re.compile(r"(?:мың|миллион|миллиард|триллион)(?:нан|нен|ға|ге|қа|ке)[\s\u00a0]+"
                                 r"(?:астам|артық|аса|асты|жуық|таяу|кем)\b", re.IGNORECASE)
"""A bare Kazakh scale word in the case a qualifier after it asks for: «миллионнан астам» is more
than a million, as «более миллиона», "over one million" (`_KK_AFTER`); «миллиондаған» (millions)
takes no such case."""


def _kk_qualified_scale(token: Token, text: str) -> bool:
    """*token* is a bare scale word a Kazakh qualifier follows («миллионнан астам»): one of it."""
    return _KK_QUALIFIED_SCALE.match(text, token.start) is not None


def _ru_period_noun(word: str) -> bool:
    """A noun with a numeral stem names a period or an anniversary (четырёхлетие: the four-year
    cycle, пятилетка, столетие), no figure of its own: soft, it supports "four years" or "the
    50th anniversary" in another version and is not reported where the others say neither.
    An adjective (восьмимесячный, пятилетний) still counts its months or years."""
    from press.lang.russian import parses

    found = parses(word)
    return bool(found) and found[0].tag.POS == "NOUN"


def _kk_class(run: list[tuple[Token, int, bool]], lang: str) -> bool:
    """A Kazakh run that ends in a -лық/-дық noun after another numeral names a class of things
    by the number (сегіз мыңдықтар: the eight-thousanders, peaks over 8,000 metres; жеті
    мыңдық), no count of them: soft. Alone the noun is a set (бестікке кірді: the top five)."""
    if lang != "kk" or len(run) < 2:
        return False
    last = run[-1][0].lower
    return any(_derived(last, base) for base in (*_KK_CARDINALS.values(), *_KK_SCALES))


def _ru_noun_first(word: str, text: str, end: int) -> bool:
    """A Russian numeral form that pymorphy3 reads first as a form of a noun of another word
    («семью»: the family before seven in the instrumental) is that noun, unless the next word
    is in the numeral's case (семью днями, семью странами)."""
    from press.lang.russian import parses

    if word.replace("ё", "е") not in _ru_words():
        return False  # a compound (пятидесятилетие) is read by its prefix
    found = parses(word)
    if not found or found[0].tag.POS != "NOUN" or _ru_words().get(found[0].normal_form) is not None:
        return False
    cases = {p.tag.case for p in found if p.tag.POS == "NUMR"}
    following = re.match(r"[\s\u00a0]+([^\W\d_]+)", text[end:end + 40])
    return not (following and any(p.tag.case in cases for p in parses(following.group(1))))


# --- times of day --------------------------------------------------------------------------

TIME_RE = re.compile(r"(?<![\w.,:])([01]?\d|2[0-3]):([0-5]\d)(?!\d|:\d)")
"""A time of day in digits (9:00, 17:00-ге), written so in all three languages; a colon after it
ends a clause («at 17:00: the doors…»), a colon and digits make it a time with seconds or no time."""


DOTTED_TIME_RE = re.compile(
    r"(?:(?<=\bсағат[\s\u00a0])|(?<=\bсағ\.[\s\u00a0])|(?<=\bв[\s\u00a0])(?=\d+\.\d\d(?![\d.,]\d)"
    r"(?![\s\u00a0]*[^\W\d_])))([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,]\d)"
    r"|(?<![\w.,:])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,]\d)(?=[\s\u00a0]*(?:"
    r"(?:утра|вечера|дня|ночи|по(?:[\s\u00a0]+[^\W\d_]+)?[\s\u00a0]+времени)\b|[ap]\.?[\s\u00a0]?m\b\.?))",
    re.IGNORECASE)
"""A time of day with a point, as Russian and Kazakh papers print it (в 8.10 утра, «сағат
8.10-да», «в 12.00 по времени Астаны», «начались в 14.30.», "at 8.10 am"): a time only where
a clock word marks it, or «в» with no word after it, since 8.10 alone is a decimal (в 2.50
раза)."""


def find_times(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "HH:MM") of each time of day: 9:00, 09:00 and «в 9.00 утра» are one time; a
    race time (4:03.31, `find_race_times`) is none."""
    return list(_times(text))


_TEXT_CACHE = 4096
"""Texts whose times, race times and ratios are kept: the number reader and the numbers check
both ask for them, and a later check of the same paragraphs asks again (the readers are
functions of the text alone)."""


@lru_cache(maxsize=_TEXT_CACHE)
def _times(text: str) -> tuple[tuple[int, int, str], ...]:
    spans = _ratios_and_race_times(text)
    found = [(m.start(), m.end(), _clock(text, m.end(), m.group(1), m.group(2)))
             for m in TIME_RE.finditer(text) if not any(s <= m.start() < e for s, e in spans)]
    found += [(start, end, _clock(text, end, hour, minute))
              for start, end, hour, minute in _dotted_times(text)]
    return tuple(sorted(found))


@lru_cache(maxsize=_TEXT_CACHE)
def _dotted_times(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, hour, minute) of each match of `DOTTED_TIME_RE`."""
    return tuple((m.start(), m.end(), m.group(1) or m.group(3), m.group(2) or m.group(4))
                 for m in DOTTED_TIME_RE.finditer(text))


SCORE_RE = re.compile(r"(?<![\w.,:/])(\d{1,3}):(\d{1,3})(?!\d|:\d|[.,]\d)")
"""Two numbers joined by a colon: a score (24:19, «со счетом 3:0», «24:19 есебімен») or a ratio
(16:9), written so in all three languages; read whole where it is no time of day (`find_times`),
no race time and no map scale."""


def find_scores(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "A:B") of each score or ratio: compared whole, as a changed digit on either
    side is another result (24:17 is not 24:19), though neither side is a figure of its own."""
    taken = [(s, e) for s, e, _ in find_times(text)] + _ratios_and_race_times(text)
    return [(m.start(), m.end(), f"{int(m.group(1))}:{int(m.group(2))}") for m in SCORE_RE.finditer(text)
            if not any(s < m.end() and m.start() < e for s, e in taken)]


_PM_RE = re.compile(r"[\s\u00a0]*(?:p\.?[\s\u00a0]?m\b|вечера\b)", re.IGNORECASE)


def _clock(text: str, end: int, hour: str, minute: str) -> str:
    """"HH:MM" on the 24-hour clock: 2.30 pm and «в 8.30 вечера» are 14:30 and 20:30, as the
    other versions write them."""
    hours = int(hour) + (12 if int(hour) < 12 and _PM_RE.match(text, end) else 0)
    return f"{hours:02d}:{minute}"


def _ratios_and_race_times(text: str) -> list[tuple[int, int]]:
    """The spans of ratios (1:50 000) and race times (4:03.31): digits with a colon that are
    neither counts nor times of day; and of the rounds of a cup (`_cup_rounds`)."""
    return list(_ratio_spans(text))


@lru_cache(maxsize=_TEXT_CACHE)
def _ratio_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple([m.span() for m in RATIO_RE.finditer(text)] + [(s, e) for s, e, _ in _race_times(text)]
                 + [m.span() for m in CUP_ROUND_RE.finditer(text)])


def _cup_rounds(text: str) -> list[NumberMention]:
    """«1/16 финала», «1/8 финал»: the round of 32, of 16, as English names it by the teams
    left (twice the share's denominator). The quarter- and semi-finals (1/4, 1/2) English names
    in words, so those figures are soft: they match a figure, and none is missed."""
    return [NumberMention(Decimal(2 * int(m.group("den"))), m.start(), m.end(), m.group(),
                          soft=int(m.group("den")) <= 4) for m in CUP_ROUND_RE.finditer(text)]


RACE_RE = re.compile(r"(?<![\w.,:])(?P<min>\d{1,2}):(?P<sec>[0-5]\d[.,]\d{1,2})(?![\d:])"
                     r"|(?<![\w.,:])(?P<wmin>\d{1,2})[\s\u00a0]+(?:min|мин)[^\W\d_]*\.?[\s\u00a0]+"
                     r"(?P<wsec>\d{1,2}(?:[.,]\d{1,2})?)[\s\u00a0]+(?:sec|сек)[^\W\d_]*\.?", re.IGNORECASE)
"""A time of a race to the tenth or hundredth: 4:03.31, «4:03,31», «4 минут 03.30 секунд», «3 мин
54,28 сек», "4 minutes 3.31 seconds"; not a map scale (1:50.000, three digits after the point)."""


def find_race_times(text: str) -> list[tuple[int, int, Decimal]]:
    """(start, end, seconds) of each race time: the minutes and seconds of one result, compared
    as one figure (4:03.31 against «4 минут 03.30 секунд» is another result), never a time of
    day nor a figure of minutes."""
    return list(_race_times(text))


@lru_cache(maxsize=_TEXT_CACHE)
def _race_times(text: str) -> tuple[tuple[int, int, Decimal], ...]:
    found = []
    for m in RACE_RE.finditer(text):
        minutes, seconds = (m.group("min"), m.group("sec")) if m.group("min") \
            else (m.group("wmin"), m.group("wsec"))
        found.append((m.start(), m.end(), int(minutes) * 60 + Decimal(seconds.replace(",", "."))))
    return tuple(found)


# --- spans for writers: a number in digits, to be replaced as one unit --------------------

_GLUED_RE = re.compile(r"[\w\-‐]*")


@dataclass(frozen=True)
class DigitSpan:
    """A number written in digits as a writer replaces it: the digits alone, no scale or unit."""

    start: int
    end: int
    text: str
    value: Decimal
    """Read as `find_numbers` reads the digits (4,000 is 4000; a Russian 2,5 is 2.5)."""
    suffix: str = ""
    """What is glued to the digits: "-ға" in 4 000-ға, "-й" in 74-й, "km" in 5km; "" when nothing."""


def digit_spans(text: str, lang: str) -> list[DigitSpan]:
    """Every number written in digits in *text*, with the characters glued to it."""
    spans = []
    for match in DIGITS_RE.finditer(text):
        value = _digits(match, text[:match.end()], lang).value  # cut: no scale word multiplies it
        suffix = _GLUED_RE.match(text, match.end())
        spans.append(DigitSpan(match.start(), match.end(), match.group(), value,
                               suffix.group() if suffix else ""))
    return spans
