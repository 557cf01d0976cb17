"""`press new SLUG`: scaffold a release; asks for what is missing only in a terminal."""

from __future__ import annotations

import datetime as dt
import sys

import click

from press.commands import project_of
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
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d"]), help="Release date (default: today).")
@click.option("--source-lang", type=click.Choice(LANGS), help="The language it is written in (default: ru).")
@click.option("--brand", help="Brand under templates/brands (default: mfa-kz).")
@click.option("--dateline", help="Termbase id of the place it is issued from (default: astana).")
@click.pass_context
def new(ctx: click.Context, slug: str, day: dt.datetime | None, source_lang: str | None,
        brand: str | None, dateline: str | None) -> None:
    """Scaffold releases/<year>/<date>-SLUG/ with its metadata and empty language files.

    In a terminal, values not given as options are asked for; otherwise the defaults apply.
    """
    from press.draft.scaffold import NewRelease, scaffold

    project = project_of(ctx)
    date_value = day.date() if day else _ask(None, "Release date", dt.date.today().isoformat(),
                                             type=click.DateTime(["%Y-%m-%d"]))
    if isinstance(date_value, dt.datetime):
        date_value = date_value.date()
    elif isinstance(date_value, str):
        date_value = dt.date.fromisoformat(date_value)
    release = NewRelease(
        slug=slug, date=date_value,  # type: ignore[arg-type]
        source_lang=str(_ask(source_lang, "Source language", "ru", type=click.Choice(LANGS))),
        brand=str(_ask(brand, "Brand", "mfa-kz")),
        dateline=str(_ask(dateline, "Dateline (termbase id of the place)", "astana")),
    )
    folder = scaffold(project, release)
    click.echo(f"Created {release.id} in {folder}")
    click.echo(f"Next: write {release.source_lang}.yaml, or `press import DRAFT.docx "
               f"--lang {release.source_lang} --release {release.id}`.")
