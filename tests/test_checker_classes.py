"""Classes of checker failure seen on text it was never tuned on (issue 12), each with the
general rule that fixes it, and the speed-ups of the check that must not change its answers.

All in-process and fast: plain texts through `check_texts`, no build, no subprocess.
"""

from __future__ import annotations

import pytest

from press.markup import to_plain, to_runs

SEGMENTS = [
    "**Bold** and *italic*.", "A [link](https://mfa.gov.kz).", "Some `code`.", "__Under__ it.",
    "An escaped \\: sign.", "An entity &amp; sign.", "An autolink <https://gov.kz>.",
    "Two lines\nin one.", "Windows\r\nlines.",
    "Plain text: 10:00-ге дейін «Союз МС-28», 9–10 December — «кавычки» и 4\u00a0000 (…) 64/35 № 715.",
    "  Leading and trailing spaces, tabs\tand # hashes, 1. numbers - dashes > arrows ~ tildes  ",
]


@pytest.mark.parametrize("text", SEGMENTS)
def test_plain_text_is_what_the_markdown_parser_gives(text: str) -> None:
    """to_plain skips the parser for text with no markup character: same answer either way."""
    assert to_plain(text) == "".join(run.text for run in to_runs(text))
