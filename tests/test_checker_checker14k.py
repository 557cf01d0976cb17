"""Kazakh script without false alarms on correct words, and the slips it still missed (issue 12,
checker14k).

The forms below are built here from a school grammar of Kazakh, not from press.lang:
- the verbal noun (тұйық етістік) is the verb stem + -у (after a consonant: жүгір-у, көтер-у,
  ұйымдастыр-у); the agent noun adds -шы/-шы to it (жүгір-у-ші); both then take the plural
  -лар/-лер, the possessive -ы/-і and the case endings of a noun, in the harmony of the stem
  (back а о ұ ы, front ә е і ө ү). Kazakh writes ө and ү in the first syllable only, so the у of
  -у in a front word is never ү, and the о of a Russian surname's -ов is never ө;
- Kazakh surnames in -ов/-ев take the case endings after the voiceless в (-тың/-тің, -қа/-ке,
  -ты/-ті, -та/-те, -тан/-тен, -пен), in -ин those after a nasal (-нің, -ге, -ді, -нен), and
  in -ова/-ева/-ина those after a vowel (-ның, -ға, -ны, -дан, -мен), of either harmony (the
  root's or the suffix's: Әбеновтің and Әбеновтың are both written).
"""

from __future__ import annotations

import pytest

from press.check.document import Para


def _lookalikes(text: str, known: dict[str, str] | None = None, **kwargs) -> list[tuple[str, str]]:
    from press.check.script import _lookalikes

    para = Para("p1", "kk", text, "kk.txt:1")
    return [(f.excerpt, f.severity) for f in _lookalikes(para, known or {}, **kwargs)]


# --- 1. a verb's verbal noun and agent noun with their endings ----------------------------------

_VERB_STEMS = {  # stem: front harmony (its last vowel)
    "жүгір": True, "көтер": True, "жүргіз": True, "үйрен": True, "тексер": True, "күрес": True,
    "өткіз": True, "бекіт": True, "ұйымдастыр": False, "қорға": False, "ұста": False,
    "тұр": False, "сақта": False, "қатыс": False, "оқыт": False, "жібер": True, "сөйле": True,
}
_NOUN_ENDINGS = {  # back, front: each after the verbal noun's у (a sonorant: д, not т)
    "": ("", ""), "gen": ("дың", "дің"), "dat": ("ға", "ге"), "acc": ("ды", "ді"), "loc": ("да", "де"),
    "abl": ("дан", "ден"), "ins": ("мен", "мен"), "poss": ("ы", "і"), "poss-acc": ("ын", "ін"),
    "poss-dat": ("ына", "іне"), "poss-loc": ("ында", "інде"), "attr": ("дағы", "дегі"),
}
_AGENT_ENDINGS = {  # after -шы/-ші (a vowel)
    "": ("", ""), "gen": ("ның", "нің"), "dat": ("ға", "ге"), "pl": ("лар", "лер"),
    "pl-gen": ("лардың", "лердің"), "pl-dat": ("ларға", "лерге"), "pl-abl": ("лардан", "лерден"),
    "pl-poss": ("лары", "лері"), "pl-ins": ("лармен", "лермен"),
}


def _verbal_forms(stem: str, front: bool) -> list[str]:
    side = 1 if front else 0
    noun = [f"{stem}у{pair[side]}" for pair in _NOUN_ENDINGS.values()]
    agent = [f"{stem}у{'ші' if front else 'шы'}{pair[side]}" for pair in _AGENT_ENDINGS.values()]
    return noun + agent


@pytest.mark.parametrize("stem", sorted(_VERB_STEMS))
def test_a_verbal_noun_and_agent_noun_with_endings_are_kazakh(stem: str) -> None:
    """жүгіру, жүгірушінің, жүгірушілердің …: the -у of a verbal noun after a front stem is no ү
    typed as у, whatever its endings, and the dictionary need not list the verbal noun."""
    from press.check import lexicon

    for form in _verbal_forms(stem, _VERB_STEMS[stem]):
        assert _lookalikes(f"Биыл {form} туралы айтылды.") == [], form
        assert lexicon.is_common(form, "kk") and lexicon.kazakh_as_written(form), form  # no name


def test_a_verbal_noun_the_dictionary_lacks_keeps_its_u() -> None:
    """The у of -у after the first syllable is no ү typed as у, also when no dictionary lists
    the stem (a derived verb: жүгіртуші, from жүгірт-, "to make run")."""
    from press.check.script import _front_u

    assert [_front_u(w) for w in ("сүзгілеушілердің", "жүгіртушінің", "тусінуге", "Кенжебековтің")] == \
        [None, None, "түсінуге", None]


def test_a_slip_in_the_stem_of_a_verbal_noun_is_still_found() -> None:
    """The verbal noun's у is no cover for a Russian letter in the stem: жугірушілер (у for ү in
    the first syllable), тусіну and корсетуге (корсет, a loan noun, takes no -у) are slips."""
    found = _lookalikes("Биыл жугірушілердің саны өсті, оны тусінуге және корсетуге болады.")
    assert [excerpt for excerpt, _ in found] == ["жугірушілердің", "тусінуге", "корсетуге"]


# --- 2. surnames in -ов/-ев/-ин with Kazakh endings; a name's own spelling ------------------------

_SURNAME_ROOTS = ("Әбен", "Жүніс", "Кенжебек", "Нұрлан", "Сәрсенбай", "Өтеп", "Түгелбай", "Мүсіреп")
_AFTER_CONSONANT = ("тың", "тің", "қа", "ке", "ты", "ті", "та", "те", "тан", "тен", "пен")
_AFTER_NASAL = ("ның", "нің", "ға", "ге", "ды", "ді", "да", "де", "нан", "нен", "мен")
_AFTER_VOWEL = ("ның", "нің", "ға", "ге", "ны", "ні", "да", "де", "дан", "ден", "мен")


def _surname_forms(root: str) -> list[str]:
    endings = {"ов": _AFTER_CONSONANT, "ев": _AFTER_CONSONANT, "ин": _AFTER_NASAL,
               "ова": _AFTER_VOWEL, "ева": _AFTER_VOWEL, "ина": _AFTER_VOWEL}
    return [root + suffix + ending for suffix, tails in endings.items() for ending in ("", *tails)]


@pytest.mark.parametrize("root", _SURNAME_ROOTS)
def test_a_surname_with_a_kazakh_ending_is_no_lookalike(root: str) -> None:
    """Әбеновтің, Жүнісовке, Кенжебековтің: the о of -ов is the Russian surname suffix, which
    Kazakh keeps, and an ending of either harmony may follow it."""
    for form in _surname_forms(root):
        assert _lookalikes(f"Кездесуде {form} сөз сөйледі.") == [], form


def test_an_east_asian_name_is_no_kazakh_word_typed_wrong() -> None:
    """Ким Сон Мин, Пак Чжи Хун: the syllables of a Korean or Chinese name spelt in Cyrillic fold
    to Kazakh words (кім, соң, мін), but a name is its own spelling, also when the text uses the
    Kazakh word (соң) elsewhere."""
    kk = ("Қабылдауға Корея Республикасының Бас консулы Ким Сон Мин қатысты. Жарыстан соң Ким Сон Мин "
          "сөз сөйледі, кейін Пак Ли Хун да сөйледі.")
    assert _lookalikes(kk) == []
    assert _lookalikes(kk, known={"сон": "соң", "ким": "кім"}) == []


def test_a_name_is_no_second_spelling_of_a_common_word() -> None:
    """A foreign name (Ahmad Nur, Ахмад Нур) that folds to a Kazakh word the text uses (нұр,
    "light") is not that word typed with Russian letters; the Russian version names it so."""
    text = "Көрмені суретші Ахмад Нур ашты, бөлмеге нұр құйылды."
    assert _lookalikes(text, known={"нур": "нұр"}, elsewhere=frozenset({"ахмад", "нур"})) == []


def test_a_persons_name_in_ru_letters_and_two_spellings_of_it() -> None:
    """Берік Уәли: a Kazakh name with a final и is written so by its bearer, and the Russian
    version writes it with the same letters (Уали): no slip. The same name spelt Уәлі elsewhere
    in the Kazakh text is two spellings: an error."""
    kk = "Бұл туралы Баспасөз хатшысы Берік Уәли хабарлады."
    assert _lookalikes(kk, elsewhere=frozenset({"берик", "уали"})) == []  # the Russian version
    assert _lookalikes(kk, elsewhere=frozenset({"berik", "uali’s"})) == []  # the English one
    both = kk + " Кейін Берік Уәлі тағы да мәлімдеме жасады."
    known = {"уали": "Уәлі", "берик": "Берік"}
    assert _lookalikes(both, known=known, elsewhere=frozenset({"уали"})) == [("Уәли", "error")]


# --- 3. slips the rule missed: a Russian-letter twin of a word the text spells right, a lone
# --- letter of the other script --------------------------------------------------------------

def _in_text(text: str) -> list[tuple[str, str]]:
    """The look-alikes of a Kazakh text checked against its own words (as a whole check does)."""
    from press.check.script import _kazakh_words

    return _lookalikes(text, known=_kazakh_words([text]))


@pytest.mark.parametrize(("slip", "right", "other"), [
    ("шоктарын", "шоқтарын", "шоқтары"),  # шок, a loan (shock), for шоқ (bouquet)
    ("катарында", "қатарында", "қатарына"),  # катар, a loan (catarrh), for қатар (row, ranks)
])
def test_a_twin_of_a_word_the_text_spells_with_kazakh_letters_is_a_slip(slip: str, right: str,
                                                                         other: str) -> None:
    """A form that reads as written only through a Russian loan's stem (шок-тарын) is a slip when
    the same text writes that very form with the Kazakh letter (шоқтарын)."""
    text = f"Елшілік қызметкерлері {other} туралы айтты. Делегация мүшелері {slip} атап өтті, {right} да."
    assert [excerpt for excerpt, _ in _in_text(text)] == [slip]
    assert _in_text(text.replace(slip, right)) == []
    other_form = f"Елшілік қызметкерлері {other} туралы айтты. Делегация мүшелері {slip} атап өтті."
    assert [excerpt for excerpt, _ in _in_text(other_form)] == [slip]  # the stem in another form
    assert _in_text(f"Делегация мүшелері {slip} атап өтті.") == []  # alone: the loan as written


@pytest.mark.parametrize(("slip", "stem"), [
    ("есирткілердің", "есірткі"),  # и for і in a stem no dictionary lists
    ("кайраткерлерінің", "қайраткер"),  # к for қ
    ("тугелдендіруге", "түгелдендіру"),  # у for ү
])
def test_a_stem_the_text_spells_with_kazakh_letters_finds_its_slip_in_another_form(slip: str,
                                                                                    stem: str) -> None:
    """The text writes the stem right in one form (есірткі) and with a Russian letter in another
    (есирткілердің): a dictionary need not know the word for the slip to be found."""
    text = f"Кеңес {stem} мәселесін талқылады. Сарапшылар {slip} туралы айтты."
    assert slip in [excerpt for excerpt, _ in _in_text(text)]
    assert _in_text(text.replace(slip, stem + slip[len(stem):])) == []


def _mixed(text: str, lang: str) -> list[str]:
    from press.check.script import _mixed

    return [f.excerpt for f in _mixed(Para("p1", lang, text, f"{lang}.txt:1"))]


def test_a_lone_letter_of_the_other_script_is_mixed_script() -> None:
    """A Cyrillic «а» as the English article, a Latin «c» or «o» as a Russian preposition: one word
    of look-alike letters between words of the other script. A Cyrillic word quoted in English
    and a Latin letter named as such stay clean."""
    assert _mixed("Following the run, а reception was held at the embassy.", "en") == ["а"]
    assert _mixed("Посол встретился c министром и рассказал o планах.", "ru") == ["c", "o"]
    assert _mixed("Following the run, a reception was held at the embassy.", "en") == []
    assert _mixed("The word «дала» means steppe; plan B and the letter «с» were discussed.", "en") == []
    assert _mixed("Посол встретился с министром; обсуждались вариант B и класс A.", "ru") == []
