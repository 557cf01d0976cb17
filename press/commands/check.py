"""`press check`: are names, dates and numbers the same in every language version?

Exit 0 when there is no error, 1 when there is, 2 on bad input. Imports only the checker
(never the PDF stack), so it is fast enough for an editor hook.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from press.errors import PressError


def parse_text_options(texts: tuple[str, ...]) -> dict[str, Path]:
    """--text LANG=FILE options as {lang: path}; a bad one is an input error (exit 2)."""
    from press.lang import LANGS

    chosen: dict[str, Path] = {}
    for option in texts:
        lang, sep, name = option.partition("=")
        if not sep or lang not in LANGS or not name:
            raise PressError(f"--text {option}: expected LANG=FILE with LANG one of {', '.join(LANGS)}")
        path = Path(name)
        if not path.is_file():
            raise PressError(f"--text {option}: {path}: no such file")
        chosen[lang] = path
    if len(chosen) < 2:
        raise PressError("--text: give at least two languages (en=FILE ru=FILE kk=FILE)")
    return chosen


def read_texts(paths: dict[str, Path]) -> dict[str, str]:
    texts = {}
    for lang, path in paths.items():
        try:
            texts[lang] = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise PressError(f"{path}:1: not UTF-8 text ({exc.reason})") from None
    return texts


def load_entities(glossary: Path | None, project: Path | None) -> dict:
    """The termbase of the project (if any), with --glossary entries over it."""
    from press.project import Project, ProjectNotFound
    from press.source import load_termbase

    try:
        entities = dict(Project(project).termbase if project else Project.find().termbase)
    except ProjectNotFound:
        entities = {}
    if glossary is not None:
        entities.update(load_termbase(glossary))
    return entities


@click.command()
@click.argument("releases", nargs=-1)
@click.option("--text", "texts", multiple=True, metavar="LANG=FILE",
              help="A plain UTF-8 text in one language (paragraphs separated by blank lines, or one "
                   "a line as web copy comes).")
@click.option("--glossary", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="A termbase YAML (entities:) to check names against, with --text.")
@click.option("--date", "date_text", metavar="YYYY-MM-DD",
              help="Release date for --text (a date without a year takes its year).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def check(ctx: click.Context, releases: tuple[str, ...], texts: tuple[str, ...],
          glossary: Path | None, date_text: str | None, fmt: str) -> None:
    """Check that names, dates, numbers and designations agree across en/kk/ru."""
    from press.check import Report, check_release, check_texts

    project_dir = (ctx.find_root().obj or {}).get("project")
    report = Report()
    if texts:
        if releases:
            raise PressError("give release names or --text files, not both")
        paths = parse_text_options(texts)
        entities = load_entities(glossary, project_dir)
        report = check_texts(read_texts(paths), entities, _parse_date(date_text),
                             names_={lang: str(path) for lang, path in paths.items()})
    else:
        from press.commands import project_of

        project = project_of(ctx)
        for release in project.load_all(list(releases)):
            report.extend(check_release(release))
    if fmt == "json":
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.to_text())
    ctx.exit(1 if report.errors else 0)


def _parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise PressError(f"--date {text}: expected a date like 2025-12-10") from None
