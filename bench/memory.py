#!/usr/bin/env python3
"""Translation memory at a ministry's scale: `bench/memory.py [N]` (default 300,000 segments).

Builds a synthetic memory of N segments for one language pair (en → kk: Zipf-distributed words
of invented English and Kazakh vocabularies, 12–40 words a segment, 15 segments a release) in
a temporary SQLite file through press.translate.memory, then measures in this process:

- load: opening the persisted memory and answering a first exact and fuzzy lookup (target ≤ 1 s);
- exact lookup, median over 2,000 segments of the memory (target ≤ 0.1 ms);
- fuzzy lookup, median over 300 queries: 200 segments of the memory with 2–4 words changed
  (each must find its segment, ≥ 75 %) and 100 new ones (target ≤ 5 ms);
- the baseline: the linear difflib scan press used before, on a few queries (timed on 2,000
  entries and scaled: it is linear), and the ratio.

Wall-clock figures depend on the machine's load: give `uptime` with them.
"""

from __future__ import annotations

import difflib
import itertools
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from press.translate.memory import Memory, normalise  # noqa: E402

SEED = 15
THRESHOLD = 0.75
BASELINE_ENTRIES = 2_000
"""The linear scan is timed on this many entries and scaled to N (it is linear; a full scan of
300,000 would take minutes per query)."""
EN_SYLLABLES = ["ba", "ko", "ter", "min", "sta", "re", "lo", "pan", "di", "vor", "sen", "tu", "gra", "el"]
KK_SYLLABLES = ["қа", "ба", "ғы", "ле", "ті", "ңі", "ұл", "өр", "ас", "ші", "мә", "һа", "ды", "тү"]


def vocabulary(rng: random.Random, syllables: list[str], size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 5))))
    return sorted(words)


def synthesise(n: int, rng: random.Random) -> tuple[list[tuple[str, str, str, str, str]], list[str]]:
    """Rows for Memory.add_rows (both languages) and the English sources in order."""
    en_words = vocabulary(rng, EN_SYLLABLES, 40_000)
    kk_words = vocabulary(rng, KK_SYLLABLES, 40_000)
    cumulative = list(itertools.accumulate(1 / (rank + 1) ** 1.05 for rank in range(len(en_words))))
    rows, sources = [], []
    for i in range(n):
        picks = rng.choices(range(len(en_words)), cum_weights=cumulative, k=rng.randint(12, 40))
        en = " ".join(en_words[p] for p in picks).capitalize() + "."
        kk = " ".join(kk_words[p] for p in reversed(picks)).capitalize() + "."
        release, origin = f"syn-{i // 15}", f"syn-{i // 15}/p{i % 15}"
        rows += [("en", normalise(en), en, origin, release), ("kk", normalise(kk), kk, origin, release)]
        sources.append(en)
    return rows, sources


def edited(text: str, rng: random.Random) -> str:
    words = text.split()
    for _ in range(rng.randint(2, 4)):
        words[rng.randrange(len(words))] = rng.choice(["ministry", "kazakhstan", "astana", "delegation"])
    return " ".join(words)


def linear_scan(key: str, entries: list[str], threshold: float) -> float:
    """press's lookup before the index: difflib over every entry, with its quick-ratio cut-offs."""
    best = threshold
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(key)
    for candidate in entries:
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() < best or matcher.quick_ratio() < best:
            continue
        best = max(best, matcher.ratio())
    return best


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300_000
    rng = random.Random(SEED)
    started = time.perf_counter()
    rows, sources = synthesise(n, rng)
    print(f"synthetic memory: {n:,} en→kk segments made in {time.perf_counter() - started:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "memory.sqlite"
        started = time.perf_counter()
        with Memory(path) as memory:
            memory.add_rows(rows)
        print(f"build (insert + FTS5 index, once; then per changed release): "
              f"{time.perf_counter() - started:.1f} s, {path.stat().st_size / 1e6:.0f} MB")
        started = time.perf_counter()
        memory = Memory(path)
        memory.lookup(sources[0], "en", "kk", THRESHOLD)
        memory.lookup(edited(sources[1], random.Random(SEED)), "en", "kk", THRESHOLD)  # imports rapidfuzz
        load = time.perf_counter() - started
        exact_times, exact_cpu = [], []
        for text in rng.sample(sources, 2000):
            t0, c0 = time.perf_counter(), time.process_time()
            hit = memory.lookup(text, "en", "kk", THRESHOLD)
            exact_times.append(time.perf_counter() - t0)
            exact_cpu.append(time.process_time() - c0)
            assert hit is not None and hit.exact
        near = [(i, edited(sources[i], rng)) for i in rng.sample(range(n), 200)]
        fresh = [" ".join(rng.sample(sources[rng.randrange(n)].split(), 8)) + " novel" for _ in range(100)]
        fuzzy_times, fuzzy_cpu, found = [], [], 0
        for index, query in near + [(-1, q) for q in fresh]:
            t0, c0 = time.perf_counter(), time.process_time()
            hit = memory.lookup(query, "en", "kk", THRESHOLD)
            fuzzy_times.append(time.perf_counter() - t0)
            fuzzy_cpu.append(time.process_time() - c0)
            if index >= 0 and hit is not None and hit.origin == f"syn-{index // 15}/p{index % 15}":
                found += 1
        keys = [normalise(s) for s in sources[:BASELINE_ENTRIES]]
        base_times = []
        for _, query in near[:3]:
            t0 = time.perf_counter()
            linear_scan(normalise(query), keys, THRESHOLD)
            base_times.append((time.perf_counter() - t0) * n / len(keys))
        memory.close()
    fuzzy, base = median_ms(fuzzy_times), median_ms(base_times)
    print(f"load (open + first exact and fuzzy lookups): {load * 1000:.1f} ms   (target ≤ 1000 ms)")
    print(f"exact lookup: median {median_ms(exact_times) * 1000:.0f} µs wall, "
          f"{median_ms(exact_cpu) * 1000:.0f} µs CPU over 2,000   (target ≤ 100 µs)")
    print(f"fuzzy lookup: median {fuzzy:.2f} ms wall ({median_ms(fuzzy_cpu):.2f} ms CPU), "
          f"p90 {sorted(fuzzy_times)[270] * 1000:.2f} ms wall over 300 (target ≤ 5 ms); "
          f"edited segments found: {found}/200")
    print(f"baseline linear difflib scan: median {base:.0f} ms over 3 "
          f"(timed on {BASELINE_ENTRIES:,} entries, scaled to {n:,}); "
          f"indexed/linear ratio {fuzzy / base:.2e} ({base / fuzzy:,.0f}× faster)")


if __name__ == "__main__":
    main()
