"""Issue 13, one test per defect: every way in is validated like a source, and press touches only
what it wrote. Each test was run against the code before the fix and failed there (see
/work/notes/guard.md); each ends by loading the release again where a release was involved.
"""

from __future__ import annotations

import json
import os
import re
import stat
import unicodedata
from pathlib import Path

import pytest
from docx import Document
from lxml import etree
from test_bad_inputs import DEMO_DIR, DEMO_ID, make_project

from press.cli import main
from press.project import Project
from press.review.schema import MDA_NS, XLIFF2_NS, XLIFF12_NS

X2 = {"x": XLIFF2_NS, "mda": MDA_NS}
X12 = {"x": XLIFF12_NS}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project")


def press(root: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run press in this process: (exit status, everything it printed)."""
    code = 0
    try:
        main(["--project", str(root), *args])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out = capsys.readouterr()
    return code, out.out + out.err


def release_files(root: Path) -> dict[Path, bytes]:
    folder = root / DEMO_DIR
    return {p: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def loads(root: Path) -> object:
    """The release still loads (the loader's rules hold for whatever came in)."""
    project = Project(root)
    return project.load(project.release_folders([DEMO_ID])[0])


def refused(code: int, output: str, *expected: str) -> None:
    assert code == 2, f"exit {code}\n{output}"
    assert "Traceback" not in output, output
    for text in expected:
        assert text in output, f"{text!r} not in:\n{output}"


def export(root: Path, tmp_path: Path, lang: str, fmt: str, capsys) -> Path:
    out = tmp_path / f"{lang}.{fmt}.{'docx' if fmt == 'docx' else 'xlf'}"
    code, output = press(root, "review", "export", DEMO_ID, "--lang", lang, "--format", fmt,
                         "-o", str(out), capsys=capsys)
    assert code == 0, output
    return out


# --- 1. untrusted text through the review doors -----------------------------------------------

def _edit_xliff2(path: Path, sid: str, *, target: str | None = None, note: str | None = None,
                 state: str | None = None) -> None:
    tree = etree.parse(str(path))
    unit = tree.find(f".//x:unit[@id='{sid}']", X2)
    segment = unit.find("x:segment", X2)
    if target is not None:
        segment.find("x:target", X2).text = target
    if state:
        segment.set("state", state)
    if note is not None:
        notes = unit.find("x:notes", X2)
        if notes is None:
            notes = etree.Element(f"{{{XLIFF2_NS}}}notes")
            unit.insert(list(unit).index(segment), notes)
        etree.SubElement(notes, f"{{{XLIFF2_NS}}}note", category="translator").text = note
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def _edit_xliff12(path: Path, sid: str, *, target: str | None = None, note: str | None = None) -> None:
    tree = etree.parse(str(path))
    unit = tree.find(f".//x:trans-unit[@id='{sid}']", X12)
    if target is not None:
        unit.find("x:target", X12).text = target
    if note is not None:
        etree.SubElement(unit, f"{{{XLIFF12_NS}}}note", {"from": "translator"}).text = note
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def _edit_docx(path: Path, sid: str, *, target: str | None = None, comment: str | None = None) -> None:
    doc = Document(str(path))
    for row in doc.tables[0].rows:
        tags = [sdt.find(f"{W}sdtPr/{W}tag").get(W + "val") for sdt in row._tr.iter(W + "sdt")]
        if any(t.startswith(f"press:{sid}:") for t in tags):
            if target is not None:
                row.cells[1].text = target
            if comment is not None:
                row.cells[3].text = comment
    doc.save(str(path))


EDITORS = {"xliff": _edit_xliff2, "xliff12": _edit_xliff12, "docx": _edit_docx}


@pytest.mark.parametrize("fmt", ["xliff", "xliff12", "docx"])
def test_a_control_character_in_a_note_on_approved_work_is_refused(root: Path, tmp_path: Path, fmt: str,
                                                                   capsys) -> None:
    path = export(root, tmp_path, "kk", fmt, capsys)
    key = "comment" if fmt == "docx" else "note"
    EDITORS[fmt](path, "p2", **{key: "Тексеру керек\x86 мына жерді"})
    before = release_files(root)
    code, output = press(root, "review", "import", str(path), capsys=capsys)
    refused(code, output, "U+0086", "p2")
    assert release_files(root) == before
    loads(root)


@pytest.mark.parametrize("fmt", ["xliff", "xliff12", "docx"])
@pytest.mark.parametrize("bad", ["Түзетілген\x85 аударма.", "Ұзын " * 6_000],
                         ids=["U+0085", "30k-chars"])
def test_a_bad_target_is_refused_even_with_a_reviewer(root: Path, tmp_path: Path, fmt: str, bad: str,
                                                      capsys) -> None:
    path = export(root, tmp_path, "kk", fmt, capsys)
    EDITORS[fmt](path, "p2", target=bad)
    before = release_files(root)
    code, output = press(root, "review", "import", str(path), "--reviewer", "R. Reviewer", capsys=capsys)
    refused(code, output, "p2")
    assert "U+0085" in output or "the limit is" in output
    assert release_files(root) == before
    loads(root)


# --- 3. hand-off identity -----------------------------------------------------------------------

def _relabel_xliff2_trglang(data: bytes) -> bytes:
    return data.replace(b'trgLang="kk"', b'trgLang="ru"')


def _relabel_xliff2_everywhere(data: bytes) -> bytes:
    data = _relabel_xliff2_trglang(data).replace(b'<mda:meta type="lang">kk<', b'<mda:meta type="lang">ru<')
    return data.replace(f'original="{DEMO_ID}/kk"'.encode(), f'original="{DEMO_ID}/ru"'.encode())


def _relabel_xliff12(data: bytes) -> bytes:
    return data.replace(b'target-language="kk"', b'target-language="ru"')


@pytest.mark.parametrize("fmt,relabel,expected", [
    ("xliff", _relabel_xliff2_trglang, "relabelled"),
    ("xliff", _relabel_xliff2_everywhere, "identity"),
    ("xliff12", _relabel_xliff12, "identity"),
    ("docx", None, "relabelled"),
], ids=["xliff2-trgLang", "xliff2-everywhere", "xliff12-target-language", "docx-identifier"])
def test_a_kk_file_relabelled_ru_is_refused(root: Path, tmp_path: Path, fmt: str, relabel, expected: str,
                                            capsys) -> None:
    path = export(root, tmp_path, "kk", fmt, capsys)
    if relabel is not None:
        path.write_bytes(relabel(path.read_bytes()))
    else:
        doc = Document(str(path))
        doc.core_properties.identifier = doc.core_properties.identifier.replace(":kk", ":ru")
        doc.save(str(path))
    before = release_files(root)
    code, output = press(root, "review", "import", str(path), "--reviewer", "R", capsys=capsys)
    refused(code, output, expected)
    assert release_files(root) == before
    loads(root)


def test_a_bom_less_utf16_xliff_with_a_doctype_is_refused(root: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "evil.xlf"
    text = ('<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE x [<!ENTITY e "boom">]>\n'
            f'<xliff xmlns="{XLIFF2_NS}" version="2.1" srcLang="en" trgLang="kk"><file id="f">'
            '<unit id="p1"><segment><source>&e;</source></segment></unit></file></xliff>')
    path.write_bytes(text.encode("utf-16-le"))
    code, output = press(root, "review", "import", str(path), capsys=capsys)
    refused(code, output, "UTF-16")


# --- 1. untrusted text through the other doors ----------------------------------------------------

@pytest.mark.parametrize("name,data", [
    ("draft.txt", "Байқоңыр туралы\n\nБірінші абзац\x07 қоңырау.\n".encode()),
    ("draft.html", "<h1>Байқоңыр</h1><p>Бірінші абзац &#x7f; жою.</p>".encode()),
])
def test_a_draft_with_a_control_character_is_refused(root: Path, tmp_path: Path, name: str, data: bytes,
                                                     capsys) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    before = release_files(root)
    code, output = press(root, "import", str(path), "--lang", "kk", "--release", DEMO_ID, capsys=capsys)
    refused(code, output, name, "U+00")
    assert release_files(root) == before
    code, output = press(root, "import", str(path), "--lang", "en", "--slug", "bell", capsys=capsys)
    refused(code, output, "U+00")
    assert not any((root / "releases").rglob("*bell*"))
    loads(root)


def test_rich_markup_in_an_unaligned_draft_paragraph_is_printed_not_parsed(root: Path, tmp_path: Path,
                                                                           capsys) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("Байқоңыр\n\nМүлдем басқа нәрсе туралы [/bold] абзац [red]қызыл[/red].\n",
                    encoding="utf-8")
    code, output = press(root, "import", str(path), "--lang", "kk", "--release", DEMO_ID, capsys=capsys)
    assert code == 0, output
    assert "Traceback" not in output and "[/bold]" in output
    loads(root)


@pytest.mark.parametrize("note", ["Form\x0cfeed", "Bell\x07", "Lone \ud800 surrogate"])
def test_a_correction_note_with_a_control_character_is_refused(root: Path, note: str, capsys) -> None:
    before = release_files(root)
    code, output = press(root, "correct", DEMO_ID, "--date", "2025-12-11", "--note", f"en={note}",
                         "--note", "kk=Түзетілді.", "--note", "ru=Исправлено.", capsys=capsys)
    refused(code, output, "--note", "U+")
    assert release_files(root) == before
    loads(root)


def test_an_nfd_language_file_is_read_as_nfc(root: Path) -> None:
    path = root / DEMO_DIR / "kk.yaml"
    path.write_text(unicodedata.normalize("NFD", path.read_text(encoding="utf-8")), encoding="utf-8")
    release = loads(root)
    texts = [seg.text for seg in release.versions["kk"].segments.values()]  # type: ignore[attr-defined]
    assert all(unicodedata.is_normalized("NFC", text) for text in texts)
    assert any("й" in text for text in texts)


# --- loader type checks that reached a renderer or a writer --------------------------------------

def _patch(root: Path, name: str, old: str, new: str) -> None:
    path = root / DEMO_DIR / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


CONTACTS = "contacts:\n  - name: {en: Press Office, kk: Баспасөз қызметі, ru: Пресс-служба}\n"


@pytest.mark.parametrize("old,new,expected", [
    ("tags:", "corrections:\n  - date: 2025-12-11\n    note: {en: [1, 2], kk: x, ru: y}\ntags:",
     "corrections[0].note"),
    ("tags:", "corrections:\n  - date: 2025-12-11\n    note: {en: null, kk: x, ru: y}\ntags:",
     "corrections[0].note"),
    ("tags:", "corrections:\n  - date: 2025-12-11\n    note: {en: \"a\\fb\", kk: x, ru: y}\ntags:",
     "U+000C"),
    ("tags:", CONTACTS.replace("Press Office", "[1, 2]") + "tags:", "contacts[0].name"),
    ("tags:", CONTACTS.replace("Press Office", "null") + "tags:", "contacts[0].name"),
    ("date: 2025-12-10", "date: 2205-12-10", "release.yaml:4: date"),
    ("    en: Jonny Kim", "    en: []", "entities.jonny-kim.en"),
    ("FACTS", "  huge:\n    kind: figure\n    value: 1e308\n", "facts.huge.value"),
    ("FACTS", "  nan:\n    kind: figure\n    value: .nan\n", "facts.nan.value"),
], ids=["note-list", "note-null", "note-form-feed", "contact-list", "contact-null", "date-2205",
        "entity-empty-forms", "fact-1e308", "fact-nan"])
def test_loader_types_that_reached_a_renderer(root: Path, old: str, new: str, expected: str,
                                              capsys) -> None:
    if old == "FACTS":  # facts: is the last section of the demo's release.yaml
        path = root / DEMO_DIR / "release.yaml"
        path.write_text(path.read_text(encoding="utf-8") + new, encoding="utf-8")
    else:
        _patch(root, "release.yaml", old, new)
    code, output = press(root, "check", DEMO_ID, capsys=capsys)
    refused(code, output, expected)


def test_a_300_kb_segment_of_emphasis_marks_is_refused_before_rendering(root: Path, capsys) -> None:
    _patch(root, "en.yaml", 'text: "Baikonur remains at the heart of global human spaceflight"',
           'text: "' + "**x" * 100_000 + '"')
    code, output = press(root, "check", DEMO_ID, capsys=capsys)
    refused(code, output, "en.yaml:5: segments.title.text", "limit")


def test_many_emphasis_marks_are_refused_and_never_rendered_nested(root: Path, capsys) -> None:
    from press.markup import to_html

    _patch(root, "en.yaml", 'text: "Baikonur remains at the heart of global human spaceflight"',
           'text: "' + "**x" * 2_000 + '"')
    code, output = press(root, "check", DEMO_ID, capsys=capsys)
    refused(code, output, "en.yaml:5: segments.title.text", "emphasis")
    assert "<strong>" not in to_html("**x" * 2_000)


# --- 4. confinement ------------------------------------------------------------------------------

def test_a_percent_encoded_loopback_link_is_dropped() -> None:
    from press.markup import safe_href, to_html

    for url in ("https://%31%32%37.0.0.1/admin", "https://%6c%6fcalhost/", "https://１２７.0.0.1/"):
        assert safe_href(url) is None, url
        assert "href" not in to_html(f"[admin]({url})")
    assert safe_href("https://mfa.gov.kz/en") == "https://mfa.gov.kz/en"


@pytest.mark.parametrize("brand", ["../../../../proc/self", "../../etc", "../outside"])
def test_a_brand_outside_templates_brands_is_refused(root: Path, brand: str, capsys) -> None:
    outside = root / "templates" / "outside"
    outside.mkdir(parents=True)
    for item in (root / "templates" / "brands" / "mfa-kz").iterdir():
        if item.is_file():
            (outside / item.name).write_bytes(item.read_bytes())
    (outside / "mark.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script>'
                                      '</svg>', encoding="utf-8")
    _patch(root, "release.yaml", "brand: mfa-kz", f"brand: {brand}")
    code, output = press(root, "check", DEMO_ID, capsys=capsys)
    refused(code, output, "release.yaml:6: brand")
    code, output = press(root, "build", DEMO_ID, "--format", "html", "--lang", "en",
                         "--out", str(root / "dist"), capsys=capsys)
    refused(code, output, "brand")
    assert not (root / "dist").exists() or not any((root / "dist").rglob("*.html"))


def test_a_brand_folder_that_is_a_symlink_out_of_the_project_is_refused(root: Path, tmp_path: Path,
                                                                       capsys) -> None:
    import shutil

    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(root / "templates" / "brands" / "mfa-kz", elsewhere)
    (root / "templates" / "brands" / "linked").symlink_to(elsewhere)
    _patch(root, "release.yaml", "brand: mfa-kz", "brand: linked")
    code, output = press(root, "build", DEMO_ID, "--format", "html", "--lang", "en",
                         "--out", str(root / "dist"), capsys=capsys)
    refused(code, output, "outside templates/brands/")


def _brand_yaml(root: Path) -> Path:
    return root / "templates" / "brands" / "mfa-kz" / "brand.yaml"


def test_a_font_name_that_breaks_out_of_css_is_refused(root: Path, capsys) -> None:
    path = _brand_yaml(root)
    text = path.read_text(encoding="utf-8")
    evil = '"PT Serif\\n; } h1{display:none} body{background:url(http://127.0.0.1/x)}"'
    assert "  body: PT Serif\n" in text
    path.write_text(text.replace("  body: PT Serif\n", f"  body: {evil}\n", 1), encoding="utf-8")
    code, output = press(root, "build", DEMO_ID, "--format", "html", "--lang", "en",
                         "--out", str(root / "dist"), capsys=capsys)
    refused(code, output, "brand.yaml", "fonts")


def test_a_signature_with_ampersand_and_quotes_prints_as_written_in_the_pdf(root: Path, capsys) -> None:
    from pypdf import PdfReader

    path = _brand_yaml(root)
    signature = 'en: "Press & Information O\'Office \\"MFA\\""'
    text, count = re.subn(r"(signature:[^\n]*\n\s+)en:[^\n]*", lambda m: m.group(1) + signature,
                          path.read_text(encoding="utf-8"), count=1)
    assert count == 1
    path.write_text(text, encoding="utf-8")
    code, output = press(root, "build", DEMO_ID, "--format", "pdf", "--lang", "en",
                         "--out", str(root / "dist"), capsys=capsys)
    assert code == 0, output
    pdf = next((root / "dist").rglob("en.pdf"))
    words = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "&amp;" not in words and "Press & Information O'Office \"MFA\"" in words


def test_two_release_folders_with_one_id_are_refused(root: Path, capsys) -> None:
    import shutil

    copy = root / "releases" / "2024" / DEMO_ID
    shutil.copytree(root / DEMO_DIR, copy)
    code, output = press(root, "build", "--format", "html", "--lang", "en", "--out", str(root / "dist"),
                         capsys=capsys)
    refused(code, output, DEMO_ID, "twice")


# --- 5. modes and resources ----------------------------------------------------------------------

def test_new_files_follow_the_umask_and_existing_files_keep_their_mode(tmp_path: Path) -> None:
    from press.atomic import write_text

    old = os.umask(0o022)
    try:
        write_text(tmp_path / "new.yaml", "a: 1\n")
        assert stat.S_IMODE((tmp_path / "new.yaml").stat().st_mode) == 0o644
        (tmp_path / "shared.yaml").write_text("a: 1\n")
        (tmp_path / "shared.yaml").chmod(0o664)
        write_text(tmp_path / "shared.yaml", "a: 2\n")
        assert stat.S_IMODE((tmp_path / "shared.yaml").stat().st_mode) == 0o664
    finally:
        os.umask(old)


def test_a_save_keeps_the_mode_of_a_language_file(root: Path) -> None:
    from press.source import save_version

    path = root / DEMO_DIR / "kk.yaml"
    path.chmod(0o664)
    release = loads(root)
    save_version(release, "kk")  # type: ignore[arg-type]
    assert stat.S_IMODE(path.stat().st_mode) == 0o664


def test_the_languages_probe_keeps_the_deadline_against_a_trickling_server(tmp_path: Path) -> None:
    import socket
    import threading
    import time

    from press.errors import PressError
    from press.translate.config import Settings
    from press.translate.engines import make_engine

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    stop = threading.Event()

    def trickle() -> None:
        while not stop.is_set():
            try:
                server.settimeout(0.2)
                conn, _ = server.accept()
            except OSError:
                continue
            conn.recv(4096)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 100000\r\n\r\n")
            until = time.monotonic() + 12  # a bounded trickle: the old code would wait it out
            while not stop.is_set() and time.monotonic() < until:
                try:
                    conn.sendall(b" ")
                except OSError:
                    break
                time.sleep(0.3)
            conn.close()

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.getsockname()[1]}/"
    settings = Settings(engine="libre", url=url, timeout=1.0, retries=0)
    started = time.monotonic()
    try:
        with pytest.raises(PressError, match="did not answer within"):
            make_engine(settings, "en", "kk")
    finally:
        stop.set()
        server.close()
    assert time.monotonic() - started < 8


# --- 2. locks ---------------------------------------------------------------------------------------

def test_a_lock_file_that_is_a_symlink_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    from press.errors import PressError
    from press.lock import hold, lock_path

    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    lock = lock_path(tmp_path / "project", DEMO_ID)
    lock.parent.mkdir(parents=True)
    lock.symlink_to(victim)
    with pytest.raises(PressError, match="symbolic link"), hold(lock, "press test"):
        pass
    assert victim.read_text() == "precious\n"


# --- 2. init never replaces a file ------------------------------------------------------------------

def test_init_keeps_an_existing_termbase_and_brand_and_a_rerun_works(tmp_path: Path, capsys) -> None:
    target = tmp_path / "office"
    (target / "locales").mkdir(parents=True)
    (target / "locales" / "termbase.yaml").write_text("entities: {}\n# ours\n", encoding="utf-8")
    brand = target / "templates" / "brands" / "mfa-kz"
    brand.mkdir(parents=True)
    (brand / "brand.yaml").write_text("# our own brand, being written\n", encoding="utf-8")
    code, output = press(tmp_path, "init", str(target), capsys=capsys)
    assert code == 0 and "Traceback" not in output, output
    assert (target / "locales" / "termbase.yaml").read_text(encoding="utf-8") == "entities: {}\n# ours\n"
    assert (brand / "brand.yaml").read_text(encoding="utf-8") == "# our own brand, being written\n"
    assert "kept" in output and (brand / "mark.svg").exists() and (target / "releases").is_dir()
    (brand / "mark.svg").unlink()
    code, output = press(tmp_path, "init", str(target), capsys=capsys)  # a rerun completes the project
    assert code == 0 and (brand / "mark.svg").exists(), output


# --- 7. no traceback ever ---------------------------------------------------------------------------

def test_an_unexpected_error_is_one_line_with_a_please_report_hint(root: Path, monkeypatch, capsys) -> None:
    import press.review.status as status

    monkeypatch.setattr(status, "coverage", lambda *a, **k: 1 / 0)
    code, output = press(root, "review", "status", DEMO_ID, capsys=capsys)
    assert code == 3, output
    assert "Traceback" not in output and "please report" in output
    assert len(output.strip().splitlines()) == 1


@pytest.mark.parametrize("kind", ["file", "directory", "export-into-a-file"])
def test_an_output_path_that_is_a_file_or_a_folder_is_a_clear_message(root: Path, tmp_path: Path,
                                                                       kind: str, capsys) -> None:
    out = tmp_path / "dist"
    if kind == "file":  # dist/<id> is a file
        out.mkdir()
        (out / DEMO_ID).write_text("not a folder")
    elif kind == "directory":  # dist/<id>/en.html is a folder
        (out / DEMO_ID / "en.html").mkdir(parents=True)
    args = ["build", DEMO_ID, "--lang", "en", "--format", "html", "--jobs", "1", "--out", str(out)]
    if kind == "export-into-a-file":
        (tmp_path / "blocker").write_text("not a folder")
        args = ["review", "export", DEMO_ID, "--lang", "kk", "-o", str(tmp_path / "blocker" / "kk.xlf")]
    code, output = press(root, *args, capsys=capsys)
    refused(code, output, str(tmp_path))
    assert len(output.strip().splitlines()) <= 3, output


def test_a_full_disk_is_a_clear_message(root: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    import errno

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    before = release_files(root)
    code, output = press(root, "correct", DEMO_ID, "--date", "2025-12-11", "--note", "en=Corrected.",
                         "--note", "kk=Түзетілді.", "--note", "ru=Исправлено.", capsys=capsys)
    refused(code, output, "No space left on device")
    assert release_files(root) == before
    assert not [p for p in (root / DEMO_DIR).iterdir() if p.name.endswith(".tmp")]


# --- 1. machine translation answers -----------------------------------------------------------------

@pytest.mark.parametrize("answer", ["Жарамсыз \ud800 жауап", "Қоңырау\x07 белгісі", "Ұзын " * 20_000],
                         ids=["lone-surrogate", "BEL", "100k-chars"])
def test_a_bad_engine_answer_is_not_saved(tmp_path: Path, monkeypatch, answer: str, capsys) -> None:
    import fake_libretranslate
    from fake_libretranslate import FakeLibreTranslate
    from test_translate import RELEASE_ID, RELEASE_YAML, RU_YAML

    root = make_project(tmp_path / "project")
    folder = root / "releases" / "2026" / RELEASE_ID
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(RELEASE_YAML, encoding="utf-8")
    (folder / "ru.yaml").write_text(RU_YAML, encoding="utf-8")
    for lang in ("kk", "en"):
        (folder / f"{lang}.yaml").write_text(f"lang: {lang}\nsegments: {{}}\n", encoding="utf-8")
    (root / "press.toml").write_text('[translate]\nengine = "libre"\ntimeout = 20.0\nretries = 0\n',
                                     encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    monkeypatch.setattr(fake_libretranslate, "translate", lambda text, source, target: answer)
    with FakeLibreTranslate() as fake:
        base = fake.server.RequestHandlerClass

        class Escaping(base):  # type: ignore[misc, valid-type]
            def _send(self, status: int, payload: object) -> None:  # \ud800 travels escaped in JSON
                self._raw(status, json.dumps(payload).encode("ascii"))

        fake.server.RequestHandlerClass = Escaping
        code, output = press(root, "translate", RELEASE_ID, "--url", fake.url, "--to", "kk", capsys=capsys)
    assert code == 2 and "Traceback" not in output, output
    assert "could not be translated" in output
    project = Project(root)
    release = project.load(folder)
    assert all(not seg.text or seg.text.isprintable() or "\n" in seg.text
               for seg in release.versions["kk"].segments.values())
    assert all(len(seg.text) < 20_000 for seg in release.versions["kk"].segments.values())


# --- 2. archive: press touches only what it wrote -------------------------------------------------

def test_archive_leaves_foreign_files_alone_and_since_only_adds(root: Path, tmp_path: Path, capsys) -> None:
    import zipfile

    out, bag = tmp_path / "archive", tmp_path / "archive-bag"  # the site root, and its bag beside it
    foreign = {out / "secret.txt": b"not for publication\n", bag / "thesis.txt": b"my thesis\n",
               out / "releases" / "my-photos" / "photo.jpg": b"\xff\xd8 photo"}
    for path, data in foreign.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    args = ["archive", "--out", str(out), "--jobs", "1"]
    code, output = press(root, *args, "--zip", str(tmp_path / "a.zip"), capsys=capsys)
    assert code == 0, output
    code, output = press(root, *args, "--since", "2026-01-01", "--zip", str(tmp_path / "b.zip"),
                         capsys=capsys)
    assert code == 0, output
    for path, data in foreign.items():
        assert path.read_bytes() == data, f"{path} was changed or removed"
    for name in ("a.zip", "b.zip"):
        packed = zipfile.ZipFile(tmp_path / name).namelist()
        assert not [n for n in packed if n.endswith(("secret.txt", "thesis.txt", "photo.jpg"))], packed
    listed = json.loads((out / "releases.json").read_text(encoding="utf-8"))
    assert DEMO_ID in [r["id"] for r in listed["releases"]], "--since removed an older release"
    bag_source = next(bag.rglob("source/release.yaml"))
    live = root / DEMO_DIR / "release.yaml"
    assert bag_source.stat().st_nlink == 1 and bag_source.stat().st_ino != live.stat().st_ino
    loads(root)


def test_archive_refuses_a_latin1_release_and_never_hashes_outside_brands(root: Path, tmp_path: Path,
                                                                          monkeypatch, capsys) -> None:
    import press.archive.cache as cache

    hashed: list[Path] = []
    real = cache.tree_key
    monkeypatch.setattr(cache, "tree_key", lambda folder: hashed.append(Path(folder)) or real(folder))
    import press.archive.export as export

    monkeypatch.setattr(export, "tree_key", cache.tree_key)
    path = root / DEMO_DIR / "release.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").replace("brand: mfa-kz", "brand: ../../etc")
                     .replace("Baikonur:", "Baïkonur:").encode("latin-1", errors="replace"))
    code, output = press(root, "archive", "--out", str(tmp_path / "archive"), "--jobs", "1", capsys=capsys)
    assert code in (1, 2) and "Traceback" not in output, output
    assert "release.yaml" in output
    assert not [f for f in hashed if not f.resolve().is_relative_to(root.resolve())
                and "templates" not in f.parts], hashed
