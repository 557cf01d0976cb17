"""Publication policy on the outputs: DRAFT marks, embargo, corrections in every language."""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx
from lxml import html as lxml_html
from pypdf import PdfReader

from press.project import Project
from press.source import save_version
from tests.conftest import DEMO_ID, press_process


def _build(project: Project, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return press_process(project.root, "build", DEMO_ID, "--out", str(out), *args)


def _release_yaml(project: Project) -> Path:
    return project.releases_dir / "2025" / DEMO_ID / "release.yaml"


def test_stale_language_is_rendered_as_draft_on_every_page(scratch_project: Project, tmp_path: Path) -> None:
    release = scratch_project.load_all([DEMO_ID])[0]
    release.source.segments["p8"].text += " Further missions will follow."
    save_version(release, "en")
    result = _build(scratch_project, tmp_path, "--lang", "kk,en")
    assert result.returncode == 0, result.stderr
    assert "as DRAFT (2025-12-10-baikonur/kk)" in result.stderr
    reader = PdfReader(tmp_path / DEMO_ID / "kk.pdf")
    assert all("ЖОБА" in (page.extract_text() or "") for page in reader.pages)
    english = PdfReader(tmp_path / DEMO_ID / "en.pdf")
    assert not any("DRAFT" in (page.extract_text() or "") for page in english.pages)
    document = docx.Document(str(tmp_path / DEMO_ID / "kk.docx"))
    section = document.sections[0]
    for header in (section.first_page_header, section.header):
        assert any("ЖОБА" in p.text for p in header.paragraphs)
    page = lxml_html.parse(str(tmp_path / DEMO_ID / "kk.html")).getroot()
    assert page.xpath("//div[@class='draft-mark']")[0].text_content().startswith("ЖОБА")
    assert page.xpath("//meta[@name='robots']/@content") == ["noindex"]


def test_an_embargo_in_local_time_is_marked_then_published_at_its_time(scratch_project: Project,
                                                                         tmp_path: Path) -> None:
    """"2027-01-01 10:00" (no offset) is Astana time: before it every page says so (no DRAFT mark:
    the release is finished); at 10:00 Astana (05:00 UTC) the same source builds as final."""
    path = _release_yaml(scratch_project)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("brand: mfa-kz", "brand: mfa-kz\nembargo: 2027-01-01 10:00"),
                    encoding="utf-8")
    before = _build(scratch_project, tmp_path / "before", "--format", "html",
                    "--now", "2027-01-01T04:59+00:00")
    assert before.returncode == 0, before.stderr
    assert "under embargo (final, with the embargo line)" in " ".join(before.stderr.split())
    for lang, words in (("en", "Embargoed until 10:00 Astana time, 1 January 2027"),
                        ("ru", "Эмбарго до 1 января 2027 года, 10:00 по времени Астаны"),
                        ("kk", "Астана уақытымен сағат 10:00-ге дейін")):
        page = lxml_html.parse(str(tmp_path / "before" / DEMO_ID / f"{lang}.html"))
        assert not page.xpath("//div[@class='draft-mark']") and not page.xpath("//meta[@name='robots']")
        assert words in page.xpath("//p[@class='embargo']")[0].text_content()
    after = _build(scratch_project, tmp_path / "after", "--format", "html", "--now", "2027-01-01 10:00")
    assert after.returncode == 0, after.stderr
    for lang in ("en", "kk", "ru"):
        page = lxml_html.parse(str(tmp_path / "after" / DEMO_ID / f"{lang}.html"))
        assert not page.xpath("//*[@class='embargo' or @class='draft-mark']")


def test_corrections_are_shown_in_each_language(scratch_project: Project, tmp_path: Path) -> None:
    path = _release_yaml(scratch_project)
    correction = (
        "corrections:\n"
        "  - date: 2025-12-11\n"
        "    note:\n"
        "      en: The landing site was southeast of Zhezkazgan.\n"
        "      kk: Қону алаңы Жезқазғаннан оңтүстік-шығысқа қарай орналасқан.\n"
        "      ru: Место посадки находилось юго-восточнее Жезказгана.\n"
    )
    path.write_text(path.read_text(encoding="utf-8").replace("entities:\n", correction + "entities:\n", 1),
                    encoding="utf-8")
    result = _build(scratch_project, tmp_path)
    assert result.returncode == 0, result.stderr
    expected = {"en": "Corrected on 11 December 2025", "ru": "Исправлено 11 декабря 2025 года",
                "kk": "2025 жылғы 11 желтоқсанда түзетілді"}
    for lang, words in expected.items():
        pdf_text = " ".join((PdfReader(tmp_path / DEMO_ID / f"{lang}.pdf").pages[0].extract_text()).split())
        assert words in pdf_text
        document = docx.Document(str(tmp_path / DEMO_ID / f"{lang}.docx"))
        assert any(words in p.text for p in document.paragraphs)
        page = lxml_html.parse(str(tmp_path / DEMO_ID / f"{lang}.html")).getroot()
        assert words in page.xpath("//p[@class='correction']")[0].text_content()


def test_checker_errors_refuse_the_build_and_force_is_recorded(scratch_project: Project,
                                                               tmp_path: Path) -> None:
    release = scratch_project.load_all([DEMO_ID])[0]
    release.versions["ru"].segments["p3"].text = release.versions["ru"].segments["p3"].text.replace(
        "9 декабря", "19 декабря")
    save_version(release, "ru")
    refused = _build(scratch_project, tmp_path / "refused", "--format", "html")
    assert refused.returncode == 1
    assert "held" in refused.stderr and "p3" in refused.stderr
    # the Russian error holds Russian alone: written as a DRAFT, en and kk final
    held = lxml_html.parse(str(tmp_path / "refused" / DEMO_ID / "ru.html")).getroot()
    assert held.xpath("//meta[@name='robots']") and "draft" in held.find("body").get("class", "")
    final = lxml_html.parse(str(tmp_path / "refused" / DEMO_ID / "en.html")).getroot()
    assert not final.xpath("//meta[@name='robots']")
    forced = _build(scratch_project, tmp_path / "forced", "--format", "html,docx", "--force")
    assert forced.returncode == 0, forced.stderr
    page = lxml_html.parse(str(tmp_path / "forced" / DEMO_ID / "ru.html")).getroot()
    assert page.xpath("//meta[@name='press:forced']")
    assert "press:forced" in page.xpath("//meta[@name='keywords']/@content")[0]
    document = docx.Document(str(tmp_path / "forced" / DEMO_ID / "ru.docx"))
    assert "forced" in document.core_properties.comments
