"""Kazakh words typed with Russian look-alikes that the press lexicon cannot vouch for (issue 12,
checker13s): hunspell-kk as an independent oracle, and places by the gazetteer's Kazakh name.

A word hunspell-kk rejects, one or two Russian letters of its stem away from a form it accepts,
is a slip (the breve left off й: кеиін; у for ү after a stem the lexicon reads with an ending
against its harmony: тур-ге); a word hunspell accepts, a loan, a name and a word whose only
neighbour differs in its ending stay clean. Without the dictionary the rule runs without the
oracle.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from press.check import hunspell

DAY = dt.date(2026, 5, 14)

needs_dictionary = pytest.mark.skipif(not hunspell.DICTIONARY.with_suffix(".dic").exists(),
                                      reason="hunspell-kk is not installed (scripts/system-deps.sh)")


def _excerpts(text: str) -> list[tuple[str, str]]:
    from press.check.document import Para
    from press.check.script import _lookalikes

    return [(f.excerpt, f.message.rsplit("«", 1)[-1].rstrip("»")) for f in
            _lookalikes(Para("p1", "kk", text, "kk.txt:1"), {})]


@needs_dictionary
@pytest.mark.parametrize(("slip", "right"), [
    ("кеиін", "кейін"), ("оилады", "ойлады"), ("жоиылды", "жойылды"), ("сөиледі", "сөйледі"),
    ("турге", "түрге"), ("кунге", "күнге")])
def test_a_slip_hunspell_spells_otherwise_is_found(slip: str, right: str) -> None:
    text = f"Делегация мүшелері {slip} кездесу туралы айтты."
    assert _excerpts(text) == [(slip, right)]
    assert _excerpts(text.replace(slip, right)) == []


@needs_dictionary
@pytest.mark.parametrize("word", [
    "туристерге",  # a loan with a Kazakh ending (турист-(т)ерге), not түрістерге
    "компанияларға", "ынтымақтастығы",  # a loan; a word hunspell lacks, with no neighbour it has
    "иелерін",  # the accusative hunspell lacks: its neighbour иелерің differs only in the ending
    "тура",  # the lexicon's word as typed
])
def test_a_word_without_a_slip_stays_clean(word: str) -> None:
    assert _excerpts(f"Делегация мүшелері {word} туралы айтты.") == []


@needs_dictionary
def test_a_name_is_no_common_word_respelt() -> None:
    """A foreign place at the start of a sentence (Куруда, in Kourou) is not құруда."""
    assert _excerpts("Куруда зымыран ұшырылды. Гвианадағы Куру айлағы.") == []


def test_a_place_typed_with_lookalikes_is_respelt_by_its_kazakh_name() -> None:
    """The gazetteer's Kazakh name tells Ақтөбе from Актобеде; a place named as Kazakh writes
    it, or with no Kazakh letter to restore (Берлинде), is left alone."""
    assert _excerpts("Форум Актобеде өтті.") == [("Актобеде", "Ақтөбеде")]
    assert _excerpts("Форум Ақтөбеде өтті. Келесі форум Берлинде өтеді.") == []


def test_the_rule_runs_without_the_dictionary(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No hunspell-kk: no oracle, no error; what the lexicon and gazetteer find is still found."""
    from press.check import script

    monkeypatch.setattr(hunspell, "DICTIONARY", tmp_path / "kk_KZ")
    for cached in (hunspell._dictionary, hunspell.stem_letters, script._oracle_respelling):
        cached.cache_clear()
    try:
        assert hunspell.accepts("кейін") is None and not hunspell.available()
        assert _excerpts("Делегация мүшелері кеиін кездесті. Форум Актобеде өтті.") == \
            [("Актобеде", "Ақтөбеде")]
    finally:
        for cached in (hunspell._dictionary, hunspell.stem_letters, script._oracle_respelling):
            cached.cache_clear()


_OWN_WORDS = ("бейбітке", "бейбітшілік", "түрде", "турде", "кейінгі", "кеиінгі", "ойлады", "оилады",
              "жиналысқа", "жиналыска", "ауылдарда", "аулдарда", "өңірлердің", "тұрғындарына",
              "мектептерде", "мектептарде", "сөйледі", "сойледі", "келісімге", "келісимге", "ұйымдары",
              "уйымдары", "аудандағы", "аудандагы", "жолдауында", "сапарымен")


def test_the_reader_agrees_with_hunspell(tmp_path: Path) -> None:
    """The reader (one suffix stripped under its condition) accepts and rejects what the
    hunspell program does with the same dictionary, on words of this file's own."""
    import subprocess

    from tests.conftest import tool
    from tests.test_form_oracles import _hunspell_dir

    run = subprocess.run([tool("hunspell"), "-d", str(_hunspell_dir(tmp_path)), "-l"],
                         input="\n".join(_OWN_WORDS), capture_output=True, text=True, check=True, timeout=60)
    rejected = set(run.stdout.split())
    assert rejected and rejected != set(_OWN_WORDS)
    assert {w for w in _OWN_WORDS if not hunspell.accepts(w)} == rejected


@needs_dictionary
@pytest.mark.parametrize("word", ["даусын", "табысын", "туристерге"])
def test_the_oracle_needs_a_changed_stem_and_no_loan(word: str) -> None:
    """Asked alone (the lexicon vouches for these in a text): даусын and табысын (accusatives
    hunspell-kk lacks) are one ending letter from its даусың, табысың, which is no evidence;
    туристерге is a loan with its ending, two letters from hunspell's түріс-терге."""
    from press.check.script import _oracle_respelling

    assert _oracle_respelling(word) is None


@pytest.mark.parametrize(("slip", "right"), [("ықшамдандыруга", "ықшамдандыруға"),
                                             ("оңтайландырудын", "оңтайландырудың"),
                                             ("ұлттандыруга", "ұлттандыруға")])
def test_an_ending_on_a_verbal_noun_no_dictionary_lists(slip: str, right: str) -> None:
    """A derived verb's noun in -у (ықшам-дан-дыр-у) that neither the lexicon nor hunspell-kk
    lists still takes Kazakh endings in its own harmony: -га typed for -ға is found."""
    text = f"Үкімет экономиканы {slip} қатысты шешім қабылдады."
    assert _excerpts(text) == [(slip, right)]
    assert _excerpts(text.replace(slip, right)) == []
    assert _excerpts("Үкімет мемлекеттік органдарды мәңгілендіруге шешім қабылдады.") == []
