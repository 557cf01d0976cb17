"""Minor source edits: a typo fixed in English need not send every translation back to review."""

from __future__ import annotations

from press.errors import PressError, did_you_mean
from press.model import Release, source_hash
from press.review.common import now_stamp


def mark_minor(release: Release, segment_ids: list[str], by: str) -> list[tuple[str, str]]:
    """Re-stamp the stale translations of *segment_ids* with today's source; (lang, id) changed.

    The author vouches that the edit does not change the meaning; who and when is recorded in
    changed_by/changed_at, and the source the translation now counts as made from in
    source_text. Language files are written atomically.
    """
    from press.source import save_version

    unknown = [sid for sid in segment_ids if sid not in release.source.segments]
    if unknown:
        hint = did_you_mean(unknown[0], list(release.source.segments))
        raise PressError(f"{release.id}: no segment {unknown[0]!r}{hint}")
    changed: list[tuple[str, str]] = []
    when = now_stamp()
    for lang in release.meta.target_langs:
        for sid in segment_ids:
            if not release.is_stale(lang, sid):
                continue
            seg = release.versions[lang].segments[sid]
            text = release.source.segments[sid].text
            seg.source_hash, seg.source_text = source_hash(text), text
            seg.changed_by, seg.changed_at = f"{by} (minor source edit)", when
            changed.append((lang, sid))
        if any(lang == done for done, _ in changed):
            save_version(release, lang)
    return changed
