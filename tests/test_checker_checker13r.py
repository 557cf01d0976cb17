"""Names and script RECALL (issue 12, helper checker13r): swapped and misspelt names the
checker missed, each class with cases written here (own sentences, not the corpus's) in both
directions: the error is found at error level, the harmless variant is not flagged.

All in-process: plain texts through `check_texts` with no register (as `press check --text`
with no glossary reads them).
"""

from __future__ import annotations

import datetime as dt

import pytest

from press.check import check_texts
from tests.edits import edited

DAY = dt.date(2026, 11, 25)


def _findings(texts: dict[str, str]) -> list[tuple[str, str, list[str], str]]:
    """(rule, severity, langs, excerpt) of every finding on *texts*."""
    return [(f.rule, f.severity, f.langs, f.excerpt) for f in check_texts(texts, {}, DAY).findings]


def _names(texts: dict[str, str]) -> list[tuple[str, list[str]]]:
    """(rule, langs) of the error-level names findings on *texts*."""
    return [(rule, langs) for rule, severity, langs, _ in _findings(texts)
            if rule.startswith("names.") and severity == "error"]


# --- a name after its initials (А. Х. Маргулан, Дж. Махама) is a person's name ------------------

_BOKEIKHAN = {
    "en": "The exhibition was prepared by the Ministry of Culture together with the Bokeikhan Institute "
          "of Literature and Art.",
    "ru": "Выставку подготовило Министерство культуры совместно с Институтом литературы и искусства "
          "имени А. Н. Бокейхана.",
    "kk": "Көрмені Мәдениет министрлігі Ә. Н. Бөкейхан атындағы Әдебиет және өнер институтымен бірлесіп "
          "дайындады.",
}
_MUTHARIKA = {
    "en": "President Peter Mutharika thanked the Kazakh side. Later, President Mutharika visited Almaty.",
    "ru": "Президент Питер Мутарика поблагодарил казахстанскую сторону. Позднее Президент П. Мутарика "
          "посетил Алматы.",
    "kk": "Президент Питер Мутарика қазақстандық тарапқа алғыс айтты. Кейін Президент П. Мутарика "
          "Алматыға барды.",
}


def test_the_names_after_initials_are_clean() -> None:
    assert _names(_BOKEIKHAN) == []
    assert _names(_MUTHARIKA) == []


def test_a_name_after_initials_dropped_in_one_version_is_missing() -> None:
    """The initials (А. Н.) end no sentence: the capitalised word after them is the surname,
    a person's name, which two versions state and the third has lost with its institute."""
    swapped = edited(_BOKEIKHAN, "en", "the Bokeikhan Institute of Literature and Art",
                      "the Institute of Oriental Studies")
    assert ("names.missing", ["en"]) in _names(swapped)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_name_after_an_initial_spelt_two_ways_is_found(lang: str) -> None:
    """П. Мутарика and П. Мутаррика: the surname after an initial is a name as it is after a
    first name."""
    misspelt = edited(_MUTHARIKA, lang, "П. Мутарика", "П. Мутаррика")
    assert any(rule.startswith("names.") and lang in langs for rule, langs in _names(misspelt))


# --- an organisation swapped for another: its head noun or the field its name says -------------

_ACADEMY = {
    "en": "The report was prepared by the Academy of Sciences and presented to the Security Council. "
          "The Minister advised the delegation to visit the centre of the city.",
    "ru": "Доклад подготовила Академия наук и представила его Совету безопасности. Министр посоветовал "
          "делегации посетить центр города.",
    "kk": "Баяндаманы Ғылым академиясы дайындап, Қауіпсіздік кеңесіне ұсынды. Министр делегацияға "
          "қала орталығына баруға кеңес берді.",
}
_CENTRE = {
    "en": "The grant was awarded by the National Centre for Biotechnology together with the Ministry of "
          "Justice. The ministry will fund the study.",
    "ru": "Грант присудил Национальный центр биотехнологии совместно с Министерством юстиции. "
          "Министерство профинансирует исследование.",
    "kk": "Грантты Ұлттық биотехнология орталығы Әділет министрлігімен бірлесіп берді. Министрлік "
          "зерттеуді қаржыландырады.",
}

_PROMOTION = {
    "en": "The Kazakh Council for the Promotion of Exports and the Foreign Investors’ Council met in Astana.",
    "ru": "Казахстанский комитет содействия экспорту и Совет иностранных инвесторов провели встречу в "
          "Астане.",
    "kk": "Қазақстанның экспортқа жәрдемдесу комитеті мен Шетелдік инвесторлар кеңесі Астанада кездесті.",
}


def test_organisations_named_alike_are_clean() -> None:
    """A council, a centre, a ministry in every version; «кеңес берді» (gave advice), the centre
    of a city, "will fund" (a verb) are no organisation another version lacks."""
    assert _names(_ACADEMY) == []
    assert _names(_CENTRE) == []


def test_a_council_translated_as_a_committee_is_the_same_body() -> None:
    """A council one version calls a committee («комитет содействия» for the Council for the
    Promotion), and the field of a name with a possessive (Foreign Investors’ Council), are
    no swap."""
    assert _names(_PROMOTION) == []


@pytest.mark.parametrize(("texts", "lang", "old", "new"), [
    (_ACADEMY, "en", "the Academy of Sciences", "the Heritage Fund"),
    (_ACADEMY, "ru", "Совету безопасности", "Корпорации безопасности"),
    (_CENTRE, "en", "National Centre for Biotechnology", "National Centre for Surgery"),
    (_CENTRE, "en", "Ministry of Justice", "Ministry of the Interior"),
    (_CENTRE, "kk", "Ұлттық биотехнология орталығы", "Ұлттық медицина орталығы"),
    (_CENTRE, "kk", "Әділет министрлігімен", "Әділет комитетімен"),
    (_CENTRE, "ru", "Национальный центр биотехнологии", "Национальный фонд биотехнологии"),
])
def test_an_organisation_swapped_in_one_version_is_found(texts: dict[str, str], lang: str, old: str,
                                                         new: str) -> None:
    """A council for a committee, a fund for an academy (the head), surgery for
    biotechnology, the interior for justice (the field): another body, at error level."""
    assert ("names.missing", [lang]) in _names(edited(texts, lang, old, new))
