"""The README is true line by line: every command in its shell blocks runs green (issue 18).

The Quick start's install steps are what CI itself runs (`.ci/run`), so here they are checked
for what they name (the script, its flag, the extra); its `press build` is run as typed, and
every other shell block of the README runs as written, in a temporary folder, with `press` the
code under test, a local stand-in for the translation engine (the user's press.toml points at
it, as an office's would point at its server) and the Word draft the walkthrough imports.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import REPO, tool
from fake_libretranslate import FakeLibreTranslate
from test_draft_e2e import word_draft

README = REPO / "README.md"
INSTALL_STEPS = ("bash scripts/system-deps.sh", "python3 -m pip install", "npm install", "python3 -m pytest")


def shell_blocks() -> list[tuple[int, str, str]]:
    """(line, section, text) of every ```sh block of the README."""
    blocks, section, lines = [], "", README.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        if lines[index].startswith("## "):
            section = lines[index][3:].strip()
        if lines[index].strip() == "```sh":
            end = lines.index("```", index + 1)
            blocks.append((index + 1, section, "\n".join(lines[index + 1:end])))
            index = end
        index += 1
    return blocks


def commands(block: str) -> list[str]:
    """The commands of a block: lines joined at a trailing backslash, comments dropped, split at &&."""
    joined = re.sub(r"\\\n\s*", " ", block)
    found = []
    for line in joined.splitlines():
        line = re.sub(r"(^|\s)#.*$", "", line).strip()
        found += [part.strip() for part in line.split("&&") if part.strip()]
    return found


def quick_start() -> list[tuple[int, str, str]]:
    return [block for block in shell_blocks() if block[1] == "Quick start"]


@pytest.mark.parametrize("step", sorted({step for _, _, block in quick_start() for step in commands(block)
                                         if step.startswith(INSTALL_STEPS)}))
def test_each_install_step_names_what_exists(step: str) -> None:
    words = shlex.split(step)
    if words[:2] == ["bash", "scripts/system-deps.sh"]:
        script = (REPO / "scripts" / "system-deps.sh").read_text(encoding="utf-8")
        assert "apt-get update" in script
        for flag in words[2:]:
            assert flag in script, f"system-deps.sh does not know {flag}"
    elif "pip" in words:
        extras = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]
        for target in words[words.index("install") + 1:]:
            if target.startswith(".["):
                assert set(target[2:-1].split(",")) <= set(extras), target
    elif words[0] == "npm":
        assert (REPO / "package.json").exists() and (REPO / "package-lock.json").exists()


def test_quick_start_press_build_makes_the_nine_demo_files(demo_build: Path) -> None:
    """The first command's `press build`, in the repository as typed (the shared demo build)."""
    built = sorted(path.name for path in (demo_build / "dist").rglob("*.*") if path.suffix != ".txt")
    assert [name for name in built if name[:2] in ("en", "kk", "ru")] == sorted(
        f"{lang}.{ext}" for lang in ("en", "kk", "ru") for ext in ("docx", "html", "pdf"))


def repository_copy(target: Path) -> Path:
    """The tracked files of this checkout (a developer's block runs in the repository)."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        if (REPO / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, target / name)
    return target


@pytest.fixture
def walkthrough_folder(tmp_path: Path):
    """A folder to run README blocks in: `press` is this checkout, the engine is local."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "press"
    shim.write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} -m press \"$@\"\n", encoding="utf-8")
    shim.chmod(0o755)
    word_draft(tmp_path / "draft.docx")
    config = tmp_path / "config"
    with FakeLibreTranslate() as server:
        (config / "press").mkdir(parents=True)
        (config / "press" / "press.toml").write_text(f'[translate]\nurl = "{server.url}"\n', encoding="utf-8")
        env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "HOME": str(tmp_path),
               "XDG_CONFIG_HOME": str(config), "PYTHONPATH": str(REPO), "GIT_CONFIG_NOSYSTEM": "1"}
        yield tmp_path, env


OTHER_BLOCKS = [block for block in shell_blocks() if block[1] != "Quick start"]


@pytest.mark.parametrize("line,section,block", OTHER_BLOCKS, ids=[f"README:{b[0]}" for b in OTHER_BLOCKS])
def test_readme_block_runs_green(walkthrough_folder, line: int, section: str, block: str) -> None:
    folder, env = walkthrough_folder
    tool("git")  # press init makes a repository; the suite's one policy for a missing tool
    if "press init" not in block:  # a block for the toolkit's developers, run in the repository
        folder = repository_copy(folder / "repository")
    script = "set -e\n" + "\n".join(f"printf '+ %s\\n' {shlex.quote(c)} >&2; {c}" for c in commands(block))
    result = subprocess.run(["bash", "-c", script], cwd=folder, env=env, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, f"README.md:{line} ({section}) failed:\n{result.stdout}\n{result.stderr}"


def test_the_readme_has_a_walkthrough_to_run() -> None:
    """At least the first-release walkthrough: a test over no block would pass on any README."""
    assert any("press init" in block for _, _, block in OTHER_BLOCKS)
