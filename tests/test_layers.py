"""The import-layer contract: the pipeline runs one way and no package has an import circle.

The contracts live in pyproject.toml ([tool.importlinter]); `lint-imports` (import-linter,
built on grimp) checks every import, the lazy ones inside functions included.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LINT = [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
        "sys.exit(lint_imports_command())", "--no-cache"]


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([*LINT, "--config", str(root / "pyproject.toml")], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_layer_contracts_hold() -> None:
    result = _lint(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_a_backward_import_and_a_circle_break_them(tmp_path: Path) -> None:
    """The contract bites: the source layer importing the renderer, and a circle in check/."""
    shutil.copytree(REPO / "press", tmp_path / "press", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    with (tmp_path / "press" / "source.py").open("a", encoding="utf-8") as source:
        source.write("\n\ndef _planted() -> None:\n    import press.render.html  # noqa: F401\n")
    with (tmp_path / "press" / "check" / "findings.py").open("a", encoding="utf-8") as findings:
        findings.write("\n\ndef _planted() -> None:\n    import press.check.names  # noqa: F401\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "press.source is not allowed to import press.render" in result.stdout, result.stdout
    assert "No cycles are allowed in press.check" in result.stdout, result.stdout
