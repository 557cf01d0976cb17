"""Word drafts built with python-docx, as a press officer would write them (shared by tests)."""

from __future__ import annotations

from pathlib import Path

RU_TITLE = "Байконур остаётся в центре мировой пилотируемой космонавтики"
RU_SUBTITLE = "Старт «Союз МС-28» и посадка «Союз МС-27» прошли на казахстанской земле"
RU_PARAGRAPHS = [
    "27 ноября со стартовой площадки № 31 космодрома «Байконур» стартовал корабль «Союз МС-28» "
    "с астронавтом NASA Кристофером Уильямсом и космонавтами Роскосмоса Сергеем Кудь-Сверчковым "
    "и Сергеем Микаевым на борту.",
    "9 декабря экипаж корабля «Союз МС-27» благополучно приземлился в степи юго-восточнее "
    "Жезказгана после 245 суток на орбите.",
]
RU_LIST = ["Экипаж совершил почти 4 000 витков вокруг Земли.",
           "В 2025 году космодром отметил 70-летие со дня основания."]
RU_TABLE = [("Дата", "Событие"), ("27 ноября", "Старт «Союз МС-28»"), ("9 декабря", "Посадка «Союз МС-27»")]


def add_hyperlink(paragraph, url: str, text: str) -> None:
    """python-docx has no API for hyperlinks: a w:hyperlink with a relationship, as Word writes."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    text_el = OxmlElement("w:t")
    text_el.text = text
    text_el.set(qn("xml:space"), "preserve")
    run.append(text_el)
    link.append(run)
    paragraph._p.append(link)


def russian_draft(path: Path) -> Path:
    """A Russian release as an officer writes it in Word: title, subtitle, dateline, body with
    bold, italic and a link, a section heading, a bulleted list and a table."""
    import docx

    document = docx.Document()
    document.add_heading(RU_TITLE, level=1)
    document.add_paragraph(RU_SUBTITLE, style="Subtitle")
    document.add_paragraph("Астана, 10 декабря 2025 года")
    first = document.add_paragraph()
    first.add_run(RU_PARAGRAPHS[0][:9]).bold = True  # "27 ноября" in bold
    first.add_run(RU_PARAGRAPHS[0][9:])
    second = document.add_paragraph(RU_PARAGRAPHS[1] + " ")
    second.add_run("Подробности").italic = True
    second.add_run(" — на ")
    add_hyperlink(second, "https://www.gov.kz/memleket/entities/mfa", "сайте министерства")
    second.add_run(".")
    document.add_heading("Итоги миссии", level=2)
    for item in RU_LIST:
        document.add_paragraph(item, style="List Bullet")
    table = document.add_table(rows=0, cols=2)
    for left, right in RU_TABLE:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
    document.save(str(path))
    return path
