"""Brands are data: a folder with brand.yaml, a mark and (optionally) fonts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from press.errors import SourceError
from press.model import DEFAULT_TIMEZONE
from press.schema import Checker, Field, is_bool, is_str, is_str_list, is_text_map
from press.yamlio import line_of, load_yaml

_LOCALISED = ("name", "short_name", "signature", "place", "web", "address", "mark_label", "forced_mark")
_REQUIRED = ("name", "signature", "web", "colours")


@dataclass
class Brand:
    """A ministry's look and signature, per language where it is text."""

    id: str
    folder: Path
    name: dict[str, str]
    short_name: dict[str, str]
    signature: dict[str, str]
    place: dict[str, str]
    web: dict[str, str]
    address: dict[str, str]
    mark_label: dict[str, str]
    """What the mark shows, in each language (the SVG's aria-label)."""
    forced_mark: dict[str, str]
    """The line on every page of a version published with --force despite checker errors."""
    email: str | None
    phone: str | None
    colours: dict[str, str]
    mark: Path | None
    mark_png: Path | None
    """A raster copy of the mark for Word, which cannot place SVG on its own."""
    fonts: dict[str, str] = field(default_factory=dict)
    docx_fonts: dict[str, str] = field(default_factory=dict)
    allowed_hosts: list[str] = field(default_factory=list)
    """Hosts WeasyPrint may fetch images from; none by default."""
    russian_yo: bool = True
    """House style: False where the ministry writes Russian with е for ё (gov.kz)."""
    timezone: str = DEFAULT_TIMEZONE
    """The IANA zone (zoneinfo) embargoes are written and shown in: an embargo without an
    offset is read in it."""

    def mark_svg(self, lang: str | None = None) -> str:
        """The mark's SVG; with *lang*, its aria-label and <title> in that language (mark_label):
        the tagged PDF takes the title as the mark's alternate text."""
        svg = self.mark.read_text(encoding="utf-8") if self.mark else ""
        label = self.mark_label.get(lang or "")
        if label:
            from html import escape

            svg = _ARIA_LABEL.sub(f'aria-label="{escape(label)}"', svg, count=1)
            if "<title" not in svg:
                svg = _SVG_OPEN.sub(lambda m: f"{m.group()}<title>{escape(label)}</title>", svg, count=1)
        return svg


def _is_colours(value: Any) -> str | None:
    if message := is_text_map(value):
        return message
    bad = [f"{k}: {v}" for k, v in value.items() if not _HEX_COLOUR.fullmatch(str(v))]
    return f"colours must be written #RRGGBB, not {', '.join(bad)}" if bad else None


def _is_file_name(value: Any) -> str | None:
    """A file inside the brand folder: a brand can never make press read a file elsewhere."""
    if not isinstance(value, str) or not value or "/" in value or "\\" in value or value.startswith("."):
        return f"expected a file name inside the brand folder, got {value!r}"
    return None


_HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_ARIA_LABEL = re.compile(r'aria-label="[^"]*"')
_SVG_OPEN = re.compile(r"<svg\b[^>]*>")
_FONT_NAME = re.compile(r"\w[\w .\-]{0,62}")
"""A font family name as fonts name themselves (PT Serif, Times New Roman, Noto Sans-Kazakh):
it reaches CSS and Word's XML, so nothing that could end a string or a rule gets through."""


def _is_timezone(value: Any) -> str | None:
    """An IANA zone zoneinfo knows (the tzdata package ships them where the system has none)."""
    from zoneinfo import ZoneInfo

    if not isinstance(value, str) or not value or value.startswith(("/", ".")) or ".." in value:
        return f"expected a time zone like Asia/Almaty, got {value!r}"
    try:
        ZoneInfo(value)
    except (KeyError, ValueError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return f"unknown time zone {value!r} (like Asia/Almaty)"
    return None


def _is_font_map(value: Any) -> str | None:
    if message := is_text_map(value):
        return message
    bad = [f"{k}: {v!r}" for k, v in value.items() if not _FONT_NAME.fullmatch(str(v))]
    return f"a font is named by letters, digits, spaces, '-' and '.', not {', '.join(bad)}" if bad else None


BRAND_FIELDS: dict[str, Field] = {
    **{key: Field(is_text_map, required=key in _REQUIRED) for key in _LOCALISED},
    "email": Field(is_str), "phone": Field(is_str),
    "colours": Field(_is_colours, required=True),
    "mark": Field(_is_file_name), "mark_png": Field(_is_file_name),
    "fonts": Field(_is_font_map), "docx_fonts": Field(_is_font_map),
    "allowed_hosts": Field(is_str_list),
    "russian_yo": Field(is_bool),
    "timezone": Field(_is_timezone),
}


TEXT_COLOURS = ("text", "muted", "primary_text")
"""Colours text is written in, on white: each needs 4.5:1 (WCAG 2.1 AA). Without primary_text,
text is written in primary, which is then checked in its place."""
MIN_CONTRAST = 4.5


def contrast(colour: str, background: str = "#FFFFFF") -> float:
    """The WCAG 2.1 contrast ratio of two #RRGGBB colours (1 to 21)."""
    def luminance(value: str) -> float:
        channels = [int(value[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(colour), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def darker_shade(colour: str) -> str:
    """The lightest shade of *colour* (same hue, scaled towards black) that reaches 4.5:1."""
    channels = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    for step in range(100, 0, -1):
        shade = "#" + "".join(f"{round(c * step / 100):02X}" for c in channels)
        if contrast(shade) >= MIN_CONTRAST:
            return shade
    return "#000000"


def _check_contrast(doc: Any, checker: Checker) -> None:
    """Each colour text is written in reaches 4.5:1 on white, or the brand is refused with the
    darker shade to name instead."""
    colours = doc["colours"]
    for name in TEXT_COLOURS:
        key = "primary" if name == "primary_text" and name not in colours else name
        if key not in colours:
            continue
        value = str(colours[key])
        if (ratio := contrast(value)) < MIN_CONTRAST:
            where = "colours.primary_text" if key != name else f"colours.{name}"
            checker.add(line_of(colours, key), f"colours.{key}",
                        f"{value} on white has a contrast of {ratio:.2f}:1, text needs {MIN_CONTRAST}:1 "
                        f"(WCAG 2.1 AA); name a darker shade for text as {where}, e.g. {darker_shade(value)}")


def _colours(node: Any) -> dict[str, str]:
    """The brand's colours, primary_text filled in (primary, when that is dark enough itself)."""
    colours = {str(k): str(v) for k, v in node.items()}
    colours.setdefault("primary_text", colours.get("primary", "#1A1A1A"))
    colours.setdefault("text", "#1A1A1A")
    colours.setdefault("muted", "#5B6770")
    return colours


def load_brand(folder: Path) -> Brand:
    """Read and check a brand folder; every problem reported as brand.yaml:line: field."""
    path = folder / "brand.yaml"
    doc = load_yaml(path)
    checker = Checker(path)
    if checker.mapping(doc, BRAND_FIELDS) and not checker.problems:
        _check_contrast(doc, checker)
    if checker.problems:
        raise SourceError(checker.problems)
    localised = {key: {str(k): str(v) for k, v in (doc.get(key) or {}).items()}
                 for key in _LOCALISED}
    mark = folder / str(doc.get("mark", "mark.svg"))
    png = folder / str(doc.get("mark_png", "mark.png"))
    return Brand(
        id=folder.name, folder=folder, email=doc.get("email"), phone=doc.get("phone"),
        colours=_colours(doc["colours"]),
        mark=mark if mark.is_file() else None,
        mark_png=png if png.is_file() else None,
        fonts={str(k): str(v) for k, v in (doc.get("fonts") or {}).items()},
        docx_fonts={str(k): str(v) for k, v in (doc.get("docx_fonts") or {}).items()},
        allowed_hosts=[str(h) for h in doc.get("allowed_hosts") or []],
        russian_yo=bool(doc.get("russian_yo", True)),
        timezone=str(doc.get("timezone", DEFAULT_TIMEZONE)),
        **localised,
    )
