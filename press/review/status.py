"""The coverage view: per release × language, segments per status, stale ones, checker errors."""

from __future__ import annotations

from typing import Any

from press.model import Release, Status


def coverage(release: Release, findings: list[Any]) -> dict[str, dict[str, int]]:
    """{lang: {status name: count, …, "stale": n, "errors": n}} for each target language."""
    result = {}
    for lang in release.meta.target_langs:
        counts = {status.value: 0 for status in Status}
        version = release.versions[lang]
        for sid in release.source.segments:
            seg = version.segments.get(sid)
            counts[(seg.status if seg else Status.UNTRANSLATED).value] += 1
        counts["stale"] = len(stale_segments(release, lang))
        counts["hand_edited"] = len(hand_edited(release, lang))
        counts["errors"] = sum(1 for f in findings if getattr(f, "severity", "") == "error"
                               and (not getattr(f, "langs", None) or lang in f.langs))
        result[lang] = counts
    return result


def hand_edited(release: Release, lang: str) -> list[str]:
    """Approved segments whose text is not the approved text: edited outside press."""
    return [seg.id for seg in release.versions[lang].segments.values() if seg.hand_edited]


def stale_segments(release: Release, lang: str) -> list[str]:
    return [sid for sid in release.source.segments if release.is_stale(lang, sid)]


def render_table(releases: list[Release], report: dict[str, dict[str, dict[str, int]]]) -> Any:
    """A Rich table of *report*, with the stale segment ids spelled out."""
    from rich.table import Table

    table = Table(title="Translation coverage")
    table.add_column("release")
    table.add_column("lang")
    for status in Status:
        table.add_column(status.value, justify="right")
    table.add_column("stale", justify="right")
    table.add_column("errors", justify="right")
    table.add_column("stale segments")
    for release in releases:
        for lang, counts in report[release.id].items():
            cells = [str(counts[s.value]) for s in Status]
            table.add_row(release.id, lang, *cells, str(counts["stale"]), str(counts["errors"]),
                          ", ".join(stale_segments(release, lang)))
    return table
