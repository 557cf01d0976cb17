"""The one publish path: renderer registry, the publication rule, executors, Dask.

build and archive render through press.publish.render_version and run their tasks on an
executor; these tests hold the seams: an unknown format is an error, a format is one
registry line, the view is the renderers' only input, render/ imports nothing above it,
the rule is the same for build and archive, and a Dask cluster makes the same bytes.
"""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import json
import shutil
from pathlib import Path

import pytest
from test_archive import _files, _synth

from press.errors import PressError
from press.model import Publication, Release
from press.project import Project
from press.publish import render_version
from press.render import RenderOptions
from press.render.cache import VARIABLE as RENDER_CACHE
from tests.conftest import REPO, run_press

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
UTC = dt.UTC


def test_an_unknown_format_is_an_error_never_docx() -> None:
    from press.render import renderer

    with pytest.raises(PressError, match="unknown format 'odt'"):
        renderer("odt")


def test_every_renderer_takes_the_view_and_the_options() -> None:
    from press.render import FORMATS, RENDERERS, renderer

    assert FORMATS == tuple(RENDERERS) == ("html", "pdf", "docx")
    for fmt in FORMATS:
        assert list(inspect.signature(renderer(fmt)).parameters) == ["view", "options"], fmt


def test_a_format_is_one_module_and_one_registry_line(monkeypatch, repo_project: Project, demo) -> None:
    from press.publish import render_version
    from press.render import RENDERERS, RenderOptions

    monkeypatch.setitem(RENDERERS, "txt", "tests.toy_format:render_txt")
    out = render_version(repo_project, demo, "kk", ["txt", "html"], RenderOptions(repo_project.templates_dir))
    text = out["txt"].decode("utf-8")
    assert text.startswith("Байқоңыр") and "2025 жылғы 10 желтоқсан" in text
    assert out["html"].startswith(b"<!DOCTYPE html>")


def test_the_view_is_the_renderers_only_input(repo_project: Project, demo) -> None:
    from press.localise import localise

    view = localise(demo, "ru", repo_project.brand(demo.meta.brand), repo_project.locales_dir)
    assert not any(isinstance(value, Release) for value in vars(view).values())
    assert view.tags == tuple(demo.meta.tags) and view.folder == demo.folder
    assert [c.name for c in view.contacts] == [c.name.get("ru") or c.name["en"] for c in demo.meta.contacts]
    raw = [path for path in [*(REPO / "press" / "render").glob("*.py"),
                             *(REPO / "templates" / "html").glob("*.j2")]
           if "r.release" in (text := path.read_text(encoding="utf-8")) or "view.release" in text]
    assert raw == []


def test_render_imports_nothing_above_it() -> None:
    """render/ is below build, archive and the publish path: it never imports them."""
    upward = ("press.archive", "press.build", "press.publish", "press.commands", "press.preview")
    found = []
    for path in sorted((REPO / "press" / "render").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found += [f"{path.name}: {name}" for name in names if name.startswith(upward)]
    assert found == []


def test_the_publication_rule(demo) -> None:
    assert Publication.of(demo).published(NOW)
    refused = Publication.of(demo, checker_errors=2)
    assert refused.refused and not refused.published(NOW, "en") and not refused.forced
    forced = Publication.of(demo, checker_errors=2, force=True)
    assert forced.forced and not forced.refused and forced.published(NOW)
    assert not Publication.of(demo, checker_errors=0, force=True).forced
    held = Publication({"en": True, "kk": True}, embargo=dt.datetime(2026, 6, 1, tzinfo=UTC))
    assert held.draft("en", NOW) and not held.published(NOW)
    assert held.published(dt.datetime(2026, 6, 1, tzinfo=UTC))
    partly = Publication({"en": True, "kk": False})
    assert partly.published(NOW, "en") and not partly.published(NOW, "kk") and not partly.published(NOW)
    assert partly.draft("kk", NOW) and not partly.draft("en", NOW)


def test_the_archive_record_asks_the_same_rule() -> None:
    from press.archive.collect import Record

    record = Record(folder="f", key="k", approved={"en": True, "kk": True},
                    embargo="2026-06-01T00:00:00+00:00")
    assert not record.published(NOW) and record.published(dt.datetime(2026, 7, 1, tzinfo=UTC))
    record.checker_errors = 1
    assert not record.published(dt.datetime(2026, 7, 1, tzinfo=UTC))


def _project(tmp_path: Path, synthetic: int) -> tuple[Project, list[Path]]:
    root = tmp_path / "project"
    shutil.copytree(REPO / "releases", root / "releases")
    return Project(root), _synth(root, synthetic)


def test_the_archive_applies_the_checker_gate_like_build(tmp_path: Path) -> None:
    from press.archive.export import export

    project, _ = _project(tmp_path, 0)
    folder = project.release_folders()[0]
    kk = folder / "kk.yaml"  # «екі»: the Kazakh states a number 2 that English and Russian do not
    kk.write_text(kk.read_text(encoding="utf-8").replace("Байқоңыр әлемдік", "Екі Байқоңыр әлемдік", 1),
                  encoding="utf-8")
    result = export(project, tmp_path / "out", jobs=1, now=NOW)
    # the error is the Kazakh version's: Kazakh is held, English and Russian are published
    assert result.unpublished == [] and not result.errors
    assert [(r.id, r.langs) for r in result.published] == [(folder.name, ["en", "ru"])]
    published = tmp_path / "out" / "releases" / folder.name
    assert (published / "ru.pdf").exists() and not list(published.glob("kk.*"))
    assert run_press(project, "build", folder.name, "--format", "html", "--out", str(tmp_path / "dist")) == 1


def test_dask_executor_gives_the_same_bytes_as_the_local_pool(tmp_path: Path, monkeypatch) -> None:
    from distributed import LocalCluster

    monkeypatch.setenv(RENDER_CACHE, "off")  # each executor lays out every PDF itself

    project, _ = _project(tmp_path, 0)  # one release, two processes: its languages are shared out
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert run_press(project, "archive", "--out", str(local), "--jobs", "2") == 0
    (project.root / ".press-cache" / "archive.json").unlink()  # render everything again
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        assert run_press(project, "archive", "--out", str(dask), "--executor", "dask",
                         "--scheduler", cluster.scheduler_address) == 0
    first, second = _files(local), _files(dask)
    assert sorted(first) == sorted(second) and _files(tmp_path / "local-bag") == _files(tmp_path / "dask-bag")
    assert len([n for n in first if n.startswith("releases/") and n.endswith(".pdf")]) == 3
    assert [name for name in first if first[name] != second[name]] == []


def test_dask_executor_needs_a_scheduler(tmp_path: Path, capsys) -> None:
    project, _ = _project(tmp_path, 0)
    assert run_press(project, "archive", "--out", str(tmp_path / "o"), "--executor", "dask") == 2
    assert "--scheduler" in capsys.readouterr().err


def test_a_reexport_patches_pages_and_bag_for_the_changed_release_only(tmp_path: Path, monkeypatch) -> None:
    import bagit

    import press.archive.bundle
    import press.archive.manifest
    import press.archive.site
    from press.archive.export import export

    project, folders = _project(tmp_path, 1)
    out = tmp_path / "out"
    export(project, out, jobs=1, now=NOW)
    made: list[str] = []
    real_index, real_entry = press.archive.site.render_index, press.archive.manifest._entry
    monkeypatch.setattr(press.archive.site, "render_index",
                        lambda *a: made.append(f"{a[3]}/{a[5]}") or real_index(*a))
    entries: list[str] = []  # releases.json: the changed release's line is made, the others' kept
    monkeypatch.setattr(press.archive.manifest, "_entry", lambda r: entries.append(r.id) or real_entry(r))

    def no_whole_bag(*args: object) -> None:
        raise AssertionError("the bag was made again from nothing")

    monkeypatch.setattr(press.archive.bundle, "_make_whole", no_whole_bag)
    assert export(project, out, jobs=1, now=NOW).rendered == [] and made == []
    release = folders[0] / "release.yaml"  # the Kazakh title changes: only the kk pages are made
    kk = folders[0] / "kk.yaml"
    text = kk.read_text(encoding="utf-8")
    title_line = next(line for line in text.splitlines() if "text:" in line)
    edited = title_line.rstrip('"') + " (түзетілген)" + '"' * title_line.endswith('"')
    kk.write_text(text.replace(title_line, edited, 1), encoding="utf-8")
    # two processes, one release: its languages are shared between them, merged into one record
    assert export(project, out, jobs=2, now=NOW).rendered == [str(folders[0])]
    assert sorted(made) == ["kk/index", "kk/tags"]
    assert entries == [folders[0].name] and len(project.release_folders()) > 1
    bag = tmp_path / "out-bag"  # beside the site root by default
    bagit.Bag(str(bag)).validate()
    listed = json.loads((out / "releases.json").read_text(encoding="utf-8"))
    mine = next(r for r in listed["releases"] if r["id"] == folders[0].name)
    assert mine["titles"]["kk"].endswith("(түзетілген)")
    release.write_text(release.read_text(encoding="utf-8") + "embargo: 2030-01-01T10:00:00+05:00\n",
                       encoding="utf-8")  # held again: it leaves the site and the bag
    export(project, out, jobs=1, now=NOW)
    assert not (bag / "data" / "releases" / folders[0].name).exists()
    bagit.Bag(str(bag)).validate()
    fresh = tmp_path / "fresh"
    (project.root / ".press-cache" / "archive.json").unlink()
    monkeypatch.undo()
    export(project, fresh, jobs=1, now=NOW)
    assert _files(fresh) == _files(out)  # patched in place = made from nothing
    assert _files(tmp_path / "fresh-bag") == _files(bag)


def test_a_release_rendered_again_under_its_key_is_listed_from_its_new_record(tmp_path: Path,
                                                                              monkeypatch) -> None:
    """A release whose files went missing is rendered again under the same key, and its record may
    say something else now (a checker changed since may hold a language): releases.json, the feeds
    and the bag take the new record and files, not what the last export wrote for that key."""
    import press.archive.render
    from press.archive.export import export

    project, folders = _project(tmp_path, 1)
    out = tmp_path / "out"
    export(project, out, jobs=1, now=NOW)
    (out / "releases" / folders[0].name / "en.html").unlink()
    real_describe = press.archive.render.describe

    def describe(*args: object) -> object:
        record = real_describe(*args)
        record.titles = {lang: f"{title} (again)" for lang, title in record.titles.items()}
        record.approved["kk"] = False  # and Kazakh is held now
        return record

    monkeypatch.setattr(press.archive.render, "describe", describe)
    assert export(project, out, jobs=1, now=NOW).rendered == [str(folders[0])]
    listed = json.loads((out / "releases.json").read_text(encoding="utf-8"))
    mine = next(r for r in listed["releases"] if r["id"] == folders[0].name)
    assert mine["titles"]["en"].endswith("(again)")
    assert f"{mine['titles']['en']}</title>" in (out / "en" / "feed.atom").read_text(encoding="utf-8")
    metadata = f"releases/{folders[0].name}/metadata.json"  # the bag keeps what the site has
    assert (tmp_path / "out-bag" / "data" / metadata).read_bytes() == (out / metadata).read_bytes()
    assert mine["languages"] == ["en", "ru"] and not list((out / "releases" / folders[0].name).glob("kk.*"))
    assert not list((tmp_path / "out-bag" / "data" / "releases" / folders[0].name).glob("kk.*"))


def test_the_archive_publishes_a_scheduled_release_at_its_embargo_time(scratch_project: Project,
                                                                        monkeypatch) -> None:
    """The embargo is written as local time; the archive run at or after it publishes the
    release without any edit (the cached record is asked again), `--now` standing in for the clock."""
    from press.archive import export as export_module
    from press.archive.collect import Record, describe

    folder = scratch_project.release_folders([])[0]
    path = folder / "release.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "embargo: 2027-01-01 10:00\n", encoding="utf-8")
    record = Record.from_json(describe(scratch_project.load(folder), str(folder), "k").to_json())
    assert record.published_langs(dt.datetime(2027, 1, 1, 4, 59, tzinfo=UTC)) == []
    assert record.published_langs(dt.datetime(2027, 1, 1, 5, 0, tzinfo=UTC)) == ["en", "kk", "ru"]
    seen = []
    monkeypatch.setattr(export_module, "export", lambda *a, **k: seen.append(k["now"]) or _Empty())
    assert run_press(scratch_project, "archive", "--now", "2027-01-01 10:00") == 0
    assert run_press(scratch_project, "archive", "--now", "2027-01-01T05:00Z") == 0
    assert seen[0] == seen[1] == dt.datetime(2027, 1, 1, 5, 0, tzinfo=UTC)
    assert run_press(scratch_project, "archive", "--now", "tomorrow") == 2


class _Empty:
    published: list[str] = []
    rendered: list[str] = []
    unpublished: list[str] = []
    errors: list[tuple[str, str]] = []
    files = 0


def test_the_build_checks_in_a_fork_while_it_preloads_and_gets_the_same_reports(demo) -> None:
    """`check_while` overlaps the checker with the PDF stack's import: same reports as in this
    process, and the preload ran here once (the workers fork from this process)."""
    from press.build import check_all, check_while

    calls = []
    forked = check_while(lambda: [demo], 2, lambda: calls.append("preload")).reports
    assert calls == ["preload"]
    here = check_all([demo])
    assert [(f.rule, f.langs, f.message) for f in forked[demo.id].findings] == [
        (f.rule, f.langs, f.message) for f in here[demo.id].findings]
    assert check_while(lambda: [], 2, lambda: calls.append("again")).reports == {} and calls[-1] == "again"


def test_a_source_the_fork_cannot_load_is_raised_here_with_its_file_and_line(tmp_path: Path) -> None:
    """The build loads its sources in the checking fork: a broken one is raised in the building
    process as the same SourceError, its problems (file, line, field) intact."""
    from press.build import check_while
    from press.errors import Problem, SourceError

    problem = Problem(tmp_path / "en.yaml", 7, "expected text", "title")

    def load():
        raise SourceError(problem)

    with pytest.raises(SourceError) as caught:
        check_while(load, 2, lambda: None)
    assert caught.value.problems == [problem] and str(caught.value) == str(problem)


def test_a_checking_fork_that_dies_leaves_the_loading_and_checking_to_this_process(demo) -> None:
    """A fork killed before it answers (out of memory …) costs its head start, not the build."""
    import os

    from press.build import check_while

    builder = os.getpid()

    def load():
        if os.getpid() != builder:
            os._exit(3)
        return [demo]

    checking = check_while(load, 2, lambda: None)
    assert checking.releases == [demo] and list(checking.reports) == [demo.id] and not checking.rendering


def test_the_fork_renders_while_this_process_is_still_preloading(demo, tmp_path: Path) -> None:
    """The fork's answer (the demo's release and report: over 100 KB, more than a pipe holds) is
    sent without waiting for this process to read it: the fork renders its HTML and DOCX while
    this process is still in its preload, which here waits for the fork's first document."""
    import time

    from press.build import check_while

    marker = tmp_path / "rendered"

    def render_light(releases, reports):
        marker.touch()
        return {}

    seen = []

    def preload():
        waited = time.monotonic()
        while not marker.exists() and time.monotonic() - waited < 20:
            time.sleep(0.01)
        seen.append(marker.exists())

    check_while(lambda: [demo], 2, preload, render_light).close()
    assert seen == [True], "the fork waited for this process to take its report before rendering"


def _light_renderer(demo: Release, formats: tuple[str, ...] = ("pdf", "html", "docx")):
    from functools import partial

    from press.build import render_light

    return partial(render_light, Project(REPO), ["en", "kk", "ru"], formats, False, NOW)


def test_the_checking_fork_renders_the_web_page_and_the_word_file_as_this_process_would(demo) -> None:
    """While this process loads the PDF stack, the checking fork renders every HTML and DOCX of
    the plan its report gives: the same bytes this process renders, keyed by their marks."""
    from press.build import check_while

    checking = check_while(lambda: [demo], 2, lambda: None, _light_renderer(demo))
    assert checking.rendering
    light = checking.light()
    assert not checking.rendering  # the fork is gone once its documents are in
    assert sorted((key[1], key[2]) for key in light) == [(lang, fmt) for lang in ("en", "kk", "ru")
                                                         for fmt in ("docx", "html")]
    here = render_version(Project(REPO), demo, "kk", ["docx", "html"],
                          RenderOptions(REPO / "templates", formats=("pdf", "html", "docx")))
    assert light[(demo.id, "kk", "docx", False, False, False)] == here["docx"]
    assert light[(demo.id, "kk", "html", False, False, False)] == here["html"]


class _PdfLayouter:
    """An executor standing in for the PDF workers: it keeps the jobs it is given and lays
    nothing out (its 'written' paths are the job names)."""

    def __init__(self) -> None:
        self.formats: list[str] = []

    def map(self, task, items):
        self.formats += [fmt for _, fmt in items]
        return (Path(f"{doc.lang}.{fmt}") for doc, fmt in items)


@pytest.mark.parametrize("fork_fails", [False, True], ids=["fork-renders", "fork-fails"])
def test_this_process_renders_only_what_the_checking_fork_did_not(demo, tmp_path: Path, fork_fails: bool,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """With a working fork, the executor gets only the PDFs, and the fork's HTML and DOCX are
    written as they came: nothing is rendered twice. A fork whose rendering failed only loses
    its head start: the light formats are rendered here, and every file is written."""
    import press.build
    from press.build import BuildResult, check_while, plan, render_all

    def failing(releases, reports):
        raise RuntimeError("the fork's renderer broke")

    rendered_here = []
    original = press.build.render_document

    def render_document(project, out, job):
        rendered_here.append(job[1])
        return original(project, out, job)

    monkeypatch.setattr(press.build, "render_document", render_document)
    project, formats = Project(REPO), ("pdf", "html", "docx")
    checking = check_while(lambda: [demo], 2, lambda: None,
                           failing if fork_fails else _light_renderer(demo, formats))
    documents = plan(project, [demo], ["en", "kk"], formats, False, BuildResult(), NOW, checking.reports)
    executor = _PdfLayouter()
    written = render_all(project, documents, tmp_path, executor, lambda: None, checking)
    assert executor.formats == ["pdf", "pdf"] and not checking.rendering
    assert sorted(path.name for path in written) == sorted(f"{lang}.{fmt}" for lang in ("en", "kk")
                                                           for fmt in formats)
    assert sorted(rendered_here) == ([] if not fork_fails else ["docx", "docx", "html", "html"])
    options = RenderOptions(project.templates_dir, formats=formats)
    expected = render_version(project, demo, "kk", ["docx"], options)
    assert (tmp_path / demo.id / "kk.docx").read_bytes() == expected["docx"]


def test_weasyprint_is_imported_without_the_library_search_and_warmed_once(tmp_path: Path) -> None:
    """press imports WeasyPrint without cffi's ctypes.util.find_library runs (each spawns
    ldconfig and the compiler: ~50 processes, a third of the import), puts the search back,
    and the warm-up a build makes before forking its workers leaves a working PDF stack."""
    import subprocess
    import sys

    script = """
import ctypes.util, sys
searched = []
def search(name):
    searched.append(name)
    return None
ctypes.util.find_library = search
from pathlib import Path
from press.render.pdf import import_weasyprint, warm_up
weasyprint = import_weasyprint()
assert ctypes.util.find_library is search, "the search is not put back"
templates = Path(sys.argv[1])
warm_up(templates, ("en", "kk", "ru"))
warm_up(templates, ("en", "kk", "ru"))
pdf = weasyprint.HTML(string="<p>Министрлігі</p>").write_pdf()
print(len(searched), pdf[:5].decode())
"""
    result = subprocess.run([sys.executable, "-c", script, str(REPO / "templates")], cwd=REPO,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "%PDF-"]


def _meet(barrier: object, item: int) -> tuple[int, int]:
    barrier.wait(timeout=20)  # both processes hold an item at once, or this breaks
    return item, __import__("os").getpid()


def _die_in_worker(parent: int, taken: object, item: int) -> int:
    import os

    if os.getpid() != parent:
        taken.set()
        os._exit(3)  # killed, as by the kernel's OOM killer
    taken.wait(timeout=20)
    return item


def test_the_local_pool_works_in_this_process_and_one_fork_for_two_jobs() -> None:
    """--jobs 2 is two processes, this one and one fork (a third, idle, held a render's memory
    for nothing): each takes an item, side by side."""
    import functools
    import multiprocessing
    import os

    from press.publish import LocalPool

    barrier = multiprocessing.get_context("fork").Barrier(2)
    done = sorted(LocalPool(2).map(functools.partial(_meet, barrier), [0, 1]))
    assert [item for item, _ in done] == [0, 1]
    pids = {pid for _, pid in done}
    assert os.getpid() in pids and len(pids) == 2


def test_a_local_pool_worker_that_dies_is_an_error_not_a_hang() -> None:
    import functools
    import multiprocessing
    import os

    from press.publish import LocalPool

    taken = multiprocessing.get_context("fork").Event()
    with pytest.raises(PressError, match="ended without its result"):
        list(LocalPool(2).map(functools.partial(_die_in_worker, os.getpid(), taken), [0, 1]))


def test_the_pdf_warm_up_parses_each_languages_hyphenation_patterns_for_the_forks() -> None:
    """The warm-up's short lines never break: without loading them itself, every forked worker
    parsed the patterns again on its first real PDF."""
    import pyphen

    from press.render.pdf import prepare, register_hyphenation

    register_hyphenation()
    paths = {lang: pyphen.LANGUAGES[pyphen.language_fallback(lang)] for lang in ("en", "kk", "ru")}
    for path in paths.values():
        pyphen.hdcache.pop(path, None)
    prepare.__wrapped__(REPO / "templates", ("en", "kk", "ru"))  # not the memo: it runs again
    assert all(path in pyphen.hdcache for path in paths.values()), paths


def test_hyphenation_patterns_kept_between_runs_are_pyphens_own(tmp_path: Path, monkeypatch) -> None:
    """Pyphen's parse of each dictionary is kept in the user's cache folder (press.usercache) and
    read back by the next process: the same patterns, so the same breaks in every PDF."""
    import pyphen

    from press.render.pdf import kept_patterns, register_hyphenation

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    register_hyphenation()
    for lang, word in (("en", "internationalisation"), ("kk", "қазақстандағы"), ("ru", "международного")):
        path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
        parsed = pyphen.HyphDict(path)
        for _ in range(2):  # parsed and kept, then read back
            kept = kept_patterns(path)
            assert (kept.patterns, kept.maxlen) == (parsed.patterns, parsed.maxlen)
            assert kept.positions(word) == parsed.positions(word) != []
    assert len(list((tmp_path / "press").glob("hyphenation-*.json"))) == 3
