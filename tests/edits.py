"""Shared by the checker's tests: a text of three versions with one version edited."""

from __future__ import annotations


def edited(texts: dict[str, str], lang: str, old: str, new: str, count: int = -1) -> dict[str, str]:
    """*texts* with *old* replaced by *new* in version *lang* (every occurrence, or the first
    *count*); *old* must be there, so that an edit cannot silently miss and leave a test green."""
    assert old in texts[lang], old
    return dict(texts, **{lang: texts[lang].replace(old, new, count)})
