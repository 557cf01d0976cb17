"""Validation of hand-off files against the OASIS XLIFF schemas kept in schemas/.

The published schemas import `xml.xsd` from http://www.w3.org/… or from a relative folder
we do not have; libxml2 skips a second import of a namespace it already knows, so a tiny
driver schema that imports every namespace from the local copies first keeps validation
offline and the OASIS files unchanged.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

SCHEMAS = Path(__file__).resolve().parent / "schemas"

XML_NS = "http://www.w3.org/XML/1998/namespace"
XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"
MTC_NS = "urn:oasis:names:tc:xliff:matches:2.0"
MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0"

_IMPORTS: dict[str, tuple[tuple[str, str], ...]] = {
    "1.2": ((XML_NS, "xml.xsd"), (XLIFF12_NS, "xliff-core-1.2-strict.xsd")),
    "2": ((XML_NS, "xml.xsd"), (XLIFF2_NS, "xliff_core_2.0.xsd"), (MDA_NS, "metadata.xsd"),
          (MTC_NS, "matches.xsd")),
}


@cache
def xliff_schema(version: str) -> Any:
    """The lxml XMLSchema for XLIFF "1.2" or "2" (2.0 and 2.1 share the core schema)."""
    from lxml import etree

    imports = "".join(
        f'<xs:import namespace="{ns}" schemaLocation="{(SCHEMAS / name).as_uri()}"/>'
        for ns, name in _IMPORTS[version]
    )
    driver = f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>'
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.fromstring(driver.encode(), parser, base_url=SCHEMAS.as_uri() + "/"))


def schema_errors(root: Any, version: str) -> list[str]:
    """`line N: message` for each way *root* breaks the schema; empty when it is valid."""
    schema = xliff_schema(version)
    if schema.validate(root):
        return []
    return [f"line {error.line}: {error.message}" for error in schema.error_log]


def the_one_file(root: Any, path: Path, schema: str, label: str, file_tag: str) -> Any:
    """The single <file> of a schema-valid returned XLIFF, or a refusal naming what is wrong.

    Both XLIFF readers start here, so 1.2 and 2.x files are refused alike.
    """
    from press.review.common import refuse

    errors = schema_errors(root, schema)
    if errors:
        raise refuse(path, 0, f"not valid {label}: " + "; ".join(errors[:3]))
    files = root.findall(file_tag)
    if len(files) != 1:
        raise refuse(path, root.sourceline or 0, f"expected one <file>, found {len(files)}")
    return files[0]
