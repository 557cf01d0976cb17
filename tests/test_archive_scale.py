"""The archive at scale (issue 11): a few changed releases are exported with the build's head start
(render.export_few), and that never changes what is published."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from test_publication_langs import _plant_kazakh_error

from press.project import Project

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


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
    third = cache.folder_signature(folder)
    assert third not in (None, first, second)
    (folder / "photos").mkdir()  # a file in a subfolder counts too (a lead photo may sit there)
    (folder / "photos" / "lead.png").write_bytes(b"\x89PNG")
    assert cache.folder_signature(folder) not in (None, first, second, third)


def test_one_changed_release_gets_the_builds_head_start_and_no_change_imports_nothing(
        scratch_project: Project, tmp_path: Path, monkeypatch) -> None:
    """A re-export after one change loads and checks it in the checking fork while this process
    loads the PDF stack (press.publish.check_while, as `press build` does), and its three PDFs are
    shared out on a pool of two; with nothing changed, neither runs."""
    import press.publish
    from press.archive.export import export

    out = tmp_path / "out"
    export(scratch_project, out, jobs=1, now=NOW)
    calls: list[object] = []
    check_while, pool_map = press.publish.check_while, press.publish.LocalPool.map

    def recording_check_while(*args, **kwargs):
        calls.append("check_while")
        return check_while(*args, **kwargs)

    def recording_map(self, task, items):
        calls.append((self.jobs, len(items)))
        return pool_map(self, task, items)

    monkeypatch.setattr(press.publish, "check_while", recording_check_while)
    monkeypatch.setattr(press.publish.LocalPool, "map", recording_map)
    export(scratch_project, out, jobs=2, now=NOW)
    assert calls == []  # nothing to render: no fork, no pool, nothing imported for it
    _plant_kazakh_error(scratch_project)
    result = export(scratch_project, out, jobs=2, now=NOW)
    assert not result.errors and len(result.rendered) == 1, result
    assert calls == ["check_while", (2, 2)], calls  # the PDFs of en and ru (kk is held by the gate)
