"""What the checker reports: findings with a rule, a severity, the languages and a place."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Lack:
    """What a finding says is only a lack, no contradiction: versions *lacking* do not state
    the *facts* that other versions state, and say nothing else in their place. A fact is (in
    words as a message shows it: "306 (figure)", «Астана»; the versions that state it; where
    the first of them does). Versions by different hands report it once per version, as an
    omission (`press.check.omissions`)."""

    lacking: tuple[str, ...]
    facts: tuple[tuple[str, tuple[str, ...], str], ...]

    @property
    def where(self) -> str:
        """Where the first fact is stated."""
        return self.facts[0][2]


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
    lack: Lack | None = field(default=None, compare=False)
    """Set when the finding reports only what some versions do not state (`Lack`)."""

    @property
    def segment(self) -> str | None:
        """The segment id from a "RELEASE#SEGMENT" location, else None."""
        _, sep, segment = self.location.rpartition("#")
        return segment if sep else None

    @property
    def family(self) -> str:
        """The rule family: names, dates, numbers, designations, facts, script or content."""
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
