"""The whole drafting path: a Russian Word draft → press import → press translate (kk, en)
against the fake LibreTranslate → press preview side by side → press build."""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path

import pytest
from conftest import ESA_REGISTER
from conftest import run_press_output as run
from fake_libretranslate import FakeLibreTranslate

from press.model import Status
from press.preview.server import PreviewApp, start_in_thread
from press.project import Project

RELEASE_ID = "2026-03-04-aydar-seytkali-provel-peregovory-s-delegatsiey-eka"  # slug from the title
TITLE = "Айдар Сейткали провёл переговоры с делегацией ЕКА"
PARAGRAPHS = [
    "3 марта в Астане заместитель министра иностранных дел Казахстана Айдар Сейткали встретился "
    "с делегацией Европейского космического агентства.",
    "Стороны обсудили подготовку к запуску научного спутника с космодрома «Байконур», намеченному "
    "на 14 апреля 2026 года, и совместную программу стоимостью 1\u00a0250\u00a0000 евро.",
    "Сейткали подчеркнул, что Казахстан открыт для сотрудничества с ЕКА.",
]


def word_draft(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph("Астана, 4 марта 2026 года")
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def test_russian_word_draft_to_built_trilingual_release(scratch_project: Project, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    project = scratch_project
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    monkeypatch.delenv("LIBRE_API_KEY", raising=False)
    (project.root / "press.toml").write_text(
        '[translate]\nengine = "libre"\ntimeout = 5.0\nretries = 1\nbackoff = 0.01\n', encoding="utf-8")

    # 1. import: the Word draft becomes the release, dated and placed by its dateline
    draft = word_draft(tmp_path / "esa-talks.docx")
    code, out = run(project, "import", str(draft), "--lang", "ru", capsys=capsys)
    assert code == 0, out
    folder = project.releases_dir / "2026" / RELEASE_ID
    release_yaml = folder / "release.yaml"
    proposed = release_yaml.read_text(encoding="utf-8")
    for expected in ("\n  aydar-seytkali:", "unconfirmed: [en, kk]", "#       date: 2026-03-03",
                     "#       date: 2026-04-14", "#       value: 1250000"):
        assert expected in proposed
    release = project.load(folder)
    assert release.meta.source_lang == "ru" and release.meta.target_langs == ["en", "kk"]
    assert [s.text for s in release.source.body] == PARAGRAPHS and release.source.text("title") == TITLE

    # the officer confirms the names (the engine must not translate them)
    release_yaml.write_text(re.sub(r"^entities:\n(?:  .*\n)+", ESA_REGISTER, proposed, flags=re.M),
                            encoding="utf-8")

    # 2. machine drafts in Kazakh and English through the LibreTranslate API
    with FakeLibreTranslate() as fake:
        code, out = run(project, "translate", RELEASE_ID, "--to", "kk,en", "--engine", "libre",
                        "--url", fake.url, capsys=capsys)
    assert code == 0, out
    release = project.load(folder)
    for lang in ("kk", "en"):
        assert all(release.versions[lang].segments[s].status is Status.MACHINE
                   for s in release.source.segments)
    assert "Айдар Сейітқали" in release.versions["kk"].text("p1")
    assert "14 April 2026" in release.versions["en"].text("p2")

    # 3. preview: the three versions side by side, each column in its language
    import lxml.html

    server, base = start_in_thread(PreviewApp(project, [RELEASE_ID]))
    try:
        page = lxml.html.fromstring(urllib.request.urlopen(f"{base}/release/{RELEASE_ID}").read())
    finally:
        server.shutdown()
        server.server_close()
    assert [th.get("lang") for th in page.xpath("//thead/tr/th[@lang]")] == ["ru", "en", "kk"]
    row = page.xpath("//tr[@id='seg-p1']/td")
    assert [td.get("lang") for td in row] == ["ru", "en", "kk"]
    badges = [td.xpath(".//span[contains(@class, 'badge')]")[0].text for td in row]
    assert badges == ["source", "machine", "machine"]
    assert "Aidar Seitkali" in row[1].text_content()

    # 4. build: every language rendered, marked DRAFT until a person approves it
    from press.check import check_release

    errors = [f for f in check_release(project.load(folder)).findings if f.severity == "error"]
    assert errors == [], "the machine drafts must pass the checker"
    code, out = run(project, "build", RELEASE_ID, "--out", str(tmp_path / "dist"), capsys=capsys)
    assert code == 0, out
    built = sorted(p.name for p in (tmp_path / "dist" / RELEASE_ID).iterdir())
    assert built == sorted(f"{lang}.{ext}" for lang in ("en", "kk", "ru") for ext in ("docx", "html", "pdf"))
    assert f"{RELEASE_ID}/kk" in out and "DRAFT" in out
