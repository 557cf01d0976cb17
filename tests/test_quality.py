"""House rules that can be checked: ruff is clean, CI runs the README's test command."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.conftest import REPO, external, tool


def test_ruff_is_clean() -> None:
    ruff = tool("ruff", how="it is in the test extra: pip install -e '.[test]'")
    result = subprocess.run([ruff, "check", "press", "tests", "bench"], cwd=REPO, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout


def _quick_start() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_exactly_two_quick_start_commands() -> None:
    commands = _quick_start()
    assert len(commands) == 2
    assert commands[0].endswith("press build")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    test_command = _quick_start()[1]
    assert test_command in ci.splitlines(), "CI must run the README's test command exactly"


@pytest.mark.parametrize(("ci", "outcome"), [("true", pytest.fail.Exception), ("1", pytest.fail.Exception),
                                             ("", pytest.skip.Exception), ("false", pytest.skip.Exception)])
def test_a_missing_tool_fails_under_ci_and_is_skipped_elsewhere(monkeypatch: pytest.MonkeyPatch,
                                                                ci: str, outcome: type) -> None:
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="no-such-reader is missing: install it"):
        tool("no-such-reader", how="install it")
    with pytest.raises(outcome, match="vnu.jar is missing"):
        external(REPO / "no" / "vnu.jar", "vnu.jar", "npm install")
    assert tool("no-such-reader", "python3") == shutil.which("python3")
