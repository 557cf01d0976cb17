"""The starter termbase's cost: reading it, and checking the demo release with it.

Baselines run in this process, alternating with the measured runs:
- reading: the YAML checked with line numbers (ruamel, what every command did) against the
  compiled JSON in the user's cache (`press.source.load_termbase`);
- checking: the demo release with the registers it had before the starter termbase
  (22 entities) against the full starter termbase (~270), and against a termbase ten times
  that size (synthetic copies with other spellings), after start-up (`warm_up`, which builds
  the name index of the registers it is given).

    python bench/termbase.py [ROUNDS]

Target: a check of the demo with the full starter termbase <= 100 ms after start-up.
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from press.check import check_release, warm_up  # noqa: E402
from press.project import Project  # noqa: E402

DEMO = "2025-12-10-baikonur"
OLD_TERMBASE = ("kazakhstan", "astana", "baikonur", "zhezkazgan", "mfa-kz", "nasa", "roscosmos", "iss",
                "usa", "russia", "europe", "japan", "artemis", "earth")
"""The ids of the termbase before the starter one (the demo's space names)."""


def median_ms(run, rounds: int, clock=time.perf_counter) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        start = clock()
        run()
        times.append(clock() - start)
    return statistics.median(times) * 1000


def synthetic(entities: dict, copies: int) -> dict:
    """*entities* and copies of them whose ids and forms differ (Hungaryb, Венгрияб …)."""
    out = dict(entities)
    for n in range(1, copies):
        latin, cyrillic = "bcdefghijklmnop"[n], "бвгдежзиклмноп"[n]
        for entity in entities.values():
            forms = {lang: [f + (latin if lang == "en" else cyrillic) for f in fs]
                     for lang, fs in entity.forms.items()}
            out[f"{entity.id}-{n}"] = dataclasses.replace(entity, id=f"{entity.id}-{n}", forms=forms)
    return out


def main() -> None:
    from press.source import _parse_termbase, load_termbase

    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    path = REPO / "locales" / "termbase.yaml"
    text = path.read_text(encoding="utf-8")
    load_termbase(path)  # compiled once
    parse = median_ms(lambda: _parse_termbase(path, text), max(3, rounds // 5))
    compiled = median_ms(lambda: load_termbase(path), rounds)
    print(f"termbase ({len(load_termbase(path))} entities): YAML checked {parse:.1f} ms, "
          f"compiled {compiled:.1f} ms; ratio {compiled / parse:.3f}")

    project = Project(REPO)
    release = project.load(project.release_folders([DEMO])[0])
    own = {k: e for k, e in release.entities.items() if e.origin == "release" or k in OLD_TERMBASE}
    variants = {"before (22 entities)": own, f"starter ({len(release.entities)})": release.entities}
    big = synthetic(release.entities, 10)
    variants[f"x10 ({len(big)})"] = big
    results = {}
    for name, entities in variants.items():
        subject = dataclasses.replace(release, entities=entities)
        start = time.perf_counter()
        warm_up(entities)
        startup = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        check_release(subject)
        first = (time.perf_counter() - start) * 1000
        results[name] = (startup, first, median_ms(lambda s=subject: check_release(s), rounds),
                         median_ms(lambda s=subject: check_release(s), rounds, time.process_time))
    base, base_cpu = results["before (22 entities)"][2:]
    for name, (startup, first, warm, cpu) in results.items():
        print(f"demo check, {name}: start-up {startup:.0f} ms; first {first:.1f} ms, median {warm:.1f} ms "
              f"(ratio to before {warm / base:.2f}); CPU median {cpu:.1f} ms (ratio {cpu / base_cpu:.2f})")
    starter = next(v for k, v in results.items() if k.startswith("starter"))
    print(f"target <= 100 ms after start-up with the starter termbase: "
          f"{'met' if max(starter[1:3]) <= 100 else 'NOT met'} (wall); CPU {starter[3]:.0f} ms; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
