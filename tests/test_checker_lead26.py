"""Classes of checker miss and false alarm seen on blind26/27 after their final score (issue 12,
session 20): a score or a time before a colon, a currency code matched without its capitals, the
Kazakh «азы» (less than) after the ablative, «биылғы маусымда» (this season, or this June),
«келер» (next) before a month or a week, and codes of capitals and digits (grant G0A1826N).
Each case is written here (own names, places and figures), fails without its rule, and its
counterpart with a real error is still found.
"""

from __future__ import annotations

from press.lang.read_dates import find_relative
from press.lang.read_designations import find_designations
from press.lang.read_numbers import find_numbers, find_scores, find_times
from tests.edits import found_on, found_only_when_edited


def test_a_score_or_a_time_before_a_colon_is_read() -> None:
    """"won 3:0: Nurlanov scored twice" — the colon after the score opens the account of it; a
    colon and digits still make a time with seconds, which is no score."""
    assert [key for _, _, key in find_scores("The hosts won 3:0: Nurlanov scored twice.")] == ["3:0"]
    russian = "Хозяева победили со счетом 3:0: дважды забил Нурланов."
    assert [key for _, _, key in find_scores(russian)] == ["3:0"]
    assert [key for _, _, key in find_times("Doors open at 18:30: bring the invitation.")] == ["18:30"]
    assert not find_times("the clock showed 10:15:42")


def test_scores_before_a_colon_are_compared(termbase: dict) -> None:
    texts = {"en": "In the final the home team won 3:0: Nurlanov scored twice in the second half.",
             "ru": "В финале хозяева победили со счетом 3:0: Нурланов дважды забил во втором тайме.",
             "kk": "Финалда үй иелері 3:0 есебімен жеңді: Нұрланов екінші таймда екі гол соқты."}
    found_only_when_edited(texts, termbase, "numbers.mismatch", "en", "won 3:0", "won 3:1")


def test_a_currency_code_is_in_capitals() -> None:
    """"under the 2004 Convention": "the" is no currency code, so 2004 takes no "less than";
    "up to EUR 5,000" is still a maximum."""
    years = find_numbers("The quota rises under the 2004 Transport Convention to 12 permits.", "en")
    assert [(m.value, m.qualifier) for m in years][:1] == [(2004, None)]
    amount = find_numbers("Grants of up to EUR 5,000 are available.", "en")
    assert [m.qualifier for m in amount] == ["upto"]


def test_kazakh_azy_after_the_ablative_is_less_than(termbase: dict) -> None:
    """«оқушылардың үштен бірінен азы» is fewer than a third, as «менее трети»."""
    less = find_numbers("оқушылардың жартысынан азы ауылда тұрады", "kk")
    assert [m.qualifier for m in less] == ["less"]
    texts = {"ru": "По данным управления, менее половины выпускников остаются работать в районе.",
             "kk": "Басқарманың деректері бойынша түлектердің жартысынан азы ауданда жұмыс істеп қалады."}
    found_only_when_edited(texts, termbase, "numbers.qualifier", "ru", "менее половины", "половина")


def test_this_season_in_kazakh_may_be_this_june() -> None:
    """«Биылғы маусымда» reads as this season and as this year; «биылғы маусым айында» is only
    June of this year; «осы маусымда» only this season."""
    both = [(m.unit, m.offset) for m in find_relative("Биылғы маусымда команда үш рет жеңді.", "kk")]
    assert both == [("year", 0), ("campaign", 0)]
    june = [(m.unit, m.offset) for m in find_relative("биылғы маусым айында ашылады", "kk")]
    assert june == [("year", 0)]
    assert [(m.unit, m.offset) for m in find_relative("осы маусымда ойнады", "kk")] == [("campaign", 0)]


def test_this_season_is_not_another_time(termbase: dict) -> None:
    texts = {"en": "This season the club played 30 matches. Next month the squad will travel to Shymkent.",
             "ru": "В этом сезоне клуб провел 30 матчей. В следующем месяце команда отправится в Шымкент.",
             "kk": "Биылғы маусымда клуб 30 матч өткізді. Келер айда команда Шымкентке барады."}
    found_only_when_edited(texts, termbase, "dates.mismatch", "kk", "Келер айда", "Келер аптада")


def test_kazakh_keler_is_next() -> None:
    found = [(m.unit, m.offset) for m in find_relative("Келер жылы және келер аптада", "kk")]
    assert found == [("year", 1), ("week", 1)]


def test_a_code_of_capitals_and_digits_is_a_designation(termbase: dict) -> None:
    """A grant G0A1826N or AP19680143 is read whole; a model A321LR keeps its own reading."""
    assert [key for _, _, key in find_designations("under grant AP19680143 and B2C3045D")] \
        == ["AP19680143", "B2C3045D"]
    assert [key for _, _, key in find_designations("an Airbus A321LR")] == ["A-321LR"]
    texts = {"en": "The study is funded under grant BR24993051 of the Ministry of Science.",
             "ru": "Исследование финансируется по гранту BR24993051 Министерства науки.",
             "kk": "Зерттеу Ғылым министрлігінің BR24993051 гранты бойынша қаржыландырылады."}
    found_only_when_edited(texts, termbase, "designations.mismatch", "ru", "BR24993051", "BR24939051")


def test_russian_soft_sign_before_a_vowel_is_kazakh_i(termbase: dict) -> None:
    """Kazakh writes no soft sign: Russian Ильясов, Марьям are Kazakh Ілиясов, Мәриям — one
    name; a vowel changed (Әлиясов) is still another spelling."""
    texts = {"ru": "Посол Казахстана в Канаде Данияр Ильясов вручил копии верительных грамот.",
             "kk": "Қазақстанның Канададағы елшісі Данияр Ілиясов сенім грамоталарының "
                   "көшірмелерін тапсырды."}
    found_only_when_edited(texts, termbase, "names.spelling", "kk", "Ілиясов", "Әлиясов")


def test_a_college_swapped_for_a_university_is_another_body(termbase: dict) -> None:
    """A college is a body (head "college"): the Shymkent Medical College in two versions and the
    Shymkent University of Medicine in the third are two bodies."""
    texts = {"en": "Forty nurses will be trained at the Shymkent Medical College, the akimat said.",
             "ru": "Сорок медсестер пройдут обучение в Шымкентском медицинском колледже, сообщили в акимате.",
             "kk": "Қырық мейірбике Шымкент медицина колледжінде оқудан өтеді, деп хабарлады әкімдік."}
    found_only_when_edited(texts, termbase, "names.missing", "en", "Shymkent Medical College",
                            "Shymkent University of Economics")


def test_the_kazakh_foreign_ministry_is_the_mfa(termbase: dict) -> None:
    """"the Kazakh Foreign Ministry" is «МИД Казахстана», «ҚР СІМ»: the ministry's own name in
    the news of every outlet, no name one version lacks."""
    texts = {"en": "The agreement enters into force on 10 November, the Kazakh Foreign Ministry said.\n\n"
                   "Citizens may stay up to 30 days.",
             "ru": "Соглашение вступит в силу 10 ноября.\n\nОб этом сообщили в МИД Казахстана.\n\n"
                   "Граждане смогут находиться в стране до 30 дней."}
    assert not [r for r, _, _ in found_on(texts, termbase) if r.startswith(("names", "content"))]


def test_a_neighbours_parliament_by_its_own_word_or_translated(termbase: dict) -> None:
    """«Жогорку Кенеш» is the Supreme Council of Kyrgyzstan, as the starter termbase says."""
    texts = {"en": "Senate Speaker Maulen Ashimbayev held a meeting with Chairman of the Supreme Council of "
                   "Kyrgyzstan Marlen Mamataliev, who arrived on an official visit.\n\n"
                   "They discussed water issues.",
             "ru": "Спикер Сената Маулен Ашимбаев провел встречу с председателем Жогорку Кенеша Марленом "
                   "Маматалиевым.\n\nМаматалиев прибыл с официальным визитом.\n\n"
                   "Стороны обсудили водные вопросы.",
             "kk": "Сенат спикері Мәулен Әшімбаев ресми сапармен келген Жогорку Кенеш Төрағасы Марлен "
                   "Маматалиевпен кездесті.\n\nТараптар су мәселелерін талқылады.\n\nКездесу Астанада өтті."}
    assert not [r for r, _, _ in found_on(texts, termbase) if r.startswith(("names", "content"))]


def test_a_surname_in_ov_written_in_uly_in_one_version_is_a_slip(termbase: dict) -> None:
    """A living official's surname is one form: Оспанов in two versions and «Оспанұлы» in the
    third is a misspelling (two fresh sets, blind28 and blind29, injected it so and the rule
    that took -ұлы for -ов lost both)."""
    texts = {"en": "Deputy Akim of the region Daniyar Ospanov opened the new school in Kokshetau.",
             "ru": "Заместитель акима области Данияр Оспанов открыл новую школу в Кокшетау.",
             "kk": "Облыс әкімінің орынбасары Данияр Оспанов Көкшетаудағы жаңа мектепті ашты."}
    found_only_when_edited(texts, termbase, "names.spelling", "kk", "Данияр Оспанов", "Данияр Оспанұлы")
