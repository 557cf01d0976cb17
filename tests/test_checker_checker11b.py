"""Classes of checker false alarm seen on real news (issue 12, helper checker11b): a language
named by its adjective read as its country, English names transcribed into Russian and Kazakh,
the "about" qualifiers, lists of dates. Each case is written here (own people, places and
figures) and fails without its rule; its counterpart with a real error is still found.

In-process, as tests/test_checker_realnews.py: plain texts through `check_texts` with the
toolkit's termbase (what `press check --text` reads).
"""

from __future__ import annotations

import pytest

from press.check import check_texts
from press.lang.languages import names_language
from tests.edits import DAY, found_on


def _rules(texts: dict[str, str], termbase: dict) -> list[tuple[str, list[str]]]:
    return [(rule, langs) for rule, langs, _ in found_on(texts, termbase)]


def _with_severity(texts: dict[str, str], termbase: dict) -> list[tuple[str, str, list[str]]]:
    return [(f.rule, f.severity, f.langs) for f in check_texts(texts, termbase, DAY).findings]


# --- B: a language is not its country --------------------------------------------------------

_CONSUL = {"en": "Consul Anna Berger opened the visa centre in Aktobe.",
           "ru": "Консул Анна Бергер открыла визовый центр в Актобе.",
           "kk": "Консул Анна Бергер Ақтөбеде виза орталығын ашты."}


_LANGUAGES = {"en": ("She speaks German, Italian, Spanish, and Turkish.",
                     "She is fluent in Japanese and Chinese.",
                     "The Italian translation of her book appeared last year."),
              "ru": ("Она владеет немецким, итальянским и испанским языками.",
                     "Она свободно говорит на немецком, итальянском и турецком."),
              "kk": ("Ол неміс, итальян, испан және түрік тілдерінде еркін сөйлейді.",
                     "Ол жапон мен қытай тілін меңгерген.")}


@pytest.mark.parametrize("dropped", ["en", "ru", "kk"])
@pytest.mark.parametrize("pick", [0, 1])
def test_a_language_said_in_two_versions_names_no_country(termbase: dict, dropped: str, pick: int) -> None:
    """A language named by its country's adjective — listed before the word for language
    («неміс, итальян және түрік тілдерінде», «немецким и итальянским языками»), or where the
    language is understood ("speaks German", «говорит на немецком», "the Italian translation")
    — is no mention of Germany or Italy: a version that leaves the sentence out lacks no country
    (nor, at error level, a language a list names: an omission contradicts nothing)."""
    texts = {lang: text if lang == dropped else f"{text} {_LANGUAGES[lang][pick]}"
             for lang, text in _CONSUL.items()}
    assert [(rule, severity) for rule, severity, _ in _with_severity(texts, termbase)
            if severity == "error" or rule != "names.extra"] == []


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_language_in_one_version_names_no_country(termbase: dict, lang: str) -> None:
    for sentence in _LANGUAGES[lang]:
        texts = dict(_CONSUL, **{lang: f"{_CONSUL[lang]} {sentence}"})
        assert [(rule, severity) for rule, severity, _ in _with_severity(texts, termbase)
                if severity == "error" or rule != "names.extra"] == []


def test_one_language_named_its_own_way_in_each_version(termbase: dict) -> None:
    """"speaks Spanish and Chinese", «владеет испанским и китайским языками», «испан және қытай
    тілін» name the same two languages (the register's "Spanish language"): no version lacks
    one of them."""
    texts = {lang: f"{_CONSUL[lang]} {more}" for lang, more in (
        ("en", "She speaks Spanish and Chinese."), ("ru", "Она владеет испанским и китайским языками."),
        ("kk", "Ол испан және қытай тілін меңгерген."))}
    assert found_on(texts, termbase) == []


def test_a_country_adjective_before_its_noun_still_names_the_country(termbase: dict) -> None:
    """The adjective qualifying a noun (the German side, немецкая сторона, неміс тарапы) names
    Germany: a version that drops it, where the other two have it, still lacks the country."""
    texts = {"en": "The German side proposed a joint commission.",
             "ru": "Немецкая сторона предложила создать совместную комиссию.",
             "kk": "Неміс тарапы бірлескен комиссия құруды ұсынды."}
    assert found_on(texts, termbase) == []
    dropped = dict(texts, kk="Тарап бірлескен комиссия құруды ұсынды.")
    assert _rules(dropped, termbase) == [("names.missing", ["kk"])]


@pytest.mark.parametrize(("lang", "text", "word", "language"), [
    ("kk", "Ол ағылшын, неміс және поляк тілдерін біледі.", "неміс", True),
    ("kk", "Неміс тарапы келісті.", "Неміс", False),
    ("ru", "на немецком и польском языках", "немецком", True),
    ("ru", "доклад на немецком.", "немецком", True),
    ("ru", "на немецком рынке", "немецком", False),
    ("ru", "немецкие и польские партнёры", "немецкие", False),
    ("en", "translated into German and Polish.", "German", True),
    ("en", "in German territory", "German", False),
    ("en", "German-speaking visitors", "German-speaking", True),
    ("en", "the German and Polish delegations", "Polish", False),
])
def test_names_language_reads_the_context(lang: str, text: str, word: str, language: bool) -> None:
    start = text.index(word)
    assert names_language(text, start, start + len(word), lang) is language


# --- F: "about" in every wording; the message names the outlier -------------------------------

_EN_ABOUT = ("approximately", "roughly", "around", "some", "about")
_RU_ABOUT = ("порядка", "около", "примерно", "приблизительно")
_KK_ABOUT = ("шамамен {n} қажы", "{n}-ге жуық қажы", "{n} қажы шамасында", "{n} қажы төңірегінде")


def _pilgrims(en: str, ru: str, kk: str, n: str = "1950") -> dict[str, str]:
    return {"en": f"This year {en} 1,950 pilgrims will travel to Mecca.",
            "ru": f"В этом году в Мекку отправятся {ru} {n} паломников.",
            "kk": f"Биыл Меккеге {kk.format(n=n)} барады."}


@pytest.mark.parametrize("en", _EN_ABOUT)
@pytest.mark.parametrize(("ru", "kk"), list(zip(_RU_ABOUT, _KK_ABOUT, strict=True)))
def test_every_about_agrees(termbase: dict, en: str, ru: str, kk: str) -> None:
    """"approximately 1,950" (a thousands separator: no year), «порядка 1950», «1950 қажы
    төңірегінде» all say about 1,950; one version saying more than 1,950 is the one reported."""
    assert found_on(_pilgrims(en, ru, kk), termbase) == []
    more = _pilgrims(en, "более", kk)
    assert _rules(more, termbase) == [("numbers.qualifier", ["ru"])]
    exact = _pilgrims(en, ru, "{n} қажы")
    assert _rules(exact, termbase) == [("numbers.qualifier", ["kk"])]


def test_the_message_names_the_outlier_and_what_the_others_say(termbase: dict) -> None:
    """Two versions say about 1,950 and the third more than 1,950: the third is named, with
    "about" as what the other two say; three qualifiers of one figure make one finding naming
    all three."""
    found = check_texts(_pilgrims("approximately", "более", "шамамен {n} қажы"), termbase, DAY).findings
    assert [(f.langs, f.message.split(";")[0]) for f in found] == [
        (["ru"], "ru says more than 1950 where en, kk say about 1950")]
    three = dict(_pilgrims("", "более", "шамамен {n} қажы"),
                 en="This year 1,950 pilgrims will travel to Mecca.")
    apart = check_texts(three, termbase, DAY).findings
    assert [(f.rule, sorted(f.langs)) for f in apart] == [("numbers.qualifier", ["en", "kk", "ru"])]
    assert "en exactly 1950, kk about 1950, ru more than 1950" in apart[0].message


def test_a_figure_a_year_could_be_is_a_count_when_qualified(termbase: dict) -> None:
    """"approximately 1,950 in Jeddah" (a thousands separator) and «около 1950 в Джидде» (no
    «года») count people: their "about" is read, so they agree with «шамамен 1950» and a
    version saying more than 1,950 is found."""
    texts = {"en": "The consulate counts approximately 1,950 in Jeddah.",
             "ru": "Консульство насчитывает около 1950 в Джидде.",
             "kk": "Консулдықтың есебінше, Жиддада шамамен 1950."}
    assert found_on(texts, termbase) == []
    assert _rules(dict(texts, ru="Консульство насчитывает более 1950 в Джидде."), termbase) == [
        ("numbers.qualifier", ["ru"])]
    from press.lang.read_numbers import find_numbers

    assert [n.qualifier for n in find_numbers("около 2000 года", "ru")] == [None]


# --- G: a list of days, each in its month -----------------------------------------------------

def _en_months() -> dict[int, str]:
    from babel.dates import get_month_names

    return dict(get_month_names("wide", "format", "en"))


@pytest.mark.parametrize("month", range(1, 13))
def test_a_us_list_of_days_takes_the_month_before_it(month: int) -> None:
    """"<Month> 5, 6 and 7, 2027" (CLDR's month names): three days of that month and the
    year after the last is every day's; in "<previous> 28, <Month> 1" the 28 closes the date
    before (month first: a bare day belongs to the month named before it, not after)."""
    from press.lang.read_dates import find_dates

    names, previous = _en_months(), (month - 2) % 12 + 1
    listed = find_dates(f"Flights ran on {names[month]} 5, 6 and 7, 2027.", "en")
    assert [(m.day, m.month, m.year) for m in listed] == [(d, month, 2027) for d in (5, 6, 7)]
    pair = find_dates(f"Tickets for {names[previous]} 28, {names[month]} 1, and {names[month]} 2 held.", "en")
    assert [(m.day, m.month) for m in pair] == [(28, previous), (1, month), (2, month)]


@pytest.mark.parametrize(("text", "dates"), [
    ("On March 1, 20 citizens returned home.", [(1, 3)]),
    ("On March 1 and 20 citizens", [(1, 3)]),
    ("On March 1, 2026, the embassy opened.", [(1, 3)]),
    ("talks on June 3 and 4 in Astana", [(3, 6), (4, 6)]),
    ("on 3 and 4 June", [(3, 6), (4, 6)]),
])
def test_a_number_after_a_date_is_a_day_only_in_a_list(text: str, dates: list[tuple[int, int]]) -> None:
    """A list of days after "March 1" ends with "and" before a day greater than the one before,
    and no noun follows it: "March 1, 20 citizens" counts citizens."""
    from press.lang.read_dates import find_dates

    assert [(m.day, m.month) for m in find_dates(text, "en")] == dates


def test_the_same_list_of_days_in_each_order(termbase: dict) -> None:
    """"April 29, May 5, 6 and 7" (US order), «29 апреля, 5, 6 и 7 мая», «29 сәуірде, 5, 6 және
    7 мамырда» state the same four dates; a list with another last day is found."""
    texts = {"en": "Evacuation flights left Dubai on April 29, May 5, 6 and 7.",
             "ru": "Эвакуационные рейсы вылетели из Дубая 29 апреля, 5, 6 и 7 мая.",
             "kk": "Эвакуациялық рейстер Дубайдан 29 сәуірде, 5, 6 және 7 мамырда ұшты."}
    assert found_on(texts, termbase) == []
    other = dict(texts, en=texts["en"].replace("and 7", "and 8"))
    assert _rules(other, termbase) == [("dates.mismatch", ["en"])]


# --- D: English names as Russian and Kazakh transcribe them -----------------------------------

_SENATORS = {"en": "Senators Chuck Schumer and Jake Sullivan met Governor J.B. Pritzker and Pete Hegseth.",
             "ru": "Сенаторы Чак Шумер и Джейк Салливан встретились с губернатором Джей Би Притцкером "
                   "и Питом Хегсетом.",
             "kk": "Сенаторлар Чак Шумер мен Джейк Салливан губернатор Джей Би Притцкермен және "
                   "Пит Хегсетпен кездесті."}
_GUESTS = {"en": "Hunter Biden and Mike Johnson spoke with Steve Witkoff.",
           "ru": "Хантер Байден и Майк Джонсон поговорили со Стивом Уиткоффом.",
           "kk": "Хантер Байден мен Майк Джонсон Стив Уиткоффпен сөйлесті."}


@pytest.mark.parametrize("texts", [_SENATORS, _GUESTS])
def test_english_names_transcribed_are_the_same_names(termbase: dict, texts: dict[str, str]) -> None:
    """Чак Шумер is Chuck Schumer (a closed u says a, sch is ш), Джейк Jake and Майк Mike (a
    silent e), Пит Pete, Хантер Байден Hunter Biden, Уиткофф Witkoff (w, a double kept in
    every case form: Уиткоффом), Джей Би J.B. (initials spelt by their letters' names)."""
    assert found_on(texts, termbase) == []


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("ru", "Салливан", "Салливен"), ("kk", "Салливан", "Салливон"), ("kk", "Хегсет", "Хегсат"),
    pytest.param("en", "Hegseth", "Hegsat", marks=pytest.mark.xfail(strict=True, reason=(
        "known gap after the merge with checker11p: Latin h against х costs 0.15 (Mohamed/Мухаммед), "
        "so h plus one a/е vowel (0.65) stays under the 0.75 of a foreign name; the a of cat is э, "
        "never е, which the skeleton does not tell apart"))),
    ("ru", "Уиткоффом", "Уиткопфом"),
])
def test_an_english_name_one_letter_off_is_still_misspelt(termbase: dict, lang: str, old: str,
                                                          new: str) -> None:
    """The English reading compares sounds, not looser ones: an a where the transcription has
    е (Hegsat for Хегсет: only э stands for the a of cat), an о for а, а for е, пф for фф is
    a misspelling of the version that has it."""
    texts = _GUESTS if old in _GUESTS[lang] else _SENATORS
    misspelt = dict(texts, **{lang: texts[lang].replace(old, new)})
    assert ("names.spelling", [lang]) in _rules(misspelt, termbase)


@pytest.mark.parametrize(("cyrillic", "latin", "status"), [
    ("Трамбом", "Trump", "none"), ("Стивом", "Mike", "none"), ("Фридрих", "Friedrich", "same"),
    ("Мэттью", "Matthew", "same"), ("Вэнсу", "Vance", "same"),
    ("Джея", "J", "same"), ("Ди", "D", "same"), ("Эйч", "H", "same"),
    ("Джей", "D", "none"), ("Тоқаев", "Tokaev", "near"),
])
def test_compare_words_reads_english_spelling(cyrillic: str, latin: str, status: str) -> None:
    """A reading finds the same name (Трамп, Вэнс or Венс, Мэттью for Matthew) and never a
    nearer slip than the letters do: Трамб stays another name; Фридрих is Friedrich read as German
    is said (the Germanic reading of the person rules), not by an English reading."""
    from press.lang.names import NameWord, compare_words

    lang = "kk" if "қ" in cyrillic else "ru"
    verdict = compare_words(NameWord(cyrillic, lang, 0, 0, None), NameWord(latin, "en", 0, 0, None))
    assert verdict.status == status


@pytest.mark.parametrize(("en", "ru", "kk"), [
    ("over 70", "старше 70 лет", "70 жастан асқан"),
    ("older than 70", "старше 70 лет", "70 жастан үлкен"),
    ("younger than 12", "младше 12 лет", "12 жастан кіші"),
])
def test_older_and_younger_than_are_qualifiers(termbase: dict, en: str, ru: str, kk: str) -> None:
    """«старше 70 лет», "older than 70", «70 жастан үлкен» say more than 70; «младше»,
    "younger than", «кіші» less than: the versions agree, and one giving the bare age differs."""
    texts = {"en": f"Travellers {en} should consult a doctor before the flight.",
             "ru": f"Путешественникам {ru} следует до вылета проконсультироваться с врачом.",
             "kk": f"{kk} жолаушыларға ұшар алдында дәрігермен кеңесу керек."}
    texts["kk"] = texts["kk"][0].upper() + texts["kk"][1:]
    assert found_on(texts, termbase) == []
    age = en.split()[-1]
    bare = dict(texts, ru=texts["ru"].replace(ru, f"в возрасте {age} лет"))
    assert _rules(bare, termbase) == [("numbers.qualifier", ["ru"])]


def test_an_east_asian_syllable_is_not_read_as_english(termbase: dict) -> None:
    """Hung (a Vietnamese name: its u is u) is not Ханг as Hunter is Хантер: a minister named
    Le Hung Dung in English where the others name Чан Минь Ханг is another person."""
    texts = {"en": "Deputy Minister Tran Minh Hang signed the agreement in Hanoi.",
             "ru": "Заместитель министра Чан Минь Ханг подписала соглашение в Ханое.",
             "kk": "Министрдің орынбасары Чан Минь Ханг келісімге Ханойда қол қойды."}
    assert found_on(texts, termbase) == []
    swapped = dict(texts, en=texts["en"].replace("Tran Minh Hang", "Le Hung Dung"))
    assert any(rule.startswith("names.") and langs == ["en"] for rule, langs in _rules(swapped, termbase))
