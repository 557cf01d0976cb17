"""The release source: the demo loads whole, versions round-trip, errors name file:line."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from press.lang.kazakh import KAZAKH_LETTERS
from press.model import Status, source_hash
from press.project import Project
from press.source import load_version, save_version, version_yaml

DEMO = Path(__file__).resolve().parent.parent / "releases" / "2025" / "2025-12-10-baikonur"
SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "000_7b9963cde2396057.txt"


def test_demo_release_is_complete_and_approved(demo) -> None:
    assert demo.meta.langs == ["en", "kk", "ru"]
    assert str(demo.meta.date) == "2025-12-10"
    assert demo.entities[demo.meta.dateline].form("kk") == "Астана"
    for lang in ("kk", "ru"):
        version = demo.versions[lang]
        assert list(version.segments) == list(demo.source.segments)
        assert all(s.status is Status.APPROVED for s in version.segments.values())
        assert demo.is_publishable(lang)


def test_english_body_is_the_seed_verbatim(demo) -> None:
    body = [s.text for s in demo.source.body]
    if SEED.exists():
        seed_lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert body == seed_lines[: len(body)]
    assert body[0].startswith("Kazakhstan’s Baikonur Cosmodrome once again")
    assert "Just days later, on 9 December" in body[2]


def test_kazakh_uses_kazakh_letters_and_russian_does_not(demo) -> None:
    kk = " ".join(s.text for s in demo.versions["kk"].segments.values())
    ru = " ".join(s.text for s in demo.versions["ru"].segments.values())
    assert not set(ru) & KAZAKH_LETTERS
    assert sum(ch in KAZAKH_LETTERS for ch in kk) > 300
    assert "Байқоңыр" in kk and "Жезқазған" in kk
    assert "Байконур" in ru and "Жезказган" in ru


def test_version_round_trips_with_comments(tmp_path: Path) -> None:
    path = tmp_path / "kk.yaml"
    original = (DEMO / "kk.yaml").read_text(encoding="utf-8")
    path.write_text("# reviewer's note kept\n" + original, encoding="utf-8")
    version = load_version(path, "kk", is_source=False)
    text = version_yaml(version, is_source=False)
    assert text.startswith("# reviewer's note kept")
    second = tmp_path / "second" / "kk.yaml"
    second.parent.mkdir()
    second.write_text(text, encoding="utf-8")
    again = load_version(second, "kk", is_source=False)
    assert again.segments == version.segments and list(again.segments) == list(version.segments)
    assert version_yaml(again, is_source=False) == text


def test_editing_the_source_makes_translations_stale(scratch_project: Project) -> None:
    release = scratch_project.load_all(["2025-12-10-baikonur"])[0]
    release.source.segments["p3"].text += " Edited."
    save_version(release, "en")
    reloaded = scratch_project.load_all(["2025-12-10-baikonur"])[0]
    assert reloaded.is_stale("kk", "p3") and reloaded.is_stale("ru", "p3")
    assert not reloaded.is_stale("kk", "p2")
    assert not reloaded.is_publishable("kk")


def test_source_hash_ignores_rewrapping() -> None:
    assert source_hash("a  b\nc") == source_hash("a b c")
    assert source_hash("9 December") != source_hash("19 December")


def _press(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "press", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_bad_source_gives_file_line_and_exit_2(scratch_project: Project, tmp_path: Path) -> None:
    release_yaml = scratch_project.releases_dir / "2025" / "2025-12-10-baikonur" / "release.yaml"
    text = release_yaml.read_text(encoding="utf-8").replace("date: 2025-12-10", "date: 2025-02-30")
    release_yaml.write_text(text.replace("brand: mfa-kz", "brand: mfa-kz\ncolour: blue"), encoding="utf-8")
    result = _press("build", "--out", str(tmp_path / "out"), cwd=scratch_project.root)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert re.search(r"release\.yaml:4: date: 2025-02-30 is not a real date", result.stderr)
    assert not (tmp_path / "out").exists()


def test_unknown_field_and_entity_have_did_you_mean(scratch_project: Project) -> None:
    folder = scratch_project.releases_dir / "2025" / "2025-12-10-baikonur"
    text = (folder / "release.yaml").read_text(encoding="utf-8")
    text = text.replace("dateline: astana", "dateline: astna").replace("tags:", "tag:")
    (folder / "release.yaml").write_text(text, encoding="utf-8")
    result = _press("build", cwd=scratch_project.root)
    assert result.returncode == 2
    assert 'release.yaml:5: dateline: unknown entity \'astna\' (did you mean "astana"?)' in result.stderr
    assert 'release.yaml:9: tag: unknown field (did you mean "tags"?)' in result.stderr


def test_tags_yaml_is_checked_by_the_same_schema(tmp_path: Path) -> None:
    """locales/tags.yaml goes through press.schema like a release: file:line: field: problem."""
    import pytest

    from press.errors import SourceError
    from press.project import load_tag_labels

    path = tmp_path / "tags.yaml"
    path.write_text("tags:\n  space:\n    en: Space\n    kz: Ғарыш\n  visits:\n    ru: [1, 2]\n",
                    encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        load_tag_labels(path)
    assert str(caught.value).splitlines() == [
        f'{path}:4: tags.space.kz: unknown field (did you mean "kk"?)',
        f"{path}:6: tags.visits.ru: expected text, got a list",
    ]
    path.write_text("tags:\n  space: {en: Space, kk: Ғарыш}\n", encoding="utf-8")
    assert load_tag_labels(path) == {"en": {"space": "Space"}, "kk": {"space": "Ғарыш"}}
