"""Every segment kind in every format: a heading, a bulleted and a numbered list, a quote and a
link, built in en/kk/ru and read back with real readers (lxml, pdftotext, python-docx)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html

from press.model import source_hash
from tests.conftest import REPO, press_process, shared_folder, tool

RELEASE_ID = "2026-01-15-priorities"
LANGS = ("en", "kk", "ru")
LINK = "https://www.gov.kz/memleket/entities/mfa"
KINDS = {"p1": "p", "p2": "h2", "p3": "li", "p4": "li", "p5": "ol", "p6": "ol", "p7": "quote"}
TEXTS = {
    "en": {"title": "The Ministry sets out its priorities",
           "p1": f"The Ministry published its priorities. Read the [full programme]({LINK}).",
           "p2": "Priorities", "p3": "Economic diplomacy", "p4": "Regional cooperation",
           "p5": "Consultations with partners", "p6": "Review of the results",
           "p7": "Our doors are open to every partner."},
    "kk": {"title": "Министрлік өз басымдықтарын айқындады",
           "p1": f"Министрлік өз басымдықтарын жариялады. [Толық бағдарламаны]({LINK}) оқыңыз.",
           "p2": "Басымдықтар", "p3": "Экономикалық дипломатия", "p4": "Өңірлік ынтымақтастық",
           "p5": "Серіктестермен кеңесу", "p6": "Нәтижелерді қорытындылау",
           "p7": "Біздің есігіміз әр серіктес үшін ашық."},
    "ru": {"title": "Министерство определило свои приоритеты",
           "p1": f"Министерство опубликовало свои приоритеты. Читайте [полную программу]({LINK}).",
           "p2": "Приоритеты", "p3": "Экономическая дипломатия", "p4": "Региональное сотрудничество",
           "p5": "Консультации с партнерами", "p6": "Подведение итогов",
           "p7": "Наши двери открыты для каждого партнера."},
}
PLAIN_P1 = {"en": "The Ministry published its priorities. Read the full programme.",
            "kk": "Министрлік өз басымдықтарын жариялады. Толық бағдарламаны оқыңыз.",
            "ru": "Министерство опубликовало свои приоритеты. Читайте полную программу."}
W = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
PHOTO_ALT = {"en": "The Minister speaks at a lectern in front of three flags",
             "kk": "Министр үш тудың алдында мінберде сөйлеп тұр",
             "ru": "Министр выступает за трибуной на фоне трех флагов"}
PHOTO_CAPTION = {"en": "The Minister presents the priorities.", "kk": "Министр басымдықтарды таныстырды.",
                 "ru": "Министр представляет приоритеты."}
PHOTO_CREDIT = {"en": "Photo: MFA of Kazakhstan", "kk": "Фото: ҚР СІМ", "ru": "Фото: МИД РК"}
PHOTO_SIZE = (1200, 675)
PHOTO_YAML = "photo:\n  file: lead.jpg\n" + "".join(
    f"  {field}:\n" + "".join(f"    {lang}: {json.dumps(text, ensure_ascii=False)}\n"
                              for lang, text in texts.items())
    for field, texts in (("alt", PHOTO_ALT), ("caption", PHOTO_CAPTION), ("credit", PHOTO_CREDIT)))


def write_photo(folder: Path, name: str = "lead.jpg") -> Path:
    """A 1200×675 JPEG drawn here (sky, steppe, a sun): a real image file, nobody's photograph."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", PHOTO_SIZE, (0, 175, 202))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 450, 1200, 675), fill=(196, 164, 92))
    draw.ellipse((520, 120, 680, 280), fill=(254, 197, 12))
    image.save(folder / name, "JPEG", quality=80)
    return folder / name
LINK_WORDS = {"en": "full programme", "kk": "Толық бағдарламаны", "ru": "полную программу"}


def write_release(root: Path, texts: dict[str, dict[str, str]] = TEXTS,
                  release_id: str = RELEASE_ID, photo: bool = False) -> Path:
    """A release in *root* with one segment of each kind; the translations approved; with
    *photo*, a lead photo with alt text, caption and credit in each language."""
    folder = root / "releases" / "2026" / release_id
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(
        f"id: {release_id}\ndate: 2026-01-15\ndateline: astana\nbrand: mfa-kz\n"
        "source_lang: en\ntarget_langs: [kk, ru]\ntags: [international-cooperation]\n"
        + (PHOTO_YAML if photo else ""), encoding="utf-8")
    if photo:
        write_photo(folder)
    for lang, segments in texts.items():
        body = {}
        for seg_id, text in segments.items():
            segment: dict[str, str] = {"text": text}
            if seg_id in KINDS and KINDS[seg_id] != "p" and lang == "en":
                segment["kind"] = KINDS[seg_id]
            if lang != "en":
                segment.update(status="approved", source_hash=source_hash(texts["en"][seg_id]))
            body[seg_id] = segment
        (folder / f"{lang}.yaml").write_text(json.dumps({"lang": lang, "segments": body}, ensure_ascii=False),
                                             encoding="utf-8")
    return folder


def project_root(tmp: Path) -> Path:
    root = tmp / "project"
    (root / "locales").mkdir(parents=True)
    shutil.copy(REPO / "locales" / "termbase.yaml", root / "locales" / "termbase.yaml")
    return root


def build(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`press build` in this process (press_process): the outputs are the point, not a new process."""
    return press_process(root, "build", *args)


def _build_blocks(tmp: Path) -> None:
    root = project_root(tmp)
    write_release(root, photo=True)
    result = build(root, RELEASE_ID, "--out", str(tmp / "dist"))
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The release built once per run, shared by the xdist workers (read-only)."""
    return shared_folder(tmp_path_factory, "blocks", _build_blocks) / "dist" / RELEASE_ID


def test_nine_files(dist: Path) -> None:
    """Nine outputs, and the lead photo beside the web pages that show it."""
    assert sorted(p.name for p in dist.iterdir()) == sorted(
        [f"{lang}.{fmt}" for lang in LANGS for fmt in ("html", "pdf", "docx")] + ["lead.jpg"])


@pytest.mark.parametrize("lang", LANGS)
def test_html_has_real_lists_quote_heading_and_link(dist: Path, lang: str) -> None:
    body = lxml_html.parse(str(dist / f"{lang}.html")).getroot().xpath("//article/div[@class='body']")[0]
    text = TEXTS[lang]
    assert [h.text_content() for h in body.findall("h2")] == [text["p2"]]
    bullets = body.findall("ul")
    numbers = body.findall("ol")
    assert len(bullets) == 1 and len(numbers) == 1
    assert [li.text_content() for li in bullets[0].findall("li")] == [text["p3"], text["p4"]]
    assert [li.text_content() for li in numbers[0].findall("li")] == [text["p5"], text["p6"]]
    quotes = body.findall("blockquote")
    assert len(quotes) == 1 and quotes[0].text_content().strip() == text["p7"]
    links = [a for a in body.iter("a") if a.get("href") == LINK]
    assert [a.text_content() for a in links] == [LINK_WORDS[lang]]
    assert [child.tag for child in body] == ["p", "h2", "ul", "ol", "blockquote"]


@pytest.mark.parametrize("lang", LANGS)
def test_html_lead_photo_is_a_figure(dist: Path, lang: str) -> None:
    figure = lxml_html.parse(str(dist / f"{lang}.html")).getroot().xpath("//article/figure[@class='lead']")
    assert len(figure) == 1
    image = figure[0].find("img")
    assert (image.get("src"), image.get("alt")) == ("lead.jpg", PHOTO_ALT[lang])
    assert (int(image.get("width")), int(image.get("height"))) == PHOTO_SIZE
    caption = " ".join(figure[0].find("figcaption").text_content().split())
    assert caption == f"{PHOTO_CAPTION[lang]} {PHOTO_CREDIT[lang]}"
    assert (dist / image.get("src")).read_bytes()[:3] == b"\xff\xd8\xff"  # the JPEG, beside the page


@pytest.mark.parametrize("lang", LANGS)
def test_pdf_shows_the_lead_photo_and_its_caption(dist: Path, lang: str) -> None:
    from pypdf import PdfReader

    page = PdfReader(dist / f"{lang}.pdf").pages[0]
    assert [image.image.size for image in page.images] == [PHOTO_SIZE]
    text = " ".join(page.extract_text().split())
    assert f"{PHOTO_CAPTION[lang]} {PHOTO_CREDIT[lang]}" in text


@pytest.mark.parametrize("lang", LANGS)
def test_pdf_shows_bullets_and_numbers(dist: Path, lang: str) -> None:
    text = subprocess.run([tool("pdftotext"), "-layout", str(dist / f"{lang}.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    lines = [" ".join(line.split()) for line in text.splitlines()]
    words = TEXTS[lang]
    assert f"• {words['p3']}" in lines and f"• {words['p4']}" in lines
    assert f"1. {words['p5']}" in lines and f"2. {words['p6']}" in lines
    assert words["p2"] in lines
    assert any(words["p7"] in line for line in lines)


@pytest.mark.parametrize("lang", LANGS)
def test_pdf_keeps_the_link(dist: Path, lang: str) -> None:
    from pypdf import PdfReader

    uris = [annot.get_object().get("/A", {}).get("/URI")
            for page in PdfReader(dist / f"{lang}.pdf").pages for annot in page.get("/Annots") or []]
    assert LINK in uris


def _structure(node: object, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(role, alt text) of every element of a PDF's structure tree, in reading order."""
    node = node.get_object()  # type: ignore[attr-defined]
    if "/S" in node:
        found.append((str(node["/S"]), str(node.get("/Alt", ""))))
    kids = node.get("/K")
    for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
        kid = kid.get_object() if hasattr(kid, "get_object") else kid
        if isinstance(kid, dict):
            _structure(kid, found)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_pdf_is_tagged_with_its_language_and_structure(dist: Path, lang: str) -> None:
    """A screen reader gets the structure: headings, two lists of two items, the quote, the
    link and the photo with its alt text; the catalog says the language and that it is tagged."""
    from pypdf import PdfReader

    root = PdfReader(dist / f"{lang}.pdf").trailer["/Root"]
    assert root["/Lang"] == lang and root["/MarkInfo"]["/Marked"]
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    roles = _structure(root["/StructTreeRoot"], [])
    names = [role for role, _ in roles]
    assert names.count("/H1") == 1 and names.count("/H2") >= 2  # the heading and "Contacts"
    assert names.count("/L") == 2 and names.count("/LI") == 4 and names.count("/BlockQuote") == 1
    assert "/Link" in names and "/Caption" in names
    assert ("/Figure", PHOTO_ALT[lang]) in roles
    assert [alt for role, alt in roles if role == "/Figure"] == [
        {"en": "Sun and steppe eagle", "kk": "Күн мен дала қыраны", "ru": "Солнце и степной орел"}[lang],
        PHOTO_ALT[lang]]  # the mark (its <title>) and the photo: no figure without alt text


TITLE_BLOCK = {"en": ["Ministry of Foreign Affairs of the Republic of Kazakhstan", "PRESS RELEASE"],
               "kk": ["Қазақстан Республикасы Сыртқы істер министрлігі", "БАСПАСӨЗ РЕЛИЗІ"],
               "ru": ["Министерство иностранных дел Республики Казахстан", "ПРЕСС-РЕЛИЗ"]}


@pytest.mark.parametrize("lang", LANGS)
def test_pdf_title_block_copies_as_words(dist: Path, lang: str) -> None:
    """pdftotext gives the letterhead and the title as written, not letter by letter
    («Б АС П АСӨ З Р Е Л И З І» was the letter-spaced "Press release")."""
    text = subprocess.run([tool("pdftotext"), "-f", "1", "-l", "1", str(dist / f"{lang}.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    assert lines[:4] == [*TITLE_BLOCK[lang], TEXTS[lang]["title"], lines[3]]
    assert lines[3].startswith({"en": "Astana, 15 January 2026", "kk": "Астана, 2026 жылғы 15 қаңтар",
                                "ru": "Астана, 15 января 2026 года"}[lang])


def _numbering(document: object, paragraph: object) -> tuple[str, str]:
    """(numFmt, lvlText) of *paragraph*'s list, looked up in the document's numbering part."""
    num_id = paragraph._p.pPr.numPr.numId.val  # type: ignore[attr-defined]
    numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
    abstract = numbering.xpath(f"w:num[@w:numId='{num_id}']/w:abstractNumId/@w:val")[0]
    level = numbering.xpath(f"w:abstractNum[@w:abstractNumId='{abstract}']/w:lvl[@w:ilvl='0']")[0]
    return (level.xpath("w:numFmt/@w:val", namespaces=W)[0], level.xpath("w:lvlText/@w:val", namespaces=W)[0])


@pytest.mark.parametrize("lang", LANGS)
def test_docx_uses_word_lists_quote_heading_and_hyperlink(dist: Path, lang: str) -> None:
    import docx

    document = docx.Document(str(dist / f"{lang}.docx"))
    text = TEXTS[lang]
    styled = {p.text: p for p in document.paragraphs}
    assert styled[text["p2"]].style.name == "Heading 2"
    assert styled[text["p7"]].style.name == "Quote"
    bullet, number = ("List Bullet", ("bullet", "•")), ("List Number", ("decimal", "%1."))
    for seg_id, (style, numbering) in (("p3", bullet), ("p4", bullet), ("p5", number), ("p6", number)):
        paragraph = styled[text[seg_id]]
        assert paragraph.style.name == style
        assert _numbering(document, paragraph) == numbering
    plain = PLAIN_P1[lang]
    assert styled[plain].style.name == "Normal"
    assert styled[plain]._p.pPr is None or styled[plain]._p.pPr.numPr is None
    links = [link for p in document.paragraphs for link in p.hyperlinks]
    assert [(link.url, link.text) for link in links] == [(LINK, LINK_WORDS[lang])]
    quote = document.styles["Quote"].element.xpath("w:rPr/w:lang/@w:val")
    assert quote and quote[0].startswith(lang)
    pictures = [shape for shape in document.inline_shapes]
    assert len(pictures) == 1
    assert pictures[0]._inline.docPr.get("descr") == PHOTO_ALT[lang]
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions == [f"{PHOTO_CAPTION[lang]} {PHOTO_CREDIT[lang]}"]
    signature = [p for p in document.paragraphs if p.style.name == "Signature"]
    assert signature[0].runs[0].bold and not signature[1].runs[0].bold  # the office, bold as in the PDF
    heading = [p.text for p in document.paragraphs if p.style.name == "Contacts Heading"]
    assert heading == [{"en": "Contacts", "kk": "Байланыс", "ru": "Контакты"}[lang]]


def test_every_numbered_list_starts_at_one(tmp_path: Path) -> None:
    """Two numbered lists in one document get two w:num, each restarting at 1."""
    import docx

    root = project_root(tmp_path)
    folder = write_release(root)  # then p3 numbered, p4 a paragraph between two numbered lists
    en = json.loads((folder / "en.yaml").read_text(encoding="utf-8"))
    en["segments"]["p3"]["kind"] = "ol"
    en["segments"]["p4"].pop("kind")
    (folder / "en.yaml").write_text(json.dumps(en), encoding="utf-8")
    result = build(root, RELEASE_ID, "--out", str(tmp_path / "dist"), "--format", "docx", "--lang", "en")
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(tmp_path / "dist" / RELEASE_ID / "en.docx"))
    items = [p for p in document.paragraphs if p.style.name == "List Number"]
    num_ids = [p._p.pPr.numPr.numId.val for p in items]
    assert len(items) == 3 and num_ids[0] != num_ids[1] == num_ids[2]
    numbering = document.part.numbering_part.element
    for num_id in set(num_ids):
        assert numbering.xpath(f"w:num[@w:numId='{num_id}']/w:lvlOverride/w:startOverride/@w:val") == ["1"]


def test_libreoffice_lays_out_every_element_of_the_docx(dist: Path, tmp_path: Path) -> None:
    """LibreOffice converts the Russian DOCX: the photo, its caption, the heading, both lists
    with their markers, the quote and the link text are all on the page it lays out."""
    from pypdf import PdfReader

    subprocess.run([tool("soffice", "libreoffice"), "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(dist / "ru.docx")],
                   check=True, capture_output=True, timeout=240)
    pdf = tmp_path / "ru.pdf"
    text = subprocess.run([tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    lines = [" ".join(line.split()) for line in text.splitlines()]
    words = TEXTS["ru"]
    assert f"• {words['p3']}" in lines and f"• {words['p4']}" in lines
    assert f"1. {words['p5']}" in lines and f"2. {words['p6']}" in lines
    assert words["p2"] in lines and words["p7"] in lines and PLAIN_P1["ru"] in " ".join(lines)
    assert f"{PHOTO_CAPTION['ru']} {PHOTO_CREDIT['ru']}" in lines
    assert PHOTO_SIZE in [image.image.size for image in PdfReader(pdf).pages[0].images]  # and the mark
