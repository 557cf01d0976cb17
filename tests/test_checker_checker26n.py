"""Names (issue 12, round 26): the Russian conventions for names of the Caucasus, and the
evidence of the two Cyrillic versions against the English one.

- Russian writes г for the h of an Azerbaijani name (Гусейнов for Huseynov, Гасанов for
  Hasanov) and of a Ukrainian one (Григоренко for Hryhorenko): the English form is no slip.
Names and sentences written here."""

from __future__ import annotations

from tests.edits import edited, name_errors


def _word(text: str, lang: str):
    from press.lang.names import NameWord

    return NameWord(text, lang, 0, len(text), None)


# --- h for г: Azerbaijani and Ukrainian names ------------------------------------------------

_BAKU = {
    "en": "On 4 June 2026 in Baku, Deputy Minister of Energy Rauf Hasanov met the delegation of "
          "KazMunayGas. Rauf Hasanov said that the two companies would build a new tanker in 2027.",
    "ru": "4 июня 2026 года в Баку заместитель министра энергетики Рауф Гасанов встретился с "
          "делегацией КазМунайГаза. Рауф Гасанов сообщил, что в 2027 году две компании построят "
          "новый танкер.",
    "kk": "2026 жылғы 4 маусымда Бакуде энергетика министрінің орынбасары Рауф Гасанов "
          "ҚазМұнайГаз делегациясымен кездесті. Рауф Гасанов 2027 жылы екі компания жаңа танкер "
          "салатынын айтты.",
}


def test_an_azerbaijani_h_is_the_russian_g() -> None:
    assert not name_errors(_BAKU)


def test_h_for_g_is_a_usual_romanisation_of_a_caucasian_or_ukrainian_surname() -> None:
    from press.lang.names import SAME, compare_words

    for latin, cyrillic in (("Hasanov", "Гасанов"), ("Heydarov", "Гейдаров"), ("Huseynov", "Гусейнов")):
        verdict = compare_words(_word(latin, "en"), _word(cyrillic, "ru"))
        assert verdict.status == SAME and not verdict.strict, (latin, verdict)


def test_a_kazakh_names_g_is_never_h() -> None:
    from press.lang.names import follows_a_romanisation

    assert follows_a_romanisation("Habdullin", "Габдуллин")
    assert not follows_a_romanisation("Habdullin", "Габдуллин", kazakh_name=True)


def test_a_letter_off_the_azerbaijani_surname_is_still_a_slip() -> None:
    texts = edited(_BAKU, "en", "Rauf Hasanov said", "Rauf Hasamov said")
    assert any(langs == ["en"] for _, langs, _ in name_errors(texts)), name_errors(texts)


# --- Armenian surnames in the Russian tradition, and the Kazakh form as the tie-breaker ----------

_YEREVAN = {
    "en": "On 9 June 2026 in Yerevan, Deputy Minister of Economy Karen Hambardzumyan and the "
          "Ambassador of Kazakhstan opened a trade house. Karen Hambardzumyan said that 14 Kazakh "
          "companies would work there. Minister of Health Anahit Hakobyan visited the clinic of "
          "the Kazakh company.",
    "ru": "9 июня 2026 года в Ереване заместитель министра экономики Карен Амбарцумян и Посол "
          "Казахстана открыли торговый дом. Карен Амбарцумян сообщил, что в нем будут работать "
          "14 казахстанских компаний. Министр здравоохранения Анаит Акопян посетила клинику "
          "казахстанской компании.",
    "kk": "2026 жылғы 9 маусымда Ереванда экономика министрінің орынбасары Карен Амбарцумян мен "
          "Қазақстан Елшісі сауда үйін ашты. Карен Амбарцумян онда 14 қазақстандық компания жұмыс "
          "істейтінін айтты. Денсаулық сақтау министрі Анаит Акопян қазақстандық компанияның "
          "клиникасында болды.",
}


def test_an_armenian_surname_in_its_russian_form_is_clean() -> None:
    assert not name_errors(_YEREVAN)


def test_the_russian_tradition_drops_the_h_and_devoices_the_stops() -> None:
    from press.lang.names import SAME, compare_words

    for latin, cyrillic in (("Hakobyan", "Акопян"), ("Hambardzumyan", "Амбарцумян")):
        assert compare_words(_word(latin, "en"), _word(cyrillic, "ru")).status == SAME, latin
    assert compare_words(_word("Hakobyan", "en"), _word("Акопин", "ru")).status != SAME


def test_the_literal_spelling_against_the_kazakh_tradition_is_the_russian_slip() -> None:
    texts = edited(_YEREVAN, "ru", "Карен Амбарцумян сообщил", "Карен Хамбардзумян сообщил")
    found = name_errors(texts)
    assert any(langs == ["ru"] and "Хамбардзумян" in excerpt for _, langs, excerpt in found), found
    assert not any("kk" in langs or "en" in langs for _, langs, _ in found), found


# --- a final vowel no transcription writes ---------------------------------------------------

_ROME = {
    "en": "On 11 June 2026 in Rome, Deputy Minister Giuseppe Carbone received the Kazakh "
          "delegation. The delegation also thanked Marco Costa for the exhibition. Giuseppe "
          "Carbone said that 300 Italian students would study in Almaty.",
    "ru": "11 июня 2026 года в Риме заместитель министра Джузеппе Карбоне принял казахстанскую "
          "делегацию. Делегация также выразила благодарность Марко Косте за выставку. Джузеппе "
          "Карбоне сообщил, что 300 итальянских студентов будут учиться в Алматы.",
    "kk": "2026 жылғы 11 маусымда Римде министр орынбасары Джузеппе Карбоне қазақстандық "
          "делегацияны қабылдады. Делегация сондай-ақ көрме үшін Марко Костаға алғыс айтты. "
          "Джузеппе Карбоне 300 итальяндық студент Алматыда оқитынын айтты.",
}


def test_a_final_a_in_the_russian_dative_is_no_slip() -> None:
    assert not name_errors(_ROME)


def test_a_final_e_turned_a_in_english_is_the_slip() -> None:
    texts = edited(_ROME, "en", "Giuseppe Carbone received", "Giuseppe Carbona received")
    found = name_errors(texts)
    assert any(langs == ["en"] and "Carbona" in excerpt for _, langs, excerpt in found), found
