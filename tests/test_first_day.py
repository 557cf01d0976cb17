"""A press office's first day (issue 18): init, new, import and help as a newcomer meets them."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import tool

from press.cli import main

Press = Callable[..., tuple[int, str, str]]


@pytest.fixture
def press(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Press:
    """`press(cwd, *args)`: run press as typed in *cwd* (no --project): status, stdout, stderr.
    HOME is a fresh folder: init stages, never commits, so git needs no user identity."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")

    def run(cwd: Path, *args: str) -> tuple[int, str, str]:
        monkeypatch.chdir(cwd)
        code = 0
        try:
            main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        out = capsys.readouterr()
        return code, out.out, out.err
    return run


def git(folder: Path, *args: str) -> str:
    return subprocess.run([tool("git"), "-C", str(folder), *args], capture_output=True, text=True,
                          check=True).stdout


def test_init_new_build_leaves_a_git_project_with_nothing_untracked(tmp_path: Path, press: Press) -> None:
    code, out, err = press(tmp_path, "init", "office")
    office = tmp_path / "office"
    assert code == 0, err
    assert (office / ".git").is_dir() and "git repository" in out
    assert {"/dist/", ".press/"} <= set((office / ".gitignore").read_text().split())
    settings = (office / "press.toml").read_text()
    for key in ("engine", "url", "brand", "source_lang", "timezone", "russian_yo"):
        assert key in settings, key
    code, out, err = press(office, "new", "visit", "--date", "2026-12-01")
    assert code == 0, err
    source = Path("releases/2026/2026-12-01-visit/ru.yaml")
    assert f"write the text in {source}" in out and "press build 2026-12-01-visit" in out
    code, out, err = press(office, "build", "--format", "html")
    assert code == 0, err
    assert (office / "dist" / "2026-12-01-visit" / "ru.html").exists()
    assert not err.startswith("\n"), "the build output starts with a blank line"
    status = git(office, "status", "--porcelain", "--untracked-files=all")
    assert status and not [line for line in status.splitlines() if line.startswith("??")], status
    assert "dist/" not in status and git(office, "check-ignore", "dist/2026-12-01-visit/ru.html")
    assert git(office, "check-ignore", "kk.xlf")  # a hand-off file written in the project (README)


def test_init_again_changes_nothing_and_says_so(tmp_path: Path, press: Press) -> None:
    press(tmp_path, "init", "office")
    office = tmp_path / "office"
    before = {p: p.read_bytes() for p in office.rglob("*") if p.is_file() and ".git" not in p.parts}
    code, out, err = press(tmp_path, "init", "office")
    assert code == 0 and "already a press project; nothing changed" in out, out + err
    assert before == {p: p.read_bytes() for p in office.rglob("*") if p.is_file() and ".git" not in p.parts}


def test_init_inside_a_repository_makes_no_second_one(tmp_path: Path, press: Press) -> None:
    git(tmp_path, "init", "-q")
    code, out, err = press(tmp_path, "init", "office")
    assert code == 0 and not (tmp_path / "office" / ".git").exists(), out + err


def test_new_takes_its_defaults_from_press_toml_and_writes_examples_in_the_source_language(
        tmp_path: Path, press: Press) -> None:
    press(tmp_path, "init", "office", "--no-git")
    office = tmp_path / "office"
    toml = office / "press.toml"
    toml.write_text(toml.read_text().replace('source_lang = "ru"', 'source_lang = "kk"'))
    code, out, err = press(office, "new", "visit", "--date", "2026-12-01")
    assert code == 0, err
    folder = office / "releases/2026/2026-12-01-visit"
    assert "source_lang: kk" in (folder / "release.yaml").read_text()
    kk = (folder / "kk.yaml").read_text()
    assert "#   title:" in kk and "ынтымақтастық" in kk  # the example is Kazakh, for a Kazakh source
    assert "#   title:" not in (folder / "ru.yaml").read_text()  # a version gets no source example
    assert not (office / ".git").exists()


def test_a_bad_press_toml_setting_is_one_clear_line(tmp_path: Path, press: Press) -> None:
    press(tmp_path, "init", "office", "--no-git")
    office = tmp_path / "office"
    toml = office / "press.toml"
    toml.write_text(toml.read_text().replace('source_lang = "ru"', 'source_lang = "uz"'))
    code, out, err = press(office, "new", "visit")
    assert code == 2 and "press.toml: project.source_lang: 'uz' is not one of en, kk, ru" in err, err
    toml.write_text('[project]\nsource_language = "ru"\n')
    code, out, err = press(office, "new", "visit")
    assert code == 2 and 'project.source_language: unknown setting' in err and "source_lang" in err, err


def test_an_imported_release_is_named_from_its_title_and_says_where_it_came_from(
        tmp_path: Path, press: Press) -> None:
    import docx

    press(tmp_path, "init", "office", "--no-git")
    office = tmp_path / "office"
    draft = tmp_path / "press-reliz-vengriya-14-11.docx"
    document = docx.Document()
    document.add_paragraph("Министр иностранных дел Венгрии посетит Астану", style="Title")
    document.add_paragraph("Астана, 14 ноября 2026 года")
    document.add_paragraph("14 ноября в Астане пройдут переговоры министров иностранных дел.")
    document.save(str(draft))
    code, out, err = press(office, "import", str(draft), "--lang", "ru")
    assert code == 0, err
    folder = office / "releases/2026/2026-11-14-ministr-inostrannykh-del-vengrii-posetit-astanu"
    header = (folder / "release.yaml").read_text().splitlines()[1]
    assert "Imported from press-reliz-vengriya-14-11.docx" in header and "press new" not in header


def test_help_shows_whole_summaries_and_dates_as_iso(tmp_path: Path, press: Press) -> None:
    for group in ("review", "glossary"):
        code, out, _ = press(tmp_path, group, "--help")
        commands = out.split("Commands:")[1]
        assert code == 0 and "..." not in commands and "…" not in commands, commands
    code, out, _ = press(tmp_path, "review", "--help")
    assert "reported, not applied" in " ".join(out.split("Commands:")[1].split())
    for command in ("new", "import", "archive", "correct"):
        code, out, _ = press(tmp_path, command, "--help")
        assert "YYYY-MM-DD" in out and "%Y" not in out, (command, out)


def test_every_problem_of_a_release_file_is_reported_in_one_run(tmp_path: Path, press: Press) -> None:
    press(tmp_path, "init", "office", "--no-git")
    office = tmp_path / "office"
    press(office, "new", "visit", "--date", "2026-12-01")
    release = office / "releases/2026/2026-12-01-visit/release.yaml"
    text = release.read_text().replace("date: 2026-12-01", "date: 2026-02-30")
    release.write_text(text.replace("brand: mfa-kz", "brand: 7"))
    code, out, err = press(office, "check")
    assert code == 2, err
    assert "release.yaml:4: date: 2026-02-30 is not a real date" in err
    assert "release.yaml:6: brand: expected text, got a number" in err


def test_every_page_lists_the_languages_in_one_order(archive_export: Path) -> None:
    """Index and release pages switch languages in the ministry's order, whatever the source."""
    from lxml import html

    from press.lang import in_order

    pages = sorted((archive_export / "site").rglob("*.html"))
    orders = set()
    for page in pages:
        listed = html.parse(str(page)).xpath("//nav[@class='languages']//li/*/@lang")
        if listed:
            assert listed == in_order(listed), page
            orders.add(tuple(listed))
    assert len(pages) > 10 and ("en", "kk", "ru") in orders, orders


def test_a_russian_sourced_release_switches_languages_in_the_same_order(demo, repo_project) -> None:
    """The switcher followed the release's own list (source first): ru, en, kk on a Russian-sourced
    release against en, kk, ru on the index pages."""
    import copy

    from press.localise import localise

    release = copy.deepcopy(demo)
    release.meta.source_lang, release.meta.target_langs = "ru", ["en", "kk"]
    page = localise(release, "kk", repo_project.brand(release.meta.brand), repo_project.locales_dir)
    assert [alt.lang for alt in page.alternates] == ["en", "kk", "ru"]


def test_the_archive_summary_does_not_contradict_itself(tmp_path: Path) -> None:
    from press.archive.export import ExportResult
    from press.commands.archive import summary_line

    result = ExportResult(rendered=["a", "b"], unpublished=["2026-03-02-visit"], files=12)
    line = summary_line(result, tmp_path / "site", None)
    assert line.startswith("The archive publishes 0 release(s); 1 not yet publishable"), line
    assert "2026-03-02-visit" in line and "This run rendered 2 release(s); 12 files in" in line


def test_a_clean_build_says_that_every_language_is_final() -> None:
    """A new user's first approved build ended on "Built 9 file(s)." and no word of what they are."""
    from press.build import BuildResult
    from press.commands.build import summary_line

    names = [f"2026-03-04-esa-talks/{lang}" for lang in ("en", "kk", "ru")]
    assert summary_line(BuildResult(written=[Path("x")] * 9, final=names)) == "Built 9 file(s), all final."
    drafted = summary_line(BuildResult(written=[Path("x")] * 9, final=names[2:], drafts=names[:2]))
    assert "all final" not in drafted and drafted.startswith("Built 9 file(s), 2 as DRAFT")
