"""A relative year one version writes as the year itself (realnews28: "five more farms next
year" where the Kazakh says «2026 жылы тағы 5 ферма» and names "this year" twice, «Биыл … Осы
жылы»): counted with the written year, it names every year the others do, so its second "this
year" is not in the place of "next year". A version that swaps "next year" for "this year" while
all three also write the year stays found."""

from __future__ import annotations

import datetime as dt

from press.check import check_texts

_DATE = dt.date(2025, 12, 23)
_EN = ("The region allocated 200 billion tenge to farming this year. Seven dairy farms opened, and five more "
       "will be built next year. The 2026 budget keeps the support.")
_RU = ("В этом году на сельское хозяйство региона направили 200 млрд тенге. Открыты семь молочных ферм, "
       "ещё пять построят в следующем году. Бюджет 2026 года сохраняет поддержку.")
_KK_WRITTEN = ("Биыл өңірде ауыл шаруашылығына 200 млрд теңге бөлінді. Осы жылы жеті сүт фермасы ашылды, "
               "2026 жылы тағы бес ферма салынады.")
_KK = ("Биыл өңірде ауыл шаруашылығына 200 млрд теңге бөлінді. Жеті сүт фермасы ашылды, келесі жылы тағы бес "
       "ферма салынады. 2026 жылғы бюджет қолдауды сақтайды.")


def _date_findings(kk: str, en: str = _EN) -> list[str]:
    report = check_texts({"en": en, "ru": _RU, "kk": kk}, {}, _DATE)
    return [f.excerpt for f in report.findings if f.rule == "dates.mismatch"]


def test_next_year_written_as_the_year_is_no_other_year() -> None:
    en = _EN.replace(" The 2026 budget keeps the support.", "")
    assert _date_findings(_KK_WRITTEN, en) == []


def test_the_clean_texts_agree() -> None:
    assert _date_findings(_KK) == []


def test_a_swapped_next_year_is_still_found() -> None:
    assert _date_findings(_KK.replace("келесі жылы", "биыл")) != []
