"""Classes of checker false alarm seen on the blind3 set (issue 12, fourth round), each with a
case written here (own names, places and figures) that fails without its rule.

All in-process: plain texts through `check_texts`, no build, no subprocess.
"""

from __future__ import annotations

import pymorphy3
import test_checker_classes3 as classes3

from press.check import check_texts

DAY = classes3.DAY
termbase = classes3.termbase
"""The toolkit's own termbase, the fixture of the third round's classes."""


def _found(texts: dict[str, str], termbase: dict) -> list[tuple[str, list[str], str]]:
    return [(f.rule, f.langs, f.excerpt) for f in check_texts(texts, termbase, DAY).findings]


def test_a_surname_all_versions_share_is_no_slip_for_a_country_it_resembles(termbase: dict) -> None:
    """Nepalez looks like Nepal, but ru and kk write the same surname (Spanish z as с): a name
    in its own right. A version alone in writing Gabonez where the others name Gabon still slips."""
    texts = {"en": "Ambassador Carlos Nepalez met the minister in Astana on 14 May. Ambassador Nepalez "
                   "thanked him.",
             "ru": "14 мая в Астане посол Карлос Непалес встретился с министром. Посол Непалес "
                   "поблагодарил его.",
             "kk": "14 мамырда Астанада елші Карлос Непалес министрмен кездесті. Елші Непалес оған алғыс "
                   "айтты."}
    assert _found(texts, termbase) == []
    slip = {"en": "The minister arrived in Gabonez on 14 May.",
            "ru": "14 мая министр прибыл в Габон.",
            "kk": "14 мамырда министр Габонға келді."}
    assert [rule for rule, langs, _ in _found(slip, termbase) if langs == ["en"]] != []


def test_a_russian_name_in_ai_is_declined_like_a_noun_pymorphy3_knows(termbase: dict) -> None:
    """Жетысай (pymorphy3 does not know it) takes the endings pymorphy3 gives Шанхай: Жетысая,
    Жетысаю, Жетысаем, Жетысае are its case forms, not misspellings."""
    morph = pymorphy3.MorphAnalyzer()
    shanghai = next(p for p in morph.parse("шанхай") if "Geox" in p.tag)
    endings = {form.word.removeprefix("шанха") for form in shanghai.lexeme} - {"й"}
    assert {"я", "ю", "ем", "е"} <= endings
    for ending in sorted(endings):
        form = "Жетыса" + ending
        texts = {"en": "The road from Astana to Zhetysai was opened on 14 May.",
                 "kk": "14 мамырда Астанадан Жетісайға дейінгі жол ашылды.",
                 "ru": f"14 мая открыта дорога от Астаны до {form}."}
        assert _found(texts, termbase) == [], form


def test_kazakh_nouns_that_begin_with_a_numeral_are_no_numbers(termbase: dict) -> None:
    """алтыны is the gold (алтын), not six (алты) with an ending; жетімдер are orphans, not
    sevens."""
    texts = {"en": "The exhibition \u201cGold of the Steppe\u201d shows 340 artefacts and helps orphans.",
             "kk": "«Дала алтыны» көрмесінде 340 жәдігер бар, ол жетімдерге көмектеседі.",
             "ru": "На выставке «Золото степи» представлено 340 экспонатов, она помогает сиротам."}
    assert _found(texts, termbase) == []
    six = dict(texts, kk=texts["kk"].replace("340", "алты"))
    assert [rule for rule, _, _ in _found(six, termbase)] == ["numbers.mismatch"]


def test_a_kazakh_peoples_name_is_the_adjective_of_its_country(termbase: dict) -> None:
    """Kazakh writes «үнді батальоны», «испан әншілері» with the people's name (үндістандық,
    испаниялық less their endings): the country is named, as by Indian and индийский."""
    texts = {"en": "On 14 May the unit joined the Indian battalion and met Spanish singers.",
             "kk": "14 мамырда бөлімше үнді батальонына қосылып, испан әншілерімен кездесті.",
             "ru": "14 мая подразделение вошло в состав индийского батальона и встретилось с испанскими "
                   "певцами."}
    assert _found(texts, termbase) == []
    ore = {"en": "On 14 May the minister visited the Kenyan mine.",
           "kk": "14 мамырда министр кен орнына барды.",
           "ru": "14 мая министр посетил кенийское месторождение."}
    assert [(rule, langs) for rule, langs, _ in _found(ore, termbase)] == [("names.missing", ["kk"])]



def test_a_russian_compound_adjective_written_as_one_word_names_its_place(termbase: dict) -> None:
    """«Центральноафриканской Республики» is the registered «Центрально-Африканская Республика»
    written solid, as Russian spells the adjective (pymorphy3 knows it so)."""
    assert pymorphy3.MorphAnalyzer().word_is_known("центральноафриканской")
    texts = {"en": "On 14 May a delegation of the Central African Republic visited Aktau.",
             "kk": "14 мамырда Орталық Африка Республикасының делегациясы Ақтауға барды.",
             "ru": "14 мая делегация Центральноафриканской Республики посетила Актау."}
    assert _found(texts, termbase) == []


def test_a_verb_of_doubling_is_a_count_of_times() -> None:
    """doubled, tripled; удвоился, утроенный (every form pymorphy3 gives of удвоиться, утроить) are
    2 and 3 times, as «екі есе» and «вдвое» are; утром (in the morning) is no figure."""
    from press.lang.read_numbers import find_numbers

    morph = pymorphy3.MorphAnalyzer()
    for verb, value in (("удвоиться", 2), ("утроить", 3)):
        infinitive = next(p for p in morph.parse(verb) if p.tag.POS == "INFN")
        for form in {f.word for f in infinitive.lexeme}:
            assert [int(m.value) for m in find_numbers(f"экспорт {form} за год", "ru")] == [value], form
    assert [int(m.value) for m in find_numbers("Exports doubled and imports tripled.", "en")] == [2, 3]
    assert find_numbers("Утром экспорт вырос.", "ru") == []


def test_doubled_in_one_version_matches_twice_in_the_others(termbase: dict) -> None:
    texts = {"en": "On 14 May the ministry said that exports to Oman doubled last year.",
             "kk": "14 мамырда министрлік өткен жылы Оманға экспорт екі есе артқанын хабарлады.",
             "ru": "14 мая министерство сообщило, что в прошлом году экспорт в Оман вырос вдвое."}
    assert _found(texts, termbase) == []
    tripled = dict(texts, en=texts["en"].replace("doubled", "tripled"))
    assert [(rule, langs) for rule, langs, _ in _found(tripled, termbase)] == [("numbers.mismatch", ["en"])]


def test_fractions_after_by_and_russian_ordinal_parts() -> None:
    """"grew by a quarter" is 1/4 as «на четверть» is; «на шестую часть» is 1/6 as "a sixth
    more" is; the ordinals stay ordinals (the third round, шестую годовщину)."""
    from press.lang.read_numbers import find_numbers

    def read(text: str, lang: str) -> list[str]:
        return [str(m.value) for m in find_numbers(text, lang)]

    assert read("Exports grew by a quarter.", "en") == read("Экспорт вырос на четверть.", "ru") == ["0.250"]
    sixth = read("Экспорт вырос на шестую часть.", "ru")
    assert sixth == read("Exports were a sixth more.", "en") == ["0.167"]
    assert read("the third round", "en") == ["3"]
    assert read("на шестую годовщину", "ru") == ["6"]


def test_an_age_limit_is_up_to_in_every_language(termbase: dict) -> None:
    """"no older than 40", «не старше 40», «40-тан аспауы» all say "up to 40"; "no younger than
    18" and «не моложе 18» say "at least"."""
    from press.lang.read_numbers import find_numbers, qualifier_of

    def qualifiers(text: str, lang: str) -> list[str | None]:
        return [qualifier_of(text, m, lang) for m in find_numbers(text, lang)]

    assert qualifiers("no younger than 18", "en") == qualifiers("не моложе 18 лет", "ru") == ["least"]
    texts = {"en": "From 14 May applicants must be no older than 40 years.",
             "kk": "14 мамырдан бастап үміткерлердің жасы 40-тан аспауы тиіс.",
             "ru": "С 14 мая кандидаты должны быть не старше 40 лет."}
    assert qualifiers(texts["en"], "en")[-1] == qualifiers(texts["ru"], "ru")[-1] == "upto"
    assert _found(texts, termbase) == []


def test_a_unit_after_a_comma_belongs_to_the_next_figure(termbase: dict) -> None:
    """"in 2024, 9 per cent more": the per cent is the 9's, not the year's."""
    from press.lang.read_numbers import find_numbers

    text = "Exports reached 90 million dollars in 2024, 9 per cent more than in 2023."
    assert [(int(m.value), m.unit) for m in find_numbers(text, "en")][1:] == [
        (2024, None), (9, "percent"), (2023, None)]
    texts = {"en": "On 14 May the ministry said exports reached 90 million dollars in 2024, 9 per cent more "
                   "than a year earlier.",
             "kk": "14 мамырда министрлік 2024 жылы экспорт 90 миллион долларға жетіп, алдыңғы жылмен "
                   "салыстырғанда 9 пайызға артқанын хабарлады.",
             "ru": "14 мая министерство сообщило, что в 2024 году экспорт достиг 90 миллионов долларов, "
                   "что на 9 процентов больше, чем годом ранее."}
    assert _found(texts, termbase) == []


def test_a_greek_name_in_eus_is_russian_ei() -> None:
    """Orpheus is Орфей, Perseus Персей, in any case form: Greek -eus is Russian -ей."""
    from press.lang.names import SAME, NameWord, compare_words

    for latin, cyrillic in (("Orpheus", "Орфеем"), ("Perseus", "Персей"), ("Theseus", "Тесея")):
        verdict = compare_words(NameWord(latin, "en", 0, 1, None), NameWord(cyrillic, "ru", 0, 1, None))
        assert verdict.status == SAME, (latin, cyrillic)


def test_one_and_a_half_takes_its_scale_word(termbase: dict) -> None:
    """«полутора миллионов» is 1,5 million, as «бір жарым миллион» and "1.5 million" are."""
    texts = {"en": "On 14 May the port said it had handled more than 1.5 million tonnes of grain.",
             "kk": "14 мамырда порт 1,5 миллион тоннадан астам астық өңдегенін хабарлады.",
             "ru": "14 мая порт сообщил, что перевалил свыше полутора миллионов тонн зерна."}
    assert _found(texts, termbase) == []
    kazakh = dict(texts, kk="14 мамырда порт бір жарым миллион тоннадан астам астық өңдегенін хабарлады.")
    assert _found(kazakh, termbase) == []
