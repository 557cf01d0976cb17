"""The termbase as the ministry's memory of names, as a new press office meets it:
`press init` + `press new` + a Russian Word draft about a foreign minister's visit to Astana.

Countries, organisations and the ministry's own people resolve from the starter termbase; the
visiting minister is proposed once, with a clean id and unconfirmed kk/en forms; `press build`
refuses until `press glossary confirm`; `press glossary promote` moves him into the termbase
and the next release knows him.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from press.project import Project
from tests.conftest import run_press_output

TITLE = "Ермек Кошербаев провёл переговоры с министром иностранных дел Венгрии"
PARAGRAPHS = [
    "Министр иностранных дел Республики Казахстан Ермек Кошербаев провёл переговоры с министром "
    "внешнеэкономических связей и иностранных дел Венгрии Петером Сийярто, находящимся в Астане "
    "с официальным визитом.",
    "Стороны обсудили развитие казахстанско-венгерского сотрудничества, взаимодействие в ООН и ОБСЕ, "
    "а также участие Венгрии в работе Организации тюркских государств в качестве наблюдателя.",
    "Министр Сийярто передал Президенту Казахстана Касым-Жомарту Токаеву приглашение "
    "Премьер-министра Венгрии посетить венгерскую столицу.",
    "По словам Петера Сийярто, Венгрия рассматривает Казахстан как ключевого партнёра в "
    "Центральной Азии и поддерживает расширение связей между Европейским союзом и Казахстаном.",
]
SECOND = ["Петер Сийярто провёл в Будапеште встречу с послом Казахстана в Венгрии.",
          "Стороны обсудили подготовку заседания межправительственной комиссии."]


def _draft(path: Path, title: str, paragraphs: list[str]) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    document.add_paragraph("Астана, 10 декабря 2025 года")
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)
    return path


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Project:
    """A press office's project as `press init` makes it (no git: a test needs no repository)."""
    code, output = run_press_output(Project(tmp_path), "init", str(tmp_path / "mfa"), "--no-git",
                                    capsys=capsys)
    assert code == 0, output
    return Project(tmp_path / "mfa")


def _release_entities(project: Project, release_id: str) -> dict:
    project = Project(project.root)  # a fresh read of every file
    release = project.load(project.release_folders([release_id])[0])
    return {key: e for key, e in release.entities.items() if e.origin == "release"}


def test_a_visit_draft_resolves_from_the_starter_termbase_and_the_visitor_is_promoted(
        office: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = "2025-12-10-szijjarto-visit"
    code, output = run_press_output(office, "new", "szijjarto-visit", "--date", "2025-12-10",
                                    "--source-lang", "ru", capsys=capsys)
    assert code == 0, output
    draft = _draft(tmp_path / "визит.docx", TITLE, PARAGRAPHS)
    code, output = run_press_output(office, "import", str(draft), "--lang", "ru", "--release", first,
                                    capsys=capsys)
    assert code == 0, output

    # the visitor, and only he, is proposed: once, clean id, kk/en forms unconfirmed
    proposed = _release_entities(office, first)
    assert list(proposed) == ["peter-siyyarto"], proposed
    visitor = proposed["peter-siyyarto"]
    assert visitor.type == "person"
    assert visitor.forms["ru"] == ["Петер Сийярто"]
    assert sorted(visitor.unconfirmed) == ["en", "kk"]
    assert "peter-siyyarto" in output and "unconfirmed" in output

    # the release names states, organisations and the ministry's people from the termbase
    from press.draft.anchors import names

    release = Project(office.root).load(Project(office.root).release_folders([first])[0])
    named = set().union(*(names(s.text, "ru", release.entities) for s in release.source.segments.values()))
    assert {"kazakhstan", "hungary", "astana", "un", "osce", "ots", "eu", "central-asia",
            "yermek-kosherbayev", "kassym-jomart-tokayev"} <= named, named

    # build refuses until a person confirms the forms
    code, output = run_press_output(office, "build", first, "--format", "html",
                                    "--out", str(tmp_path / "dist"), capsys=capsys)
    assert code != 0 and "peter-siyyarto" in output and "glossary confirm" in output, output
    code, output = run_press_output(office, "glossary", "confirm", first, "peter-siyyarto",
                                    "--en", "Péter Szijjártó", capsys=capsys)
    assert code == 0, output
    visitor = _release_entities(office, first)["peter-siyyarto"]
    assert visitor.unconfirmed == [] and visitor.forms["en"] == ["Péter Szijjártó"]
    code, output = run_press_output(office, "build", first, "--format", "html",
                                    "--out", str(tmp_path / "dist"), capsys=capsys)
    assert code == 0, output

    # promote: into the project's termbase, out of the release's register
    code, output = run_press_output(office, "glossary", "promote", first, "peter-siyyarto", capsys=capsys)
    assert code == 0, output
    assert "+  peter-siyyarto:" in output  # the diff of the termbase is shown
    assert _release_entities(office, first) == {}
    termbase = Project(office.root).termbase
    assert termbase["peter-siyyarto"].forms["en"] == ["Péter Szijjártó"]
    code, output = run_press_output(office, "glossary", "promote", first, "peter-siyyarto", capsys=capsys)
    assert code != 0 and "peter-siyyarto" in output  # nothing left to promote: said, not a traceback

    # the next release knows him: nothing proposed
    second = "2025-12-12-budapest-meeting"
    run_press_output(office, "new", "budapest-meeting", "--date", "2025-12-12", "--source-lang", "ru",
                     capsys=capsys)
    draft = _draft(tmp_path / "встреча.docx", "Встреча в Будапеште", SECOND)
    code, output = run_press_output(office, "import", str(draft), "--lang", "ru", "--release", second,
                                    capsys=capsys)
    assert code == 0, output
    assert _release_entities(office, second) == {}


def test_promote_refuses_an_unconfirmed_entity_and_a_conflicting_form(
        office: Project, capsys: pytest.CaptureFixture[str]) -> None:
    release_id = "2025-12-10-visit"
    run_press_output(office, "new", "visit", "--date", "2025-12-10", "--source-lang", "ru", capsys=capsys)
    path = office.root / "releases" / "2025" / release_id / "release.yaml"
    text = path.read_text(encoding="utf-8").replace("entities: {}", """entities:
  peter-siyyarto:
    type: person
    en: Peter Siyyarto
    kk: Петер Сийярто
    ru: Петер Сийярто
    unconfirmed: [en, kk]
  hungary-2:
    type: place
    en: Hungary
    kk: Мажарстан
    ru: Венгрия""")
    path.write_text(text, encoding="utf-8")
    termbase = (office.root / "locales" / "termbase.yaml").read_bytes()
    code, output = run_press_output(office, "glossary", "promote", release_id, "peter-siyyarto",
                                    capsys=capsys)
    assert code == 2 and "unconfirmed" in output and "glossary confirm" in output, output
    code, output = run_press_output(office, "glossary", "promote", release_id, "hungary-2", capsys=capsys)
    assert code == 2 and "hungary" in output and "Hungary" in output, output
    assert (office.root / "locales" / "termbase.yaml").read_bytes() == termbase  # nothing written
    code, output = run_press_output(office, "glossary", "add", "kassym-jomart-tokayev", "--type", "person",
                                    "--en", "K. Tokayev", "--kk", "Қ. Тоқаев", "--ru", "К. Токаев",
                                    capsys=capsys)
    assert code == 2 and "already" in output, output
    code, output = run_press_output(office, "glossary", "add", "budapest", "--type", "place",
                                    "--en", "Budapest", "--kk", "Будапешт", "--ru", "Будапешт",
                                    capsys=capsys)
    assert code == 0, output
    assert Project(office.root).termbase["budapest"].forms["kk"] == ["Будапешт"]


def test_a_count_in_words_is_prose_not_a_figure_to_register() -> None:
    import datetime as dt

    from press.draft.propose import propose

    found = propose(["Товарооборот между двумя столицами вырос до 4 000 тонн; стороны подписали "
                     "три соглашения."], "ru", {}, dt.date(2025, 12, 10))
    assert list(found.facts) == ["figure-4000"]


def test_suggest_lists_names_that_have_no_english_version(office: Project, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Russian and Kazakh texts only: the names are still suggested, the English form from
    CLDR (a place) or the state's romanisation, marked unconfirmed."""
    (tmp_path / "ru.txt").write_text("Министр встретился с Петером Сийярто в Будапеште.\n", encoding="utf-8")
    (tmp_path / "kk.txt").write_text("Министр Будапештте Петер Сийяртомен кездесті.\n", encoding="utf-8")
    code, output = run_press_output(office, "glossary", "suggest", "--text", f"ru={tmp_path / 'ru.txt'}",
                                    "--text", f"kk={tmp_path / 'kk.txt'}", capsys=capsys)
    assert code == 0, output
    assert "  peter-siyyarto:\n    type: person\n    en: Peter Siyyarto\n" in output
    assert "    en: Budapest\n" in output and output.count("unconfirmed: [en]") == 2


def test_a_man_named_in_any_case_and_order_is_proposed_once_in_the_nominative() -> None:
    import datetime as dt

    from press.draft.propose import propose

    found = propose(["Министр принял посла Ивана Смирнова.", "Награду вручили Смирнову Ивану Петровичу.",
                     "Иван Смирнов поблагодарил Марию Кузнецову."], "ru", {}, dt.date(2025, 12, 10))
    assert {key: entry["ru"] for key, entry in found.entities.items()} == {
        "ivan-smirnov": "Иван Смирнов", "mariya-kuznetsova": "Мария Кузнецова"}
