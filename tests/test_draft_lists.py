"""press import keeps bulleted and numbered lists and quotes apart, in Word, HTML and text drafts,
and a Russian Word draft with a heading, both lists and a quote builds to real <ul>/<ol>."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import run_press as run
from lxml import html as lxml_html

from press.draft.readers import read_draft
from press.project import Project

REPO = Path(__file__).resolve().parent.parent
BULLETS = ["экономическая дипломатия", "региональное сотрудничество"]
NUMBERS = ["консультации с партнерами", "подведение итогов"]
QUOTE = "Наши двери открыты для каждого партнера."


def empty_office(root: Path) -> Project:
    """A project with no release yet: the termbase only."""
    (root / "releases").mkdir(parents=True)
    (root / "locales").mkdir()
    shutil.copy(REPO / "locales" / "termbase.yaml", root / "locales" / "termbase.yaml")
    return Project(root)


def word_draft(path: Path, numbered_by_numpr: bool = False) -> Path:
    """A Russian Word draft: title, paragraph, heading, List Bullet, List Number, Quote.

    With *numbered_by_numpr* the numbered items are Normal paragraphs carrying the numbering
    of the template's List Number (as Word writes a list typed with its toolbar button).
    """
    import docx

    document = docx.Document()
    document.add_paragraph("Министерство определило свои приоритеты", style="Title")
    document.add_paragraph("Астана, 15 января 2026 года. Министерство опубликовало приоритеты.")
    document.add_paragraph("Приоритеты", style="Heading 2")
    for item in BULLETS:
        document.add_paragraph(item, style="List Bullet")
    for item in NUMBERS:
        paragraph = document.add_paragraph(item, style="Normal" if numbered_by_numpr else "List Number")
        if numbered_by_numpr:
            num_id = document.styles["List Number"].element.pPr.numPr.numId.val
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = num_id
    document.add_paragraph(QUOTE, style="Quote")
    document.save(str(path))
    return path


def kinds(path: Path) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in read_draft(path)]


def expected() -> list[tuple[str, str]]:
    return [*(("li", t) for t in BULLETS), *(("ol", t) for t in NUMBERS), ("quote", QUOTE)]


def test_word_list_styles_and_numbering_are_told_apart(tmp_path: Path) -> None:
    assert kinds(word_draft(tmp_path / "styles.docx"))[3:] == expected()
    assert kinds(word_draft(tmp_path / "numpr.docx", numbered_by_numpr=True))[3:] == expected()


def test_html_and_text_lists(tmp_path: Path) -> None:
    page = tmp_path / "draft.html"
    page.write_text(
        "<h1>Заголовок</h1><p>Текст.</p><ul>" + "".join(f"<li>{t}</li>" for t in BULLETS) + "</ul><ol>"
        + "".join(f"<li>{t}</li>" for t in NUMBERS) + f"</ol><blockquote>{QUOTE}</blockquote>",
        encoding="utf-8")
    assert kinds(page)[2:] == expected()
    text = tmp_path / "draft.txt"
    text.write_text("Заголовок\n\nТекст.\n\n" + "\n".join(f"- {t}" for t in BULLETS) + "\n\n"
                    + "\n".join(f"{n}. {t}" for n, t in enumerate(NUMBERS, 1)) + "\n", encoding="utf-8")
    assert kinds(text)[2:] == expected()[:-1]


def test_imported_word_draft_builds_real_lists(tmp_path: Path) -> None:
    project = empty_office(tmp_path / "office")
    draft = word_draft(tmp_path / "draft.docx", numbered_by_numpr=True)
    assert run(project, "import", str(draft), "--lang", "ru", "--slug", "priorities",
               "--date", "2026-01-15") == 0
    out = tmp_path / "dist"
    assert run(project, "build", "2026-01-15-priorities", "--lang", "ru", "--format", "html",
               "--out", str(out), "--jobs", "1") == 0
    page = lxml_html.parse(str(out / "2026-01-15-priorities" / "ru.html")).getroot()
    body = page.xpath("//article/div[@class='body']")[0]
    assert [li.text_content() for li in body.xpath("ul/li")] == BULLETS
    assert [li.text_content() for li in body.xpath("ol/li")] == NUMBERS
    assert [p.text_content() for p in body.xpath("blockquote/p")] == [QUOTE]
    assert [h.text_content() for h in body.xpath("h2")] == ["Приоритеты"]
