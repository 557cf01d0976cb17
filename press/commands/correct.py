"""`press correct RELEASE`: record a dated correction, in every language, in release.yaml."""

from __future__ import annotations

import datetime as dt

import click

from press.commands import DATE, project_of


@click.command()
@click.argument("release")
@click.option("--date", "date", type=DATE, default=None,
              help="Day of the correction (default: today).")
@click.option("--note", "notes", multiple=True, metavar="LANG=TEXT", required=True,
              help="What was corrected, once per language: --note en=… --note kk=… --note ru=…")
@click.pass_context
def correct(ctx: click.Context, release: str, date: dt.datetime | None, notes: tuple[str, ...]) -> None:
    """Append a correction note to RELEASE; the renderers show it on every output."""
    from press.lock import release_locks
    from press.review.corrections import add_correction

    parsed: dict[str, str] = {}
    for note in notes:
        lang, sep, text = note.partition("=")
        if not sep or not lang.strip():
            raise click.BadParameter(f"{note!r}: expected LANG=TEXT, like en=The date was corrected.",
                                     param_hint="--note")
        parsed[lang.strip()] = text
    day = date.date() if date else dt.date.today()
    project = project_of(ctx)
    folder = project.release_folders([release])[0]
    with release_locks(project.root, [folder.name], "press correct"):
        add_correction(project.load(folder), day, parsed)
    click.echo(f"{folder.name}: correction of {day.isoformat()} recorded in release.yaml")
