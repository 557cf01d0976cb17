"""The render cache (press.render.cache): a PDF is reused only when every input is unchanged.

One real render of a release with a lead photo fills a cache; each test works on a copy of it.
A reuse must give that render's bytes without laying out; a change of anything the PDF is made
of (its text, the photo, a font, the dates, the WeasyPrint version, a damaged cached file) must
render again.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from test_render_blocks import RELEASE_ID, project_root, write_release

from press.project import Project
from press.publish import render_version
from press.render import RenderOptions, cache

pytestmark = pytest.mark.xdist_group("render_cache")


def render_kk(root: Path, templates: Path | None = None, created: str | None = None) -> bytes:
    project = Project(root)
    release = project.load(project.release_folders([RELEASE_ID])[0])
    options = RenderOptions(templates_dir=templates or project.templates_dir, created=created)
    return render_version(project, release, "kk", ["pdf"], options)["pdf"]


def load_fonts(templates: Path) -> None:
    """Have this process's WeasyPrint load the fonts, as any render before does: a render after
    it fetches no font, so only the key's digest of the fonts folder stands for them."""
    import weasyprint

    from press.render.page import environment
    from press.render.pdf import _font_config

    base = (templates / "fonts").resolve().as_uri() + "/"
    css = environment(templates).get_template("fonts.css.j2").render(base=base)
    weasyprint.HTML(string=f"<style>{css}</style><p>x</p>").write_pdf(font_config=_font_config())


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, bytes]:
    """(project, cache, PDF): the kk PDF of a release with a photo, rendered for real into a cache."""
    tmp = tmp_path_factory.mktemp("first")
    root, kept = project_root(tmp), tmp / "cache"
    write_release(root, photo=True)
    load_fonts(Project(root).templates_dir)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(cache.VARIABLE, str(kept))
        pdf = render_kk(root)
    return root, kept, pdf


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each call of the layout step (WeasyPrint) from here on; it returns a stand-in PDF."""
    import press.render.pdf

    calls: list[str] = []

    def layout(page: str, *args: object) -> bytes:
        calls.append(page)
        return b"%PDF-1.7 laid out again"

    monkeypatch.setattr(press.render.pdf, "_write_pdf", layout)
    return calls


@pytest.fixture
def copy(first, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the project in another folder, with a copy of the cache in use."""
    root, kept, _ = first
    shutil.copytree(kept, tmp_path / "cache")
    monkeypatch.setenv(cache.VARIABLE, str(tmp_path / "cache"))
    return shutil.copytree(root, tmp_path / "elsewhere" / "project")


def test_an_unchanged_pdf_is_not_laid_out_again(first, copy: Path, renders: list[str]) -> None:
    """Another copy of the same release gets the bytes of the first render, without a layout;
    the entry names the photo WeasyPrint read, with its digest."""
    from pypdf import PdfReader

    assert render_kk(copy) == first[2]
    assert renders == []
    assert "Министрлік өз басымдықтарын айқындады" in PdfReader(first[1] / next(
        p.name for p in first[1].glob("*.pdf"))).pages[0].extract_text()
    entries = [path.read_text(encoding="utf-8") for path in first[1].glob("*.json")]
    assert len(entries) == 1 and '"lead.jpg"' in entries[0] and ".ttf" not in entries[0]


def _photo(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    photo = next(root.rglob("lead.jpg"))
    photo.write_bytes(photo.read_bytes()[:-2] + b"\x00\xff\xd9")


def _text(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kk = next(root.rglob("kk.yaml"))
    kk.write_text(kk.read_text(encoding="utf-8").replace("айқындады", "айқындап берді"), encoding="utf-8")


def _damaged(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = next(Path(cache.folder() or "").glob("*.pdf"))
    pdf.write_bytes(pdf.read_bytes().replace(b"/Type", b"/Typo", 1))


def _off(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.VARIABLE, "off")


def _weasyprint_upgraded(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = cache.version
    monkeypatch.setattr(cache, "version", lambda name: real(name) + (".1" if name == "weasyprint" else ""))


def _dictionary(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from press.render.pdf import HYPHENATION

    changed = root / "hyph_kk.dic"
    changed.write_bytes(HYPHENATION["kk"].read_bytes() + "\n1әә1\n".encode())
    monkeypatch.setitem(HYPHENATION, "kk", changed)


@pytest.mark.parametrize("change", [_photo, _text, _damaged, _off, _weasyprint_upgraded, _dictionary],
                         ids=lambda change: change.__name__.strip("_"))
def test_a_changed_input_is_laid_out_again(copy: Path, renders: list[str], change,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    cache._versions.cache_clear()
    try:
        change(copy, monkeypatch)
        assert render_kk(copy) == b"%PDF-1.7 laid out again"
    finally:
        cache._versions.cache_clear()
    assert len(renders) == 1


def test_a_changed_font_or_date_is_laid_out_again(first, copy: Path, renders: list[str],
                                                  tmp_path: Path) -> None:
    templates = shutil.copytree(Project(first[0]).templates_dir, tmp_path / "templates")
    assert render_kk(copy, templates) == first[2]  # the same fonts in another folder
    font = templates / "fonts" / "PTS55F.ttf"
    font.write_bytes(font.read_bytes() + b"\0")
    render_kk(copy, templates)
    render_kk(copy, created="2026-01-15T10:00:00+05:00")
    assert len(renders) == 2


def test_a_pdf_with_a_link_to_a_local_file_or_a_web_resource_is_not_kept(tmp_path: Path) -> None:
    """WeasyPrint writes a local link as this copy's absolute address: such a PDF is not kept,
    nor one whose page fetched from a web host."""
    from press.render.pdf import _write_pdf

    fetched = cache.Fetched({"release": tmp_path})
    view = SimpleNamespace(folder=tmp_path)
    options = RenderOptions(templates_dir=tmp_path)
    pdf = _write_pdf('<p><a href="kk.html">kk</a></p>', view, options, None, fetched)
    assert pdf.startswith(b"%PDF") and not fetched.cacheable
    web = cache.Fetched({"release": tmp_path})
    web.note("https://photos.example/lead.jpg")
    assert not web.cacheable
    cache.store(tmp_path / "cache", "k", web, pdf)
    assert not (tmp_path / "cache").exists()


def test_a_missing_or_refused_file_keeps_the_pdf_out_of_the_cache(tmp_path: Path) -> None:
    """A photo missing now may be there later, and a refused URL may be allowed in another copy:
    either way the PDF would be reused without what it lacked, so it is not kept."""
    from press.render.pdf import ForbiddenResource, safe_url_fetcher

    (tmp_path / "lead.jpg").write_bytes(b"\xff\xd8\xff\xd9")
    fetched = cache.Fetched({"release": tmp_path})
    fetched.note((tmp_path / "lead.jpg").as_uri())
    assert fetched.cacheable and [f[1] for f in fetched.files] == ["lead.jpg"]
    fetched.note((tmp_path / "missing.jpg").as_uri())
    assert not fetched.cacheable
    refused = cache.Fetched({"release": tmp_path})
    with pytest.raises(ForbiddenResource):
        safe_url_fetcher([tmp_path], [], refused).fetch("file:///etc/passwd")
    assert not refused.cacheable
