"""`press translate RELEASE`: machine drafts of the target languages, names and dates kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from press.errors import PressError


@click.command()
@click.argument("release")
@click.option("--to", "to", default="", metavar="LANGS",
              help="Comma-separated target languages (default: all of the release's).")
@click.option("--engine", default=None,
              help="Engine name: libre (self-hosted LibreTranslate), google, deepl, mymemory, yandex, …")
@click.option("--url", default=None, help="LibreTranslate server URL (overrides press.toml).")
@click.option("--timeout", type=float, default=None, help="Seconds one request may take.")
@click.option("--retries", type=int, default=None, help="Further tries after a transient failure.")
@click.pass_context
def translate(ctx: click.Context, release: str, to: str, engine: str | None, url: str | None,
              timeout: float | None, retries: int | None) -> None:
    """Draft the untranslated and stale segments of RELEASE with translation memory and an engine.

    Reviewed and approved segments are never touched. Every segment is saved as soon as it is
    drafted, so an interrupted run resumes where it stopped. API keys come only from environment
    variables (see `api_key_env` in press.toml).
    """
    from press.project import Project
    from press.translate.config import load_settings
    from press.translate.engines import make_engine, redact
    from press.translate.memory import open_memory
    from press.translate.runner import Runner, check_langs

    root: Path | None = (ctx.obj or {}).get("project")
    project = Project(root.resolve()) if root else Project.find()
    from press.lock import release_locks

    folder = project.release_folders([release])[0]
    settings = load_settings(project.root, engine=engine, url=url, timeout=timeout, retries=retries)
    memory = open_memory(project)
    with release_locks(project.root, [folder.name], "press translate"):
        rel = project.load(folder)
        langs = check_langs(rel, [lang.strip() for lang in to.split(",") if lang.strip()])
        runner = Runner(rel, settings, memory, langs, make_engine)
        jobs = runner.jobs()
        summary = _run_with_progress(runner, jobs)
    _show_summary(summary, settings.engine, len(jobs))
    if jobs:
        _show_check(project.load(folder))
    if summary.stopped:
        raise PressError(redact(summary.stopped, settings.api_key()) + " (finished segments are saved; "
                         "run again to resume)")
    if summary.failed:
        raise PressError(f"{len(summary.failed)} segment(s) could not be translated (listed above)")


def _run_with_progress(runner: Any, jobs: list[Any]) -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("[bold]translate[/] {task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, transient=False) as progress:
        task = progress.add_task(runner.release.id, total=len(jobs))

        def advance(job: Any) -> None:
            progress.update(task, advance=1, description=f"{runner.release.id} {job.lang}/{job.segment_id}")

        return runner.run(jobs, advance)


def _show_summary(summary: Any, engine: str, planned: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title="Translation summary", show_header=False)
    for label, value in (
        (f"sent to {engine}", summary.sent),
        ("reused from memory (exact)", summary.exact),
        ("reused from memory (fuzzy, marked for checking)", summary.fuzzy),
        ("failed", len(summary.failed)),
        ("placeholders to repair by hand", len(summary.needs_translator)),
        ("already drafted and current", summary.up_to_date),
        ("reviewed/approved, left alone", summary.kept),
        ("engine requests", summary.requests),
    ):
        table.add_row(label, str(value))
    console.print(table)
    if planned == 0:
        console.print("Nothing to translate: every segment is drafted or approved and current.")
    for lang, segment_id, reason in summary.needs_translator:
        console.print(f"needs the translator: {lang}/{segment_id}: {reason}", markup=False)
    for lang, segment_id, reason in summary.failed:
        console.print(f"failed: {lang}/{segment_id}: {reason}", markup=False)


def _show_check(release: Any) -> None:
    """Run the consistency checker on the result and show what it finds."""
    from rich.console import Console

    console = Console()
    try:
        from press.check import check_release
    except ImportError:
        console.print("Consistency check skipped: press.check is not available.")
        return
    try:
        report = check_release(release)
        text = report.to_text()
    except Exception as exc:  # the drafts are saved; a checker fault must not read as a failed run
        console.print(f"Consistency check could not run ({type(exc).__name__}: {exc}); the drafts are "
                      "saved: run the checker on its own.", markup=False)
        return
    console.print("Consistency check of the result:", style="bold")
    console.print(text, markup=False, highlight=False)
