"""A national office named without its country is the home country's (realnews30: "said the
Kazakh chief medical office" where Russian says «добавила главный государственный санитарный
врач»): the version does not leave Kazakhstan out. A version that names no home office and no
home word still lacks it. Through `press check --text` in a folder of no project, as real news
is checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from press.cli import cli

_EN = "About 80% of cases are among the unvaccinated, said the Kazakh chief sanitary doctor."


def _missing(tmp_path: Path, ru: str) -> list[str]:
    (tmp_path / "en.txt").write_text(_EN, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(ru, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--project", str(tmp_path), "check",
                                      "--text", f"en={tmp_path / 'en.txt'}",
                                      "--text", f"ru={tmp_path / 'ru.txt'}",
                                      "--date", "2025-11-19", "--format", "json"])
    return [f["excerpt"] for f in json.loads(result.stdout)["findings"] if f["rule"] == "names.missing"]


@pytest.mark.parametrize("ru", ["Около 80% случаев приходится на непривитых, добавила главный "
                                "государственный санитарный врач.",
                                "Около 80% случаев приходится на непривитых, сообщили в Национальном банке."])
def test_a_home_office_says_the_country(tmp_path: Path, ru: str) -> None:
    assert _missing(tmp_path, ru) == []


def test_no_home_office_still_lacks_it(tmp_path: Path) -> None:
    assert _missing(tmp_path, "Около 80% случаев приходится на непривитых, добавила врач.") == ["Kazakh"]
