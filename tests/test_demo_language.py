"""The demo's Kazakh and Russian outputs read back as a ministry reader would get them.

An embargoed copy of the demo is built once (HTML, PDF, DOCX in kk and ru) and read with real
readers (lxml, poppler's pdftotext, python-docx): no English word except proper names and the
web address, the ministry's name in one official form per language, the embargo sentence in
each language's grammar, page numbers and tags in each language's form and order.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from lxml import html as lxml_html

from press.project import Project
from tests.conftest import DEMO_ID, REPO, press_process, shared_folder, tool

LANGS = ("kk", "ru")
ALLOWED_LATIN = {"NASA", "Artemis", "PDF", "DOCX", "English", "press", "mfa", "kz", "gov", "www", "https",
                 "memleket", "entities", "lang", "ru", "kk", "en"}
"""Proper names written in Latin letters in both versions, format names, English's own name in the
language switcher, the web and mail addresses."""
MINISTRY = {"kk": "Қазақстан Республикасы Сыртқы істер министрлігі",
            "ru": "Министерство иностранных дел Республики Казахстан"}
EMBARGO = {"kk": "Эмбарго: 2999 жылғы 1 қаңтар, Астана уақытымен сағат 10:00-ге дейін",
           "ru": "Эмбарго до 1 января 2999 года, 10:00 по времени Астаны"}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The embargoed copy built once per run, shared by the xdist workers (read-only)."""
    return shared_folder(tmp_path_factory, "embargoed-demo", _build_embargoed) / "dist" / DEMO_ID


def _build_embargoed(folder: Path) -> None:
    root = folder / "project"
    shutil.copytree(REPO / "releases", root / "releases")
    (root / "locales").mkdir()
    shutil.copy(REPO / "locales" / "termbase.yaml", root / "locales" / "termbase.yaml")
    release = Project(root).releases_dir / "2025" / DEMO_ID / "release.yaml"
    text = release.read_text(encoding="utf-8")
    release.write_text(text.replace("brand: mfa-kz", "brand: mfa-kz\nembargo: 2999-01-01T10:00:00+05:00"),
                       encoding="utf-8")
    out = root.parent / "dist"
    result = press_process(root, "build", DEMO_ID, "--lang", "kk,ru", "--out", str(out))  # in this process
    assert result.returncode == 0, result.stderr


def _html_text(path: Path) -> str:
    """Everything a reader or a machine reads on the page: text, title, meta, JSON-LD, ARIA labels."""
    page = lxml_html.parse(str(path)).getroot()
    data = [json.loads(script) for script in page.xpath("//script[@type='application/ld+json']/text()")]
    for element in page.xpath("//style | //script"):
        element.drop_tree()  # CSS (its @page strings are checked on the PDF) and JSON-LD (below)
    values = [page.text_content()]
    values += page.xpath("//meta[@name='description' or @name='keywords' or @property='og:title'"
                         " or @property='og:description' or @property='og:site_name']/@content")
    values += page.xpath("//@aria-label | //@title | //@alt")
    values += [text for item in data for text in _json_text(item)]
    return " ".join(values)


def _json_text(value: object, key: str = "") -> list[str]:
    """The text values of JSON-LD (schema.org's own vocabulary, dates and URLs are not text)."""
    if isinstance(value, dict):
        return [t for k, v in value.items() if not k.startswith("@") for t in _json_text(v, k)]
    if isinstance(value, list):
        return [t for v in value for t in _json_text(v, key)]
    skip = key in ("url", "inLanguage") or key.startswith("date")
    return [] if skip or not isinstance(value, str) else [value]


def _pdf_text(path: Path) -> str:
    command = [tool("pdftotext"), "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.footer, section.first_page_footer):
            parts += [p.text for p in part.paragraphs]
            parts += [cell.text for table in part.tables for row in table.rows for cell in row.cells]
    props = document.core_properties
    parts += [props.title, props.subject, props.keywords, props.author, props.comments]
    return "\n".join(part for part in parts if part)


READERS = {"html": _html_text, "pdf": _pdf_text, "docx": _docx_text}


def _plain(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("fmt", sorted(READERS))
@pytest.mark.parametrize("lang", LANGS)
def test_no_english_but_names_and_the_address(outputs: Path, lang: str, fmt: str) -> None:
    text = READERS[fmt](outputs / f"{lang}.{fmt}")
    latin = {word for word in re.findall(r"[A-Za-z]+", text)} - ALLOWED_LATIN
    assert latin == set()


@pytest.mark.parametrize("fmt", sorted(READERS))
@pytest.mark.parametrize("lang", LANGS)
def test_one_form_of_the_ministry_name(outputs: Path, lang: str, fmt: str) -> None:
    text = _plain(READERS[fmt](outputs / f"{lang}.{fmt}"))
    stem = {"kk": "Сыртқы істер министрліг", "ru": "иностранных дел"}[lang]
    official = MINISTRY[lang][: MINISTRY[lang].index(stem) + len(stem)]
    if lang == "ru":
        official = "иностранных дел Республики Казахстан"
    assert text.count(stem) >= 2  # letterhead and signature at least
    assert text.count(stem) == text.count(official), text
    assert "Республикасының Сыртқы" not in text


@pytest.mark.parametrize("fmt", sorted(READERS))
@pytest.mark.parametrize("lang", LANGS)
def test_embargo_sentence_is_grammatical(outputs: Path, lang: str, fmt: str) -> None:
    assert EMBARGO[lang] in _plain(READERS[fmt](outputs / f"{lang}.{fmt}"))


def test_page_numbers_and_tags_in_each_language(outputs: Path) -> None:
    assert re.search(r"\b1-бет / 2\b", _plain(_pdf_text(outputs / "kk.pdf")))
    assert re.search(r"Страница 1 из 2", _plain(_pdf_text(outputs / "ru.pdf")))
    assert "Бет " not in _pdf_text(outputs / "kk.pdf")
    pages = {lang: lxml_html.parse(str(outputs / f"{lang}.html")) for lang in LANGS}
    keywords = {lang: page.xpath("//meta[@name='keywords']/@content")[0] for lang, page in pages.items()}
    assert keywords == {"kk": "Байқоңыр, Ғарыш, Халықаралық ынтымақтастық",
                        "ru": "Байконур, Космос, Международное сотрудничество"}
    assert docx.Document(str(outputs / "kk.docx")).core_properties.keywords == keywords["kk"]


def test_description_is_cut_at_a_word(outputs: Path) -> None:
    for lang in LANGS:
        page = lxml_html.parse(str(outputs / f"{lang}.html"))
        description = page.xpath("//meta[@name='description']/@content")[0]
        body = page.xpath("//main//p[@id='p1']")[0].text_content()
        assert description.endswith("…")
        assert body.startswith(description[:-1])
        assert body[len(description) - 1] == " "  # the cut falls between words


def test_russian_is_written_with_e_as_gov_kz_does(outputs: Path) -> None:
    for fmt in READERS:
        assert "ё" not in READERS[fmt](outputs / f"ru.{fmt}").lower()


@pytest.mark.parametrize("lang", LANGS)
def test_embargo_line_on_every_page(outputs: Path, lang: str) -> None:
    """The embargo is on each PDF page (a page margin box) and in both Word headers, with no
    DRAFT mark: an embargoed release is finished, not a draft."""
    from pypdf import PdfReader

    pages = len(PdfReader(outputs / f"{lang}.pdf").pages)
    assert pages >= 2
    for number in range(1, pages + 1):
        command = [tool("pdftotext"), "-enc", "UTF-8", "-f", str(number), "-l", str(number),
                   str(outputs / f"{lang}.pdf"), "-"]
        text = _plain(subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout)
        assert EMBARGO[lang] in text, number
        assert not re.search(r"ЖОБА|ПРОЕКТ", text)
    section = docx.Document(str(outputs / f"{lang}.docx")).sections[0]
    for header in (section.first_page_header, section.header):
        assert [p.style.name for p in header.paragraphs if EMBARGO[lang] in _plain(p.text)] == ["Embargo"]


def test_kazakh_pdf_is_hyphenated_at_syllables(outputs: Path) -> None:
    """The Kazakh body is justified with hyphenation like ru/en: lines end in a hyphen, every
    word broken there breaks where press's Kazakh patterns allow, and none is a name."""
    import pyphen

    from press.render.pdf import HYPHENATION

    lines = [line.strip() for line in _pdf_text(outputs / "kk.pdf").splitlines()]
    broken = [(line.split()[-1][:-1], lines[i + 1].split()[0]) for i, line in enumerate(lines[:-1])
              if line.endswith("\u2010") and lines[i + 1]]
    assert len(broken) >= 5
    dictionary = pyphen.Pyphen(filename=str(HYPHENATION["kk"]))
    for head, tail in broken:
        word = (head + tail).strip(".,;:»)")
        assert len(head) in dictionary.positions(word), (head, tail)
        # names and hyphenated compounds are never hyphenated (Байқо‐ңыр, Кудь-Свер‐чков)
        assert word[0].islower() and "-" not in word, (head, tail)
