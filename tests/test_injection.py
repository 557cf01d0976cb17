"""Untrusted release text cannot reach a reader's browser, the server's files or its network.

Release text (Word imports, translators, engines) carrying <script>, event handlers,
javascript: links, `<img src="file:///etc/passwd">`, `![x](file:///etc/passwd)` and the cloud
metadata address is built to HTML, PDF and DOCX; the outputs are read back with lxml, pypdf and
python-docx. A canary HTTP server on 127.0.0.1 records every request: the hostile build must
not reach it, and a brand copy that allows the canary's host proves the PDF renderer *would*
fetch through the same path, so the silence is the fetcher's doing and not an accident.
"""

from __future__ import annotations

import json
import re
import shutil
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html

from press.cli import main
from press.markup import ALLOWED_TAGS, to_html, to_runs
from press.render.cache import VARIABLE as RENDER_CACHE

REPO = Path(__file__).resolve().parent.parent
DEMO_ID = "2025-12-10-baikonur"
PASSWD = Path("/etc/passwd")
SEGMENT_IDS = ("title", "p1", "p2", "p3")
FORBIDDEN_SCHEMES = ("javascript:", "file:", "data:", "vbscript:")

pytestmark = pytest.mark.xdist_group("injection")
"""One xdist worker runs the module: the hostile build and its canary's hits are made once."""


class Canary:
    """An HTTP server on 127.0.0.1 that answers 404 to everything and remembers each path."""

    def __init__(self) -> None:
        hits: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
                hits.append(self.path)
                self.send_response(404)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.hits = hits
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02},
                         daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def payloads(canary: str, secret: Path) -> dict[str, str]:
    """Hostile text per segment id; each also carries ordinary words that must survive."""
    return {
        "title": "Baikonur </script><script>alert('title')</script> <!--<script>",
        "p1": ("Opening <script>alert(1)</script> and <img src=x onerror=\"alert(2)\"> and "
               "<a href=\"javascript:alert(3)\" onclick=\"alert(4)\">click</a> and "
               "[link](javascript:alert(5)) and [caps](JaVaScRiPt:alert(6)) and "
               "<svg onload=alert(7)></svg> closing words."),
        "p2": (f"Files <img src=\"file:///etc/passwd\"> ![x](file:///etc/passwd) "
               f"![s]({secret.as_uri()}) [att](file:///etc/passwd) "
               f"<link rel=\"attachment\" href=\"file:///etc/passwd\"> "
               f"<a rel=\"attachment\" href=\"{secret.as_uri()}\">attached</a> "
               f"[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==) end of files."),
        "p3": (f"Network ![m](http://169.254.169.254/latest/meta-data/) "
               f"[meta](http://169.254.169.254/latest/meta-data/) [decimal](http://2852039166/) "
               f"![c]({canary}/text-image.png) <img src=\"{canary}/raw-image.png\"> "
               f"<iframe src=\"{canary}/frame\"></iframe> <style>@import url({canary}/style.css);</style> "
               f"[own]({canary}/link) end of network."),
    }


def set_texts(path: Path, texts: dict[str, str]) -> None:
    """Replace segment texts in a language file through the real loader and saver."""
    from press.source import load_version, version_yaml

    lang = path.stem
    version = load_version(path, lang, is_source=lang == "en")
    for segment_id, text in texts.items():
        version.segments[segment_id].text = text
    path.write_text(version_yaml(version, is_source=lang == "en"), encoding="utf-8")


def canary_brand(root: Path, name: str, canary: str, allow: bool) -> None:
    """A copy of the brand whose mark loads an image from the canary (allowed or not)."""
    folder = root / "templates" / "brands" / name
    shutil.copytree(REPO / "templates" / "brands" / "mfa-kz", folder)
    svg = (folder / "mark.svg").read_text(encoding="utf-8")
    image = f'<image href="{canary}/brand-mark.png" x="0" y="0" width="10" height="10"/>'
    (folder / "mark.svg").write_text(svg.replace("</svg>", f"{image}</svg>"), encoding="utf-8")
    if allow:
        with (folder / "brand.yaml").open("a", encoding="utf-8") as handle:
            handle.write("allowed_hosts: [127.0.0.1]\n")


def build(root: Path, out: Path, *args: str) -> None:
    try:
        main(["--project", str(root), "build", DEMO_ID, "--out", str(out), "--force", "--jobs", "1", *args])
    except SystemExit as exc:
        assert not exc.code, f"press build exited with {exc.code}"


def set_brand(root: Path, brand: str) -> None:
    path = root / "releases" / "2025" / DEMO_ID / "release.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(text.split("brand: ", 1)[1].split("\n", 1)[0], brand, 1), encoding="utf-8")


@pytest.fixture(scope="module", autouse=True)
def _lay_out_every_pdf() -> Iterator[None]:
    """No render cache here: every hostile page goes through WeasyPrint and its fetcher."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(RENDER_CACHE, "off")
        yield


@pytest.fixture(scope="module")
def canary() -> Iterator[Canary]:
    server = Canary()
    yield server
    server.close()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, canary: Canary) -> dict[str, Any]:
    """The demo release with hostile en and kk text, built to every format; canary hits kept."""
    base = tmp_path_factory.mktemp("injection")
    secret = base / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("PRESS-CANARY-SECRET-7f3a9c1e\n", encoding="utf-8")
    root = base / "project"
    shutil.copytree(REPO / "releases", root / "releases")
    (root / "locales").mkdir()
    shutil.copy(REPO / "locales" / "termbase.yaml", root / "locales" / "termbase.yaml")
    folder = root / "releases" / "2025" / DEMO_ID
    texts = payloads(canary.base, secret)
    for lang in ("en", "kk"):
        set_texts(folder / f"{lang}.yaml", texts)
    out = base / "out"
    build(root, out, "--lang", "en,kk")
    hits_after_hostile_build = list(canary.hits)
    return {"root": root, "out": out / DEMO_ID, "secret": secret, "texts": texts,
            "hits": hits_after_hostile_build}


# --- the sanitiser on its own -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[a](javascript:alert(1))",
    "![x](file:///etc/passwd)", '<img src="file:///etc/passwd">', "![m](http://169.254.169.254/)",
    "[m](http://169.254.169.254/latest/)", "[d](http://2852039166/)", "[h](http://0xa9fea9fe/)",
    "[l](http://localhost:8080/)", "[v6](http://[::1]/)", "<https://127.0.0.1/>",
    '<a href="javascript:x" onmouseover="y">z</a>', "<svg/onload=alert(1)>",
    "[d](data:text/html;base64,PHNjcmlwdD4=)", "**<b onclick=1>bold</b>**",
])
def test_markup_keeps_no_active_content(text: str) -> None:
    fragment = lxml_html.fragment_fromstring(to_html(text) or " ", create_parent="div")
    for element in fragment.iter():
        assert element.tag == "div" or element.tag in ALLOWED_TAGS, to_html(text)
        assert not [name for name in element.attrib if name.lower().startswith("on")]
        for name in ("href", "src"):
            value = element.get(name, "").lower()
            assert not value.startswith(FORBIDDEN_SCHEMES), value
            assert not any(host in value for host in ("169.254", "127.0.0.1", "localhost", "[::1]"))
    assert all(run.href is None for run in to_runs(text))


def test_markup_keeps_ordinary_links_and_emphasis() -> None:
    """The safety is not bought by dropping everything: public links and emphasis remain."""
    assert to_html("**Baikonur** [MFA](https://www.gov.kz/memleket/entities/mfa)") == (
        '<strong>Baikonur</strong> <a href="https://www.gov.kz/memleket/entities/mfa" '
        'rel="noopener noreferrer">MFA</a>')
    assert [r.href for r in to_runs("[mail](mailto:press@mfa.kz)")] == ["mailto:press@mfa.kz"]


# --- the built outputs --------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "kk"])
def test_html_has_no_script_handler_or_forbidden_url(hostile: dict[str, Any], lang: str) -> None:
    page = lxml_html.fromstring((hostile["out"] / f"{lang}.html").read_bytes())
    scripts = page.xpath("//script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    assert "alert('title')" in json.loads(scripts[0].text)["headline"]  # text in JSON, not a script
    for element in page.iter():
        if not isinstance(element.tag, str):
            continue  # comments
        assert not [a for a in element.attrib if a.lower().startswith("on")], lxml_html.tostring(element)
        assert element.get("rel") != "attachment"
        for name in ("href", "src", "srcset", "action", "data"):
            value = (element.get(name) or "").strip().lower()
            assert not value.startswith(FORBIDDEN_SCHEMES), (name, value)
            assert "169.254" not in value and "127.0.0.1" not in value and "2852039166" not in value
    assert not page.xpath("//img | //iframe | //object | //embed | //link[@rel='attachment']")
    assert len(page.xpath("//style")) == len(page.xpath("//head/style"))  # the template's own only
    for segment_id in SEGMENT_IDS[1:]:
        (paragraph,) = page.xpath(f"//*[@id='{segment_id}']")
        assert {e.tag for e in paragraph.iterdescendants()} <= ALLOWED_TAGS
    p1 = page.xpath("//*[@id='p1']")[0].text_content()
    assert "Opening <script>alert(1)</script>" in p1 and "closing words." in p1  # shown, not run


def _pdf_streams(path: Path) -> Iterator[bytes]:
    """Every stream of the PDF, decoded (fonts, pages, images, embedded files)."""
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject, StreamObject

    reader = PdfReader(path)
    for generation, numbers in reader.xref.items():
        for number in numbers:
            obj = reader.get_object(IndirectObject(number, generation, reader))
            if isinstance(obj, StreamObject):
                yield obj.get_data()
    for number in reader.xref_objStm:
        obj = reader.get_object(IndirectObject(number, 0, reader))
        if isinstance(obj, StreamObject):
            yield obj.get_data()


@pytest.mark.parametrize("lang", ["en", "kk"])
def test_pdf_holds_no_byte_of_a_forbidden_file(hostile: dict[str, Any], lang: str) -> None:
    from pypdf import PdfReader

    path = hostile["out"] / f"{lang}.pdf"
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "closing words." in text  # the hostile paragraphs were rendered, as text
    secret = hostile["secret"].read_bytes().strip()
    passwd_lines = [line for line in PASSWD.read_bytes().splitlines() if len(line) > 8][:5]
    assert passwd_lines, "/etc/passwd has no line to look for"
    everything = [path.read_bytes(), *_pdf_streams(path)]
    for blob in everything:
        assert secret not in blob
        assert not any(line in blob for line in passwd_lines)
    assert secret.decode() not in text and not any(line.decode() in text for line in passwd_lines)
    assert reader.attachments == {}
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            uri = str(annotation.get_object().get("/A", {}).get("/URI", ""))
            assert uri == "" or uri.startswith(("https://", "http://", "mailto:")), uri
            assert "169.254" not in uri and "127.0.0.1" not in uri


def test_hostile_build_sends_no_request(hostile: dict[str, Any]) -> None:
    assert hostile["hits"] == []


@pytest.mark.parametrize("lang", ["en", "kk"])
def test_docx_gets_the_text_as_plain_runs(hostile: dict[str, Any], lang: str) -> None:
    from docx import Document

    path = hostile["out"] / f"{lang}.docx"
    document = Document(str(path))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Opening <script>alert(1)</script>" in body and "end of network." in body
    external = [rel.target_ref for rel in document.part.rels.values() if rel.is_external]
    assert not [t for t in external if t.lower().startswith(FORBIDDEN_SCHEMES) or "169.254" in t
                or "127.0.0.1" in t]
    with zipfile.ZipFile(path) as package:
        xml = b"".join(package.read(name) for name in package.namelist() if name.endswith(".xml"))
        images = [name for name in package.namelist() if name.startswith("word/media/")]
    for marker in (b"<w:fldSimple", b"INCLUDEPICTURE", b"INCLUDETEXT", b"DDEAUTO", b"<w:altChunk",
                   b"<w:object", b"<w:hyperlink"):
        assert marker not in xml, marker
    fields = {f.strip() for f in re.findall(rb"<w:instrText[^>]*>([^<]*)</w:instrText>", xml)}
    assert fields <= {b"PAGE", b"NUMPAGES"}, fields  # the footer's page number only
    assert len(images) <= 1  # the brand's mark, nothing from the text
    secret = hostile["secret"].read_bytes().strip()
    assert secret not in path.read_bytes() and secret not in xml


def test_fetcher_is_what_keeps_the_canary_silent(hostile: dict[str, Any], canary: Canary,
                                                 tmp_path: Path) -> None:
    """Positive control: a brand mark that loads from the canary is fetched only when the brand
    allows the host. Hostile release text still fetches nothing (the sanitiser drops images)."""
    root = hostile["root"]
    canary_brand(root, "canary-closed", canary.base, allow=False)
    canary_brand(root, "canary-open", canary.base, allow=True)
    try:
        set_brand(root, "canary-closed")
        canary.hits.clear()
        build(root, tmp_path / "closed", "--lang", "en", "--format", "pdf")
        assert canary.hits == []
        set_brand(root, "canary-open")
        build(root, tmp_path / "open", "--lang", "en", "--format", "pdf")
        assert canary.hits == ["/brand-mark.png"]  # fetched through the allowed host only
    finally:
        set_brand(root, "mfa-kz")


@pytest.mark.parametrize("relative", [
    "../outside/secret.txt", "%2e%2e/outside/secret.txt", "link-to-secret.txt", "link-to-dir/secret.txt",
])
def test_fetcher_refuses_escapes_from_the_release_folder(tmp_path: Path, relative: str) -> None:
    """`..`, its percent-encoded form and symlinks all resolve outside the allowed folder."""
    from press.render.pdf import ForbiddenResource, safe_url_fetcher

    release, outside = tmp_path / "release", tmp_path / "outside"
    release.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("secret", encoding="utf-8")
    (release / "photo.txt").write_text("allowed", encoding="utf-8")
    (release / "link-to-secret.txt").symlink_to(outside / "secret.txt")
    (release / "link-to-dir").symlink_to(outside)
    fetcher = safe_url_fetcher([release], [])
    response = fetcher.fetch(release.as_uri() + "/photo.txt")  # the control: allowed
    try:
        assert response.read() == b"allowed"
    finally:
        response.close()
    for url in (f"{release.as_uri()}/{relative}", "file:///etc/passwd", "http://169.254.169.254/",
                "http://127.0.0.1:9/", "ftp://127.0.0.1/x"):
        with pytest.raises(ForbiddenResource):
            fetcher.fetch(url)
