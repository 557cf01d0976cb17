"""Property test of issue 13: random and hostile text through every door — review import of each
format (XLIFF 2.1, XLIFF 1.2, review DOCX), machine-translation answers, `press import` drafts and
corrections. Whatever the door answers (applied, or refused with exit 2), afterwards the release
still loads, no traceback is printed, and an approved segment is unchanged unless a named reviewer
changed it (then it holds what the reviewer sent, NFC, and names the reviewer).

PRESS_PROPERTY_EXAMPLES sets the examples per door (default 5: the suite stays fast; 200 were run
once by hand, see /work/notes/guard.md).
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_bad_inputs import DEMO_DIR, DEMO_ID, make_project
from test_doors import _returned_file
from test_guard import press

from press.model import Status
from press.project import Project

EXAMPLES = int(os.environ.get("PRESS_PROPERTY_EXAMPLES", "5"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
HOSTILE = ["Қоңырау\x07", "Келесі\x85жол", "Таңдау\x86", "Жою\x7f", "Жалғыз \ud800", "\ufeffБОМ",
           "e\u0301 й й", "**x" * 300, "[a](https://%31%32%37.0.0.1/admin)", "<script>alert(1)</script>",
           "[/bold] [red]", "{{ 7*7 }}", "&amp; &lt;", "\u202eRTL override", "Ұзын " * 4_100, " ", ""]
TEXT = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(exclude_categories=()), max_size=80),  # any code point, surrogates too
    st.text(st.sampled_from("әғқңөұүһіАБВ абв.,-*_[]()\n\t"), min_size=1, max_size=80),
)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[Path, bytes]]:
    root = make_project(tmp_path_factory.mktemp("property") / "project")
    folder = root / DEMO_DIR
    kk = (folder / "kk.yaml").read_text(encoding="utf-8")
    # p7 untranslated and p8 a machine draft: the engine door has work; the rest stays approved
    for sid in ("p7", "p8"):
        head, _, tail = kk.partition(f"  {sid}:\n")
        status = "status: untranslated" if sid == "p7" else "status: machine"
        tail = tail.replace("status: approved", status, 1)
        kk = f"{head}  {sid}:\n{tail}"
    (folder / "kk.yaml").write_text(kk, encoding="utf-8")
    return root, {p: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _reset(snapshot: dict[Path, bytes]) -> None:
    folder = next(iter(snapshot)).parent
    for path in folder.iterdir():
        if path not in snapshot:
            path.unlink()
    for path, data in snapshot.items():
        path.write_bytes(data)


def _approved(root: Path) -> dict[str, Any]:
    release = Project(root).load(root / DEMO_DIR)
    return {sid: seg for sid, seg in release.versions["kk"].segments.items() if seg.status is Status.APPROVED}


def _holds(root: Path, before: dict[str, Any], code: int, output: str, reviewer: str | None = None,
           sent: dict[str, str] | None = None) -> None:
    """The property: no traceback, exit 0 or 2, the release loads, approved work kept."""
    assert code in (0, 2), output
    assert "Traceback" not in output, output
    release = Project(root).load(root / DEMO_DIR)
    for sid, old in before.items():
        new = release.versions["kk"].segments[sid]
        if (new.text, new.status) == (old.text, old.status):
            continue
        assert reviewer is not None, f"approved {sid} changed without a reviewer: {new.text!r}"
        assert new.changed_by == reviewer and sent is not None
        assert new.text == unicodedata.normalize("NFC", sent[sid]).strip()


@pytest.mark.parametrize("fmt,field", [("xliff", "target"), ("xliff", "note"), ("xliff12", "target"),
                                       ("docx", "target"), ("docx", "comment")])
def test_review_import_of_any_text(project, tmp_path: Path, fmt: str, field: str, capsys) -> None:
    root, snapshot = project

    @SETTINGS
    @given(text=TEXT, reviewer=st.sampled_from([None, "R. Reviewer"]))
    def check(text: str, reviewer: str | None) -> None:
        _reset(snapshot)
        before = _approved(root)
        path = _returned_file(root, tmp_path, {"format": fmt, "field": field}, text, capsys)
        args = ["review", "import", str(path)] + (["--reviewer", reviewer] if reviewer else [])
        code, output = press(root, *args, capsys=capsys)
        _holds(root, before, code, output, reviewer, {"p2": text})

    check()


def test_engine_answers_of_any_text(project, capsys) -> None:
    from press.translate.config import Settings
    from press.translate.memory import Memory
    from press.translate.runner import Runner

    root, snapshot = project

    class Engine:
        requests_made = 0

        def __init__(self, answer: str):
            self.answer = answer

        def translate(self, text: str) -> str:
            return self.answer

    @SETTINGS
    @given(answer=TEXT)
    def check(answer: str) -> None:
        _reset(snapshot)
        before = _approved(root)
        release = Project(root).load(root / DEMO_DIR)
        runner = Runner(release, Settings(), Memory(), ["kk"], lambda *a: Engine(answer))
        runner.run(runner.jobs())
        _holds(root, before, 0, "")
        kk = Project(root).load(root / DEMO_DIR).versions["kk"].segments
        for sid in ("p7", "p8"):
            assert kk[sid].status is not Status.APPROVED

    check()


def test_import_drafts_of_any_text(project, tmp_path: Path, capsys) -> None:
    root, snapshot = project

    @SETTINGS
    @given(text=TEXT, suffix=st.sampled_from([".txt", ".html"]))
    def check(text: str, suffix: str) -> None:
        _reset(snapshot)
        before = _approved(root)
        path = tmp_path / f"draft{suffix}"
        body = f"Байқоңыр\n\n{text}\n" if suffix == ".txt" else f"<h1>Байқоңыр</h1><p>{text}</p>"
        path.write_bytes(body.encode("utf-8", errors="surrogatepass"))
        code, output = press(root, "import", str(path), "--lang", "kk", "--release", DEMO_ID, capsys=capsys)
        _holds(root, before, code, output)

    check()


def test_corrections_of_any_text(project, capsys) -> None:
    root, snapshot = project

    @SETTINGS
    @given(text=TEXT)
    def check(text: str) -> None:
        _reset(snapshot)
        before = _approved(root)
        code, output = press(root, "correct", DEMO_ID, "--date", "2025-12-11", "--note", f"en={text}",
                            "--note", "kk=Түзетілді.", "--note", "ru=Исправлено.", capsys=capsys)
        _holds(root, before, code, output)

    check()
