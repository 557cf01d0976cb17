"""Translation memory: the approved segments of every release, consulted before any engine.

Each release contributes, per segment, the text of every language that a person has approved
for the current source (and the source itself); any two of them form a pair, so a memory built
from English-source releases also serves a release drafted in Russian. Exact matches (after
white-space and Unicode normalisation) and fuzzy ones (similarity at or above the threshold)
are returned with their similarity and origin, so the translator sees them as such.

At a ministry's scale (2,000 releases × 15 segments × 3 languages) a linear scan is too slow,
so the memory is an SQLite database (the standard library's; a file, or in memory):

    tu       one row per approved text: language, normalised key, text, origin
             (release/segment); an index on (lang, key) answers exact lookups
    tu_fts   an FTS5 inverted index of the keys: a fuzzy lookup asks it for the entries that
             share the query's rarest words, then scores only those few with rapidfuzz's
             Indel ratio (difflib's ratio, in C)
    df       per word, how many entries hold it (kept here: fts5vocab scans to answer)
    release  per release, the digest of its files: `sync` reads only releases that changed

A persisted memory (`.press-cache/memory.sqlite`) opens in milliseconds; bench/memory.py
measures it against 300,000 segments per language pair.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from press.model import Release, Status

CACHE_FILE = ".press-cache/memory.sqlite"
SCHEMA_VERSION = "memory-2"
CANDIDATES = 40
"""How many index hits are scored exactly: the best fuzzy match shares the rarest words."""
QUERY_TERMS = 6
POSTINGS = 6_000
"""At most this many index entries are counted per lookup (the rarest words come first)."""
COMMON = 0.01
"""A word in more than this share of the entries (the, of, және …) finds everything: left out."""
_WORD = re.compile(r"[^\W_]+")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS tu(id INTEGER PRIMARY KEY, lang TEXT NOT NULL, key TEXT NOT NULL,
                              text TEXT NOT NULL, origin TEXT NOT NULL, release TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS tu_exact ON tu(lang, key);
CREATE INDEX IF NOT EXISTS tu_origin ON tu(origin, lang);
CREATE INDEX IF NOT EXISTS tu_release ON tu(release);
CREATE VIRTUAL TABLE IF NOT EXISTS tu_fts USING fts5(key, content='tu', content_rowid='id',
                                                     tokenize='unicode61 remove_diacritics 0');
CREATE TABLE IF NOT EXISTS df(term TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS release(id TEXT PRIMARY KEY, digest TEXT NOT NULL);
"""


@dataclass(frozen=True)
class Match:
    text: str
    similarity: float
    origin: str
    """release id / segment id the match comes from."""

    @property
    def exact(self) -> bool:
        return self.similarity >= 1.0

    def note(self) -> str:
        if self.exact:
            return f"translation memory: exact match from {self.origin}"
        return (f"translation memory: fuzzy match {self.similarity:.0%} from {self.origin}; "
                "its source differs from this one, check every difference")


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def words(text: str) -> list[str]:
    """The index's words of *text*: letters and digits, lower case (as FTS5's unicode61 splits)."""
    return _WORD.findall(text.lower())


class Memory:
    """Approved texts per language, exact and fuzzy lookup between any two languages."""

    def __init__(self, path: Path | str = ":memory:") -> None:
        self.path = path
        self._entries: int | None = None
        self.db = sqlite3.connect(str(path))
        # read through the OS page cache (memory-mapped), not 2 MB of SQLite's own cache: a
        # lookup touches a few dozen scattered rows of a file of hundreds of megabytes
        self.db.execute("PRAGMA mmap_size = 4294967296")
        self.db.execute("PRAGMA cache_size = -65536")
        self.db.executescript(_SCHEMA)
        found = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if found is None:
            self.db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        elif found[0] != SCHEMA_VERSION:  # an older layout: start again, it is only a cache
            self.db.close()
            Path(path).unlink()
            self.__init__(path)  # type: ignore[misc]

    def add_release(self, release: Release) -> None:
        """Put *release*'s approved texts in the memory (replacing what it had from it)."""
        self.forget(release.id)
        rows = []
        for segment_id in release.source.segments:
            texts = _approved_texts(release, segment_id)
            for lang, text in texts.items():
                rows.append((lang, normalise(text), text, f"{release.id}/{segment_id}", release.id))
        self.add_rows(rows)

    def add_rows(self, rows: Iterable[tuple[str, str, str, str, str]]) -> None:
        """Insert (lang, key, text, origin, release) rows and index their keys."""
        self._entries = None
        rows = list(rows)
        with self.db:
            start = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM tu").fetchone()[0]
            self.db.executemany("INSERT INTO tu(lang, key, text, origin, release) VALUES (?, ?, ?, ?, ?)",
                                rows)
            self.db.execute("INSERT INTO tu_fts(rowid, key) SELECT id, key FROM tu WHERE id > ?", (start,))
            self._count_words((row[1] for row in rows), +1)

    def _count_words(self, keys: Iterable[str], sign: int) -> None:
        counts = Counter(word for key in keys for word in set(words(key)))
        self.db.executemany("INSERT INTO df VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET n = n + excluded.n",
                            ((term, sign * n) for term, n in counts.items()))

    def forget(self, release_id: str) -> None:
        with self.db:
            keys = [key for (key,) in self.db.execute("SELECT key FROM tu WHERE release = ?", (release_id,))]
            if keys:
                self._count_words(keys, -1)
            self.db.execute("INSERT INTO tu_fts(tu_fts, rowid, key) SELECT 'delete', id, key FROM tu "
                            "WHERE release = ?", (release_id,))
            self.db.execute("DELETE FROM tu WHERE release = ?", (release_id,))
            self.db.execute("DELETE FROM release WHERE id = ?", (release_id,))

    def __len__(self) -> int:
        """The number of (source, target) pairs the memory can answer."""
        rows = self.db.execute("SELECT COUNT(*) FROM tu a JOIN tu b ON a.origin = b.origin "
                               "AND a.lang <> b.lang").fetchone()
        return int(rows[0])

    def lookup(self, text: str, source: str, target: str, threshold: float) -> Match | None:
        """The exact match, or the most similar entry at or above *threshold*, or None."""
        key = normalise(text)
        hit = self.db.execute(
            "SELECT b.text, a.origin FROM tu a JOIN tu b ON b.origin = a.origin AND b.lang = ? "
            "WHERE a.lang = ? AND a.key = ? ORDER BY a.id LIMIT 1", (target, source, key)).fetchone()
        if hit is not None:
            return Match(hit[0], 1.0, hit[1])
        return self._fuzzy(key, source, target, threshold)

    def _fuzzy(self, key: str, source: str, target: str, threshold: float) -> Match | None:
        from rapidfuzz import fuzz

        shared: Counter[int] = Counter()
        for term in self._rare_terms(key):
            shared.update(rowid for (rowid,) in self.db.execute(
                "SELECT rowid FROM tu_fts WHERE tu_fts MATCH ?", (f'"{term}"',)))
        ids = [rowid for rowid, _ in shared.most_common(CANDIDATES)]
        if not ids:
            return None
        rows = self.db.execute(f"SELECT lang, key, origin FROM tu WHERE id IN ({','.join('?' * len(ids))})",
                               ids).fetchall()
        cutoff = threshold * 100
        best: tuple[float, str] | None = None
        for lang, candidate, origin in rows:
            score = fuzz.ratio(key, candidate, score_cutoff=cutoff) if lang == source else 0
            if score and (best is None or score > best[0]):
                best, cutoff = (score, origin), score
        if best is None:
            return None
        found = self.db.execute("SELECT text FROM tu WHERE origin = ? AND lang = ? LIMIT 1",
                                (best[1], target)).fetchone()
        return Match(found[0], best[0] / 100, best[1]) if found else None

    def _rare_terms(self, key: str) -> list[str]:
        """The key's rarest indexed words: the entries that hold most of them are the candidates
        (a word in more than COMMON of the entries finds everything and is left out)."""
        unique = list(dict.fromkeys(words(key)))
        if not unique:
            return []
        marks = ",".join("?" * len(unique))
        counts = dict(self.db.execute(f"SELECT term, n FROM df WHERE term IN ({marks})", unique))
        known = sorted((counts[w], w) for w in unique if counts.get(w))
        ceiling = max(50, COMMON * self.entries)
        picked, postings = [], 0
        for n, w in known:
            if n > ceiling or len(picked) == QUERY_TERMS or (picked and postings + n > POSTINGS):
                break
            picked.append(w)
            postings += n
        return picked or [w for _, w in known[:2]]

    @property
    def entries(self) -> int:
        if self._entries is None:
            self._entries = int(self.db.execute("SELECT MAX(id) FROM tu").fetchone()[0] or 0)
        return self._entries

    def sync(self, folders: list[Path], load: Callable[[Path], Release | None]) -> int:
        """Bring the memory up to date with *folders*: only changed releases are loaded (by the
        digest of their files); releases no longer there are forgotten. Returns how many loaded."""
        known = dict(self.db.execute("SELECT id, digest FROM release"))
        seen, loaded = set(), 0
        for folder in folders:
            digest = folder_digest(folder)
            seen.add(folder.name)
            if known.get(folder.name) == digest:
                continue
            release = load(folder)
            self.forget(folder.name)
            if release is not None:
                self.add_release(release)
                loaded += 1
            with self.db:
                self.db.execute("INSERT OR REPLACE INTO release VALUES (?, ?)", (folder.name, digest))
        for gone in set(known) - seen:
            self.forget(gone)
        return loaded

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Memory:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def folder_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _approved_texts(release: Release, segment_id: str) -> dict[str, str]:
    texts = {release.meta.source_lang: release.source.segments[segment_id].text}
    for lang in release.meta.target_langs:
        version = release.versions.get(lang)
        segment = version.segments.get(segment_id) if version else None
        if segment and segment.status is Status.APPROVED and not release.is_stale(lang, segment_id) \
                and not segment.hand_edited:
            texts[lang] = segment.text
    return texts if len(texts) > 1 else {}


def open_memory(project: Any) -> Memory:
    """The project's memory, kept in .press-cache/memory.sqlite and brought up to date: only
    releases whose files changed are read again (a broken one only leaves the memory smaller)."""
    from press.errors import SourceError

    def load(folder: Path) -> Release | None:
        try:
            return project.load(folder)
        except SourceError:
            return None

    path = Path(project.root) / CACHE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    memory = Memory(path)
    memory.sync(project.release_folders(), load)
    return memory


def build_memory(releases: list[Release]) -> Memory:
    memory = Memory()
    for release in releases:
        memory.add_release(release)
    return memory
