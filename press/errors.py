"""Errors a person can act on: `file:line: field: what is wrong`, exit status 2."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class Problem:
    """One thing wrong in one input file."""

    path: Path | str
    line: int
    message: str
    field: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {what}"


class PressError(Exception):
    """An error caused by the input or the environment, not by a bug: shown without traceback."""

    exit_code = 2


class SourceError(PressError):
    """One or more problems in the release sources."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("\n".join(str(p) for p in self.problems))


def did_you_mean(word: str, choices: list[str] | set[str] | tuple[str, ...]) -> str:
    """ ' (did you mean "x"?)' for the closest choice, or ""."""
    import difflib

    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    if not close and len(word) <= 3:  # "kz" → "kk", "h3" → "h2": one letter in two, same start
        close = [c for c in difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.5)
                 if c[:1] == word[:1]]
    return f' (did you mean "{close[0]}"?)' if close else ""
