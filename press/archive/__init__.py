"""The release archive: a static trilingual website and a BagIt preservation bundle.

    collect.py   which releases are published; the per-release record the site is built from
    cache.py     content hashes of source, brand, templates and code: what must be re-rendered
    render.py    one release in every language through the publish path (press.publish)
    site.py      per-language indexes (by year, by tag) and the root language chooser
    feeds.py     an Atom feed per language
    sitemap.py   sitemap.xml with xhtml:link alternates
    manifest.py  releases.json with the SHA-256 of every file
    bundle.py    the BagIt bag of the PDF/A files, sources and metadata
    export.py    the whole export: plan, run the release tasks on an executor, then the site files

Everything is reproducible: times come from the release data, listings are sorted and no
identifier is random, so the same sources give byte-identical output.
"""

from __future__ import annotations

from pathlib import Path

SITE_DIR = "site"
BAG_DIR = "bag"
"""The folders of the site and the bag inside the --zip (on disk: --out and --bag)."""
BAG_SUFFIX = "-bag"
RELEASES_DIR = "releases"
STATIC_DIR = "_static"


def default_bag(site: Path) -> Path:
    """Where the bag goes without --bag: a sibling of the site root, SITE-bag
    (dist/archive → dist/archive-bag), outside what a web server serves."""
    return site.with_name(site.name + BAG_SUFFIX)
