"""The starter termbase: every UN member state in three languages (counted against CLDR), their
adjectives checked by independent oracles (pymorphy3, hunspell-kk), accepted by the checker,
and read back fast from the compiled cache."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from press.model import Entity
from tests.test_form_oracles import _hunspell_dir

REPO = Path(__file__).resolve().parent.parent
TERMBASE = REPO / "locales" / "termbase.yaml"
UN_MEMBERS = 193


@pytest.fixture(scope="module")
def termbase() -> dict[str, Entity]:
    from press.source import load_termbase

    return load_termbase(TERMBASE)


def _cldr(code: str, lang: str) -> str:
    """Babel's territory name as a release would write it: without a parenthesis (Myanmar
    (Burma)), with "Saint" and "and" spelt out."""
    from babel import Locale

    name = Locale.parse(lang).territories[code]
    return re.sub(r"\s*\(.*\)", "", name).replace("St. ", "Saint ").replace(" & ", " and ")


def _iso_codes() -> dict[str, str]:
    """ISO code → entity id, as the YAML states them (`iso:`; the model does not keep them)."""
    found = re.findall(r"^  ([a-z0-9-]+):\n(?:    .*\n)*?    iso: \"?([A-Z]{2})\"?$",
                       TERMBASE.read_text(encoding="utf-8"), flags=re.M)
    return {code: key for key, code in found}


def test_every_un_member_state_is_there_in_three_languages(termbase: dict[str, Entity]) -> None:
    from press.yamlio import load_yaml

    members = load_yaml(REPO / "locales" / "termbase" / "countries.yaml")["un_members"]
    by_iso = _iso_codes()
    assert len(set(members)) == UN_MEMBERS
    assert sum(1 for code in members if code in by_iso) == UN_MEMBERS
    for code in members:
        entity = termbase[by_iso[code]]
        assert entity.type == "place"
        for lang in ("en", "kk", "ru"):
            assert _cldr(code, lang) in entity.forms[lang], (code, lang, entity.forms[lang])


def test_kazakh_forms_are_written_in_kazakh(termbase: dict[str, Entity]) -> None:
    from press.lang.kazakh import fold_lookalikes

    assert termbase["kazakhstan"].forms["kk"][0] == "Қазақстан"
    assert termbase["austria"].forms["kk"][0] == "Австрия"  # official usage; CLDR has Аустрия
    assert termbase["kyrgyzstan"].forms["ru"][0] == "Кыргызстан"  # official usage; CLDR has Киргизия
    latin = [f for e in termbase.values() for f in e.forms["kk"] + e.forms["ru"]
             if re.search(r"[A-Za-z]", f) and e.type != "organisation" and e.id != "artemis"]
    assert latin == []
    assert all(fold_lookalikes(f) == fold_lookalikes(fold_lookalikes(f))
               for e in termbase.values() for f in e.forms["kk"])


def test_hungarian_is_an_accepted_form_of_hungary_in_every_language(termbase: dict[str, Entity]) -> None:
    hungary = termbase["hungary"]
    assert "Hungarian" in hungary.adjectives["en"]
    assert "венгерский" in hungary.adjectives["ru"]
    assert "венгриялық" in hungary.adjectives["kk"]


def test_the_checker_counts_an_adjective_as_a_mention_of_the_state(termbase: dict[str, Entity]) -> None:
    import datetime as dt

    from press.check import check_texts

    texts = {"en": "Hungarian Foreign Minister arrived in Astana.",
             "ru": "Министр иностранных дел Венгрии прибыл в Астану.",
             "kk": "Венгрия Сыртқы істер министрі Астанаға келді."}
    day = dt.date(2025, 12, 10)
    assert [f for f in check_texts(texts, termbase, day).findings if f.rule.startswith("names")] == []
    texts["ru"] = "Министр иностранных дел Австрии прибыл в Астану."  # a different state: found
    missing = [f for f in check_texts(texts, termbase, day).findings if f.rule == "names.missing"]
    assert any("ru" in f.langs and "Венгрия" in f.message for f in missing), missing
    texts["ru"] = "Венгерский министр иностранных дел прибыл в Астану."
    texts["kk"] = "Венгриялық министр Астанаға келді."
    assert [f for f in check_texts(texts, termbase, day).findings if f.rule.startswith("names")] == []


def test_a_language_is_not_its_country(termbase: dict[str, Entity]) -> None:
    from press.check import texts_bundle
    from press.check.document import Para
    from press.check.names import find_mentions

    bundle = texts_bundle({"kk": "Құжат орыс тілінде жазылды."}, termbase)
    para = Para("p1", "kk", "Құжат орыс тілінде жазылды.", "kk.txt:1")
    assert [m.entity for m in find_mentions(para, bundle)] == ["russian-language"]


def test_russian_adjectives_are_adjectives_to_pymorphy3(termbase: dict[str, Entity]) -> None:
    """pymorphy3's dictionary, not our rules, says each is an adjective in its dictionary form;
    the two it does not know were checked by hand (listed)."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    words = [w for e in termbase.values() for w in e.adjectives.get("ru", [])]
    unknown = {w for w in words if not (morph.word_is_known(w) and any(
        "ADJF" in p.tag and p.normal_form == w for p in morph.parse(w)))}
    assert len(words) >= 150
    assert unknown <= {"астанинский", "эмиратский"}, unknown


def test_kazakh_adjectives_follow_the_suffix_rule_hunspell_agrees(
        termbase: dict[str, Entity], tmp_path: Path) -> None:
    """hunspell-kk knows few place adjectives; every one of ours it knows it accepts, and it
    rejects each wrong-suffix twin of them (-лық for -дық, back for front)."""
    from press.lang.kazakh import relational_adjective

    assert [relational_adjective(w) for w in ("Венгрия", "Қазақстан", "Ресей", "Египет", "Израиль")] == [
        "венгриялық", "қазақстандық", "ресейлік", "египеттік", "израильдік"]
    dictionary = _hunspell_dir(tmp_path)
    words = [w for e in termbase.values() for w in e.adjectives.get("kk", [])
             if w[-3:] in ("лық", "лік", "дық", "дік", "тық", "тік") and "-" not in w]

    def accepted(candidates: list[str]) -> set[str]:
        run = subprocess.run(["hunspell", "-d", str(dictionary), "-G"], input="\n".join(candidates),
                             capture_output=True, text=True, check=True, timeout=60)
        return set(run.stdout.split()) & set(candidates)

    known = accepted(words)
    assert len(known) >= 8, known
    twins = [w[:-3] + onset + vowel for w in known for onset in "лдт" for vowel in ("ық", "ік")
             if w[:-3] + onset + vowel != w]
    assert accepted(twins) == set()


def test_the_termbase_is_what_the_generator_writes() -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import make_termbase
    finally:
        sys.path.remove(str(REPO / "scripts"))
    current = TERMBASE.read_text(encoding="utf-8")
    if make_termbase.made_with() not in current:
        pytest.skip(f"{make_termbase.made_with()} — the file was made with another CLDR; "
                    "run scripts/make_termbase.py and review the diff")
    assert make_termbase.render(make_termbase.own_entries(current)) == current


def test_the_compiled_termbase_reads_back_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from press.source import _parse_termbase, load_termbase

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    copy = tmp_path / "locales" / "termbase.yaml"
    copy.parent.mkdir()
    full = TERMBASE.read_text(encoding="utf-8")  # the people (dates) and Hungary (adjectives): parsed fast
    people = full[:full.index("\n  # --- International organisations")]
    hungary = re.search(r"^  hungary:\n(?:    .*\n)+", full, flags=re.M)
    assert hungary is not None
    copy.write_text(f"{people}\n{hungary.group()}", encoding="utf-8")
    first = load_termbase(copy)
    cached = list((tmp_path / "cache" / "press").glob("termbase-*.json"))
    assert len(cached) == 1
    assert load_termbase(copy) == first == _parse_termbase(copy, copy.read_text(encoding="utf-8"))
    cached[0].write_text("not json", encoding="utf-8")  # a broken cache is read past, not trusted
    assert load_termbase(copy) == first
    copy.write_text(copy.read_text(encoding="utf-8").replace("en: Hungary\n", "en: Hungaria\n"),
                    encoding="utf-8")
    assert load_termbase(copy)["hungary"].forms["en"] == ["Hungaria"]  # an edit is seen


def test_an_unconfirmed_entry_is_refused_in_the_termbase(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from press.errors import SourceError
    from press.source import load_termbase

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "termbase.yaml"
    path.write_text("entities:\n  budapest:\n    type: place\n    en: Budapest\n    kk: Будапешт\n"
                    "    ru: Будапешт\n    unconfirmed: [en]\n", encoding="utf-8")
    with pytest.raises(SourceError) as refused:
        load_termbase(path)
    assert str(refused.value).startswith(f"{path}:2: entities.budapest.unconfirmed: a termbase entry")


def test_the_termbase_forms_pass_the_script_rules_of_their_language(termbase: dict[str, Entity]) -> None:
    """Every form, written as a text of its language, raises no script finding, also the 2022
    decree's Russian names of two regions kept as variants (область Жетісу, область Ұлытау: a
    name after «область» keeps its Kazakh letters); a registered Kazakh name in Russian letters
    (Катар, Катардың) is the name, while a real slip (Халыкаралык) is still caught."""
    from press.check import script, texts_bundle

    texts = {lang: "\n\n".join(f"{form}." for e in termbase.values() for form in e.forms[lang])
             for lang in ("en", "kk", "ru")}
    texts["kk"] += "\n\nКатардың Әмірі келді. Халыкаралык ұйым."
    found = {(f.rule, f.excerpt) for f in script.check(texts_bundle(texts, termbase))}
    assert found == {("script.lookalike", "Халыкаралык")}
