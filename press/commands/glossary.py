"""`press glossary suggest`: termbase entries for names the checker found in no register.

Names are aligned across versions by transliteration (Уильямс ~ Williams); each aligned
triple becomes a YAML entry to review and paste into locales/termbase.yaml.
"""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def glossary() -> None:
    """Work with the termbase (suggest entries for unregistered names)."""


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
