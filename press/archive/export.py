"""The whole export: decide what changed, render it on an executor, then the site files.

    OUT/        the static website, what a web server serves (indexes, release pages with
                PDF/DOCX, feeds, sitemap, releases.json, fonts)
    BAG/        the BagIt preservation bundle (default OUT-bag, a sibling: press.archive.default_bag)

Each of the two folders keeps its own list of what press wrote there (press.written); the
--zip holds both, as site/ and bag/, and nothing press did not write.

Releases whose content hash is unchanged (and whose files are still in place) are not
loaded at all. Each changed release is one task (press.archive.render.export_task) on the
executor: the local process pool by default, or a Dask cluster. A release that fails is
recorded with its error and the others go on; the caller reports the errors at the end.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import Any

from press.archive import BAG_DIR, RELEASES_DIR, SITE_DIR, STATIC_DIR, default_bag
from press.archive.cache import (
    brand_of,
    digest,
    folder_signature,
    id_of,
    load_cache,
    release_key,
    save_cache,
    shared_key,
    tree_key,
)
from press.archive.collect import Record, newest_first
from press.archive.render import HEAD_START, Task, export_few, export_task, write_if_changed
from press.brand import Brand
from press.errors import PressError
from press.project import Project
from press.publish import Executor, LocalPool
from press.written import read_written

CACHE_FILE = ".press-cache/archive.json"
SAVE_EARLY = 20
"""More renders than this are saved to the cache before the site is written, as well as after."""


@dataclass
class ExportResult:
    published: list[Record] = field(default_factory=list)
    rendered: list[str] = field(default_factory=list)
    unpublished: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    files: int = 0


def export(project: Project, out: Path, jobs: int = 1, since: dt.date | None = None,
           zip_path: Path | None = None, base_url: str = "", now: dt.datetime | None = None,
           on_total: Callable[[int], None] = lambda n: None,
           advance: Callable[[], None] = lambda: None, executor: Executor | None = None,
           bag: Path | None = None) -> ExportResult:
    """Export every published release (dated *since* or later): the site to *out* (the site
    root) and the bag to *bag* (default: default_bag(out)).

    *executor* runs the release tasks (default: a local pool of *jobs* forked processes).
    """
    now = now or dt.datetime.now(dt.UTC)
    site, bag = _folders(out, bag)
    cache_path = project.root / CACHE_FILE
    cache = load_cache(cache_path)
    shared = shared_key(project)
    keys = Keys(project, shared)
    records, tasks = _plan(project, site, cache["records"], keys, now, since)
    _refuse_shared_ids(records, tasks)
    owned = _claim(project, site, bag, cache, tasks)
    on_total(len(tasks))
    for record in _render(project, tasks, jobs, executor):
        records[record.folder] = record
        advance()
    known = cache["records"]
    removed = set(known) - set(records)
    for gone in removed:
        del known[gone]
    for task in tasks:  # only these records changed: the others stay as they were loaded
        record = records[str(task.folder)]
        if record.error:
            known.pop(record.folder, None)
        else:
            known[record.folder] = record.to_json()
    restamped = keys.restamp(known)
    if len(tasks) > SAVE_EARLY or removed:  # hours of renders: kept even if the site fails below
        save_cache(cache_path, cache)
    result = ExportResult(rendered=[str(t.folder) for t in tasks])
    result.errors = sorted((Path(r.folder).name, r.error) for r in records.values() if r.error)
    live = {folder: r.published(now) for folder, r in records.items()}
    chosen = sorted((r for folder, r in records.items() if live[folder]), key=lambda r: r.id)
    result.unpublished = sorted(r.id for folder, r in records.items() if not r.error and not live[folder])
    before = cache["outputs"].get(str(site), {})
    if since is not None:  # --since only adds: what this output already holds stays
        chosen = [r for r in chosen if r.day >= since or r.id in before.get("published", {})]
    result.published = chosen
    _check_unique(chosen)
    state = {"site_key": site_key(project, chosen, shared, base_url), "bag_dir": str(bag)}
    rendered = {str(task.folder) for task in tasks}
    result.files = write_site(project, site, chosen, base_url, before, state, owned[0], rendered)
    same_bag = before.get("bag_dir") == str(bag)  # a bag elsewhere than the last one: made whole
    make_bag(project, bag, site, chosen, before.get("bag") if same_bag else None, state, owned[1], rendered)
    same = not tasks and state == before and None not in owned
    written = owned if same else record_written(site, bag, chosen, state, owned)  # nothing new: as listed
    if state != before or tasks or restamped:
        cache["outputs"][str(site)] = state
        save_cache(cache_path, cache)
    if zip_path is not None:
        from press.zipfiles import zip_folders, zip_time

        newest = max((r.day for r in chosen), default=dt.date(2000, 1, 1))
        zip_folders(zip_path, zip_time(newest), [(site, f"{SITE_DIR}/", written[0]),
                                                 (bag, f"{BAG_DIR}/", written[1])])
    return result


def _folders(out: Path, bag: Path | None) -> tuple[Path, Path]:
    """The site root and the bag folder, absolute; one inside the other (or both one folder)
    is refused, exit 2: the web server would serve the bag, or the bag would hold the site."""
    site = Path(os.path.abspath(out))
    if bag is None and site == site.parent:
        raise PressError(f"{site}: the site root is the file system's root; give --bag DIR "
                         "for the bag (default: a sibling folder of the site root)")
    bag = Path(os.path.abspath(bag)) if bag is not None else default_bag(site)
    if site == bag or site in bag.parents or bag in site.parents:
        raise PressError(f"{bag}: the bag cannot be inside the site root {site} or hold it "
                         "(a web server would serve it); choose another --bag or --out")
    return site, bag


def _plan(project: Project, site: Path, cached: dict[str, dict[str, object]], keys: Keys,
          now: dt.datetime, since: dt.date | None = None) -> tuple[dict[str, Record], list[Task]]:
    """Cached records that still hold, and the releases that must be (re)rendered.

    A release whose files all have the size, times and inode recorded with its key (its stamp)
    is not read at all; any other is hashed. A known release dated before *since* is left out
    without rendering its files.
    """
    records: dict[str, Record] = {}
    tasks: list[Task] = []
    for folder in project.release_folders():
        data = cached.get(str(folder))
        record = _record(data) if isinstance(data, dict) else None
        signature = keys.signatures[str(folder)] = folder_signature(folder)  # before any read
        if record is not None and record.stamp and record.stamp == keys.stamp(signature, record.brand):
            key = record.key  # not one file changed since its key was made: none is read
        else:
            key = release_key(folder, keys.brand(brand_of(folder) or ""), keys.shared)
        if record is not None and record.key == key and (
                _in_place(record, site, now) or (since is not None and record.day < since)):
            records[str(folder)] = record
        else:
            tasks.append(Task(project, folder, key, site, now, id=id_of(folder)))
    return records, tasks


@dataclass
class Keys:
    """The shared key, each brand's key (hashed once), and each release folder's signature."""

    project: Project
    shared: str
    brands: dict[str, str | None] = field(default_factory=dict)
    signatures: dict[str, str | None] = field(default_factory=dict)

    def brand(self, name: str) -> str | None:
        if name not in self.brands:
            self.brands[name] = _brand_key(self.project, name)
        return self.brands[name]

    def stamp(self, signature: str | None, brand: str) -> str:
        """What a record's key was made from, by stat alone ("" when a file is too new to trust)."""
        if not signature:
            return ""
        return hashlib.sha256(f"{self.shared}\0{self.brand(brand)}\0{signature}".encode()).hexdigest()

    def restamp(self, known: dict[str, dict[str, Any]]) -> bool:
        """Record each cached release's stamp with its key; True when one changed."""
        changed = False
        for folder, signature in self.signatures.items():
            entry = known.get(folder)
            if entry is not None:
                stamp = self.stamp(signature, str(entry.get("brand", "")))
                changed |= entry.get("stamp") != stamp
                entry["stamp"] = stamp
        return changed


def _brand_key(project: Project, brand: str) -> str | None:
    """The brand's key; a brand name that leaves templates/brands/ is never hashed (the release's
    render refuses it with its own message)."""
    try:
        brand_dir = project.brand_folder(brand) if brand else None
    except PressError:
        return None
    return tree_key(brand_dir) if brand_dir and brand_dir.is_dir() else None


def site_key(project: Project, records: list[Record], shared: str, base_url: str) -> str:
    """What every site-wide page depends on besides the records: templates, catalogs, brand, URL."""
    from press.archive.site import archive_templates

    brand = site_brand_name(project, records)
    tags = project.resource("locales/tags.yaml")
    return digest(shared, tree_key(archive_templates(project)), _brand_key(project, brand),
                  tags.read_text(encoding="utf-8") if tags.exists() else "", base_url)


def _record(data: dict[str, object]) -> Record | None:
    try:
        return Record.from_json(dict(data))
    except TypeError:
        return None


def _in_place(record: Record, site: Path, now: dt.datetime) -> bool:
    """A published record's files are all there with their sizes (unpublished: nothing needed)."""
    if not record.published(now):
        return True
    if not record.files:
        return False
    root = f"{site}/"
    for path, size in record.sizes.items():
        try:
            if os.stat(root + path).st_size != size:
                return False
        except OSError:
            return False
    return True


def _refuse_shared_ids(records: dict[str, Record], tasks: list[Task]) -> None:
    """Two release folders with one id would both write site/releases/<id>/, each from its own
    process: refused (exit 2) before anything is rendered, whichever folder changed."""
    seen = {record.id: folder for folder, record in records.items() if record.id}
    for task in tasks:
        if task.id is None:
            continue  # no plain `id:` line: the loader refuses the release in its task
        if task.id in seen:
            raise PressError(f"{task.folder / 'release.yaml'}: id: {task.id!r} is also the id of "
                             f"{seen[task.id]}; two releases cannot share an id (both would write "
                             f"{RELEASES_DIR}/{task.id}/ of the site); nothing was exported")
        seen[task.id] = str(task.folder)


Owned = tuple[set[str] | None, set[str] | None]
"""What press wrote in the site root and in the bag (press.written), each relative to its folder."""


def _claim(project: Project, site: Path, bag: Path, cache: dict[str, Any], tasks: list[Task]) -> Owned:
    """Claim every path this export may write in the site root and the bag (press.written): a
    foreign file at one of them refuses the export before anything is rendered or claimed.
    None for a folder written before the lists existed (what press exported there is its own)."""
    from press.written import claim, foreign, output_lock, refuse_foreign

    known = cache["outputs"].get(str(site))
    site_paths, bag_paths = _paths(project, [t for t in tasks if t.id])
    found: list[set[str] | None] = []
    in_the_way: list[tuple[Path, list[str], str]] = []
    for folder, paths, option in ((site, site_paths, "--out"), (bag, bag_paths, "--bag")):
        owned = read_written(folder)
        legacy = owned is None and known is not None and (folder == site or known.get("bag_dir") == str(bag))
        found.append(None if legacy else owned or set())
        if not legacy:
            in_the_way.append((folder, foreign(folder, paths, owned or set()), option))
    total = sum(len(paths) for _, paths, _ in in_the_way)
    for folder, paths, option in in_the_way:  # one line for both folders: the first, and how many more
        refuse_foreign(folder, paths, option, total - len(paths))
    claimed = []
    for folder, paths, owned in ((site, site_paths, found[0]), (bag, bag_paths, found[1])):
        if owned is None:
            claimed.append(None)
            continue
        with output_lock(project.root, folder, "press archive"):
            claimed.append(claim(folder, paths, owned))
    return claimed[0], claimed[1]


def _paths(project: Project, tasks: list[Task]) -> tuple[list[str], list[str]]:
    """The paths an export may write, relative to the site root and to the bag: every site-wide
    page of every language, the bag's tag files, and each file of the releases of *tasks* in
    every language and format (and any picture in the release folder, which may be its lead photo)."""
    from press.archive.bundle import TAG_FILES
    from press.archive.manifest import MANIFEST
    from press.archive.render import METADATA_FILE
    from press.archive.site import INDEX_PAGES
    from press.lang import LANGS
    from press.render import FORMATS

    paths = ["index.html", "sitemap.xml", MANIFEST]
    paths += [f"{lang}/{page}" for lang in LANGS
              for page in (*(f"{name}.html" for name in INDEX_PAGES), "feed.atom")]
    paths += [f"{STATIC_DIR}/fonts/{font.name}" for font in _fonts(project)]
    bag_paths = list(TAG_FILES)
    for task in tasks:
        site, bag = f"{RELEASES_DIR}/{task.id}", f"data/{RELEASES_DIR}/{task.id}"
        paths += [f"{site}/{photo}" for photo in _photos(task.folder)]
        paths.append(f"{site}/{METADATA_FILE}")
        bag_paths += [f"{bag}/{METADATA_FILE}", f"{bag}/source/release.yaml"]
        for lang in LANGS:
            paths += [f"{site}/{lang}.{fmt}" for fmt in FORMATS]
            bag_paths += [f"{bag}/{lang}.pdf", f"{bag}/source/{lang}.yaml"]
    return paths, bag_paths


def _photos(folder: Path) -> list[str]:
    """Pictures in a release folder (relative paths): a lead photo is copied beside the pages."""
    from press.source import PHOTO_FORMATS

    suffixes = tuple(suffix for names in PHOTO_FORMATS.values() for suffix in names)
    return [os.path.relpath(os.path.join(where, name), folder) for where, _, names in os.walk(folder)
            for name in names if name.lower().endswith(suffixes)]


def _fonts(project: Project) -> list[Path]:
    return sorted((project.templates_dir / "fonts").iterdir())


def _check_unique(records: list[Record]) -> None:
    seen: dict[str, str] = {}
    for record in records:
        if record.id in seen:
            raise PressError(f"{record.folder}: id: {record.id!r} is also the id of {seen[record.id]}")
        seen[record.id] = record.folder


def _render(project: Project, tasks: list[Task], jobs: int, executor: Executor | None) -> Iterator[Record]:
    """Each task's record as it is done: a few changed releases with the build's head start
    (render.export_few), more on *executor* (default: a local pool of *jobs* processes, preloaded)."""
    if not tasks:
        return
    if executor is None and jobs > 1 and len(tasks) <= HEAD_START:
        yield from export_few(tasks, jobs)
        return
    yield from (executor or LocalPool(jobs, partial(_preload, project, tasks))).map(export_task, tasks)


def _preload(project: Project, tasks: list[Task]) -> None:
    """Import the renderers and warm the checker, once, before forking, for every worker of a
    long export."""
    from press.check import check_release
    from press.lang import LANGS
    from press.publish import preload_renderers
    from press.render import FORMATS

    preload_renderers(FORMATS, project.templates_dir, tuple(LANGS))

    # dictionaries, lexicons and the termbase are loaded here and shared with the workers;
    # what is wrong with a release its own task reports
    with contextlib.suppress(Exception):
        check_release(project.load(tasks[0].folder))


def write_site(project: Project, site: Path, records: list[Record], base_url: str,
               before: dict[str, Any], state: dict[str, Any], owned: set[str] | None = None,
               rendered: Collection[str] = ()) -> int:
    """Indexes, feeds, sitemap, manifest and fonts; stale release folders are removed.

    Each site-wide file is made only when its inputs changed since the export recorded in
    *before* (or the file is gone): a re-export after one change renders the pages of the
    languages that change touches, not the whole site. *state* gets what this export wrote.
    *rendered*: the folders of the releases this export rendered; their lines of releases.json
    are made from their new records even when their keys did not change (files had gone).
    """
    from press.archive.manifest import MANIFEST, render_manifest

    brand = cache(partial(site_brand, project, records))  # loaded only when a page is made
    same_site = before.get("site_key") == state["site_key"]
    previous: dict[str, list[Any]] = before.get("pages", {}) if same_site else {}
    pages: dict[str, list[Any]] = {}
    for path, (key, make) in _site_pages(project, brand, records, base_url).items():
        old = previous.get(path)
        if old and old[0] == key and _has_size(site / path, old[2]):
            pages[path] = old
            continue
        data = make()
        write_if_changed(site / path, data)
        pages[path] = [key, hashlib.sha256(data).hexdigest(), len(data)]
    key = digest([(r.id, r.key) for r in records], pages)
    old = previous.get(MANIFEST)
    fresh = {r.id for r in records if r.folder in rendered}
    if old and old[0] == key and not fresh and _has_size(site / MANIFEST, old[2]):
        pages[MANIFEST] = old
    else:
        kept = _kept_lines(site / MANIFEST, old, before.get("published", {}), records) if old else {}
        kept = {rid: line for rid, line in kept.items() if rid not in fresh}
        listed = {path: (sha, size) for path, (_, sha, size) in pages.items()}
        manifest = render_manifest(records, listed, kept)
        write_if_changed(site / MANIFEST, manifest)
        pages[MANIFEST] = [key, hashlib.sha256(manifest).hexdigest(), len(manifest)]
    state["pages"] = pages
    _remove_old_pages(site, before.get("pages", {}), pages, owned)
    if before.get("published") != {r.id: r.key for r in records} or fresh:  # came, went, changed or rendered
        _remove_strays(site, records, before.get("published", {}), owned or set(), fresh)
    state["published"] = {r.id: r.key for r in records}
    return len(pages) + sum(len(r.files) for r in records)


def _kept_lines(path: Path, memo: list[Any], published: dict[str, str],
                records: list[Record]) -> dict[str, str]:
    """The last manifest's line of each release whose key has not changed since, when the file
    is still the one that export wrote (*memo*: its digest, SHA-256 and size); else {}."""
    from press.archive.manifest import release_lines

    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if hashlib.sha256(data).hexdigest() != memo[1]:
        return {}
    lines = release_lines(data)
    return {r.id: lines[r.id] for r in records if r.id in lines and published.get(r.id) == r.key}


def _site_pages(project: Project, brand: Callable[[], Brand], records: list[Record],
                base_url: str) -> dict[str, tuple[str, Callable[[], bytes]]]:
    """Every site-wide file but the manifest: path → (the digest of its inputs, how to make it;
    *brand* gives the site's brand when a page is made)."""
    from press.archive.feeds import FEED_SIZE
    from press.archive.site import INDEX_PAGES, page_inputs, render_index, render_root, site_langs
    from press.archive.sitemap import render_sitemap

    langs = site_langs(records)
    newest = newest_first(records)
    pages: dict[str, tuple[str, Callable[[], bytes]]] = {
        "index.html": (digest(langs), lambda: render_root(project, brand(), langs)),
        "sitemap.xml": (digest(langs, [(r.id, r.langs, r.modified, r.source_lang) for r in newest]),
                        partial(render_sitemap, newest, langs, base_url)),
    }
    for lang in langs:
        listed = page_inputs(newest, lang)
        for page in INDEX_PAGES:
            pages[f"{lang}/{page}.html"] = (digest(langs, listed), partial(
                lambda lang, page: render_index(project, brand(), newest, lang, langs, page), lang, page))
        fed = [r for r in newest if lang in r.langs][:FEED_SIZE]
        pages[f"{lang}/feed.atom"] = (
            digest(_feed_inputs(fed, lang)),
            partial(lambda fed, lang: _feed(project, fed, lang, brand(), base_url), fed, lang))
    for font in _fonts(project):
        pages[f"{STATIC_DIR}/fonts/{font.name}"] = ("", font.read_bytes)
    return pages


def _feed_inputs(records: list[Record], lang: str) -> list[tuple[Any, ...]]:
    """What a feed shows of each release (feeds.render_feed): its memo key. Made of the records'
    contents, not their keys: a release rendered again under its key may say something else."""
    from press.archive.render import release_dir

    return [(r.id, r.date, r.modified, r.titles.get(lang), r.summaries.get(lang, ""), r.tags,
             r.sizes.get(f"{release_dir(r.id)}/{lang}.pdf")) for r in records]


def _feed(project: Project, records: list[Record], lang: str, brand: Brand, base_url: str) -> bytes:
    from press.archive.feeds import render_feed
    from press.i18n import translations

    return render_feed(records, lang, brand, translations(project.locales_dir, lang), base_url)


def _has_size(path: Path, size: int) -> bool:
    try:
        return path.stat().st_size == size
    except OSError:
        return False


def _remove_old_pages(site: Path, old: dict[str, Any], pages: dict[str, Any], owned: set[str] | None) -> None:
    """Site-wide pages the last export made and this one does not (a language that left the
    site: its index, tags and feed), as far as press wrote them."""
    from press.archive.bundle import remove_owned

    for path in sorted(set(old) - set(pages)):
        remove_owned(site / path, owned or None, site)


def _remove_strays(site: Path, records: list[Record], before: dict[str, str], owned: set[str],
                   fresh: Collection[str] = ()) -> None:
    """Folders of releases no longer published, and files a re-rendered release no longer has.

    Only the releases that changed since the last export (by their key) or were rendered again
    (*fresh*: their ids; a language may be held now) are looked into, and only
    files press wrote (listed in the output's press.written list) are removed: a folder or file someone
    else put there is left byte-identical.
    """
    from press.archive.bundle import remove_owned

    keep = {r.id for r in records}
    releases = site / RELEASES_DIR
    mine = owned or None  # an output written before the list existed: what press published is its own
    for folder in sorted(releases.iterdir()) if releases.is_dir() else []:
        if folder.name not in keep and (owned or folder.name in before):
            remove_owned(folder, mine, site)
    for record in records:
        if before.get(record.id) == record.key and record.id not in fresh:
            continue
        for stray in sorted((releases / record.id).iterdir()):
            if f"{RELEASES_DIR}/{record.id}/{stray.name}" not in record.files:
                remove_owned(stray, mine, site)


def record_written(site: Path, bag: Path, records: list[Record], state: dict[str, Any],
                   owned: Owned) -> tuple[set[str], set[str]]:
    """List what this export wrote in the site root's and the bag's lists of what press wrote
    (press.written), with any file press wrote there before that is still there."""
    from press.archive.bundle import TAG_FILES, payload_paths
    from press.archive.manifest import MANIFEST

    pages = {*state.get("pages", {}), MANIFEST}
    pages.update(path for r in records for path in r.files)
    payload = {path for r in records for path in payload_paths(r)}
    payload.update(TAG_FILES)
    return _list_written(site, pages, owned[0]), _list_written(bag, payload, owned[1])


def _list_written(folder: Path, files: set[str], owned: set[str] | None) -> set[str]:
    from press.written import record_written as record

    root = f"{folder}{os.sep}"
    files.update(path for path in (owned or set()) - files if os.path.lexists(root + path))
    if files != owned:
        record(folder, files)
    return files


def site_brand(project: Project, records: list[Record]) -> Brand:
    """The brand of the newest release (the archive's look), or the first brand there is."""
    return project.brand(site_brand_name(project, records))


def site_brand_name(project: Project, records: list[Record]) -> str:
    """The name of site_brand, without loading it."""
    if records:
        return max(records, key=lambda r: (r.date, r.id)).brand
    brands = project.resource("templates/brands")
    return sorted(p.name for p in brands.iterdir() if (p / "brand.yaml").exists())[0]


def make_bag(project: Project, bag: Path, site: Path, records: list[Record], before: Any,
             state: dict[str, Any], owned: set[str] | None = None, rendered: Collection[str] = ()) -> None:
    """The bag, patched for the releases that changed since the export recorded in *before* and
    for those this export *rendered* (their folders) again under their keys."""
    from press.archive.bundle import update_bundle

    name = site_brand_name(project, records)

    def info() -> dict[str, str]:
        brand = project.brand(name)
        return {"Source-Organization": brand.name.get("en", ""),
                "External-Description": "Press releases in English, Kazakh and Russian: PDF/A-3b with the "
                                        "release sources and metadata attached, and the sources themselves.",
                "External-Identifier": f"press-archive:{brand.id}"}

    state["bag"] = update_bundle(site, bag, records, before, info, digest(name, _brand_key(project, name)),
                                 owned, rendered)
