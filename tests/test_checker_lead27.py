"""Classes of checker false alarm seen on blind28/29 after their final score (issue 12, session
21): a place CLDR names otherwise than texts do (Hong Kong "SAR China"), a Russian place in -ево
declined (в Сараеве), a name in -оя in the accusative (Томою), a Kazakh name kept in its letters in
Russian text («Қазақстан темір жолы»), a qualifier with a preposition after it (более чем со 180),
the bounds of a weight category, "lasted over three hours", Kazakh «жоғары»/«төмен» after the
ablative and Russian «выше», a foreign term hyphenated in Kazakh (вадза-ари), Romanian and
Moldovan names by their practical transcription. Each case is written here (own names, places
and figures), fails without its rule, and its counterpart with a real error is still found.
"""

from __future__ import annotations

from press.lang import names, practical
from press.lang.read_numbers import find_numbers
from tests.edits import edited, found_only_when_edited, rules_found


def _qualifiers(text: str, lang: str) -> list[str | None]:
    return [m.qualifier for m in find_numbers(text, lang)]


def test_hong_kong_is_one_place_in_every_language() -> None:
    """CLDR calls the territory "Hong Kong SAR China", «Сянган АӘА», «Гонконг (САР)», and its
    time-zone city plain Hong Kong: the plain name must be the same place in all three."""
    ids = {names.place_id("Hong Kong", "en"), names.place_id("Гонконга", "ru"),
           names.place_id("Гонконгта", "kk"), names.place_id("Сянганға", "kk")}
    assert ids == {"T:HK"}
    assert names.place_id("Macau", "en") == names.place_id("Макао", "ru") != "T:HK"


def test_hong_kong_named_in_every_version_is_no_swap(termbase: dict) -> None:
    texts = {"en": "The trade mission opened an office in Hong Kong on Monday.",
             "ru": "В понедельник торговая миссия открыла офис в Гонконге.",
             "kk": "Дүйсенбі күні сауда миссиясы Гонконгта кеңсе ашты."}
    found_only_when_edited(texts, termbase, "names.missing", "ru", "в Гонконге", "в Макао")


def test_a_russian_place_in_evo_is_declined() -> None:
    """в Сараеве, из Сараева, Сараевом: the neuter -ево declined, which pymorphy3 reads as a
    surname (Сараев); the nominative is a reading too."""
    sarajevo = names.place_id("Sarajevo", "en")
    assert sarajevo is not None
    assert {names.place_id(w, "ru") for w in ("Сараеве", "Сараева", "Сараево")} == {sarajevo}
    assert "косово" in names.stems("Косову", "ru")


def test_a_declined_sarajevo_is_spelt_right(termbase: dict) -> None:
    texts = {"en": "The exhibition in Sarajevo will stay open until the end of the month.",
             "ru": "Выставка в Сараеве продлится до конца месяца.",
             "kk": "Сараеводағы көрме ай соңына дейін жұмыс істейді."}
    assert not {r for r in rules_found(texts, termbase) if r.startswith("names.")}
    assert rules_found(edited(texts, "ru", "в Сараеве", "в Белграде"), termbase) & {"names.missing",
                                                                                "names.spelling"}


def test_a_name_in_oya_in_the_accusative() -> None:
    """«победил Кадзую Мориту»: Кадзуя declined as a noun in -я after a vowel."""
    assert "кадзуя" in names.stems("Кадзую", "ru")
    assert "сурабая" in names.stems("Сурабае", "ru")


def test_a_kazakh_name_in_russian_text_is_read_as_kazakh() -> None:
    """The official Russian name of the railway company keeps its Kazakh letters: «Қазақстан
    темір жолы» names Kazakhstan in a Russian sentence too."""
    assert names.place_id("Қазақстан", "ru") == names.place_id("Kazakhstan", "en") == "T:KZ"


def test_a_company_named_in_kazakh_in_every_version(termbase: dict) -> None:
    """"Kazakhstan Temir Zholy" is «Қазақстан темір жолы» in Russian and Kazakh text: Temir is the
    lower-case темір there, not the Тимур the text names elsewhere."""
    texts = {"en": "Deputy Minister Timur Bekov said that Kazakhstan Temir Zholy would add two trains.",
             "ru": "Вице-министр Тимур Беков сообщил, что «Қазақстан темір жолы» добавит два поезда.",
             "kk": "Вице-министр Тимур Беков «Қазақстан темір жолы» екі пойыз қосатынын айтты."}
    found = rules_found(texts, termbase)
    assert "names.spelling" not in found and "names.missing" not in found
    assert "names.spelling" in rules_found(edited(texts, "en", "Timur Bekov", "Timur Bekav"), termbase)


def test_a_preposition_between_the_qualifier_and_the_figure() -> None:
    """«более чем со 180 государствами», «более чем с 40 компаниями»: the qualifier's figure."""
    assert _qualifiers("отношения более чем со 180 государствами", "ru") == ["more"]
    assert _qualifiers("соглашения более чем с 40 компаниями", "ru") == ["more"]


def test_more_than_with_a_preposition_agrees(termbase: dict) -> None:
    texts = {"en": "Kazakhstan maintains diplomatic relations with more than 170 states.",
             "ru": "Казахстан поддерживает дипломатические отношения более чем со 170 государствами.",
             "kk": "Қазақстан 170-тен астам мемлекетпен дипломатиялық қарым-қатынас орнатқан."}
    found_only_when_edited(texts, termbase, "numbers.qualifier", "en", "more than 170", "170")


def test_a_weight_category_bound_is_no_qualifier(termbase: dict) -> None:
    """"the 73 kg category" is «в весовой категории до 73 кг», «73 келіге дейінгі салмақ
    дәрежесі»; "the over 90 kg category" keeps its "over": «свыше 90 кг», «90 келіден жоғары»."""
    assert _qualifiers("в весовой категории до 73 кг", "ru") == [None]
    assert _qualifiers("73 келіге дейінгі салмақ дәрежесінде", "kk") == [None]
    assert _qualifiers("90 келіден жоғары салмақта", "kk") == ["more"]
    assert _qualifiers("he won in the under 63 kg weight category", "en") == [None]
    texts = {"en": "Arman Seitov won the 73 kg category, and Daniyar Omarov the over 90 kg category.",
             "ru": "Арман Сеитов победил в весовой категории до 73 кг, а Данияр Омаров – свыше 90 кг.",
             "kk": "Арман Сейітов 73 келіге дейінгі салмақ дәрежесінде, ал Данияр Омаров 90 келіден "
                   "жоғары салмақта жеңіске жетті."}
    found_only_when_edited(texts, termbase, "numbers.mismatch", "ru", "до 73 кг", "до 81 кг")
    assert "numbers.qualifier" not in rules_found(texts, termbase)


def test_kazakh_above_and_below_after_the_ablative() -> None:
    """«50 пайыздан жоғары» is above 50 per cent, «5 пайыздан төмен» below; Russian «выше 50»."""
    assert _qualifiers("инфляция 50 пайыздан жоғары болды", "kk") == ["more"]
    assert _qualifiers("көрсеткіш 5 пайыздан төмен", "kk") == ["less"]
    assert _qualifiers("доля осталась выше 50 процентов", "ru") == ["more"]


def test_a_verb_of_lasting_before_over_is_more_than(termbase: dict) -> None:
    """"lasted over three hours" is more than three hours; "grew 40% over five years" stays during."""
    assert _qualifiers("The talks lasted over four hours.", "en") == ["more"]
    assert _qualifiers("Exports grew 40 per cent over five years.", "en")[-1] is None
    texts = {"en": "The talks lasted over four hours.",
             "ru": "Переговоры продлились более четырех часов.",
             "kk": "Келіссөздер төрт сағаттан астам уақытқа созылды."}
    found_only_when_edited(texts, termbase, "numbers.qualifier", "en", "lasted over four", "lasted four")


def test_a_foreign_term_hyphenated_in_kazakh_is_no_lookalike(termbase: dict) -> None:
    """вадза-ари, юко-ари: a Japanese score whose second part folds to a Kazakh word (әрі) is no
    Kazakh compound typed with Russian letters; a Kazakh compound still is (кабылдау-тапсыру)."""
    clean = {"kk": "Ол қарсыласын вадза-ари бағасымен жеңді.",
             "ru": "Он победил соперника оценкой вадза-ари."}
    assert "script.lookalike" not in rules_found(clean, termbase)
    typed = {"kk": "Құжаттарды кабылдау-тапсыру рәсімі өтті.",
             "ru": "Прошла церемония приема-передачи документов."}
    assert "script.lookalike" in rules_found(typed, termbase)


def test_romanian_names_by_their_practical_transcription() -> None:
    """Румынско-русская практическая транскрипция: ci, gi before a vowel ч, дж; ș ш, ț ц; a final i
    after a consonant ь or ы (Moldovan -ești, -ешты)."""
    for latin, cyrillic in (("Giurgiulești", "Джурджулешты"), ("Ionescu", "Ионеску"),
                            ("Chișinău", "Кишинэу"), ("Constanța", "Констанца"), ("Ciobanu", "Чобану")):
        assert practical.reads(latin, cyrillic), latin
    assert not practical.reads("Ionescu", "Ионеско")


def test_a_moldovan_port_named_in_every_version(termbase: dict) -> None:
    texts = {"en": "Wheat is shipped through the port of Giurgiulești on the Danube.",
             "ru": "Пшеница отгружается через порт Джурджулешты на Дунае.",
             "kk": "Бидай Дунайдағы Джурджулешты порты арқылы жөнелтіледі."}
    assert "names.missing" not in rules_found(texts, termbase)




def test_a_one_naming_the_unit_of_a_rate_is_no_figure() -> None:
    """«1 гектардан 20 центнер», «с 1 гектара», "per 1 hectare": the rate's unit, as "per hectare"
    says it; «1 тоннадан астам» (more than a tonne) stays a figure."""
    def soft_ones(text: str, lang: str) -> list[bool]:
        return [m.soft for m in find_numbers(text, lang) if m.value == 1]
    assert soft_ones("орташа есеппен 1 гектардан 20 центнер жиналды", "kk") == [True]
    assert soft_ones("урожайность с 1 гектара составила 20 центнеров", "ru") == [True]
    assert soft_ones("a yield of 20 centners per 1 hectare", "en") == [True]
    assert soft_ones("жүктің салмағы 1 тоннадан астам", "kk") == [False]
    assert soft_ones("за 1 тонну заплатили 90 долларов", "ru") == [False]


def test_per_hectare_agrees_with_a_kazakh_one(termbase: dict) -> None:
    texts = {"en": "The average yield was 16.2 centners per hectare.",
             "ru": "Средняя урожайность составила 16,2 центнера с гектара.",
             "kk": "Орташа өнімділік 1 гектардан 16,2 центнерді құрады."}
    assert not {r for r in rules_found(texts, termbase) if r.startswith(("numbers", "content"))}
    changed = edited(texts, "kk", "16,2 центнерді", "18,2 центнерді")
    assert "numbers.mismatch" in rules_found(changed, termbase)


def test_a_court_swapped_for_another_court_is_found(termbase: dict) -> None:
    """Courts are bodies of a head (court, сот, суд) and a field (supreme, constitutional)."""
    texts = {"en": "The delegation visited the Supreme Court of Kazakhstan on Monday.",
             "ru": "В понедельник делегация посетила Верховный суд Казахстана.",
             "kk": "Дүйсенбі күні делегация Қазақстанның Жоғарғы сотына барды."}
    found_only_when_edited(texts, termbase, "names.missing", "ru", "Верховный суд", "Конституционный суд")


def test_a_museum_swapped_for_another_museum_is_found(termbase: dict) -> None:
    """«Центральный государственный музей»: a lower-case adjective inside the name, the outermost
    capitalised, belongs to it; the Central State Museum is not the State Museum of Arts."""
    texts = {"en": "The exhibition opened at the Central State Museum in Almaty.",
             "ru": "Выставка открылась в Центральном государственном музее в Алматы.",
             "kk": "Көрме Алматыдағы Орталық мемлекеттік музейде ашылды."}
    found_only_when_edited(texts, termbase, "names.missing", "kk", "Орталық мемлекеттік музейде",
                            "Мемлекеттік өнер музейінде")
    found_only_when_edited(texts, termbase, "names.missing", "ru", "Центральном государственном музее",
                            "Государственном музее искусств")



def test_a_participle_after_the_whole_names_what_is_counted() -> None:
    """«троим из 22 прибывших лидеров» is three of the 22 leaders who came (a part and a whole,
    as Kazakh «22 көшбасшының 3-еуі» says), not the proportion 0.136 hard."""
    found = [(m.value, m.soft) for m in find_numbers("прием лишь троим из 22 прибывших лидеров", "ru")]
    assert (3, False) in found and (22, False) in found
    assert all(soft for value, soft in found if value not in (3, 22))


def test_a_capitalised_month_after_its_year_is_a_name(termbase: dict) -> None:
    """Kazakh writes months in lower case: «1910 жылы Қазанда» is in Kazan in 1910 (Қазан is
    also October), «1910 жылы қазанда» in October 1910."""
    from press.lang.read_dates import find_dates

    assert find_dates("Кітап 1910 жылы Қазанда басылып шықты.", "kk") == []
    assert [(m.month, m.year) for m in find_dates("Кітап 1910 жылы қазанда шықты.", "kk")] == [(10, 1910)]
    texts = {"en": "The book was printed in Kazan in 1908 and came to Almaty last year.",
             "ru": "Книга была напечатана в Казани в 1908 году и попала в Алматы в прошлом году.",
             "kk": "Кітап 1908 жылы Қазанда басылып, былтыр Алматыға жеткен."}
    assert "dates.mismatch" not in rules_found(texts, termbase)


def test_a_place_with_an_apostrophe_is_found_with_either(termbase: dict) -> None:
    """CLDR writes «Кот-д’Ивуар», "Côte d’Ivoire" with ’; text mostly with ': both are the place,
    in any case form."""
    forms = (("Côte d'Ivoire", "en"), ("Кот-д'Ивуара", "ru"), ("Кот-д’Ивуара", "ru"),
             ("Кот-д'Ивуармен", "kk"))
    assert {names.place_id(w, lang) for w, lang in forms} == {"T:CI"}
    texts = {"en": "The minister met the Ambassador of Côte d'Ivoire on Monday.",
             "ru": "В понедельник министр встретился с послом Кот-д'Ивуара.",
             "kk": "Дүйсенбі күні министр Кот-д'Ивуардың елшісімен кездесті."}
    assert not {r for r in rules_found(texts, termbase) if r.startswith("names.")}
