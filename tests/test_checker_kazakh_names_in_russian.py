"""A Kazakh person's name written the Kazakh way inside a Russian text (state media print
«Жұмабаеву Айгерім Серікқызы» for people who spell their names so) is not a Russian word typed
with a Kazakh letter; a Russian word, a place, or one name spelt two ways still is. Found on
real news (a decree's list of laureates on Kazinform); the sentences here are written anew."""

from __future__ import annotations

from press.check.document import Para
from press.check.script import _kazakh_in_russian, _russian_spellings


def _flagged(*paragraphs: str) -> list[str]:
    paras = [Para(f"p{i}", "ru", text, f"ru.txt:{i}") for i, text in enumerate(paragraphs, 1)]
    spelt = _russian_spellings(paras)
    return [f.excerpt for p in paras for f in _kazakh_in_russian(p, spelt)]


def test_full_names_spelt_the_kazakh_way_are_names() -> None:
    assert _flagged("Премия присуждена Жұмабаеву Әділету Серікұлы за роман «Дала».",
                    "Грамоту получила Нұрланова Гүлнәр Бекқызы.",
                    "Диплом вручен Сәрсенбай Айдосу Қайратұлы.") == []


def test_a_surname_in_another_case_makes_the_run_a_name() -> None:
    assert _flagged("Министр наградил Төлеубаеву и вручил ей диплом.") == []


def test_russian_words_with_a_kazakh_letter_are_slips() -> None:
    assert _flagged("Делегация Қазахстана прибыла в Ұндию.") == ["Қазахстана", "Ұндию"]


def test_a_place_is_no_person() -> None:
    assert _flagged("Делегация посетила Қостанай и Жезқазған.") == ["Қостанай", "Жезқазған"]


def test_one_name_spelt_two_ways_is_a_slip() -> None:
    assert _flagged("Министр Нұрбеков открыл форум.",
                    "Нурбеков отметил рост торговли.") == ["Нұрбеков"]


def test_a_given_name_alone_is_not_excused() -> None:
    assert _flagged("Слово взяла Әсем, студентка из Алматы.") == ["Әсем"]


# --- a Latin term glossed in brackets after its translation ------------------------------------

def _untranslated(text: str, lang: str = "ru") -> list[str]:
    from press.check.script import _untranslated as untranslated
    return [f.excerpt for f in untranslated(Para("p1", lang, text, f"{lang}.txt:1"), set())]


def test_a_term_glossed_in_brackets_is_not_left_untranslated() -> None:
    assert _untranslated("В заповеднике сняли манула (Otocolobus manul) и беркута (Aquila chrysaetos).") == []
    assert _untranslated("Обсуждалась зелёная экономика (green economy) и её финансирование.") == []
    assert _untranslated("Қорықта қарақұйрық (Gazella subgutturosa) байқалды.", "kk") == []


def test_english_in_the_sentence_is_found_beside_a_gloss() -> None:
    assert _untranslated("Делегация обсудила green economy и её финансирование.") == ["green economy"]
    assert _untranslated("Стороны подписали (Memorandum of understanding) на форуме и обсудили "
                         "supply chains.") == ["supply chains"]
