"""Issue 12, round 22 (checker22d): designations with dotted numbers, Russian letters in Kazakh
names, and the small number and date misses.

Sentences written here (not the corpora's). Designation shapes are the bodies' own symbol
formats (WHO: WHA72.2, EB154.R5; IMO: MSC.416(97), MEPC.328(76)); Kazakh place names are
compounds of two Kazakh words as a grammar describes them (қара "black" + сай "ravine"), typed
with the Russian к for қ as a Russian keyboard layout does."""

from __future__ import annotations

import pytest

from press.lang import names as free_names
from tests.edits import findings

_SYMBOL_TEXTS = {
    "en": "The Assembly recalled resolution {} on primary health care.",
    "ru": "Ассамблея напомнила о резолюции {} о первичной медико-санитарной помощи.",
    "kk": "Ассамблея алғашқы медициналық-санитариялық көмек туралы {} қарарын еске салды.",
}


def _errors(texts: dict[str, str], prefix: str) -> list[tuple[str, str, str, str]]:
    return [f for f in findings(texts["en"], texts["ru"], texts["kk"], prefix) if f[1] == "error"]


@pytest.mark.parametrize(("symbol", "changed"), [
    ("WHA72.2", "WHA72.5"), ("WHA77.1", "WHA71.1"), ("EB154.R5", "EB154.R3"),
    ("MSC.416(97)", "MSC.461(97)"), ("MSC.416(97)", "MSC.416(98)"), ("MEPC.328(76)", "MEPC.238(76)"),
])
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_dotted_symbol_changed_in_one_version_is_an_error(symbol: str, changed: str, lang: str) -> None:
    texts = {code: text.format(changed if code == lang else symbol) for code, text in _SYMBOL_TEXTS.items()}
    assert any(f[0] == "designations.mismatch" and lang in f[2].split(",")
               for f in _errors(texts, "designations."))


@pytest.mark.parametrize("symbol", ["WHA72.2", "EB154.R5", "MSC.416(97)", "MEPC.328(76)"])
def test_the_same_dotted_symbol_everywhere_is_clean(symbol: str) -> None:
    texts = {code: text.format(symbol) for code, text in _SYMBOL_TEXTS.items()}
    assert _errors(texts, "designations.") == [] and _errors(texts, "numbers.") == []


@pytest.mark.parametrize(("ru", "kk"), [("№ 409", "№ 409"), ("№409", "№409"), ("№ 409", "№409")])
def test_a_number_sign_written_with_or_without_a_space_is_the_same_decree(ru: str, kk: str) -> None:
    texts = {"en": "The President signed Decree No. 409 on the programme.",
             "ru": f"Президент подписал Указ {ru} о программе.",
             "kk": f"Президент бағдарлама туралы {kk} Жарлыққа қол қойды."}
    assert _errors(texts, "designations.") == [] and _errors(texts, "numbers.") == []


def test_a_decree_number_changed_is_still_an_error() -> None:
    texts = {"en": "The President signed Decree No. 409 on the programme.",
             "ru": "Президент подписал Указ №490 о программе.",
             "kk": "Президент бағдарлама туралы №409 Жарлыққа қол қойды."}
    assert any("ru" in f[2].split(",") for f in _errors(texts, "numbers.") + _errors(texts, "designations."))


# --- Russian letters in Kazakh names -------------------------------------------------------

_PLACE_TEXTS = {
    "en": "The new plant opened in {en} district, and its first buyers came from Almaty.",
    "ru": "Новый завод открылся в районе {ru}, первые покупатели приехали из Алматы.",
    "kk": "Жаңа зауыт {kk} ауданында ашылды, алғашқы сатып алушылар Алматыдан келді.",
}
_COMPOUND_NAMES = [  # (English, Russian, Kazakh): two Kazakh words each, қара/қызыл + a noun
    ("Karasai", "Карасай", "Қарасай"),
    ("Karabulak", "Карабулак", "Қарабұлақ"),
    ("Kyzylzhar", "Кызылжар", "Қызылжар"),
    ("Karakemer", "Каракемер", "Қаракемер"),
]


def _place(en: str, ru: str, kk: str) -> dict[str, str]:
    return {"en": _PLACE_TEXTS["en"].format(en=en), "ru": _PLACE_TEXTS["ru"].format(ru=ru),
            "kk": _PLACE_TEXTS["kk"].format(kk=kk)}


@pytest.mark.parametrize(("en", "ru", "kk"), _COMPOUND_NAMES)
def test_a_kazakh_compound_name_typed_with_russian_k_is_a_lookalike(en: str, ru: str, kk: str) -> None:
    typed = kk.replace("Қ", "К", 1)
    found = _errors(_place(en, ru, typed), "script.")
    assert any(f[0] == "script.lookalike" and f[3] == typed for f in found)


@pytest.mark.parametrize(("en", "ru", "kk"), _COMPOUND_NAMES)
def test_the_same_name_with_its_kazakh_letters_is_clean(en: str, ru: str, kk: str) -> None:
    assert _errors(_place(en, ru, kk), "script.") == []


@pytest.mark.parametrize("name", ["Канада", "Каракас", "Марокко", "Кармен", "Карина", "Колумбия"])
def test_a_foreign_name_with_k_is_no_lookalike(name: str) -> None:
    texts = {"en": "The guests came from far away.", "ru": "Гости приехали издалека.",
             "kk": f"Қонақтар {name} туралы айтты, олар алыстан келді."}
    assert _errors(texts, "script.") == []


def _half_typed(name: str) -> str:
    """*name* with its last қ or ғ typed as the Russian к or г, its other Kazakh letters kept."""
    at = max(name.rfind("қ"), name.rfind("ғ"))
    return name[:at] + {"қ": "к", "ғ": "г"}[name[at]] + name[at + 1:]


_KAZAKH_TOWNS = [name for name in ("талдықорған", "қызылорда", "ақтөбе", "қостанай", "ақтау")
                 if name in free_names.gazetteer("kk")]


@pytest.mark.parametrize("town", _KAZAKH_TOWNS)
def test_a_gazetteer_town_half_typed_on_the_russian_layout_is_a_lookalike(town: str) -> None:
    kk = _half_typed(town).capitalize() + "да"
    texts = {"en": "The forum met there.", "ru": "Форум прошёл там.", "kk": f"Форум {kk} өтті."}
    assert any(f[0] == "script.lookalike" and f[3] == kk for f in _errors(texts, "script."))


def test_a_word_typed_with_x_for_h_is_found_by_its_spelling_elsewhere() -> None:
    texts = {"en": "Furniture makers met. The furniture cluster grows.",
             "ru": "Встретились производители мебели. Мебельный кластер растёт.",
             "kk": "Жиһаз өндірушілер кездесті. Жихаз кластері өсіп келеді."}
    assert any(f[0] == "script.lookalike" and f[3] == "Жихаз" for f in _errors(texts, "script."))
    texts["kk"] = texts["kk"].replace("Жихаз", "Жиһаз")
    assert _errors(texts, "script.") == []


# --- counts of times and relative days -----------------------------------------------------

_GROWTH = {"en": "Output reached 9,300 tonnes in 2025 and is expected to {} by 2030.",
           "ru": "Выпуск достиг 9 300 тонн в 2025 году и к 2030 году вырастет {}.",
           "kk": "Өндіріс 2025 жылы 9 300 тоннаға жетті және 2030 жылға қарай {} өседі."}
_TIMES = {2: ("double", "вдвое", "екі есе"), 3: ("triple", "втрое", "үш есе"),
          4: ("quadruple", "вчетверо", "төрт есе")}
_QUALIFIED = [("more than {}", "более чем {}", "{}ден астам"), ("nearly {}", "почти {}", "{}ге жуық"),
              ("{}", "{}", "{}")]


def _growth(counts: dict[str, int], qualified: tuple[str, str, str]) -> dict[str, str]:
    words = {lang: _TIMES[count][("en", "ru", "kk").index(lang)] for lang, count in counts.items()}
    kk = qualified[2].format(words["kk"])
    return {"en": _GROWTH["en"].format(qualified[0].format(words["en"])),
            "ru": _GROWTH["ru"].format(qualified[1].format(words["ru"])), "kk": _GROWTH["kk"].format(kk)}


@pytest.mark.parametrize("qualified", _QUALIFIED)
@pytest.mark.parametrize(("right", "wrong"), [(3, 2), (2, 3), (4, 3)])
def test_a_multiplier_verb_after_a_qualifier_is_a_count_of_times(qualified: tuple[str, str, str],
                                                                 right: int, wrong: int) -> None:
    assert _errors(_growth({"en": right, "ru": right, "kk": right}, qualified), "numbers.") == []
    changed = _errors(_growth({"en": wrong, "ru": right, "kk": right}, qualified), "numbers.")
    assert any(f[0] == "numbers.mismatch" and "en" in f[2].split(",") for f in changed)


@pytest.mark.parametrize("text", ["The treaty avoids double taxation.",
                                  "Officials will double-check the lists.",
                                  "A triple jump champion attended."])
def test_double_that_is_no_verb_is_no_count(text: str) -> None:
    from press.lang.read_numbers import find_numbers

    assert find_numbers(text, "en") == []


_DAYS = {"en": "On 21 April the guests visited the port. {}, a forum opened in Aktau.",
         "ru": "21 апреля гости посетили порт. {} в Актау открылся форум.",
         "kk": "21 сәуірде қонақтар портқа барды. {} Ақтауда форум ашылды."}
_NEXT = {"en": "The next day", "ru": "На следующий день", "kk": "Келесі күні"}
_SAME = {"en": "The same day", "ru": "В тот же день", "kk": "Сол күні"}


def _days(which: dict[str, dict[str, str]]) -> dict[str, str]:
    return {lang: _DAYS[lang].format(which[lang][lang]) for lang in _DAYS}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_same_day_against_the_next_day_is_an_error(lang: str) -> None:
    texts = _days({code: _SAME if code == lang else _NEXT for code in _DAYS})
    assert any(lang in f[2].split(",") for f in _errors(texts, "numbers.") + _errors(texts, "dates."))
    texts = _days({code: _NEXT if code == lang else _SAME for code in _DAYS})
    assert any(lang in f[2].split(",") for f in _errors(texts, "numbers.") + _errors(texts, "dates."))


@pytest.mark.parametrize("said", [_NEXT, _SAME])
def test_the_same_relative_day_everywhere_is_clean(said: dict[str, str]) -> None:
    texts = _days({code: said for code in _DAYS})
    assert _errors(texts, "numbers.") == [] and _errors(texts, "dates.") == []


@pytest.mark.parametrize("word", ["әріптесі", "әкімі"])
def test_russian_e_for_kazakh_ae_at_the_start_of_a_native_word_is_a_lookalike(word: str) -> None:
    texts = {"en": "The guests met the officials.", "ru": "Гости встретились с официальными лицами.",
             "kk": f"Қонақтарды ауданның {word} қарсы алды."}
    assert _errors(texts, "script.") == []
    typed = "э" + word[1:]
    texts["kk"] = texts["kk"].replace(word, typed)
    assert any(f[0] == "script.lookalike" and f[3] == typed for f in _errors(texts, "script."))


@pytest.mark.parametrize("word", ["экономикасы", "эксперттері", "мэрі", "поэтінің"])
def test_a_loan_with_russian_e_is_no_lookalike(word: str) -> None:
    texts = {"en": "The guests met the officials.", "ru": "Гости встретились с официальными лицами.",
             "kk": f"Қонақтар қаланың {word} туралы айтты."}
    assert _errors(texts, "script.") == []


# --- a designation one version gives by its number alone -----------------------------------

_CONVENTION = {"en": "Kazakhstan ratified ILO Convention {} on domestic workers.",
               "ru": "Казахстан ратифицировал Конвенцию МОТ {} о домашних работниках.",
               "kk": "Қазақстан үй жұмыскерлері туралы ХЕҰ-ның {} конвенциясын ратификациялады."}
_RESOLUTION = {"en": "The Security Council adopted resolution {} (2015).",
               "ru": "Совет Безопасности принял резолюцию {} (2015).",
               "kk": "Қауіпсіздік Кеңесі {} (2015) қарарын қабылдады."}


def _said(table: dict[str, str], forms: dict[str, str]) -> dict[str, str]:
    return {lang: table[lang].format(forms[lang]) for lang in table}


@pytest.mark.parametrize(("table", "forms"), [
    (_CONVENTION, {"en": "C189", "ru": "№ 189", "kk": "№ 189"}),
    (_CONVENTION, {"en": "No. 189", "ru": "№189", "kk": "C189"}),
    (_RESOLUTION, {"en": "2231", "ru": "S/RES/2231", "kk": "2231"}),
    (_RESOLUTION, {"en": "S/RES/2231", "ru": "2231", "kk": "2231"}),
])
def test_a_designation_given_by_its_number_elsewhere_is_the_same(table: dict[str, str],
                                                                 forms: dict[str, str]) -> None:
    texts = _said(table, forms)
    assert _errors(texts, "designations.") == [] and _errors(texts, "numbers.") == []


@pytest.mark.parametrize(("table", "forms", "lang"), [
    (_CONVENTION, {"en": "C189", "ru": "№ 198", "kk": "№ 189"}, "ru"),
    (_CONVENTION, {"en": "C198", "ru": "№ 189", "kk": "№ 189"}, "en"),
    (_RESOLUTION, {"en": "2231", "ru": "S/RES/2213", "kk": "2231"}, "ru"),
    (_RESOLUTION, {"en": "2231", "ru": "S/RES/2231", "kk": "2213"}, "kk"),
])
def test_a_changed_number_of_such_a_designation_is_an_error(table: dict[str, str], forms: dict[str, str],
                                                            lang: str) -> None:
    texts = _said(table, forms)
    assert any(lang in f[2].split(",") for f in _errors(texts, "designations.") + _errors(texts, "numbers."))
