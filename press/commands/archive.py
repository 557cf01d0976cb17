"""`press archive`: export every published release as a static site and a BagIt bundle."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click

from press.commands import DATE, NOW_HELP, Moment, project_of

if TYPE_CHECKING:
    from press.archive.export import ExportResult


@click.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("dist/archive"),
              show_default=True, help="The site root: the static website, what a web server serves.")
@click.option("--bag", type=click.Path(file_okay=False, path_type=Path),
              help="The BagIt preservation bundle's folder, never inside the site root.  "
                   "[default: OUT-bag, beside OUT: dist/archive-bag]")
@click.option("--zip", "zip_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the site and the bag as one deterministic zip file (site/ and bag/ in it).")
@click.option("--since", type=DATE,
              help="Only releases dated on or after this day (YYYY-MM-DD).")
@click.option("--jobs", type=click.IntRange(1, 64), help="Parallel render processes (default: CPU count).")
@click.option("--base-url", default="",
              help="Public address of OUT (the site root), for absolute sitemap and feed links.")
@click.option("--executor", "executor_kind", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="Where releases render: forked local processes or a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --executor dask: the dask.distributed scheduler, e.g. tcp://10.0.0.5:8786. "
                   "Its workers must see the project and OUT at the same paths.")
@click.option("--now", type=Moment(), help=NOW_HELP)
@click.pass_context
def archive(ctx: click.Context, out: Path, bag: Path | None, zip_path: Path | None, since: dt.datetime | None,
            jobs: int | None, base_url: str, executor_kind: str, scheduler: str | None,
            now: dt.datetime | None) -> None:
    """Export the published languages of every release (approved, no own checker error, embargo passed).

    The website goes to --out (the site root: point the web server there) and the BagIt
    bundle of PDF/A files and sources to --bag (default: beside the site root, OUT-bag).

    Only releases whose source, brand or templates changed are rendered again; an error
    in one release is reported at the end and the others are exported (exit status 1).
    """
    import os

    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from press.archive import default_bag
    from press.archive.export import export
    from press.publish import DaskExecutor

    project = project_of(ctx)
    if executor_kind == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    console = Console(stderr=True)
    out = Path(os.path.abspath(out))
    bag = Path(os.path.abspath(bag)) if bag else None
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task("Rendering releases", total=0)
        result = export(
            project, out, jobs=jobs or os.cpu_count() or 1, since=since.date() if since else None,
            zip_path=zip_path, base_url=base_url, now=now, bag=bag,
            on_total=lambda n: progress.update(task, total=n),
            advance=lambda: progress.advance(task),
            executor=DaskExecutor(scheduler) if executor_kind == "dask" else None,
        )
    for release, error in result.errors:
        # file:line messages stay on one line (no wrapping) so editors and greps can use them
        console.print(f"[red]error[/red] {escape(release)}: {escape(str(error))}", soft_wrap=True)
    if not base_url:
        console.print("[yellow]warning[/yellow] no --base-url: sitemap.xml and the feeds give addresses "
                      "relative to the site, which search engines and feed readers do not follow; "
                      "pass the site's public address, e.g. --base-url https://www.gov.kz/press",
                      soft_wrap=True)
    console.print(summary_line(result, out, zip_path, bag or default_bag(out)), soft_wrap=True)
    if result.errors:
        ctx.exit(1)


def summary_line(result: ExportResult, out: Path, zip_path: Path | None, bag: Path | None = None) -> str:
    """What the site holds now, then what this run did: "rendered" counts work done, which
    includes releases that turned out not to be publishable, so it comes apart from "published"."""
    parts = [f"The archive publishes {len(result.published)} release(s)"]
    if result.unpublished:
        parts.append(f"{len(result.unpublished)} not yet publishable (not approved, held by the "
                     f"checker or under embargo): {', '.join(result.unpublished)}")
    if result.errors:
        parts.append(f"{len(result.errors)} failed")
    where = f"{out}" + (f" (the bag: {bag})" if bag else "") + (f" and {zip_path}" if zip_path else "")
    done = f"This run rendered {len(result.rendered)} release(s); {result.files} files in the site {where}."
    return "; ".join(parts) + ". " + done
