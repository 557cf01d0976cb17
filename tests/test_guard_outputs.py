"""Issue 13, what the first round left open: press touches only what it wrote (a foreign file at a
path press itself writes is refused and kept byte-identical; build has the archive's written-files
manifest), duplicate ids across the archive's processes, a per-document render deadline, and a
note on approved work that needs a reviewer. Each test was run against main before the fix and
failed there (see /work/notes/archive.md). Small projects, in-process runs.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from test_bad_inputs import DEMO_ID, make_project
from test_guard import EDITORS, export, loads, press, release_files


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project")


# --- 5. a note-only change on approved work needs --reviewer ---------------------------------------

@pytest.mark.parametrize("fmt", ["xliff", "docx"])
def test_a_note_only_change_on_an_approved_segment_needs_a_reviewer(root: Path, tmp_path: Path,
                                                                    fmt: str, capsys) -> None:
    path = export(root, tmp_path, "kk", fmt, capsys)
    EDITORS[fmt](path, "p2", **{"comment" if fmt == "docx" else "note": "Мына жерді тексеру керек."})
    before = release_files(root)
    code, output = press(root, "review", "import", str(path), capsys=capsys)
    assert code == 0 and "protected: p2" in output, output
    assert release_files(root) == before
    code, output = press(root, "review", "import", str(path), "--reviewer", "A. Reviewer", capsys=capsys)
    assert code == 0 and "applied 1" in output, output
    assert loads(root).versions["kk"].segments["p2"].note == "Мына жерді тексеру керек."


# --- 4. a per-document render deadline --------------------------------------------------------------

def endless_render(view, options) -> bytes:
    """A renderer that never finishes on its own (a pathological document); 30 s at most here."""
    for _ in range(600):
        time.sleep(0.05)
    return b"finished after all"


@pytest.mark.parametrize("command", ["build", "archive"])
def test_a_document_that_never_finishes_is_stopped_at_the_deadline(root: Path, tmp_path: Path, command: str,
                                                                   monkeypatch, capsys) -> None:
    from press.render import RENDERERS

    monkeypatch.setitem(RENDERERS, "html", f"{__name__}:endless_render")
    monkeypatch.setenv("PRESS_RENDER_DEADLINE", "0.3")
    args = (["build", "--lang", "en", "--format", "html", "--out", str(tmp_path / "dist")]
            if command == "build" else ["archive", "--out", str(tmp_path / "archive")])
    start = time.monotonic()
    code, output = press(root, *args, "--jobs", "1", capsys=capsys)
    assert time.monotonic() - start < 25, "the renderer ran to its end: no deadline"
    assert code in (1, 2) and "Traceback" not in output, output
    assert DEMO_ID in output and "en.html" in output and "deadline of 0.3 s" in output, output
