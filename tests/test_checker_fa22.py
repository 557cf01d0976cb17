"""False alarms on clean texts (issue 12, helper fa22): classes reported on fresh sets, each
with texts written here (own names, places, figures) and its counterpart with a real error.

- a Kazakh pair of days after the month in the genitive («мамырдың 18-і мен 19-ында»);
- the end of a month («до конца октября», «қазанның соңына дейін») for its last day ("until
  31 October");
- the Kazakh causative «N-нан асыру» (to raise to more than N) is a "more than";
- a neighbour's citizen in a Kazakh text keeps the у of his surname (өзбек ақыны … Юсупов);
- a Russian adjective in -инский of a place that pymorphy3 does not know (Абуджинская
  программа, the Abuja programme), which a body's own word may be;
- a body's own name English writes in two words and Russian and Kazakh as one (Lam Dong,
  Ламдонг);
- a name kept in its own language whose first word has an accent (Éditions du Rocher) is no
  English left untranslated in Russian or Kazakh;
- a city English names by its own language's name inside a body's name kept in that language
  (Wiener Symphoniker, Teatro dell'Opera di Roma) is named there."""

from __future__ import annotations

import datetime as dt

from press.check import check_texts
from tests.edits import edited, found_on

_DAY = dt.date(2026, 5, 4)


def _found(texts: dict[str, str]) -> list[tuple[str, list[str], str]]:
    return found_on(texts, {}, _DAY)


def _rules(texts: dict[str, str]) -> set[str]:
    return {rule for rule, _, _ in _found(texts)}


# --- two days after the Kazakh month in the genitive -----------------------------------------

_FAIR = {
    "en": "The regional book fair will be held in Kokshetau on 21 and 22 May; 40 publishers "
          "will take part.",
    "ru": "Областная книжная ярмарка пройдет в Кокшетау 21 и 22 мая, в ней примут участие 40 "
          "издательств.",
    "kk": "Облыстық кітап жәрмеңкесі Көкшетауда мамырдың 21-і мен 22-сінде өтеді, оған 40 "
          "баспа қатысады.",
}


def test_a_kazakh_day_pair_after_the_month_in_the_genitive_is_two_dates() -> None:
    assert not _found(_FAIR)


def test_the_second_day_of_the_kazakh_pair_is_compared() -> None:
    texts = edited(_FAIR, "kk", "22-сінде", "23-інде")
    assert ("dates.mismatch", ["kk"]) in [(rule, langs) for rule, langs, _ in _found(texts)]


def test_the_year_before_the_kazakh_month_in_the_genitive_keeps_the_pair() -> None:
    texts = edited(_FAIR, "kk", "мамырдың", "2026 жылғы мамырдың")
    assert not _found(texts)


# --- the end of a month and its last day -----------------------------------------------------

_REPAIRS = {
    "en": "Repairs to the Ishim embankment in Petropavl will continue until 31 October, the "
          "city akimat said.",
    "ru": "Ремонт набережной Ишима в Петропавловске продлится до конца октября, сообщили в "
          "акимате города.",
    "kk": "Петропавлдағы Есіл жағалауын жөндеу жұмыстары қазанның соңына дейін жалғасады, деп "
          "хабарлады қала әкімдігі.",
}


def test_the_end_of_a_month_is_its_last_day_another_version_dates() -> None:
    assert "dates.mismatch" not in _rules(_REPAIRS)


def test_another_day_of_that_month_is_no_end_of_it() -> None:
    assert "dates.mismatch" in _rules(edited(_REPAIRS, "en", "31 October", "30 October"))


def test_the_end_of_another_month_still_differs() -> None:
    texts = edited(_REPAIRS, "ru", "до конца октября", "до конца ноября")
    assert ("dates.mismatch", ["ru"]) in [(rule, langs) for rule, langs, _ in _found(texts)]


# --- «асыру»: to raise to more than -----------------------------------------------------------

_EXPORT = {
    "en": "The Kostanay mill plans to raise its flour exports to more than 60,000 tonnes.",
    "ru": "Костанайский мелькомбинат планирует довести экспорт муки до более чем 60 тысяч тонн.",
    "kk": "Қостанай диірмені ұн экспортын 60 мың тоннадан асыруды жоспарлап отыр.",
}


def test_raising_to_more_than_a_figure_in_kazakh_is_more_than() -> None:
    assert "numbers.qualifier" not in _rules(_EXPORT)


def test_a_bare_figure_against_the_kazakh_raise_beyond_is_found() -> None:
    texts = edited(edited(_EXPORT, "en", "to more than 60,000", "to 60,000"),
                   "ru", "до более чем 60 тысяч", "до 60 тысяч")
    assert "numbers.qualifier" in _rules(texts)


# --- a neighbour's surname with у in a Kazakh text -------------------------------------------

_POETS = {
    "en": "The round table in Turkistan was attended by Uzbek poet Shukhrat Rustamov.",
    "ru": "В круглом столе в Туркестане принял участие узбекский поэт Шухрат Рустамов.",
    "kk": "Түркістандағы дөңгелек үстелге өзбек ақыны Шұхрат Рустамов қатысты.",
}


def _russian_letters(texts: dict[str, str]) -> bool:
    return any("Russian letters" in f.message for f in check_texts(texts, {}, _DAY).findings)


def test_a_neighbours_citizen_keeps_the_u_of_his_surname_in_kazakh() -> None:
    assert not _russian_letters(_POETS)


def test_a_kazakh_surname_in_russian_letters_is_still_found() -> None:
    texts = edited(edited(edited(_POETS, "en", "Uzbek poet", "poet"), "ru", "узбекский поэт", "поэт"),
                   "kk", "өзбек ақыны", "ақын")
    assert _russian_letters(texts)


# --- a Russian adjective in -инский of a name no list knows ---------------------------------

_PUPILS = {
    "en": "Pupils of the Abuja programme arrived in Aktobe on Monday.",
    "ru": "В понедельник в Актобе прибыли школьники Абуджинской программы.",
    "kk": "Дүйсенбі күні Ақтөбеге Абуджа бағдарламасының оқушылары келді.",
}


def test_a_russian_adjective_with_a_linking_in_names_the_place() -> None:
    assert "names.missing" not in _rules(_PUPILS)


def test_another_place_adjective_in_its_stead_is_still_a_swap() -> None:
    texts = edited(_PUPILS, "ru", "Абуджинской", "Хургадинской")
    assert "names.missing" in _rules(texts)


# --- a body's own name English writes in two words and the others as one ---------------------

_INSTITUTES = {
    "en": "Scientists of the Lam Dong Coffee Research Institute and of the Kazakh Research Institute "
          "of Horticulture agreed to test two varieties in Sairam district.",
    "ru": "Ученые Научно-исследовательского института кофе Ламдонг и Казахского научно-исследовательского "
          "института плодоводства договорились испытать два сорта в Сайрамском районе.",
    "kk": "Сайрам ауданында Ламдонг кофе ғылыми-зерттеу институты мен Қазақ жеміс шаруашылығы "
          "ғылыми-зерттеу институтының ғалымдары екі сортты сынауға келісті.",
}


def test_an_own_name_in_two_english_words_is_the_one_cyrillic_word() -> None:
    assert "names.missing" not in _rules(_INSTITUTES)


def test_another_institutes_own_name_in_english_is_still_a_swap() -> None:
    texts = edited(_INSTITUTES, "en", "Lam Dong", "Dak Lak")
    assert "names.missing" in _rules(texts)


# --- a name kept in its own language, its first word with an accent --------------------------

_PUBLISHER = {
    "en": "The Kazakh translation of the essays was published in Paris by Éditions du Rocher in 2025.",
    "ru": "Казахский перевод эссе вышел в Париже в издательстве Éditions du Rocher в 2025 году.",
    "kk": "Эсселердің қазақша аудармасы 2025 жылы Парижде Éditions du Rocher баспасынан шықты.",
}


def test_a_foreign_name_with_an_accented_first_word_is_no_english_left() -> None:
    assert "script.untranslated" not in _rules(_PUBLISHER)


def test_english_words_left_in_the_russian_version_are_still_found() -> None:
    texts = edited(_PUBLISHER, "ru", "в издательстве Éditions du Rocher", "в издательстве of the essays")
    assert ("script.untranslated", ["ru"]) in [(rule, langs) for rule, langs, _ in _found(texts)]


# --- a city named by its own language's name in a body's name kept in that language ----------

_RECITAL = {
    "en": "The Kazakh pianist will play with the Wiener Symphoniker in the Musikverein on 3 October.",
    "ru": "3 октября казахстанский пианист выступит с Венским симфоническим оркестром в зале Musikverein.",
    "kk": "3 қазанда қазақстандық пианист Musikverein залында Вена симфониялық оркестрімен өнер көрсетеді.",
}


def test_a_city_in_its_own_languages_adjective_is_named() -> None:
    assert "names.missing" not in _rules(_RECITAL)


def test_a_city_in_its_own_name_is_named() -> None:
    texts = {
        "en": "The Astana Ballet will dance Giselle at the Teatro dell'Opera di Roma on 3 October.",
        "ru": "3 октября «Астана Балет» покажет «Жизель» в Римском оперном театре.",
        "kk": "3 қазанда «Астана Балет» Рим опера театрында «Жизель» балетін көрсетеді.",
    }
    assert "names.missing" not in _rules(texts)


def test_another_citys_own_name_is_no_counterpart() -> None:
    texts = edited(edited(_RECITAL, "ru", "Венским", "Пражским"), "kk", "Вена", "Прага")
    assert "names.missing" in _rules(texts)


def test_own_names_come_from_the_countrys_languages() -> None:
    from press.lang.endonyms import named_in, own_names

    assert own_names("C:Vienna") == ("wien",) and "praha" in own_names("C:Prague")
    assert named_in("C:Rome", "Teatro dell'Opera di Roma") and not named_in("C:Rome", "Romania")
