"""Translation memory: the approved segments of every release, consulted before any engine.

Each release contributes, per segment, the text of every language that a person has approved
for the current source (and the source itself); any two of them form a pair, so a memory built
from English-source releases also serves a release drafted in Russian. Exact matches (after
white-space and Unicode normalisation) and fuzzy ones (difflib similarity at or above the
threshold) are returned with their similarity and origin, so the translator sees them as such.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field

from press.model import Release, Status


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


@dataclass
class Memory:
    """Pairs (source language, target language) → list of (source text, target text, origin)."""

    pairs: dict[tuple[str, str], list[tuple[str, str, str]]] = field(default_factory=dict)
    exact: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)

    def add_release(self, release: Release) -> None:
        for segment_id in release.source.segments:
            texts = _approved_texts(release, segment_id)
            for a, text_a in texts.items():
                for b, text_b in texts.items():
                    if a != b:
                        self._add(a, b, text_a, text_b, f"{release.id}/{segment_id}")

    def _add(self, a: str, b: str, text_a: str, text_b: str, origin: str) -> None:
        key = normalise(text_a)
        self.pairs.setdefault((a, b), []).append((key, text_b, origin))
        self.exact.setdefault((a, b, key), (text_b, origin))

    def __len__(self) -> int:
        return sum(len(entries) for entries in self.pairs.values())

    def lookup(self, text: str, source: str, target: str, threshold: float) -> Match | None:
        """The exact match, or the most similar entry at or above *threshold*, or None."""
        key = normalise(text)
        if (hit := self.exact.get((source, target, key))) is not None:
            return Match(hit[0], 1.0, hit[1])
        best: Match | None = None
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(key)
        for candidate, translation, origin in self.pairs.get((source, target), ()):
            matcher.set_seq1(candidate)
            floor = best.similarity if best else threshold
            if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
                continue
            ratio = matcher.ratio()
            if ratio >= floor and (best is None or ratio > best.similarity):
                best = Match(translation, ratio, origin)
        return best


def _approved_texts(release: Release, segment_id: str) -> dict[str, str]:
    texts = {release.meta.source_lang: release.source.segments[segment_id].text}
    for lang in release.meta.target_langs:
        version = release.versions.get(lang)
        segment = version.segments.get(segment_id) if version else None
        if segment and segment.status is Status.APPROVED and not release.is_stale(lang, segment_id):
            texts[lang] = segment.text
    return texts if len(texts) > 1 else {}


def build_memory(releases: list[Release]) -> Memory:
    memory = Memory()
    for release in releases:
        memory.add_release(release)
    return memory
