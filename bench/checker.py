"""Benchmark of the consistency checker on the labelled corpus (tests/checker/).

Prints, per error type, the recall of press.check, of pofilter's `numbers` check
(translate-toolkit) and of a dateparser-based date comparison; the precision of each; false
alarms per 1,000 words on the clean texts and hard negatives; and the time to check the demo
release after start-up (cold first call and warm median), as a ratio to the time of simply
loading it. Run: python bench/checker.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests" / "checker")]

from corpus import Case, load_cases  # noqa: E402

from press.check import check_bundle, check_release, warm_up  # noqa: E402
from press.check.document import Bundle  # noqa: E402

Flag = tuple[str, str]  # (lang, paragraph id)


def press_flags(bundle: Bundle, expected: list[str]) -> list[Flag]:
    return [(lang, f.segment or "") for f in check_bundle(bundle).findings if f.rule not in expected
            for lang in f.langs]


def pofilter_flags(bundle: Bundle) -> list[Flag]:
    """translate-toolkit's numbers check, en source against each target, per paragraph."""
    from translate.filters import checks

    checker = checks.StandardChecker()
    flags = []
    source = {p.id: p.text for p in bundle.paras["en"]}
    for lang in ("kk", "ru"):
        for para in bundle.paras[lang]:
            try:
                checker.numbers(source[para.id], para.text)
            except checks.FilterFailure:
                flags += [("en", para.id), (lang, para.id)]
    return flags


def dateparser_flags(bundle: Bundle) -> list[Flag]:
    """dateparser's search_dates in each language; a paragraph whose dates differ from en's."""
    from dateparser.search import search_dates

    def dates(text: str, lang: str) -> list[tuple[int, int]]:
        found = search_dates(text, languages=[lang], settings={"RELATIVE_BASE": _base(bundle)}) or []
        return sorted((d.month, d.day) for _, d in found)

    flags = []
    source = {p.id: dates(p.text, "en") for p in bundle.paras["en"]}
    for lang in ("kk", "ru"):
        for para in bundle.paras[lang]:
            if dates(para.text, lang) != source[para.id]:
                flags += [("en", para.id), (lang, para.id)]
    return flags


def _base(bundle: Bundle):
    import datetime as dt

    return dt.datetime.combine(bundle.date, dt.time()) if bundle.date else dt.datetime(2025, 1, 1)


def evaluate(name: str, flagger, cases: list[Case]) -> dict:
    hits: dict[str, list[bool]] = defaultdict(list)
    true_flags = all_flags = 0
    clean_alarms = negatives_alarms = negatives_flagged = negatives_total = 0
    words = clean_words = 0
    for case in cases:
        clean = flagger(case.bundle(), case.expected) if name == "press" else flagger(case.bundle())
        clean_alarms += len(clean)
        words += case.words()
        clean_words += case.words()
        for negative in case.negatives:
            run = flagger(case.bundle(negative), case.expected) if name == "press" \
                else flagger(case.bundle(negative))
            negatives_alarms += len(set(run) - set(clean))
            negatives_flagged += bool(set(run) - set(clean))
            negatives_total += 1
            words += case.words()
        for error in case.errors:
            run = flagger(case.bundle(error), case.expected) if name == "press" \
                else flagger(case.bundle(error))
            new = [f for f in run if f not in clean]
            target = (error["lang"], str(error["para"]))
            hits[error["type"]].append(target in new)
            true_flags += sum(f == target for f in new)
            all_flags += len(new)
    return {"recall": {t: sum(v) / len(v) for t, v in hits.items()},
            "n": {t: len(v) for t, v in hits.items()},
            "precision": true_flags / all_flags if all_flags else 0.0,
            "false_per_1000": 1000 * (clean_alarms + negatives_alarms) / words, "words": words,
            "clean_per_1000": 1000 * clean_alarms / clean_words,
            "negatives": f"{negatives_flagged} of {negatives_total}"}


def timing() -> tuple[float, float, float]:
    from press.project import Project

    project = Project(REPO)
    start = time.perf_counter()
    release = project.load(project.release_folders(["2025-12-10-baikonur"])[0])
    load = time.perf_counter() - start
    warm_up()
    start = time.perf_counter()
    check_release(release)
    cold = time.perf_counter() - start
    runs = []
    for _ in range(15):
        start = time.perf_counter()
        check_release(release)
        runs.append(time.perf_counter() - start)
    return load, cold, statistics.median(runs)


def main() -> None:
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    cases = load_cases()
    results = {}
    with Progress(transient=True) as progress:
        task = progress.add_task("checking the corpus", total=3)
        for name, flagger in (("press", press_flags), ("pofilter numbers", pofilter_flags),
                              ("dateparser", dateparser_flags)):
            results[name] = evaluate(name, flagger, cases)
            progress.advance(task)
    console = Console()
    types = sorted(results["press"]["recall"])
    table = Table(title=f"Recall per error type ({len(cases)} texts, "
                        f"{sum(len(c.errors) for c in cases)} injected errors, "
                        f"{sum(len(c.negatives) for c in cases)} hard negatives, "
                        f"{sum(c.words() for c in cases):,} words)")
    table.add_column("type")
    table.add_column("n", justify="right")
    for name in results:
        table.add_column(name, justify="right")
    for kind in types:
        table.add_row(kind, str(results["press"]["n"][kind]),
                      *(f"{r['recall'].get(kind, 0):.2f}" for r in results.values()))
    table.add_row("precision", "", *(f"{r['precision']:.2f}" for r in results.values()))
    table.add_row("false alarms / 1,000 words (clean texts)", "",
                  *(f"{r['clean_per_1000']:.2f}" for r in results.values()))
    table.add_row("hard negatives flagged", "", *(r["negatives"] for r in results.values()))
    table.add_row("false alarms / 1,000 words (clean + negatives)", "",
                  *(f"{r['false_per_1000']:.2f}" for r in results.values()))
    console.print(table)
    load, cold, warm = timing()
    console.print(f"demo release: load {load * 1000:.1f} ms; check after start-up {cold * 1000:.1f} ms "
                  f"(first), {warm * 1000:.1f} ms (median of 15); check/load ratio {warm / load:.2f}; "
                  f"target < 100 ms: {'met' if max(cold, warm) < 0.1 else 'NOT met'}")
    beaten = all(results["press"]["recall"][k] > max(r["recall"].get(k, 0) for n, r in results.items()
                                                       if n != "press") for k in types)
    console.print(f"summary: min recall {min(results['press']['recall'].values()):.2f} (target 0.95), "
                  f"false alarms {results['press']['clean_per_1000']:.2f}/1,000 words on the clean texts "
                  f"(target <= 1), hard negatives flagged {results['press']['negatives']} (target 0), "
                  f"both baselines beaten on every type: {beaten}")


if __name__ == "__main__":
    main()
