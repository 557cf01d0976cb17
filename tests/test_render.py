"""The demo release rendered, then opened with real readers: pypdf/poppler, python-docx,
LibreOffice, lxml and headless Chromium."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import html as lxml_html

from tests.conftest import REPO, tool

LANGS = ("en", "kk", "ru")
TITLES = {
    "en": "Baikonur remains at the heart of global human spaceflight",
    "kk": "Байқоңыр әлемдік басқарылатын ғарыш ұшуларының орталығы болып қала береді",
    "ru": "Байконур остается в центре мировой пилотируемой космонавтики",
}
DATELINES = {"en": "Astana, 10 December 2025", "kk": "Астана, 2025 жылғы 10 желтоқсан",
             "ru": "Астана, 10 декабря 2025 года"}


@pytest.fixture(scope="module")
def dist(demo_build: Path, demo_dist: Path) -> Path:
    """The demo built once per run by `press build` (conftest's shared `demo_build`)."""
    assert "Built 9 file(s)" in (demo_build / "stderr.txt").read_text(encoding="utf-8")
    return demo_dist


def test_nine_documents(dist: Path) -> None:
    names = sorted(p.name for p in dist.iterdir())
    assert names == sorted(f"{lang}.{ext}" for lang in LANGS for ext in ("html", "pdf", "docx"))


@pytest.mark.parametrize("lang", LANGS)
def test_pdf_text_fonts_and_pages(dist: Path, lang: str) -> None:
    from pypdf import PdfReader

    reader = PdfReader(dist / f"{lang}.pdf")
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    flat = " ".join(text.split())
    assert TITLES[lang] in flat
    assert DATELINES[lang] in flat
    pages = len(reader.pages)  # each language's own word order (kk "1-бет / 2", ru "Страница 1 из 2")
    assert {"en": f"Page 1 / {pages}", "kk": f"1-бет / {pages}", "ru": f"Страница 1 из {pages}"}[lang] in flat
    fonts = subprocess.run([tool("pdffonts"), str(dist / f"{lang}.pdf")], capture_output=True,
                           text=True, check=True).stdout.splitlines()[2:]
    assert fonts, "no fonts in the PDF"
    assert all(line.split()[-5] == "yes" for line in fonts), fonts  # the "emb" column


def test_kazakh_pdf_keeps_kazakh_letters(dist: Path) -> None:
    text = subprocess.run([tool("pdftotext"), str(dist / "kk.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    for word in ("Байқоңыр", "Жезқазған", "ұшуларының", "әлемдік"):
        assert word in text


def test_pdf_first_page_has_the_letterhead_colour(dist: Path, tmp_path: Path) -> None:
    from PIL import Image

    subprocess.run([tool("pdftoppm"), "-png", "-r", "40", "-f", "1", "-l", "1", "-singlefile",
                    str(dist / "kk.pdf"), str(tmp_path / "page")], check=True)
    image = Image.open(tmp_path / "page.png").convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20) or []
    sky_blue = sum(count for count, (r, g, b) in colours if r < 60 and 150 < g < 200 and b > 180)
    assert sky_blue > 50, "the sky-blue mark and rule of the letterhead are missing"


@pytest.mark.parametrize("lang", LANGS)
def test_docx_styles_header_and_language(dist: Path, lang: str) -> None:
    import docx

    document = docx.Document(str(dist / f"{lang}.docx"))
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Title" and paragraphs[0].text == TITLES[lang]
    assert paragraphs[1].style.name == "Dateline" and paragraphs[1].text == DATELINES[lang]
    assert {p.style.name for p in paragraphs} >= {"Title", "Dateline", "Normal", "Signature"}
    section = document.sections[0]
    assert section.different_first_page_header_footer
    header = section.first_page_header
    header_text = " ".join([p.text for p in header.paragraphs]
                           + [cell.text for table in header.tables for cell in table._cells])
    name = {"en": "Ministry of Foreign Affairs", "kk": "Сыртқы істер министрлігі",
            "ru": "Министерство иностранных дел"}[lang]
    assert name in header_text
    word_lang = {"en": "en-GB", "kk": "kk-KZ", "ru": "ru-RU"}[lang]
    xml = zipfile.ZipFile(dist / f"{lang}.docx").read("word/styles.xml").decode()
    assert f'w:val="{word_lang}"' in xml
    body = zipfile.ZipFile(dist / f"{lang}.docx").read("word/document.xml").decode()
    assert body.count(f'<w:lang w:val="{word_lang}"') > 5
    footer = zipfile.ZipFile(dist / f"{lang}.docx").read("word/footer1.xml").decode()
    assert "PAGE" in footer and "NUMPAGES" in footer


def test_word_styles_are_kept_between_runs_and_give_the_same_bytes(demo, repo_project, tmp_path: Path,
                                                                   monkeypatch) -> None:
    """The styled Word template and its style ids are derived once per brand, language and code,
    kept in the user's cache folder (press.usercache) and read back by the next process: the same
    Word files, and nothing derived again."""
    import press.render.docx as word
    from press.localise import localise
    from press.render import RenderOptions, render

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    options, brand = RenderOptions(repo_project.templates_dir), repo_project.brand(demo.meta.brand)

    def documents() -> dict[str, bytes]:
        word._styles.cache_clear()  # as in a new process
        return {lang: render(localise(demo, lang, brand, repo_project.locales_dir), "docx", options)
                for lang in LANGS}

    def derive(inputs: object) -> None:
        raise AssertionError(f"derived again: {inputs}")

    derived = documents()
    assert len(list((tmp_path / "press").glob("docx-styles-*.json"))) == len(LANGS)
    monkeypatch.setattr(word, "_derive_styles", derive)
    try:
        assert documents() == derived
        monkeypatch.setattr(word, "WORD_LANG", {**word.WORD_LANG, "kk": "kk-Latn-KZ"})  # the table changed
        with pytest.raises(AssertionError, match="derived again"):
            documents()
    finally:
        word._styles.cache_clear()


def test_libreoffice_opens_the_kazakh_docx(dist: Path, tmp_path: Path) -> None:
    office = tool("soffice", "libreoffice")
    subprocess.run([office, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(dist / "kk.docx")],
                   check=True, capture_output=True, timeout=240)
    text = subprocess.run([tool("pdftotext"), str(tmp_path / "kk.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert TITLES["kk"] in " ".join(text.split())
    assert "1-бет / 2" in text or "1-бет / 3" in text
    flat = " ".join(text.split()).casefold()  # the contacts block under its heading, as in the PDF
    assert "байланыс астана қаласы" in flat
    assert "электрондық пошта: press@mfa.kz · телефон: +7 7172 72 00 00" in flat
    office = "Қазақстан Республикасы Сыртқы істер министрлігінің баспасөз қызметі"
    assert _footer_gap(tmp_path / "kk.pdf", office) >= 14


def _footer_gap(pdf: Path, footer_first_line: str) -> float:
    """Points between the last body line of page 1 and the footer's first line, as LibreOffice
    laid them out (pdftotext -bbox-layout): the footer must not sit on the body's last line."""
    from lxml import etree

    xml = subprocess.run([tool("pdftotext"), "-bbox-layout", "-f", "1", "-l", "1", str(pdf), "-"],
                         capture_output=True, check=True).stdout
    lines = [(float(line.get("yMin")), float(line.get("yMax")),
              " ".join(word.text for word in line.iter("{*}word")))
             for line in etree.fromstring(xml).iter("{*}line")]
    top = min(y_min for y_min, _, words in lines if words == footer_first_line)
    return top - max(y_max for _, y_max, _ in lines if y_max <= top)


@pytest.mark.parametrize("lang", LANGS)
def test_html_semantics_alternates_and_json_ld(dist: Path, lang: str) -> None:
    page = lxml_html.parse(str(dist / f"{lang}.html")).getroot()
    assert page.get("lang") == lang
    alternates = {link.get("hreflang"): link.get("href")
                  for link in page.xpath("//link[@rel='alternate']")}
    assert alternates == {"en": "en.html", "kk": "kk.html", "ru": "ru.html", "x-default": "en.html"}
    data = json.loads(page.xpath("//script[@type='application/ld+json']")[0].text)
    assert data["@type"] == "NewsArticle" and data["headline"] == TITLES[lang]
    assert data["inLanguage"] == lang and data["datePublished"] == "2025-12-10"
    assert page.xpath("//meta[@property='og:title']/@content") == [TITLES[lang]]
    assert page.xpath("//h1")[0].text_content() == TITLES[lang]
    switcher = page.xpath("//nav[@class='languages']//a/@hreflang")
    assert sorted(switcher) == sorted(other for other in LANGS if other != lang)
    assert len(page.xpath("//article//div[@class='body']/p")) == 8


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_english_left_in_translations(dist: Path, lang: str) -> None:
    page = lxml_html.parse(str(dist / f"{lang}.html")).getroot()
    words = " ".join(page.xpath("//main//text()")).split()
    allowed = {"NASA", "NASA-ның", "Artemis", "(Artemis)", "PDF", "DOCX", "press@mfa.kz"}
    latin = [w for w in words if any("a" <= c.lower() <= "z" for c in w)
             and w.strip(".,:;()«»") not in allowed and not w.startswith(("http", "Artemis"))]
    assert latin == []


BRAND_PRIMARY = "rgba(0, 175, 202, 1)"
"""#00AFCA, templates/brands/mfa-kz/brand.yaml: the letterhead's rule."""
BRAND_PRIMARY_TEXT = "rgba(0, 119, 138, 1)"
"""#00778A, the brand's darker shade for text (the ministry's name): 5.2:1 on white."""


def test_chromium_shows_the_page(dist: Path, tmp_path: Path) -> None:
    """Chromium lays the page out: its DOM has the title and the letterhead in the brand colour
    (an error page, a blank page or a page without its stylesheet fails)."""
    from selenium.webdriver.common.by import By
    from test_preview import browser

    driver = browser(tmp_path)
    try:
        driver.get((dist / "kk.html").as_uri())
        assert driver.title.startswith(TITLES["kk"])
        assert driver.find_element(By.TAG_NAME, "h1").text == TITLES["kk"]
        letterhead = driver.find_element(By.CSS_SELECTOR, "header.letterhead")
        assert letterhead.is_displayed() and letterhead.size["height"] > 40
        assert letterhead.value_of_css_property("border-bottom-color") == BRAND_PRIMARY
        name = letterhead.find_element(By.CSS_SELECTOR, ".ministry-name")
        assert name.text == "Қазақстан Республикасы Сыртқы істер министрлігі"
        assert name.value_of_css_property("color") == BRAND_PRIMARY_TEXT
        assert len(driver.find_elements(By.CSS_SELECTOR, "article div.body p")) == 8
    finally:
        driver.quit()


def test_help_does_not_import_the_pdf_stack() -> None:
    code = ("import sys\nfrom press.cli import main\ntry:\n    main(['--help'])\n"
            "except SystemExit:\n    pass\n"
            "print('weasyprint' in sys.modules, 'docx' in sys.modules, 'babel' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                            check=True)
    assert result.stdout.strip().splitlines()[-1] == "False False False"
