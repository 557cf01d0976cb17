"""The checker doing less work for the same findings (issue 12, Done-when: speed; helper
checker22s): what the first check of a release did per new word, or per rule where one pass
serves, and what start-up can do once.

Each test states what the faster form must keep: the practical transcription tables read by one
pattern per first letter give what the rules, tried one by one as the table file describes them,
give; the organisations table finds a word's longest beginning among those of its first letter;
the words inside registered names are the words some span covers; the number readers' quick
rejections let every numeral form through; and warm_up leaves no pattern or table for a check
to build.

Planted back: `_rule_pattern` with "V" and "C" swapped in either context fails the readings
test on every table with such rules; `_table` keeping the file's order instead of the longest
beginning first fails the organisations test (innovation taken before innovations,
министрлі before министрлік); `_inside` with `<=` for
`<` at a span's end fails the spans test; `_KK_NUMBER_START` of the collectives alone fails the
quick-rejection test; warm_up without `home_words.warm_up` fails the last test.
"""

from __future__ import annotations

import random
import re
from itertools import product

import pytest

from press.check import recognise, warm_up
from press.lang import home_words, practical, read_numbers, read_organisations, transcription_model
from press.lang.tokens import Token, tokens


def _reference_read(table: practical._Table, word: str) -> tuple[str, ...]:
    """The readings of *word* by *table* with each rule tried in turn, its contexts read as
    `practical_transcription.toml`'s header says: "^" the word's start, "V:"/"C:" after a vowel
    or a consonant, "$" the word's end, ":V"/":C" before a vowel or a consonant, ":letters"
    before those letters."""
    pieces, i = [], 0
    while i < len(word):
        for rule in table.rules.get(word[i], ()):
            end = i + len(rule.spelling)
            prev, nxt = word[i - 1:i], word[end:end + 1]
            before = {"": True, "^": i == 0, "V": prev != "" and prev in table.vowels,
                      "C": prev != "" and prev not in table.vowels}[rule.before]
            after = {"": True, "$": nxt == "", "V": nxt != "" and nxt in table.vowels,
                     "C": nxt != "" and nxt not in table.vowels}.get(rule.after,
                                                                       word.startswith(rule.after, end))
            if word.startswith(rule.spelling, i) and before and after:
                pieces.append(rule.cyrillic)
                i = end
                break
        else:
            return ()
    return tuple("".join(c) for c in product(*pieces))[:practical.MAX_READINGS]


@pytest.mark.parametrize("table", practical.tables(), ids=lambda t: t.name)
def test_a_table_read_by_its_patterns_reads_as_its_rules(table: practical._Table) -> None:
    rng = random.Random(table.name)
    letters = sorted(table.letters)
    words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 9))) for _ in range(3000)}
    words |= {"wierzbicki", "krzysztof", "szijjarto", "bunkacho", "klaipeda", "rajesh", "caldwell"}
    for word in sorted(words):
        if all(ch in table.letters for ch in word):
            assert practical._read(table, word) == _reference_read(table, word), word


def _longest_beginning(word: str, lang: str) -> tuple[str, str]:
    """The table's beginning of *word*, found by reading every line of the file: the longest;
    of two as long, the first in the file."""
    column = {"en": 1, "kk": 2, "ru": 3}[lang]
    lower, best = word.lower(), None
    for line in read_organisations.ORGANISATIONS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "kin:", "state:")):
            continue
        parts = [part.strip() for part in line.split("|")]
        for stem in (s.strip().lower() for s in parts[column].split(";") if s.strip()):
            fits = lower == stem[:-1] if stem.endswith("=") else lower.startswith(stem)
            if fits and (best is None or len(stem) > len(best[0])):
                best = (stem, parts[0])
            elif fits and best[0] == stem:
                continue  # a beginning a later line repeats keeps the key the table gives it
    assert best is not None
    return best


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_an_organisation_word_takes_its_longest_beginning(lang: str) -> None:
    pattern, keys, _ = read_organisations._table(lang)
    endings = {"en": ("", "s", "al"), "kk": ("", "і", "інің"), "ru": ("", "а", "ого")}[lang]
    for stem in keys:
        for word in ({stem[:-1]} if stem.endswith("=") else {stem + e for e in endings}):
            got = read_organisations._key_of(word, lang)
            want = _longest_beginning(word, lang)
            assert len(got[0]) == len(want[0]) and got[0] == want[0], (word, got, want)
            assert got[1] == keys[want[0]]


def test_the_words_inside_registered_names_are_those_a_span_covers() -> None:
    rng = random.Random(22)
    text = " ".join(rng.choice(["Астана", "и", "Министерство", "New", "York", "the"]) for _ in range(60))
    words = tokens(text)
    for _ in range(300):
        starts = rng.sample(range(len(text)), rng.randint(0, 6))
        taken = tuple(sorted((a, a + rng.randint(0, 40)) for a in starts))
        want = {i for i, w in enumerate(words) if any(s <= w.start < e for s, e in taken)}
        assert recognise._inside(words, taken) == want, taken
    reordered = (Token("York", 10, 14), Token("New", 6, 9))
    assert recognise._inside(reordered, ((6, 9),)) == {1}


_KK_ENDINGS = ("", "і", "ы", "ншы", "нші", "ыншы", "інші", "еу", "ау", "еуі", "ауы", "ге", "ға", "ке", "қа",
               "де", "да", "те", "та", "ден", "дан", "тен", "тан", "нен", "нан", "мен", "бен", "пен",
               "нің", "ның", "дің", "дың", "тің", "тың", "ін", "ын", "дік", "дық", "тік", "тық", "лаған")
_RU_TAILS = ("летний", "дневного", "месячный", "футовых", "тонный", "метровой", "кратный", "сторонний")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_quick_rejection_rejects_no_word_the_reader_reads(lang: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Every numeral with endings, and common words beside them, read alike with the quick
    rejection (a word no numeral's beginning starts) and without it."""
    if lang == "kk":
        bases = [*read_numbers._KK_CARDINALS.values(), *read_numbers._KK_COLLECTIVES.values(),
                 *read_numbers._KK_SCALES, "алтын", "онда", "бүгін", "ел", "үй", "бесік", "жетім"]
        words = [base + ending for base in bases for ending in _KK_ENDINGS]
        read, quick = read_numbers._kk_word, "_KK_NUMBER_START"
    else:
        prefixes = [*read_numbers._RU_PREFIXES, "пят", "сто", "дву"]
        words = [prefix + tail for prefix in prefixes for tail in _RU_TAILS]
        read, quick = read_numbers._ru_compound_parts, "_RU_PREFIX_START"
    fast = [read(word) for word in words]
    monkeypatch.setattr(read_numbers, quick, re.compile(""))
    assert [read(word) for word in words] == fast
    assert sum(value is not None for value in fast) >= len(words) // 3  # the numerals are read


def test_warm_up_leaves_no_pattern_or_table_for_a_check_to_build() -> None:
    warm_up()
    meanings = [m for m, words in home_words._tables().items() if m != "titles" and isinstance(words, dict)]
    compiled = {(m, lang) for m in meanings for lang in ("en", "kk", "ru")}
    before = home_words.pattern.cache_info().misses
    for meaning, lang in compiled:
        home_words.pattern(meaning, lang)
    assert home_words.pattern.cache_info().misses == before
    before = transcription_model._table.cache_info().misses
    transcription_model.same_name("Caldwell", "Колдуэлл")
    assert transcription_model._table.cache_info().misses == before
