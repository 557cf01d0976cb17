"""Saving a version: approved text edited by hand is demoted and recorded, the source keeps no status.

Written against mutants of press/source.py that bench/mutation.py found surviving: the history
entry of a hand edit written under other keys, its approved text not looked up, the source
file saved with translation fields.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from press.model import Status, source_hash
from press.project import Project
from press.source import append_history, demote_hand_edits, read_history, save_version

DEMO = "2025-12-10-baikonur"
EDITED = "Қолмен түзетілген мәтін."


def _release(project: Project):
    return project.load(project.release_folders([DEMO])[0])


def _approve(folder: Path, lang: str, segment: str, text: str) -> str:
    """Record an approval of *text* as `review import` does; its hash."""
    digest = source_hash(text)
    append_history(folder, [{"event": "approved", "segment": segment, "lang": lang,
                             "approved_hash": digest, "text": text}])
    return digest


def test_a_hand_edit_is_demoted_and_recorded_with_the_approved_text(scratch_project: Project) -> None:
    release = _release(scratch_project)
    seg = release.versions["kk"].segments["p5"]
    approved_text, approved_by, approved_at = seg.text, seg.changed_by, seg.changed_at
    seg.approved_hash = _approve(release.folder, "kk", "p5", approved_text)
    _approve(release.folder, "ru", "p5", "Другой текст.")  # another language's approval: not this one
    seg.text = EDITED
    unrecorded = release.versions["kk"].segments["p2"]  # approved by hand in the file: no history
    unrecorded.approved_hash, unrecorded.text = source_hash(unrecorded.text), "Қолмен жазылған."
    untouched = release.versions["kk"].segments["p3"]  # approved and unchanged: no hand edit
    untouched.approved_hash = source_hash(untouched.text)
    before = len(read_history(release.folder))

    assert demote_hand_edits(release, "kk") == ["p2", "p5"]

    assert seg.status is Status.TRANSLATED and seg.approved_hash is None
    assert seg.changed_by == "edited outside press (found at save)"
    assert untouched.status is Status.APPROVED and untouched.approved_hash is not None
    history = read_history(release.folder)
    assert len(history) == before + 2
    assert history[-2]["segment"] == "p2" and history[-2]["old_text"] == "(not recorded)"
    entry = history[-1]
    assert set(entry) == {"event", "segment", "lang", "found_at", "approved_by", "approved_at",
                          "approved_hash", "old_text", "text"}
    assert (entry["event"], entry["segment"], entry["lang"]) == ("hand edit", "p5", "kk")
    assert entry["old_text"] == approved_text and entry["text"] == EDITED
    assert entry["approved_hash"] == source_hash(approved_text)
    assert (entry["approved_by"], entry["approved_at"]) == (approved_by, approved_at)
    found = dt.datetime.fromisoformat(str(entry["found_at"]))
    assert found.tzinfo is not None and found.microsecond == 0
    assert abs(dt.datetime.now(dt.UTC) - found) < dt.timedelta(minutes=5)


def test_nothing_edited_writes_no_history(scratch_project: Project) -> None:
    release = _release(scratch_project)
    before = (release.folder / "review-history.yaml").read_bytes()
    assert demote_hand_edits(release, "kk") == []
    assert (release.folder / "review-history.yaml").read_bytes() == before


def test_the_source_is_saved_without_status_and_a_translation_with_its_hand_edit_demoted(
        scratch_project: Project) -> None:
    release = _release(scratch_project)
    release.versions["en"].segments["p8"].text += " More to follow."
    release.versions["kk"].segments["p8"].status = Status.REVIEWED
    edited = release.versions["kk"].segments["p4"]
    edited.approved_hash = _approve(release.folder, "kk", "p4", edited.text)
    edited.text = EDITED
    save_version(release, "en")
    save_version(release, "kk")
    en = (release.folder / "en.yaml").read_text(encoding="utf-8")
    kk = (release.folder / "kk.yaml").read_text(encoding="utf-8")
    assert "status:" not in en and "More to follow." in en
    assert kk.count("status: approved") == len(release.versions["kk"].segments) - 2
    assert kk.count("status: reviewed") == 1 and kk.count("status: translated") == 1
    again = _release(scratch_project)
    assert again.versions["kk"].segments["p8"].status is Status.REVIEWED
    p4 = again.versions["kk"].segments["p4"]  # the hand edit, demoted by the save
    assert (p4.text, p4.status, p4.approved_hash) == (EDITED, Status.TRANSLATED, None)
    assert read_history(release.folder)[-1]["segment"] == "p4"
    assert again.is_stale("kk", "p8") and not again.is_stale("kk", "p7")
