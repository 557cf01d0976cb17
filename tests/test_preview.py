"""press preview in headless Chromium: three columns, findings marked, axe-core clean, reloads.

Needs Debian's chromium and chromium-driver, pip selenium and npm axe-core (node_modules).
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import external, tool

from press.preview.server import PreviewApp, serve, start_in_thread
from press.project import Project

REPO = Path(__file__).resolve().parent.parent
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
DEMO = "2025-12-10-baikonur"
CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000")


def browser(tmp_path: Path):
    """Headless Chromium through chromedriver, with a fresh profile and no network habits."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = tool("chromium")
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chrome-profile'}")
    service = Service(tool("chromedriver"))
    return webdriver.Chrome(options=options, service=service)


def axe_violations(driver) -> list[dict]:
    axe = external(AXE, "axe-core", "run `npm install` (package.json devDependency axe-core)")
    driver.execute_script(Path(axe).read_text(encoding="utf-8"))
    driver.set_script_timeout(60)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']})"
        ".then(r => done(r.violations), e => done(String(e)));")
    assert isinstance(result, list), result
    return result


def screenshot_path(tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("PRESS_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name


def break_a_date(project: Project) -> Path:
    """The Kazakh p3 says 19 December where the others say 9 December: a checker error."""
    path = project.release_folders([DEMO])[0] / "kk.yaml"
    text = path.read_text(encoding="utf-8")
    assert "9 желтоқсанда" in text
    path.write_text(text.replace("9 желтоқсанда", "19 желтоқсанда", 1), encoding="utf-8")
    return path


def test_preview_in_chromium(scratch_project: Project, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    kk = break_a_date(scratch_project)
    server, base = start_in_thread(PreviewApp(scratch_project, [DEMO]))
    driver = browser(tmp_path)
    try:
        driver.get(base + "/")  # one release: redirected to its page
        assert driver.title.startswith(DEMO)
        columns = driver.find_elements(By.CSS_SELECTOR, "table.versions thead th.lang-col")
        assert [c.get_attribute("lang") for c in columns] == ["en", "kk", "ru"]
        cells = driver.find_elements(By.CSS_SELECTOR, "#seg-p3 td")
        assert [c.get_attribute("lang") for c in cells] == ["en", "kk", "ru"]
        marks = driver.find_elements(By.CSS_SELECTOR, "#seg-p3 td[lang=kk] mark.finding-error")
        assert marks and "19" in marks[0].text  # the wrong day, marked where it is
        assert "approved" in cells[1].find_element(By.CSS_SELECTOR, ".badges").text
        # keyboard: the finding's link moves focus to the mark
        link = driver.find_element(By.CSS_SELECTOR, ".finding-item.finding-error a.to-mark")
        link.send_keys("\n")
        assert driver.execute_script("return location.hash").startswith("#mark-")
        serious = [v["id"] for v in axe_violations(driver) if v["impact"] in ("serious", "critical")]
        assert serious == []
        driver.save_screenshot(str(screenshot_path(tmp_path, "preview-finding.png")))
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(str(screenshot_path(tmp_path, "preview.png")))

        # saving a source reloads the page: the fixed date is no longer marked
        kk.write_text(kk.read_text(encoding="utf-8").replace("19 желтоқсанда", "9 желтоқсанда"),
                      encoding="utf-8")
        WebDriverWait(driver, 20).until(
            lambda d: not d.find_elements(By.CSS_SELECTOR, "#seg-p3 td[lang=kk] mark.finding-error"))
        assert "reloaded" in driver.find_element(By.ID, "live").text
    finally:
        driver.quit()
        server.shutdown()
        server.server_close()


def test_source_errors_show_on_the_page_and_hosts_are_checked(scratch_project: Project) -> None:
    folder = scratch_project.release_folders([DEMO])[0]
    server, base = start_in_thread(PreviewApp(scratch_project, [DEMO]))
    try:
        before = json.load(urllib.request.urlopen(f"{base}/release/{DEMO}/state"))["state"]
        (folder / "ru.yaml").write_text("lang: ru\nsegments:\n  title: [unclosed\n", encoding="utf-8")
        page = urllib.request.urlopen(f"{base}/release/{DEMO}").read().decode()
        assert "ru.yaml:4: malformed YAML" in page and "cannot be read" in page
        assert json.load(urllib.request.urlopen(f"{base}/release/{DEMO}/state"))["state"] != before
        request = urllib.request.Request(f"{base}/release/{DEMO}", headers={"Host": "attacker.example"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request)
        assert refused.value.code == 403
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"{base}/static/../../release.yaml")
        assert missing.value.code == 404
    finally:
        server.shutdown()
        server.server_close()
    assert server.server_address[0] == "127.0.0.1"


def test_preview_refuses_to_listen_beyond_loopback(scratch_project: Project) -> None:
    from press.errors import PressError

    with pytest.raises(PressError, match="loopback only"):
        serve(PreviewApp(scratch_project, [DEMO]), host="0.0.0.0", port=0)


def test_segment_markup_survives_highlighting() -> None:
    from press.preview.page import FindingView, highlight

    view = FindingView(1, "error", "dates.mismatch", "differs", "19 желтоқсанда", ["kk"], "p3")
    source = '<strong>Ертең</strong>, 19 желтоқсанда, <a href="https://x.kz">сайт</a>'
    html, marked = highlight(source, view)
    assert marked
    assert html == ('<strong>Ертең</strong>, <mark class="finding finding-error" id="mark-1-0">'
                    '19 желтоқсанда</mark><a class="finding-ref" href="#finding-1" aria-label="finding 1">'
                    '[1]</a>, <a href="https://x.kz">сайт</a>')
    escaped = highlight("<em>x &lt;y&gt;</em>", FindingView(2, "warning", "r", "m", "<y>", ["en"], None))[0]
    assert escaped == ('<em>x <mark class="finding finding-warning" id="mark-2-0">&lt;y&gt;</mark>'
                       '<a class="finding-ref" href="#finding-2" aria-label="finding 2">[2]</a></em>')


def test_preview_states_tell_an_embargo_from_a_draft() -> None:
    """An approved language under embargo is not a draft; an unapproved one is, embargo or not."""
    import datetime as dt

    from press.model import Publication
    from press.preview.page import publication_states

    embargo = dt.datetime(2027, 1, 1, 5, 0, tzinfo=dt.UTC)
    rule = Publication({"en": True, "kk": False, "ru": True}, embargo, {"en": 0, "kk": 0, "ru": 1})
    before = publication_states(rule, ["en", "kk", "ru"], embargo - dt.timedelta(minutes=1))
    assert before == {"en": "approved, under embargo until 2027-01-01 05:00+00:00",
                      "kk": "draft: not all approved, or no title or body",
                      "ru": "held: 1 checker error(s)"}
    assert publication_states(rule, ["en"], embargo) == {"en": "all segments approved"}
