"""What the checker reports: findings with a rule, a severity, the languages and a place."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    """One disagreement: what rule saw it, where, and what was expected instead.

    *location* is "RELEASE#SEGMENT" for release sources (so review tools can attach the
    finding to its segment) or "FILE:LINE" for plain texts.
    """

    rule: str
    severity: Severity
    langs: list[str]
    location: str
    excerpt: str
    message: str

    @property
    def segment(self) -> str | None:
        """The segment id from a "RELEASE#SEGMENT" location, else None."""
        _, sep, segment = self.location.rpartition("#")
        return segment if sep else None

    @property
    def family(self) -> str:
        """The rule family: names, dates, numbers, designations, facts or script."""
        return self.rule.split(".", 1)[0]

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "langs": list(self.langs),
                "location": self.location, "excerpt": self.excerpt, "message": self.message}


@dataclass
class Report:
    """All findings of one check, errors first."""

    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(f.severity == "error" for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity == "warning" for f in self.findings)

    def extend(self, other: Report) -> None:
        self.findings.extend(other.findings)

    def to_json(self) -> dict[str, Any]:
        return {"findings": [f.to_json() for f in self.findings],
                "summary": {"errors": self.errors, "warnings": self.warnings}}

    def to_text(self) -> str:
        """One line per finding, `location: severity: rule [langs]: message «excerpt»`."""
        lines = [f"{f.location}: {f.severity}: {f.rule} [{', '.join(f.langs)}]: {f.message}"
                 + (f" «{f.excerpt}»" if f.excerpt else "") for f in self.findings]
        lines.append(f"{self.errors} error(s), {self.warnings} warning(s)")
        return "\n".join(lines)
