"""The checker on dates, numbers, designations, script and the fact register in every form a
reader meets them. Word forms come from sources independent of press.lang: pymorphy3's
`inflect` for Russian, CLDR (Babel) for month names, and a Kazakh table written once from the
school grammar (possessive -ы/-і/-сы/-сі, then the -н- case endings)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from press.check import check_bundle, check_texts, release_bundle
from press.check.document import Para
from press.lang.read_dates import find_dates
from press.lang.read_numbers import find_numbers

RELEASE = dt.date(2026, 3, 20)


def _rules(texts: dict[str, str], date: dt.date | None = RELEASE) -> list[str]:
    return [f.rule for f in check_texts(texts, {}, date).findings]


# --- dates ---------------------------------------------------------------------------------

@pytest.mark.parametrize("case", ["nomn", "gent", "datv", "accs", "ablt", "loct"])
def test_russian_months_in_every_case_from_pymorphy3(case: str) -> None:
    import pymorphy3
    from babel.dates import get_month_names

    morph = pymorphy3.MorphAnalyzer()
    for number, name in get_month_names("wide", "stand-alone", "ru_RU").items():
        parse = next(p for p in morph.parse(name.lower()) if "NOUN" in p.tag)
        form = parse.inflect({case}).word
        found = find_dates(f"к {form} мы вернёмся", "ru")
        assert [m.month for m in found] == [number], (case, form)


KAZAKH_FORMS = [  # written from the grammar, not from the code: (text, (year, month, day))
    ("2026 жылдың 19 наурызында", (2026, 3, 19)),
    ("наурыздың 19-ы", (None, 3, 19)),
    ("наурыздың 19-ында", (None, 3, 19)),
    ("19 наурыз күні", (None, 3, 19)),
    ("2025 жылғы 9 желтоқсанда", (2025, 12, 9)),
    ("қыркүйегінде", (None, 9, None)),
    ("шілдесінің", (None, 7, None)),
    ("сәуірінде", (None, 4, None)),
    ("ақпанына дейін", (None, 2, None)),
]


@pytest.mark.parametrize(("text", "expected"), KAZAKH_FORMS)
def test_kazakh_dates_beyond_the_press_style(text: str, expected: tuple) -> None:
    mention = find_dates(text, "kk")[0]
    assert (mention.year, mention.month, mention.day) == expected


@pytest.mark.parametrize(("text", "month"), [("мартовских наводнений", 3), ("ноябрьский визит", 11),
                                             ("майские праздники", 5), ("с 1 по 5 марта", 3)])
def test_russian_month_adjectives_and_ranges(text: str, month: int) -> None:
    assert {m.month for m in find_dates(text, "ru")} == {month}


def test_relative_dates_resolve_against_the_release_date() -> None:
    same = {"en": "Yesterday the minister met the ambassador. Last year trade grew.",
            "ru": "19 марта министр встретился с послом. В 2025 году товарооборот вырос.",
            "kk": "Кеше министр елшімен кездесті. Былтыр тауар айналымы өсті."}
    assert _rules(same) == []
    wrong = dict(same, ru="Сегодня министр встретился с послом. В 2025 году товарооборот вырос.")
    assert _rules(wrong) == ["dates.mismatch"]
    year = dict(same, kk="Кеше министр елшімен кездесті. 2024 жылы тауар айналымы өсті.")
    assert _rules(year) == ["numbers.mismatch"]


def test_a_month_of_last_year_is_last_years_month() -> None:
    texts = {"en": "In March 2025 trade grew.", "ru": "В марте прошлого года товарооборот вырос.",
             "kk": "Өткен жылғы наурызда тауар айналымы өсті."}
    assert _rules(texts) == []
    assert _rules(dict(texts, ru="В марте этого года товарооборот вырос.")) == ["dates.mismatch"]


def test_a_dropped_relative_word_is_no_mismatch() -> None:
    texts = {"en": "Today the minister met the ambassador in Astana.",
             "ru": "Министр встретился с послом в Астане."}
    assert _rules(texts) == []


def test_a_date_message_gives_the_expected_form() -> None:
    report = check_texts({"en": "On 19 March 2026 the talks began.",
                          "ru": "19 апреля 2026 года начались переговоры.",
                          "kk": "2026 жылғы 19 наурызда келіссөздер басталды."}, {}, RELEASE)
    [finding] = report.findings
    assert finding.langs == ["ru"] and "«19 марта 2026 года»" in finding.message


# --- numbers -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "value"), [
    ("9 миллионов 127 тысяч 192 человек", "ru", 9_127_192),
    ("2,3 миллион тонна", "kk", 2_300_000),
    ("1,2 млрд долларов", "ru", 1_200_000_000),
    ("трое граждан", "ru", 3),
    ("екеуі де", "kk", 2),
    ("VII форум", "ru", 7),
    ("семнадцатый", "ru", 17),
])
def test_numbers_as_a_reader_means_them(text: str, lang: str, value: int) -> None:
    assert [int(n.value) for n in find_numbers(text, lang)] == [value]


@pytest.mark.parametrize(("text", "lang", "qualifier"), [
    ("grew by more than 6%", "en", "more"), ("over 100 people", "en", "more"),
    ("over five years", "en", None), ("may not exceed 90 days", "en", "upto"),
    ("nearly 4,000 times", "en", "nearly"), ("up to 30 days", "en", "upto"),
    ("свыше 100 человек", "ru", "more"), ("более чем на 6 процентов", "ru", "more"),
    ("около 100", "ru", "approx"), ("до 2030 года", "ru", None),
    ("100-ден астам", "kk", "more"), ("4 мыңға жуық", "kk", "close"), ("почти 40", "ru", "nearly"),
    ("11 млрд АҚШ долларынан асты", "kk", "more"), ("2030 жылға дейін", "kk", None),
    ("шамамен 100 адам", "kk", "approx"), ("40 шақты адам", "kk", "approx"),
])
def test_qualifiers_are_read(text: str, lang: str, qualifier: str | None) -> None:
    assert find_numbers(text, lang)[0].qualifier == qualifier


def test_a_qualifier_that_says_otherwise_is_an_error() -> None:
    texts = {"en": "GDP grew by more than 6% in 2025.", "ru": "ВВП вырос более чем на 6% в 2025 году.",
             "kk": "ЖІӨ 2025 жылы 6 пайыздан астам өсті."}
    assert _rules(texts) == []
    assert _rules(dict(texts, ru="ВВП вырос на 6 процентов в 2025 году.")) == ["numbers.qualifier"]
    assert _rules(dict(texts, kk="ЖІӨ 2025 жылы шамамен 6 пайызға өсті.")) == ["numbers.qualifier"]
    [finding] = check_texts(dict(texts, kk="ЖІӨ 6 пайызға өсті, 2025 жылы."), {}, RELEASE).findings
    assert finding.rule == "numbers.qualifier" and "«6-дан астам»" in finding.message


def test_a_rounded_headline_matches_the_exact_figure_and_a_repeat_is_no_mismatch() -> None:
    texts = {"en": "Exports reach 7.9 million tonnes\n\nExports reached 7,954,667 tonnes in 2025.",
             "ru": "Экспорт в 2025 году составил 7 954 667 тонн.",
             "kk": "Экспорт 7,9 млн тоннаға жетті\n\n2025 жылы экспорт 7 954 667 тонна болды."}
    assert _rules(texts) == []
    assert _rules(dict(texts, ru="Экспорт в 2025 году составил 7 854 667 тонн.")) == ["numbers.mismatch"]


def test_implied_counts_support_but_are_never_reported_alone() -> None:
    texts = {"en": "The two-day talks were bilateral.", "ru": "Двухдневные переговоры были двусторонними.",
             "kk": "Екі күндік келіссөздер екіжақты болды."}
    assert _rules(texts) == []
    assert _rules(dict(texts, en="The two-day talks were held.")) == []
    assert _rules(dict(texts, ru="Двухдневные переговоры были трёхсторонними.")) == ["numbers.mismatch"]


# --- designations and script ---------------------------------------------------------------

def test_numbers_inside_designations_agree() -> None:
    texts = {"en": "UN General Assembly resolution 64/35 and ISO 9001.",
             "ru": "Резолюция Генассамблеи ООН 64/35 и ISO 9001.",
             "kk": "БҰҰ Бас Ассамблеясының 64/35 қарары және ISO 9001."}
    assert _rules(texts) == []
    assert _rules(dict(texts, ru="Резолюция Генассамблеи ООН 64/36 и ISO 9001.")) == ["designations.mismatch"]


def test_kazakh_compounds_and_latin_brands_are_no_script_errors() -> None:
    texts = {"en": "A helicopter of New Silk Way won the team event.",
             "kk": "New Silk Way тікұшағы жалпыкомандалық есепте жеңді.",
             "ru": "Вертолёт New Silk Way победил в общекомандном зачёте."}
    assert [r for r in _rules(texts) if r.startswith("script")] == []
    lookalike = dict(texts, kk="New Silk Way тікұшағы жалпыкомандалық есепте жеңді, кұрылыс бітті.")
    assert "script.lookalike" in _rules(lookalike)
    english = dict(texts, ru="Вертолёт New Silk Way the team event.")
    assert "script.untranslated" in _rules(english)


# --- the fact register ---------------------------------------------------------------------

def _changed(demo, old: dict[str, str], new: dict[str, str]):
    bundle = release_bundle(demo)
    bundle.paras = {lang: [replace(p, text=p.text.replace(old[lang], new[lang])) if isinstance(p, Para) else p
                           for p in paras] for lang, paras in bundle.paras.items()}
    return check_bundle(bundle)


def test_the_register_catches_a_date_changed_in_every_version(demo) -> None:
    report = _changed(demo, {"en": "27 November", "ru": "27 ноября", "kk": "27 қараша"},
                      {"en": "28 November", "ru": "28 ноября", "kk": "28 қараша"})
    register = [f for f in report.findings if f.rule == "facts.register"]
    assert sorted(lang for f in register for lang in f.langs) == ["en", "kk", "ru"]
    assert all(f.severity == "error" for f in register)
    assert "«27 ноября 2025 года»" in next(f.message for f in register if f.langs == ["ru"])


def test_the_register_catches_a_figure_changed_in_every_version(demo) -> None:
    langs = ("en", "ru", "kk")
    report = _changed(demo, dict.fromkeys(langs, "245"), dict.fromkeys(langs, "254"))
    register = sorted(lang for f in report.findings if f.rule == "facts.register" for lang in f.langs)
    assert register == ["en", "kk", "ru"]


def test_a_replaced_figure_is_found_even_when_both_stand_elsewhere() -> None:
    texts = {"en": "Kazakhstan and Uzbekistan sign 3 agreements\n\nThe ministers signed 3 agreements "
                   "and discussed 2 projects.\n\nThe 3 agreements cover transit, energy and water.",
             "ru": "Казахстан и Узбекистан подписали 3 соглашения\n\nМинистры подписали 3 соглашения "
                   "и обсудили 2 проекта.\n\nЭти 3 соглашения охватывают транзит, энергетику и воду.",
             "kk": "Қазақстан мен Өзбекстан 3 келісімге қол қойды\n\nМинистрлер 3 келісімге қол қойып, "
                   "2 жобаны талқылады.\n\n3 келісім транзит, энергетика және суды қамтиды."}
    assert _rules(texts) == []
    changed = dict(texts, ru=texts["ru"].replace("Эти 3", "Эти 2"))
    assert _rules(changed) == ["numbers.mismatch"]
    untitled = dict(texts, ru=texts["ru"].replace("подписали 3 соглашения\n", "подписали соглашения\n"))
    assert _rules(untitled) == []
