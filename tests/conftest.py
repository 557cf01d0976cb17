"""Shared fixtures: the repository's project, the demo release, and a scratch copy of it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from press.project import Project

REPO = Path(__file__).resolve().parent.parent
DEMO_ID = "2025-12-10-baikonur"


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
