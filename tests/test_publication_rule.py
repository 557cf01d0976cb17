"""The publication rule (press.model.Publication) on small releases built in memory.

Each test states one clause of the rule with its values: which languages are final, which are
drafts, which are marked forced, how checker errors are attributed. No files, no build: the
rule is a pure function of the release, the checker's findings and the clock, so mutation
testing (bench/mutation.py, module "publication") can afford to run these for every mutant.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from press.model import (
    Entity,
    Meta,
    Publication,
    Release,
    Segment,
    Status,
    Version,
    attribute_errors,
    source_hash,
)

NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
TEXTS = {"en": ("Talks in Astana", "The ministers met."),
         "kk": ("Астанадағы келіссөздер", "Министрлер кездесті."),
         "ru": ("Переговоры в Астане", "Министры встретились.")}


def version(lang: str, status: Status = Status.APPROVED, title: str | None = None,
            body: str | None = None) -> Version:
    """A version of the tiny release: a title and one paragraph, made from the current en text."""
    texts = TEXTS[lang]
    title, body = texts[0] if title is None else title, texts[1] if body is None else body
    return Version(lang, {
        "title": Segment("title", title, status, source_hash(TEXTS["en"][0])),
        "p1": Segment("p1", body, status, source_hash(TEXTS["en"][1])),
    })


def release(*, embargo: dt.datetime | None = None, **versions: Version) -> Release:
    meta = Meta("2026-03-01-talks", NOW.date(), "astana", "mfa", "en", ["kk", "ru"], embargo=embargo)
    found = {lang: version(lang) for lang in ("en", "kk", "ru")} | versions
    return Release(meta, {}, {}, found, Path("."))


def test_an_approved_release_without_findings_is_final_in_every_language() -> None:
    rule = Publication.of(release())
    assert rule.approved == {"en": True, "kk": True, "ru": True}
    assert rule.embargo is None and rule.checker_errors == 0 and rule.forced is False
    assert rule.published(NOW) and rule.published_langs(NOW) == ["en", "kk", "ru"]
    assert not rule.refused
    assert not any(rule.draft(lang, NOW) or rule.held(lang) or rule.marked_forced(lang)
                   for lang in ("en", "kk", "ru"))


@pytest.mark.parametrize("status", [Status.UNTRANSLATED, Status.MACHINE, Status.TRANSLATED, Status.REVIEWED])
def test_a_language_short_of_approved_is_a_draft_and_the_others_publish(status: Status) -> None:
    rule = Publication.of(release(kk=version("kk", status)))
    assert rule.approved == {"en": True, "kk": False, "ru": True}
    assert rule.published_langs(NOW) == ["en", "ru"]
    assert rule.draft("kk", NOW) and not rule.draft("ru", NOW)
    assert rule.published(NOW, "ru") and not rule.published(NOW, "kk") and not rule.published(NOW)


@pytest.mark.parametrize(("lang", "title", "body"), [("ru", "", None), ("ru", " \n", None),
                                                     ("ru", None, "  "), ("kk", None, "")])
def test_a_version_without_a_title_or_body_text_is_never_final(lang: str, title, body) -> None:
    rule = Publication.of(release(**{lang: version(lang, title=title, body=body)}))
    other = "kk" if lang == "ru" else "ru"
    assert rule.approved[lang] is False and rule.approved[other] is True
    assert rule.published_langs(NOW) == ["en", other]


def test_a_source_without_body_text_makes_no_language_final_not_even_forced() -> None:
    empty = release(en=version("en", body=""))
    for forced in (False, True):
        rule = Publication.of(empty, checker_errors=1, force=forced)
        assert rule.approved == {"en": False, "kk": False, "ru": False}
        assert rule.published_langs(NOW) == [] and not rule.published(NOW)


def test_a_source_with_only_a_title_is_not_complete() -> None:
    source = version("en")
    del source.segments["p1"]
    rule = Publication.of(release(en=source))
    assert rule.approved == {"en": False, "kk": False, "ru": False}


def test_a_missing_version_is_a_draft() -> None:
    partial = release()
    del partial.versions["ru"]
    rule = Publication.of(partial)
    assert rule.approved == {"en": True, "kk": True, "ru": False}
    assert rule.published_langs(NOW) == ["en", "kk"]


def test_a_stale_translation_is_a_draft() -> None:
    stale = release()
    stale.versions["en"].segments["p1"].text = "The ministers met again."
    assert stale.is_stale("kk", "p1") and stale.is_stale("ru", "p1") and not stale.is_stale("kk", "title")
    rule = Publication.of(stale)
    assert rule.approved == {"en": True, "kk": False, "ru": False}


def test_an_error_counts_against_the_languages_it_names_and_the_source_against_all() -> None:
    langs = ["en", "kk", "ru"]
    assert attribute_errors([], langs, "en") == {"en": 0, "kk": 0, "ru": 0}
    assert attribute_errors([("kk",)], langs, "en") == {"en": 0, "kk": 1, "ru": 0}
    assert attribute_errors([("kk", "ru"), ("ru",)], langs, "en") == {"en": 0, "kk": 1, "ru": 2}
    assert attribute_errors([("en", "kk")], langs, "en") == {"en": 1, "kk": 1, "ru": 1}
    assert attribute_errors([()], langs, "en") == {"en": 1, "kk": 1, "ru": 1}
    assert attribute_errors([("de",), ("kk",), ("kk",)], langs, "en") == {"en": 0, "kk": 2, "ru": 0}


def test_an_error_in_one_translation_holds_that_language_only() -> None:
    rule = Publication.of(release(), checker_errors=[("kk",), ("kk",)])
    assert rule.checker_errors == {"en": 0, "kk": 2, "ru": 0}
    assert rule.errors("kk") == 2 and rule.errors("ru") == 0 and rule.errors("de") == 0
    assert rule.held("kk") and not rule.held("ru") and not rule.held("en")
    assert rule.published_langs(NOW) == ["en", "ru"] and not rule.refused and not rule.forced


def test_forcing_publishes_the_held_language_marked_forced() -> None:
    rule = Publication.of(release(), checker_errors=[("kk",)], force=True)
    assert rule.forced is True
    assert rule.published_langs(NOW) == ["en", "kk", "ru"]
    assert rule.marked_forced("kk") and not rule.marked_forced("ru") and not rule.marked_forced("en")
    assert not rule.held("kk")


def test_forcing_without_errors_is_not_marked() -> None:
    for errors in (0, [], [("de",)]):
        rule = Publication.of(release(), checker_errors=errors, force=True)
        assert rule.forced is False
        assert not any(rule.marked_forced(lang) for lang in ("en", "kk", "ru"))


def test_a_plain_error_count_holds_every_language_and_refuses_the_release() -> None:
    rule = Publication.of(release(), checker_errors=3)
    assert rule.checker_errors == 3 and [rule.errors(lang) for lang in ("en", "kk", "ru")] == [3, 3, 3]
    assert rule.refused and rule.published_langs(NOW) == [] and not rule.published(NOW, "en")
    forced = Publication.of(release(), checker_errors=3, force=True)
    assert forced.forced and not forced.refused and forced.published(NOW)
    assert all(forced.marked_forced(lang) for lang in ("en", "kk", "ru"))


def test_a_release_is_refused_only_when_every_language_is_held() -> None:
    assert Publication.of(release(), checker_errors=[("en",)]).refused
    assert Publication.of(release(), checker_errors=[("kk",), ("ru",)]).refused is False
    assert Publication({}).refused is False
    assert Publication({}).published(NOW) is False and Publication({}).published_langs(NOW) == []


def test_an_embargo_holds_every_language_until_it_passes() -> None:
    moment = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
    rule = Publication.of(release(embargo=moment))
    assert rule.embargo == moment
    before, at, after = moment - dt.timedelta(seconds=1), moment, moment + dt.timedelta(seconds=1)
    assert rule.embargoed(before) and not rule.embargoed(at) and not rule.embargoed(after)
    assert rule.published_langs(before) == [] and rule.draft("en", before)
    assert rule.published_langs(at) == ["en", "kk", "ru"] and rule.published(after)


def test_a_naive_embargo_is_read_in_kazakhstan_time_by_the_rule() -> None:
    rule = Publication.of(release(embargo=dt.datetime(2026, 3, 1, 12, 0)))
    assert rule.embargo == dt.datetime(2026, 3, 1, 7, 0, tzinfo=dt.UTC)  # UTC+5
    assert rule.embargoed(dt.datetime(2026, 3, 1, 6, 59, tzinfo=dt.UTC))
    assert not rule.embargoed(dt.datetime(2026, 3, 1, 7, 0, tzinfo=dt.UTC))


def test_only_keeps_the_source_and_the_languages_asked_for() -> None:
    full = release()
    kk = full.only(["kk"])
    assert kk.meta.langs == ["en", "kk"] and list(kk.versions) == ["en", "kk"]
    assert full.only(["ru", "de"]).meta.target_langs == ["ru"]
    assert list(full.only([]).versions) == ["en"]
    assert full.meta.target_langs == ["kk", "ru"] and list(full.versions) == ["en", "kk", "ru"]
    assert full.id == "2026-03-01-talks" and full.source is full.versions["en"]


def test_an_entity_writes_its_first_form() -> None:
    entity = Entity("astana", "place", {"en": ["Astana", "Nur-Sultan"], "kk": ["Астана"]})
    assert entity.form("en") == "Astana" and entity.form("kk") == "Астана"
