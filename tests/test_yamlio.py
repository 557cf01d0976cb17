"""press.yamlio.load_yaml keeps each parsed text in memory: a second load of the same text is a
fresh copy of the first parse, equal in data, comments and line numbers, owned by its caller."""

from __future__ import annotations

from pathlib import Path

import pytest

from press.errors import SourceError
from press.source import load_version
from press.yamlio import _PARSED, dump_yaml, line_of, load_yaml

DEMO_KK = Path(__file__).resolve().parent.parent / "releases" / "2025" / "2025-12-10-baikonur" / "kk.yaml"


def test_a_second_load_is_an_equal_copy_with_comments_and_lines() -> None:
    text = DEMO_KK.read_text(encoding="utf-8") + "# a translator's note at the end\n"
    first = load_yaml(DEMO_KK, text)
    assert text in _PARSED
    second = load_yaml(DEMO_KK, text)
    assert second == first and second is not first
    assert dump_yaml(second) == dump_yaml(first) and "# a translator's note at the end" in dump_yaml(second)
    segments = second["segments"]
    lines = [line_of(segments, key) for key in segments]
    assert lines == [line_of(first["segments"], key) for key in segments]
    assert line_of(segments, "p1") > line_of(segments, "title") > 1


def test_what_a_caller_changes_is_not_seen_by_the_next_load() -> None:
    text = DEMO_KK.read_text(encoding="utf-8") + "# owned\n"
    first = load_yaml(DEMO_KK, text)
    first["segments"]["p1"]["text"] = "changed by the first caller"
    second = load_yaml(DEMO_KK, text)
    second["segments"]["p2"]["text"] = "changed by the second caller"
    third = load_yaml(DEMO_KK, text)
    assert "changed" not in third["segments"]["p1"]["text"] + third["segments"]["p2"]["text"]


def test_an_edited_text_is_parsed_again() -> None:
    text = DEMO_KK.read_text(encoding="utf-8")
    before = load_yaml(DEMO_KK, text)
    edited = text.replace("status: approved", "status: reviewed", 1)
    after = load_yaml(DEMO_KK, edited)
    statuses = [[seg["status"] for seg in doc["segments"].values()] for doc in (before, after)]
    assert statuses[0].count("reviewed") + 1 == statuses[1].count("reviewed")


def test_an_impossible_date_is_reported_on_every_load(tmp_path: Path) -> None:
    """The stand-in for an unreadable value keeps its problem in the copy."""
    path = tmp_path / "kk.yaml"
    path.write_text("lang: kk\nsegments:\n  title:\n    text: Атауы\n    status: approved\n"
                    "    changed_at: 2025-02-30\n", encoding="utf-8")
    messages = []
    for _ in range(2):
        with pytest.raises(SourceError) as refused:
            load_version(path, "kk", is_source=False)
        messages.append(str(refused.value))
    assert messages[0] == messages[1] and ":6:" in messages[0]
    assert "2025-02-30 is not a real date" in messages[0]
