"""press.source details written against mutants bench/mutation.py found surviving (issue 19):
the release id as read, comments inside a segment kept on save, and the register editing that
import and `press glossary` go through (edit_entities, entity_node), byte for byte.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from press.errors import SourceError
from press.project import Project
from press.source import RELEASE_FILE, edit_entities, entity_node, save_version

DEMO = "2025-12-10-baikonur"
NODE = {"en": "Aktau", "kk": ["Ақтау", "Ақтауда"], "ru": "Актау"}
NODE_YAML = "aktau:\n  type: place\n  en: Aktau\n  kk: [Ақтау, Ақтауда]\n  ru: Актау\n"


def _folder(project: Project) -> Path:
    return project.release_folders([DEMO])[0]


def _without_register(folder: Path, ending: str) -> str:
    """release.yaml with its `entities:` block cut out, ending in *ending*; the text written."""
    path = folder / RELEASE_FILE
    text = re.sub(r"(?ms)^entities:\n(?:[ #].*?\n|\n)*", "", path.read_text(encoding="utf-8"))
    text = text.rstrip("\n") + ending
    path.write_text(text, encoding="utf-8")
    return text


def test_the_release_id_is_read_from_release_yaml(scratch_project: Project) -> None:
    assert scratch_project.load(_folder(scratch_project)).id == DEMO


def test_a_comment_inside_a_segment_survives_a_save(scratch_project: Project) -> None:
    folder = _folder(scratch_project)
    kk = folder / "kk.yaml"
    text = kk.read_text(encoding="utf-8")
    commented = re.sub(r"(?m)^(  p3:\n)", r"\1    # checked against the TASS report\n", text, count=1)
    assert commented != text
    kk.write_text(commented, encoding="utf-8")
    release = scratch_project.load(folder)
    release.versions["kk"].segments["p3"].note = "Атауын тексеру."
    save_version(release, "kk")
    saved = kk.read_text(encoding="utf-8")
    assert "  p3:\n    # checked against the TASS report\n" in saved and "note: Атауын тексеру." in saved


def test_a_register_entry_is_written_with_its_forms_and_what_is_unconfirmed() -> None:
    from press.yamlio import dump_yaml

    assert dump_yaml({"aktau": entity_node(NODE, "place")}) == NODE_YAML
    node = entity_node(NODE, "place", unconfirmed=["kk"], note="proposed from draft.docx")
    assert dump_yaml({"aktau": node}) == NODE_YAML + "  unconfirmed: [kk]\n  note: proposed from draft.docx\n"


@pytest.mark.parametrize("ending", ["\n", ""])
def test_a_register_is_added_to_a_release_without_one(scratch_project: Project, ending: str) -> None:
    folder = _folder(scratch_project)
    before = _without_register(folder, ending)
    old, new = edit_entities(folder, lambda register: register.update(aktau=entity_node(NODE, "place")))
    expected = before + ("" if ending else "\n") + "entities:\n" + \
        "".join(f"  {line}\n" for line in NODE_YAML.splitlines())
    assert (old, new) == (before, expected)
    assert (folder / RELEASE_FILE).read_text(encoding="utf-8") == expected


def test_a_register_emptied_is_written_as_an_empty_mapping(scratch_project: Project) -> None:
    folder = _folder(scratch_project)
    before = (folder / RELEASE_FILE).read_text(encoding="utf-8")
    _, after = edit_entities(folder, lambda register: register.clear())
    assert "\nentities: {}\n" in after and after.count("\n") < before.count("\n")
    assert (folder / RELEASE_FILE).read_text(encoding="utf-8") == after


def test_a_register_entry_without_a_type_is_refused_and_nothing_is_written(scratch_project: Project) -> None:
    folder = _folder(scratch_project)
    before = (folder / RELEASE_FILE).read_bytes()
    broken = {"en": "Aktau", "kk": "Ақтау", "ru": "Актау"}
    with pytest.raises(SourceError, match="aktau"):
        edit_entities(folder, lambda register: register.update(aktau=broken))
    assert (folder / RELEASE_FILE).read_bytes() == before


def _photo_problems(project: Project, name: str) -> tuple[list[str], int]:
    """The loader's messages for a lead photo *name* whose `file:` is its third line."""
    path = _folder(project) / RELEASE_FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(text + f"photo:\n  alt: {{en: A sky, kk: Аспан, ru: Небо}}\n  file: {name}\n",
                    encoding="utf-8")
    line = text.count("\n") + 3
    with pytest.raises(SourceError) as refused:
        project.load(_folder(project))
    shown = [str(problem).removeprefix(f"{path}:") for problem in refused.value.problems]
    return [message for message in shown if "photo.file" in message], line


def test_a_missing_photo_is_reported_at_its_file_line(scratch_project: Project) -> None:
    shown, line = _photo_problems(scratch_project, "lead.jpg")
    assert shown == [f"{line}: photo.file: 'lead.jpg' is not a file in {DEMO}/"]


def test_a_photo_path_through_a_parent_folder_is_refused(scratch_project: Project) -> None:
    """Outputs copy the photo by its name: `sub/../lead.png` needs a `sub` folder there too."""
    from PIL import Image

    Image.new("RGB", (8, 8)).save(_folder(scratch_project) / "lead.png")
    shown, line = _photo_problems(scratch_project, "sub/../lead.png")
    assert shown == [f"{line}: photo.file: 'sub/../lead.png' is outside the release folder; put the photo "
                     "beside release.yaml"]


def test_a_register_entry_keeps_its_type_and_what_is_unconfirmed(scratch_project: Project) -> None:
    folder = _folder(scratch_project)
    node = entity_node(NODE, "place", unconfirmed=["kk", "ru"])
    edit_entities(folder, lambda register: register.update(aktau=node))
    release = scratch_project.load(folder)
    aktau = release.entities["aktau"]
    assert (aktau.type, aktau.unconfirmed, aktau.forms["kk"]) == ("place", ["kk", "ru"], ["Ақтау", "Ақтауда"])
    assert release.entities["christopher-williams"].type == "person"


def test_the_termbase_is_compiled_into_a_fresh_cache_folder(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache folder's parents may not exist yet (a new account): they are made, and the
    compiled register read back is the one checked, confirmation dates included."""
    import datetime as dt

    from press.source import load_termbase

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "new" / "cache"))
    termbase = Path(__file__).resolve().parent.parent / "locales" / "termbase.yaml"
    checked = load_termbase(termbase)
    assert [p.name[:9] for p in (tmp_path / "new" / "cache" / "press").iterdir()] == ["termbase-"]
    again = load_termbase(termbase)
    assert again == checked and again["kassym-jomart-tokayev"].confirmed == dt.date(2025, 9, 26)


def test_a_termbase_without_its_register_or_with_unconfirmed_names_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from press.source import load_termbase

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    termbase = tmp_path / "termbase.yaml"
    termbase.write_text("names: {}\n", encoding="utf-8")
    with pytest.raises(SourceError, match="entities"):
        load_termbase(termbase)
    termbase.write_text("entities:\n" + "".join(f"  {line}\n" for line in NODE_YAML.splitlines())
                        + "    unconfirmed: [kk]\n", encoding="utf-8")
    with pytest.raises(SourceError) as refused:
        load_termbase(termbase)
    assert "a termbase entry is confirmed: check the forms, then delete this field" in str(refused.value)


def test_without_xdg_cache_home_the_termbase_is_compiled_under_home(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from press.source import load_termbase

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    termbase = tmp_path / "termbase.yaml"
    termbase.write_text("entities:\n" + "".join(f"  {line}\n" for line in NODE_YAML.splitlines()),
                        encoding="utf-8")
    assert load_termbase(termbase)["aktau"].forms["ru"] == ["Актау"]
    assert [p.name[:9] for p in (tmp_path / ".cache" / "press").iterdir()] == ["termbase-"]
