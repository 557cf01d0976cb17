"""The translation memory index: exact and fuzzy lookups, persistence, sync per changed release."""

from __future__ import annotations

from pathlib import Path

from press.project import Project
from press.translate.memory import Memory, open_memory


def test_fuzzy_lookup_finds_an_edited_sentence_through_the_index(demo) -> None:
    memory = Memory()
    memory.add_release(demo)
    source = demo.source.segments["p3"].text
    exact = memory.lookup(source, "en", "kk", 0.75)
    assert exact is not None and exact.exact and exact.text == demo.versions["kk"].segments["p3"].text
    edited = source.replace("Search-and-rescue teams", "Rescue crews").replace("nearly", "almost")
    fuzzy = memory.lookup(edited, "en", "ru", 0.75)
    assert fuzzy is not None and not fuzzy.exact and fuzzy.origin == f"{demo.id}/p3"
    assert 0.75 <= fuzzy.similarity < 1 and "fuzzy match" in fuzzy.note()
    assert memory.lookup("Completely unrelated words about football results.", "en", "kk", 0.75) is None


def test_a_persisted_memory_reads_only_changed_releases(scratch_project: Project) -> None:
    first = open_memory(scratch_project)
    pairs = len(first)
    first.close()
    path = Path(scratch_project.root) / ".press-cache" / "memory.sqlite"
    assert path.exists() and pairs > 0
    loads: list[str] = []

    def load(folder: Path):
        loads.append(folder.name)
        return scratch_project.load(folder)

    with Memory(path) as again:
        assert again.sync(scratch_project.release_folders(), load) == 0 and loads == []
        folder = scratch_project.release_folders()[0]
        (folder / "kk.yaml").write_text((folder / "kk.yaml").read_text(encoding="utf-8") + "\n",
                                        encoding="utf-8")
        assert again.sync(scratch_project.release_folders(), load) == 1 and loads == [folder.name]
        assert len(again) == pairs
        again.forget(folder.name)
        assert len(again) < pairs
        assert again.db.execute("SELECT COUNT(*) FROM df WHERE n < 0").fetchone()[0] == 0
