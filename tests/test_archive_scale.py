"""The archive at scale (issue 11): how one changed release is shared out between processes, and
that the sharing never changes what is published."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from test_publication_langs import _plant_kazakh_error

from press.archive.render import share
from press.project import Project
from press.render import FORMATS

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def test_each_document_goes_to_exactly_one_part_and_only_pdf_parts_get_pdfs() -> None:
    langs = ["en", "kk", "ru"]
    for parts in (1, 2, 3):
        shares = [share(langs, (index, parts)) for index in range(parts)]
        assert sorted(doc for part in shares for doc in part) == sorted(
            (lang, fmt) for lang in langs for fmt in FORMATS)
    gate, other = share(langs, (0, 2)), share(langs, (1, 2))
    assert "pdf" not in {fmt for _, fmt in gate} and {fmt for _, fmt in other} == {"pdf"}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".press-written.json"}


def test_a_language_the_gate_holds_is_never_published_by_the_other_part(scratch_project: Project,
                                                                        tmp_path: Path) -> None:
    from press.archive.export import export

    out = tmp_path / "out"
    export(scratch_project, out, jobs=1, now=NOW)
    _plant_kazakh_error(scratch_project)  # one changed release, two processes: part 1 renders kk too
    result = export(scratch_project, out, jobs=2, now=NOW)
    assert not result.errors, result.errors
    bag = tmp_path / "out-bag"  # beside the site root by default
    assert not [*out.rglob("kk.pdf"), *out.rglob("kk.html"), *bag.rglob("kk.pdf")]
    (scratch_project.root / ".press-cache" / "archive.json").unlink()
    export(scratch_project, tmp_path / "fresh", jobs=1, now=NOW)
    assert _files(out) == _files(tmp_path / "fresh") and _files(bag) == _files(tmp_path / "fresh-bag")


def test_the_version_the_cache_is_keyed_on_is_the_installed_one() -> None:
    import tomllib
    from importlib.metadata import version

    import press

    pyproject = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert press.__version__ == pyproject["project"]["version"] == version("press")


def test_a_folder_signature_changes_with_any_write_and_is_none_while_racy(tmp_path: Path,
                                                                          monkeypatch) -> None:
    import os

    import press.archive.cache as cache

    folder = tmp_path / "release"
    folder.mkdir()
    (folder / "release.yaml").write_text("id: x\n", encoding="utf-8")
    (folder / "kk.yaml").write_text("kk: бір\n", encoding="utf-8")
    assert cache.folder_signature(folder) is None  # just written: its times cannot be trusted yet
    monkeypatch.setattr(cache, "RACY_SECONDS", -60.0)  # as if every file were old
    first = cache.folder_signature(folder)
    assert first is not None and cache.folder_signature(folder) == first
    stamp = os.stat(folder / "kk.yaml")
    (folder / "kk.new").write_text("kk: екі\n", encoding="utf-8")  # replaced as an editor or press
    os.replace(folder / "kk.new", folder / "kk.yaml")  # does: same size, mtime put back, a new inode
    os.utime(folder / "kk.yaml", ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    second = cache.folder_signature(folder)
    assert second not in (None, first)
    (folder / "new.png").write_bytes(b"\x89PNG")
    assert cache.folder_signature(folder) not in (None, first, second)
