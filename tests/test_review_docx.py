"""The bilingual review DOCX: locked source, python-docx edits imported, zip bombs refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx import Document
from test_review import DEMO, lang_file, load, run

from press.model import Status
from press.project import Project
from press.review.docx import W_NS

W = f"{{{W_NS}}}"


def _export(project: Project, tmp_path: Path) -> Path:
    out = tmp_path / "ru.docx"
    assert run(project, "review", "export", DEMO, "--lang", "ru", "--format", "docx", "-o", str(out)) == 0
    return out


def _rows(doc) -> dict[str, object]:
    """Row per segment id, found through the locked source's tag."""
    rows = {}
    for row in doc.tables[0].rows:
        for sdt in row._tr.iter(W + "sdt"):
            tag = sdt.find(f"{W}sdtPr/{W}tag").get(W + "val")
            if tag.startswith("press:"):
                rows[tag.split(":")[1]] = row
    return rows


def test_source_cells_are_locked_content_controls(scratch_project: Project, tmp_path: Path) -> None:
    doc = Document(str(_export(scratch_project, tmp_path)))
    rows = _rows(doc)
    assert list(rows) == list(load(scratch_project).source.segments)
    sdt = next(rows["p2"].cells[0]._tc.iter(W + "sdt"))
    assert sdt.find(f"{W}sdtPr/{W}lock").get(W + "val") == "sdtContentLocked"
    assert "Soyuz MS-28" in "".join(sdt.itertext())
    assert rows["p2"].cells[1].text.startswith("27 ноября")
    assert doc.core_properties.identifier.startswith(f"press:{DEMO}:ru:")


def test_python_docx_edits_come_back_with_statuses(scratch_project: Project, tmp_path: Path) -> None:
    path = _export(scratch_project, tmp_path)
    doc = Document(str(path))
    rows = _rows(doc)
    rows["p7"].cells[1].text = "Исправленный перевод седьмого абзаца."
    rows["p7"].cells[2].text = "approved"
    rows["p8"].cells[3].text = "Проверить название программы."
    doc.save(str(path))
    assert run(scratch_project, "review", "import", str(path), "--reviewer", "Д. Ахметова") == 0
    ru = load(scratch_project).versions["ru"].segments
    assert (ru["p7"].text, ru["p7"].status) == ("Исправленный перевод седьмого абзаца.", Status.APPROVED)
    assert ru["p7"].changed_by == "Д. Ахметова"
    assert ru["p8"].note == "Проверить название программы." and ru["p8"].status is Status.APPROVED
    assert ru["p1"].changed_by == "Press Office editor"  # untouched: the demo's last editor stays


def test_an_edited_source_cell_is_refused(scratch_project: Project, tmp_path: Path, capsys) -> None:
    path = _export(scratch_project, tmp_path)
    doc = Document(str(path))
    t = next(_rows(doc)["p3"].cells[0]._tc.iter(W + "t"))
    t.text = "Someone rewrote the English."
    doc.save(str(path))
    before = lang_file(scratch_project, "ru").read_bytes()
    assert run(scratch_project, "review", "import", str(path)) == 2
    assert "does not match its recorded hash" in capsys.readouterr().err
    assert lang_file(scratch_project, "ru").read_bytes() == before


def _bomb(path: Path, entries: int = 1, size: int = 0) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for index in range(entries):
            archive.writestr(f"word/part{index}.xml", b"<a/>" + b" " * size)


@pytest.mark.parametrize("shape", [{"size": 30 * 1024 * 1024}, {"entries": 1000}])
def test_zip_bombs_are_refused_before_python_docx_opens_them(
        scratch_project: Project, tmp_path: Path, capsys, shape: dict[str, int]) -> None:
    path = tmp_path / "bomb.docx"
    _bomb(path, **shape)
    assert path.stat().st_size < 1024 * 1024
    assert run(scratch_project, "review", "import", str(path)) == 2
    err = capsys.readouterr().err
    assert "bomb.docx" in err and ("zip bomb" in err or "entries" in err)


def test_a_docx_with_a_doctype_is_refused(scratch_project: Project, tmp_path: Path, capsys) -> None:
    path = _export(scratch_project, tmp_path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"?>", b'?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert run(scratch_project, "review", "import", str(path)) == 2
    assert "DOCTYPE" in capsys.readouterr().err
