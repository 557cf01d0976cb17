"""A learned letter correspondence between Latin and Cyrillic names: is a Cyrillic word a
transcription of a Latin one, letter by letter?

The hand rules of `press.lang.names` and `press.lang.transcription` hold the usual
correspondences of the scripts, one language's spelling at a time; a name from a language they
do not know (Caldwell Колдуэлл, Hoeffner Хёфнер, Occitanie Окситания) falls through them, and
a cheap variation they admit can hide a slip (Hung for Хуанг). This model learns, from
independent name pairs — GeoNames cities with their Russian and Kazakh names and CLDR's
territory, language and city names in English, Russian and Kazakh (`bench/train_transcription.py`)
— which chunks of 1–3 Latin letters Russian and Kazakh write with which 0–2 Cyrillic letters,
by many-to-many EM alignment. `cost` is the cheapest alignment of a pair (Viterbi), per letter;
`same_name` holds it to the threshold chosen on held-out GeoNames pairs, where true pairs are
told from pairs with one letter changed.

The table (`transcription_model.json`, a few hundred KB) is read only when a name first needs
comparing, and each pair is scored once.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "transcription_model.json"
MAX_LATIN = 3
MAX_CYRILLIC = 2

_HACEK = str.maketrans({"ř": "rzh", "š": "sh", "č": "ch", "ž": "zh", "ł": "l", "ı": "i", "ß": "ss",
                        "ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "æ": "ae", "œ": "oe", "đ": "d"})
"""Letters whose mark makes another sound Russian writes (Dvořák Дворжак), or that German and
Scandinavian write for two (Höfner, Hoeffner: Хёфнер)."""
_NOT_LATIN = re.compile(r"[^a-z]")
_NOT_CYRILLIC = re.compile(r"[^а-яәғқңөұүһі]")
_DOUBLED = re.compile(r"(.)\1+")
"""A doubled letter is read as one: English doubles where Russian writes one letter and back
(Hoeffner Хёфнер, Caldwell Колдуэлл, Vassilenko Василенко), and the hand rules
(`press.lang.names.doubled_letters`) judge doubling itself."""


def latin_letters(word: str) -> str:
    """*word* in lower-case a–z only, its diacritics read (`_HACEK`) or dropped, a doubled
    letter once."""
    lower = word.lower().translate(_HACEK)
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(ch))
    return _DOUBLED.sub(r"\1", _NOT_LATIN.sub("", plain))


def cyrillic_letters(word: str) -> str:
    """*word* in lower-case Russian and Kazakh letters only, ё read as е (texts rarely print ё),
    a doubled letter once."""
    return _DOUBLED.sub(r"\1", _NOT_CYRILLIC.sub("", word.lower().replace("ё", "е")))


@cache
def _table() -> tuple[dict[str, dict[str, float]], float, float, float]:
    """({latin chunk: {cyrillic chunk: cost}}, the cost of a pair never seen, the threshold of
    the same name, the cost of a slip)."""
    data = json.loads(TABLE.read_text(encoding="utf-8"))
    pairs: dict[str, dict[str, float]] = {}
    for key, value in data["costs"].items():
        latin, cyrillic = key.split("|")
        pairs.setdefault(latin, {})[cyrillic] = value
    return pairs, data["unseen"], data["threshold"], data["slip"]


def warm_up() -> None:
    """Read the learnt table (start-up, not per check): any check that compares a Latin name
    with a Cyrillic one may ask for it."""
    _table()


def costs_of(table: dict[str, dict[str, float]], unseen: float, latin: str, cyrillic: str) -> list[float]:
    """The chunk costs of the cheapest alignment of *latin* with *cyrillic* (both normalised) by
    *table*, a pair the table lacks costing *unseen*; empty when none aligns them."""
    n, m = len(latin), len(cyrillic)
    best = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == math.inf:
                continue
            for di in range(1, MAX_LATIN + 1):
                if i + di > n:
                    break
                row = table.get(latin[i:i + di])
                for dj in range(0, MAX_CYRILLIC + 1):
                    if j + dj > m:
                        break
                    default = unseen if di == 1 else math.inf  # a letter changed, dropped or added
                    cost = row.get(cyrillic[j:j + dj], default) if row else default
                    if here + cost < best[i + di][j + dj]:
                        best[i + di][j + dj] = here + cost
                        back[i + di][j + dj] = (i, j, cost)
    if best[n][m] == math.inf:
        return []
    found, i, j = [], n, m
    while i or j:
        step = back[i][j]
        assert step is not None
        i, j, cost = step
        found.append(cost)
    return found[::-1]


def per_letter(costs: list[float], latin: str, cyrillic: str) -> float:
    """The cost of an alignment per letter of the pair (the mean of the two lengths)."""
    return sum(costs) / ((len(latin) + len(cyrillic)) / 2) if costs else math.inf


@lru_cache(maxsize=16384)
def cost(latin: str, cyrillic: str) -> float:
    """How far the Cyrillic *cyrillic* is from a transcription of the Latin *latin*, per letter
    (0 for the commonest correspondence throughout; infinite when no alignment exists)."""
    table, unseen = _table()[:2]
    a, b = latin_letters(latin), cyrillic_letters(cyrillic)
    return per_letter(costs_of(table, unseen, a, b), a, b)


def same_name(latin: str, cyrillic: str) -> bool:
    """The model reads *cyrillic* as a transcription of *latin* (both stems, no case ending)."""
    return cost(latin, cyrillic) <= _table()[2]


def misspelt_cost(right: float, wrong: float) -> bool:
    """Of two Cyrillic forms for one Latin name, costing *right* and *wrong* by `cost`, the first
    is its transcription and the second a slip: no transcription of it, further than the held-out
    true pairs go (Олдфелд for Oldfield where the other version writes Олдфилд), or one the
    model clearly prefers less (`PREFERRED`: Кикнадзи for Kiknadze where the other version writes
    Кикнадзе) — the two forms must be one, so the worse of them is the slip."""
    _, _, same, slip = _table()
    return right <= same and (wrong > slip or wrong - right >= PREFERRED)


PREFERRED = 0.25
"""How much cheaper per letter one of two Cyrillic forms of one name must be for the model to
prefer it: about a letter's worth in a name of eight (Кикнадзе 0.15, Кикнадзи 0.48 for
Kiknadze)."""


def slip() -> float:
    """The cost per letter beyond which a Cyrillic form is no transcription of a Latin one."""
    return _table()[3]
