"""Interface strings ("Press release", "Contacts", "Page" …) from gettext catalogs in locales/.

The catalogs are extracted from the templates and the renderers and compiled with Babel
(`pybabel extract/update/compile`, see the README); code never hard-codes them per language.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Protocol

DOMAIN = "press"


class Gettext(Protocol):
    def gettext(self, message: str) -> str: ...
    def ngettext(self, singular: str, plural: str, n: int) -> str: ...


@cache
def translations(locales_dir: Path, lang: str) -> Gettext:
    """The compiled catalog of *lang*; English falls through to the message ids."""
    from babel.support import NullTranslations, Translations

    catalog = Translations.load(str(locales_dir), locales=[lang], domain=DOMAIN)
    if lang != "en" and isinstance(catalog, NullTranslations) and not isinstance(
        catalog, Translations
    ):
        from press.errors import PressError

        raise PressError(f"{locales_dir}/{lang}/LC_MESSAGES/{DOMAIN}.mo is missing; "
                         "run `pybabel compile -d locales -D press`")
    return catalog


@cache
def tag_labels(locales_dir: Path) -> dict[str, dict[str, str]]:
    """lang → tag → label, from tags.yaml beside the catalogs (a tag without one shows as written)."""
    from press.project import load_tag_labels

    path = locales_dir / "tags.yaml"
    return load_tag_labels(path) if path.exists() else {}


def _(message: str) -> str:
    """Mark a string for extraction where it is defined; it is translated where it is shown."""
    return message


PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def format_message(text: str, lang: str, values: dict[str, str]) -> str:
    """A translated message with its %(name)s placeholders filled.

    Whole sentences are translated with their dates inside, so each language chooses the word
    order; the grammar follows the order: in Kazakh a value followed by a postposition takes the
    case it governs ("%(date)s дейін" → "10 желтоқсанға дейін").
    """
    from press.lang.kazakh import governed

    def fill(match: re.Match[str]) -> str:
        value = values[match.group(1)]
        following = text[match.end():].split(maxsplit=1)
        if lang == "kk" and following:
            return governed(value, following[0].strip(",.;:()"))
        return value

    return PLACEHOLDER.sub(fill, text)


def message_parts(text: str) -> list[tuple[str, str]]:
    """A message as ("text", literal) and ("field", name) pieces, for places that fill a
    placeholder themselves (CSS page counters, Word PAGE fields): "%(page)s-бет / %(pages)s"."""
    parts: list[tuple[str, str]] = []
    at = 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > at:
            parts.append(("text", text[at:match.start()]))
        parts.append(("field", match.group(1)))
        at = match.end()
    if at < len(text):
        parts.append(("text", text[at:]))
    return parts
