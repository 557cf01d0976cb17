"""The bad-input corpus: every case in tests/bad_inputs/cases.yaml breaks a copy of the demo
release in one way, runs `press build` and expects exit status 2, its own message, no traceback
and no output file.

A case is a list of patches applied to a scratch copy of the project (see the header of
cases.yaml). The cases run in this process through press.cli.main (fast: the loader fails long
before any renderer is imported); the ones marked `subprocess: true` also run as a real
`press` process, to show what a press officer sees at the terminal.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from press.cli import main

REPO = Path(__file__).resolve().parent.parent
CASES_FILE = Path(__file__).resolve().parent / "bad_inputs" / "cases.yaml"
DEMO_ID = "2025-12-10-baikonur"
DEMO_DIR = Path("releases") / "2025" / DEMO_ID


def _cases() -> list[dict[str, Any]]:
    return list(YAML(typ="safe").load(CASES_FILE.read_text(encoding="utf-8")))


CASES = _cases()


def make_project(root: Path) -> Path:
    """A scratch project: the demo release, the termbase and the brands (templates come from
    the toolkit)."""
    shutil.copytree(REPO / "releases", root / "releases")
    (root / "locales").mkdir(parents=True)
    shutil.copy(REPO / "locales" / "termbase.yaml", root / "locales" / "termbase.yaml")
    shutil.copytree(REPO / "templates" / "brands", root / "templates" / "brands")
    return root


def target(root: Path, name: str) -> Path:
    """`en.yaml` is in the demo release's folder; `/locales/termbase.yaml` is project-relative."""
    return root / name.lstrip("/") if name.startswith("/") else root / DEMO_DIR / name


def apply_patch(root: Path, patch: dict[str, Any]) -> None:
    """Apply one patch; a `replace` whose text is not there fails the case (no silent no-op)."""
    path = target(root, patch["file"])
    if "replace" in patch:
        old, new = patch["replace"]
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{patch['file']}: {old!r} is not in the file; the case is stale"
        path.write_text(text.replace(old, new, 1 if patch.get("once", True) else -1), encoding="utf-8")
    elif "write" in patch:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(patch["write"], encoding="utf-8")
    elif "write_hex" in patch:
        path.write_bytes(bytes.fromhex(patch["write_hex"]))
    elif "prepend_hex" in patch:
        path.write_bytes(bytes.fromhex(patch["prepend_hex"]) + path.read_bytes())
    elif "encode" in patch:  # re-encode the file's text, e.g. as utf-16 or latin-1
        text = path.read_text(encoding="utf-8")
        path.write_bytes(text.encode(patch["encode"], errors="replace"))
    elif "random_bytes" in patch:
        seed, size = patch["random_bytes"]
        path.write_bytes(random.Random(seed).randbytes(size))
    elif "pad_to" in patch:  # a huge but otherwise well-formed file: comment lines appended
        data = path.read_bytes()
        line = b"# " + b"x" * 1021 + b"\n"
        path.write_bytes(data + line * ((patch["pad_to"] - len(data)) // len(line) + 1))
    elif "delete" in patch:
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    else:
        raise AssertionError(f"unknown patch {patch}")


def prepared(tmp_path: Path, case: dict[str, Any]) -> tuple[Path, Path, list[str]]:
    """(project root, output folder, press arguments) for *case*, its patches applied."""
    root = make_project(tmp_path / "project")
    for patch in case.get("patch", []):
        apply_patch(root, patch)
    out = tmp_path / "out"
    args = [a.replace("{root}", str(root)) for a in case.get("args", ["build", DEMO_ID])]
    project_args = [] if case.get("no_project") else ["--project", str(root)]
    out_args = ["--out", str(out)] if args[0] == "build" else []
    return root, out, [*project_args, *args, *out_args]


def sources(root: Path) -> dict[Path, bytes]:
    """Every file of the project's releases, to show that a refused command changed none."""
    folder = root / "releases"
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()} if folder.exists() else {}


def expected(case: dict[str, Any]) -> list[str]:
    return [case["expect"]] if isinstance(case["expect"], str) else list(case["expect"])


def assert_refused(case: dict[str, Any], code: int, output: str, out: Path,
                   before: dict[Path, bytes], after: dict[Path, bytes]) -> None:
    assert code == 2, f"exit status {code}, expected 2\n{output}"
    assert "Traceback" not in output, output
    for message in expected(case):
        assert message in output, f"expected {message!r} in:\n{output}"
    written = [p for p in out.rglob("*") if p.is_file()] if out.exists() else []
    assert written == [], f"partial output: {written}"
    assert after == before, "a refused command changed the release's files"


def test_the_corpus_is_large_and_every_case_names_its_message() -> None:
    names = [case["name"] for case in CASES]
    assert len([case for case in CASES if not case.get("known_gap")]) >= 40
    assert len(set(names)) == len(names)
    assert all(case.get("expect") and case.get("why") for case in CASES)


def _params(cases: list[dict[str, Any]]) -> list[Any]:
    """One parameter per case; a known gap is a strict xfail, so fixing it forces an update."""
    return [pytest.param(case, id=case["name"],
                         marks=[pytest.mark.xfail(strict=True, reason=case["known_gap"])]
                         if case.get("known_gap") else [])
            for case in cases]


@pytest.mark.parametrize("case", _params(CASES))
def test_bad_input_is_refused_clearly(case: dict[str, Any], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    root, out, argv = prepared(tmp_path, case)
    monkeypatch.chdir(root if not case.get("no_project") else tmp_path)
    before = sources(root)
    code = 0
    try:
        main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    captured = capsys.readouterr()
    assert_refused(case, code, captured.out + captured.err, out, before, sources(root))


SUBPROCESS_CASES = [case for case in CASES if case.get("subprocess")]


@pytest.mark.parametrize("case", _params(SUBPROCESS_CASES))
def test_bad_input_in_a_real_press_process(case: dict[str, Any], tmp_path: Path) -> None:
    root, out, argv = prepared(tmp_path, case)
    before = sources(root)
    done = subprocess.run([sys.executable, "-m", "press", *argv], capture_output=True, text=True,
                          cwd=root if not case.get("no_project") else tmp_path, timeout=120)
    assert_refused(case, done.returncode, done.stdout + done.stderr, out, before, sources(root))
