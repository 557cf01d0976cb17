"""press new and press import: scaffolding, Word/HTML/text drafts, alignment, proposals."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from conftest import run_press as run
from draft_fixtures import RU_LIST, RU_PARAGRAPHS, RU_SUBTITLE, RU_TITLE, russian_draft

from press.model import Status
from press.project import Project

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def empty_project(tmp_path: Path) -> Project:
    root = tmp_path / "office"
    (root / "releases").mkdir(parents=True)
    (root / "locales").mkdir()
    shutil.copy(REPO / "locales" / "termbase.yaml", root / "locales" / "termbase.yaml")
    return Project(root)


def test_new_scaffolds_a_loadable_release_without_prompting(empty_project: Project) -> None:
    assert run(empty_project, "new", "astana-forum", "--date", "2026-03-02", "--source-lang", "ru") == 0
    folder = empty_project.releases_dir / "2026" / "2026-03-02-astana-forum"
    text = (folder / "release.yaml").read_text(encoding="utf-8")
    assert "locales/termbase.yaml" in text  # the shared termbase is named for the officer
    release = empty_project.load(folder)
    assert release.meta.source_lang == "ru" and release.meta.target_langs == ["en", "kk"]
    assert release.meta.dateline == "astana" and release.meta.brand == "mfa-kz"
    assert all(not v.segments for v in release.versions.values())


def test_new_refuses_a_bad_slug_an_unknown_brand_and_a_duplicate(empty_project: Project,
                                                                  capsys: pytest.CaptureFixture) -> None:
    assert run(empty_project, "new", "Astana Forum") == 2
    assert "astana-forum" in capsys.readouterr().err
    assert run(empty_project, "new", "forum", "--brand", "mfa-kx") == 2
    assert 'did you mean "mfa-kz"' in capsys.readouterr().err
    assert run(empty_project, "new", "forum", "--date", "2026-03-02") == 0
    assert run(empty_project, "new", "forum", "--date", "2026-03-02") == 2
    assert "already exists" in capsys.readouterr().err


def test_russian_word_draft_becomes_a_release(empty_project: Project, tmp_path: Path) -> None:
    draft = russian_draft(tmp_path / "Байконур пресс-релиз.docx")
    assert run(empty_project, "import", str(draft), "--lang", "ru", "--slug", "baikonur") == 0
    # the dateline line of the draft gave the date and the place
    folder = empty_project.releases_dir / "2025" / "2025-12-10-baikonur"
    release = empty_project.load(folder)
    assert release.meta.date == dt.date(2025, 12, 10) and release.meta.dateline == "astana"
    ru = release.versions["ru"].segments
    assert ru["title"].text == RU_TITLE and ru["subtitle"].text == RU_SUBTITLE
    assert ru["p1"].text.startswith("**27 ноября** со стартовой")  # bold kept as Markdown
    link = "[сайте министерства](https://www.gov.kz/memleket/entities/mfa)"
    assert f"*Подробности* — на {link}." in ru["p2"].text
    assert (ru["p3"].kind, ru["p3"].text) == ("h2", "Итоги миссии")
    assert [(ru[s].kind, ru[s].text) for s in ("p4", "p5")] == [("li", t) for t in RU_LIST]
    assert ru["p7"].text == "27 ноября — Старт «Союз МС-28»" and "table" in (ru["p7"].note or "")
    assert len(ru) == 10  # title, subtitle, 2 paragraphs, heading, 2 items, 3 table rows
    text = (folder / "release.yaml").read_text(encoding="utf-8")
    # names go into the register with their other forms unconfirmed; facts are comments
    assert release.facts == {} and release.entities["sergey-kud-sverchkov"].unconfirmed == ["en", "kk"]
    assert "#       date: 2025-11-27" in text and "#       year: 1955" in text  # 70-летие in 2025
    assert "#       value: 245" in text


def _en_release(project: Project, tmp_path: Path) -> Project:
    """A release with the demo's English text as source, imported from plain text."""
    demo = project.load(project.release_folders(["2025-12-10-baikonur"])[0])
    draft = tmp_path / "baikonur.txt"
    draft.write_text("\n\n".join(s.text for s in demo.source.segments.values()), encoding="utf-8")
    assert run(project, "import", str(draft), "--lang", "en", "--slug", "en-draft",
               "--date", "2025-12-10") == 0
    return project


def test_translation_aligns_by_what_paragraphs_state(scratch_project: Project, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture) -> None:
    """A Russian translation with one paragraph dropped and one added: the rest aligns."""
    import docx

    project = _en_release(scratch_project, tmp_path)
    demo = project.load(project.release_folders(["2025-12-10-baikonur"])[0])
    ru = demo.versions["ru"]
    document = docx.Document()
    document.add_heading(ru.text("title"), level=1)
    for segment in ru.body:
        if segment.id == "p4":
            continue
        document.add_paragraph(segment.text)
        if segment.id == "p5":
            document.add_paragraph("Пресс-служба благодарит партнёров за помощь в подготовке материала.")
    document.save(str(tmp_path / "ru.docx"))
    capsys.readouterr()
    assert run(project, "import", str(tmp_path / "ru.docx"), "--lang", "ru",
               "--release", "2025-12-10-en-draft") == 0
    err = capsys.readouterr().err
    release = project.load(project.release_folders(["2025-12-10-en-draft"])[0])
    got = release.versions["ru"].segments
    assert set(got) == {"title", "p1", "p2", "p3", "p5", "p6", "p7", "p8"}
    assert all(got[s].text == ru.text(s) and got[s].status is Status.TRANSLATED for s in got)
    assert not release.is_stale("ru", "p3")
    assert "p4: no paragraph of the draft matches it" in err
    assert "draft paragraph not imported: Пресс-служба благодарит" in err


def test_approved_translations_are_never_overwritten(scratch_project: Project, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture) -> None:
    folder = scratch_project.release_folders(["2025-12-10-baikonur"])[0]
    before = (folder / "kk.yaml").read_bytes()
    draft = tmp_path / "kk.txt"
    draft.write_text("Жаңа тақырып\n\nБұл мәтін бекітілген аударманы алмастырмауы тиіс.", encoding="utf-8")
    assert run(scratch_project, "import", str(draft), "--lang", "kk", "--release", folder.name) == 0
    assert "kept (reviewed or approved, not overwritten): title" in capsys.readouterr().err
    assert scratch_project.load(folder).versions["kk"].text("title").startswith("Байқоңыр")
    assert (folder / "kk.yaml").read_bytes().startswith(before[:40])


def test_html_draft_is_sanitised(empty_project: Project, tmp_path: Path) -> None:
    draft = tmp_path / "agency.html"
    draft.write_text(
        "<html><head><title>ignored</title><script>alert(1)</script></head><body>"
        "<h1>Kazakhstan hosts <i>the</i> forum</h1><p class='subtitle'>Astana, spring</p>"
        "<p onclick='x()'>Delegations from <b>40</b> countries <a href='javascript:alert(1)'>met</a> "
        "in <a href='https://astana.gov.kz/'>Astana</a>.<style>p{}</style></p>"
        "<ul><li>First *item*</li><li>Second</li></ul></body></html>", encoding="utf-8")
    assert run(empty_project, "import", str(draft), "--lang", "en", "--slug", "forum",
               "--date", "2026-04-01") == 0
    release = empty_project.load(empty_project.release_folders(["2026-04-01-forum"])[0])
    en = release.versions["en"].segments
    assert en["title"].text == "Kazakhstan hosts *the* forum"
    assert en["subtitle"].text == "Astana, spring"
    assert en["p1"].text == "Delegations from **40** countries met in [Astana](https://astana.gov.kz/)."
    assert [en["p2"].text, en["p2"].kind] == [r"First \*item\*", "li"]
    assert "alert" not in (release.folder / "en.yaml").read_text(encoding="utf-8")


def test_bad_drafts_are_refused_with_the_file_named(empty_project: Project, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture) -> None:
    fake = tmp_path / "draft.docx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    assert run(empty_project, "import", str(fake), "--lang", "ru") == 2
    assert f"{fake}: " in capsys.readouterr().err
    latin1 = tmp_path / "draft.txt"
    latin1.write_bytes("Заголовок\n\nТекст.".encode("cp1251"))
    assert run(empty_project, "import", str(latin1), "--lang", "ru") == 2
    assert "not UTF-8" in capsys.readouterr().err
    assert run(empty_project, "import", str(fake), "--lang", "ru", "--release", "nope") == 2
    assert not list(empty_project.releases_dir.rglob("release.yaml"))  # nothing half-made


def test_first_russian_paragraph_keeps_its_bold_date(tmp_path: Path) -> None:
    from press.draft.readers import read_draft

    blocks = read_draft(russian_draft(tmp_path / "d.docx"))
    assert [b.kind for b in blocks[:3]] == ["title", "subtitle", "p"]
    assert blocks[3].text.startswith("**27 ноября**") and RU_PARAGRAPHS[1] in blocks[4].text
