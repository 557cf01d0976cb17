"""One module per command; each stays thin and calls the pipeline module that does the job."""

from __future__ import annotations

from pathlib import Path

import click

from press.project import Project, ProjectNotFound


def project_of(ctx: click.Context) -> Project:
    """The project named by --project, or found from the current folder upward."""
    root: Path | None = (ctx.find_root().obj or {}).get("project")
    if root is None:
        return Project.find()
    if not (root / "releases").is_dir():
        raise ProjectNotFound(f"{root}: not a press project (it has no releases/ folder)")
    return Project(root.resolve())


def split_list(value: str | None, allowed: tuple[str, ...], what: str) -> list[str]:
    """Parse "en,kk" into a list, refusing unknown items with a clear message."""
    if not value:
        return list(allowed)
    items = [item.strip() for item in value.split(",") if item.strip()]
    for item in items:
        if item not in allowed:
            raise click.BadParameter(f"unknown {what} {item!r}; expected {', '.join(allowed)}")
    return items
