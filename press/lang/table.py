"""The language table: one row per language a release can be written in.

Everything press knows about a language that is not grammar lives in its row: the CLDR locale
for dates and numbers, Word's language tag, the script, its names, what translation engines
call it, the Open Graph locale and the module with its grammar. Entity fields, the gettext
catalogs, the preview, machine translation, the checker and the renderers all read the rows
through `press.lang`, so adding a language is one row here, one grammar module (see
press.lang.grammar) and one catalog in locales/<code>/LC_MESSAGES/press.po.

`register` adds a row at run time (a project's own language, or a test's toy one): the views
below (`LANGS`, `BABEL_LOCALES` …) are live, so every module that imported them sees it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from press.lang.grammar import Grammar


@dataclass(frozen=True)
class Language:
    """One row of the table."""

    code: str
    """The release's language code (file name kk.yaml, html lang, XLIFF srcLang)."""
    babel: str
    """CLDR locale for dates and numbers (the ministry writes British English)."""
    word: str
    """The w:lang tag Word uses to pick its spell-checker."""
    script: str
    """ISO 15924 script code of its letters (Latn, Cyrl …)."""
    native: str
    """Its name in itself, for language switchers."""
    english: str
    """Its name in English, for the preview and the scaffold's comments."""
    engine: str
    """The code machine-translation engines take for it (LibreTranslate, deep-translator)."""
    grammar: str = "press.lang.grammar"
    """The module that puts names, dates and numbers in a grammatical role (press.lang.grammar)."""
    date_pattern: str = "d MMMM y"
    """CLDR pattern of a full date in the ministry's style."""
    day_month_pattern: str = "d MMMM"
    """CLDR pattern of a date without its year, as running text uses it."""
    og_locale: str = ""
    """Open Graph locale (og:locale); the CLDR locale when empty."""
    alphabet: str = ""
    """Its letters in lower case: every font press ships must have them all (a test checks)."""

    @property
    def og(self) -> str:
        return self.og_locale or self.babel


_ROWS: dict[str, Language] = {}
_GRAMMARS: dict[str, Grammar] = {}


def register(row: Language) -> Language:
    """Add (or replace) a row; every view of the table sees it at once."""
    _ROWS[row.code] = row
    _GRAMMARS.pop(row.code, None)
    return row


def unregister(code: str) -> None:
    """Remove a row added with `register` (a test cleans up after its toy language)."""
    _ROWS.pop(code, None)
    _GRAMMARS.pop(code, None)


for _row in (
    Language("en", "en_GB", "en-GB", "Latn", "English", "English", "en",
             grammar="press.lang.english", alphabet="abcdefghijklmnopqrstuvwxyz"),
    Language("kk", "kk_KZ", "kk-KZ", "Cyrl", "Қазақша", "Kazakh", "kk",
             grammar="press.lang.kazakh", date_pattern="y 'жылғы' d MMMM",
             alphabet="аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"),
    Language("ru", "ru_RU", "ru-RU", "Cyrl", "Русский", "Russian", "ru",
             grammar="press.lang.russian", date_pattern="d MMMM y 'года'",
             alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
):
    register(_row)
"""The ministry's three languages, in the order it lists them."""


def language(code: str) -> Language:
    """The row of *code*; ValueError names the known codes when there is none."""
    try:
        return _ROWS[code]
    except KeyError:
        known = ", ".join(_ROWS)
        raise ValueError(f"unsupported language {code!r} (expected one of {known})") from None


def grammar_of(code: str) -> Grammar:
    """The grammar of the language *code*, from the module its row names (imported once)."""
    if code not in _GRAMMARS:
        from press.lang.grammar import load

        _GRAMMARS[code] = load(language(code).grammar)
    return _GRAMMARS[code]


class _Codes(Sequence[str]):
    """The codes of the table in order, read at each use (a registered row is included)."""

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return tuple(_ROWS)[index]

    def __len__(self) -> int:
        return len(_ROWS)

    def __iter__(self) -> Iterator[str]:
        return iter(tuple(_ROWS))

    def __contains__(self, code: object) -> bool:
        return code in _ROWS

    def __eq__(self, other: object) -> bool:
        return tuple(self) == (tuple(other) if isinstance(other, Sequence) else other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))


class _Column(Mapping[str, str]):
    """One column of the table as a mapping code → value, read at each use."""

    def __init__(self, attribute: str):
        self.attribute = attribute

    def __getitem__(self, code: str) -> str:
        if code not in _ROWS:
            raise KeyError(code)
        return str(getattr(_ROWS[code], self.attribute))

    def __iter__(self) -> Iterator[str]:
        return iter(tuple(_ROWS))

    def __len__(self) -> int:
        return len(_ROWS)

    def __repr__(self) -> str:
        return repr(dict(self))


LANGS: Sequence[str] = _Codes()
"""The languages of a release, in the order the ministry lists them."""


def in_order(langs: Iterable[str]) -> list[str]:
    """*langs* in the ministry's order (the table's): every language switcher, index and
    summary lists the languages the same way, whichever is a release's source."""
    wanted = set(langs)
    return [code for code in LANGS if code in wanted] + sorted(wanted - set(LANGS))


BABEL_LOCALES: Mapping[str, str] = _Column("babel")
WORD_LANG: Mapping[str, str] = _Column("word")
LANG_NAMES: Mapping[str, str] = _Column("native")
ENGLISH_NAMES: Mapping[str, str] = _Column("english")
ENGINE_CODES: Mapping[str, str] = _Column("engine")
OG_LOCALES: Mapping[str, str] = _Column("og")
SCRIPTS: Mapping[str, str] = _Column("script")
