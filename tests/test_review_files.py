"""Hand-off file details a translator's tool relies on, and the words of the refusals.

Written against mutants bench/mutation.py found surviving in press/review: a translator's
comment lost or written under another name, XLIFF 1.2 approval read backwards, refusal
messages emptied, the default file name, the unit line in messages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_press_output
from lxml import etree

from press.errors import SourceError
from press.model import Status
from press.project import Project
from press.review.exporter import default_name, export_bytes
from press.review.importer import load_returned, plan_import
from press.review.schema import MDA_NS, XLIFF2_NS, XLIFF12_NS

DEMO = "2025-12-10-baikonur"
X2 = {"x": XLIFF2_NS, "mda": MDA_NS}
X12 = {"x": XLIFF12_NS}


def _load(project: Project):
    return project.load(project.release_folders([DEMO])[0])


def _kk(project: Project) -> Path:
    return project.release_folders([DEMO])[0] / "kk.yaml"


def _export(project: Project, tmp_path: Path, fmt: str, capsys) -> Path:
    out = tmp_path / f"kk-{fmt}.xlf"
    code, shown = run_press_output(project, "review", "export", DEMO, "--lang", "kk", "--format", fmt,
                                   "-o", str(out), capsys=capsys)
    assert code == 0, shown
    return out


def _import(project: Project, path: Path, capsys) -> tuple[int, str]:
    return run_press_output(project, "review", "import", str(path), "--reviewer", "R", capsys=capsys)


def test_a_translators_comment_is_written_as_such_and_read_back(scratch_project: Project) -> None:
    release = _load(scratch_project)
    release.versions["kk"].segments["p5"].note = "Терминді тексеру керек."
    root2 = etree.fromstring(export_bytes(release, "kk", "xliff"))
    notes = root2.findall(".//x:unit[@id='p5']/x:notes/x:note", X2)
    assert ("translator", "Терминді тексеру керек.") in [(n.get("category"), n.text) for n in notes]
    tool = root2.find("x:file/mda:metadata//mda:meta[@type='tool']", X2)
    assert tool is not None and tool.text == "press"
    root12 = etree.fromstring(export_bytes(release, "kk", "xliff12"))
    notes12 = root12.findall(".//x:trans-unit[@id='p5']/x:note", X12)
    assert ("translator", "Терминді тексеру керек.") in [(n.get("from"), n.text) for n in notes12]


def test_a_comment_added_in_xliff2_is_imported(scratch_project: Project, tmp_path: Path, capsys) -> None:
    out = _export(scratch_project, tmp_path, "xliff", capsys)
    tree = etree.parse(str(out))
    unit = tree.find(".//x:unit[@id='p7']", X2)
    holder = unit.find("x:notes", X2)
    if holder is None:
        holder = etree.Element(f"{{{XLIFF2_NS}}}notes")
        unit.insert(0, holder)
    etree.SubElement(holder, f"{{{XLIFF2_NS}}}note").text = "Атауын тексеріңіз."
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    code, shown = _import(scratch_project, out, capsys)
    assert code == 0, shown
    assert _load(scratch_project).versions["kk"].segments["p7"].note == "Атауын тексеріңіз."


def test_xliff12_approved_without_a_state_is_reviewed(scratch_project: Project, tmp_path: Path,
                                                      capsys) -> None:
    release = _load(scratch_project)
    release.versions["kk"].segments["p5"].status = Status.TRANSLATED
    from press.source import save_version

    save_version(release, "kk")
    out = _export(scratch_project, tmp_path, "xliff12", capsys)
    tree = etree.parse(str(out))
    for sid, approved in (("p5", "yes"), ("p6", "no")):
        unit = tree.find(f".//x:trans-unit[@id='{sid}']", X12)
        target = unit.find("x:target", X12)
        target.text = f"Жаңа аударма {sid}."
        target.attrib.pop("state", None)
        unit.set("approved", approved)
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    code, shown = _import(scratch_project, out, capsys)
    assert code == 0, shown
    kk = _load(scratch_project).versions["kk"].segments
    assert (kk["p5"].text, kk["p5"].status) == ("Жаңа аударма p5.", Status.REVIEWED)
    assert (kk["p6"].text, kk["p6"].status) == ("Жаңа аударма p6.", Status.TRANSLATED)


def test_refusals_say_what_is_wrong(scratch_project: Project, tmp_path: Path, capsys) -> None:
    out = _export(scratch_project, tmp_path, "xliff", capsys)
    data = out.read_bytes()
    before = _kk(scratch_project).read_bytes()
    out.write_bytes(data.replace(b">2025-12-10-baikonur<", b">2024-01-01-other<"))
    code, shown = _import(scratch_project, out, capsys)
    assert code == 2 and "unknown release '2024-01-01-other'" in shown
    other = "file is for release '2024-01-01-other', not '2025-12-10-baikonur'"
    with pytest.raises(SourceError, match=other):
        plan_import(_load(scratch_project), load_returned(out), "R")  # a caller naming the release
    out.write_bytes(data.decode("utf-8").encode("utf-16"))
    code, shown = _import(scratch_project, out, capsys)
    assert code == 2 and f"{out}:1: file is UTF-16; expected UTF-8 XML" in shown
    out.write_bytes(data)
    empty = load_returned(out)
    empty.units = []  # a file of another tool's units: the XLIFF schema itself wants one unit
    with pytest.raises(SourceError, match="the file has no press segments"):
        plan_import(_load(scratch_project), empty, "R")
    assert _kk(scratch_project).read_bytes() == before


def test_a_unit_problem_is_reported_at_the_units_line(scratch_project: Project, tmp_path: Path,
                                                      capsys) -> None:
    out = _export(scratch_project, tmp_path, "xliff", capsys)
    text = out.read_text(encoding="utf-8").replace('<unit id="p8"', '<unit id="p99"', 1)
    out.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if '<unit id="p99"' in row)
    code, shown = _import(scratch_project, out, capsys)
    assert code == 2 and f"{out}:{line}: segment 'p99' is not in the release" in shown


def test_the_default_file_names_say_release_language_and_format(demo) -> None:
    assert default_name(demo, "kk", "xliff") == Path(f"{DEMO}.kk.xlf")
    assert default_name(demo, "ru", "xliff12") == Path(f"{DEMO}.ru-xliff12.xlf")
    assert default_name(demo, "ru", "docx") == Path(f"{DEMO}.ru.docx")


def test_export_without_an_output_writes_the_default_name(scratch_project: Project, tmp_path: Path,
                                                          monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    code, shown = run_press_output(scratch_project, "review", "export", DEMO, "--lang", "ru", "--format",
                                   "xliff12", capsys=capsys)
    assert code == 0, shown
    assert (tmp_path / f"{DEMO}.ru-xliff12.xlf").is_file()


def test_a_segment_diff_shows_two_sentences_of_context_and_the_statuses() -> None:
    from press.model import Segment
    from press.review.importer import Change, segment_diff

    old = Segment("p1", "One. Two. Three. Four. Five. Six.", Status.MACHINE)
    changed = segment_diff("kk", Change("p1", old, "One. Two. Three. Four. Five. Seven.", Status.TRANSLATED,
                                        None, None))
    assert changed == ("--- kk/p1 (machine)\n+++ kk/p1 (translated)\n@@ -4,3 +4,3 @@\n"
                       " Four.\n Five.\n-Six.\n+Seven.\n")
    same = segment_diff("kk", Change("p1", old, old.text, Status.APPROVED, None, None))
    assert same == "--- kk/p1 (machine)\n+++ kk/p1 (approved)\n@@ status machine → approved @@\n"
    new = segment_diff("ru", Change("p9", None, "Новое.", Status.TRANSLATED, None, None))
    assert new == "--- ru/p9 (missing)\n+++ ru/p9 (translated)\n@@ -0,0 +1 @@\n+Новое.\n"


def test_a_correction_note_is_refused_with_the_option_and_the_letters_named(scratch_project: Project) -> None:
    import datetime as dt

    from press.errors import PressError
    from press.review.corrections import add_correction

    release = _load(scratch_project)
    before = (release.folder / "release.yaml").read_bytes()
    with pytest.raises(PressError, match=r"^--note ru=…: Russian text contains Kazakh letters қң$"):
        add_correction(release, dt.date(2025, 12, 11), {"en": "Updated.", "kk": "Жаңартылды.",
                                                        "ru": "Жаңа ақпарат"})
    with pytest.raises(SourceError, match=r"^--note: en: holds the unprintable character U\+0007"):
        add_correction(release, dt.date(2025, 12, 11), {"en": "Up\x07dated.", "kk": "Жаңартылды.",
                                                        "ru": "Обновлено."})
    assert (release.folder / "release.yaml").read_bytes() == before


def test_the_status_table_names_its_columns_and_the_stale_segments(scratch_project: Project) -> None:
    from rich.console import Console

    from press.review.status import coverage, render_table

    release = _load(scratch_project)
    release.source.segments["p4"].text += " More."
    console = Console(record=True, width=250)
    console.print(render_table([release], {release.id: coverage(release, [])}))
    shown = console.export_text()
    header = next(line for line in shown.splitlines() if "┃ release" in line)
    assert [cell.strip() for cell in header.split("┃")[1:-1]] == [
        "release", "lang", "untranslated", "machine", "translated", "reviewed", "approved", "stale",
        "errors", "stale segments"]
    rows = [[cell.strip() for cell in line.split("│")[1:-1]]
            for line in shown.splitlines() if release.id in line]
    kk = next(row for row in rows if row[1] == "kk")
    assert kk[7:] == ["1", "0", "p4"] and kk[2:6] == ["0", "0", "0", "0"]
    assert next(row for row in rows if row[1] == "ru")[-1] == "p4"
