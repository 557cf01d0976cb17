"""`press build`: check, then render releases to dist/<id>/<lang>.<ext>."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from press.commands import NOW_HELP, Moment, project_of, split_list
from press.lang import LANGS
from press.render import FORMATS

if TYPE_CHECKING:  # for annotations only: rich and the build stage load when the command runs
    from rich.console import Console

    from press.build import BuildResult, Document


@click.command()
@click.argument("releases", nargs=-1)
@click.option("--lang", "langs", help="Languages to build, e.g. en,kk (default: all three).")
@click.option("--format", "formats", help="Formats to build: html,pdf,docx (default: all).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("dist"),
              show_default=True, help="Output folder; files go to OUT/<release-id>/<lang>.<ext>.")
@click.option("--force", is_flag=True,
              help="Publish despite checker errors (recorded in the outputs' metadata).")
@click.option("--jobs", type=click.IntRange(1, 64), help="Parallel render processes.")
@click.option("--now", type=Moment(), help=NOW_HELP)
@click.pass_context
def build(ctx: click.Context, releases: tuple[str, ...], langs: str | None, formats: str | None,
          out: Path, force: bool, jobs: int | None, now: dt.datetime | None) -> None:
    """Render RELEASES (ids or folders; default: every release) to HTML, PDF and DOCX.

    The consistency checker runs first: a release with errors is not built unless
    --force. A language whose segments are not all approved is rendered with a DRAFT
    mark on every page; before its embargo a release carries the embargo line on every
    page instead (once the time has passed, the same source builds as final).
    """

    from rich.console import Console

    from press.build import (
        BuildResult,
        claim_outputs,
        copy_photos,
        copy_static,
        default_jobs,
        fewer_collections,
        heavy_formats,
        local_pool,
        plan,
        remove_stale_temporaries,
        render_all,
        start,
    )
    from press.lock import release_locks

    project = project_of(ctx)
    chosen_langs = split_list(langs, LANGS, "language")
    chosen_formats = tuple(split_list(formats, FORMATS, "format"))
    console = Console(stderr=True)
    result = BuildResult()
    folders = project.release_folders(list(releases))
    out = out if out.is_absolute() else Path.cwd() / out
    # Sources are read inside the lock: a translate or review import running on the same
    # release finishes first, and the outputs are rendered from one consistent set of files.
    with (release_locks(project.root, [folder.name for folder in folders], "press build"),
          fewer_collections()):
        job_count = jobs or default_jobs()
        now = now or dt.datetime.now(dt.UTC)  # one moment for the fork's plan and this one
        checking = start(project, folders, chosen_langs, chosen_formats, force, now, job_count)
        loaded = checking.releases
        try:
            documents = plan(project, loaded, chosen_langs, chosen_formats, force, result, now,
                             checking.reports)
            claim_outputs(project, documents, out)
            remove_stale_temporaries(documents, out)
            if "html" in chosen_formats and documents:
                copy_static(project, out)
                copy_photos(documents, out)
            pool = local_pool(job_count, heavy_formats(chosen_formats, checking.rendering),
                              project.templates_dir, tuple(chosen_langs))
            with _progress(console, documents) as advance:
                result.written = render_all(project, documents, out, pool, advance, checking)
        finally:
            checking.close()  # the fork stops with the build, whatever stopped it
    _summary(console, result)
    if result.refused:
        ctx.exit(1)


@contextlib.contextmanager
def _progress(console: Console, documents: list[Document]) -> Iterator[Callable[[], None]]:
    """A Rich progress bar over the documents' files (on a terminal, for two or more); yields
    the function that advances it by one file."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True,
                  disable=len(documents) < 2 or not console.is_terminal) as progress:
        task = progress.add_task("Rendering", total=sum(len(doc.formats) for doc in documents))
        yield lambda: progress.advance(task)


def _summary(console: Console, result: BuildResult) -> None:
    from rich.markup import escape

    for line in result.errors:
        console.print(f"[red]error[/red] {escape(line)}", soft_wrap=True)
    for line in result.refused:
        console.print(f"[red]held[/red] {escape(line)}", soft_wrap=True)
    for line in result.warnings:
        console.print(f"[yellow]warning[/yellow] {escape(line)}", soft_wrap=True)
    for path in result.written:
        console.print(f"  {path}", soft_wrap=True)
    console.print(f"[bold]{escape(summary_line(result))}[/bold]", soft_wrap=True)


def summary_line(result: BuildResult) -> str:
    """One sentence on what each language became: DRAFT (and why), embargoed, forced, final."""
    def named(names: list[str]) -> str:
        return ", ".join(f"{name} held by checker errors" if name in result.held else name for name in names)

    parts = [f"Built {len(result.written)} file(s)"]
    if result.drafts:
        parts[0] += f", {len(result.drafts)} as DRAFT ({named(result.drafts)})"
    if result.embargoed:
        parts.append(f"under embargo (final, with the embargo line): {', '.join(result.embargoed)}")
    if result.forced:
        parts.append(f"published with --force, marked on every page: {', '.join(result.forced)}")
    if result.final and (result.drafts or result.embargoed):
        parts.append(f"final: {', '.join(result.final)}")
    elif result.final and not result.forced:  # said, so that a clean build does not read as unfinished
        parts[0] += ", all final"
    return "; ".join(parts) + "."
