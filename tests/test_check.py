"""The consistency checker: readers, rules, the demo release, the corpus and the CLI."""

from __future__ import annotations

import datetime as dt
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


def test_every_injected_error_is_found_and_no_hard_negative_is() -> None:
    from corpus import load_cases

    from press.check import check_bundle

    for case in load_cases():
        clean = check_bundle(case.bundle())
        assert [f.rule for f in clean.findings if f.rule not in case.expected] == [], case.name
        for error in case.errors:
            found = check_bundle(case.bundle(error)).findings
            assert any(error["lang"] in f.langs and f.segment == str(error["para"]) for f in found), error
        for negative in case.negatives:
            found = check_bundle(case.bundle(negative)).findings
            assert [f.rule for f in found if f.rule not in case.expected] == [], negative


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
