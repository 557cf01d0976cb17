"""The bad-input corpus of the other doors (tests/bad_inputs/doors.yaml): every hostile text through
every door — a returned XLIFF 2.1 or 1.2 (target, note), a review DOCX (target, comment), a `.txt`
draft for `press import`, a correction note — is refused with one clear message, changes none of
the release's files, and the release still loads afterwards.

One scratch project serves the whole module: a refused case changes nothing by definition, and the
before/after comparison of every case would show the first one that did.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from ruamel.yaml import YAML
from test_bad_inputs import DEMO_DIR, DEMO_ID, make_project
from test_guard import EDITORS, press

from press.project import Project

CORPUS = YAML(typ="safe").load((Path(__file__).parent / "bad_inputs" / "doors.yaml").read_text("utf-8"))
PLACEHOLDER = "HOSTILE-TEXT-GOES-HERE"
SUFFIX = {"xliff": "xlf", "xliff12": "xlf", "docx": "docx", "txt": "txt"}


def hostile(case: dict[str, Any]) -> str:
    text = case["text"]
    return text[0] * text[1] if isinstance(text, list) else (
        text["repeat"][0] * text["repeat"][1] if isinstance(text, dict) else text)


def _cases() -> list[Any]:
    return [pytest.param(text, door, id=f"{door['name']}-{text['name']}")
            for door in CORPUS["doors"] for text in CORPUS["texts"]
            if door["format"] not in text.get("not_through", [])]


def test_the_corpus_reaches_150_cases_with_the_build_corpus() -> None:
    from test_bad_inputs import CASES

    assert len(_cases()) + len(CASES) >= 150
    assert len({t["name"] for t in CORPUS["texts"]}) == len(CORPUS["texts"])


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_project(tmp_path_factory.mktemp("doors") / "project")


_EXPORTS: dict[tuple[str, bytes], bytes] = {}
"""Exports by format and the release's files: a file exported from one state of the release (another
module's project, another status of a segment) is never handed back for another."""


def _exported(root: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> bytes:
    import hashlib

    folder = root / DEMO_DIR
    state = hashlib.sha256(b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()))
    key = (fmt, state.digest())
    if key not in _EXPORTS:
        out = tmp_path / f"export.{SUFFIX[fmt]}"
        code, output = press(root, "review", "export", DEMO_ID, "--lang", "kk", "--format", fmt,
                             "-o", str(out), capsys=capsys)
        assert code == 0, output
        _EXPORTS[key] = out.read_bytes()
    return _EXPORTS[key]


def _xml_text(text: str) -> bytes:
    """The text as it stands in an XML file: escaped, a surrogate as a character reference."""
    return "".join(f"&#x{ord(c):X};" if 0xD800 <= ord(c) <= 0xDFFF else c
                   for c in escape(text)).encode("utf-8")


def _returned_file(root: Path, tmp_path: Path, door: dict[str, Any], text: str, capsys) -> Path:
    """An exported kk file whose p2 carries *text* in the door's field."""
    fmt = door["format"]
    path = tmp_path / f"returned.{SUFFIX[fmt]}"
    path.write_bytes(_exported(root, tmp_path, fmt, capsys))
    EDITORS[fmt](path, "p2", **{door["field"]: PLACEHOLDER})
    if fmt != "docx":
        path.write_bytes(path.read_bytes().replace(PLACEHOLDER.encode(), _xml_text(text)))
        return path
    with zipfile.ZipFile(path) as source:
        entries = {info.filename: source.read(info) for info in source.infolist()}
    entries["word/document.xml"] = entries["word/document.xml"].replace(PLACEHOLDER.encode(), _xml_text(text))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as packed:
        for name, data in entries.items():
            packed.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def _arguments(root: Path, tmp_path: Path, door: dict[str, Any], text: str, capsys) -> tuple[list[str], str]:
    """The press command for this door, and the name its message must hold."""
    fmt = door["format"]
    if fmt == "correct":
        return ["correct", DEMO_ID, "--date", "2025-12-11", "--note", f"en=Corrected. {text}",
                "--note", "kk=Түзетілді.", "--note", "ru=Исправлено."], "--note"
    if fmt == "txt":
        path = tmp_path / "draft.txt"
        path.write_text(f"Байқоңыр\n\n{text}\n", encoding="utf-8", errors="surrogatepass")
        return ["import", str(path), "--lang", "kk", "--release", DEMO_ID], path.name
    path = _returned_file(root, tmp_path, door, text, capsys)
    return ["review", "import", str(path), "--reviewer", "R. Reviewer"], path.name


def release_files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted((root / DEMO_DIR).iterdir()) if p.is_file()}


@pytest.mark.parametrize("text,door", _cases())
def test_hostile_text_through_a_door_is_refused_and_the_release_still_loads(
        project: Path, tmp_path: Path, text: dict[str, Any], door: dict[str, Any],
        capsys: pytest.CaptureFixture[str]) -> None:
    args, names = _arguments(project, tmp_path, door, hostile(text), capsys)
    before = release_files(project)
    code, output = press(project, *args, capsys=capsys)
    assert code == 2, f"exit {code}\n{output}"
    assert "Traceback" not in output and names in output, output
    carried = text.get("xml") != "malformed" or door["format"] in ("txt", "correct")
    wanted = [text["expect"], *text.get("also", [])]
    if not carried:
        wanted += ["malformed XML", "not a readable DOCX"]
    assert any(w in output for w in wanted), f"expected one of {wanted} in:\n{output}"
    assert release_files(project) == before, "a refused import changed the release"
    Project(project).load(project / DEMO_DIR)
