"""What a translator or reviewer would notice if the hand-off round trip broke, one test per gap.

Written against the mutants bench/mutation.py found surviving in press/review (issue 19): a
relabelled file refused without naming where, a DOCX row number off by the table's header, an
untranslated copy of the source read back as a translation, the approval history event, the
time of a change, a segment new to a language, inline codes in a unit a CAT tool split.
In-process: export_bytes → edit with lxml / python-docx → load_returned → plan → stage → apply.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from press.errors import SourceError
from press.model import Status, source_hash
from press.project import Project
from press.review.docx import W_NS
from press.review.exporter import export_bytes
from press.review.importer import Plan, apply_plan, load_returned, plan_import, stage_plan
from press.review.schema import XLIFF2_NS, XLIFF12_NS
from press.source import read_history, save_version

DEMO = "2025-12-10-baikonur"
X2 = {"x": XLIFF2_NS}
X12 = {"x": XLIFF12_NS}
W = f"{{{W_NS}}}"


def _load(project: Project):
    return project.load(project.release_folders([DEMO])[0])


def _exported(project: Project, tmp_path: Path, fmt: str, lang: str = "kk") -> Path:
    path = tmp_path / f"{lang}.{'docx' if fmt == 'docx' else fmt + '.xlf'}"
    path.write_bytes(export_bytes(_load(project), lang, fmt))
    return path


def _import(project: Project, path: Path, reviewer: str | None = "Р. Рецензент") -> Plan:
    """`press review import` without the checker: plan, stage, write."""
    plan = plan_import(_load(project), load_returned(path), reviewer)
    stage_plan(plan, reviewer)
    apply_plan(plan, reviewer)
    return plan


def _refusal(project: Project, path: Path) -> str:
    """The refusal of the returned *path*, with the language file checked untouched."""
    kk = _load(project).folder / "kk.yaml"
    before = kk.read_bytes()
    with pytest.raises(SourceError) as refused:
        _import(project, path)
    assert kk.read_bytes() == before
    return str(refused.value)


def _untranslated(project: Project, *sids: str) -> None:
    """Segments *sids* missing from the Kazakh file (nobody translated them yet)."""
    release = _load(project)
    for sid in sids:
        del release.versions["kk"].segments[sid]
    save_version(release, "kk")


def _docx_rows(doc) -> dict[str, tuple[int, object]]:
    """Segment id → (the row's number as Word shows it, header row 1; the python-docx row)."""
    rows = {}
    for number, row in enumerate(doc.tables[0].rows, 1):
        for sdt in row._tr.iter(W + "sdt"):
            tag = sdt.find(f"{W}sdtPr/{W}tag").get(W + "val")
            if tag.startswith("press:"):
                rows[tag.split(":")[1]] = (number, row)
    return rows


def test_a_docx_relabelled_in_its_language_property_is_refused_naming_both_labels(
        scratch_project: Project, tmp_path: Path) -> None:
    path = _exported(scratch_project, tmp_path, "docx")
    doc = Document(str(path))
    doc.core_properties.language = "en"  # the reviewer's Word set English: the file now claims two languages
    doc.save(str(path))
    shown = _refusal(scratch_project, path)
    assert "names its language inconsistently (identifier 'kk', language property 'en')" in shown, shown


def test_a_docx_row_is_named_by_its_number_in_word(scratch_project: Project, tmp_path: Path) -> None:
    path = _exported(scratch_project, tmp_path, "docx")
    doc = Document(str(path))
    rows = _docx_rows(doc)
    assert rows["title"][0] == 2 and rows["p3"][0] == 5  # the header is row 1
    rows["p3"][1].cells[2].text = "done"
    doc.save(str(path))
    shown = _refusal(scratch_project, path)
    assert f"{path}: table row 5 (p3): unknown status 'done'; expected one of translated, reviewed, " \
           "approved" in shown, shown
    doc = Document(str(_exported(scratch_project, tmp_path, "docx")))
    row = _docx_rows(doc)["p6"][1]
    row.cells[2].text = "approved"
    row.cells[3].merge(row.cells[2])  # the reviewer merged two cells of row 8
    doc.save(str(path))
    shown = _refusal(scratch_project, path)
    assert "table row 8: expected 4 cells and one locked source" in shown, shown


def test_an_xliff12_file_of_another_version_or_shape_is_refused_naming_the_format(
        scratch_project: Project, tmp_path: Path) -> None:
    path = _exported(scratch_project, tmp_path, "xliff12")
    data = path.read_bytes()
    path.write_bytes(data.replace(b'version="1.2"', b'version="1.1"', 1))
    assert "XLIFF version '1.1'; expected 1.2" in _refusal(scratch_project, path)
    path.write_bytes(data.replace(b"<body>", b'<body><group id="g" flavour="x"/>', 1))
    assert ": not valid XLIFF 1.2: line " in _refusal(scratch_project, path)


def test_an_untranslated_copy_of_the_source_in_xliff12_is_not_a_translation(
        scratch_project: Project, tmp_path: Path) -> None:
    """OmegaT translates <target>, so export fills it with the source; back unchanged, it is nothing."""
    from translate.storage.xliff import xlifffile

    _untranslated(scratch_project, "p7", "p8")
    path = _exported(scratch_project, tmp_path, "xliff12")
    units = {unit.getid().split("\x04")[-1]: unit for unit in xlifffile.parsefile(str(path)).units}
    assert units["p7"].target == units["p7"].source  # the copy a CAT tool translates over
    tree = etree.parse(str(path))
    target = tree.find(".//x:trans-unit[@id='p8']/x:target", X12)
    assert target.get("state") == "needs-translation"
    target.text = "Алдағы миссиялар жоспарланған."
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    returned = {unit.id: unit for unit in load_returned(path).units}
    assert (returned["p7"].target, returned["p7"].status) == (None, None)
    plan = _import(scratch_project, path)
    assert [change.id for change in plan.changes] == ["p8"]
    kk = _load(scratch_project).versions["kk"].segments
    assert "p7" not in kk  # not the English text filed as Kazakh
    assert (kk["p8"].text, kk["p8"].status) == ("Алдағы миссиялар жоспарланған.", Status.TRANSLATED)


def test_a_segment_new_to_the_language_is_recorded_in_source_order_with_who_and_when(
        scratch_project: Project, tmp_path: Path) -> None:
    _untranslated(scratch_project, "p7")
    path = _exported(scratch_project, tmp_path, "xliff")
    tree = etree.parse(str(path))
    segment = tree.find(".//x:unit[@id='p7']/x:segment", X2)
    etree.SubElement(segment, f"{{{XLIFF2_NS}}}target").text = "Байқоңыр жұмысын жалғастырады."
    segment.set("state", "translated")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    before = dt.datetime.now().astimezone().replace(microsecond=0)
    _import(scratch_project, path, reviewer=None)
    release = _load(scratch_project)
    kk = release.versions["kk"].segments
    assert list(kk) == list(release.source.segments)  # p7 back between p6 and p8
    p7 = kk["p7"]
    assert (p7.text, p7.status) == ("Байқоңыр жұмысын жалғастырады.", Status.TRANSLATED)
    assert p7.changed_by == f"review import ({path.name})"
    assert p7.source_text == release.source.segments["p7"].text
    assert p7.source_hash == source_hash(p7.source_text)
    when = dt.datetime.fromisoformat(str(p7.changed_at))
    assert when.tzinfo is not None and before <= when <= dt.datetime.now().astimezone()


def test_an_approval_is_recorded_in_the_review_history(scratch_project: Project, tmp_path: Path) -> None:
    release = _load(scratch_project)
    release.versions["kk"].segments["p5"].status = Status.TRANSLATED
    save_version(release, "kk")
    path = _exported(scratch_project, tmp_path, "xliff")
    tree = etree.parse(str(path))
    tree.find(".//x:unit[@id='p5']/x:segment", X2).set("state", "final")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    _import(scratch_project, path)
    p5 = _load(scratch_project).versions["kk"].segments["p5"]
    assert (p5.status, p5.changed_by, p5.approved_hash) == (Status.APPROVED, "Р. Рецензент",
                                                            source_hash(p5.text))
    entry = read_history(release.folder)[-1]
    assert {key: entry[key] for key in ("event", "segment", "lang", "approved_by", "approved_hash", "text")} \
        == {"event": "approved", "segment": "p5", "lang": "kk", "approved_by": "Р. Рецензент",
            "approved_hash": source_hash(p5.text), "text": p5.text}


def test_an_xliff2_file_relabelled_to_another_release_is_refused_naming_both_labels(
        scratch_project: Project, tmp_path: Path) -> None:
    path = _exported(scratch_project, tmp_path, "xliff")
    path.write_bytes(path.read_bytes().replace(f'original="{DEMO}/kk"'.encode(),
                                               b'original="2024-01-01-other/kk"', 1))
    shown = _refusal(scratch_project, path)
    assert (f"names its release inconsistently (press release metadata '{DEMO}', "
            "<file original> '2024-01-01-other')") in shown, shown


def test_inline_codes_survive_a_unit_split_into_two_segments(scratch_project: Project,
                                                             tmp_path: Path) -> None:
    """A CAT tool that segments by sentence returns one unit as two <segment>s: codes in both."""
    release = _load(scratch_project)
    release.source.segments["p8"].text = ("With **further missions** already scheduled, Baikonur enters "
                                          "its eighth decade. The events of this month highlight its "
                                          "*enduring place* in space cooperation.")
    save_version(release, "en")
    release.versions["kk"].segments["p8"].status = Status.TRANSLATED
    save_version(release, "kk")
    path = _exported(scratch_project, tmp_path, "xliff")
    tree = etree.parse(str(path))
    unit = tree.find(".//x:unit[@id='p8']", X2)
    whole = unit.find("x:segment", X2)
    pcs = whole.find("x:source", X2).findall("x:pc", X2)
    assert [pc.get("subType") for pc in pcs] == ["xlf:b", "xlf:i"]
    unit.remove(whole)

    def segment(code, source: tuple[str, str, str], target: tuple[str, str, str]) -> None:
        part = etree.SubElement(unit, f"{{{XLIFF2_NS}}}segment", state="translated")
        for name, (before, inside, after) in (("source", source), ("target", target)):
            holder = etree.SubElement(part, f"{{{XLIFF2_NS}}}{name}")
            holder.text = before
            pc = etree.SubElement(holder, f"{{{XLIFF2_NS}}}pc", dict(code.attrib))
            pc.text, pc.tail = inside, after
    segment(pcs[0], ("With ", "further missions", " already scheduled, Baikonur enters its eighth decade. "),
            ("Алда ", "жаңа миссиялар", " жоспарланған. "))
    segment(pcs[1], ("The events of this month highlight its ", "enduring place", " in space cooperation."),
            ("Бұл айдың оқиғалары оның ", "берік орнын", " көрсетеді."))
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    plan = _import(scratch_project, path)
    assert [change.id for change in plan.changes] == ["p8"] and not plan.refused
    assert _load(scratch_project).versions["kk"].segments["p8"].text == (
        "Алда **жаңа миссиялар** жоспарланған. Бұл айдың оқиғалары оның *берік орнын* көрсетеді.")


def test_the_review_docx_table_fills_the_landscape_page_between_its_margins(demo) -> None:
    """Word reads each cell's width, LibreOffice the table grid: both say the same four widths."""
    import io

    doc = Document(io.BytesIO(export_bytes(demo, "kk", "docx")))
    section = doc.sections[0]
    margins = [section.left_margin, section.right_margin, section.top_margin, section.bottom_margin]
    assert [round(m.cm, 2) for m in margins] == [1.5] * 4
    table = doc.tables[0]
    widths = [round(column.width.cm, 1) for column in table.columns]  # the grid
    assert widths == [10.6, 10.6, 2.6, 2.9]
    assert {tuple(round(cell.width.cm, 1) for cell in row.cells) for row in table.rows} == {tuple(widths)}
    assert round(sum(widths) + 3.0, 1) == round(section.page_width.cm, 1) == 29.7
    assert table.autofit is False  # fixed layout: Word does not squeeze the source column


def test_a_minor_source_edit_records_when_it_was_vouched_for(scratch_project: Project) -> None:
    from press.review.stale import mark_minor

    release = _load(scratch_project)
    release.source.segments["p4"].text = release.source.segments["p4"].text.replace("decades", "decades ")
    save_version(release, "en")
    release = _load(scratch_project)
    before = dt.datetime.now().astimezone().replace(microsecond=0)
    assert mark_minor(release, ["p4"], "Editor") == [("kk", "p4"), ("ru", "p4")]
    for lang in ("kk", "ru"):
        p4 = _load(scratch_project).versions[lang].segments["p4"]
        assert p4.changed_by == "Editor (minor source edit)"
        when = dt.datetime.fromisoformat(str(p4.changed_at))
        assert when.tzinfo is not None and before <= when <= dt.datetime.now().astimezone()


def test_the_status_table_right_aligns_its_counts(scratch_project: Project) -> None:
    from rich.console import Console

    from press.review.status import coverage, render_table

    release = _load(scratch_project)
    release.source.segments["p4"].text += " More."
    console = Console(record=True, width=250)
    console.print(render_table([release], {release.id: coverage(release, [])}))
    row = next(line for line in console.export_text().splitlines() if release.id in line and "│ kk" in line)
    cells = row.split("│")[1:-1]
    counts = cells[2:9]  # untranslated … approved, stale, errors
    assert [cell.strip() for cell in counts] == ["0", "0", "0", "0", "9", "1", "0"]
    for cell in counts:
        assert cell == " " + cell.strip().rjust(len(cell) - 2) + " ", row


def test_bold_in_the_source_is_bold_in_the_locked_source_cell(scratch_project: Project,
                                                              tmp_path: Path) -> None:
    release = _load(scratch_project)
    release.source.segments["p8"].text = "With **further missions** already *scheduled*, Baikonur goes on."
    save_version(release, "en")
    doc = Document(str(_exported(scratch_project, tmp_path, "docx")))
    locked = next(sdt for sdt in _docx_rows(doc)["p8"][1].cells[0]._tc.iter(W + "sdt"))
    runs = [("".join(t.text for t in r.iter(W + "t")), r.find(f"{W}rPr/{W}b") is not None,
             r.find(f"{W}rPr/{W}i") is not None) for r in locked.iter(W + "r")]
    assert runs == [("With ", False, False), ("further missions", True, False), (" already ", False, False),
                    ("scheduled", False, True), (", Baikonur goes on.", False, False)]


def test_an_xliff12_unit_without_press_extradata_is_refused_at_its_line(scratch_project: Project,
                                                                        tmp_path: Path) -> None:
    path = _exported(scratch_project, tmp_path, "xliff12")
    tree = etree.parse(str(path))
    unit = tree.find(".//x:trans-unit[@id='p3']", X12)
    del unit.attrib["extradata"]  # a tool that rewrites units and drops what it does not know
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    assert f"{path}:{unit.sourceline}: trans-unit 'p3' has no extradata=\"source-hash:…\"" \
        in _refusal(scratch_project, path)


def test_original_data_shows_the_markdown_behind_each_code(scratch_project: Project, tmp_path: Path) -> None:
    """A CAT tool shows <originalData> when the translator hovers a code: the Markdown it stands for."""
    release = _load(scratch_project)
    release.source.segments["p8"].text = "With **further** *missions*, see [NASA](https://www.nasa.gov/)."
    root = etree.fromstring(export_bytes(release, "kk", "xliff"))
    data = root.findall(".//x:unit[@id='p8']/x:originalData/x:data", X2)
    assert [(d.get("id"), d.text) for d in data] == [
        ("s1", "**"), ("e1", "**"), ("s2", "*"), ("e2", "*"), ("s3", "["), ("e3", "](https://www.nasa.gov/)")]
    pcs = root.findall(".//x:unit[@id='p8']/x:segment/x:source/x:pc", X2)
    assert [(pc.get("dataRefStart"), pc.get("dataRefEnd")) for pc in pcs] == [("s1", "e1"), ("s2", "e2"),
                                                                              ("s3", "e3")]


def test_a_machine_draft_returned_without_a_state_stays_a_draft(scratch_project: Project,
                                                                tmp_path: Path) -> None:
    """XLIFF 2's default state is initial: a tool that drops @state has confirmed nothing."""
    release = _load(scratch_project)
    p6 = release.versions["kk"].segments["p6"]
    p6.status, p6.engine = Status.MACHINE, "libre"
    save_version(release, "kk")
    path = _exported(scratch_project, tmp_path, "xliff")
    tree = etree.parse(str(path))
    segment = tree.find(".//x:unit[@id='p6']/x:segment", X2)
    del segment.attrib["state"], segment.attrib["subState"]
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    plan = _import(scratch_project, path)
    assert plan.changes == [] and plan.unchanged == len(release.source.segments)
    assert _load(scratch_project).versions["kk"].segments["p6"].status is Status.MACHINE


def test_an_xliff2_file_relabelled_in_trglang_is_refused_naming_every_label(scratch_project: Project,
                                                                            tmp_path: Path) -> None:
    path = _exported(scratch_project, tmp_path, "xliff")
    path.write_bytes(path.read_bytes().replace(b'trgLang="kk"', b'trgLang="ru"', 1))
    shown = _refusal(scratch_project, path)
    assert ("names its language inconsistently (trgLang 'ru', press lang metadata 'kk', "
            "<file original> 'kk')") in shown, shown


UNTRUSTED = {
    b'<?xml version="1.0"?>\n<xliff>\n<a>\x00</a></xliff>':
        ":3: file holds binary data (a NUL byte, U+0000); expected UTF-8 XML",
    b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<xliff/>':
        ":2: DOCTYPE or entity declaration refused (entities are never expanded)",
    b'<?xml version="1.0"?>\n<xliff>caf\xe9</xliff>': ":2: not UTF-8 (byte 0xe9); expected UTF-8 XML",
    b'<?xml version="1.0"?>\n<xliff>\n<file>\n</xliff>': ":4: malformed XML: ",
    b"<html><body>hello</body></html>": ":1: root element 'html' is not XLIFF 1.2 or 2.x",
}


@pytest.mark.parametrize("data", list(UNTRUSTED), ids=["nul", "doctype", "latin-1", "malformed", "html"])
def test_untrusted_bytes_are_refused_with_the_line_and_the_reason(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "returned.xlf"
    path.write_bytes(data)
    with pytest.raises(SourceError) as refused:
        load_returned(path)
    assert str(refused.value).startswith(f"{path}{UNTRUSTED[data]}"), str(refused.value)


def test_a_hand_off_for_a_language_the_release_does_not_translate_into_is_refused(demo) -> None:
    with pytest.raises(SourceError) as refused:
        export_bytes(demo, "de", "xliff")
    assert str(refused.value) == (f"{demo.folder / 'release.yaml'}: de is not a target language of {DEMO} "
                                  "(targets: kk, ru)")


def test_an_oversized_returned_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    import os

    from press.review.common import MAX_FILE_BYTES

    path = tmp_path / "huge.xlf"
    path.touch()
    os.truncate(path, MAX_FILE_BYTES + 1)  # sparse: nothing is written or read
    with pytest.raises(SourceError) as refused:
        load_returned(path)
    assert str(refused.value) == f"{path}: file is {MAX_FILE_BYTES + 1:,} bytes; the limit is 5 MiB"
