"""Interface strings ("Press release", "Contacts", "Page" …) from gettext catalogs in locales/.

The catalogs are extracted from the templates and the renderers and compiled with Babel
(`pybabel extract/update/compile`, see the README); code never hard-codes them per language.
"""

from __future__ import annotations

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


def _(message: str) -> str:
    """Mark a string for extraction where it is defined; it is translated where it is shown."""
    return message

