"""`press init DIR`: a new press office's project that can be committed at once.

The project gets the default brand and termbase, a commented `press.toml`, a `.gitignore`
for what press writes (dist/, .press/) and, when git is installed and the folder is not
already inside a repository, `git init` — each office keeps its releases in its own history.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import click

from press.errors import PressError
from press.project import TOOLKIT_ROOT, Project

README = """# Press releases of {name}

This folder is a [press](https://example.invalid/press) project: each release is written once
and published in English, Kazakh and Russian as HTML, PDF and DOCX.

- `releases/<year>/<date>-<slug>/`: one folder per release (release.yaml and one file per
  language). Start one with `press new SLUG`, or import a Word draft with
  `press import DRAFT.docx --lang ru`.
- `locales/termbase.yaml`: the ministry's shared names (countries, organisations, people) in
  the three languages. `press glossary` proposes entries for names it does not know.
- `templates/brands/{brand}/brand.yaml`: the letterhead, colours and house style.
- `press.toml`: this office's settings (source language, translation engine).

Every day: `press check` (names, dates and numbers agree in the three versions), `press build`
(writes dist/, which git ignores), `press review export` for translators, `press archive` for
the web site (dist/archive is the site root to serve; dist/archive-bag its BagIt copy).
`press --help` lists every command.
"""

GITIGNORE = """# Written by press: rebuilt from the sources at any time.
/dist/
/site/
# Locks and caches of press.
.press/
.press-cache/
# Hand-off files for translators (press review export): the language files are the record.
*.xlf
*.xliff
"""

PRESS_TOML = """# Settings of this press office's project. Every value here can also be given on the
# command line, which wins; a user's own ~/.config/press/press.toml wins over this file.

[project]
# The brand under templates/brands/ that new releases use (letterhead, colours, house style:
# e.g. `russian_yo` in brand.yaml says whether Russian is printed with ё).
brand = "{brand}"
# The language releases are usually written in; `press new` uses it unless --source-lang is
# given. The others are made from it by translators (or machine drafts, then review).
source_lang = "ru"
# The termbase id of the place releases are issued from (the dateline).
dateline = "astana"
# The time zone of embargo times and the house style are the brand's: see `timezone`
# (Asia/Almaty) and `russian_yo` in templates/brands/{brand}/brand.yaml.

[translate]
# The machine translation engine for `press translate` drafts (libre, deepl, yandex, microsoft …)
# and the address of its server. An API key is never written here: name the environment
# variable that holds it with api_key_env = "PRESS_LIBRE_KEY".
engine = "libre"
url = "http://127.0.0.1:5000/"
"""


@click.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--brand", default="mfa-kz", show_default=True, help="Brand to copy as the starting point.")
@click.option("--no-git", is_flag=True, help="Do not make the folder a git repository.")
def init(directory: Path, brand: str, no_git: bool) -> None:
    """Start a new press project in DIRECTORY, ready to commit.

    The toolkit is installed once; each press office keeps its releases, termbase and
    brand in its own repository. Running it again on a project adds only what is missing
    and never replaces a file.
    """
    files = _project_files(brand)
    if directory.exists() and not directory.is_dir():
        raise PressError(f"{directory}: exists and is not a folder")
    (directory / "releases").mkdir(parents=True, exist_ok=True)
    written = [relative for relative, data in files.items() if _create(directory / relative, data)]
    kept = [relative for relative in files if relative not in written]
    repository = False if no_git else _git_init(directory)
    Project(directory).stage(written)
    if not written and not repository:
        click.echo(f"{directory} is already a press project; nothing changed.")
        return
    for relative in kept:
        click.echo(f"kept {relative} (it was already there; press never replaces a file)")
    click.echo(f"Started a press project in {directory} with the {brand} brand"
               + (", in a new git repository (files staged: commit them)." if repository else "."))
    click.echo(f"Next: cd {directory} && press new SLUG (e.g. press new visit) to draft a release; "
               "press build renders it into dist/.")


def _project_files(brand: str) -> dict[Path, bytes]:
    """Relative path → bytes of every file a new project starts with."""
    source_brand = TOOLKIT_ROOT / "templates" / "brands" / brand
    if not (source_brand / "brand.yaml").exists():
        raise PressError(f"unknown brand {brand!r}")
    name = _brand_name(source_brand)
    files = {Path("locales/termbase.yaml"): (TOOLKIT_ROOT / "locales" / "termbase.yaml").read_bytes(),
             Path("README.md"): README.format(name=name, brand=brand).encode("utf-8"),
             Path(".gitignore"): GITIGNORE.encode("utf-8"),
             Path("press.toml"): PRESS_TOML.format(brand=brand).encode("utf-8")}
    for item in sorted(source_brand.rglob("*")):
        if item.is_file() and not item.is_symlink():
            files[Path("templates/brands", brand, item.relative_to(source_brand))] = item.read_bytes()
    return files


def _brand_name(folder: Path) -> str:
    """The brand's English name, read (and checked) by the brand loader every command uses."""
    from press.brand import load_brand

    return load_brand(folder).name.get("en", folder.name)


def _git_init(directory: Path) -> bool:
    """`git init` when git is installed and *directory* is in no repository; True if it ran."""
    git = shutil.which("git")
    if git is None:
        return False
    inside = subprocess.run([git, "-C", str(directory), "rev-parse", "--is-inside-work-tree"],
                            capture_output=True, text=True, check=False)
    if inside.returncode == 0:
        return False
    subprocess.run([git, "init", "-q", str(directory)], check=True, capture_output=True)
    return True


def _create(path: Path, data: bytes) -> bool:
    """Write a new file; False (nothing written) when anything — a file, a folder, a symlink —
    is already at *path*. O_EXCL makes "is it there?" and "create it" one step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o666)  # umask applies
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return True
