"""Imported paragraphs matched to source segments, keeping both in order.

A translation arrives as Word paragraphs with no segment ids. Translators merge, split,
drop and add paragraphs, so matching the n-th with the n-th goes wrong after the first
difference. This is a monotone alignment (like Gale–Church, but scored by what the
paragraphs state: numbers, dates and names, then length), computed by dynamic
programming; anything left over on either side is reported, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from press.draft.anchors import Anchors, read, similarity
from press.draft.readers import Block
from press.model import HEADER_SEGMENTS, Entity, Segment

MIN_SCORE = 0.5
"""Below this a pair is not trusted: both paragraphs are reported as not aligned."""
WEAK_SCORE = 0.6
"""Below this an aligned pair is reported as worth a look."""


@dataclass
class Pair:
    segment: Segment
    block: Block
    score: float


@dataclass
class Alignment:
    pairs: list[Pair] = field(default_factory=list)
    missing: list[Segment] = field(default_factory=list)
    """Source segments no imported paragraph matched (left untranslated)."""
    extra: list[Block] = field(default_factory=list)
    """Imported paragraphs that match no source segment (not imported)."""

    @property
    def weak(self) -> list[Pair]:
        return [pair for pair in self.pairs if pair.score < WEAK_SCORE]


def align(source: list[Segment], source_lang: str, blocks: list[Block], lang: str,
          entities: dict[str, Entity]) -> Alignment:
    """Title to title, subtitle to subtitle, then the body by monotone alignment."""
    result = Alignment()
    body_blocks = list(blocks)
    for header in HEADER_SEGMENTS:
        segment = next((s for s in source if s.id == header), None)
        block = next((b for b in body_blocks if b.kind == header), None)
        if segment and block:
            result.pairs.append(Pair(segment, block, 1.0))
        elif segment:
            result.missing.append(segment)
        if block:
            body_blocks.remove(block)
            if not segment:
                result.extra.append(block)
    body = [s for s in source if s.id not in HEADER_SEGMENTS]
    left = [read(s.text, source_lang, entities) for s in body]
    right = [read(b.text, lang, entities) for b in body_blocks]
    for i, j, score in _monotone(left, right, body, body_blocks):
        if i is None:
            result.extra.append(body_blocks[j])  # type: ignore[index]
        elif j is None:
            result.missing.append(body[i])
        else:
            result.pairs.append(Pair(body[i], body_blocks[j], score))
    order = {s.id: n for n, s in enumerate(source)}
    result.pairs.sort(key=lambda p: order[p.segment.id])
    result.missing.sort(key=lambda s: order[s.id])
    return result


def _score(a: Anchors, b: Anchors, segment: Segment, block: Block) -> float:
    kind_bonus = 0.1 if segment.kind == block.kind else -0.1
    return similarity(a, b) + kind_bonus


def _monotone(left: list[Anchors], right: list[Anchors], body: list[Segment],
              blocks: list[Block]) -> list[tuple[int | None, int | None, float]]:
    """Best order-keeping matching: a pair gains (score − MIN_SCORE), a skip gains nothing."""
    n, m = len(left), len(right)
    gain = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[""] * (m + 1) for _ in range(n + 1)]
    scores = [[_score(left[i], right[j], body[i], blocks[j]) for j in range(m)] for i in range(n)]
    for i in range(n, -1, -1):
        for j in range(m, -1, -1):
            options = []
            if i < n and j < m and scores[i][j] >= MIN_SCORE:
                options.append((gain[i + 1][j + 1] + scores[i][j] - MIN_SCORE, "pair"))
            if i < n:
                options.append((gain[i + 1][j], "skip-source"))
            if j < m:
                options.append((gain[i][j + 1], "skip-block"))
            if options:
                gain[i][j], move[i][j] = max(options)
    steps: list[tuple[int | None, int | None, float]] = []
    i = j = 0
    while i < n or j < m:
        step = move[i][j]
        if step == "pair":
            steps.append((i, j, scores[i][j]))
            i, j = i + 1, j + 1
        elif step == "skip-source":
            steps.append((i, None, 0.0))
            i += 1
        else:
            steps.append((None, j, 0.0))
            j += 1
    return steps
