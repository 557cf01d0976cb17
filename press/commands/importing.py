"""`press import FILE --lang LANG`: a Word/HTML/text draft into a release."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from press.commands import DATE, project_of
from press.lang import LANGS


@click.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", required=True, type=click.Choice(LANGS), help="The language of the draft.")
@click.option("--release", "release_id", help="Existing release (id or folder); default: a new one.")
@click.option("--slug", help="Slug of the new release (default: from the draft's title, transliterated).")
@click.option("--date", "day", type=DATE, metavar="YYYY-MM-DD",
              help="Date of the new release (default: the draft's dateline, else today).")
@click.option("--brand", help="Brand of the new release (default: press.toml's, else mfa-kz).")
@click.option("--dateline", help="Termbase id of the place (default: the draft's dateline, else astana).")
@click.pass_context
def import_(ctx: click.Context, file: Path, lang: str, release_id: str | None, slug: str | None,
            day: dt.datetime | None, brand: str | None, dateline: str | None) -> None:
    """Turn FILE (.docx, .html or .txt) into a new release, or into one language of --release.

    Headings, list items, bold, italic and links are kept; a translation is aligned with
    the source segments by the numbers, dates and names it states, and what did not align
    is reported. Entity and fact register entries are proposed from what the draft states.
    """
    from press.draft.importer import Target, import_draft

    target = Target(release_id, slug, day.date() if day else None, brand, dateline)
    report = import_draft(project_of(ctx), file, lang, target)
    _summary(report)


def _summary(report: object) -> None:
    from rich.console import Console
    from rich.markup import escape

    from press.draft.importer import ImportReport
    from press.markup import to_plain

    assert isinstance(report, ImportReport)
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    release = report.release
    action = "Created" if report.created else "Updated"
    console.print(f"[bold]{action} {release.id}[/bold] ({report.lang}.yaml in {escape(str(release.folder))})")
    if report.table_rows:
        console.print(f"  {report.table_rows} table row(s) became paragraphs (noted on the segments)")
    if report.kept:
        console.print(f"  kept (reviewed or approved, not overwritten): {', '.join(report.kept)}")
    alignment = report.alignment
    if alignment is not None:
        for pair in alignment.weak:
            console.print(f"  [yellow]check[/yellow] {pair.segment.id}: aligned with low confidence "
                          f"({pair.score:.2f}): {escape(to_plain(pair.block.text)[:60])}…")
        for segment in alignment.missing:
            console.print(f"  [yellow]not aligned[/yellow] {segment.id}: no paragraph of the draft "
                          "matches it; it stays untranslated")
        for block in alignment.extra:
            console.print(f"  [yellow]not aligned[/yellow] draft paragraph not imported: "
                          f"{escape(to_plain(block.text)[:70])}…")
    proposals = report.proposals
    source = report.lang == release.meta.source_lang
    if proposals.entities:
        others = ", ".join(lang for lang in release.meta.langs if lang != report.lang)
        where = (f"written to release.yaml; their {others} forms are unconfirmed until "
                 f"`press glossary confirm {release.id} ID`") if source else \
            "not written: a translation's names are the source's; add one with `press glossary add`"
        console.print(f"  proposed names ({where}): {escape(', '.join(proposals.entities))}")
    if proposals.facts:
        where = "commented in release.yaml" if source else "not written"
        console.print(f"  proposed facts ({where}): {escape(', '.join(proposals.facts))}")
    console.print(f"[bold]Imported {len(report.imported)} segment(s).[/bold]")


globals()["import"] = import_  # `import` is a keyword; press.cli looks commands up by their name
