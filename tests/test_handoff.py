"""Translator hand-off (#15): pre-filled targets, inline codes, conflicts, hand edits.

Read back with translate-toolkit (XLIFF 2.1 and 1.2) and python-docx; the machine drafts come
from the fake LibreTranslate of tests/fake_libretranslate.py on 127.0.0.1.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_press_output
from lxml import etree
from test_translate import RELEASE_ID, fake, project  # noqa: F401  (fixtures)
from test_translate import run as translate

from press.model import Status, source_hash
from press.project import Project
from press.review.schema import MTC_NS, XLIFF2_NS, XLIFF12_NS
from press.source import save_version

DEMO = "2025-12-10-baikonur"
X2 = {"x": XLIFF2_NS}


def load(proj: Project, release: str = DEMO):
    return proj.load(proj.release_folders([release])[0])


def export(proj: Project, tmp_path: Path, fmt: str, capsys, release: str = DEMO,
           lang: str = "kk", name: str = "") -> Path:
    out = tmp_path / f"{name}{release}-{lang}-{fmt}.{'docx' if fmt == 'docx' else 'xlf'}"
    code, shown = run_press_output(proj, "review", "export", release, "--lang", lang, "--format", fmt,
                                   "-o", str(out), capsys=capsys)
    assert code == 0, shown
    return out


def review_import(proj: Project, path: Path, capsys, *args: str) -> tuple[int, str]:
    return run_press_output(proj, "review", "import", str(path), *args, capsys=capsys)


def test_a_machine_drafted_release_reads_with_every_target_prefilled(project, fake, tmp_path,  # noqa: F811
                                                                     capsys):
    from translate.storage.xliff2 import Xliff2File

    code, shown = translate(project, fake.url, "--to", "kk", capsys=capsys)
    assert code == 0, shown
    drafted = load(project, RELEASE_ID).versions["kk"].segments
    assert {s.status for s in drafted.values()} == {Status.MACHINE}
    out = export(project, tmp_path, "xliff", capsys, RELEASE_ID)
    store = Xliff2File.parsefile(str(out))
    units = list(store.units)
    assert len(units) == len(drafted)
    for unit in units:
        segment = unit.xmlelement if unit.xmlelement.tag.endswith("segment") else \
            unit.xmlelement.find("x:segment", X2)
        assert unit.target and unit.target.strip(), unit.getid()
        assert segment.get("state") == "initial", unit.getid()
        assert unit.target == drafted[unit.getid().split("/")[-1]].text
    # a draft nobody touched changes nothing when the file comes back
    code, shown = review_import(project, out, capsys)
    assert code == 0 and "applied 0" in shown, shown


def test_inline_codes_go_out_as_pc_and_g_and_come_back_as_markdown(scratch_project, tmp_path, capsys):
    release = load(scratch_project)
    release.source.segments["p2"].text = "On **27 November** Soyuz flew, *said* [NASA](https://www.nasa.gov/)."
    save_version(release, "en")
    kk = release.versions["kk"].segments["p2"]
    kk.text, kk.status = "**27 қарашада** ұшты, *деді* [NASA](https://www.nasa.gov/).", Status.MACHINE
    kk.source_hash = source_hash(release.source.segments["p2"].text)
    save_version(release, "kk")
    out = export(scratch_project, tmp_path, "xliff", capsys)
    tree = etree.parse(str(out))
    source = tree.find(".//x:unit[@id='p2']/x:segment/x:source", X2)
    assert [pc.get("subType") or pc.get("type") for pc in source.iter(f"{{{XLIFF2_NS}}}pc")] == \
        ["xlf:b", "xlf:i", "link"]
    assert "**" not in "".join(source.itertext())
    target = tree.find(".//x:unit[@id='p2']/x:segment/x:target", X2)
    bold = target.find("x:pc", X2)
    bold.text = "27 қарашада ғарыш кемесі"
    target.getparent().set("state", "translated")
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    code, shown = review_import(scratch_project, out, capsys)
    assert code == 0, shown
    text = load(scratch_project).versions["kk"].segments["p2"].text
    assert text.startswith("**27 қарашада ғарыш кемесі** ұшты, *деді* [NASA](https://www.nasa.gov/)")


def test_a_translation_that_drops_a_code_is_refused_for_that_segment(scratch_project, tmp_path, capsys):
    release = load(scratch_project)
    en = release.folder / "en.yaml"
    en.write_text(en.read_text(encoding="utf-8").replace("On 27 November", "On **27 November**", 1),
                  encoding="utf-8")
    release = load(scratch_project)
    kk = release.versions["kk"].segments
    kk["p2"].source_hash = source_hash(release.source.segments["p2"].text)
    kk["p2"].status = Status.TRANSLATED
    save_version(release, "kk")
    out = export(scratch_project, tmp_path, "xliff12", capsys)
    tree = etree.parse(str(out))
    ns = {"x": XLIFF12_NS}
    target = tree.find(".//x:trans-unit[@id='p2']/x:target", ns)
    for child in list(target):  # the translator's tool lost the bold code
        child.getparent().remove(child)
    target.text = "Жаңа аударма кодсыз."
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    before = (release.folder / "kk.yaml").read_bytes()
    code, shown = review_import(scratch_project, out, capsys)
    assert "refused: p2: the translation drops inline code(s) of the source: b" in shown, shown
    assert (release.folder / "kk.yaml").read_bytes() == before


@pytest.mark.parametrize("fmt", ["xliff", "xliff12", "docx"])
def test_a_stale_hand_off_file_is_a_conflict_and_changes_nothing(scratch_project, tmp_path, capsys, fmt):
    """A file exported while p6 was a machine draft comes back after a newer review of p6."""
    release = load(scratch_project)
    p6 = release.versions["kk"].segments["p6"]
    p6.status, p6.engine = Status.MACHINE, "libre"
    save_version(release, "kk")
    old = export(scratch_project, tmp_path, fmt, capsys)
    newer = export(scratch_project, tmp_path, "xliff", capsys, name="newer-")
    tree = etree.parse(str(newer))
    segment = tree.find(".//x:unit[@id='p6']/x:segment", X2)
    segment.find("x:target", X2).text = "Рецензент жазған жаңа аударма."
    segment.set("state", "reviewed")
    tree.write(str(newer), xml_declaration=True, encoding="UTF-8")
    assert review_import(scratch_project, newer, capsys)[0] == 0
    _edit_p6(old, fmt, "Ескі файлдағы аударма.")
    kk_yaml = release.folder / "kk.yaml"
    before = kk_yaml.read_bytes()
    code, shown = review_import(scratch_project, old, capsys, "--dry-run")
    assert code == 1 and "conflict: p6" in shown and "would apply 0" in shown, shown
    assert "Рецензент жазған жаңа аударма." in shown and "Ескі файлдағы аударма." in shown
    code, shown = review_import(scratch_project, old, capsys)
    assert code == 1 and kk_yaml.read_bytes() == before, shown
    code, shown = review_import(scratch_project, old, capsys, "--theirs")
    assert code == 0, shown
    assert load(scratch_project).versions["kk"].segments["p6"].text == "Ескі файлдағы аударма."


def _edit_p6(path: Path, fmt: str, text: str) -> None:
    if fmt == "docx":
        from docx import Document

        doc = Document(str(path))
        row = next(r for r in doc.tables[0].rows
                   if any(":p6:" in (t.get(f"{{{W}}}val") or "") for t in r._tr.iter(f"{{{W}}}tag")))
        row.cells[1].text = text
        doc.save(str(path))
        return
    tree = etree.parse(str(path))
    if fmt == "xliff":
        target = tree.find(".//x:unit[@id='p6']/x:segment/x:target", X2)
    else:
        target = tree.find(".//x:trans-unit[@id='p6']/x:target", {"x": XLIFF12_NS})
    target.text = text
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_approval_without_a_reviewer_is_one_refusal_and_applies_nothing(scratch_project, tmp_path, capsys):
    release = load(scratch_project)
    for sid in ("p5", "p6"):
        release.versions["kk"].segments[sid].status = Status.TRANSLATED
    save_version(release, "kk")
    out = export(scratch_project, tmp_path, "xliff", capsys)
    tree = etree.parse(str(out))
    for sid in ("p5", "p6"):
        tree.find(f".//x:unit[@id='{sid}']/x:segment", X2).set("state", "final")
    tree.find(".//x:unit[@id='p4']/x:segment/x:target", X2).text = "Өзгертілген мәтін."
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    before = (release.folder / "kk.yaml").read_bytes()
    code, shown = review_import(scratch_project, out, capsys)
    assert code == 2 and shown.count("approval needs --reviewer") == 1, shown
    assert "p5, p6" in shown and (release.folder / "kk.yaml").read_bytes() == before


def test_a_hand_edited_approved_segment_is_reported_then_demoted(scratch_project, tmp_path, capsys):
    release = load(scratch_project)
    release.versions["kk"].segments["p5"].status = Status.TRANSLATED
    save_version(release, "kk")
    out = export(scratch_project, tmp_path, "xliff", capsys)
    tree = etree.parse(str(out))
    tree.find(".//x:unit[@id='p5']/x:segment", X2).set("state", "final")
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    assert review_import(scratch_project, out, capsys, "--reviewer", "Ә. Сейтқали")[0] == 0
    approved = load(scratch_project).versions["kk"].segments["p5"]
    assert approved.approved_hash == source_hash(approved.text)
    kk_yaml = release.folder / "kk.yaml"
    edited_yaml = kk_yaml.read_text(encoding="utf-8").replace(approved.text[:30], "Қолмен түзетілген ", 1)
    kk_yaml.write_text(edited_yaml, encoding="utf-8")
    code, shown = run_press_output(scratch_project, "review", "status", DEMO, capsys=capsys)
    assert code == 0 and "p5" in shown.split("hand-edited")[-1], shown
    code, shown = run_press_output(scratch_project, "check", DEMO, capsys=capsys)
    assert "review.hand-edit" in shown and "p5" in shown, shown
    edited = load(scratch_project)
    save_version(edited, "kk")  # the next save, by any command
    p5 = load(scratch_project).versions["kk"].segments["p5"]
    assert p5.status is Status.TRANSLATED and p5.approved_hash is None
    from press.source import read_history

    entry = [e for e in read_history(release.folder) if e.get("event") == "hand edit"][-1]
    assert entry["old_text"] == approved.text and entry["approved_by"] == "Ә. Сейтқали"
    assert entry["text"].startswith("Қолмен түзетілген")


OMEGAT_PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>source</source_dir><source_dir_excludes/><target_dir>target</target_dir>
    <tm_dir>tm</tm_dir><glossary_dir>glossary</glossary_dir>
    <glossary_file>glossary/glossary.txt</glossary_file><dictionary_dir>dictionary</dictionary_dir>
    <source_lang>EN-GB</source_lang><target_lang>KK</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg><support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""


def _tmx(pairs: list[tuple[str, str]]) -> str:
    """A TMX 1.4 memory as a translator keeps one; OmegaT writes a code as its tag shortcut (<g0>)."""
    from xml.sax.saxutils import escape

    units = "".join(f'<tu><tuv xml:lang="EN-GB"><seg>{escape(s)}</seg></tuv>'
                    f'<tuv xml:lang="KK"><seg>{escape(t)}</seg></tuv></tu>\n' for s, t in pairs)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="test" '
            'creationtoolversion="1" segtype="paragraph" o-tmf="test" adminlang="en" srclang="EN-GB" '
            f'datatype="plaintext"/>\n<body>\n{units}</body></tmx>\n')


def test_omegat_fills_targets_from_a_tmx_and_press_imports_exactly_those(scratch_project, tmp_path, capsys):
    """OmegaT (Debian's, console mode) translates the exported XLIFF 1.2 from a TMX in tm/auto.

    Its native XLIFF filter translates the text of <target> (source is an intact tag), so export
    writes a copy of the source there for untranslated segments; a machine draft is there as
    the draft, which OmegaT leaves alone unless a translator edits it.
    """
    import os
    import subprocess

    from conftest import tool

    omegat = tool("omegat")
    release = load(scratch_project)
    release.source.segments["p5"].text = release.source.segments["p5"].text.replace(
        "70th anniversary", "**70th anniversary**", 1)
    save_version(release, "en")
    kk = release.versions["kk"].segments
    del kk["p4"], kk["p5"], kk["p7"]  # untranslated; the TMX has no p7: its target stays the source
    kk["p6"].status, kk["p6"].engine = Status.MACHINE, "libre"
    save_version(release, "kk")
    kept = load(scratch_project).versions["kk"].segments
    before = {sid: (seg.text, seg.status) for sid, seg in kept.items()}
    source = release.source.segments
    p5_tmx = source["p5"].text.replace("**70th anniversary**", "<g0>70th anniversary</g0>")
    assert "<g0>" in p5_tmx
    translations = {"p4": "Бұл екі миссия ондаған жылдарға созылған үрдісті жалғастырады.",
                    "p5": "2025 жылы Байқоңырдың <g0>70 жылдығы</g0> атап өтілді."}
    cat = tmp_path / "omegat"
    for folder in ("source", "target", "tm/auto", "omegat", "glossary", "dictionary"):
        (cat / folder).mkdir(parents=True)
    (cat / "omegat.project").write_text(OMEGAT_PROJECT, encoding="utf-8")
    (cat / "tm" / "auto" / "memory.tmx").write_text(_tmx([
        (source["p4"].text, translations["p4"]), (p5_tmx, translations["p5"]),
        (source["p6"].text, "TMX: the draft is in the target, so this is never used.")]), encoding="utf-8")
    exported = export(scratch_project, cat / "source", "xliff12", capsys)
    result = subprocess.run([omegat, str(cat), "--mode=console-translate"], capture_output=True,
                            text=True, timeout=600, env={**os.environ, "HOME": str(tmp_path)})
    written = cat / "target" / exported.name
    assert result.returncode == 0 and written.exists(), result.stdout[-2000:] + result.stderr[-2000:]
    code, shown = review_import(scratch_project, written, capsys)
    assert code == 0 and "applied 2," in shown, shown
    after = load(scratch_project).versions["kk"].segments
    changed = {sid for sid, seg in after.items() if before.get(sid) != (seg.text, seg.status)}
    assert changed == {"p4", "p5"}
    assert after["p4"].text == translations["p4"] and after["p4"].status is Status.TRANSLATED
    assert after["p5"].text == "2025 жылы Байқоңырдың **70 жылдығы** атап өтілді."
    assert after["p6"].status is Status.MACHINE and "p7" not in after


def test_the_review_docx_is_a4_with_the_draft_editable_and_bold_as_bold(scratch_project, tmp_path, capsys):
    from docx import Document
    from docx.shared import Cm

    release = load(scratch_project)
    release.source.segments["p2"].text = "On **27 November** Soyuz flew, see [NASA](https://www.nasa.gov/)."
    save_version(release, "en")
    p2 = release.versions["kk"].segments["p2"]
    p2.text, p2.status, p2.engine = "**27 қарашада** «Союз» ұшты, [NASA](https://www.nasa.gov/) қараңыз.", \
        Status.MACHINE, "libre"
    p2.source_hash = source_hash(release.source.segments["p2"].text)
    save_version(release, "kk")
    out = export(scratch_project, tmp_path, "docx", capsys)
    doc = Document(str(out))
    section = doc.sections[0]
    assert {round(section.page_width.cm, 1), round(section.page_height.cm, 1)} == {29.7, 21.0}
    assert section.page_width > Cm(25)  # landscape: four columns
    row = next(r for r in doc.tables[0].rows if "27 қарашада" in r.cells[1].text)
    runs = row.cells[1].paragraphs[0].runs
    assert [(r.text, bool(r.bold)) for r in runs][:2] == [("27 қарашада", True), (" «Союз» ұшты, ", False)]
    assert [h.address for h in row.cells[1].paragraphs[0].hyperlinks] == ["https://www.nasa.gov/"]
    assert "*" not in row.cells[1].text
    code, shown = review_import(scratch_project, out, capsys)
    assert code == 0 and "applied 0" in shown, shown  # the untouched draft is no translation
    row.cells[1].paragraphs[0].runs[0].text = "27 қарашада ғарыш кемесі"
    doc.save(str(out))
    code, shown = review_import(scratch_project, out, capsys)
    assert code == 0 and "applied 1" in shown, shown
    back = load(scratch_project).versions["kk"].segments["p2"]
    assert back.status is Status.TRANSLATED
    assert back.text == "**27 қарашада ғарыш кемесі** «Союз» ұшты, [NASA](https://www.nasa.gov/) қараңыз."


def test_a_fuzzy_memory_draft_is_shown_as_such(demo) -> None:
    from dataclasses import replace

    from press.review.exporter import export_bytes
    from press.translate.memory import Match

    kk = dict(demo.versions["kk"].segments)
    note = Match("…", 0.87, "2025-01-01-x/p3").note()
    kk["p3"] = replace(kk["p3"], status=Status.MACHINE, engine="memory", note=note)
    release = replace(demo, versions={**demo.versions, "kk": replace(demo.versions["kk"], segments=kk)})
    root = etree.fromstring(export_bytes(release, "kk", "xliff"))
    unit = root.find(".//x:unit[@id='p3']", X2)
    match = unit.find("m:matches/m:match", {"m": MTC_NS})
    assert (match.get("type"), match.get("matchQuality")) == ("tm", "87")
    assert unit.find("x:segment", X2).get("subState") == "press:memory"
    root12 = etree.fromstring(export_bytes(release, "kk", "xliff12"))
    ns = {"x": XLIFF12_NS}
    assert root12.find(".//x:trans-unit[@id='p3']/x:target", ns).get("state-qualifier") == "fuzzy-match"
    assert root12.find(".//x:trans-unit[@id='p3']/x:alt-trans", ns).get("match-quality") == "87"
