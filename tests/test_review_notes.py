"""What a hand-off file tells the translator: kinds, register and fact notes, stale notes, the
DOCX status list. Written against mutants bench/mutation.py found surviving in press/review.
"""

from __future__ import annotations

import io

from docx import Document
from lxml import etree

from press.model import Entity, Status
from press.project import Project
from press.review.common import build_handoff, entity_notes
from press.review.docx import W_NS
from press.review.exporter import export_bytes
from press.review.schema import XLIFF2_NS

DEMO = "2025-12-10-baikonur"


def _load(project: Project):
    return project.load(project.release_folders([DEMO])[0])


def test_each_item_carries_its_segment_kind_into_the_file(scratch_project: Project) -> None:
    release = _load(scratch_project)
    release.source.segments["p4"].kind = "h2"
    items = {item.id: item for item in build_handoff(release, "kk").items}
    assert {sid: item.kind for sid, item in items.items()} == {
        sid: seg.kind for sid, seg in release.source.segments.items()}
    root = etree.fromstring(export_bytes(release, "kk", "xliff"))
    unit = root.find(f".//{{{XLIFF2_NS}}}unit[@id='p4']")
    assert unit.get("type") == "press:h2"


def test_a_stale_segment_carries_old_and_new_source(scratch_project: Project) -> None:
    release = _load(scratch_project)
    old = release.source.segments["p4"].text
    release.versions["kk"].segments["p4"].source_text = old
    release.source.segments["p4"].text = old + " Further launches are planned for 2026."
    items = {item.id: item for item in build_handoff(release, "kk").items}
    stale = {n.category: n.text for n in items["p4"].notes}["press-stale"]
    assert stale.startswith("STALE: the source changed") and f"Old source: {old}\n" in stale
    assert stale.endswith("Further launches are planned for 2026.")
    assert items["p4"].stale and items["p4"].status is Status.TRANSLATED
    assert "press-stale" not in {n.category for n in items["p3"].notes}


def test_a_founding_fact_is_noted_with_its_year(demo) -> None:
    items = {item.id: item for item in build_handoff(demo, "kk").items}
    facts = {n.category: n.text for n in items["p5"].notes}["press-facts"]
    assert "baikonur-founded: 1955" in facts


def test_an_entity_without_a_form_in_the_language_is_shown_as_unknown(scratch_project: Project) -> None:
    release = _load(scratch_project)
    release.entities.clear()
    release.entities["x"] = Entity("x", "person", {"en": ["Jonny Kim", "J. Kim"]})
    assert entity_notes(release, "kk", "NASA astronaut Jonny Kim landed") == ["Jonny Kim → ?"]
    release.entities["x"].forms["kk"] = ["Джонни Ким", "Дж. Ким"]
    assert entity_notes(release, "kk", "Jonny Kim") == ["Jonny Kim → Джонни Ким (also Дж. Ким)"]


def test_the_docx_status_cell_offers_the_human_statuses_current_first(scratch_project: Project) -> None:
    release = _load(scratch_project)
    release.versions["ru"].segments["p5"].status = Status.REVIEWED
    p6 = release.versions["ru"].segments["p6"]
    p6.status, p6.engine = Status.MACHINE, "libre"
    doc = Document(io.BytesIO(export_bytes(release, "ru", "docx")))
    row = next(r for r in doc.tables[0].rows if "Благополучная посадка" in r.cells[1].text)
    assert row.cells[1].text == p6.text  # the draft is in the editable column, to be corrected
    assert "draft from machine translation (libre)" in "".join(row.cells[0]._tc.itertext())
    lists = {}
    for sdt in doc.element.body.iter(f"{{{W_NS}}}sdt"):
        tag = sdt.find(f"{{{W_NS}}}sdtPr/{{{W_NS}}}tag")
        items = sdt.findall(f".//{{{W_NS}}}listItem")
        if tag is not None and items:
            lists.setdefault(tag.get(f"{{{W_NS}}}val"), []).append(
                [(i.get(f"{{{W_NS}}}value"), i.get(f"{{{W_NS}}}displayText")) for i in items])
    (choices,) = lists.values()
    assert len(choices) == len(release.source.segments)
    human = {"translated", "reviewed", "approved"}
    for sid, offered in zip(release.source.segments, choices, strict=True):
        current = release.versions["ru"].segments[sid].status.value
        assert offered[0] == (current, current)  # the segment's status first
        assert sorted(value for value, _ in offered) == sorted(human | {current}), sid
        assert all(value == shown for value, shown in offered)
    assert choices[list(release.source.segments).index("p5")][0] == ("reviewed", "reviewed")
