"""Round 21s: the demo check's speed without a changed finding.

What was made faster must read the same: the weighted edit distance of name skeletons against
a plain implementation of its definition, the phrase tables' word-start guard against the
unguarded alternation, and the check path free of the heavy imports. No timed assertion.
"""

from __future__ import annotations

import random
import re

import pytest

from press.lang import names
from press.lang.tokens import _opens_word, phrase_pattern


def _reference_distance(a: str, b: str) -> float:
    """`names.distance` as its docstring defines it, cell by cell, with nothing read ahead."""
    def gap(word: str, i: int) -> float:
        return names._gap(word, i)

    def sub(x: str, y: str) -> float:
        return 0.0 if x == y else names._CHEAP.get(frozenset((x, y)), 1.0)

    table = [[0.0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for j in range(1, len(b) + 1):
        table[0][j] = float(j)
    for i in range(1, len(a) + 1):
        table[i][0] = table[i - 1][0] + gap(a, i - 1)
        for j in range(1, len(b) + 1):
            options = [table[i - 1][j - 1] + sub(a[i - 1], b[j - 1]), table[i - 1][j] + gap(a, i - 1),
                       table[i][j - 1] + gap(b, j - 1)]
            if i >= 2 and j >= 2 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1] and a[i - 1] != a[i - 2]:
                options.append(table[i - 2][j - 2] + 1.0)
            table[i][j] = min(options)
    return table[len(a)][len(b)]


_SOUNDS = "aeiouybdfgklmnprstvzhjJHSCZЩαθυψιωζ'"


def _random_pairs(count: int) -> list[tuple[str, str]]:
    rng = random.Random(21)
    pairs = []
    for _ in range(count):
        a = "".join(rng.choice(_SOUNDS) for _ in range(rng.randint(0, 11)))
        cut = rng.randint(0, len(a))
        inserted = "".join(rng.choice(_SOUNDS) for _ in range(rng.randint(0, 2)))
        b = a[:cut] + inserted + a[cut + rng.randint(0, 2):]
        pairs.append((a, b if rng.random() < 0.7 else b[::-1]))
    return pairs


@pytest.mark.parametrize(("a", "b"), [
    ("vasilenko", "vassilenko"), ("deube", "dueube"), ("nahyan", "nahayyan"), ("jinping", "Jinpin"),
    ("samruk", "samυrωk"), ("", "ab"), ("ab", "ba")])
def test_distance_of_known_pairs_is_the_reference(a: str, b: str) -> None:
    assert names.distance.__wrapped__(a, b) == _reference_distance(a, b)


def test_distance_of_random_skeletons_is_the_reference() -> None:
    for a, b in _random_pairs(3000):
        assert names.distance.__wrapped__(a, b) == _reference_distance(a, b), (a, b)


@pytest.mark.parametrize(("regex", "opens"), [
    (r"\btoday\b", True),
    (r"(?<![\w‐-])(?:зим(?:а|ы))\b", True),
    (r"(?<!інші )(?<!ншы )\bжарты жыл\b", True),  # other look-behinds first: the \b still says
    (r"today\b", False),
    (r"(?<!x)today", False),
    (r"(?:\btoday|\byesterday)", True),  # the parser takes the branches' common \b out
    (r"(?:today|\byesterday)", False),
    (r"^today", False),
])
def test_opens_word(regex: str, opens: bool) -> None:
    assert _opens_word(regex) is opens


def test_word_start_guard_only_when_every_phrase_opens_a_word() -> None:
    assert phrase_pattern([r"\btoday\b", r"\byesterday\b"]).pattern.startswith(r"(?<!\w)")
    assert not phrase_pattern([r"\btoday\b", r"yesterday\b"]).pattern.startswith(r"(?<!\w)")
    assert not phrase_pattern([r"\b-day\b"]).pattern.startswith(r"(?<!\w)")  # a phrase begun by no letter


@pytest.mark.parametrize("text", ["today, not yesterday", "holidays today", "todays", "yesterday's",
                                  "сегодня"])
def test_word_start_guard_finds_what_the_alternation_finds(text: str) -> None:
    phrases = [r"\btoday\b", r"(?<![\w-])yesterday\b", r"\bdays?\b"]
    plain = re.compile("|".join(f"(?P<p{i}>{p})" for i, p in enumerate(phrases)), re.IGNORECASE)
    guarded = phrase_pattern(phrases)
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


_HEAVY = ("weasyprint", "deep_translator", "docx", "requests")
"""The PDF stack, the machine-translation client, the Word reader and the HTTP client: none has
a part in a check."""


def test_press_check_imports_no_heavy_stack() -> None:
    """`press check` of the demo release, in a fresh process: not one heavy package imported
    (sys.modules, not a timing)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    code = ("import sys; from press.cli import main\n"
            "try:\n    main(['--project', sys.argv[1], 'check', '2025-12-10-baikonur'])\n"
            "except SystemExit:\n    pass\n"
            f"print(sorted(m for m in {_HEAVY!r} if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code, str(repo)], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(repo)}, cwd=repo, timeout=300)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout + result.stderr


def test_warm_up_freezes_what_start_up_loaded() -> None:
    """After `warm_up` the start-up's objects are in the collector's permanent generation, so
    that a check's collections do not walk them."""
    import gc

    from press.check import warm_up

    try:
        warm_up()
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
