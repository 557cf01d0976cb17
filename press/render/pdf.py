"""PDF through WeasyPrint: the HTML page with its print stylesheet, fonts embedded.

WeasyPrint is imported here only, so commands that do not make PDFs never pay for it.
Release text is untrusted: the URL fetcher lets WeasyPrint read only the templates and
the release's own folder (and hosts a brand explicitly allows), never file:///etc/passwd
or a cloud metadata address.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote, urlparse

from press.errors import PressError
from press.localise import LocalisedRelease
from press.render import Attachment, RenderOptions
from press.render import cache as render_cache
from press.render.cache import Fetched
from press.render.page import render_page


class ForbiddenResource(PressError):
    pass


def safe_url_fetcher(allowed_dirs: list[Path], allowed_hosts: list[str],
                     fetched: Fetched | None = None) -> Any:
    """A WeasyPrint URL fetcher confined to *allowed_dirs* and *allowed_hosts*.

    A refused URL is logged by WeasyPrint as a missing resource and left out of the PDF;
    no byte of it is read. What it does read is noted in *fetched* (for the render cache).
    """
    from weasyprint.urls import URLFetcher

    roots = [d.resolve() for d in allowed_dirs]

    class ConfinedFetcher(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            if not _allowed(url, roots, allowed_hosts):
                if fetched is not None:
                    fetched.refuse()
                raise ForbiddenResource(f"refused to fetch {url!r}: outside the release and templates")
            if fetched is not None:
                fetched.note(url)
            return super().fetch(url, headers)

    return ConfinedFetcher(timeout=5, allow_redirects=False)


def _allowed(url: str, roots: list[Path], hosts: list[str]) -> bool:
    parsed = urlparse(url)
    if parsed.scheme == "file":
        path = Path(unquote(parsed.path)).resolve()
        return any(path.is_relative_to(root) for root in roots)
    if parsed.scheme in ("http", "https"):
        return parsed.hostname in hosts
    return parsed.scheme == "data"


def render_pdf(view: LocalisedRelease, options: RenderOptions) -> bytes:
    """The A4 PDF of one language version (optionally PDF/A, with attachments).

    The options' *created* and *modified* (W3C dates, e.g. from the release date) become the
    PDF's CreationDate/ModDate and XMP dates, so that an archived PDF is dated by its release
    and not by the clock. With PRESS_RENDER_CACHE set, a PDF made before from the same inputs is
    reused (press.render.cache).
    """
    register_hyphenation()
    templates_dir = options.templates_dir
    fonts_dir = templates_dir / "fonts"
    page = render_page(view, options, fonts_url=fonts_dir.resolve().as_uri() + "/", web=False)
    roots = {"templates": templates_dir.resolve(), "release": view.folder.resolve()}
    folder, fetched = render_cache.folder(), Fetched(roots)
    key = ""
    if folder is not None:
        key = render_cache.key(page, templates_dir, _cache_settings(options), list(HYPHENATION.values()))
        if (kept := render_cache.lookup(folder, key, roots)) is not None:
            return kept
    fetcher = safe_url_fetcher(list(roots.values()), view.brand.allowed_hosts, fetched)
    data = _write_pdf(page, view, options, fetcher, fetched)
    if folder is not None:
        render_cache.store(folder, key, fetched, data)
    return data


def _write_pdf(page: str, view: LocalisedRelease, options: RenderOptions, fetcher: Any,
               fetched: Fetched) -> bytes:
    weasyprint = import_weasyprint()

    document = weasyprint.HTML(string=page, base_url=str(view.folder.resolve()) + "/",
                               url_fetcher=fetcher)
    # Tagged (structure tree, /MarkInfo, /Lang, DisplayDocTitle) in every variant, PDF/A-3b
    # included: a screen reader gets headings, lists, quotes, links and the photo's alt text.
    settings: dict[str, Any] = {"uncompressed_pdf": False, "pdf_tags": True}
    if options.pdf_variant:
        settings["pdf_variant"] = options.pdf_variant
    if options.attachments:
        settings["attachments"] = _attachments(options.attachments, options.created)
    rendered = document.render(font_config=_font_config(), **settings)
    if options.created is not None:
        rendered.metadata.created = options.created
        rendered.metadata.modified = options.modified or options.created
    if any(str(link[1]).startswith("file:") for sheet in rendered.pages for link in sheet.links):
        fetched.cacheable = False  # the PDF holds this copy's address
    data: bytes = rendered.write_pdf(**settings)
    _LAID_OUT.append(True)
    return data


def _cache_settings(options: RenderOptions) -> dict[str, object]:
    """What of *options* the PDF is a function of besides the page (the render cache's key)."""
    import hashlib

    return {"variant": options.pdf_variant, "created": options.created, "modified": options.modified,
            "attachments": [(a.name, a.description, a.relationship, hashlib.sha256(a.data).hexdigest())
                            for a in options.attachments]}


def _attachments(attachments: tuple[Attachment, ...], created: str | None) -> list[Any]:
    """WeasyPrint's PDF/A-3 associated files, stamped with the PDF's date (UTC, naive)."""
    import datetime as dt

    from weasyprint import Attachment as PdfAttachment

    stamp = dt.datetime.fromisoformat(created).astimezone(dt.UTC).replace(tzinfo=None) if created else None
    return [PdfAttachment(string=a.data, name=a.name, description=a.description, created=stamp,
                          modified=stamp, relationship=a.relationship) for a in attachments]


def import_weasyprint() -> ModuleType:
    """WeasyPrint, imported without the library search that costs a third of its import.

    WeasyPrint opens pango, harfbuzz, fontconfig… by trying Windows and macOS names before
    the Linux soname; every failed name makes cffi call ctypes.util.find_library, which on
    Linux runs ldconfig and the compiler: some 50 child processes, about 0.35 s of a 1 s
    import that every build waits for. On Linux the soname it tries last loads directly, so
    the search is skipped during the import; should that fail, the import is made again the
    usual way. Its font subsetting is given `_ArraysOfAnyLength` for its FFI.
    """
    if "weasyprint" in sys.modules or not sys.platform.startswith("linux"):
        import weasyprint

        _arrays_of_any_length()
        return weasyprint
    import ctypes.util

    search = ctypes.util.find_library
    ctypes.util.find_library = _not_searched
    try:
        import weasyprint
    except OSError:
        for name in [name for name in sys.modules if name.split(".")[0] == "weasyprint"]:
            del sys.modules[name]
        ctypes.util.find_library = search
        import weasyprint
    finally:
        ctypes.util.find_library = search
    _arrays_of_any_length()
    return weasyprint


class _ArraysOfAnyLength:
    """WeasyPrint's cffi FFI as its font subsetting sees it: `new("T[N]", items)`, with N the
    number of items, makes `new("T[]", items)`, the same array of the same values. WeasyPrint
    names each array's length in the type ("hb_codepoint_t[693]"), a new type string for every
    count of glyphs, and cffi parses each new one with pycparser (3 ms; some five a PDF, each
    font's glyph count and highest glyph); the unsized type is parsed once. Anything else goes
    to the FFI unchanged."""

    def __init__(self, ffi: Any) -> None:
        self.ffi = ffi

    def __getattr__(self, name: str) -> Any:
        return getattr(self.ffi, name)

    def new(self, cdecl: Any, init: Any = None) -> Any:
        sized = _SIZED_ARRAY.fullmatch(cdecl) if isinstance(cdecl, str) else None
        if sized and isinstance(init, list | tuple) and len(init) == int(sized[2]):
            return self.ffi.new(f"{sized[1]}[]", init)
        return self.ffi.new(cdecl, init)


_SIZED_ARRAY = re.compile(r"(\w+)\[(\d+)\]")


def _arrays_of_any_length() -> None:
    """WeasyPrint's font module given `_ArraysOfAnyLength` for its FFI (once).

    A WeasyPrint whose font module is laid out otherwise is left as it is: the wrapper
    only saves time, and `weasyprint>=62` does not promise this internal name."""
    try:
        from weasyprint.pdf import fonts
    except ImportError:
        return
    ffi = getattr(fonts, "ffi", None)
    if ffi is not None and not isinstance(ffi, _ArraysOfAnyLength):
        fonts.ffi = _ArraysOfAnyLength(ffi)


def _not_searched(name: str) -> None:
    return None


_LAID_OUT: list[bool] = []
"""Whether this process has laid out and written a PDF (a real one or the warm-up's sample)."""


def warm_up(templates_dir: Path, langs: tuple[str, ...]) -> None:
    """Import WeasyPrint and lay out a few lines in the shipped fonts, in a process that
    forks render workers: what WeasyPrint builds on first use (C type parses, the font
    configuration, hyphenation dictionaries, font subsetting) is then built once and shared,
    instead of costing each worker some 0.4 s on its first PDF. A process that has laid out
    a PDF already (the build's early PDFs) has built all that: the sample is not laid out
    then (0.15 s of CPU, which the first real PDF only partly saves)."""
    prepare(templates_dir, langs)
    if not _LAID_OUT:
        _lay_out_sample(templates_dir, langs)


@cache
def prepare(templates_dir: Path, langs: tuple[str, ...]) -> None:
    """What every PDF needs and laying out a sample does not make faster: WeasyPrint imported,
    each language's hyphenation patterns parsed, the page's templates compiled. A process that
    lays out its own PDFs next needs no more (`warm_up` is for one that forks first)."""
    import_weasyprint()
    register_hyphenation()
    load_hyphenation(langs)
    from press.render.page import environment

    environment(templates_dir).get_template("release.html.j2")


def _lay_out_sample(templates_dir: Path, langs: tuple[str, ...]) -> None:
    """A few lines in each face of the shipped fonts and each language, laid out and written."""
    from press.render.page import environment

    fonts_url = (templates_dir / "fonts").resolve().as_uri() + "/"
    fonts_css = environment(templates_dir).get_template("fonts.css.j2").render(base=fonts_url)
    faces = [(family, weight, style) for family in ("PT Serif", "PT Sans") for weight in (400, 700)
             for style in ("normal", "italic")]
    lines = "".join(f'<p lang="{lang}" style="font: {style} {weight} 10pt \'{family}\'">'
                    "Ministry Министрлігі Министерство</p>"
                    for lang in langs for family, weight, style in faces)
    page = (f'<html lang="{langs[0]}"><head><title>-</title><style>{fonts_css} p {{ hyphens: auto; '
            f"text-align: justify }}</style></head><body><h1>-</h1><ul><li>{lines}</li></ul></body></html>")
    import_weasyprint().HTML(string=page).write_pdf(font_config=_font_config(), pdf_tags=True)
    _LAID_OUT.append(True)


HYPHENATION = {"kk": Path(__file__).resolve().parent.parent / "lang" / "hyph_kk.dic"}
"""Pyphen dictionaries press brings (press.lang.kazakh.hyphenation_patterns, written out)."""


def register_hyphenation() -> None:
    """Make press's own dictionaries known to Pyphen, which WeasyPrint asks for `hyphens: auto`."""
    import pyphen

    for lang, path in HYPHENATION.items():
        if lang not in pyphen.LANGUAGES:
            pyphen.LANGUAGES[lang] = path
            pyphen.LANGUAGES_LOWERCASE[lang] = lang


def load_hyphenation(langs: tuple[str, ...]) -> None:
    """Put each language's hyphenation patterns into Pyphen's cache: the warm-up's short lines
    never break, so without this every process parsed them on its first real PDF (0.13 s for
    English alone). Parsed once, they are kept in the user's cache folder (kept_patterns)."""
    import pyphen

    for lang in langs:
        if name := pyphen.language_fallback(lang):
            path = pyphen.LANGUAGES[name]
            if path not in pyphen.hdcache and (kept := kept_patterns(path)) is not None:
                pyphen.hdcache[path] = kept
            pyphen.Pyphen(lang=name)


def kept_patterns(path: Path) -> Any:
    """Pyphen's parsed dictionary *path*, read from the user's cache folder (press.usercache,
    keyed by Pyphen's version and the file's bytes) instead of parsed: the English patterns cost
    0.057 s of CPU to parse and 0.009 s to read back, on the way to every process's first PDF.
    None when Pyphen's dictionary is not what this knows how to keep (its parse is used then)."""
    import hashlib

    import pyphen

    from press.usercache import cached

    key = f"{pyphen.__version__}\0{hashlib.sha256(Path(path).read_bytes()).hexdigest()}"
    kept = cached("hyphenation", key, lambda: _patterns(pyphen.HyphDict(Path(path))))
    if not isinstance(kept, dict) or not isinstance(kept.get("patterns"), dict):
        return None
    hyph = pyphen.HyphDict.__new__(pyphen.HyphDict)
    hyph.patterns = {tag: (start, tuple(values)) for tag, (start, values) in kept["patterns"].items()}
    hyph.cache, hyph.maxlen = {}, kept["maxlen"]
    return hyph


def _patterns(hyph: Any) -> dict[str, Any] | None:
    """A parsed dictionary as plain JSON, or None when it holds more than patterns of plain
    numbers (another Pyphen's attributes, or nonstandard hyphenation, whose values carry data)."""
    if sorted(vars(hyph)) != ["cache", "maxlen", "patterns"] or not all(
            type(value) is int for _, values in hyph.patterns.values() for value in values):
        return None
    return {"patterns": {tag: [start, list(values)] for tag, (start, values) in hyph.patterns.items()},
            "maxlen": hyph.maxlen}


_FONT_CONFIG: Any = None


def _font_config() -> Any:
    """One FontConfiguration per process: fonts are loaded once for all documents."""
    global _FONT_CONFIG
    if _FONT_CONFIG is None:
        from weasyprint.text.fonts import FontConfiguration

        _FONT_CONFIG = FontConfiguration()
    return _FONT_CONFIG
