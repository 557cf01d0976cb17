"""Places, organisations and script hygiene (issue 12, checker11o). Each case is written here
(own sentences and word forms, not the corpus'), with both directions: the error is found at
error level and the harmless variant is not flagged.

The Kazakh endings are a table written once from a grammar's rules (genitive -ның/-нің after a
vowel or м н ң, -дың/-дің after other voiced consonants, -тың/-тің after voiceless ones; dative
-ға/-ге, -қа/-ке; locative -да/-де, -та/-те, -нда/-нде after a possessive; the possessive -ы/-і,
-сы/-сі; the accusative -ын/-ін after a possessive, -ны/-ні, -ды/-ді, -ты/-ті otherwise), not from
the code under test.
"""

from __future__ import annotations

import pytest

from press.check import script
from press.check.document import Para

# (right, as a Russian layout types it): loans (no Kazakh letter in the stem) and Kazakh stems,
# nouns and verbs
SLIPS = [
    # the genitive typed with н
    ("парламенттің", "парламенттин"), ("бағдарламаның", "бағдарламанын"), ("жобаның", "жобанын"),
    ("елдердің", "елдердин"), ("кеңсесінің", "кеңсесінін"), ("порттың", "порттын"),
    ("министрліктің", "министрліктін"), ("жылының", "жылынын"),
    # і typed as и in an ending after a loan or a Kazakh stem
    ("офисі", "офиси"), ("банкінде", "банкинде"), ("институтының", "институтынын"),
    ("келеді", "келеди"), ("терминалдарында", "терминалдарында"),
    # ғ/қ typed as г/к in a back ending
    ("сессияға", "сессияга"), ("жоспарланған", "жоспарланган"), ("платформаға", "платформага"),
    ("ауылдық", "ауылдык"),
    # after a number
    ("12-сі", "12-си"), ("3-ші", "3-ши"), ("20-ға", "20-га"), ("40-ының", "40-ынын"),
]


def _flagged(text: str) -> list[str]:
    para = Para("1", "kk", text, "kk.txt:1")
    return [f.excerpt for f in script._lookalikes(para, {}, {}, frozenset()) if f.severity == "error"]


@pytest.mark.parametrize(("right", "typed"), [(r, t) for r, t in SLIPS if r != t])
def test_a_kazakh_ending_typed_with_russian_letters_is_found(right: str, typed: str) -> None:
    """A loan or Kazakh stem whose ending is typed on the Russian layout: the word is no form as
    typed, and its ending becomes Kazakh with the Kazakh letters restored."""
    assert _flagged(f"Бұл туралы {right} өкілі хабарлады.") == []
    assert _flagged(f"Бұл туралы {typed} өкілі хабарлады.") == [typed]


@pytest.mark.parametrize("word", [
    "болатын", "келетін", "жасайтынын", "келетінін", "орнатылғанын", "ұйымдастырылғанын",  # participles
    "жиынын", "қазанын", "орманын", "түйінін", "заманын", "жолын", "шартын",  # stems in -н with -ын
    "алдын", "жүзетін", "дипломатка", "транзит", "офис", "3-і", "12-сі", "20-ға",
])
def test_a_correct_kazakh_form_or_a_russian_word_is_no_ending_slip(word: str) -> None:
    """Participles with the accusative, stems ending in -н, a Russian word (дипломатка):
    none is a Kazakh ending typed with Russian letters."""
    assert script._ending_slip(word) is None, word
    assert _flagged(f"Бұл туралы {word} өкілі хабарлады.") == []


def test_the_slip_is_respelt_with_the_fewest_letters_changed() -> None:
    """орнатылганын is орнатылғанын (one letter), not орнатылғаның (two)."""
    assert script._ending_slip("орнатылганын") == "орнатылғанын"
    assert script._ending_slip("форумнын") == "форумның"
    assert script._ending_slip("7-ши") == "7-ші"
    assert script._ending_slip("тазартуга") == "тазартуға"
