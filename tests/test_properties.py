"""Property-based tests (hypothesis): what press writes, press reads back; junk never crashes it.

- the source loader: random versions survive version_yaml → load_version unchanged, and random
  bytes or YAML-ish text never raise anything but SourceError;
- the checker's readers: a random date or number formatted in each language by press.lang is
  read back by press.lang.read_dates / read_numbers as the same value;
- the XLIFF hand-off: random units written as XLIFF 2.1 and 1.2 are schema-valid and read back
  (through the untrusted-file parser) with the same ids, sources, targets and statuses.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from press.errors import SourceError
from press.lang import LANGS, format_date, format_day_month, format_number
from press.lang.kazakh import Case
from press.lang.read_dates import find_dates
from press.lang.read_numbers import find_numbers
from press.model import Segment, Status, Version
from press.source import load_release, load_version, version_yaml

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "releases" / "2025" / "2025-12-10-baikonur"
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text a person or an engine could put in a segment: any letter, mark, number, punctuation,
# symbol, space or format character of any script, and line breaks; no control characters
# (YAML cannot hold them raw) and no lone surrogates (not text at all).
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x85")
               | st.just("\n"), max_size=120)
SEGMENT_ID = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)
HASH = st.from_regex(r"[0-9a-f]{16}", fullmatch=True)


@st.composite
def versions(draw: st.DrawFn) -> Version:
    ids = draw(st.lists(SEGMENT_ID, min_size=1, max_size=6, unique=True))
    segments = {}
    for segment_id in ids:
        segments[segment_id] = Segment(
            id=segment_id, text=draw(TEXT), status=draw(st.sampled_from(list(Status))),
            source_hash=draw(st.none() | HASH), changed_by=draw(st.none() | TEXT.filter(str.strip)),
            note=draw(st.none() | TEXT.filter(str.strip)),
            kind=draw(st.sampled_from(["p", "h2", "quote", "li"])),
        )
    return Version(lang="kk", segments=segments)


def _fields(version: Version) -> list[tuple[object, ...]]:
    """The fields as the loader reads them: text in NFC (issue 13: a decomposed й is read as й)."""
    return [(s.id, _nfc(s.text), s.status, s.source_hash, _nfc(s.changed_by), _nfc(s.note), s.kind)
            for s in version.segments.values()]


def _nfc(text: str | None) -> str | None:
    return None if text is None else unicodedata.normalize("NFC", text)


@SETTINGS
@given(versions())
def test_a_saved_version_loads_back_unchanged(version: Version) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kk.yaml"
        path.write_text(version_yaml(version, is_source=False), encoding="utf-8")
        loaded = load_version(path, "kk", is_source=False)
    assert _fields(loaded) == _fields(version)


@SETTINGS
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_text_saved_loads_back_or_is_refused_by_name(text: str) -> None:
    """Control characters (an engine's or Word's \\v) are saved as YAML escapes; loading refuses
    them with a message, and every other text comes back as it was."""
    version = Version(lang="kk", segments={"p1": Segment(id="p1", text=text, status=Status.MACHINE)})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kk.yaml"
        path.write_text(version_yaml(version, is_source=False), encoding="utf-8")
        try:
            loaded = load_version(path, "kk", is_source=False).segments["p1"].text
        except SourceError as exc:
            assert "holds the unprintable character" in str(exc)
        else:
            assert loaded == _nfc(text)


YAML_PIECES = [*":-[]{}!&*#|>'\"\n\t @%`,?.=~\\", "lang", "segments", "text", "status", "kk", "p1", "  ",
               "2025-02-30", "!!python/object", "\ufeff", "\x00", "é", "қ", "\n  ", "\n    "]
YAMLISH = st.lists(st.sampled_from(YAML_PIECES), max_size=60).map("".join)
"""Text made of YAML's own punctuation and press's keys: it reaches the parser and the checker."""


@SETTINGS
@given(st.binary(max_size=300) | YAMLISH.map(lambda text: text.encode("utf-8", "surrogatepass")))
def test_junk_in_a_language_file_is_only_ever_a_source_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kk.yaml"
        path.write_bytes(data)
        try:
            load_version(path, "kk", is_source=False)
        except SourceError as exc:
            assert all(str(problem).startswith(str(path)) for problem in exc.problems)


@SETTINGS
@given(YAMLISH)
def test_junk_in_release_yaml_is_only_ever_a_source_error(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        release = Path(folder) / "2025-12-10-baikonur"
        release.mkdir()
        for lang in LANGS:
            (release / f"{lang}.yaml").write_bytes((DEMO / f"{lang}.yaml").read_bytes())
        (release / "release.yaml").write_text(text, encoding="utf-8")
        with contextlib.suppress(SourceError):
            load_release(release)


# --- dates and numbers: formatted by press.lang, read by the checker's readers ------------------

DATES = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))
KAZAKH_CASES = [Case.NOMINATIVE, Case.LOCATIVE, Case.ABLATIVE, Case.DATIVE, Case.GENITIVE]
FRAMES = {
    "en": "The Ministry said on {} that the talks would continue.",
    "kk": "Министрлік {} келіссөздер жалғасатынын мәлімдеді.",
    "ru": "Министерство сообщило {}, что переговоры продолжатся.",
}


def _cases(lang: str) -> list[Case]:
    return KAZAKH_CASES if lang == "kk" else [Case.NOMINATIVE]


@SETTINGS
@given(day=DATES, lang=st.sampled_from(LANGS), data=st.data())
def test_a_formatted_date_reads_back_as_the_same_date(day: dt.date, lang: str, data: st.DataObject) -> None:
    case = data.draw(st.sampled_from(_cases(lang)))
    text = FRAMES[lang].format(format_date(day, lang, case))
    mentions = find_dates(text, lang)
    assert [m.as_date(None) for m in mentions] == [day], text


@SETTINGS
@given(day=DATES, lang=st.sampled_from(LANGS), data=st.data())
def test_a_day_and_month_read_back_with_the_release_year(day: dt.date, lang: str,
                                                         data: st.DataObject) -> None:
    case = data.draw(st.sampled_from(_cases(lang)))
    text = FRAMES[lang].format(format_day_month(day, lang, case))
    mentions = find_dates(text, lang)
    assert [(m.day, m.month, m.year) for m in mentions] == [(day.day, day.month, None)], text
    assert mentions[0].as_date(day) == day


NUMBERS = (st.integers(min_value=0, max_value=10**12).map(Decimal)
           | st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
NUMBER_FRAMES = {
    "en": "The agency reported {} in its annual statement.",
    "kk": "Агенттік жылдық есебінде {} деп хабарлады.",
    "ru": "Агентство сообщило о {} в годовом отчёте.",
}


@SETTINGS
@given(value=NUMBERS, lang=st.sampled_from(LANGS))
def test_a_formatted_number_reads_back_as_the_same_value(value: Decimal, lang: str) -> None:
    text = NUMBER_FRAMES[lang].format(format_number(value, lang))
    mentions = find_numbers(text, lang)
    assert [m.value for m in mentions] == [value], text


# --- the XLIFF hand-off ------------------------------------------------------------------------

XML_TEXT = st.lists(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
                    | st.sampled_from(["\n", "\t", "<", "&", "]]>", "\"", "'", "<target>", "&amp;"]),
                    min_size=1, max_size=40).map("".join)


@st.composite
def handoffs(draw: st.DrawFn) -> object:
    from press.review.common import Handoff, Item

    ids = draw(st.lists(SEGMENT_ID, min_size=1, max_size=5, unique=True))
    items = []
    for segment_id in ids:
        status = draw(st.sampled_from([Status.UNTRANSLATED, Status.TRANSLATED, Status.REVIEWED,
                                       Status.APPROVED]))
        target = None if status is Status.UNTRANSLATED else draw(XML_TEXT.filter(str.strip)).strip()
        items.append(Item(id=segment_id, kind=draw(st.sampled_from(["p", "h2"])), source=draw(XML_TEXT),
                          source_hash=draw(HASH), status=status, target=target,
                          comment=draw(st.none() | XML_TEXT.filter(str.strip))))
    return Handoff(release_id="2025-12-10-baikonur", source_lang="en", lang="kk", items=items)


@pytest.mark.parametrize("fmt", ["xliff", "xliff12"])
@SETTINGS
@given(handoff=handoffs())
def test_xliff_round_trip_keeps_every_unit(fmt: str, handoff: object) -> None:
    from press.markup import canonical, to_plain
    from press.review import xliff2, xliff12
    from press.review.common import Handoff
    from press.review.importer import parse_untrusted_xml
    from press.review.schema import schema_errors

    assert isinstance(handoff, Handoff)
    module, version = (xliff12, "1.2") if fmt == "xliff12" else (xliff2, "2")
    data = module.write(handoff)
    root = parse_untrusted_xml("handoff.xlf", data)
    assert schema_errors(root, version) == []
    returned = module.read(root, Path("handoff.xlf"))
    assert (returned.release_id, returned.lang) == (handoff.release_id, handoff.lang)
    # A file shows the source's words, its Markdown as inline codes: the words come back (what the
    # importer's tamper check compares), with the hash that names the exact source; a target comes
    # back as hand-off files write it (canonical: what the importer compares to see a change).
    assert [(u.id, words(u.source), u.source_hash, u.target, u.status) for u in returned.units] == [
        (i.id, words(to_plain(i.source)), i.source_hash, None if i.target is None else canonical(i.target),
         None if i.target is None else i.status) for i in handoff.items]
    assert [u.comment for u in returned.units] == [i.comment for i in handoff.items]


def words(text: str) -> str:
    return " ".join(text.split())
