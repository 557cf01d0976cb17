"""The rules the model decides in-process: what is stale, what may be published, the source hash.

The build and archive tests check the same rules end to end in a child process; these run in
the test process, so that mutation testing (bench/mutation.py) sees which tests cover them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from press.model import Segment, Status, Version, source_hash
from press.project import Project

DEMO = "2025-12-10-baikonur"


@pytest.fixture
def release(scratch_project: Project):
    return scratch_project.load(scratch_project.release_folders([DEMO])[0])


def test_the_demo_is_publishable_in_every_language(release) -> None:
    assert [lang for lang in release.meta.langs if release.is_publishable(lang)] == ["en", "kk", "ru"]
    assert not any(release.is_stale(lang, sid) for lang in ("kk", "ru") for sid in release.source.segments)


@pytest.mark.parametrize("status", [Status.UNTRANSLATED, Status.MACHINE, Status.TRANSLATED, Status.REVIEWED])
def test_one_segment_short_of_approved_holds_that_language_only(release, status: Status) -> None:
    release.versions["kk"].segments["p5"].status = status
    assert not release.is_publishable("kk")
    assert release.is_publishable("ru") and release.is_publishable("en")


def test_a_missing_segment_holds_the_language(release) -> None:
    del release.versions["ru"].segments["p8"]
    assert not release.is_publishable("ru") and release.is_publishable("kk")
    assert not release.is_stale("ru", "p8")  # nothing there to be stale


def test_a_source_edit_makes_the_translations_stale_and_holds_them(release) -> None:
    release.source.segments["p4"].text += " Further launches are planned for 2026."
    assert release.is_stale("kk", "p4") and release.is_stale("ru", "p4")
    assert not release.is_stale("kk", "p3") and not release.is_stale("en", "p4")
    assert [lang for lang in release.meta.langs if release.is_publishable(lang)] == ["en"]


def test_the_source_language_is_never_stale_and_always_publishable(release) -> None:
    release.source.segments["p4"].status = Status.TRANSLATED
    release.source.segments["p4"].source_hash = "0" * 16
    assert not release.is_stale("en", "p4") and release.is_publishable("en")


def test_untranslated_text_is_not_stale(release) -> None:
    seg = release.versions["kk"].segments["p6"]
    seg.status, seg.source_hash = Status.UNTRANSLATED, "0" * 16
    assert not release.is_stale("kk", "p6")
    seg.status = Status.MACHINE
    assert release.is_stale("kk", "p6")


def test_a_segment_id_the_source_lacks_is_not_stale(release) -> None:
    release.versions["kk"].segments["extra"] = Segment("extra", "Артық.", source_hash="0" * 16)
    assert not release.is_stale("kk", "extra")


def test_statuses_rank_in_workflow_order() -> None:
    assert [s.rank for s in Status] == [0, 1, 2, 3, 4]
    assert [s for s in Status if s.is_human] == [Status.REVIEWED, Status.APPROVED]


def test_the_source_hash_ignores_wrapping_and_normalisation_but_not_words() -> None:
    text = "Байқоңыр ғарыш айлағы"
    digest = source_hash(text)
    assert len(digest) == 16 and int(digest, 16) >= 0
    assert source_hash("  Байқоңыр\n  ғарыш\tайлағы ") == digest
    assert source_hash("Байқоңыр ғарыш айлағы".replace("ғ", "г\u0306")) != digest  # another letter
    assert source_hash("e\u0301") == source_hash("\u00e9")  # NFC
    assert source_hash("Байқоңыр ғарыш айлағында") != digest


def test_a_version_gives_text_and_body_without_the_header() -> None:
    version = Version("kk", {"title": Segment("title", "Т"), "p1": Segment("p1", "Бір"),
                             "subtitle": Segment("subtitle", "С"), "p2": Segment("p2", "Екі")})
    assert version.text("p2") == "Екі" and version.text("p9") == ""
    assert [s.id for s in version.body] == ["p1", "p2"]


def test_a_naive_embargo_is_astana_time(release) -> None:
    """zoneinfo's Asia/Almaty: UTC+5 now, UTC+6 before 1 March 2024 (tzdata keeps the history)."""
    from press.model import Publication, aware

    naive = dt.datetime(2026, 6, 1, 12, 0)
    assert aware(naive).utcoffset() == dt.timedelta(hours=5)
    assert aware(dt.datetime(2023, 6, 1, 12, 0)).utcoffset() == dt.timedelta(hours=6)
    assert aware(naive, "Europe/Moscow").utcoffset() == dt.timedelta(hours=3)
    utc = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
    assert aware(utc) is utc
    release.meta.embargo = naive
    rule = Publication.of(release)
    assert rule.embargo == dt.datetime(2026, 6, 1, 7, 0, tzinfo=dt.UTC)
    assert rule.draft("en", dt.datetime(2026, 6, 1, 6, 59, tzinfo=dt.UTC))
    assert not rule.draft("en", dt.datetime(2026, 6, 1, 7, 0, tzinfo=dt.UTC))
    assert not rule.unfinished("en")  # embargoed, not a draft: the pages carry the embargo line


def test_a_language_the_rule_does_not_know_is_a_draft() -> None:
    from press.model import Publication

    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    rule = Publication({"en": True})
    assert rule.draft("kk", now) and not rule.draft("en", now)
    assert not rule.published(now, "kk") and rule.published(now)
