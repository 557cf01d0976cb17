"""A place's own name: what the official languages of its country call it, in Latin letters.

A body keeps its name in its own language in an English text (the Wiener Symphoniker, Teatro
dell'Opera di Roma, Filharmonie Praha), where Russian and Kazakh translate it and name the city
in their own words (Венский симфонический оркестр, Рим опера театры): the English version names
Vienna, Rome, Prague all the same, by the city's own name (Wien, Roma, Praha) or its adjective.
CLDR gives the city of each time zone and each territory in every locale."""

from __future__ import annotations

import re
from functools import lru_cache

from press.lang import names
from press.lang.tokens import tokens

_OWN_ADJECTIVE = re.compile(r"|er|ers|ische[nrs]?|ese|[ae]no|[ae]na|ense|oise?|aise?|sk[áýéai]")
"""The endings that make a place's adjective in the languages whose names a body keeps (Wiener,
Romano, Milanese, Lyonnaise, Pražský), and none for the name itself (Roma). Not any ending:
Romania is no adjective of Roma."""


def named_in(place: str, text: str) -> bool:
    """*text* names *place* (an id of `names.place_id`: C:Vienna, T:AT) by a capitalised word that
    is its own name (`own_names`) or that name's adjective (`_OWN_ADJECTIVE`)."""
    own = own_names(place)
    return bool(own) and any(t.text[:1].isupper() and _OWN_ADJECTIVE.fullmatch(t.lower[len(name):])
                             for t in tokens(text) for name in own if t.lower.startswith(name))


@lru_cache(maxsize=512)
def own_names(place: str) -> tuple[str, ...]:
    """The names, lower case, that the official languages of the country of *place* (a CLDR city
    or territory) give it in Latin letters and English does not (Wien, Roma, Praha, Österreich),
    four letters or more; () for a place of another list."""
    import zoneinfo

    from babel import Locale
    from babel.core import UnknownLocaleError, get_global
    from babel.languages import get_official_languages

    kind, _, key = place.partition(":")
    zone = next((z for z in sorted(zoneinfo.available_timezones()) if z.rsplit("/", 1)[-1] == key), None) \
        if kind == "C" else None
    territory = get_global("zone_territories").get(zone) if zone else key if kind == "T" else None
    found = []
    for language in get_official_languages(territory) if territory else ():
        try:
            locale = Locale.parse(language)
        except (UnknownLocaleError, ValueError):
            continue
        name = (locale.time_zones.get(zone) or {}).get("city") if zone else locale.territories.get(territory)
        english = names.place_names(place, "en")
        if name and len(name) >= 4 and names.is_latin(name) and name.lower() not in english:
            found.append(name.lower())
    return tuple(dict.fromkeys(found))
