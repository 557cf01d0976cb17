"""The loader reads every field into the model, and reports every problem with its own line.

Written against the mutants bench/mutation.py found surviving in press/source.py and
press/schema.py: fields read under a wrong name, problems reported at line 0, a loop that
stopped at the first bad entry instead of reporting them all.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from press.errors import SourceError
from press.model import Contact, Correction, Status
from press.project import Project
from press.source import load_version, save_version

DEMO = "2025-12-10-baikonur"
EXTRA = """
synthetic: true
embargo: 2026-06-01T12:00:00
contacts:
  - name: {en: Aidana Seitkali, kk: Айдана Сейтқали, ru: Айдана Сейткали}
    email: press@mfa.kz
    phone: "+7 7172 72 05 18"
corrections:
  - date: 2025-12-11
    note: {en: The landing date was corrected., kk: Қону күні түзетілді., ru: Исправлена дата посадки.}
"""


def _folder(project: Project) -> Path:
    return project.release_folders([DEMO])[0]


def _append(project: Project, name: str, text: str) -> None:
    path = _folder(project) / name
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _problems(project: Project) -> list[tuple[int, str | None, str]]:
    with pytest.raises(SourceError) as refused:
        project.load(_folder(project))
    return [(p.line, p.field, p.message) for p in refused.value.problems]


def _line(project: Project, name: str, text: str) -> int:
    lines = (_folder(project) / name).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if text in line)


def test_contacts_corrections_embargo_and_the_synthetic_mark_are_read(scratch_project: Project) -> None:
    assert scratch_project.load(_folder(scratch_project)).meta.embargo is None
    _append(scratch_project, "release.yaml", EXTRA)
    meta = scratch_project.load(_folder(scratch_project)).meta
    assert meta.synthetic is True
    assert meta.embargo == dt.datetime(2026, 6, 1, 7, 0, tzinfo=dt.UTC)  # 12:00 in Astana (UTC+5)
    names = {"en": "Aidana Seitkali", "kk": "Айдана Сейтқали", "ru": "Айдана Сейткали"}
    assert meta.contacts == [Contact(names, "press@mfa.kz", "+7 7172 72 05 18")]
    notes = {"en": "The landing date was corrected.", "kk": "Қону күні түзетілді.",
             "ru": "Исправлена дата посадки."}
    assert meta.corrections == [Correction(dt.date(2025, 12, 11), notes)]


def test_the_register_and_facts_keep_their_ids_and_lines(scratch_project: Project) -> None:
    release = scratch_project.load(_folder(scratch_project))
    founded = release.facts["baikonur-founded"]
    assert (founded.id, founded.kind, founded.year, founded.entities) == (
        "baikonur-founded", "founding", 1955, ["baikonur"])
    assert founded.line == _line(scratch_project, "release.yaml", "baikonur-founded:")
    assert release.facts["days-in-orbit"].value == 245 and release.facts["days-in-orbit"].unit == "day"
    kim = release.entities["jonny-kim"]
    assert kim.line == _line(scratch_project, "release.yaml", "jonny-kim:") and kim.origin == "release"


def test_a_segment_note_and_engine_are_read(scratch_project: Project) -> None:
    path = _folder(scratch_project) / "kk.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  p5:\n", "  p5:\n    note: Терминді тексеру.\n    engine: libre\n", 1),
                    encoding="utf-8")
    p5 = load_version(path, "kk", is_source=False).segments["p5"]
    assert (p5.note, p5.engine) == ("Терминді тексеру.", "libre")
    assert p5.line == _line(scratch_project, "kk.yaml", "  p5:")


def test_the_source_file_is_read_as_the_source(scratch_project: Project) -> None:
    """Source segments need no status: they count as approved; translations would not."""
    path = _folder(scratch_project) / "en.yaml"
    assert "status:" not in path.read_text(encoding="utf-8")
    release = scratch_project.load(_folder(scratch_project))
    assert {s.status for s in release.source.segments.values()} == {Status.APPROVED}


def test_every_bad_fact_is_reported_at_its_line(scratch_project: Project) -> None:
    path = _folder(scratch_project) / "release.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "facts:\n", "facts:\n  broken: not a mapping\n  founded-again:\n    kind: founding\n", 1)
    path.write_text(text, encoding="utf-8")
    problems = _problems(scratch_project)
    assert (_line(scratch_project, "release.yaml", "founded-again:"), "facts.founded-again.year",
            "missing (a founding needs a year)") in problems
    assert any(line == _line(scratch_project, "release.yaml", "broken:") for line, _, _ in problems)


def test_bad_contacts_and_corrections_are_reported_at_their_lines(scratch_project: Project) -> None:
    _append(scratch_project, "release.yaml", "contacts:\n  - just a name\ncorrections:\n  - 2025-12-11\n")
    problems = _problems(scratch_project)
    fields = {field: line for line, field, _ in problems}
    assert fields["contacts[0]"] == _line(scratch_project, "release.yaml", "- just a name")
    assert fields["corrections[0]"] == _line(scratch_project, "release.yaml", "- 2025-12-11")


def test_a_language_file_naming_another_language_is_reported_at_that_line(scratch_project: Project) -> None:
    path = _folder(scratch_project) / "kk.yaml"  # the wrong lang last, so its line is its own
    path.write_text(path.read_text(encoding="utf-8").replace("lang: kk\n", "", 1) + "lang: ru\n",
                    encoding="utf-8")
    with pytest.raises(SourceError) as refused:
        load_version(path, "kk", is_source=False)
    (problem,) = refused.value.problems
    assert (problem.line, problem.field) == (_line(scratch_project, "kk.yaml", "lang: ru"), "lang")


def test_every_bad_segment_is_reported_not_only_the_first(scratch_project: Project) -> None:
    path = _folder(scratch_project) / "kk.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  p2:\n", "  p2 x:\n", 1).replace("  p3:\n", "  p3 y:\n", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourceError) as refused:
        load_version(path, "kk", is_source=False)
    assert [p.field for p in refused.value.problems] == ["segments.p2 x", "segments.p3 y"]


def test_a_version_without_a_path_is_saved_in_the_release_folder(scratch_project: Project) -> None:
    release = scratch_project.load(_folder(scratch_project))
    release.versions["kk"].path = None
    release.versions["kk"].segments["p5"].text = "Жаңа мәтін."
    save_version(release, "kk")
    again = load_version(_folder(scratch_project) / "kk.yaml", "kk", is_source=False)
    assert again.segments["p5"].text == "Жаңа мәтін."


def test_type_errors_name_the_type_they_got(scratch_project: Project) -> None:
    _append(scratch_project, "release.yaml", "contacts: {name: x}\n")
    messages = [message for _, field, message in _problems(scratch_project) if field == "contacts"]
    assert messages and "expected a list, got a mapping" in messages[0]


@pytest.mark.parametrize(("credit", "expected"), [
    ("Press Office", {"en": "Press Office", "kk": "Press Office", "ru": "Press Office"}),
    ("{en: Press Office, kk: Баспасөз қызметі, ru: Пресс-служба}",
     {"en": "Press Office", "kk": "Баспасөз қызметі", "ru": "Пресс-служба"}),
])
def test_the_lead_photo_is_read_with_its_size_alt_caption_and_credit(scratch_project: Project, credit: str,
                                                                      expected: dict[str, str]) -> None:
    from PIL import Image

    Image.new("RGB", (64, 36), "#00AFCA").save(_folder(scratch_project) / "lead.png")
    _append(scratch_project, "release.yaml",
            "photo:\n  file: lead.png\n  alt: {en: A sky, kk: Аспан, ru: Небо}\n"
            f"  caption: {{kk: Байқоңыр}}\n  credit: {credit}\n")
    photo = scratch_project.load(_folder(scratch_project)).meta.photo
    assert (photo.file, photo.width, photo.height) == ("lead.png", 64, 36)
    assert photo.alt == {"en": "A sky", "kk": "Аспан", "ru": "Небо"} and photo.caption == {"kk": "Байқоңыр"}
    assert photo.credit == expected


def test_a_fact_keeps_what_it_is_about(scratch_project: Project) -> None:
    facts = scratch_project.load(_folder(scratch_project)).facts
    assert facts["launch-ms-28"].about == "Soyuz MS-28 lifts off from Site 31 of Baikonur"
    assert facts["landing-ms-27"].about == "the MS-27 crew lands southeast of Zhezkazgan"


@pytest.mark.parametrize(("date", "refused"), [("1979-12-31", True), ("1980-01-01", False),
                                               ("2107-12-31", False), ("2108-01-01", True)])
def test_a_publication_date_must_be_plausible(date: str, refused: bool) -> None:
    from press.schema import is_publication_date

    problem = is_publication_date(dt.date.fromisoformat(date))
    assert (problem == f"{date} is not a plausible date (1980–2107)") if refused else problem is None
