"""The consistency checker: readers, rules, the demo release, the corpus and the CLI."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from press.check import Finding, Report, check_release, check_texts
from press.lang.read_dates import find_dates
from press.lang.read_numbers import find_numbers

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "checker"))


def _values(text: str, lang: str) -> list[float]:
    return [float(n.value) for n in find_numbers(text, lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("27 қарашада", "kk", (None, 11, 27)),
    ("2025 жылғы 9 желтоқсанда", "kk", (2025, 12, 9)),
    ("8 сәуірден", "kk", (None, 4, 8)),
    ("9 декабря 2025 года", "ru", (2025, 12, 9)),
    ("в декабре 2025 года", "ru", (2025, 12, None)),
    ("November 27, 2025", "en", (2025, 11, 27)),
    ("09.12.2025", "en", (2025, 12, 9)),
])
def test_dates_are_read_in_every_language(text: str, lang: str, expected: tuple) -> None:
    mention = find_dates(text, lang)[0]
    assert (mention.year, mention.month, mention.day) == expected


def test_a_date_without_year_takes_the_release_year_not_the_clock() -> None:
    mention = find_dates("27 ноября", "ru")[0]
    assert mention.resolved(dt.date(2019, 12, 10)) == (2019, 11, 27)
    assert mention.resolved(dt.date(2020, 1, 5)) == (2019, 11, 27)


def test_numbers_in_any_grouping_and_spelled_out() -> None:
    assert _values("nearly 4,000 times", "en") == [4000]
    assert _values("почти 4\u00a0000 раз", "ru") == [4000]
    assert _values("4\u202f000-ға жуық", "kk") == [4000]
    assert _values("4 мыңға жуық", "kk") == [4000]
    assert _values("1,5 млн", "ru") == [1_500_000]
    assert _values("twenty-five, двадцать", "en") == [25]
    assert _values("он екі", "kk") == [12]
    assert _values("восьмимесячную миссию", "ru") == [8]
    assert [n.unit for n in find_numbers("245 суток, 245 дней", "ru")] == ["day", "day"]
    assert [n.unit for n in find_numbers("245 тәулік", "kk")] == ["day"]


def test_nine_never_matches_nineteen() -> None:
    report = check_texts({"en": "The crew landed on 9 December after 9 days.",
                          "ru": "Экипаж приземлился 19 декабря после 9 дней."}, {}, dt.date(2025, 12, 20))
    assert [f.rule for f in report.findings] == ["dates.mismatch"]
    assert report.errors == 1


def test_demo_release_has_no_error_and_warns_about_this_month(demo) -> None:
    report = check_release(demo)
    assert report.errors == 0, report.to_text()
    assert [f.rule for f in report.findings] == ["facts.this-month"]
    warning = report.findings[0]
    assert warning.severity == "warning" and warning.segment == "p8"
    assert "27 November 2025" in warning.message


def test_finding_location_carries_the_segment(demo) -> None:
    finding = Finding("dates.mismatch", "error", ["kk"], "2025-12-10-baikonur#p3", "x", "y")
    assert finding.segment == "p3"
    assert Finding("r", "error", ["kk"], "kk.txt:4", "x", "y").segment is None
    shape = Report([finding]).to_json()
    assert set(shape) == {"findings", "summary"}
    assert set(shape["findings"][0]) == {"rule", "severity", "langs", "location", "excerpt", "message"}


FOUND_BY_ANOTHER_FAMILY = {
    ("kk", "Жапония", "Japan"): "names",  # an English name in Kazakh text: the register's form is missing
}
"""Injected errors whose rule family is not their type's name, keyed (lang, find, replace)."""


def rule_family(error: dict) -> str:
    """The rule family (the part of a rule's name before the dot) that must find *error*."""
    key = (error["lang"], str(error["find"]), str(error["replace"]))
    return FOUND_BY_ANOTHER_FAMILY.get(key, error["type"])


DEV_CASES = sorted(path.stem for path in (REPO / "tests" / "checker" / "dev").glob("*.yaml"))
"""The development corpus's case names: one test each, so that the workers share them out."""


@functools.cache
def _dev_cases() -> dict:
    from corpus import load_cases

    return {case.name: case for case in load_cases("dev")}


@pytest.mark.parametrize("name", DEV_CASES)
def test_every_injected_error_is_found_and_no_hard_negative_is(name: str) -> None:
    """Each injected error is found in its language and paragraph by a rule of its own family
    (a wrong date by a dates.* rule, not by whichever rule happens to fire at the spot)."""
    from press.check import check_bundle

    assert len(DEV_CASES) >= 16 and sorted(_dev_cases()) == DEV_CASES
    case = _dev_cases()[name]
    clean = check_bundle(case.bundle())
    assert [f.rule for f in clean.findings if f.rule not in case.expected] == [], case.name
    for error in case.errors:
        found = check_bundle(case.bundle(error)).findings
        at = [f.rule for f in found if error["lang"] in f.langs and f.segment == str(error["para"])]
        assert rule_family(error) in {rule.split(".")[0] for rule in at}, (case.name, error, at)
    for negative in case.negatives:
        found = check_bundle(case.bundle(negative)).findings
        assert [f.rule for f in found if f.rule not in case.expected] == [], negative


def test_the_out_of_sample_corpus_is_well_formed() -> None:
    """The held-out part loads and its labels are sound; its scores are the bench's business
    (bench/checker.py), never asserted here, so the checker cannot be tuned to it by a test."""
    from corpus import TYPES, load_cases, problems

    cases = load_cases("heldout")
    assert len(cases) >= 10 and sum(c.words() for c in cases) >= 4000
    assert [p for case in cases for p in problems(case)] == []
    covered = {(e["type"], e["lang"]) for case in cases for e in case.errors}
    assert covered == {(t, lang) for t in TYPES for lang in ("en", "kk", "ru")}
    assert all(case.negatives for case in cases)


def test_inflected_names_and_misspelling() -> None:
    from press.model import Entity

    entities = {"r": Entity("r", "person", {"en": ["Sergey Ryzhikov"], "ru": ["Сергей Рыжиков"],
                                            "kk": ["Сергей Рыжиков"]}),
                "b": Entity("b", "place", {"en": ["Baikonur"], "ru": ["Байконур"], "kk": ["Байқоңыр"]})}
    texts = {"en": "Sergey Ryzhikov flew from Baikonur’s pad.",
             "ru": "Сергеем Рыжиковым, стартовавшим с Байконура.",
             "kk": "Сергей Рыжиковтың Байқоңырдан ұшуы."}
    assert check_texts(texts, entities, None).errors == 0
    texts["en"] = "Sergey Ryzhykov flew from Baikonur’s pad."
    rules = {f.rule for f in check_texts(texts, entities, None).findings}
    assert "names.spelling" in rules


def _press(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "press", "--project", str(REPO), *args], cwd=cwd,
                          capture_output=True, text=True, env=env, timeout=120)


def test_cli_json_and_exit_codes(tmp_path: Path) -> None:
    result = _press("check", "2025-12-10-baikonur", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"] == {"errors": 0, "warnings": 1}
    (tmp_path / "en.txt").write_text("Landing on 9 December.\n\nSecond paragraph.\n", encoding="utf-8")
    (tmp_path / "ru.txt").write_text("Посадка 19 декабря.\n", encoding="utf-8")
    result = _press("check", "--text", f"en={tmp_path / 'en.txt'}", "--text", f"ru={tmp_path / 'ru.txt'}",
                    "--date", "2025-12-10", "--format", "json")
    assert result.returncode == 1
    finding = json.loads(result.stdout)["findings"][0]
    assert finding["rule"] == "dates.mismatch" and finding["location"].endswith("ru.txt:1")
    bad = _press("check", "--text", "xx=nope.txt", "--text", f"ru={tmp_path / 'ru.txt'}")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_press_check_does_not_import_the_pdf_stack() -> None:
    code = ("import sys; from press.cli import main\n"
            "try:\n    main(['--project', sys.argv[1], 'check', '2025-12-10-baikonur'])\n"
            "except SystemExit:\n    pass\n"
            "print('weasyprint' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", code, str(REPO)], capture_output=True, text=True,
                            env=env, cwd=REPO, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "False", result.stdout + result.stderr


def test_glossary_suggest_aligns_unregistered_names(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text("The talks with Minister Hakan Fidan took place.", encoding="utf-8")
    (tmp_path / "ru.txt").write_text("Переговоры с министром Хаканом Фиданом прошли.", encoding="utf-8")
    result = _press("glossary", "suggest", "--text", f"en={tmp_path / 'en.txt'}",
                    "--text", f"ru={tmp_path / 'ru.txt'}")
    assert result.returncode == 0, result.stderr
    assert "Fidan" in result.stdout and "Фидан" in result.stdout


def _mfa() -> dict:
    from press.model import Entity

    return {"mfa": Entity("mfa", "organisation", {
        "en": ["Ministry of Foreign Affairs", "European Union"], "ru": ["Министерство иностранных дел"],
        "kk": ["Сыртқы істер министрлігі"]}),
        "r": Entity("r", "person", {"en": ["Sergey Ryzhikov"], "ru": ["Сергей Рыжиков"],
                                    "kk": ["Сергей Рыжиков"]})}


def test_a_common_word_is_never_a_misspelt_name_but_drift_still_is() -> None:
    texts = {"en": "The Minister met Sergey Ryzhikov. Deputy Ministers of the European Union came.",
             "ru": "Министр встретился с Сергеем Рыжиковым. Прибыли заместители министров.",
             "kk": "Министр Сергей Рыжиковпен кездесті. Министрлер келді."}
    assert [f for f in check_texts(texts, _mfa(), None).findings if f.rule == "names.spelling"] == []
    texts["en"] = texts["en"].replace("European Union", "Europian Union").replace("Ryzhikov", "Ryzhykov")
    texts["ru"] = texts["ru"].replace("Рыжиковым", "Рыжковым")
    spelt = {(f.langs[0], f.excerpt) for f in check_texts(texts, _mfa(), None).findings
             if f.rule == "names.spelling"}
    assert spelt == {("en", "Europian"), ("en", "Ryzhykov"), ("ru", "Рыжковым")}


@pytest.mark.parametrize(("word", "flagged"), [
    ("жумыс", True), ("куннен", True), ("корсетуге", True), ("кол", True),
    ("жұмыс", False), ("құны", False), ("он", False), ("министрлігі", False), ("тур", False),
])
def test_kazakh_lookalikes_in_one_off_words_come_from_the_lexicon(word: str, flagged: bool) -> None:
    texts = {"kk": f"Тараптар {word} туралы айтты.", "ru": "Стороны говорили."}
    found = [f for f in check_texts(texts, {}, None).findings if f.rule == "script.lookalike"]
    assert bool(found) is flagged, found


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("From 17 to 23 June", "en", [(None, 6, 17), (None, 6, 23)]),
    ("С 17 по 23 июня", "ru", [(None, 6, 17), (None, 6, 23)]),
    ("с 8 апреля по 9 декабря 2025 года", "ru", [(2025, 4, 8), (2025, 12, 9)]),
    ("from April 8 to December 9, 2025", "en", [(2025, 4, 8), (2025, 12, 9)]),
    ("2025 жылғы 8 сәуірден 9 желтоқсанға дейін", "kk", [(2025, 4, 8), (2025, 12, 9)]),
])
def test_date_ranges_share_month_and_year(text: str, lang: str, expected: list) -> None:
    assert [(m.year, m.month, m.day) for m in find_dates(text, lang)] == expected


def test_one_and_a_half_and_currency_codes() -> None:
    assert [(float(n.value), n.unit) for n in find_numbers("полтора часа", "ru")] == [(1.5, "hour")]
    assert _values("one and a half times", "en") == [1.5]
    assert _values("бір жарым есе", "kk") == [1.5]
    report = check_texts({"en": "Deals worth USD 1.2 billion.", "ru": "Сделки на 1,2 млрд долларов."},
                         {}, dt.date(2025, 12, 1))
    assert report.findings == [], report.to_text()


def test_this_month_looks_at_the_dates_of_its_own_sentence() -> None:
    texts = {"en": "The visit took place on 27 November. This month, on 22 December, a forum opens.",
             "ru": "Визит состоялся 27 ноября. В этом месяце, 22 декабря, откроется форум."}
    assert check_texts(texts, {}, dt.date(2025, 12, 12)).findings == []
    texts["ru"] = "Визит состоялся в этом месяце, 27 ноября. 22 декабря откроется форум."
    found = check_texts(texts, {}, dt.date(2025, 12, 12)).findings
    assert [(f.rule, f.langs) for f in found] == [("facts.this-month", ["ru"])]
