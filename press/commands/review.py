"""`press review`: hand-off files for translators and reviewers, their import, and coverage."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from press.commands import FullHelpGroup, project_of


@click.group(cls=FullHelpGroup)
def review() -> None:
    """Translator review: export hand-off files, import them back, see coverage.

    A segment moves untranslated → machine → translated → reviewed → approved. When the
    source of a segment changes, its translations become stale until someone looks again
    (or the author marks the edit minor with `press review minor`).
    """


@review.command("export")
@click.argument("release")
@click.option("--lang", required=True, help="Target language of the file (kk, ru).")
@click.option("--format", "fmt", type=click.Choice(["xliff", "xliff12", "docx"]), default="xliff",
              show_default=True, help="XLIFF 2.1, XLIFF 1.2 (OmegaT, Weblate) or a review DOCX.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write (default: RELEASE.LANG.xlf or .docx here).")
@click.pass_context
def export(ctx: click.Context, release: str, lang: str, fmt: str, output: Path | None) -> None:
    """Write one language of RELEASE as a file for a translator or reviewer."""
    from press.review.exporter import export_file

    project = project_of(ctx)
    rel = project.load(project.release_folders([release])[0])
    path = export_file(rel, lang, fmt, output, _findings(rel))
    click.echo(f"wrote {path} ({len(rel.source.segments)} segments, {lang}, {fmt})")


@review.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--reviewer", help="Name recorded as changed_by; needed to approve or change approved work.")
@click.option("--dry-run", is_flag=True, help="Show the diff and what would happen; write nothing.")
@click.option("--theirs", is_flag=True,
              help="Apply conflicting segments too: the file's version replaces the newer one.")
@click.pass_context
def import_(ctx: click.Context, file: Path, reviewer: str | None, dry_run: bool, theirs: bool) -> None:
    """Apply a returned XLIFF or review DOCX; stale, protected and conflicting segments are
    reported, not applied (exit 1 when there is a conflict)."""
    from press.errors import PressError
    from press.lock import release_locks
    from press.review.common import refuse
    from press.review.importer import apply_plan, load_returned, plan_import, stage_plan

    project = project_of(ctx)
    returned = load_returned(file)
    try:
        folder = project.release_folders([returned.release_id])[0]
    except PressError as exc:
        raise refuse(file, 0, f"the file is for release {returned.release_id!r}: {exc}") from None
    with release_locks(project.root, [folder.name], "press review import"):
        release = project.load(folder)
        plan = plan_import(release, returned, reviewer, theirs)
        stage_plan(plan, reviewer)
        plan.findings = _findings(release) if plan.changes else []
        if not dry_run:
            apply_plan(plan, reviewer)
    _report(plan, dry_run)
    if plan.conflicts:
        ctx.exit(1)


def _findings(release: Any) -> list[Any]:
    """The checker's findings, shown in hand-off notes and review reports."""
    from press.check import check_release

    return list(check_release(release).findings)


def _report(plan: Any, dry_run: bool) -> None:
    from rich.console import Console

    from press.review.common import finding_lines
    from press.review.importer import segment_diff

    console = Console(highlight=False, soft_wrap=True)
    lang = plan.file.lang
    if dry_run:
        for change in plan.changes:
            click.echo(segment_diff(lang, change), nl=False)
    for unit in plan.stale:
        console.print(f"[yellow]stale[/]: {unit.id}: the source changed since this file was exported; "
                      "not applied (export again)")
    for unit, current in plan.conflicts:
        now = f"{current.status.value} by {current.changed_by or '?'} at {current.changed_at or '?'}: " \
              f"{current.text}" if current is not None else "(none)"
        console.print(f"[red]conflict[/]: {unit.id}: changed since this file was exported; not applied "
                      "(--theirs applies the file's version)", markup=True)
        console.print(f"  now:  {now}\n  file: {unit.status.value if unit.status else '?'}: {unit.target}",
                      markup=False)
    for unit, reason in plan.refused:
        console.print(f"refused: {unit.id}: {reason}", markup=False)
    for unit in plan.protected:
        console.print(f"[yellow]protected[/]: {unit.id}: approved; only a reviewer (--reviewer NAME) "
                      "may change it; not applied")
    for change in plan.changes:
        for message in change.messages:
            console.print(f"note: {change.id}: {message}")
        for line in finding_lines(plan.findings, lang, change.id):
            console.print(f"check: {change.id}: {line}", markup=False)
    verb = "would apply" if dry_run else "applied"
    console.print(f"{plan.file.path.name}: {verb} {len(plan.changes)}, stale {len(plan.stale)}, "
                  f"conflicts {len(plan.conflicts)}, refused {len(plan.refused)}, "
                  f"protected {len(plan.protected)}, unchanged {plan.unchanged} ({lang})")


@review.command("status")
@click.argument("releases", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def status(ctx: click.Context, releases: tuple[str, ...], fmt: str) -> None:
    """Per release × language: segments per status, stale segments, checker errors."""
    from press.review.status import coverage, render_table

    loaded = project_of(ctx).load_all(releases)
    report = {rel.id: coverage(rel, _findings(rel)) for rel in loaded}
    if fmt == "json":
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    from rich.console import Console

    console = Console()
    console.width = max(console.width, 140)  # nine columns: do not squeeze names in a pipe
    console.print(render_table(loaded, report))
    from press.review.status import hand_edited

    for rel in loaded:
        for lang in rel.meta.target_langs:
            for sid in hand_edited(rel, lang):
                console.print(f"[red]hand-edited[/]: {rel.id} {lang} {sid}: approved text changed outside "
                              "press; it needs review again (drops to translated at the next save)")


@review.command("minor")
@click.argument("release")
@click.argument("segments", nargs=-1, required=True)
@click.option("--by", required=True, help="Who vouches that the source edit is minor.")
@click.pass_context
def minor(ctx: click.Context, release: str, segments: tuple[str, ...], by: str) -> None:
    """Mark a source edit of SEGMENTS minor: their translations stay valid and are not stale."""
    from press.lock import release_locks
    from press.review.stale import mark_minor

    project = project_of(ctx)
    folder = project.release_folders([release])[0]
    with release_locks(project.root, [folder.name], "press review minor"):
        changed = mark_minor(project.load(folder), list(segments), by)
    if not changed:
        click.echo("nothing was stale; nothing changed")
    for lang, sid in changed:
        click.echo(f"{lang}/{sid}: re-stamped to the new source (minor edit by {by})")
