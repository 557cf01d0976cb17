"""Export of one language of a release to a hand-off file, checked before it is written."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from press.model import Release
from press.review.common import build_handoff

FORMATS: dict[str, str] = {"xliff": "xlf", "xliff12": "xlf", "docx": "docx"}
"""Format name → file extension (XLIFF 2.1 is the default)."""


def export_bytes(release: Release, lang: str, fmt: str = "xliff", findings: Sequence[Any] = ()) -> bytes:
    """The hand-off file for *lang*; XLIFF output is validated against the OASIS schemas.

    *findings* are the checker's, shown to the translator as notes: the caller runs the checker
    (review sits below check in the pipeline and never imports it).
    """
    handoff = build_handoff(release, lang, list(findings))
    if fmt == "docx":
        from press.review import docx

        return docx.write(handoff)
    from lxml import etree

    from press.review import xliff2, xliff12
    from press.review.schema import schema_errors

    writer, version = (xliff12.write, "1.2") if fmt == "xliff12" else (xliff2.write, "2")
    data = writer(handoff)
    errors = schema_errors(etree.fromstring(data), version)
    if errors:  # a bug in the writer, not bad input: fail loudly rather than hand out a broken file
        raise RuntimeError(f"exported XLIFF {version} is not schema-valid: {errors[:3]}")
    return data


def default_name(release: Release, lang: str, fmt: str) -> Path:
    suffix = "-xliff12" if fmt == "xliff12" else ""
    return Path(f"{release.id}.{lang}{suffix}.{FORMATS[fmt]}")


def export_file(release: Release, lang: str, fmt: str, output: Path | None,
                findings: Sequence[Any] = ()) -> Path:
    """Write the hand-off file atomically and return where it went."""
    from press.atomic import write_bytes

    path = output or default_name(release, lang, fmt)
    write_bytes(path, export_bytes(release, lang, fmt, findings))
    return path
