"""`press new SLUG`: scaffold a release; asks for what is missing only in a terminal."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from press.commands import DATE, project_of
from press.lang import LANGS


def _ask(value: object, prompt: str, default: object, **kwargs: object) -> object:
    """A flag's value, else a prompt when a person is at the keyboard, else the default."""
    if value is not None:
        return value
    if sys.stdin.isatty():
        return click.prompt(prompt, default=default, **kwargs)  # type: ignore[arg-type]
    return default


@click.command()
@click.argument("slug")
@click.option("--date", "day", type=DATE, metavar="YYYY-MM-DD", help="Release date (default: today).")
@click.option("--source-lang", type=click.Choice(LANGS),
              help="The language it is written in (default: press.toml's source_lang, else ru).")
@click.option("--brand", help="Brand under templates/brands (default: press.toml's, else mfa-kz).")
@click.option("--dateline", help="Termbase id of the place it is issued from (default: press.toml's, "
              "else astana).")
@click.pass_context
def new(ctx: click.Context, slug: str, day: dt.datetime | None, source_lang: str | None,
        brand: str | None, dateline: str | None) -> None:
    """Scaffold releases/<year>/<date>-SLUG/ with its metadata and empty language files.

    In a terminal, values not given as options are asked for; otherwise the defaults apply.
    """
    from press.draft.scaffold import NewRelease, scaffold

    project = project_of(ctx)
    defaults = project.settings
    date_value = day.date() if day else _ask(None, "Release date", dt.date.today().isoformat(), type=DATE)
    if isinstance(date_value, dt.datetime):
        date_value = date_value.date()
    elif isinstance(date_value, str):
        date_value = dt.date.fromisoformat(date_value)
    release = NewRelease(
        slug=slug, date=date_value,  # type: ignore[arg-type]
        source_lang=str(_ask(source_lang, "Source language", defaults.source_lang, type=click.Choice(LANGS))),
        brand=str(_ask(brand, "Brand", defaults.brand)),
        dateline=str(_ask(dateline, "Dateline (termbase id of the place)", defaults.dateline)),
    )
    folder = scaffold(project, release)
    source = folder / f"{release.source_lang}.yaml"
    shown = source.relative_to(Path.cwd()) if source.is_relative_to(Path.cwd()) else source
    click.echo(f"Created {release.id} in {folder} ({release.source_lang} is the source).")
    click.echo(f"Next: write the text in {shown} and run `press build {release.id}`, or import a "
               f"draft: `press import DRAFT.docx --lang {release.source_lang} --release {release.id}`.")
