"""Review workflow: XLIFF export valid against the OASIS schemas, round trips through
translate-toolkit, stale/tampered/protected rules at import, coverage status, corrections."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_press as run
from lxml import etree

from press.model import Status
from press.project import Project
from press.review.common import build_handoff
from press.review.exporter import export_bytes
from press.review.schema import MTC_NS, XLIFF2_NS, XLIFF12_NS, schema_errors
from press.source import save_version

DEMO = "2025-12-10-baikonur"
X2 = {"x": XLIFF2_NS, "mtc": MTC_NS}
X12 = {"x": XLIFF12_NS}


def load(project: Project):
    return project.load(project.release_folders([DEMO])[0])


def lang_file(project: Project, lang: str) -> Path:
    return project.release_folders([DEMO])[0] / f"{lang}.yaml"


@pytest.fixture
def drafted(scratch_project: Project) -> Project:
    """The demo with kk p5 translated (awaiting review) and kk p6 a machine draft."""
    release = load(scratch_project)
    kk = release.versions["kk"].segments
    kk["p5"].status = Status.TRANSLATED
    kk["p6"].status, kk["p6"].engine = Status.MACHINE, "libre"
    save_version(release, "kk")
    return scratch_project


@pytest.mark.parametrize("fmt,version", [("xliff", "2"), ("xliff12", "1.2")])
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_exports_are_valid_against_the_oasis_schemas(demo, fmt: str, version: str, lang: str) -> None:
    root = etree.fromstring(export_bytes(demo, lang, fmt))
    assert schema_errors(root, version) == []
    root.find(".//{*}source").getparent().set("state", "bogus")  # the schema can say no
    assert schema_errors(root, version)


def test_the_machine_draft_prefills_the_target_and_stays_a_candidate(drafted: Project) -> None:
    release = load(drafted)
    draft = release.versions["kk"].segments["p6"].text
    root = etree.fromstring(export_bytes(release, "kk", "xliff"))
    unit = root.find(".//x:unit[@id='p6']", X2)
    segment = unit.find("x:segment", X2)
    assert segment.find("x:target", X2).text == draft
    assert (segment.get("state"), segment.get("subState")) == ("initial", "press:machine")
    match = unit.find("mtc:matches/mtc:match", X2)
    assert match.get("type") == "mt" and match.find("x:target", X2).text == draft
    root12 = etree.fromstring(export_bytes(release, "kk", "xliff12"))
    unit12 = root12.find(".//x:trans-unit[@id='p6']", X12)
    target12 = unit12.find("x:target", X12)
    assert target12.text == draft
    assert (target12.get("state"), target12.get("state-qualifier")) == ("needs-review-translation",
                                                                        "mt-suggestion")
    assert unit12.find("x:alt-trans/x:target", X12).text == draft
    assert root12.find(".//x:trans-unit[@id='p5']/x:target", X12).get("state") == "translated"
    assert root12.find(".//x:trans-unit[@id='p1']", X12).get("approved") == "yes"


def test_notes_carry_registers_and_checker_findings(demo) -> None:
    class Finding:
        rule, severity, langs, segment = "date", "error", ("kk",), "p3"
        excerpt, message = "9 желтоқсан", "odd"

    items = {i.id: i for i in build_handoff(demo, "kk", [Finding()]).items}
    notes = {n.category: n.text for n in items["p3"].notes}
    assert "Джонни Ким" in notes["press-entities"]
    assert "245" in notes["press-facts"] and "желтоқсан" in notes["press-facts"]
    assert "[error] date: odd" in notes["press-check"]
    assert "press-check" not in {n.category for n in items["p2"].notes}


def test_xliff2_round_trip_through_translate_toolkit(drafted: Project, tmp_path: Path) -> None:
    from translate.storage.xliff2 import Xliff2File

    out = tmp_path / "kk.xlf"
    assert run(drafted, "review", "export", DEMO, "--lang", "kk", "-o", str(out)) == 0
    store = Xliff2File.parsefile(str(out))
    units = {u.getid(): u for u in store.units}
    units["p5"].xmlelement.set("state", "reviewed")  # the reviewer agrees with the translation
    units["p6"].target = "Адамның аудармасы: ғарыш айлағы сенімді жұмыс істейді."
    units["p6"].xmlelement.set("state", "translated")
    out.write_bytes(bytes(store))
    assert run(drafted, "review", "import", str(out)) == 0
    kk = load(drafted).versions["kk"].segments
    assert kk["p5"].status is Status.REVIEWED and kk["p5"].changed_by == "review import (kk.xlf)"
    assert kk["p6"].status is Status.TRANSLATED and kk["p6"].text.startswith("Адамның аудармасы")
    assert kk["p6"].source_text == load(drafted).source.segments["p6"].text
    assert kk["p1"].status is Status.APPROVED and kk["p1"].changed_by == "Press Office editor"


def test_xliff12_round_trip_through_translate_toolkit(drafted: Project, tmp_path: Path) -> None:
    from translate.storage.xliff import xlifffile

    out = tmp_path / "kk12.xlf"
    assert run(drafted, "review", "export", DEMO, "--lang", "kk", "--format", "xliff12", "-o", str(out)) == 0
    store = xlifffile.parsefile(str(out))
    units = {u.getid().split("\x04")[-1]: u for u in store.units}
    units["p6"].target = "Адамның аудармасы."
    units["p6"].set_state_n(units["p6"].S_TRANSLATED)
    units["p5"].set_state_n(units["p5"].S_SIGNED_OFF + 1)  # translate-toolkit's "final"
    out.write_bytes(bytes(store))
    assert schema_errors(etree.fromstring(out.read_bytes()), "1.2") == []
    assert run(drafted, "review", "import", str(out), "--reviewer", "A. Seitkali") == 0
    kk = load(drafted).versions["kk"].segments
    assert (kk["p6"].status, kk["p6"].text) == (Status.TRANSLATED, "Адамның аудармасы.")
    assert kk["p5"].status is Status.APPROVED and kk["p5"].changed_by == "A. Seitkali"


def _edit_target(path: Path, sid: str, text: str, state: str | None = None) -> None:
    tree = etree.parse(str(path))
    segment = tree.find(f".//x:unit[@id='{sid}']/x:segment", X2)
    segment.find("x:target", X2).text = text
    if state:
        segment.set("state", state)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def test_approved_work_is_protected_unless_a_reviewer_changes_it(scratch_project: Project,
                                                                 tmp_path: Path, capsys) -> None:
    out = tmp_path / "kk.xlf"
    run(scratch_project, "review", "export", DEMO, "--lang", "kk", "-o", str(out))
    old = load(scratch_project).versions["kk"].segments["p2"].text
    _edit_target(out, "p2", "Түзетілген аударма.", "reviewed")
    before = lang_file(scratch_project, "kk").read_bytes()
    assert run(scratch_project, "review", "import", str(out)) == 0
    assert "protected" in capsys.readouterr().out
    assert lang_file(scratch_project, "kk").read_bytes() == before
    assert run(scratch_project, "review", "import", str(out), "--reviewer", "Reviewer") == 0
    p2 = load(scratch_project).versions["kk"].segments["p2"]
    assert (p2.text, p2.status, p2.changed_by) == ("Түзетілген аударма.", Status.REVIEWED, "Reviewer")
    history = (lang_file(scratch_project, "kk").parent / "review-history.yaml").read_text()
    assert old in history  # the approved text replaced by the reviewer is kept


def test_dry_run_shows_a_unified_diff_and_writes_nothing(scratch_project: Project, tmp_path: Path,
                                                         capsys) -> None:
    out = tmp_path / "kk.xlf"
    run(scratch_project, "review", "export", DEMO, "--lang", "kk", "-o", str(out))
    _edit_target(out, "p8", "Жаңа мәтін.", "final")
    before = lang_file(scratch_project, "kk").read_bytes()
    assert run(scratch_project, "review", "import", str(out), "--reviewer", "R", "--dry-run") == 0
    shown = capsys.readouterr().out
    assert "--- kk/p8 (approved)" in shown and "+Жаңа мәтін." in shown and "would apply 1" in shown
    assert lang_file(scratch_project, "kk").read_bytes() == before


def _edit_source(project: Project, sid: str) -> None:
    release = load(project)
    release.source.segments[sid].text += " Further launches are planned for 2026."
    save_version(release, "en")


def test_a_stale_segment_is_caught_at_import(scratch_project: Project, tmp_path: Path, capsys) -> None:
    out = tmp_path / "ru.xlf"
    run(scratch_project, "review", "export", DEMO, "--lang", "ru", "-o", str(out))
    _edit_target(out, "p3", "Перевод по старому тексту.", "final")
    _edit_source(scratch_project, "p3")
    assert run(scratch_project, "review", "import", str(out), "--reviewer", "R") == 0
    assert "stale: p3" in capsys.readouterr().out
    assert load(scratch_project).versions["ru"].segments["p3"].text != "Перевод по старому тексту."


BAD_FILES = {
    "tampered source": lambda b: b.replace(b"Just days later", b"Only weeks later"),
    "malformed": lambda b: b[: len(b) // 2],
    "entity bomb": lambda b: b.replace(b"<xliff", b'<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<xliff', 1),
    "unknown segment": lambda b: b.replace(b'id="p8"', b'id="p99"', 1),
    "other release": lambda b: b.replace(b">2025-12-10-baikonur<", b">2024-01-01-other<"),
    "not xliff": lambda b: b"<html><body>hello</body></html>",
}


@pytest.mark.parametrize("damage", sorted(BAD_FILES))
def test_a_tampered_or_malformed_file_is_refused_and_changes_nothing(
        scratch_project: Project, tmp_path: Path, capsys, damage: str) -> None:
    out = tmp_path / "kk.xlf"
    run(scratch_project, "review", "export", DEMO, "--lang", "kk", "-o", str(out))
    _edit_target(out, "p3", "Өзгертілген мәтін.", "final")
    out.write_bytes(BAD_FILES[damage](out.read_bytes()))
    before = {lang: lang_file(scratch_project, lang).read_bytes() for lang in ("en", "kk", "ru")}
    assert run(scratch_project, "review", "import", str(out), "--reviewer", "R") == 2
    err = capsys.readouterr().err
    assert "kk.xlf" in err and "Traceback" not in err
    assert {lang: lang_file(scratch_project, lang).read_bytes() for lang in before} == before


def test_status_on_the_demo_then_after_an_english_edit(scratch_project: Project, capsys) -> None:
    assert run(scratch_project, "review", "status", "--format", "json") == 0
    report = json.loads(capsys.readouterr().out)
    for lang in ("kk", "ru"):
        counts = report[DEMO][lang]
        assert set(counts) == {"untranslated", "machine", "translated", "reviewed", "approved",
                               "stale", "hand_edited", "errors"}
        assert counts["approved"] == len(load(scratch_project).source.segments)
        assert counts["stale"] == 0
    _edit_source(scratch_project, "p4")
    run(scratch_project, "review", "status", "--format", "json")
    report = json.loads(capsys.readouterr().out)
    assert report[DEMO]["kk"]["stale"] == report[DEMO]["ru"]["stale"] == 1
    run(scratch_project, "review", "status")
    rows = [line for line in capsys.readouterr().out.splitlines() if DEMO in line]
    assert len(rows) == 2 and all("p4" in row for row in rows)


def test_a_minor_edit_keeps_translations_fresh(scratch_project: Project) -> None:
    _edit_source(scratch_project, "p4")
    assert run(scratch_project, "review", "minor", DEMO, "p4", "--by", "Editor") == 0
    release = load(scratch_project)
    assert not release.is_stale("kk", "p4") and not release.is_stale("ru", "p4")
    assert release.versions["kk"].segments["p4"].changed_by == "Editor (minor source edit)"
    assert release.versions["kk"].segments["p4"].status is Status.APPROVED


def test_correct_appends_a_dated_note_in_every_language(scratch_project: Project) -> None:
    args = ["correct", DEMO, "--date", "2025-12-11", "--note", "en=The landing date was corrected.",
            "--note", "kk=Қону күні түзетілді.", "--note", "ru=Исправлена дата посадки."]
    assert run(scratch_project, *args) == 0
    release = load(scratch_project)
    (correction,) = release.meta.corrections
    assert str(correction.date) == "2025-12-11" and correction.note["kk"] == "Қону күні түзетілді."
    text = (release.folder / "release.yaml").read_text()
    assert text.startswith("# Baikonur:")  # comments survive the round trip
    assert run(scratch_project, "correct", DEMO, "--note", "en=Only English.") == 2
    assert len(load(scratch_project).meta.corrections) == 1
