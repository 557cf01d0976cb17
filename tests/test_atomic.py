"""press.atomic: what a durable write promises (file and folder flushed to disk) and what it costs.

The interrupted-write cases (a fault before the rename, a SIGKILL mid-write) are in
tests/test_mutants.py; the kill tests of whole commands are in tests/test_kill.py.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from press.atomic import open_atomic, write_bytes, write_text


@pytest.fixture
def fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What each os.fsync call flushed: "file" or "folder"."""
    calls: list[str] = []
    real = os.fsync

    def recording(fd: int) -> None:
        calls.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real(fd)

    monkeypatch.setattr(os, "fsync", recording)
    return calls


def test_a_write_is_durable_by_default(tmp_path: Path, fsyncs: list[str]) -> None:
    write_bytes(tmp_path / "a.bin", b"data")
    assert fsyncs == ["file", "folder"]
    assert (tmp_path / "a.bin").read_bytes() == b"data"


def test_text_is_written_durably_as_utf8(tmp_path: Path, fsyncs: list[str]) -> None:
    write_text(tmp_path / "kk.yaml", "Қазақстан — ә ғ қ ң ө ұ ү һ і")
    assert fsyncs == ["file", "folder"]
    assert (tmp_path / "kk.yaml").read_bytes() == "Қазақстан — ә ғ қ ң ө ұ ү һ і".encode()


def test_a_write_that_can_be_made_again_skips_the_fsyncs(tmp_path: Path, fsyncs: list[str]) -> None:
    write_bytes(tmp_path / "out.html", b"<p>x</p>", durable=False)
    with open_atomic(tmp_path / "out.pdf", durable=False) as handle:
        handle.write(b"%PDF")
    assert fsyncs == []
    assert (tmp_path / "out.html").read_bytes() == b"<p>x</p>"
    assert (tmp_path / "out.pdf").read_bytes() == b"%PDF"


def test_a_write_replaces_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "er" / "en.yaml"
    write_bytes(target, b"old")
    write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in target.parent.iterdir()] == ["en.yaml"]


def test_a_folder_that_cannot_be_opened_is_not_an_error(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Some file systems refuse to open a folder for fsync: the written file still stands."""
    real_open = os.open

    def no_folders(path: object, flags: int, *args: object) -> int:
        if Path(str(path)) == tmp_path:
            raise PermissionError("folders cannot be opened here")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", no_folders)
    write_bytes(tmp_path / "a.bin", b"data")
    assert (tmp_path / "a.bin").read_bytes() == b"data"
