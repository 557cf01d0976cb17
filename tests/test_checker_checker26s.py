"""The first check of a release after start-up (issue 12, Done-when: speed; helper checker26s):
what it does that a later check does not is reading the text's own words; what does not depend
on the text is done at import or in `warm_up`.

A check of a fresh release, after `warm_up` and with `re`'s cache of patterns compiled by call
emptied, compiles no pattern but those built from its own words (a brand of the text, "NASA
\\w+"): a pattern a rule wrote as a literal (`re.match(r"[\\w-]+", …)` in a rule) is compiled at
import. Planted back: `after_place_adjective`'s word pattern or `_code_of_next`'s figure
pattern as a call with a literal again fails the test with that pattern named."""

from __future__ import annotations

import datetime as dt
import re
import re._compiler

import pytest

from press.check import check_texts, warm_up
from press.lang.tokens import tokens
from press.model import Entity

_FRESH = {
    "en": "On 14 March 2026 the Governor of British Columbia, Mr Dalton Whitby, told reporters in "
          "Astana that this month the province had approved grants for 2026–2027 worth USD 11.5 million "
          "for the Sarysu project, with more than 40 engineers.",
    "ru": "14 марта 2026 года губернатор Британской Колумбии Далтон Уитби сообщил журналистам в "
          "Астане, что в этом месяце провинция выделила на 2026–2027 годы USD 11,5 млн проекту "
          "«Сарысу», где работают 40 с лишним инженеров.",
    "kk": "2026 жылғы 14 наурызда Британдық Колумбия губернаторы Далтон Уитби Астанада "
          "журналистерге осы айда провинция «Сарысу» жобасына 2026–2027 жылдарға USD 11,5 млн "
          "бөлгенін, онда 40-тан астам инженер жұмыс істейтінін айтты.",
}
"""A release no test and no warm-up reads otherwise: a registered place of two words after a
place adjective, a currency code before a figure, this month, figures with a qualifier."""
_REGISTER = {"bc": Entity("bc", "place", {"en": ["Columbia"], "ru": ["Колумбия"], "kk": ["Колумбия"]}),
             "dw": Entity("dw", "person", {"en": ["Dalton Whitby"], "ru": ["Далтон Уитби"],
                                           "kk": ["Далтон Уитби"]})}
"""Registered names: the registered-name reader asks what comes before them."""


@pytest.fixture()
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The patterns `re` compiles while the test runs, after warm-up, its cache emptied."""
    warm_up()
    re.purge()
    found: list[str] = []
    compile_ = re._compiler.compile

    def recorded(pattern, flags=0):  # type: ignore[no-untyped-def]
        found.append(pattern if isinstance(pattern, str) else repr(pattern))
        return compile_(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", recorded)
    return found


def test_a_check_compiles_only_patterns_of_its_own_words(compiled: list[str]) -> None:
    check_texts(_FRESH, _REGISTER, dt.date(2026, 3, 14))
    words = {t.text for text in _FRESH.values() for t in tokens(text)}
    literal = [p for p in compiled if not any(w in p for w in words if len(w) > 2)]
    assert literal == []
