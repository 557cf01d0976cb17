"""Publication per release × language: a checker error in the Kazakh version holds Kazakh alone
(build writes final ru and en, a DRAFT kk; the archive publishes ru and en), and a release with
no title or no body is never final and never archived."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import docx
import pytest
from lxml import html as lxml_html

from press.model import Publication, attribute_errors
from press.project import Project
from tests.conftest import DEMO_ID, press_process, run_press

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _plant_kazakh_error(project: Project) -> None:
    """The MS-27 crew's 245 days in orbit become 254 in the Kazakh version only."""
    path = project.releases_dir / "2025" / DEMO_ID / "kk.yaml"
    text = path.read_text(encoding="utf-8")
    assert "орбитада 245 күн" in text
    path.write_text(text.replace("орбитада 245 күн", "орбитада 254 күн"), encoding="utf-8")


def _build(project: Project, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return press_process(project.root, "build", *args, "--out", str(out))


def _is_draft(page: Path) -> bool:
    root = lxml_html.parse(str(page)).getroot()
    return "draft" in (root.find("body").get("class") or "") or bool(root.xpath("//meta[@name='robots']"))


def test_errors_count_against_the_languages_they_name() -> None:
    counts = attribute_errors([["kk"], ["kk"], ["ru"], ["en", "kk"], []], ["en", "kk", "ru"], "en")
    assert counts == {"en": 2, "kk": 4, "ru": 3}  # the source or no language named: every language
    rule = Publication({"en": True, "kk": True, "ru": True}, checker_errors={"kk": 2})
    assert rule.published_langs(NOW) == ["en", "ru"] and rule.held("kk") and not rule.refused
    assert rule.draft("kk", NOW) and not rule.published(NOW) and rule.published(NOW, "ru")
    forced = Publication({"en": True, "kk": True, "ru": True}, checker_errors={"kk": 2}, forced=True)
    assert forced.published(NOW) and forced.marked_forced("kk") and not forced.marked_forced("en")


def test_a_release_without_title_or_body_is_never_final(demo) -> None:
    import copy

    untitled = copy.deepcopy(demo)
    for version in untitled.versions.values():
        version.segments["title"].text = ""
    assert Publication.of(untitled, force=True).published_langs(NOW) == []
    bodiless = copy.deepcopy(demo)
    for version in bodiless.versions.values():
        for segment in version.body:
            del version.segments[segment.id]
    assert Publication.of(bodiless).published_langs(NOW) == []
    assert Publication.of(demo).published_langs(NOW) == ["en", "kk", "ru"]


def test_a_kazakh_error_holds_kazakh_alone_in_build(scratch_project: Project, tmp_path: Path) -> None:
    _plant_kazakh_error(scratch_project)
    result = _build(scratch_project, tmp_path, DEMO_ID, "--format", "html")
    assert result.returncode == 1  # something was held back: scripts notice
    summary = " ".join(result.stderr.split())
    assert f"held {DEMO_ID}/kk: held as a DRAFT" in summary
    assert f"as DRAFT ({DEMO_ID}/kk held by checker errors); final: {DEMO_ID}/en, {DEMO_ID}/ru." in summary
    folder = tmp_path / DEMO_ID
    assert _is_draft(folder / "kk.html")
    assert not _is_draft(folder / "en.html") and not _is_draft(folder / "ru.html")
    forced = _build(scratch_project, tmp_path / "forced", DEMO_ID, "--format", "html,docx", "--force")
    assert forced.returncode == 0, forced.stderr
    assert f"published with --force, marked on every page: {DEMO_ID}/kk" in " ".join(forced.stderr.split())
    pages = {lang: lxml_html.parse(str(tmp_path / "forced" / DEMO_ID / f"{lang}.html")).getroot()
             for lang in ("en", "kk", "ru")}
    assert [lang for lang, page in pages.items() if page.xpath("//meta[@name='press:forced']")] == ["kk"]
    assert not any(_is_draft(tmp_path / "forced" / DEMO_ID / f"{lang}.html") for lang in pages)
    mark = "Тексеру қателері түзетілмей жарияланды"  # the brand's forced_mark, visible on the page
    assert {lang: [p.text_content() for p in page.xpath("//p[@class='forced-mark']")]
            for lang, page in pages.items()} == {"en": [], "kk": [mark], "ru": []}
    section = docx.Document(str(tmp_path / "forced" / DEMO_ID / "kk.docx")).sections[0]
    assert all(mark in [p.text for p in header.paragraphs]
               for header in (section.first_page_header, section.header))


def test_a_kazakh_error_keeps_kazakh_out_of_the_archive(scratch_project: Project, tmp_path: Path) -> None:
    from press.archive.export import export

    _plant_kazakh_error(scratch_project)
    result = export(scratch_project, tmp_path / "out", jobs=1, now=NOW)
    assert not result.errors and result.unpublished == []
    site = tmp_path / "out"
    folder = next(site.rglob(DEMO_ID))
    assert sorted(p.name for p in folder.iterdir() if p.stem in ("en", "kk", "ru")) == sorted(
        f"{lang}.{fmt}" for lang in ("en", "ru") for fmt in ("html", "pdf", "docx"))
    manifest = json.loads((site / "releases.json").read_text(encoding="utf-8"))
    assert [r["languages"] for r in manifest["releases"]] == [["en", "ru"]]
    page = lxml_html.parse(str(folder / "ru.html")).getroot()
    assert not page.xpath("//a[@hreflang='kk'] | //link[@hreflang='kk']")
    listed = {p.relative_to(site).as_posix() for p in site.rglob("*.html") if DEMO_ID in p.read_text("utf-8")}
    assert not any(path.startswith("kk/") or "/kk/" in path or path.endswith("kk.html") for path in listed)


def test_an_empty_release_is_a_draft_and_not_archived(tmp_path: Path) -> None:
    from press.archive.export import export
    from tests.test_draft_lists import empty_office

    project = empty_office(tmp_path / "office")
    assert run_press(project, "new", "empty", "--date", "2026-03-02") == 0
    result = _build(project, tmp_path / "dist", "2026-03-02-empty", "--format", "html")
    assert result.returncode == 0, result.stderr
    assert "3 as DRAFT" in " ".join(result.stderr.split())
    assert _is_draft(tmp_path / "dist" / "2026-03-02-empty" / "en.html")
    archived = export(project, tmp_path / "out", jobs=1, now=NOW)
    assert archived.unpublished == ["2026-03-02-empty"] and archived.published == []


@pytest.mark.parametrize("planted", ["kk"])
def test_preview_states_per_language(scratch_project: Project, planted: str) -> None:
    from press.check import check_release
    from press.preview.page import publication_states

    _plant_kazakh_error(scratch_project)
    release = scratch_project.load_all([DEMO_ID])[0]
    errors = [f.langs for f in check_release(release).findings if f.severity == "error"]
    states = publication_states(Publication.of(release, errors), release.meta.langs, NOW)
    assert states[planted].startswith("held:") and states["en"] == states["ru"] == "all segments approved"
