"""The build's early PDFs: while the checking fork checks, the building process (its PDF stack
loaded, its core otherwise waiting) lays out the PDFs of the plan a clean check gives
(press.build.render_early); `render_all` writes those its real plan holds under the same marks
and renders the others."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from press.project import Project
from press.publish import render_version
from press.render import RenderOptions
from tests.conftest import DEMO_ID, REPO

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
FORMATS = ("pdf", "html", "docx")


def test_the_early_renderer_runs_while_the_fork_still_checks(demo, tmp_path: Path) -> None:
    """*early* runs after the preload, told that the check still runs (the fork waits for it
    here), and told otherwise once the fork has answered; what it returns is `Checking.early`."""
    from press.publish import check_while

    marker = tmp_path / "early"

    def load():
        waited = time.monotonic()
        while not marker.exists() and time.monotonic() - waited < 20:
            time.sleep(0.01)
        return [demo]

    seen = []

    def early(checking):
        seen.append(checking())
        marker.touch()
        waited = time.monotonic()
        while checking() and time.monotonic() - waited < 20:
            time.sleep(0.01)
        seen.append(checking())
        return {"key": b"early"}

    calls = []
    checking = check_while(load, 2, lambda: calls.append("preload"), None, early)
    assert calls == ["preload"] and seen == [True, False]
    assert checking.early == {"key": b"early"} and list(checking.reports) == [demo.id]


class _Executor:
    """The PDF workers' stand-in: records the jobs it is given, lays nothing out."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, str]] = []

    def map(self, task, items):
        self.jobs += [(doc.lang, fmt) for doc, fmt in items]
        return (Path(f"{doc.lang}.{fmt}") for doc, fmt in items)


@pytest.mark.parametrize("held", [False, True], ids=["clean", "held"])
def test_render_all_writes_the_early_pdfs_its_plan_holds_and_renders_the_rest(
        demo, tmp_path: Path, held: bool) -> None:
    """An early PDF under the marks the plan gives its document is written as it is, never given
    to the executor; one under other marks (a clean check's plan against a language the check
    holds as a DRAFT) is left, and the executor renders that PDF."""
    from press.build import BuildResult, job_key, plan, render_all
    from press.check.findings import Report
    from press.publish import Checking

    project = Project(REPO)
    documents = plan(project, [demo], ["en", "kk"], ("pdf",), False, BuildResult(), NOW, {demo.id: Report()})
    en = next(doc for doc in documents if doc.lang == "en")
    key = job_key(en, "pdf")
    if held:
        key = (*key[:3], not key[3], *key[4:])  # rendered as final, planned as a DRAFT
    checking = Checking([demo], {demo.id: Report()}, early={key: b"%PDF early"})
    executor = _Executor()
    written = render_all(project, documents, tmp_path, executor, lambda: None, checking)
    assert executor.jobs == ([("en", "pdf"), ("kk", "pdf")] if held else [("kk", "pdf")])
    assert sorted(path.name for path in written) == ["en.pdf", "kk.pdf"]
    early = tmp_path / demo.id / "en.pdf"
    assert early.exists() != held and (held or early.read_bytes() == b"%PDF early")


def test_the_early_pdf_is_the_pdf_the_build_renders(demo) -> None:
    """`render_early` renders, while told the check runs, the first PDFs of the clean plan, each
    the very bytes the publish path renders for its document; told the check is done, nothing."""
    from press.build import render_early

    project = Project(REPO)
    told = iter([True, True, False])
    early = render_early(project, [demo], ["en", "kk", "ru"], FORMATS, False, NOW, lambda: next(told))
    assert list(early) == [(demo.id, "en", "pdf", False, False, False)]
    here = render_version(project, demo, "en", ["pdf"], RenderOptions(project.templates_dir, formats=FORMATS))
    assert early[(demo.id, "en", "pdf", False, False, False)] == here["pdf"]
    assert render_early(project, [demo], ["en"], FORMATS, False, NOW, lambda: False) == {}


def test_a_release_that_fails_to_plan_leaves_the_early_pdfs_to_the_build(demo) -> None:
    """What fails in the head start (here a brand the project does not have) is the build's to
    report: render_early returns what it has, it raises nothing."""
    import dataclasses

    from press.build import render_early

    unknown = dataclasses.replace(demo, meta=dataclasses.replace(demo.meta, brand="no-such-brand"))
    project = Project(REPO)
    assert render_early(project, [unknown], ["en"], FORMATS, False, NOW, lambda: True) == {}


def test_the_build_loads_each_release_once_before_the_checking_fork(monkeypatch, tmp_path: Path) -> None:
    """The building process loads the releases and the checking fork inherits them: loaded in
    the fork as well, each was read and parsed twice (the early PDFs need them here)."""
    from press.build import start

    loads = tmp_path / "loads"  # a line per load, in whichever process it happens
    load = Project.load

    def counted(self: Project, folder: Path):
        with loads.open("a") as log:
            log.write(f"{folder.name}\n")
        return load(self, folder)

    monkeypatch.setattr(Project, "load", counted)
    project = Project(REPO)
    checking = start(project, project.release_folders([DEMO_ID]), ["en"], ("pdf",), False, NOW, 2)
    checking.close()
    assert loads.read_text().split() == [DEMO_ID]
    assert [release.id for release in checking.releases] == [DEMO_ID]


def test_the_pdf_warm_up_lays_out_no_sample_in_a_process_that_laid_out_a_pdf(monkeypatch, demo) -> None:
    """The warm-up's sample PDF builds what a first PDF builds (fonts, C types, subsetting) for
    the workers a process forks; a process that has laid out a real PDF (the build's early
    ones) has built it, and the sample would be 0.15 s of CPU for nothing."""
    from press.render import pdf
    from press.render.cache import VARIABLE

    monkeypatch.setenv(VARIABLE, "off")  # laid out here, not taken from the suite's cache
    samples: list[object] = []
    monkeypatch.setattr(pdf, "_lay_out_sample", lambda *args: samples.append(args))
    monkeypatch.setattr(pdf, "_LAID_OUT", [])
    project = Project(REPO)
    pdf.warm_up(project.templates_dir, ("en",))
    assert len(samples) == 1
    monkeypatch.setattr(pdf, "_LAID_OUT", [])
    render_version(project, demo, "en", ["pdf"], RenderOptions(project.templates_dir, formats=FORMATS))
    pdf.warm_up(project.templates_dir, ("en",))
    assert len(samples) == 1


def test_the_building_process_preloads_only_what_it_renders(monkeypatch, demo) -> None:
    """With a checking fork that renders the web pages and Word files, the building process and
    its PDF workers load only the PDF stack (python-docx cost it 0.07 s for nothing), and lay
    out no warm-up sample before their early PDFs."""
    import press.build
    from press.build import heavy_formats, start

    preloaded: list[tuple[object, ...]] = []
    monkeypatch.setattr(press.build, "preload_renderers",
                        lambda formats, templates, langs, sample=True: preloaded.append((formats, sample)))
    project = Project(REPO)
    start(project, project.release_folders([DEMO_ID]), ["en"], FORMATS, False, NOW, 2).close()
    assert preloaded == [(("pdf",), False)]
    assert heavy_formats(FORMATS, forked=True) == ("pdf",)
    assert heavy_formats(FORMATS, forked=False) == FORMATS


def test_the_build_collects_less_often_and_puts_the_collector_back(monkeypatch, tmp_path: Path) -> None:
    """`press build` runs with the youngest generation collected after COLLECT_AFTER allocations
    (Python's 700 had the collector walk the freshly loaded tables hundreds of times a build),
    and leaves the collector as it found it."""
    import gc

    import press.build
    from tests.conftest import run_press

    seen = []
    monkeypatch.setattr(press.build, "render_all", lambda *args: seen.append(gc.get_threshold()) or [])
    before = gc.get_threshold()
    run_press(Project(REPO), "build", DEMO_ID, "--format", "html", "--jobs", "1", "--out", str(tmp_path))
    assert seen and seen[0][0] == max(press.build.COLLECT_AFTER, before[0])
    assert gc.get_threshold() == before


def test_reading_the_checkers_reports_imports_no_rule() -> None:
    """The building process unpickles its checking fork's reports (press.check.findings) and
    checks nothing itself: the package imports no rule, reader or table with the findings (0.1 s
    of the building process's CPU before its first PDF)."""
    script = ("import pickle, sys\n"
              "from press.check.findings import Finding, Report\n"
              "pickle.loads(pickle.dumps(Report([Finding('names.x', 'error', ['en'], 'r#p1', 'x', 'y')])))\n"
              "print(sorted(m for m in sys.modules if m.startswith('press.check.')))\n")
    assert _fresh_python(script).split() == ["['press.check.findings']"]


def _fresh_python(script: str) -> str:
    """What *script* prints, run by a fresh interpreter (no module of this test run loaded)."""
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True,
                          check=True).stdout


def test_the_builds_outputs_are_written_atomically_without_fsync(monkeypatch, tmp_path: Path) -> None:
    """Every file a build writes is made again by the next build (as the archive's pages are):
    atomic, but no fsync of the file or its folder (two a file: 0.1-0.2 s for the demo's nine)."""
    import os

    from tests.conftest import run_press

    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd))
    out = tmp_path / "dist"
    run_press(Project(REPO), "build", DEMO_ID, "--format", "html,docx", "--jobs", "1", "--out", str(out))
    assert sorted(path.name for path in (out / DEMO_ID).iterdir()) == sorted(
        f"{lang}.{fmt}" for lang in ("en", "kk", "ru") for fmt in ("docx", "html"))
    assert synced == [] and not list(out.rglob("*.tmp"))


def test_a_pdfs_font_subsets_parse_no_c_type_of_their_own() -> None:
    """WeasyPrint names the length of each glyph array it subsets a font with in the C type
    ("hb_codepoint_t[693]"), a type cffi parses anew (pycparser, 3 ms) for every glyph count;
    press has it make the same arrays, of the same glyphs, from the unsized type, parsed once."""
    script = """
import re
from press.render.pdf import import_weasyprint
weasyprint = import_weasyprint()
from weasyprint.text.ffi import ffi
weasyprint.HTML(string="<p>Ministry Министрлігі Министерство, 2025</p>").write_pdf()
print(sorted(key for key in ffi._parsed_types if re.fullmatch(r"hb_codepoint_t\\[\\d+\\]", key)))
"""
    assert _fresh_python(script).split() == ["[]"]
