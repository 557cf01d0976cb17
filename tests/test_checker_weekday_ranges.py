"""A range of days named with its two weekdays: the first weekday is the first day's, the second
the last day's ("Tuesday and Wednesday, 3–4 November", «с понедельника по среду, 7–9 декабря»,
«3–4 қарашада, сейсенбі және сәрсенбі», «дүйсенбіден сәрсенбіге дейін»). Found as a class on the
blind8 corpus (session 10, after its first score); these sentences are written here."""

from __future__ import annotations

import datetime as dt

from press.check import check_texts

RELEASE = dt.date(2026, 10, 20)
TEXTS = {
    "en": "The talks will take place on Tuesday and Wednesday, 3–4 November 2026, in Astana. "
          "The exhibition is open from Monday to Wednesday, 7–9 December 2026.",
    "ru": "Переговоры пройдут во вторник и среду, 3–4 ноября 2026 года, в Астане. "
          "Выставка будет открыта с понедельника по среду, 7–9 декабря 2026 года.",
    "kk": "Келіссөздер 2026 жылғы 3–4 қарашада, сейсенбі және сәрсенбі күндері Астанада өтеді. "
          "Көрме 2026 жылғы 7–9 желтоқсанда, дүйсенбіден сәрсенбіге дейін ашық болады.",
}


def _weekday_findings(texts: dict[str, str]) -> list[tuple[str, str]]:
    return [(f.langs[0], f.message) for f in check_texts(texts, {}, RELEASE).findings]


def test_a_range_with_its_two_weekdays_is_right() -> None:
    assert _weekday_findings(TEXTS) == []


def test_a_wrong_weekday_of_a_range_is_still_found() -> None:
    for lang, old, new in (("en", "Tuesday and Wednesday", "Wednesday and Thursday"),
                           ("ru", "с понедельника по среду", "со вторника по среду"),
                           ("kk", "сейсенбі және сәрсенбі", "сейсенбі және бейсенбі"),
                           ("kk", "дүйсенбіден сәрсенбіге", "сейсенбіден сәрсенбіге")):
        assert old in TEXTS[lang]
        found = _weekday_findings(dict(TEXTS, **{lang: TEXTS[lang].replace(old, new)}))
        assert [where for where, _ in found] == [lang], (new, found)
        assert "but the text says" in found[0][1]


def test_a_single_weekday_before_a_single_day_is_unchanged() -> None:
    texts = {"en": "On Tuesday, 3 November 2026, the minister met the delegation.",
             "ru": "Во вторник, 3 ноября 2026 года, министр встретился с делегацией."}
    assert _weekday_findings(texts) == []
    wrong = dict(texts, ru=texts["ru"].replace("Во вторник", "В среду"))
    assert [lang for lang, _ in _weekday_findings(wrong)] == ["ru"]
