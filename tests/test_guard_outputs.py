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
from test_bad_inputs import DEMO_DIR, DEMO_ID, make_project
from test_guard import EDITORS, export, loads, press, refused, release_files


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


# --- 1, 2. a foreign file at a path press writes: refused, byte-identical, out of every zip ---------

def _plant(files: dict[Path, bytes]) -> None:
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def _unchanged(files: dict[Path, bytes]) -> None:
    for path, data in files.items():
        assert path.is_file() and path.read_bytes() == data, f"{path} was changed or removed"


def test_archive_refuses_a_foreign_file_at_a_path_it_writes(root: Path, tmp_path: Path, capsys) -> None:
    import json
    import zipfile

    out, bag = tmp_path / "archive", tmp_path / "archive-bag"  # the site root and, beside it, the bag
    in_the_way = {out / "index.html": b"<p>our own portal</p>",
                  out / "releases" / DEMO_ID / "ru.pdf": b"%PDF- a scan of ours",
                  bag / "bagit.txt": b"BagIt-Version: 1.0\n"}
    beside = {out / "secret.txt": b"not for publication\n", bag / "thesis.txt": b"my thesis\n"}
    _plant(in_the_way | beside)
    args = ["archive", "--out", str(out), "--jobs", "1", "--zip", str(tmp_path / "a.zip")]
    code, output = press(root, *args, capsys=capsys)
    refused(code, output, str(out / "index.html"), "did not write", "2 more")
    _unchanged(in_the_way | beside)
    assert not (out / "releases.json").exists() and not (tmp_path / "a.zip").exists()
    assert not (out / ".press-written.json").exists() and not (bag / ".press-written.json").exists()
    (out / "index.html").unlink()
    (out / "releases" / DEMO_ID / "ru.pdf").unlink()
    code, output = press(root, *args, capsys=capsys)  # the bag's file alone: refused, named
    refused(code, output, str(bag / "bagit.txt"), "did not write", "--bag")
    (bag / "bagit.txt").unlink()
    code, output = press(root, *args, capsys=capsys)
    assert code == 0, output
    _unchanged(beside)
    written = json.loads((out / ".press-written.json").read_text(encoding="utf-8"))["files"]
    assert "index.html" in written and f"releases/{DEMO_ID}/ru.pdf" in written
    assert "secret.txt" not in written
    packed = zipfile.ZipFile(tmp_path / "a.zip").namelist()
    assert "site/index.html" in packed and "bag/bagit.txt" in packed
    assert not [name for name in packed if name.endswith(("secret.txt", "thesis.txt", "written.json"))]


def test_build_refuses_a_foreign_file_and_lists_what_it_wrote(root: Path, tmp_path: Path, capsys) -> None:
    import json

    out = tmp_path / "dist"
    font = sorted((Path(__file__).parent.parent / "templates" / "fonts").iterdir())[0].name
    in_the_way = {out / DEMO_ID / "en.html": b"<p>hand-made</p>", out / "_static" / "fonts" / font: b"x"}
    beside = {out / "notes.txt": b"my notes\n", out / DEMO_ID / "draft.md": b"# ours\n"}
    _plant(in_the_way | beside)
    args = ["build", DEMO_ID, "--lang", "en", "--format", "html", "--jobs", "1", "--out", str(out)]
    code, output = press(root, *args, capsys=capsys)
    refused(code, output, str(out / DEMO_ID / "en.html"), "did not write", "1 more")
    _unchanged(in_the_way | beside)
    for path in in_the_way:
        path.unlink()
    code, output = press(root, *args, capsys=capsys)
    assert code == 0, output
    code, output = press(root, *args, capsys=capsys)  # what it wrote is its own: a rebuild goes on
    assert code == 0, output
    _unchanged(beside)
    written = json.loads((out / ".press-written.json").read_text(encoding="utf-8"))["files"]
    assert f"{DEMO_ID}/en.html" in written and f"_static/fonts/{font}" in written
    assert not {"notes.txt", f"{DEMO_ID}/draft.md"} & set(written)


def test_init_into_a_folder_with_foreign_files_keeps_them(tmp_path: Path, capsys) -> None:
    target = tmp_path / "office"
    ours = {target / "README.md": b"# our office\n", target / "notes.txt": b"notes\n",
            target / "templates" / "brands" / "mfa-kz" / "mark.svg": b"<svg/>"}
    _plant(ours)
    code, output = press(tmp_path, "init", str(target), capsys=capsys)
    assert code == 0 and "kept README.md" in output, output
    _unchanged(ours)


# --- 3. duplicate ids across the archive's processes ------------------------------------------------

def _twin(root: Path, name: str) -> Path:
    import shutil

    twin = root / "releases" / "2024" / name
    shutil.copytree(root / DEMO_DIR, twin)
    release = twin / "release.yaml"  # an older draft of the same release: another date
    release.write_text(release.read_text(encoding="utf-8").replace("date: 2025-12-10", "date: 2025-12-09"),
                       encoding="utf-8")
    return twin


def test_archive_refuses_two_folders_with_one_id_before_rendering(root: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "archive"
    code, output = press(root, "archive", "--out", str(out), "--jobs", "1", capsys=capsys)
    assert code == 0, output
    bag = tmp_path / "archive-bag"
    def files() -> dict[Path, bytes]:
        return {p: p.read_bytes() for folder in (out, bag) for p in sorted(folder.rglob("*")) if p.is_file()}

    before = files()
    twin = _twin(root, "an-older-draft")  # another folder name, the same id
    code, output = press(root, "archive", "--out", str(out), "--jobs", "1", capsys=capsys)
    refused(code, output, str(twin), DEMO_ID, "also the id of")
    assert files() == before
    code, output = press(root, "archive", "--out", str(tmp_path / "fresh"), "--jobs", "2", capsys=capsys)
    refused(code, output, DEMO_ID, "also the id of")  # both new: two worker processes never start
    assert not (tmp_path / "fresh").exists() and not (tmp_path / "fresh-bag").exists()


def test_archive_refuses_a_bag_inside_the_site_root_or_around_it(root: Path, tmp_path: Path, capsys) -> None:
    """--out is what a web server serves: a bag inside it would be served, a bag around it would
    hold the site. Refused before anything is rendered or written."""
    site = tmp_path / "www"
    for bag in (site / "bag", site, tmp_path):
        code, output = press(root, "archive", "--out", str(site), "--bag", str(bag), "--jobs", "1",
                             capsys=capsys)
        refused(code, output, str(bag), "--bag")
    assert not site.exists() and not (tmp_path / "www-bag").exists()
