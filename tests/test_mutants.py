"""Tests written against planted bugs (mutants) that once passed the whole suite.

Each test here was watched failing on its mutant and passing on the real code (see the
closing note of issue 19): a wrong year that the checker stopped seeing, `press review minor`
re-stamping a segment that was not stale, a hand-off file relabelled with another language,
and a file written in place instead of through a temporary file and a rename.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import REPO, run_press
from docx import Document

from press.atomic import open_atomic, write_bytes
from press.check import check_texts
from press.project import Project

DEMO = "2025-12-10-baikonur"

# --- the checker: a wrong year is a wrong date, in every language -----------------------------

LANDING = {
    "en": "The crew landed on 9 December 2025 after 245 days in orbit.",
    "ru": "Экипаж приземлился 9 декабря 2025 года после 245 суток на орбите.",
    "kk": "Экипаж 2025 жылғы 9 желтоқсанда орбитада 245 тәулік болғаннан кейін қонды.",
}
WRONG_YEAR = {"en": ("2025", "2024"), "ru": ("2025 года", "2024 года"), "kk": ("2025 жылғы", "2024 жылғы")}


def test_the_landing_texts_agree() -> None:
    report = check_texts(LANDING, {}, dt.date(2025, 12, 10))
    assert report.findings == [], report.to_text()


@pytest.mark.parametrize("lang", sorted(WRONG_YEAR))
def test_a_wrong_year_is_a_date_mismatch_in_every_language(lang: str) -> None:
    old, new = WRONG_YEAR[lang]
    texts = {**LANDING, lang: LANDING[lang].replace(old, new, 1)}
    assert texts[lang] != LANDING[lang]
    found = [(f.rule, f.langs) for f in check_texts(texts, {}, dt.date(2025, 12, 10)).findings]
    assert found == [("dates.mismatch", [lang])]


DEMO_WRONG_YEAR = {"en": ("9 December", "9 December 2024"),
                   "kk": ("9 желтоқсанда", "2024 жылғы 9 желтоқсанда"),
                   "ru": ("9 декабря", "9 декабря 2024 года")}


@pytest.mark.parametrize("lang", sorted(DEMO_WRONG_YEAR))
def test_a_wrong_year_in_the_demo_release_is_found(scratch_project: Project, lang: str) -> None:
    """The demo's dates give no year (the release's year is meant): naming another one is an error."""
    from press.check import check_release

    release = scratch_project.load(scratch_project.release_folders([DEMO])[0])
    old, new = DEMO_WRONG_YEAR[lang]
    seg = next(s for s in release.versions[lang].segments.values() if old in s.text)
    seg.text = seg.text.replace(old, new, 1)
    found = [f for f in check_release(release).findings if f.rule.startswith("dates.")]
    assert [(f.rule, f.segment) for f in found] == [("dates.mismatch", seg.id)]
    assert lang in found[0].langs and "2024" in found[0].message


# --- `press review minor` re-stamps stale translations only -----------------------------------

def _lang_files(project: Project) -> dict[str, bytes]:
    folder = project.release_folders([DEMO])[0]
    return {lang: (folder / f"{lang}.yaml").read_bytes() for lang in ("en", "kk", "ru")}


def test_review_minor_on_a_fresh_segment_changes_nothing(scratch_project: Project, capsys) -> None:
    before = _lang_files(scratch_project)
    assert run_press(scratch_project, "review", "minor", DEMO, "p3", "p4", "--by", "Editor") == 0
    assert "re-stamped" not in capsys.readouterr().out
    assert _lang_files(scratch_project) == before


def test_review_minor_re_stamps_only_the_stale_segment(scratch_project: Project) -> None:
    from press.source import save_version

    release = scratch_project.load(scratch_project.release_folders([DEMO])[0])
    kept = {lang: (release.versions[lang].segments["p3"].changed_by,
                   release.versions[lang].segments["p3"].changed_at) for lang in ("kk", "ru")}
    release.source.segments["p4"].text += " Further launches are planned for 2026."
    save_version(release, "en")
    assert run_press(scratch_project, "review", "minor", DEMO, "p3", "p4", "--by", "Editor") == 0
    after = scratch_project.load(scratch_project.release_folders([DEMO])[0])
    for lang in ("kk", "ru"):
        p3, p4 = after.versions[lang].segments["p3"], after.versions[lang].segments["p4"]
        assert p4.changed_by == "Editor (minor source edit)"
        assert (p3.changed_by, p3.changed_at) == kept[lang]


# --- a hand-off file relabelled with another language is refused, in every format ----------

def _relabel_xliff2(path: Path, lang: str) -> None:
    data = path.read_bytes()
    assert b'trgLang="kk"' in data
    path.write_bytes(data.replace(b'trgLang="kk"', f'trgLang="{lang}"'.encode(), 1))


def _relabel_xliff12(path: Path, lang: str) -> None:
    data = path.read_bytes()
    assert b'target-language="kk"' in data
    path.write_bytes(data.replace(b'target-language="kk"', f'target-language="{lang}"'.encode(), 1))


def _relabel_docx(path: Path, lang: str) -> None:
    doc = Document(str(path))
    parts = doc.core_properties.identifier.split(":")
    assert parts[2] == "kk"
    parts[2] = lang
    doc.core_properties.identifier = ":".join(parts)
    doc.core_properties.language = lang
    doc.save(str(path))


RELABEL = {"xliff": _relabel_xliff2, "xliff12": _relabel_xliff12, "docx": _relabel_docx}


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("fmt", sorted(RELABEL))
def test_a_relabelled_hand_off_file_is_refused(scratch_project: Project, tmp_path: Path, capsys,
                                              fmt: str, lang: str) -> None:
    out = tmp_path / f"kk.{'docx' if fmt == 'docx' else 'xlf'}"
    assert run_press(scratch_project, "review", "export", DEMO, "--lang", "kk", "--format", fmt,
                     "-o", str(out)) == 0
    RELABEL[fmt](out, lang)
    before = _lang_files(scratch_project)
    capsys.readouterr()
    assert run_press(scratch_project, "review", "import", str(out), "--reviewer", "R") == 2
    err = capsys.readouterr().err
    assert out.name in err and "Traceback" not in err
    assert _lang_files(scratch_project) == before


# --- an interrupted write leaves the old file whole --------------------------------------------

OLD = b"old " * 1000
NEW = b"new " * (4 * 1024 * 1024)  # 16 MiB: many write calls, the kernel cannot take it at once


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(OLD)

    def no_rename(*_args: object) -> None:
        raise OSError("injected: the disk went away before the rename")

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(OSError, match="injected"):
        write_bytes(target, NEW)
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


def test_a_writer_that_fails_halfway_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(OLD)
    with pytest.raises(RuntimeError), open_atomic(target) as handle:
        handle.write(NEW[: len(NEW) // 2])
        handle.flush()
        raise RuntimeError("the renderer crashed halfway")
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from press.atomic import open_atomic

    with open_atomic(Path(sys.argv[1])) as handle:
        handle.write(b"new " * (4 * 1024 * 1024))
        handle.flush()
        print("half written", flush=True)
        time.sleep(60)  # killed here, after the write and before the rename
        handle.write(b"the end")
""")


def test_sigkill_between_write_and_rename_leaves_the_old_file_whole(tmp_path: Path) -> None:
    """The kill is made to land mid-write: the child says when its data is written, then waits."""
    target = tmp_path / "out.bin"
    target.write_bytes(OLD)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    # cwd REPO: under bench/mutation.py the child's press.atomic is mutmut's trampoline, which reads
    # mutmut's settings from the working folder's pyproject.toml (without them the stats run fails)
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE,
                             env=env, cwd=REPO)
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == b"half written\n"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert target.read_bytes() == OLD
