"""Brands are data: a folder with brand.yaml, a mark and (optionally) fonts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from press.errors import Problem, SourceError
from press.yamlio import line_of, load_yaml

_LOCALISED = ("name", "short_name", "signature", "place", "web", "address")
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

    def mark_svg(self) -> str:
        return self.mark.read_text(encoding="utf-8") if self.mark else ""


def load_brand(folder: Path) -> Brand:
    path = folder / "brand.yaml"
    doc = load_yaml(path)
    problems = [Problem(path, line_of(doc), "missing (required)", key)
                for key in _REQUIRED if key not in doc]
    if problems:
        raise SourceError(problems)
    localised = {key: {str(k): str(v) for k, v in (doc.get(key) or {}).items()}
                 for key in _LOCALISED}
    mark = folder / str(doc.get("mark", "mark.svg"))
    return Brand(
        id=folder.name, folder=folder, email=doc.get("email"), phone=doc.get("phone"),
        colours={str(k): str(v) for k, v in doc["colours"].items()},
        mark=mark if mark.exists() else None,
        mark_png=png if (png := folder / str(doc.get("mark_png", "mark.png"))).exists() else None,
        fonts={str(k): str(v) for k, v in (doc.get("fonts") or {}).items()},
        docx_fonts={str(k): str(v) for k, v in (doc.get("docx_fonts") or {}).items()},
        allowed_hosts=[str(h) for h in doc.get("allowed_hosts") or []],
        **localised,
    )
