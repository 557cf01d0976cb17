"""The checker doing less work for the same findings (issue 12, Done-when: speed; helper
checker24s): what the first check of a release reads per new text, and what a later check of
the same paragraphs reads again.

Each test states what the faster form must keep: the organisations table read word by word
with the beginnings of the word's first letter finds what its whole pattern finds, and a
paragraph's dates, numbers and designations, read once per text, are what the readers give,
each paragraph with lists of its own; warm_up leaves CLDR's territories and the organisations
table's indexes for no check to build; a token keeps its lower case once worked out; a run of
words is looked up as a place of several words only when its first word opens one, and finds
the places the whole key finds; the word before a name is read back from the name, the
Arabic article once per word and the dateline once per text.

Planted back: `_table_matches` trying a lower-case initial's part on a letter the regular
expressions fold otherwise (ſ for s) fails the first test; `find_organisations` reading with
`_table`'s `finditer` again fails the second; `Para.numbers` reading `find_numbers` per
paragraph again fails the third; `warm_up` without the territories' or the organisations'
warm-up fails the fourth; `Token.lower` a property again fails the fifth; `phrase_place` making
the whole key of every run again fails the sixth; `after_place_adjective` searching from the
paragraph's start again fails the seventh; `article_of` or `dateline_span` uncached fails the
last.
"""

from __future__ import annotations

import random
import re

import pytest

from press.check import document
from press.check.document import Para
from press.lang import read_dates, read_organisations

_ENDINGS = {"en": ("", "s", "al", "'s"), "kk": ("", "і", "інің", "лық"), "ru": ("", "а", "ого", "ами")}
_FILLERS = {"en": ("the", "of", "Almaty", "report", "ſtate", "Kelvin", "İnstitute", "co-"),
            "kk": ("және", "Алматы", "жыл", "ᲀ", "қала", "ұлт", "Ӏ"),
            "ru": ("и", "в", "Алматы", "года", "ᲀедомство", "ᲂргана", "пресс-служба")}


def _sample_text(lang: str, rng: random.Random) -> str:
    """Words of the organisations table with endings and in any case, among fillers, some with
    letters the regular expressions fold to others (ſ is s, ᲀ is в, İ is i with a dot)."""
    stems = list(read_organisations._table(lang)[1])
    words = []
    for _ in range(40):
        stem = rng.choice(stems)
        word = stem[:-1] if stem.endswith("=") else stem + rng.choice(_ENDINGS[lang])
        word = rng.choice((word, word.upper(), word.capitalize(), rng.choice(_FILLERS[lang])))
        words.append(word)
    separators = (" ", " ", ", ", "-", " (", "\u00a0", "«")
    return "".join(word + rng.choice(separators) for word in words)


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_the_table_read_by_first_letter_finds_what_its_pattern_finds(lang: str) -> None:
    rng = random.Random(24)
    pattern = read_organisations._table(lang)[0]
    for _ in range(150):
        text = _sample_text(lang, rng)
        want = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
        got = [(m.start(), m.end(), m.group()) for m in read_organisations._table_matches(text, lang)]
        assert got == want, text
    folded = {"en": "ſtate ministry", "kk": "ᲀ министрлігі", "ru": "ᲀедомство"}[lang]
    assert [m.group() for m in read_organisations._table_matches(folded, lang)] \
        == [m.group() for m in pattern.finditer(folded)]


def test_organisations_are_read_word_by_word(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    whole = read_organisations._table_matches

    def recorded(text: str, lang: str):  # noqa: ANN202
        read.append(text)
        return whole(text, lang)

    monkeypatch.setattr(read_organisations, "_table_matches", recorded)
    text = "Министерство сельского хозяйства и акимат Костанайской области подписали меморандум."
    found = read_organisations.find_organisations.__wrapped__(text, "ru")
    assert read == [text] and [m.head for m in found][:1] == ["ministry"]


def test_a_paragraph_is_read_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("On 14 March 2031 the plant in Pavlodar shipped 2,400 tonnes of ferroalloys, "
            "a third more than in the second half of last year (order No. 88).")
    first = Para("p1", "en", text, "a.txt:1")
    assert [n.text for n in first.numbers if not n.soft] == ["2,400", "a third", "88"]  # no date, no half
    assert first.dates == read_dates.find_dates(text, "en")

    def read_again(*_: object) -> list:
        raise AssertionError("the same paragraph read again")

    for reader in ("find_numbers", "find_dates", "find_designations", "find_periods", "find_relative"):
        monkeypatch.setattr(document, reader, read_again)
    again = Para("p7", "en", text, "b.txt:3")
    assert again.numbers == first.numbers and again.designations == first.designations
    assert again.numbers is not first.numbers
    again.numbers.clear()
    assert first.numbers and Para("p8", "en", text, "c.txt:1").numbers == first.numbers


def test_warm_up_reads_the_territories_and_the_organisations_table() -> None:
    from press.check import names, warm_up

    warm_up()
    misses = (names._territories.cache_info().misses, read_organisations._keys_by_initial.cache_info().misses,
              read_organisations._patterns_by_initial.cache_info().misses)
    for lang in ("en", "kk", "ru"):
        assert names._territories(lang)
        read_organisations._keys_by_initial(lang)
        read_organisations._patterns_by_initial(lang)
    assert (names._territories.cache_info().misses, read_organisations._keys_by_initial.cache_info().misses,
            read_organisations._patterns_by_initial.cache_info().misses) == misses


def test_a_token_works_out_its_lower_case_once() -> None:
    from press.lang.tokens import Token, tokens

    token = tokens("Екі ЖҮЗ мың Tonnes")[1]
    assert "lower" not in token.__dict__
    assert token.lower == "жүз" and token.__dict__["lower"] == "жүз" and token.lower == "жүз"
    assert token == Token("ЖҮЗ", 4, 7) and hash(token) == hash(Token("ЖҮЗ", 4, 7))
    assert [t.lower for t in tokens("Екі ЖҮЗ мың Tonnes")] == ["екі", "жүз", "мың", "tonnes"]
    with pytest.raises(AttributeError):
        token.text = "үш"  # type: ignore[misc]


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_a_phrase_is_looked_up_by_its_first_word_first(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from press.lang import names

    rng = random.Random(24)
    phrases = [name.split() for name in names.gazetteer(lang) if " " in name]
    endings = {"en": ("", "'s"), "kk": ("", "да", "ның"), "ru": ("", "а", "ой", "ских", "ом")}[lang]
    runs = [[w.capitalize() for w in phrase[:-1]] + [phrase[-1] + rng.choice(endings)] for phrase in phrases]
    runs += [[rng.choice(phrase).capitalize() for phrase in rng.sample(phrases, 2)] for _ in range(300)]
    for run in runs:
        assert names.phrase_place(run, lang) == names._phrases(lang).get(names._phrase_key(run, lang)), run
    monkeypatch.setattr(names, "_phrase_key", lambda *_: pytest.fail("a key made for a run no place opens"))
    run = {"en": ["Tuesday", "Minister"], "kk": ["Бүгін", "Министр"], "ru": ["Сегодня", "Министр"]}[lang]
    assert names.phrase_place(run, lang) is None


def test_the_word_before_a_name_is_read_back_from_the_name() -> None:
    from press.check import names

    text = ("Делегация Британской Колумбии и  Западно-Казахстанской\u00a0области, 2-й  _тур x²y  "
            "прибыла в Британскую Колумбию; затем - Ⅻвек Колумбия.")
    for start in range(len(text) + 1):
        want = names._NAME_BEFORE.search(text, 0, start)
        got = names._name_before(text, start)
        assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1))), start
    searched: list[int] = []

    class Recorded:
        def search(self, text: str, pos: int, endpos: int):  # noqa: ANN201
            searched.append(pos)
            return re.compile(r"([^\W\d_][\w-]*)[ \u00a0]+\Z").search(text, pos, endpos)

    start = text.index("Колумбию")
    original = names._NAME_BEFORE
    names._NAME_BEFORE = Recorded()  # type: ignore[assignment]
    try:
        assert names.after_place_adjective(text, start, "ru")
    finally:
        names._NAME_BEFORE = original
    assert searched == [text.index("Британскую")]


def test_the_article_and_the_dateline_are_read_once_per_word_and_text() -> None:
    from press.lang import names, read_names

    assert names.article_of("аль-Хатиб") == "аль-" and names.article_of("Almaty") == ""
    assert names.article_of.cache_info().hits >= 0 and read_names.dateline_span.cache_info().maxsize
    text = "АСТАНА. KAZINFORM – Министр провёл встречу."
    assert read_names.dateline_span(text, "ru") == read_names.dateline_span.__wrapped__(text, "ru") == (0, 17)
