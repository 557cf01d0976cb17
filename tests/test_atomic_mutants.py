"""press.atomic's file modes, written against mutants bench/mutation.py found surviving (issue 19).

A file written through mkstemp would be 0600: a colleague's account could not read a release
file or an output. New files get what open() would give them under the process umask, read
from /proc without os.umask (which would change the mask for every thread for a moment).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from press.atomic import current_umask, write_bytes


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        write_bytes(tmp_path / "kk.yaml", b"lang: kk\n")
        assert current_umask() == umask
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "kk.yaml").stat().st_mode) == mode  # never executable


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "shared.yaml"
    path.write_bytes(b"old")
    path.chmod(0o664)
    write_bytes(path, b"new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o664 and path.read_bytes() == b"new"


def test_the_umask_is_read_without_changing_it(monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.umask(0o022)
    os.umask(real)

    def changed(mask: int) -> int:
        raise AssertionError(f"os.umask({mask:o}) called: the mask changed for every thread")

    monkeypatch.setattr(os, "umask", changed)
    assert current_umask() == real


def test_without_proc_the_umask_is_read_and_left_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where /proc cannot be read (not Linux, a sandbox), os.umask is the fallback: set and put back."""
    import press.atomic

    def no_proc(file: object, *args: object, **kwargs: object) -> object:
        raise FileNotFoundError(file)

    monkeypatch.setattr(press.atomic, "open", no_proc, raising=False)
    old = os.umask(0o027)
    try:
        assert current_umask() == 0o027
        assert os.umask(0o027) == 0o027  # still the process's mask
    finally:
        os.umask(old)
