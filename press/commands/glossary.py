"""`press glossary`: the termbase, the ministry's memory of names.

suggest — termbase entries for names the checker found in no register (aligned by
transliteration, Уильямс ~ Williams); confirm — a person checks the forms `press import`
proposed, so the release may publish; promote — a release's name moves into the shared
termbase and the next release knows it; add — a name straight into the termbase.
"""

from __future__ import annotations

from pathlib import Path

import click

from press.commands import FullHelpGroup
from press.lang import LANGS


@click.group(cls=FullHelpGroup)
def glossary() -> None:
    """Work with the termbase: suggest, confirm, promote and add names."""


@glossary.command()
@click.argument("releases", nargs=-1)
@click.option("--text", "texts", multiple=True, metavar="LANG=FILE", help="A plain text per language.")
@click.option("--glossary", "glossary_file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.pass_context
def suggest(ctx: click.Context, releases: tuple[str, ...], texts: tuple[str, ...],
            glossary_file: Path | None) -> None:
    """Print termbase entries (YAML) for names in no register, aligned across languages."""
    from press.check import texts_bundle
    from press.check.suggest import render_yaml, suggest_entries

    project_dir = (ctx.find_root().obj or {}).get("project")
    bundles = []
    if texts:
        from press.commands.check import load_entities, parse_text_options, read_texts

        paths = parse_text_options(texts)
        bundles.append(texts_bundle(read_texts(paths), load_entities(glossary_file, project_dir)))
    else:
        from press.check import release_bundle
        from press.commands import project_of

        project = project_of(ctx)
        bundles += [release_bundle(r) for r in project.load_all(list(releases))]
    entries = [entry for bundle in bundles for entry in suggest_entries(bundle)]
    click.echo(render_yaml(entries) if entries else "# no unregistered names found")


def _form_options(command):  # type: ignore[no-untyped-def]
    for lang in reversed(LANGS):
        command = click.option(f"--{lang}", f"form_{lang}", metavar="FORM",
                               help=f"The {lang} form.")(command)
    return command


@glossary.command()
@click.argument("release")
@click.argument("entity_id", metavar="ID")
@_form_options
@click.pass_context
def confirm(ctx: click.Context, release: str, entity_id: str, **forms: str | None) -> None:
    """Confirm the forms `press import` proposed for ID (replacing those given as options)."""
    from press.commands import project_of
    from press.termbase import confirm as confirm_forms

    given = {key.removeprefix("form_"): value for key, value in forms.items() if value}
    click.echo(confirm_forms(project_of(ctx), release, entity_id, given), nl=False)
    click.echo(f"Confirmed {entity_id} in {release}.")


@glossary.command()
@click.argument("release")
@click.argument("entity_id", metavar="ID")
@click.pass_context
def promote(ctx: click.Context, release: str, entity_id: str) -> None:
    """Move the confirmed name ID from RELEASE's register into the shared termbase."""
    from press.commands import project_of
    from press.termbase import promote as promote_entity

    click.echo(promote_entity(project_of(ctx), release, entity_id), nl=False)
    click.echo(f"Promoted {entity_id} from {release} to the termbase: every release knows it now.")


@glossary.command()
@click.argument("entity_id", metavar="ID")
@click.option("--type", "kind", required=True,
              help="person, place, organisation, craft, event, programme, other")
@_form_options
@click.option("--note", help="What the name is (shown to translators).")
@click.pass_context
def add(ctx: click.Context, entity_id: str, kind: str, note: str | None, **forms: str | None) -> None:
    """Add a name to the termbase with its form in every language."""
    from press.commands import project_of
    from press.errors import PressError
    from press.termbase import add as add_entity
    from press.termbase import new_entity

    given = {key.removeprefix("form_"): value for key, value in forms.items() if value}
    if missing := [lang for lang in LANGS if lang not in given]:
        raise PressError(f"{entity_id}: give the form in every language (missing: "
                         + " ".join(f"--{lang}" for lang in missing) + ")")
    click.echo(add_entity(project_of(ctx), new_entity(entity_id, kind, given, note)), nl=False)
    click.echo(f"Added {entity_id} to the termbase.")
