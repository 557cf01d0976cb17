"""Shared fixtures: the repository's project, the demo release, a scratch copy of it, and the
expensive outputs made once per test run (the demo built to all nine files).

The suite runs on pytest-xdist workers (`-n auto` in pyproject's addopts). A session fixture runs
once per worker, so what is expensive is made through `shared_folder`: the first worker that
asks makes it under a file lock, the others wait and read the same folder. Shared outputs are
READ-ONLY for tests: a test that changes one copies it first (`copy_of`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import io
import os
import pickle
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from press.project import Project

REPO = Path(__file__).resolve().parent.parent
# Every child process of the suite (kill tests, `python -m press`, savers) imports this tree's press,
# whatever the editable install points at: a child that cannot import press must not pass for one
# that ran (a worktree, or an install re-pointed by another clone's CI run).
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
DEMO_ID = "2025-12-10-baikonur"


def pytest_configure(config: pytest.Config) -> None:
    """Compile press/ to bytecode once, in the controlling process, before the workers start.

    Machines that set PYTHONDONTWRITEBYTECODE (this one and its CI do) otherwise compile the whole
    package again in every `python -m press` child the suite starts and in every worker, and pytest
    rewrites every test module again: about 0.1 s of CPU a process, tens of seconds a run.
    Reading bytecode is not affected by the variable, and Python recompiles a module whose source
    is newer than its bytecode."""
    sys.dont_write_bytecode = False  # and pytest keeps each test module's rewritten bytecode
    if not hasattr(config, "workerinput"):
        import compileall

        compileall.compile_dir(REPO / "press", quiet=1, workers=1)


SLOW_FIRST = (
    "tests/test_readme.py::test_readme_block_runs_green",
    "tests/test_kill.py::",
    "tests/test_archive.py::test_export_twice_gives_identical_bytes",
    "tests/test_archive.py::test_nu_html_checker_finds_no_error",
    "tests/test_archive.py::test_reexport_renders_only_the_changed_release",
    "tests/test_publish.py::test_dask_executor_gives_the_same_bytes_as_the_local_pool",
    "tests/test_publish.py::test_a_reexport_patches_pages_and_bag_for_the_changed_release_only",
    "tests/test_preview.py::test_preview_in_chromium",
    "tests/test_draft.py::test_translation_aligns_by_what_paragraphs_state",
    "tests/test_draft_e2e.py::",
    "tests/test_handoff.py::test_omegat_fills_targets_from_a_tmx_and_press_imports_exactly_those",
    "tests/test_publication.py::",
    "tests/test_render.py::test_libreoffice_opens_the_kazakh_docx",
    "tests/test_render.py::test_chromium_shows_the_page",
    "tests/test_render_blocks.py::test_libreoffice_lays_out_every_element_of_the_docx",
    "tests/test_archive_scale.py::",
    "tests/test_properties.py::",
    "tests/test_guard_properties.py::",
    "tests/test_translate.py::test_a_killed_run_loses_no_finished_segment",
    "tests/test_check.py::test_cli_json_and_exit_codes",
)
"""Tests that take seconds each (`pytest --durations=40` on an idle machine lists them): they
run first, so that the workers finish together instead of one running a long test at the end
while the other waits. A test left out of this list is only scheduled later, never skipped."""


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The tests of SLOW_FIRST before the others; pytest-randomly's order stays within each part
    (the sort is stable), and xdist hands the tests out in this order as workers free up."""
    items.sort(key=lambda item: not item.nodeid.startswith(SLOW_FIRST))


@pytest.fixture(scope="session")
def repo_project() -> Project:
    return Project(REPO)


@pytest.fixture(scope="session")
def demo(repo_project: Project):
    """The demo release as loaded from the repository (do not modify it)."""
    return repo_project.load(repo_project.release_folders([DEMO_ID])[0])


@pytest.fixture
def scratch_project(tmp_path: Path) -> Project:
    """A throw-away project holding a copy of the demo release, the termbase and brands."""
    root = tmp_path / "project"
    shutil.copytree(REPO / "releases", root / "releases")
    (root / "locales").mkdir(parents=True)
    shutil.copy(REPO / "locales" / "termbase.yaml", root / "locales" / "termbase.yaml")
    return Project(root)


def shared_folder(factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """The folder *name*, made by `make(folder)` once per test run and shared by every xdist worker.

    The workers' temporary folders (`.../pytest-N/popen-gwK`) share a parent that is new for each
    run; the folder is made there under an flock, so a second worker waits for the first instead
    of making it again. A maker that fails leaves no "done" mark: the next one tries again.
    """
    root = _shared_root(factory)
    folder, done = root / name, root / f"{name}.done"
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir()
            make(folder)
            done.touch()
    return folder


def _shared_root(factory: pytest.TempPathFactory) -> Path:
    """The folder every xdist worker of this run shares (made on first use)."""
    base = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent
    root = base / "shared"
    root.mkdir(exist_ok=True)
    return root


@pytest.fixture(scope="session", autouse=True)
def render_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One render cache for the run (press.render.cache, PRESS_RENDER_CACHE): a PDF laid out once
    from the same inputs is reused by every worker and every press child. A test about laying
    out itself (same bytes twice, kills, executors) sets PRESS_RENDER_CACHE=off; so does a run
    started with it set to off. The demo build stays uncached: its time is the kill test's window."""
    from press.render.cache import VARIABLE

    before = os.environ.get(VARIABLE)
    if before is None:
        os.environ[VARIABLE] = str(_shared_root(tmp_path_factory) / "render-cache")
    yield
    if before is None:
        os.environ.pop(VARIABLE, None)


def copy_of(shared: Path, tmp_path: Path) -> Path:
    """A private copy of a shared folder, for a test that changes it."""
    return Path(shutil.copytree(shared, tmp_path / shared.name, symlinks=True))


def uncached() -> dict[str, str]:
    """The environment with the render cache off, for a child that must lay out every PDF."""
    from press.render.cache import VARIABLE

    return {**os.environ, VARIABLE: "off"}


def _build_demo(folder: Path) -> None:
    """`press build` of the demo, all nine files, as a user types it; its stderr and the seconds
    it took kept beside."""
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "press", "build", DEMO_ID, "--out", str(folder / "dist")],
                            cwd=REPO, capture_output=True, text=True, timeout=600, env=uncached())
    (folder / "seconds.txt").write_text(f"{time.monotonic() - started:.3f}\n", encoding="utf-8")
    (folder / "stderr.txt").write_text(result.stderr, encoding="utf-8")
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's demo built by `press build` into nine files, once per run: the folder that
    holds them (`dist/<DEMO_ID>/{en,kk,ru}.{html,pdf,docx}`), the command's `stderr.txt` and the
    wall-clock `seconds.txt` it took.
    Read-only: copy it (`copy_of`) to change anything."""
    return shared_folder(tmp_path_factory, "demo-build", _build_demo)


@pytest.fixture(scope="session")
def demo_dist(demo_build: Path) -> Path:
    """The folder with the demo's nine built files (read-only; see `demo_build`)."""
    return demo_build / "dist" / DEMO_ID


def synth_releases(root: Path, count: int) -> list[Path]:
    """*count* synthetic trilingual releases (bench/synth.py, seed 7) written into the project *root*."""
    import random

    sys.path.insert(0, str(REPO / "bench"))
    try:
        import synth
    finally:
        sys.path.remove(str(REPO / "bench"))
    rng = random.Random(7)
    return [synth.write_release(root, index, rng) for index in range(count)]


ARCHIVE_NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
"""The moment the shared archive export is made at (test_archive's NOW)."""


def _export_archive(folder: Path) -> None:
    """The archive fixture project (the demo, six synthetic releases: the fifth with an unapproved
    kk, the sixth under embargo) exported with two jobs and a zip; the result pickled beside."""
    from press.archive.export import export

    root = folder / "project"
    shutil.copytree(REPO / "releases", root / "releases")
    folders = synth_releases(root, 6)
    unapproved = folders[4] / "kk.yaml"
    unapproved.write_text(unapproved.read_text(encoding="utf-8").replace("status: approved",
                                                                         "status: reviewed", 1),
                          encoding="utf-8")
    embargoed = folders[5] / "release.yaml"
    embargoed.write_text(embargoed.read_text(encoding="utf-8")
                         + "embargo: 2030-01-01T10:00:00+05:00\n", encoding="utf-8")
    result = export(Project(root), folder / "site", jobs=2, zip_path=folder / "archive.zip", now=ARCHIVE_NOW,
                    bag=folder / "bag")
    (folder / "result.pickle").write_bytes(pickle.dumps(result))


@pytest.fixture(scope="session")
def archive_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive fixture project exported once per run (read-only; copy it to change it):
    `project/` (its releases), `site` (the site root, --out) and `bag` (--bag), `archive.zip`, and
    `result.pickle` (the ExportResult). Exported at ARCHIVE_NOW."""
    return shared_folder(tmp_path_factory, "archive-export", _export_archive)


def run_press(project: Project, *args: str) -> int:
    """Run the press CLI in-process in *project*, as typed; the exit status (0 when it returns).

    Shared by the CLI tests (import it: `from conftest import run_press`); what the command
    printed stays in capsys for the test to read.
    """
    from press.cli import main

    try:
        main(["--project", str(project.root), *args])
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def press_process(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m press --project ROOT ARGS` run in this process, returned as `subprocess.run` would
    (exit status, stdout, stderr): for tests whose point is the command's result, not a separate
    process, it saves about 1.3 s of interpreter start and imports a call."""
    from press.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(["--project", str(root), *args])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if isinstance(exc.code, str):
                print(exc.code, file=sys.stderr)
    return subprocess.CompletedProcess(["press", *args], code, out.getvalue(), err.getvalue())


def run_press_output(project: Project, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`run_press`, with everything the command printed (stdout, then stderr)."""
    code = run_press(project, *args)
    out = capsys.readouterr()
    return code, out.out + out.err


def external(found: Path | str | None, what: str, how: str) -> str:
    """One policy for the external tools the suite opens outputs with (Chromium, LibreOffice,
    poppler, Java and the Nu HTML Checker, axe-core, ruff): *found* (a path, or None when missing)
    as a string.

    Under CI (the CI variable set, as `.ci/run` runs) a missing tool FAILS the test: CI installs
    every one, so its absence is a broken install, not a reason to pass. Elsewhere the test is
    skipped with the reason and *how* to install it.
    """
    if found is not None and (not isinstance(found, Path) or found.exists()):
        return str(found)
    message = f"{what} is missing: {how}"
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail(f"{message} (CI is set: .ci/run must install it)", pytrace=False)
    pytest.skip(message)


def tool(*names: str, how: str = ".ci/run installs it (scripts/system-deps.sh)") -> str:
    """The path of the first of *names* on PATH, under the one policy of `external`."""
    found = next((path for name in names if (path := shutil.which(name))), None)
    return external(found, " or ".join(names), how)


ESA_REGISTER = (REPO / "tests" / "fixtures" / "esa_register.yaml").read_text(encoding="utf-8")
"""The `entities:` block of the ESA-talks release drafted in Russian (Aidar Seitkali, ESA)."""


@pytest.fixture(scope="module")
def termbase() -> dict:
    """The toolkit's own termbase: `press check --text` reads it in any folder without one."""
    from press.project import TOOLKIT_ROOT
    from press.source import load_termbase

    return load_termbase(TOOLKIT_ROOT / "locales" / "termbase.yaml")
