"""Numbers and designations (issue 12, realnews35): false alarms of the figure readers, and two
contradictions they missed.

- A from/to pair written with a slash and figures grouped in thousands («(1 318/4 702)») is two
  figures, no designation 318/4 and no stray 702; a bare pair («(264/918)») is the two figures
  another version states in a row («с 264 до 918»).
- A figure glued to a currency's code (KZT187,400, USD2.4 million) is read.
- "No.4" written without a space is the number «№ 4» is.
- "the one-million mark", a hyphened "one" and scale word, is one million; "passed the ... mark"
  is more than it, as «более миллиона».
- A number after a number sign inside a quoted name (the channel «Сарыарқа №2») is the name's:
  no figure another version must state.
- A count's noun is not read across the end of its sentence («128 460 тыс. казахстанцев. Второе
  место …» counts no jobs), so the figure pairs with the other version's 128,460.
- A range's bare lower bound read at its upper bound's scale («от 40 до 300 тысяч»: 40,000) is no
  match for a version that writes "from 40 to 300,000".
Texts written here."""

from __future__ import annotations

from tests.edits import edited, found_on, packaged_termbase, rules_found


def _numbers_found(texts: dict[str, str]) -> list[tuple[str, list[str], str]]:
    return [f for f in found_on(texts, packaged_termbase()) if f[0].startswith(("numbers.", "designations."))]


# --- from/to pairs with a slash ---------------------------------------------------------------

_HOTELS = {
    "en": "From 1 June to 20 July 2026, hotels in the Mangystau Region hosted 58,210 guests. Arrivals "
          "from Uzbekistan grew 3.6 times (from 1,318 to 4,702), from Georgia 2.1 times (from 2,406 "
          "to 5,090) and from Latvia 3.5 times (from 264 to 918).",
    "ru": "С 1 июня по 20 июля 2026 года гостиницы Мангистауской области приняли 58 210 гостей. Число "
          "гостей из Узбекистана выросло в 3,6 раза (с 1 318 до 4 702), из Грузии – в 2,1 раза (с 2 406 "
          "до 5 090), из Латвии – в 3,5 раза (с 264 до 918).",
    "kk": "2026 жылғы 1 маусым мен 20 шілде аралығында Маңғыстау облысының қонақ үйлері 58 210 қонақ "
          "қабылдады. Өзбекстаннан келгендер 3,6 есе (1 318/4 702), Грузиядан 2,1 есе (2 406/5 090), "
          "Латвиядан 3,5 есе (264/918) өсті.",
}


def test_a_slashed_pair_with_thousands_is_two_figures() -> None:
    assert not _numbers_found(_HOTELS), _numbers_found(_HOTELS)


def test_a_slashed_pair_in_russian_too() -> None:
    texts = edited(_HOTELS, "ru", "(с 1 318 до 4 702)", "(1 318/4 702)")
    assert not _numbers_found(texts), _numbers_found(texts)


def test_the_reader_reads_both_figures_and_no_designation() -> None:
    from press.check.document import _designations, _numbers

    text = "Өзбекстаннан 3,6 есе (1 318/4 702), Грузиядан (2 406/ 5 090) өсті."
    assert not _designations(text, "kk")
    assert [n.value for n in _numbers(text, "kk") if n.unit is None] == [1318, 4702, 2406, 5090]


def test_a_figure_of_the_slashed_pair_changed_is_found() -> None:
    texts = edited(_HOTELS, "kk", "(1 318/4 702)", "(1 318/4 072)")
    assert "numbers.mismatch" in rules_found(texts, packaged_termbase())


def test_a_bare_slashed_pair_changed_is_found() -> None:
    texts = edited(_HOTELS, "kk", "(264/918)", "(264/981)")
    assert "designations.mismatch" in rules_found(texts, packaged_termbase())


def test_a_resolution_number_is_still_a_designation() -> None:
    texts = {"en": "The Assembly adopted resolution 64/35 in 2009.",
             "ru": "Ассамблея приняла резолюцию 64/35 в 2009 году.",
             "kk": "Ассамблея 2009 жылы 64/53 қарарын қабылдады."}
    assert "designations.mismatch" in rules_found(texts, packaged_termbase())


# --- a currency's code glued to the figure ----------------------------------------------------

_WAGES = {
    "en": "In the first quarter of 2026, the average monthly wage in the Turkistan Region was KZT187,400, "
          "and in the mining sector USD2.4 thousand.",
    "ru": "В первом квартале 2026 года средняя месячная зарплата в Туркестанской области составила "
          "187 400 тенге, в горнодобывающей отрасли – 2,4 тыс. долларов США.",
    "kk": "2026 жылдың бірінші тоқсанында Түркістан облысында орташа айлық жалақы 187 400 теңге, ал "
          "тау-кен саласында 2,4 мың АҚШ доллары болды.",
}


def test_a_figure_glued_to_a_currency_code_is_read() -> None:
    assert not _numbers_found(_WAGES), _numbers_found(_WAGES)


def test_the_glued_figure_changed_is_found() -> None:
    texts = edited(_WAGES, "en", "KZT187,400", "KZT178,400")
    assert "numbers.mismatch" in rules_found(texts, packaged_termbase())


def test_a_code_glued_to_a_decimal_is_no_designation() -> None:
    from press.lang.read_designations import find_designations

    assert not find_designations("a loan of USD2.4 million and EUR1.5 billion")
    assert find_designations("resolution WHA72.2")


# --- No.4 without a space -----------------------------------------------------------------------

_HALL = {
    "en": "The exhibition of the Karaganda Regional Museum opens in hall No.4 on 14 September 2026.",
    "ru": "Выставка Карагандинского областного музея откроется в зале № 4 14 сентября 2026 года.",
    "kk": "Қарағанды облыстық музейінің көрмесі 2026 жылғы 14 қыркүйекте № 4 залда ашылады.",
}


def test_no_without_a_space_is_the_number_sign() -> None:
    assert not _numbers_found(_HALL), _numbers_found(_HALL)


def test_no_without_a_space_changed_is_found() -> None:
    texts = edited(_HALL, "en", "No.4", "No.5")
    assert "numbers.mismatch" in rules_found(texts, packaged_termbase())


# --- the one-million mark -----------------------------------------------------------------------

_VISITORS = {
    "en": "In 2025, the Burabay resort passed the one-million visitor mark for the first time.",
    "ru": "В 2025 году курорт Бурабай впервые принял более миллиона посетителей.",
    "kk": "2025 жылы Бурабай курорты алғаш рет миллионнан астам келушіні қабылдады.",
}


def test_a_hyphened_one_million_is_a_million() -> None:
    assert not _numbers_found(_VISITORS), _numbers_found(_VISITORS)


def test_another_million_is_found() -> None:
    texts = edited(_VISITORS, "en", "one-million", "two-million")
    assert "numbers.mismatch" in rules_found(texts, packaged_termbase())


def test_reaching_the_mark_is_no_more_than_it() -> None:
    texts = edited(_VISITORS, "en", "passed the one-million", "reached the one-million")
    assert "numbers.qualifier" in rules_found(texts, packaged_termbase())


# --- a number in a quoted name -------------------------------------------------------------------

_CHANNEL = {
    "en": "In an interview with the regional TV channel, the akim of the Karaganda Region said that 14 "
          "new schools would open in 2027.",
    "ru": "В интервью телеканалу «Сарыарқа №2» аким Карагандинской области сообщил, что в 2027 году "
          "откроются 14 новых школ.",
    "kk": "Қарағанды облысының әкімі «Сарыарқа №2» телеарнасына берген сұхбатында 2027 жылы 14 жаңа "
          "мектеп ашылатынын айтты.",
}


def test_the_number_of_a_quoted_name_is_no_figure() -> None:
    assert not _numbers_found(_CHANNEL), _numbers_found(_CHANNEL)


def test_a_figure_beside_the_name_is_still_found() -> None:
    texts = edited(_CHANNEL, "ru", "14 новых школ", "16 новых школ")
    assert "numbers.mismatch" in rules_found(texts, packaged_termbase())


def test_a_number_sign_outside_quotes_is_a_figure() -> None:
    unquoted = edited(_CHANNEL, "ru", "«Сарыарқа №2»", "Сарыарқа №2")
    texts = edited(unquoted, "kk", "«Сарыарқа №2»", "Сарыарқа №2")
    assert "numbers.mismatch" in rules_found(texts, packaged_termbase())


# --- a count's noun stays in its sentence ---------------------------------------------------------

def test_the_counted_noun_is_not_read_in_the_next_sentence() -> None:
    from press.lang.read_numbers import counted_things, find_numbers

    text = "Область посетили 128 460 тыс. казахстанцев. Второе место по числу рабочих мест."
    figure = find_numbers(text, "ru")[0]
    assert not counted_things(text, figure, "ru")
    jobs = "Создано 7 тыс. рабочих мест."
    assert counted_things(jobs, find_numbers(jobs, "ru")[0], "ru") == {"job"}


_GUESTS = {
    "en": "Most guests of the Almaty Region in 2025 came from Kyrgyzstan – 128,460 people.\n\n"
          "The region plans to open 12 new hotels in 2026.\n\n"
          "Tourist taxes brought KZT 3 billion.",
    "ru": "Больше всего гостей Алматинской области в 2025 году прибыли из Кыргызстана. Область посетили "
          "128 460 тыс. кыргызстанцев. Второе место заняли гости из Узбекистана.\n\n"
          "В 2026 году в регионе планируют открыть 12 новых гостиниц.",
}


def test_a_figure_stated_at_another_scale_is_one_figure_changed() -> None:
    found = _numbers_found(_GUESTS)
    assert ("numbers.mismatch", ["ru"], "128 460 тыс") in found, found


# --- a range's lower bound at its upper bound's scale -------------------------------------------

_RESERVES = {
    "en": "According to geologists, the deposit in the Kostanay Region holds from 40,000 to 300,000 tonnes "
          "of copper.",
    "ru": "По оценкам геологов, месторождение в Костанайской области содержит от 40 до 300 тысяч тонн меди.",
    "kk": "Геологтардың бағалауынша, Қостанай облысындағы кен орнында 40 мыңнан 300 мың тоннаға дейін "
          "мыс бар.",
}


def test_a_range_at_one_scale_is_clean() -> None:
    assert not _numbers_found(_RESERVES), _numbers_found(_RESERVES)


def test_a_bare_lower_bound_in_full_digits_is_found() -> None:
    two = {lang: _RESERVES[lang] for lang in ("en", "ru")}  # no third version says 40,000
    assert not _numbers_found(two), _numbers_found(two)
    texts = edited(two, "en", "from 40,000 to 300,000", "from 40 to 300,000")
    assert "numbers.mismatch" in rules_found(texts, packaged_termbase())
