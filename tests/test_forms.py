"""Word forms press.lang writes into drafts and onto pages, as a ministry editor writes them.

Each row was written from the grammar (and the reviewer's notes in issue 17) before the rules
were changed; the independent oracles (hunspell-kk, pymorphy3) are in test_form_oracles.py.
"""

from __future__ import annotations

import pytest

from press.lang.kazakh import Case, inflect, inflect_name
from press.lang.russian import house_spelling
from press.lang.russian import inflect_name as ru_inflect

KK_CASES = (Case.GENITIVE, Case.DATIVE, Case.ACCUSATIVE, Case.LOCATIVE, Case.ABLATIVE, Case.INSTRUMENTAL)

KK_TABLE = [
    # у/ю after a front vowel: front endings (the last vowel decides)
    ("Мәскеу", "Мәскеудің Мәскеуге Мәскеуді Мәскеуде Мәскеуден Мәскеумен"),
    ("Сеул", "Сеулдің Сеулге Сеулді Сеулде Сеулден Сеулмен"),
    ("тау", "таудың тауға тауды тауда таудан таумен"),
    # final б/г/д of loanwords and names are voiceless
    ("Мадрид", "Мадридтің Мадридке Мадридті Мадридте Мадридтен Мадридпен"),
    ("Белград", "Белградтың Белградқа Белградты Белградта Белградтан Белградпен"),
    ("миллиард", "миллиардтың миллиардқа миллиардты миллиардта миллиардтан миллиардпен"),
    ("диалог", "диалогтың диалогқа диалогты диалогта диалогтан диалогпен"),
    # Latin names: as said, hyphenated
    ("Artemis", "Artemis-тің Artemis-ке Artemis-ті Artemis-те Artemis-тен Artemis-пен"),
    ("NASA", "NASA-ның NASA-ға NASA-ны NASA-да NASA-дан NASA-мен"),
    # abbreviations and craft in quotes
    ("ХҒС", "ХҒС-тың ХҒС-қа ХҒС-ты ХҒС-та ХҒС-тан ХҒС-пен"),
    ("АҚШ", "АҚШ-тың АҚШ-қа АҚШ-ты АҚШ-та АҚШ-тан АҚШ-пен"),
    ("«Союз МС-27»", "«Союз МС-27»-нің «Союз МС-27»-ге «Союз МС-27»-ні «Союз МС-27»-де «Союз МС-27»-ден "
                     "«Союз МС-27»-мен"),
    # possessive compounds
    ("Байқоңыр ғарыш айлағы", "Байқоңыр ғарыш айлағының Байқоңыр ғарыш айлағына Байқоңыр ғарыш айлағын "
                              "Байқоңыр ғарыш айлағында Байқоңыр ғарыш айлағынан Байқоңыр ғарыш айлағымен"),
    ("істер министрлігі", "істер министрлігінің істер министрлігіне істер министрлігін "
                          "істер министрлігінде істер министрлігінен істер министрлігімен"),
    # Russian surnames (в devoiced, -ев after a back vowel) and vowel-final names
    ("Рыжиков", "Рыжиковтың Рыжиковқа Рыжиковты Рыжиковта Рыжиковтан Рыжиковпен"),
    ("Тоқаев", "Тоқаевтың Тоқаевқа Тоқаевты Тоқаевта Тоқаевтан Тоқаевпен"),
    ("Астана", "Астананың Астанаға Астананы Астанада Астанадан Астанамен"),
    ("Тбилиси", "Тбилисидің Тбилисиге Тбилисиді Тбилисиде Тбилисиден Тбилисимен"),
    ("Жезқазған", "Жезқазғанның Жезқазғанға Жезқазғанды Жезқазғанда Жезқазғаннан Жезқазғанмен"),
    # numerals take the endings of their last spoken word
    ("245", "245-тің 245-ке 245-ті 245-те 245-тен 245-пен"),
    ("4 000", "4 000-ның 4 000-ға 4 000-ды 4 000-да 4 000-нан 4 000-мен"),
    ("40", "40-тың 40-қа 40-ты 40-та 40-тан 40-пен"),
    ("50", "50-дің 50-ге 50-ді 50-де 50-ден 50-мен"),
    ("2 000 000 000", "2 000 000 000-тың 2 000 000 000-қа 2 000 000 000-ты 2 000 000 000-та "
                      "2 000 000 000-тан 2 000 000 000-пен"),
]


@pytest.mark.parametrize(("word", "forms"), KK_TABLE)
def test_kazakh_case_forms(word: str, forms: str) -> None:
    got = [inflect_name(word, case) for case in KK_CASES]
    parts, size = forms.split(" "), len(word.split(" "))  # a name of n words: n parts per form
    expected = [" ".join(parts[i:i + size]) for i in range(0, len(parts), size)]
    assert got == expected


def test_kazakh_wrong_forms_of_the_issue_are_gone() -> None:
    wrong = {"Мәскеудың", "Мәскеуға", "Мәскеуда", "Сеулда", "Мадридге", "Мадридбен", "Белградға",
             "Artemis-ге", "миллиардың"}
    made = {inflect(w, c) for w in ("Мәскеу", "Сеул", "Мадрид", "Белград", "Artemis", "миллиард")
            for c in KK_CASES}
    assert not wrong & made


RU_CASES = ("gent", "datv", "accs", "ablt", "loct")

RU_TABLE = [
    ("Министерство иностранных дел Республики Казахстан", "phrase",
     [f"{head} иностранных дел Республики Казахстан"
      for head in ("Министерства", "Министерству", "Министерство", "Министерством", "Министерстве")]),
    ("Республика Казахстан", "phrase",
     ["Республики Казахстан", "Республике Казахстан", "Республику Казахстан", "Республикой Казахстан",
      "Республике Казахстан"]),
    ("город Астана", "phrase",
     ["города Астана", "городу Астана", "город Астана", "городом Астана", "городе Астана"]),
    ("МИД", "phrase", ["МИД"] * 5),
    ("МКС", "phrase", ["МКС"] * 5),
    ("НАСА", "phrase", ["НАСА"] * 5),
    ("Сергей Рыжиков", "person",
     ["Сергея Рыжикова", "Сергею Рыжикову", "Сергея Рыжикова", "Сергеем Рыжиковым", "Сергее Рыжикове"]),
    ("Сергей Кудь-Сверчков", "person",
     ["Сергея Кудь-Сверчкова", "Сергею Кудь-Сверчкову", "Сергея Кудь-Сверчкова", "Сергеем Кудь-Сверчковым",
      "Сергее Кудь-Сверчкове"]),
    ("Алексей Зубрицкий", "person",
     ["Алексея Зубрицкого", "Алексею Зубрицкому", "Алексея Зубрицкого", "Алексеем Зубрицким",
      "Алексее Зубрицком"]),
    ("Мария Иванова", "person", ["Марии Ивановой", "Марии Ивановой", "Марию Иванову", "Марией Ивановой",
                                 "Марии Ивановой"]),
    ("Соединённые Штаты Америки", "phrase",
     ["Соединённых Штатов Америки", "Соединённым Штатам Америки", "Соединённые Штаты Америки",
      "Соединёнными Штатами Америки", "Соединённых Штатах Америки"]),
    ("Международная космическая станция", "phrase",
     ["Международной космической станции", "Международной космической станции",
      "Международную космическую станцию", "Международной космической станцией",
      "Международной космической станции"]),
    ("космодром «Байконур»", "phrase",
     [f"{h} «Байконур»" for h in ("космодрома", "космодрому", "космодром", "космодромом", "космодроме")]),
]


@pytest.mark.parametrize(("name", "kind", "forms"), RU_TABLE)
def test_russian_name_forms(name: str, kind: str, forms: list[str]) -> None:
    assert [ru_inflect(name, case, kind) for case in RU_CASES] == forms


def test_russian_yo_follows_the_house_style() -> None:
    assert ru_inflect("Земля", "ablt", yo=True) == "Землёй"
    assert ru_inflect("Земля", "ablt", yo=False) == "Землей"
    assert ru_inflect("Соединённые Штаты Америки", "gent", yo=False) == "Соединенных Штатов Америки"
    assert house_spelling("Всё учтём", yo=False) == "Все учтем"


def test_kazakh_postpositions_govern_the_case_of_a_filled_in_date() -> None:
    from press.localise import format_message

    values = {"date": "2999 жылғы 1 қаңтар", "time": "10:00"}
    assert format_message("%(date)s дейін", "kk", values) == "2999 жылғы 1 қаңтарға дейін"
    assert format_message("сағат %(time)s дейін", "kk", values) == "сағат 10:00-ге дейін"
    assert format_message("%(time)s бастап", "kk", {"time": "09:30"}) == "09:30-дан бастап"
    assert format_message("до %(date)s", "ru", {"date": "1 января 2999 года"}) == "до 1 января 2999 года"


def test_tags_sort_in_each_language_alphabet() -> None:
    from press.lang.collation import label_key

    labels = {"kk": {"space": "Ғарыш", "baikonur": "Байқоңыр", "un": "Біріккен Ұлттар Ұйымы",
                     "visits": "Сапарлар", "aid": "Гуманитарлық көмек", "econ": "Экономикалық дипломатия"},
              "ru": {"space": "Космос", "baikonur": "Байконур", "un": "Организация Объединенных Наций",
                     "visits": "Визиты", "aid": "Гуманитарная помощь", "econ": "Экономическая дипломатия"}}
    order = {lang: [labels[lang][tag] for tag in sorted(labels[lang], key=label_key(lang, labels[lang]))]
             for lang in labels}
    assert order["kk"] == ["Байқоңыр", "Біріккен Ұлттар Ұйымы", "Гуманитарлық көмек", "Ғарыш", "Сапарлар",
                           "Экономикалық дипломатия"]
    assert order["ru"] == ["Байконур", "Визиты", "Гуманитарная помощь", "Космос",
                           "Организация Объединенных Наций", "Экономическая дипломатия"]


def test_descriptions_are_cut_between_words() -> None:
    from press.render.page import summary

    text = "Қазақстанның Байқоңыр ғарыш айлағы Халықаралық ғарыш станциясына " * 5
    cut = summary(text, 60)
    assert cut.endswith("…") and len(cut) <= 60
    assert text.startswith(cut[:-1]) and text[len(cut) - 1] == " "
    assert summary("Short text.", 60) == "Short text."


def test_the_brand_house_style_writes_russian_with_e(demo) -> None:  # type: ignore[no-untyped-def]
    import copy

    from press.brand import load_brand
    from press.localise import localise
    from tests.conftest import REPO

    brand = load_brand(REPO / "templates" / "brands" / "mfa-kz")
    assert brand.russian_yo is False
    release = copy.deepcopy(demo)
    release.versions["ru"].segments["title"].text = "Байконур остаётся в центре"
    assert localise(release, "ru", brand, REPO / "locales").title == "Байконур остается в центре"
    brand.russian_yo = True
    assert localise(release, "ru", brand, REPO / "locales").title == "Байконур остаётся в центре"
