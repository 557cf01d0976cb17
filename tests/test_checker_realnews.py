"""Classes of checker false alarm seen on real news published in two or three languages by
Kazakh media (issue 12): versions written by different hands, not translated paragraph by
paragraph. Each case is written here (own names, places and figures) and fails without its rule.

All in-process: plain texts through `check_texts` with the toolkit's termbase (what
`press check --text` reads), no build, no subprocess.
"""

from __future__ import annotations

import pytest

from press.check import check_texts
from tests.edits import DAY, found_on


def _only_after(texts: dict[str, str], edit: dict[str, str], entities: dict) -> list[tuple[str, list[str]]]:
    """Nothing is found on *texts*; the (rule, languages) found once *edit* replaces versions."""
    assert found_on(texts, entities) == []
    return [(rule, langs) for rule, langs, _ in found_on(dict(texts, **edit), entities)]


def _replaced(texts: dict[str, str], lang: str, old: str, new: str,
              entities: dict) -> list[tuple[str, list[str]]]:
    """`_only_after` one phrase of one version is replaced."""
    assert old in texts[lang], old
    return _only_after(texts, {lang: texts[lang].replace(old, new)}, entities)


def test_a_latin_designation_reads_as_the_cyrillic_letters_it_looks_like(termbase: dict) -> None:
    """C5+1 (Latin C) is the «С5+1» format Russian and Kazakh write with a Cyrillic С; another
    number is still another designation."""
    texts = {"en": "Kazakhstan will host the C5+1 summit in Astana.",
             "ru": "Казахстан примет саммит в формате «С5+1» в Астане.",
             "kk": "Қазақстан Астанада «С5+1» форматындағы саммитті қабылдайды."}
    assert found_on(texts, termbase) == []
    other = dict(texts, en="Kazakhstan will host the C6+1 summit in Astana.")
    assert [rule for rule, langs, _ in found_on(other, termbase)] == ["designations.mismatch"]


def test_a_qualified_count_in_the_range_of_years_is_a_count(termbase: dict) -> None:
    """«шамамен 1800 адам» is about 1,800 people, not the year 1800: the message says what each
    version states (about against more than), and a year before «дейін», «до», "by" or a comma
    stays a year without a qualifier."""
    texts = {"kk": "Шараға шамамен 1800 адам қатысты.",
             "ru": "В мероприятии приняли участие более 1,8 тыс. человек."}
    messages = [f.message for f in check_texts(texts, termbase, DAY).findings]
    assert len(messages) == 1 and "about 1800" in messages[0] and "exactly" not in messages[0]
    years = {"en": "The plan runs until 2030, and around 2020 it was drafted.",
             "kk": "Жоспар 2030 жылға дейін жүзеге асады, ол 2020 жылы әзірленген.",
             "ru": "План рассчитан до 2030 года, он был подготовлен в 2020 году."}
    assert found_on(years, termbase) == []


def test_a_bare_year_is_stated_by_a_date_in_that_year(termbase: dict) -> None:
    """"in 2024" and «2024 жылы» are the year of «2024 жылғы шілдеде»: no number is missing
    (whether the month is said is the dates rule's). Another year is still another number."""
    texts = {"en": "Trade between the two countries grew by 12 per cent in 2024.",
             "kk": "2024 жылғы шілдеде екі ел арасындағы тауар айналымы 12 пайызға өсті.",
             "ru": "В июле 2024 года товарооборот двух стран вырос на 12 процентов."}
    assert [rule for rule, _, _ in found_on(texts, termbase)] == ["dates.mismatch"]
    other = dict(texts, en="Trade between the two countries grew by 12 per cent in 2023.")
    assert ("numbers.mismatch", ["en"], "2023") in found_on(other, termbase)


def test_a_rounded_headline_figure_with_a_qualifier_stands_for_the_exact_one(termbase: dict) -> None:
    """«Почти 500 казахстанцев» in one headline is the 467 every body states; "more than 500"
    is not (467 is below it), and a figure every version states as written is compared as such."""
    texts = {"en": "Citizens return home\n\nA total of 467 citizens of Kazakhstan returned home on two "
                   "flights.",
             "kk": "Азаматтар елге оралды\n\nЕкі рейспен барлығы 467 Қазақстан азаматы елге оралды.",
             "ru": "Почти 500 казахстанцев вернулись на родину\n\nДвумя рейсами на родину вернулись 467 "
                   "граждан Казахстана."}
    assert found_on(texts, termbase) == []
    more = dict(texts, ru=texts["ru"].replace("Почти 500", "Более 500"))
    assert [(rule, langs) for rule, langs, _ in found_on(more, termbase)] == [("numbers.mismatch", ["ru"])]


GLOSSED = {"en": "On 9 July, 120 citizens of Kazakhstan returned home from Muscat, the capital of Oman.",
           "kk": "9 шілдеде Маскат қаласынан 120 Қазақстан азаматы елге оралды.",
           "ru": "9 июля из столицы Омана Маската на родину вернулись 120 граждан Казахстана."}


@pytest.mark.parametrize("registers", [True, False], ids=["termbase", "none"])
def test_a_country_said_as_the_gloss_of_its_capital_is_not_missing(termbase: dict, registers: bool) -> None:
    """«Оман астанасы Маскат қаласынан» (Muscat, the capital of Oman) against «из Маската»: the
    version naming the city alone names Oman's capital. A version naming Oman for the others'
    Muscat is still reported."""
    entities = termbase if registers else {}
    assert found_on(GLOSSED, entities) == []
    two = {"kk": "9 шілдеде Оман астанасы Маскат қаласынан 120 азамат елге оралды.",
           "ru": "9 июля из Маската на родину вернулись 120 граждан."}
    assert found_on(two, entities) == []
    other = dict(GLOSSED, en="On 9 July, 120 citizens of Kazakhstan returned home from Oman.",
                 kk="9 шілдеде Оманнан 120 Қазақстан азаматы елге оралды.",
                 ru="9 июля из Маската на родину вернулись 120 граждан Казахстана.")
    assert [(rule, langs) for rule, langs, _ in found_on(other, entities)] == [("names.missing", ["ru"])]


def test_this_day_is_the_day_just_named_or_the_release_day(termbase: dict) -> None:
    """«В этот день» with no date before it is the release day the others state (10 July); after
    «9 июля» it is 9 July, and then the 10 July of the others is still missing."""
    texts = {"en": "Kazakhstan marks Diplomatic Service Day on 10 July. Staff of the ministry received "
                   "awards.",
             "kk": "Қазақстан 10 шілдеде Дипломатиялық қызмет күнін атап өтеді. Министрлік қызметкерлері "
                   "марапатталды.",
             "ru": "Казахстан отмечает День дипломатической службы. В этот день сотрудники министерства "
                   "получили награды."}
    assert found_on(texts, termbase) == []
    other = dict(texts, ru="9 июля Казахстан отмечает День дипломатической службы. В этот день сотрудники "
                           "министерства получили награды.")
    assert [(rule, langs) for rule, langs, _ in found_on(other, termbase)] == [("dates.mismatch", ["ru"])]


def test_kazakh_bugin_de_is_the_today_of_russian_segodnya(termbase: dict) -> None:
    """«Бүгінде» (nowadays, today) says what «Сегодня» says: the Russian "today" is no clash with
    the Kazakh «кеше» of the next sentence (9 July in Russian)."""
    texts = {"kk": "Бүгінде Оманда 40-тан астам қазақстандық компания жұмыс істейді. Кеше министр іскер топ "
                   "өкілдерімен кездесті.",
             "ru": "Сегодня в Омане работают более 40 казахстанских компаний.\n\n9 июля министр встретился с "
                   "представителями бизнеса."}
    assert found_on(texts, termbase) == []


def test_an_organisation_is_named_by_its_initials(termbase: dict) -> None:
    """«МИД» and «СІМ» are the initials of the registered Министерство иностранных дел and Сыртқы
    істер министрлігі; «Оман СІМ» is Oman's ministry, not the registered Kazakh one."""
    texts = {"en": "The Ministry of Foreign Affairs hosted a briefing on 9 July.",
             "kk": "9 шілдеде ҚР СІМ-де брифинг өтті.",
             "ru": "9 июля в МИД прошёл брифинг."}
    oman = {"kk": "9 шілдеде Оман СІМ брифинг өткізді."}
    assert _only_after(texts, oman, termbase) == [("names.missing", ["kk"])]


def test_a_country_inside_an_organisations_name_is_named(termbase: dict) -> None:
    """«МИД Казахстана» names Kazakhstan as «Қазақстан СІМ басшысы» does: neither the country nor
    the ministry is missing."""
    texts = {"kk": "9 шілдеде Қазақстан СІМ басшысы Ермек Көшербаев Оман елшісімен кездесті.",
             "ru": "9 июля глава МИД Казахстана Ермек Кошербаев встретился с послом Омана."}
    assert found_on(texts, termbase) == []


def test_the_source_a_news_item_is_attributed_to_is_no_fact(termbase: dict) -> None:
    """"reports Kazinform", «деп хабарлайды … баспасөз қызметі», «сообщает пресс-служба»: who
    reports is no name the other versions must state."""
    texts = {"en": "On 9 July the minister met the ambassador of Oman, reports Kazinform.",
             "kk": "9 шілдеде министр Оман елшісімен кездесті, деп хабарлайды ҚР Сыртқы істер "
                   "министрлігінің баспасөз қызметі.",
             "ru": "9 июля министр встретился с послом Омана. Об этом сообщает пресс-служба Министерства "
                   "иностранных дел."}
    assert found_on(texts, termbase) == []
    assert found_on(texts, {}) == []


# --- class 1: names said in another paragraph of a version written by another hand -----------

MOVED = {"en": "On 9 July, Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev met with the "
               "Ambassador of Oman Said Al-Harthi.\n\nThe minister noted that trade grew by 12 per cent "
               "last year.",
         "kk": "9 шілдеде Қазақстан Сыртқы істер министрі Оман елшісі Саид әл-Харсимен кездесті.\n\nЕрмек "
               "Көшербаевтың айтуынша, былтыр тауар айналымы 12 пайызға өсті.",
         "ru": "9 июля министр иностранных дел Казахстана Ермек Кошербаев встретился с послом Омана Саидом "
               "аль-Харси.\n\nКак отметил глава ведомства, в прошлом году товарооборот вырос на 12 "
               "процентов."}


@pytest.mark.parametrize("registers", [True, False], ids=["termbase", "none"])
def test_a_name_said_in_another_paragraph_is_not_missing(termbase: dict, registers: bool) -> None:
    """Each version names the minister once, Kazakh in the second paragraph: said elsewhere, not
    dropped (registered or not)."""
    assert found_on(MOVED, termbase if registers else {}) == []
    unregistered = {lang: text.replace("Yermek Kosherbayev", "Alibek Bakayev").replace(
        "Ермек Көшербаевтың", "Әлібек Бақаевтың").replace("Ермек Кошербаев", "Алибек Бакаев")
        for lang, text in MOVED.items()}
    assert found_on(unregistered, termbase if registers else {}) == []


def test_a_name_dropped_from_a_translated_paragraph_is_still_missing(termbase: dict) -> None:
    """The Kazakh second paragraph translates the others' but leaves out the Omani minister,
    who is named in its first: dropped, an error."""
    texts = {"en": "On 9 July, Minister Yermek Kosherbayev met with Minister of Foreign Affairs of Oman Badr "
                   "Albusaidi in Astana.\n\nOn 10 July, Badr Albusaidi and Yermek Kosherbayev signed 3 "
                   "agreements worth 120 million dollars.",
             "kk": "9 шілдеде Астанада министр Ермек Көшербаев Оман Сыртқы істер министрі Бадр Альбусаидимен "
                   "кездесті.\n\n10 шілдеде Ермек Көшербаев 120 миллион долларлық 3 келісімге қол қойды.",
             "ru": "9 июля в Астане министр Ермек Кошербаев встретился с министром иностранных дел Омана "
                   "Бадром Альбусаиди.\n\n10 июля Бадр Альбусаиди и Ермек Кошербаев подписали 3 соглашения "
                   "на 120 миллионов долларов."}
    found = check_texts(texts, termbase, DAY).findings
    assert [(f.rule, f.severity, f.langs, f.location) for f in found] == [
        ("names.missing", "error", ["kk"], "kk.txt:3")]


def test_the_heads_of_state_for_their_names_is_another_hands_paragraph(termbase: dict) -> None:
    """Kazakh says «Сұхбаттастар … Мемлекет басшысы әріптесін» where the others name both
    presidents again: a paragraph that only lacks most of what the other states is not a
    translation that dropped names."""
    texts = {"en": "On 9 July, President Kassym-Jomart Tokayev held talks with President of Uzbekistan "
                   "Shavkat Mirziyoyev in Tashkent.\n\nThe heads of state discussed water use and transit. "
                   "President Tokayev invited Shavkat Mirziyoyev to Astana.",
             "kk": "9 шілдеде Ташкентте Президент Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат "
                   "Мирзиёевпен келіссөз жүргізді.\n\nСұхбаттастар су пайдалану және транзит мәселелерін "
                   "талқылады. Мемлекет басшысы әріптесін Астанаға шақырды.",
             "ru": "9 июля в Ташкенте Президент Касым-Жомарт Токаев провёл переговоры с Президентом "
                   "Узбекистана Шавкатом Мирзиёевым.\n\nГлавы государств обсудили водопользование и "
                   "транзит. Касым-Жомарт Токаев пригласил Шавката Мирзиёева в Астану."}
    assert found_on(texts, termbase) == []


def test_two_paragraphs_in_the_other_order_are_compared_swapped_back(termbase: dict) -> None:
    """The Kazakh version tells the two meetings in the other order: neither the names nor the
    dates of a paragraph are missing; a date changed in the swapped paragraph still is."""
    texts = {"en": "On 9 July, Minister Yermek Kosherbayev met with the Ambassador of Oman Said "
                   "Al-Harthi.\n\nDeputy Minister Roman Vassilenko held consultations with Omani diplomats "
                   "on 8 July.",
             "kk": "8 шілдеде вице-министр Роман Василенко омандық дипломаттармен консультация өткізді.\n\n"
                   "9 шілдеде министр Ермек Көшербаев Оман елшісі Саид әл-Харсимен кездесті.",
             "ru": "9 июля министр Ермек Кошербаев встретился с послом Омана Саидом аль-Харси.\n\n"
                   "8 июля заместитель министра Роман Василенко провёл консультации с оманскими дипломатами."}
    assert _replaced(texts, "kk", "8 шілдеде", "7 шілдеде", termbase) == [("dates.mismatch", ["kk"])]


def test_a_name_in_one_headline_only_is_no_missing_name(termbase: dict) -> None:
    """The Russian headline names the minister, the Kazakh and English ones do not; every body
    names him."""
    texts = {"en": "Kazakh and Omani foreign ministers hold talks\n\nOn 9 July, Minister of Foreign Affairs "
                   "of Kazakhstan Yermek Kosherbayev met with Minister of Foreign Affairs of Oman Badr "
                   "Albusaidi in Astana.",
             "kk": "Қазақстан мен Оман сыртқы істер министрлері келіссөз жүргізді\n\n9 шілдеде Астанада "
                   "Қазақстан Сыртқы істер министрі Ермек Көшербаев Оман Сыртқы істер министрі Бадр "
                   "Альбусаидимен кездесті.",
             "ru": "Ермек Кошербаев провёл переговоры с главой МИД Омана\n\n9 июля в Астане министр "
                   "иностранных дел Казахстана Ермек Кошербаев встретился с министром иностранных дел Омана "
                   "Бадром Альбусаиди."}
    assert found_on(texts, termbase) == []


def test_the_two_countries_counts_the_sides_softly(termbase: dict) -> None:
    """"the two countries", «екі ел» and «между странами» say the same: two in words before the
    parties' noun is soft, as "bilateral" is; three countries against two is still reported."""
    texts = {"en": "In 2025, trade between the two countries amounted to 120 million dollars.",
             "kk": "2025 жылы екі ел арасындағы тауар айналымы 120 млн долларды құрады.",
             "ru": "По итогам 2025 года товарооборот между странами составил 120 млн долларов."}
    three = {"ru": "По итогам 2025 года товарооборот трёх стран составил 120 млн долларов."}
    assert _only_after(texts, three, termbase) == [("numbers.mismatch", ["ru"])]
    visit = {"en": "The two-day state visit with bilateral talks began on 9 July.",
             "kk": "Екіжақты келіссөздер өтетін екі күндік мемлекеттік сапар 9 шілдеде басталды.",
             "ru": "Двухдневный государственный визит с двусторонними переговорами начался 9 июля."}
    assert _replaced(visit, "ru", "Двухдневный", "Трёхдневный", termbase) == [("numbers.mismatch", ["ru"])]


HEADLINED = {
    "en": "President Tokayev receives Foreign Minister of Hungary\n\nPresident Kassym-Jomart Tokayev "
          "received Minister of Foreign Affairs and Trade of Hungary Péter Szijjártó in Akorda.\n\nThe Head "
          "of State noted that Hungary is an important partner of Kazakhstan in Europe. Last year, trade "
          "grew by 20 per cent.",
    "kk": "Мемлекет басшысы Венгрия Сыртқы істер және сауда министрін қабылдады\n\nАқордада Қасым-Жомарт "
          "Тоқаев Венгрияның Сыртқы істер және сауда министрі Петер Сийяртоны қабылдады.\n\nПрезидент "
          "Венгрияның Еуропадағы маңызды серіктес екенін атап өтті. Былтыр тауар айналымы 20 пайызға өсті.",
    "ru": "Касым-Жомарт Токаев принял министра иностранных дел и внешней торговли Венгрии\n\nГлава "
          "государства принял в Акорде министра иностранных дел и внешней торговли Венгрии Петера "
          "Сийярто.\n\nКасым-Жомарт Токаев отметил, что Венгрия является важным партнером Казахстана в "
          "Европе. В прошлом году товарооборот вырос на 20 процентов.",
}


def test_a_headline_names_whom_each_hand_chooses(termbase: dict) -> None:
    """The Kazakh headline says «Мемлекет басшысы» where the others name the President, and each
    body names him once, in another paragraph: the headline is paired with nothing and names are
    counted in the bodies. The Head of State's country goes without saying in Kazakh."""
    assert found_on(HEADLINED, termbase) == []
    dropped = {"kk": HEADLINED["kk"].replace("Ақордада Қасым-Жомарт Тоқаев", "Ақордада Президент")}
    found = _only_after(HEADLINED, dropped, termbase)
    assert ("names.missing", ["kk"]) in found and {tuple(langs) for _, langs in found} == {("kk",)}


def test_weekdays_are_compared_in_paragraphs_paired_by_what_they_state(termbase: dict) -> None:
    """The Kazakh version tells Tuesday's talks after Wednesday's forum: its «сәрсенбіде» stands
    at the place of the others' Tuesday, but in the paragraph that says what theirs say."""
    texts = {"en": "The visit lasts three days.\n\nOn Tuesday, Minister Yermek Kosherbayev held talks with "
                   "the Prime Minister of Oman, and 4 agreements were signed.\n\nOn Wednesday, the minister "
                   "opened a business forum in Muscat attended by 150 companies.",
             "kk": "Сапар үш күнге созылады.\n\nСәрсенбіде министр Маскатта 150 компания қатысқан бизнес-"
                   "форумды ашты.\n\nСейсенбіде министр Ермек Көшербаев Оман Премьер-министрімен келіссөз "
                   "жүргізіп, 4 келісімге қол қойылды.",
             "ru": "Визит продлится три дня.\n\nВо вторник министр Ермек Кошербаев провёл переговоры с "
                   "Премьер-министром Омана, подписаны 4 соглашения.\n\nВ среду министр открыл в Маскате "
                   "бизнес-форум с участием 150 компаний."}
    assert found_on(texts, termbase) == []
    assert _replaced(texts, "kk", "Сәрсенбіде", "Бейсенбіде", termbase) == [("dates.mismatch", ["kk"])]


def test_the_previous_year_is_the_year_before_the_one_just_stated(termbase: dict) -> None:
    """«2024 жылмен салыстырғанда» after «2025 жылы» is «годом ранее» and "the previous year";
    2023 there is another year."""
    texts = {"en": "In 2025, trade between Kazakhstan and Turkey reached 5.2 billion dollars, 8 per cent "
                   "more than the previous year.",
             "kk": "2025 жылы Қазақстан мен Түркия арасындағы тауар айналымы 5,2 млрд долларды құрады, бұл "
                   "2024 жылмен салыстырғанда 8 пайызға көп.",
             "ru": "По итогам 2025 года товарооборот между Казахстаном и Турцией составил 5,2 млрд долларов, "
                   "что на 8% больше, чем годом ранее."}
    assert _replaced(texts, "kk", "2024 жылмен", "2023 жылмен", termbase) == [("numbers.mismatch", ["kk"])]


def test_a_dropped_person_is_not_said_to_be_replaced_by_a_month_or_a_body(termbase: dict) -> None:
    """English says "the President of Uzbekistan" where the others name Shavkat Mirziyoyev: the
    message says he has no counterpart, not that «February» or «International Centre» (no one)
    stands in his place."""
    texts = {"en": "In February, trade grew by 12 per cent.\n\nThe meeting will be chaired by the President "
                   "of Uzbekistan in Tashkent.\n\nThe International Centre for Industrial Cooperation runs "
                   "14 projects.",
             "kk": "Ақпанда тауар айналымы 12 пайызға өсті.\n\nОтырысқа Өзбекстан Президенті Шавкат "
                   "Мирзиёев Ташкентте төрағалық етеді.\n\nХалықаралық өнеркәсіптік кооперация орталығы 14 "
                   "жобаны жүзеге асыруда.",
             "ru": "В феврале товарооборот вырос на 12 процентов.\n\nЗаседание в Ташкенте проведёт Президент "
                   "Узбекистана Шавкат Мирзиёев.\n\nМеждународный центр промышленной кооперации реализует 14 "
                   "проектов."}
    found = check_texts(texts, {}, DAY).findings
    assert [(f.rule, f.langs) for f in found] == [("names.missing", ["en"])]
    assert "has no counterpart in en" in found[0].message, found[0].message


def test_a_full_name_no_version_matches_is_said_in_place_of_the_others(termbase: dict) -> None:
    """A full name of uncommon words (Didier Canesse) where the others name another person (Жан
    Лефевр) is named as what the version says in its place; a body (International Centre) never
    is. Read as French is said, Didier Canesse is Дидье Канесс (checker7)."""
    texts = {"en": "Ambassador of France Didier Canesse noted that 17 documents have entered into force.",
             "kk": "Францияның елшісі Жан Лефевр 17 құжаттың күшіне енгенін атап өтті.",
             "ru": "Посол Франции Жан Лефевр отметил, что 17 документов вступили в силу."}
    found = check_texts(texts, {}, DAY).findings
    assert [(f.rule, f.langs, f.excerpt) for f in found] == [("names.missing", ["en"], "Didier Canesse")]
    same = {lang: text.replace("Жан Лефевр", "Дидье Канесс") for lang, text in texts.items()}
    assert check_texts(same, {}, DAY).findings == []
