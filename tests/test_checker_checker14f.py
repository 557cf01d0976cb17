"""Person names (issue 12, helper checker14f): slips inside the transcription tolerance, a person
swapped in one version, and false alarms on person names — each class with sentences written here
(not the corpus's), in both directions: the error is found at error level, the harmless text is
not flagged.

All in-process: plain texts through `check_texts` with no register (as `press check --text`
with no glossary reads them).
"""

from __future__ import annotations

from press.lang import names
from press.lang.names import SAME, NameWord
from tests.test_checker_checker13c import _edited, _flagged, _names


def _verdict(a: str, lang_a: str, b: str, lang_b: str) -> names.Verdict:
    return names.compare_words(NameWord(a, lang_a, 0, 0, None), NameWord(b, lang_b, 0, 0, None))


# --- a Kazakh surname in a case form is a name, though hunspell-kk lists famous ones -------------

_NOVEL = {
    "en": "The embassy presented a new German translation of Mukhtar Auezov’s novel “The Path of Abai” "
          "in Berlin. The translator, Professor Anna Vogel, spoke about her work.",
    "ru": "В Берлине посольство представило новый немецкий перевод романа Мухтара Ауэзова «Путь Абая». "
          "Переводчик, профессор Анна Фогель, рассказала о своей работе.",
    "kk": "Мұхтар Әуезовтің «Абай жолы» романының жаңа неміс тіліндегі аудармасы Берлинде таныстырылды. "
          "Аудармашы, профессор Анна Фогель өз жұмысы туралы айтты.",
}


def test_a_famous_kazakh_surname_opening_a_kazakh_sentence_is_clean() -> None:
    assert _names(_NOVEL) == []


def test_the_writer_swapped_in_kazakh_is_found() -> None:
    swapped = _edited(_NOVEL, "kk", "Мұхтар Әуезовтің", "Сәбит Мұқановтың")
    assert _flagged(swapped, "kk"), _names(swapped)


def test_the_writer_swapped_in_russian_is_found() -> None:
    swapped = _edited(_NOVEL, "ru", "Мухтара Ауэзова", "Сабита Муканова")
    assert _flagged(swapped, "ru"), _names(swapped)


def test_the_writer_swapped_in_english_is_found() -> None:
    swapped = _edited(_NOVEL, "en", "Mukhtar Auezov’s", "Sabit Mukanov’s")
    assert _flagged(swapped, "en"), _names(swapped)


def test_e_after_the_kazakh_glide_u_is_romanised_e() -> None:
    """Әуезов is Auezov in the state's romanisation: у before е is a glide, not a vowel."""
    assert _verdict("Auezov", "en", "Әуезовтің", "kk") == names.Verdict(SAME, 0.0)
    assert _verdict("Auezov", "en", "Әуезов", "kk").status == SAME
    assert _verdict("Auyezov", "en", "Әуезов", "kk").status == SAME


# --- a Russian surname in the instrumental is compared as the surname, not a guessed plural ------

def test_a_russian_surname_in_the_instrumental_is_compared_as_a_surname() -> None:
    """Саидовым is a form of Саидов; pymorphy3 also guesses a plural Саидовы, which brought the
    slip Saidow within a letter's glide (y) of it."""
    assert _verdict("Saidov", "en", "Саидовым", "ru").status == SAME
    assert _verdict("Saidow", "en", "Саидовым", "ru").status != SAME
