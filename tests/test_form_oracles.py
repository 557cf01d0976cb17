"""Independent oracles for the word forms press.lang writes: hunspell-kk and pymorphy3.

Kazakh: every case form `press.lang.kazakh.inflect` makes for common nouns of every final sound
(vowel, м н ң, л р й, ж з, voiceless, loanword б г д) and both vowel classes must be accepted by
the Kazakh hunspell dictionary (Debian hunspell-kk, run through the `hunspell` command), and the
twin with the other harmony (or, for б г д, the voiced ending) must be rejected.

Russian: every form `press.lang.russian.inflect_name` makes must equal pymorphy3's own inflection
of the same lexeme, except where Russian leaves a word as written: a name in apposition or a
genitive after the head noun, and abbreviations.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from press.lang.kazakh import Case, inflect
from press.lang.russian import inflect_name
from tests.conftest import external, tool

KK_CASES = (Case.GENITIVE, Case.DATIVE, Case.ACCUSATIVE, Case.LOCATIVE, Case.ABLATIVE, Case.INSTRUMENTAL)

KK_NOUNS = {
    "vowel, back": "бала ата ана жоба дала аға",
    "vowel, front": "әке есе іні ине әже кеме төбе",
    "nasal": "адам күн ән",
    "л р й": "жол қар ай тал ауыл көл жер үй ел тіл өнер",
    "ж з": "жаз қыз тұз гараж сөз із теңіз кез түз",
    "voiceless, back": "ат тас бас жұмыс кітап бақ қолғап сабақ бұлақ табақ сағат уақыт",
    "voiceless, front": "сәт түс ет іс іш мектеп көмек тілек шөп жүк жүрек сурет",
    "final б г д of loanwords (said voiceless)": "велосипед диалог гид генштаб гибрид геноцид бюджет",
}
"""Common nouns by the class of their last sound. Left out because hunspell-kk itself rejects the
standard form (its paradigms for them differ from the grammar): жан, заң, қазан, нан, ерін (the
ablative -ннан/-ннен), шам (шамның), дәрігер (дәрігердің), есік, бөрік (есікте, бөрікке), сезім,
and every noun in -у (тау, су, келу: the dictionary gives them only verb endings). дос is left
out because the dictionary also accepts its wrong twin достің."""

_SWAP_HARMONY = str.maketrans("аыұоғқеіүөгк", "еіүөгкаыұоғқ")
_VOICED = {"т": "д", "қ": "ғ", "к": "г", "п": "б"}


def _hunspell_dir(tmp: Path) -> Path:
    """The Kazakh dictionary copied with its byte-order mark stripped from the .aff
    (hunspell reads the BOM as part of 'SET UTF-8' and falls back to ISO 8859-1)."""
    system = Path("/usr/share/hunspell")
    tool("hunspell")
    external(system / "kk_KZ.aff", "the Kazakh hunspell dictionary", "apt-get install hunspell-kk")
    aff = (system / "kk_KZ.aff").read_bytes()
    (tmp / "kk_KZ.aff").write_bytes(aff.removeprefix(b"\xef\xbb\xbf"))
    shutil.copy(system / "kk_KZ.dic", tmp / "kk_KZ.dic")
    return tmp / "kk_KZ"


@pytest.fixture(scope="module")
def rejected_by_hunspell(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    dictionary = _hunspell_dir(tmp_path_factory.mktemp("hunspell-kk"))

    def rejected(words: list[str]) -> set[str]:
        run = subprocess.run([tool("hunspell"), "-d", str(dictionary), "-l"], input="\n".join(words),
                             capture_output=True, text=True, check=True, timeout=60)
        return set(run.stdout.split())

    return rejected


def _kk_forms() -> list[tuple[str, Case, str]]:
    return [(noun, case, inflect(noun, case))
            for nouns in KK_NOUNS.values() for noun in nouns.split() for case in KK_CASES]


def _wrong_twin(noun: str, form: str, case: Case) -> str | None:
    """The same form with the ending's harmony swapped (баланың → баланің); for a loanword in
    б г д, the ending a voiced final would take (велосипедке → велосипедге)."""
    ending = form[len(noun):]
    if noun[-1] in "бгд" and ending[:1] in _VOICED:
        return noun + _VOICED[ending[0]] + ending[1:]
    if case is Case.INSTRUMENTAL:
        return None  # мен/бен/пен have no front and back variants
    return noun + ending.translate(_SWAP_HARMONY)


def test_kazakh_case_forms_are_accepted_by_hunspell(rejected_by_hunspell) -> None:  # type: ignore[no-untyped-def]
    forms = _kk_forms()
    assert len(forms) >= 200
    rejected = rejected_by_hunspell([form for *_, form in forms])
    assert [form for *_, form in forms if form in rejected] == []


def test_kazakh_wrong_twins_are_rejected_by_hunspell(rejected_by_hunspell) -> None:  # type: ignore[no-untyped-def]
    twins = [twin for noun, case, form in _kk_forms() if (twin := _wrong_twin(noun, form, case))]
    assert len(twins) >= 200
    rejected = rejected_by_hunspell(twins)
    assert [twin for twin in twins if twin not in rejected] == []


def test_the_oracle_bites(rejected_by_hunspell) -> None:  # type: ignore[no-untyped-def]
    """The wrong forms of the issue are rejected, so a regression in press.lang would show."""
    assert rejected_by_hunspell(["велосипедге", "диалогға", "кітапке", "үйға", "әкеға"]) == {
        "велосипедге", "диалогға", "кітапке", "үйға", "әкеға"}


# ---- Russian: pymorphy3 ---------------------------------------------------------------------

RU_CASES = ("gent", "datv", "accs", "ablt", "loct")

RU_PEOPLE = [
    "Иван Петров", "Сергей Иванов", "Мария Смирнова", "Анна Кузнецова", "Алексей Попов",
    "Дмитрий Соколов", "Андрей Лебедев", "Николай Козлов", "Ольга Новикова", "Елена Морозова",
    "Павел Волков", "Татьяна Васильева", "Владимир Зайцев", "Юрий Гагарин", "Валентина Терешкова",
    "Герман Титов", "Алексей Леонов", "Кристофер Уильямс", "Джонни Ким", "Алексей Зубрицкий",
    "Наталья Орлова", "Михаил Федоров",
]
RU_PHRASES = [
    "Казахстан", "Россия", "Европа", "Япония", "Китай", "Франция", "Германия", "Астана", "Москва",
    "Жезказган", "Байконур", "Роскосмос", "Земля", "Международная космическая станция",
    "Соединенные Штаты Америки", "Европейский союз", "Организация Объединенных Наций",
    "Республика Казахстан", "город Астана", "Министерство иностранных дел Республики Казахстан",
    "космодром «Байконур»", "Европейское космическое агентство", "Генеральная Ассамблея ООН",
    "МИД", "МКС", "НАСА", "США",
]
"""Names of places and bodies: the head noun and its adjectives decline, the rest stays."""


def _morph():  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _expected_person(morph, name: str, case: str) -> str:  # type: ignore[no-untyped-def]
    """pymorphy3's inflection of each word as a first name or surname of the first name's gender."""
    first, surname = name.split(" ")
    first_parse = next(p for p in morph.parse(first) if "Name" in p.tag and "nomn" in p.tag)
    gender = first_parse.tag.gender
    readings = [p for p in morph.parse(surname) if "nomn" in p.tag and p.tag.gender == gender
                and ("Surn" in p.tag or "Name" in p.tag)]  # Уильямс is in the dictionary as a name
    surname_parse = sorted(readings, key=lambda p: "Surn" not in p.tag)[0]
    return " ".join(_cap(word, p.inflect({case}).word)
                    for word, p in ((first, first_parse), (surname, surname_parse)))


def _expected_phrase(morph, name: str, case: str) -> str:  # type: ignore[no-untyped-def]
    """Adjectives before the head noun agree with it; the head takes the case; the rest stays."""
    words = name.split(" ")
    out: list[str] = []
    head_at = next((i for i, w in enumerate(words) if _is_noun(morph, w)), None)
    if head_at is None or words[head_at].isupper():  # an abbreviation: indeclinable
        return name
    head = next(p for p in morph.parse(words[head_at]) if p.tag.POS == "NOUN" and "nomn" in p.tag)
    head_form = head.inflect({case})
    for word in words[:head_at]:
        adjective = next(p for p in morph.parse(word) if p.tag.POS in ("ADJF", "PRTF") and "nomn" in p.tag)
        wanted = {case, head_form.tag.number}
        if head_form.tag.number == "sing":
            wanted.add(head.tag.gender)
        if case == "accs" and (head_form.tag.number == "plur" or head.tag.gender == "masc"):
            wanted.add(head.tag.animacy)
        out.append(_cap(word, adjective.inflect(wanted).word))
    out.append(_cap(words[head_at], head_form.word))
    return " ".join(out + words[head_at + 1:])


def _is_noun(morph, word: str) -> bool:  # type: ignore[no-untyped-def]
    return word.isupper() or any(p.tag.POS == "NOUN" and "nomn" in p.tag for p in morph.parse(word))


def _cap(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def test_russian_name_forms_equal_pymorphy3() -> None:
    morph = _morph()
    cases = [(name, "person", case) for name in RU_PEOPLE for case in RU_CASES]
    cases += [(name, "phrase", case) for name in RU_PHRASES for case in RU_CASES]
    assert len(cases) >= 200
    wrong = []
    for name, kind, case in cases:
        expected = (_expected_person if kind == "person" else _expected_phrase)(morph, name, case)
        expected = expected.replace("ё", "е")  # the names are written with е (house style)
        if (got := inflect_name(name, case, kind)) != expected:
            wrong.append((name, case, got, expected))
    assert wrong == []
