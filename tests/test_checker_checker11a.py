"""Classes of checker false alarm on real news in two or three languages (issue 12, checker11a):
a fact a version by another hand leaves out (said once, as an omission), the dateline's place,
places joined by hyphens into a route, geographic regions taken for organisations, the ministry
by its other names. Each case is written here (own names, places and figures); each harmless
form has its counterpart with a real error that is still found.

All in-process, as tests/test_checker_realnews.py: plain texts through `check_texts` with the
toolkit's termbase (what `press check --text` reads), or with no register at all.
"""

from __future__ import annotations

import datetime as dt

from press.check import check_texts
from press.lang.names import name_tokens
from press.lang.read_names import dateline_span

DAY = dt.date(2026, 5, 14)


def _found(texts: dict[str, str], entities: dict | None = None) -> list[tuple[str, str, list[str]]]:
    return [(f.rule, f.severity, f.langs) for f in check_texts(texts, entities or {}, DAY).findings]


# --- A1: what another hand leaves out is one omission, not a contradiction per fact ----------

_EN = ("Kazakhstan brings its citizens home from the Gulf\n\n"
       "The first flight with 214 Kazakh citizens landed in Aktobe from Doha on 12 May 2026, "
       "Deputy Foreign Minister Timur Zhaksylykov told reporters.\n\n"
       "A second flight will bring 158 citizens from Kuwait, he said. Buses have also taken "
       "43 students from Basra to the border with Kuwait.\n\n"
       "The evacuation is organised together with the national carrier, which provided two "
       "aircraft for the operation.")
_KK_SHORT = ("Шығанақ елдеріндегі қазақстандықтар елге оралуда\n\n"
             "Дохадан 214 қазақстандықты алып шыққан алғашқы рейс 2026 жылғы 12 мамырда Ақтөбеге "
             "қонды. Бұл туралы Сыртқы істер министрінің орынбасары Тимур Жақсылықов мәлім етті.")
_KK_FULL = (_KK_SHORT + "\n\n"
            "Оның айтуынша, екінші рейс Кувейттен 158 азаматты жеткізеді. Сондай-ақ автобустар "
            "Басрадан 43 студентті Кувейт шекарасына жеткізді.\n\n"
            "Эвакуация ұлттық тасымалдаушымен бірлесіп ұйымдастырылды, ол операцияға екі ұшақ "
            "бөлді.")


_RU = ("Казахстан возвращает граждан из стран Залива\n\n"
       "Первый рейс с 214 гражданами Казахстана приземлился в Актобе из Дохи 12 мая 2026 года, "
       "сообщил журналистам заместитель министра иностранных дел Тимур Жаксылыков.\n\n"
       "Второй рейс доставит 158 граждан из Кувейта, сказал он. Автобусы также доставили "
       "43 студентов из Басры к границе с Кувейтом.\n\n"
       "Эвакуация организована совместно с национальным перевозчиком, который выделил для "
       "операции два самолёта.")


def test_a_version_cut_short_is_told_what_it_leaves_out_once() -> None:
    """A Kazakh version of two paragraphs where the English and Russian have four: the
    figures and places of their paragraphs it lacks are no contradiction: ONE warning for the
    version, naming what it leaves out and where the first of it stands."""
    found = check_texts({"en": _EN, "ru": _RU, "kk": _KK_SHORT}, {}, DAY).findings
    assert [(f.rule, f.severity, f.langs) for f in found] == [("content.omitted", "warning", ["kk"])]
    message = found[0].message
    assert message.startswith("kk does not state what en, ru state:")
    assert all(fact in message for fact in ("158 (figure)", "43 (figure)", "Kuwait", "Basra"))
    assert found[0].location.endswith(".txt:5")


def test_a_translation_paragraph_by_paragraph_still_reports_each_dropped_fact() -> None:
    """The same lack in a version of the same shape (a translation paragraph by paragraph) is
    a fact dropped in translation: an error of its rule, one per fact."""
    dropped = _KK_FULL.replace("Кувейттен 158 азаматты", "азаматтарды")
    found = _found({"en": _EN, "kk": dropped})
    assert ("numbers.mismatch", "error", ["kk"]) in found
    assert not any(rule == "content.omitted" for rule, _, _ in found)
    three = {"en": _EN, "ru": _RU, "kk": _KK_FULL}
    assert _found(three) == []
    third = dict(three, kk=_KK_FULL.replace("Басрадан 43", "43"))  # a name dropped from one of three
    assert ("names.missing", "error", ["kk"]) in _found(third)


def test_a_value_in_the_place_of_another_stays_an_error_in_versions_by_other_hands() -> None:
    """Versions of different shape still contradict each other where one says another figure
    (213 where the English says 214): a per-fact error, not folded into the omission."""
    other = _KK_SHORT.replace("214 қазақстандықты", "213 қазақстандықты")
    found = _found({"en": _EN, "kk": other})
    assert ("numbers.mismatch", "error", ["kk"]) in found
    assert sum(rule == "content.omitted" for rule, _, _ in found) <= 1


# --- E: the dateline's place ----------------------------------------------------------------

def test_the_dateline_is_where_the_news_was_written_not_a_fact(termbase: dict) -> None:
    """«АҚТӨБЕ. KAZINFORM –», "AKTOBE —", «Ақтөбе, 14 мамыр 2026 жыл –» open a paragraph with
    the place of publication: a version without a dateline need not name it; one whose
    dateline names another place does. A place named in the body of two versions and not in
    the third is still missing."""
    for opening in ("АҚТӨБЕ. KAZINFORM – ", "АҚТӨБЕ.KAZINFORM - ", "Ақтөбе, 14 мамыр 2026 жыл – "):
        assert dateline_span(opening + "Бүгін", "kk") is not None
    assert dateline_span("Ақтөбе – облыс орталығы.", "kk") is None  # a sentence about the city
    texts = {"en": "AKTOBE — The regional hospital received new equipment worth 40 million tenge.",
             "kk": "АҚТӨБЕ. KAZINFORM – Облыстық аурухана 40 миллион теңгенің жаңа жабдығын алды.",
             "ru": "Областная больница получила новое оборудование на 40 миллионов тенге."}
    assert _found(texts, termbase) == []
    dated = dict(texts, ru="АКТОБЕ. KAZINFORM – " + texts["ru"])
    assert _found(dated, termbase) == []
    swapped = dict(dated, kk=texts["kk"].replace("АҚТӨБЕ", "ОРАЛ"))  # a dateline of another place
    assert any(rule == "names.missing" and langs == ["kk"] for rule, _, langs in _found(swapped, termbase))
    body = dict(texts, en=texts["en"] + " Aktobe doctors were trained in Astana.",
                kk=texts["kk"] + " Ақтөбе дәрігерлері Астанада оқудан өтті.",
                ru=texts["ru"] + " Врачи прошли обучение.")
    assert ("names.missing", "error", ["ru"]) in _found(body, termbase)


# --- H: places joined by hyphens into a route -------------------------------------------------

def test_each_place_of_a_route_written_with_hyphens_is_a_place(termbase: dict) -> None:
    """«Атырау-Стамбул-Атырау бағыты», "the Atyrau–Istanbul route", «по маршруту Атырау –
    Стамбул» name the same places; a route through another city is still another place. A
    place's own hyphenated name stays one word."""
    assert [t.text for t in name_tokens("Атырау-Стамбул-Атырау бағыты", "kk")] == \
        ["Атырау", "Стамбул", "Атырау", "бағыты"]
    assert [t.text for t in name_tokens("в Улан-Баторе и Усть-Каменогорске", "ru")] == \
        ["в", "Улан-Баторе", "и", "Усть-Каменогорске"]
    texts = {"en": "The airline opens the Atyrau–Istanbul route with three flights a week.",
             "kk": "Әуе компаниясы аптасына үш рейспен Атырау-Стамбул-Атырау бағытын ашады.",
             "ru": "Авиакомпания открывает рейсы по маршруту Атырау – Стамбул три раза в неделю."}
    assert _found(texts, termbase) == []
    other = dict(texts, kk=texts["kk"].replace("Атырау-Стамбул-Атырау", "Ақтау-Стамбул-Ақтау"))
    assert any(rule == "names.missing" and langs == ["kk"] for rule, _, langs in _found(other, termbase))


# --- I: a geographic region is no organisation -------------------------------------------------

def test_eurasia_the_region_is_not_the_eurasian_economic_union(termbase: dict) -> None:
    """"Eurasia", «Евразия», «Еуразия», the Middle East and the Caucasus are regions, not the
    registered Eurasian Economic Union misspelt; the Union's name misspelt is still found."""
    texts = {"en": "The envoy spoke about transport across Eurasia, the Middle East and the Caucasus.",
             "ru": "Посланник рассказал о транспорте в Евразии, на Ближнем Востоке и на Кавказе.",
             "kk": "Елші Еуразиядағы, Таяу Шығыстағы және Кавказдағы көлік туралы айтты."}
    assert _found(texts, termbase) == []
    union = {"en": "The envoy met the Eurasian Economic Union's delegation.",
             "ru": "Посланник встретился с делегацией Евразийского экономического союза.",
             "kk": "Елші Еуразиялық экономикалық одақтың делегациясымен кездесті."}
    assert _found(union, termbase) == []
    misspelt = dict(union, en="The envoy met the Eurasion Economic Union's delegation.")
    assert ("names.spelling", "error", ["en"]) in _found(misspelt, termbase)


# --- C: the ministry by its other names --------------------------------------------------------

def test_the_ministry_by_its_short_and_descriptive_names(termbase: dict) -> None:
    """"the Foreign Ministry", «внешнеполитическое ведомство», «сыртқы саяси ведомство» are
    names of the registered Ministry of Foreign Affairs (the termbase's forms), and «СІМ» or
    «Сыртқы істер министрлігі» before «Ирандағы» is ours (Kazakh puts the owner first); the
    ministries of two countries (in the plural) and the Turkish Foreign Ministry are not."""
    for kk in ("Сыртқы істер министрлігі Ирандағы азаматтарды ескертті.",
               "СІМ Ирандағы азаматтарды ескертті."):
        texts = {"en": "The Foreign Ministry warned citizens who live in Iran.",
                 "ru": "Внешнеполитическое ведомство предупредило граждан, проживающих в Иране.",
                 "kk": kk}
        assert _found(texts, termbase) == [], kk
    home = {"en": "Kazakhstan's Foreign Ministry welcomed the agreement reached in Geneva.",
            "ru": "Внешнеполитическое ведомство Казахстана приветствовало соглашение, достигнутое "
                  "в Женеве.",
            "kk": "Қазақстанның сыртқы саяси ведомствосы Женевада қол жеткізілген келісімді құптады."}
    assert _found(home, termbase) == []
    plural = {"en": "The foreign ministries of the two countries agreed to meet in Geneva.",
              "ru": "Внешнеполитические ведомства двух стран договорились встретиться в Женеве.",
              "kk": "Екі елдің сыртқы саяси ведомстволары Женевада кездесуге келісті."}
    assert _found(plural, termbase) == []  # the two countries' ministries: not ours alone
    other = dict(home, en="The Turkish Foreign Ministry welcomed the agreement reached in Geneva.")
    assert ("names.extra", "warning", ["en"]) in _found(other, termbase)  # en lacks our ministry
