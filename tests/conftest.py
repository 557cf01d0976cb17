"""Shared fixtures: the repository's project, the demo release, and a scratch copy of it."""

from __future__ import annotations

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
