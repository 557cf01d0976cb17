"""The language table: a fourth language is one row, one grammar module and one catalog.

Uzbek (Latin script), as a mission abroad would add it, is registered here without editing
the package: the row with `press.lang.register`, its grammar as a module written to tmp, its
interface catalog compiled into the scratch project's locales/. A release with an Uzbek
version then builds an HTML page in Uzbek, and its names, dates and interface strings come
from that row, module and catalog.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import html as lxml_html

from press.lang import (
    BABEL_LOCALES,
    ENGLISH_NAMES,
    LANGS,
    OG_LOCALES,
    Language,
    format_date,
    register,
    unregister,
)
from press.lang.kazakh import Case
from press.model import source_hash
from press.project import Project
from press.yamlio import dump_yaml, load_yaml

REPO = Path(__file__).resolve().parent.parent

UZBEK = Language(
    code="uz", babel="uz_Latn_UZ", word="uz-Latn-UZ", script="Latn", native="Oʻzbekcha",
    english="Uzbek", engine="uz", grammar="toy_uzbek_grammar", date_pattern="y-'yil' d-MMMM",
)
GRAMMAR = '''"""Toy Uzbek grammar: the locative is -da."""
from press.lang.kazakh import Case


def date_in_case(text, case):
    return text + "da" if case is Case.LOCATIVE else text


def name_in_role(form, role, entity_type):
    return form + "da" if role is Case.LOCATIVE else form
'''
CATALOG = {"Press release": "Matbuot xabari", "Contacts": "Aloqa uchun", "Other languages": "Boshqa tillar"}
UZ_BRAND = {"name": "Qozogʻiston Respublikasi Tashqi ishlar vazirligi", "short_name": "QR TIV",
            "signature": "Tashqi ishlar vazirligi matbuot xizmati", "place": "Astana, Qozogʻiston",
            "web": "https://www.gov.kz/memleket/entities/mfa?lang=uz", "address": "Astana, Qozogʻiston"}
TITLE_EN = "Kazakhstan and Uzbekistan sign a water agreement"
TITLE_UZ = "Qozogʻiston va Oʻzbekiston suv kelishuvini imzoladi"
BODY_EN = "The ministers met in the city of Tashkent."
BODY_UZ = "Vazirlar Toshkent shahrida uchrashdi."
"""No date or inflected name in running text: the checker reads an Uzbek date only as CLDR
writes it and an Uzbek name only in its registered form (its readers have no Uzbek grammar)."""


@pytest.fixture
def uzbek(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Language]:
    """The row registered and its grammar importable, for one test only."""
    (tmp_path / "toy_uzbek_grammar.py").write_text(GRAMMAR, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    register(UZBEK)
    try:
        yield UZBEK
    finally:
        unregister("uz")
        sys.modules.pop("toy_uzbek_grammar", None)


def _catalog(locales: Path) -> None:
    """locales/uz/LC_MESSAGES/press.mo from the toolkit's template with three strings translated."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with (REPO / "locales" / "press.pot").open("rb") as pot:
        catalog = read_po(pot, locale="uz")
    for message in catalog:
        if message.id in CATALOG:
            message.string = CATALOG[message.id]
    folder = locales / "uz" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "press.mo").open("wb") as mo:
        write_mo(mo, catalog)


def _project(root: Path) -> Project:
    """A project with its own catalogs, termbase and brand, and one release in en and uz."""
    for lang in ("en", "kk", "ru"):
        shutil.copytree(REPO / "locales" / lang, root / "locales" / lang)
    _catalog(root / "locales")
    (root / "locales" / "termbase.yaml").write_text("entities: {}\n", encoding="utf-8")
    brand = root / "templates" / "brands" / "toy"
    shutil.copytree(REPO / "templates" / "brands" / "mfa-kz", brand)
    doc = load_yaml(brand / "brand.yaml")
    for key, text in UZ_BRAND.items():
        doc[key]["uz"] = text
    (brand / "brand.yaml").write_text(dump_yaml(doc), encoding="utf-8")
    folder = root / "releases" / "2025" / "2025-12-10-water"
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(
        "id: 2025-12-10-water\ndate: 2025-12-10\ndateline: tashkent\nbrand: toy\n"
        "source_lang: en\ntarget_langs: [uz]\nentities:\n"
        "  tashkent: {type: place, en: Tashkent, kk: Ташкент, ru: Ташкент, uz: Toshkent}\n",
        encoding="utf-8")
    (folder / "en.yaml").write_text(
        f"lang: en\nsegments:\n  title: {{text: '{TITLE_EN}', kind: h2}}\n  p1: {{text: '{BODY_EN}'}}\n",
        encoding="utf-8")
    (folder / "uz.yaml").write_text(
        "lang: uz\nsegments:\n"
        f"  title: {{text: '{TITLE_UZ}', kind: h2, status: approved, source_hash: {source_hash(TITLE_EN)}}}\n"
        f"  p1: {{text: '{BODY_UZ}', status: approved, source_hash: {source_hash(BODY_EN)}}}\n",
        encoding="utf-8")
    return Project(root)


def test_every_column_is_read_from_the_table() -> None:
    assert tuple(LANGS) == ("en", "kk", "ru")
    assert dict(BABEL_LOCALES) == {"en": "en_GB", "kk": "kk_KZ", "ru": "ru_RU"}
    assert dict(OG_LOCALES) == dict(BABEL_LOCALES)
    assert dict(ENGLISH_NAMES) == {"en": "English", "kk": "Kazakh", "ru": "Russian"}
    from press.lang import language
    from press.lang.kazakh import KAZAKH_LETTERS

    assert len(language("kk").alphabet) == 42 and len(language("ru").alphabet) == 33
    kazakh_only = set(language("kk").alphabet) - set(language("ru").alphabet)
    assert kazakh_only == {c for c in KAZAKH_LETTERS if c.islower()}


@pytest.mark.parametrize("font", sorted((REPO / "templates" / "fonts").glob("*.ttf")), ids=lambda p: p.name)
def test_the_shipped_fonts_have_every_letter_of_every_language(font: Path) -> None:
    """The font check reads the alphabets from the table: a new row is checked with no new test."""
    from fontTools.ttLib import TTFont

    from press.lang import language

    cmap = TTFont(font).getBestCmap()
    for code in LANGS:
        letters = language(code).alphabet
        assert len(letters) >= 26, code
        missing = sorted(ch for ch in letters + letters.upper() if ord(ch) not in cmap)
        assert not missing, f"{font.name} lacks {''.join(missing)} ({code})"


def test_a_registered_row_is_seen_everywhere_and_removed_again(uzbek: Language) -> None:
    from press.lang import grammar_of
    from press.preview.page import ENGLISH_NAMES as PREVIEW_NAMES
    from press.schema import is_lang
    from press.source import entity_fields

    assert "uz" in LANGS and PREVIEW_NAMES["uz"] == "Uzbek" and OG_LOCALES["uz"] == "uz_Latn_UZ"
    assert is_lang("uz") is None and "uz" in entity_fields()
    assert format_date(dt.date(2025, 12, 10), "uz") == "2025-yil 10-dekabr"
    assert format_date(dt.date(2025, 12, 10), "uz", Case.LOCATIVE) == "2025-yil 10-dekabrda"
    assert grammar_of("uz").name_in_role("Toshkent", Case.LOCATIVE, "place") == "Toshkentda"
    assert grammar_of("uz").number_in_role("4 000", Case.LOCATIVE) == "4 000"  # a default: no inflection


def test_registered_row_goes_away(uzbek: Language) -> None:
    unregister("uz")
    assert tuple(LANGS) == ("en", "kk", "ru")
    from press.schema import is_lang

    assert is_lang("uz") == "unknown language 'uz'; expected one of en, kk, ru"


def test_a_fourth_language_builds_an_html_page(uzbek: Language, tmp_path: Path) -> None:
    """One row + one grammar module + one catalog: the Uzbek page is built, in Uzbek."""
    from conftest import run_press

    project = _project(tmp_path / "project")
    out = tmp_path / "dist"
    assert run_press(project, "build", "--format", "html", "--lang", "en,uz", "--out", str(out)) == 0
    page = lxml_html.fromstring((out / "2025-12-10-water" / "uz.html").read_bytes())
    assert page.get("lang") == "uz"
    text = " ".join(page.text_content().split())
    assert TITLE_UZ in text and BODY_UZ in text
    assert "Toshkent, 2025-yil 10-dekabr" in text  # dateline: the entity's uz form, the row's pattern
    assert "Matbuot xabari" in text and "Press release" not in text  # the catalog
    assert UZ_BRAND["signature"] in text  # the brand's uz text
    assert page.xpath("string(//meta[@property='og:locale']/@content)") == "uz_Latn_UZ"
    english = lxml_html.fromstring((out / "2025-12-10-water" / "en.html").read_bytes())
    assert "Oʻzbekcha" in english.text_content()  # the switcher names it in itself


def test_a_fourth_language_gets_its_dates_read(uzbek: Language) -> None:
    """The checker reads an Uzbek date as the row's CLDR pattern writes it (grammar.date_reading's
    default), so a changed day is found; a capitalised Latin word in a Latin-script language is
    an ordinary word, not a brand kept in the original."""
    import datetime as dt

    from press.check import check_texts
    from press.check.recognise import find_names

    english = "The ministers met in Tashkent on 10 December 2025 and signed a water agreement."
    uzbek_text = "Vazirlar 2025-yil 10-dekabr kuni Toshkent shahrida suv kelishuvini imzoladi."
    day = dt.date(2025, 12, 10)
    clean = check_texts({"en": english, "uz": uzbek_text}, {}, day)
    assert [f for f in clean.findings if f.rule.startswith("dates")] == []
    changed = check_texts({"en": english, "uz": uzbek_text.replace("10-dekabr", "12-dekabr")}, {}, day)
    assert [f.excerpt for f in changed.findings if f.rule == "dates.mismatch"] == ["2025-yil 12-dekabr"]
    assert [m.text for m in find_names("Ikki tomon kelishuvni imzoladi. Vazirlar uchrashdi.", "uz")] == []
