"""press archive: the static site and the BagIt bundle, read back with real readers.

One small project (the demo release, four synthetic ones, one with an unapproved
translation and one under embargo) is exported once per module; the tests read the
result with feedparser, the Nu HTML Checker, lxml, bagit-python and pypdf.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import pickle
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ARCHIVE_NOW, copy_of, external, tool
from conftest import synth_releases as _synth

from press.archive.export import export
from press.project import Project
from press.render.cache import VARIABLE as RENDER_CACHE

REPO = Path(__file__).resolve().parent.parent
VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LANGS = ("en", "kk", "ru")
NOW = ARCHIVE_NOW


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def exported(archive_export: Path) -> tuple[Project, Path, object]:
    """The fixture project exported once per run (conftest's shared `archive_export`), read-only:
    the project, the folder holding `site` (the site root) and `bag`, the ExportResult."""
    result = pickle.loads((archive_export / "result.pickle").read_bytes())
    return Project(archive_export / "project"), archive_export, result


@pytest.fixture(scope="module")
def site(exported: tuple[Project, Path, object]) -> Path:
    return exported[1] / "site"


def _published(folder: Path) -> set[str]:
    """The files of a site root or bag, but press's list of what it wrote there."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and p.name != ".press-written.json"}


@pytest.fixture(scope="module")
def manifest(site: Path) -> dict:
    return json.loads((site / "releases.json").read_text(encoding="utf-8"))


def test_only_published_releases_are_exported(exported, manifest) -> None:
    _, _, result = exported
    ids = [r["id"] for r in manifest["releases"]]
    assert len(ids) == 6 and "2025-12-10-baikonur" in ids  # the unapproved kk: en and ru published
    assert len(result.unpublished) == 1 and not result.errors  # the embargoed one
    partial = [r for r in manifest["releases"] if "kk" not in r["languages"]]
    assert len(partial) == 1 and sorted(partial[0]["languages"]) == ["en", "ru"]
    assert not set(result.unpublished) & set(ids)
    assert ids == sorted(ids, key=lambda i: next(r["date"] for r in manifest["releases"] if r["id"] == i),
                         reverse=True)


def test_manifest_lists_every_file_with_its_sha256(site, manifest) -> None:
    listed = [f for r in manifest["releases"] for f in r["files"]] + manifest["site"]
    for entry in listed:
        data = (site / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] and len(data) == entry["bytes"]
    assert _published(site) == {e["path"] for e in listed} | {"releases.json"}
    demo = next(r for r in manifest["releases"] if r["id"] == "2025-12-10-baikonur")
    assert set(demo["titles"]) == set(LANGS) and demo["titles"]["kk"].startswith("Байқоңыр")


def test_atom_feed_per_language(site, manifest) -> None:
    import feedparser

    for lang in LANGS:
        feed = feedparser.parse((site / lang / "feed.atom").read_bytes())
        assert not feed.bozo, feed.get("bozo_exception")
        assert feed.feed.language == lang
        assert [e.title for e in feed.entries] == [r["titles"][lang] for r in manifest["releases"]
                                                   if lang in r["languages"]]
        for entry in feed.entries:
            assert (site / lang / entry.link).resolve().is_file()
            assert entry.id.startswith("tag:")


def test_sitemap_has_every_alternate(site, manifest) -> None:
    from lxml import etree

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    tree = etree.parse(str(site / "sitemap.xml"))
    urls = tree.findall("s:url", ns)
    languages = {r["id"]: set(r["languages"]) for r in manifest["releases"]}
    assert len(urls) == 3 * 2 + sum(map(len, languages.values()))
    locs = [u.findtext("s:loc", namespaces=ns) for u in urls]
    for release in manifest["releases"]:
        assert all(f"releases/{release['id']}/{lang}.html" in locs for lang in release["languages"])
    for url in urls:
        loc = url.findtext("s:loc", namespaces=ns)
        assert (site / loc).is_file()
        links = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)}
        release_langs = languages[loc.split("/")[1]] if loc.startswith("releases/") else set(LANGS)
        assert set(links) == {*release_langs, "x-default"}
        assert all((site / href).is_file() for href in links.values())


def test_links_are_relative_and_resolve(site, manifest) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) == 1 + 2 * 3 + sum(len(r["languages"]) for r in manifest["releases"])
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for href in re.findall(r'(?:href|src)="([^"]+)"', html):
            if href.startswith(("mailto:", "https://", "#")):
                continue
            assert not href.startswith(("/", "file:", "http:")), f"{page}: {href}"
            assert (page.parent / href.split("#")[0]).resolve().exists(), f"{page}: {href}"
    kk = (site / "releases" / "2025-12-10-baikonur" / "kk.html").read_text(encoding="utf-8")
    assert 'href="kk.pdf"' in kk and 'href="kk.docx"' in kk and 'hreflang="ru" href="ru.html"' in kk
    assert "Барлық баспасөз релиздері" in kk
    index = (site / "ru" / "index.html").read_text(encoding="utf-8")
    assert "По годам" in index and "По тегам" in index and '<html lang="ru"' in index


def test_nu_html_checker_finds_no_error(site) -> None:
    java = tool("java", how="the Nu HTML Checker needs Java; .ci/run installs it (scripts/system-deps.sh)")
    vnu = external(VNU, "the Nu HTML Checker (vnu.jar)",
                   "run `npm install` (package.json devDependency vnu-jar)")
    pages = [str(p) for p in sorted(site.rglob("*.html"))]
    # the quick compiler alone and one GC thread: half the CPU of the JVM's defaults for one short
    # run; its deeper stacks need more than the 512k the checker asks for at least
    flags = ["-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]
    run = subprocess.run([java, *flags, "-jar", vnu, "--errors-only", *pages],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and not run.stderr.strip(), run.stderr


def test_bag_validates_and_detects_tampering(exported, tmp_path) -> None:
    import bagit

    bag_dir = exported[1] / "bag"
    bag = bagit.Bag(str(bag_dir))
    bag.validate()
    assert bag.info["Bagging-Date"] == "2025-12-10"
    assert (bag_dir / "data/releases/2025-12-10-baikonur/source/kk.yaml").read_bytes() == \
        (exported[0].root / "releases/2025/2025-12-10-baikonur/kk.yaml").read_bytes()
    copy = tmp_path / "bag"
    shutil.copytree(bag_dir, copy)
    (copy / "data/releases/2025-12-10-baikonur/source/kk.yaml").write_text("lang: kk\n", encoding="utf-8")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(copy)).validate()


def test_pdf_is_pdfa3b_with_sources_attached(exported, site) -> None:
    from pypdf import PdfReader

    folder = exported[0].root / "releases/2025/2025-12-10-baikonur"
    reader = PdfReader(site / "releases/2025-12-10-baikonur/ru.pdf")
    xmp = reader.xmp_metadata
    assert xmp is not None
    description = xmp.rdf_root.getElementsByTagNameNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                                                      "Description")
    pdfaid = "http://www.aiim.org/pdfa/ns/id/"
    ids = {(d.getAttributeNS(pdfaid, "part"), d.getAttributeNS(pdfaid, "conformance"))
           for d in description if d.hasAttributeNS(pdfaid, "part")}
    assert ids == {("3", "B")}
    attachments = reader.attachments
    assert set(attachments) == {"release.yaml", "en.yaml", "kk.yaml", "ru.yaml", "metadata.json"}
    assert attachments["ru.yaml"][0] == (folder / "ru.yaml").read_bytes()
    metadata = json.loads(attachments["metadata.json"][0])
    assert metadata["id"] == "2025-12-10-baikonur" and metadata["titles"]["ru"].startswith("Байконур")
    assert reader.metadata["/CreationDate"].startswith("D:20251210")
    assert "/AF" in reader.trailer["/Root"]
    root = reader.trailer["/Root"]  # PDF/A-3b and tagged: WeasyPrint combines the two
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root and root["/Lang"] == "ru"


def test_export_twice_gives_identical_bytes(exported, tmp_path, monkeypatch) -> None:
    """A second export of a copy of the project, every release rendered again (every PDF laid
    out: no render cache), gives the same bytes."""
    monkeypatch.setenv(RENDER_CACHE, "off")
    project, out, _ = exported
    copy = Project(copy_of(project.root, tmp_path))
    (copy.root / ".press-cache" / "archive.json").unlink()
    again = tmp_path / "again"  # its bag beside it by default: again-bag
    assert len(export(copy, again, jobs=1, zip_path=tmp_path / "again.zip", now=NOW).rendered) == 7
    for first, second in ((_files(out / "site"), _files(again)),
                          (_files(out / "bag"), _files(tmp_path / "again-bag"))):
        assert sorted(first) == sorted(second)
        assert [name for name in first if first[name] != second[name]] == []
    assert (out / "archive.zip").read_bytes() == (tmp_path / "again.zip").read_bytes()


def test_reexport_renders_only_the_changed_release(tmp_path) -> None:
    root = tmp_path / "project"
    shutil.copytree(REPO / "releases", root / "releases")
    folders = _synth(root, 2)
    project, out = Project(root), tmp_path / "out"
    assert len(export(project, out, jobs=1, now=NOW).rendered) == 3
    assert export(project, out, jobs=1, now=NOW).rendered == []
    kk = folders[1] / "kk.yaml"
    kk.write_text(kk.read_text(encoding="utf-8").replace("Тараптар", "Тараптар да", 1), encoding="utf-8")
    before = _files(out)
    result = export(project, out, jobs=1, now=NOW)
    assert result.rendered == [str(folders[1])]
    after = _files(out)
    changed = {name for name in after if before.get(name) != after[name]}
    release_id = folders[1].name
    assert f"releases/{release_id}/kk.html" in changed
    assert not any(name.startswith("releases/") and release_id not in name for name in changed)


def test_one_broken_release_is_reported_and_the_others_exported(tmp_path, capsys) -> None:
    from press.cli import main

    root = tmp_path / "project"
    shutil.copytree(REPO / "releases", root / "releases")
    broken = _synth(root, 2)[0] / "release.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("dateline: astana", "dateline: nowhere"),
                      encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as stop:
        main(["--project", str(root), "archive", "--out", str(out), "--jobs", "2"])
    assert stop.value.code == 1
    err = capsys.readouterr().err
    assert broken.parent.name in err and "unknown entity 'nowhere'" in err
    ids = [r["id"] for r in json.loads((out / "releases.json").read_text())["releases"]]
    assert len(ids) == 2 and broken.parent.name not in ids


def test_since_leaves_out_older_releases_without_rendering_them(exported, tmp_path) -> None:
    project = Project(copy_of(exported[0].root, tmp_path))  # an export writes the project's cache
    cache = project.root / ".press-cache" / "archive.json"  # the copy knows what the original rendered
    cache.write_text(cache.read_text(encoding="utf-8").replace(str(exported[0].root), str(project.root)),
                     encoding="utf-8")
    result = export(project, tmp_path / "recent", jobs=1, since=dt.date(2025, 1, 1), now=NOW)
    assert [r.id for r in result.published] == ["2025-12-10-baikonur"]
    assert len(result.rendered) <= 1
    listed = json.loads((tmp_path / "recent" / "releases.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in listed["releases"]] == ["2025-12-10-baikonur"]


def test_a_bag_another_site_root_rewrote_is_made_again(exported, tmp_path) -> None:
    """Two site roots exported with one --bag: each export leaves the bag holding its own
    releases, even when nothing of that site changed since its last export."""
    import bagit

    for name in ("project", "site", "bag"):  # the shared export, its cache pointing at the copies
        copy_of(exported[1] / name, tmp_path)
    project = Project(tmp_path / "project")
    cache = project.root / ".press-cache" / "archive.json"
    text = cache.read_text(encoding="utf-8")
    cache.write_text(text.replace(str(exported[1]), str(tmp_path)), encoding="utf-8")
    bag = tmp_path / "bag"
    recent = export(project, tmp_path / "recent", jobs=1, since=dt.date(2025, 1, 1), now=NOW, bag=bag)
    assert [r.id for r in recent.published] == ["2025-12-10-baikonur"]

    def held() -> set[str]:
        bagit.Bag(str(bag)).validate()
        return {line.split("/")[2] for line in (bag / "manifest-sha256.txt").read_text().splitlines()}

    assert held() == {"2025-12-10-baikonur"}
    again = export(project, tmp_path / "site", jobs=1, now=NOW, bag=bag)
    assert again.rendered == [] and held() == {r.id for r in again.published} and len(held()) == 6


def test_tags_are_shown_in_the_page_language(tmp_path: Path) -> None:
    from press.cli import main

    out = tmp_path / "arch"
    main(["--project", str(REPO), "archive", "--out", str(out), "--jobs", "1"])  # exits only on failure
    kk = (out / "kk" / "tags.html").read_text(encoding="utf-8")
    ru = (out / "ru" / "index.html").read_text(encoding="utf-8")
    assert "Ғарыш" in kk and "Халықаралық ынтымақтастық" in kk and ">space<" not in kk
    assert "Космос" in ru and ">international-cooperation<" not in ru


PAGES = [f"releases/2025-12-10-baikonur/{lang}.html" for lang in LANGS] + ["index.html"] + [
    f"{lang}/{name}.html" for lang in LANGS for name in ("index", "tags")]


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory):
    """One headless Chromium for this module's page tests (they share an xdist group)."""
    from test_preview import browser

    driver = browser(tmp_path_factory.mktemp("chromium"))
    yield driver
    driver.quit()


HEADINGS = """
const titles = [...document.querySelectorAll('ol.releases > li a')].filter(a => !a.closest('.tags'));
return [...document.querySelectorAll('h1, h2, h3, h4'), ...titles].map(e => [
  e.tagName.toLowerCase() + ': ' + e.textContent.trim().slice(0, 40),
  getComputedStyle(e).fontFamily.split(',')[0].replace(/["']/g, '').trim()]);
"""


@pytest.mark.xdist_group("archive-chromium")
def test_every_heading_is_set_in_the_brands_heading_font(exported, site: Path, chromium) -> None:
    """Every heading of the archive's pages — h1 to h4 and the title of each listed release, the
    heading of its entry — has the brand's heading font as computed in Chromium, and Chromium
    draws it with that font from the site's _static/fonts (not a fallback of the system)."""
    heading = exported[0].brand("mfa-kz").fonts["heading"]
    other, drawn = {}, {}
    for page in PAGES:
        chromium.get((site / page).as_uri())
        chromium.execute_async_script("document.fonts.ready.then(arguments[arguments.length - 1])")
        other.update({f"{page} {name}": family for name, family in chromium.execute_script(HEADINGS)
                      if family != heading})
        document = chromium.execute_cdp_cmd("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        chromium.execute_cdp_cmd("CSS.enable", {})
        for node in chromium.execute_cdp_cmd("DOM.querySelectorAll",
                                             {"nodeId": document, "selector": "h1, h2"})["nodeIds"]:
            fonts = chromium.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
            drawn[page] = drawn.get(page, set()) | {(f["familyName"], f["isCustomFont"]) for f in fonts}
    assert other == {}
    assert set(drawn) == set(PAGES)
    assert {font for fonts in drawn.values() for font in fonts} == {(heading, True)}


@pytest.mark.xdist_group("archive-chromium")
def test_pages_pass_axe_and_fit_a_phone(site: Path, tmp_path: Path, chromium) -> None:
    """axe-core in headless Chromium: no serious or critical violation on the release, index and
    tags pages of every language and the root; at 360 px nothing runs off the screen (the
    language switcher wraps). Screenshots at 360 and 1280 px go to $PRESS_SCREENSHOTS."""
    from test_preview import axe_violations, screenshot_path

    pages, driver = PAGES, chromium
    try:
        found, overflow = {}, {}
        driver.set_window_size(360, 900)
        for page in pages:
            driver.get((site / page).as_uri())
            inner, scroll = driver.execute_script(
                "return [window.innerWidth, document.documentElement.scrollWidth]")
            if scroll > inner:
                overflow[page] = scroll - inner
            if page.startswith("releases/"):
                name = f"{page.replace('/', '-')}-360.png"
                driver.save_screenshot(str(screenshot_path(tmp_path, name)))
            found[page] = [v["id"] for v in axe_violations(driver) if v["impact"] in ("serious", "critical")]
        driver.set_window_size(1280, 900)
        driver.get((site / pages[1]).as_uri())
        driver.save_screenshot(str(screenshot_path(tmp_path, "release-kk-1280.png")))
        assert {page: ids for page, ids in found.items() if ids} == {}
        assert overflow == {}
    finally:
        driver.set_window_size(1280, 900)
